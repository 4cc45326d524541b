"""Time in the archive: ISO 8601, Vietnam time (UTC+7), with the offset written out."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "ICT")


def now_iso() -> str:
    """Return the current time as ISO 8601 in Vietnam time, to the second.

    >>> now_iso().endswith("+07:00")
    True
    """
    return datetime.now(VIETNAM).isoformat(timespec="seconds")
