"""The deck library, each deck's page, and the Anki download."""

from __future__ import annotations

import io
import tempfile
from collections import Counter
from pathlib import Path

from flask import Blueprint, abort, render_template, request, send_file

from quizgen import store
from quizgen.deck import DeckError, load_deck
from quizgen.model import KINDS
from quizgen.web.db import get_db
from quizgen.web.learner import current_learner_id

bp = Blueprint("library", __name__)

ANKI_FORMATS = {"apkg": "application/octet-stream", "csv": "text/csv", "tsv": "text/tab-separated-values"}
ANKI_CARDS = ("basic", "choice", "both")


def deck_or_404(deck_id: str) -> store.Deck:
    """The deck with this id, or a 404 page."""
    deck = get_db().get(store.Deck, deck_id)
    if deck is None:
        abort(404, description=f"There is no deck {deck_id!r}. Pick one from the library.")
    return deck


@bp.get("/")
def index():
    """Every deck with the learner's progress, due reviews and quizzes in progress."""
    db, learner = get_db(), current_learner_id()
    decks = store.all_decks(db)
    right = store.questions_answered_right(db, learner)
    due = store.due_counts(db, learner, store.utcnow())
    unfinished = store.unfinished_quizzes(db, learner)
    return render_template(
        "library.html", decks=decks, sizes=store.deck_sizes(db), right=right, due=due, unfinished=unfinished
    )


@bp.get("/decks/<deck_id>")
def deck(deck_id: str):
    """A deck's articles, its questions by kind, and the ways to study it."""
    db, learner = get_db(), current_learner_id()
    deck = deck_or_404(deck_id)
    questions = deck.active_questions
    by_kind = Counter(q.kind for q in questions)
    kinds = [(kind, by_kind[kind]) for kind in KINDS if by_kind[kind]]
    per_article = Counter(q.article_key for q in questions)
    due, new = store.due_counts(db, learner, store.utcnow()).get(deck.id, (0, 0))
    return render_template(
        "deck.html",
        deck=deck,
        questions=questions,
        kinds=kinds,
        per_article=per_article,
        due=due,
        new=new,
        right=store.questions_answered_right(db, learner).get(deck.id, 0),
        unfinished=store.unfinished_quizzes(db, learner, deck.id),
        finished=store.finished_quizzes(db, learner, deck.id),
        anki_cards=ANKI_CARDS,
    )


@bp.get("/decks/<deck_id>/download")
def download(deck_id: str):
    """The deck as an Anki package (or a CSV/TSV table), built from its YAML file."""
    from quizgen.export import ExportError, export_deck  # genanki is loaded only when someone downloads

    deck_row = deck_or_404(deck_id)
    fmt = request.args.get("format", "apkg")
    cards = request.args.get("cards", "basic")
    if fmt not in ANKI_FORMATS:
        abort(400, description=f"Unknown format {fmt!r}: choose one of {', '.join(ANKI_FORMATS)}.")
    if cards not in ANKI_CARDS:
        abort(400, description=f"Unknown card type {cards!r}: choose one of {', '.join(ANKI_CARDS)}.")
    try:
        deck = load_deck(deck_row.path)
    except DeckError as exc:
        abort(404, description=f"The deck file cannot be read any more: {exc}")
    with tempfile.TemporaryDirectory(prefix="quizgen-export-") as folder:
        output = Path(folder) / f"{deck.id}.{fmt}"
        try:
            export_deck(deck, output, cards=cards, deck_path=Path(deck_row.path))
        except ExportError as exc:
            abort(500, description=f"The deck could not be exported: {exc}")
        data = output.read_bytes()
    return send_file(
        io.BytesIO(data), mimetype=ANKI_FORMATS[fmt], as_attachment=True, download_name=f"{deck.id}.{fmt}"
    )
