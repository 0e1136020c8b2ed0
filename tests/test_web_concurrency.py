"""Requests at the same moment, on a real HTTP server: a double click on "Start quiz" or on a rating.

Eight threads send the same form at once, each on its own connection, as a
browser does when a learner clicks repeatedly. Every request must succeed,
and a rating must be stored once.
"""

from __future__ import annotations

import http.client
import re
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select
from werkzeug.serving import make_server

from quizgen import store

CLICKS = 8


@pytest.fixture
def server(app):
    """The app on a threaded HTTP server on a free loopback port: (host, port)."""
    http_server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=http_server.serve_forever, daemon=True)
    thread.start()
    yield "127.0.0.1", http_server.server_port
    http_server.shutdown()
    thread.join()


class Browser:
    """One browser: its cookie, sent with each request; every request on a new connection."""

    def __init__(self, address: tuple[str, int]):
        self.address = address
        self.cookie = ""

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection(*self.address, timeout=30)
        headers = {"Cookie": self.cookie} if self.cookie else {}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            page = response.read().decode("utf-8")
            cookie = response.getheader("Set-Cookie")
            if cookie:
                self.cookie = cookie.split(";", 1)[0]
            return response.status, page
        finally:
            connection.close()

    def at_once(self, path: str, form: dict) -> list[int]:
        """POST ``form`` to ``path`` from ``CLICKS`` threads released together; their status codes."""
        barrier = threading.Barrier(CLICKS)

        def click(_n):
            barrier.wait()
            return self.request("POST", path, form)[0]

        with ThreadPoolExecutor(CLICKS) as pool:
            return list(pool.map(click, range(CLICKS)))


def csrf_token(page: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


def test_a_new_learner_clicking_start_quiz_eight_times_at_once_gets_eight_quizzes(server, db):
    for n in range(1, 4):  # a race is not lost every time: run it for a few learners
        browser = Browser(server)
        status, page = browser.request("GET", "/decks/sample-summit")  # the first visit: a cookie, no learner row yet
        assert status == 200
        statuses = browser.at_once("/decks/sample-summit/quiz", {"csrf_token": csrf_token(page), "mode": "choice"})
        assert statuses == [303] * CLICKS
        assert db.scalar(select(func.count()).select_from(store.Learner)) == n
        assert db.scalar(select(func.count()).select_from(store.Quiz)) == CLICKS * n


def test_eight_ratings_of_a_new_card_sent_at_once_from_one_page_are_stored_once(server, db):
    browser = Browser(server)
    status, page = browser.request("GET", "/decks/sample-summit/review")
    assert status == 200
    action = re.search(r'action="([^"]+)"', page).group(1)
    form = {"csrf_token": csrf_token(page), "version": re.search(r'name="version" value="(\d+)"', page).group(1)}
    assert browser.at_once(action, {**form, "rating": "1"}) == [303] * CLICKS
    card = db.scalars(select(store.ReviewCard)).one()
    assert card.reps == 1
    assert db.scalar(select(func.count()).select_from(store.ReviewLog)) == 1

    # the same card, due again and shown with its new version: eight ratings at once count once more
    card.due = store.utcnow()
    db.commit()
    status, page = browser.request("GET", "/decks/sample-summit/review")
    assert re.search(r'action="([^"]+)"', page).group(1) == action
    form["version"] = re.search(r'name="version" value="(\d+)"', page).group(1)
    assert form["version"] == "1"
    assert browser.at_once(action, {**form, "rating": "3"}) == [303] * CLICKS
    db.expire_all()
    assert db.scalars(select(store.ReviewCard)).one().reps == 2
    assert [log.rating for log in db.scalars(select(store.ReviewLog).order_by(store.ReviewLog.id))] == [1, 3]
