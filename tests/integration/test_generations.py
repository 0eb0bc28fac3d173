"""Generations over their lifetime: a leased one stays open and on disk, a replaced one is closed and
deleted once free, an empty corpus is a valid index, a failed build leaves nothing behind."""

import os
from pathlib import Path

import pytest

import assistant.ingest.build as build_module
from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.query.engine import Assistant, AssistantProvider
from assistant.settings import Settings
from assistant.store.generations import current_generation
from assistant.store.index import Index
from tests.utils.documents import doc, write


def corpus_of(root: Path, year: int) -> Path:
    write(root / "a.md", doc("Alpha", "# Alpha\n\nThe alpha office signs agreements. It opens at nine."))
    write(root / "b.md", doc("Beta", f"# Beta\n\nThe beta network was founded in {year}."))
    return root


def rebuild(settings: Settings, embedder: Embedder, year: int) -> str:
    corpus_of(settings.corpus_dir, year)
    return build_index(settings.corpus_dir, settings.index_dir, embedder, chunk_max_chars=250).generation


def folders(settings: Settings) -> set[str]:
    return {p.name for p in settings.index_dir.glob("gen-*")}


@pytest.fixture
def own(tmp_path: Path, embedder: Embedder) -> Settings:
    settings = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    rebuild(settings, embedder, 1990)
    return settings


def test_a_leased_generation_outlives_two_publishes_and_goes_once_free(own: Settings, embedder) -> None:
    provider = AssistantProvider(own, embedder)
    with provider.lease() as first:
        held = first.index.folder.name
        later = [rebuild(own, embedder, year) for year in (1991, 1992, 1993)]
        assert provider.get().index.generation == later[-1]
        # Published past it, yet still on disk and searchable: a request in flight reads it.
        assert held in folders(own)
        assert "1990" in first.ask("When was the beta network founded?").text
    rebuild(own, embedder, 1994)
    assert held not in folders(own)
    provider.close()


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_switching_generations_leaks_no_open_files(own: Settings, embedder: Embedder) -> None:
    """Each switch used to leave a Chroma client open, in the server and in the build: 167 → 525
    file descriptors over 30 switches."""
    provider = AssistantProvider(own, embedder)

    def switch(year: int) -> None:
        rebuild(own, embedder, year)
        with provider.lease() as assistant:
            assert assistant.search("beta network", k=1)

    for year in range(2000, 2003):
        switch(year)
    settled = open_files()
    for year in range(2003, 2015):
        switch(year)
    assert open_files() <= settled + 2
    provider.close()


def test_an_empty_corpus_is_a_valid_index_that_abstains(tmp_path: Path, embedder: Embedder) -> None:
    settings = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    settings.corpus_dir.mkdir()
    report = build_index(settings.corpus_dir, settings.index_dir, embedder, chunk_max_chars=250)
    assert report.documents == 0 and report.chunks == 0
    assistant = Assistant.load(settings, embedder)
    answer = assistant.ask("Who signs partnership agreements?")
    assert not answer.answered and answer.fallback
    assert assistant.search("agreements") == []
    assistant.index.close()


def test_a_failed_build_leaves_no_folder_behind(own: Settings, embedder, monkeypatch) -> None:
    before = folders(own)

    def broken(folder: Path, *args, **kwargs) -> None:
        (folder / "chunks.jsonl").write_text("half written")
        raise OSError("disk full")

    monkeypatch.setattr(build_module, "write_generation", broken)
    with pytest.raises(OSError, match="disk full"):
        rebuild(own, embedder, 1991)
    assert folders(own) == before


def test_a_build_drops_folders_left_by_killed_builds(own: Settings, embedder: Embedder) -> None:
    orphan = own.index_dir / "gen-19700101T000000-1-000000"
    orphan.mkdir()
    (orphan / "chunks.jsonl").write_text("")
    rebuild(own, embedder, 1990)  # nothing changed: nothing published, the orphan still goes
    assert not orphan.exists()
    serving = current_generation(own.index_dir)
    assert serving is not None
    Index(serving).close()
