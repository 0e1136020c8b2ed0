"""The deck library, each deck's page, and the Anki download."""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template, request, send_file
from werkzeug.exceptions import Conflict

from quizgen import store
from quizgen.deck import DeckError, load_deck
from quizgen.model import KINDS
from quizgen.web.db import get_db
from quizgen.web.learner import current_learner_id

bp = Blueprint("library", __name__)

ANKI_FORMATS = {"apkg": "application/octet-stream", "csv": "text/csv", "tsv": "text/tab-separated-values"}
ANKI_CARDS = ("basic", "choice", "both")

_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,100}")


class CannotExport(Conflict):
    """409, with a title for the error page: the deck cannot become the cards asked for (too many choices)."""

    name = "Cannot make these cards"


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
    sizes = store.deck_sizes(db)
    decks = [deck for deck in store.all_decks(db) if sizes.get(deck.id, (0, 0))[1]]  # retired decks are left out
    right = store.questions_answered_right(db, learner)
    due = store.due_counts(db, learner, store.utcnow())
    unfinished = store.unfinished_quizzes(db, learner)
    return render_template("library.html", decks=decks, sizes=sizes, right=right, due=due, unfinished=unfinished)


@bp.get("/decks/<id:deck_id>")
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


@bp.get("/decks/<id:deck_id>/download")
def download(deck_id: str):
    """The deck as an Anki package (or a CSV/TSV table), built from its YAML file.

    Each deck's last export per format and card type is kept in the instance
    folder and exported over, so notes that did not change keep their time:
    re-importing the new package into Anki updates only the changed notes and
    leaves a learner's own edits of the others alone.
    """
    from quizgen.export import ExportError, ExportWriteError, export_deck  # genanki loads on the first download

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
    output = export_path(Path(current_app.instance_path) / "exports", deck_row.id, cards, fmt)
    try:
        # the file's name only, for messages: the learner needs no path on the server
        export_deck(deck, output, cards=cards, deck_path=Path(deck_row.path).name)
    except ExportWriteError as exc:
        current_app.logger.error("download of deck %s failed: %s", deck_row.id, exc)
        abort(500, description="The deck could not be written for download. Try again later.")
    except ExportError as exc:
        # not a server failure: retrying will not help, other cards will
        raise CannotExport(description=f"{exc}. To download the deck now, choose “Type the answer” cards.")
    # Written atomically: another worker exporting the same file at once replaces it whole, never half.
    data = output.read_bytes()
    return send_file(
        io.BytesIO(data), mimetype=ANKI_FORMATS[fmt], as_attachment=True, download_name=f"{deck.id}.{fmt}"
    )


def export_path(folder: Path, deck_id: str, cards: str, fmt: str) -> Path:
    """Where the download of this deck, card type and format is kept: always a file directly in ``folder``.

    A deck id that is not a safe file name is replaced by its hash, with a dot
    that no kept id has, so the two kinds of name never meet.
    """
    if _SAFE_NAME.fullmatch(deck_id):
        name = deck_id
    else:
        name = "deck." + hashlib.sha256(deck_id.encode("utf-8")).hexdigest()[:32]
    return folder / f"{name}-{cards}.{fmt}"
