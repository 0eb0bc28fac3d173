"""File formats → a title guess and sections (heading, paragraphs, page), with well-kept parsers."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
# Elements that hold navigation and boilerplate rather than a page's content.
_HTML_BOILERPLATE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template")
_HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dd", "dt", "blockquote", "pre")


class FormatError(Exception):
    """A file that its format's parser cannot read; the message says why."""


@dataclass(frozen=True)
class Section:
    """A run of paragraphs under one heading (or on one PDF page)."""

    heading: str | None
    paragraphs: tuple[str, ...]
    page: int | None = None


@dataclass(frozen=True)
class Parsed:
    title: str | None
    sections: tuple[Section, ...]


def _clean_inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    return " ".join(text.split())


class _SectionBuilder:
    """Collects headings and paragraphs in reading order into sections."""

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.heading: str | None = None
        self.paragraphs: list[str] = []
        self.first_heading: str | None = None

    def add_heading(self, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        self.flush()
        self.heading = text
        self.first_heading = self.first_heading or text

    def add_paragraph(self, text: str) -> None:
        text = " ".join(text.split())
        if text:
            self.paragraphs.append(text)

    def flush(self) -> None:
        if self.paragraphs:
            self.sections.append(Section(self.heading, tuple(self.paragraphs)))
        self.paragraphs = []

    def result(self, title: str | None = None) -> Parsed:
        self.flush()
        return Parsed(title=title or self.first_heading, sections=tuple(self.sections))


def parse_markdown(text: str) -> Parsed:
    """Sections at ``#`` headings, paragraphs at blank lines; inline Markdown is stripped."""
    builder = _SectionBuilder()
    current: list[str] = []
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match or not line.strip():
            builder.add_paragraph(_clean_inline(" ".join(current)))
            current = []
            if match:
                builder.add_heading(_clean_inline(match.group(2)))
        else:
            current.append(line.strip())
    builder.add_paragraph(_clean_inline(" ".join(current)))
    return builder.result()


def parse_text(text: str) -> Parsed:
    """Plain text: paragraphs at blank lines, no headings."""
    builder = _SectionBuilder()
    for block in re.split(r"\n\s*\n", text):
        builder.add_paragraph(block)
    return builder.result()


def parse_html(data: bytes) -> Parsed:
    """The page's main content: ``<main>``/``<article>`` when present, navigation and chrome dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for element in soup.find_all(_HTML_BOILERPLATE):
        element.decompose()
    for element in soup.select(
        '[role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]'
    ):
        element.decompose()
    root = soup.find("main") or soup.select_one('[role="main"]') or soup.find("article") or soup.body or soup
    builder = _SectionBuilder()
    for element in root.find_all(_HTML_BLOCKS):
        if element.find_parent(_HTML_BLOCKS):
            continue  # a <p> inside an <li> is read with its parent
        text = element.get_text(" ", strip=True)
        if element.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            builder.add_heading(text)
        else:
            builder.add_paragraph(text)
    h1 = root.find("h1")
    return builder.result(title=(h1.get_text(" ", strip=True) if h1 else None) or title)


def parse_pdf(data: bytes) -> Parsed:
    """Text per page; each page is a section carrying its page number."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise FormatError(f"not a readable PDF ({exc})") from exc
    sections = []
    for number, text in enumerate(pages, start=1):
        # Lines of a PDF page are layout, not sentences: rejoin words split by a hyphen at a line end.
        text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
        paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())
        if paragraphs:
            sections.append(Section(heading=None, paragraphs=paragraphs, page=number))
    if not sections:
        raise FormatError("PDF has no extractable text (scanned pages need OCR first)")
    return Parsed(title=str(title) if title else None, sections=tuple(sections))


def parse_docx(data: bytes) -> Parsed:
    """Word headings (``Heading N``, ``Title``) become sections; tables are read row by row."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise FormatError(f"not a readable Word document ({exc})") from exc
    except Exception as exc:  # a damaged zip surfaces as zipfile.BadZipFile and others
        raise FormatError(f"not a readable Word document ({exc})") from exc
    builder = _SectionBuilder()
    title = document.core_properties.title or None
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style == "Title":
            title = title or paragraph.text.strip() or None
            builder.add_heading(paragraph.text)
        elif style.startswith("Heading"):
            builder.add_heading(paragraph.text)
        else:
            builder.add_paragraph(paragraph.text)
    for table in document.tables:
        for row in table.rows:
            builder.add_paragraph(" | ".join(cell.text.strip() for cell in row.cells))
    return builder.result(title=title)


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
