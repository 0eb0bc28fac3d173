"""What kind of fact a question asks for, and whether a sentence states one.

Topic similarity is not evidence: "What is the phone number of the International Relations
Department?" is close to sentences about that department, none of which holds a phone number.
Questions that ask for a typed fact (an amount, a date, a phone number, an e-mail, an address, a
count, a duration, a share, a person's name) are only answered by sentences that contain one.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Set
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from assistant.query.gloss import gloss, glossed_words
from assistant.query.paraphrase import extra_terms, paraphrases
from assistant.query.regions import place_terms
from assistant.text import STOPWORDS, fold, index_terms, language, stem_all


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
    CONTACT = "contact (e-mail or phone)"
    NAME = "name"
    AGE = "age"


_MONTHS = (
    "january february march april may june july august september october november december "
    "janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre décembre"
)
# Numbers written as words, with their values.
NUMBER_WORDS: dict[str, int] = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety".split(),
        [*range(1, 21), *range(30, 100, 10)],
        strict=True,
    )
) | {
    "hundred": 100,
    "hundreds": 100,
    "thousand": 1000,
    "thousands": 1000,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "dozen": 12,
    "dozens": 12,
}
# "one" is left out: "one of these winners" states no count.
_COUNT_WORDS = "|".join(w for w in NUMBER_WORDS if w != "one")
_TIME_UNITS = r"(?:second|minute|hour|day|week|month|semester|term|year)s?"


def _patterns(name: str) -> list[tuple[AnswerType, re.Pattern[str]]]:
    return [
        (AnswerType[kind], re.compile(pattern))
        for kind, pattern in json.loads(Path(__file__).with_name(name).read_text()).items()
    ]


# What each kind of question looks like, one pattern per type, kept as data: question_patterns.json;
# the French ones (question_patterns_fr.json) are matched on the question with its accents folded.
_QUESTION_PATTERNS = _patterns("question_patterns.json")
_FRENCH_PATTERNS = _patterns("question_patterns_fr.json")

# Roles and bodies that do things in institutional prose, usually written in lower case.
_ROLES = frozenset(
    """coordinator coordinators officer officers office offices department departments service services
    committee committees council councils president presidents director directors dean deans supervisor
    supervisors adviser advisers advisor advisors manager managers head heads unit units team teams
    secretary secretariat board jury rector vice-president delegate delegates referent tutor tutors""".split()
)
_INSTITUTIONAL = _ROLES | frozenset(
    """student students teacher teachers lecturer lecturers professor professors staff host
    international relations vice-president vice the of and for de la university faculty school
    institute centre center european national french france association network group union
    conference conferences agency programme program project consortium alliance foundation ministry
    embassy campus region""".split()
)
# Words that make a proper name an institution's, never a person's (titles such as "Professor" do not).
_INSTITUTION_NOUNS = frozenset(
    """university universities faculty school institute centre center association network group
    union conference agency programme program project consortium alliance foundation ministry
    embassy campus department office service université universite universidad universität
    universidade università école ecole institut instituto escuela collège college academy
    académie""".split()
)
_YEAR = r"\b(1[89]\d\d|20\d\d)\b"
# A day of the calendar or its month: "12 November", "12/11", "Thursday".
_DAY_OR_MONTH_TEXT = (
    rf"\b({'|'.join(_MONTHS.split())})\b|\b\d{{1,2}}[/.-]\d{{1,2}}([/.-]\d{{2,4}})?\b"
    r"|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # "by the 5th of the same month", "on the 1st of every month": a day of any month.
    r"|\b\d{1,2}(st|nd|rd|th) of (the |each |every |that |this |the same |the following )?(same )?month\b"
)
# ISO codes of the currencies grants and fees abroad are given in ("CHF 440", "900 CAD").
CURRENCY_CODES = "chf|usd|gbp|cad|jpy|aud|cny"
# A phone number: international ("+33 4 65 81 44 18"), in groups ("04 67 14 30 00",
# "555-123-4567") or whole ("0467143000"); never an academic year ("2026-2027") or a date.
_PHONE = (
    r"\+\d[\d\s().-]{6,}\d|(?<![\w.,/-])(?:\(?\d{1,4}\)?[\s.-]){3,}\d{2,4}(?![\w.,/-])"
    r"|(?:\(\d{2,4}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b|\b0\d{9}\b"
)
# An age a rule sets: "aged 16 or over", "from the age of 16", "18+", "under 18", "minors",
# "children from 9"; not "over 40 degrees" or "from 15 June".
AGE_RULE = (
    r"\b(?:aged?|ages) (?:of )?\d{1,2}\b|\b\d{1,2}\s?\+|\b\d{1,2}[ -]years?[ -](?:old|of age)\b"
    r"|\b\d{1,2} (?:or|and) (?:over|older|above|under|younger|below)\b"
    # "under 18." ends a sentence; "under 18.5 km" is no age.
    r"|\b(?:under|over|above|below)[- ]\d{1,2}s?\b(?![:.,]?\d|\s*(?:%|°|degrees?|km|kilo|met|mm|cm|kg"
    r"|hours?|days?|minutes?|people|students|participants|euros?|€|per\b))"
    r"|\bminors?\b|\bfrom the age of\b|\bopen (?:only )?from \d{1,2}\b(?![:.,]?\d|\s*(?:am|pm|h\b|to\b))"
    r"|\b(?:children|kids|pupils|teenagers|young people) (?:aged |of |from |between )\d{1,2}\b"
)
_EVIDENCE_PATTERNS: dict[AnswerType, re.Pattern[str]] = {
    AnswerType.MONEY: re.compile(
        rf"[€$£]\s?\d|\d[\d,.\s]*\s?(€|\$|£|eur|euros?|dollars?|pounds?|k€|{CURRENCY_CODES}|francs?)\b"
        # "CHF 440 per month": a currency's code before the figure.
        rf"|\b(?:eur|{CURRENCY_CODES})\s?\d"
        # "Membership is free": no amount is one too.
        r"|\b(?:is|are|remains?|stays?) free\b|\bfree of charge\b|\bfor free\b|\bno (?:fees?|charge|cost)\b"
        r"|\b(?:pays?|costs?) nothing\b|\bwithout (?:any )?(?:fees?|charge|cost)\b",
        re.IGNORECASE,
    ),
    AnswerType.DATE: re.compile(rf"{_YEAR}|{_DAY_OR_MONTH_TEXT}|\b\d{{1,2}}(:\d\d| ?[ap]m)\b", re.IGNORECASE),
    AnswerType.PHONE: re.compile(_PHONE),
    AnswerType.EMAIL: re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),
    AnswerType.CONTACT: re.compile(rf"[\w.+-]+@[\w-]+\.[\w.-]+|{_PHONE}"),
    AnswerType.WEB: re.compile(r"https?://|\bwww\.|\b[\w-]+\.(fr|com|org|eu|edu|net)\b", re.IGNORECASE),
    AnswerType.ADDRESS: re.compile(
        r"\b\d+,?\s+(rue|avenue|av\.|boulevard|bd|street|st\.?|road|place|chemin|allée|route|quai)\b"
        r"|\b\d{5}\b|\b(building|bâtiment|room|salle|floor|étage|desk|office|bureau)\s+\w*\d"
        r"|(?-i:\b[A-Z][\w-]+ campus\b|\bcampus (de |du |of )?[A-Z][\w-]+)",  # "Triolet campus"
        re.IGNORECASE,
    ),
    AnswerType.COUNT: re.compile(
        # "only one change", "a single place": one, said as a limit, is a count.
        rf"\b(?!(1[89]\d\d|20\d\d)\b)\d[\d,.]*\b|\b({_COUNT_WORDS})\b"
        r"|\b(?:only|just|at most|no more than|exactly)\s+one\b|\ba single\b",
        re.IGNORECASE,
    ),
    # "5 working days", "10 calendar days", "2 full weeks": a qualified unit is still one; so is
    # "three and a half hours".
    AnswerType.DURATION: re.compile(
        rf"\b(\d+|{_COUNT_WORDS}|a|an|one)(?:\s+and\s+a\s+half)?[\s-]+"
        r"((working|business|calendar|full|consecutive|clear|academic)\s+)?"
        rf"{_TIME_UNITS}\b"
        # "for up to 7 nights": a stay counted in nights ("a night" of stand-up is an evening).
        rf"|\b(\d+|{_COUNT_WORDS})[\s-]+(?:nights|fortnights)\b",
        re.IGNORECASE,
    ),
    AnswerType.PERCENT: re.compile(r"\d\s?%|\bper ?cent\b|\bpourcent\b", re.IGNORECASE),
    AnswerType.AGE: re.compile(AGE_RULE, re.IGNORECASE),
}
# "Do I have to pay...?", "Does the grant cover rent?": asks whether, not how much or when,
# whatever fact it mentions. "Is there a number I can call?", "Do you have an e-mail?" still ask
# for the thing.
# A request for a fact, worded as a yes/no question: "Could you give me an e-mail for…?", "Do you
# have the number of the person who…?" ask for the e-mail and the number.
_FACT_REQUEST = (
    r"(?:(?:do|does) (?:you|anyone|anybody) (?:happen to )?(?:have|know)"
    r"|(?:can|could|would|will) you (?:please )?(?:give|send|share|provide|tell|pass)(?: me| us)?) "
    r"(?:a |an |the |your |their |his |her |its )?(?:[a-z-]+ ){0,2}"
    r"(?:e-?mail|phone|number|address|link|website|contact|deadline|date|price|cost|fee|amount)s?\b"
)
_YES_NO = re.compile(
    r"^(?!(?:is|are) there\b|(?:do|does) (?!i\b)\w+ have\b(?! to)"
    r"|(?:can|could|may) (?:i|we|you) (?:get|have|find|reach)\b"
    # A request for a fact ("Could you give me an e-mail for…?", "Do you know the number of…?").
    rf"|{_FACT_REQUEST})"
    r"(?:do|does|did|can|could|may|must|should|shall|am|are|is|will|would)\b"
    # A wh-word asks ("Can you tell me who signs?") unless it follows a noun it describes
    # ("a lecturer who lives in Brazil", "the office where I apply").
    r"(?!.*\b(?:how|what)\b)"
    r"(?!.*(?:^|[,;]|\b(?:and|or|me|us|know|tell|explain|say|sure|idea|show|out|wonder|see|check|ask))"
    r"\s+(?:which|when|where|who|whom)\b)"
)
# A clause before the question proper ("If I go on secondment, does UM keep paying me?", "For the
# ski trip, is renting skis included?"): the question is what follows it.
_LEADING_CLAUSE = re.compile(
    r"^(?:(?:if|when|once|while|after|before|for|at|as|since|during|in|with|without|unless|now that)\b"
    r"[^,?]*,\s*)+"
)
# A French yes/no question, after the asker's situation if any: "est-ce que je dois payer… ?",
# "dois-je… ?", "faut-il… ?", with no question word after it.
_YES_NO_FR = re.compile(
    # "Est-ce qu'il y a une date limite ?", "est-ce que vous avez le mail ?" ask for the fact.
    r"(?:^|[,:;]\s*)(?:est-ce qu(?!'il y a|e (?:vous avez|tu as|on a|vous auriez|tu aurais)\b)"
    r"|(?:dois|puis|peux|peut|faut|ai|suis|vais|pourrais|devrais|aurai|serai)"
    r"-(?:je|on|il|t-il|t-on)\b)"
    r"(?!.*\b(?:combien|quand|qui|quels?|quelles?|comment|pourquoi|quoi|jusqu'a quand|a partir de quand)\b)"
)
# What "how many X" / "number of X" counts: the one or two words after the phrase.
# Counted nouns that any noun for people answers.
_ANYONE = frozenset(stem_all(["people", "persons", "individuals"]))
# "How many places…?" is answered by "the sessions take 15 people": a place is one person's.
_SEATS = frozenset(stem_all(["places", "spots", "seats"]))
_TAKERS = tuple(stem_all("people persons participants students members volunteers".split()))
_COUNTED = re.compile(r"\b(?:how many|number of)\s+([a-z'-]+)(?:\s+([a-z'-]+))?(?:\s+([a-z'-]+))?")
_COUNTED_FR = re.compile(r"\b(?:combien|nombre) d(?:e |')([a-z-]+(?: [a-z-]+)?)")
_COUNT_WINDOW = 3  # a count and the noun it counts sit this close: "19 institutions", "47 European countries"
# Two or more capitalised words, optionally joined by particles: "Jean Dupont", "UC Davis".
_PROPER_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|de|du|des|la|le|van|von|der|di|da)\s+)?[A-Z][\w'’-]*)+"
)


# Types a question asks by its form (when, where, who, which e-mail...): a fee or a cost it
# mentions beside them is its topic, not what it asks, unless it asks how much.
_ASKED_BY_FORM = frozenset(
    {
        AnswerType.DATE,
        AnswerType.ADDRESS,
        AnswerType.PHONE,
        AnswerType.EMAIL,
        AnswerType.WEB,
        AnswerType.CONTACT,
        AnswerType.AGENT,
        AnswerType.PERSON,
        AnswerType.DURATION,
        AnswerType.PERCENT,
    }
)
_ASKS_AMOUNT = re.compile(
    r"\bhow much\b|\bcombien\b|\b(what|which|quel|quelle)( is| are| was| est| sont)? (the |le |la |les )?"
    r"(amount|fee|fees|cost|costs|price|prices|rent|budget|deposit|allowance|salary|stipend|montant|tarif|prix)\b"
    # "What's the most UM can lend me?": a sum, whoever gives it.
    r"|\bwhat is the (most|maximum|least|minimum) (?:[\w'-]+ ){1,3}(can|could|will|would|may) "
    r"(give|pay|lend|advance|refund|reimburse|fund|award|grant|cover)\b"
    # "What does one of the storage boxes cost?": the verb asks the sum, whatever its subject.
    r"|\bwhat (?:does|do|did|will|would) (?:[\w'-]+ ){1,9}(?:cost|charge)\b"
)


# "What am I actually getting for the fee?": what the money pays for, not a sum.
_PAID_FOR = re.compile(
    r"\bwhat (?:am i|are we|do i|do we|will i|would i) (?:actually |really )?(?:get|getting|receive) for\b"
)


# "Which moving costs can the allowance be used for?", "What expenses does the grant cover?":
# kinds of costs, listed by what covers them, not a sum.
_COST_KINDS = re.compile(
    r"^(?:what|which)\s+(?:(?:kinds?|sorts?|types?) of\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:costs|expenses|fees|charges)\b"
    r".*\b(?:covered|covers?|used|uses?|included|includes?|reimbursed|reimburses?|refunded|eligible|counts?"
    r"|claimed|claim|funded|funds?|paid for|pays? for)\b"
)
_MONEY_WORD = re.compile(
    r"\b(cost|costs|price|prices|fee|fees|tuition|budget|salary|salaries|stipend|allowance|allowances"
    r"|per diem|amount|rent|deposit|grant|grants|money|funding|sum|payment|scholarship|top-up|bonus"
    r"|rate|wage|wages|pay|income|incomes|earnings|membership|subscription)\b"
)


# How many questions' readings are kept: a question is read by every sentence it is checked
# against, so one reading serves them all; the few kept cover a follow-up read with its context.
READINGS = 8


_IS_CONTRACTED = re.compile(r"\b(where|what|who|when|how|which)['’]s\b")


# "What's the address?", "which address?": the word alone, which the story may say is an e-mail's.
_BARE_ADDRESS = re.compile(r"^(?:what|which) (?:is )?(?:the |their |its |his |her )?address\b")
_EMAIL_STORY = re.compile(r"\b(?:e-?mail|mail them|write to)\b|\b[eé]crire [àa]\b", re.IGNORECASE)


@lru_cache(maxsize=READINGS)
def expected_types(question: str) -> frozenset[AnswerType]:
    """The typed facts ``question`` asks for (empty for open questions)."""
    found = _expected_types(question)
    _, mark, last = asked_part(question).rpartition("? ")
    if not found and mark and not is_yes_no(last):
        # "Can I try it once for free? When is that, and where?": a last question of its own asks
        # for a typed fact after the yes or no.
        found = _expected_types(last)
    return frozenset(found)


# "C'est quand, les soldes ?", "c'est où le bureau ?": spoken French puts the question word after
# "c'est"; it asks as "quand", "où" would first.
_C_EST_WH = re.compile(
    r"^(?:(?:et|mais|alors) )?c'est (quand|ou|qui|combien)\b"
    # « Il tombe quand, l'après-midi découverte ? », « ça commence quand ? »: a pronoun, the verb of
    # taking place, then the question word.
    r"|^(?:(?:et|mais|alors) )?(?:il|elle|ils|elles|ca|on) (?:tombe|tombent|commence|commencent|a lieu"
    r"|ont lieu|se passe|se passent|se fait|se font|se deroule|se deroulent|est|sont|sera|seront"
    r"|aura lieu|auront lieu|demarre|demarrent|reprend|reprennent|ouvre|ouvrent|ferme|ferment|finit"
    r"|finissent) (quand)\b"
)


# "Where is it exactly?", « C'est où exactement ? » of the office the asker's story names.
_WHERE_IS_IT = re.compile(
    r"^(?:and |et )?(?:where (?:exactly |actually )?(?:is|are) (?:it|they)|ou (?:est-ce|c'est)|ou est-il"
    r"|ou est-elle|ou sont-ils|(?:il|elle|ils|elles) (?:est|sont) ou|c'est ou|ou)(?: exactement| exactly)?$"
)
_OFFICE_TOLD = re.compile(
    r"\b(?:office|desk|service|secretariat|reception|bureau|guichet|accueil|permanence)s?\b"
)


# "Apart from the pay, …", « À part le salaire, … »: what the asker already knows, set aside.
_SET_ASIDE = re.compile(
    r"^(?:apart from|aside from|besides|other than|except for|à part|a part|en dehors d[eu']|hormis"
    r"|mis à part)\s+[^,?]{1,60},\s*"
    # « …on a droit à quoi [à part le salaire] ? »: set aside at the end too.
    r"|,?\s+(?:apart from|aside from|other than|except for|à part|a part|en dehors d[eu']|hormis"
    r"|mis à part)\s+(?:the|my|our|le|la|les|l'|mon|ma|mes|son|sa|ses|notre|nos)\s*[^,?]{1,40}$"
)


# "Can somebody at the uni sort out my allergy?", "is there anyone at UM who can help with the
# sleep itself?": whether someone here does it is answered by who does, and how to reach them.
_SOMEONE_HERE = re.compile(
    r"^(?:(?:and|but|so) )?(?:can|could|would|will|is there) (?:someone|somebody|anyone|anybody)"
    r" (?:at|from|in) (?:um|the uni|the university|the university of montpellier)\b"
)


def _expected_types(question: str) -> set[AnswerType]:
    # What a statement before the question mentions ("I can no longer afford the fees. How...?")
    # is its context, not what it asks.
    text = " ".join(asked_part(question).lower().split()).strip(" ¿?!.")
    text = _SET_ASIDE.sub("", text)  # "Apart from the pay, what…?" does not ask the pay
    text = _IS_CONTRACTED.sub(r"\1 is", text)  # "where's the office" asks where it is
    if _SOMEONE_HERE.search(text):
        return {AnswerType.CONTACT}  # "Can somebody at UM test what I'm allergic to?": whom to reach
    if _WHY.match(text):
        return set()  # "Why must everyone put their phone in the cradle?": a reason, whatever it names
    if _YES_NO.match(_LEADING_CLAUSE.sub("", text)):
        # "Do I have to pay tuition...?" is answered by "No. ... does not charge you"; "Is there a
        # service for this? I'd need their e-mail." asks the e-mail all the same.
        return _asked_after(question)
    french = language(question) == "fr"
    folded = _C_EST_WH.sub(r"\1\2", fold(text).replace("’", "'")) if french else ""
    if french and _YES_NO_FR.search(folded):
        return set()  # "…, est-ce que je dois payer des frais ?" likewise
    found = {kind for kind, pattern in _QUESTION_PATTERNS if pattern.search(text)}
    found |= _asked_after(question)
    if french:
        found |= {kind for kind, pattern in _FRENCH_PATTERNS if pattern.search(folded)}
        if _CHANNEL_FIRST_FR.match(folded):
            # « Un mail ou un numéro, et les jours d'ouverture ? »: the channels named are asked.
            found |= {_CHANNEL_FR[word] for word in _CHANNEL_WORD_FR.findall(folded)}
    if _WHERE_IS_IT.match(folded or text) and _OFFICE_TOLD.search(fold(question.lower())):
        found.add(AnswerType.ADDRESS)  # "I'd rather go to the desk. Where is it exactly?"
    if AnswerType.MONEY in found and not _ASKS_AMOUNT.search(text) and _asks_other_than_money_fr(question):
        found.discard(AnswerType.MONEY)  # "…l'exonération des frais, il faut quelle moyenne ?"
    if AnswerType.MONEY in found and _counts_people(text):
        # "How many students got a fee exemption?", "combien d'étudiants…": a count of people,
        # the fees are the topic.
        found.discard(AnswerType.MONEY)
    if found & {AnswerType.PHONE, AnswerType.MONEY, AnswerType.DURATION, AnswerType.PERCENT, AnswerType.AGE}:
        # "phone number", "how much does it cost", "how many weeks": the more specific type wins.
        found.discard(AnswerType.COUNT)
    if found & {AnswerType.EMAIL, AnswerType.WEB}:
        found.discard(AnswerType.ADDRESS)  # "e-mail address", "web address"
    elif AnswerType.ADDRESS in found and _BARE_ADDRESS.search(text) and _EMAIL_STORY.search(question):
        # "I need to email the clinic. What's the address?": the address one e-mails.
        found = (found - {AnswerType.ADDRESS}) | {AnswerType.EMAIL}
    if AnswerType.DURATION in found:
        found.discard(AnswerType.DATE)
    if AnswerType.PERSON in found or asks_eligibility(question):
        found.discard(AnswerType.AGENT)
    if AnswerType.AGENT in found and _TO_REACH_THEM.search(question.lower().replace("’", "'")):
        found.add(AnswerType.CONTACT)  # "Who runs the survey, so I can send them the clip?"
    if found & {AnswerType.PHONE, AnswerType.EMAIL, AnswerType.ADDRESS, AnswerType.WEB}:
        found.discard(AnswerType.CONTACT)  # the asked channel is the more specific
    # "Who should I contact?", "who can I write to?" keep both: either answers (see satisfies).
    french_form = _french_form(question)
    procedure = _PROCEDURE.search(text) or (french_form is not None and _PROCEDURE_FR.search(french_form))
    if (found & _ASKED_BY_FORM or procedure) and not _ASKS_AMOUNT.search(text):
        # "Where can I sort out a problem with my tuition fees?", "How can I ask for the fees to
        # be reduced?": the fees are the topic.
        found.discard(AnswerType.MONEY)
    if AnswerType.MONEY in found and not _ASKS_AMOUNT.search(text):
        # "Which groups of students are exempt from the fees?" asks for groups: a question that
        # names what it asks for asks for money only when that is a sum ("what travel allowance").
        focus = _FOCUS.match(text.replace("’", "'"))
        named = focus.group("focus") if focus else ""
        # "What's the most [the college will give]?" names no noun: the verb says it is money.
        if named and not set(index_terms(named)) <= _TYPE_WORDS and not _MONEY_WORD.search(named):
            found.discard(AnswerType.MONEY)
    if AnswerType.MONEY in found and _COST_KINDS.search(text) and "how much" not in text:
        found.discard(AnswerType.MONEY)
    paid_for = _ENUMERATION.search(text) or _PAID_FOR.search(text)
    if AnswerType.MONEY in found and paid_for and not _ASKS_AMOUNT.search(text):
        found.discard(AnswerType.MONEY)  # "What does the fee cover?": what it pays for
    if found == {AnswerType.DATE} and _AND_WHEN.search(text) and _PROCEDURE.search(text):
        # "What do I have to do, and by when?": the procedure, whose steps give their dates.
        found.clear()
    if found & {AnswerType.DATE, AnswerType.DURATION} and not _HOW_TO_REACH.search(fold(text)):
        # "by what date must the request reach the office?", "how many months before leaving
        # should I contact the service?": the time is asked, the contact is the topic.
        found.discard(AnswerType.CONTACT)
    if len(found) > 1:
        found.discard(AnswerType.NAME)  # "which e-mail ...": the typed fact is the name
    return found


# « Un mail ou un numéro ? », « le tel et l'adresse mail ? »: a part that only names channels.
_CHANNEL_WORD_FR = re.compile(r"\b(e-?mail|mail|courriel|numero|telephone|tel)\b")
_CHANNEL_FIRST_FR = re.compile(
    r"^(?:(?:et|alors|sinon|aussi|du coup),? )?(?:(?:un|une|le|la|les|l'|leur|son|sa|ses|des|votre|vos)\s?)?"
    r"(?:adresse )?(?:e-?mail|mail|courriel|numero|telephone|tel)\b(?!\s*(?:de|d'|du|des)\b(?!\s*telephone))"
)
_CHANNEL_FR = {
    "email": AnswerType.EMAIL,
    "e-mail": AnswerType.EMAIL,
    "mail": AnswerType.EMAIL,
    "courriel": AnswerType.EMAIL,
    "numero": AnswerType.PHONE,
    "telephone": AnswerType.PHONE,
    "tel": AnswerType.PHONE,
}


# A question of why asks the reason, not a typed fact.
_WHY = re.compile(r"^(?:(?:and|but|so|then|ok|okay),? )?(?:why|how come)\b")


# "…, how do I reach them, and which days are they in?", « comment je les contacte »: the contact
# asked in a clause of its own, beside the time.
_HOW_TO_REACH = re.compile(
    r"\bhow (?:do|can|could|should|would) (?:i|we) (?:contact|reach|get in touch with|get hold of)"
    r" (?:them|him|her|it|the[a-z ]{0,30}|that[a-z ]{0,30})\s*(?:,|and\b|$)"
    r"|\bcomment (?:est-ce qu'on |est-ce que je |je |on |puis-je |peut-on )?(?:les |le |la |l'|lui |leur )?"
    r"(?:contacte|contacter|contactez|joins|joint|joindre)\b"
    # « je les contacte comment », « on les joint comment »: the verb before its "how".
    r"|\b(?:je|on) (?:les |le |la |l'|lui |leur )?(?:contacte|joins|joint) comment\b"
)


# "…? Phone number please.", "…? Just the e-mail.": a few words after the question that name what
# is wanted, with no one's story in them ("…? I'm Moroccan.").
_REQUEST_AFTER = re.compile(
    r"^(?:(?:and|just|only|also)\s+)?(?:the\s+|their\s+|an?\s+)?([a-z -]{2,40}?)(?:\s+please)?[.!]*$"
)
_STORY_WORDS = frozenset("i i'm im we my our me us".split())
# "…? I need an email address to ask about the English sessions.": the asker says what he needs.
_NEEDED_AFTER = re.compile(
    r"^(?:i|we)(?: (?:need|want|would (?:need|like)|am looking for|just need)"
    r"|'d (?:need|like)|'m looking for) "
)
# What the asker says he needs, each named ("their e-mail, their phone number and the days…").
_NEEDED_ITEM = re.compile(
    r"\b(?:an?|the|their|your|its|some) ((?:e-?mail|phone|telephone)(?: number| address)?|number|address"
    r"|website|web page|link)\b"
)


# "…, so a number and their opening hours would help.": what would help is what the asker needs.
_WOULD_HELP = re.compile(
    r"(?:^|[,;]\s*|\bso\s+)((?:an?|the|their|your|its|some) [^.!?,;]*?)"
    r" (?:would|will|could) (?:help|be (?:great|nice|good|ideal|helpful|perfect|handy|useful))\b"
)


# The types that say how to reach someone: asked after a who-question, they ask whom to reach.
_CHANNELS = frozenset({AnswerType.PHONE, AnswerType.EMAIL, AnswerType.CONTACT, AnswerType.ADDRESS})


def _asked_after(question: str) -> set[AnswerType]:
    """The types a short request after the question's mark asks for ("Phone number please.")."""
    last = question.rfind("?")
    tail = " ".join(question[last + 1 :].lower().split()).replace("’", "'") if last >= 0 else ""
    helps = _WOULD_HELP.search(tail)
    needed = helps.group(1) if helps else tail if _NEEDED_AFTER.match(tail) else ""
    items = _NEEDED_ITEM.findall(needed) if needed else []
    if items:
        return _types_of_needed(items)
    # "…? I want to call first because my permit may not cover August. Phone number and office
    # hours please.": the request is the last sentence, after the asker's reasons.
    tail = re.split(r"(?<=[.!])\s+", tail)[-1]
    match = _REQUEST_AFTER.match(tail)
    if not tail or match is None or len(match.group(1).split()) > 5 or _STORY_WORDS & set(tail.split()):
        return set()
    return _types_of_needed([match.group(1)])


def _types_of_needed(items: list[str]) -> set[AnswerType]:
    """The types of the things the asker says they need, each read as "what is the …?"; a number
    needed to reach someone is a phone number, not a count."""
    asked = " ".join(f"what is the {'phone number' if item == 'number' else item}?" for item in items)
    return {kind for kind, pattern in _QUESTION_PATTERNS if pattern.search(asked)}


@lru_cache(maxsize=READINGS)
def _asked_words(question: str) -> frozenset[str]:
    """Lowercased words of the question and the acronyms of its names ("University of Montpellier": um)."""
    asked = set(re.findall(r"[\w'’-]+", question.lower()))
    for match in _PROPER_NAME.finditer(question):
        initials = "".join(w[0] for w in match.group().split() if w[:1].isupper())
        asked.add(initials.lower())
    return frozenset(asked)


@lru_cache(maxsize=READINGS)
def _counted_stems(question: str) -> tuple[str, ...]:
    """Stems of what "how many X" counts, the head noun last ("exchange students": exchang, student);
    in French, the English of what "combien de X" counts ("combien de membres": member)."""
    french = _french_form(question)
    if french is not None:
        counted = _COUNTED_FR.search(french)
        if not counted:
            return ()
        english = gloss(counted.group(1))
        glossed = tuple(dict.fromkeys([*index_terms(english), *extra_terms(english)]))
        # "combien de personnes" is answered by "40 guests", as "how many people" is.
        if set(glossed) & _ANYONE:
            return ()
        return (*glossed, *_TAKERS) if set(glossed) & _SEATS else glossed
    match = _COUNTED.search(question.lower())
    if not match:
        return ()
    first, second, third = match.groups()
    words = [w for w in (first, second) if w and w not in STOPWORDS]
    if len(words) == 2 and third and _plural(third) and not any(_plural(w) for w in words):
        words.append(third)  # "how many research visit grants": the head noun comes third
    stems = stem_all(words)
    # "How many people...?" is answered by "18 learners", "40 participants": any noun counts people.
    if set(stems) & _ANYONE:
        return ()
    # The texts' word for the counted noun counts it too: "how many credits" is "8 ECTS".
    named = tuple(dict.fromkeys([*stems, *(t for w in words for t in extra_terms(w))]))
    return (*named, *_TAKERS) if set(named) & _SEATS else named


_WHICH_FR = re.compile(r"\bquel(?:le)?s?\s+(?!est\b|sont\b|etait\b|sera\b)([a-z-]+)")


def _asks_other_than_money_fr(question: str) -> bool:
    """Whether a French question's "quel(le) X" asks for something other than a sum ("quelle
    moyenne", "quelle réduction"): the fees it mentions are its topic."""
    if language(question) != "fr":
        return False
    which = _WHICH_FR.search(fold(question).replace("’", "'"))
    return which is not None and not _MONEY_WORD.search(gloss(which.group(1)))


def _counts_people(text: str) -> bool:
    """Whether "how many X" / "combien de X" counts people ("how many students got a fee
    exemption?"): whatever money the question mentions is its topic."""
    match = _COUNTED.search(text)
    if match:
        counted = match.group(1)
    else:
        french = _COUNTED_FR.search(fold(text).replace("’", "'"))
        counted = gloss(french.group(1)).split()[0] if french and gloss(french.group(1)) else ""
    return bool(_PEOPLE.fullmatch(counted))


_PEOPLE = re.compile(
    r"(?:students?|people|persons?|participants?|candidates?|applicants?|researchers?|members?"
    r"|staff|lecturers?|teachers?|doctoral|phd|learners?|beneficiaries|holders?|winners?)"
)


def _plural(word: str) -> bool:
    # "master's" is whose, not a plural: "how many master's fieldwork [grants]".
    return word.endswith("s") and not word.endswith(("'s", "’s")) and word not in _NOT_PLURAL


# "attend at least 80% of the sessions": a share of the things counted says how many of them.
_SHARE_OF = re.compile(
    r"\s?(?:%|per ?cent)\s+of\s+(?:the\s+|all\s+|your\s+|its\s+)?([\w'’-]+)", re.IGNORECASE
)


def _counts(after: str, counted: tuple[str, ...]) -> bool:
    """Whether the words right after a number are the counted noun ("150 exchange students"), not a
    noun it modifies ("three student residences") or another unit ("eight weeks: students")."""
    share = _SHARE_OF.match(after)
    if share is not None:
        # "80% of the sessions" says how many, as a share; "80% of the grant" says how much.
        noun = fold(share.group(1))
        return noun.endswith("s") and _stem(noun) in counted
    tokens = re.findall(r"[\w'’-]+|[^\w\s]", after)[: _COUNT_WINDOW + 2]
    for i, token in enumerate(tokens[: _COUNT_WINDOW + 1]):
        if not token[0].isalnum():
            return False
        if _stem(token) not in counted:
            if i >= 1:
                return False
            continue  # one word may qualify the noun: "47 European countries"
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if following[:1].isalnum() and _stem(following) in counted:
            continue  # "150 exchange students": the noun goes on
        # "student residences": a singular noun before another noun only describes it.
        modifier = not fold(token).endswith("s") and following[:1].isalpha()
        return not (modifier and fold(following) not in STOPWORDS)
    return False


def _stem(word: str) -> str:
    return stem_all([fold(word)])[0]


# A sentence's opening condition ("If the exchange is unbalanced by more than 3 students per
# year, ..."): a figure in it is a threshold of a rule, not a count of anything.
_CONDITION = re.compile(r"^\s*(if|unless|should|whenever)\b[^,;:]*[,;:]", re.IGNORECASE)


# A count of what has happened ("How many honorary doctorates has UM awarded so far?", "combien
# de projets lors des appels précédents") is not answered by a rule's bound ("at most 3 a year").
_TALLY = re.compile(
    r"\b(so far|to date|until now|up to now|ever|in the past|over the years|previous|previously|already"
    r"|last year|jusqu'ici|jusqu'a (present|maintenant)|a ce jour|precedente?s?|deja|l'an dernier"
    r"|l'annee derniere|par le passe)\b"
)
_BOUND_BEFORE = re.compile(
    r"\b(at most|up to|no more than|not more than|a maximum of|maximum|at least|a minimum of|minimum)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=READINGS)
def asks_tally(question: str) -> bool:
    """Whether the question asks about what has happened so far ("last year", « déjà »)."""
    # Read once per question, not once per candidate sentence.
    return _TALLY.search(fold(question.lower())) is not None


def _states_count(sentence: str, question: str) -> bool:
    counted = _counted_stems(question)
    condition = _CONDITION.match(sentence)
    after = condition.end() if condition else 0
    numbers = [n for n in _EVIDENCE_PATTERNS[AnswerType.COUNT].finditer(sentence) if n.start() >= after]
    if asks_tally(question):
        numbers = [n for n in numbers if not _BOUND_BEFORE.search(sentence[: n.start()])]
    if counted == ("time",):
        # "How many times can I change…?" is answered by "only one change", "once", "twice".
        return bool(numbers) or bool(_HOW_OFTEN.search(sentence[after:]))
    if not counted:
        return bool(numbers)
    return any(
        _counts(sentence[number.end() :], counted) or _bounds_named(sentence, number, counted)
        for number in numbers
    )


_HOW_OFTEN = re.compile(r"\b(?:once|twice)\b", re.IGNORECASE)


# "…, up to 2 per semester", "…: at most 3.": a bound with nothing counted after it.
_RATE_AFTER = re.compile(r"\s+(?:per|a|each|every)\s+\w+|\s*(?:[;,.:)]|$)")


# "attach copies of your documents: at most 5 files of 10 MB each": a bound on things in the
# page's own plural word for what was named before it (not a unit of time).
_OTHER_WORD_FOR_THEM = re.compile(rf"\s+(?!{_TIME_UNITS}\b)[a-z]{{3,}}s\b")


def _bounds_named(sentence: str, number: re.Match[str], counted: tuple[str, ...]) -> bool:
    """Whether the number bounds the counted noun named before it ("book a teleconsultation …,
    free of charge, up to 2 per semester")."""
    after = sentence[number.end() :]
    if not _BOUND_BEFORE.search(sentence[: number.start()]) or not (
        _RATE_AFTER.match(after) or _OTHER_WORD_FOR_THEM.match(after)
    ):
        return False
    before = {_stem(w) for w in re.findall(r"[\w'’-]+", sentence[: number.start()])}
    return not before.isdisjoint(counted)


# "Who runs the survey, so I can send them the clip?": whom to ask, to be reached by the asker.
_TO_REACH_THEM = re.compile(
    r"\b(?:so (?:that )?(?:i|we) (?:can|could)|in order to|i'd like to|i would like to|i want to)"
    r" (?:(?:send|e-?mail|mail|write to|call|phone|ring|text|contact|reach|get in touch with|message)"
    r" (?:them|him|her|someone|somebody)\b"
    # "I'd like to pass the pictures on.": what the asker hands over goes to whoever runs it.
    r"|(?:pass|hand|send|forward) (?:the|my|our|these|those|this|that|it|them)\b"
    r"[a-z ]{0,30}? (?:on|over|along)\b)"
)
# Asking whom to write to, to e-mail, to call: the channel says the asker wants its address or number.
_BY_CHANNEL = re.compile(
    r"\bwhom? (?:do|should|can|could|would|must|shall) (?:i|we) (?:write to|e-?mail|call|ring|phone|text)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=READINGS)
def _asks_a_way_to_reach(question: str) -> bool:
    """Whether the question asks whom to write to or call, or how to reach them: read once per
    question, not once per candidate sentence ``satisfies`` checks."""
    folded = fold(question.lower())
    return bool(_BY_CHANNEL.search(question) or _HOW_TO_REACH.search(folded) or _TO_REACH_THEM.search(folded))


def satisfies(kinds: Set[AnswerType], sentence: str, question: str) -> bool:
    """Whether ``sentence`` states every asked fact; someone to contact is named either way, as a
    service or role ("your component") or as its e-mail or phone."""
    either = {AnswerType.AGENT, AnswerType.CONTACT}
    if either <= kinds and _asks_a_way_to_reach(question):
        # "Who do I write to about Maillet?": whom to write to is said by the address to write to.
        return all(states(k, sentence, question) for k in kinds - {AnswerType.AGENT})
    if either <= kinds:
        return any(states(k, sentence, question) for k in either) and all(
            states(k, sentence, question) for k in kinds - either
        )
    return all(states(k, sentence, question) for k in kinds)


def states(kind: AnswerType, sentence: str, question: str) -> bool:
    """Whether ``sentence`` contains a fact of type ``kind`` (a name not already in the question)."""
    if kind is AnswerType.COUNT:
        return _states_count(sentence, question)
    asked = _asked_words(question)
    if kind is AnswerType.AGENT:
        # Someone who does something is named: a capitalised word, past the sentence's first,
        # or a role or body ("the departmental coordinator"), that the question does not name.
        tokens = re.findall(r"[\w'’-]+", sentence)
        # "I" names no one ("Can I go to a company…?").
        return any(w[:1].isupper() and len(w) > 1 and w.lower() not in asked for w in tokens[1:]) or any(
            w.lower() in _ROLES and w.lower() not in asked for w in tokens
        )
    if kind is AnswerType.PERSON:
        # A person's name, not an office: "the Director of the International Relations Department"
        # names nobody.
        for match in _PROPER_NAME.finditer(sentence):
            name_words = [w.lower() for w in re.findall(r"[\w'’-]+", match.group()) if w[:1].isupper()]
            name_words = [w for w in name_words if w not in STOPWORDS]  # "The MUSE": a sentence's start
            if len(name_words) < 2 or any(w in _INSTITUTION_NOUNS for w in name_words):
                continue  # "Montpellier Université d'Excellence" names an institution, not a person
            if any(w not in asked for w in name_words):
                return True
        return False
    if kind is AnswerType.NAME:
        tokens = re.findall(r"[\w'’-]+", sentence)
        return any(
            w[:1].isupper() and w.lower() not in asked and w.lower() not in _INSTITUTIONAL for w in tokens[1:]
        )
    if kind is AnswerType.DATE and (
        _CALENDAR_EVENT.search(question.lower()) or _DEADLINE.search(question.lower())
    ):
        # "When does the call close?" is answered by a day or a month, not by "2027-2028".
        return bool(_DAY_OR_MONTH.search(sentence))
    if kind is AnswerType.DATE and _HOURS_ASKED.search(question):
        # "What are the working hours?", « à quelle heure ? »: a time of day, not "2027-2028".
        return bool(_CLOCK_TIME.search(sentence))
    if kind is AnswerType.MONEY and (period := _asked_period(question)) and _per_other_only(sentence, period):
        # "How much a month…?" is not answered by "up to €100 per mobility".
        return False
    if kind is AnswerType.DURATION and _HOW_LONG_SINCE.search(question.lower()):
        # "How long has UM been a member?" is answered by "since 2019" or "for 8 years", not by
        # a rate ("2 students a year").
        return bool(_SINCE.search(sentence))
    if kind is AnswerType.DURATION and _LASTS.search(question) and _CLOCK_SPAN.search(sentence):
        return True  # "How long does one patrol last?" "… 6:00–8:00"
    if kind is AnswerType.DURATION and _HOW_LONG_IS.search(question) and _DISTANCE.search(sentence):
        return True  # "How long is the swim?" "a 3-kilometre swim": a length, not a time
    return bool(_EVIDENCE_PATTERNS[kind].search(sentence))


# "When is someone actually in their office?", "when is the desk open?": an office's hours.
_IN_THE_OFFICE = (
    r"\bwhen (?:is|are) (?:someone|somebody|anyone|anybody|they|people|staff)\b.{0,20}\b(?:in|at) "
    r"(?:the|their|its|his|her) (?:office|desk)\b"
    r"|\bwhen (?:is|are) (?:the|their|its) (?:office|desk)s? (?:actually |usually )?open\b"
    r"|\b(?:office|opening) hours\b"
)


def asks_office_hours(question: str) -> bool:
    """Whether the question asks when an office is open, which its contact line's tail says."""
    return _OFFICE_HOURS.search(question) is not None


_OFFICE_HOURS = re.compile(_IN_THE_OFFICE, re.IGNORECASE)


# The hours or the time of day asked for, said by the clock ("7:00", "18h30", "9 am", "noon").
_HOURS_ASKED = re.compile(
    r"\b(?:working|work|opening|office) hours\b|\bhours of work\b|\b(?:what|which) time\b"
    # "What are the hours each day?": when the day starts and ends.
    r"|\b(?:what|which) are (?:the|their|its|your|my) (?:daily |usual )?hours\b|\bhours (?:each|every) day\b"
    r"|\b(?:quelle|quelles) heures?\b|\bhoraires?\b|" + _IN_THE_OFFICE,
    re.IGNORECASE,
)
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2}|h\b|\s?(?:am|pm)\b)|\b(?:noon|midnight|midday)\b", re.IGNORECASE
)


# "How long is the swim / the trail?" may ask its length, which a distance says.
_HOW_LONG_IS = re.compile(r"\bhow long (?:is|are|was|were)\b", re.IGNORECASE)
_DISTANCE = re.compile(r"\b\d[\d.,]*[\s-]*(?:km|kilomet(?:re|er)s?|metres?|meters?|miles?)\b", re.IGNORECASE)


# How long one session lasts ("how long does a patrol last?", "ça dure combien de temps ?") is
# said by a span of the clock.
_LASTS = re.compile(r"\blasts?\b|\bdure\b|\bdurée\b", re.IGNORECASE)
_CLOCK_SPAN = re.compile(r"\b\d{1,2}[:.h]\d{2}\s?[–-]\s?\d{1,2}[:.h]\d{2}\b")


# The period a sum is asked for ("how much a month", "the monthly allowance"), by its word.
_PERIODS = {
    "month": r"month|monthly|mois|mensuel(?:le)?s?",
    "week": r"week|weekly|semaine|hebdomadaire",
    "day": r"day|daily|jour|journali[eè]re?",
    "hour": r"hour|hourly|heure",
    "year": r"year|yearly|annual|ann[ée]e|annuel(?:le)?",  # not « an »: English says "an"
}
_ASKED_PERIOD = {
    name: re.compile(rf"\b(?:a|an|per|each|every|par|chaque|le|la) (?:{words})\b|\b(?:{adjective})\b")
    for name, words in _PERIODS.items()
    for adjective in [words.split("|")[1]]  # "monthly", "weekly": the period said alone
}
# A sum given for one unit of something: "€100 per mobility", "€25 a dose", "€35 per night".
_PER_UNIT = re.compile(
    rf"(?:[€$£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|\$|£|eur|euros?|{CURRENCY_CODES}))\s+(?:per|a|an|each|par)\s+(\w+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=READINGS)  # read for every candidate sentence of a question
def _asked_period(question: str) -> str | None:
    """The period a money question asks a sum for, if it names exactly one."""
    text = asked_part(question).lower()
    found = [name for name, pattern in _ASKED_PERIOD.items() if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def _per_other_only(sentence: str, period: str) -> bool:
    """Whether every sum of the sentence is given per something else than the asked period, and
    the sentence never names that period: it states another rate."""
    units = [m.group(1).lower() for m in _PER_UNIT.finditer(sentence)]
    if not units or re.search(rf"\b(?:{_PERIODS[period]})\b", sentence, re.IGNORECASE):
        return False
    sums = len(_EVIDENCE_PATTERNS[AnswerType.MONEY].findall(sentence))
    return len(units) >= sums


# "How long has UM been a member…?" ("How long have I got…?" asks for a delay).
_HOW_LONG_SINCE = re.compile(
    r"\bhow long (?:has|have|had)\b[^?]*\bbeen\b|\bdepuis (?:quand|combien de temps)\b"
)
_SINCE = re.compile(
    rf"\b(?:since|depuis)\b[^.;]{{0,30}}?{_YEAR}"
    rf"|\b(?:for|over|depuis)\s+(?:more than |over |about |nearly |plus de )?(?:\d+|{_COUNT_WORDS})\s+"
    r"(?:years?|months?|decades?|ans|mois)\b",
    re.IGNORECASE,
)


# What happens on a day of the calendar: a call closes, a semester starts, a fair takes place.
_CALENDAR_EVENT = re.compile(
    r"^(when|by when|until when)\b.*\b(close|closes|closing|open|opens|start|starts|begin|begins|end|ends"
    r"|finish|finishes|take place|takes place|held|happen|happens|due|expire|expires)\b"
    # "Any info session coming up? When and where?": a day to go to, not "Since 2027".
    r"|\bwhen and where\b|\bcoming up\b"
)
_DAY_OR_MONTH = re.compile(_DAY_OR_MONTH_TEXT, re.IGNORECASE)
# A deadline is a day or a month too: "j'ai jusqu'à quand pour candidater ?" is not answered by
# "the school year 2027-2028".
_DEADLINE = re.compile(
    r"\b(by when|until when|deadline|latest date|last day|jusqu'[aà] quand|avant quand|d'ici quand"
    r"|date limite|au plus tard|dernier d[eé]lai"
    # …and so is the day asked for by name: "What day is the ceremony?" is not answered by "15:00".
    r"|(?:what|which) (?:day|date)s?|quels? jours?|quelles? dates?)\b"
)


# Who does it: "How does [our unit] apply...?", "What does [the host lab] have to do?".
_ASKER = r"(?:i|we|you|they|it|one|he|she|(?:our|my|the|a|an|their|his|her|your) [a-z-]+(?: [a-z-]+)?)"
# Questions answered by a procedure or an enumeration: "What are the steps?", "How do I apply?",
# "Which tests are accepted?", "How are proposals scored?". They get the whole list, in order.
_PROCEDURE = re.compile(
    # "…before I step onto the pitch?": the verb, not a procedure's steps.
    r"\b((?<!\bi )(?<!\bwe )(?<!\byou )steps?(?!\s+(?:onto|into|on|in|out|off|up|down|inside|outside|forward"
    r"|back|aside|over|foot)\b)|procedure|process|checklist|formalities|in (what|which) order"
    # "What's the right order of things to do before I leave?" (not "a mission order")
    r"|(right|correct|best|usual) order|order of (things|steps|events)"
    r"|what (am i|are we|are you|is one) (supposed|expected|meant|required) to do"
    # "What do I still have to do…?": an adverb of the asker's does not change the question.
    # "What exactly do I need to do…?": an adverb of the asking before the auxiliary likewise.
    rf"|what (exactly |precisely )?(do|does|should|must|shall) {_ASKER}"
    r" (still |now |then |actually |really |else )?(have to |need to )?do"
    rf"|what (exactly |precisely )?(do|does) {_ASKER}"
    r" (still |now |then |actually |really |else )?(have|need) to"
    r" (do|organi[sz]e|prepare)"
    rf"|how (do|does|can|could|should|would|to|does one) ({_ASKER} )?"
    r"(?:(?:actually|really|even|just|best|first|then|now|still) )?"  # "how do I actually get…"
    r"(apply|get|go about|proceed|register|enrol|enroll|organi[sz]e|propose|submit|prepare|request"
    r"|put in|hand in|send in|nominate|host|make (a|an|my|our|the) (request|application|claim)"
    r"|obtain|set up|sort|start|arrange|join|become|sign up|ask|book|pay|change|cancel|extend|renew"
    r"|validate|transfer|withdraw|claim|recogni[sz]e|take part|participate|be paired|be reimbursed"
    r"|reserve|declare|report|exchange|swap|convert|open|create|activate|invite|recruit|insure|appeal"
    r"|defer|postpone|qualify|get (selected|picked|chosen|in|into)|be (selected|picked|chosen))"
    # "How do I put my stuff in storage?": any other action of the asker's is done by steps too,
    # except knowing, finding or reaching something, which a sentence or a contact line answers.
    rf"|how (do|can|could|should|would) (i|we) (?:(?:actually|really|even|just|best|first|then|now|still) )?"
    r"(?!know|tell|say|find|mean|feel|look|spell|pronounce|count|calculate|compute|be\b|get\b|go\b|reach|contact)[a-z]{3,}\b"
    r"|how (are|is) .{0,40}\b(scored|assessed|evaluated|selected|ranked|chosen|judged|rated)"
    # "How do I set that up?", "how can we sort it out?": the particle after its object.
    rf"|how (do|does|can|could|should|would) {_ASKER} (set|sort|fill|sign|put|organi[sz]e) "
    r"(it|that|this|them|one|everything|us|me|him|her) (up|out|in)\b"
    # "How does applying work at UM?"
    r"|how (does|do|will|would) [a-z]+ing (?:[a-z]+ ){0,8}(work|go|run)\b"
    # "What should I sort out with the university before I leave?": the things to do, in order.
    rf"|what (do|does|should|must|shall) {_ASKER} (have to |need to )?"
    r"(sort out|take care of|settle|arrange)\b"
    # "What should I get sorted before I fly?", "what do we need to have ready?"
    rf"|what (do|does|should|must|shall) {_ASKER} (have to |need to )?(get|have) "
    r"(sorted|done|ready|organi[sz]ed|arranged|in place)\b"
    # "How does the application work, from start to finish?"
    r"|how (does|do|will|would) (the|an|a|my|our|this|that|their) ([a-z-]+ )?(application|procedure"
    r"|process|recruitment|selection|request|registration|nomination|submission|call)s? (work|go|run)"
    # "How does the free taxi thing work?": how a scheme is used is its procedure.
    r"|how (does|do) (the|this|that) ([a-z-]+ ){1,3}(thing|scheme|system|service|programme|program)s? work"
    r"|from start to finish|step by step"
    # "Can you list everything we have to do, from signing up through to the final?"
    rf"|\b(everything|all the things) (that )?{_ASKER} (still )?(have|need|must|has|needs) (to )?do\b"
    # "What hoops do I have to jump through?", "What does it take to make the team?", "What's
    # involved in joining?": what is to be done, in order.
    # "What boxes do I need to tick?" likewise.
    r"|\bhoops\b|\bboxes (do|does|should|must|would) .{0,30}\btick\b"
    r"|\btick (all |every )?the (right )?boxes\b"
    r"|what (does|would|will) it take to|what(?:'s| is) involved in"
    # "Can you walk me through it?", "How does it work if...?", "Where do I start?"
    r"|(walk|talk|take|guide) (me|us) through|how does (it|that|this) work|where (do|should|can) (i|we) start"
    r"|what happens (after|once|when|next)|what(?: is|'s) involved"
    # "What are the conditions for sitting it, and the deadline for each one?": conditions met one
    # by one, each by its date, are steps.
    # "What's required to grab one of the spots, and what's the cut-off for each bit?" likewise.
    r"|(conditions|requirements|required|needed)\b.{0,60}\b(deadline|date|cut-?off)s? (for|of)"
    r" (each|every))\b"
)
# "What do we have to do, and by when?": the dates asked beside a procedure are its steps' dates.
_AND_WHEN = re.compile(
    r"\b(and|with) (by |until |from )?when\b|\band what (are the )?deadlines?\b"
    # "…how to get selected, every deadline included", "the process, with the dates?", « avec les
    # dates » : the dates asked for are the steps' own.
    r"|\b(every|each|all( the)?) (deadline|date)s?( included)?\b|\b(deadline|date)s? included\b"
    r"|\b(deadline|date|cut-?off)s? (for|of) (each|every)\b"
    r"|\b(with|including) (the |all (the )?|every )?(deadline|date)s?\b|\b(deadline|date)s?,? please\b"
    r"|\bavec (les |toutes les )?(dates|d[ée]lais|[ée]ch[ée]ances)\b"
    r"|\b(dates|d[ée]lais|[ée]ch[ée]ances) (compris|comprises|inclus|incluses)\b"
    r"|\bet (avant |pour |jusqu'à |jusqu'a )?(quand|quelles? dates?)\b"
    # "…the steps, and the key dates?", « quelles sont les étapes… et les dates à retenir ? »
    r"|\band (the |all the )?(key |main |important )?(dates|deadlines)\b"
    r"|\bet (les |toutes les )?(dates|d[ée]lais|[ée]ch[ée]ances)\b"
)
# The same in French, matched with accents folded: "quelles sont les étapes", "comment faire pour".
# « Comment je fais la différence entre… ? » asks how to tell things apart: no procedure.
# « comment je fais pour savoir si c'est un platane ou un micocoulier ? »: how to tell, not steps.
_TO_KNOW_WHICH_FR = r"pour (?:savoir|voir|reconna)[^?]*\bou (?:un|une|le|la|l'|des)\b"
_TELLING_APART = f"fais la diff|fait la diff|faites la diff|fais {_TO_KNOW_WHICH_FR}"
_PROCEDURE_FR = re.compile(
    r"\b(etapes?|procedure|demarches?|marche a suivre|formalites|dans quel ordre"
    r"|que (dois-je|doit-on|faut-il|devons-nous) faire"
    r"|qu'est-ce que (je dois|l'on doit|on doit|je suis censee?|nous sommes censes|il faut) faire"
    r"|(suis|sommes|est|sont) censee?s? faire|que faire\b"
    r"|comment (faire|proceder|s'y prendre|postuler|candidater|s'inscrire|m'inscrire|obtenir|demander"
    r"|organiser|preparer|soumettre|proposer|monter|mettre en place|devenir|rejoindre)"
    r"|comment (puis-je|dois-je|peut-on|doit-on|faut-il) "
    # « Tu peux me dire tout ce que je dois faire… ? »: everything to be done, in order.
    r"|tout ce que (je dois|j'ai a|on doit|nous devons|il (me |nous )?faut) faire"
    r"|du debut a la fin|de a a z"
    # Everyday forms: "comment je fais pour...", "je dois faire quoi ?", "comment ça se passe ?",
    # "comment on s'inscrit ?", "comment réserver une chambre ?"
    rf"|comment (?:je |j'|on |nous |vous |tu )(?!{_TELLING_APART})"
    r"(fais|fait|faisons|faites|dois|doit|devons|devez|m'|s'|nous "
    r"|vous |candidate|postule|demande|peux|peut|pourrais|pourrait|obtiens|obtient|procede)"
    # …and any verb of the asker's own: "comment je souscris l'offre ?", "comment on réserve ?".
    rf"|comment (?:je |j'|on |tu )(?!sais\b|sait\b|suis\b|est\b|es\b|vais\b|va\b|{_TELLING_APART})"
    r"[a-z]{3,}(?:s|e|t)\b"
    r"|(dois|doit|devons|devez|faut) faire quoi|comment (ca |cela )?(se passe|se deroule|marche|fonctionne)"
    # "Faut que je fasse quoi ?", « qu'est-ce qu'il faut que je fasse ? »
    r"|faut qu(?:e |')(?:je|j'|on|nous|vous|tu) (?:fasse|fassions|fassiez|fasses) (?:quoi|exactement)"
    r"|qu'est-ce qu'il faut que (?:je|j'|on|nous|vous|tu) (?:fasse|fassions|fassiez|fasses)"
    # "Ça se passe comment, concrètement ?"
    r"|(se passe|se deroule|marche|fonctionne|on fait|je fais|on procede) comment"
    r"|(m'y|s'y|nous y|vous y|t'y) (prends|prend|prenons|prenez|prennent) comment"
    # "Je m'inscris comment ?", "on postule comment ?": joining or applying, asked last.
    r"|(?:je |j'|on |nous |vous |tu )(?:m'|s'|t'|nous |vous )?(?:inscri|postul|candidat|rejoin|reserv"
    r"|adher|demand)[a-z]* comment\b"
    r"|par ou commencer|comment (?!votre\b|notre\b|reconnaitre\b|distinguer\b|differencier\b|savoir\b)"
    r"[a-z]+(er|ir|re)\b)"
)
# A plural noun after "comme" ("faire comme activités"), not a determiner ("comme les autres").
_PLURAL_NOUN_FR = r"(?!(?:les|des|mes|tes|ses|nos|vos|leurs|aux)\b)[a-z'-]{3,}[sx]\b"
_ENUMERATION_FR = re.compile(
    r"\b(quels?|quelles?) (types?|sortes?|genres?) de\b|\bliste\b|\bque (puis-je|peut-on) faire\b"
    r"|\bqu'est-ce qui est (inclus|couvert|pris en charge)\b|\bquels sont les\b|\bquelles sont les\b"
    r"|^(quels|quelles) (?!sont\b)[a-z'-]+[sx]\b"
    # "qu'est-ce qu'il faut remplir comme conditions…?", "les conditions à remplir"
    r"|\bcomme (conditions|criteres|documents|pieces|justificatifs|regles)\b"
    # "qu'est-ce qu'on peut faire comme activités ?": what is done, as a plural of things
    rf"|\bfaire comme {_PLURAL_NOUN_FR}"
    r"|\b(conditions|criteres) (a remplir|a respecter|d'acces|d'eligibilite)\b"
    # "C'est quoi les arnaques les plus courantes ?", "il faut quoi comme papiers ?": a plural asked
    # for in everyday French, its members.
    r"|\bc'est quoi (?:les|vos|tes|ses|leurs|mes|nos)\b|\bquoi comme [a-z]+[sx]\b"
    # "Il y a quoi comme équipement ?": a singular that names a set of things, its items.
    r"|\b(?:quoi comme|quel|quels) (?:equipements?|materiels?|mobilier|fournitures)\b"
    # "On attend quoi d'un buddy ?", "qu'est-ce qu'on attend d'un tuteur ?", "que fait un parrain ?":
    # what the role involves, a list.
    r"|\b(?:on|l'on) (?:attend|demande|exige) quoi (?:de|d'|du|des)"
    r"|\bqu'(?:est-ce qu'on|on) (?:attend|demande|exige) (?:de|d'|du|des)\b"
    r"|\bque (?:fait|font) (?:un|une|les)\b|\b(?:un|une) [a-z-]+ (?:fait|doit faire) quoi\b"
    # "Elle sert à quoi, la carte ?", "à quoi servent les badges ?": its uses, a list.
    r"|\ba quoi (?:[a-z']+ )?(?:me |nous |vous )?(?:sert|servent)\b|\b(?:sert|servent)(?:-[a-z]+)? a quoi\b"
    # "Qu'est-ce que mes parents doivent signer ?", "je dois apporter quoi ?": the papers, a list.
    r"|\b(?:qu'est-ce que |qu'est-ce qu'|que )(?:[a-z']+ ){0,3}?(?:dois|doit|doivent|devons|devez|faut"
    r"|dois-je|doit-on|faut-il|devons-nous|peux|peut|pouvons|pouvez)(?: [a-z']+)? "
    r"(?:(?:mettre|porter) et )?(?:apporter|fournir|prendre|amener|prevoir"
    r"|signer|joindre|presenter|montrer|emporter|televerser|envoyer|rendre|remettre|regler|emprunter)\b"
    r"|\b(?:apporter|fournir|prendre|amener|prevoir|signer|joindre|presenter|montrer|emporter|envoyer|rendre"
    r"|emprunter) quoi\b"
    # « qu'est-ce qu'il faut que j'emporte ? »: the same, with the verb after "que".
    r"|\b(?:qu'est-ce qu'|que )il (?:faut|faudra|faudrait) que (?:j'|je |on |nous |vous )(?:apporte|emporte"
    r"|prenne|prevoie|amene|fournisse|montre|signe|envoie|rende|prepare)\b"
    # "Ça donne droit à quoi d'être membre ?": what a status gives, its benefits.
    r"|\b(?:donne|donnent|ouvre|ouvrent|a|ai|as|avons|avez|ont) droit a quoi\b"
    # "L'accord, il apporte quoi aux étudiants ?", "qu'est-ce que ça m'apporte ?": its benefits.
    r"|\b(?:apporte|apportent|rapporte|rapportent)(?:-[a-z]+)? quoi\b"
    r"|\bqu'est-ce (?:que |qu')(?:ca |cela |il |elle |on y )?(?:m'|me |nous |leur |lui )?"
    r"(?:apporte|rapporte)\b"
    # "Qu'est-ce qu'on y gagne à être médiateur ?": what one gets from it.
    r"|\bqu'est-ce (?:que |qu')(?:on |j'|je |nous )(?:y )?(?:gagne|gagnons)\b|\b(?:on|j') ?y gagne quoi\b"
    # "Il y a quoi dans le kit ?", "que contient le kit ?": what it holds, its items.
    r"|\b(?:il y a|y a-t-il|y a) quoi (?:[a-z]+ )?dans\b|\bqu'est-ce qu'il y a (?:[a-z]+ )?dans\b"
    r"|\bque contien(?:t|nent)\b|\bcontien(?:t|nent)(?:-[a-z]+)? quoi\b"
)
# "Which [foreign] universities...", "which groups of [students]": the first plural of the first two
# words after the question word (and a classifier), if one is.
_WHICH_PLURAL = re.compile(
    r"(?:^|[,;:.?]\s+)(which|what)\s+(?:(?:groups?|kinds?|sorts?|types?|categor(?:y|ies)|lists?) of\s+)?"
    r"([\w'-]+)(?:\s+([\w'-]+))?"
)
# "What does a buddy do?", "What is expected of a mentor?", "What are tutors supposed to do?":
# what a role involves, a list of its tasks; the role is who acts, not what is asked about.
_ROLE = re.compile(
    # "What does the ukulele club actually do?": what a club or a body does, the things it runs.
    r"\bwhat (?:does|do) (?:a|an|the) [a-z-]+(?: [a-z-]+)? (?:actually |really |exactly |usually )?do\b"
    r"(?! (?:to|with|for|if|when|about)\b)"
    r"|\bwhat (?:exactly |really )?(?:is|are) (?:exactly |really )?(?:expected|required) (?:of|from) "
    r"(?:a|an|the|my|our|their|your) [a-z-]+"
    r"|\bwhat (?:is|are) (?!(?:i|we|you|they|one)\b)(?:(?:a|an) )?[a-z-]+(?: [a-z-]+)? "
    r"(?:expected|supposed|meant|required) to do\b"
)
# "Are there (any) rules I should know about for…?": the rules asked for, as "What are the
# rules…?" asks, not yes or no.
_RULES_ASKED = (
    # "Is there a list of dos and don'ts…?" asks for them as much.
    r"^(?:are|is) there (?:any |some )?(?:(?:a |any )?(?:list|set|sheet) of )?"
    r"(?:special |particular |safety |specific |[a-z]+ )?"
    r"(?:rules|requirements|conditions|restrictions|obligations|guidelines|code of conduct|dos and don'?ts"
    r"|do's and don'?ts)\b"
)
_ENUMERATION = re.compile(
    r"\b(what|which) (kinds?|types?|sorts?) of\b|\bwhat (can|could|may) (i|we|you) do\b|\blist of\b"
    # "What can I use the card for?", "What is the badge used for?": its uses, a list.
    r"|\bwhat (can|could) (i|we|you) use .{1,40} for\b|\bwhat (is|are) .{1,40} (used|good) for\b"
    r"|\bwhat (is|are) (included|covered|eligible|accepted|required)\b|\bwhat does .{0,40}\b(include|cover)\b"
    # "What's on Bordée's calendar this year?", "what's coming up?": its events, a list.
    r"|\bwhat(?:'s| is) (?:on|in) (?:the |their |its |your |[\w'’-]+['’]s )?(?:[a-z-]+ )?"
    r"(?:calendar|programme|program|agenda|schedule)\b|\bwhat(?:'s| is) (?:planned|coming up|scheduled)\b"
    # "What's in the kitchen kit?": what it holds, its items.
    r"|\bwhat(?:'s| is| are) (?:actually |exactly )?(?:in|inside)"
    r" (?:the|a|an|my|your|our|this|that|each|every)\b"
    rf"|{_ROLE.pattern}"
    # "What does La Taverne actually organise over the year?": the things it runs, a list.
    r"|\bwhat (?:does|do|will) (?:[\w'’-]+ ){1,4}(?:actually |really |exactly |usually |also )?"
    r"(?:organi[sz]e|offer|run|put on|hold|host)\b"
    # "Apart from the course, what else does Soufflet actually do during the year?": its activities.
    r"|\bwhat else (?:does|do|will|can) (?:[\w'’-]+ ){1,4}(?:actually |really |usually |also )?do\b"
    # "What does the band get up to during the year?": what it does, a list.
    r"|\bwhat (?:else )?(?:does|do|will) (?:[\w'’-]+ ){1,4}(?:actually |really |usually |also )?get up to\b"
    # "What can a consulate do for me?": the things it can do.
    r"|\bwhat (?:can|could|will|does) (?:the |a |an |my |your |our )?[a-z-]+ (?:actually |really )?do for\b"
    # "What are the carpooling rules…?": rules and conditions come as a list.
    # "What are [the club's] rules…?": an owner's name is no article.
    r"|\bwhat(?:'s| is| are) (?:the |their |its |your )?(?:[a-z'’-]+ ){0,2}(?:rules|requirements|criteria"
    r"|conditions|obligations|dos and don'?ts|do's and don'?ts)\b"
    # "What do I have to fulfil to be eligible?": the conditions, a list.
    r"|\bwhat (do|does|must|should) .{0,30}\b(fulfil|fulfill|meet|satisfy)\b|\bwhat goes (in|into|on)\b"
    # "What has to be in the letter?", "What must the file contain?": its contents, a list.
    r"|\bwhat (has|have|needs?|must|should) (to )?be (in|on|included in|mentioned in|written in)\b"
    r"|\bwhat (must|should|does|do|has to|have to|needs? to) .{0,40}\b(contain|mention)\b"
    # "What should I bring to the appointment?": the things to bring, a list.
    r"|\bwhat (should|must|do|does|shall|will) (i|we|you|one|they|(?:my|our|his|her|their) [a-z]+)"
    r" (need to |have to )?(bring|wear|take with|take along|bring along|provide|carry|pack|show|sign|upload"
    r"|attach|enclose|check|double-check|verify|look out for|watch out for|collect|gather|send|hand in"
    r"|submit|settle|borrow"
    # "What should they have on them when they travel?": what to carry.
    r"|have (?:on|with) (?:me|us|you|them|him|her))\b"
    # "What am I not allowed to put in the storage?", "what can't we bring?": the things, a list.
    r"|\bwhat (am i|are we|are you|is one) (not )?(allowed|permitted) to (bring|take|put|store|pack"
    r"|send|carry|keep|leave)\b"
    r"|\bwhat (can't|cannot|can not) (i|we|you) (bring|take|put|store|pack|send|carry|keep|leave)\b"
    # "What am I absolutely not supposed to do out there?", "what must we never do?": the rules.
    r"|\bwhat (am i|are we|are you|is one) (?:[a-z]+ )?(not|never) (supposed|meant|allowed|permitted) to do\b"
    r"|\bwhat (must|should|shall) (i|we|you) (?:[a-z]+ )?(not|never) do\b"
    r"|\bwhat (shouldn't|mustn't) (i|we|you) do\b"
    # "What on campus actually stays open while the uni is closed?": the things that do, a list.
    r"|\bwhat(?: [a-z]+){0,3} (?:stays?|remains?|is still|are still) (?:open|closed|available|running)\b"
    # Conditions, rules, documents: the members of a set, a list rather than a procedure.
    r"|\bwhat (are|is) the (requirements|conditions|criteria|documents|rules)\b"
    # "Are there (any) rules I should know about for…?": the rules asked for.
    rf"|{_RULES_ASKED}"
    # "What paperwork will the prefecture want?", "what equipment is there?": a mass noun for a
    # set of things, a list of them.
    r"|\b(what|which) (paperwork|documentation|equipment|furniture|facilities|amenities|gear|supplies)\b"
)
# "Who can apply?", "Qui a le droit de demander une bourse ?" ask who is eligible: the
# conditions, a list or a sentence on whom it is open to, not someone who acts.
_ELIGIBLE_VERBS = (
    r"apply|take part|participate|join|benefit|enrol|enroll|register|get|receive|claim|request"
    r"|ask for|attend|go|use|be nominated|be hosted|be exempted|be exempt"
)
_ELIGIBILITY = re.compile(
    rf"^(?:and |but |so )?who(?:'s| is| are)? (?:(?:can|could|may|might) (?:{_ELIGIBLE_VERBS})"
    rf"|(?:is|are|'s) (?:eligible|entitled|allowed to (?:{_ELIGIBLE_VERBS}))|qualif(?:y|ies))\b"
    # "Who's on the crisis team?", "Who are the members of the jury?": its members, a list.
    r"|^(?:and |but |so )?who(?:'s| is| are| sits| serves| sit| serve) (?:on|in)"
    r" (?:the|a|an|its|their|our|this|that|your)\b"
    r"|^(?:and |but |so )?who (?:are|is) (?:the|its|their) members\b"
    r"|^(?:and |but |so )?who (?:makes|make) up\b"
)
_ELIGIBILITY_FR = re.compile(
    r"^(?:et |mais |alors )?qui (?:(?:peut|peuvent|pourra|pourrait|pourrais|a le droit de|ont le droit de)"
    r" (?:postuler|candidater|demander|beneficier|participer|s'inscrire|obtenir|toucher|recevoir|partir"
    r"|suivre|faire une demande|en beneficier|y avoir droit)|a droit|ont droit|est eligible|sont eligibles"
    r"|remplit les conditions|fait partie|font partie|compose|composent|siege|sont les membres)\b"
)


def asks_eligibility(question: str) -> bool:
    """Whether the question asks who may take part, or who is part of a body, not who does
    something."""
    text = " ".join(asked_part(question).lower().replace("’", "'").split())
    return bool(_ELIGIBILITY.search(text) or _ELIGIBILITY_FR.search(fold(text)))


# Words ending in -s that are no plural noun: "what [happens] if…" asks for a consequence.
_NOT_PLURAL = frozenset(
    """is was does has this its us yes plus bus campus thesis status basis ones happens means matters
    belongs gives makes comes causes seems""".split()
)


def _french_form(question: str) -> str | None:
    """The question lowercased with its accents folded, when it is French."""
    if language(question) != "fr":
        return None
    return fold(" ".join(question.lower().split())).replace("’", "'")


def asks_kit(question: str) -> bool:
    """Whether the question asks what to bring or wear ("What should I pack for the dig?",
    « qu'est-ce que je dois apporter ? »), which pages say in prose or in a list headed so."""
    text = " ".join(asked_part(question).lower().split())
    if _KIT_ASKED.search(text):
        return True
    french = _french_form(question)
    return french is not None and _KIT_ASKED_FR.search(french) is not None


def asks_difference(question: str) -> bool:
    """Whether the question asks how to tell things apart ("How do I tell a dragonfly from a
    damselfly?", « comment je fais la différence entre… ? », « comment je sais si c'est… ou… ? »),
    which the sentences describing each answer, not one that names them all."""
    text = " ".join(asked_part(question).lower().split()).replace("’", "'")
    if _DIFFERENCE.search(text):
        return True
    french = _french_form(question)
    return french is not None and _DIFFERENCE_FR.search(french) is not None


_DIFFERENCE = re.compile(
    r"\bhow (?:do|can|could|would|will|should|to) (?:i |we |you |one )?(?:tell|distinguish|recogni[sz]e)\b"
    r"|\bdifference between\b|\btell (?:[\w'-]+ ){1,6}apart\b|\bwhat distinguishes\b"
    # "How will I know it's a nightingale and not some other bird?"
    r"|\bhow (?:do|can|could|would|will|should) (?:i|we|you|one) (?:know|see|be sure)\b"
    r"[^?]*\band not (?:a|an|the|some|just)\b"
)
_DIFFERENCE_FR = re.compile(
    r"\bfaire la difference\b|\bla difference entre\b|\bdistinguer\b"
    # « comment je reconnais… ? », not « je reconnais que… » (I admit)
    r"|\b(?:comment|pour)\b[^?]{0,20}\breconna(?:is|it|itre|issent)\b"
    r"|\bcomment (?:je sais|on sait|savoir) si c'est\b"
    rf"|\bcomment (?:je fais|on fait|faire) {_TO_KNOW_WHICH_FR}"
    # « comment je sais que c'est un terrier de guêpier et pas un trou d'hirondelle ? »
    r"|\bcomment (?:je sais|on sait|savoir|je vois|on voit) (?:que |qu')c'est\b"
    r"[^?]*\bet (?:pas|non) (?:un|une|des|le|la|l')"
)


def says_kit(text: str) -> bool:
    """Whether a sentence or heading says what to bring or wear: the instruction ("Bring a water
    bottle", "Come in old clothes", "Documents to take") or what is worn."""
    return _KIT_SAID.search(text) is not None


_KIT_ASKED = re.compile(
    r"\bwhat (?:\w+ ){0,3}(?:should|do|must|shall|would|will|can|to|need to|have to|ought to)"
    r"(?: (?:i|we|you|they|he|she))?(?: \w+){0,2} (?:bring|wear|pack|take along|carry)\b"
    # "What gear do they hand out to us?" asks what the asker is given, not what to bring.
    r"|\b(?:what|which) (?:gear|kit|equipment|clothes|clothing|shoes|outfit)\b(?! (?:[\w'-]+ ){0,3}?"
    r"(?:hand|hands|handed|give|gives|given|lend|lends|lent|provide|provides|provided|supply|supplies"
    r"|supplied|loan|loans|loaned)\b)"
    r"|\bwhat to (?:bring|wear|pack)\b"
    # "Do I need to bring anything?" asks what, as a yes or no.
    r"|\b(?:do|should|must) (?:i|we) (?:need to |have to )?(?:bring|wear|pack) anything\b"
    r"|\banything (?:i|we) (?:should|need to|must|have to) (?:bring|wear|pack)\b"
)
_KIT_ASKED_FR = re.compile(
    r"\b(?:qu'est-ce qu(?:e|')|que|quoi)\b(?: [a-z'-]+){0,4} (?:porter|apporter|mettre|emporter|amener"
    r"|ramener"
    # « mettre en place », « porter plainte »: no kit.
    r"|prendre avec (?:moi|nous))\b(?! (?:en place|en oeuvre|a jour|plainte|secours|au courant)\b)"
    # « Il faut prendre quoi ? » asks what to bring; « prendre quoi comme bus ? », which transport.
    # « Je prends quoi ? », « on amène quoi ? »: spoken French conjugates the verb after the
    # asker; « l'accord, il apporte quoi ? » asks what it offers.
    r"|\b(?:(?:porter|apporter|mettre|emporter|amener|ramener|prendre)|(?:je |j'|on |nous |tu |vous )"
    r"(?:(?:port|apport|emport|amen|ramen)(?:e|es|ons|ez)|met(?:s|tons|tez)|pren(?:ds|d|ons|ez))) quoi\b"
    r"(?! comme (?:bus|tram|tramway|train|transport|ligne|billet|navette|avion|vol|taxi)\b)|\bquelle tenue\b"
    r"|\b(?:apporter|emporter) quelque chose\b"
    r"|\bcomment (?:m'habiller|s'habiller|je m'habille)\b"
)
_KIT_SAID = re.compile(
    r"\b(?:bring|wear|come in|come with|dress in|pack|take along|carry|to take (?:for|with|along))\b"
    r"|\b(?:clothes|clothing|shoes|boots|trainers|outfit)\b",
    re.IGNORECASE,
)


def _typed_beyond_procedure(question: str) -> bool:
    """Whether the question asks for a typed fact that a procedure's steps do not give ("How do I
    get in touch with...?" asks for a contact line); a count does not count, nor the dates asked
    beside a procedure ("What do we have to do, and by when?"): those are its steps' dates."""
    asked = expected_types(question) - {AnswerType.COUNT}
    if asked == {AnswerType.DATE} and _AND_WHEN.search(question.lower()):
        french = _french_form(question)
        if french is not None and _PROCEDURE_FR.search(french):
            return False  # « Ça se passe comment… ? Avec les dates svp »
        return not _PROCEDURE.search(" ".join(question.lower().split()))
    return bool(asked)


# "How would I get home afterwards?", "Is there any transport out to the beach?", "a way to get to
# the prison": how to travel there, which a sentence on a minibus or a tram says, not a procedure.
_TRANSPORT = re.compile(
    r"\b(?:get|go|travel|come)\s+(?:out\s+)?(?:to\s+(?:the|a|an|our|my|this|that)\b|there\b|home\b|back\b)"
    # "how to get me and my bike to the lake": the asker (and what they carry) taken there.
    r"|\b(?:get|take|bring)\s+(?:me|us|myself|ourselves)(?:\s+and\s+(?:my|our)\s+[a-z]+)?\s+(?:out\s+)?"
    r"(?:to\s+(?:the|a|an|our|my|this|that)\b|there\b|home\b|back\b)"
    r"|\b(?:transport|shuttle|lift|ride)s?\s+(?:out\s+)?(?:to|there|home|back)\b|\bgetting\s+(?:out\s+)?"
    r"(?:to|there|home|back)\b",
    re.IGNORECASE,
)


# "…ready [when I get there]": the asker's arrival dates the question, it asks no way there.
_ARRIVAL = re.compile(
    r"\b(?:when|once|before|after|until|till|as soon as|by the time)\s+(?:i|we|you|he|she|they)\s+$"
)


# "…or does [it] go to the Office?": a thing that goes to someone is given, not taken there.
_THING_GOES = re.compile(r"\b(?:it|this|that)\s+$")


def asks_transport(question: str) -> bool:
    """Whether the question asks how to travel somewhere ("how would I get home afterwards?")."""
    asked = asked_part(question)
    if _GOAL_REACHED.search(asked):
        return False
    befores = [asked[: m.start()].lower() for m in _TRANSPORT.finditer(asked)]
    return any(not _ARRIVAL.search(b) and not _THING_GOES.search(b) for b in befores)


# "What do I have to do to get there, step by step?": a goal reached by steps, not a journey.
# "What boxes do I need to tick to… travel to the tournaments?", "What hoops…": what a goal takes.
_GOAL_REACHED = re.compile(
    r"\bsteps?\b|\bdo\s+to\s+get\s+there\b|\bétapes?\b|\bboxes\b.{0,30}\btick\b|\bhoops\b"
    r"|\bwhat\s+(?:does|would|will)\s+it\s+take\b",
    re.IGNORECASE,
)


# "Do I need to post a cheque, [or is it all done online]?": the asker offers another way.
_OR_INSTEAD = re.compile(
    r",?\s+or\s+((?:is|are|was|were|do|does|did|can|could|should|must|will|would|has|have|am)\s+"
    r"(?:i|we|it|they|there|you|one|everything|all|this|that|he|she|(?:my|our|your|his|her) [a-z]+)\b.*)$"
)


def _other_way(text: str) -> str:
    """The other way a lowercased question offers after its first ("or is it all done online"),
    or the empty string."""
    match = _OR_INSTEAD.search(text)
    return match.group(1) if match else ""


# "…, or is it all done online?": which way a procedure is done is asked, the procedure answers.
_WAYS = re.compile(r"\b(?:online|in person|by post|by mail|on the website|digitally)\b")


def wants_steps(question: str) -> bool:
    """Whether the question asks how to do something: a numbered procedure is its answer."""
    if _typed_beyond_procedure(question) or _in_one_case(question) or asks_transport(question):
        return False
    french = _french_form(question)
    if french is not None and _PROCEDURE_FR.search(french):
        return True
    text = " ".join(question.lower().split())
    if _WAYS.search(_other_way(text)):
        return True  # "Do I post a form…, or is it all done online now?": how it is done, its steps
    return bool(_PROCEDURE.search(text)) and not _ROLE.search(text)  # a role's tasks, not a procedure


# What a "What's the X of...?" question asks about: the words after the question word and its
# article, up to the first preposition, verb or pronoun ("the [monthly rent] of the residence").
_FOCUS = re.compile(
    r"^(?P<wh>what|which|who|whom|how much|how many|is there|are there)"
    r"(?P<aux>'s| is| are| was| were| will| would| does| do| did| can| could| should)?\s+"
    # "What's on [the menu]?", "What is in [the package]?": what the thing holds is asked.
    r"(?P<held>(?:on|in|inside)\s+(?=(?:the|a|an|any|my|your|our|its|their|this|that)\s))?"
    r"(?:(?:the|a|an|any|my|your|our|its|their|this|that)\s+)?"
    # "which [groups of] students", "what [sort of] organisations": what is classified is asked.
    r"(?:(?:groups?|kinds?|sorts?|types?|categor(?:y|ies)|lists?|forms?) of\s+)?"
    r"(?P<focus>[\w+'-]+(?:\s+[\w+'-]+){0,2}?)"
    r"(?=\s+(?:of|for|in|at|on|to|from|with|by|does|do|did|is|are|can|could|will|would|should|must"
    r"|has|have|had|be|that|which|who|when|if|and|per|a|an|the|i|you|we|it|into|onto"
    # "Which documents [go] into the file?", "Which courses [count]?": the verb ends the noun.
    r"|go|goes|need|needs|count|counts|get|gets|come|comes|belong|belongs|qualify|qualifies"
    # "What kind of wind [means] the morning is off?", "…[cancels] the trip?"
    r"|means|makes|causes|cancels|stops|triggers|decides)\b"
    r"|\s*[?,.:]|\s*$)"
)
# Words that name the asked type or the answer's shape rather than a topic: the answer states the
# fact, the role or the steps, not the word ("the [role] of Campus France": "Campus France
# promotes...", "the [steps] to apply": a numbered list).
_TYPE_WORDS = frozenset(
    index_terms(
        "e-mail email address phone telephone number date day time name website url link amount money "
        "figure much many most least cheapest lowest smallest fewest minimum highest largest biggest "
        "greatest maximum "
        "score role purpose aim goal objective mission function step stage procedure process kind type "
        # "What's the [difference] between X and Y?": a comparison's shape, the two are its topic.
        "difference differences "
        # "Which Quebec organisation...?" is answered by a name: the page need not say "organisation".
        "organisation organization body bodies entity entities "
        # "What [activities] does the club run?": its list names each one, never the category.
        "activity activities "
        # "What [equipment] do I get?": "a vest, a torch and a whistle".
        "equipment gear material materials supplies stuff items things"
    )
)


# The same in French, over the folded question ("quelle est la [capitale] du Canada ?"). French
# puts its head noun first ("le [loyer] mensuel", "l'[indemnite] journaliere"): the focus is that
# word, which also keeps the verb of "combien de credits [vaut]..." out of it.
_FOCUS_FR_NOUN = (
    r"(?:(?:le|la|les|un|une|des|du|mon|ma|mes|son|sa|ses|leur|leurs|ce|cette)\s+|l')?"
    # "quels [types de] problemes": what is classified is asked, as in English.
    r"(?:(?:types?|sortes?|genres?|categories?)\s+(?:de\s+|d'))?"
    # The noun, and the one its "de" adds ("les frais [d'inscription]"), as "registration fees".
    r"([\w+-]+)(?:\s+(?:(?:de|du|des)\s+|d')(?!l'|la\b|le\b|les\b)([\w+-]+))?"
)
_FOCUS_FR = re.compile(
    r"^(?:(?:quels|quelles|quelle|quel)(?:\s+(?:est|sont|etait|etaient|sera|seront)\b)?"
    r"|qui\s+(?:est|sont|etait)\b|combien\s+d(?:e\b|')|y\s+a-t-il\b"
    # "C'est quand [les vacances] de Noël ?": when what is named takes place.
    r"|c'est\s+quand|quand\s+(?:est|sont|a\s+lieu|ont\s+lieu|commencent|commence|tombent|tombe)\b"
    # "Combien coûtent [les frais] d'inscription...": what is priced is what is asked about.
    r"|combien\s+(?:coutent|couteront|coutera|coute)(?:-t-(?:il|elle|ils|elles))?)\s*" + _FOCUS_FR_NOUN
)
# Spoken French asks for a list in the middle ("la clinique m'aide sur [quels types de problemes] ?");
# a singular there asks for a value ("en quelle annee", "quel pourcentage"), not about a noun.
_FOCUS_FR_INNER = re.compile(r"\b(?:quels|quelles)\s+" + _FOCUS_FR_NOUN)


_FOCUS_VERBS = frozenset(
    "happen happens happened means mean counts count matters applies changes goes go comes belongs".split()
)


# "How much does [UM's summer school in marine biology] cost?": what is priced is what is asked about.
_PRICED = re.compile(r"^(?:how much|what) (?:does|do|did|will|would) (?P<focus>.+?) cost\b")


def _no_noun_focus(match: re.Match[str]) -> bool:
    """Whether the words a focus match took are a subject and its verb, not what is asked about:
    "who [leads] the project", "what does [the grant cover]", "what [happens] if"."""
    wh, aux = match.group("wh"), (match.group("aux") or "").strip()
    return (
        (wh in ("who", "whom") and not aux)
        or aux in ("does", "do", "did", "can", "could", "should")
        or match.group("focus").split()[0] in _FOCUS_VERBS
        # "how much will [I pay]", "what would [we get]": a subject and its verb.
        or match.group("focus").split()[0] in _SUBJECTS
    )


# A time span before a yes/no question: "During a red warning, [is there a shelter…]?".
_OPENING_PHRASE = re.compile(
    # "Besides paragliding, does the club teach…?": what the asker already knows of, then the question.
    # "When I'm ushering, will I…?", "Once I've finished, can it…?": when the asker's case holds.
    r"^(?:during|while|in case of|in the event of|besides|apart from|other than|as well as|in addition to"
    r"|when|once|after|before|as soon as|now that|if"
    # "Since laser run is part of the pentathlon, does the club…?": what the asker knows, then the question.
    r"|since|as|given that|seeing that|because)"
    r"\b[^,?]{1,80},\s*"
    r"(?=(?:do|does|did|can|could|may|must|should|shall|am|are|is|will|would)\b)"
)
# A yes/no question: an auxiliary first ("Does UM find a flat...?", "Is there a laundry...?").
_AUXILIARY_FIRST = re.compile(r"^(do|does|did|can|could|may|must|should|shall|am|are|is|will|would)\b")
# The determiners that open a noun phrase ("[a] flat", "[their] forms").
_DETERMINERS = "a|an|the|my|our|their|his|her|your|its|any|some"
# The noun phrases a determiner opens, up to a preposition, a clause or the end: "[a flat] for".
_OBJECT = re.compile(
    rf"\b(?:{_DETERMINERS})\s+((?:[\w+'-]+\s+){{0,3}}?[\w+'-]+)"
    r"(?=\s+(?:of|for|in|at|on|to|from|with|by|during|before|after|when|if|while|and|or|so|that|who"
    r"|which|as|into|about|under|over|once|too|also|get|be|like|unlike|than"
    # "Is there [a way] around that?": a preposition ends the noun.
    r"|around|round|through|across|behind|beyond"
    # "Can someone at [the uni] look at it?": a verb no noun spells ends the subject's phrase.
    r"|look|see|tell|give|explain|send)\b|\s*[?,.;:!]|\s*$)"
)
# Heads that say how or when, not what: "at [the same time]", "[a way] to follow the talks".
_VAGUE_HEADS = frozenset(
    # "in [their country]", "in [my city]": a place the question leaves unnamed; "put [her forward]",
    # "pay [it back]", "bring [them along]": the particle of a phrasal verb; "Is that [a problem]?":
    # a judgement of the asker's situation, which the page states in its own words; "on [the list]
    # of partners": membership, which a page states without the word.
    index_terms(
        "time times way ways chance chances possibility possibilities option options "
        "thing things stuff one ones anything something own same place day year moment "
        "somewhere anywhere "
        # "on [the spot]": there and then, whatever the place is called.
        "spot "
        "country countries city town forward forwards back away along "
        "problem problems issue issues trouble deal list lists "
        # "Is that [a good idea]?": a judgement of what the asker was told to do.
        "idea ideas "
        # "Is there [a solution]?": a way out of the asker's trouble, which the page states as what to do.
        "solution solutions remedy "
        # "Is the group [realistic] for me?": a judgement of the asker's chances, as "a good idea".
        "realistic feasible doable manageable "
        # "make [the birds come closer]": what a verb's complement ends on says where, not what.
        "closer nearer further farther sooner later earlier together again alone"
    )
)
_NOT_OBJECTS = _TYPE_WORDS | _VAGUE_HEADS
# "a bit of [my grandmother's old gold]", "a couple of [friends]": how much of it, not what; the
# thing is the object after "of", read on its own.
_PORTION_OF = re.compile(
    r"(?:(?:little|tiny|small|few) )?(?:bit|bits|lot|lots|couple|bunch|handful|piece|pieces|pair|amount"
    # "throw [a glass of] water on it": what a container holds is the thing.
    r"|glass|glasses|cup|cups|mug|mugs|bottle|bottles|bucket|buckets|jug|jugs|splash|drop|drops|spoonful)"
    r" of\s+"
)
_DETERMINER = re.compile(rf"(?:{_DETERMINERS})\s")


_GET_DONE = re.compile(
    r"\b(?:get|have) (?:it|them|this|that|these|those|(?:my|the|our|your|their) [a-z]+)"
    r" ([a-z]{3,}(?:ised|ized|ed))\b"
)


def _portioned(text: str) -> list[list[str]]:
    """The things a portion is of, when no determiner opens them ("a couple of [friends]")."""
    found = []
    for match in _OBJECT.finditer(text):
        portion = _PORTION_OF.match(text, match.start(1))
        if portion and not _DETERMINER.match(text, portion.end()):
            bare = _OBJECT.match("a " + text[portion.end() :])
            found += [bare.group(1).split()] if bare else []
    return found


# "the [full-year] card", "a [part-time] job", "a [two-week] course": a hyphenated word with a unit
# of time says how long, not which kind, and a page says so in its own words ("academic year").
_HOW_LONG = frozenset(index_terms("time year day week month term semester hour night minute long"))


# "an online, self-paced version of the course": adjectives in a row are one noun phrase.
# "Does the club run [balloon-modelling classes]?", "does it also sell [croissants] or…?", "Does the
# workshop teach [leather binding]?", "Can I learn [glass blowing or kiln fusing]…?": a plural or
# an activity named without a determiner, right after a verb of what a service offers, has or
# uses, or what the asker would do ("Can we do [raku firing]…?"; "do" after its subject, not the
# auxiliary; "go [cave diving]"), also before "too" ("teach [hang gliding] too?"); a singular one only when an
# alternative follows it ("offer [polo] or horse-ball").
_BARE_OBJECT = re.compile(
    r"(?:\b(?:sell|run|give|offer|teach|organi[sz]e|make|lend|rent|host|hold|provide|serve|learn|launch|cover"
    r"|include|accept|admit|welcome)s?"
    # "Do the assistants get [cheap or free flights]?": what one is given (not "get paid").
    r"|\b(?:get|gets|receive|receives)(?=\s+(?!(?:[a-z]+ed|in|on|off|out|up|back|there|here|to|into|through"
    r"|along|away|over|around|ready|better|worse|lost|sick|hurt|rid|started|going|done|stuck)\b))"
    r"|\b(?:i|we|you|they|to|also) do|\bgo(?=\s+(?:[\w'-]+\s+)?[\w'-]+ing\b)"
    # "Does the club also have [badminton courts]?", "Do the volunteers use [thermal cameras]?"
    r"|\b(?:i|we|you|they|it|also|still|ever) have(?!\s+(?:to|been|had|got)\b)|\buse(?!\s+of\b)"
    # "Does Bilboquet have [diabolos or spinning tops]?": what a named club or service has.
    r"|^(?:does|do) (?!(?:i|we|you|they|it|he|she|this|that|there)\b)(?:[\w'-]+ ){1,3}?have"
    r"(?!\s+(?:to|been|had|got)\b)"
    # "Do the volunteers also count [dragonflies]?": what else they are asked to do something to.
    r"|\balso (?!(?:have|use|do|be|get|go|come|need|want|like)\b)[a-z]{3,}"
    # "Do they pay extra for working on [public holidays]?": when the work asked about is done.
    r"|\b(?:pay|paid|extra|more|bonus) for (?:working|work|playing|volunteering) (?:on|during|at))"
    r"\s+(?:also\s+)?"
    rf"(?!(?:{_DETERMINERS}|it|them|this|that|these|those|you|me|us"
    r"|anything|something|nothing|everything|so|well|more|less|sure|i|we|they|he|she|there|here)\b)"
    r"((?:[\w+'-]+\s+){0,4}?[\w+'-]+(?:s|ing)(?=\s+(?:or|and|for|in|at|on|to|from|with|that|we|i|there|where|like|along"
    r"|when|if|during|while)\b"
    r"|\s+(?:too|as well|either)(?:\s*[?,.;:!]|\s*$)|\s*[?,.;:!]|\s*$)"
    # "…to make [chestnut cream and jam]": a thing named alone before another is asked about too.
    r"|(?:[\w+'-]+\s+){0,2}?[\w+'-]+(?=\s+(?:or|and)\s)"
    # "Does Souffle also play [kho-kho]?", "…also play [Gaelic football]?": one thing named alone
    # last, with a word that says which.
    r"|(?!(?:here|there|now|then|again|later|today|tomorrow|tonight|well|often|online|abroad|together"
    r"|outside|inside|indoors|outdoors|early|late|weekly|daily|yet|anymore|alone|back|home|free)\b)"
    r"(?:(?!(?:at|on|in|by|for|with|to|from|during|after|before|about|into|over|under)\b)[\w+'-]{3,}\s+)?"
    r"[\w+'-]{3,}(?=(?:\s+(?:too|as well|either))?\s*(?:[?,.;:!]|$)))"
)
_COORDINATE = re.compile(
    r"\b(a|an|the|any|some) ([a-z-]+), "
    r"(?!(?:a|an|the|any|some|and|or|but|if|when|i|we|you)\b)(?=[a-z-]+ [a-z])"
)
# "in the middle of the night", "at the weekend": when, not what is asked about.
_TIME_OF_DAY = re.compile(
    r"\b(?:in|at|during|over) (?:the )?(?:(?:middle|dead) of (?:the )?)?"
    r"(?:night|morning|evening|afternoon|weekend)\b"
)


def _noun_phrase_text(text: str) -> str:
    """A yes/no question's text ready for reading its noun phrases: without a time of day ("at the
    weekend"), and with adjectives in a row joined ("a [fun, easy] course")."""
    return _COORDINATE.sub(r"\1 \2 ", _TIME_OF_DAY.sub("", text))


def _capitalised(question: str) -> set[str]:
    """The question's words written with a capital, lowercased: names, which say no kind."""
    return {w.lower() for w in re.findall(r"[\w'-]+", question) if not w.islower()}


# A pronoun inside a noun phrase opens a relative clause: "[a number] I can ring", whose verb is
# no object.
_SUBJECTS = frozenset("i we you they he she".split())


# "Can I connect to the VPN [from my flat]?": where the asker is, not what is asked about.
_ASKERS_PLACE = re.compile(r"\b(?:from|at|in|on|during|near|while)\s+(?:my|our)\s+$")
# "Is there a service [at the uni] for…?": the university every page is about, not a thing asked.
_THE_UNIVERSITY = re.compile(r"uni|university")


# "…during [the outings]?": when the thing asked about happens, not what it is.
_WHEN = re.compile(r"\b(?:during|throughout|before|after)\s+$")


# "Can I apply for the permit like [my classmates]?": whom the asker compares himself with.
_LIKENED = re.compile(r"\b(?:like|unlike|than)\s+$")
# "…a certificate of my rank to strengthen [my file]?": the asker's motive, not a thing asked of
# the page.
_MOTIVE = re.compile(
    r"\bto (?:strengthen|support|boost|bolster|improve|back up|enrich|beef up|round out|pad out)\s+$"
)


# A verb after the noun ends its phrase: "if [my passport] is stolen".
_CLAUSE_VERBS = frozenset("is are was were gets got has have had".split())


_ADVERBS_AFTER_NOUN = frozenset(
    """afterwards afterward later then again there here too instead anyway beforehand first
    yet soon today tomorrow tonight already still also back together alone abroad online""".split()
)


def _trailing_adverbs(words: list[str]) -> int:
    """How many words at the end of a noun phrase are adverbs, not its head."""
    n = 0
    while n < len(words) and words[len(words) - 1 - n] in _ADVERBS_AFTER_NOUN:
        n += 1
    return n


# "Is the licence [compulsory]?": what is said of the thing after its noun, not the thing asked about.
_SAID_OF_IT = frozenset("compulsory mandatory obligatory necessary essential optional".split())


def _head(words: list[str]) -> str:
    if len(words) > 1 and ((len(words[-1]) > 5 and words[-1].endswith("ed")) or words[-1] in _SAID_OF_IT):
        words = words[:-1]  # "the leather [treated] with it": a participle after its noun
    cut = next((k for k, w in enumerate(words) if k and (w in _SUBJECTS or w in _CLAUSE_VERBS)), len(words))
    return words[cut - 1]


# "the rules of China", "China's requirements", « les règles de la Chine »: a place's own rules.
_RULES_OF = re.compile(
    r"\b(?:rules?|requirements?|conditions?|formalities|regulations?|r[eè]gles?|exigences?|formalit[eé]s)"
    r"\s+(?:of|for|in|de la|de l'|du|des|de|d'|en|au|aux|pour)\s*(?:the\s+|la\s+|le\s+|l')?[A-Z]"
    r"|\b[A-Z][\w-]+['’]s\s+(?:own\s+)?(?:rules?|requirements?|conditions?|formalities|regulations?)\b"
)


def asks_rules(question: str) -> bool:
    """Whether the question asks for rules ("What are the rules when we rehearse?", « qu'est-ce
    qu'il faut respecter ? »), which a page may give as a paragraph under its rules heading."""
    asked = asked_part(question)
    french = _french_form(asked)
    if french is not None:
        return _RULES_WORDS_FR.search(french) is not None
    return RULES_WORDS.search(asked) is not None


# Rules named in a question or over a page's paragraph ("RULES OF THE MUSIC ROOM", "Safety rules").
RULES_WORDS = re.compile(r"\b(?:rules?|do'?s and don'?ts|guidelines|code of conduct)\b", re.IGNORECASE)
_RULES_WORDS_FR = re.compile(r"\b(?:regles?|reglement|consignes|respecter)\b")


def rules_of_place(question: str) -> bool:
    """Whether the question asks for the rules of a named place or body ("China's rules…")."""
    return _RULES_OF.search(asked_part(question).replace("’", "'")) is not None


# "How do they compare…?", "the difference between…", "Is it the same for the Swiss places as for
# the British ones?", « quelle différence entre… ».
_COMPARISON = re.compile(
    r"\b(?:compar\w*|differ\w*|diff[ée]ren\w*|versus|vs|stacks? up|the same\b[^?]*\b(?:as|than)"
    r"|la m[êe]me\b[^?]*\bque)\b",
    re.IGNORECASE,
)


def is_comparison(question: str) -> bool:
    """Whether the question compares things ("How do Spain and Mexico compare for pay?"), also
    before the points it lists ("Can you compare the two for me: what you make, when…?")."""
    last = _LAST_SENTENCE.search(question.strip())
    return _COMPARISON.search(asked_part(question)) is not None or (
        last is not None and _COMPARE_THEM.search(last.group()) is not None
    )


_LAST_SENTENCE = re.compile(r"[^.?!]+[.?!]*$")
_COMPARE_THEM = re.compile(
    r"\bcompare (?:the two|them|both|the three)\b|\bcompar\w* (?:les|entre les) (?:deux|trois)\b"
)


def is_yes_no(question: str) -> bool:
    """Whether an English question asks for yes or no ("Is Russia on the list…?")."""
    return _yes_no_text(question) is not None


def offered_instead(question: str) -> list[str]:
    """The index terms of the other way a yes/no question offers after its first ("…, or is it
    all done online?" → online); empty when it offers none."""
    text = _yes_no_text(question)
    return index_terms(_other_way(text)) if text else []


def _yes_no_text(question: str) -> str | None:
    """An English yes/no question's asked part, lowercased and without an opening phrase; None
    for any other question."""
    text = " ".join(asked_part(question).lower().split()).replace("’", "'").strip(" ?!.")
    # "During a red warning, is there a shelter…?": the opening phrase says when, the rest asks.
    text = _OPENING_PHRASE.sub("", text)
    if re.match(_RULES_ASKED, text):
        return None  # "Are there rules for the parade?" asks for them, a list
    if re.match(_FACT_REQUEST, text):
        return None  # "Do you have the number of the coordinator?" asks for the number
    if language(question) != "en":
        return None
    if _AUXILIARY_FIRST.match(text):
        return text
    # "My brother is 15 and would like to do judo, is that possible?": a yes/no question by its tag,
    # about what the asker wants to do (not about the brother).
    tag = _TAG_QUESTION.search(text)
    wish = _WISH.search(text[: tag.start()]) if tag else None
    return (
        (text[wish.end() : tag.start()].strip() + " " if wish else "") + "is that possible" if tag else None
    )


_TAG_QUESTION = re.compile(
    r"(?<=\w),?\s+(?:is|would|will) (?:that|it|this) (?:be )?(?:possible|ok|okay|allowed|alright|all right"
    r"|a problem)$"
)
_WISH = re.compile(r"\b(?:would like|wants?|hopes?|plans?|means?|intends?|wishes?|'d like) to\b")
_RULES_ASKED_FR = re.compile(
    r"\b(?:il y a|y a-t-il|y a) (?:des |certaines |quelques )?"
    r"(?:regles|conditions|consignes|restrictions|obligations)\b"
)


def _without_names(question: str) -> str:
    """A French question without the names past its first word ("le [Tapis Vert]" is a club, not a
    carpet): the question's names are held to the page as names."""
    return re.sub(r"(?<=\S )[A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)*", "X", question)


def asked_objects(question: str, when: bool = True, kinds: bool = True) -> list[str]:
    """The head nouns of what an English yes/no question asks about ("Does UM find [a flat] for
    [the lecturers]?" → flat, lecturers), leaving out words for the asked type, vague words and
    adverbs: a page that never names one of them cannot say yes or no to it. Without ``when``,
    also those that only say when ("during [the outings]"); without ``kinds``, only the heads, not
    the parts of a hyphenated word before them ("[wine-tasting] club")."""
    french = _french_form(_without_names(asked_part(question))) if language(question) == "fr" else None
    if french is not None:
        return _asked_objects_fr(french)
    text = _yes_no_text(question)
    if text is None:
        return []
    # "…, or does it go to [the Office]?": the other way the asker guesses is no thing asked about.
    text = text[: len(text) - len(_other_way(text))]
    text = _noun_phrase_text(text)
    matches = [
        match.group(1).split()
        for match in _OBJECT.finditer(text)
        if not _ASKERS_PLACE.search(text[: match.start(1)])
        and not (match.group().startswith("the ") and _THE_UNIVERSITY.fullmatch(match.group(1)))
        and not _LIKENED.search(text[: match.start()])
        and not _MOTIVE.search(text[: match.start()])
        and (when or not _WHEN.search(text[: match.start()]))
        and not _PORTION_OF.match(text, match.start(1))
    ]
    matches += _bare_objects(text) + _portioned(text) + _objects_too(text)
    # "a paid job [afterwards]", "a room [there]": an adverb at the end says when or where.
    matches = [words[: len(words) - n] for words in matches if (n := _trailing_adverbs(words)) < len(words)]
    heads = [_head(words) for words in matches] + _examples(text)
    # A hyphenated word before the head says which kind ("a [radiation-protection] course", "the
    # [x-ray] equipment"): a page that never names its parts speaks of another kind.
    heads += [
        part
        for words in (matches if kinds else [])
        for word in words[: words.index(_head(words))]
        if "-" in word.strip("-") and not _HOW_LONG.intersection(index_terms(word))
        for part in word.split("-")
        # "an [all-Polish] team": a name or a people says who, which a page's rule for any
        # nationality answers; the question's names are held to the page as names.
        if len(part) > 2 and part not in _GENERIC_PARTS and part.capitalize() not in question
    ]
    # "Can the desk get it [notarised]?": what is to be done to it is asked about as much.
    heads += [m.group(1) for m in _GET_DONE.finditer(text)]
    # "Are [scorpions] part of the survey too?": what is asked to be in it is asked about.
    heads += [_head(m.group(1).split()) for m in _PART_OF.finditer(text)]
    way = _WAY_TO.match(text)
    if way:
        heads.append(way.group(1))  # "Is there any way to [appeal]?": what is asked to be done
    if _ONE_OF_THEM.search(text):
        # "…will need a piano. Is there one in the studio?": "one" is the story's last thing.
        asked = asked_part(question)
        story = question[: question.rfind(asked)] if asked else ""
        story = " ".join(story.lower().split()).replace("’", "'").rstrip(" .!;:")
        named = [_head(m.group(1).split()) for m in _OBJECT.finditer(story)]
        heads += named[-1:]
    elif _THOSE_TOO.search(text):
        # "There are loads of hoverflies and lacewings here. Do the volunteers count those too?":
        # "those" are the things the story is about, the first it names.
        asked = asked_part(question)
        told = _STORY_THINGS.search(question[: question.rfind(asked)] if asked else "")
        heads += [_head(group.split()) for group in told.groups() if group] if told else []
    return [
        head
        for head in dict.fromkeys(heads)
        if not head.endswith("ly") and (terms := set(index_terms(head))) and not terms & _NOT_OBJECTS
    ]


# "…train the other events, [like fencing or horse riding]?": the examples named are asked about,
# each of them; "like that", "like me" name none.
_EXAMPLES = re.compile(
    r"(?<=\w),?\s+(?:like|such as|e\.g\.,?|for example,?|for instance,?)\s+"
    r"(?!(?:that|this|those|these|me|us|him|her|them|you|my|our|his|their|your|a|an|the|what)\b)"
    r"([\w' -]+?)\s*$"
)


def _examples(text: str) -> list[str]:
    """The head of each example a yes/no question names after "like" or "such as"."""
    found = _EXAMPLES.search(text)
    items = re.split(r",\s*|\s+(?:or|and)\s+", found.group(1)) if found else []
    return [_head(item.split()) for item in items if item.split()]


_PART_OF = re.compile(
    r"^(?:are|is) (?:the |any |some )?(?!(?:i|we|you|they|he|she|it|this|that|these|those|there)\b)"
    r"((?:[\w'-]+ ){0,2}?[\w'-]+) (?:also |too |ever )?(?:part of|included in|counted in|covered by)\b"
)


_ALTERNATIVE = re.compile(
    rf",?\s+(?:or|and)\s+(?!(?:{_DETERMINERS}|i|we|you|they|is|are|do|does"
    r"|can|what|how|when|where|who|which|if)\b)((?:[\w+'-]+\s+){0,3}?[\w+'-]+)"
    r"(?=\s+(?:or|and|for|in|at|on|to|from|with|that|we|i|there)\b|\s*[?,.;:!]|\s*$)"
)


# "Does Bourdons count [hornets] too?", "Does Mantes record [stick insects] as well?": a bare thing
# asked of whatever the subject does, "too" saying it is one more thing than the page's.
_OBJECT_TOO = re.compile(
    # a subject of a few words ("the Daily Matters Desk"), a verb with its preposition ("help with")
    r"^(?:does|do) (?!(?:i|we|you)\b)(?:(?:it|they|he|she|this|that) |(?!(?:it|they|he|she|this|that)\b)"
    r"(?:(?:the|your|our|their|its) )?(?:[\w'-]+ ){1,3}?)(?:also )?[a-z]{3,} "
    r"(?:(?:with|for|about) )?"
    rf"(?!(?:{_DETERMINERS}|it|them|this|that|these|those|us|me|anything|something)\b)"
    r"((?:(?!(?:for|to|in|at|on|with|of|from|by|more|less|much|many|any|some)\b)[\w'-]+ ){0,2}"
    # a plural, or a word that is its own plural ("cuttlefish"), not a word that says when or how
    r"(?:[\w'-]+s|(?!(?:there|here|now|then|again|later|today|tomorrow|well|often)\b)[a-z'-]{3,}"
    r"(?<!ly)))"
    # "…count hoopoes too, or put up nest boxes for them?": another thing asked after it.
    r" (?:too|as well|also)(?:,? (?:or|and) .*)?$"
)


def _objects_too(text: str) -> list[list[str]]:
    """The bare thing a "Does X do [things] too?" asks about, a plural or a word that is its own
    ("cuttlefish"), each of its words as one more thing the page must name ("[racketball]
    [sessions]": a page on squash sessions names no racketball)."""
    found = _OBJECT_TOO.match(text)
    return [[word] for word in found.group(1).split()] if found else []


def _bare_objects(text: str) -> list[list[str]]:
    """The noun phrases a bare object names, one per alternative: "[capoeira] or [brazilian dance
    classes]"."""
    found: list[list[str]] = []
    for match in _BARE_OBJECT.finditer(text):
        words = match.group(1).split()
        end = match.end(1)
        while more := _ALTERNATIVE.match(text, end):  # "…blowing [or kiln fusing]"
            words += ["or", *more.group(1).split()]
            end = more.end(1)
        while words:
            cut = next((k for k, w in enumerate(words) if w in ("or", "and")), len(words))
            # "[full] or partial refunds": an adjective shared with the next alternative's noun.
            if cut and not set(index_terms(" ".join(words[:cut]))) <= _SAYS_HOW:
                found.append(words[:cut])
            words = words[cut + 1 :]
    return found


# Words that say how big, good or usual a thing is, or how it compares, which a page says in its
# own words ("a [big] family": a household of five), not which thing it is.
_SAYS_HOW = frozenset(
    index_terms(
        "big small large little huge tiny full whole entire complete new old young good bad best better "
        "worse worst great nice fine real proper cheap expensive free extra quick fast slow short long "
        "high low early late easy hard simple basic normal usual regular typical special particular "
        "main certain other different similar same own single double separate general specific common "
        "local official private public personal current previous next last first final open closed "
        "available possible necessary right wrong safe quiet busy close near far few many much more "
        "less several various enough additional actual "
        # and how much more or less than another: "a [lower] fee"
        "lower higher cheaper dearer bigger smaller larger greater fewer older younger newer faster "
        "slower earlier later easier harder closer nearer further farther longer shorter "
        # and how many: "my [two] kids", "a [third] semester"
        "one two three four five six seven eight nine ten twelve twenty second third fourth fifth "
        # and a pocket size: "my [pocket] dictionary" is a dictionary all the same
        "pocket mini"
    )
)


# "[stool]-making", "[jazz]-style", "[student]-led": the part after the kind says how it is done,
# which a page says in its own words ("build a stool"), not which kind.
_GENERIC_PARTS = frozenset(
    "making made based related led run style type friendly oriented focused level like only".split()
)


_VERB_PARTICLES = frozenset("out up off down in over around through on".split())
# "a [reduced] fare", "a [special] car", "a [total] beginner": an adjective, which pages often say
# otherwise ("at a lower price"), not a noun naming a kind ("[leather] binding").
_ADJECTIVE_ENDINGS = ("ly", "ed", "al", "ic", "ous", "ful", "ive", "able", "ible", "ish", "less", "ary")
# …but one in -istic, -tric or -ical names a kind as a noun would ("[artistic] swimming", "[electric]
# bikes", "[classical] guitar"): which kind is asked, and a page that never names it offers another.
_KIND_ADJECTIVE_ENDINGS = ("istic", "tric", "ical")


_FOR_WHOM = frozenset("women men children kids girls boys ladies teens".split())


def asked_modifiers(question: str) -> list[str]:
    """The word before the head of what an English yes/no question asks about, when it says which
    kind ("Does the workshop teach [leather] binding?", "launch [water] rockets"): no page of the
    corpus naming it, none says yes or no to that kind. A name (capitalised), a word saying how big
    or how good, and a longer phrase, whose words may be a subject and its verb ("the circle sell
    paper"), give none."""
    text = _yes_no_text(question)
    if text is None:
        return []
    text = _noun_phrase_text(text)
    phrases = [
        words
        for match in _OBJECT.finditer(text)
        if not _ASKERS_PLACE.search(text[: match.start(1)]) and not _LIKENED.search(text[: match.start()])
        if len(words := match.group(1).split()) <= 2
        # "a [scuba diving] course": an activity's name before the head, which no verb is.
        or (len(words) == 3 and words[1].endswith("ing") and len(words[1]) > 5)
    ]
    bare = [words for words in _bare_objects(text) if len(words) <= 3]
    phrases += bare
    lowered = _capitalised(question)
    found = []
    for words in phrases:
        words = words[: len(words) - _trailing_adverbs(words)]
        if words and words[-1] in _VERB_PARTICLES:
            continue  # "read [the questions] out": a verb's particle, not a head
        if len(words) < 2:
            continue
        # "do [outrigger canoe] races": each word of a bare activity's name says which kind.
        for word in words[-3:-1] if words in bare or len(words) == 3 else words[-2:-1]:
            # "a [women's] team": a kind named by whom it is for (not "the club's kayak", an owner)
            word = word.removesuffix("'s") if word.removesuffix("'s") in _FOR_WHOM else word
            terms = set(index_terms(word))
            by_origin = word in lowered and words in bare and _a_kind_by_origin(word, words)
            adjective = word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith(_KIND_ADJECTIVE_ENDINGS)
            if (
                word.isalpha()
                and (by_origin or (word not in lowered and not adjective))
                and word not in _SUBJECTS
                and word not in _CLAUSE_VERBS
                and terms
                and not terms & (_NOT_OBJECTS | _SAYS_HOW | _HOW_LONG)
            ):
                found.append(word)
    return list(dict.fromkeys(found))


def _a_kind_by_origin(word: str, words: list[str]) -> bool:
    """Whether a capitalised word before the head of a bare object names the kind of it by where
    it comes from ("play [Gaelic] football", "learn [Thai] boxing"), not whom it is for
    ("[American] students"): a page that never names it offers another kind. After a determiner
    it says whose ("my [Moroccan] licence")."""
    head = words[-1]
    return (
        _NATIONALITY.search(word.capitalize()) is not None
        and _PEOPLE.fullmatch(head) is None
        and not set(index_terms(head)) & (_PERSONS | _PERSON_NOUNS)
    )


def asked_variants(question: str) -> list[tuple[str, str]]:
    """The words of an English question's asked things that say which kind of another, paired with
    it ("a [walking] netball group" → walking, netball; "indoor [box] lacrosse sessions"): when the
    other word is what a page is about and the page never names the kind, the page offers another
    kind ("wheelchair handball" of a handball club's page). Names, words saying how big or how good
    and words for the asked type give none."""
    if language(question) == "fr":
        return []
    yes_no = _yes_no_text(question)
    text = yes_no or " ".join(asked_part(question).lower().split()).replace("’", "'")
    text = _noun_phrase_text(text)
    # "Grand Chelem's [online bridge evenings]": a possessive determines as "the" does.
    phrases = [match.group(1).split() for match in _OBJECT.finditer(re.sub(r"\b[\w-]+'s\b", "the", text))]
    phrases += _bare_objects(text) if yes_no else []
    named = _capitalised(question)
    return [
        (word, after)
        for words in phrases
        for word, after in itertools.pairwise(words)
        if word.isalpha()
        and word not in named
        and word not in _SUBJECTS | _CLAUSE_VERBS
        # "the circle [sell] paper": a verb, neither a kind nor a thing
        and not {word.removesuffix("s"), after.removesuffix("s")} & _OFFERING
        and (terms := set(index_terms(word)))
        and not terms & (_NOT_OBJECTS | _SAYS_HOW | _HOW_LONG)
    ]


# The verbs of what a club or a service does or has, as a bare object's reading knows them.
_OFFERING = frozenset(
    "sell run give offer teach organise organize make lend rent host hold provide serve learn launch "
    "cover include accept admit welcome do have use".split()
)


# Nouns that end as adverbs do: "the [butterfly] counts", "the general [assembly]".
_LY_NOUNS = frozenset(
    "butterfly butterflies dragonfly firefly housefly assembly anomaly monopoly homily".split()
)


def asked_manner(question: str) -> list[str]:
    """How an English yes/no question wants the thing done ("Can I report a scam [anonymously]?"):
    a page that never says so says neither yes nor no to it."""
    text = None if language(question) == "fr" else _yes_no_text(question)
    return [w for w in re.findall(r"\b[a-z]{5,}ly\b", text or "") if w not in _SAYING_ADVERBS | _LY_NOUNS]


# "When does the Christmas market in Montpellier open?": what the date is of, before its verb.
_WHEN_SUBJECT = re.compile(
    r"(?:^|[.?!]\s+)when (?:does|do|is|are|will|did) (?:the|this|that|these|those|our|my|your|its|their) "
    r"((?:[a-z'-]+ ){0,3}?[a-z-]+)(?: (?:in|at|on|of) [a-z'-]+)? "
    # "…'s big end-of-season ride": a verb, not the first part of a hyphenated word.
    r"(?:open|opens|start|starts|begin|begins|take place|happen|run|close|end|finish|held)(?![\w-])"
)


# "When are [the info meetings] for becoming a firefighter?": the thing whose date is asked.
_WHEN_IS = re.compile(
    r"(?:^|[.?!]\s+)(?:and |so )?when (?:is|are|was|were|will be) "
    r"(?:the|this|that|these|those|our|my|your|its|their) ((?:[a-z'-]+ ){0,3}?[a-z-]+)"
    r"(?= (?:for|of|in|at|on|to|with|by|this|next|held|taking|happening)\b|\s*[?,.!]|$)"
)


# « Les réunions d'info…, elles ont lieu quand ? », « Quand a lieu la fête… ? »: the same in French.
_WHEN_IS_FR = re.compile(
    r"^(?:et )?(?:(?:les|le|la)\s+|l')([a-z-]+)\b[^?]*,\s*(?:il|elle|ils|elles|ca|c')\s*"
    r"(?:a lieu|ont lieu|est|sont|commence|commencent|se passe|se passent|se tient|se tiennent)\s+quand\b"
    r"|\bquand\s+(?:a lieu|ont lieu|est|sont|commence|commencent|se tient|se tiennent)\s+"
    r"(?:(?:les|le|la)\s+|l')([a-z-]+)"
)


# "When is the desk [open]?": a state asked about, not the thing.
_STATES = frozenset("open opens closed shut over due free available busy full on back".split())


# "When and where is it?", « C'est quand et où ? »: a date asked of nothing named in the question.
_WHEN_IS_IT = re.compile(
    r"^(?:and |so |et |alors |du coup )?"
    r"(?:(?:when|where)(?: and (?:when|where))?(?: (?:is|are|was) (?:it|that|they))?"
    r"|c'est (?:quand|ou)(?: et (?:quand|ou))?)\s*\?$"
)
# The first thing the story names with "the" ("…shouldn't miss [the info meeting] if…", « rater [la
# réunion] d'info »), not one that says whose ("a friend [from the] faculty", « une pote [de la] fac »).
_STORY_THING = re.compile(
    r"(?<!\bof )(?<!\bfrom )(?<!\bat )\bthe ((?:[a-z-]+ ){0,2}?[a-z-]+)"
    r"(?= (?:if|for|of|in|at|on|to|with|by|this|next|when|because|so|and)\b|\s*[,.!]|$)"
    r"|(?<!\bde )\b(?:les |le |la |l')([a-z-]+)"
)


def pointed_thing(question: str) -> str | None:
    """The head noun of the thing a bare "When is it?" after the asker's story asks the date of
    ("A friend says not to miss the info meeting… When and where is it?": meeting)."""
    asked = asked_part(question)
    text = fold(" ".join(asked.lower().split()))  # curly apostrophes fold to straight ones
    if not _WHEN_IS_IT.match(text):
        return None
    story = question.strip()[: question.strip().rfind(asked.strip())]
    told = fold(re.split(r"[.!?]\s+", story.strip().lower())[-1])
    match = _STORY_THING.search(told)
    if match is None:
        return None
    if match.group(2):
        return gloss(match.group(2)) or None
    return match.group(1).split()[-1]


def dated_thing(question: str) -> str | None:
    """The head noun of what "When is/are the …?" asks the date of ("meetings"; in French, its
    English words)."""
    french = _french_form(question)
    if french is not None:
        found = _WHEN_IS_FR.search(french)
        return (gloss(found.group(1) or found.group(2)) or None) if found else None
    match = _WHEN_IS.search(" ".join(question.lower().split()))
    # "When is the desk [open]?": the state asked about ends the phrase, the thing comes before.
    words = [w for w in match.group(1).split() if w not in _STATES] if match else []
    return words[-1] if words else None


# The possessor before a thing asked about ("[Tri Lez's] winter duathlon") serves as its article.
_OWNER = r"(?:the|a|an|this|that|these|those|our|my|your|its|their|(?:[a-z'-]+ )?[a-z-]+'s)"
# The thing an English date or price question asks about: "When is [Tri Lez's winter duathlon]?",
# "How much does it cost to use [the power hammer]?", "How much is [the locker]?".
_THING_ASKED = re.compile(
    # "When was that network [set up]?" asks when something was done to it, not its date.
    r"(?:^|[.?!]\s+)(?:and |so )?(?:when (?:is|are|will be)"
    r"|(?:how much|what) (?:does|do|would|will) it cost (?:[^?]*? )?to (?:use|rent|hire|borrow|book|join"
    r"|enter|attend|take|try|play)"
    rf"|how much (?:is|are)) {_OWNER} ((?:[a-z'-]+ ){{0,3}}?[a-z-]+)"
    r"(?= (?:for|of|in|at|on|to|with|by|per|this|next|held|taking|happening|cost|costs)\b|\s*[?,.!]|$)"
)


# « L'atelier de violon, c'est combien ? », « C'est quand, la soirée de belote ? », « Combien coûte
# le stage de voile ? »: the thing a French price or date question asks about, put first or after
# its question word.
_THING_ASKED_FR = re.compile(
    r"(?:^|[.?!]\s+)(?:et |mais |alors )?(?:les |le |la |l')(?P<first>[a-z' -]+?),\s*(?:c'est|ca|il|elle|ils"
    r"|elles)\b[^?]*?\b(?:combien|quand)\b"
    r"|\b(?:c'est combien|ca coute combien|combien (?:coute|coutent)|c'est quand),?\s+(?:les |le |la |l')"
    r"(?P<after>[a-z' -]+?)(?=\s*[?,.!]|$)"
)


def _thing_asked_fr(folded: str) -> list[str]:
    """The English words of the head noun of the thing a French price or date question asks about
    and of the noun its bare "de" adds ("l'atelier [de violon]"), those the glossary holds: a name
    or an untranslated word is held to the question's names."""
    match = _THING_ASKED_FR.search(folded)
    if match is None:
        return []
    words = re.findall(r"[a-z-]+", (match.group("first") or match.group("after")).replace("'", " "))
    words = [w for w in words if w not in _BETWEEN_DETERMINER_AND_NOUN_FR]
    nouns = words[:1]
    if words[1:2] in (["de"], ["d"]) and words[2:3] and words[2] not in _FR_DETERMINERS:
        nouns.append(words[2])
    glossed = [gloss(w) for w in nouns if len(w) > 2 and glossed_words(w) != [w]]
    return [g for g in glossed if g]


def asked_thing(question: str) -> list[str]:
    """The head noun of the thing a date or price question asks about ("duathlon", "hammer"; in
    French, its English words): a page that never names it gives another thing's date or price."""
    french = _french_form(asked_part(question))
    if french is not None:
        return _thing_asked_fr(french)
    match = _THING_ASKED.search(" ".join(question.lower().split()).replace("’", "'"))
    words = [w for w in match.group(1).split() if w not in _STATES | _REFLEXIVES] if match else []
    # The word before it says which kind ("the [raku] weekend"), unless it only says how good or
    # how big ("a [reduced] fare").
    kind = [w for w in words[-2:-1] if w.isalpha() and not w.endswith(_ADJECTIVE_ENDINGS)]
    return [
        w
        for w in kind + words[-1:]
        if (terms := set(index_terms(w))) and not terms & (_NOT_OBJECTS | _SAYS_HOW | _HOW_LONG)
    ]


# "When is the festival [itself]?": the thing is before the pronoun.
_REFLEXIVES = frozenset("itself themselves himself herself".split())


def dated_subject(question: str) -> list[str]:
    """The head noun of what an English "When does the … open?" asks the date of ("market"): a
    page that never names it gives another thing's dates ("Christmas" alone is a time, not the
    thing asked about)."""
    if language(question) == "fr":
        return []
    match = _WHEN_SUBJECT.search(question.lower())
    return [match.group(1).split()[-1]] if match else []


# "Is there any way to appeal…?", "Is there a chance to resit?": a page that never names the
# action says neither yes nor no.
_WAY_TO = re.compile(
    r"^(?:is|are) there (?:any|a|an|some|another) (?:way|chance|possibility|option|means) (?:to|of) ([a-z]+)"
)
# "Do they count those too?": a pronoun for the things the asker's story is about.
_THOSE_TOO = re.compile(
    r"\b(?:those|these|them)\s+(?:too|as well)\b|\balso\s+[a-z]{3,}\s+(?:those|these|them)\b"
)
_STORY_THINGS = re.compile(
    r"\b(?:are|were|saw|see|found|find|spotted|noticed|met)\s+"
    r"(?:(?:loads|lots|plenty|dozens|hundreds|thousands|a lot|a few|a couple|a bunch)\s+of\s+)?"
    r"(?:(?:the|some|many|these|those)\s+)?"
    r"((?:[a-z'-]+\s+){0,2}?[a-z'-]{3,}s)(?:\s+(?:and|or)\s+((?:[a-z'-]+\s+){0,2}?[a-z'-]{3,}s))?\b",
    re.IGNORECASE,
)
# "Is there one…?", "Can we get one…?": a pronoun for a thing the asker has just named.
_ONE_OF_THEM = re.compile(
    r"^(?:is|are) there (?:one|any)(?=$|\s+(?:in|on|at|near|nearby|for|around|close|available|left|here"
    r"|there|i|we|you)\b)|^(?:can|could|do|does|will) \w+ (?:get|have|borrow|use|rent) one\b"
)


# A French yes/no question: "est-ce que...", or one with no question word ("Le logement est-il
# fourni ?", "Puis-je garder le cadeau ?").
_WH_FR = re.compile(r"\b(?:combien|comment|quels?|quelles?|pourquoi|quoi|lequel|laquelle)\b")
# "qui", "que", "où", "quand" ask at the start of a clause; after a noun they describe it ("ceux
# qui ne peuvent pas venir").
_WH_FR_OPENING = re.compile(r"(?:^|[,;:]\s*)(?:qui|que|qu'|ou|quand)\b")


_FR_DETERMINERS = frozenset(
    "un une le la les l de d du des au aux mon ma mes notre nos votre vos son sa ses leur leurs".split()
)
_FR_REQUESTS = frozenset("demande demandes dossier procedure demarche demarches formulaire".split())
_INVERTED_FR = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|je|nous|vous)\b")
_COUNTS_FR = frozenset(
    """deux trois quatre cinq six sept huit neuf dix premier premiere dernier derniere deuxieme
    second seconde troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme""".split()
)


# Adjectives French puts before the noun ("un [petit] boulot", "une [nouvelle] carte"): the noun
# after them is what the determiner opens.
_BEFORE_NOUN_FR = frozenset(
    """petit petite petits petites grand grande grands grandes bon bonne bons bonnes nouveau nouvel
    nouvelle nouveaux nouvelles autre autres seul seule seuls seules meme memes prochain prochaine
    jeune jeunes gros grosse long longue court courte meilleur meilleure vrai vraie propre
    propres beau bel belle beaux belles joli jolie jolis jolies""".split()
)
_BETWEEN_DETERMINER_AND_NOUN_FR = _COUNTS_FR | _BEFORE_NOUN_FR


# "Il y a une émission sur le sport ?": spoken French asks yes or no by its tone alone.
_THERE_IS_FR = re.compile(r"^(?:et |mais |alors |du coup )?(?:il )?y a\b")
# "…pour [les vacances]", "pendant [le week-end]", "la nuit": when, not what is asked about.
_WHEN_FR = re.compile(
    r"\b(?:pendant|durant|pour) (?:les |la |le )(?:vacances|nuit|soiree|matinee|week-end|weekend)\b"
    r"|\b(?:la|le) (?:nuit|soir|matin|week-end|weekend)\b"
)
# "Vous auriez le numéro… ?", "je cherche le contact…", "et si la pièce… ?": a request or a case.
_REQUEST_FR = re.compile(
    r"\b(?:vous|tu) (?:auriez|aurais|avez|as) (?:le|la|les|un|une|des|son|sa|ses|leur)\b|\bje cherche\b"
    r"|^(?:(?:ok|d'accord|bon|oui)\W+)?(?:et |mais )?si\b"
)


# A question word, but not "qui" after a noun, which describes it ("des personnes [qui] vivent
# seules") where "à qui", "c'est qui" ask who.
_WH_INTONED_FR = re.compile(
    r"\b(?:quand|combien|comment|quel\w*|quoi|pourquoi)\b|\b(?:c'est|et) ou\b"
    r"|(?:^|\b(?:a|de|pour|avec|chez|par|c'est|est)\s)qui\b|\bqui$"
)


def _intoned_fr(folded: str, text: str) -> bool:
    """Whether a French question with no question word asks yes or no by its tone alone ("Le club
    fait aussi des voitures ?", "Je peux le prêter à ma coloc ?"), not a request for a fact."""
    return (
        folded.rstrip().endswith("?")
        and "?" not in text
        and _WH_INTONED_FR.search(text) is None
        and _REQUEST_FR.search(text) is None
    )


# "La cuisine des ateliers, elle est adaptée… ?": the topic first, then a pronoun takes it up.
# A clause that tells the asker's story ("J'ai 17 ans, …", "Mon frère a 15 ans, il peut… ?") is no
# such topic.
_DISLOCATED_FR = re.compile(
    r"^(?![^,?]*\b(?:ai|suis|a \d{1,2} ans)\b)[^,?]{3,80},\s*(?:il|elle|ils|elles|ca|c'|on)\b"
)
# …unless a question word follows anywhere ("La remise des prix, c'est quand et où ?").
_WH_ANYWHERE_FR = re.compile(r"\b(?:quand|qui|combien|comment|quel\w*|quoi|pourquoi)\b|\b(?:c'est|et) ou\b")


# A French verb's infinitive ("déposer", "avoir", "venir", "prendre").
_INFINITIVE_FR = re.compile(r"[a-z-]+(?:er|ir|re)")
# "à l'atelier", "de l'étranger", "c'est l'atelier": after these, l' opens a noun, not a pronoun.
_NOUN_AFTER_FR = frozenset("a de dans avec sur par chez vers contre en est".split())


def _pronoun_before_verb(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a verb whose object is a pronoun ("je peux l'échanger", "pour
    les déposer"): the determiner names no thing. A plural noun ends in s, so "les" before an
    infinitive's ending is a pronoun; "l'" is one unless a preposition or the question's start
    comes before it ("à l'atelier", "L'escalier est…")."""
    if k < 1 or _INFINITIVE_FR.fullmatch(words[k]) is None:
        return False
    if words[k - 1] in ("le", "la"):
        # "je peux le prêter", "pour la mettre en ligne": after a modal, an infinitive; after
        # "pour", a noun may end as one does ("pour le dossier", "pour la lettre").
        before = words[k - 2] if k >= 2 else ""
        return before in _MODALS_FR or (
            before in ("pour", "sans")
            and (words[k].endswith(("er", "ir")) or words[k] in _RE_VERBS_FR)
            and not words[k].endswith(("ier", "yer"))
        )
    if words[k - 1] not in ("l", "les"):
        return False
    return words[k - 1] == "les" or (k >= 2 and words[k - 2] not in _NOUN_AFTER_FR)


_MODALS_FR = frozenset(
    """peux peut pouvons pouvez peuvent puis pourrai pourrais pourrait dois doit devons devez doivent
    faut veux veut voulons voulez veulent vais va allons allez vont""".split()
)
# "…à [ma coloc]", "avec [mon copain]", "chez [mes parents]": the asker's own people and places,
# whom the asking concerns, not what a page must name ("pour [mon divorce]" is).
_ASKERS_OWN_FR = frozenset("mon ma mes notre nos".split())
_TO_OR_WITH_FR = frozenset("a avec chez".split())
# The possessives of the person the asker asks for ("Ma fille… elle peut venir à [son âge] ?").
_THEIR_OWN_FR = frozenset("son sa ses leur leurs".split())
# Verbs in -re common enough to follow "pour le/la" ("pour la mettre en ligne"), unlike the nouns
# in -re ("pour la lettre").
_RE_VERBS_FR = frozenset("mettre remettre faire prendre rendre lire dire ecrire traduire inscrire".split())


# Nouns of a modal frame before a verb: "le [droit] d'avoir…", "la [possibilité] de venir…".
_MODAL_NOUNS_FR = frozenset("droit possibilite occasion moyen obligation autorisation besoin envie".split())


def is_yes_no_fr(question: str) -> bool:
    """Whether a French question asks for yes or no ("Est-ce que je peux… ?", "Je peux… ?")."""
    folded = _french_form(asked_part(question))
    return folded is not None and _yes_no_text_fr(folded) is not None


def _yes_no_text_fr(folded: str) -> str | None:
    """A French yes/no question's asked part, after the asker's situation; None for any other."""
    text = folded.strip(" ?!.")
    if _RULES_ASKED_FR.search(text):
        return None  # « Il y a des règles pour la parade ? » asks for them, a list
    # After the asker's situation if any: "Pendant les journées d'orientation, est-ce qu'il y a…"
    opening = re.search(r"(?:^|[,:;]\s*)est-ce qu(?:e\b|')\s*", text)
    dislocated = _DISLOCATED_FR.match(text)
    if dislocated and _WH_ANYWHERE_FR.search(text[: text.find(",")]):
        # « Le bureau qui aide quand on perd ses clés, il peut aussi… ? »: the topic's relative
        # clause asks nothing; the question is what follows it.
        text = text[text.find(",") + 1 :].strip()
    if opening:
        text = text[opening.end() :]
    elif not _INVERTED_FR.search(text) and not (
        (_THERE_IS_FR.match(text) or (dislocated and not _WH_ANYWHERE_FR.search(text))) and "?" not in text
    ):
        if not _intoned_fr(folded, text):
            return None  # "Il y a une réunion ? C'est quand ?": the second question asks for the fact
        # "Avec le titre de séjour, [je peux rentrer… ?]"; but "…des sorties en tandem, [à vélo] ?"
        # only adds how to what the question asks before it.
        tail = text[text.rfind(",") + 1 :]
        text = text if _TRAILING_COMPLEMENT_FR.fullmatch(tail) else tail
    if _WH_FR.search(text) or _WH_FR_OPENING.search(text):
        return None
    return text


# A short complement after the question's last comma: « …, à vélo ? », « …, en groupe ? ».
_TRAILING_COMPLEMENT_FR = re.compile(r"\s*(?:a|au|aux|en|avec|pour|dans|sur|par)\s+(?:[\w'-]+\s*){1,3}")


# "…prête les kimonos, ou faut que j'en achète un ?": the other way a French yes/no question guesses.
_OR_INSTEAD_FR = re.compile(
    r",?\s+ou (?:bien )?(?:il )?(?:faut|faudra|dois|doit|devons|devez|doivent"
    r"|je|j'|on|il|elle|ils|elles|c'est|est-ce|ca|cela)\b.*$"
)

# "…de la tête [comme au foot] ?", "[comme l'an dernier]": a comparison, not a thing asked about;
# "comme bénévole" (as a volunteer) is no comparison.
_LIKE_FR = re.compile(r"\s+comme (?:au|aux|a la|a l'|en|dans|chez|pour|le|la|les|l'|un|une)\b[^,?]*")


def _asked_objects_fr(folded: str, untranslated: bool = False) -> list[str]:
    """The nouns a French yes/no question asks about, in the texts' English words: each noun a
    determiner opens, and the noun its "de" adds ("des cours [d'anglais]"). With
    ``untranslated``, those the glossary lacks instead, as they are written."""
    asked = _yes_no_text_fr(folded)
    if asked is None:
        return []
    # "…prête les kimonos [ou faut que j'en achète un] ?": the other way the asker guesses; "…la
    # tête [comme au foot] ?": what the asker compares it with.
    text = _LIKE_FR.sub("", _OR_INSTEAD_FR.sub("", asked))
    text = text.replace("tout le monde", " ")  # "devant tout le monde": everyone, no thing
    # "les deux parties": a count between the determiner and its noun.
    words = [
        w
        for w in re.findall(r"[a-z-]+", _WHEN_FR.sub(" ", text).replace("'", " "))
        if w not in _BETWEEN_DETERMINER_AND_NOUN_FR
    ]
    nouns: list[str] = []
    taken: set[int] = set()  # complements read with their noun ("billet [d'avion]")
    for k in range(1, len(words)):
        if k in taken:
            continue
        before, word = words[k - 1], words[k]
        opened = before in _FR_DETERMINERS and before not in ("de", "d")
        added = before in ("de", "d") and k > 1 and bool(nouns) and words[k - 2] == nouns[-1]
        verb = _pronoun_before_verb(words, k)
        # "le droit d'avoir…", "la possibilité de venir…": a modal frame and its verb, no thing.
        modal = (
            opened
            and word in _MODAL_NOUNS_FR
            and words[k + 1 : k + 2] in (["de"], ["d"])
            and _INFINITIVE_FR.fullmatch(" ".join(words[k + 2 : k + 3])) is not None
        )
        # "des cours [de jouer]" is a verb; "une table [de snooker]", which the glossary lacks, is a
        # noun of another language.
        infinitive = word.endswith(("er", "ir")) and glossed_words(word) != [word]
        verb = verb or modal or (added and infinitive)
        with_own = k > 1 and words[k - 2] in _TO_OR_WITH_FR and before in _THEIR_OWN_FR
        if with_own or (
            before in _ASKERS_OWN_FR
            and ((k > 1 and words[k - 2] in _TO_OR_WITH_FR) or " ".join(words[k + 1 : k + 2]) in _MODALS_FR)
        ):
            # "avec [ma coloc]", "[mon frère] peut…", "à [son âge]", "chez [ses parents]": who asks,
            # or whom they ask for, not what is asked
            continue
        if (opened or added) and not verb and word not in _FR_DETERMINERS and len(word) > 2:
            # "les personnes [âgées]": a noun and its adjective the glossary holds as one thing.
            after = words[k + 1] if k + 1 < len(words) else ""
            glossed = glossed_words(f"{word} {after}") if after and after not in _FR_DETERMINERS else []
            joint = len(glossed) == 1 and glossed != glossed_words(word)
            # "le billet d'avion": a noun and its complement the glossary holds as one thing (a flight).
            # "un papier du médecin" (a medical certificate) likewise.
            complement = words[k + 2] if after in ("de", "d", "du", "des") and k + 2 < len(words) else ""
            phrase = f"{word} {after} {complement}" if after != "d" else f"{word} {complement}"
            whole = glossed_words(phrase) if complement else []
            if not joint and len(whole) == 1 and whole[0][:1].islower():
                # "mes lunettes [de vue]", which the glossary holds as glasses: the complement says
                # which kind in French only, and is no thing of its own.
                nouns.append(phrase if whole != glossed_words(word) else word)
                taken.add(k + 2)
                continue
            # "ramener un criquet [à la maison]": the glossary holds the phrase as one word (home).
            held = f"{words[k - 2]} {before} {word}" if k > 1 and words[k - 2] in ("a", "au", "en") else ""
            held_as = glossed_words(held) if held else []
            if len(held_as) == 1 and held_as != glossed_words(word):
                nouns.append(held)
                continue
            nouns.append(f"{word} {after}" if joint else word)
            nouns += _in_apposition_fr(words, k + 1)
    objects = []
    for noun in nouns:
        english = " ".join(glossed_words(noun))
        if (english == noun) != untranslated:
            continue
        terms = set(index_terms(english))
        # A place ("au Brésil") is held to the question's names, which a region may stand for.
        if terms and not terms & (_NOT_OBJECTS | _GENERIC_TERMS) and not english[:1].isupper():
            objects.append(english)
    return objects


def _in_apposition_fr(words: list[str], k: int) -> list[str]:
    """The words the glossary lacks that follow a noun with no preposition ("des soirées [belote]
    ou [tarot]"): the kind of thing asked about, each alternative too."""
    found: list[str] = []
    while k < len(words) and len(words[k]) > 3 and words[k] not in _FR_DETERMINERS:
        if glossed_words(words[k]) != [words[k]]:
            break
        found.append(words[k])
        if words[k + 1 : k + 2] != ["ou"]:
            break
        k += 2
    return found


def untranslated_objects(question: str) -> list[str]:
    """The nouns a French yes/no question asks about that the glossary lacks ("des [costumes]",
    "la [greffe]"): English words too, when the texts use them, else words they never hold."""
    asked = asked_part(question)
    french = _french_form(asked) if language(question) == "fr" else None
    if french is None:
        return []
    # A name ("la résidence Les [Arceaux]") is held to the question's names instead.
    names = {fold(w.lower()) for w in re.findall(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]*", asked)}
    return [w for w in _asked_objects_fr(french, untranslated=True) if w not in names]


# "How do I [open] a French bank account?": the action a how-to question asks about, and what
# it is done to ("a French bank account", up to a clause or a preposition after its noun).
# "Where do I [actually] go…?": the adverb qualifies the asking, the verb comes after it.
_WHERE_ADVERB = "(?:exactly|actually|really|then|physically)"
_HOW_TO = re.compile(
    # The verb is no preposition: "how does [the process work] from our side" acts on nothing, nor
    # a pronoun: "How does [that] work?" asks how the thing just named goes.
    rf"\bhow (?:do|does|can|could|should|would|to|does one) (?:{_ASKER} )?(?:go about )?"
    r"(?!(?:from|for|in|at|on|with|by|to|of|that|it|this|these|those|they|he|she)\b)[a-z]+\b"
    # "Where can I make [photocopies]?": a place to do something the page must name.
    r"|^(?:and |but |so )?where (?:do|can|could|should|would|may) (?:i|we|you|one)"
    rf" (?:{_WHERE_ADVERB} )?(?!go\b|find\b|get\b|{_WHERE_ADVERB}\b)[a-z]+\b"
)
_OBJECT_END = re.compile(
    r"\s+(?:for|in|at|on|to|from|with|by|during|before|after|when|if|while|and|or|so|that|who|which"
    r"|as|into|about|under|over|once|because|since|without|via|through|i|we|you|they|he|she)\b|\s*[?,.;:!]"
)
# "to" and a verb: "apply [to carry on] studying", "register [to take] the exam".
_PURPOSE = re.compile(
    r"\s+to (?!the\b|a\b|an\b|my\b|our\b|your\b|their\b|this\b|that\b)[a-z]+"
    r" (?:on|up|out|off|my|our|your|their|his|her|the|a|an|[a-z]+ing)\b"
)
_LEADING_WORDS = re.compile(
    r"^(?:\s*\b(?:for|to|about|with|on|in|at|into|up|out|a|an|the|my|our|their|your|his|her|its|any"
    r"|some|this|that|these|those)\b)*\s*"
)
# "How do I get [seen] at the clinic?", "get [paid]": how the asker is dealt with, not a thing.
_IRREGULAR_PARTICIPLES = frozenset(
    """seen paid sent given taken made known told found heard held kept built bought brought chosen
    shown written lent spent won sold taught caught thrown drawn driven stolen hidden bitten""".split()
)
_NOT_PROCEDURE_OBJECTS = frozenset(
    index_terms(
        "it them there here this that one ones back started done ready abroad home touch part side end"
    )
)
# "A slot in the show", "une place en crèche": a share of something is had through the thing's own
# procedure, which seldom names the share.
_SHARES = frozenset(index_terms("slot slots place places spot spots seat seats creneau"))
# Nationality adjectives qualify the noun they precede ("a French bank account"): its head is asked.
# Capitalised as names are, or the commonest written lowercase ("a french bank account"); a
# lowercase noun with such an ending is a noun ("the law [clinic]", "a [loan]", "a [coach]").
_NATIONALITY_WORD = re.compile(
    r"french|english|german|spanish|italian|chinese|japanese|american|british|european|international"
)


def procedure_object(question: str) -> str | None:
    """The head noun of what a how-to question asks to do something to ("How do I apply for
    French [citizenship]?", "comment ouvrir un [compte] bancaire ?", in the texts' English words):
    a procedure from a page that never names it is the procedure for something else."""
    french = _french_form(question)
    if french is not None:
        # The end of a name ("avec Clowns de [Garde]") is held to the question's names instead.
        names = {fold(w.lower()) for w in re.findall(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]*", question)}
        return _procedure_object_fr(french, names)
    words = _procedure_words(question)
    return words[-1] if words else None


def procedure_kind(question: str) -> str | None:
    """The word before that head when it says which kind ("How do I open a [bank] account?"): a
    procedure from a page that never names it is the procedure for another kind ("your UM
    account")."""
    words = _procedure_words(question)
    if len(words) != 2 or language(question) != "en":
        return None
    word = words[0]
    lowered = _capitalised(question)
    terms = set(index_terms(word))
    if (
        not word.isalpha()
        or word in lowered
        or word.endswith(_ADJECTIVE_ENDINGS)
        or word in _SUBJECTS
        or not terms
        or terms & (_NOT_OBJECTS | _SAYS_HOW | _HOW_LONG | _GENERIC_TERMS)
    ):
        return None
    return word


def _procedure_words(question: str) -> list[str]:
    """The words of an English how-to question's object, its head last; empty when it acts on
    nothing a page must name."""
    if language(question) != "en" or is_comparison(question) or asks_difference(question):
        return []  # "How does the course compare with the weekend?", "How do I tell them apart?"
    text = " ".join(asked_part(question).lower().split()).replace("’", "'").strip(" ?!.")
    match = _HOW_TO.search(text)
    if match is None or match.group().endswith("ing"):
        return []  # "How does [applying] through UM work?" acts on nothing
    if _PURPOSE.match(text[match.end() :]):
        return []  # "How can I apply to carry on studying…?": what for, not what to
    rest = _LEADING_WORDS.sub("", text[match.end() :])
    end = _OBJECT_END.search(rest)
    named = {
        w.lower() for w in re.findall(r"[\w'-]+", question) if w[:1].isupper() and _NATIONALITY.search(w)
    }
    words = [
        w
        for w in (rest[: end.start()] if end else rest).split()
        if w not in named and not _NATIONALITY_WORD.fullmatch(w) and not w.endswith(("ed", "ing", "ly"))
    ]
    if words and words[0] in _IRREGULAR_PARTICIPLES:
        words = words[1:]
    terms = set(index_terms(words[-1])) if words else set()
    if not terms or terms & (_NOT_OBJECTS | _NOT_PROCEDURE_OBJECTS | _GENERIC_TERMS | _SHARES):
        return []
    return words


_WHERE_TO_FR = re.compile(
    r"^(?:et |mais |alors )?ou (?:(?:est-ce qu(?:e |')\s*)?(?:je|j'|on|nous)"
    r" ?(?:peux|peut|pouvons|dois|doit|devons)|puis-je|peut-on|dois-je|doit-on)"
    r" (?!aller\b|trouver\b|obtenir\b)[a-z]+\b"
)


def _procedure_object_fr(folded: str, names: Set[str] = frozenset()) -> str | None:
    """French: "comment on fait [une demande de naturalisation]", "comment ouvrir [un compte]".
    The head noun comes first; a request's noun ("une demande de...") is no topic: what follows
    is."""
    match = re.search(r"\bcomment\b", folded)
    if match is None or not _PROCEDURE_FR.search(folded):
        # "Où est-ce que je peux faire [des photocopies] ?": a place to do something.
        match = _WHERE_TO_FR.search(folded)
    if match is None:
        return None
    after = folded[match.end() :]
    if not re.search(r"[a-z]", after):
        # "Je dois renouveler [mon titre de séjour], je m'y prends comment ?": asked last, the
        # thing to act on came before, unless a case did ("Et si j'arrive le 8, je fais comment ?").
        after = re.split(r"[.!?]", folded[: match.start()])[-1]  # in its own sentence
        if re.search(r"\bs(?:i\b|')", after):
            return None
    # "sa [première] déclaration", "un [petit] boulot": the noun comes after; "le [PSC1]" is one.
    words = [
        w
        for w in re.findall(r"[a-z0-9-]+", after.replace("'", " "))
        if w not in _BETWEEN_DETERMINER_AND_NOUN_FR and not w.isdigit()
    ]
    # The noun a determiner opens; a request's noun passes to its complement ("de naturalisation").
    for i, (before, word) in enumerate(itertools.pairwise(words)):
        if before not in _FR_DETERMINERS or word in _FR_DETERMINERS or word in _FR_REQUESTS:
            continue
        if word in names and before in ("de", "d", "du", "des"):
            continue
        if _pronoun_before_verb(words, i + 1):
            continue
        head = " ".join(glossed_words(word))
        # "une déclaration d'impôt" is a tax return, "ma carte Vitale" a health insurance card: a
        # noun and its complement or adjective the glossary holds together are one thing.
        if words[i + 2 : i + 3] in (["de"], ["d"], ["du"], ["des"]) and len(words) > i + 3:
            phrases = [f"{word} {words[i + 2]} {words[i + 3]}", f"{word} {words[i + 3]}"]
        else:
            phrases = [f"{word} {w}" for w in words[i + 2 : i + 3] if w not in _FR_DETERMINERS]
        for phrase in phrases:
            joint = glossed_words(phrase)
            if len(joint) == 1:
                head = joint[0]
                break
        terms = set(index_terms(head))
        if not terms or terms & (_NOT_OBJECTS | _NOT_PROCEDURE_OBJECTS | _GENERIC_TERMS | _SHARES):
            return None
        return head
    return None


# "Who [signs] the agreement?", "who has to [approve] it?": the action whose doer is asked.
_WHO_DOES = re.compile(
    r"(?:^|[.?!:;]\s+|,\s+(?:and\s+)?(?:if\s+not|otherwise|then),?\s+)who"
    # "who at UM signs…", "who in the faculty approves…": where the doer is, before the verb.
    r"(?:\s+on\s+\S+\s+side|\s+(?:at|in|within|from)\s+(?:the\s+|our\s+|my\s+)?[\w'-]+|\s+here)?"
    # "Who exactly do I…?": an adverb of the asking is no action.
    r"(?:\s+(?:exactly|actually|really|else|precisely))?"
    r"\s+(?:(?:has|have|needs?|is\s+allowed|is\s+authori[sz]ed)\s+to"
    r"|must|should|will|would|can|could|may)?\s*([a-z]+)\b"
)
# Verbs that ask whom to reach or who may take part: answered by a contact line or a list of the
# eligible, whose sentences seldom repeat the verb ("open to master's students"); "who sorts out /
# deals with / looks after…" asks which service is in charge, as its directory line says.
_NOT_ACTIONS = frozenset(
    """is are was were be been has have had do does did get gets got contact contacts ask asks talk
    talks write writes call calls email emails reach reaches speak speaks see sees go goes help helps
    apply applies take takes participate participates join joins benefit benefits enrol enrols
    enroll enrolls register registers attend attends come comes receive receives use uses qualify
    qualifies count counts teach teaches study studies work works live lives i we you they he she
    it sort sorts deal deals look looks""".split()
)
# Past forms a stem does not reach: "who pays" is answered by "paid by the host".
_IRREGULAR = {
    "pay": "paid",
    "lead": "led",
    "hold": "held",
    "send": "sent",
    "choos": "chosen",
    "give": "given",
    "keep": "kept",
    "meet": "met",
    "find": "found",
    "make": "made",
    "write": "written",
    "bring": "brought",
    "buy": "bought",
    "set": "set",
}


# Auxiliaries and modals: before a subject they open a question ("What do [members] pay…?").
_AUXILIARIES = frozenset("do does did can could will would should must may might shall".split())
# Those that stand in for the verb before ("…, and if not, who does?").
_STAND_INS = _AUXILIARIES - {"might", "shall"}
_ASKED_VERB = re.compile(
    r"\b(?:can|could|may|must|should|will|would|do|does)\s+(?:i|we|you|she|he|they|it|(?:my|our|the|his|her|their)"
    r"(?:\s+[a-z]+){1,3}?)\s+([a-z]+)\b"
)


# "Do the volunteers also [record] which kinds of ants…?": what else the doer is asked to do. Not
# what a thing does ("Does that also keep my room?": the extension, which a page says in its words).
_ALSO_DONE = re.compile(
    # "For Lièvre, do volunteers ever…?": what the question is about may open it.
    r"^(?:(?:for|at|in|with|about|on) [^,?]{1,40},\s+)?(?:do|does|did|can|could|will|would)\s+"
    r"(?!(?:that|this|it)\s)(?:[\w'-]+\s+){1,5}?(?:also|ever)\s+([a-z]{3,})\b"
)
# "How many hares were tagged last year?": what was done to the things counted, which a count of
# what was done to them otherwise ("counted 1,310 hares") does not answer.
_COUNT_DONE = re.compile(
    r"\bhow many (?:[\w'-]+\s+){1,3}?(?:were|are|was|is|have been|has been|had been|got|get|gets|will be)"
    r"\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)\b"
)
# What a count of things says in other words: how many may or must be, or took part.
_COUNT_STATES = frozenset(
    "allowed admitted accepted needed required expected involved planned registered enrolled selected "
    "based located used called named picked chosen".split()
)
# Verbs that say little of what is done, besides those of ``_NOT_ACTIONS`` (have, get, take…):
# the thing they take is what is asked about.
_LIGHT_VERBS = frozenset(
    "need want like make give offer run provide include cover accept welcome organise organize hold "
    "host".split()
)


def also_done(question: str) -> tuple[str, ...]:
    """The index terms of what else an English yes/no question asks the doer does ("Do the
    volunteers also [record] which ants get caught?", "…ever [catch] hares…?" → record, catch,
    with the texts' words for it), or what a count asks was done to the things counted ("How many
    hares were [tagged]?"), or nothing: a verb that says little ("also have", "also offer") leaves
    the thing to say it."""
    if language(question) != "en":
        return ()
    text = " ".join(asked_part(question).lower().split()).replace("’", "'")
    match = _ALSO_DONE.match(text) or _COUNT_DONE.search(text)
    if match is None or match.group(1) in _LIGHT_VERBS | _NOT_ACTIONS | _COUNT_STATES:
        return ()
    stems = index_terms(match.group(1))
    return (*stems, *extra_terms(match.group(1))) if stems else ()


def asked_action(question: str) -> tuple[str, ...]:
    """The index terms of the action a "Who...?" question asks the doer of ("Who signs the
    agreement for UM?" → sign), with its irregular past and the texts' words for it; empty for
    other questions and for verbs of reaching or taking part ("Who should I contact?", "Who can
    apply?")."""
    if language(question) != "en":
        return ()
    text = " ".join(asked_part(question).lower().split())
    match = _WHO_DOES.search(text)
    if match is None or (match.group(1) in _NOT_ACTIONS and match.group(1) not in _STAND_INS):
        return ()
    if _TO_REACH_THEM.search(" ".join(question.lower().split()).replace("’", "'")):
        return ()  # "Who runs the survey, so I can send them the clip?": whom to reach, as "Who do I call?"
    if _asked_after(question) & _CHANNELS:
        return ()  # "Who handles the airport jobs? … Phone number please.": whom to reach likewise
    verb = match.group(1)
    if verb in _STAND_INS:
        # "Can she sign it herself, and if not, who does?": the verb of the clause before.
        before = _ASKED_VERB.findall(text[: match.start()])
        if not before:
            return ()
        verb = before[-1]
    stems = index_terms(verb)
    if not stems:
        return ()
    irregular = (_IRREGULAR[stems[0]],) if stems[0] in _IRREGULAR else ()
    return (stems[0], *irregular, *extra_terms(verb))


# Actions whose day a question asks ("Until when can I apply?"), with the texts' nouns for them.
_DATED_ACTIONS = {
    stem: terms
    for words in (
        "apply application",
        "enrol enrolment register registration",
        "submit submission",
        "pay payment",
        "book booking",
        "cancel cancellation",
        "withdraw withdrawal",
        "declare declaration",
        "nominate nomination",
    )
    for terms in [tuple(dict.fromkeys(index_terms(words)))]
    for stem in terms
}


_DATE_CUE = re.compile(r"\b(?:when|deadline|date|last day|quand|limite)\b")


def dated_action(question: str) -> tuple[str, ...]:
    """For a question asking the day of an action ("Until when can I apply?", « j'ai jusqu'à quand
    pour candidater ? »), the index terms of that action and of its noun; empty otherwise. A
    sentence that dates another step of the same calendar answers another question."""
    if AnswerType.DATE not in expected_types(question):
        return ()
    # The action after the question word: in « les médecins qui candidatent…, l'évaluation a lieu
    # quand ? » applying describes who asks, the assessment is what is dated.
    asked = fold(asked_part(question).lower()).replace("’", "'")
    cue = _DATE_CUE.search(asked)
    after = asked[cue.end() :] if cue else ""
    words = glossed_words(after) if language(question) == "fr" else after.split()
    stems = [t for w in words for t in index_terms(w)]
    return next((_DATED_ACTIONS[t] for t in stems if t in _DATED_ACTIONS), ())


# "What about Tunisia?": the previous question asked of something else, not a question about it.
_WHAT_ABOUT = re.compile(r"(?:what|how) about\b")


_WHERE_FIRST = re.compile(
    r"^(?:at|in|for|with|as for|regarding) (?:um|the university of montpellier)(?:'s)?\b[^,?]{0,60},\s*"
    r"(?=(?:what|which|how)\b)"
)


def focus_terms(question: str) -> list[str]:
    """The index terms of what the question asks about ("monthly rent"), each with the texts'
    words for it; empty when its form has no such noun phrase (yes/no, how-to, when). A French
    focus is read through its gloss: a word the glossary lacks stays French, so no English
    text names it ("la capitale du Canada")."""
    french = _french_form(question)
    if french is not None:
        match = _FOCUS_FR.match(french) or _FOCUS_FR_INNER.search(french)
        # A name after "de" says whose ("la capitale du Canada"), as "of Canada" does in English.
        named = {fold(t.lower()) for t in re.findall(r"[\w+-]+", question) if t[:1].isupper()}
        head, complement = match.groups() if match else (None, None)
        nouns = [n for n in (head, None if complement in named else complement) if n]
        words = [w for noun in nouns for w in glossed_words(noun)[:1]]
        alternatives = [
            sorted({t for e in w.split() for t in (*index_terms(e), *extra_terms(e))}) for w in words
        ]
    else:
        text = " ".join(question.lower().split()).replace("’", "'")
        # "My cousin … buys the licence. At UM's club, how much is [membership]?": after the story,
        # the phrase that says where opens what is asked.
        asked = " ".join(asked_part(question).lower().split()).replace("’", "'")
        if _WHERE_FIRST.match(asked):
            text = _WHERE_FIRST.sub("", asked)
        priced = _PRICED.match(text)
        match = _FOCUS.match(text)
        if priced is not None:
            focus = priced.group("focus")  # "how much does [the summer school in biology] cost"
        elif (
            match is None
            or _WHAT_ABOUT.match(text)
            or _ROLE.search(text)
            or _no_noun_focus(match)
            or (match.group("held") and match.group("wh") != "what")
        ):
            return []  # "Who's on the crisis team?" asks for its members, not about the team
        else:
            focus = match.group("focus")
            if set(index_terms(focus)) <= _TYPE_WORDS and (
                thing := _OF_THING.match(text, match.end("focus"))
            ):
                focus = thing.group(1)  # "the date [of the training]": what is dated is asked about
        # A phrase's text words cover each of its words: "last day" → deadline.
        phrases = paraphrases(focus)
        alternatives = [
            sorted({t, *(w for terms, words in phrases if t in terms for w in words)})
            for t in index_terms(focus)
        ]
        if AnswerType.COUNT in expected_types(question):
            # "How many [people] can I bring?": a count of persons is one of guests, of pupils…
            alternatives = [sorted({*a, *_PERSON_NOUNS}) if _PERSONS & set(a) else a for a in alternatives]
    return [
        "|".join(terms)
        for terms in alternatives
        if terms
        and not any(
            t in _TYPE_WORDS
            or t in _GENERIC_TERMS
            or t in _ADVERBS
            or t in _INDEFINITES
            or t in _USUAL
            or t in _CLOCK_WORDS
            for t in terms
        )
    ]


# "What's the date [of the training] for volunteers?": the thing whose date, number or address
# is asked, after the type's own word.
_OF_THING = re.compile(
    r"\s+(?:of|for)\s+(?:the|a|an|my|your|our|this|that|its|their)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?=\s+(?:of|for|in|at|on|to|with|by|is|are|do|does|will|can|and)\b|\s*[?,.]|\s*$)"
)


# "What [regular] activities…?", "the [usual] fee": how often or how commonly, which the page says
# by its days and rules ("every Tuesday"), not by the word.
_USUAL = frozenset(index_terms("regular usual ordinary typical normal standard"))
_PERSONS = frozenset(index_terms("people persons person"))
_PERSON_NOUNS = frozenset(
    index_terms("guests pupils visitors attendees players volunteers participants members")
)
# "Is there [somewhere] on campus where I can pray?": no noun, what is asked comes after.
# The hours asked ("il ouvre à quelles heures ?") are the clock times a page gives, not a word it
# must use; a question's "hours" may still be a thing it asks of ("convert my UM hours").
_CLOCK_WORDS = frozenset(index_terms("hour hours"))
# "Is there a presentation planned [somewhere]? I'd like [someone] to explain it": no one and no
# place a page names, so no term a quote is weighed by; "anything" and "something" may still stand
# for the thing pointed at ("Is there anything like that?"), though no focus names them.
NOBODY_NOWHERE = frozenset(index_terms("somewhere anywhere someone anyone somebody anybody"))
_INDEFINITES = NOBODY_NOWHERE | frozenset(index_terms("something anything"))


def listed_noun(question: str) -> str | None:
    """The index term of what a "Which universities...?" question asks to list, if it names it
    ("Quelles activités… ?", "qu'est-ce qu'on peut faire comme activités ?": in English)."""
    french = _french_form(question)
    if french is not None:
        match = _LISTED_FR.search(french)
        plural = gloss(match.group(1) or match.group(2)) if match else None
    else:
        plural = _which_plural(" ".join(question.lower().split()))
    if plural is None:
        return None
    terms = index_terms(plural)
    return terms[0] if terms else None


# "Quels musées… ?", "…faire comme activités ?", "il y a quoi comme ateliers ?": the plural listed.
_LISTED_FR = re.compile(
    r"(?:^|[,;:]\s*|\b(?:et|mais) )(?:quels|quelles) (?!sont\b)([a-z'-]{3,}[sx])\b"
    rf"|\bcomme ({_PLURAL_NOUN_FR})"
)


# "Et si j'arrive le 8 septembre, je fais comment ?", "And if I miss it, what do I do?": what to
# do in one case, a sentence of the rules, not the whole procedure.
_IN_CASE = re.compile(r"^(?:and |et |but |mais )?(?:what )?(?:if|si|s'il|s'ils)\b")
# "What are we supposed to do if the boat flips over?": the case may follow the question, unless
# it is the asker's wish ("What do I do if I want to join?" asks the procedure).
_CASE_AFTER = re.compile(
    r"\bdo (?:if|in case|when) (?!(?:i|we|you|one) (?:really |still |just )?(?:want|wish|would like|'d like"
    r"|plan|intend|hope|decide|choose|am interested|are interested|'m interested|'re interested)\b)"
)


def _in_one_case(question: str) -> bool:
    text = fold(" ".join(question.lower().split()))
    asked = fold(" ".join(asked_part(question).lower().split()))
    return _IN_CASE.match(text) is not None or _CASE_AFTER.search(asked) is not None


def wants_unit(question: str) -> bool:
    """Whether the answer is a whole list: the steps of a procedure, or the members of a set."""
    text = " ".join(question.lower().split())
    # "If I get a show, what rules…?": the case is the asker's, the rules are still a list.
    one_case = _in_one_case(question) and _which_plural(text) is None
    if _typed_beyond_procedure(question) or one_case or asks_transport(question):
        return False  # a typed fact is asked for ("How do I reach the office?"): quote the line
    # "My first training is on Tuesday. Are there safety rules…?": the list asked after a story.
    asked = " ".join(asked_part(question).lower().split())
    if _PROCEDURE.search(text) or (
        (_ENUMERATION.search(text) or _ENUMERATION.search(asked)) and not _whether_done_to_kinds(asked)
    ):
        return True
    if asks_eligibility(question):
        return True
    french = _french_form(question)
    if french is not None and (
        _PROCEDURE_FR.search(french) or _ENUMERATION_FR.search(french) or _RULES_ASKED_FR.search(french)
    ):
        return True
    return _which_plural(text) is not None


def _whether_done_to_kinds(asked: str) -> bool:
    """Whether a lowercased yes/no question asks if something is done to kinds of a thing ("Do
    the volunteers also record which kinds of ants get caught?"), not for the kinds themselves
    ("Do you know what kinds of rooms there are?"): yes or no, not a list."""
    match = _ENUMERATION.search(asked)
    if match is None or not _AUXILIARY_FIRST.match(asked):
        return False
    before = asked[: match.start()].split()
    return len(before) > 2 and not _ASKING_VERBS.intersection(before[-2:])


# Verbs that ask for what follows them: "Can you tell me which kinds…?"
_ASKING_VERBS = frozenset(
    "know tell say explain list show give name mention see find check recommend suggest describe".split()
)


def _which_plural(text: str) -> str | None:
    """The plural noun a lowercased "Which universities...?" question asks for, if it has one."""
    match = _WHICH_PLURAL.search(text)  # "If I am recognised, what adjustments can I get?"
    if match and match.group(2) in _AUXILIARIES:
        return None  # "What do [members] pay…?": the plural is who acts, not what is listed
    words = [w for w in (match.groups()[1:] if match else ()) if w]
    return next((w for w in words if len(w) > 3 and w.endswith("s") and w not in _NOT_PLURAL), None)


# Adverbs that qualify the asking, not what is asked ("What is Campus France exactly?").
_ASKING_ADVERBS = "exactly actually really roughly approximately usually currently precisely generally"
# They end a focus; so does "How many days [ahead]…?": how far before, said by the figure itself.
_ADVERBS = frozenset(index_terms(f"{_ASKING_ADVERBS} ahead beforehand"))
# Nor do they say how the thing is done ("Can I actually…?"), and neither do these.
_SAYING_ADVERBS = frozenset(
    f"""{_ASKING_ADVERBS} already possibly probably definitely certainly personally officially normally
    basically seriously honestly finally immediately quickly properly entirely completely totally fully
    simply directly early only nearly likely especially particularly apparently obviously maybe
    hopefully""".split()
)
_GENERIC_NAMES = frozenset("um i university universite montpellier erasmus".split())
_GENERIC_TERMS = frozenset(index_terms(" ".join(_GENERIC_NAMES)))  # stemmed once, not per question
_PARTICLES = frozenset("of de du des la le the for".split())
_OWN_COUNTRY = "france"
_SENTENCE_END = re.compile(r"[.?!…]")
_NAME_SEPARATOR = re.compile(r"[–—/,;:()&]")
_CONTRACTION = re.compile(r"['’](?:s|ve|m|d|ll|re)$", re.IGNORECASE)  # "UM's", "I've", "I'm"
_NOT_NAMES = frozenset({"ok", "okay", "faq", "pdf"})  # capitalised, but no name
# A month with its year is a date the answer states in its own terms ("end in October 2028"
# against "cannot end after 30 September 2028"); alone ("a winter school, in February?") it
# names when, as a country names where.
_MONTH_NAMES = frozenset(_MONTHS.split())
# Everything up to the last ": " or sentence end that a question follows.
# A statement ends at a full stop, a colon… or at a spaced dash before the question ("my passport
# says 'Mohammed' - how do i get that fixed?").
_PREAMBLE = re.compile(
    # "…me baigner… Je peux laisser…?": an ellipsis ends the story as a full stop does.
    r"^.*(?:[.:!;…]|\s[-–—](?=\s+(?:how|what|when|where|who|which|why|can|could|do|does|is|are|will"
    r"|would|should)\b))(?=\s+\S[^.:!;…]*\?$)\s+",
    re.IGNORECASE,
)
_NATIONALITY = re.compile(r"(?:an|ese|ish|ian|ic|i)$|^(?:French|Dutch|Czech|Swiss|Greek|Thai|Welsh)$")


# "The Family Desk gives a birth kit, but do they also lend a pram?": what the asker states as
# known, then the question itself after "but" or "and", opened by its auxiliary.
_STATED_THEN_ASKED = re.compile(
    r"^(?P<told>[^?]+?),\s+(?:but|and)\s+(?=(?:also\s+)?(?:can|could|do|does|did|is|are|will|would|should"
    r"|may|might)\s+(?:they|you|we|i|it|he|she|there|the|a|an|my|our|their|your|this|that|these|those"
    r"|someone|anyone)\b[^?]*\?$)",
    re.IGNORECASE,
)
# What makes a clause ask rather than tell: a question word, a request, an auxiliary first.
_ASKING = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|whether|tell|know|wonder|wondering|please|explain"
    r"|list|give me|send me|show me)\b|^\W*(?:can|could|do|does|did|is|are|am|was|were|will|would|should"
    r"|may|might|must|have|has|had|shall)\b"
    # "Student membership price at UM's croquet association, and do they…?": a fact named with no
    # verb, only what it is of after it, asks for it ("The fee covers insurance" tells).
    r"|^\W*(?:[\w'’-]+\s+){0,4}(?:price|cost|fee|fees|deadline|phone number|e-?mail address|opening hours)"
    r"(?:\s+(?:at|of|for|in|to)\s+[^,;]*)?\W*$",
    re.IGNORECASE,
)


def stated_first(question: str) -> int:
    """Where the question proper starts after a statement the asker gives as known ("The Family
    Desk gives a birth kit, but do they also lend a pram?"), or 0: the statement asks nothing."""
    match = _STATED_THEN_ASKED.match(question)
    if match is None or _ASKING.search(re.split(r"[.:!;…]\s+", match["told"])[-1]):
        return 0
    return match.end()


def told_first(question: str) -> str:
    """The statement the asker gives as known before the question proper ("The Family Desk gives
    a birth kit", of "…, but do they also lend a pram?"), or ""."""
    asked = _PREAMBLE.sub("", _up_to_the_question(question))
    told = _STATED_THEN_ASKED.match(asked)
    return told["told"] if told is not None and stated_first(asked) else ""


def _up_to_the_question(question: str) -> str:
    """The question up to its last question mark, without an age given aside."""
    text = question.strip()
    last = text.rfind("?")
    if 0 < last < len(text) - 1:
        text = text[: last + 1]
    return _AGE_ASIDE.sub("", text)


# What is asked names UM as the place it is asked of.
_AT_UM = re.compile(r"\b(?:at|in|for|with) (?:um|the university of montpellier|montpellier)\b", re.IGNORECASE)


def asked_at_um(question: str) -> bool:
    """Whether what is asked names UM as the place it is asked of ("At UM's club, how much…?"), or
    the topic put before it does ("Capoeira at UM: how much is it to join?")."""
    return (
        _AT_UM.search(asked_part(question)) is not None
        or _AT_UM.search(topic_put_first(question)) is not None
    )


def topic_put_first(question: str) -> str:
    """The topic put before a colon, right ahead of the question ("Capoeira at UM" of "Capoeira at
    UM: how much is it to join?"), or ""."""
    asked = asked_part(question)
    text = _up_to_the_question(question)
    before = text[: len(text) - len(asked)] if asked and text.endswith(asked) else ""
    topic = re.split(r"[.!;?…]\s+", before)[-1].rstrip()
    words = re.findall(r"[\w'’]+", topic.lower())
    # "Quick one: …", "I'm leaving in spring: …": a greeting or the asker's story is no topic.
    if not topic.endswith(":") or len(words) > _TOPIC_WORDS or _NO_TOPIC.intersection(words):
        return ""
    return topic[:-1]


_TOPIC_WORDS = 5
_NO_TOPIC = frozenset(
    """i i'm im i've i'd me my we we're our us you your je j'ai j'suis moi mon ma mes on nous notre nos
    vous votre quick question one hi hello hey dear bonjour salut coucou ok okay sorry thanks please
    also btw ps urgent help so""".split()
)


def told_elsewhere(question: str) -> bool:
    """Whether what is asked names UM after a story that names another place ("My cousin in
    Romania says every member buys the licence. At UM's club, how much…?"): the story tells what
    holds there, not what is asked."""
    places = place_terms()
    if _AT_UM.search(asked_part(question)) is None:
        return False
    return any(t in places for t in index_terms(question)) or _ANOTHER_UNIVERSITY.search(question) is not None


# "My cousin jousts at a university in Riga…", "at her uni back in Cork": a place the city list
# may not hold, told as another university's.
_ANOTHER_UNIVERSITY = re.compile(
    r"\b(?:at|in|from) (?:a|another|her|his|their|my|our) (?:university|uni|college)\b", re.IGNORECASE
)


def asked_part(question: str) -> str:
    """The question without a statement before it ("It is about 8,600 km. What ...?") or after it
    ("Which papers do I need? I'm Moroccan.")."""
    text = _up_to_the_question(question)
    if "?" not in text:
        # "…I heard the club sends two teams to Périgueux. Talk me through how to get selected.":
        # with no question mark, what is asked is the last request, not the story before it.
        requests = list(_REQUEST.finditer(text))
        text = text[requests[-1].start("request") :] if requests else text
    asked = _PREAMBLE.sub("", text)
    asked = asked[stated_first(asked) :]
    pointing = (_POINTS_BACK.search(asked) or _STANDS_FOR_THE_STORY.search(asked)) and len(
        asked.split()
    ) <= _POINTING_WORDS
    if pointing or _LIKE_THE_ASKER.search(asked):
        # "I'd rather train with other women. Is there anything like that?", "My flatmate is
        # partially sighted - is there something for people like him?": the sentence before says
        # what is asked for.
        told = re.split(r"[.:!;?]\s+", text[: len(text) - len(asked)].rstrip(" .:!;-–—"))[-1]
        asked = f"{told}. {asked}" if told else asked
    return _SITUATION.sub("", asked)


# A sentence that asks by a request rather than a question mark.
_REQUEST = re.compile(
    r"(?:^|[.!;:…]\s+)(?P<request>(?:please,?\s+|so,?\s+|now,?\s+)?"
    r"(?:(?:talk|walk|take|guide|run) (?:me|us) through"
    r"|tell (?:me|us)|explain|describe|list|give (?:me|us)|send (?:me|us)|show (?:me|us)|remind (?:me|us)"
    r"|let (?:me|us) know|i(?:'d| would) like to know|i (?:need|want) to know)\b)",
    re.IGNORECASE,
)
# A short question that only points back at what was just said: "Is there anything like that?",
# « Il y a un truc comme ça ? ».
_POINTS_BACK = re.compile(
    r"\b(?:anything|something|one|any|stuff) (?:like|similar to) (?:that|this)\b|\b(?:anything|something)"
    r" (?:similar|of the sort|of that kind)\b|\bsuch a thing\b|\b(?:that|this) kind of thing\b"
    r"|\b(?:un truc|quelque chose|qqch|des trucs|un cours|une séance|une seance)"
    r" (?:comme|du genre|dans le genre) (?:ça|ca)\b|\bce genre de (?:chose|truc)s?\b",
    re.IGNORECASE,
)
_POINTING_WORDS = 10
# "…I end up crying. Why does that happen, and how do I stop it?": the asked part's subject or
# object is a pronoun for what the story told, so the story is what is asked about.
_STANDS_FOR_THE_STORY = re.compile(
    r"\b(?:why|how come|how often|when) (?:does|did|do|is|was) (?:that|this|it)\b"
    r"|\b(?:stop|fix|avoid|prevent|handle|solve|cure|treat|get rid of|deal with) (?:it|that|this)\b"
    r"|\bpourquoi (?:ça|ca|cela)\b|\b(?:ça|ca|cela) (?:arrive|se passe)\b",
    re.IGNORECASE,
)
_LIKE_THE_ASKER = re.compile(
    r"\b(?:people|someone|somebody|students|those|anyone|members) (?:like|in) (?:me|him|her|us|them|my case"
    r"|his case|her case|our case|their case)\b|\bcomme (?:moi|lui|elle|nous|eux)\b|\bdans mon cas\b",
    re.IGNORECASE,
)


# "Can my brother, who is 15, come?", "mon frère, qui a 15 ans, peut… ?": an aside on whose case it
# is (the age rule that answers it is read from the whole question), not what is asked.
_AGE_ASIDE = re.compile(
    r",\s*(?:who is|who's|qui a) \d{1,2}(?:\s*(?:ans|years? old))?\s*,(?=\s*\w)", re.IGNORECASE
)
# "For a year in Montreal, how many months…?", "During my exchange in Japan, can I…?": an opening
# phrase about the asker's own case, told as a story would be.
_SITUATION = re.compile(
    # …unless it names what the question is about ("For a PHC application at the University of
    # Montpellier, do we need…?"): a programme's acronym, the university.
    r"^(?i:for|during|with|after|before|while|on)\s+(?i:a|an|my|our)\s+"
    r"(?![^,?]*\b(?:[A-Z]{2,}|University|Universit[ée]|Montpellier)\b)[^,?]{2,60},\s+"
    r"(?=(?i:how|what|which|who|when|where|can|could|do|does|is|are|will|would|should)\b)"
)


def _named_part(token: str) -> str:
    parts = token.split("-")
    if not parts[0][:1].isupper():
        return token.lower()
    return "-".join(p for p in parts if p[:1].isupper())


# "…once I'm back in Madrid?", "…when I'm home in Seoul": where the asker will be when the rule
# applies, not what the rule is about.
_BACK_HOME = re.compile(
    r"\b(?:(?:back|home)\s+(?:home\s+)?(?:in|to)"
    # "I leave for Santiago on 6 June, so I need the date": where the asker goes next.
    r"|(?:I|[Ww]e)(?:'m|'re| am| are)?\s+(?:(?:leave|leaving|fly|flying|head|heading|move|moving|go|going)"
    r"(?:\s+back|\s+home)?\s+(?:for|to)))\s+"
    rf"(?!(?i:{'|'.join(_MONTHS.split())})\b)"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
)


_LANGUAGES = frozenset(
    """english french spanish german italian portuguese catalan occitan chinese mandarin japanese
    korean arabic russian turkish greek polish dutch swedish hindi vietnamese""".split()
)


# "My French is about A1, can I still work there?": the level the asker has is their situation;
# the page names the level it asks for.
_ASKERS_LEVEL = re.compile(
    r"\b(?:I'm|I am|I have|I've got|I only have|[Mm]y \w+(?: level)? is|[Mm]y \w+'s)\b"
    r"[^,.;?!]{0,25}?\b[ABC][12]\b"
)


# "I'm on a CROUS grant (échelon 5), so is there any reduction?": the scheme that funds the asker
# is their situation; the page names the grant its reduction is for in its own words.
_ASKERS_GRANT = re.compile(
    r"\bI(?:'m| am) on (?:a|an|the) [^,.;?!()]{0,30}?\b(?:grant|scholarship|bursary)\b"
    r"|\bI (?:have|get|receive|'ve got) (?:a|an|the) [^,.;?!()]{0,30}?\b(?:grant|scholarship|bursary)\b"
)


def _naming_part(question: str) -> str:
    """The part of the question whose names restrict the answer: the asked part, without the
    asker's home ("back home in Lagos"), their language level ("my French is about A1"), the grant
    they are on ("I'm on a CROUS grant") or their other guess ("…, or was there just the one
    deadline back in September?")."""
    asked = _ASKERS_LEVEL.sub(" ", _BACK_HOME.sub(" ", asked_part(question)))
    asked = _ASKERS_GRANT.sub(" ", asked)
    return asked[: len(asked) - len(_other_way(asked.lower()))]


def named_terms(question: str) -> list[tuple[set[str], str]]:
    """What the question names, phrase by phrase: the index terms of its capitalised words past the
    first and of its acronyms, each phrase with its initials ("European University Association":
    {european, associ} or "eua"). The university's own name is implied. A statement before the
    question ("I'm doing an internship in Thailand: which portal...?") is the asker's situation,
    not a restriction on the answer: a procedure for every country holds for Thailand."""
    return _names_in(_naming_part(question))


def story_names(question: str) -> list[tuple[set[str], str]]:
    """What the asker's story names and the asked part does not, as ``named_terms`` gives them
    ("…I've been going to Ancre's trainings since October. What do I need to do to get
    picked?")."""
    asked = {t for terms, _ in named_terms(question) for t in terms}
    # Each sentence, and each part of one past a possessive ("Ancre's Monday trainings"), starts
    # anew: its first word is capitalised as any first word is.
    parts = _STORY_BREAK.split(_up_to_the_question(question))
    return [name for part in parts for name in _names_in(part) if not name[0] <= asked]


_STORY_BREAK = re.compile(r"(?<=[.!?;:])\s+|\s*[()]\s*|(?<=\w)['’]s\b")


def _between_tokens(question: str, found: list[re.Match[str]]) -> tuple[list[bool], list[bool]]:
    """For each token, whether a separator sets it apart from the one before ("the UK–Switzerland
    exchange", "Spain/Portugal": two names), and whether it opens a sentence ("…at the Cabosse
    course. Ice? Butter?": capitalised as any first word is, and no name runs across the end)."""
    gaps = [question[found[i - 1].end() : m.start()] if i else "" for i, m in enumerate(found)]
    apart = [bool(_NAME_SEPARATOR.search(gap)) for gap in gaps]
    return apart, [i == 0 or bool(_SENTENCE_END.search(gap)) for i, gap in enumerate(gaps)]


def _names_in(question: str) -> list[tuple[set[str], str]]:
    """The names of a text, phrase by phrase, then its years (see ``named_terms``)."""
    found = list(re.finditer(r"[\w'’+-]+", question))
    tokens = [_CONTRACTION.sub("", m.group()) for m in found]
    apart, opening = _between_tokens(question, found)
    # "EU-studies", "UM-funded": the name is the capitalised part; the rest describes. "non-EU"
    # names nothing: it is what is not.
    tokens = [_named_part(t) if "-" in t.strip("-") else t for t in tokens]
    phrases: list[list[str]] = []
    described: set[int] = set()  # phrases that only describe the noun after them
    joinable = False
    for i, token in enumerate(tokens):
        joinable = joinable and not apart[i] and not opening[i]
        acronym = len(token) > 1 and token.isupper() and not token.isdigit()
        dated = (
            token.lower() in _MONTH_NAMES and i + 1 < len(tokens) and re.fullmatch(r"\d{4}", tokens[i + 1])
        )
        capital = (
            ((token[:1].isupper() and not opening[i]) or acronym)
            and token.lower() not in _NOT_NAMES
            and not dated
        )
        if capital:
            if joinable and phrases:
                phrases[-1].append(token)
            else:
                phrases.append([token])
            joinable = True
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            # "a Japanese university", "an American partner": a description, not a name.
            # "evenings in Spanish" names the language they are held in, whatever follows.
            spoken = i > 0 and tokens[i - 1].lower() == "in" and token.lower() in _LANGUAGES
            single = len(phrases[-1]) == 1 and not acronym and not spoken
            if single and _NATIONALITY.search(token) and following.islower():
                described.add(len(phrases) - 1)
        else:
            joinable = joinable and token.lower() in _PARTICLES
    named = []
    for number, phrase in enumerate(phrases):
        if number in described and len(phrase) == 1:
            continue
        if len(phrase) == 1 and phrase[0].lower() == _OWN_COUNTRY:
            continue  # the university's country is implied, as its name is ("once he's in France")
        # "PhD" is named as well by "doctoral": the texts' word for it counts (see paraphrase).
        terms = {
            "|".join(sorted({t, *extra_terms(word)}))
            for word in phrase
            for t in index_terms(word)
            if t not in _GENERIC_TERMS
        }
        initials = "".join(w[0] for w in phrase if w.lower() not in _PARTICLES).lower()
        if len(phrase) == 1 and len(phrase[0]) > 1 and phrase[0].isupper():
            initials = phrase[0].lower()  # an acronym stands for the words the text may spell out
        if terms:
            named.append((terms, initials))
    # A year is named as a country is: a page on the 2027 call does not say what was funded in 2025.
    # A school year names both of its years: "2028-2029" is not answered by a page on 2027-2028,
    # whose "2028" is only where that year ends.
    spans = list(_NAMED_SCHOOL_YEAR.finditer(question))
    ranges = {m.group(1): m.group(2) for m in spans}
    ends = {m.start(2) - (2 if m.group().endswith("20" + m.group(2)) else 0) for m in spans}
    years = [
        m.group()
        for m in _NAMED_YEAR.finditer(question)
        if m.start() not in ends and not _ASKERS_PAST.search(question[: m.start()])
    ]
    for year in dict.fromkeys(years):
        if year in ranges:
            end = ranges[year]
            named.append(({year, f"20{end}|{end}"}, ""))
        else:
            named.append(({year}, ""))
    return named


# A year as the date patterns read it, but neither part of an amount ("€2,025") nor the second
# year of a range: the first names it ("2027–2028"), as the texts also write "2027-28".
# "descriptions of the courses [I took in 2009]": the asker's own past dates the story, not the
# page, which bounds it in its own words ("courses taken before 2012").
_ASKERS_PAST = re.compile(
    r"\b(?:i|we|he|she|they)\s+(?:\w+\s+){0,2}?(?:\w+ed|took|did|was|were|went|left|got|began|had|spent|came"
    r"|wrote|made|sat)\s+(?:[\w'’-]+\s+){0,4}?(?:in|from|between|during|since|back in)\s+$",
    re.IGNORECASE,
)
_NAMED_YEAR = re.compile(rf"(?<!\d[,.–/-]){_YEAR}(?![,.]\d)")
_NAMED_SCHOOL_YEAR = re.compile(r"(?<![\d,.])(20\d\d) ?[–/-] ?(?:20)?(\d\d)(?!\d)")


# How much a word of what the asker adds after the question counts ("C'est quand ? [J'ai un pote
# qui hésite…]"): it tells why they ask, seldom what.
AFTERWORD_SHARE = 0.5


def split_afterword(question: str) -> tuple[str, str]:
    """The question up to its last question mark, and what the asker adds after it unless that
    asks for a fact too, or says what they would rather have."""
    last = question.rfind("?")
    after = question[last + 1 :] if 0 < last < len(question.rstrip()) - 1 else ""
    if not after or expected_types(after) or _STILL_ASKS.search(after):
        return question, ""  # "… ? Il me faut leur numéro." asks for the number too
    return question[: last + 1], after


# "…? I need to know which weekend to keep free.", "…? I'd rather take it before Christmas.": an
# afterword that still asks, or says what the asker would rather have.
_STILL_ASKS = re.compile(
    r"\b(?:know|which|what|whether|wonder|wondering|please|rather|prefer|preferably|ideally)\b", re.IGNORECASE
)
