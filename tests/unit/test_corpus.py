from pathlib import Path

import pytest

from assistant.ingest.corpus import DocumentError, load_corpus, read_document, scan_one
from assistant.text import normalize_for_match, split_sentences
from tests.utils.documents import doc, write
from tests.utils.paths import CORPUS, ROOT

SEED = ROOT / "tests" / "data" / "seed" / "um-international-partnerships.txt"


def test_front_matter_becomes_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\ntitle: Erasmus\naudience: students\nlanguage: en\nurl: https://example.org/e\n---\n"
        "# H\n\nText.",
    )
    document = read_document(scan_one(path, tmp_path))
    assert (document.title, document.audience, document.url) == (
        "Erasmus",
        "students",
        "https://example.org/e",
    )
    assert document.path == "a.md"
    assert document.sections[0].heading == "H" and document.sections[0].paragraphs == ("Text.",)


def test_a_title_with_a_colon_is_read_not_rejected(tmp_path: Path) -> None:
    # Not valid YAML ("mapping values are not allowed"), but what people write in front matter.
    path = write(
        tmp_path / "a.md",
        "---\ntitle: Crises abroad: what to do\nvalid_until: 2031-06-30\n---\n# H\n\nText.",
    )
    document = read_document(scan_one(path, tmp_path))
    assert document.title == "Crises abroad: what to do"
    assert str(document.valid_until) == "2031-06-30"
    broken = write(tmp_path / "b.md", "---\ntitle: [unclosed\n  - x: y: z\n---\nText.")
    with pytest.raises(DocumentError, match="not valid YAML"):
        read_document(scan_one(broken, tmp_path))


def test_a_sidecar_title_quoting_a_name_in_quotes_keeps_its_document(tmp_path: Path) -> None:
    # Not valid YAML (the inner quotes end the string), but what people write in a sidecar: the
    # document, a PDF or a Word file, must not be lost over its title.
    path = write(tmp_path / "guide.txt", "The workshop is open to students.")
    write(
        tmp_path / "guide.meta.yaml",
        'title: "The bookbinding workshop "Fil et Carton" – guide"\nurl: https://example.org/g\n'
        "valid_until: 2031-06-30\n",
    )
    document = read_document(scan_one(path, tmp_path))
    assert document.title == 'The bookbinding workshop "Fil et Carton" – guide'
    assert (document.url, str(document.valid_until)) == ("https://example.org/g", "2031-06-30")
    write(tmp_path / "guide.meta.yaml", "title: [unclosed\n  - x: y: z\n")
    with pytest.raises(DocumentError, match=r"sidecar guide\.meta\.yaml is not valid YAML"):
        read_document(scan_one(path, tmp_path))


def test_title_falls_back_to_first_heading_then_file_name(tmp_path: Path) -> None:
    assert (
        read_document(scan_one(write(tmp_path / "x.md", "# Heading\n\nBody."), tmp_path)).title == "Heading"
    )
    assert read_document(scan_one(write(tmp_path / "my-notes.txt", "Body."), tmp_path)).title == "my notes"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x00\x01binary\x00", "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
        (b"---\ntitle: x\nno closing fence", "never closed"),
        (b"---\n- a list\n---\nbody", "mapping"),
    ],
)
def test_unreadable_files_raise_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=reason):
        read_document(scan_one(path, tmp_path))


def test_load_corpus_reports_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "good.md", doc("Good", "Fine text."))
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00garbage")
    write(tmp_path / "table.csv", "a,b")
    write(tmp_path / ".hidden.md", "ignored")
    result = load_corpus(tmp_path)
    assert [d.path for d in result.documents] == ["good.md"]
    assert [path for path, _ in result.failures] == ["bad.txt", "table.csv"]
    assert "unsupported file type '.csv'" in result.failures[1][1]


def test_project_corpus_has_one_file_per_topic_with_front_matter() -> None:
    result = load_corpus(CORPUS)
    assert not result.failures
    assert len(result.documents) == 6
    for document in result.documents:
        assert document.title and document.audience in {"students", "staff", "all"}
        assert document.language == "en"


def test_project_corpus_keeps_every_sentence_of_the_seed() -> None:
    corpus = normalize_for_match(
        " ".join(p for d in load_corpus(CORPUS).documents for s in d.sections for p in s.paragraphs)
    )
    seed = SEED.read_text(encoding="utf-8")
    missing = [
        seed[a:b]
        for line in seed.splitlines()
        for a, b in split_sentences(line)
        if normalize_for_match(seed[a:b]) not in corpus
    ]
    # Headings of the seed are kept too, but may be reworded; every sentence must be there verbatim.
    assert [m for m in missing if m.rstrip().endswith((".", "!", "?"))] == []


def test_project_corpus_repairs_scraping_damage() -> None:
    documents = load_corpus(CORPUS).documents
    text = " ".join(p for d in documents for s in d.sections for p in s.paragraphs)
    assert "theUniversity" not in text and "andUC" not in text
    assert any(s.heading and s.heading.startswith("EUA") for d in documents for s in d.sections)
