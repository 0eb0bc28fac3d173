"""A list question answered by the unit under the heading it asks, on a page with other units:
the benefits table under "What the agreement gives", not the procedure or the rules beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.embeddings import Embedder
from assistant.ingest.build import build_index
from assistant.query.engine import Assistant
from assistant.settings import Settings

GUIDES = """# International students as museum guides

Since 2025, an agreement between the University of Montpellier and the Fabre Museum has allowed
international students of UM to lead visits of the museum in their first language.

## What the agreement gives

| Arrangement | What it means |
|---|---|
| pay | €30 for each visit of 90 minutes, paid by the museum at the end of each month |
| paid training | three afternoons on the collections and on guiding a group, paid €20 each |
| free entry | to the city's museums, for the guide and one guest |

## Who can apply?

International students of UM in any year and any programme, exchange students included, who speak
French at level B1 or above. The museum needs 20 student guides each year.

## How to become a museum guide

An information meeting takes place on Thursday 18 November 2027 at 12:30 in the hall of the
Student House. To become a museum guide, follow these steps:

1. Apply in the "International" tile of your UM account by 1 December 2027.
2. Attend an interview in your language with the museum's education team.
3. Attend the three training afternoons in January 2028.

## Rules of the visits

- always wear the badge of the museum, with your photo and your languages;
- start on time, and never finish more than 10 minutes late;
- never sell anything and never ask for tips.
"""


@pytest.fixture(scope="module")
def guides(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    base = tmp_path_factory.mktemp("headed-units")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "museum-guides.md").write_text(GUIDES)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index")
    build_index(Path(corpus), settings.index_dir, embedder, chunk_max_chars=settings.chunk_max_chars)
    return Assistant.load(settings, embedder)


def test_a_french_list_question_gets_the_table_under_the_heading_it_asks(guides: Assistant) -> None:
    question = (
        "Concrètement, l'accord entre la fac et le musée, il apporte quoi aux étudiants qui deviennent "
    )
    question += "guides ?"
    answer = guides.ask(question)
    assert answer.answered
    assert "€30" in answer.text and "free entry" in answer.text  # the table, whole
    assert "badge" not in answer.text and "Apply" not in answer.text


def test_a_steps_question_on_the_same_page_still_gets_the_procedure(guides: Assistant) -> None:
    answer = guides.ask("Comment devenir guide au musée ?")
    assert answer.answered
    assert "Apply" in answer.text
