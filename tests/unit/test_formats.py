"""Parsing each format, without the model: the HTML parser and the reasons unreadable files give."""

from pathlib import Path

import pytest

from assistant.ingest.corpus import DocumentError, read_document, scan_one
from assistant.ingest.formats import parse_html
from tests.utils.documents import HTML_PAGE


def test_html_parser_prefers_main_content() -> None:
    parsed = parse_html(HTML_PAGE.encode())
    assert parsed.title == "Summer school in tropical ecology"
    assert [s.heading for s in parsed.sections] == ["Summer school in tropical ecology", "Applications"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", b"", "empty"),
        ("corrupt.pdf", b"%PDF-1.4\nthis is not really a pdf\n%%EOF", "PDF"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("broken.docx", b"PK\x03\x04 not a zip", "Word"),
        ("blank.html", b"<html><body><nav>menu</nav></body></html>", "no text"),
    ],
)
def test_unreadable_files_give_a_clear_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        read_document(scan_one(path, tmp_path))
