"""Fit the evidence model (assistant/query/evidence_model.json) on question sets with known answers.

Each question is answered with abstention off; the signals of the quoted text are the features,
and the label is whether that answer is correct (never, for a question the documents cannot
answer). A logistic regression then says how likely a quote is to be right.

    python -m eval.train_evidence [--set QUESTIONS CORPUS [CORPUS ...]]... [--save]
    python -m eval.train_evidence --lang fr --save    # the French model, on eval/calibration_fr.jsonl

By default it trains on the seed development set and the "plus" collection (English), and
reports cross-validated accuracy; the held-out collection is for reporting, never for training.
French quotes have their own model (``evidence_model_fr.json``), trained on French questions
written for calibration only: never on ``eval/dev_fr.jsonl`` or the collections' French questions,
which report the figures.
"""

from __future__ import annotations

import argparse
import math
import tempfile
from pathlib import Path

import numpy as np

from assistant.query.engine import Assistant
from assistant.query.evidence import FEATURES, MODEL_FILE, EvidenceModel, load_model
from assistant.query.french import FRENCH_EVIDENCE_FILE
from assistant.services.evaluation import is_correct, load_cases, temporary_index
from assistant.settings import get_settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    (ROOT / "eval/dev.jsonl", [ROOT / "corpus"]),
    (
        ROOT / "eval/collections/plus/questions.jsonl",
        [ROOT / "corpus", ROOT / "eval/collections/plus/corpus"],
    ),
]
FRENCH_SETS = [
    (ROOT / "eval/calibration_fr.jsonl", [ROOT / "corpus", ROOT / "eval/collections/plus/corpus"]),
]


def samples(questions: Path, corpora: list[Path], lang: str) -> tuple[list[tuple[float, ...]], list[int]]:
    features, labels = [], []
    with tempfile.TemporaryDirectory(prefix="train-evidence-") as folder:
        settings = temporary_index(get_settings(), corpora, Path(folder))
        assistant = Assistant.load(settings.model_copy(update={"min_evidence": 0.0}))
        for case in load_cases(questions):
            if case.lang != lang:
                continue
            answer = assistant.ask(case.question, case.history)
            if not answer.evidence.features:
                continue  # no sentence of the right type: abstains whatever the model says
            features.append(answer.evidence.features)
            labels.append(int(case.answerable and is_correct(case, answer)))
    return features, labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="+", action="append", metavar="PATH", help="QUESTIONS CORPUS...")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--save", action="store_true", help="write the model file")
    parser.add_argument(
        "--full",
        action="store_true",
        help="French: fit every weight, not only the bias (needs more questions)",
    )
    args = parser.parse_args()
    default = FRENCH_SETS if args.lang == "fr" else DEFAULT_SETS
    sets = [(Path(s[0]), [Path(c) for c in s[1:]]) for s in args.set] if args.set else default
    x: list[tuple[float, ...]] = []
    y: list[int] = []
    for questions, corpora in sets:
        features, labels = samples(questions, corpora, args.lang)
        x += features
        y += labels
    if args.lang == "fr" and not args.full:
        _recalibrate(np.array(x), np.array(y), args.save)
        return
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    data, target = np.array(x), np.array(y)
    fit = LogisticRegression(C=1.0, max_iter=1000)
    print(f"{len(y)} samples, {sum(y)} correct quotes")
    print(f"cross-validated accuracy: {cross_val_score(fit, data, target, cv=5).mean():.3f}")
    fit.fit(data, target)
    model = EvidenceModel(tuple(float(w) for w in fit.coef_[0]), float(fit.intercept_[0]))
    for name, weight in zip(FEATURES, model.weights, strict=True):
        print(f"  {name:<18}{weight:+.3f}")
    print(f"  {'bias':<18}{model.bias:+.3f}")
    if args.save:
        model.save(FRENCH_EVIDENCE_FILE if args.lang == "fr" else MODEL_FILE)


def _recalibrate(data: np.ndarray, target: np.ndarray, save: bool) -> None:
    """The French model: the English weights, with the bias shifted so that the French calibration
    questions are best decided at ``ASSISTANT_MIN_EVIDENCE`` (the smallest shift among the best).
    A few dozen questions cannot fit nine weights; they can say how far the multilingual encoder's
    cosines and the gloss's coverage move the English model's verdicts."""
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
