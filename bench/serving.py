"""Serving an app for a benchmark: gunicorn on a free loopback port, its workers, and a deck to serve."""

from __future__ import annotations

import dataclasses
import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"

sys.path.insert(0, str(ROOT))

from quizgen.deck import load_deck, save_deck  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn serving ``app`` with ``workers`` sync workers on a free loopback port; use it in a ``with`` block.

    Its log (and the app's) goes to the file ``log`` when given.
    """

    def __init__(self, app: str, folder: Path, env: dict[str, str], workers: int = 2, log: Path | None = None):
        self.app, self.folder, self.env, self.workers, self.log = app, folder, env, workers, log
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        gunicorn = Path(sys.executable).with_name("gunicorn")
        command = [str(gunicorn), "--workers", str(self.workers), "--bind", f"{HOST}:{self.port}",
                   "--chdir", str(self.folder), "--log-level", "warning", self.app]
        stderr = self.log.open("ab") if self.log else None
        self.process = subprocess.Popen(command, env={**os.environ, **self.env}, stdout=subprocess.DEVNULL,
                                        stderr=stderr)
        if stderr:
            stderr.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn for {self.app} exited with {self.process.returncode}{self.last_error()}")
            if self.answers():
                return self
            time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"gunicorn for {self.app} did not start within 60 s")

    def answers(self) -> bool:
        """Whether a worker answers ``GET /`` (with any status): the app has booted."""
        connection = http.client.HTTPConnection(HOST, self.port, timeout=10)
        try:
            connection.request("GET", "/")
            connection.getresponse().read()
            return True
        except (OSError, http.client.HTTPException):
            return False
        finally:
            connection.close()

    def last_error(self) -> str:
        """The last exception line of the log, as ": line", or nothing."""
        if self.log is None or not self.log.exists():
            return ""
        lines = [line for line in self.log.read_text(encoding="utf-8", errors="replace").splitlines()
                 if line and not line[0].isspace() and ("Error" in line or "Exception" in line)]
        return f": {lines[-1][:300]}" if lines else ""

    def worker_pids(self) -> list[int]:
        """The process ids of gunicorn's workers (the master's children), from /proc."""
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue  # the process ended while we looked
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    def __exit__(self, *_exc) -> None:
        """Stop gunicorn and its workers."""
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def write_bench_deck(folder: Path, questions: int) -> str:
    """Write a deck of ``questions`` questions (copies of the sample deck's) and its articles into ``folder``.

    The deck goes to ``folder/decks/bench.yaml``; returns its id.
    """
    sample = ROOT / "tests" / "data" / "sample"
    shutil.copytree(sample / "seeds", folder / "seeds")
    deck = load_deck(sample / "decks" / "sample.yaml")
    copies = tuple(
        dataclasses.replace(deck.questions[i % len(deck.questions)], id=f"bench-{i}") for i in range(questions)
    )
    deck = dataclasses.replace(deck, id="bench", title="Benchmark deck", questions=copies)
    save_deck(deck, folder / "decks" / "bench.yaml")
    return deck.id
