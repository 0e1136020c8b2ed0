"""One database session per request, and a plain connection for answering."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app, g

from quizgen import store


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
