"""Real PDF, DOCX, HTML and Markdown files, made in the test, ingested and asked about."""

from pathlib import Path

import pytest

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.query.engine import Assistant
from assistant.settings import Settings
from tests.utils.documents import HTML_PAGE, doc, write, write_docx, write_pdf


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder):
    base = tmp_path_factory.mktemp("mixed")
    corpus = base / "corpus"
    corpus.mkdir()
    write_pdf(
        corpus / "grant-guide.pdf",
        [
            "Erasmus+ mobility grants. This guide explains the grants paid to outgoing students.",
            "The monthly Erasmus+ mobility grant for studies in Germany is 540 euros.",
        ],
        title="Erasmus+ grant guide",
    )
    write(
        corpus / "grant-guide.pdf.meta.yaml",
        "title: Erasmus+ grant guide 2026\nurl: https://example.org/grants\n",
    )
    write_docx(
        corpus / "welcome.docx",
        "Welcome guide for incoming researchers",
        [
            ("Housing", "Incoming researchers can book a furnished studio at the Maison des Chercheurs."),
            ("Badges", "Researchers collect their access badge at the campus security desk."),
        ],
    )
    write(corpus / "summer-school.html", HTML_PAGE)
    write(
        corpus / "language-centre.md",
        doc(
            "Language centre",
            "# Language centre\n\nThe language centre offers free French courses to exchange students.",
        ),
    )
    write(
        corpus / "old-call.md",
        doc("Old call", "# Old call\n\nThe 2019 call for joint seminars closes on 3 March."),
    )
    write(corpus / "old-call.meta.yaml", "valid_until: 2020-01-01\n")
    settings = Settings(corpus_dir=corpus, index_dir=base / "index")
    report = build_index(corpus, settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    return settings, report, Assistant.load(settings, embedder)


def test_every_format_is_indexed_and_the_expired_one_reported(mixed) -> None:
    _, report, assistant = mixed
    assert report.failed == []
    assert report.expired == ["old-call.md"]
    assert report.documents == 4
    formats = {e["format"] for e in assistant.index.manifest.values() if e["status"] == "indexed"}
    assert formats == {"pdf", "docx", "html", "markdown"}


@pytest.mark.parametrize(
    ("question", "document", "expected"),
    [
        ("How much is the monthly Erasmus+ grant for studies in Germany?", "grant-guide.pdf", "540 euros"),
        ("Where can incoming researchers book a furnished studio?", "welcome.docx", "Maison des Chercheurs"),
        ("When does the summer school in tropical ecology take place?", "summer-school.html", "July"),
        (
            "Does the language centre offer French courses to exchange students?",
            "language-centre.md",
            "free French",
        ),
    ],
)
def test_each_file_answers_with_a_citation_to_itself(
    mixed, question: str, document: str, expected: str
) -> None:
    answer = mixed[2].ask(question)
    assert answer.answered, question
    assert expected in answer.text
    assert answer.citations[0].document == document


def test_pdf_citations_carry_the_page_and_sidecar_metadata(mixed) -> None:
    citation = mixed[2].ask("How much is the monthly Erasmus+ grant for studies in Germany?").citations[0]
    assert citation.page == 2
    assert citation.title == "Erasmus+ grant guide 2026" and citation.url == "https://example.org/grants"


def test_docx_headings_become_sections(mixed) -> None:
    citation = mixed[2].ask("Where do researchers collect their access badge?").citations[0]
    assert citation.section == "Badges" and citation.title == "Welcome guide for incoming researchers"


def test_html_navigation_and_boilerplate_are_dropped(mixed) -> None:
    texts = " ".join(c.text for c in mixed[2].index.chunks if c.document == "summer-school.html")
    assert "Baillarguet" in texts
    for noise in ("portal login", "cookie", "newsletter", "Legal notice", "analytics"):
        assert noise not in texts


def test_expired_document_is_not_retrieved(mixed) -> None:
    assistant = mixed[2]
    assert all(c.document != "old-call.md" for c in assistant.index.chunks)
    assert not assistant.ask("When does the 2019 call for joint seminars close?").answered


def test_bad_files_are_reported_one_by_one_and_the_rest_indexed(tmp_path: Path, embedder: Embedder) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "good.md", doc("Good", "# Good\n\nThe good office answers questions."))
    (corpus / "empty.md").write_bytes(b"")
    (corpus / "corrupt.pdf").write_bytes(b"%PDF-1.4 garbage")
    (corpus / "binary.txt").write_bytes(b"\x00\xff" * 100)
    (corpus / "notes.rtf").write_bytes(b"{\\rtf1 hello}")
    (corpus / "huge.md").write_bytes(b"# Big\n\n" + b"word " * 3000)
    report = build_index(corpus, tmp_path / "index", embedder, chunk_max_chars=250, max_bytes=10_000)
    failed = {f["path"]: f["error"] for f in report.failed}
    assert set(failed) == {"empty.md", "corrupt.pdf", "binary.txt", "notes.rtf", "huge.md"}
    assert "unsupported file type '.rtf'" in failed["notes.rtf"]
    assert "larger than" in failed["huge.md"]
    assert report.documents == 1 and report.added == 1
