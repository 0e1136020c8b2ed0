"""Building decks from saved web pages, links and RSS/Atom feeds.

Links are served by an HTTP server on 127.0.0.1 started inside the tests;
nothing here reaches another machine.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from quizgen import fetch
from quizgen.cli import main
from quizgen.deck import load_deck
from quizgen.sources import load_inputs
from quizgen.webpages import article_from_html

BODY = """\
<p>The Brackwater city council on Tuesday approved a new tram line between Brackwater and the port of Selmo, after a vote of eleven to six.</p>
<p>Mayor Ilse Varnhagen said the line would open in September and carry up to 9,000 passengers a day. The council agreed to spend 48 million euros on twelve trams built by Osterlund Rail.</p>
<p>Opposition leader Piet Dromberg criticised the plan, saying the port's residents had not been asked about the route.</p>
"""

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Brackwater council backs tram line to Selmo | The Valley Gazette</title>
<meta property="og:title" content="Brackwater council backs tram line to Selmo">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Brackwater council backs tram line to Selmo",
  "datePublished": "2023-05-17T08:15:00+02:00", "author": {{"@type": "Person", "name": "Greta Holm"}}}}
</script>
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local news</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="advert" id="ad-leaderboard">Advertisement: Fresh Meadow cheese, two for the price of one this week only!</div>
<main><article>
<h1>Brackwater council backs tram line to Selmo</h1>
<p class="byline">By Greta Holm</p>
<figure><img src="tram.jpg" alt="A tram"><figcaption>A test tram at the Osterlund works last winter. Photo: Karl Ek</figcaption></figure>
{BODY}
<blockquote class="twitter-tweet"><p>Finally a tram to Selmo! pic.twitter.com/xyz987</p>&mdash; Selmo Port Club (@selmoport) May 17, 2023</blockquote>
</article></main>
<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Flooded cellar in the old town</a></li>
<li><a href="/b">Choir wins regional prize</a></li></ul></aside>
<footer><p>© 2023 The Valley Gazette. All rights reserved. Cookie settings. Subscribe to our newsletter.</p></footer>
</body></html>
"""

ARTICLE_TEXT = """\
 date 2023-05-17 Brackwater council backs tram line to Selmo

The Brackwater city council on Tuesday approved a new tram line between Brackwater and the port of Selmo, after a vote of eleven to six.

Mayor Ilse Varnhagen said the line would open in September and carry up to 9,000 passengers a day. The council agreed to spend 48 million euros on twelve trams built by Osterlund Rail.

Opposition leader Piet Dromberg criticised the plan, saying the port's residents had not been asked about the route.
"""


def story_page(title: str, body: str) -> str:
    """A plain news page without a date of its own."""
    return f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"


STORIES = {
    "/news/ferry-deal": story_page("Lakeport signs ferry deal", "<p>The town of Lakeport on Monday signed a ferry contract with Nordhavn Lines worth 3 million euros, the harbour master Anja Rist said. The ferries will run twice a day from June, and the town expects about 800 travellers a week in the summer season.</p>"),
    "/news/bridge-vote": story_page("Lakeport votes for a new bridge", "<p>The Lakeport council on Wednesday voted for a new footbridge over the Ems canal, at a cost of 2 million euros. Council leader Bruno Falk said work would begin in the autumn and take about fourteen months, with the bridge opening in the following spring.</p>"),
    "/news/old-story": story_page("Lakeport library reopens", "<p>The Lakeport library reopened on Friday after a renovation that cost 900,000 euros, the librarian Dora Wenk said. The building now has a reading garden, a room for children and longer opening hours on Saturdays, and the first week drew twice the usual visitors.</p>"),
}

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lakeport Evening Post</title><link>{base}/</link><description>Local news</description>
<item><title>Lakeport library reopens</title><link>{base}/news/old-story</link><pubDate>Fri, 03 Feb 2023 09:00:00 GMT</pubDate></item>
<item><title>Lakeport signs ferry deal</title><link>{base}/news/ferry-deal</link><pubDate>Mon, 06 Mar 2023 09:00:00 GMT</pubDate></item>
<item><title>Lakeport votes for a new bridge</title><link>{base}/news/bridge-vote</link><pubDate>Wed, 08 Mar 2023 09:00:00 GMT</pubDate></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Lakeport Morning Wire</title><id>urn:lakeport:wire</id><updated>2023-03-08T09:00:00Z</updated>
<entry><title>Lakeport votes for a new bridge</title><id>urn:lakeport:2</id><link href="{base}/news/bridge-vote"/><updated>2023-03-08T09:00:00Z</updated></entry>
<entry><title>Lakeport signs ferry deal</title><id>urn:lakeport:1</id><link href="{base}/news/ferry-deal"/><updated>2023-03-06T09:00:00Z</updated></entry>
<entry><title>Lakeport library reopens</title><id>urn:lakeport:0</id><link href="{base}/news/old-story"/><updated>2023-02-03T09:00:00Z</updated></entry>
</feed>
"""


class _Handler(BaseHTTPRequestHandler):
    """The test site: a news page, stories, feeds and the failures a real site can give."""

    seen_agents: list[str] = []

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/news/tram-line":
            self._send(200, NEWS_PAGE, "text/html; charset=utf-8")
        elif self.path in STORIES:
            self._send(200, STORIES[self.path], "text/html; charset=utf-8")
        elif self.path == "/moved":
            self._redirect("/news/tram-line")
        elif self.path in ("/loop-a", "/loop-b"):
            self._redirect("/loop-b" if self.path == "/loop-a" else "/loop-a")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, NEWS_PAGE, "text/html")
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>x</p>\n")
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/huge":
            self._send(200, "<html><body>" + "<p>word </p>" * 20_000 + "</body></html>", "text/html")
        elif self.path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"<p>" + b"w" * 4000 + b"</p>")
        elif self.path == "/login":
            self._send(200, "<html><body><form><input name='user'><button>Log in</button></form></body></html>", "text/html")
        elif self.path == "/feed.rss":
            self._send(200, RSS.format(base=base), "application/rss+xml")
        elif self.path == "/feed.atom":
            self._send(200, ATOM.format(base=base), "application/atom+xml")
        else:
            self._send(404, "<html><body>Not found</body></html>", "text/html")

    def _send(self, status: int, body: str, kind: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client hanging up on a slow or huge answer is what the tests ask for


@pytest.fixture(scope="module")
def site():
    """The base address of the test site on 127.0.0.1."""
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def quick_limits(monkeypatch):
    """Fetch limits small enough for a test: 1 s to answer, 2 s in all, 100,000 bytes."""
    monkeypatch.setattr(fetch, "DEFAULT_LIMITS", fetch.Limits(max_bytes=100_000, connect_timeout=1,
                                                               read_timeout=1, deadline=2))


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """An empty project folder as the working directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_saved_news_page_gives_its_article_without_the_page_around_it():
    article = article_from_html(NEWS_PAGE.encode(), "saved/tram.html", "tram")

    assert article.text == ARTICLE_TEXT
    assert article.date == dt.date(2023, 5, 17)  # from the JSON-LD: the page shows no date
    assert article.title == "Brackwater council backs tram line to Selmo"
    for debris in ("Home", "Advertisement", "Fresh Meadow", "Photo: Karl Ek", "pic.twitter.com",
                   "Most read", "Cookie settings", "By Greta Holm"):
        assert debris not in article.text


def test_build_from_a_saved_page_keeps_its_text_and_source_with_the_deck(project, capsys):
    (project / "saved").mkdir()
    (project / "saved" / "tram.html").write_text(NEWS_PAGE, encoding="utf-8")

    assert main(["build", "saved/tram.html"]) == 0

    out = capsys.readouterr().out.splitlines()
    deck_file = project / "decks" / "brackwater-council-backs-tram-line-to-selmo.yaml"
    assert out[0] == "read 1 article, skipped 0 inputs"
    assert out[1].startswith(f"wrote {Path('decks') / deck_file.name}: ")
    assert out[1].endswith("titled 'Brackwater council backs tram line to Selmo'")
    deck = load_deck(deck_file)
    assert deck.title == "Brackwater council backs tram line to Selmo"
    [ref] = deck.articles
    assert (ref.id, ref.date, ref.source) == ("tram", dt.date(2023, 5, 17), "saved/tram.html")
    assert ref.path == "decks/brackwater-council-backs-tram-line-to-selmo-articles/tram.txt"
    assert (project / ref.path).read_text(encoding="utf-8") == ARTICLE_TEXT
    by_answer = {q.answer: q for q in deck.questions}
    assert "Osterlund Rail" in by_answer or "48 million euros" in by_answer
    for question in deck.questions:
        source = question.source
        assert ARTICLE_TEXT[source.start:source.end] == source.sentence


def test_links_that_fail_each_get_one_line_and_the_good_one_builds(project, site, quick_limits, capsys):
    links = [f"{site}/moved", f"{site}/missing", f"{site}/loop-a", f"{site}/slow", f"{site}/drip",
             f"{site}/huge", f"{site}/huge-unannounced", f"{site}/login"]

    assert main(["build", *links, "-o", "decks/links.yaml"]) == 0

    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"skipped: {site}/missing: the server answered 404 Not Found",
        f"skipped: {site}/loop-a: too many redirects (more than 5), perhaps a redirect loop",
        f"skipped: {site}/slow: no answer in time (timed out)",
        f"skipped: {site}/drip: too slow (no complete answer within 2 seconds)",
        f"skipped: {site}/huge: too large (240,026 bytes; the limit is 100,000)",
        f"skipped: {site}/huge-unannounced: too large (over 100,000 bytes, the limit)",
        f"skipped: {site}/login: no article text found in the page",
    ]
    assert captured.out.splitlines()[0] == "read 1 article, skipped 7 inputs"
    deck = load_deck(project / "decks" / "links.yaml")
    [ref] = deck.articles
    assert (ref.id, ref.source, ref.date) == ("tram-line", f"{site}/moved", dt.date(2023, 5, 17))
    assert (project / ref.path).read_text(encoding="utf-8") == ARTICLE_TEXT
    assert _Handler.seen_agents[-1].startswith("quizgen/")


def test_a_link_that_fails_alone_builds_nothing(project, site, quick_limits, capsys):
    assert main(["build", f"{site}/missing", "-o", "decks/x.yaml"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"skipped: {site}/missing: the server answered 404 Not Found",
        "error: no article could be read; nothing was built",
    ]
    assert not (project / "decks").exists()


@pytest.mark.parametrize("feed", ["feed.rss", "feed.atom"])
def test_feed_builds_its_newest_entries_under_its_own_title(project, site, quick_limits, capsys, feed):
    assert main(["build", f"{site}/{feed}", "--limit", "2"]) == 0

    title = "Lakeport Evening Post" if feed == "feed.rss" else "Lakeport Morning Wire"
    deck_file = project / "decks" / f"{title.lower().replace(' ', '-')}.yaml"
    deck = load_deck(deck_file)
    assert deck.title == title
    assert [(a.id, a.source, a.date, a.title) for a in deck.articles] == [
        ("bridge-vote", f"{site}/news/bridge-vote", dt.date(2023, 3, 8), "Lakeport votes for a new bridge"),
        ("ferry-deal", f"{site}/news/ferry-deal", dt.date(2023, 3, 6), "Lakeport signs ferry deal"),
    ]
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "read 2 articles, skipped 0 inputs"
    assert deck.questions


def test_feed_saved_as_a_file_reads_its_linked_articles(project, site, quick_limits):
    (project / "wire.atom").write_text(ATOM.format(base=site), encoding="utf-8")
    inputs = load_inputs(["wire.atom"], limit=1)
    assert inputs.errors == []
    assert inputs.feed_title == "Lakeport Morning Wire"
    assert [(a.id, a.source) for a in inputs.articles] == [("bridge-vote", f"{site}/news/bridge-vote")]
