"""Load and faults: many learners at once under gunicorn, a worker killed mid-run, then every answer accounted for.

Starts the app under gunicorn on a free loopback port with a fresh database
(SQLite, or a throwaway PostgreSQL server, or the empty database of
``--database-url``) and a generated deck. Each learner is a thread with its
own cookies; it opens the library and the deck's page, starts a quiz of the
whole deck (half of them multiple choice, half typed), answers every
question, opens the results, then rates cards in review. Everything goes
through the pages' real forms, CSRF tokens included. Each learner sends its
quiz start, its first answer and its first rating twice at once, as a double
click does without JavaScript. When half of all answers and ratings have
been acknowledged, one gunicorn worker is killed with SIGKILL; gunicorn
starts another.

A learner who gets no response or a server error sends the same form again,
up to three times, as a user would. Afterwards the script reads the database:
every answer and rating the server acknowledged (2xx or 3xx) must be stored
exactly once. Lost: acknowledged but not stored. Duplicated: stored more
often than it was sent (a double click counts as one send), or stored
though refused or never sent.

Run from the repository root: ``.venv/bin/python bench/load_faults.py [--database postgresql]``.
Loopback only, and bounded: at most 200 learners, and learners stop after ``--time-limit`` seconds.
Exits 1 when an answer or rating was lost or duplicated, or the server answered with a 5xx.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import html
import os
import re
import signal
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

# the benchmark's own modules; serving puts the repository root on sys.path for quizgen
from browser import Client, Response, page_forms
from postgres import PostgresUnavailable, new_database, throwaway_server
from serving import ROOT, Gunicorn, write_bench_deck

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from quizgen import store

SECRET_KEY = "load-and-faults"
MAX_LEARNERS = 200
MAX_QUESTIONS = 200
ATTEMPTS = 3
"""How often a learner sends the same form before giving up: the first time, and twice again after an error."""
RATING = "3"
"""Every card is rated Good: it is not due again during the run, so each review shows a new card."""


@dataclasses.dataclass
class Write:
    """Something a learner meant to store (an answer or a rating), and the status of each request sent for it.

    ``None`` stands for a request that got no response.
    """

    kind: str
    key: tuple
    value: str
    statuses: list[int | None] = dataclasses.field(default_factory=list)

    @property
    def acknowledged(self) -> bool:
        return any(status is not None and status < 400 for status in self.statuses)

    @property
    def may_be_stored(self) -> bool:
        """Acknowledged, or without an answer that says it was refused (no response, or a server error)."""
        return any(status is None or status < 400 or status >= 500 for status in self.statuses)


@dataclasses.dataclass
class Request:
    kind: str  # "page", "start", "answer" or "rating"
    status: int | None
    seconds: float


class GaveUp(Exception):
    """A learner stops: a page failed ``ATTEMPTS`` times, a form was missing, or the time limit passed."""


class Learner:
    """One browser taking a quiz of the whole deck and then reviewing, through the app's own forms."""

    def __init__(self, number: int, port: int, deck_id: str, questions: int, reviews: int, run: Run):
        self.number, self.port, self.deck_id, self.run = number, port, deck_id, run
        self.questions, self.reviews = questions, reviews
        self.client = Client(port)
        self.mode = "choice" if number % 2 == 0 else "typed"
        self.requests: list[Request] = []
        self.writes: list[Write] = []
        self.gave_up = ""

    def __call__(self) -> None:
        try:
            self.take_quiz()
            self.review()
        except GaveUp as exc:
            self.gave_up = str(exc)
        finally:
            self.client.close()

    # --- requests -------------------------------------------------------------

    def send(self, kind: str, method: str, path: str, form: dict[str, str] | None = None) -> Response | None:
        """One request, timed and recorded; None when no response came."""
        if self.run.stopped.is_set():
            raise GaveUp("time limit")
        started = time.perf_counter()
        try:
            response = self.client.request(method, path, form)
        except Exception:  # refused, reset or cut off: the worker died, or the server is down
            response = None
        self.requests.append(Request(kind, response.status if response else None, time.perf_counter() - started))
        return response

    def page(self, path: str) -> tuple[str, Response]:
        """GET a page, again after a failure, following redirects as a browser does; its final path and response."""
        failures = redirects = 0
        while failures < ATTEMPTS:
            response = self.send("page", "GET", path)
            if response is not None and response.status in (301, 302, 303):
                redirects += 1
                if redirects > 10:
                    raise GaveUp(f"GET {path}: too many redirects")
                path = response.location
            elif response is not None and response.status < 500:
                return path, response
            else:
                failures += 1
        raise GaveUp(f"GET {path} failed {ATTEMPTS} times")

    def submit(self, write: Write | None, kind: str, path: str, form: dict[str, str],
               twice: bool = False) -> Response | None:
        """POST a form, the same form again after no response or a server error; the last response.

        ``twice`` sends the first request twice at once, from a second connection with the same cookies.
        """
        twin = None
        if twice:
            twin_client = Client(self.port)
            twin_client.cookies = dict(self.client.cookies)
            twin_requests: list[Request] = []

            def send_twin() -> None:
                started = time.perf_counter()
                try:
                    status = twin_client.request("POST", path, form).status
                except Exception:  # no response: recorded as such
                    status = None
                finally:
                    twin_client.close()
                twin_requests.append(Request(kind, status, time.perf_counter() - started))

            twin = threading.Thread(target=send_twin)
            twin.start()
        response = None
        for _ in range(ATTEMPTS):
            response = self.send(kind, "POST", path, form)
            if write is not None:
                write.statuses.append(response.status if response else None)
            if response is not None and response.status < 500:
                break
        if twin is not None:
            twin.join()
            self.requests.extend(twin_requests)
            if write is not None:
                write.statuses.extend(request.status for request in twin_requests)
        if write is not None and write.acknowledged:
            self.run.acknowledged()
        return response

    # --- what a learner does -------------------------------------------------------

    def take_quiz(self) -> None:
        self.page("/")
        _path, deck_page = self.page(f"/decks/{self.deck_id}")
        form = page_forms(deck_page.text).get("quiz-form")
        if form is None:
            raise GaveUp("the deck page has no quiz form")
        fields = {**form.hidden, "mode": self.mode, "kind": "all", "count": ""}
        started = self.submit(None, "start", form.action, fields, twice=True)
        if started is None or started.status != 303:
            raise GaveUp(f"starting a quiz answered {started.status if started else 'nothing'}")
        quiz_path = started.location
        quiz_id = int(quiz_path.rsplit("/", 1)[1])
        number, total = 1, None
        # A lost answer sends the learner back to its question: at most twice round the quiz, then give up.
        for _ in range(2 * self.questions):
            path, question = self.page(f"{quiz_path}/q/{number}")
            progress = _PROGRESS.search(question.text)
            if progress is None:
                raise GaveUp(f"{path} answered {question.status} with no question")
            number, total = int(progress[1]), int(progress[2])
            form = page_forms(question.text).get("answer-form")
            if form is not None:
                if form.radios.get("choice"):
                    choice = (self.number + number) % len(form.radios["choice"])
                    value = option_text(question.text, choice)
                    fields = {**form.hidden, "choice": str(choice)}
                else:
                    value = f"Answer {number} of learner {self.number}"
                    fields = {**form.hidden, "answer": value}
                write = Write("answer", (quiz_id, number - 1), value)
                self.writes.append(write)
                answered = self.submit(write, "answer", path, fields, twice=number == 1)
                if answered is not None and answered.status == 303:
                    self.page(answered.location)  # the feedback, as a browser follows the redirect
            if number == total:
                break
            number += 1
        else:
            raise GaveUp("the quiz never ended")
        self.page(f"{quiz_path}/results")

    def review(self) -> None:
        path = f"/decks/{self.deck_id}/review"
        for review in range(self.reviews):
            _path, card = self.page(path)
            form = page_forms(card.text).get("rating-form")
            if form is None:
                raise GaveUp("no card left to review")
            key = urllib.parse.urlsplit(form.action).path.rsplit("/", 1)[1]
            write = Write("rating", (key,), RATING)
            self.writes.append(write)
            self.submit(write, "rating", form.action, {**form.hidden, "rating": RATING}, twice=review == 0)


_PROGRESS = re.compile(r"Question <strong>(\d+)</strong> of (\d+)")
_OPTION = re.compile(r'<span class="option-text">(.*?)</span>', re.S)


def option_text(page: str, index: int) -> str:
    """The text of option ``index`` on a question page, as the app stores it when chosen."""
    return html.unescape(_OPTION.findall(page)[index])


class Run:
    """What the learners share: the count of acknowledged writes, the worker to kill, and the time limit."""

    def __init__(self, server: Gunicorn, kill_after: int | None):
        self.server, self.kill_after = server, kill_after
        self.lock = threading.Lock()
        self.count = 0
        self.killed: tuple[int, int] | None = None  # (pid, acknowledged writes at the time)
        self.stopped = threading.Event()

    def acknowledged(self) -> None:
        with self.lock:
            self.count += 1
            if self.kill_after is not None and self.killed is None and self.count >= self.kill_after:
                pid = self.server.worker_pids()[0]
                os.kill(pid, signal.SIGKILL)
                self.killed = (pid, self.count)


# --- checking the database --------------------------------------------------------


def learner_id(cookies: dict[str, str]) -> str | None:
    """The learner id in a browser's signed session cookie."""
    app = Flask(__name__)
    app.secret_key = SECRET_KEY
    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    try:
        return serializer.loads(cookies.get("session", "")).get("learner")
    except Exception:  # no cookie, or not one of the app's
        return None


@dataclasses.dataclass
class Tally:
    acknowledged: int = 0
    lost: int = 0
    duplicated: int = 0


def tally(writes: list[Write], stored: collections.Counter, kind: str) -> Tally:
    """Compare what learners sent with what is stored, per key: (learner, quiz, position, given) or (learner, card).

    A key must be stored at least once per acknowledged write and at most once per write that may be stored.
    """
    required, allowed = collections.Counter(), collections.Counter()
    result = Tally()
    for write in writes:
        if write.kind != kind:
            continue
        result.acknowledged += write.acknowledged
        required[write.key] += write.acknowledged
        allowed[write.key] += write.may_be_stored
    for key in required.keys() | allowed.keys() | stored.keys():
        result.lost += max(0, required[key] - stored[key])
        result.duplicated += max(0, stored[key] - allowed[key])
    return result


def stored_writes(url: str, learners: dict[str, int]) -> tuple[collections.Counter, collections.Counter, int]:
    """From the database: answers by (learner, quiz, position, given), ratings by (learner, card key),
    and how many cards count more repetitions than logged ratings or fewer."""
    engine = store.make_engine(url)
    ids = list(learners)
    try:
        with engine.connect() as connection:
            answers = collections.Counter(
                (learners[learner], quiz, position, given)
                for learner, quiz, position, given in connection.execute(
                    select(store.Quiz.learner_id, store.QuizItem.quiz_id, store.QuizItem.position, store.QuizItem.given)
                    .join(store.Quiz, store.Quiz.id == store.QuizItem.quiz_id)
                    .where(store.Quiz.learner_id.in_(ids), store.QuizItem.answered_at.is_not(None))
                )
            )
            logged = (
                select(store.ReviewCard.learner_id, store.Question.key, store.ReviewCard.reps,
                       func.count(store.ReviewLog.id))
                .join(store.Question, store.Question.pk == store.ReviewCard.question_pk)
                .outerjoin(store.ReviewLog, store.ReviewLog.card_id == store.ReviewCard.id)
                .where(store.ReviewCard.learner_id.in_(ids))
                .group_by(store.ReviewCard.id, store.ReviewCard.learner_id, store.Question.key, store.ReviewCard.reps)
            )
            ratings, inconsistent = collections.Counter(), 0
            for learner, key, reps, count in connection.execute(logged):
                ratings[(learners[learner], key)] += count
                inconsistent += reps != count
    finally:
        engine.dispose()
    return answers, ratings, inconsistent


def keyed(learner: Learner) -> list[Write]:
    """The learner's writes with keys that match ``stored_writes``: an answer's key includes the text sent."""
    return [
        dataclasses.replace(w, key=(learner.number, *w.key, *([w.value] if w.kind == "answer" else [])))
        for w in learner.writes
    ]


_EXCEPTION = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception)): (.{0,100})", re.M)


def logged_exceptions(log: str) -> collections.Counter:
    """The exceptions that ended the tracebacks in the server's log, each with the start of its message."""
    return collections.Counter(f"{name}: {message}" for name, message in _EXCEPTION.findall(log)
                               if not name.startswith("sqlite3.") and not name.startswith("psycopg."))


# --- the run ------------------------------------------------------------------------


def percentile(seconds: list[float], p: float) -> str:
    if not seconds:
        return "n/a"
    ordered = sorted(seconds)
    return f"{ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000:.1f} ms"


def run(url: str, database: str, options: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="quizgen-load-") as tmp:
        folder = Path(tmp)
        deck_id = write_bench_deck(folder, options.questions)
        env = {
            "DATABASE_URL": url,
            "SECRET_KEY": SECRET_KEY,
            "QUIZGEN_DECKS": str(folder / "decks"),
            "QUIZGEN_INSTANCE": str(folder / "instance"),
            "PYTHONPATH": str(ROOT),
        }
        log = folder / "server.log"
        with Gunicorn("quizgen.web:create_app()", ROOT, env, workers=options.workers, log=log) as server:
            total = options.learners * (options.questions + options.reviews)
            state = Run(server, None if options.no_kill else total // 2)
            learners = [Learner(n, server.port, deck_id, options.questions, options.reviews, state)
                        for n in range(options.learners)]
            threads = [threading.Thread(target=learner) for learner in learners]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            deadline = started + options.time_limit
            for thread in threads:
                thread.join(max(0.0, deadline - time.perf_counter()))
            state.stopped.set()
            for thread in threads:
                thread.join()
            seconds = time.perf_counter() - started
        exceptions = logged_exceptions(log.read_text(encoding="utf-8", errors="replace"))

    ids = {}
    for learner in learners:
        learner_key = learner_id(learner.client.cookies)
        if learner_key is not None:
            ids[learner_key] = learner.number
    answers_stored, ratings_stored, inconsistent = stored_writes(url, ids)
    writes = [write for learner in learners for write in keyed(learner)]
    answers = tally(writes, answers_stored, "answer")
    ratings = tally(writes, ratings_stored, "rating")

    requests = [request for learner in learners for request in learner.requests]
    errors = collections.Counter(
        "no response" if r.status is None else str(r.status) for r in requests if r.status is None or r.status >= 400
    )
    server_errors = sum(count for status, count in errors.items() if status.startswith("5"))
    gave_up = collections.Counter(learner.gave_up for learner in learners if learner.gave_up)
    lost, duplicated = answers.lost + ratings.lost, answers.duplicated + ratings.duplicated

    print(f"{database}, gunicorn with {options.workers} workers; each learner: a quiz of {options.questions} "
          f"questions, then {options.reviews} reviews")
    if state.killed:
        print(f"killed worker {state.killed[0]} (SIGKILL) after {state.killed[1]} of {total} writes were acknowledged")
    elif not options.no_kill:
        print("no worker was killed: the run ended before half of its writes were acknowledged")
    print(f"learners    {options.learners}, {options.learners - sum(gave_up.values())} finished"
          + "".join(f"; {count} stopped: {reason}" for reason, count in gave_up.items()))
    print(f"requests    {len(requests)} in {seconds:.1f} s ({len(requests) / seconds:.0f}/s)")
    by_status = ", ".join(f"{status}: {count}" for status, count in sorted(errors.items()))
    print(f"errors      {sum(errors.values())}" + (f" ({by_status})" if errors else ""))
    answered = [r.seconds for r in requests if r.kind == "answer" and r.status is not None]
    print(f"latency     all requests p50 {percentile([r.seconds for r in requests if r.status], 50)}, "
          f"p99 {percentile([r.seconds for r in requests if r.status], 99)}; "
          f"answers p50 {percentile(answered, 50)}, p99 {percentile(answered, 99)}")
    print(f"stored      {answers.acknowledged} answers and {ratings.acknowledged} ratings acknowledged")
    print(f"lost        {lost} (answers {answers.lost}, ratings {ratings.lost})")
    print(f"duplicated  {duplicated} (answers {answers.duplicated}, ratings {ratings.duplicated})")
    for exception, count in exceptions.most_common(3):
        print(f"server log  {count} × {exception}")
    if inconsistent:
        print(f"            {inconsistent} review cards count another number of repetitions than of logged ratings")
    return 1 if lost or duplicated or server_errors or inconsistent else 0


def bounded(low: int, high: int):
    def parse(text: str) -> int:
        if not text.isdigit() or not low <= int(text) <= high:
            raise argparse.ArgumentTypeError(f"a whole number from {low} to {high}")
        return int(text)

    return parse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=bounded(1, MAX_LEARNERS), default=50)
    parser.add_argument("--questions", type=bounded(1, MAX_QUESTIONS), default=30,
                        help="questions in the deck, all of them asked in each learner's quiz (default 30)")
    parser.add_argument("--reviews", type=bounded(0, MAX_QUESTIONS), default=20)
    parser.add_argument("--workers", type=bounded(1, 16), default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--database-url", help="an empty database to use instead of a fresh one")
    parser.add_argument("--no-kill", action="store_true", help="kill no worker")
    parser.add_argument("--time-limit", type=bounded(10, 3600), default=600,
                        help="seconds after which learners stop (default 600)")
    options = parser.parse_args(argv)
    if options.reviews > options.questions:
        parser.error("--reviews: at most as many as --questions (each review is a new card)")
    if options.database_url and not options.database_url.startswith(("sqlite:", "postgres")):
        parser.error("--database-url: a sqlite:/// or postgresql:// URL")
    try:
        if options.database_url:
            name = "PostgreSQL" if options.database_url.startswith("postgres") else "SQLite"
            return run(options.database_url, name, options)
        if options.database == "sqlite":
            with tempfile.TemporaryDirectory(prefix="quizgen-load-db-") as tmp:
                return run(f"sqlite:///{Path(tmp) / 'quizgen.sqlite3'}", "SQLite", options)
        with throwaway_server() as server:
            return run(new_database(server), "PostgreSQL", options)
    except (PostgresUnavailable, RuntimeError, OperationalError) as exc:
        print(f"load_faults: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2

if __name__ == "__main__":
    sys.exit(main())
