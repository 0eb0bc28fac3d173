"""Fit the evidence model (assistant/query/evidence_model.json) on question sets with known answers.

Each question's shortlisted quotes are the samples: the signals of a quote are its features, and
the label is whether that quote alone answers correctly (never, for a question the documents
cannot answer). A logistic regression then says how likely a quote is to be right; the engine
uses it to order the shortlist and to decide whether the best quote is evidence.

    python -m eval.train_evidence [--set QUESTIONS CORPUS [CORPUS ...]]... [--save]
    python -m eval.train_evidence --lang fr --save    # the French bias, on eval/calibration_fr.jsonl

By default it trains on the seed development set and the "plus" and "train" collections
(English), and
reports cross-validated accuracy; the held-out collection is for reporting, never for training.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import tempfile
from pathlib import Path

import numpy as np

from assistant.domain import Answer
from assistant.query import engine, extractive
from assistant.query.engine import Assistant
from assistant.query.evidence import FEATURES, MODEL_FILE, ORDER_FILE, EvidenceModel, load_model
from assistant.query.french import FRENCH_EVIDENCE_FILE
from assistant.services.evaluation import Case, is_correct, load_cases, temporary_index
from assistant.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    (ROOT / "eval/dev.jsonl", [ROOT / "corpus"]),
    (
        ROOT / "eval/collections/plus/questions.jsonl",
        [ROOT / "corpus", ROOT / "eval/collections/plus/corpus"],
    ),
    (
        ROOT / "eval/collections/train/questions.jsonl",
        [ROOT / "corpus", ROOT / "eval/collections/train/corpus"],
    ),
]

FRENCH_SETS = [
    (ROOT / "eval/calibration_fr.jsonl", [ROOT / "corpus", ROOT / "eval/collections/plus/corpus"]),
]


def _untrained() -> EvidenceModel:
    """A model of today's features that says nothing: samples are collected before any fit, so a
    model file trained on other features must not stop them."""
    return EvidenceModel((0.0,) * len(FEATURES), 0.0)


Samples = list[tuple[float, ...]]
Cases = list[tuple[Assistant, list[Case]]]


def quote_samples(sets: Cases) -> tuple[Samples, list[int]]:
    """Every shortlisted quote, labelled by whether it alone answers correctly: for the order model."""
    features, labels = [], []
    for assistant, cases in sets:
        for case in cases:
            for snippet, evidence in assistant.quotes(case.question, case.history):
                features.append(evidence.features)
                labels.append(int(case.answerable and is_correct(case, Answer(text=snippet, answered=True))))
    return features, labels


def answer_samples(sets: Cases) -> tuple[Samples, list[int]]:
    """Every answer given with abstention off, labelled by whether it is correct (never, for a
    question the documents cannot answer): for the evidence model."""
    features, labels = [], []
    for assistant, cases in sets:
        for case in cases:
            answer = assistant.ask(case.question, case.history)
            if answer.evidence.features:  # else no sentence of the asked type: it abstains anyway
                features.append(answer.evidence.features)
                labels.append(int(case.answerable and is_correct(case, answer)))
    return features, labels


def fit(name: str, x: Samples, y: list[int]) -> EvidenceModel:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    data, target = np.array(x), np.array(y)
    regression = LogisticRegression(C=1.0, max_iter=1000)
    print(f"{name}: {len(y)} samples, {sum(y)} correct")
    print(f"  cross-validated accuracy: {cross_val_score(regression, data, target, cv=5).mean():.3f}")
    regression.fit(data, target)
    model = EvidenceModel(tuple(float(w) for w in regression.coef_[0]), float(regression.intercept_[0]))
    for feature, weight in zip(FEATURES, model.weights, strict=True):
        print(f"  {feature:<18}{weight:+.3f}")
    print(f"  {'bias':<18}{model.bias:+.3f}")
    return model


def _loaded(stack: contextlib.ExitStack, sets: list[tuple[Path, list[Path]]], lang: str) -> Cases:
    loaded: Cases = []
    for questions, corpora in sets:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="train-evidence-")))
        settings = temporary_index(get_settings(), corpora, folder)
        assistant = Assistant.load(settings.model_copy(update={"min_evidence": 0.0}))
        loaded.append((assistant, [c for c in load_cases(questions) if c.lang == lang]))
    return loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="+", action="append", metavar="PATH", help="QUESTIONS CORPUS...")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--save", action="store_true", help="write the model files")
    args = parser.parse_args()
    default = FRENCH_SETS if args.lang == "fr" else DEFAULT_SETS
    sets = [(Path(s[0]), [Path(c) for c in s[1:]]) for s in args.set] if args.set else default
    with contextlib.ExitStack() as stack:
        if args.lang == "fr":
            # The French answers are ordered and judged by the English models while collected.
            engine.load_model = lambda path=MODEL_FILE: load_model(  # type: ignore[attr-defined,assignment]
                MODEL_FILE if path == FRENCH_EVIDENCE_FILE else path
            )
            features, labels = answer_samples(_loaded(stack, sets, "fr"))
            _recalibrate(np.array(features), np.array(labels), args.save)
            return
        # The French composer's model is loaded with the assistant; after a change of features it
        # is stale until refitted (``--lang fr``), and the English fit does not use it.
        engine.load_model = lambda path=MODEL_FILE: _untrained()  # type: ignore[attr-defined,assignment]
        loaded = _loaded(stack, sets, args.lang)
        # The order model is fitted first: the answers the evidence model learns from are the
        # ones that order picks.
        extractive.load_model = lambda path=MODEL_FILE: _untrained()  # type: ignore[attr-defined,assignment]
        order = fit("order (every shortlisted quote)", *quote_samples(loaded))
        extractive.load_model = lambda path=MODEL_FILE: order if path == ORDER_FILE else _untrained()  # type: ignore[attr-defined,assignment]
        evidence = fit("evidence (the answer given)", *answer_samples(loaded))
    if args.save:
        order.save(ORDER_FILE)
        evidence.save(MODEL_FILE)


def _recalibrate(data: np.ndarray, target: np.ndarray, save: bool) -> None:
    """The French evidence model: the English weights, with the bias shifted so that the French
    calibration questions are best decided at ``ASSISTANT_MIN_EVIDENCE`` (the smallest shift among
    the best). A few dozen questions cannot fit eleven weights; they can say how far the
    multilingual encoder's cosines and the gloss's coverage move the English model's verdicts."""
    english = load_model(MODEL_FILE)
    logits = data @ np.array(english.weights) + english.bias
    cut = math.log(get_settings().min_evidence / (1 - get_settings().min_evidence))
    offsets = sorted(np.linspace(-2, 2, 401), key=abs)
    right = [int(np.sum((logits + o >= cut) == target.astype(bool))) for o in offsets]
    offset = float(offsets[int(np.argmax(right))])
    model = EvidenceModel(english.weights, english.bias + offset)
    print(f"{len(target)} samples, {int(target.sum())} correct quotes")
    print(f"bias offset {offset:+.2f} (bias {model.bias:+.3f}): {max(right)} of {len(target)} decided right")
    if save:
        model.save(FRENCH_EVIDENCE_FILE)


if __name__ == "__main__":
    main()
