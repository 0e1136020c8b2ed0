"""Reading and writing decks as YAML (the format in DESIGN.md).

Decks are written atomically with ``yaml.safe_dump`` and read with the safe
loader. People edit decks by hand, so a malformed deck raises ``DeckError``
naming the file, the line and the key at fault. Everything the database and
the web app rely on is checked here, before a deck reaches them: types, dates,
the length and characters of ids, unique ids, and text a database can store.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from quizgen.files import atomic_write
from quizgen.model import KINDS, ArticleRef, Deck, Question, Source
from quizgen.yamlfile import YamlError, read_yaml

FORMAT_VERSION = 1
MAX_DECK_BYTES = 64 * 1024 * 1024
MAX_ID_LENGTH = 200
"""The longest deck, article or question id: the database's id columns hold this many characters."""
MAX_OFFSET = 2**31 - 1
"""The largest character offset into an article (articles are far smaller)."""
ID_PATTERN = rf"[^/\x00-\x1f\x7f-\x9f]{{1,{MAX_ID_LENGTH}}}"
"""What an id may be: it is one part of a web address, so no ``/`` and no control characters."""

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL, which PostgreSQL's text cannot hold, and unpaired surrogates, which are no UTF-8."""


class DeckError(ValueError):
    """A deck file that cannot be read; the message names file, line and key."""


def save_deck(deck: Deck, path: str | os.PathLike) -> None:
    """Write ``deck`` to ``path`` as YAML, atomically."""
    text = yaml.safe_dump(deck_to_dict(deck), sort_keys=False, allow_unicode=True, width=100)
    with atomic_write(path) as stream:
        stream.write(text)


def load_deck(path: str | os.PathLike, name: str | None = None) -> Deck:
    """Read and validate the deck at ``path``; raise ``DeckError`` if it is malformed.

    Messages start with ``name`` (default: the path).
    """
    path = Path(path)
    name = str(path) if name is None else name
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_DECK_BYTES + 1)
    except OSError as exc:
        raise DeckError(f"{name}: cannot read: {exc.strerror}") from None
    if len(raw) > MAX_DECK_BYTES:
        raise DeckError(f"{name}: too large; a deck is at most {MAX_DECK_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DeckError(f"{name}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return parse_deck(text, name)


def parse_deck(text: str, name: str = "<deck>") -> Deck:
    """Validate deck YAML ``text``; ``name`` is used in error messages."""
    try:
        node, data = read_yaml(text)
    except YamlError as exc:
        where = f":{exc.line}" if exc.line else ""
        raise DeckError(f"{name}{where}: not valid YAML: {exc.message}") from None
    return _DeckReader(name, node).deck(data)


def article_location(deck_path: str | os.PathLike, article: ArticleRef) -> Path:
    """Where the file of ``article`` lies.

    A relative article path is relative to the deck's project folder, the
    parent of the folder that holds the deck (``decks/x.yaml`` cites ``seeds/a.txt``).
    """
    path = Path(article.path)
    return path if path.is_absolute() else Path(deck_path).resolve().parent.parent / path


def relative_article_path(deck_path: str | os.PathLike, article_path: str | os.PathLike) -> str:
    """The ``path`` to write for an article file, the inverse of ``article_location``."""
    root = Path(deck_path).resolve().parent.parent
    absolute = Path(article_path).resolve()
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return str(absolute)


def deck_to_dict(deck: Deck) -> dict[str, Any]:
    """The deck as the plain mapping that is written to YAML."""
    return {
        "quizgen": FORMAT_VERSION,
        "deck": {"id": deck.id, "title": deck.title, "created": deck.created},
        "articles": [_article_to_dict(a) for a in deck.articles],
        "questions": [question_to_dict(q) for q in deck.questions],
    }


def question_to_dict(question: Question) -> dict[str, Any]:
    """One question as the mapping written under ``questions:``."""
    return {
        "id": question.id,
        "kind": question.kind,
        "prompt": question.prompt,
        "answer": question.answer,
        "accept": list(question.accept),
        "choices": list(question.choices),
        "source": _source_to_dict(question.source),
        "also": [_source_to_dict(s) for s in question.also],
        "tags": list(question.tags),
    }


def _article_to_dict(article: ArticleRef) -> dict[str, Any]:
    return {"id": article.id, "date": article.date, "path": article.path, "title": article.title}


def _source_to_dict(source: Source) -> dict[str, Any]:
    return {"article": source.article, "sentence": source.sentence, "start": source.start, "end": source.end}


class _DeckReader:
    """Checks loaded YAML data against the deck format, keeping the node tree for line numbers."""

    def __init__(self, name: str, root: yaml.Node | None):
        self.name = name
        self.root = root

    def error(self, keys: Iterable[str | int], message: str) -> DeckError:
        keys = list(keys)
        line = self._line(keys)
        where = f":{line}" if line else ""
        dotted = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys).lstrip(".")
        return DeckError(f"{self.name}{where}: {dotted or 'deck'}: {message}")

    def _line(self, keys: list[str | int]) -> int | None:
        """The 1-based line of the deepest node along ``keys`` that exists."""
        node, line = self.root, None
        if node is not None:
            line = node.start_mark.line + 1
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                child = next((v for k, v in node.value if k.value == key), None)
                if child is None:
                    break
                line = next(k.start_mark.line + 1 for k, v in node.value if k.value == key)
                node = child
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                line = node.start_mark.line + 1
            else:
                break
        return line

    def mapping(self, value: Any, keys: list[str | int]) -> dict:
        if not isinstance(value, dict):
            raise self.error(keys, f"must be a mapping, found {_type_name(value)}")
        return value

    def sequence(self, value: Any, keys: list[str | int]) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(keys, f"must be a list, found {_type_name(value)}")
        return value

    def scalar_text(self, value: Any, keys: list[str | int]) -> str:
        """``value`` as text, if it is text, a number or a date, and a database can store it."""
        if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
            raise self.error(keys, f"must be text, found {_type_name(value)}")
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            text = str(value)
        except ValueError:  # an integer of thousands of digits
            raise self.error(keys, "must be text, found a number too long to read") from None
        if _UNSTORABLE.search(text):
            raise self.error(keys, "contains a NUL character or an unpaired surrogate, which cannot be stored")
        return text

    def text(self, mapping: dict, key: str, keys: list[str | int], required: bool = True) -> str:
        if key not in mapping or mapping[key] is None:
            if required:
                raise self.error(keys + [key], "missing: add it")
            return ""
        text = self.scalar_text(mapping[key], keys + [key])
        if required and not text.strip():
            raise self.error(keys + [key], "must not be empty")
        return text

    def identifier(self, mapping: dict, keys: list[str | int]) -> str:
        """The ``id`` of a deck, article or question: short enough for the database, usable in a web address."""
        value = self.text(mapping, "id", keys)
        if len(value) > MAX_ID_LENGTH:
            raise self.error(keys + ["id"], f"is {len(value)} characters long; an id has at most {MAX_ID_LENGTH}")
        if "/" in value:
            raise self.error(keys + ["id"], f"must not contain '/' (ids are part of web addresses), found {_shown(value)}")
        if not re.fullmatch(ID_PATTERN, value) or value in (".", ".."):
            raise self.error(keys + ["id"], f"must not be '.', '..' or contain control characters, found {_shown(value)}")
        return value

    def integer(self, mapping: dict, key: str, keys: list[str | int]) -> int:
        value = mapping.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_OFFSET:
            raise self.error(keys + [key], f"must be a whole number from 0 to {MAX_OFFSET}")
        return value

    def texts(self, mapping: dict, key: str, keys: list[str | int]) -> tuple[str, ...]:
        items = self.sequence(mapping.get(key), keys + [key])
        return tuple(self.scalar_text(item, keys + [key, i]) for i, item in enumerate(items))

    def date(self, mapping: dict, key: str, keys: list[str | int]) -> dt.date | None:
        value = mapping.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            pass
        raise self.error(keys + [key], f"must be a date like 2021-11-10, found {_shown(value)}")

    def timestamp(self, mapping: dict, key: str, keys: list[str | int]) -> dt.datetime:
        """A date and time, in UTC without a time zone, as the database keeps them."""
        value = mapping.get(key)
        try:
            if isinstance(value, dt.datetime):
                moment = value
            elif isinstance(value, dt.date):
                moment = dt.datetime.combine(value, dt.time())
            elif isinstance(value, str):
                moment = dt.datetime.fromisoformat(value)
            else:
                moment = None
            if moment is not None and moment.tzinfo is not None:
                moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
        except (ValueError, OverflowError):
            moment = None
        if moment is None:
            raise self.error(keys + [key], f"must be a date and time like 2026-11-23 09:30:00, found {_shown(value)}")
        return moment

    def deck(self, data: Any) -> Deck:
        if data is None:
            raise self.error([], "the file is empty")
        data = self.mapping(data, [])
        version = data.get("quizgen")
        if type(version) is not int or version != FORMAT_VERSION:
            raise self.error(["quizgen"], f"must be {FORMAT_VERSION} (the format version), found {_shown(version)}")
        head = self.mapping(data.get("deck"), ["deck"])
        deck_id = self.identifier(head, ["deck"])
        title = self.text(head, "title", ["deck"])
        created = self.timestamp(head, "created", ["deck"])
        articles = []
        article_index: dict[str, int] = {}
        for i, item in enumerate(self.sequence(data.get("articles"), ["articles"])):
            article = self.article(item, ["articles", i])
            if article.id in article_index:
                raise self.error(
                    ["articles", i, "id"], f"duplicate id {article.id!r} (also articles[{article_index[article.id]}])"
                )
            article_index[article.id] = i
            articles.append(article)
        questions = []
        seen: dict[str, int] = {}
        for i, item in enumerate(self.sequence(data.get("questions"), ["questions"])):
            question = self.question(item, ["questions", i], article_index)
            if question.id in seen:
                raise self.error(["questions", i, "id"], f"duplicate id {question.id!r} (also questions[{seen[question.id]}])")
            seen[question.id] = i
            questions.append(question)
        return Deck(id=deck_id, title=title, created=created, articles=tuple(articles), questions=tuple(questions))

    def article(self, item: Any, keys: list[str | int]) -> ArticleRef:
        item = self.mapping(item, keys)
        return ArticleRef(
            id=self.identifier(item, keys),
            path=self.text(item, "path", keys),
            title=self.text(item, "title", keys, required=False),
            date=self.date(item, "date", keys),
        )

    def source(self, item: Any, keys: list[str | int], article_ids: Iterable[str]) -> Source:
        item = self.mapping(item, keys)
        source = Source(
            article=self.text(item, "article", keys),
            sentence=self.text(item, "sentence", keys),
            start=self.integer(item, "start", keys),
            end=self.integer(item, "end", keys),
        )
        if source.article not in article_ids:
            raise self.error(
                keys + ["article"], f"names article {_shown(source.article)}, which is not under articles:"
            )
        if source.end < source.start:
            raise self.error(keys + ["end"], "must not be before start")
        return source

    def question(self, item: Any, keys: list[str | int], article_ids: Iterable[str]) -> Question:
        item = self.mapping(item, keys)
        question_id = self.identifier(item, keys)
        kind = self.text(item, "kind", keys)
        if kind not in KINDS:
            raise self.error(keys + ["kind"], f"unknown kind {_shown(kind)}; use one of {', '.join(KINDS)}")
        answer = self.text(item, "answer", keys)
        choices = self.texts(item, "choices", keys)
        if choices and answer not in choices:
            raise self.error(keys + ["choices"], f"must include the answer {_shown(answer)}")
        return Question(
            id=question_id,
            kind=kind,
            prompt=self.text(item, "prompt", keys),
            answer=answer,
            accept=self.texts(item, "accept", keys),
            choices=choices,
            source=self.source(item.get("source"), keys + ["source"], article_ids),
            also=tuple(
                self.source(s, keys + ["also", j], article_ids)
                for j, s in enumerate(self.sequence(item.get("also"), keys + ["also"]))
            ),
            tags=self.texts(item, "tags", keys),
        )


def _shown(value: Any, limit: int = 60) -> str:
    """A value quoted for a message: short scalars as written, long ones cut, anything else by its type."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        value = value.isoformat()
    if isinstance(value, (str, int, float)):
        try:
            shown = repr(value)
        except ValueError:  # an integer of thousands of digits
            return "a number too long to show"
        return shown if len(shown) <= limit else shown[: limit - 1] + "…"
    return _type_name(value)


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}.get(type(value), type(value).__name__)
