"""Selecting the questions a quiz writer would keep: the important facts, about as many as a person writes.

The finders over-generate: every named argument of every clause can be
asked about. A careful quiz writer asks about 2.5 questions per 100 words,
about the lead more than the tail, about the people and organisations the
article keeps returning to, not about what the whole article is plainly
about, and asks each fact once. ``select_facts`` scores every fact on those
signals and keeps the best up to a density budget, none below a floor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from quizgen.extract import key_text, without_article
from quizgen.lexicon import ACT_SUFFIXES, CONSEQUENTIAL_VERBS, SPEECH_VERBS, VIEW_VERBS
from quizgen.model import Article, Fact

QUESTIONS_PER_100_WORDS = 4.8
"""The most questions kept per 100 words of an article (the gold lists write 2.4; the target is at most 5)."""

MIN_PER_ARTICLE = 5
"""Even a short article gets this many questions, if it has the facts."""

KIND_WEIGHTS = {"who_met": 3.0, "deal": 2.5, "when": 2.5, "amount": 2.2, "role": 2.0, "where": 2.0, "other": 1.0}
"""How much a quiz writer values each kind of question, before the fact's own merits."""

MIN_SCORE = 1.5
"""Below this a fact is not worth a card, however much room the budget leaves."""

SUBJECT_MENTIONS = 3
"""How often an article must name something for it to be what the article is about."""

SUBJECT_PENALTY = 3.0
"""What asking for the article's own subject as a plain fact (not an office or a meeting) costs."""

SPEAKER_PENALTY = 1.0
"""What asking who said something costs on top when the speaker is the article's subject: in a readout of
one leader's remarks, "Which President explained …?" has one answer a reader knows before reading."""

NAMED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT")
"""Answers that can be what an article is about; a phrase the article repeats ("personal accounts") is its key fact instead."""

PLAIN_KINDS = ("other", "deal", "where")
"""Kinds whose question about the article's subject is obvious (an office or a meeting is still worth asking)."""

REPEAT_PENALTY = 1.0
"""What each earlier question with the same answer takes off a fact's score."""

SAME_FACT_PENALTY = 2.0
"""What an earlier question of the same kind with the same date, amount or place takes off on top: most often
the same event told twice ("the collision on 27 August", "the crash on 27 August")."""

EVENT_KINDS = ("when", "amount", "where")
"""Kinds whose answer singles out an event (a day, not a year); one person answers many different questions."""

CONSEQUENCE_BONUS = 0.8
"""What a fact about the act of a consequential verb (suspend, expel, receive) adds to a plain fact's score."""

LIST_BONUS = 0.8
"""What a list of names as the answer ("Which firms …? Acme, Borg and Cyco") adds: a quiz writer asks for the whole list."""

ASIDE_PENALTY = 1.0
"""What a fact told in passing ("With the US urging firms to leave, …") costs against the sentence's news."""

AGE_MENTIONS = 3
"""How often an article must name a person for their age to be worth a card: the victim a story is about, not
an official quoted once ("Berg, 52, said …")."""

LONG_PROMPT_WORDS = 22
"""Prompts longer than this read as a sentence with a hole, not a question: they lose score per word."""


def select_facts(facts: Iterable[Fact], articles: Iterable[Article]) -> list[Fact]:
    """The facts worth a question, in the order given: one per answer per sentence, best first within each article's budget."""
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_article[fact.source.article].append(fact)
    kept: list[Fact] = []
    asked: set[tuple] = set()
    for article in articles:
        found = by_article.get(article.id, [])
        candidates = _one_per_answer([f for f in found if f.key not in asked])
        budget = max(MIN_PER_ARTICLE, round(len(article.body.split()) * QUESTIONS_PER_100_WORDS / 100))
        chosen = {id(f) for f in _varied_best(candidates, article, budget)}
        kept.extend(f for f in found if id(f) in chosen or f.key in asked)  # asked from an earlier article: one more source
        asked.update(f.key for f in candidates if id(f) in chosen)
    return kept


def _varied_best(facts: list[Fact], article: Article, budget: int) -> list[Fact]:
    """The ``budget`` best facts, each one more question with an answer already chosen counting for less.

    A quiz writer does not answer ten questions with the article's main
    character: the protagonist's prominence earns a question or two, not all.
    """
    headline = _headline(article)
    subject = _subject_of(facts, article, headline)
    facts = [f for f in facts if not _in_headline(f, headline) and not _restates_headline(f, headline) and not _passing_age(f, article)]
    scores = {id(f): fact_score(f, article) - (_obviousness(f, headline) if _is(f.answer, subject) else 0) for f in facts}
    times: dict[str, int] = defaultdict(int)
    asked: dict[tuple[str, str], int] = defaultdict(int)

    def worth(fact: Fact) -> float:
        answer = key_text(fact.answer)
        return scores[id(fact)] - REPEAT_PENALTY * times[answer] - SAME_FACT_PENALTY * asked.get(_event_of(fact), 0)

    left, chosen = list(facts), []
    while left and len(chosen) < budget:
        best = max(left, key=worth)
        if worth(best) < MIN_SCORE:
            break  # what is left is not worth a card
        chosen.append(best)
        left.remove(best)
        times[key_text(best.answer)] += 1
        if _event_of(best):
            asked[_event_of(best)] += 1
    return chosen


def _event_of(fact: Fact) -> tuple[str, str] | None:
    """The kind and answer that make two facts most likely one event told twice, or None."""
    if fact.kind not in EVENT_KINDS or fact.kind == "when" and len(fact.value) < len("yyyy-mm-dd"):
        return None
    return fact.kind, key_text(fact.answer)


def fact_score(fact: Fact, article: Article) -> float:
    """How much a quiz writer would want this fact asked: its kind, where it stands, how central its answer is."""
    body_length = max(len(article.text) - article.body_start, 1)
    lead = 1.0 - (fact.source.start - article.body_start) / body_length
    mentions = _mentions(fact.answer, article.body, fact.answer_type == "PERSON")
    length = len(fact.prompt.split())
    consequential = fact.kind == "other" and fact.key[0] in ("arg", "object") and fact.key[2] in CONSEQUENTIAL_VERBS
    return (
        KIND_WEIGHTS.get(fact.kind, 1.0)
        + (CONSEQUENCE_BONUS if consequential else 0.0)
        + (LIST_BONUS if _names_several(fact) else 0.0)
        + 1.5 * max(lead, 0.0)
        + 0.3 * min(mentions, 5)
        - 0.15 * max(length - LONG_PROMPT_WORDS, 0)
        - (ASIDE_PENALTY if fact.aside or _source_of_a_figure(fact) else 0.0)
    )


def _source_of_a_figure(fact: Fact) -> bool:
    """True for "Which ministry reported that 120 people were injured?": who counted a figure is told in passing;
    the figure is the news (the outlet that broke a story is still asked)."""
    return fact.key[:2] == ("other", "source") and bool(re.search(r"\d", fact.prompt))


def _names_several(fact: Fact) -> bool:
    return fact.answer_type in NAMED_TYPES and bool(re.search(r", | and ", fact.answer))


def _subject_of(facts: list[Fact], article: Article, headline: str) -> str:
    """The name the article is about: the answer it mentions most (an organisation or place that every
    sentence is about makes an obvious answer: "Acme" in a story about Acme). A person must also be named in the
    headline when there is one: a chief executive quoted three times in a story about her company's deal is not it
    (a country or a company may be named there by its adjective or short form: "Hungarian", "Acme")."""
    counts = {
        f.answer: _mentions(f.answer, article.body, f.answer_type == "PERSON")
        for f in facts
        if f.answer_type in NAMED_TYPES and (f.answer_type != "PERSON" or not headline or _named_in_headline(f.answer, headline))
    }
    best = max(counts, key=lambda a: (counts[a], a), default="")
    return best if counts.get(best, 0) >= SUBJECT_MENTIONS else ""


def _named_in_headline(name: str, headline: str) -> bool:
    """True when the (lower-case) headline has one of the person's names: "Berg" of "Anna Berg"."""
    return any(re.search(rf"\b{re.escape(word.lower())}\b", headline) for word in re.findall(r"\b[A-Z][\w'-]+", name))


def _in_headline(fact: Fact, headline: str) -> bool:
    """True for "Who was the US president …?" under the headline "US president Berg fires adviser": an
    office whose holder the headline names with it."""
    if fact.key[0] != "role" or len(fact.key) != 3 or not headline:
        return False
    office, surname = fact.key[1].lower().split()[-1], fact.answer.split()[-1].lower()
    return bool(re.search(rf"\b{re.escape(office)}\b", headline)) and surname in headline


def _restates_headline(fact: Fact, headline: str) -> bool:
    """True for "What did Poland expel?" → "Belarusian diplomat" under "Poland expels Belarusian diplomat": a
    described thing the headline already says, every word of it."""
    words = re.findall(r"\w+", fact.answer.lower())
    return fact.key[0] == "object" and bool(words) and set(words) <= set(re.findall(r"\w+", headline))


def _passing_age(fact: Fact, article: Article) -> bool:
    """True for "How old was Jon Berg?" when the article names Berg less than ``AGE_MENTIONS`` times: trivia."""
    if fact.key[0] != "age":
        return False
    name = " ".join(re.findall(r"\b[A-Z][\w'-]+", fact.prompt)[1:])  # the prompt's words after "How"
    return _mentions(name, article.body, person=True) < AGE_MENTIONS


def _headline_act(fact: Fact, headline: str) -> bool:
    """True for a question about the act the headline tells ("Vestra to buy Nordvind"): who bought whom is what
    the story is for, however often it names them."""
    return fact.key[0] == "arg" and bool(re.search(rf"\b{re.escape(fact.key[2])}(?:s|es|d|ed)?\b", headline))


def _headline(article: Article) -> str:
    """The article's headline in lower case: its first line when that has no closing stop; else ""."""
    first_line = article.body.strip().split("\n", 1)[0].strip()
    return "" if first_line.endswith((".", "!", "?", '"', "”")) else first_line.lower()  # a lead sentence, no headline


def _obviousness(fact: Fact, headline: str) -> float:
    """What asking for the article's own subject costs this fact: nothing for an office, a meeting or the act the
    headline tells."""
    if not _plain(fact) or _headline_act(fact, headline):
        return 0.0
    speaking = fact.key[0] == "quote" or fact.key[0] == "arg" and fact.key[3] == "subject" and fact.key[2] in SPEECH_VERBS | VIEW_VERBS
    return SUBJECT_PENALTY + (SPEAKER_PENALTY if speaking else 0.0)


def _plain(fact: Fact) -> bool:
    """True for a question whose answer is obvious when it is the article's subject: any but an office or a
    meeting, any "Which President said …?" or "Who did X congratulate?" that only swaps a name in a clause
    for a wh-word, but not "For whose resignation …?": whose act it was is news."""
    if fact.key[0] == "quote":
        return True  # "Who said "…"?" in a story of one leader's visit: the leader
    if fact.key[0] != "arg":
        return fact.kind in PLAIN_KINDS
    role = fact.key[3]
    return not (role.endswith(" owner") and role.split()[0].endswith(ACT_SUFFIXES))


def _is(answer: str, name: str) -> bool:
    return bool(name) and key_text(answer) == key_text(name)


def _one_per_answer(facts: list[Fact]) -> list[Fact]:
    """The first fact for each answer in each sentence: the finders run most specific first."""
    seen: set[tuple[int, str]] = set()
    kept = []
    for fact in facts:
        key = (fact.source.start, without_article(key_text(fact.answer)))  # "a bridge" is "bridge"
        if key not in seen:
            seen.add(key)
            kept.append(fact)
    return kept


def _mentions(answer: str, text: str, person: bool = False) -> int:
    """How often the text names the answer: a person by their surname (the name's last capitalised word),
    anything else by its whole name ("Bergen Space Center", not every "Center"), a phrase by its last content word."""
    words = re.findall(r"\b[A-Z][\w'-]+", answer) if person else []
    name = words[-1] if words else answer if re.search(r"[A-Z]", answer) else (re.findall(r"\w{4,}", answer) or [""])[-1]
    if not name:
        return 0
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)(?! [A-Z])", text))  # "Riga Castle" is no mention of Riga
