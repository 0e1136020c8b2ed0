"""The learner's statistics: answers over time, accuracy by kind and by article."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from flask import Blueprint, render_template

from quizgen import store
from quizgen.model import KINDS
from quizgen.web.db import get_db
from quizgen.web.learner import current_learner_id

bp = Blueprint("stats", __name__)

DAYS_SHOWN = 14


@dataclass
class Tally:
    """Right and total answers of one group."""

    right: int = 0
    total: int = 0
    reviews: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.total) if self.total else 0


@bp.get("/stats")
def overview():
    """Answers per day over the last two weeks, and accuracy by kind and by article."""
    db, learner = get_db(), current_learner_id()
    items = store.answered_items(db, learner)
    today = store.utcnow().date()
    days = {today - dt.timedelta(days=n): Tally() for n in reversed(range(DAYS_SHOWN))}
    by_kind: dict[str, Tally] = defaultdict(Tally)
    by_article: dict[tuple[str, str], Tally] = defaultdict(Tally)
    overall = Tally()
    for item in items:
        question = item.question
        for tally in (days.get(item.answered_at.date()), by_kind[question.kind],
                      by_article[(question.deck_id, question.article_key)], overall):
            if tally is not None:
                tally.total += 1
                tally.right += item.correct
    for log, _question in store.review_logs(db, learner):
        if log.reviewed_at.date() in days:
            days[log.reviewed_at.date()].reviews += 1
        overall.reviews += 1
    articles = {
        (a.deck_id, a.key): a for deck in store.all_decks(db) for a in deck.articles
    }
    article_rows = sorted(
        ((articles.get(key), key, tally) for key, tally in by_article.items()),
        key=lambda row: (-row[2].total, row[1]),
    )
    busiest = max((t.total + t.reviews for t in days.values()), default=0) or 1
    return render_template(
        "stats.html",
        overall=overall,
        days=list(days.items()),
        busiest=busiest,
        kinds=[(kind, by_kind[kind]) for kind in KINDS if kind in by_kind],
        article_rows=article_rows,
    )
