"""The manifest of a generation: one typed entry per corpus file, and its JSON form on disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from assistant.expiry import is_expired
from assistant.ingest.chunking import READER_VERSION
from assistant.ingest.corpus import Document, SourceFile
from assistant.store.layout import read_manifest_json


class DocumentStatus(StrEnum):
    INDEXED = "indexed"
    EXPIRED = "expired"  # past its valid_until date: known, not served
    FAILED = "failed"  # unreadable: its previous chunks may still be served (``kept``)


@dataclass(frozen=True)
class ManifestEntry:
    """What a generation knows of one corpus file: its hash, metadata, status and chunk ids."""

    status: DocumentStatus
    sha256: str | None = None  # None for a file refused before it was hashed
    size: int | None = None
    modified: float | None = None
    title: str | None = None
    format: str | None = None
    valid_until: str | None = None
    error: str | None = None
    chunk_ids: tuple[str, ...] = ()
    kept: bool = False  # failed, but the chunks of its last good version are still served
    reader: int = 0  # the READER_VERSION that made its chunks (0: before versions were kept)
    initials: tuple[str, ...] = ()  # the acronyms its chunks spell out (``chunking.spelled_out``)

    @property
    def serves(self) -> bool:
        """Whether this file's chunks are in the index (indexed, or kept after a failed update)."""
        return self.status == DocumentStatus.INDEXED or self.kept

    def expired(self, today: dt.date | None = None) -> bool:
        return is_expired(self.valid_until, today)

    @classmethod
    def of(
        cls,
        source: SourceFile,
        document: Document,
        status: DocumentStatus,
        chunk_ids: tuple[str, ...] = (),
        initials: tuple[str, ...] = (),
    ) -> ManifestEntry:
        """A file read afresh."""
        return cls(
            status=status,
            sha256=source.sha256,
            size=source.size,
            modified=source.modified,
            title=document.title,
            format=document.format,
            valid_until=document.valid_until.isoformat() if document.valid_until else None,
            chunk_ids=chunk_ids,
            reader=READER_VERSION,
            initials=initials,
        )

    def failed(self, error: str, kept: bool, source: SourceFile | None = None) -> ManifestEntry:
        """This entry after its file failed; a hashed ``source`` updates the file's identity."""
        entry = self
        if source is not None:
            entry = replace(self, sha256=source.sha256, size=source.size, modified=source.modified)
        return replace(
            entry,
            status=DocumentStatus.FAILED,
            error=error,
            kept=kept,
            chunk_ids=self.chunk_ids if kept else (),
            initials=self.initials if kept else (),
        )

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ManifestEntry:
        return cls(
            status=DocumentStatus(data["status"]),
            sha256=data.get("sha256"),
            size=data.get("size"),
            modified=data.get("modified"),
            title=data.get("title"),
            format=data.get("format"),
            valid_until=data.get("valid_until"),
            error=data.get("error"),
            chunk_ids=tuple(data.get("chunk_ids") or ()),
            kept=bool(data.get("kept")),
            reader=int(data.get("reader") or 0),
            initials=tuple(str(data.get("initials") or "").split()),
        )

    def to_json(self) -> dict[str, Any]:
        # The shape manifests have always had: no file identity for a file refused before it was
        # hashed, and ``kept`` on failed entries only.
        data: dict[str, Any] = {
            "status": self.status.value,
            "title": self.title,
            "format": self.format,
            "valid_until": self.valid_until,
            "error": self.error,
            "chunk_ids": list(self.chunk_ids),
        }
        for key, value in (("sha256", self.sha256), ("size", self.size), ("modified", self.modified)):
            if value is not None:
                data[key] = value
        if self.status == DocumentStatus.FAILED:
            data["kept"] = self.kept
        if self.reader:
            data["reader"] = self.reader
        if self.initials:
            # One line of the manifest, not one per acronym; ``Index`` reads it as stored.
            data["initials"] = " ".join(self.initials)
        return data


Manifest = dict[str, ManifestEntry]  # by corpus path


def manifest_from_json(data: Mapping[str, Mapping[str, Any]]) -> Manifest:
    return {path: ManifestEntry.from_json(entry) for path, entry in data.items()}


def manifest_to_json(manifest: Manifest) -> dict[str, dict[str, Any]]:
    return {path: entry.to_json() for path, entry in manifest.items()}


def read_manifest(folder: Path) -> Manifest:
    """The typed manifest of the generation in ``folder``."""
    return manifest_from_json(read_manifest_json(folder))
