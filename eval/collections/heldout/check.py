"""Check the 'heldout' question set; the checks are in ../collection_tools.py, its parameters here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from collection_tools import Checks, check_collection  # noqa: E402  (the shared module sits one folder up)

CHECKS = Checks(
    id_pattern=r"h\d{3}",
    distractors=frozenset(
        {
            "40-upvm-french-courses-and-summer-university.md",
            "41-enscm-invited-professors-and-staff-training.md",
        }
    ),
    probes={
        "h145": ["marine"],
        "h146": ["Korea"],
        "h147": ["defended in", "theses were defended"],
        "h148": ["success rate", "percentage of applicants"],
        "h149": ["C2"],
        "h150": ["hotel"],
        "h151": ["visa fee"],
        "h152": ["head of the", "manager of the"],
        "h153": ["Moodle", "password"],
        "h154": ["Fabre", "museum"],
        "h167": ["environmental law", "environment law"],
        "h168": ["postdoc", "postdoctoral"],
        "h169": ["visitors", "students were received"],
        "h170": ["weather", "temperature"],
    },
)

if __name__ == "__main__":
    sys.exit(check_collection(__file__, CHECKS))
