"""Markdown (and plain text): headings, paragraphs, lists and tables, inline markup stripped."""

from __future__ import annotations

import re

from assistant.ingest.formats.structure import OpenBlock, Parsed, SectionBuilder

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
# "- item", "* item", "1. item", "2) item", and in plain text also "Step 3. item" and "• item".
_ITEM = re.compile(r"^\s*(?:[-*+•▪◦–]|(?:step\s+)?\d{1,2}[.):])\s+(.*)$", re.IGNORECASE)
_ORDERED = re.compile(r"^\s*(?:step\s+)?\d", re.IGNORECASE)
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def clean_inline(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def _cells(line: str) -> list[str]:
    return [clean_inline(c) for c in line.strip().strip("|").split("|")]


class _Reader(OpenBlock):
    """Line by line: a paragraph, list or table is open until a blank line or another kind starts."""

    def __init__(self, builder: SectionBuilder) -> None:
        super().__init__(builder, clean_inline)

    def line(self, line: str, *, blank_before: bool) -> None:
        item = _ITEM.match(line)
        if _TABLE_ROW.match(line):
            if not self.rows:
                self.close()
            if not _TABLE_RULE.match(line):
                self.rows.append(_cells(line))
        elif item:
            if not self.items:
                self.close()
                self.ordered = bool(_ORDERED.match(line))
            self.items.append(item.group(1))
        elif self.items and not blank_before:
            self.items[-1] += " " + line.strip()  # a wrapped item goes on
        else:
            if self.items or self.rows:
                self.close()
            self.paragraph.append(line.strip())


def parse_markdown(text: str) -> Parsed:
    """Sections at ``#`` headings; lists and tables kept whole, with the paragraph that leads in."""
    builder = SectionBuilder()
    reader = _Reader(builder)
    blank = False
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            reader.close()
            builder.add_heading(clean_inline(heading.group(2)))
        elif not line.strip():
            if reader.paragraph:
                reader.close()
            blank = True
            continue
        else:
            # A blank line ends a paragraph; a list or table may go on after one.
            if blank and not (_ITEM.match(line) and reader.items):
                reader.close()
            reader.line(line, blank_before=blank)
        blank = False
    reader.close()
    return builder.result()


def _is_heading(block: str) -> bool:
    """A short line of its own without closing punctuation ("3. EMERGENCY PROCEDURE", "Minimum
    funding requirement") heads the text that follows."""
    if "\n" in block or sum(c.isalpha() for c in block) < 3:
        return False
    if _is_capitals(block):
        return True
    if len(block) > 80:
        return False
    return not block.endswith((".", "!", "?", ";", ",", ":")) and not _ITEM.match(block)


def _is_capitals(line: str) -> bool:
    """A line in capitals, at most as long as a long title: a heading, whatever follows it."""
    line = line.strip()
    return len(line) <= 120 and sum(c.isalpha() for c in line) >= 3 and line.upper() == line


def parse_text(text: str) -> Parsed:
    """Plain text: paragraphs at blank lines, capitalised lines as headings, marked lines as lists."""
    builder = SectionBuilder()
    headed = False
    for block in _labelled_lists(re.split(r"\n\s*\n", text)):
        block = block.strip()
        if not block:
            continue
        first, _, rest = block.partition("\n")
        if rest and _is_capitals(first):
            # A title in capitals over its first lines ("CHECKLIST FOR EXCHANGE STUDENTS" over
            # the office's name) heads them; it is no sentence of theirs.
            builder.add_heading(first.rstrip(":").strip())
            headed, block = True, rest.strip()
            if "\n" not in block and len(block) <= 120 and not block.endswith((".", "!", "?", ";", ":")):
                builder.add_heading(block)  # the office's line under the title: whose page it is
                continue
        if _is_heading(block):
            builder.add_heading(block.rstrip(":").strip())
            headed = True
            continue
        reader = _Reader(builder)
        lines = block.splitlines()
        marked = sum(1 for line in lines if _ITEM.match(line))
        start = _unmarked_items(lines, headed) if marked < 2 else None
        headed = False
        for i, line in enumerate(lines):
            if start is not None and i >= start:
                reader.line(f"- {line.strip()}", blank_before=False)
            elif marked >= 2 or not _ITEM.match(line):
                reader.line(line, blank_before=False)
            else:
                reader.paragraph.append(line.strip())
        reader.close()
    return builder.result()


# "Red zone ("formellement déconseillé"): no mobility may take place…": a paragraph that opens
# with a short label and a colon, as the items of a list without markers do.
_LABELLED = re.compile(r"^[^\s:.!?][^:.!?\n]{0,60}:\s+\S")


def _labelled_lists(blocks: list[str]) -> list[str]:
    """A paragraph ending in a colon ("The university applies the following policy:") and the
    paragraphs after it that each open with a label ("Red zone: ...", "Orange zone: ..."), two or
    more, are one list under its lead-in, though blank lines part them."""
    merged: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i].strip()
        j = i + 1
        while j < len(blocks) and _LABELLED.match(blocks[j].strip()):
            j += 1
        if block.endswith(":") and j - i > 2 and not _is_heading(block):
            items = ["- " + " ".join(b.split()) for b in blocks[i + 1 : j]]
            merged.append("\n".join([block, *items]))
            i = j
        elif block.endswith(":") and not _is_heading(block) and _unsentenced_lines(blocks[i + 1 : i + 2]):
            # "The club has six workshops:", a blank line, then one item a line, none a sentence.
            items = ["- " + line.strip() for line in blocks[i + 1].strip().splitlines()]
            merged.append("\n".join([block, *items]))
            i += 2
        else:
            merged.append(blocks[i])
            i += 1
    return merged


def _unsentenced_lines(blocks: list[str]) -> bool:
    """Whether the one block given is two or more lines, none closing a sentence: the items of a
    list without markers, whose lead-in a blank line parts from them."""
    lines = [line.strip() for line in blocks[0].strip().splitlines()] if blocks else []
    return len(lines) >= 2 and all(
        line and len(line) <= UNMARKED_ITEM_CHARS and not line.endswith((".", "!", "?", ":"))
        for line in lines
    )


# An item of a list without markers may run long ("chess club on Wednesday, 18:00-20:00, in
# three groups…, EUR 20 for the year, licence included"); what tells it from a wrapped paragraph
# is that no line closes a sentence.
UNMARKED_ITEM_CHARS = 240


def _unmarked_items(lines: list[str], headed: bool = False) -> int | None:
    """Where a list without markers starts: the lines after one ending in a colon ("prepare these
    documents yourself:"), two or more, none closing a sentence; a wrapped paragraph's last line
    does. Under a heading ("DOCUMENTS TO BRING"), three short lines or more, none closing a
    sentence, are a list from the first. None when the block has no such list."""
    rest = [r.strip() for r in lines]
    if (
        headed
        and len(rest) >= 3
        and all(r and len(r) <= UNMARKED_ITEM_CHARS and not r.endswith((".", "!", "?", ":")) for r in rest)
    ):
        return 0
    for i, line in enumerate(lines[:-2]):
        rest = [r.strip() for r in lines[i + 1 :]]
        if line.rstrip().endswith(":") and all(r and not r.endswith((".", "!", "?")) for r in rest):
            return i + 1
    return None
