"""Check the 'train' question set; the checks are in ../collection_tools.py, its parameters here."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from collection_tools import Checks, check_collection  # noqa: E402  (the shared module sits one folder up)

CHECKS = Checks(
    id_pattern=r"t\d{3}",
    distractors=frozenset(
        {"40-institut-agro-erasmus-traineeships.md", "41-upvd-language-tandems-and-library.md"}
    ),
    probes={
        "t083": ["minimum salary", "minimum wage", "salary must"],
        "t084": ["Japanese"],
        "t085": ["Wi-Fi", "wifi", "password"],
        "t086": ["overdue", "late return", "penalt"],
        "t087": ["engineering degree", "Polytech"],
        "t088": ["total budget", "annual budget", "budget of the fund"],
        "t089": ["spouse", "family members", "accompanying"],
        "t090": ["success rate", "percentage of applicants", "of the applicants"],
        "t091": ["coordinator", "coordinated by", "programme director", "head of the programme"],
        "t092": ["per page", "translation fee", "cost of the translation"],
        "t093": ["monthly rent", "rent of", "rent is", "per month in rent"],
        "t094": ["visitors came", "students came", "attended the fair", "participants in 20"],
        "t095": ["parking", "car park"],
        "t096": ["age limit", "years old", "maximum age"],
        "t097": ["paella", "restaurant"],
        "t098": ["eduroam", "password"],
        "t099": ["rugby"],
        "t100": ["tram"],
    },
    switchboard="+33 4 65 72 00 30",
    address="avenue des Universités",
)

if __name__ == "__main__":
    sys.exit(check_collection(__file__, CHECKS))
