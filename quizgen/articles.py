"""Loading article files: decoding, the optional date line, a title.

An article file is plain text, UTF-8 (or UTF-16 with its byte-order mark).
It may start with a date line (`` date 2021-11-11 In the latest…``): the
date the article was published, against which "on Wednesday" or "next month"
are resolved. Bad files raise ``ArticleError`` with a one-line message
naming the file.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from quizgen.deck import MAX_ID_LENGTH
from quizgen.model import Article

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
"""Larger files are refused: no news article is this long, and spaCy's memory grows with the text."""

ARTICLE_SUFFIXES = (".txt",)

_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_DATE_LIKE_LINE = re.compile(r"\A\s*date\s+(\S+)")
"""A first line that starts like a date line, to tell a mistyped date from ordinary text."""
_TITLE_MAX = 90


class ArticleError(ValueError):
    """An article file that cannot be used; the message names the file and why."""


def load_article(path: str | os.PathLike, article_id: str | None = None, default_date: dt.date | None = None) -> Article:
    """Read the article at ``path``; raise ``ArticleError`` if it is unusable.

    ``default_date`` is the date of an article without a date line.
    """
    path = Path(path)
    return article_from_bytes(article_bytes(path), str(path), article_id or article_id_for(path.stem), default_date)


def article_id_for(name: str) -> str:
    """An article id from a file name that a deck can hold and a web address can carry: control characters
    dropped, at most ``MAX_ID_LENGTH`` characters (a long name keeps its start and a hash of the rest)."""
    cleaned = re.sub(r"[\x00-\x1f\x7f-\x9f/]+", "", name).strip()
    if cleaned in ("", ".", ".."):
        cleaned = "article-" + hashlib.sha1(name.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    if len(cleaned) > MAX_ID_LENGTH:
        digest = hashlib.sha1(cleaned.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        cleaned = f"{cleaned[: MAX_ID_LENGTH - 13]}-{digest}"
    return cleaned


def article_bytes(path: Path) -> bytes:
    """The bytes of the article file at ``path``, read no further than the size limit.

    A folder, a device or a pipe (``/dev/zero``, a FIFO a hand-edited deck
    points at) is refused before anything is read: reading it would never end.
    """
    try:
        if path.is_dir():
            raise ArticleError(f"{path}: a folder, not an article file")
        if not path.is_file():
            raise ArticleError(f"{path}: not a regular file")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"{path}: too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path}: too large (over {MAX_ARTICLE_BYTES:,} bytes, the limit)")
    return raw


def article_from_bytes(raw: bytes, path: str, article_id: str, default_date: dt.date | None = None) -> Article:
    """Decode and check an article's bytes; ``path`` is used for messages and citing."""
    return article_from_text(decode_text(raw, path), path, article_id, default_date)


def decode_text(raw: bytes, path: str) -> str:
    """The text of a file's bytes: UTF-8, or UTF-16 with a byte-order mark; ``ArticleError`` otherwise."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path}: too large ({len(raw):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError(f"{path}: binary file, not text") from None
    elif b"\x00" in raw:
        raise ArticleError(f"{path}: binary file, not text")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{path}: not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8") from None
    if "\x00" in text or _has_control_characters(text):
        raise ArticleError(f"{path}: binary file, not text")
    return text


def article_from_text(text: str, path: str, article_id: str, default_date: dt.date | None = None) -> Article:
    """Check an article's decoded text and read its date line and title."""
    if len(text) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path}: too long ({len(text):,} characters; the limit is {MAX_ARTICLE_BYTES:,})")
    published, body_start = _date_line(text, path)
    if not text[body_start:].strip():
        raise ArticleError(f"{path}: empty article, no text to read")
    if not re.search(r"[^\W\d_]{2,}", text[body_start:]):
        raise ArticleError(f"{path}: no words in the article")
    return Article(
        id=article_id,
        path=path,
        text=text,
        date=published or default_date,
        title=article_title(text[body_start:]),
        body_start=body_start,
    )


def load_articles(
    paths: Iterable[str | os.PathLike], default_date: dt.date | None = None
) -> tuple[list[Article], list[str]]:
    """Load every article under ``paths`` (files or folders).

    Returns the articles, in a stable order, and one error line per file that
    could not be used; one bad file never stops the others.
    """
    articles, errors = [], []
    seen: set[str] = set()
    for path in article_files(paths, errors):
        try:
            article = load_article(path, default_date=default_date)
        except ArticleError as exc:
            errors.append(str(exc))
            continue
        if article.id in seen:
            errors.append(f"{path}: skipped, another article is already named {article.id!r}")
            continue
        seen.add(article.id)
        articles.append(article)
    return articles, errors


def article_files(
    paths: Iterable[str | os.PathLike], errors: list[str], suffixes: tuple[str, ...] = ARTICLE_SUFFIXES
) -> Iterator[Path]:
    """The article files named by ``paths``: files as given, a folder's files of ``suffixes`` sorted by name.

    A folder's entries that cannot be read (a link to nowhere or in a loop, a
    folder named like an article file) each add a line to ``errors``.
    """
    for path in map(Path, paths):
        if path.is_dir():
            try:
                entries = sorted(path.iterdir())
            except OSError as exc:
                errors.append(f"{path}: cannot read the folder: {exc.strerror or exc}")
                continue
            for entry in entries:
                if entry.suffix.lower() not in suffixes:
                    continue
                problem = _entry_problem(entry)
                if problem:
                    errors.append(f"{entry}: skipped, {problem}")
                else:
                    yield entry
        elif path.exists():
            yield path
        elif path.is_symlink():
            errors.append(f"{path}: {_entry_problem(path)}")
        else:
            errors.append(f"{path}: no such file or folder")


def _entry_problem(entry: Path) -> str:
    """Why a folder entry named like an article is no article file, or '' if it is one."""
    try:
        entry.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link in a loop"
        if entry.is_symlink():
            return "a symbolic link to nothing"
        return f"cannot read: {exc.strerror or exc}"
    if entry.is_dir():
        return "a folder, not an article file"
    if not entry.is_file():
        return "not a regular file"
    return ""


def article_title(body: str) -> str:
    """A short title: the first line if it reads like a headline, else the start of the first sentence."""
    first = body.strip().split("\n", 1)[0].strip()
    sentence = re.split(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z“\"])", first, maxsplit=1)[0]  # not after "U.S."
    if len(sentence) <= _TITLE_MAX:
        return sentence
    cut = sentence[:_TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _date_line(text: str, path: str) -> tuple[dt.date | None, int]:
    """The date of a leading date line and where the body starts after it.

    A first line that starts like a date line but has no real date is an
    error: read as text, it would end up in the questions.
    """
    match = _DATE_LINE.match(text)
    if not match:
        looks_like = _DATE_LIKE_LINE.match(text)
        if looks_like and re.match(r"\d", looks_like.group(1)):
            raise ArticleError(f"{path}: the date line has no valid date {looks_like.group(1)[:20]!r}; "
                               "write it as ' date YYYY-MM-DD' or remove it")
        return None, 0
    try:
        published = dt.date.fromisoformat(match.group(1))
    except ValueError:
        raise ArticleError(f"{path}: the date line has an impossible date {match.group(1)!r}; "
                           "write it as ' date YYYY-MM-DD' or remove it") from None
    start = match.end()
    while start < len(text) and text[start].isspace():
        start += 1
    return published, start


def _has_control_characters(text: str) -> bool:
    """True for text with many control characters (a binary file that happens to decode)."""
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls > 2
