"""Search shows a page naming what the question names when the closest pages do not: a question
across two pages ("a visiting professor from Sherbrooke") needs the partnership page too."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain import Passage
from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.query.engine import Assistant
from assistant.settings import Settings

VISITING = "# Visiting professors\n\n" + "\n\n".join(
    f"## {title}\n\n{text}"
    for title, text in [
        ("Who can be invited", "A laboratory can invite a visiting professor for one to three months."),
        ("Priority", "Priority is given to invitations of colleagues from the strategic partners of UM."),
        ("Allowance", "The visiting professor receives an allowance of €2,400 per month of stay."),
        ("Application", "The laboratory applies on the research platform before 15 March."),
        ("Housing", "Visiting professors can book a flat in the guest house of the university."),
        ("Teaching", "A visiting professor gives at least 8 hours of seminars to master's students."),
        ("Selection", "The research committee selects the visiting professors in April."),
    ]
)
PARTNERS = """# Networks and alliances

UM takes part in several European and international networks of universities. Our strategic
partners are the University of Barcelona, the University of Heidelberg and the University of
Sherbrooke.
"""


@pytest.fixture(scope="module")
def two_pages(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    base = tmp_path_factory.mktemp("names")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "visiting-professors.md").write_text(VISITING)
    (corpus / "networks.md").write_text(PARTNERS)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index")
    build_index(Path(corpus), settings.index_dir, embedder, chunk_max_chars=300)
    return Assistant.load(settings, embedder)


QUESTION = (
    "I'd like to invite a professor from the University of Sherbrooke as a visiting professor. "
    "Would that get priority?"
)


def _visiting(assistant: Assistant) -> list[Passage]:
    chunks = assistant.index.chunks_of("visiting-professors.md")
    return [Passage(i, assistant.index.chunks[i], 1.0 - k / 10, None, None) for k, i in enumerate(chunks)]


def test_the_page_naming_what_the_question_names_is_put_in_fifth(two_pages: Assistant) -> None:
    # Retrieval filled the places with the visiting-professor page, which never names Sherbrooke.
    crowded = _visiting(two_pages)
    shown = two_pages._naming(QUESTION, crowded, two_pages.index, "hybrid")
    assert [p.chunk.document for p in shown[:5]] == [*["visiting-professors.md"] * 4, "networks.md"]
    assert "Sherbrooke" in shown[4].chunk.text
    assert len(shown) == len(crowded) + 1 and shown[5:] == crowded[4:]


def test_nothing_is_put_in_when_the_shown_pages_name_it_or_nothing_is_named(two_pages: Assistant) -> None:
    crowded = _visiting(two_pages)
    asked = "How much is the allowance of a visiting professor?"
    assert two_pages._naming(asked, crowded, two_pages.index, "hybrid") == crowded
    # A name no page holds brings nothing.
    asked = "Can I invite a professor from the University of Nowhere as a visiting professor?"
    assert two_pages._naming(asked, crowded, two_pages.index, "hybrid") == crowded


def test_search_shows_each_passage_once(two_pages: Assistant) -> None:
    shown = [p.index for p in two_pages.search(QUESTION, 5)]
    assert len(shown) == len(set(shown)) == 5
