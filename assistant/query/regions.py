"""The regions a country belongs to, for pages that give figures by region, not by country.

A grant or insurance table with columns "Europe" and "Rest of the world" answers a question about
Japan although it never names Japan: the named-check accepts a country through the regions that
hold it. Names are English, as the texts are; a French question's names are glossed first.
"""

from __future__ import annotations

from functools import lru_cache

from assistant.text import index_terms

_EU = (
    "Austria Belgium Bulgaria Croatia Cyprus Czechia Denmark Estonia Finland France Germany Greece "
    "Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal Romania "
    "Slovakia Slovenia Spain Sweden Holland"
)
# European countries outside the European Union: a page's rule "from outside the EU" is theirs.
_EUROPE_OUTSIDE_EU = (
    "Albania Andorra Bosnia Iceland Kosovo Liechtenstein Moldova Monaco Montenegro Macedonia Norway "
    "Serbia Switzerland Ukraine Britain England Scotland Wales Georgia Armenia Azerbaijan Belarus Russia"
)
_EUROPE = f"{_EU} {_EUROPE_OUTSIDE_EU}"
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
# "the Americas, Asia, Oceania and sub-Saharan Africa": one column for both.
_AMERICAS = {
    "North America": ("Americas",),
    "Latin America": ("Americas", "South America", "Central America"),
}
# Every country outside Europe is also in these.
_OUTSIDE_EU = ("outside the EU", "non-EU", "outside the European Union")
_WORLD = ("rest of the world", "outside Europe", "non-European", "worldwide", *_OUTSIDE_EU)
_EUROPEAN = ("Europe", "European Union", "European countries", "EU", "EEA", "Schengen")
_EUROPEAN_OUTSIDE_EU = ("Europe", "European countries", *_OUTSIDE_EU)


@lru_cache(maxsize=1)
def _regions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Country stem → the term tuples of the regions that hold it."""
    regions: dict[str, list[tuple[str, ...]]] = {}

    def add(countries: str, names: tuple[str, ...]) -> None:
        for country in countries.split():
            for stem in index_terms(country):
                regions.setdefault(stem, []).extend(tuple(index_terms(n)) for n in names)

    add(_EU, _EUROPEAN)
    add(_EUROPE_OUTSIDE_EU, _EUROPEAN_OUTSIDE_EU)
    for continent, countries in _CONTINENTS.items():
        add(countries, (continent, *_AMERICAS.get(continent, ()), *_WORLD))
    return {stem: tuple(t for t in found if t) for stem, found in regions.items()}


def regions_of(terms: set[str]) -> tuple[tuple[str, ...], ...]:
    """The regions (each as its index terms) that hold the country ``terms`` name; () when the
    terms are not one country."""
    if len(terms) != 1:
        return ()
    (term,) = terms
    return _regions().get(term.split("|")[0], ())


# University cities a student names instead of the country a page names ("a semester in
# Edinburgh" against a page on the United Kingdom): city → the country's words in the texts.
CITIES = {
    "United Kingdom UK Britain England": "London Oxford Cambridge Manchester Birmingham Bristol Leeds "
    "Liverpool Sheffield Nottingham Newcastle Southampton Exeter York Durham Warwick Brighton Leicester",
    "United Kingdom UK Britain Scotland": "Edinburgh Glasgow Aberdeen Dundee",
    "United Kingdom UK Britain Wales": "Cardiff Swansea",
    "Ireland": "Dublin Cork Galway Limerick",
    "Switzerland Swiss": "Lausanne Geneva Zurich Basel Bern Fribourg Neuchâtel Lugano",
    "Germany German": "Berlin Munich Hamburg Heidelberg Frankfurt Cologne Leipzig Dresden Freiburg "
    "Stuttgart Göttingen Tübingen Bonn Mainz Münster Hanover Bremen",
    "Spain Spanish": "Madrid Barcelona Valencia Seville Granada Salamanca Bilbao Zaragoza Málaga",
    "Italy Italian": "Rome Milan Naples Turin Bologna Florence Padua Pisa Genoa Venice Palermo",
    "Portugal Portuguese": "Lisbon Porto Coimbra Braga",
    "Belgium Belgian": "Brussels Leuven Ghent Liège Antwerp Louvain",
    "Netherlands Dutch": "Amsterdam Utrecht Leiden Rotterdam Groningen Delft Maastricht Nijmegen",
    "Austria Austrian": "Vienna Graz Innsbruck Salzburg",
    "Sweden Swedish": "Stockholm Uppsala Lund Gothenburg",
    "Denmark Danish": "Copenhagen Aarhus",
    "Norway Norwegian": "Oslo Bergen Trondheim",
    "Finland Finnish": "Helsinki Turku Tampere",
    "Poland Polish": "Warsaw Krakow Wroclaw Gdansk Poznan",
    "Czechia Czech": "Prague Brno",
    "Hungary Hungarian": "Budapest Szeged Debrecen",
    "Romania Romanian": "Bucharest Cluj Iasi",
    "Greece Greek": "Athens Thessaloniki",
    "Canada Canadian": "Montreal Toronto Vancouver Ottawa Sherbrooke Calgary Edmonton",
    "Canada Quebec": "Québec",
    "United States USA America American": "Boston Chicago Berkeley Stanford Seattle Houston "
    "Philadelphia Atlanta Austin Miami Denver",
    "Japan Japanese": "Tokyo Kyoto Osaka Sendai Nagoya Sapporo Fukuoka Tsukuba",
    "China Chinese": "Beijing Shanghai Wuhan Nanjing Guangzhou Shenzhen Chengdu Hangzhou",
    "Korea Korean": "Seoul Busan Daejeon",
    "India Indian": "Delhi Mumbai Bangalore Chennai Kolkata Pune",
    "Vietnam Vietnamese": "Hanoi Saigon",
    "Thailand Thai": "Bangkok",
    "Australia Australian": "Sydney Melbourne Brisbane Perth Adelaide Canberra",
    "Brazil Brazilian": "Paulo Rio Brasília Campinas",
    "Argentina": "Aires",
    "Mexico Mexican": "Guadalajara Monterrey",
    "Chile Chilean": "Santiago Valparaíso",
    "Colombia": "Bogotá Medellín",
    "Morocco Moroccan": "Rabat Casablanca Marrakech Fez Agadir",
    "Tunisia Tunisian": "Tunis Sfax Sousse",
    "Algeria Algerian": "Algiers Oran Constantine",
    "Senegal Senegalese": "Dakar",
    "Lebanon Lebanese": "Beirut",
    "Egypt Egyptian": "Cairo Alexandria",
    "Turkey Turkish": "Istanbul Ankara Izmir",
    "Israel Israeli": "Jerusalem",
    "Georgia Georgian": "Tbilisi",
    "Russia Russian": "Moscow",
    "Ukraine Ukrainian": "Kyiv Kiev",
}


def city_countries() -> dict[str, str]:
    """City (lowercase) → its country's words, as the paraphrase table reads them."""
    return {city.lower(): country for country, cities in CITIES.items() for city in cities.split()}


# France is where the university is: every page names it, so naming it says nothing of a place.
_HOME = ("France", "French", "Montpellier", "Occitanie")


# Words of the lists above that are also everyday words ("the rest of the world", "Aires").
_NOT_PLACES = ("Costa", "Aires", "Ivory", "Rio", "York")


@lru_cache(maxsize=1)
def place_terms() -> frozenset[str]:
    """The index terms of every country, continent and city above, France and its words left out."""
    # Country names, not their adjectives: "Spanish" is also a language ("teach in Spanish").
    names = [_EUROPE, *_CONTINENTS.values(), *CITIES.values(), "Europe Asia Africa America Oceania"]
    left_out = {t for name in (*_HOME, *_NOT_PLACES) for t in index_terms(name)}
    return frozenset(t for name in names for word in name.split() for t in index_terms(word)) - left_out


def is_place(terms: set[str]) -> bool:
    """Whether what a question names is a country, region or city ("Brazil", "Madrid")."""
    places = place_terms()
    return len(terms) == 1 and any(a in places for a in next(iter(terms)).split("|"))
