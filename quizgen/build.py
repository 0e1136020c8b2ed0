"""Building a deck: article files → parse → facts → questions → Deck.

The pipeline of DESIGN.md in one place. Bad article files are reported, one
line each, and the rest still build.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from tqdm import tqdm

from quizgen.articles import load_articles
from quizgen.choices import ChoicePools
from quizgen.deck import relative_article_path
from quizgen.extract import person_mentions
from quizgen.finders import extract_facts
from quizgen.finetypes import fine_type, whole_name
from quizgen.generate import generate_questions
from quizgen.model import Article, ArticleRef, Deck, Fact
from quizgen.names import NameBook, looks_like_person
from quizgen.parse import is_headline, load_nlp, parse_articles
from quizgen.select import select_facts

PROGRESS_FROM = 20
"""Show a progress bar from this many articles on."""

_POOL_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "MONEY", "PERCENT", "CARDINAL")


@dataclass
class BuildResult:
    """A built deck and what happened on the way."""

    deck: Deck
    errors: list[str] = field(default_factory=list)


def deck_id_for(text: str) -> str:
    """A deck id from a title or file name: lowercase words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "deck"


def build_deck(
    paths: Iterable[str | os.PathLike],
    title: str,
    deck_id: str | None = None,
    deck_path: str | os.PathLike | None = None,
    nlp: Language | None = None,
    progress: bool = False,
) -> BuildResult:
    """Build a deck from the article files and folders in ``paths``.

    ``deck_path`` is where the deck will be saved; article paths are written
    relative to its project folder.
    """
    articles, errors = load_articles(paths)
    deck_id = deck_id or deck_id_for(title)
    facts, pools = article_facts(articles, nlp or load_nlp(), progress=progress)
    refs = tuple(
        ArticleRef(
            id=a.id,
            path=relative_article_path(deck_path, a.path) if deck_path else str(a.path),
            title=a.title,
            date=a.date,
        )
        for a in articles
    )
    questions = generate_questions(facts, deck_id, refs, pools)
    deck = Deck(
        id=deck_id,
        title=title,
        created=dt.datetime.now().replace(microsecond=0),
        articles=refs,
        questions=tuple(questions),
    )
    return BuildResult(deck, errors)


def article_facts(articles: list[Article], nlp: Language, progress: bool = False) -> tuple[list[Fact], ChoicePools]:
    """The facts of every article, and the deck's pools of wrong answers."""
    show = progress and len(articles) >= PROGRESS_FROM
    parsed = list(tqdm(parse_articles(nlp, articles), total=len(articles), desc="parsing", unit="article", disable=not show))
    names = NameBook()
    for article, doc in parsed:
        names.add(article.id, person_mentions(doc))
    pools = ChoicePools()
    for article, doc in parsed:
        if article.date is not None:
            pools.published[article.id] = article.date
        for ent in doc.ents:
            if is_headline(ent.sent) or not whole_name(ent, article.body):
                continue  # a headline's capitals make names of other words ("Biden’s Meeting")
            if ent.label_ == "PERSON":
                person = names.canonical(ent.text, article.id)
                if looks_like_person(person, article.body):
                    pools.add("PERSON", person, kind=fine_type(ent), article=article.id)
            elif ent.label_ in _POOL_LABELS:
                text = re.sub(r"^the ", "", ent.text.strip(), flags=re.IGNORECASE)
                pools.add(ent.label_, text, kind=fine_type(ent), article=article.id)
    found = [fact for article, doc in parsed for fact in extract_facts(article, doc, names)]
    facts = select_facts(found, articles)
    for fact in facts:
        if fact.answer_type in ("DATE", "MONEY", "PERCENT", "CARDINAL"):
            pools.add(fact.answer_type, fact.answer, fact.value, article=fact.source.article)
    return facts, pools


def default_deck_path(title: str, folder: str | os.PathLike = "decks") -> Path:
    """Where a deck of this title is saved when no output is given."""
    return Path(folder) / f"{deck_id_for(title)}.yaml"
