"""The load-and-faults script's accounting: what it calls lost and duplicated, from what was sent and what is stored."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from load_faults import Write, tally  # noqa: E402

NO_RESPONSE = None


def rating(key: str, *statuses: int | None) -> Write:
    return Write("rating", (1, key), "3", list(statuses))


def test_every_acknowledged_write_stored_once_is_neither_lost_nor_duplicated():
    writes = [rating("q-a", 303), rating("q-b", 303)]
    result = tally(writes, Counter({(1, "q-a"): 1, (1, "q-b"): 1}), "rating")
    assert (result.acknowledged, result.lost, result.duplicated) == (2, 0, 0)


def test_an_acknowledged_write_missing_from_the_database_is_lost():
    result = tally([rating("q-a", 303), rating("q-b", 303)], Counter({(1, "q-a"): 1}), "rating")
    assert (result.lost, result.duplicated) == (1, 0)


def test_a_double_click_stored_twice_is_one_duplicate():
    result = tally([rating("q-a", 303, 303)], Counter({(1, "q-a"): 2}), "rating")
    assert (result.acknowledged, result.lost, result.duplicated) == (1, 0, 1)


def test_a_form_sent_again_after_a_server_error_and_stored_twice_is_a_duplicate():
    result = tally([rating("q-a", 500, 303)], Counter({(1, "q-a"): 2}), "rating")
    assert (result.lost, result.duplicated) == (0, 1)


def test_a_write_that_got_no_response_may_or_may_not_be_stored():
    writes = [rating("q-a", NO_RESPONSE), rating("q-b", NO_RESPONSE)]
    result = tally(writes, Counter({(1, "q-a"): 1}), "rating")
    assert (result.acknowledged, result.lost, result.duplicated) == (0, 0, 0)


def test_a_refused_write_that_is_stored_anyway_is_a_duplicate():
    result = tally([rating("q-a", 400)], Counter({(1, "q-a"): 1}), "rating")
    assert (result.lost, result.duplicated) == (0, 1)


def test_a_write_stored_though_never_sent_is_a_duplicate():
    result = tally([rating("q-a", 303)], Counter({(1, "q-a"): 1, (2, "q-a"): 1}), "rating")
    assert (result.lost, result.duplicated) == (0, 1)


def test_a_card_rated_again_after_its_rating_was_lost_counts_one_lost_rating():
    # the first rating was acknowledged but not stored, so the card came back and was rated again
    result = tally([rating("q-a", 303), rating("q-a", 303)], Counter({(1, "q-a"): 1}), "rating")
    assert (result.acknowledged, result.lost, result.duplicated) == (2, 1, 0)


def test_an_answer_stored_with_another_text_than_the_one_acknowledged_is_lost():
    sent = Write("answer", (1, 7, 0, "Example answer"), "Example answer", [303])
    result = tally([sent], Counter({(1, 7, 0, "Another answer"): 1}), "answer")
    assert (result.lost, result.duplicated) == (1, 1)


def test_answers_and_ratings_are_counted_apart():
    writes = [rating("q-a", 303), Write("answer", (1, 7, 0, "Example answer"), "Example answer", [303])]
    result = tally(writes, Counter({(1, 7, 0, "Example answer"): 1}), "answer")
    assert (result.acknowledged, result.lost, result.duplicated) == (1, 0, 0)
