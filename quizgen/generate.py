"""The generate stage: facts to questions, one question per fact per deck.

Facts with the same key from several articles become one question citing
every source. When sources disagree (one report says $65 billion, another
$60 billion) each version is anchored to its own report and tagged
``sources-differ``, and no version is offered as a wrong choice for another.
Question ids derive from fact keys, so a rebuild, or a build with one more
article, keeps the ids a learner's history hangs on.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from quizgen.choices import DISTRACTORS, ChoicePools, choose_distractors, normal, shuffled
from quizgen.dates import MONTH_NAMES, WEEKDAY_NAMES
from quizgen.model import ArticleRef, Fact, Question, Source

DISPUTED_TAG = "sources-differ"
MAX_PROMPT_WORDS = 60


def question_id(key: Sequence[str], variant: str = "") -> str:
    """A stable id for the fact with ``key`` (and one version of it, when sources disagree)."""
    text = "\x1f".join([*key, variant] if variant else key)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def generate_questions(
    facts: Iterable[Fact],
    deck_id: str,
    articles: Sequence[ArticleRef],
    pools: ChoicePools,
) -> list[Question]:
    """Merge ``facts`` into questions with sources, accepted answers and four choices each.

    A question for which the deck has fewer than three wrong answers of the
    answer's type gets no choices: it is asked as a typed answer only, rather
    than with an option of the wrong type.
    """
    order = {a.id: i for i, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    groups: dict[tuple[str, ...], list[Fact]] = defaultdict(list)
    for fact in sorted(facts, key=lambda f: (order.get(f.source.article, len(order)), f.source.start)):
        if len(fact.prompt.split()) <= MAX_PROMPT_WORDS:
            groups[fact.key].append(fact)

    versions = [version for group in groups.values() for version in _versions(group)]
    disputed = _disputed(versions)
    questions = []
    for version in versions:
        version.sort(key=lambda f: len(f.answer) if f.kind == "amount" else 0)
        first = version[0]
        variant = _answer_key(first) if len(_versions(groups[first.key])) > 1 else ""
        qid = question_id(first.key, variant)
        is_disputed = bool(variant) and _told_apart(first, groups[first.key]) or qid in disputed
        rivals = {_answer_key(f) for other in disputed.get(qid, ()) for f in other} | {
            _answer_key(f) for f in groups[first.key]
        }
        prompt = _anchored(first.prompt, by_id.get(first.source.article)) if is_disputed else first.prompt
        accept = tuple(dict.fromkeys(a for f in version for a in f.accept if a != first.answer))
        distractors = choose_distractors(first, qid, pools, exclude=rivals | {normal(a) for a in accept}, prompt=prompt)
        questions.append(
            Question(
                id=qid,
                kind=first.kind,
                prompt=prompt,
                answer=first.answer,
                accept=accept,
                choices=shuffled([first.answer, *distractors], qid) if len(distractors) == DISTRACTORS else (),
                source=first.source,
                also=_other_sources(version),
                tags=(first.kind, deck_id, *((DISPUTED_TAG,) if is_disputed else ())),
            )
        )
    questions.sort(key=lambda q: (order.get(q.source.article, len(order)), q.source.start))
    return questions


def _versions(group: list[Fact]) -> list[list[Fact]]:
    """The facts of one key split by what they answer: one list when the sources agree."""
    versions: dict[str, list[Fact]] = {}
    for fact in group:
        versions.setdefault(_answer_key(fact), []).append(fact)
    return list(versions.values())


def _answer_key(fact: Fact) -> str:
    return fact.value or normal(fact.answer)


def _other_sources(version: list[Fact]) -> tuple[Source, ...]:
    first = version[0].source
    seen = {(first.article, first.start)}
    others = []
    for fact in version[1:]:
        if (fact.source.article, fact.source.start) not in seen:
            seen.add((fact.source.article, fact.source.start))
            others.append(fact.source)
    return tuple(others)


def _anchored(prompt: str, article: ArticleRef | None) -> str:
    """``prompt`` tied to one report, for facts on which reports disagree."""
    if article is None:
        return prompt
    report = f"the report of {article.date.day} {article.date:%B %Y}" if article.date else f"“{article.title}”"
    return f"According to {report}, {prompt[0].lower()}{prompt[1:]}"


_CONTENT = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
_CALENDAR_WORDS = frozenset([*MONTH_NAMES, *WEEKDAY_NAMES])
_COMMON = frozenset("that this with from have been their there which would could about after before while".split())


def _disputed(versions: list[list[Fact]]) -> dict[str, list[list[Fact]]]:
    """Amount questions from different reports that give different figures for what reads as one fact.

    Two amounts count as the same fact told two ways when they are of the same
    unit and within a third of each other, come from different articles, and
    their sentences share at least three content words.
    """
    amounts = [v for v in versions if v[0].kind == "amount" and v[0].value]
    found: dict[str, list[list[Fact]]] = defaultdict(list)
    for i, a in enumerate(amounts):
        for b in amounts[i + 1 :]:
            if _same_fact_told_differently(a[0], b[0]):
                found[question_id(a[0].key)].append(b)
                found[question_id(b[0].key)].append(a)
    return found


def _same_fact_told_differently(a: Fact, b: Fact) -> bool:
    if a.source.article == b.source.article or a.value == b.value:
        return False
    unit_a, _, number_a = a.value.rpartition(" ")
    unit_b, _, number_b = b.value.rpartition(" ")
    if unit_a != unit_b:
        return False
    x, y = float(number_a), float(number_b)
    if not x or not y or max(x, y) / min(x, y) > 1.34:
        return False
    return _same_story(a, b)


def _told_apart(fact: Fact, group: list[Fact]) -> bool:
    """True when other reports give ``fact``'s key another answer about what reads as the same thing: the same
    question, or a sentence sharing its story. "The fund" of a Pacific story is not the fund of an Asian one."""
    return any(
        other.source.article != fact.source.article and _answer_key(other) != _answer_key(fact)
        and (other.prompt == fact.prompt or _same_story(fact, other))
        for other in group
    )


def _same_story(a: Fact, b: Fact) -> bool:
    """True for two sources that share at least three content words, a name among them."""
    words_a, words_b = _CONTENT.findall(a.source.sentence), _CONTENT.findall(b.source.sentence)
    names = {w for w in words_a[1:] if w[0].isupper()} & {w for w in words_b[1:] if w[0].isupper()} - _CALENDAR_WORDS
    shared = ({w.casefold() for w in words_a} - _COMMON) & ({w.casefold() for w in words_b} - _COMMON)
    return bool(names) and len(shared) >= 3
