"""The app as a whole: configuration, the learner cookie, error pages, static files, the import command."""

from __future__ import annotations

import importlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from flask import Flask

from quizgen.web import create_app
from quizgen.web.config import instance_secret_key

REPOSITORY = Path(__file__).resolve().parents[1]


def test_app_is_not_in_debug_mode_unless_asked(app):
    assert not app.debug
    assert app.template_folder.endswith("templates")


def test_settings_come_from_the_environment(monkeypatch, tmp_path, project):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    monkeypatch.setenv("SECRET_KEY", "from the environment")
    monkeypatch.setenv("QUIZGEN_DECKS", str(project / "decks"))
    app = create_app()
    assert app.config["SECRET_KEY"] == "from the environment"
    assert (tmp_path / "env.sqlite3").exists()
    assert "Sample summit deck" in app.test_client().get("/").get_data(as_text=True)


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_postgres_url_as_hosting_services_give_it_opens_postgresql(monkeypatch, database_url, project):
    monkeypatch.setenv("DATABASE_URL", database_url.replace("postgresql://", "postgres://"))
    monkeypatch.setenv("SECRET_KEY", "from the environment")
    monkeypatch.setenv("QUIZGEN_DECKS", str(project / "decks"))
    app = create_app()
    assert app.extensions["quizgen.engine"].dialect.name == "postgresql"
    assert "Sample summit deck" in app.test_client().get("/").get_data(as_text=True)
    app.extensions["quizgen.engine"].dispose()


def test_secret_key_is_generated_once_into_the_instance_folder(monkeypatch, tmp_path, project):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("QUIZGEN_INSTANCE", str(tmp_path / "instance"))
    monkeypatch.setenv("QUIZGEN_DECKS", str(project / "decks"))
    first, second = create_app(), create_app()
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert len(first.config["SECRET_KEY"]) >= 32
    key_file = tmp_path / "instance" / "secret_key"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert (tmp_path / "instance" / "quizgen.sqlite3").exists()
    assert instance_secret_key(tmp_path / "instance") == first.config["SECRET_KEY"]


def test_first_visit_gets_a_learner_cookie_that_stays(client):
    response = client.get("/")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("session=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    with client.session_transaction() as session:
        learner = session["learner"]
    client.get("/stats")
    with client.session_transaction() as session:
        assert session["learner"] == learner


def test_the_learner_cookie_is_not_marked_secure_unless_asked(client):
    assert "Secure" not in client.get("/").headers["Set-Cookie"]


@pytest.mark.parametrize("value", ["1", "true", "On"])
def test_behind_https_the_learner_cookie_is_marked_secure(monkeypatch, project, instance, value):
    monkeypatch.setenv("SESSION_COOKIE_SECURE", value)
    monkeypatch.setenv("QUIZGEN_DECKS", str(project / "decks"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app({"SECRET_KEY": "x"})
    cookie = app.test_client().get("/", base_url="https://quiz.example").headers["Set-Cookie"]
    assert cookie.startswith("session=") and "; Secure;" in cookie and "HttpOnly" in cookie


def test_a_cookie_setting_that_is_no_yes_or_no_stops_the_start_with_its_name(monkeypatch, project, instance):
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "sometimes")
    with pytest.raises(ValueError, match="^SESSION_COOKIE_SECURE must be 1 or 0, found 'sometimes'$"):
        create_app({"SECRET_KEY": "x"})


def test_a_forged_cookie_is_ignored(app, client, start_quiz):
    start_quiz()
    forged = app.test_client()
    forged.set_cookie("session", "eyJsZWFybmVyIjoiYWJjIn0.forged.signature")
    response = forged.get("/")
    assert response.status_code == 200
    assert "Resume quiz" not in response.get_data(as_text=True)


def test_missing_page_is_a_404_page_in_the_site_layout(client):
    response = client.get("/no/such/page")
    page = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "Page not found" in page and "Back to the decks" in page
    assert "Traceback" not in page


def test_wrong_method_is_405_page(client):
    response = client.get("/decks/sample-summit/quiz")
    assert response.status_code == 405
    assert "Method not allowed" in response.get_data(as_text=True)


def test_oversized_post_is_rejected(post):
    response = post("/decks/sample-summit/quiz", {"mode": "choice", "pad": "x" * 100_000})
    assert response.status_code == 413
    assert "Request too large" in response.get_data(as_text=True)


def test_server_error_is_a_page_without_traceback(app):
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret internals")

    response = app.test_client().get("/boom")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong" in page and "secret internals" not in page


def test_styles_and_scripts_are_served_by_the_app(client):
    page = client.get("/").get_data(as_text=True)
    assert 'href="/static/style.css"' in page and 'src="/static/app.js"' in page
    assert "http://" not in page and "https://" not in page
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/app.js").status_code == 200
    assert "default-src 'self'" in client.get("/").headers["Content-Security-Policy"]


def flask_import_decks(project, instance, database_url) -> list[str]:
    """Run ``flask --app app import-decks`` as a person does, in its own process; its output lines."""
    env = {**os.environ, "QUIZGEN_DECKS": str(project / "decks"), "QUIZGEN_INSTANCE": str(instance),
           "DATABASE_URL": database_url, "SECRET_KEY": "import test"}
    result = subprocess.run([sys.executable, "-m", "flask", "--app", "app", "import-decks"], cwd=REPOSITORY,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_import_command_says_what_it_added_updated_left_unchanged_and_removed(project, instance, database_url):
    decks = project / "decks"
    assert flask_import_decks(project, instance, database_url) == [
        "sample.yaml: sample-summit added: 4 questions",
        "decks: 1 added, 0 updated, 0 unchanged, 0 removed, 0 not imported",
    ]
    assert flask_import_decks(project, instance, database_url) == [
        "sample.yaml: sample-summit unchanged",
        "decks: 0 added, 0 updated, 1 unchanged, 0 removed, 0 not imported",
    ]
    sample = (decks / "sample.yaml").read_text(encoding="utf-8")
    (decks / "other.yaml").write_text(sample.replace("id: sample-summit", "id: other-deck"), encoding="utf-8")
    (decks / "broken.yaml").write_text(sample.replace("  date: 2024-03-15", "  date: 2021-13-45"), encoding="utf-8")
    (decks / "sample.yaml").write_text(
        sample.replace("Sample summit deck", "Renamed deck").replace("Who did Justin Trudeau meet in Berlin",
                                                                      "Whom did Justin Trudeau meet in Berlin"),
        encoding="utf-8",
    )
    assert flask_import_decks(project, instance, database_url) == [
        "not imported: broken.yaml:8: articles[0].date: must be a date like 2021-11-10, found '2021-13-45'",
        "other.yaml: other-deck added: 4 questions",
        "sample.yaml: sample-summit updated: title changed, 1 question changed",
        "decks: 1 added, 1 updated, 0 unchanged, 0 removed, 1 not imported",
    ]
    (decks / "sample.yaml").unlink()
    assert flask_import_decks(project, instance, database_url) == [
        "not imported: broken.yaml:8: articles[0].date: must be a date like 2021-11-10, found '2021-13-45'",
        "other.yaml: other-deck unchanged",
        "sample-summit removed: its file is gone, so it leaves the library (learners' history is kept)",
        "decks: 0 added, 0 updated, 1 unchanged, 1 removed, 1 not imported",
    ]


def test_import_command_in_a_running_app_reports_only_its_own_changes(runner, project):
    deck_file = project / "decks" / "sample.yaml"
    deck_file.write_text(deck_file.read_text(encoding="utf-8").replace("Sample summit deck", "Renamed deck"),
                         encoding="utf-8")
    assert runner.invoke(args=["import-decks", str(project / "decks")]).output.splitlines() == [
        "sample.yaml: sample-summit updated: title changed",
        "decks: 0 added, 1 updated, 0 unchanged, 0 removed, 0 not imported",
    ]
    assert runner.invoke(args=["import-decks"]).output.splitlines()[0] == "sample.yaml: sample-summit unchanged"


def test_app_module_builds_the_app_from_the_environment(monkeypatch, tmp_path, project):
    monkeypatch.setenv("QUIZGEN_INSTANCE", str(tmp_path / "instance"))
    monkeypatch.setenv("QUIZGEN_DECKS", str(project / "decks"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delitem(sys.modules, "app", raising=False)
    entry = importlib.import_module("app")
    assert isinstance(entry.app, Flask)
    assert entry.app.config["DATABASE_URL"] == f"sqlite:///{tmp_path / 'instance' / 'quizgen.sqlite3'}"
