"""Who a question's asker is, when the question says so ("I'm here on Erasmus", "I'm a first-year
PhD student", "I'm 17"), and how the texts name the rules for such people ("Exchange students …
cannot stand as candidates", "Doctoral candidates are not covered", "aged 18 or over"). A page
often gives a general rule and, a few lines on, the exception for one kind of person: asked
"Can I …?", that person is answered by the exception."""

from __future__ import annotations

import re

# Each kind of asker: how a question says the asker is one, and how a text names them.
_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asked, re.IGNORECASE), re.compile(named, re.IGNORECASE))
    for asked, named in (
        (
            r"\b(?:on (?:an? |my |the )?(?:erasmus|exchange)|(?:an? |our |my )?(?:erasmus|exchange|incoming)"
            r" students?|(?:i'?m|i am) (?:an? )?(?:erasmus|exchange) student"
            r"|en (?:erasmus|[ée]change)|[ée]tudiante?s? (?:en |d'|d’)?(?:erasmus|[ée]change))\b",
            r"\b(?:exchange|erasmus|incoming|visiting)\s+students?\b",
        ),
        (
            r"\b(?:ph\.?d|doctoral|doctorate|doctorante?s?|doctorat|ma th[èe]se)\b",
            r"\b(?:doctoral (?:candidates?|students?)|ph\.?d\.? (?:candidates?|students?))\b",
        ),
        (
            r"\bvisiting (?:researcher|scientist|professor|lecturer|scholar)s?\b"
            r"|\b(?:chercheu(?:r|se)|professeure?|enseignante?)s? invit[ée]e?s?\b",
            r"\bvisiting (?:researcher|scientist|professor|lecturer|scholar)s?\b|\bvisitors?\b",
        ),
        (
            r"\b(?:(?:i'?m|i am|is|he's|she's) (?:only )?|aged )1[0-7]\b|\b1[0-7] years? old\b"
            r"|\bunder(?:-| )18\b|\bminors?\b|\b(?:j'|j’)?ai 1[0-7] ans\b|\bmineure?s?\b|\bmoins de 18 ans\b",
            r"\bunder(?:-| )1[68]\b|\b1[68] (?:or|and) (?:over|older)\b|\bminors?\b|\baged 1[68]\b",
        ),
    )
)
# A rule for every student holds for an exchange student too, when no rule names them.
_STUDENTS = re.compile(r"\bstudents\b", re.IGNORECASE)
# An exception is usually a restriction: "exchange students included" in a row on who votes says
# less about standing as a candidate than "they cannot stand as candidates".
_RESTRICTIONS = r"cannot|can't|can not|only|never|not|no longer|excluded|except"
_RESTRICTION = re.compile(rf"\b(?:{_RESTRICTIONS})\b", re.IGNORECASE)
# What a rule for them says: a restriction, a permission or an inclusion.
_RULE = re.compile(
    rf"\b(?:{_RESTRICTIONS}|included|including|reserved|eligible|open to|allowed|may|must|can)\b",
    re.IGNORECASE,
)
# "students who are not on an exchange programme" names the others.
_NOT_THEM = re.compile(r"\b(?:not|non)[\s-]+(?:\w+\s+){0,2}$", re.IGNORECASE)


def asker_names(question: str) -> list[re.Pattern[str]]:
    """How the texts name the kinds of person the question says its asker is."""
    return [named for asked, named in _KINDS if asked.search(question)]


def broader_names(question: str) -> list[re.Pattern[str]]:
    """How the texts name a wider group the asker belongs to, whose rules hold for them when none
    names them: all students, for an exchange student."""
    exchange_student = _KINDS[0][0]
    return [_STUDENTS] if exchange_student.search(question) else []


def names_them(sentence: str, names: list[re.Pattern[str]]) -> bool:
    """Whether the sentence names one of these kinds of person (not as those it is not for)."""
    return any(not _NOT_THEM.search(sentence[: m.start()]) for n in names for m in n.finditer(sentence))


def rule_for(sentence: str, names: list[re.Pattern[str]], row: bool = False) -> bool:
    """Whether the sentence states a rule for one of the named kinds of person: a table row
    that names them (its "For whom" column) does."""
    return names_them(sentence, names) and (row or bool(_RULE.search(sentence)))


def restricts(sentence: str) -> bool:
    """Whether the sentence restricts or excludes."""
    return bool(_RESTRICTION.search(sentence))
