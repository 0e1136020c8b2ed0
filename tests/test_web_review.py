"""Spaced-repetition review: due cards first, four ratings with their intervals, state in the database."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from quizgen import store

DECK = "/decks/sample-summit"


def shown_key(page: str) -> str:
    return re.search(r'action="/decks/sample-summit/review/([^"]+)"', page).group(1)


def test_review_shows_a_new_card_with_four_ratings_and_their_intervals(client):
    page = client.get(f"{DECK}/review").get_data(as_text=True)
    assert '<h1 class="prompt">Who did Justin Trudeau meet in Berlin on 14 March 2024?</h1>' in page
    assert "new card" in page
    assert '<p class="review-answer">Olaf Scholz</p>' in page
    assert "German Chancellor <mark>Olaf Scholz</mark> in Berlin" in page
    buttons = re.findall(r'<span class="rate-name">(\w+)</span>\s*<span class="rate-interval">([^<]+)</span>', page)
    assert [name for name, _ in buttons] == ["Again", "Hard", "Good", "Easy"]
    assert all(re.fullmatch(r"<1m|\d+(m|h|d|mo)|[\d.]+y", interval) for _, interval in buttons)
    # a new card rated Again comes back sooner than one rated Easy
    assert buttons[0][1].endswith("m") and buttons[3][1].endswith("d")


def test_rating_a_card_stores_its_schedule_and_moves_on(client, post, db):
    first = shown_key(client.get(f"{DECK}/review").get_data(as_text=True))
    response = post(f"{DECK}/review/{first}", {"version": "0", "rating": "4"})
    assert response.status_code == 303 and response.headers["Location"] == f"{DECK}/review"
    card = db.scalars(select(store.ReviewCard)).one()
    assert card.question.key == first and card.reps == 1
    assert card.due > store.utcnow() + dt.timedelta(days=1)
    assert card.state["stability"] > 0
    page = client.get(f"{DECK}/review").get_data(as_text=True)
    assert shown_key(page) != first
    assert "3 new" in page


def test_due_cards_come_before_new_ones(client, post, db):
    keys = []
    for _ in range(2):
        key = shown_key(client.get(f"{DECK}/review").get_data(as_text=True))
        post(f"{DECK}/review/{key}", {"version": "0", "rating": "3"})
        keys.append(key)
    # make the second card overdue: it must come back before the two new cards
    card = next(c for c in db.scalars(select(store.ReviewCard)) if c.question.key == keys[1])
    card.due = store.utcnow() - dt.timedelta(hours=1)
    db.commit()
    page = client.get(f"{DECK}/review").get_data(as_text=True)
    assert shown_key(page) == keys[1]
    assert "1 due" in page
    assert "new card" not in page
    assert "1 due" in client.get("/").get_data(as_text=True)


def test_all_cards_rated_easy_is_all_caught_up(client, post):
    for _ in range(4):
        post(f"{DECK}/review/{shown_key(client.get(f'{DECK}/review').get_data(as_text=True))}", {"version": "0", "rating": "4"})
    page = client.get(f"{DECK}/review").get_data(as_text=True)
    assert "All caught up" in page
    assert "The next one comes back on" in page


def test_reviews_are_kept_per_browser(app, client, post):
    post(f"{DECK}/review/q-who-met", {"version": "0", "rating": "4"})
    assert "3 new" in client.get(f"{DECK}/review").get_data(as_text=True)
    assert "4 new" in app.test_client().get(f"{DECK}/review").get_data(as_text=True)


def test_bad_ratings_are_400_and_store_nothing(client, post, db):
    for form in ({}, {"version": "0", "rating": "5"}, {"rating": "good"}, {"version": "0", "rating": "0"}):
        response = post(f"{DECK}/review/q-who-met", form)
        assert response.status_code == 400
        assert "Again, Hard, Good or Easy" in response.get_data(as_text=True)
    assert client.post(f"{DECK}/review/q-who-met", data={"version": "0", "rating": "3"}).status_code == 400  # no CSRF token
    assert db.scalars(select(store.ReviewCard)).first() is None


def test_unknown_deck_or_question_is_404(client, post):
    assert client.get("/decks/nope/review").status_code == 404
    assert post(f"{DECK}/review/no-such-question", {"version": "0", "rating": "3"}).status_code == 404
    assert post("/decks/nope/review/q-who-met", {"version": "0", "rating": "3"}).status_code == 404


def shown_version(page: str) -> str:
    return re.search(r'name="version" value="(\d+)"', page).group(1)


def test_a_rating_sent_again_from_the_same_page_counts_once(client, post, db):
    page = client.get(f"{DECK}/review").get_data(as_text=True)
    key, version = shown_key(page), shown_version(page)
    assert version == "0"
    for _ in range(3):  # a double click, then the browser's "resend the form"
        response = post(f"{DECK}/review/{key}", {"version": version, "rating": "1"})
        assert response.status_code == 303 and response.headers["Location"] == f"{DECK}/review"
    card = db.scalars(select(store.ReviewCard)).one()
    assert card.reps == 1
    assert [log.rating for log in db.scalars(select(store.ReviewLog))] == [1]


def test_a_card_shown_again_carries_its_new_version_and_an_old_page_changes_nothing(client, post, db):
    post(f"{DECK}/review/q-who-met", {"version": "0", "rating": "1"})  # Again: due in a minute
    card = db.scalars(select(store.ReviewCard)).one()
    card.due = store.utcnow() - dt.timedelta(minutes=1)
    db.commit()
    page = client.get(f"{DECK}/review").get_data(as_text=True)
    assert (shown_key(page), shown_version(page)) == ("q-who-met", "1")
    post(f"{DECK}/review/q-who-met", {"version": "0", "rating": "4"})  # the first page, sent again
    db.expire_all()
    assert db.scalars(select(store.ReviewCard)).one().reps == 1
    post(f"{DECK}/review/q-who-met", {"version": "1", "rating": "4"})
    db.expire_all()
    assert db.scalars(select(store.ReviewCard)).one().reps == 2
    assert [log.rating for log in db.scalars(select(store.ReviewLog).order_by(store.ReviewLog.id))] == [1, 4]


def test_a_rating_without_the_cards_version_is_400_and_stores_nothing(post, db):
    for form in ({"rating": "3"}, {"rating": "3", "version": "²"}, {"rating": "3", "version": "9" * 5000}):
        response = post(f"{DECK}/review/q-who-met", form)
        assert response.status_code == 400
        assert "This rating did not come from a review page" in response.get_data(as_text=True)
    assert db.scalars(select(store.ReviewCard)).first() is None
