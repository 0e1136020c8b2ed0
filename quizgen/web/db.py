"""One database session per request, a plain connection for answering, and the command that imports decks."""

from __future__ import annotations

import logging
from pathlib import Path

import click
from flask import Flask, current_app, g
from flask.cli import with_appcontext

from quizgen import store
from quizgen.deck import DeckError

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    """Open the database, create its tables, and close each request's session on teardown."""
    url = app.config["DATABASE_URL"]
    if url.startswith("sqlite:///") and ":memory:" not in url:
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = store.make_engine(url)
    store.create_tables(engine)
    app.extensions["quizgen.engine"] = engine
    app.extensions["quizgen.sessions"] = store.session_factory(engine)
    app.teardown_appcontext(close_db)
    app.cli.add_command(import_decks_command)


def get_db() -> store.Session:
    """The current request's session, opened on first use."""
    if "db" not in g:
        g.db = current_app.extensions["quizgen.sessions"]()
    return g.db


def connect() -> store.Connection:
    """A plain database connection (no ORM session), for the app's busiest write: use it in a ``with`` block."""
    return current_app.extensions["quizgen.engine"].connect()


def close_db(_exc: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def import_decks(folder: str | Path) -> list[str]:
    """Import every ``*.yaml`` deck in ``folder``, and retire the decks whose file left it.

    Returns one line per deck saying what happened.
    """
    folder = Path(folder)
    lines = []
    if not folder.is_dir():
        return [f"{folder}: no such folder, no decks imported"]
    for path in sorted(folder.glob("*.yaml")):
        db = current_app.extensions["quizgen.sessions"]()
        try:
            result = store.import_deck_file(db, path)
        except (DeckError, OSError) as exc:
            db.rollback()
            lines.append(f"{path.name}: not imported: {exc}")
            log.warning("deck not imported: %s", exc)
            continue
        finally:
            db.close()
        if result.unchanged:
            lines.append(f"{path.name}: {result.deck_id} unchanged")
        else:
            lines.append(
                f"{path.name}: {result.deck_id}: {result.added} added, {result.updated} updated, {result.retired} retired"
            )
    with current_app.extensions["quizgen.sessions"]() as db:
        for deck_id in store.retire_missing_decks(db, folder):
            lines.append(f"{deck_id}: its file is gone, so it leaves the library (learners' history is kept)")
    return lines


@click.command("import-decks")
@click.argument("folder", required=False)
@with_appcontext
def import_decks_command(folder: str | None) -> None:
    """Import the decks in FOLDER (default: the configured decks folder)."""
    for line in import_decks(folder or current_app.config["QUIZGEN_DECKS"]):
        click.echo(line)
