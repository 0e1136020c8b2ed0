"""Reading and writing decks as YAML (the format in DESIGN.md).

Decks are written atomically with ``yaml.safe_dump`` and read with the safe
loader. People edit decks by hand, so a malformed deck raises ``DeckError``
naming the file, the line and the key at fault.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from quizgen.files import atomic_write
from quizgen.model import KINDS, ArticleRef, Deck, Question, Source

FORMAT_VERSION = 1
MAX_DECK_BYTES = 64 * 1024 * 1024


class DeckError(ValueError):
    """A deck file that cannot be read; the message names file, line and key."""


def save_deck(deck: Deck, path: str | os.PathLike) -> None:
    """Write ``deck`` to ``path`` as YAML, atomically."""
    text = yaml.safe_dump(deck_to_dict(deck), sort_keys=False, allow_unicode=True, width=100)
    with atomic_write(path) as stream:
        stream.write(text)


def load_deck(path: str | os.PathLike) -> Deck:
    """Read and validate the deck at ``path``; raise ``DeckError`` if it is malformed."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DeckError(f"{path}: cannot read: {exc.strerror}") from None
    if len(raw) > MAX_DECK_BYTES:
        raise DeckError(f"{path}: too large ({len(raw)} bytes); a deck is at most {MAX_DECK_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DeckError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return parse_deck(text, str(path))


def parse_deck(text: str, name: str = "<deck>") -> Deck:
    """Validate deck YAML ``text``; ``name`` is used in error messages."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f":{mark.line + 1}" if mark else ""
        raise DeckError(f"{name}{where}: not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise DeckError(f"{name}: not valid YAML: {exc}") from None
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
    data = {"id": article.id, "date": article.date, "path": article.path, "title": article.title}
    if article.source:
        data["source"] = article.source
    return data


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

    def text(self, mapping: dict, key: str, keys: list[str | int], required: bool = True) -> str:
        if key not in mapping or mapping[key] is None:
            if required:
                raise self.error(keys + [key], "missing: add it")
            return ""
        value = mapping[key]
        if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
            raise self.error(keys + [key], f"must be text, found {_type_name(value)}")
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value)
        if required and not text.strip():
            raise self.error(keys + [key], "must not be empty")
        return text

    def integer(self, mapping: dict, key: str, keys: list[str | int]) -> int:
        value = mapping.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.error(keys + [key], "must be a whole number of 0 or more")
        return value

    def texts(self, mapping: dict, key: str, keys: list[str | int]) -> tuple[str, ...]:
        items = self.sequence(mapping.get(key), keys + [key])
        for i, item in enumerate(items):
            if isinstance(item, (dict, list)) or item is None:
                raise self.error(keys + [key, i], f"must be text, found {_type_name(item)}")
        return tuple(str(item) for item in items)

    def date(self, mapping: dict, key: str, keys: list[str | int]) -> dt.date | None:
        value = mapping.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise self.error(keys + [key], f"must be a date like 2021-11-10, found {value!r}") from None

    def deck(self, data: Any) -> Deck:
        if data is None:
            raise self.error([], "the file is empty")
        data = self.mapping(data, [])
        version = data.get("quizgen")
        if version != FORMAT_VERSION:
            raise self.error(["quizgen"], f"must be {FORMAT_VERSION} (the format version), found {version!r}")
        head = self.mapping(data.get("deck"), ["deck"])
        created = head.get("created")
        if isinstance(created, dt.datetime):
            pass
        elif isinstance(created, dt.date):
            created = dt.datetime.combine(created, dt.time())
        else:
            try:
                created = dt.datetime.fromisoformat(str(created))
            except ValueError:
                raise self.error(["deck", "created"], "must be a date and time like 2026-11-23 09:30:00") from None
        articles = tuple(
            self.article(item, ["articles", i])
            for i, item in enumerate(self.sequence(data.get("articles"), ["articles"]))
        )
        article_ids = {a.id for a in articles}
        questions = []
        seen: dict[str, int] = {}
        for i, item in enumerate(self.sequence(data.get("questions"), ["questions"])):
            question = self.question(item, ["questions", i], article_ids)
            if question.id in seen:
                raise self.error(["questions", i, "id"], f"duplicate id {question.id!r} (also questions[{seen[question.id]}])")
            seen[question.id] = i
            questions.append(question)
        return Deck(
            id=self.text(head, "id", ["deck"]),
            title=self.text(head, "title", ["deck"]),
            created=created,
            articles=articles,
            questions=tuple(questions),
        )

    def article(self, item: Any, keys: list[str | int]) -> ArticleRef:
        item = self.mapping(item, keys)
        return ArticleRef(
            id=self.text(item, "id", keys),
            path=self.text(item, "path", keys),
            title=self.text(item, "title", keys, required=False),
            date=self.date(item, "date", keys),
            source=self.text(item, "source", keys, required=False),
        )

    def source(self, item: Any, keys: list[str | int], article_ids: set[str]) -> Source:
        item = self.mapping(item, keys)
        source = Source(
            article=self.text(item, "article", keys),
            sentence=self.text(item, "sentence", keys),
            start=self.integer(item, "start", keys),
            end=self.integer(item, "end", keys),
        )
        if source.article not in article_ids:
            raise self.error(keys + ["article"], f"names article {source.article!r}, which is not under articles:")
        if source.end < source.start:
            raise self.error(keys + ["end"], "must not be before start")
        return source

    def question(self, item: Any, keys: list[str | int], article_ids: set[str]) -> Question:
        item = self.mapping(item, keys)
        kind = self.text(item, "kind", keys)
        if kind not in KINDS:
            raise self.error(keys + ["kind"], f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        answer = self.text(item, "answer", keys)
        choices = self.texts(item, "choices", keys)
        if choices and answer not in choices:
            raise self.error(keys + ["choices"], f"must include the answer {answer!r}")
        return Question(
            id=self.text(item, "id", keys),
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


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}.get(type(value), type(value).__name__)
