"""Fixtures: a copy of the sample decks, and the web app on a temporary database.

Every test that takes ``database_url`` (the web app's tests and the store's)
runs twice: on SQLite, and on PostgreSQL in a throwaway server that the test
run starts itself. Without PostgreSQL installed (``scripts/setup.sh --dev``
installs it) the PostgreSQL runs are skipped.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bench.postgres import PostgresUnavailable, new_database, throwaway_server
from quizgen.web import create_app

SAMPLE = Path(__file__).parent / "data" / "sample"
@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server on a free loopback port for the whole test run; its URL without a database."""
    try:
        with throwaway_server() as server:
            yield server
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path: Path):
    """An empty database: a SQLite file, or a new database on the test run's PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'quizgen.sqlite3'}"
        return
    import psycopg

    server = request.getfixturevalue("postgres_server")
    url = new_database(server, prefix="quizgen")
    yield url
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the sample deck in ``decks/`` and its articles in ``seeds/``."""
    root = tmp_path / "project"
    shutil.copytree(SAMPLE, root)
    return root


@pytest.fixture
def instance(tmp_path: Path, monkeypatch) -> Path:
    """The app's instance folder (kept downloads live there): a temporary one, never the project's."""
    folder = tmp_path / "instance"
    monkeypatch.setenv("QUIZGEN_INSTANCE", str(folder))
    return folder


@pytest.fixture
def app(project: Path, database_url: str, instance: Path):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test secret",
            "DATABASE_URL": database_url,
            "QUIZGEN_DECKS": str(project / "decks"),
        }
    )
    yield app
    app.extensions["quizgen.engine"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def csrf_token(client) -> str:
    """The CSRF token of ``client``'s session, as a page of the app hands it out."""
    page = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


@pytest.fixture
def post(client):
    """POST a form with a valid CSRF token, as the app's own pages do."""

    def send(url: str, data: dict | None = None, **kwargs):
        return client.post(url, data={"csrf_token": csrf_token(client), **(data or {})}, **kwargs)

    return send


@pytest.fixture
def db(app):
    """A database session for looking at what the app stored."""
    session = app.extensions["quizgen.sessions"]()
    yield session
    session.close()


@pytest.fixture
def start_quiz(post):
    """Start a quiz on the sample deck; return its id."""

    def start(mode: str = "choice", **form) -> int:
        response = post("/decks/sample-summit/quiz", {"mode": mode, **form})
        assert response.status_code == 303, response.get_data(as_text=True)
        return int(re.search(r"/quiz/(\d+)$", response.headers["Location"]).group(1))

    return start
