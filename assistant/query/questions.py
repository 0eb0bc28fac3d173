"""What kind of fact a question asks for, and whether a sentence states one.

Topic similarity is not evidence: "What is the phone number of the International Relations
Department?" is close to sentences about that department, none of which holds a phone number.
Questions that ask for a typed fact (an amount, a date, a phone number, an e-mail, an address, a
count, a duration, a share, a person's name) are only answered by sentences that contain one.
"""

from __future__ import annotations

import re
from enum import StrEnum

from assistant.text import STOPWORDS, stem_all, words


class AnswerType(StrEnum):
    MONEY = "amount of money"
    DATE = "date"
    PHONE = "phone number"
    EMAIL = "e-mail address"
    WEB = "web address"
    ADDRESS = "postal address"
    COUNT = "number"
    DURATION = "duration"
    PERCENT = "percentage"
    PERSON = "person's name"
    AGENT = "person or body"


_MONTHS = (
    "january february march april may june july august september october november december "
    "janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre décembre"
)
# "one" is left out: "one of these winners" states no count.
_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion dozen dozens"
)
_TIME_UNITS = r"(?:second|minute|hour|day|week|month|semester|term|year)s?"

_QUESTION_PATTERNS: list[tuple[AnswerType, re.Pattern[str]]] = [
    (AnswerType.PHONE, re.compile(r"\b(phone|telephone|tel|fax|hotline)\b")),
    (AnswerType.EMAIL, re.compile(r"\be-?mail\b|\bemail address\b")),
    (AnswerType.WEB, re.compile(r"\b(website|web site|web page|webpage|url|link to)\b")),
    (
        AnswerType.ADDRESS,
        re.compile(r"\b(address|postal|located|location)\b|^where (is|are)\b.*\boffices?\b"),
    ),
    (
        AnswerType.MONEY,
        re.compile(
            r"\b(cost|costs|price|prices|fee|fees|tuition|budget|salary|salaries|stipend)\b"
            r"|\bhow much (money|funding|does|do|did|is|are|will|would)\b"
        ),
    ),
    (AnswerType.PERCENT, re.compile(r"\b(percentage|percent|proportion|share of|rate of)\b")),
    (AnswerType.DURATION, re.compile(r"\bhow long\b|\b(duration|how many (days|weeks|months|years))\b")),
    (
        AnswerType.DATE,
        re.compile(
            r"^(when|since when|until when|by when|from when)\b|\b(since|until|by) when\b"
            r"|\b(what|which) (date|year|day|month)\b|\bin what year\b"
            r"|\b(deadline|deadlines|due date|closing date|opening hours|start date)\b"
        ),
    ),
    (AnswerType.COUNT, re.compile(r"\bhow many\b|\bnumber of\b|\bhow much\b")),
    (
        AnswerType.PERSON,
        re.compile(r"^who (is|are|was|were) (the|your|our|its|their|a|an)\b|\bname of\b|\bnamed?\b"),
    ),
    (AnswerType.AGENT, re.compile(r"^(and |but |so )?(who|whom|to whom)\b")),
]

_YEAR = r"\b(1[89]\d\d|20\d\d)\b"
_EVIDENCE_PATTERNS: dict[AnswerType, re.Pattern[str]] = {
    AnswerType.MONEY: re.compile(
        r"[€$£]\s?\d|\d[\d,.\s]*\s?(€|\$|£|eur|euros?|usd|dollars?|pounds?|k€)\b", re.IGNORECASE
    ),
    AnswerType.DATE: re.compile(
        rf"{_YEAR}|\b({'|'.join(_MONTHS.split())})\b|\b\d{{1,2}}[/.-]\d{{1,2}}([/.-]\d{{2,4}})?\b"
        r"|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}(:\d\d| ?[ap]m)\b",
        re.IGNORECASE,
    ),
    AnswerType.PHONE: re.compile(r"\+?\d[\d\s().-]{7,}\d"),
    AnswerType.EMAIL: re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    AnswerType.WEB: re.compile(r"https?://|\bwww\.|\b[\w-]+\.(fr|com|org|eu|edu|net)\b", re.IGNORECASE),
    AnswerType.ADDRESS: re.compile(
        r"\b\d+,?\s+(rue|avenue|av\.|boulevard|bd|street|st\.?|road|place|chemin|allée|route|quai)\b"
        r"|\b\d{5}\b|\b(building|bâtiment|room|salle|floor|étage)\s+\w*\d",
        re.IGNORECASE,
    ),
    AnswerType.COUNT: re.compile(
        rf"\b(?!(1[89]\d\d|20\d\d)\b)\d[\d,.]*\b|\b({'|'.join(_NUMBER_WORDS.split())})\b",
        re.IGNORECASE,
    ),
    AnswerType.DURATION: re.compile(
        rf"\b(\d+|{'|'.join(_NUMBER_WORDS.split())}|a|an|one)\s+{_TIME_UNITS}\b", re.IGNORECASE
    ),
    AnswerType.PERCENT: re.compile(r"\d\s?%|\bper ?cent\b|\bpourcent\b", re.IGNORECASE),
}
# What "how many X" / "number of X" counts: the one or two words after the phrase.
_COUNTED = re.compile(r"\b(?:how many|number of)\s+([a-z'-]+)(?:\s+([a-z'-]+))?")
_COUNT_WINDOW = 3  # a count and the noun it counts sit this close: "19 institutions", "47 European countries"
# Two or more capitalised words, optionally joined by particles: "Jean Dupont", "UC Davis".
_PROPER_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|de|du|des|la|le|van|von|der|di|da)\s+)?[A-Z][\w'’-]*)+"
)


def expected_types(question: str) -> set[AnswerType]:
    """The typed facts ``question`` asks for (empty for open questions)."""
    text = " ".join(question.lower().split()).strip(" ¿?!.")
    found = {kind for kind, pattern in _QUESTION_PATTERNS if pattern.search(text)}
    if found & {AnswerType.PHONE, AnswerType.MONEY, AnswerType.DURATION, AnswerType.PERCENT}:
        # "phone number", "how much does it cost", "how many weeks": the more specific type wins.
        found.discard(AnswerType.COUNT)
    if found & {AnswerType.EMAIL, AnswerType.WEB}:
        found.discard(AnswerType.ADDRESS)  # "e-mail address", "web address"
    if AnswerType.DURATION in found:
        found.discard(AnswerType.DATE)
    if AnswerType.PERSON in found:
        found.discard(AnswerType.AGENT)
    return found


def _asked_words(question: str) -> set[str]:
    """Lowercased words of the question and the acronyms of its names ("University of Montpellier": um)."""
    asked = set(re.findall(r"[\w'’-]+", question.lower()))
    for match in _PROPER_NAME.finditer(question):
        initials = "".join(w[0] for w in match.group().split() if w[:1].isupper())
        asked.add(initials.lower())
    return asked


def _counted_stems(question: str) -> set[str]:
    match = _COUNTED.search(question.lower())
    if not match:
        return set()
    return {s for s in stem_all([w for w in match.groups() if w]) if s not in STOPWORDS}


def _states_count(sentence: str, question: str) -> bool:
    counted = _counted_stems(question)
    numbers = list(_EVIDENCE_PATTERNS[AnswerType.COUNT].finditer(sentence))
    if not counted:
        return bool(numbers)
    for number in numbers:
        following = stem_all(words(sentence[number.end() :])[:_COUNT_WINDOW])
        if counted & set(following):
            return True
    return False


def states(kind: AnswerType, sentence: str, question: str) -> bool:
    """Whether ``sentence`` contains a fact of type ``kind`` (a name not already in the question)."""
    if kind is AnswerType.COUNT:
        return _states_count(sentence, question)
    asked = _asked_words(question)
    if kind is AnswerType.AGENT:
        # Someone who does something is named: a capitalised word, past the sentence's first,
        # that the question does not already name.
        return any(w[:1].isupper() and w.lower() not in asked for w in re.findall(r"[\w'’-]+", sentence)[1:])
    if kind is AnswerType.PERSON:
        for match in _PROPER_NAME.finditer(sentence):
            name_words = [w for w in re.findall(r"[\w'’-]+", match.group()) if w[:1].isupper()]
            if any(w.lower() not in asked for w in name_words):
                return True
        return False
    return bool(_EVIDENCE_PATTERNS[kind].search(sentence))
