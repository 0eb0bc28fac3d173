"""The core nouns, shared by every layer: what is retrieved, what is answered, what is streamed.

Data flows one way through them: a ``Chunk`` (ingest) is retrieved as a ``Passage`` (query), an
``Answer`` quotes it through ``Citation``s, and a ``Responder`` streams ``Event``s of that answer.
The HTTP schemas (``web.schemas``) are built from these types, never copied field by field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

# A table cell that is nothing but a figure ("35", "1,200").
_BARE_FIGURE = re.compile(r"\d[\d,.]*")
# Between the cells of a table row, and of its header line: a quoted row reads as the source shows it.
CELLS = " | "


@dataclass(frozen=True)
class Turn:
    """One earlier turn of a conversation."""

    role: Literal["user", "assistant"]
    content: str


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences from one section, the unit that is embedded and retrieved."""

    id: str
    document: str
    title: str
    section: str | None
    url: str | None
    position: int
    text: str
    sentences: tuple[tuple[int, int], ...]  # spans in ``text``
    page: int | None = None
    valid_until: str | None = None  # ISO date after which the chunk is no longer retrieved
    # "text" packs sentences; "list", "steps" (numbered) and "table" chunks are one unit: ``lead``
    # sentences of lead-in, then one item or table row per sentence span, in order.
    kind: str = "text"
    lead: int = 0
    institution: str | None = None  # the other institution the document is about; None: ours

    @property
    def is_unit(self) -> bool:
        return self.kind != "text"

    @property
    def embedding_text(self) -> str:
        """What the model encodes: the chunk under its title and heading, for context."""
        return self.context_prefix + self.text

    @property
    def context_prefix(self) -> str:
        heading = f" — {self.section}" if self.section and self.section != self.title else ""
        return f"{self.title}{heading}\n"

    def sentence(self, i: int) -> str:
        start, end = self.sentences[i]
        return self.text[start:end]

    @property
    def rows(self) -> range:
        """The positions of a table's rows (a list's items): the sentences after the lead-in."""
        return range(self.lead, len(self.sentences))

    def cells(self, i: int) -> list[str]:
        """The cells of sentence ``i`` of a table, a row or its header line."""
        return self.sentence(i).split(CELLS)

    def stated(self, i: int) -> str:
        """Sentence ``i`` as its facts are read: in a table row, a bare figure is named by its
        column's header ("35" under "Points" reads "35 Points"), as a sentence would say it."""
        sentence = self.sentence(i)
        if self.kind != "table" or not 0 < self.lead <= i:
            return sentence
        header, cells = self.cells(self.lead - 1), self.cells(i)
        if len(header) != len(cells):
            return sentence  # an empty cell was left out: the columns cannot be matched
        return CELLS.join(
            f"{cell} {name}" if _BARE_FIGURE.fullmatch(cell) else cell
            for cell, name in zip(cells, header, strict=True)
        )


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused score and the scores that made it."""

    index: int  # position of the chunk in the Index
    chunk: Chunk
    score: float
    dense: float | None
    lexical: float | None


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer: the quoted sentence(s) and where they come from."""

    n: int  # the number of the [n] marker in the answer
    document: str  # path of the source document in the corpus
    title: str
    section: str | None
    url: str | None
    snippet: str  # the cited sentence(s), verbatim
    text: str  # the whole chunk the snippet comes from
    score: float
    page: int | None = None  # page of a PDF document the snippet is on


@dataclass(frozen=True)
class Evidence:
    """Why the composer answered or abstained; exposed for calibration and debugging."""

    score: float = 0.0
    dense: float = 0.0
    coverage: float = 0.0
    missing_types: tuple[str, ...] = ()
    features: tuple[float, ...] = ()  # the signals the evidence model weighed (query.evidence)
    # The closest quote answers another question: it never names what is asked about, or is
    # another place's or another row's (an abstention, whatever the score would have been).
    off_subject: bool = False


AnswerMode = Literal["extractive", "llm"]


@dataclass(frozen=True)
class Answer:
    """An answer with [n] markers tied to its citations, or an abstention (``answered`` false)."""

    text: str
    answered: bool
    citations: list[Citation] = field(default_factory=list)
    fallback: str | None = None  # whom to contact, when the assistant abstains
    mode: AnswerMode = "extractive"
    evidence: Evidence = Evidence()
    model_seconds: float | None = None  # time spent waiting for a language model, if one was asked


@dataclass(frozen=True)
class Draft:
    """The extractive answer and the numbered sources a language model may write from.

    The answer's citations are the first sources, with the same numbers, so that falling back
    from the model to the extractive answer keeps every number the client was already sent.
    """

    answer: Answer
    sources: list[Citation]


@dataclass(frozen=True)
class Started:
    """First event: the sources the answer may cite, and whether an answer is on its way."""

    citations: list[Citation]
    answered: bool


@dataclass(frozen=True)
class Delta:
    """More answer text; the deltas joined are the final answer's text."""

    text: str


@dataclass(frozen=True)
class Finished:
    answer: Answer


Event = Started | Delta | Finished


Surface = Literal["api", "widget", "openai"]


@dataclass(frozen=True)
class Asked:
    """One question as the question log keeps it: what was asked, how it went, never who asked."""

    question: str
    answered: bool
    mode: str
    documents: tuple[str, ...]  # the cited documents, in citation order, each once
    evidence: float
    latency_ms: float
    surface: Surface
    language: str = "en"
    answer_id: str | None = None  # the id feedback on a streamed answer refers to
    asked_at: str = ""  # ISO 8601, UTC
    id: int | None = None  # the log row, once stored


@dataclass(frozen=True)
class Gap:
    """A topic the documents do not answer: similar unanswered or disliked questions, grouped."""

    id: str  # stable across re-analyses while the topic's characteristic terms stay the same
    label: str
    terms: tuple[str, ...]
    count: int  # questions asked (a question asked twice counts twice)
    examples: tuple[str, ...]  # distinct questions, most recent first
    questions: tuple[str, ...]  # every distinct question of the group, most recent first
    first_seen: str
    last_seen: str
    closest_document: str | None  # the corpus document nearest the topic, if any is near
    handled: bool = False
