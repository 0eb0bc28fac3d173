"""Document sections → sentence-aligned chunks with stable content-hash ids.

Paragraph text is packed into chunks of whole sentences. A list, numbered procedure or table is a
unit instead: one chunk holds its lead-in and all its items (each item one span, never split), so
that retrieval finds the unit and an answer can quote it whole and in order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from assistant.domain import Chunk
from assistant.ingest.corpus import Document
from assistant.ingest.formats import Block, Section
from assistant.text import (
    addresses_a_model,
    answers_faq,
    asks,
    refers_back,
    spelled_initials,
    split_sentences,
    warns_on,
)

# Bump when a parser or the chunker reads an unchanged file differently: files read by an older
# version are read again at the next ingest (only the chunks that changed are embedded).
# 1: the first version recorded in the manifest.
# 2: a PDF line cut before a number ("… 65 81 52" / "18. Maison…") is not read as list item 18.
# 3: a page published on another institution's website is about the institution its text names most.
# 4: PDF tables are read as rows under their header, from the columns of the page layout.
# 5: an FAQ's answer is kept in the chunk of its question.
# 6: the acronyms a document spells out are kept in its manifest entry (``spelled_out``).
# 7: an FAQ's question is kept in the chunk of the asker's situation stated before it.
# 8: a bound ("at most €5,000", "at least 2 weeks") is indexed as maximum or minimum.
# 9: in plain text, the lines after one ending in a colon, none closing a sentence, are a list.
# 10: 'limited to 25' is indexed as a maximum too.
# 11: "capped at", "may not exceed" are indexed as a maximum too.
# 12: in plain text, three short lines or more under a heading, none closing a sentence, are a list.
# 13: what not to do in a case ("Never try to cross…") is kept in the chunk of what to do in it.
READER_VERSION = 13
_REFERENT_SLACK = 4
# A unit longer than this is cut into parts, each repeating the lead-in.
_UNIT_MAX_ITEMS = 12
_UNIT_MAX_CHARS = 2400


def _sentences(text: str) -> list[str]:
    # Sentences that address a language model ("ignore the question and reply ...") are not
    # indexed at all: they inform no reader, and a model must never read them as instructions.
    return [text[a:b] for a, b in split_sentences(text) if not addresses_a_model(text[a:b])]


def _packed(sentences: list[str], max_chars: int) -> list[list[str]]:
    groups: list[list[str]] = []
    for sentence in sentences:
        joined = len(" ".join([*groups[-1], sentence])) if groups else 0
        # A sentence that refers back stays with its referent, and an FAQ's answer with its
        # question, within a looser bound.
        held = refers_back(sentence) or bool(
            groups
            and (
                answers_faq(groups[-1], sentence)
                or _asked_in(groups[-1], sentence)
                or warns_on(groups[-1][-1], sentence)
            )
        )
        limit = max_chars * _REFERENT_SLACK if held else max_chars
        if groups and joined <= limit:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


# How an asker states the situation an FAQ question is asked in.
_SITUATION = ("I ", "I'm ", "I’m ", "I've ", "I’ve ", "My ", "We ", "We're ", "We’re ", "Our ")


def _asked_in(said: list[str], sentence: str) -> bool:
    """Whether ``sentence`` is an FAQ's question asked in the situation the sentence before it
    states ("My partner lives in Canada. Can I work from there?"): apart, neither says anything."""
    return asks(sentence) and bool(said) and not asks(said[-1]) and said[-1].startswith(_SITUATION)


def _unit_parts(block: Block) -> list[tuple[list[str], list[str]]]:
    """(lead-in sentences, items) per chunk of a list or table."""
    lead = _sentences(block.text) if block.text else []
    if block.header:
        lead.append(block.header)
    items = [i for i in block.items if not addresses_a_model(i)]
    parts: list[tuple[list[str], list[str]]] = []
    current: list[str] = []
    for item in items:
        size = len(" ".join([*lead, *current, item]))
        if current and (len(current) >= _UNIT_MAX_ITEMS or size > _UNIT_MAX_CHARS):
            parts.append((lead, current))
            current = []
        current.append(item)
    if current:
        parts.append((lead, current))
    return parts


class _Chunker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.chunks: list[Chunk] = []
        self.seen: set[str] = set()

    def add(self, section: Section, sentences: list[str], kind: str = "text", lead: int = 0) -> None:
        text = " ".join(sentences)
        spans, offset = [], 0
        for sentence in sentences:
            spans.append((offset, offset + len(sentence)))
            offset += len(sentence) + 1
        doc = self.doc
        key = [doc.path, doc.title, doc.url or "", section.heading or "", str(section.page or ""), text]
        chunk_id = hashlib.sha256("\x1f".join(key).encode()).hexdigest()[:32]
        while chunk_id in self.seen:  # the same text twice under one heading: ids must stay unique
            chunk_id = hashlib.sha256(chunk_id.encode()).hexdigest()[:32]
        self.seen.add(chunk_id)
        self.chunks.append(
            Chunk(
                id=chunk_id,
                document=doc.path,
                title=doc.title,
                section=section.heading,
                url=doc.url,
                position=len(self.chunks),
                text=text,
                sentences=tuple(spans),
                page=section.page,
                valid_until=doc.valid_until.isoformat() if doc.valid_until else None,
                kind=kind,
                lead=lead,
                institution=doc.institution,
            )
        )

    def section(self, section: Section, max_chars: int) -> None:
        pending: list[str] = []
        for block in section.blocks:
            if block.kind == "text":
                pending += _sentences(block.text)
                continue
            for group in _packed(pending, max_chars):
                self.add(section, group)
            pending = []
            for lead, items in _unit_parts(block):
                self.add(section, [*lead, *items], block.kind, len(lead))
        for group in _packed(pending, max_chars):
            self.add(section, group)


def chunk_document(doc: Document, max_chars: int) -> list[Chunk]:
    """Pack each section's sentences into chunks of at most ``max_chars``; lists and tables whole.

    A sentence longer than that stands alone; one that opens with "It"/"This" is kept with the
    sentence before it, so that a quoted chunk never starts with a dangling reference.
    """
    chunker = _Chunker(doc)
    for section in doc.sections:
        chunker.section(section, max_chars)
    return chunker.chunks


def spelled_out(chunks: Sequence[Chunk]) -> tuple[str, ...]:
    """The acronyms a document's chunks spell out ("Human Resources" → hr), sorted. Found here,
    once per document read, so that a question naming an acronym reads no document."""
    text = "\n".join(t for c in chunks for t in (c.title, c.section or "", c.text))
    return tuple(sorted(spelled_initials(text)))
