"""The one expiry rule, shared by the ingest, the manifest and the index reader."""

from __future__ import annotations

import datetime as dt


def is_expired(valid_until: dt.date | str | None, today: dt.date | None = None) -> bool:
    """Whether a text is past its ``valid_until`` date (an ISO string or a date); it is served on the day."""
    if not valid_until:
        return False
    until = dt.date.fromisoformat(valid_until) if isinstance(valid_until, str) else valid_until
    return until < (today or dt.date.today())
