"""Document administration: listing, storing, deleting corpus files and re-indexing.

Plain functions that know nothing of HTTP; the API maps their errors to status codes.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.embeddings import Embedder
from assistant.ingest.build import ingest_corpus
from assistant.ingest.corpus import (
    SIDECAR_SUFFIXES,
    DocumentError,
    parse_source,
    sidecar_of,
    unsupported_reason,
)
from assistant.ingest.manifest import DocumentStatus, ManifestEntry
from assistant.ingest.report import IngestReport
from assistant.settings import Settings


class AdminError(Exception):
    """A request the administration cannot carry out; ``kind`` says which HTTP error it is."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "bad_name" | "unsupported" | "too_large" | "unreadable" | "not_found"


class DocumentInfo(BaseModel):
    """One corpus file as the serving index knows it."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Path of the document in the corpus folder; use it to delete.")
    title: str | None
    format: str | None
    size: int | None = Field(description="Size in bytes.")
    chunks: int
    status: DocumentStatus
    error: str | None
    updated_at: str | None
    valid_until: str | None

    @classmethod
    def of(cls, path: str, entry: ManifestEntry) -> DocumentInfo:
        return cls(
            id=path,
            title=entry.title,
            format=entry.format,
            size=entry.size,
            chunks=len(entry.chunk_ids),
            status=entry.status,
            error=entry.error,
            updated_at=dt.datetime.fromtimestamp(entry.modified, dt.UTC).isoformat(timespec="seconds")
            if entry.modified
            else None,
            valid_until=entry.valid_until,
        )


def list_documents(manifest: Mapping[str, ManifestEntry | Mapping[str, Any]]) -> list[DocumentInfo]:
    """The documents of a generation's manifest, typed or as ``Index.manifest`` holds it, by path."""
    return [document_info(path, entry) for path, entry in sorted(manifest.items())]


def document_info(path: str, entry: ManifestEntry | Mapping[str, Any]) -> DocumentInfo:
    """One document of a manifest; a stored (JSON) entry is read into a typed one first."""
    if not isinstance(entry, ManifestEntry):
        entry = ManifestEntry.from_json(entry)
    return DocumentInfo.of(path, entry)


def check_name(filename: str | None) -> str:
    """A plain file name for the corpus folder, or AdminError: no folders, no hidden files."""
    name = (filename or "").strip()
    if (
        not name
        or "/" in name
        or "\\" in name
        or "\x00" in name
        or name.startswith(".")
        or PurePosixPath(name).name != name
    ):
        raise AdminError("bad_name", f"filename {filename!r} must be a plain file name, without folders")
    if name.endswith(SIDECAR_SUFFIXES):
        raise AdminError("unsupported", "metadata sidecars are not documents: upload the document itself")
    reason = unsupported_reason(name)
    if reason:
        raise AdminError("unsupported", reason)
    return name


def check_document(filename: str | None, data: bytes, max_bytes: int) -> str:
    """The name an upload is stored under, once it is known to be a document the corpus can read;
    AdminError otherwise."""
    name = check_name(filename)
    if len(data) > max_bytes:
        raise AdminError("too_large", f"file is larger than the {max_bytes / 1e6:.0f} MB limit")
    try:
        parse_source(data, Path(name).suffix.lower())
    except DocumentError as exc:
        raise AdminError("unreadable", f"{name}: {exc}") from exc
    return name


def write_document(corpus_dir: Path, name: str, data: bytes) -> bool:
    """Store a checked document in the corpus folder; whether it replaced one."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    target = corpus_dir / name
    existed = target.exists()
    # Written under a hidden name (scans skip it) and renamed: an ingest never sees half a file.
    handle, tmp = tempfile.mkstemp(prefix=".upload-", dir=corpus_dir)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return existed


def delete_document(corpus_dir: Path, document_id: str) -> None:
    """Remove a document (and its sidecar) from the corpus folder."""
    check_id(document_id)
    root = corpus_dir.resolve()
    target = (root / document_id).resolve()
    if root not in target.parents or not target.is_file() or unsupported_reason(target.name):
        raise AdminError("not_found", f"no document {document_id!r} in the corpus")
    sidecar = sidecar_of(target)
    target.unlink()
    if sidecar is not None:
        sidecar.unlink(missing_ok=True)


# A path of the corpus folder is a few names of at most NAME_MAX bytes each.
MAX_ID_CHARS = 1024
MAX_NAME_BYTES = 255


def check_id(document_id: str) -> str:
    """A document id that can name a file of the corpus folder, or AdminError: no NUL, no name
    longer than a file system takes, no way up and out of the folder."""
    names = document_id.split("/")
    if (
        not document_id
        or len(document_id) > MAX_ID_CHARS
        or "\x00" in document_id
        or document_id.startswith("/")
        or any(
            name in ("", ".", "..") or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES
            for name in names
        )
    ):
        raise AdminError("bad_name", f"{document_id[:80]!r} is not the id of a corpus document")
    return document_id


def _bytes(name: str) -> int:
    return len(name.encode("utf-8", "surrogatepass"))


def reindex(
    settings: Settings,
    embedder: Embedder,
    lock_wait: float = 300.0,
    change: Callable[[], None] | None = None,
) -> IngestReport:
    """An incremental ingest of the configured corpus, waiting for a running one to finish;
    ``change`` (storing or deleting a document) is made under the same writer lock."""
    return ingest_corpus(settings, embedder, lock_wait=lock_wait, change=change)
