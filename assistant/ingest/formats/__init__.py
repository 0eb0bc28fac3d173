"""File formats → a title guess and sections of blocks (paragraphs, lists, tables), one parser each."""

from __future__ import annotations

from collections.abc import Callable

from assistant.ingest.formats.docx import parse_docx
from assistant.ingest.formats.html import parse_html
from assistant.ingest.formats.markdown import parse_markdown, parse_text
from assistant.ingest.formats.pdf import parse_pdf
from assistant.ingest.formats.structure import Block, FormatError, Parsed, Section

__all__ = [
    "FORMATS",
    "PARSERS",
    "Block",
    "FormatError",
    "Parsed",
    "Section",
    "decode_text",
    "parse_docx",
    "parse_html",
    "parse_markdown",
    "parse_pdf",
    "parse_text",
]


def decode_text(data: bytes) -> str:
    """UTF-8 text of a file, or FormatError for binary or undecodable bytes."""
    if b"\x00" in data:
        raise FormatError("file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"not valid UTF-8 text ({exc.reason} at byte {exc.start})") from exc


PARSERS: dict[str, Callable[[bytes], Parsed]] = {
    ".md": lambda data: parse_markdown(decode_text(data)),
    ".markdown": lambda data: parse_markdown(decode_text(data)),
    ".txt": lambda data: parse_text(decode_text(data)),
    ".html": parse_html,
    ".htm": parse_html,
    ".pdf": parse_pdf,
    ".docx": parse_docx,
}
FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html", ".htm": "html",
           ".pdf": "pdf", ".docx": "docx"}  # fmt: skip
