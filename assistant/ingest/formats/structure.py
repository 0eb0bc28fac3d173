"""What every format parser produces: sections of blocks, where a list or a table stays one unit."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from assistant.domain import CELLS

BlockKind = Literal["text", "list", "steps", "table"]
# A lead-in announces what follows ("The procedure is as follows:", "complete the following steps
# in this order."); it stays with its list.
_LEAD_IN = re.compile(
    r"[:：]\s*$|\b(following|as follows|below|these steps|this order|the steps)\b[^.!?]{0,40}[.!?]?\s*$",
    re.IGNORECASE,
)


class FormatError(Exception):
    """A file that its format's parser cannot read; the message says why."""


@dataclass(frozen=True)
class Block:
    """A paragraph; or a list (``steps`` when numbered) or table kept whole: lead-in, then items."""

    text: str  # the paragraph, or the lead-in of a list or table ("" when it has none)
    items: tuple[str, ...] = ()  # list items or table rows, in order
    kind: BlockKind = "text"
    header: str = ""  # a table's header line, read after the lead-in


@dataclass(frozen=True)
class Section:
    """The blocks under one heading (a PDF section also carries its page)."""

    heading: str | None
    blocks: tuple[Block, ...]
    page: int | None = None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The section's text as plain paragraphs: lead-ins and items each on their own."""
        return tuple(p for b in self.blocks for p in (b.text, *b.items) if p)


@dataclass(frozen=True)
class Parsed:
    title: str | None
    sections: tuple[Section, ...]


def squash(text: str) -> str:
    return " ".join(text.split())


def table_rows(rows: list[list[str]]) -> tuple[str, tuple[str, ...]]:
    """A table's header line and its rows, each cells joined by ``CELLS`` as the source shows them: a
    quoted row is the document's own text, and the header leads in to every part of the table."""
    lines = [CELLS.join(squash(c) for c in row if c.strip()) for row in rows if any(c.strip() for c in row)]
    if len(lines) < 2:
        return "", tuple(lines)
    return lines[0], tuple(lines[1:])


class SectionBuilder:
    """Collects headings, paragraphs, lists and tables in reading order into sections."""

    def __init__(self, page: int | None = None) -> None:
        self.sections: list[Section] = []
        self.heading: str | None = None
        self.blocks: list[Block] = []
        self.first_heading: str | None = None
        self.page = page

    def add_heading(self, text: str) -> None:
        text = squash(text)
        if not text:
            return
        self.flush()
        self.heading = text
        self.first_heading = self.first_heading or text

    def add_paragraph(self, text: str) -> None:
        text = squash(text)
        if text:
            self.blocks.append(Block(text))

    def add_list(self, items: list[str], *, ordered: bool) -> None:
        items = [squash(i) for i in items if i.strip()]
        if not items:
            return
        self.blocks.append(Block(self._lead_in(), tuple(items), "steps" if ordered else "list"))

    def add_table(self, rows: list[list[str]]) -> None:
        header, items = table_rows(rows)
        if items:
            self.blocks.append(Block(self._lead_in(), items, "table", header))

    def _lead_in(self) -> str:
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind == "text" and _LEAD_IN.search(last.text[-160:]):
            return self.blocks.pop().text
        return ""

    def new_page(self, page: int) -> None:
        """Later blocks are on ``page``; the heading carries over to it."""
        self.flush()
        self.page = page

    def flush(self) -> None:
        if self.blocks:
            self.sections.append(Section(self.heading, tuple(self.blocks), self.page))
        self.blocks = []

    def result(self, title: str | None = None) -> Parsed:
        self.flush()
        return Parsed(title=title or self.first_heading, sections=tuple(self.sections))


class OpenBlock:
    """The paragraph, list or table a line-by-line reader is filling, until ``close`` adds it."""

    def __init__(self, builder: SectionBuilder, clean: Callable[[str], str] = squash) -> None:
        self.builder = builder
        self.clean = clean
        self.paragraph: list[str] = []
        self.items: list[str] = []
        self.ordered = False
        self.rows: list[list[str]] = []

    def close(self) -> None:
        self.builder.add_paragraph(self.clean(" ".join(self.paragraph)))
        self.builder.add_list([self.clean(i) for i in self.items], ordered=self.ordered)
        self.builder.add_table(self.rows)
        self.paragraph, self.items, self.rows = [], [], []
