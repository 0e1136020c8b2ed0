"""Recall of a deck against a gold list of facts a careful quiz writer would ask.

A question covers a gold fact when its answer matches the fact's answer or
one of its accepted forms, and one of its sources is the fact's sentence (the
gold names a fragment of it) in the same article.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from quizgen.model import Deck, Question
from quizgen.yamlfile import YamlError, read_yaml


class GoldError(ValueError):
    """A gold file that cannot be read."""


@dataclass(frozen=True)
class GoldFact:
    kind: str
    article: str
    question: str
    answer: str
    source: str
    accept: tuple[str, ...] = ()


@dataclass
class Recall:
    """Which gold facts a deck covers, and by which question."""

    covered: list[tuple[GoldFact, Question]] = field(default_factory=list)
    missed: list[GoldFact] = field(default_factory=list)

    @property
    def score(self) -> float:
        total = len(self.covered) + len(self.missed)
        return len(self.covered) / total if total else 0.0


def load_gold(path: str | os.PathLike) -> list[GoldFact]:
    """Read a gold file: a YAML list of facts with kind, article, question, answer, accept and source."""
    try:
        _node, data = read_yaml(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YamlError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, list):
        raise GoldError(f"{path}: a gold file is a list of facts")
    facts = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not all(k in item for k in ("article", "answer", "source")):
            raise GoldError(f"{path}: fact {i + 1} needs article, answer and source")
        facts.append(
            GoldFact(
                kind=str(item.get("kind", "other")),
                article=str(item["article"]),
                question=str(item.get("question", "")),
                answer=str(item["answer"]),
                source=str(item["source"]),
                accept=tuple(str(a) for a in item.get("accept") or ()),
            )
        )
    return facts


def recall(deck: Deck, gold: list[GoldFact]) -> Recall:
    """How many of the ``gold`` facts the questions of ``deck`` cover."""
    result = Recall()
    for fact in gold:
        question = next((q for q in deck.questions if covers(q, fact)), None)
        if question is None:
            result.missed.append(fact)
        else:
            result.covered.append((fact, question))
    return result


def covers(question: Question, fact: GoldFact) -> bool:
    """True when ``question`` asks the gold ``fact``: same answer, same source sentence."""
    answers = {folded(a) for a in (fact.answer, *fact.accept)}
    if folded(question.answer) not in answers:
        return False
    fragment = " ".join(fact.source.split())
    return any(s.article == fact.article and fragment in " ".join(s.sentence.split()) for s in question.sources)


def folded(text: str) -> str:
    """``text`` compared loosely: no case, accents, punctuation or leading article."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch if ch.isalnum() or ch in "$%." else " " for ch in text if not unicodedata.combining(ch))
    words = text.replace(". ", " ").split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words).rstrip(".")
