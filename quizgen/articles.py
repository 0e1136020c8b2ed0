"""Loading article files: decoding, the optional date line, a title.

An article file is plain UTF-8 text. It may start with a date line
(`` date 2021-11-11 In the latest…``): the date the article was published,
against which "on Wednesday" or "next month" are resolved. Bad files raise
``ArticleError`` with a one-line message naming the file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from quizgen.model import Article

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
"""Larger files are refused: no news article is this long, and spaCy's memory grows with the text."""

ARTICLE_SUFFIXES = (".txt",)

_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_TITLE_MAX = 90


class ArticleError(ValueError):
    """An article file that cannot be used; the message names the file and why."""


def load_article(path: str | os.PathLike, article_id: str | None = None) -> Article:
    """Read the article at ``path``; raise ``ArticleError`` if it is unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"{path}: too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return article_from_bytes(raw, str(path), article_id or path.stem)


def article_from_bytes(raw: bytes, path: str, article_id: str) -> Article:
    """Decode and check an article's bytes; ``path`` is used for messages and citing."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path}: too large ({len(raw):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    if b"\x00" in raw:
        raise ArticleError(f"{path}: binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8") from None
    if _has_control_characters(text):
        raise ArticleError(f"{path}: binary file, not text")
    published, body_start = _date_line(text)
    if not text[body_start:].strip():
        raise ArticleError(f"{path}: empty article, no text to read")
    if not re.search(r"[^\W\d_]{2,}", text[body_start:]):
        raise ArticleError(f"{path}: no words in the article")
    return Article(
        id=article_id,
        path=path,
        text=text,
        date=published,
        title=article_title(text[body_start:]),
        body_start=body_start,
    )


def load_articles(paths: Iterable[str | os.PathLike]) -> tuple[list[Article], list[str]]:
    """Load every article under ``paths`` (files or folders).

    Returns the articles, in a stable order, and one error line per file that
    could not be used; one bad file never stops the others.
    """
    articles, errors = [], []
    seen: set[str] = set()
    for path in article_files(paths, errors):
        try:
            article = load_article(path)
        except ArticleError as exc:
            errors.append(str(exc))
            continue
        if article.id in seen:
            errors.append(f"{path}: skipped, another article is already named {article.id!r}")
            continue
        seen.add(article.id)
        articles.append(article)
    return articles, errors


def article_files(paths: Iterable[str | os.PathLike], errors: list[str]) -> Iterator[Path]:
    """The article files named by ``paths``: files as given, folders' ``*.txt`` sorted by name."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.exists():
            yield path
        else:
            errors.append(f"{path}: no such file or folder")


def article_title(body: str) -> str:
    """A short title: the first line if it reads like a headline, else the start of the first sentence."""
    first = body.strip().split("\n", 1)[0].strip()
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) <= _TITLE_MAX:
        return sentence
    cut = sentence[:_TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _date_line(text: str) -> tuple[dt.date | None, int]:
    """The date of a leading date line and where the body starts after it."""
    match = _DATE_LINE.match(text)
    if not match:
        return None, 0
    try:
        published = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None, 0
    start = match.end()
    while start < len(text) and text[start].isspace():
        start += 1
    return published, start


def _has_control_characters(text: str) -> bool:
    """True for text with many control characters (a binary file that happens to decode)."""
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > 2
