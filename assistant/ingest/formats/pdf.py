"""PDF: text per page rebuilt into headings, paragraphs and lists; running headers and footers dropped."""

from __future__ import annotations

import io
import math
import re
from collections import Counter

from assistant.ingest.formats.structure import FormatError, OpenBlock, Parsed, SectionBuilder

_ITEM = re.compile(r"^(?:[-•▪◦–*]|(?:step\s+)?\d{1,2}[.)])\s+(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^[-•▪◦–*]\s")
_NUMBERED = re.compile(r"^(?:step\s+)?(\d{1,2})[.)]\s", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of|sur)\s*\d{1,4})?$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?;:,)]$")
# Table rows and wrapped cells look like short lines too: amounts, commas, a closing number.
_TABLE_LIKE = re.compile(r"[€$£%]|,|\d$")
# Lines at the top and bottom of a page that may be a running header or footer.
_EDGE_LINES = 2


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of the lines repeated at the top or bottom of most pages ("… – page 2 of 3")."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_key(line) for line in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]})
    needed = max(2, math.ceil(len(pages) / 2))
    return {key for key, count in seen.items() if count >= needed}


def _is_heading(line: str, following: str | None) -> bool:
    """A short line without closing punctuation, before a line that starts a new sentence."""
    return (
        len(line) <= 60
        and not _ENDS_SENTENCE.search(line)
        and not _TABLE_LIKE.search(line)
        and not _BULLET.match(line)
        and (line[0].isupper() or line[0].isdigit())
        and (
            following is None
            or following[:1].isupper()
            or following[:1].isdigit()
            or bool(_BULLET.match(following))
        )
    )


class _Page(OpenBlock):
    """Reads one page's lines into the builder: headings, then paragraphs or list items."""

    def read(self, lines: list[str]) -> None:
        for i, line in enumerate(lines):
            following = lines[i + 1] if i + 1 < len(lines) else None
            item = _ITEM.match(line)
            if item and self._wraps_onto(line):
                item = None
            # "3. After your return" heads a section unless it continues a numbered list.
            continues = bool(item and self.items and self.ordered == (not _BULLET.match(line)))
            if _is_heading(line, following) and not continues:
                self.close()
                self.builder.add_heading(line)
            elif item:
                if not self.items:
                    self.close()
                    self.ordered = not _BULLET.match(line)
                self.items.append(item.group(1))
            elif self.items and not (_ENDS_SENTENCE.search(self.items[-1]) and line[:1].isupper()):
                self.items[-1] += " " + line  # the item wraps onto this line
            else:
                if self.items:
                    self.close()
                self.paragraph.append(line)
        self.close()

    def _wraps_onto(self, line: str) -> bool:
        """Whether a line that looks like item "18." is the rest of a sentence cut by the layout
        ("…: skills@umontpellier.fr, +33 4 65 81 52" / "18. Maison des Étudiants"): a numbered
        list starts at 1, and the paragraph before has not ended its sentence."""
        number = _NUMBERED.match(line)
        return bool(
            number
            and int(number.group(1)) != 1
            and not self.items
            and self.paragraph
            and not _ENDS_SENTENCE.search(self.paragraph[-1])
        )


def parse_pdf(data: bytes) -> Parsed:
    """Sections at the headings of the text, each with its page; headers and footers left out."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        texts = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise FormatError(f"not a readable PDF ({exc})") from exc
    # Lines of a PDF page are layout, not sentences: rejoin words split by a hyphen at a line end.
    pages = [
        [
            " ".join(line.split())
            for line in re.sub(r"(\w)-\n(\w)", r"\1\2", text).splitlines()
            if line.strip()
        ]
        for text in texts
    ]
    running = running_lines(pages)
    builder = SectionBuilder()
    for number, lines in enumerate(pages, start=1):
        builder.new_page(number)
        kept = [line for line in lines if _key(line) not in running and not _PAGE_NUMBER.match(line)]
        _Page(builder).read(kept)
    parsed = builder.result()
    if not parsed.sections:
        raise FormatError("PDF has no extractable text (scanned pages need OCR first)")
    return Parsed(title=str(title) if title else parsed.title, sections=parsed.sections)
