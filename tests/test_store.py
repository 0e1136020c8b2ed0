"""The store: importing decks by question id without losing learner history; SQLite settings."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from quizgen import store
from quizgen.deck import DeckError, load_deck, save_deck
from quizgen.model import Question

SAMPLE_DECK = Path(__file__).parent / "data" / "sample" / "decks" / "sample.yaml"


@pytest.fixture
def session(database_url):
    engine = store.make_engine(database_url)
    store.create_tables(engine)
    with store.session_factory(engine)() as session:
        yield session
    engine.dispose()


def test_import_stores_deck_articles_with_their_text_and_questions(session, project):
    result = store.import_deck_file(session, project / "decks" / "sample.yaml")
    assert (result.added, result.updated, result.retired) == (4, 0, 0)
    deck = session.get(store.Deck, "sample-summit")
    assert deck.title == "Sample summit deck"
    assert [a.key for a in deck.articles] == ["summit", "hostile"]
    summit = deck.articles[0]
    assert summit.body.startswith("Canadian Prime Minister Justin Trudeau met")
    assert summit.text[17:139] == deck.questions[0].sources[0]["sentence"]
    question = store.find_question(session, "sample-summit", "q-amount")
    assert (question.kind, question.answer) == ("amount", "$2.5 billion")
    assert question.accept == ["2.5 billion dollars", "2.5 billion"]
    assert question.to_model() == load_deck(SAMPLE_DECK).questions[2]


def test_importing_the_same_file_again_changes_nothing(session, project):
    store.import_deck_file(session, project / "decks" / "sample.yaml")
    assert store.import_deck_file(session, project / "decks" / "sample.yaml").unchanged


def test_a_changed_article_file_is_imported_again(session, project):
    store.import_deck_file(session, project / "decks" / "sample.yaml")
    article = project / "seeds" / "hostile.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nA second paragraph.\n", encoding="utf-8")
    assert not store.import_deck_file(session, project / "decks" / "sample.yaml").unchanged
    assert store.find_article(session, "sample-summit", "hostile").text.endswith("A second paragraph.\n")


def test_reimport_updates_by_id_and_keeps_every_learners_history(session, project):
    path = project / "decks" / "sample.yaml"
    store.import_deck_file(session, path)
    deck = session.get(store.Deck, "sample-summit")
    amount = store.find_question(session, "sample-summit", "q-amount")
    quiz = store.start_quiz(session, "learner-one-aaaaaaa", deck, deck.active_questions, store.TYPED, "All")
    with session.get_bind().connect() as connection:
        store.record_answer(connection, quiz.items[2].id, "$2.5 billion", store.RIGHT)
    store.save_review(session, "learner-one-aaaaaaa", amount, 0, {"state": 1}, store.utcnow(), 3)

    # rebuilt deck: one prompt reworded, the amount question gone, a new question added
    old = load_deck(path)
    reworded = dataclasses.replace(old.questions[0], prompt="Whom did Justin Trudeau meet in Berlin?")
    new = dataclasses.replace(old.questions[1], id="q-new", prompt="A new question?")
    save_deck(dataclasses.replace(old, questions=(reworded, old.questions[1], old.questions[3], new)), path)
    result = store.import_deck_file(session, path)
    assert (result.added, result.updated, result.retired) == (1, 1, 1)

    session.expire_all()
    deck = session.get(store.Deck, "sample-summit")
    assert [q.key for q in deck.active_questions] == ["q-who-met", "q-when", "q-hostile", "q-new"]
    assert store.find_question(session, "sample-summit", "q-who-met").prompt == "Whom did Justin Trudeau meet in Berlin?"
    assert store.find_question(session, "sample-summit", "q-amount") is None
    quiz = session.get(store.Quiz, quiz.id)
    assert quiz.items[2].question.key == "q-amount" and quiz.items[2].verdict == store.RIGHT
    assert quiz.items[0].question.prompt == "Whom did Justin Trudeau meet in Berlin?"
    assert len(session.scalars(select(store.ReviewLog)).all()) == 1
    assert store.questions_answered_right(session, "learner-one-aaaaaaa") == {}  # retired questions do not count

    # the question coming back revives it with its history
    save_deck(old, path)
    assert store.import_deck_file(session, path).retired == 1  # q-new leaves
    assert store.questions_answered_right(session, "learner-one-aaaaaaa") == {"sample-summit": 1}


def test_malformed_deck_raises_and_stores_nothing(session, tmp_path):
    path = tmp_path / "decks" / "bad.yaml"
    path.parent.mkdir()
    path.write_text("quizgen: 1\ndeck: {id: x, title: y, created: 2024-01-01}\nquestions: [{id: a}]\n", encoding="utf-8")
    with pytest.raises(DeckError, match="bad.yaml"):
        store.import_deck_file(session, path)
    assert store.all_decks(session) == []


def test_an_answer_is_recorded_once_and_the_last_one_finishes_the_quiz(session, project):
    store.import_deck_file(session, project / "decks" / "sample.yaml")
    deck = session.get(store.Deck, "sample-summit")
    learner = "learner-two-aaaaaaa"
    quiz = store.start_quiz(session, learner, deck, deck.active_questions[:2], store.CHOICE, "2 random")
    with session.get_bind().connect() as connection:
        first = store.open_question(connection, quiz.id, 0, learner)
        assert (first.kind, first.answer, first.accept) == ("who_met", "Olaf Scholz", ("Scholz", "Chancellor Olaf Scholz"))
        assert store.open_question(connection, quiz.id, 0, "another-learner-aaaa") is None
        assert store.open_question(connection, quiz.id, 2, learner) is None
        assert store.record_answer(connection, first.item_id, "Olaf Scholz", store.RIGHT)
        assert not store.record_answer(connection, first.item_id, "Joe Biden", store.WRONG)
        assert store.open_question(connection, quiz.id, 0, learner).answered
        session.expire_all()
        assert quiz.items[0].given == "Olaf Scholz" and quiz.finished_at is None
        assert quiz.next_position == 1
        store.record_answer(connection, quiz.items[1].id, "1 January", store.WRONG)
    session.expire_all()
    assert quiz.finished_at == quiz.items[1].answered_at and quiz.next_position is None
    assert quiz.score == 1
    assert store.unfinished_quizzes(session, learner) == []
    assert store.finished_quizzes(session, learner, deck.id) == [quiz]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(session):
    assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert session.execute(text("PRAGMA busy_timeout")).scalar() == 10000


def test_question_model_round_trip_keeps_every_source():
    deck = load_deck(SAMPLE_DECK)
    question: Question = deck.questions[0]
    row = store.Question(
        key=question.id, kind=question.kind, prompt=question.prompt, answer=question.answer,
        accept=list(question.accept), choices=list(question.choices), tags=list(question.tags),
        sources=[dataclasses.asdict(s) for s in question.sources],
    )
    assert row.to_model() == question


def test_tables_are_created_once_when_processes_start_together(database_url):
    script = (
        "import sys; from quizgen import store; "
        "engine = store.make_engine(sys.argv[1]); store.create_tables(engine); print('ok')"
    )
    processes = [
        subprocess.Popen([sys.executable, "-c", script, database_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    results = [process.communicate(timeout=60) for process in processes]
    assert [out.strip() for out, _err in results] == ["ok"] * 6, [err for _out, err in results]


@pytest.mark.parametrize("on_conflict", [True, False], ids=["on-conflict", "savepoint"])
def test_a_learner_or_a_new_card_inserted_twice_is_stored_once(session, project, monkeypatch, database_url, on_conflict):
    if not on_conflict:
        if database_url.startswith("sqlite"):
            pytest.skip("the savepoint path is for databases without ON CONFLICT; SQLite has it")
        monkeypatch.setattr(store, "_INSERT_ON_CONFLICT", {})
    store.import_deck_file(session, project / "decks" / "sample.yaml")
    question = store.find_question(session, "sample-summit", "q-when")
    learner = "learner-three-aaaaaa"
    store.ensure_learner(session, learner)
    store.ensure_learner(session, learner)
    session.commit()
    assert session.scalars(select(store.Learner.id)).all() == [learner]
    assert store.save_review(session, learner, question, 0, {"state": 1}, store.utcnow(), 3) is True
    assert store.save_review(session, learner, question, 0, {"state": 2}, store.utcnow(), 4) is False
    assert store.save_review(session, learner, question, 1, {"state": 3}, store.utcnow(), 2) is True
    assert store.save_review(session, learner, question, 1, {"state": 4}, store.utcnow(), 1) is False
    card = store.review_card(session, learner, question.pk)
    session.refresh(card)
    assert (card.reps, card.state) == (2, {"state": 3})
    assert [log.rating for log in session.scalars(select(store.ReviewLog).order_by(store.ReviewLog.id))] == [3, 2]


def test_an_article_path_at_a_pipe_is_skipped_not_read_forever(session, project):
    article = project / "seeds" / "hostile.txt"
    article.unlink()
    os.mkfifo(article)  # a hand-edited deck pointing at a pipe: reading it would never end
    result = subprocess.run(  # in a child process, so that a hang is a failure and not a stuck test run
        [sys.executable, "-c", "import sys; from quizgen import store; e = store.make_engine(sys.argv[1]); store.create_tables(e);"
         "s = store.session_factory(e)(); print(store.import_deck_file(s, sys.argv[2]).added)",
         session.get_bind().url.render_as_string(hide_password=False), str(project / "decks" / "sample.yaml")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "4"
