"""A synthetic collection of any size, made reproducibly from the evaluation collections' sentences.

Each document has 5 to 50 sections; each section holds one or two real sentences short enough
that the chunker makes it one passage, so a collection of N passages has about N chunks with the
sentence lengths and vocabulary of the university's own texts, recombined by a seeded generator.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from assistant.text import split_sentences
from benchmarks.common import ROOT

SEED = 14
MIN_SECTIONS, MAX_SECTIONS = 5, 50
MIN_CHARS = 40
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def source_sentences(max_chars: int) -> list[str]:
    """The prose sentences of every evaluation collection's corpus, each at most ``max_chars``."""
    found: set[str] = set()
    for path in sorted((ROOT / "eval" / "collections").glob("*/corpus/*.md")):
        body = FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
        for line in body.splitlines():
            line = line.strip()
            if not line or line.startswith(("#", "|", "-", "*", ">")) or line[0].isdigit():
                continue
            for a, b in split_sentences(line):
                sentence = line[a:b]
                if MIN_CHARS <= len(sentence) <= max_chars and sentence[-1] in ".!?":
                    found.add(sentence)
    return sorted(found)


def write_collection(folder: Path, passages: int, chunk_max_chars: int, seed: int = SEED) -> list[Path]:
    """Write documents totalling about ``passages`` sections under ``folder``; returns their paths."""
    rng = random.Random(seed)
    sentences = source_sentences(chunk_max_chars // 2 - 10)
    words = sorted({w for s in sentences for w in re.findall(r"[A-Za-z]{5,}", s)})
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    left = passages
    while left > 0:
        sections = min(left, rng.randint(MIN_SECTIONS, MAX_SECTIONS))
        left -= sections
        title = " ".join(rng.sample(words, 3)).capitalize()
        parts = [f"---\ntitle: {title}\nlanguage: en\n---\n\n# {title}\n"]
        for number in range(sections):
            heading = " ".join(rng.sample(words, 2)).capitalize()
            body = " ".join(rng.sample(sentences, rng.randint(1, 2)))
            parts.append(f"## {heading} {number + 1}\n\n{body}\n")
        path = folder / f"doc-{len(paths):06d}.md"
        path.write_text("\n".join(parts), encoding="utf-8")
        paths.append(path)
    return paths
