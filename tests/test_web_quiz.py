"""Quizzes through the test client: starting, answering, feedback, resuming, results, retry, bad input."""

from __future__ import annotations

import re

from quizgen import store

ANSWERS = {
    "Who did Justin Trudeau meet in Berlin on 14 March 2024?": "Olaf Scholz",
    "On what date did Justin Trudeau meet Olaf Scholz in Berlin?": "14 March 2024",
    "How much was the hydrogen supply agreement signed by Justin Trudeau and Olaf Scholz worth?": "$2.5 billion",
    "Who is the chief executive of Acme Corp &lt;b&gt;&amp;amp;&lt;/b&gt;?": "Jane Doe",
}


def prompt_of(page: str) -> str:
    return re.search(r'<h1 class="prompt">(.*?)</h1>', page, re.S).group(1)


def option_index(page: str, text: str) -> str:
    """The value of the radio button labelled ``text``."""
    options = re.findall(r'value="(\d+)" required>\s*<kbd class="key">\d+</kbd>\s*<span class="option-text">(.*?)</span>', page)
    return next(value for value, label in options if label == text)


def item(db, quiz_id: int, number: int) -> store.QuizItem:
    db.expire_all()
    return db.get(store.Quiz, quiz_id).items[number - 1]


def answer_all(client, post, quiz_id: int, right: bool = True) -> None:
    """Answer every question of a multiple-choice quiz right (or wrong)."""
    for number in range(1, 5):
        page = client.get(f"/quiz/{quiz_id}/q/{number}").get_data(as_text=True)
        expected = ANSWERS[prompt_of(page)]
        options = re.findall(r'<span class="option-text">(.*?)</span>', page)
        pick = expected if right else next(o for o in options if o != expected.replace("&", "&amp;"))
        post(f"/quiz/{quiz_id}/q/{number}", {"choice": option_index(page, pick)})


def test_start_shows_the_first_question_with_four_options(client, start_quiz):
    quiz_id = start_quiz()
    response = client.get(f"/quiz/{quiz_id}", follow_redirects=True)
    page = response.get_data(as_text=True)
    assert response.request.path == f"/quiz/{quiz_id}/q/1"
    assert "Question <strong>1</strong> of 4" in page
    assert prompt_of(page) in ANSWERS
    assert len(re.findall(r'name="choice"', page)) == 4


def test_right_choice_says_right_and_shows_the_source_sentence_with_the_answer_marked(client, post, start_quiz):
    quiz_id = start_quiz(kind="who_met")
    page = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    response = post(f"/quiz/{quiz_id}/q/1", {"choice": option_index(page, "Olaf Scholz")}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Right!" in page
    assert "Canadian Prime Minister Justin Trudeau met German Chancellor <mark>Olaf Scholz</mark> in Berlin" in page
    assert 'href="/decks/sample-summit/articles/summit#s-17"' in page
    assert "See results" in page


def test_wrong_choice_says_wrong_and_shows_the_correct_answer(client, post, start_quiz, db):
    quiz_id = start_quiz(kind="amount")
    page = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    post(f"/quiz/{quiz_id}/q/1", {"choice": option_index(page, "$3 billion")})
    page = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    assert "Wrong" in page
    assert re.search(r'class="option is-answer\s*">\s*<kbd class="key">\d</kbd><span class="option-text">\$2.5 billion', page)
    assert "worth <mark>$2.5 billion</mark>" in page
    assert item(db, quiz_id, 1).verdict == "wrong"


def test_typed_answer_is_checked_forgiving_case(client, post, start_quiz):
    quiz_id = start_quiz("typed", kind="who_met")
    page = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    assert 'name="answer"' in page and 'name="choice"' not in page
    page = post(f"/quiz/{quiz_id}/q/1", {"answer": "  olaf scholz "}, follow_redirects=True).get_data(as_text=True)
    assert "Right!" in page


def test_typo_in_a_name_is_almost_right_and_names_the_answer(client, post, start_quiz, db):
    quiz_id = start_quiz("typed", kind="who_met")
    page = post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf Sholz"}, follow_redirects=True).get_data(as_text=True)
    assert "Almost: Olaf Scholz" in page
    assert "You wrote" in page and "Olaf Sholz" in page
    assert item(db, quiz_id, 1).correct


def test_a_wrong_amount_is_never_forgiven(client, post, start_quiz):
    quiz_id = start_quiz("typed", kind="amount")
    page = post(f"/quiz/{quiz_id}/q/1", {"answer": "$2.6 billion"}, follow_redirects=True).get_data(as_text=True)
    assert "Wrong" in page
    assert '<dd class="expected">$2.5 billion</dd>' in page


def test_a_date_in_another_written_form_is_right_and_a_near_date_is_wrong(client, post, start_quiz):
    quiz_id = start_quiz("typed", kind="when")
    page = post(f"/quiz/{quiz_id}/q/1", {"answer": "March 14, 2024"}, follow_redirects=True).get_data(as_text=True)
    assert "Right!" in page
    quiz_id = start_quiz("typed", kind="when")
    page = post(f"/quiz/{quiz_id}/q/1", {"answer": "15 March 2024"}, follow_redirects=True).get_data(as_text=True)
    assert "Wrong" in page


def test_i_dont_know_counts_wrong_and_shows_the_answer(client, post, start_quiz):
    quiz_id = start_quiz("typed", kind="who_met")
    page = post(f"/quiz/{quiz_id}/q/1", {"skip": "1"}, follow_redirects=True).get_data(as_text=True)
    assert "Not answered" in page
    assert '<dd class="expected">Olaf Scholz</dd>' in page


def test_reload_shows_the_same_feedback_and_a_second_answer_is_ignored(client, post, start_quiz, db):
    quiz_id = start_quiz("typed", kind="who_met")
    post(f"/quiz/{quiz_id}/q/1", {"answer": "Joe Biden"})
    post(f"/quiz/{quiz_id}/q/1", {"answer": "Olaf Scholz"})
    page = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    assert "Wrong" in page and "Joe Biden" in page
    assert item(db, quiz_id, 1).given == "Joe Biden"


def test_a_quiz_left_halfway_resumes_at_the_first_unanswered_question(client, post, start_quiz):
    quiz_id = start_quiz()
    answer_all_but_last = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    post(f"/quiz/{quiz_id}/q/1", {"choice": option_index(answer_all_but_last, ANSWERS[prompt_of(answer_all_but_last)])})
    assert client.get(f"/quiz/{quiz_id}").headers["Location"] == f"/quiz/{quiz_id}/q/2"
    # skipping ahead is not possible: question 3 sends back to question 2
    assert client.get(f"/quiz/{quiz_id}/q/3").headers["Location"] == f"/quiz/{quiz_id}"
    for page in (client.get("/"), client.get("/decks/sample-summit")):
        text = page.get_data(as_text=True)
        assert f'href="/quiz/{quiz_id}"' in text and "Resume quiz" in text
        assert "1 of 4 answered" in text


def test_results_show_score_answers_and_sources_and_retry_the_missed(client, post, start_quiz, db):
    quiz_id = start_quiz()
    # answer the first question right, the rest wrong
    for number in range(1, 5):
        page = client.get(f"/quiz/{quiz_id}/q/{number}").get_data(as_text=True)
        expected = ANSWERS[prompt_of(page)].replace("&", "&amp;")
        options = re.findall(r'<span class="option-text">(.*?)</span>', page)
        pick = expected if number == 1 else next(o for o in options if o != expected)
        post(f"/quiz/{quiz_id}/q/{number}", {"choice": option_index(page, pick)})
    assert client.get(f"/quiz/{quiz_id}").headers["Location"] == f"/quiz/{quiz_id}/results"
    page = client.get(f"/quiz/{quiz_id}/results").get_data(as_text=True)
    assert '<span id="final-score">1 / 4</span>' in page
    assert "25%" in page
    assert "time <strong>" in page
    assert page.count('<dt>Your answer</dt>') == 4
    assert "worth <mark>$2.5 billion</mark>" in page
    assert "Retry the 3 missed" in page
    quiz = db.get(store.Quiz, quiz_id)
    assert quiz.finished_at is not None and quiz.finished_at >= quiz.started_at

    response = post(f"/quiz/{quiz_id}/retry")
    retry_id = int(response.headers["Location"].rsplit("/", 1)[1])
    retry = db.get(store.Quiz, retry_id)
    missed = {i.question.key for i in quiz.items if not i.correct}
    assert {i.question.key for i in retry.items} == missed
    assert retry.mode == "choice"


def test_retry_of_a_perfect_quiz_is_a_bad_request(client, post, start_quiz):
    quiz_id = start_quiz()
    answer_all(client, post, quiz_id)
    assert '<span id="final-score">4 / 4</span>' in client.get(f"/quiz/{quiz_id}/results").get_data(as_text=True)
    response = post(f"/quiz/{quiz_id}/retry")
    assert response.status_code == 400
    assert "Nothing to retry" in response.get_data(as_text=True)


def test_results_of_an_unfinished_quiz_go_back_to_the_quiz(client, start_quiz):
    quiz_id = start_quiz()
    assert client.get(f"/quiz/{quiz_id}/results").headers["Location"] == f"/quiz/{quiz_id}"


def test_one_kind_and_n_random(start_quiz, db):
    amount = db.get(store.Quiz, start_quiz(kind="amount"))
    assert [i.question.key for i in amount.items] == ["q-amount"]
    assert amount.label == "Amounts"
    two = db.get(store.Quiz, start_quiz("typed", count="2"))
    assert len(two.items) == 2 and len({i.question.key for i in two.items}) == 2
    assert two.label == "2 random"
    assert all(i.options == [] for i in two.items)


def test_hostile_question_text_is_escaped(client, post, start_quiz):
    quiz_id = start_quiz(kind="role")
    page = client.get(f"/quiz/{quiz_id}/q/1").get_data(as_text=True)
    assert "Acme Corp &lt;b&gt;&amp;amp;&lt;/b&gt;?" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    page = post(f"/quiz/{quiz_id}/q/1", {"choice": option_index(page, "Jane Doe")}, follow_redirects=True).get_data(as_text=True)
    assert "chief executive &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <mark>Jane Doe</mark> said" in page
    assert "<script>alert" not in page


def test_bad_start_forms_are_400(post):
    for form, message in [
        ({}, "Choose how to answer"),
        ({"mode": "oral"}, "Choose how to answer"),
        ({"mode": "choice", "kind": "weather"}, "Unknown question kind"),
        ({"mode": "choice", "kind": "deal"}, "no questions of that kind"),
        ({"mode": "choice", "count": "abc"}, "whole number from 1 to 10000"),
        ({"mode": "choice", "count": "0"}, "whole number from 1 to 10000"),
        ({"mode": "choice", "count": "-3"}, "whole number from 1 to 10000"),
    ]:
        response = post("/decks/sample-summit/quiz", form)
        assert response.status_code == 400, form
        assert message in response.get_data(as_text=True)


def test_bad_answers_are_400_and_the_question_stays_open(client, post, start_quiz, db):
    choice_id = start_quiz(kind="who_met")
    for form in ({}, {"choice": "7"}, {"choice": "x"}, {"choice": "-1"}):
        response = post(f"/quiz/{choice_id}/q/1", form)
        assert response.status_code == 400
        assert "Pick one of the options" in response.get_data(as_text=True)
    typed_id = start_quiz("typed", kind="who_met")
    assert "Type an answer" in post(f"/quiz/{typed_id}/q/1", {"answer": "   "}).get_data(as_text=True)
    assert post(f"/quiz/{typed_id}/q/1", {"answer": "x" * 301}).status_code == 400
    assert item(db, choice_id, 1).answered_at is None
    assert item(db, typed_id, 1).answered_at is None
    assert "Right!" in post(f"/quiz/{typed_id}/q/1", {"answer": "Scholz"}, follow_redirects=True).get_data(as_text=True)


def test_posts_without_csrf_token_are_400_and_change_nothing(client, start_quiz, db):
    quiz_id = start_quiz(kind="who_met")
    response = client.post(f"/quiz/{quiz_id}/q/1", data={"answer": "Olaf Scholz", "choice": "0"})
    assert response.status_code == 400
    assert "Form expired" in response.get_data(as_text=True)
    assert item(db, quiz_id, 1).answered_at is None
    assert client.post("/decks/sample-summit/quiz", data={"mode": "choice"}).status_code == 400


def test_unknown_quiz_deck_and_question_are_404(client, post, start_quiz):
    quiz_id = start_quiz()
    assert client.get("/quiz/999").status_code == 404
    assert client.get(f"/quiz/{quiz_id}/q/5").status_code == 404
    assert client.get(f"/quiz/{quiz_id}/q/0").status_code == 404
    assert post(f"/quiz/{quiz_id}/q/9", {"choice": "0"}).status_code == 404
    assert post("/decks/no-such-deck/quiz", {"mode": "choice"}).status_code == 404
    assert client.get("/quiz/abc").status_code == 404


def test_another_browser_cannot_see_or_answer_my_quiz(app, client, start_quiz):
    quiz_id = start_quiz()
    other = app.test_client()
    assert other.get(f"/quiz/{quiz_id}").status_code == 404
    assert other.get(f"/quiz/{quiz_id}/q/1").status_code == 404
    token = re.search(r'name="csrf-token" content="([^"]+)"', other.get("/").get_data(as_text=True)).group(1)
    assert other.post(f"/quiz/{quiz_id}/q/1", data={"csrf_token": token, "choice": "0"}).status_code == 404
    assert "Resume quiz" not in other.get("/").get_data(as_text=True)
