"""Generated corpora for the scale tests: many distinct documents in the project's format."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.utils.documents import doc, write
from tests.utils.paths import CORPUS

CITIES = ["Lyon", "Porto", "Turin", "Ghent", "Krakow", "Leiden", "Bergen", "Seville", "Graz", "Tartu"]


def numbered_corpus(root: Path, count: int, start: int = 0) -> Path:
    """``count`` short documents, each with facts no other document states."""
    for i in range(start, start + count):
        city = CITIES[i % len(CITIES)]
        write(
            root / f"partner-{i:04d}.md",
            doc(
                f"Partner agreement {i}",
                f"# Partner agreement {i}\n\nAgreement number {i} links the faculty of science with the "
                f"university of {city} since {1990 + i % 30}. It funds {i % 7 + 2} exchange places per "
                f"year.\n\n## Coordinator\n\nThe coordinator of agreement {i} is based in building "
                f"{i % 40 + 1} of the {city} campus.",
            ),
        )
    return root


def project_corpus_with_variants(root: Path, copies: int) -> Path:
    """The project corpus plus ``copies`` reworded variants of it (nothing deduplicates)."""
    shutil.copytree(CORPUS, root, dirs_exist_ok=True)
    for copy in range(copies):
        for source in sorted(CORPUS.glob("*.md")):
            text = source.read_text(encoding="utf-8").replace("University of Montpellier", f"Campus {copy}")
            (root / f"variant-{copy:03d}-{source.name}").write_text(text, encoding="utf-8")
    return root
