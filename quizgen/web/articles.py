"""An article's text with the sentences that questions come from highlighted and linked."""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from quizgen import store
from quizgen.web.db import get_db
from quizgen.web.highlight import article_spans
from quizgen.web.library import deck_or_404

bp = Blueprint("articles", __name__)


@bp.get("/decks/<id:deck_id>/articles/<id:article_id>")
def article(deck_id: str, article_id: str):
    """The article's text; each cited sentence links to the questions asked from it."""
    deck = deck_or_404(deck_id)
    article = store.find_article(get_db(), deck.id, article_id)
    if article is None:
        abort(404, description=f"Deck {deck.title!r} has no article {article_id!r}.")
    questions = [q for q in deck.active_questions if any(s["article"] == article.key for s in q.sources)]
    cited = [
        (s["start"], s["end"], s["sentence"], q.key)
        for q in questions
        for s in q.sources
        if s["article"] == article.key
    ]
    spans = article_spans(article.text, article.body_start, cited) if article.text else []
    anchors = {key: f"s-{span.start}" for span in reversed(spans) for key in span.questions}
    return render_template(
        "article.html", deck=deck, article=article, spans=spans, questions=questions, anchors=anchors
    )
