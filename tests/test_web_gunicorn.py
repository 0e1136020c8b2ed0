"""The app under gunicorn, as it is deployed: workers boot and serve although deck files in the folder are bad."""

from __future__ import annotations

import html
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
SAMPLE_DECK = (REPOSITORY / "tests" / "data" / "sample" / "decks" / "sample.yaml").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def library_page(port: int, server: subprocess.Popen, wait: float = 90) -> str:
    """The library page, once the server answers; fails if the server exits first."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
                return html.unescape(response.read().decode("utf-8"))
        except OSError:
            time.sleep(0.3)
    pytest.fail("gunicorn did not answer")


def test_gunicorn_workers_boot_and_serve_the_good_deck_beside_bad_ones(project, instance, database_url, tmp_path):
    decks = project / "decks"
    (decks / "deep.yaml").write_text("[" * 495 + "]" * 495 + "\n", encoding="utf-8")
    (decks / "date.yaml").write_text(
        SAMPLE_DECK.replace("id: sample-summit", "id: other").replace("  date: 2024-03-15", "  date: 2021-13-45"),
        encoding="utf-8")
    (decks / "long.yaml").write_text(SAMPLE_DECK.replace("id: sample-summit", "id: " + "x" * 201), encoding="utf-8")
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "QUIZGEN_DECKS": str(decks),
           "QUIZGEN_INSTANCE": str(instance), "SECRET_KEY": "gunicorn test"}
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
             "quizgen.web:create_app()"],
            cwd=REPOSITORY, env=env, stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            page = library_page(port, server)
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert "Sample summit deck" in page
    assert "3 deck files could not be loaded" in page
    for message in ("date.yaml:8: articles[0].date: must be a date like 2021-11-10, found '2021-13-45'",
                    "deep.yaml:1: not valid YAML: nested deeper than 20 levels",
                    "long.yaml:3: deck.id: is 201 characters long; an id has at most 200"):
        assert f"<li><code>{message}</code></li>" in page
        assert f"deck file {decks / message.split(':')[0]} skipped: {message}" in log.read_text(encoding="utf-8")
    assert "Worker failed to boot" not in log.read_text(encoding="utf-8")
