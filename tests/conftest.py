"""Fixtures for the web app: an app on a temporary database and a copy of the sample decks."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from quizgen.web import create_app

SAMPLE = Path(__file__).parent / "data" / "sample"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the sample deck in ``decks/`` and its articles in ``seeds/``."""
    root = tmp_path / "project"
    shutil.copytree(SAMPLE, root)
    return root


@pytest.fixture
def app(project: Path, tmp_path: Path):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test secret",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'quizgen.sqlite3'}",
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
