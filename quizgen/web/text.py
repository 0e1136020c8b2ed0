"""How kinds and durations read on the pages."""

from __future__ import annotations

import datetime as dt

KIND_LABELS = {
    "who_met": "Who met whom",
    "when": "When",
    "where": "Where",
    "deal": "Deals",
    "amount": "Amounts",
    "role": "Roles",
    "other": "Other",
}


def kind_label(kind: str) -> str:
    """The heading shown for a question kind."""
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


def duration_text(duration: dt.timedelta | None) -> str:
    """A duration as "42s", "3m 05s" or "1h 02m"."""
    if duration is None:
        return "–"
    seconds = int(duration.total_seconds())
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m {seconds % 60:02d}s"
    return f"{seconds // 3600}h {seconds % 3600 // 60:02d}m"
