"""The article page: the text with cited sentences highlighted and linked to their questions."""

from __future__ import annotations


def test_article_shows_its_text_with_cited_sentences_linked_to_questions(client):
    page = client.get("/decks/sample-summit/articles/summit").get_data(as_text=True)
    assert "<h1>Canadian Prime Minister Justin Trudeau met German Chancellor Olaf Scholz in Berlin…</h1>" in page
    assert '<time datetime="2024-03-15">15 March 2024</time>' in page
    assert (
        '<a class="cited" id="s-17" href="#q-q-who-met" title="2 questions">Canadian Prime Minister Justin Trudeau'
        in page
    )
    assert '<a class="cited" id="s-141" href="#q-q-amount" title="1 question">The two leaders signed' in page
    for key in ("q-who-met", "q-when", "q-amount"):
        assert f'<li id="q-{key}">' in page
    assert page.count('<a class="meta" href="#s-17">Where it says so ↑</a>') == 2
    assert page.count('<a class="meta" href="#s-141">Where it says so ↑</a>') == 1
    assert 'id="q-q-hostile"' not in page
    assert "3 questions from this article" in page
    assert " date 2024-03-15" not in page  # the date line is not part of the text shown


def test_hostile_article_text_is_shown_as_text(client):
    page = client.get("/decks/sample-summit/articles/hostile").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Jane Doe said the firm would pay &#34;R&amp;D&#34; staff 5% more." in page
    assert "<script>alert" not in page


def test_article_without_its_file_says_the_text_is_missing(project, tmp_path):
    from quizgen.web import create_app

    (project / "seeds" / "hostile.txt").unlink()
    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
                      "QUIZGEN_DECKS": str(project / "decks")})
    page = app.test_client().get("/decks/sample-summit/articles/hostile").get_data(as_text=True)
    assert "was not available when the deck was imported" in page
    assert "Who is the chief executive of Acme Corp" in page


def test_unknown_article_or_deck_is_404(client):
    response = client.get("/decks/sample-summit/articles/nope")
    assert response.status_code == 404
    assert "has no article" in response.get_data(as_text=True)
    assert client.get("/decks/nope/articles/summit").status_code == 404


def test_article_page_links_to_the_article_source(project, tmp_path):
    from quizgen.web import create_app

    deck = project / "decks" / "sample.yaml"
    text = deck.read_text(encoding="utf-8")
    text = text.replace("  path: seeds/summit.txt\n",
                        "  path: seeds/summit.txt\n  source: https://news.example/berlin-summit?a=1&b=2\n")
    deck.write_text(text, encoding="utf-8")
    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
                      "QUIZGEN_DECKS": str(project / "decks")})
    client = app.test_client()

    page = client.get("/decks/sample-summit/articles/summit").get_data(as_text=True)
    assert ('<p class="meta source">Source: <a href="https://news.example/berlin-summit?a=1&amp;b=2" '
            'rel="noopener noreferrer nofollow">https://news.example/berlin-summit?a=1&amp;b=2</a></p>') in page
    page = client.get("/decks/sample-summit/articles/hostile").get_data(as_text=True)
    assert '<p class="meta source">Source: seeds/hostile.txt</p>' in page


def test_a_database_from_before_article_sources_gets_the_column(project, tmp_path):
    import sqlite3

    from quizgen.web import create_app

    database = tmp_path / "old.sqlite3"
    with sqlite3.connect(database) as connection:  # the article table as an older version created it
        connection.execute("CREATE TABLE article (pk INTEGER PRIMARY KEY, deck_id VARCHAR(200), key VARCHAR(200), "
                           "position INTEGER, title TEXT, date DATE, text TEXT, body_start INTEGER, "
                           "UNIQUE (deck_id, key))")
    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": f"sqlite:///{database}",
                      "QUIZGEN_DECKS": str(project / "decks")})
    response = app.test_client().get("/decks/sample-summit/articles/summit")
    assert response.status_code == 200
    assert '<p class="meta source">Source: seeds/summit.txt</p>' in response.get_data(as_text=True)
