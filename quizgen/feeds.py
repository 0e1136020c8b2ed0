"""RSS and Atom feeds: the links of their newest entries, with feedparser."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import feedparser

FEED_SUFFIXES = (".rss", ".atom", ".xml")


class FeedError(ValueError):
    """A feed that cannot be used; the message names it and why."""


@dataclass(frozen=True)
class Entry:
    """One entry of a feed: the article's link, its title and the date the feed gives it."""

    link: str
    title: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class Feed:
    title: str
    entries: tuple[Entry, ...]


def looks_like_feed(raw: bytes) -> bool:
    """True for bytes that start like an RSS, RDF or Atom document."""
    start = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml"):
        start = start[start.find(b"?>") + 2 :].lstrip()
        while start.startswith((b"<!--", b"<?")):
            end = start.find(b"-->" if start.startswith(b"<!--") else b"?>")
            start = start[end + 3 :].lstrip() if end >= 0 else b""
    return start.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(raw: bytes, source: str, limit: int | None = None) -> Feed:
    """The feed's title and its ``limit`` newest entries that have a link, newest first."""
    parsed = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"{source}: not an RSS or Atom feed")
    dated = []
    for position, item in enumerate(parsed.entries):
        link = item.get("link") or ""
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        date = dt.date(*stamp[:3]) if stamp else None
        entry = Entry(link=link, title=" ".join((item.get("title") or "").split()), date=date)
        # newest first; entries without a date keep the feed's order after the dated ones
        dated.append(((time.mktime(stamp) if stamp else float("-inf")), -position, entry))
    if not dated:
        raise FeedError(f"{source}: the feed has no entries with a link")
    dated.sort(key=lambda item: (item[0], item[1]), reverse=True)
    entries = tuple(entry for _, _, entry in dated)
    title = " ".join((parsed.feed.get("title") or "").split())
    return Feed(title=title, entries=entries[:limit] if limit else entries)
