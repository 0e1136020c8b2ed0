"""The deck library and the deck page; the Anki download is in test_web_download.py."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from sqlalchemy.exc import DataError

from quizgen import store
from quizgen.web import create_app


def test_library_lists_each_deck_with_counts_progress_and_due_reviews(client):
    page = client.get("/").get_data(as_text=True)
    assert "Sample summit deck" in page
    assert "2 articles · 4 questions" in page
    assert "0 of 4 answered right" in page
    assert "0 due" in page and "4 new" in page
    assert 'href="/decks/sample-summit"' in page
    assert 'href="/decks/sample-summit/review"' in page


def test_library_progress_counts_questions_answered_right(client, post, start_quiz):
    quiz_id = start_quiz("typed", kind="who_met")
    post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf Scholz"})
    quiz_id = start_quiz("typed", kind="amount")
    post(f"/quiz/{quiz_id}/q/1", {"answer": "$9 billion"})
    assert "1 of 4 answered right" in client.get("/").get_data(as_text=True)


def test_a_deck_whose_file_is_removed_leaves_the_library_and_comes_back_with_its_history(
        client, post, start_quiz, runner, project):
    quiz_id = start_quiz("typed", kind="who_met")
    post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf Scholz"})
    deck_file = project / "decks" / "sample.yaml"
    kept = deck_file.read_bytes()
    deck_file.unlink()

    output = runner.invoke(args=["import-decks"]).output
    assert "sample-summit removed: its file is gone, so it leaves the library" in output
    assert "Sample summit deck" not in client.get("/").get_data(as_text=True)
    assert "its file is gone" not in runner.invoke(args=["import-decks"]).output  # said once
    assert "Olaf Scholz" in client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)  # history kept

    deck_file.write_bytes(kept)
    assert "sample.yaml: sample-summit updated: 4 questions changed" in runner.invoke(args=["import-decks"]).output
    page = client.get("/").get_data(as_text=True)
    assert "2 articles · 4 questions" in page
    assert "1 of 4 answered right" in page


def test_deck_page_lists_articles_kinds_and_ways_to_study(client):
    page = client.get("/decks/sample-summit").get_data(as_text=True)
    assert "<h1>Sample summit deck</h1>" in page
    assert "Canadian Prime Minister Justin Trudeau met German Chancellor Olaf Scholz in Berlin…" in page
    text = re.sub(r"<[^>]+>", "", page)
    assert "15 March 2024 · 3 questions" in text
    assert "16 March 2024 · 1 question" in text
    assert 'href="/decks/sample-summit/articles/summit"' in page
    for label in ("Who met whom", "When", "Amounts", "Roles"):
        assert f"<strong>1</strong> {label}" in page
    assert '<option value="amount">Amounts (1)</option>' in page
    assert '<option value="deal">' not in page  # no kind without questions
    assert 'action="/decks/sample-summit/quiz"' in page
    assert 'name="mode" value="typed"' in page
    assert 'href="/decks/sample-summit/review"' in page
    assert 'action="/decks/sample-summit/download"' in page


def test_deck_page_escapes_hostile_article_titles(client):
    page = client.get("/decks/sample-summit").get_data(as_text=True)
    assert "Acme Corp chief executive &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Jane Doe said…" in page
    assert "<script>alert" not in page


def test_deck_page_lists_finished_quizzes_with_their_score(client, post, start_quiz):
    quiz_id = start_quiz("typed", kind="who_met")
    post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf Scholz"})
    page = client.get("/decks/sample-summit").get_data(as_text=True)
    assert "Recent quizzes" in page
    assert "<strong>1 / 1</strong>" in page
    assert f'href="/quiz/{quiz_id}/results"' in page


def test_unknown_deck_is_404(client):
    response = client.get("/decks/no-such-deck")
    assert response.status_code == 404
    assert "There is no deck" in response.get_data(as_text=True)


def test_empty_decks_folder_says_how_to_build_one(tmp_path):
    (tmp_path / "decks").mkdir()
    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
                      "QUIZGEN_DECKS": str(tmp_path / "decks")})
    page = app.test_client().get("/").get_data(as_text=True)
    assert "No decks yet" in page
    assert "python -m quizgen build" in page


SAMPLE_DECK = (Path(__file__).parent / "data" / "sample" / "decks" / "sample.yaml").read_text(encoding="utf-8")
BAD_DECKS = {  # a deck file that cannot be imported, and the notice the library shows for it
    "not a deck": ("quizgen: 1\ndeck: [not, a, mapping]\n", "broken.yaml:2: deck: must be a mapping, found a list"),
    "deep nesting": ("[" * 495 + "]" * 495 + "\n", "broken.yaml:1: not valid YAML: nested deeper than 20 levels"),
    "impossible date": (
        SAMPLE_DECK.replace("id: sample-summit", "id: other").replace("  date: 2024-03-15", "  date: 2021-13-45"),
        "broken.yaml:8: articles[0].date: must be a date like 2021-11-10, found '2021-13-45'",
    ),
    "id too long for the database": (
        SAMPLE_DECK.replace("id: sample-summit", "id: " + "x" * 201),
        "broken.yaml:3: deck.id: is 201 characters long; an id has at most 200",
    ),
    "duplicate article ids": (
        SAMPLE_DECK.replace("id: sample-summit", "id: other").replace("- id: hostile", "- id: summit"),
        "broken.yaml:11: articles[1].id: duplicate id 'summit' (also articles[0])",
    ),
    "an id with a slash": (
        SAMPLE_DECK.replace("id: sample-summit", "id: other").replace("- id: q-when", "- id: economy/q2"),
        "broken.yaml:29: questions[1].id: must not contain '/' (ids are part of web addresses), found 'economy/q2'",
    ),
}


@pytest.mark.parametrize("bad", BAD_DECKS.values(), ids=BAD_DECKS.keys())
def test_a_bad_deck_file_is_skipped_with_a_log_line_and_a_notice_and_the_others_serve(
        project, instance, database_url, caplog, bad):
    text, message = bad
    (project / "decks" / "broken.yaml").write_text(text, encoding="utf-8")
    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": database_url, "QUIZGEN_DECKS": str(project / "decks")})
    try:
        client = app.test_client()
        page = html.unescape(client.get("/").get_data(as_text=True))
        assert "1 deck file could not be loaded" in page
        assert f"<li><code>{message}</code></li>" in page
        assert "Sample summit deck" in page and "2 articles · 4 questions" in page
        assert client.get("/decks/sample-summit/review").status_code == 200
        assert f"deck file {project / 'decks' / 'broken.yaml'} skipped: {message}" in caplog.messages
    finally:
        app.extensions["quizgen.engine"].dispose()


def test_the_notice_goes_once_the_deck_file_is_fixed(client, runner, project):
    broken = project / "decks" / "broken.yaml"
    broken.write_text(BAD_DECKS["impossible date"][0], encoding="utf-8")
    runner.invoke(args=["import-decks"])
    assert "1 deck file could not be loaded" in client.get("/").get_data(as_text=True)
    broken.write_text(SAMPLE_DECK.replace("id: sample-summit", "id: other"), encoding="utf-8")
    assert "broken.yaml: other added: 4 questions" in runner.invoke(args=["import-decks"]).output
    assert "could not be loaded" not in client.get("/").get_data(as_text=True)


def test_a_deck_the_database_refuses_is_skipped_and_the_log_says_why(project, instance, monkeypatch, caplog, tmp_path):
    (project / "decks" / "other.yaml").write_text(SAMPLE_DECK.replace("id: sample-summit", "id: other"),
                                                  encoding="utf-8")
    import_deck_file = store.import_deck_file

    def refusing(session, path, name=None):
        if path.name == "other.yaml":
            raise DataError("INSERT INTO deck …", {}, Exception("value too long for type character varying(200)"))
        return import_deck_file(session, path, name)

    monkeypatch.setattr(store, "import_deck_file", refusing)
    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
                      "QUIZGEN_DECKS": str(project / "decks")})
    page = html.unescape(app.test_client().get("/").get_data(as_text=True))
    assert "<li><code>other.yaml: the database could not store it (the server's log says why)</code></li>" in page
    assert "Sample summit deck" in page
    assert any("value too long" in message for message in caplog.messages)
