"""PDF: text per page rebuilt into headings, paragraphs and lists; running headers and footers dropped."""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from itertools import pairwise

from assistant.ingest.formats.structure import FormatError, OpenBlock, Parsed, SectionBuilder

_ITEM = re.compile(r"^(?:[-•▪◦–*]|(?:step\s+)?\d{1,2}[.)])\s+(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^[-•▪◦–*]\s")
_NUMBERED = re.compile(r"^(?:step\s+)?(\d{1,2})[.)]\s", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of|sur)\s*\d{1,4})?$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?;:,)]$")
# Table rows and wrapped cells look like short lines too: amounts, commas, a closing number.
_TABLE_LIKE = re.compile(r"[€$£%]|,|\d$")
# Longest question line read as the heading of the list under it.
_QUESTION_HEADING = 80
# Lines at the top and bottom of a page that may be a running header or footer.
_EDGE_LINES = 2


# In layout text, cells of a table row are set apart by wide gaps; justified prose has 2-3 spaces.
_GAP = re.compile(r"\S(\s{4,})(?=\S)")
# A list marker and its text ("•    text", "2.    text") are one cell, however wide the gap.
_MARKER_GAP = re.compile(r"^(\s*(?:[-•▪◦–*]|\d{1,2}[.)]))\s+")
# Column starts of two rows that differ by at most this many characters are the same column.
_ALIGN = 2
# Share of a justified table's lines that break at its header's column starts; a cell that fills
# its column to the next ("…the     hostoutgoing students") is the exception.
_JUSTIFIED_SHARE = 0.8


def _starts(line: str) -> list[int]:
    """Where each cell of a layout line starts: its first character, and after each wide gap."""
    first = len(line) - len(line.lstrip())
    return [first, *(m.end() for m in _GAP.finditer(line))]


def _column(starts: list[int], at: int) -> int:
    """The column a text starting at ``at`` falls in: the last column starting at or before it."""
    return max([i for i, start in enumerate(starts) if start <= at + _ALIGN] or [0])


def _table(lines: list[str]) -> list[list[str]] | None:
    """A run of layout lines read as a table: a header of two or more cells, then rows aligned
    with it; a line without a gap, or without a first cell, continues the cells above it
    ("Language certificate at B2 level or above, other" / "than French"). None when the run is
    not one."""
    starts = _starts(lines[0])
    if len(starts) < 2:
        return None
    read: list[tuple[list[str], bool]] = []
    justified_tried = False
    for line in lines:
        cells = [""] * len(starts)
        at = _starts(line)
        if len(at) > 1 and not all(any(abs(a - s) <= _ALIGN for s in starts) for a in at):
            # The columns do not line up: prose, another layout, or cells whose text is justified
            # ("preparatory     visit     to     the     host").
            return _justified(lines, starts)
        pieces = re.split(r"\s{4,}", line.strip())
        if not justified_tried and any(
            a + _ALIGN < s < a + len(piece) for a, piece in zip(at, pieces, strict=True) for s in starts
        ):
            # A cell runs over the next column's start: two cells whose justified text closed the
            # gap between them ("…question  on  your  Mutuelle Campus Sud"). Cut at the header's
            # starts if the whole run allows it; that is tried once, whichever line shows it.
            justified_tried = True
            justified = _justified(lines, starts)
            if justified is not None:
                return justified
        for start, piece in zip(at, pieces, strict=True):
            cells[_column(starts, start)] = piece
        # A line that leaves the first column empty wraps the cells of the row above ("Daily" /
        # "allowance" in a header), as a line of one cell does.
        read.append((cells, not (len(at) == 1 or at[0] > starts[0] + _ALIGN)))
    rows = _rows(read)
    return rows if len(rows) >= 3 else None


# A cell line ending in a word that needs what follows ("staff member who", "…per km and per") or
# in a comma is carried on by the next line of its column; a header cell of that one word ("Who")
# is not.
_OPEN_END = re.compile(
    # Lower case: a capital is a name's letter ("building A"), not the article.
    r"\S\s+(?:of|the|a|an|and|or|to|for|per|with|by|in|on|at|from|who|which|that|than|as|into|"
    r"its|their|your|de|du|des|la|le|les|et|ou|à|au|aux|pour|par|en|sur|avec|qui|que)$"
    # "…a stool with foam and fabric," / "and take it home": a comma leaves the cell open too.
    r"|\S,$"
)


def _joined(above: list[str], below: list[str]) -> list[str]:
    return [f"{a} {b}".strip() for a, b in zip(above, below, strict=True)]


def _rows(lines: list[tuple[list[str], bool]]) -> list[list[str]]:
    """Table rows from the cells of each layout line and whether the line opens a row (its first
    cell is filled); a line that does not wraps the row above. A row whose cells are centred
    on its middle line starts with a line that leaves the first column empty: when that line's
    cell is carried on ("receives €0.09 per km and per") and the next line opens a row, it is
    that row's first line, not the end of the row above. A line that opens a row under a cell
    that is carried on ("staff member who" / "carpools often") is that cell's next line, unless
    that cell is the header's ("Registration by" over the dates)."""
    rows: list[list[str]] = []
    previous: list[str] = []
    held: list[str] | None = None
    for n, (cells, opens) in enumerate(lines):
        line = cells
        following = lines[n + 1][1] if n + 1 < len(lines) else False
        carried = any(cell and _OPEN_END.search(cell) for cell in cells)
        # A cell's lines follow each other: text under a line where its column was empty, in a
        # row that already has text there, starts the next row's cell ("fire or smoke" / "" /
        # "a blocked exit, a missing").
        resumed = bool(rows) and any(
            cell and not above and done for cell, above, done in zip(cells, previous, rows[-1], strict=True)
        )
        if rows and not opens and held is None and (carried or resumed) and following:
            held, previous = cells, cells
            continue
        if held is not None:
            cells, held, opens = _joined(held, cells), None, True
        elif (
            len(rows) > 1
            and opens
            and any(p and c and _OPEN_END.search(p) for p, c in zip(previous, cells, strict=True))
        ):
            opens = False
        if rows and not opens:
            rows[-1] = _joined(rows[-1], cells)
        else:
            rows.append(cells)
        previous = line
    return rows


def _justified(lines: list[str], starts: list[int]) -> list[list[str]] | None:
    """A run of layout lines cut at the header's column starts, for tables whose cells are
    justified, so that wide gaps also fall inside a cell; a line with an empty cell wraps the row
    above. None unless nearly every line breaks at those starts (a space before each, or its
    end), as a table's lines do and prose does not."""
    # A header cell justified over two starts ("EU          grant") opens no column of its own:
    # no row below has text there.
    ends = [*starts[1:], None]
    starts = [
        s for i, s in enumerate(starts) if i == 0 or any(line[s : ends[i]].strip() for line in lines[1:])
    ]
    breaking = sum(all(len(line) <= s or line[s - 1] == " " for s in starts[1:]) for line in lines)
    if breaking < _JUSTIFIED_SHARE * len(lines):
        return None
    read = []
    for line in lines:
        cuts = [0, *(_cut(line, s) for s in starts[1:]), len(line)]
        cells = [" ".join(line[a:b].split()) for a, b in pairwise(cuts)]
        read.append((cells, all(cells)))
    rows = _rows(read)
    return rows if len(rows) >= 3 else None


def _cut(line: str, start: int) -> int:
    """Where a justified line is cut at a column's start: there, unless a cell's last letter is
    set on that start and touches the next cell ("a   first18:00–20:00"); the cut then moves to
    the nearest change from letters to digits or to a capital inside that run of characters."""
    if not 0 < start < len(line) or line[start - 1] == " " or line[start] == " ":
        return start
    left = line.rfind(" ", 0, start) + 1
    right = line.find(" ", start)
    right = len(line) if right < 0 else right
    changes = [
        k
        for k in range(left + 1, right)
        if (line[k - 1].isalpha() and (line[k].isdigit() or line[k].isupper()))
        or (line[k - 1].isdigit() and line[k].isalpha())
    ]
    return min(changes, key=lambda k: abs(k - start), default=start)


def _blocks(text: str) -> list[str | list[list[str]]]:
    """A page's layout text as lines of prose and tables: a table runs from a line with wide gaps
    to the next blank line."""
    out: list[str | list[list[str]]] = []
    run: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            run.append(_MARKER_GAP.sub(r"\1 ", line.rstrip()))
            continue
        head = next((i for i, row in enumerate(run) if len(_starts(row)) > 1), None)
        table = _table(run[head:]) if head is not None else None
        kept = run[:head] if table is not None else run
        out.extend(" ".join(row.split()) for row in kept)
        if table is not None:
            out.append(table)
        run = []
    return out


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

    def read(self, lines: list[str | list[list[str]]]) -> None:
        for i, line in enumerate(lines):
            if not isinstance(line, str):
                self.close()
                self.rows = line
                self.close()
                continue
            after = lines[i + 1] if i + 1 < len(lines) else None
            following = after if isinstance(after, str) or after is None else " ".join(after[0])
            item = _ITEM.match(line)
            if item and self._wraps_onto(line):
                item = None
            # "3. After your return" heads a section unless it continues a numbered list.
            continues = bool(item and self.items and self.ordered == (not _BULLET.match(line)))
            # "Which proofs are accepted?" over a list: the question heads the list that answers it.
            asks = (
                line.endswith("?")
                and len(line) <= _QUESTION_HEADING
                and bool(following and _ITEM.match(following))
            )
            if (asks or _is_heading(line, following)) and not continues:
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


def _unhyphenated(text: str) -> str:
    """Lines of a PDF page are layout, not sentences: words split by a hyphen at a line end are
    joined again."""
    return re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text)


def _page_lines(plain: str, layout: str) -> list[str | list[list[str]]]:
    """A page's lines, with its tables read into rows when the layout shows clean columns; a page
    without one is read from the plain text, whose lines the layout can interleave (cells that
    wrap over several lines, justified text)."""
    blocks = _blocks(_unhyphenated(layout))
    lines: list[str] = [" ".join(line.split()) for line in _unhyphenated(plain).splitlines() if line.strip()]
    if any(not isinstance(b, str) for b in blocks):
        return [b if isinstance(b, str) else _regrouped(b, lines) or b for b in blocks]
    return list(lines)


def _regrouped(table: list[list[str]], plain: list[str]) -> list[list[str]] | None:
    """The table's rows as the plain text groups them, or None when it does not hold the table.

    The layout puts each text in its column but cannot tell where a row ends when its cells are
    centred on several lines ("regional university" / "championship" beside three lines of
    dates); the plain text gives the cells one after the other, each cell's lines together, so a
    line of a column left of the last one read starts the next row."""
    streams = [" ".join(" ".join(row[c] for row in table).split()) for c in range(len(table[0]))]
    for start in range(len(plain)):
        cells = _cells_from(plain[start:], streams)
        if cells is not None:
            rows = _rows_of(cells, len(streams))
            # A header cell or a row's first cell left empty puts the columns themselves in doubt
            # ("Fee     per" / "year" justified over two columns).
            whole = all(rows[0]) and all(row[0] for row in rows)
            return rows if whole and len(rows) >= 3 else None
    return None


def _cells_from(lines: list[str], streams: list[str]) -> list[tuple[int, str]] | None:
    """The (column, text) pieces of the lines that spell out every column's text in full; None if
    the lines do not."""
    at = [0] * len(streams)
    pieces: list[tuple[int, str]] = []
    for line in lines:
        split = _split_line(line, streams, at, pieces[-1][0] if pieces else 0)
        if split is None:
            return None
        for column, text in split:
            at[column] += len(text) + 1
            pieces.append((column, text))
        if all(a >= len(s) for a, s in zip(at, streams, strict=True)):
            return pieces
    return None


def _split_line(
    line: str, streams: list[str], at: list[int], current: int, lowest: int = 0
) -> list[tuple[int, str]] | None:
    """The line as the next text of one column (the current one first), or of several columns in
    turn, left to right (a row whose cells fit on one line); only columns from ``lowest`` on."""
    order = list(dict.fromkeys(c for c in [current, *range(len(streams))] if lowest <= c < len(streams)))
    for column in order:
        rest = streams[column][at[column] :]
        if rest == line or rest.startswith(line + " "):
            return [(column, line)]
    words = line.split()
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        for column in order:
            rest = streams[column][at[column] :]
            if rest == head or rest.startswith(head + " "):
                moved = [*at[:column], at[column] + len(head) + 1, *at[column + 1 :]]
                after = _split_line(tail, streams, moved, column + 1, column + 1)
                if after is not None:
                    return [(column, head), *after]
    return None


def _rows_of(pieces: list[tuple[int, str]], width: int) -> list[list[str]]:
    """Rows from the pieces in reading order: a piece of a column left of the last one read opens
    the next row."""
    rows: list[list[str]] = []
    last = width
    for column, text in pieces:
        if not rows or column < last:
            rows.append([""] * width)
        rows[-1][column] = f"{rows[-1][column]} {text}".strip()
        last = column
    return rows


def parse_pdf(data: bytes) -> Parsed:
    """Sections at the headings of the text, each with its page; headers and footers left out."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        texts = [page.extract_text() or "" for page in reader.pages]
        # The layout keeps the gaps between table cells, which plain extraction closes up.
        layouts = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise FormatError(f"not a readable PDF ({exc})") from exc
    pages = [_page_lines(plain, layout) for plain, layout in zip(texts, layouts, strict=True)]
    running = running_lines([[line for line in page if isinstance(line, str)] for page in pages])
    builder = SectionBuilder()
    for number, lines in enumerate(pages, start=1):
        builder.new_page(number)
        kept = [
            line
            for line in lines
            if not isinstance(line, str) or (_key(line) not in running and not _PAGE_NUMBER.match(line))
        ]
        _Page(builder).read(kept)
    parsed = builder.result()
    if not parsed.sections:
        raise FormatError("PDF has no extractable text (scanned pages need OCR first)")
    return Parsed(title=str(title) if title else parsed.title, sections=parsed.sections)
