"""Check the 'blind50' question set: the checks are in ../collection_tools.py, its parameters in checks.json."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from collection_tools import check_collection  # noqa: E402  (the shared module sits one folder up)

if __name__ == "__main__":
    sys.exit(check_collection(__file__))
