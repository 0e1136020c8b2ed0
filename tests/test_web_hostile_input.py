"""Input no page offers: ids too large for the database, NUL bytes, digits that are not 0-9. A 400 or 404, never a 500."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgen import store

TOO_LARGE = ["99999999999999999999999", "2147483648", "9" * 5000]


@pytest.fixture
def no_server_errors(app):
    """Server errors become 500 pages, as in production, instead of exceptions raised into the test."""
    app.config["PROPAGATE_EXCEPTIONS"] = False


@pytest.mark.parametrize("quiz_id", TOO_LARGE)
def test_quiz_ids_too_large_for_the_database_are_404_on_every_quiz_page(client, post, no_server_errors, quiz_id):
    pages = [
        client.get(f"/quiz/{quiz_id}"),
        client.get(f"/quiz/{quiz_id}/q/1"),
        post(f"/quiz/{quiz_id}/q/1", {"choice": "0"}),
        client.get(f"/quiz/{quiz_id}/results"),
        post(f"/quiz/{quiz_id}/retry"),
    ]
    assert [page.status_code for page in pages] == [404] * 5
    assert all("Page not found" in page.get_data(as_text=True) for page in pages)


@pytest.mark.parametrize("number", TOO_LARGE)
def test_question_numbers_too_large_for_the_database_are_404(client, post, start_quiz, no_server_errors, number):
    quiz_id = start_quiz()
    assert client.get(f"/quiz/{quiz_id}/q/{number}").status_code == 404
    assert post(f"/quiz/{quiz_id}/q/{number}", {"choice": "0"}).status_code == 404


def test_the_largest_id_the_database_holds_is_an_ordinary_missing_quiz(client):
    response = client.get("/quiz/2147483647")
    assert response.status_code == 404
    assert "There is no such quiz in this browser" in response.get_data(as_text=True)


def test_digits_other_than_0_to_9_are_no_quiz_id(client, start_quiz):
    start_quiz()
    assert client.get("/quiz/١").status_code == 404  # an Arabic-Indic one


@pytest.mark.parametrize("bad_id", ["%00", "a%00b", "x" * 201])
def test_a_nul_byte_or_an_overlong_id_in_a_deck_address_is_404(client, post, no_server_errors, bad_id):
    pages = [
        client.get(f"/decks/{bad_id}"),
        client.get(f"/decks/{bad_id}/review"),
        client.get(f"/decks/{bad_id}/download"),
        post(f"/decks/{bad_id}/quiz", {"mode": "choice"}),
        client.get(f"/decks/sample-summit/articles/{bad_id}"),
        post(f"/decks/sample-summit/review/{bad_id}", {"rating": "3", "version": "0"}),
    ]
    assert [page.status_code for page in pages] == [404] * 6
    assert all("Page not found" in page.get_data(as_text=True) for page in pages)


def test_a_nul_byte_in_a_typed_answer_is_400_and_the_question_stays_open(client, post, start_quiz, db, no_server_errors):
    quiz_id = start_quiz("typed", kind="who_met")
    response = post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf\x00Scholz"})
    assert response.status_code == 400
    assert "That answer contains a control character" in response.get_data(as_text=True)
    assert db.scalars(select(store.QuizItem).where(store.QuizItem.answered_at.is_not(None))).first() is None
    response = post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf Scholz"}, follow_redirects=True)
    assert "Right!" in response.get_data(as_text=True)


@pytest.mark.parametrize("count", ["²", "٣", "9" * 5000, "10001"])
def test_a_count_that_is_no_small_whole_number_is_400(post, db, no_server_errors, count):
    response = post("/decks/sample-summit/quiz", {"mode": "choice", "count": count})
    assert response.status_code == 400
    assert "The number of questions must be a whole number from 1 to 10000." in response.get_data(as_text=True)
    assert db.scalars(select(store.Quiz)).first() is None


@pytest.mark.parametrize("choice", ["²", "9" * 5000])
def test_a_choice_that_is_no_small_whole_number_is_400(post, start_quiz, no_server_errors, choice):
    quiz_id = start_quiz(kind="who_met")
    response = post(f"/quiz/{quiz_id}/q/1", {"choice": choice})
    assert response.status_code == 400
    assert "Pick one of the options" in response.get_data(as_text=True)
