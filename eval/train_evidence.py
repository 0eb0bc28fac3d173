"""Fit the evidence model (assistant/query/evidence_model.json) on question sets with known answers.

Each question is answered with abstention off; the signals of the quoted text are the features,
and the label is whether that answer is correct (never, for a question the documents cannot
answer). A logistic regression then says how likely a quote is to be right.

    python -m eval.train_evidence [--set QUESTIONS CORPUS [CORPUS ...]]... [--save]

By default it trains on the seed development set and the "plus" collection (English), and
reports cross-validated accuracy; the held-out collection is for reporting, never for training.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from assistant.query.engine import Assistant
from assistant.query.evidence import FEATURES, EvidenceModel
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
    args = parser.parse_args()
    sets = [(Path(s[0]), [Path(c) for c in s[1:]]) for s in args.set] if args.set else DEFAULT_SETS
    x: list[tuple[float, ...]] = []
    y: list[int] = []
    for questions, corpora in sets:
        features, labels = samples(questions, corpora, args.lang)
        x += features
        y += labels
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
        model.save()


if __name__ == "__main__":
    main()
