"""Property tests of the article loader: any bytes in, an article or one error line out, never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.articles import ArticleError, article_from_bytes
from quizgen.fetch import FetchError
from quizgen.sources import load_inputs


def no_network(url, limits=None):
    raise FetchError(f"{url}: not fetched in this test")

LINKS = st.one_of(st.text(max_size=40), st.text(max_size=40).map(lambda t: "http://example.test/" + t))

TEXTISH = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8")),
    st.text(max_size=300).map(lambda t: (" date 2021-13-45 " + t).encode("utf-8")),
    st.text(max_size=300).map(lambda t: t.encode("utf-16")),
    st.text(max_size=300).map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode()),
    LINKS.map(lambda t: f'<?xml version="1.0"?><rss><channel><item><link>{t}</link></item></channel></rss>'.encode()),
)


@settings(max_examples=300, deadline=None)
@given(TEXTISH)
def test_any_bytes_give_an_article_or_a_one_line_error(raw):
    try:
        article = article_from_bytes(raw, "in.txt", "in")
    except ArticleError as exc:
        assert str(exc).startswith("in.txt: ")
        assert "\n" not in str(exc)
    else:
        assert article.body.strip()
        assert article.text[article.body_start:] == article.body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTISH, st.sampled_from([".txt", ".html", ".htm", ".rss", ".xml", ".dat"]))
def test_any_file_given_to_build_gives_articles_or_one_line_errors(raw, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(raw)
        inputs = load_inputs([path], fetcher=no_network)
    assert len(inputs.articles) + len(inputs.errors) >= 1
    for error in inputs.errors:
        assert "\n" not in error
        assert error.startswith((str(path), "http"))
