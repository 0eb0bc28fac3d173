"""What one ingest run did: the summary ``assistant ingest --json`` prints and the admin API returns."""

from __future__ import annotations

from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    computed_field,
    field_serializer,
    model_serializer,
    model_validator,
)
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12


class FailedFile(TypedDict):
    path: str
    error: str


class IngestReport(BaseModel):
    """What an ingest run did, documents counted by what happened to them; ``assistant ingest --json``."""

    # The response schema lists every field as always present, as the JSON always has them.
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    expired: list[str] = Field(default_factory=list)  # past valid_until; the JSON has their count
    failed: list[FailedFile] = Field(default_factory=list)
    chunks_embedded: int = 0
    documents: int = 0  # documents indexed (served) after the run
    chunks: int = 0
    seconds: float = 0.0
    generation: str = ""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def expired_documents(self) -> list[str]:
        return self.expired

    @field_serializer("expired")
    def _count(self, expired: list[str]) -> int:
        return len(expired)

    @field_serializer("seconds")
    def _milliseconds(self, seconds: float) -> float:
        return round(seconds, 3)

    # No return annotation on purpose: pydantic would take it for the response schema and lose
    # the fields'. This only puts expired_documents next to expired, where the JSON always had it.
    @model_serializer(mode="wrap")
    def _in_order(self, handler: SerializerFunctionWrapHandler):  # type: ignore[no-untyped-def]
        data: dict[str, Any] = handler(self)
        if "expired" not in data or "expired_documents" not in data:
            return data
        listed = data.pop("expired_documents")
        ordered: dict[str, Any] = {}
        for key, value in data.items():
            ordered[key] = value
            if key == "expired":
                ordered["expired_documents"] = listed
        return ordered

    @model_validator(mode="before")
    @classmethod
    def _from_json(cls, data: Any) -> Any:
        # The JSON form counts the expired documents and lists them in expired_documents.
        if isinstance(data, dict) and "expired_documents" in data:
            data = {**data, "expired": data["expired_documents"]}
            del data["expired_documents"]
        return data

    def as_dict(self) -> dict[str, Any]:
        """The JSON form, as a dict."""
        return self.model_dump(mode="json")
