"""Spaced-repetition scheduling with FSRS; the only module that knows the ``fsrs`` package.

A card's state is a plain dict (FSRS's own ``Card.to_dict``) so the store can
keep it in a JSON column. Fuzzing is off so that the interval shown on a
button is the interval the card gets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from fsrs import Card, Rating, Scheduler

RATINGS = (("again", 1), ("hard", 2), ("good", 3), ("easy", 4))
"""The four buttons of a review, as (name, rating number)."""

_scheduler = Scheduler(enable_fuzzing=False)


@dataclass(frozen=True)
class Outcome:
    """A card after a rating: its new state, when it is due, and the interval until then."""

    state: dict[str, Any]
    due: dt.datetime
    interval: dt.timedelta


def new_state() -> dict[str, Any]:
    """The state of a card never reviewed."""
    return Card(card_id=1).to_dict()


def rate(state: dict[str, Any] | None, rating: int, now: dt.datetime) -> Outcome:
    """The card with ``state`` (None for a new card) rated ``rating`` (1 Again .. 4 Easy) at ``now`` (naive UTC)."""
    card = Card.from_dict(state or new_state())
    aware = now.replace(tzinfo=dt.timezone.utc)
    reviewed, _log = _scheduler.review_card(card, Rating(rating), review_datetime=aware)
    return Outcome(
        state=reviewed.to_dict(),
        due=reviewed.due.astimezone(dt.timezone.utc).replace(tzinfo=None),
        interval=reviewed.due - aware,
    )


def preview(state: dict[str, Any] | None, now: dt.datetime) -> dict[int, dt.timedelta]:
    """The interval each rating would give, by rating number, without changing anything."""
    return {rating: rate(state, rating, now).interval for _name, rating in RATINGS}


def interval_text(interval: dt.timedelta) -> str:
    """A short human form of an interval: "<1m", "10m", "3h", "4d", "2mo", "1.5y"."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{round(days / 30)}mo"
    return f"{days / 365:.1f}".rstrip("0").rstrip(".") + "y"
