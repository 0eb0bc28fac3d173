"""Figures given by region answer for a country the page never names; a row is found by the
question's figure, written in digits or in words."""

from assistant.query.extractive import _figures, _in_band
from assistant.query.regions import regions_of


def test_a_country_is_held_by_its_regions() -> None:
    assert ("rest", "world") in regions_of({"japan"})
    assert ("europ",) in regions_of({"spain"})
    assert ("rest", "world") not in regions_of({"spain"})
    assert regions_of({"state", "unit"}) == ()  # not one country
    assert regions_of({"erasmus"}) == ()


def test_a_figure_in_words_finds_its_band() -> None:
    assert _figures("How much for a five-month exchange in Japan?") == [5.0]
    assert _figures("What is one of the options?") == []
    row = "More than 1 month and up to 6 months | €95 | €170"
    assert _in_band(row, 5) and _in_band(row, 6)
    assert not _in_band(row, 1) and not _in_band(row, 8)
