"""Groups the texts list by their members: "Our strategic partners are the University of Barcelona,
the University of Heidelberg and the University of Sherbrooke." A question that names a member
("a workshop with colleagues from Heidelberg") is answered by the rule another page gives for the
group ("conferences co-organised with one of UM's strategic partner universities receive an extra
€2,500"), quoted with the sentence that lists the member: a second hop that no single page makes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from assistant.store.index import Index
from assistant.text import STOPWORDS, Words, index_terms

# A run of capitalised words, particles allowed inside: "the University of Heidelberg", "UC Davis".
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|de|du|des|la|le)\s+)*[A-Z][\w'’-]*)*")
# Words of a name that say what it is, not which one: "University of X" is named by X.
_KIND_WORDS = frozenset(
    index_terms(
        "university universities universite college institute school faculty um montpellier france"
        " i i'm i've we our my the a an"
    )
)
# Days and months are capitalised but name no member of anything: "my Saturday job".
_CALENDAR = frozenset(
    index_terms(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june"
        " july august september october november december"
    )
)
# Where a listing sentence turns from the group to its members: "… partners are the University of …",
# "… ties: the University of …".
_LISTING = re.compile(r"\s(?:are|include|includes|comprise|comprises)\s|:\s")
# A listing names at least this many members by a capitalised word.
MIN_MEMBERS = 3
# The words before the members that name the group, at most: "preferred strategic international
# partners".
GROUP_WORDS = 4


@dataclass(frozen=True)
class Group:
    """A sentence that lists the members of a group, and the terms that name the group."""

    chunk: int
    sentence: int
    terms: frozenset[str]
    head: str  # the group's noun ("partner")

    def named_by(self, terms: Sequence[str]) -> bool:
        """Whether a sentence with ``terms`` names this group: its noun and its qualifiers, one
        of them spared when it has three or more ("preferred international partners" for the
        "preferred strategic international partners")."""
        said = Words(terms)
        covered = sum(said.covers(t) for t in self.terms)
        needed = len(self.terms) if len(self.terms) <= 2 else len(self.terms) - 1
        return said.covers(self.head) and covered >= needed


def mentioned_names(question: str) -> list[frozenset[str]]:
    """The distinctive terms of each name in the question, story included ("colleagues from the
    University of Heidelberg" → {heidelberg}); the university's own name and words such as
    "University" name nothing by themselves."""
    found = []
    for match in _NAME.finditer(question):
        start = match.start()
        opening = start == 0 or question[:start].rstrip()[-1:] in ".?!:;"
        if opening and " " not in match.group():
            continue  # a sentence's first word, capitalised for that
        terms = frozenset(t for t in index_terms(match.group()) if t not in _KIND_WORDS | _CALENDAR)
        if terms and terms not in found:
            found.append(terms)
    return found


def groups_of(index: Index, name: frozenset[str]) -> Iterator[Group]:
    """The listing sentences of the index that name ``name`` among their members."""
    for chunk_index, _ in index.lexical_search(sorted(name), 10):
        chunk = index.chunks[chunk_index]
        for k in range(len(chunk.sentences)):
            if not name <= set(index.sentence_terms[chunk_index][k]):
                continue
            sentence = chunk.sentence(k)
            turn = _LISTING.search(sentence)
            if turn is None:
                continue
            members = sentence[turn.end() :]
            if len(re.findall(r"\b[A-Z][a-z]", members)) < MIN_MEMBERS:
                continue
            words = [t for t in index_terms(sentence[: turn.start()]) if t not in STOPWORDS]
            if words:
                group = words[-GROUP_WORDS:]
                yield Group(chunk_index, k, frozenset(group), group[-1])
