"""Follow-up questions: whether a question leans on the conversation, and the query it stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.domain import Turn
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


def is_follow_up(question: str) -> bool:
    """Whether the question needs the previous turn to be understood."""
    tokens = words(question)
    content = [t for t in tokens if t not in STOPWORDS]
    anaphora = _ANAPHORA_FR if language(question) == "fr" else _ANAPHORA
    return (
        len(content) <= 1
        or any(t in anaphora for t in tokens)
        or bool(_DEMONSTRATIVE_FR.search(question))
        or (bool(_CONTINUATIONS.match(" ".join(tokens))) and len(content) <= 3)
    )


def with_previous(question: str, history: Sequence[Turn] = ()) -> str:
    """The question preceded by the conversation's last user turn (the question alone without one)."""
    previous = next((t.content for t in reversed(history) if t.role == "user"), None)
    return f"{previous}\n{question}" if previous else question


def contextual_query(question: str, history: Sequence[Turn] = ()) -> str:
    """The text to retrieve with: the question, preceded by the last user turn for a follow-up."""
    return with_previous(question, history) if is_follow_up(question) else question
