"""Answer submissions per second under gunicorn, against a minimal Flask "hello" app in the same run.

Each app runs under gunicorn with 2 workers on a free loopback port; the
quizgen app on a temporary SQLite database with a generated deck. The same
pool of client threads sends a fixed number of requests to each: typed
answers (each with its cookie and CSRF token, as a browser sends them) to
quizgen, ``GET /`` to the hello app. Prints requests per second, p50/p99
latency and errors for both, and their ratio.

For scale, two more apps are measured: a minimal Flask form post with the
same signed session cookie and CSRF check as an answer, that does nothing
but redirect; and quizgen itself with an answer route that grades and
stores nothing, which is the most an answer could reach in this app.

Run from the repository root: ``.venv/bin/python bench/web.py``.
Target: answer submission at least 0.5x the hello app's throughput, zero errors.
"""

from __future__ import annotations

import dataclasses
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.deck import load_deck, save_deck  # noqa: E402

HOST = "127.0.0.1"
WORKERS = 2
CLIENTS = 8
REQUESTS = 6000
WARMUP = 400
QUESTIONS = 200
QUIZ_LENGTH = 50
TARGET_RATIO = 0.5

HELLO_APP = textwrap.dedent('''
    from flask import Flask

    app = Flask(__name__)


    @app.get("/")
    def hello():
        return "Hello, World!"
''')

FORM_APP = textwrap.dedent('''
    from flask import Flask, redirect, session
    from flask_wtf.csrf import CSRFProtect, generate_csrf

    app = Flask(__name__)
    app.config["SECRET_KEY"] = "benchmark"
    CSRFProtect(app)


    @app.get("/")
    def form():
        session["learner"] = "benchmark-learner-id"
        return f'<meta name="csrf-token" content="{generate_csrf()}">'


    @app.post("/answer")
    def answer():
        return redirect("/", 303)
''')


NO_OP_ANSWER_APP = textwrap.dedent('''
    from flask import redirect

    from quizgen.web import create_app

    app = create_app()
    # the same app, requests and checks, but an answer route that grades and stores nothing
    app.view_functions["quiz.answer"] = lambda quiz_id, number: redirect(f"/quiz/{quiz_id}/q/{number}", 303)
''')


@dataclasses.dataclass
class Result:
    """Latencies (seconds) of the successful requests, errors, and wall time of one run."""

    name: str
    latencies: list[float]
    errors: int
    seconds: float

    @property
    def per_second(self) -> float:
        return (len(self.latencies) + self.errors) / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


class Client:
    """One browser: a keep-alive connection (reopened when the server closes it) and a cookie."""

    def __init__(self, port: int):
        self.port = port
        self.connection: http.client.HTTPConnection | None = None
        self.cookie = ""

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, dict, str]:
        body = urllib.parse.urlencode(form) if form is not None else None
        headers = {"Cookie": self.cookie} if self.cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # a keep-alive connection the server had already closed: retry once on a new one
                self.close()
                if attempt == 2:
                    raise
        if response.getheader("Connection", "").lower() == "close":
            self.close()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return response.status, dict(response.getheaders()), text

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def csrf_token(client: Client) -> str:
    """Open the app's front page, as a browser does first: it sets the cookie and hands out a CSRF token."""
    _status, _headers, page = client.request("GET", "/")
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


class Learner:
    """A quizgen learner answering typed questions of quizzes started beforehand (not timed)."""

    ANSWERS = ("Olaf Scholz", "Olaf Sholz", "$3 billion", "14 March 2024")

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
        status, headers, _body = self.client.request(
            "POST", f"/decks/{deck_id}/quiz", {"csrf_token": self.token, "mode": "typed", "count": str(QUIZ_LENGTH)}
        )
        if status != 303:
            raise RuntimeError(f"starting a quiz answered {status}")
        return urllib.parse.urlsplit(headers["Location"]).path

    def answer(self) -> bool:
        """Submit the next answer; True when the app took it (a redirect to its feedback)."""
        path = self.paths[self.sent]
        self.sent += 1
        form = {"csrf_token": self.token, "answer": self.ANSWERS[self.sent % len(self.ANSWERS)]}
        status, _headers, _body = self.client.request("POST", path, form)
        return status == 303


class FormPoster:
    """A browser posting the minimal form app's form."""

    def __init__(self, port: int):
        self.client = Client(port)
        self.token = csrf_token(self.client)

    def post(self) -> bool:
        status, _headers, _body = self.client.request("POST", "/answer", {"csrf_token": self.token, "answer": "x"})
        return status == 303


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(app: str, folder: Path, env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    """Start gunicorn (``WORKERS`` workers) for ``app`` and wait until it answers."""
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "--workers", str(WORKERS), "--bind", f"{HOST}:{port}", "--chdir", str(folder),
               "--log-level", "warning", app]
    process = subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn for {app} exited with {process.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=0.2):
                return process, port
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError(f"gunicorn for {app} did not start within 30 s")


def stop(process: subprocess.Popen) -> None:
    """Stop gunicorn and its workers."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def drive(name: str, make_worker, send) -> Result:
    """Send ``WARMUP`` then ``REQUESTS`` requests from ``CLIENTS`` threads; time the latter."""
    workers = [make_worker() for _ in range(CLIENTS)]
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def run(worker, count: int, record: bool) -> None:
        nonlocal errors
        for _ in range(count):
            started = time.perf_counter()
            try:
                ok = send(worker)
            except Exception:  # any failure counts as an error of the run
                ok = False
            elapsed = time.perf_counter() - started
            if record:
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        errors += 1

    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(lambda w: run(w, WARMUP // CLIENTS, False), workers))
        started = time.perf_counter()
        list(pool.map(lambda w: run(w, REQUESTS // CLIENTS, True), workers))
        seconds = time.perf_counter() - started
    return Result(name, latencies, errors, seconds)


def bench_deck(folder: Path) -> str:
    """Write a deck of ``QUESTIONS`` questions (copies of the sample deck's) into ``folder``; return its id."""
    sample = ROOT / "tests" / "data" / "sample"
    shutil.copytree(sample / "seeds", folder / "seeds")
    deck = load_deck(sample / "decks" / "sample.yaml")
    questions = tuple(
        dataclasses.replace(deck.questions[i % len(deck.questions)], id=f"bench-{i}")
        for i in range(QUESTIONS)
    )
    deck = dataclasses.replace(deck, id="bench", title="Benchmark deck", questions=questions)
    save_deck(deck, folder / "decks" / "bench.yaml")
    return deck.id


def measured(app: str, folder: Path, env: dict[str, str], name: str, make_worker, send) -> Result:
    """Run ``app`` under gunicorn, drive it, and stop it."""
    process, port = start_gunicorn(app, folder, env)
    try:
        return drive(name, lambda: make_worker(port), send)
    finally:
        stop(process)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        folder = Path(tmp)
        deck_id = bench_deck(folder)
        (folder / "hello.py").write_text(HELLO_APP, encoding="utf-8")
        (folder / "form.py").write_text(FORM_APP, encoding="utf-8")
        (folder / "no_op_answer.py").write_text(NO_OP_ANSWER_APP, encoding="utf-8")
        env = {
            "DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
            "SECRET_KEY": "benchmark",
            "QUIZGEN_DECKS": str(folder / "decks"),
            "PYTHONPATH": str(ROOT),
        }
        per_client = (WARMUP + REQUESTS) // CLIENTS
        answers = measured("quizgen.web:create_app()", ROOT, env, "answer submission",
                           lambda port: Learner(port, deck_id, per_client), Learner.answer)
        greetings = measured("hello:app", folder, {}, "hello app",
                             Client, lambda client: client.request("GET", "/")[0] == 200)
        floor = measured("form:app", folder, {}, "form post (CSRF)", FormPoster, FormPoster.post)
        no_op = measured("no_op_answer:app", folder, env, "no-op answer",
                         lambda port: Learner(port, deck_id, per_client), Learner.answer)

    print(f"gunicorn, {WORKERS} workers, {CLIENTS} client threads, {REQUESTS} requests each (after {WARMUP} warm-up)")
    print(f"{'':20} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for result in (answers, greetings, floor, no_op):
        print(f"{result.name:20} {result.per_second:9.0f} {result.percentile(50):8.1f} "
              f"{result.percentile(99):8.1f} {result.errors:7d}")
    ratio = answers.per_second / greetings.per_second
    ok = ratio >= TARGET_RATIO and answers.errors == 0 and greetings.errors == 0
    print(f"answer / hello {ratio:.2f} (target ≥ {TARGET_RATIO}, zero errors): {'met' if ok else 'NOT met'}")
    print(f"answer / form post {answers.per_second / floor.per_second:.2f} (what quizgen adds to a CSRF-checked post)")
    print(f"no-op answer / hello {no_op.per_second / greetings.per_second:.2f} "
          "(the ceiling: the app's session, CSRF check and redirect, with no grading or database)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
