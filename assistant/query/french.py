"""French questions over the English texts: the French frame of a quoted answer, and the evidence
model calibrated on French questions (``evidence_model_fr.json``, trained by ``eval/train_evidence.py``)."""

from __future__ import annotations

from pathlib import Path

from assistant.domain import Answer

FRENCH_EVIDENCE_FILE = Path(__file__).with_name("evidence_model_fr.json")
FRENCH_LEAD = "Selon les documents de l'Université de Montpellier (en anglais) :"


def framed_in_french(answer: Answer) -> str:
    """The quoted English sentences between French quotation marks, each with its [n] marker."""
    quotes = [f"« {c.snippet} » [{c.n}]" for c in answer.citations]
    return f"{FRENCH_LEAD} {' et '.join(quotes)}"
