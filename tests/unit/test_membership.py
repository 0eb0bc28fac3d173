"""The names a question mentions, and the words that name a group its members belong to."""

from __future__ import annotations

from assistant.query.membership import Group, mentioned_names
from assistant.text import index_terms


def test_the_names_of_the_story_count_and_a_sentences_first_word_does_not() -> None:
    names = mentioned_names(
        "We're planning a workshop with colleagues from the University of Heidelberg. Does UC Davis count?"
    )
    assert names == [frozenset({"heidelberg"}), frozenset({"uc", "davi"})]
    # "University" and the university's own name say which kind, not which one.
    assert mentioned_names("Can I go to the University of Montpellier library?") == []
    # A day or a month is capitalised, but no member of any group: "my Saturday job".
    assert mentioned_names("Will it work with my Saturday job in June? Where is the office?") == []


def test_a_group_is_named_by_its_noun_and_its_qualifiers_one_spared_when_three() -> None:
    strategic = Group(0, 0, frozenset({"strateg", "partner"}), "partner")
    assert strategic.named_by(index_terms("Students of UM's strategic partner universities pay no fee."))
    assert not strategic.named_by(index_terms("Travel to the preferred international partners is funded."))
    preferred = Group(0, 0, frozenset({"prefer", "strateg", "internat", "partner"}), "partner")
    assert preferred.named_by(index_terms("Travel to the preferred international partners is funded."))
    assert not preferred.named_by(index_terms("Students of UM's strategic partner universities pay no fee."))
