"""Answer submissions per second under gunicorn, against a minimal Flask app doing the same work in the same run.

Each app runs under gunicorn with 2 sync workers on a free loopback port, on
the same kind of database (a temporary SQLite file, or a throwaway
PostgreSQL server with ``--database postgresql``). The same pool of client
threads sends a fixed number of requests to each, the apps taking turns a
slice at a time so that the machine's changing load falls on all of them:

- answer submission: typed answers to quizgen's quizzes (started beforehand,
  not timed), each with its cookie and CSRF token, as a browser sends them;
- same work: a minimal Flask app with Flask-WTF's CSRF check, as quizgen has,
  whose form post reads one row, compares a string, writes one row and
  redirects; the baseline;
- hello world: ``GET /`` of a Flask app that returns a string; a scale line,
  to tell a slow machine from a slow app.

Prints requests per second, p50/p99 latency and errors for each, and the
ratio of answer submission to the same-work app: the median of the rounds'
ratios, and the ratio of the totals.

Run from the repository root: ``.venv/bin/python bench/web.py [--database postgresql]``.
Target: answer submission at least 0.8x the same-work app's throughput, zero errors.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import re
import statistics
import sys
import tempfile
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# the benchmark's own modules; serving puts the repository root on sys.path for quizgen
from browser import Client
from postgres import PostgresUnavailable, new_database, throwaway_server
from serving import ROOT, Gunicorn, write_bench_deck

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, insert
from sqlalchemy.exc import OperationalError

from quizgen.store import make_engine

WORKERS = 2
CLIENTS = 8
REQUESTS = 6000
WARMUP = 400
ROUNDS = 10
QUESTIONS = 200
QUIZ_LENGTH = 50
TARGET_RATIO = 0.8
ANSWERS = ("Olaf Scholz", "Olaf Sholz", "$3 billion", "14 March 2024")
"""Typed answers sent in turn: right, almost right (a typo), and wrong ones."""

HELLO_APP = textwrap.dedent('''
    from flask import Flask

    app = Flask(__name__)


    @app.get("/")
    def hello():
        return "Hello, World!"
''')

SAME_WORK_APP = textwrap.dedent('''
    import os

    from flask import Flask, abort, redirect, request, session
    from flask_wtf.csrf import CSRFProtect, generate_csrf
    from sqlalchemy import text

    from quizgen.store import make_engine

    app = Flask(__name__)
    app.config.update(SECRET_KEY="benchmark", WTF_CSRF_TIME_LIMIT=None)
    CSRFProtect(app)
    # the engine quizgen makes: the same driver, pool and SQLite settings
    engine = make_engine(os.environ["SAME_WORK_DATABASE_URL"])

    READ = text("SELECT answer FROM same_work_question WHERE id = :id")
    WRITE = text("INSERT INTO same_work_answer (question_id, learner, given, correct) "
                 "VALUES (:question, :learner, :given, :correct)")


    @app.get("/")
    def form():
        session["learner"] = "benchmark-learner-id"
        return f'<meta name="csrf-token" content="{generate_csrf()}">'


    @app.post("/answer/<int:question>")
    def answer(question):
        given = request.form.get("answer", "").strip()
        with engine.connect() as connection:
            expected = connection.execute(READ, {"id": question}).scalar()
            if expected is None:
                abort(404)
            correct = given.casefold() == expected.casefold()
            values = {"question": question, "learner": session["learner"], "given": given, "correct": int(correct)}
            connection.execute(WRITE, values)
            connection.commit()
        return redirect(f"/answer/{question}", 303)
''')


def create_same_work_tables(url: str) -> None:
    """The same-work app's tables, emptied, with ``QUESTIONS`` questions to answer."""
    metadata = MetaData()
    questions = Table("same_work_question", metadata, Column("id", Integer, primary_key=True),
                      Column("answer", Text, nullable=False))
    Table("same_work_answer", metadata, Column("id", Integer, primary_key=True),
          Column("question_id", Integer, nullable=False), Column("learner", String(64), nullable=False),
          Column("given", Text, nullable=False), Column("correct", Integer, nullable=False))
    engine = make_engine(url)
    try:
        metadata.drop_all(engine)
        metadata.create_all(engine)
        with engine.begin() as connection:
            connection.execute(insert(questions), [
                {"id": i, "answer": ANSWERS[i % len(ANSWERS)]} for i in range(1, QUESTIONS + 1)
            ])
    finally:
        engine.dispose()


@dataclasses.dataclass
class Result:
    """Latencies (seconds) of the successful requests, errors, wall time, and requests per second of each round."""

    name: str
    latencies: list[float]
    errors: int
    seconds: float
    rounds: list[float] = dataclasses.field(default_factory=list)

    @property
    def per_second(self) -> float:
        return (len(self.latencies) + self.errors) / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


def csrf_token(client: Client) -> str:
    """Open the app's front page, as a browser does first: it sets the cookie and hands out a CSRF token."""
    page = client.request("GET", "/").text
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


class Learner:
    """A quizgen learner answering typed questions of quizzes started beforehand (not timed)."""

    def __init__(self, port: int, deck_id: str, answers: int):
        self.client = Client(port)
        self.token = csrf_token(self.client)
        self.paths = [
            f"{quiz}/q/{number}"
            for quiz in (self.start_quiz(deck_id) for _ in range(-(-answers // QUIZ_LENGTH)))
            for number in range(1, QUIZ_LENGTH + 1)
        ]
        self.sent = 0

    def start_quiz(self, deck_id: str) -> str:
        form = {"csrf_token": self.token, "mode": "typed", "count": str(QUIZ_LENGTH)}
        response = self.client.request("POST", f"/decks/{deck_id}/quiz", form)
        if response.status != 303:
            raise RuntimeError(f"starting a quiz answered {response.status}")
        return response.location

    def answer(self) -> bool:
        """Submit the next answer; True when the app took it (a redirect to its feedback)."""
        path = self.paths[self.sent]
        self.sent += 1
        form = {"csrf_token": self.token, "answer": ANSWERS[self.sent % len(ANSWERS)]}
        return self.client.request("POST", path, form).status == 303


class SameWorkPoster:
    """A browser posting the same-work app's answer form, to each of its questions in turn."""

    def __init__(self, port: int):
        self.client = Client(port)
        self.token = csrf_token(self.client)
        self.sent = 0

    def post(self) -> bool:
        self.sent += 1
        form = {"csrf_token": self.token, "answer": ANSWERS[(self.sent // 3) % len(ANSWERS)]}
        return self.client.request("POST", f"/answer/{self.sent % QUESTIONS + 1}", form).status == 303


class Target:
    """One app under load: its clients, what each sends, and what was measured so far."""

    def __init__(self, name: str, clients: list, send):
        self.name, self.clients, self.send = name, clients, send
        self.result = Result(name, [], 0, 0.0)

    def drive(self, pool: ThreadPoolExecutor, requests: int, record: bool = True) -> None:
        """Send ``requests`` requests, spread over the clients, each client one after the other."""
        lock = threading.Lock()
        latencies: list[float] = []
        errors = 0

        def run(client) -> None:
            nonlocal errors
            for _ in range(requests // len(self.clients)):
                started = time.perf_counter()
                try:
                    ok = self.send(client)
                except Exception:  # any failure counts as an error of the run
                    ok = False
                elapsed = time.perf_counter() - started
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors += 1

        started = time.perf_counter()
        list(pool.map(run, self.clients))
        if record:
            seconds = time.perf_counter() - started
            self.result.rounds.append((len(latencies) + errors) / seconds)
            self.result.seconds += seconds
            self.result.latencies += latencies
            self.result.errors += errors


def run(quizgen_url: str, same_work_url: str, database: str) -> int:
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp, contextlib.ExitStack() as servers:
        folder = Path(tmp)
        deck_id = write_bench_deck(folder, QUESTIONS)
        (folder / "hello.py").write_text(HELLO_APP, encoding="utf-8")
        (folder / "same_work.py").write_text(SAME_WORK_APP, encoding="utf-8")
        create_same_work_tables(same_work_url)
        env = {
            "DATABASE_URL": quizgen_url,
            "SAME_WORK_DATABASE_URL": same_work_url,
            "SECRET_KEY": "benchmark",
            "QUIZGEN_DECKS": str(folder / "decks"),
            "QUIZGEN_INSTANCE": str(folder / "instance"),
            "PYTHONPATH": str(ROOT),
        }

        def serve(app: str) -> int:
            return servers.enter_context(Gunicorn(app, folder, env, workers=WORKERS, log=folder / "server.log")).port

        answers_port = serve("quizgen.web:create_app()")
        same_work_port = serve("same_work:app")
        hello_port = serve("hello:app")
        per_client = (WARMUP + REQUESTS) // CLIENTS
        targets = [
            Target("answer submission", [Learner(answers_port, deck_id, per_client) for _ in range(CLIENTS)],
                   Learner.answer),
            Target("same work (CSRF, 1 read, 1 write)", [SameWorkPoster(same_work_port) for _ in range(CLIENTS)],
                   SameWorkPoster.post),
            Target("hello world", [Client(hello_port) for _ in range(CLIENTS)],
                   lambda client: client.request("GET", "/").status == 200),
        ]
        with ThreadPoolExecutor(CLIENTS) as pool:
            for target in targets:
                target.drive(pool, WARMUP, record=False)
            # the apps take turns, a slice of the requests at a time: a change in the machine's load hits all alike
            for _ in range(ROUNDS):
                for target in targets:
                    target.drive(pool, REQUESTS // ROUNDS)
        for target in targets:
            for client in target.clients:
                getattr(client, "client", client).close()
    answers, same_work, hello = (target.result for target in targets)

    print(f"{database}, gunicorn with {WORKERS} workers, {CLIENTS} client threads, "
          f"{REQUESTS} requests per app (after {WARMUP} warm-up)")
    print(f"{'':34} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>7}")
    for result in (answers, same_work, hello):
        print(f"{result.name:34} {result.per_second:7.0f} {result.percentile(50):7.1f} "
              f"{result.percentile(99):7.1f} {result.errors:7d}")
    # a burst of other work on the machine slows one app's slice of a round: the median round leaves it out
    ratio = statistics.median(a / b for a, b in zip(answers.rounds, same_work.rounds))
    ok = ratio >= TARGET_RATIO and answers.errors == 0 and same_work.errors == 0
    print(f"answer / same work {ratio:.2f}, median of {ROUNDS} rounds ({answers.per_second / same_work.per_second:.2f} "
          f"overall; target ≥ {TARGET_RATIO}, zero errors): {'met' if ok else 'NOT met'}")
    print(f"answer / hello world {answers.per_second / hello.per_second:.2f} (scale)")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--database-url", help="an empty database to use instead of fresh ones "
                        "(the same-work app's tables, same_work_*, are created in it too)")
    options = parser.parse_args(argv)
    if options.database_url and not options.database_url.startswith(("sqlite:", "postgres")):
        parser.error("--database-url: a sqlite:/// or postgresql:// URL")
    try:
        if options.database_url:
            name = "PostgreSQL" if options.database_url.startswith("postgres") else "SQLite"
            return run(options.database_url, options.database_url, name)
        if options.database == "sqlite":
            with tempfile.TemporaryDirectory(prefix="quizgen-bench-db-") as tmp:
                return run(f"sqlite:///{Path(tmp) / 'quizgen.sqlite3'}",
                           f"sqlite:///{Path(tmp) / 'same_work.sqlite3'}", "SQLite")
        with throwaway_server() as server:
            return run(new_database(server), new_database(server), "PostgreSQL")
    except (PostgresUnavailable, RuntimeError, OperationalError) as exc:
        print(f"web: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2

if __name__ == "__main__":
    sys.exit(main())
