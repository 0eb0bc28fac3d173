"""Request and response models shared by the HTTP API and the CLI (``--json`` prints these)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, GetJsonSchemaHandler, field_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from assistant.domain import Answer, AnswerMode, Asked, Citation, Gap, Passage, Turn
from assistant.ingest.report import IngestReport
from assistant.services.documents import DocumentInfo
from assistant.services.questions import Day

MAX_QUESTION_CHARS = 2000
MAX_HISTORY_TURNS = 20
MAX_TURN_CHARS = 8000


def encodable(value: str) -> str:
    """``value`` if it is Unicode text that UTF-8 can carry; JSON's ``\\ud800`` escape decodes to a
    lone surrogate, which no tokenizer, database or response can take."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"is not valid Unicode text (a lone surrogate at character {exc.start})") from None
    return value


# Every string a client sends: refused with 422 at the door rather than failing deep inside.
Text = Annotated[str, AfterValidator(encodable)]


class Message(BaseModel):
    """One earlier turn of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: Text = Field(max_length=MAX_TURN_CHARS)

    def to_turn(self) -> Turn:
        return Turn(role=self.role, content=self.content)


def _question(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty or blank: ask a question")
    return value.strip()


class AskRequest(BaseModel):
    """A question, optionally with the conversation so far (oldest turn first)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"question": "Who is authorized to sign an international partnership agreement?"},
                {
                    "question": "And who signs it?",
                    "history": [
                        {"role": "user", "content": "Do I need an agreement for a partnership?"},
                        {"role": "assistant", "content": "Yes, you need to sign an agreement [1]."},
                    ],
                },
            ]
        },
    )

    question: Text = Field(
        min_length=1, max_length=MAX_QUESTION_CHARS, description="The question, up to 2,000 characters."
    )
    history: list[Message] = Field(
        default_factory=list, max_length=MAX_HISTORY_TURNS, description="Earlier turns, oldest first."
    )

    _check_question = field_validator("question")(_question)

    def turns(self) -> list[Turn]:
        return [m.to_turn() for m in self.history]


class Described:
    """Descriptions for the fields of a dataclass in the OpenAPI, which its comments do not reach."""

    def __init__(self, **fields: str) -> None:
        self.fields = fields

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        properties = handler.resolve_ref_schema(schema)["properties"]
        for name, text in self.fields.items():
            properties[name]["description"] = text
        return schema


CitationField = Annotated[
    Citation,
    Described(
        n="The number used by the [n] marker in the answer.",
        document="Path of the source document in the corpus.",
        snippet="The cited sentence(s), verbatim.",
        text="The whole chunk the snippet comes from.",
        page="Page of a PDF document the snippet is on.",
    ),
]


class AskResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "answer": "At the UM, only the President is authorized to sign it. [1]",
                    "answered": True,
                    "citations": [
                        {
                            "n": 1,
                            "document": "05-partnership-procedure-and-contacts.md",
                            "title": "Procedure for establishing an international partnership",
                            "section": "Procedure for establishing an international partnership",
                            "url": None,
                            "snippet": "At the UM, only the President is authorized to sign it.",
                            "text": "This document is an administrative and legal document, binding "
                            "on both parties. At the UM, only the President is authorized to sign it.",
                            "score": 1.02,
                        }
                    ],
                    "fallback": None,
                    "mode": "extractive",
                }
            ]
        }
    )

    answer: str = Field(description="The answer, with [n] markers tied to citations.")
    answered: bool = Field(description="False when the documents hold no answer (abstention).")
    citations: list[CitationField]
    fallback: str | None = Field(description="Whom to contact, when the assistant abstains.")
    mode: AnswerMode = Field(
        "extractive",
        description="llm: written by the language model; extractive: quoted from the texts.",
    )
    model_ms: float | None = Field(
        None, description="Time spent waiting for the language model, in ms (null when none was asked)."
    )

    @classmethod
    def from_answer(cls, answer: Answer) -> AskResponse:
        return cls(
            answer=answer.text,
            answered=answer.answered,
            citations=answer.citations,
            fallback=answer.fallback,
            mode=answer.mode,
            model_ms=None if answer.model_seconds is None else round(answer.model_seconds * 1000, 1),
        )


class SearchRequest(BaseModel):
    """A search query; ``history`` makes a follow-up query stand on its own."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"query": "UNIMED membership", "k": 3}]},
    )

    query: Text = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    k: int = Field(5, ge=1, le=50, description="How many results, 1 to 50.")
    history: list[Message] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS)

    _check_query = field_validator("query")(_question)

    def turns(self) -> list[Turn]:
        return [m.to_turn() for m in self.history]


class SearchResult(BaseModel):
    rank: int
    chunk_id: str
    document: str
    title: str
    section: str | None
    text: str
    score: float
    page: int | None = None

    @classmethod
    def from_passage(cls, rank: int, passage: Passage) -> SearchResult:
        chunk = passage.chunk
        fields = {"chunk_id": chunk.id, "score": round(passage.score, 6)}
        return cls(
            rank=rank,
            **fields,
            **{k: getattr(chunk, k) for k in ("document", "title", "section", "text", "page")},
        )


class SearchResponse(BaseModel):
    results: list[SearchResult]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready"] = "ready"
    documents: int
    chunks: int
    model: str
    generation: str
    llm: str | None = Field(None, description="provider:model of the language model; null: extractive.")


class DocumentList(BaseModel):
    documents: list[DocumentInfo]


class UploadResult(BaseModel):
    document: DocumentInfo
    ingest: IngestReport


class FeedbackRequest(BaseModel):
    """A visitor's verdict on a streamed answer (its ``answer_id`` comes in the ``done`` event)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"answer_id": "4f1c…", "helpful": True, "comment": "Clear, thanks."}]
        },
    )

    answer_id: Text = Field(min_length=1, max_length=64)
    helpful: bool
    comment: Text | None = Field(None, max_length=1000, description="Optional, up to 1,000 characters.")


class FeedbackResponse(BaseModel):
    status: Literal["recorded"] = "recorded"
    id: int


# The staff console's data (the /v1/admin question log, activity, feedback and gaps endpoints)


class QuestionList(BaseModel):
    questions: list[Asked]


class Activity(BaseModel):
    days: list[Day] = Field(description="One entry per day (UTC), oldest first, days without questions too.")


class DislikedAnswer(BaseModel):
    question: str
    answer: str
    answered: bool
    citations: list[dict[str, Any]] = Field(description="The answer's sources, as the stream sent them.")
    comment: str | None
    rated_at: str


class DocumentRating(BaseModel):
    document: str
    title: str | None
    up: int
    down: int


class FeedbackSummary(BaseModel):
    disliked: list[DislikedAnswer] = Field(description="Answers rated 👎, newest first.")
    documents: list[DocumentRating] = Field(description="👍 and 👎 per cited document, most 👎 first.")


class GapList(BaseModel):
    groups: list[Gap] = Field(description="Topics the documents do not answer, most asked first.")


class Deleted(BaseModel):
    deleted: int = Field(description="How many rows were deleted.")
