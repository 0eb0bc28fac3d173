"""Incremental re-indexing on a corpus of 200 documents."""

import json
from pathlib import Path

import pytest

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.store.index import Index
from assistant.store.layout import MANIFEST
from assistant.text import index_terms
from tests.utils.corpora import numbered_corpus
from tests.utils.documents import doc, write


@pytest.fixture
def corpus_200(tmp_path: Path, embedder: Embedder) -> tuple[Path, Path]:
    corpus = numbered_corpus(tmp_path / "corpus", 200)
    index = tmp_path / "index"
    report = build_index(corpus, index, embedder, chunk_max_chars=250)
    assert report.added == 200 and report.chunks_embedded == report.chunks
    return corpus, index


def test_changing_one_document_of_200_embeds_only_its_chunks(corpus_200, embedder: Embedder) -> None:
    corpus, index_dir = corpus_200
    before = Index.open(index_dir)
    own = [c for c in before.chunks if c.document == "partner-0042.md"]
    write(
        corpus / "partner-0042.md",
        doc("Partner agreement 42", "# Partner agreement 42\n\nAgreement number 42 now links the faculty of "
            "medicine with the university of Zagreb.\n\n## Coordinator\n\nThe coordinator moved to Zagreb."),
    )  # fmt: skip
    report = build_index(corpus, index_dir, embedder, chunk_max_chars=250)
    assert (report.updated, report.added, report.removed, report.unchanged) == (1, 0, 0, 199)
    after = Index.open(index_dir)
    new_own = [c for c in after.chunks if c.document == "partner-0042.md"]
    assert 0 < report.chunks_embedded <= len(new_own)
    assert len(after.chunks) == len(before.chunks) - len(own) + len(new_own)
    assert after.collection.count() == len(after.chunks)
    assert any("Zagreb" in c.text for c in new_own)


def test_deleting_a_document_removes_it_from_dense_and_bm25(corpus_200, embedder: Embedder) -> None:
    corpus, index_dir = corpus_200
    (corpus / "partner-0007.md").unlink()
    report = build_index(corpus, index_dir, embedder, chunk_max_chars=250)
    assert (report.removed, report.chunks_embedded) == (1, 0)
    index = Index.open(index_dir)
    assert all(c.document != "partner-0007.md" for c in index.chunks)
    assert index.collection.get(where={"document": "partner-0007.md"})["ids"] == []
    assert index.collection.count() == len(index.chunks)
    hits = index.lexical_search(index_terms("agreement 7 Bergen building 8"), 50)
    assert all(index.chunks[i].document != "partner-0007.md" for i, _ in hits)
    vector = index.chunk_vectors[0]
    assert all(index.chunks[i].document != "partner-0007.md" for i, _ in index.dense_search(vector, 50))


def test_a_broken_update_keeps_serving_the_previous_version(corpus_200, embedder: Embedder) -> None:
    corpus, index_dir = corpus_200
    (corpus / "partner-0003.md").write_bytes(b"\xff\xfe broken \x00")
    report = build_index(corpus, index_dir, embedder, chunk_max_chars=250)
    assert [f["path"] for f in report.failed] == ["partner-0003.md"]
    index = Index.open(index_dir)
    assert any(c.document == "partner-0003.md" for c in index.chunks)
    assert index.manifest["partner-0003.md"]["status"] == "failed"
    again = build_index(corpus, index_dir, embedder, chunk_max_chars=250)
    assert any(c.document == "partner-0003.md" for c in Index.open(index_dir).chunks)
    assert again.documents == 200


def test_files_read_by_older_parsers_are_read_again_without_embedding_them_again(
    corpus_200, embedder: Embedder
) -> None:
    corpus, index_dir = corpus_200
    index = Index.open(index_dir)
    folder, before = index.folder, len(index.chunks)
    index.close()
    # A generation built before READER_VERSION was recorded: its entries carry none.
    manifest = json.loads((folder / MANIFEST).read_text())
    for entry in manifest.values():
        entry.pop("reader", None)
    (folder / MANIFEST).write_text(json.dumps(manifest))
    report = build_index(corpus, index_dir, embedder, chunk_max_chars=250)
    # Every file is read again; the parsers make the same chunks of them, so none is embedded.
    assert (report.updated, report.unchanged, report.chunks_embedded) == (200, 0, 0)
    assert len(Index.open(index_dir).chunks) == before
    again = build_index(corpus, index_dir, embedder, chunk_max_chars=250)
    assert (again.updated, again.unchanged, again.chunks_embedded) == (0, 200, 0)
