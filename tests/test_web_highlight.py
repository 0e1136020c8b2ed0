"""Marking answers in sentences and cited sentences in articles, always on escaped text."""

from __future__ import annotations

from quizgen.web.highlight import article_spans, highlight_answer


def test_answer_is_marked_case_insensitively():
    html = highlight_answer("Trudeau met German Chancellor OLAF SCHOLZ in Berlin.", ["Olaf Scholz"])
    assert html == "Trudeau met German Chancellor <mark>OLAF SCHOLZ</mark> in Berlin."


def test_an_accepted_form_is_marked_when_the_answer_is_not_in_the_sentence():
    html = highlight_answer("They met in Berlin on Thursday.", ["14 March 2024", "2024-03-14", "Thursday"])
    assert html == "They met in Berlin on <mark>Thursday</mark>."


def test_only_whole_words_are_marked():
    assert highlight_answer("Doesn't matter, said Jane Doe.", ["Doe"]) == "Doesn&#39;t matter, said Jane <mark>Doe</mark>."


def test_sentence_without_the_answer_is_shown_plainly_and_escaped():
    assert highlight_answer('A <b>"bold"</b> claim & more', ["absent", ""]) == "A &lt;b&gt;&#34;bold&#34;&lt;/b&gt; claim &amp; more"


def test_hostile_text_around_and_inside_the_answer_is_escaped():
    html = highlight_answer('<script>alert("x")</script> paid R&D staff', ["R&D"])
    assert html == "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; paid <mark>R&amp;D</mark> staff"


def test_article_is_cut_into_plain_and_cited_spans_after_the_date_line():
    text = " date 2024-03-15 First sentence. Second one. Third."
    body = text.index("First")
    second = text.index("Second")
    spans = article_spans(text, body, [(second, second + 11, "Second one.", "q2")])
    assert [(s.text, s.questions) for s in spans] == [("First sentence. ", []), ("Second one.", ["q2"]), (" Third.", [])]


def test_sources_of_one_sentence_merge_and_wrong_offsets_are_found_by_text():
    text = "Alpha beta. Gamma delta."
    spans = article_spans(text, 0, [(0, 11, "Alpha beta.", "a"), (0, 11, "Alpha beta.", "b"), (3, 9, "Gamma delta.", "c")])
    assert [(s.text, s.questions) for s in spans] == [("Alpha beta.", ["a", "b"]), (" ", []), ("Gamma delta.", ["c"])]


def test_a_source_not_in_the_article_is_left_out():
    spans = article_spans("Only this.", 0, [(0, 4, "Not there.", "x")])
    assert [(s.text, s.questions) for s in spans] == [("Only this.", [])]
