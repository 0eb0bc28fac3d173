"""Gap analysis: the questions the documents did not answer (and the answers rated 👎), grouped by
topic for the people who write the documents.

Questions are embedded with the model the server already runs, grouped by average-linkage
agglomerative clustering on cosine similarity, named by their most characteristic terms and
ranked by how many people asked. A group marked handled stays marked while it keeps its name or
most of its questions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import DateTime, String, Text, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from assistant.domain import Asked, Gap
from assistant.services.feedback import Base
from assistant.services.migrations import migrate
from assistant.services.questions import QuestionLog, iso, to_csv
from assistant.store.index import Index
from assistant.text import STOPWORDS, fold, stem_all, words

# Two groups merge while the mean cosine between their questions is at least this; then a group
# of at most SMALL questions joins the larger group it is closest to, when the mean cosine is
# at least ABSORB. Tuned with all-MiniLM-L6-v2 on 70 questions of our own on 7 topics, each
# asked in many words (tests/data/gap_topics.json), mixed 3, 5 and 7 topics at a time: at 0.30
# the mean adjusted Rand index of the 35 three-topic mixes is 0.71 (0.60 without the second
# step); 0.25 scores 0.74 there but merges housing with library questions, unrelated topics
# that share only the university's vocabulary; 0.35 splits topics (0.63).
MIN_SIMILARITY = 0.3
SMALL = 2
ABSORB = 0.2
# The nearest chunk is named as the group's closest document only from this cosine up: questions
# on housing or sport are 0.38-0.45 from the partnership texts, which say nothing of either.
CLOSEST_FLOOR = 0.5
LABEL_TERMS = 3
EXAMPLES = 5
LISTED = 100  # questions listed per group at the most
# The most recent distinct questions analysed: clustering is quadratic in their number.
MAX_QUESTIONS = 3000
_CACHE = 20_000
# Words every question about this university may use; they never characterise a topic.
_GENERIC = frozenset(
    "um umontpellier montpellier university universite universit student students etudiant etudiants "
    "question questions".split()
)


class QueryEncoder(Protocol):
    def encode_queries(self, texts: Sequence[str]) -> NDArray[np.float32]: ...


def cluster(vectors: NDArray[np.float32], min_similarity: float = MIN_SIMILARITY) -> list[list[int]]:
    """Average-linkage agglomerative clustering of unit ``vectors`` on cosine similarity: groups
    of row numbers, each sorted, in the order of their first row."""
    n = len(vectors)
    if n == 0:
        return []
    sim = np.asarray(vectors, dtype=np.float64) @ np.asarray(vectors, dtype=np.float64).T
    np.fill_diagonal(sim, -np.inf)
    sizes = np.ones(n)
    members: list[list[int]] = [[i] for i in range(n)]
    # Each row's best partner, kept up to date: an average-linkage merge never raises a
    # similarity above both it replaces, so only rows whose best partner merged need a rescan.
    best_j = sim.argmax(axis=1)
    best = sim[np.arange(n), best_j]
    while True:
        i = int(best.argmax())
        if best[i] < min_similarity:
            break
        j = int(best_j[i])
        merged = (sizes[i] * sim[i] + sizes[j] * sim[j]) / (sizes[i] + sizes[j])
        sim[i, :] = merged
        sim[:, i] = merged
        sim[j, :] = -np.inf
        sim[:, j] = -np.inf
        sim[i, i] = -np.inf
        sizes[i] += sizes[j]
        members[i] += members[j]
        members[j] = []
        best[j] = -np.inf
        for k in {i, *np.flatnonzero((best_j == i) | (best_j == j)).tolist()}:
            if members[k]:
                best_j[k] = sim[k].argmax()
                best[k] = sim[k, best_j[k]]
    return sorted((sorted(m) for m in members if m), key=lambda m: m[0])


def absorb(vectors: NDArray[np.float32], groups: list[list[int]]) -> list[list[int]]:
    """Groups of at most SMALL rows moved into the larger group nearest them (by mean cosine) when
    it is near enough: a question asked in rarer words joins its topic instead of standing alone."""
    original = [g for g in groups if len(g) > SMALL]
    if not original:
        return groups
    large = [list(g) for g in original]
    left = []
    for group in (g for g in groups if len(g) <= SMALL):
        means = [float((vectors[group] @ vectors[g].T).mean()) for g in original]
        nearest = int(np.argmax(means))
        if means[nearest] >= ABSORB:
            large[nearest].extend(group)
        else:
            left.append(group)
    return sorted((sorted(g) for g in [*large, *left]), key=lambda g: g[0])


def _terms(text: str) -> list[tuple[str, str]]:
    """(stem, word) of the content words of a question."""
    kept = [w for w in words(text) if w not in STOPWORDS and w not in _GENERIC and len(w) > 2]
    return list(zip(stem_all(kept), kept, strict=True))


def characteristic_terms(
    groups: Sequence[Sequence[str]], k: int = LABEL_TERMS
) -> list[list[tuple[str, str]]]:
    """Each group's ``k`` most characteristic (stem, word): frequent in the group, rare in the
    others (class-based TF-IDF), words shared by a single question of a larger group left out."""
    seen = [[{s: w for s, w in _terms(q)} for q in group] for group in groups]
    everywhere: Counter[str] = Counter(s for group in seen for terms in group for s in terms)
    total = sum(len(group) for group in groups)
    labels = []
    for group in seen:
        inside: Counter[str] = Counter(s for terms in group for s in terms)
        spelled: dict[str, Counter[str]] = {}
        for terms in group:
            for s, w in terms.items():
                spelled.setdefault(s, Counter())[w] += 1
        floor = min(2, len(group))
        scored = sorted(
            (
                (-(n / len(group)) * math.log(1 + total / everywhere[s]), s)
                for s, n in inside.items()
                if n >= floor
            ),
        )
        labels.append([(s, spelled[s].most_common(1)[0][0]) for _, s in scored[:k]])
    return labels


def _key(question: str) -> str:
    return " ".join(fold(question).split())


def gap_id(stems: Sequence[str], fallback: str) -> str:
    """A group's id: a hash of its label's stems (of its oldest question when it has no terms)."""
    basis = "|".join(sorted(stems)) if stems else "q:" + _key(fallback)
    return hashlib.sha1(basis.encode()).hexdigest()[:12]


def closest_document(index: Index, centroid: NDArray[np.float32]) -> str | None:
    """The document of the live chunk nearest ``centroid``, if it is near enough to name."""
    if not len(index.chunks):
        return None
    cosines = index.chunk_vectors @ centroid
    for i in np.argsort(-cosines)[:50]:
        if cosines[i] < CLOSEST_FLOOR:
            return None
        if index.live(int(i)):
            return index.chunks[int(i)].document
    return None


class GapMark(Base):
    __tablename__ = "gap_marks"

    gap_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    questions: Mapped[str] = mapped_column(Text)  # JSON list of the group's question keys when marked
    handled_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class UnknownGapError(LookupError):
    """No group of the current analysis has this id."""


class GapFinder:
    """Finds the gaps in the question log and keeps the staff's "handled" marks."""

    def __init__(self, log: QuestionLog) -> None:
        self.log = log
        self.engine = log.engine
        migrate(self.engine)
        self._vectors: dict[str, NDArray[np.float32]] = {}
        self._last: dict[str, Gap] = {}
        self._lock = threading.Lock()

    def find(self, encoder: QueryEncoder, index: Index | None, since: dt.datetime | None = None) -> list[Gap]:
        """The gaps among the questions asked since ``since``, most asked first."""
        gaps = analyse(self.log.gap_questions(since), self._encode(encoder), index, self.marks())
        with self._lock:
            self._last.update((g.id, g) for g in gaps)
        return gaps

    def _encode(self, encoder: QueryEncoder) -> QueryEncoder:
        cache = self._vectors

        class Cached:
            def encode_queries(self, texts: Sequence[str]) -> NDArray[np.float32]:
                missing = sorted({t for t in texts if t not in cache})
                if missing:
                    if len(cache) + len(missing) > _CACHE:
                        cache.clear()
                    cache.update(zip(missing, encoder.encode_queries(missing), strict=True))
                return np.vstack([cache[t] for t in texts]) if texts else np.zeros((0, 1), np.float32)

        return Cached()

    def marks(self) -> dict[str, frozenset[str]]:
        """The ids of the groups marked handled, with the questions they held then."""
        with Session(self.engine) as session:
            return {m.gap_id: frozenset(json.loads(m.questions)) for m in session.scalars(select(GapMark))}

    def mark(self, gap_id: str, handled: bool, encoder: QueryEncoder, index: Index | None) -> Gap:
        """Mark a group of the latest analysis handled (or not); raises UnknownGapError."""
        with self._lock:
            gap = self._last.get(gap_id)
        if gap is None:
            gap = next((g for g in self.find(encoder, index) if g.id == gap_id), None)
        if gap is None:
            raise UnknownGapError(gap_id)
        keys = {_key(q) for q in gap.questions}
        # Unmarking also clears marks under older ids whose questions the group kept.
        stale = (
            [gap_id] if handled else [i for i, m in self.marks().items() if i == gap_id or _overlaps(keys, m)]
        )
        with Session(self.engine) as session, session.begin():
            session.execute(delete(GapMark).where(GapMark.gap_id.in_(stale)))
            if handled:
                session.add(
                    GapMark(
                        gap_id=gap_id,
                        label=gap.label,
                        questions=json.dumps(sorted(keys), ensure_ascii=False),
                        handled_at=dt.datetime.now(dt.UTC),
                    )
                )
        marked = replace(gap, handled=handled)
        with self._lock:
            self._last[gap_id] = marked
        return marked


def _overlaps(keys: set[str], marked: frozenset[str]) -> bool:
    """Whether most of a group's questions were in a group marked handled."""
    return bool(keys) and len(keys & marked) * 2 >= len(keys)


def analyse(
    entries: Sequence[Asked],
    encoder: QueryEncoder,
    index: Index | None,
    marks: Mapping[str, frozenset[str]] | None = None,
) -> list[Gap]:
    """Group ``entries`` (newest first) by topic: the gaps, most asked first."""
    marks = marks or {}
    asked: dict[str, list[Asked]] = {}
    for entry in entries:
        asked.setdefault(_key(entry.question), []).append(entry)
    keys = list(asked)[:MAX_QUESTIONS]
    if not keys:
        return []
    # Encoded in a fixed order, so that the server and the CLI get the very same vectors.
    texts = [asked[k][0].question for k in keys]
    order = sorted(range(len(texts)), key=lambda i: texts[i])
    encoded = encoder.encode_queries([texts[i] for i in order])
    vectors = np.zeros_like(encoded)
    vectors[order] = encoded
    groups = absorb(vectors, cluster(vectors))
    labels = characteristic_terms([[texts[i] for i in g] for g in groups])
    gaps = [
        _gap(g, [keys[i] for i in g], asked, labels[n], vectors, index, marks) for n, g in enumerate(groups)
    ]
    unique: dict[str, Gap] = {}
    for gap in gaps:
        if gap.id in unique:  # two groups of the same name: the second is told apart by its question
            gap = replace(gap, id=gap_id([], gap.questions[-1]))
        unique[gap.id] = gap
    ranked = sorted(unique.values(), key=lambda g: g.id)
    ranked.sort(key=lambda g: g.last_seen, reverse=True)
    return sorted(ranked, key=lambda g: g.count, reverse=True)


def _gap(
    rows: list[int],
    keys: list[str],
    asked: Mapping[str, list[Asked]],
    terms: list[tuple[str, str]],
    vectors: NDArray[np.float32],
    index: Index | None,
    marks: Mapping[str, frozenset[str]],
) -> Gap:
    entries = sorted((e for k in keys for e in asked[k]), key=lambda e: e.asked_at, reverse=True)
    distinct = list(dict.fromkeys(e.question for e in entries))
    centroid = vectors[rows].mean(axis=0)
    centroid /= max(float(np.linalg.norm(centroid)), 1e-12)
    ident = gap_id([s for s, _ in terms], distinct[-1])
    handled = ident in marks or any(_overlaps(set(keys), m) for m in marks.values())
    return Gap(
        id=ident,
        label=", ".join(w for _, w in terms) or distinct[0],
        terms=tuple(w for _, w in terms),
        count=len(entries),
        examples=tuple(distinct[:EXAMPLES]),
        questions=tuple(distinct[:LISTED]),
        first_seen=_seconds(entries[-1].asked_at),
        last_seen=_seconds(entries[0].asked_at),
        closest_document=closest_document(index, centroid) if index is not None else None,
        handled=handled,
    )


def _seconds(moment: str) -> str:
    return iso(dt.datetime.fromisoformat(moment))


GAP_COLUMNS = ("id", "label", "count", "first_seen", "last_seen", "closest_document", "handled", "examples")


def gaps_csv(gaps: Sequence[Gap]) -> str:
    """The gaps as CSV, one row per group, its examples joined by " | "."""
    return to_csv(gaps, GAP_COLUMNS, joiner=" | ")
