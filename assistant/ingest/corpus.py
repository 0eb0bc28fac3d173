"""Reading the corpus folder into documents with their metadata.

Every supported file is one document. Metadata comes from Markdown front matter or, for any
format, from an optional sidecar ``NAME.meta.yaml`` (``guide.pdf`` → ``guide.pdf.meta.yaml`` or
``guide.meta.yaml``): ``title``, ``url``, ``audience``, ``language``, ``valid_until``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.expiry import is_expired
from assistant.ingest.formats import (
    FORMATS,
    PARSERS,
    FormatError,
    Parsed,
    Section,
    decode_text,
    parse_markdown,
)
from assistant.institutions import about

SUPPORTED_SUFFIXES = tuple(FORMATS)
SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# libyaml's safe loader when available: ten times faster than the pure-Python one on front matter.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DocumentError(Exception):
    """A corpus file that cannot be read as a document; the message says why."""


@dataclass(frozen=True)
class Document:
    """One institutional text: its sections and its metadata."""

    path: str  # relative to the corpus folder, with forward slashes
    title: str
    sections: tuple[Section, ...]
    format: str = "markdown"
    audience: str = "all"
    language: str = "en"
    url: str | None = None
    valid_until: dt.date | None = None
    sha256: str = ""
    institution: str | None = None  # another institution the text is about (None: the university's own)

    def expired(self, today: dt.date | None = None) -> bool:
        return is_expired(self.valid_until, today)


@dataclass(frozen=True)
class SourceFile:
    """A corpus file found by a scan, hashed together with its sidecar, not parsed yet."""

    path: str
    file: Path
    sidecar: Path | None
    sha256: str
    size: int
    modified: float


@dataclass
class CorpusScan:
    sources: list[SourceFile] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class CorpusLoad:
    """What reading a corpus folder produced: documents, and the files that failed with why."""

    documents: list[Document] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIXES)


def sidecar_of(path: Path) -> Path | None:
    for candidate in (path.parent / (path.name + s) for s in SIDECAR_SUFFIXES):
        if candidate.is_file():
            return candidate
    for candidate in (path.with_suffix(s) for s in SIDECAR_SUFFIXES):
        if candidate.is_file():
            return candidate
    return None


def unsupported_reason(name: str) -> str | None:
    """Why a file name cannot be a document, or None when its type is supported."""
    suffix = Path(name).suffix.lower()
    if suffix in FORMATS:
        return None
    listed = ", ".join(sorted(FORMATS))
    return f"unsupported file type '{suffix or name}' (supported: {listed})"


def scan_corpus(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> CorpusScan:
    """Every candidate document under ``root`` in path order, hashed; unusable files are failures."""
    if not root.is_dir():
        raise FileNotFoundError(f"corpus folder {root} does not exist")
    scan = CorpusScan()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(root).parts) or is_sidecar(path):
            continue
        reason = unsupported_reason(path.name)
        if reason:
            scan.failures.append((rel, reason))
            continue
        stat = path.stat()
        if stat.st_size > max_bytes:
            scan.failures.append((rel, f"file is larger than the {max_bytes / 1e6:.0f} MB limit"))
            continue
        scan.sources.append(scan_one(path, root))
    return scan


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---"):
        return {}, text
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return _front_matter(lines[1:i]), "".join(lines[i + 1 :])
    raise DocumentError("front matter opened with '---' is never closed")


_FLAT_FIELD = re.compile(r"([A-Za-z_][\w-]*):[ \t]+(.*)")


def _front_matter(lines: list[str]) -> dict[str, Any]:
    """The front matter's fields. A title with a colon ("title: Crises abroad: what to do") is
    not valid YAML, but is what people write: flat ``key: value`` lines are read as such rather
    than losing the document."""
    return _fields("".join(lines), "front matter")


def _fields(text: str, where: str) -> dict[str, Any]:
    """A YAML mapping of metadata; failing YAML, flat ``key: value`` lines, each value taken
    whole, without the quotes around it (a title quoting a name inside its own quotes)."""
    try:
        return _mapping(yaml.load(text, Loader=_YAML_LOADER), where)
    except yaml.YAMLError:
        lines = [
            line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
        ]
        fields = [_FLAT_FIELD.fullmatch(line) for line in lines]
        if not fields or not all(fields):
            raise
        return {m.group(1): _unquoted(m.group(2).strip()) for m in fields if m}


def _unquoted(value: str) -> str:
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DocumentError(f"{where} is not a YAML mapping")
    return value


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise DocumentError(f"valid_until {value!r} is not a date (use YYYY-MM-DD)") from exc


def parse_source(data: bytes, suffix: str) -> tuple[dict[str, Any], Parsed]:
    """Parse a file's bytes by its suffix: (metadata found in the file, sections)."""
    if not data.strip():
        raise DocumentError("file is empty")
    try:
        if suffix in (".md", ".markdown"):
            meta, body = _split_front_matter(decode_text(data))
            return meta, parse_markdown(body)
        return {}, PARSERS[suffix](data)
    except FormatError as exc:
        raise DocumentError(str(exc)) from exc
    except yaml.YAMLError as exc:
        raise DocumentError(f"front matter is not valid YAML: {exc}") from exc


def _text(parsed: Parsed) -> str:
    return "\n".join(t for s in parsed.sections for t in (s.heading or "", *s.paragraphs))


def read_document(source: SourceFile) -> Document:
    """Parse one corpus file; raises DocumentError with a reason a person can act on."""
    suffix = source.file.suffix.lower()
    meta, parsed = parse_source(source.file.read_bytes(), suffix)
    if source.sidecar is not None:
        try:
            sidecar = _fields(source.sidecar.read_text(encoding="utf-8"), f"sidecar {source.sidecar.name}")
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise DocumentError(f"sidecar {source.sidecar.name} is not valid YAML: {exc}") from exc
        meta = {**meta, **sidecar}
    if not parsed.sections:
        raise DocumentError("document has no text")
    title = str(meta.get("title") or parsed.title or source.file.stem.replace("-", " ").strip())
    url = meta.get("url")
    return Document(
        path=source.path,
        title=title,
        sections=parsed.sections,
        format=FORMATS[suffix],
        audience=str(meta.get("audience", "all")),
        language=str(meta.get("language", "en")),
        url=str(url) if url else None,
        valid_until=_date(meta.get("valid_until")),
        sha256=source.sha256,
        institution=(
            str(meta["institution"])
            if meta.get("institution")
            else about(title, _text(parsed), str(url) if url else None)
        ),
    )


def scan_one(path: Path, root: Path) -> SourceFile:
    sidecar = sidecar_of(path)
    digest = hashlib.sha256(path.read_bytes())
    if sidecar is not None:
        digest.update(b"\x00sidecar\x00" + sidecar.read_bytes())
    stat = path.stat()
    return SourceFile(
        path.relative_to(root).as_posix(), path, sidecar, digest.hexdigest(), stat.st_size, stat.st_mtime
    )


def load_corpus(root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> CorpusLoad:
    """Every document under ``root``, in path order; unreadable files are reported, not fatal."""
    scan = scan_corpus(root, max_bytes)
    result = CorpusLoad(failures=list(scan.failures))
    for source in scan.sources:
        try:
            result.documents.append(read_document(source))
        except (DocumentError, OSError) as exc:
            result.failures.append((source.path, str(exc)))
    result.failures.sort()
    return result
