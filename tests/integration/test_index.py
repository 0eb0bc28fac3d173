import json
from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import Embedder
from assistant.ingest.build import IngestBusyError, build_index, writer_lock
from assistant.settings import Settings
from assistant.store.generations import current_generation
from assistant.store.index import Index, IndexNotFoundError
from assistant.text import refers_back
from tests.utils.documents import doc, write


def small_corpus(root: Path) -> Path:
    write(root / "a.md", doc("Alpha", "# Alpha\n\nThe alpha office signs agreements. It opens at nine."))
    write(root / "b.md", doc("Beta", "# Beta\n\nThe beta network was founded in 1990."))
    return root


def build(corpus: Path, index: Path, embedder: Embedder):
    return build_index(corpus, index, embedder, chunk_max_chars=250)


def test_project_index_counts(built) -> None:
    settings, report = built
    assert report.documents == report.added == 6 and report.chunks_embedded == report.chunks > 20
    assert not report.failed
    index = Index.open(settings.index_dir)
    assert len(index.chunks) == report.chunks == index.collection.count()
    assert index.sentence_vectors.shape == (sum(len(c.sentences) for c in index.chunks), 384)
    assert np.allclose(np.linalg.norm(index.chunk_vectors, axis=1), 1.0, atol=1e-4)


def test_reingest_of_unchanged_corpus_embeds_nothing(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    first = build(corpus, tmp_path / "index", embedder)
    second = build(corpus, tmp_path / "index", embedder)
    assert first.chunks_embedded == first.chunks > 0 and first.added == 2
    assert (second.chunks_embedded, second.unchanged, second.added) == (0, 2, 0)
    assert second.generation == first.generation


def test_changing_one_document_embeds_only_its_chunks(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    build(corpus, tmp_path / "index", embedder)
    write(corpus / "b.md", doc("Beta", "# Beta\n\nThe beta network was founded in 1991."))
    second = build(corpus, tmp_path / "index", embedder)
    assert (second.chunks_embedded, second.updated, second.unchanged, second.removed) == (1, 1, 1, 0)
    index = Index.open(tmp_path / "index")
    assert any("1991" in c.text for c in index.chunks)
    assert not any("1990" in c.text for c in index.chunks)
    # The unchanged chunk's vector was carried over, not recomputed differently.
    assert index.collection.count() == len(index.chunks)


def test_deleted_document_leaves_both_indexes(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    build(corpus, tmp_path / "index", embedder)
    (corpus / "b.md").unlink()
    report = build(corpus, tmp_path / "index", embedder)
    index = Index.open(tmp_path / "index")
    assert report.removed == 1 and report.documents == 1
    assert all(c.document == "a.md" for c in index.chunks)
    assert index.lexical_search(["beta"], 5) == []


def test_bad_file_is_reported_and_the_rest_indexed(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    (corpus / "broken.md").write_bytes(b"\xff\xfe not utf-8 \xff")
    report = build(corpus, tmp_path / "index", embedder)
    assert report.failed == [{"path": "broken.md", "error": report.failed[0]["error"]}]
    assert "UTF-8" in report.failed[0]["error"]
    assert report.documents == 2


def test_generation_is_published_atomically_and_old_ones_pruned(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    generations = []
    for year in (1991, 1992, 1993):
        write(corpus / "b.md", doc("Beta", f"# Beta\n\nThe beta network was founded in {year}."))
        generations.append(build(corpus, tmp_path / "index", embedder).generation)
    current = current_generation(tmp_path / "index")
    assert current is not None and current.name == generations[-1]
    # The generation a running server may still read survives one more build.
    assert sorted(p.name for p in (tmp_path / "index").glob("gen-*")) == sorted(generations[1:])
    meta = json.loads((current / "meta.json").read_text())
    assert meta["chunks"] == 2 and meta["documents"] == 2


def test_a_generation_without_meta_is_never_served(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    report = build(corpus, tmp_path / "index", embedder)
    (tmp_path / "index" / report.generation / "meta.json").unlink()
    with pytest.raises(IndexNotFoundError, match="assistant ingest"):
        Index.open(tmp_path / "index")


def test_only_one_writer_at_a_time(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    with writer_lock(tmp_path / "index"), pytest.raises(IngestBusyError, match="another"):
        build(corpus, tmp_path / "index", embedder)


def test_changing_model_reembeds_everything(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    first = build(corpus, tmp_path / "index", embedder)
    meta_path = tmp_path / "index" / first.generation / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["model"] = "some-other-model"
    meta_path.write_text(json.dumps(meta))
    again = build(corpus, tmp_path / "index", embedder)
    assert again.chunks_embedded == again.chunks == first.chunks


def test_settings_default_chunk_size_is_used(settings: Settings) -> None:
    index = Index.open(settings.index_dir)
    packed = [
        c
        for c in index.chunks
        if len(c.sentences) > 1 and not any(refers_back(c.sentence(i)) for i in range(1, len(c.sentences)))
    ]
    assert packed and all(len(c.text) <= settings.chunk_max_chars for c in packed)


def test_an_index_of_an_older_format_asks_for_a_rebuild(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    first = build(corpus, tmp_path / "index", embedder)
    meta_path = tmp_path / "index" / first.generation / "meta.json"
    meta_path.write_text(json.dumps({**json.loads(meta_path.read_text()), "format": 0}))
    with pytest.raises(IndexNotFoundError, match="older format"):
        Index.open(tmp_path / "index")
    again = build(corpus, tmp_path / "index", embedder)
    assert again.chunks_embedded == again.chunks and Index.open(tmp_path / "index").meta["format"] > 0


def test_exact_search_in_memory_ranks_as_chroma_does(tmp_path: Path, embedder: Embedder) -> None:
    corpus = small_corpus(tmp_path / "corpus")
    write(
        corpus / "c.md", doc("Gamma", "# Gamma\n\nThe gamma grant pays 300 euros a month for studies abroad.")
    )
    build(corpus, tmp_path / "index", embedder)
    exact = Index.open(tmp_path / "index")
    chroma = Index.open(tmp_path / "index", exact_max_chunks=0)
    for query in ("monthly grant for studies abroad", "when was the network founded", "office hours"):
        vector = embedder.encode_query(query)
        found = exact.dense_search(vector, 3)
        assert [i for i, _ in found] == [i for i, _ in chroma.dense_search(vector, 3)]
        assert [s for _, s in found] == pytest.approx(
            [s for _, s in chroma.dense_search(vector, 3)], abs=1e-4
        )
        assert len(found) == 3
    # The exact search reads only the vectors in memory; the other one needs its Chroma client.
    exact.close()
    chroma.close()
    assert exact.dense_search(embedder.encode_query("grant"), 2)
    with pytest.raises(Exception):  # noqa: B017 - whatever a closed Chroma client raises
        chroma.dense_search(embedder.encode_query("grant"), 2)
