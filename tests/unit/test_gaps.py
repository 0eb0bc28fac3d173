"""Gap analysis on vectors made by hand: clustering, absorbing stragglers, labels, stable ids,
handled marks, and the CSV that a spreadsheet opens safely."""

import csv
import io
from collections.abc import Sequence

import numpy as np

from assistant.domain import Asked
from assistant.services.gaps import absorb, analyse, characteristic_terms, cluster, gap_id, gaps_csv
from assistant.services.questions import questions_csv
from tests.utils.questions import logged


def unit(rows: list[list[float]]) -> np.ndarray:
    matrix = np.asarray(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_clusters_are_the_groups_of_near_vectors() -> None:
    vectors = unit([[1, 0.1, 0], [1, 0, 0.1], [0, 1, 0.1], [0.1, 1, 0], [0, 0, 1]])
    assert cluster(vectors, 0.8) == [[0, 1], [2, 3], [4]]
    assert cluster(vectors, 0.0) == [[0, 1, 2, 3, 4]]
    assert cluster(vectors[:0], 0.5) == []


def test_average_linkage_does_not_chain_a_topic_into_the_next() -> None:
    # Each vector is near the next (cosine 0.87) but the ends are far apart: single linkage would
    # make one group of the chain, average linkage stops where the mean falls under the threshold.
    angles = np.radians([0, 30, 60, 90, 120])
    vectors = unit([[np.cos(a), np.sin(a)] for a in angles])
    groups = cluster(vectors, 0.8)
    assert len(groups) > 1 and sorted(i for g in groups for i in g) == [0, 1, 2, 3, 4]


def test_a_straggler_joins_the_topic_it_is_near_enough() -> None:
    vectors = unit([[1, 0, 0], [1, 0.05, 0], [1, 0, 0.05], [0.8, 0.6, 0], [0, 0, 1]])
    groups = cluster(vectors, 0.9)
    assert [3] in groups and [4] in groups
    assert absorb(vectors, groups) == [[0, 1, 2, 3], [4]]


def test_labels_are_the_terms_of_the_group_not_of_every_group() -> None:
    groups = [
        ["How do I find student housing?", "Is student housing expensive?", "Housing for students?"],
        ["When does the student library open?", "Is the library open for students on Sunday?"],
    ]
    labels = characteristic_terms(groups)
    assert [word for _, word in labels[0]][:1] == ["housing"]
    assert "library" in [word for _, word in labels[1]]
    assert all(word not in ("student", "students") for label in labels for _, word in label)


def test_an_id_depends_on_the_terms_only() -> None:
    assert gap_id(["visa", "permit"], "a") == gap_id(["permit", "visa"], "b")
    assert gap_id(["visa"], "a") != gap_id(["housing"], "a")
    assert gap_id([], "Where?") == gap_id([], "  where? ")


class Lookup:
    """An encoder that maps each known question to a fixed vector."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return unit([self.vectors[t] for t in texts])


def asked(question: str, day: int) -> Asked:
    return logged(question, f"2026-03-{day:02d}T10:00:00+00:00")


HOUSING = ["Where is student housing?", "How much is student housing rent?", "Housing deposit for rent?"]
VISA = ["Do I need a visa?", "How long is a visa valid?"]
ENCODER = Lookup(
    {
        **{q: [1, 0.05 * i, 0] for i, q in enumerate(HOUSING)},
        **{q: [0, 1, 0.05 * i] for i, q in enumerate(VISA)},
    }
)


def test_gaps_are_ranked_by_how_many_asked_with_examples_and_dates() -> None:
    entries = [asked(HOUSING[0], 9), asked(VISA[0], 8), asked(VISA[1], 7), asked(HOUSING[0], 6)]
    entries += [asked(HOUSING[1], 5), asked(HOUSING[2], 4)]
    housing, visa = analyse(entries, ENCODER, None)
    assert housing.count == 4 and visa.count == 2
    assert housing.examples == (HOUSING[0], HOUSING[1], HOUSING[2])
    assert (
        housing.first_seen == "2026-03-04T10:00:00+00:00" and housing.last_seen == "2026-03-09T10:00:00+00:00"
    )
    assert "housing" in housing.terms and "visa" in visa.terms
    assert housing.closest_document is None and not housing.handled


def test_a_handled_mark_survives_a_new_question_in_its_group() -> None:
    entries = [asked(q, 5) for q in [*HOUSING[:2], *VISA]]
    housing = analyse(entries, ENCODER, None)[0]
    marks = {housing.id: frozenset(" ".join(q.lower().split()) for q in housing.questions)}
    again = analyse([asked(HOUSING[2], 6), *entries], ENCODER, None, marks)
    assert [g.handled for g in again] == [True, False]


def test_csv_exports_neutralise_formulas() -> None:
    entries = [asked('=HYPERLINK("http://x")', 3), asked("+1 or -1?", 3)]
    rows = list(csv.reader(io.StringIO(questions_csv(entries))))
    assert rows[0][:2] == ["asked_at", "question"]
    assert [r[1] for r in rows[1:]] == ['\'=HYPERLINK("http://x")', "'+1 or -1?"]
    gaps = analyse([asked(q, 5) for q in HOUSING], ENCODER, None)
    exported = list(csv.reader(io.StringIO(gaps_csv(gaps))))
    assert exported[1][2] == "3" and exported[1][-1] == " | ".join(gaps[0].examples)
