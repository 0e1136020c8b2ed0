"""Everything ``build`` reads, as articles: text files, saved web pages, links and feeds.

Each input gives articles or one error line; one bad input never stops the
others. An article read from a web page or a link keeps where it came from
in ``Article.source``; its text is saved beside the deck when the deck is.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from quizgen.articles import ARTICLE_SUFFIXES, ArticleError, article_files, load_article
from quizgen.feeds import FEED_SUFFIXES, FeedError, looks_like_feed, parse_feed
from quizgen.fetch import MAX_PAGE_BYTES, FetchError, Limits, Page, fetch, is_link
from quizgen.model import Article
from quizgen.webpages import HTML_SUFFIXES, article_from_html, looks_like_html

FOLDER_SUFFIXES = ARTICLE_SUFFIXES + HTML_SUFFIXES
"""What is read from a folder: text articles and saved pages (feeds only when named)."""

_ID_MAX = 80


@dataclass
class Inputs:
    """The articles read, one error line per input that gave none, and the first feed's title."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    feed_title: str = ""


def load_inputs(
    items: Iterable[str],
    default_date: dt.date | None = None,
    limit: int | None = None,
    limits: Limits | None = None,
    fetcher: Callable[[str, Limits | None], Page] = fetch,
) -> Inputs:
    """Read every file, folder, link and feed in ``items``, in order.

    ``default_date`` dates the articles that give none themselves; ``limit``
    keeps each feed's newest entries; ``limits`` bounds each fetch (default:
    ``fetch.DEFAULT_LIMITS``).
    """
    reader = _Reader(Inputs(), default_date, limit, limits, fetcher)
    for item in map(str, items):
        if is_link(item):
            reader.link(item)
        else:
            reader.path(Path(item))
    return reader.inputs


@dataclass
class _Reader:
    inputs: Inputs
    default_date: dt.date | None
    limit: int | None
    limits: Limits | None
    fetcher: Callable[[str, Limits | None], Page]
    seen: set[str] = field(default_factory=set)

    def path(self, path: Path) -> None:
        for file in article_files([path], self.inputs.errors, FOLDER_SUFFIXES):
            try:
                self.file(file)
            except (ArticleError, FeedError) as exc:
                self.inputs.errors.append(str(exc))

    def file(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix in ARTICLE_SUFFIXES:
            self.add(load_article(path, default_date=self.default_date), unique=False)
            return
        raw = _read_bytes(path)
        if suffix in FEED_SUFFIXES or looks_like_feed(raw):
            self.feed(raw, str(path))
        elif suffix in HTML_SUFFIXES or looks_like_html(raw):
            article = article_from_html(raw, str(path), path.stem, default_date=self.default_date)
            self.add(replace(article, source=str(path)), unique=False)
        else:
            self.add(load_article(path, default_date=self.default_date), unique=False)

    def link(self, url: str, date: dt.date | None = None) -> None:
        try:
            page = self.fetcher(url, self.limits)
            if _is_feed(page):
                self.feed(page.content, url)
                return
            article = article_from_html(page.content, url, _id_from_url(page.url), url=page.url,
                                        default_date=date or self.default_date)
        except (FetchError, ArticleError, FeedError) as exc:
            self.inputs.errors.append(str(exc))
            return
        self.add(replace(article, source=url), unique=True)

    def feed(self, raw: bytes, source: str) -> None:
        feed = parse_feed(raw, source, self.limit)
        self.inputs.feed_title = self.inputs.feed_title or feed.title
        for entry in feed.entries:
            if is_link(entry.link):
                self.link(entry.link, entry.date)
            else:
                self.inputs.errors.append(f"{source}: entry {entry.title[:60]!r} has no http(s) link")

    def add(self, article: Article, unique: bool) -> None:
        """Keep ``article``; a second one of the same id is renamed (links) or skipped (files)."""
        if article.id in self.seen:
            if not unique:
                self.inputs.errors.append(
                    f"{article.source or article.path}: skipped, another article is already named {article.id!r}")
                return
            number = 2
            while f"{article.id}-{number}" in self.seen:
                number += 1
            article = replace(article, id=f"{article.id}-{number}")
        self.seen.add(article.id)
        self.inputs.articles.append(article)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise ArticleError(f"{path}: too large ({size:,} bytes; the limit is {MAX_PAGE_BYTES:,})")
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _is_feed(page: Page) -> bool:
    kind = page.content_type.split(";")[0].strip().lower()
    if kind in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return True
    return not looks_like_html(page.content) and looks_like_feed(page.content)


def _id_from_url(url: str) -> str:
    """An article id from a link: its last path segment without extension, else its host."""
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).split("/") if s]
    name = re.sub(r"\.(s?html?|php|aspx?)$", "", segments[-1], flags=re.IGNORECASE) if segments else ""
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    if not slug:
        slug = re.sub(r"[^a-z0-9]+", "-", parts.hostname or "page").strip("-")
    return slug[:_ID_MAX].rstrip("-") or "page"
