"""Check the 'blind' question set; the checks are in ../collection_tools.py, its parameters here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from collection_tools import Checks, check_collection  # noqa: E402  (the shared module sits one folder up)

CHECKS = Checks(
    id_pattern=r"b\d{3}",
    distractors=frozenset(
        {"40-imt-mines-ales-insurance-and-green-travel.md", "41-ensam-gap-year-and-alumni.md"}
    ),
    probes={
        "b145": ["tax"],
        "b146": ["4,000", "4,999"],
        "b147": ["Afghanistan", "Ukraine", "Sudan", "Yemen"],
        "b148": ["Brazil"],
        "b149": ["ceiling", "maximum"],
        "b150": ["Spanish"],
        "b151": ["CROUS", "need-based"],
        "b152": ["head of", "manager of the dual", "advisor is"],
        "b153": ["eduroam", "Wi-Fi", "wifi"],
        "b154": ["Palavas", "beach"],
        "b167": ["chairs were funded", "in 2025"],
        "b168": ["visa fee", "visa cost"],
        "b169": ["success rate", "pass rate"],
        "b170": ["Antigone", "swimming pool"],
    },
)

if __name__ == "__main__":
    sys.exit(check_collection(__file__, CHECKS))
