"""Checks a model's answer sentence by sentence, as it streams, before any of it is shown.

A sentence is released only when it is grounded: it cites a source that exists, or the sources
support it (its terms are covered by one source, which it then cites); any number in it appears
in the sources or the question; and it neither repeats the prompt nor says "I don't know". A
"don't know" before anything was released, or an answer with no grounded sentence, becomes an
abstention. Because only checked sentences go out, the streamed text never has to be taken back.

A French answer to a French question shares few words with its English sources: its terms are
read through the English gloss, and a source also supports it when the multilingual encoder puts
the two close (``CROSS_LINGUAL_MIN_COSINE``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from assistant.domain import Citation
from assistant.embeddings import SentenceEncoder
from assistant.query.gloss import gloss
from assistant.text import coverage, fold, index_terms, language, words

# Share of a sentence's term weight that one source must cover for the sentence to be attributed
# to it when the model cited nothing: half its meaning, by IDF weight (see README, "LLM answers").
MIN_SUPPORT = 0.5
# A cited sentence whose citations leave this share of its term weight uncovered is checked for
# a second source that covers at least MIN_SUPPORT of the rest.
MISSING_SHARE = 0.2
# Cosine (Universal Sentence Encoder Multilingual) from which a source supports a French sentence:
# a French rendering of an English sentence scores 0.45 to 0.95 against it, unrelated pairs under
# 0.25 (measured on sentences of the seed corpus).
CROSS_LINGUAL_MIN_COSINE = 0.45
# A sentence sharing a run of this many words with the prompt repeats the prompt.
_LEAK_WORDS = 6

# [1], [1, 2], [1][2], [Source 1], [source 2 and 3]
MARKER = re.compile(
    r"\s*\[\s*(?:source\s*|src\s*|doc\s*)?(\d{1,3}(?:\s*(?:,|;|and|&)\s*(?:source\s*)?\d{1,3})*)\s*\]",
    re.IGNORECASE,
)
# A sentence ends at . ! ? (and any markers after it) before a capital, digit or list sign;
# a line break always ends one.
_BOUNDARY = re.compile(
    r"(?<=[.!?])(?:\s*\[[^\]\n]{0,40}\])*\s+(?=[A-ZÀ-Ý0-9\"“«(*•-])|(?<=\])\s+(?=[A-ZÀ-Ý\"“«])|\s*\n+\s*"
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LIST_SIGN = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_DECLINES = re.compile(
    r"\b(i|we)\s+(do not|don't|dont|cannot|can't|can not)\s+(know|find|answer|say|tell)"
    r"|\b(do|does|did)\s*(n't|not)\s+(contain|mention|say|specify|provide|include|state)"
    r"|\bno (information|mention|answer|details?)\b"
    r"|\bnot (mentioned|specified|stated|provided|found|available|given|contained)\b"
    r"|\bunable to (answer|find)\b"
    r"|\bje ne (sais|peux|trouve)\b|\bne (contiennent|contient|mentionnent|mentionne|précisent|"
    r"precisent|indiquent|indique) pas\b|\b(aucune|pas d')\s*information",
    re.IGNORECASE,
)


def markers(text: str) -> list[int]:
    """The source numbers cited in ``text``, in order, without repeats."""
    found: list[int] = []
    for match in MARKER.finditer(text):
        for number in re.findall(r"\d+", match.group(1)):
            if int(number) not in found:
                found.append(int(number))
    return found


def declines(sentence: str) -> bool:
    """Whether the sentence says that the answer is not known or not in the sources."""
    return bool(_DECLINES.search(sentence))


def _shingles(text: str, size: int = _LEAK_WORDS) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@lru_cache(maxsize=8)
def _secret_shingles(texts: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    # The prompt is the same for every question: its word runs are computed once.
    return frozenset().union(*(_shingles(t) for t in texts))


@dataclass
class Verdict:
    """What became of one generated sentence."""

    text: str
    cited: list[int] = field(default_factory=list)
    reason: str = "kept"  # kept | declined | leak | unsupported | invented-number | empty


class Grounder:
    """Feeds on a model's streamed text; hands back the grounded sentences ready to show.

    ``feed`` and ``finish`` return text to send (with separating spaces), so the pieces joined
    are exactly ``answer``. ``abstained`` turns true on a "don't know" before anything was sent.
    """

    def __init__(
        self,
        question: str,
        sources: Sequence[Citation],
        idf: Callable[[str], float],
        secrets: Iterable[str] = (),
        encoder: SentenceEncoder | None = None,
    ) -> None:
        """``encoder``: the multilingual encoder, for an answer in French (its sentences are then
        checked across the two languages)."""
        self.sources = {s.n: s for s in sources}
        self._encoder = encoder
        self._source_vectors = (
            {s.n: encoder.encode_query(s.snippet) for s in sources} if encoder is not None else {}
        )
        self._source_terms = {s.n: index_terms(f"{s.title} {s.section or ''} {s.snippet}") for s in sources}
        self._numbers = {n for s in sources for n in _numbers(f"{s.snippet} {s.text}")} | _numbers(question)
        self._idf = idf
        self._question_terms = set(index_terms(question))
        self._secrets = _secret_shingles(tuple(secrets))
        self._pending = ""
        self.verdicts: list[Verdict] = []
        self.answer = ""
        self.abstained = False

    @property
    def cited(self) -> list[int]:
        """Numbers of the sources the released answer cites, in order of first citation."""
        found: list[int] = []
        for verdict in self.verdicts:
            if verdict.reason == "kept":
                found += [n for n in verdict.cited if n not in found]
        return found

    def feed(self, text: str) -> str:
        """Take more generated text; return what is now grounded and can be shown."""
        if self.abstained:
            return ""
        self._pending += text
        # A boundary match needs the first character after it, so the text before it is whole.
        last = None
        for match in _BOUNDARY.finditer(self._pending):
            last = match
        if last is None:
            return ""
        head, self._pending = self._pending[: last.end()], self._pending[last.end() :]
        return self._release(head)

    def finish(self) -> str:
        """The model is done: check what is left."""
        if self.abstained:
            return ""
        rest, self._pending = self._pending, ""
        return self._release(rest)

    def _release(self, text: str) -> str:
        out = []
        for sentence in self._split(text):
            verdict = self.check(sentence)
            self.verdicts.append(verdict)
            if verdict.reason == "declined" and not self.answer:
                self.abstained = True
                break
            if verdict.reason != "kept":
                continue
            shown = verdict.text + " " + "".join(f"[{n}]" for n in verdict.cited)
            piece = (" " if self.answer else "") + shown
            self.answer += piece
            out.append(piece)
        return "".join(out)

    @staticmethod
    def _split(text: str) -> list[str]:
        parts, begin = [], 0
        for match in _BOUNDARY.finditer(text):
            parts.append(text[begin : match.end()])
            begin = match.end()
        parts.append(text[begin:])
        return [p for p in (p.strip() for p in parts) if p]

    def check(self, sentence: str) -> Verdict:
        """Whether one sentence may be shown, and with which citations."""
        cited = [n for n in markers(sentence) if n in self.sources]
        text = _LIST_SIGN.sub("", MARKER.sub("", sentence)).strip()
        if not any(c.isalpha() for c in text):
            return Verdict(text, reason="empty")
        if declines(text):
            return Verdict(text, reason="declined")
        if _shingles(text) & self._secrets:
            return Verdict(text, reason="leak")
        if not _numbers(text) <= self._numbers:
            return Verdict(text, reason="invented-number")
        if not cited:
            support = self.support(text)
            best = max(support, key=lambda n: support[n], default=None)
            if best is None or support[best] < MIN_SUPPORT:
                return Verdict(text, reason="unsupported")
            cited = [best]
        return Verdict(text, self.complete(text, cited))

    def _terms(self, sentence: str) -> list[str]:
        """The sentence's terms; a French sentence's are those of its English gloss."""
        if self._encoder is not None and language(sentence) == "fr":
            return index_terms(gloss(sentence))
        return index_terms(sentence)

    def complete(self, sentence: str, cited: list[int]) -> list[int]:
        """``cited`` plus the source of what the cited ones do not say, when one source does.

        A sentence that blends two sources ("partners are A, B and C", C from another source)
        must cite both: the terms the cited sources leave uncovered are looked up in the others.
        """
        weights = {t: self._idf(t) for t in self._terms(sentence)}
        covered = {t for n in cited for t in self._source_terms[n]}
        elsewhere = {t for n, terms in self._source_terms.items() if n not in cited for t in terms}
        # Missing are the facts another source does state: not words no source uses, nor the
        # question's own words, which the answer repeats without needing a source for them.
        missing = {
            t: w
            for t, w in weights.items()
            if t not in self._question_terms and not coverage({t: w}, covered) and coverage({t: w}, elsewhere)
        }
        total = sum(weights.values())
        if not total or sum(missing.values()) / total < MISSING_SHARE:
            return cited
        others = {n: coverage(missing, terms) for n, terms in self._source_terms.items() if n not in cited}
        best = max(others, key=lambda n: others[n], default=None)
        return [*cited, best] if best is not None and others[best] >= MIN_SUPPORT else cited

    def support(self, sentence: str) -> dict[int, float]:
        """How much of the sentence's meaning (IDF-weighted terms) each source covers; across two
        languages, a cosine of CROSS_LINGUAL_MIN_COSINE counts as MIN_SUPPORT."""
        weights = {t: self._idf(t) for t in self._terms(sentence)}
        support = {n: coverage(weights, terms) for n, terms in self._source_terms.items()}
        if self._encoder is not None:
            vector = self._encoder.encode_query(sentence)
            for n, source in self._source_vectors.items():
                close = float(np.dot(vector, source)) * MIN_SUPPORT / CROSS_LINGUAL_MIN_COSINE
                support[n] = max(support[n], close)
        return support


def _numbers(text: str) -> set[str]:
    return {m.replace(",", "").rstrip(".") for m in _NUMBER.findall(fold(text))}
