"""Building a deck: articles → parse → facts → questions → Deck.

The pipeline of DESIGN.md in one place. Bad inputs are reported, one line
each, and the rest still build; so are the articles without a date and
those that gave no question, with the reason.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from tqdm import tqdm

from quizgen.choices import ChoicePools
from quizgen.deck import relative_article_path, save_deck
from quizgen.extract import person_mentions
from quizgen.fetch import is_link
from quizgen.files import atomic_write
from quizgen.finders import extract_facts
from quizgen.finetypes import fine_type, whole_name
from quizgen.generate import generate_questions
from quizgen.inflection import count
from quizgen.model import Article, ArticleRef, Deck, Fact
from quizgen.names import NameBook, looks_like_person
from quizgen.parse import is_headline, load_nlp, parse_articles
from quizgen.select import select_facts
from quizgen.sources import load_inputs
from quizgen.wording import without_the

PROGRESS_FROM = 20
"""Show a progress bar from this many articles on."""

_POOL_LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "MONEY", "PERCENT", "CARDINAL")


@dataclass
class BuildResult:
    """A built deck and what happened on the way.

    ``errors`` has a line per input that gave no article; ``notes`` a line
    per article without a date or without a question; ``texts`` the article
    texts to save beside the deck (those extracted from web pages), by the
    path the deck cites.
    """

    deck: Deck
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    texts: dict[Path, str] = field(default_factory=dict)


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
    """Build a deck from the article files, folders, saved pages, links and feeds in ``paths``.

    ``deck_path`` is where the deck will be saved; article paths are written
    relative to its project folder.
    """
    inputs = load_inputs(paths)
    result = deck_from_articles(inputs.articles, title, deck_id, deck_path, nlp=nlp, progress=progress)
    result.errors[:0] = inputs.errors
    return result


def deck_from_articles(
    articles: list[Article],
    title: str,
    deck_id: str | None = None,
    deck_path: str | os.PathLike | None = None,
    nlp: Language | None = None,
    progress: bool = False,
) -> BuildResult:
    """Build a deck from articles already read."""
    deck_id = deck_id or deck_id_for(title)
    facts, pools, found = article_facts(articles, nlp or load_nlp(), progress=progress)
    texts: dict[Path, str] = {}
    refs = []
    for article in articles:
        path = Path(article.path)
        if article.source:
            path = article_text_path(deck_path or default_deck_path(title), article.id)
            texts[path] = article.text
        refs.append(ArticleRef(
            id=article.id,
            path=relative_article_path(deck_path, path) if deck_path else str(path),
            title=article.title,
            date=article.date,
            source=_cited_source(article.source, deck_path),
        ))
    questions = generate_questions(facts, deck_id, tuple(refs), pools)
    deck = Deck(
        id=deck_id,
        title=title,
        created=dt.datetime.now().replace(microsecond=0),
        articles=tuple(refs),
        questions=tuple(questions),
    )
    return BuildResult(deck, notes=article_notes(articles, deck, found), texts=texts)


def _cited_source(source: str, deck_path: str | os.PathLike | None) -> str:
    """A link as it is; a saved page's path written like the article paths, relative to the project."""
    if not source or is_link(source) or not deck_path:
        return source
    return relative_article_path(deck_path, source)


def article_notes(articles: list[Article], deck: Deck, found: dict[str, int]) -> list[str]:
    """A line for each article without a date, and for each that gave no question, with why."""
    asked = {source.article for question in deck.questions for source in question.sources}
    notes = []
    for article in articles:
        name = article.source or article.path
        if article.date is None:
            notes.append(f"{name}: no date; relative dates such as 'on Monday' stay relative "
                         "(give --date YYYY-MM-DD)")
        if article.id not in asked:
            notes.append(f"{name}: no questions: {_why_no_questions(article, found.get(article.id, 0))}")
    return notes


def _why_no_questions(article: Article, found: int) -> str:
    words = len(article.body.split())
    if found:
        return (f"{count(found, 'fact')} found, none asked (each was unclear, or repeated a question "
                "of another article)")
    if words < 40:
        return f"too short ({count(words, 'word')})"
    return ("no sentence states a fact to ask about (who met whom, when, where, which deal, "
            "what amount, who holds which office)")


def article_text_path(deck_path: str | os.PathLike, article_id: str) -> Path:
    """Where the text extracted from a web page is saved: a folder beside the deck, named after it."""
    deck_path = Path(deck_path)
    return deck_path.parent / f"{deck_path.stem}-articles" / f"{article_id}.txt"


def save_build(result: BuildResult, deck_path: str | os.PathLike) -> None:
    """Save the deck and the article texts it cites, each file atomically, the texts first."""
    for path, text in result.texts.items():
        with atomic_write(path) as stream:
            stream.write(text)
    save_deck(result.deck, deck_path)


def article_facts(
    articles: list[Article], nlp: Language, progress: bool = False
) -> tuple[list[Fact], ChoicePools, dict[str, int]]:
    """The facts to ask, the deck's pools of wrong answers, and how many facts each article gave before selection."""
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
                continue  # a headline's capitals make names of other words ("Berg’s Meeting")
            if ent.label_ == "PERSON":
                person = names.canonical(ent.text, article.id)
                if looks_like_person(person, article.body):
                    pools.add("PERSON", person, kind=fine_type(ent), article=article.id)
            elif ent.label_ in _POOL_LABELS:
                text = without_the(ent.text.strip())
                pools.add(ent.label_, text, kind=fine_type(ent), article=article.id)
    found = [fact for article, doc in parsed for fact in extract_facts(article, doc, names)]
    facts = select_facts(found, articles)
    for fact in facts:
        if fact.answer_type in ("DATE", "MONEY", "PERCENT", "CARDINAL"):
            pools.add(fact.answer_type, fact.answer, fact.value, article=fact.source.article)
    return facts, pools, Counter(fact.source.article for fact in found)


def default_deck_path(title: str, folder: str | os.PathLike = "decks") -> Path:
    """Where a deck of this title is saved when no output is given."""
    return Path(folder) / f"{deck_id_for(title)}.yaml"
