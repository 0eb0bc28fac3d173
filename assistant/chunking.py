"""Documents → sections (by heading) → sentence-aligned chunks with stable content-hash ids."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.corpus import Document
from assistant.text import refers_back, split_sentences

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_REFERENT_SLACK = 4


@dataclass(frozen=True)
class Section:
    heading: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences from one section, the unit that is embedded and retrieved."""

    id: str
    document: str
    title: str
    section: str | None
    url: str | None
    position: int
    text: str
    sentences: tuple[tuple[int, int], ...]  # spans in ``text``

    @property
    def embedding_text(self) -> str:
        """What the model encodes: the chunk under its title and heading, for context."""
        return self.context_prefix + self.text

    @property
    def context_prefix(self) -> str:
        heading = f" — {self.section}" if self.section and self.section != self.title else ""
        return f"{self.title}{heading}\n"

    def sentence(self, i: int) -> str:
        start, end = self.sentences[i]
        return self.text[start:end]


def _clean_inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    return " ".join(text.split())


def split_sections(body: str) -> list[Section]:
    """Split Markdown (or plain text) into sections at headings, paragraphs at blank lines."""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    current: list[str] = []

    def end_paragraph() -> None:
        if current:
            paragraphs.append(_clean_inline(" ".join(current)))
            current.clear()

    for line in body.splitlines():
        match = _HEADING.match(line)
        if match:
            end_paragraph()
            if paragraphs:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = _clean_inline(match.group(2)) or None, []
        elif line.strip():
            current.append(line.strip())
        else:
            end_paragraph()
    end_paragraph()
    if paragraphs:
        sections.append(Section(heading, tuple(paragraphs)))
    return sections


def chunk_document(doc: Document, max_chars: int) -> list[Chunk]:
    """Pack each section's sentences into chunks of at most ``max_chars``.

    A sentence longer than that stands alone; one that opens with "It"/"This" is kept with the
    sentence before it, so that a quoted chunk never starts with a dangling reference.
    """
    chunks: list[Chunk] = []
    for section in split_sections(doc.body):
        sentences = [p[a:b] for p in section.paragraphs for a, b in split_sentences(p)]
        groups: list[list[str]] = []
        for sentence in sentences:
            joined = len(" ".join([*groups[-1], sentence])) if groups else 0
            # A sentence that refers back stays with its referent, within a looser bound.
            limit = max_chars * _REFERENT_SLACK if refers_back(sentence) else max_chars
            if groups and joined <= limit:
                groups[-1].append(sentence)
            else:
                groups.append([sentence])
        for group in groups:
            text = " ".join(group)
            spans, offset = [], 0
            for sentence in group:
                spans.append((offset, offset + len(sentence)))
                offset += len(sentence) + 1
            digest = hashlib.sha256(
                "\x1f".join([doc.path, doc.title, doc.url or "", section.heading or "", text]).encode()
            ).hexdigest()
            chunks.append(
                Chunk(
                    id=digest[:32],
                    document=doc.path,
                    title=doc.title,
                    section=section.heading,
                    url=doc.url,
                    position=len(chunks),
                    text=text,
                    sentences=tuple(spans),
                )
            )
    return chunks
