"""Spaced-repetition review of a deck: due cards first, then new ones; Again/Hard/Good/Easy."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for

from quizgen import store
from quizgen.review import RATINGS, interval_text, preview, rate
from quizgen.web.db import get_db
from quizgen.web.forms import small_number
from quizgen.web.learner import current_learner_id
from quizgen.web.library import deck_or_404
from quizgen.web.routing import MAX_ROW_ID

bp = Blueprint("review", __name__)


@bp.get("/decks/<id:deck_id>/review")
def next_card(deck_id: str):
    """The next card to review, each rating button showing the interval it would give."""
    db, learner, now = get_db(), current_learner_id(), store.utcnow()
    deck = deck_or_404(deck_id)
    cards = store.review_cards(db, learner, deck.id)
    due = sorted((c for c in cards.values() if c.due <= now), key=lambda c: c.due)
    new = [q for q in deck.active_questions if q.pk not in cards]
    card = due[0] if due else None
    question = card.question if card else (new[0] if new else None)
    if question is None:
        upcoming = min((c.due for c in cards.values()), default=None)
        return render_template("review_done.html", deck=deck, upcoming=upcoming, now=now, total=len(cards))
    intervals = preview(card.state if card else None, now)
    buttons = [(name, rating, interval_text(intervals[rating])) for name, rating in RATINGS]
    return render_template(
        "review.html", deck=deck, question=question, card=card, buttons=buttons, due=len(due), new=len(new)
    )


@bp.post("/decks/<id:deck_id>/review/<id:question_key>")
def rate_card(deck_id: str, question_key: str):
    """Store a rating of one card and go on to the next.

    The form carries the card's version (its review count when the page was
    shown): a rating sent again from the same page, or from an older page,
    changes nothing, so a double click never counts twice.
    """
    db, learner = get_db(), current_learner_id()
    deck = deck_or_404(deck_id)
    question = store.find_question(db, deck.id, question_key)
    if question is None:
        abort(404, description=f"Deck {deck.title!r} has no question {question_key!r}.")
    rating_text = request.form.get("rating", "")
    if rating_text not in {str(rating) for _name, rating in RATINGS}:
        abort(400, description="Rate the card with Again, Hard, Good or Easy.")
    version = small_number(request.form.get("version", ""), MAX_ROW_ID)
    if version is None:
        abort(400, description="This rating did not come from a review page: open the review again.")
    card = store.review_card(db, learner, question.pk)
    if version == (card.reps if card else 0):
        outcome = rate(card.state if card else None, int(rating_text), store.utcnow())
        store.save_review(db, learner, question, version, outcome.state, outcome.due, int(rating_text))
    return redirect(url_for("review.next_card", deck_id=deck.id), 303)
