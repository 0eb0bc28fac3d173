"""Follow-up questions: whether a question leans on the conversation, and the query it stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.domain import Turn
from assistant.query.questions import AnswerType, expected_types
from assistant.text import STOPWORDS, language, words

# Words that make a follow-up lean on the previous turn ("And who signs it?").
_ANAPHORA = frozenset(
    "it its they them their theirs this that these those he she his her there one ones".split()
)
# French: "Et combien coûte-t-elle ?"; "Qui la signe ?" is too ambiguous ("la" is an article). Read
# apart from the English words: "thèse" folds to "these".
_ANAPHORA_FR = frozenset("elle elles ils lui ca cela celui celle ceux celles".split())
# "Et [ce cours], c'est combien ?": a French demonstrative, as "this" is; not the "ce" of "est-ce
# que", "ce que", "ce sont".
_DEMONSTRATIVE_FR = re.compile(
    r"(?<![-\w])(?:ce|cet|cette|ces)\s+(?!qu|qui\b|dont\b|sont\b|soit\b|serait\b|n['’]|ne\b)\w{3,}",
    re.IGNORECASE,
)
_CONTINUATIONS = re.compile(r"^(and|also|so|then|what about|how about|et|aussi|alors|et pour|qu en est il)\b")


def names_one_thing_at_most(question: str) -> bool:
    """Whether the question has at most one word of its own past the stopwords ("What are the
    conditions?"): it asks of whatever was being talked about, not of anything that word finds."""
    return len(_content_words(question)) <= 1


def _content_words(question: str) -> list[str]:
    return [t for t in words(question) if t not in STOPWORDS]


def is_follow_up(question: str) -> bool:
    """Whether the question needs the previous turn to be understood."""
    tokens = words(question)
    content = _content_words(question)
    anaphora = _ANAPHORA_FR if language(question) == "fr" else _ANAPHORA
    return (
        len(content) <= 1  # names_one_thing_at_most
        or any(t in anaphora for t in tokens)
        or bool(_DEMONSTRATIVE_FR.search(question))
        or (bool(_CONTINUATIONS.match(" ".join(tokens))) and len(content) <= 3)
    )


# A reply to the previous answer before the question ("OK. And if…", "Cool. Can I…", « Ah sympa.
# Mais… », « Et il faut… »): the question goes on with the conversation's subject.
_REPLY = re.compile(
    r"^(?:and|but|so|also|then|ok|okay|cool|great|nice|perfect|sounds good|thanks|right|fine|alright"
    r"|et|mais|alors|ah|d'accord|super|parfait|merci|bon|donc|sympa|génial)\b",
    re.IGNORECASE,
)


def goes_on(question: str) -> bool:
    """Whether the question goes on with the conversation's subject: a follow-up by its words, or
    a reply to the previous answer before it."""
    return is_follow_up(question) or _REPLY.match(question.strip()) is not None


# "What about the same kind of stay in Brazil?", "And in Sweden?", « Et pour un doctorant ? »: the
# previous question asked again of something else, so it asks for what that question asked.
_SWAPPED = re.compile(
    r"^(?:what about|how about|and (?:for|in|at|with|from|to)|(?:the )?same for"
    r"|et (?:pour|en|au|aux|a|avec|dans|chez)"
    # "And if it's in Vietnamese?", « Et si c'est en vietnamien ? »: the same question of another.
    r"|(?:and|what) if (?:it s|it is|they re|they are) (?:in|for|at|from|with)"
    r"|et si (?:c est|ce sont) (?:en|pour|au|aux|a|avec|dans|chez))\b"
    r"(?!.*\b(?:how|what|when|where|who|which|can|could|do|does|is|are|will|would|combien|quand|comment"
    r"|quel\w*|qui|est)\b)"
)


def swaps_the_subject(question: str) -> bool:
    """Whether a follow-up asks the previous question again of something else ("What about
    Brazil?")."""
    return _SWAPPED.match(" ".join(words(question))) is not None


def asked_types(question: str, context: str | None) -> frozenset[AnswerType]:
    """The fact types a question asks for; for "What about Brazil?", those of the question before
    it (``context``)."""
    kinds = expected_types(question)
    if not kinds and context and swaps_the_subject(question):
        return expected_types(context)
    return kinds


def with_previous(question: str, history: Sequence[Turn] = ()) -> str:
    """The question preceded by the conversation's last user turn (the question alone without one),
    and by the one before it when the last leaned on it in turn ("Does the orchestra lend
    instruments?" / "Is there a deposit?" / "And if it gets damaged?")."""
    asked = [t.content for t in reversed(history) if t.role == "user"][:_CHAINED_TURNS]
    if not asked:
        return question
    kept = [asked[0]]
    for earlier in asked[1:]:
        if not is_follow_up(kept[-1]):
            break
        kept.append(earlier)
    return "\n".join([*(_DEFINING.sub("", t) for t in reversed(kept)), question])


# "What's Passe-Murailles?" / "And if I'm sick one week…?": the earlier turn gives the topic; its
# "what is" asks for the page's opening definition, which the follow-up does not.
_DEFINING = re.compile(
    r"^\s*(?:what(?:'s|’s| is| are)|tell me about|c'est quoi|qu'est-ce que c'est(?:,| que)?"
    r"|qu'est-ce que)\s+",
    re.IGNORECASE,
)
# A follow-up of a follow-up reads the turn before too; no further back.
_CHAINED_TURNS = 2


def context_of(query: str, question: str) -> str | None:
    """What ``with_previous`` put before the question in ``query``; None when it put nothing."""
    return query[: -len(question)] if query != question else None


def contextual_query(question: str, history: Sequence[Turn] = ()) -> str:
    """The text to retrieve with: the question, preceded by the last user turn for a follow-up."""
    return with_previous(question, history) if is_follow_up(question) else question


# A service a quote names ("The [Incoming Exchange desk] of the International Relations
# Department handles the requests"): capitalised words before the noun that says what it is.
_SERVICE = re.compile(
    r"(?<![\w'’-])(?:(?:[A-Z][\w'’-]*|and|of|for)\s+){0,5}[A-Z][\w'’-]*\s+"
    # "the nurses of the Student Health [Service]": a service's word may be capitalised with its
    # name; a whole "Department" is no one service.
    r"(?:[Dd]esk|[Oo]ffice|[Uu]nit|[Ss]ervice|department|[Cc]entre|[Cc]enter|[Tt]eam|[Cc]ell)\b"
)
# The words a second question uses for what the first answer named: "how do I reach [them]?".
_REFERS_EN = re.compile(r"\b(?:them|they|their|it|its)\b", re.IGNORECASE)


# A contact line that opens with its service's name ("International Documents Desk, International
# Relations Department: …"), the noun capitalised as in a name.
_SERVICE_FIRST = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,5}(?:Desk|Office|Unit|Service|Centre|Center|Team|Cell)\b(?=[,:])"
)


def named_service(answer: str) -> str | None:
    """The service an answer's first quote names, without its article, or None: a second quote is
    often another service's line."""
    answer = answer.split("[1]")[0]
    match = _SERVICE_FIRST.search(answer) or _SERVICE.search(answer)
    if match is None:
        return None
    name = match.group().strip()
    return re.sub(r"^(?:The|A|An|Our|This)\s+", "", name)


def about_the_service(question: str, service: str) -> str | None:
    """A question that refers to a service by a pronoun ("When is it open?", "How do I reach
    them?"), asked of the service by name ("When is the Incoming Exchange desk open?"); a French
    one names it after the question. None when it asks no contact, time or place of it, or (in
    English) names nothing by a pronoun."""
    asked = expected_types(question)
    # "Where exactly on campus are they?": where the service is, though no place noun says so.
    where = re.match(r"where\b|où\b", question.strip(), re.IGNORECASE) is not None
    if not where and not asked & {
        AnswerType.DATE,
        AnswerType.CONTACT,
        AnswerType.PHONE,
        AnswerType.EMAIL,
        AnswerType.ADDRESS,
    }:
        return None
    if language(question) == "fr":
        # « À quelles heures on peut passer ? » after « …le Good Neighbour Desk… »: at that desk,
        # whose name the French reading keeps as a name.
        return None if service in question else f"{question.rstrip(' ?')}, {service} ?"
    if language(question) != "en":
        return None

    def named(match: re.Match[str]) -> str:
        word = match.group().lower()
        return f"the {service}'s" if word in ("their", "its") else f"the {service}"

    rewritten, count = _REFERS_EN.subn(named, question, count=1)
    return rewritten if count else None
