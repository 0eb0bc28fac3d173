"""The regions a country belongs to, for pages that give figures by region, not by country.

A grant or insurance table with columns "Europe" and "Rest of the world" answers a question about
Japan although it never names Japan: the named-check accepts a country through the regions that
hold it. Names are English, as the texts are; a French question's names are glossed first.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.text import index_terms

_EUROPE = (
    "Albania Andorra Austria Belgium Bosnia Bulgaria Croatia Cyprus Czechia Denmark Estonia Finland "
    "France Germany Greece Hungary Iceland Ireland Italy Kosovo Latvia Liechtenstein Lithuania "
    "Luxembourg Malta Moldova Monaco Montenegro Netherlands Macedonia Norway Poland Portugal Romania "
    "Serbia Slovakia Slovenia Spain Sweden Switzerland Ukraine Britain England Scotland Wales Holland"
)
_CONTINENTS = {
    "Asia": "Japan China Korea India Vietnam Thailand Indonesia Malaysia Singapore Philippines Taiwan "
    "Cambodia Laos Nepal Bangladesh Pakistan Mongolia Kazakhstan Uzbekistan",
    "Middle East": "Lebanon Israel Jordan Turkey Iran Iraq Syria Qatar Emirates Oman Kuwait Bahrain Arabia",
    "Africa": "Morocco Algeria Tunisia Egypt Senegal Mali Niger Chad Cameroon Gabon Congo Ghana Nigeria "
    "Kenya Ethiopia Tanzania Uganda Rwanda Madagascar Mauritius Benin Togo Guinea Burkina Ivory "
    "Mauritania Mozambique Angola Namibia Botswana Zimbabwe Zambia Sudan Libya Djibouti",
    "North America": "Canada USA Mexico Quebec America",
    "Latin America": "Mexico Brazil Argentina Chile Colombia Peru Bolivia Ecuador Uruguay Paraguay "
    "Venezuela Cuba Guatemala Honduras Nicaragua Panama Haiti Dominican Salvador Costa",
    "Oceania": "Australia Zealand Fiji Caledonia Polynesia Papua",
}
# Every country outside Europe is also in these.
_WORLD = ("rest of the world", "outside Europe", "non-European", "worldwide")
_EUROPEAN = ("Europe", "European Union", "European countries", "EU", "EEA", "Schengen")


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Country stem → the term tuples of the regions that hold it."""
    regions: dict[str, list[tuple[str, ...]]] = {}

    def add(countries: str, names: tuple[str, ...]) -> None:
        for country in countries.split():
            for stem in index_terms(country):
                regions.setdefault(stem, []).extend(tuple(index_terms(n)) for n in names)

    add(_EUROPE, _EUROPEAN)
    for continent, countries in _CONTINENTS.items():
        add(countries, (continent, *_WORLD))
    return {stem: tuple(t for t in found if t) for stem, found in regions.items()}


def regions_of(terms: set[str]) -> tuple[tuple[str, ...], ...]:
    """The regions (each as its index terms) that hold the country ``terms`` name; () when the
    terms are not one country."""
    if len(terms) != 1:
        return ()
    (term,) = terms
    return _regions().get(term.split("|")[0], ())
