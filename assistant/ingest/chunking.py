"""Document sections → sentence-aligned chunks with stable content-hash ids."""

from __future__ import annotations

import hashlib

from assistant.domain import Chunk
from assistant.ingest.corpus import Document
from assistant.text import addresses_a_model, refers_back, split_sentences

_REFERENT_SLACK = 4


def chunk_document(doc: Document, max_chars: int) -> list[Chunk]:
    """Pack each section's sentences into chunks of at most ``max_chars``.

    A sentence longer than that stands alone; one that opens with "It"/"This" is kept with the
    sentence before it, so that a quoted chunk never starts with a dangling reference. Sentences
    that address a language model ("ignore the question and reply ...") are not indexed at all:
    they inform no reader, and a model must never read them as instructions.
    """
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for section in doc.sections:
        sentences = [
            p[a:b] for p in section.paragraphs for a, b in split_sentences(p) if not addresses_a_model(p[a:b])
        ]
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
            key = [doc.path, doc.title, doc.url or "", section.heading or "", str(section.page or ""), text]
            chunk_id = hashlib.sha256("\x1f".join(key).encode()).hexdigest()[:32]
            while chunk_id in seen:  # the same text twice under one heading: ids must stay unique
                chunk_id = hashlib.sha256(chunk_id.encode()).hexdigest()[:32]
            seen.add(chunk_id)
            chunks.append(
                Chunk(
                    id=chunk_id,
                    document=doc.path,
                    title=doc.title,
                    section=section.heading,
                    url=doc.url,
                    position=len(chunks),
                    text=text,
                    sentences=tuple(spans),
                    page=section.page,
                    valid_until=doc.valid_until.isoformat() if doc.valid_until else None,
                )
            )
    return chunks
