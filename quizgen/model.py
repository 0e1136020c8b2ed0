"""The plain, frozen dataclasses that flow between quizgen's stages.

article file --load--> Article --extract--> Fact --generate--> Question --> Deck

No stage module imports another stage's library: these types are the only
thing the loader, extractor, generator, deck store, Anki exporter and web app
share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KINDS = ("who_met", "when", "where", "deal", "amount", "role", "other")
"""Question kinds, in the order they are shown to a person."""


@dataclass(frozen=True)
class Article:
    """One news article as read from its file.

    ``text`` is the whole decoded file, date line included, so that character
    offsets into it are offsets into the file; ``body_start`` is where the
    article's own words begin. ``source`` is the web page or link the text
    was extracted from, empty for a text file read as it is.
    """

    id: str
    path: str
    text: str
    date: dt.date | None = None
    title: str = ""
    body_start: int = 0
    source: str = ""

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class Source:
    """A sentence of an article that a question comes from.

    ``start`` and ``end`` are character offsets into the article's text, so
    ``article.text[start:end] == sentence``.
    """

    article: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One fact found in a sentence, before it is worded as a question.

    ``key`` identifies the fact across articles (the same meeting reported by
    two papers has the same key); ``answer_type`` is the entity type of the
    answer (PERSON, DATE, MONEY, ...), used to draw distractors of the same
    type; ``value`` is a comparable form of the answer (an ISO date, a number)
    used to tell disagreeing sources apart.
    """

    kind: str
    key: tuple[str, ...]
    prompt: str
    answer: str
    answer_type: str
    source: Source
    accept: tuple[str, ...] = ()
    value: str = ""
    aside: bool = False
    """True for a fact told in passing, in a clause that sets the scene for the sentence's news ("With the US
    urging firms to leave, …"): a quiz writer asks the news first."""


@dataclass(frozen=True)
class Question:
    """A quiz question with its answer and the sentences it comes from."""

    id: str
    kind: str
    prompt: str
    answer: str
    source: Source
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    also: tuple[Source, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[Source, ...]:
        return (self.source, *self.also)


@dataclass(frozen=True)
class ArticleRef:
    """An article as a deck lists it: enough to find and cite it.

    ``path`` is its text file; ``source`` the page or link the text came
    from, when it did not come from that file itself.
    """

    id: str
    path: str
    title: str = ""
    date: dt.date | None = None
    source: str = ""

    @property
    def origin(self) -> str:
        """Where the article came from: its link or saved page, else its text file."""
        return self.source or self.path


@dataclass(frozen=True)
class Deck:
    """A question set built from a group of articles."""

    id: str
    title: str
    created: dt.datetime
    articles: tuple[ArticleRef, ...] = ()
    questions: tuple[Question, ...] = field(default=())

    def article(self, article_id: str) -> ArticleRef | None:
        """The article with this id, or None."""
        return next((a for a in self.articles if a.id == article_id), None)
