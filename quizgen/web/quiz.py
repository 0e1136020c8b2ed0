"""Quizzes: start one on a deck, answer one question at a time, see the results, retry the missed ones.

A quiz lives in the database, so a reload shows the same question (or the
same feedback) and a quiz left halfway can be resumed.
"""

from __future__ import annotations

import random
import re
from typing import NoReturn

from flask import Blueprint, abort, redirect, render_template, request, url_for

from quizgen import store
from quizgen.grading import grade_answer
from quizgen.model import KINDS
from quizgen.web.db import connect, get_db
from quizgen.web.forms import form_value, small_number
from quizgen.web.learner import current_learner_id
from quizgen.web.library import deck_or_404
from quizgen.web.text import kind_label

bp = Blueprint("quiz", __name__)

MODES = {store.CHOICE: "Multiple choice", store.TYPED: "Typed answers"}
MAX_TYPED = 300
MAX_COUNT = 10_000

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@bp.post("/decks/<id:deck_id>/quiz")
def start(deck_id: str):
    """Start a quiz: all questions, one kind, or N random ones; multiple choice or typed."""
    deck = deck_or_404(deck_id)
    mode = form_value("mode")
    if mode not in MODES:
        abort(400, description="Choose how to answer: multiple choice or typed answers.")
    kind = form_value("kind", "all")
    if kind != "all" and kind not in KINDS:
        abort(400, description=f"Unknown question kind {kind!r}.")
    questions = [q for q in deck.active_questions if kind == "all" or q.kind == kind]
    if not questions:
        abort(400, description="This deck has no questions of that kind.")
    count_text = form_value("count")
    if count_text:
        count = small_number(count_text, MAX_COUNT)
        if not count:
            abort(400, description=f"The number of questions must be a whole number from 1 to {MAX_COUNT}.")
        count = min(count, len(questions))
    else:
        count = len(questions)
    chosen = random.sample(questions, count)
    label = "All questions" if kind == "all" else kind_label(kind)
    if count < len(questions):
        label = f"{count} random" + ("" if kind == "all" else f" · {kind_label(kind)}")
    quiz = store.start_quiz(
        get_db(), current_learner_id(), deck, chosen, mode, label, options=[shuffled_options(q, mode) for q in chosen]
    )
    return redirect(url_for("quiz.resume", quiz_id=quiz.id), 303)


def shuffled_options(question: store.Question, mode: str) -> list[str]:
    """The options shown for a multiple-choice question, in a random order; none for typed answers."""
    if mode != store.CHOICE or len(question.choices) < 2:
        return []
    options = list(question.choices)
    random.shuffle(options)
    return options


def quiz_or_404(quiz_id: int) -> store.Quiz:
    """The learner's quiz with this id; another learner's quiz is a 404 too."""
    quiz = store.learner_quiz(get_db(), quiz_id, current_learner_id())
    if quiz is None:
        abort(404, description="There is no such quiz in this browser. Start one from a deck's page.")
    return quiz


def item_or_404(quiz_id: int, number: int) -> store.QuizItem:
    """Question ``number`` (from 1) of the learner's quiz, or a 404 page."""
    item = store.quiz_item(get_db(), quiz_id, number - 1, current_learner_id()) if number >= 1 else None
    if item is None:
        no_such_question(quiz_id, number)
    return item


def no_such_question(quiz_id: int, number: int) -> NoReturn:
    """A 404 page saying whether the quiz or only its question ``number`` is missing."""
    quiz_or_404(quiz_id)
    abort(404, description=f"This quiz has no question {number}.")


@bp.get("/quiz/<row:quiz_id>")
def resume(quiz_id: int):
    """Go on where the quiz was left: the first unanswered question, or the results."""
    quiz = quiz_or_404(quiz_id)
    position = quiz.next_position
    if position is None:
        return redirect(url_for("quiz.results", quiz_id=quiz.id))
    return redirect(url_for("quiz.question", quiz_id=quiz.id, number=position + 1))


@bp.get("/quiz/<row:quiz_id>/q/<row:number>")
def question(quiz_id: int, number: int):
    """A question of the quiz; once answered, the feedback with the source sentence."""
    item = item_or_404(quiz_id, number)
    quiz = item.quiz
    if item.answered_at is None and quiz.next_position is not None and item.position > quiz.next_position:
        # no skipping ahead: answer the questions in order
        return redirect(url_for("quiz.resume", quiz_id=quiz.id))
    return render_template("quiz.html", quiz=quiz, item=item, number=number, modes=MODES)


@bp.post("/quiz/<row:quiz_id>/q/<row:number>")
def answer(quiz_id: int, number: int):
    """Check and store an answer, then show its feedback. Answering twice keeps the first answer."""
    with connect() as connection:
        item = store.open_question(connection, quiz_id, number - 1, current_learner_id()) if number >= 1 else None
        if item is None:
            no_such_question(quiz_id, number)
        if not item.answered:
            given, verdict = checked_answer(item)
            store.record_answer(connection, item.item_id, given, verdict)
    return redirect(url_for("quiz.question", quiz_id=quiz_id, number=number), 303)


def checked_answer(item: store.OpenQuestion) -> tuple[str, str]:
    """The answer posted for ``item`` and its verdict; a 400 page for a missing or invalid answer."""
    if "skip" in request.form:
        return "", store.WRONG
    if item.options:
        choice = small_number(form_value("choice"), len(item.options) - 1)
        if choice is None:
            abort(400, description="Pick one of the options before you submit.")
        given = item.options[choice]
        return given, store.RIGHT if given == item.answer else store.WRONG
    typed = form_value("answer")
    if not typed:
        abort(400, description="Type an answer, or choose “I don’t know”.")
    if len(typed) > MAX_TYPED:
        abort(400, description=f"That answer is too long (at most {MAX_TYPED} characters).")
    if _CONTROL.search(typed):
        abort(400, description="That answer contains a control character: type it again.")
    return typed, grade_answer(item, typed).verdict


@bp.get("/quiz/<row:quiz_id>/results")
def results(quiz_id: int):
    """Score, time, and every question with the learner's answer and its source."""
    quiz = quiz_or_404(quiz_id)
    if quiz.finished_at is None:
        return redirect(url_for("quiz.resume", quiz_id=quiz.id))
    missed = [item for item in quiz.items if not item.correct]
    return render_template("results.html", quiz=quiz, missed=missed, modes=MODES)


@bp.post("/quiz/<row:quiz_id>/retry")
def retry(quiz_id: int):
    """A new quiz, in the same mode, over the questions this one missed."""
    quiz = quiz_or_404(quiz_id)
    missed = [item.question for item in quiz.items if item.answered_at is not None and not item.correct]
    if not missed:
        abort(400, description="Nothing to retry: every answer of this quiz was right.")
    random.shuffle(missed)
    retry_quiz = store.start_quiz(
        get_db(), quiz.learner_id, quiz.deck, missed, quiz.mode, "Retry of missed questions",
        options=[shuffled_options(q, quiz.mode) for q in missed],
    )
    return redirect(url_for("quiz.resume", quiz_id=retry_quiz.id), 303)
