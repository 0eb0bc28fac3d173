"""Who a question's asker is, when the question says so ("I'm here on Erasmus", "I'm a first-year
PhD student", "I'm 17"), and how the texts name the rules for such people ("Exchange students …
cannot stand as candidates", "Doctoral candidates are not covered", "aged 18 or over"). A page
often gives a general rule and, a few lines on, the exception for one kind of person: asked
"Can I …?", that person is answered by the exception."""

from __future__ import annotations

import re

from assistant.query.questions import AGE_RULE

# The age of a minor the question gives ("I'm 17", "my cousin is 17", "a 16-year-old", "j'ai 17
# ans", "mon frère a 14 ans"): the page's age rule answers whether they may. An adult's age ("j'ai
# 27 ans") is the asker's story, seldom what a rule turns on.
_MINOR = "(?:1[0-7]|[1-9])"
_AGE_ASKED = (
    r"\b(?:(?:i'?m|i am|he's|she's|they're|(?:my|our|his|her) [\w-]+(?: [\w-]+)? is)"
    r" (?:only |just |still )?|aged )"
    rf"{_MINOR}\b(?![:.,/]?\d|\s*(?:%|€|h\b|am\b|pm\b|min|km|kilo|euro|hour|day|week|month|per|times))"
    rf"|\b{_MINOR}[ -]years?[ -]olds?\b|\bunder(?:-| )18\b|\bminors?\b|\b(?:j'|j’)?ai {_MINOR} ans\b"
    rf"|\b(?:(?:mon|ma|notre|son|sa) [\w-]+(?: [\w-]+)?|il|elle|qui) a {_MINOR} ans\b|\bwho is {_MINOR}\b"
    r"|\bmineure?s?\b|\bmoins de 18 ans\b"
)
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
            # "I'm a lab technician at UM", "I'm on the staff": jobs of a university's own staff.
            r"\b(?:i work (?:in|at|for)|i'?m (?:a |an |on the )?(?:member of (?:the )?staff|staff|employee"
            r"|(?:lab |laboratory |research |it )?technician|librarian|secretary|administrator"
            r"|administrative (?:assistant|officer))\b"
            r"|(?:can|could|may|do|does|are) (?:university |um )?staff\b|staff members? (?:can|could|may)"
            r"|je travaille (?:à|a|au|aux|dans)|membre du personnel|(?:les )?personnels? (?:peu|peuv|on))",
            r"\b(?:staff|employees|personnel)\b",
        ),
        (_AGE_ASKED, AGE_RULE),
    )
)
_AGE = re.compile(_AGE_ASKED, re.IGNORECASE)
# A rule for every student holds for an exchange student too, when no rule names them.
_STUDENTS = re.compile(r"\bstudents\b", re.IGNORECASE)
# An exception is usually a restriction: "exchange students included" in a row on who votes says
# less about standing as a candidate than "they cannot stand as candidates".
_RESTRICTIONS = r"cannot|can't|can not|only|never|not|no longer|excluded|except"
_RESTRICTION = re.compile(rf"\b(?:{_RESTRICTIONS})\b", re.IGNORECASE)
# What a rule for them says: a restriction, a permission or an inclusion.
_RULE = re.compile(
    rf"\b(?:{_RESTRICTIONS}|included|including|reserved|eligible|open to|open from|allowed|may|must|can)\b",
    re.IGNORECASE,
)
# "students who are not on an exchange programme" names the others.
_NOT_THEM = re.compile(r"\b(?:not|non)[\s-]+(?:\w+\s+){0,2}$", re.IGNORECASE)


def gives_an_age(question: str) -> bool:
    """Whether the question gives the age of whoever would take part ("My cousin is 17. Can he…?")."""
    return bool(_AGE.search(question))


def asker_names(question: str) -> list[re.Pattern[str]]:
    """How the texts name the kinds of person the question says its asker is."""
    return [named for asked, named in _KINDS if asked.search(question)]


def distinct_names(question: str) -> list[re.Pattern[str]]:
    """How the texts name the asker's kinds that pages seldom name (staff, doctoral candidates, a
    minor): a line naming them is their rule. Exchange students are named on nearly every page of
    an international office, so a line naming them says little."""
    exchange_student = _KINDS[0][1]
    return [named for named in asker_names(question) if named is not exchange_student]


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
    # An age said of who may take part ("aged 16 or over") is the rule itself.
    said = row or any(n.pattern == AGE_RULE for n in names) or bool(_RULE.search(sentence))
    return names_them(sentence, names) and said


def restricts(sentence: str) -> bool:
    """Whether the sentence restricts or excludes."""
    return bool(_RESTRICTION.search(sentence))
