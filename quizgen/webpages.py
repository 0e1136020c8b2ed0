"""Saved web pages as articles: the main text, title and date, without the page around them.

trafilatura finds the article's own paragraphs and drops navigation, ads,
captions, comments and embedded posts; the publication date comes from the
page's metadata (JSON-LD, meta tags, the URL) through htmldate. The result is
written as an article file in the project's own format (an optional date
line, the title, a blank line, the paragraphs), so the text a question
cites is the text saved with the deck.
"""

from __future__ import annotations

import datetime as dt
import logging

import trafilatura

from quizgen.articles import ArticleError, article_from_text
from quizgen.model import Article

HTML_SUFFIXES = (".html", ".htm")
MIN_ARTICLE_CHARS = 200
"""Fewer characters of main text than this is a page without an article (an index, a login wall)."""

EMBEDS = [
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed') or contains(@class, 'embed')]",
    "//figcaption",
    "//iframe",
]
"""Embedded posts and captions: not the article's own sentences, though they sit inside it."""

# trafilatura and htmldate log every page they find hard to read; the one-line errors say enough.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def article_from_html(
    raw: bytes | str, source: str, article_id: str, url: str | None = None, default_date: dt.date | None = None
) -> Article:
    """The article of a web page's HTML; ``source`` names it in messages; ``url`` helps find its date.

    Raises ``ArticleError`` for a page without article text.
    """
    try:
        document = trafilatura.bare_extraction(
            raw, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, favor_precision=True, prune_xpath=EMBEDS,
        )
        document = document.as_dict() if document is not None else None
    except Exception:  # noqa: BLE001 - any page a parser chokes on is a page without article text
        document = None
    text = _paragraphs((document or {}).get("text") or "")
    if len(text) < MIN_ARTICLE_CHARS:
        raise ArticleError(f"{source}: no article text found in the page")
    title = " ".join(((document or {}).get("title") or "").split())
    published = _date((document or {}).get("date"))
    return article_from_text(article_file_text(text, title, published), source, article_id, default_date)


def article_file_text(body: str, title: str = "", published: dt.date | None = None) -> str:
    """An article file's text: the date line if there is a date, the title, a blank line, the body."""
    head = f" date {published.isoformat()} " if published else ""
    if title and not body.startswith(title):
        return f"{head}{title}\n\n{body}\n"
    return f"{head}{body}\n"


def looks_like_html(raw: bytes) -> bool:
    """True for bytes that start like an HTML document."""
    start = raw[:1024].lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start


def _paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs separated by blank lines, so sentences never run across them."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
