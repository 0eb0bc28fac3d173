"""Check the 'blind2' question set; the checks are in ../collection_tools.py, its parameters here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from collection_tools import Checks, check_collection  # noqa: E402  (the shared module sits one folder up)

CHECKS = Checks(
    id_pattern=r"c\d{3}",
    distractors=frozenset(
        {"40-avignon-student-jobs-and-north-america.md", "41-ut3-medical-electives-and-thesis-defence.md"}
    ),
    probes={
        "c145": ["currently run", "laboratories are running"],
        "c146": ["visa fees"],
        "c147": ["last year"],
        "c148": ["off campus", "restaurant"],
        "c149": ["APC", "article processing"],
        "c150": ["ECTS credit"],
        "c151": ["per diem", "meal allowance"],
        "c152": ["work permit"],
        "c153": ["tram", "Saint-Roch"],
        "c154": ["basketball"],
        "c167": ["were selected", "last year"],
        "c168": ["insurance company", "insurer"],
        "c169": ["dentist"],
        "c170": ["tielle"],
    },
)

if __name__ == "__main__":
    sys.exit(check_collection(__file__, CHECKS))
