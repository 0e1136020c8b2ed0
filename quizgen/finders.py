"""The registry of fact finders, and the extract stage that runs them over an article.

Each finder takes the ``Wording`` of an article and one sentence and yields
the facts it sees there; ``extract_facts`` gives every fact its source
sentence and drops any whose prompt gives its answer away.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from quizgen.arguments import find_arguments, find_descriptions, find_examples, find_labels, find_objects, find_posts, find_products
from quizgen.dates import MONTH_NAMES, WEEKDAY_NAMES
from quizgen.inflection import verb_lemma
from quizgen.lexicon import DEAL_VERBS
from quizgen.extract import (
    find_agreements,
    find_amounts,
    find_attributions,
    find_dates,
    find_meetings,
    find_places,
    find_respective_roles,
    find_roles,
    key_text,
)
from quizgen.model import Article, Fact, Source
from quizgen.names import NameBook
from quizgen.parse import is_headline
from quizgen.places import continent_given_away, other_names
from quizgen.quotes import find_quotes
from quizgen.tallies import find_tallies
from quizgen.wording import Wording, doc_text

Finder = Callable[[Wording, Span], Iterator[Fact]]

FINDERS: tuple[Finder, ...] = (
    find_meetings,
    find_dates,
    find_places,
    find_roles,
    find_respective_roles,
    find_agreements,
    find_amounts,
    find_tallies,
    find_attributions,
    find_quotes,
    find_descriptions,
    find_products,
    find_examples,
    find_labels,
    find_arguments,
    find_objects,
    find_posts,
)
"""Every finder, most specific first: when two word the same fact, the earlier one's question is kept."""


def extract_facts(article: Article, doc: Doc, names: NameBook, finders: tuple[Finder, ...] = FINDERS) -> list[Fact]:
    """Every fact the finders see in ``doc``, with its source sentence."""
    wording = Wording(article, doc, names)
    text = doc_text(doc)  # with no dateline: its "(AP)" is no name of the country before it
    facts: list[Fact] = []
    for sentence in doc.sents:
        if is_headline(sentence) or not any(t.is_alpha for t in wording.tokens(sentence)):
            continue  # a headline drops the words a question needs ("Acme to buy Borg", "Chair ousts adviser Berg")
        source = _source(article, sentence)
        for finder in finders:
            for fact in finder(wording, sentence):
                fact = replace(fact, source=source, accept=(*fact.accept, *_also_called(fact.answer, text)))
                if _answer_hidden(fact) and names_something(fact.prompt) and not _bare(fact):
                    facts.append(fact)
    return facts


def _also_called(answer: str, text: str) -> list[str]:
    """Other names a reader may give for a named answer: a country's other names ("Britain" for "the UK"),
    the short form the article writes in brackets after it ("Nordic Association of Retired Persons (NARP)")."""
    short = re.findall(rf"{re.escape(answer)}\s*\(([A-Z][A-Za-z]{{1,9}})\)", text) if f"{answer} (" in text else []
    return [*other_names(answer), *dict.fromkeys(short)]


def _source(article: Article, sentence: Span) -> Source:
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]
    start = article.body_start + sentence.start_char + (len(text) - len(text.lstrip()))
    end = article.body_start + sentence.end_char - (len(text) - len(text.rstrip()))
    return Source(article=article.id, sentence=article.text[start:end], start=start, end=end)


CALENDAR_WORDS = frozenset((*MONTH_NAMES, *WEEKDAY_NAMES))
"""Capitalised words that name no one: a date alone does not say which story a question is about."""


def names_something(prompt: str) -> bool:
    """True when a question names what it is about: a capitalised word (a name, a title) after its first word,
    a month or a weekday not counting. "How many houses were lost on 3 May?", "Who had 24% of the vote?" or "Which
    company had failed to protect its data?" could be asked of any story in a deck; a quiz writer says which."""
    return any(word not in CALENDAR_WORDS for word in re.findall(r"\b[A-Z][\w'’-]*", prompt)[1:])


BARE_WORDS = 6
"""A "What …?" question this short says no more than who did what: "What would Acme provide?"."""


def _bare(fact: Fact) -> bool:
    """True for "What would Acme provide?" answered by a phrase ("a full report on the crash"): nothing
    says which of the things Acme provides is meant. "What did Acme buy?" stays: what a deal verb takes is the news."""
    words = fact.prompt.rstrip("?").split()
    if words[0] != "What" or len(words) > BARE_WORDS or re.search(r"[A-Z\d]", fact.answer) or " " not in fact.answer:
        return False  # "What does Wiatrak manufacture?" "Arms": a one-word answer says what X is
    return verb_lemma(words[-1]) not in DEAL_VERBS


def _answer_hidden(fact: Fact) -> bool:
    """The prompt must not give the answer away: nor its short forms, nor a country of the continent it is."""
    prompt = f" {key_text(fact.prompt)} "  # folded to words between single spaces: a form is named when its words are
    forms = [fact.answer, *(a for a in fact.accept if len(a) > 3)]
    named = any(f" {folded} " in prompt for form in forms if (folded := key_text(form)))
    return not named and not continent_given_away(fact.answer, fact.prompt)


