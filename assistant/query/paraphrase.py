"""The words the texts use for a question's everyday wording: "last day" → deadline, "PhD" →
doctoral.

Students ask in their words, the office writes in its own; the English encoder bridges some of the
gap, BM25 and the coverage of the question's terms none of it. The table
(``paraphrases_en.json``) is small and generic. Each phrase found in a question adds its text words
as alternatives: BM25 searches them too, and a sentence using either covers the phrase.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from assistant.query.regions import city_countries
from assistant.text import index_terms

PARAPHRASES_FILE = Path(__file__).with_name("paraphrases_en.json")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[re.Pattern[str], str, str, str], ...]:
    phrases: dict[str, str] = json.loads(PARAPHRASES_FILE.read_text(encoding="utf-8"))["phrases"]
    phrases = {**city_countries(), **_minors(), **phrases}
    # Longest first, so that "before i leave" is read before "leave". A word is read in the
    # plural too ("laptops"), unless the table gives its plural its own words.
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(p)}{_plural(p, phrases)}(?![\w-])"), p, words, _first_word(p))
        for p, words in sorted(phrases.items(), key=lambda item: -len(item[0]))
    )


# "My little sister is 14", "a 10-year-old": a child's age asks the rules for children and the
# age limits ("children under 16 come with an adult", "players must be 16 or over").
_RELATIVES = "sister brother son daughter nephew niece kid child cousin".split()
_CHILD_AGES = (
    "{n} years old",
    "{n}-year-old",
    "aged {n}",
    "he's {n}",
    "she's {n}",
    *(f"{who} is {{n}}" for who in _RELATIVES),
)
_CHILDREN = "under age children child younger minors"


def _minors() -> dict[str, str]:
    return {form.format(n=n): _CHILDREN for form in _CHILD_AGES for n in range(1, 18)}


def _first_word(phrase: str) -> str:
    """The word a phrase opens with, which a text holding the phrase holds as a word of its own;
    "" when the phrase opens with a sign."""
    match = _WORD.match(phrase)
    return match.group() if match else ""


_WORD = re.compile(r"\w+")


def _plural(phrase: str, phrases: dict[str, str]) -> str:
    one_word = phrase.isalpha() and phrase.islower() and not phrase.endswith("s")
    return "s?" if one_word and f"{phrase}s" not in phrases else ""


def paraphrases(text: str) -> list[tuple[list[str], list[str]]]:
    """Each phrase of ``text`` the table knows: its index terms, and those of the texts' words."""
    return [(list(phrase), list(words)) for phrase, words in _paraphrases(text)]


@lru_cache(maxsize=4096)
def _paraphrases(text: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    # A question is read several times over while it is answered; the table has hundreds of
    # phrases, so only those whose first word the text holds are searched for.
    lowered = " ".join(text.lower().split()).replace("’", "'")
    held = set(_WORD.findall(lowered))
    held |= {w[:-1] for w in held if w.endswith("s")}
    found = []
    for pattern, phrase, words, first in _table():
        if first and first not in held:
            continue
        if pattern.search(lowered):
            lowered = pattern.sub(" ", lowered)
            found.append((tuple(index_terms(phrase)), tuple(index_terms(words))))
    return tuple(found)


def extra_terms(text: str) -> list[str]:
    """The index terms of the texts' words for the phrases of ``text``: what BM25 also searches."""
    return [t for _, words in paraphrases(text) for t in words]
