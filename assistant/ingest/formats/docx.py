"""Word documents: headings, paragraphs, numbered and bulleted lists, and tables, in reading order."""

from __future__ import annotations

import io
from typing import Any

from assistant.ingest.formats.structure import FormatError, Parsed, SectionBuilder


def _list_kind(paragraph: Any) -> str | None:
    """ "steps" or "list" for a list paragraph (by style or numbering), else None."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith("List Number"):
        return "steps"
    if style.startswith(("List Bullet", "List")):
        return "list"
    properties = paragraph._p.pPr
    return "list" if properties is not None and properties.numPr is not None else None


def parse_docx(data: bytes) -> Parsed:
    """Word headings (``Heading N``, ``Title``) become sections; lists and tables stay whole."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise FormatError(f"not a readable Word document ({exc})") from exc
    except Exception as exc:  # a damaged zip surfaces as zipfile.BadZipFile and others
        raise FormatError(f"not a readable Word document ({exc})") from exc
    builder = SectionBuilder()
    title = document.core_properties.title or None
    items: list[str] = []
    ordered = False
    for child in document.element.body.iterchildren():
        kind = None
        if child.tag.endswith("}p"):
            paragraph = Paragraph(child, document)
            kind = _list_kind(paragraph)
            if kind is not None:
                ordered = ordered or kind == "steps"
                items.append(paragraph.text)
                continue
        builder.add_list(items, ordered=ordered)
        items, ordered = [], False
        if child.tag.endswith("}tbl"):
            table = Table(child, document)
            builder.add_table([[cell.text for cell in row.cells] for row in table.rows])
        elif child.tag.endswith("}p"):
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if style == "Title":
                title = title or paragraph.text.strip() or None
                builder.add_heading(paragraph.text)
            elif style.startswith("Heading"):
                builder.add_heading(paragraph.text)
            else:
                builder.add_paragraph(paragraph.text)
    builder.add_list(items, ordered=ordered)
    return builder.result(title=title)
