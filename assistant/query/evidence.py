"""Whether the sentence an answer would quote is evidence: a small logistic model over a few signals.

Hand-set weights kept fitting the questions they were tuned on; these are learned instead
(``eval/train_evidence.py``, from question sets with known answers) and live as a few numbers in
``evidence_model.json``. The probability that the quoted text answers the question is compared
with ``ASSISTANT_MIN_EVIDENCE``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Two models over the same signals: one orders the shortlisted quotes (trained on every quote of
# the shortlist), the other decides whether the quote the answer gives is evidence (trained on
# the answers themselves, the decision it makes).
MODEL_FILE = Path(__file__).with_name("evidence_model.json")
ORDER_FILE = Path(__file__).with_name("evidence_order.json")
# The signals, in the order of the model's weights.
FEATURES = (
    "dense",  # cosine of the question and the best sentence
    "chunk_dense",  # cosine of the question and the quoted chunk as a whole
    "coverage",  # share of the question's term weight found in the quoted chunk and its headings
    "sentence_coverage",  # the same share in the best sentence and its headings
    "unknown",  # share of the question's term weight on words no document uses
    "passage",  # fused retrieval score of the quoted passage
    "typed",  # the question asks for a typed fact (a date, an amount...) and the sentence states one
    "unit",  # a whole list or procedure is quoted
    "margin",  # lead of the best sentence over the runner-up
    "named",  # share of what the question names that the sentence or its headings name
    "missing",  # weight of the most specific question term the quoted passage lacks, over the top weight
    "contact",  # the question asks how to reach someone and the quote gives an e-mail, phone or address
    "focus",  # share of what the question asks about ("the [monthly rent] of...") that the quote names
    "foreign",  # share of what it asks about that the quoted document never names ("laundry room")
)


@dataclass(frozen=True)
class EvidenceModel:
    weights: tuple[float, ...]
    bias: float

    def probability(self, features: tuple[float, ...]) -> float:
        z = self.bias + sum(w * f for w, f in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def save(self, path: Path = MODEL_FILE) -> None:
        data = {"features": list(FEATURES), "weights": list(self.weights), "bias": self.bias}
        path.write_text(json.dumps(data, indent=2) + "\n")


@lru_cache(maxsize=8)  # a handful of model files, each read once
def load_model(path: Path = MODEL_FILE) -> EvidenceModel:
    """The trained model; its features must be today's, in order."""
    data = json.loads(path.read_text())
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path} was trained on other features: run eval/train_evidence.py again")
    return EvidenceModel(tuple(float(w) for w in data["weights"]), float(data["bias"]))
