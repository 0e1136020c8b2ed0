"""Stats: answers over time, accuracy by kind and by article."""

from __future__ import annotations

import re


def row(page: str, table: str, label: str) -> str:
    body = re.search(rf'<table class="stat-table" id="{table}">(.*?)</table>', page, re.S).group(1)
    return re.sub(r"<[^>]+>|\s+", " ", next(r for r in body.split("<tr>") if label in r)).split()


def test_stats_start_empty(client):
    page = client.get("/stats").get_data(as_text=True)
    assert '<span class="tile-value" id="total-answers">0</span>' in page
    assert "No answers yet" in page
    assert len(re.findall(r'class="day"', page)) == 14


def test_stats_count_answers_by_kind_article_and_day(client, post, start_quiz):
    for kind, answer in (("who_met", "Olaf Scholz"), ("amount", "$1 billion"), ("role", "Jane Doe")):
        quiz_id = start_quiz("typed", kind=kind)
        post(f"/quiz/{quiz_id}/q/1", {"answer": answer})
    post("/decks/sample-summit/review/q-when", {"version": "0", "rating": "3"})
    page = client.get("/stats").get_data(as_text=True)
    assert '<span class="tile-value" id="total-answers">3</span>' in page
    assert '<span class="tile-value" id="accuracy">67%</span>' in page
    assert row(page, "by-kind", "Who met whom")[-2:] == ["1/1", "100%"]
    assert row(page, "by-kind", "Amounts")[-2:] == ["0/1", "0%"]
    assert row(page, "by-article", "Canadian Prime Minister")[-2:] == ["1/2", "50%"]
    assert row(page, "by-article", "Acme Corp")[-2:] == ["1/1", "100%"]
    assert re.search(r'title="\d+ \w+: 2 right, 1 wrong, 1 reviews"', page)


def test_stats_are_per_browser(app, client, post, start_quiz):
    quiz_id = start_quiz("typed", kind="who_met")
    post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf Scholz"})
    page = app.test_client().get("/stats").get_data(as_text=True)
    assert '<span class="tile-value" id="total-answers">0</span>' in page
