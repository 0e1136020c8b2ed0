"""Multiple-choice options: the answer plus three wrong answers of the same type.

Wrong answers come from the deck's own articles where possible: names of the
answer's fine kind (a minister for a minister, a bank for a bank, a city for
a city), from the answer's own article first; for a place, the gazetteer's
neighbours; amounts of the same unit and scale; dates near the answer. Dates
and numbers are made up when the deck has too few. A wrong answer is never
another correct answer: accepted forms, other reports' versions of the same
fact, names in the prompt, and names that may stand for the answer
("Washington" for "the US", "NoFTA" for its full name) are left out. An
answer with no three options of its kind gets none: it is asked typed, and
so is a person of no known office or an organisation of no known kind,
whose "options" would only be the article's other names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from quizgen.amounts import amount_value
from quizgen.dates import DateValue, date_key, format_date, parse_written_date
from quizgen.lexicon import GENDERED_WORDS, SPAN_PREPOSITIONS
from quizgen.model import Fact
from quizgen.names import first_name_gender, initials
from quizgen.places import named_in, near, neighbours, place_level, same_place, sovereign
from quizgen.wording import balanced

DISTRACTORS = 3
SAME_SPELLING = 85
"""Similarity (0-100, rapidfuzz) from which two names are one name spelled two ways."""
NAME_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
AMOUNT_TYPES = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
_AMOUNT_FACTORS = (0.62, 1.37, 0.81, 1.74, 2.3, 0.45)
"""Not halves and doubles: a set of 0.5×, 1× and 2× gives the answer away as its centre."""
_DAY_OFFSETS = (1, -1, 2, -2, 7, -7, 3, -3)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class ChoicePools:
    """Candidate wrong answers of a deck, by answer type, in the order they were seen.

    Names also carry their fine type (``person/minister``, ``org/bank``,
    ``place/city``, see ``finetypes``) and the articles they appear in, so
    that a name's wrong options are of its own kind, from its own article first.
    """

    by_type: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    values: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    articles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    mentions: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    published: dict[str, dt.date] = field(default_factory=dict)

    def add(self, answer_type: str, text: str, value: str = "", kind: str = "", article: str = "") -> None:
        """Offer ``text`` as a wrong answer for questions whose answer is of ``answer_type`` (and fine ``kind``)."""
        text = text.strip()
        if not text or not balanced(text):
            return  # a name the model cut inside its brackets ("Free Trade Area (NoFTA")
        if text not in self.by_type[answer_type]:
            self.by_type[answer_type].append(text)
        if value:
            self.values.setdefault(text, value)
        if kind and (text not in self.kinds or "/" in kind and "/" not in self.kinds[text]):
            self.kinds[text] = kind  # the most specific kind seen: "person/minister" over "person"
        if article:
            self.articles[text].add(article)
            self.mentions[(text, article)] += 1

    def names_of_kind(self, kind: str, article: str | None = None) -> list[str]:
        """The names of one fine kind (or of a whole group, "person"), from one article if given."""
        return [
            text for text, known in self.kinds.items()
            if (known == kind or kind.count("/") == 0 and known.split("/")[0] == kind)
            and (article is None or article in self.articles[text])
        ]


def choose_distractors(fact: Fact, seed: str, pools: ChoicePools, exclude: set[str], prompt: str) -> list[str]:
    """Three wrong answers for ``fact``, chosen the same way on every build (``seed`` is the question id)."""
    blocked = {normal(fact.answer), fact.value, *exclude}
    prompt_words = normal(prompt)
    published = pools.published.get(fact.source.article)
    chosen: list[str] = []

    def allowed(text: str) -> bool:
        key = normal(text)
        value = value_of(text, fact.answer_type, pools)
        if not key or key in blocked or (value and value in blocked):
            return False
        if fact.answer_type in NAME_TYPES and any(also_right(text, form) for form in (fact.answer, *fact.accept, *chosen)):
            return False  # another name for the answer, or for an option already offered
        if fact.answer_type == "PERCENT" and _figure(text) > 100 >= _figure(fact.answer):
            return False  # a share cannot exceed the whole
        if fact.answer_type in AMOUNT_TYPES and bool(_NUMBER.search(text)) != bool(_NUMBER.search(fact.answer)):
            return False  # "twelve" among "310" and "145": figures are written one way
        if fact.answer_type == "DATE" and _after(value, published) and not _after(fact.value, published):
            return False  # a date after the article for an event the article reports as past
        if fact.answer_type == "PERSON" and re.search(rf"\b{re.escape(normal(text.split()[-1]))}\b", prompt_words):
            return False
        if fact.answer_type in NAME_TYPES and (re.search(rf"\b{re.escape(key)}\b", prompt_words) or named_in(text, prompt)):
            return False  # a name the question itself mentions ("U.S." when it says "the United States") is plainly not its answer
        return True

    for tier in _candidate_tiers(fact, pools):
        for text in sorted(tier, key=lambda t: _digest(seed, t)):
            if len(chosen) == DISTRACTORS:
                return chosen
            if allowed(text):
                chosen.append(text)
                blocked.update({normal(text), value_of(text, fact.answer_type, pools)})
    return chosen


def value_of(text: str, answer_type: str, pools: ChoicePools) -> str:
    """The comparable value of a candidate: a date's ISO form, an amount's figure, else nothing."""
    if text in pools.values:
        return pools.values[text]
    if answer_type == "DATE":
        written = parse_written_date(text)
        return date_key(written) if written else ""
    if answer_type in AMOUNT_TYPES:
        return amount_value(text)
    return ""


def shuffled(options: list[str], seed: str) -> tuple[str, ...]:
    """``options`` in an order fixed by ``seed``, so the answer is not always first. The order is drawn apart from
    the one ``choose_distractors`` picks by: with the same draw, the options picked for their low draw would come
    first and the answer last."""
    return tuple(sorted(options, key=lambda t: _digest(f"order\x1f{seed}", t)))


def normal(text: str) -> str:
    """``text`` folded for comparison: case, punctuation and a leading article ignored."""
    text = re.sub(r"[^\w$%.]+", " ", text.casefold()).strip()
    return re.sub(r"^(?:the|a|an) ", "", text)


def _digest(seed: str, text: str) -> str:
    return hashlib.sha1(f"{seed}\x1f{text}".encode("utf-8")).hexdigest()


def _candidate_tiers(fact: Fact, pools: ChoicePools) -> list[list[str]]:
    kind = fact.answer_type
    if kind == "DATE":
        return _date_tiers(fact, pools)
    if kind in AMOUNT_TYPES:
        return _amount_tiers(fact, pools)
    if kind in NAME_TYPES:
        return _name_tiers(fact, pools)
    return []  # a described thing or a phrase: no options of its kind to be had, so asked as a typed answer


def _name_tiers(fact: Fact, pools: ChoicePools) -> list[list[str]]:
    """Names of the answer's fine kind from its article, then from the deck; then for a place its
    gazetteer neighbours, and for a person the other people of the article."""
    kind = pools.kinds.get(fact.answer, "")
    if not kind or " and " in fact.answer:
        return []  # a list of names, or a name the deck never saw whole
    expected = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place"}.get(fact.answer_type)
    if expected and kind.split("/")[0] != expected:
        kind = expected  # tagged another type elsewhere: trust the question's own reading
    article = fact.source.article
    group = kind.split("/")[0]
    same_article, same_deck = pools.names_of_kind(kind, article), pools.names_of_kind(kind)
    if kind == "org":
        return []  # an organisation of no known kind: a newspaper or an alliance would be no choice for a planemaker
    if group == "place":  # a city gets cities of its own country first, a country countries of its continent
        close = [p for p in same_article if near(p, fact.answer)]
        if place_level(fact.answer) == "country":  # map neighbours or far-off countries of the story share nothing
            # with the answer's part in it (Latvia for Norway, Chile for Sweden): its continent's only, and no
            # territory, which is no country a learner would pick and may be part of the answer (Hong Kong for China)
            return [[p for p in close if sovereign(p)]]
        return [close, [p for p in same_deck if near(p, fact.answer)], neighbours(fact.answer, count=4), same_article]
    if group == "person":  # people of the same office, then people the article keeps returning to
        gendered = set(re.findall(r"[a-z]+", fact.prompt.lower())) & GENDERED_WORDS
        gender = first_name_gender(fact.answer) if gendered else None  # "the first woman to …" is asked with women
        if kind == "person":
            return []  # no office known: the article's other people (a victim for a suspect) would be no choice at all
        others = [p for p in pools.names_of_kind("person", article) if pools.mentions[(p, article)] >= 2 and pools.kinds[p] == "person"]
        return [[p for p in tier if first_name_gender(p) in (gender, None)] if gender else tier for tier in (same_article, others)]
    return [same_article, same_deck]


def also_right(option: str, answer: str) -> bool:
    """True when ``option`` may name what ``answer`` names: one contains the other ("NoFTA" and
    "Nordic Free Trade Area (NoFTA)"), one is the other's initials, or they are a
    country and its capital ("Washington" for "the US")."""
    a, b = normal(option), normal(answer)
    if not a or not b:
        return False
    if re.search(rf"\b{re.escape(a)}\b", b) or re.search(rf"\b{re.escape(b)}\b", a):
        return True
    if initials(option) in (b.replace(" ", ""), ) or initials(answer) == a.replace(" ", ""):
        return True
    if re.search(rf"\b{re.escape(initials(option))}\b", b) and len(initials(option)) > 1:
        return True  # "Royal Air Force" for "RAF Lakenheath"
    if fuzz.ratio(a, b) >= SAME_SPELLING:
        return True  # "West Balkans" for "Western Balkans"
    return same_place(option, answer)


def _figure(text: str) -> float:
    match = _NUMBER.search(text)
    return float(match.group().replace(",", "")) if match else 0.0


def _after(value: str, published: dt.date | None) -> bool:
    """True when a date value ("2021-11-10", "2021-11", "2021") lies wholly after the article's date."""
    when = _parse_value_date(value or "")
    if published is None or when is None:
        return False
    return date_key(when) > date_key(DateValue(published, when.precision))


def _date_tiers(fact: Fact, pools: ChoicePools) -> list[list[str]]:
    """Other dates of the answer's article near it first (a date of another story is no confuser), then
    days, months or years around it. A date that bounds a span ("By what year …?") gets none: a later
    year would be right as well."""
    if fact.prompt.split(" ", 1)[0].lower() in SPAN_PREPOSITIONS:
        return []
    value = _parse_value_date(fact.value)
    if value is None:
        return []
    nearby = []
    for text in pools.by_type["DATE"]:
        other = _parse_value_date(pools.values.get(text, ""))
        if fact.source.article not in pools.articles[text]:
            continue
        if other and other.precision == value.precision and abs((other.date - value.date).days) <= 62:
            nearby.append(text)
    made = [format_date(v) for v in _dates_around(value)]
    return [nearby, made]


def _parse_value_date(value: str) -> DateValue | None:
    """A DateValue from a fact's value: "2021-11-10", "2021-11" or "2021"."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return DateValue(dt.date.fromisoformat(value), "day")
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return DateValue(dt.date.fromisoformat(value + "-01"), "month")
        if re.fullmatch(r"\d{4}", value):
            return DateValue(dt.date(int(value), 1, 1), "year")
    except ValueError:
        return None
    return None


def _dates_around(value: DateValue) -> list[DateValue]:
    day = value.date
    if value.precision == "day":
        return [DateValue(day + dt.timedelta(days=n), "day") for n in _DAY_OFFSETS]
    if value.precision == "month":
        months = [day.year * 12 + day.month - 1 + n for n in (1, -1, 2, -2, 3)]
        return [DateValue(dt.date(m // 12, m % 12 + 1, 1), "month") for m in months]
    return [DateValue(dt.date(day.year + n, 1, 1), "year") for n in (1, -1, 2, -2, 3, -3)]


def _amount_tiers(fact: Fact, pools: ChoicePools) -> list[list[str]]:
    """Amounts of the deck of the same unit and scale, then the answer's figure scaled up and down."""
    unit, _, number = fact.value.rpartition(" ")
    try:
        target = float(number)
    except ValueError:
        return [pools.by_type[fact.answer_type]]
    similar = []
    for text in pools.by_type[fact.answer_type]:
        if fact.answer_type in ("CARDINAL", "PERCENT") and fact.source.article not in pools.articles[text]:
            continue  # a count or share of another article measures something else: "54 nations" is no option for House seats
        other_unit, _, other = pools.values.get(text, "").rpartition(" ")
        try:
            ratio = float(other) / target if target else 0
        except ValueError:
            continue
        if other_unit == unit and 0.1 <= ratio <= 10:
            similar.append(text)
    return [similar, _scaled(fact.answer, fact.answer_type)]


_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def _scaled(answer: str, answer_type: str) -> list[str]:
    """``answer`` with its figure changed: "$60 billion" → "$30 billion", "$90 billion", …"""
    match = _NUMBER.search(answer)
    if not match or len(_NUMBER.findall(answer)) > 1:
        return []  # a range ("between $5 and $7 billion") has no one figure to move
    number = float(match.group().replace(",", ""))
    decimals = len(match.group().partition(".")[2])
    if answer_type == "CARDINAL" and not decimals and not _SCALE_WORD.search(answer):
        step = 10 ** max(len(str(int(number))) - 2, 0)  # a few more or fewer at the count's own scale: 54 → 56, 800,000 → 820,000
        figures = [number + d * step for d in (2, -2, 5, -5, 10, 1, -1)]
    elif answer_type == "PERCENT":  # shares move by points, not by factors, and stay within the whole
        step = 10 ** (1 - decimals) if decimals else 5  # 42% → 37%, 47%; 1.15% → 1.05%, 1.25%; 9.9% → 8.9%
        figures = [round(number + d * step, decimals) for d in (-2, -1, 1, 2, 3)]
        figures = [f for f in figures if 0 < f <= 100]
    else:
        figures = [number * f for f in _AMOUNT_FACTORS]
    texts = []
    for figure in figures:
        if figure <= 0:
            continue
        shown = f"{figure:,.{decimals}f}"  # written like the answer: no option stands out by its decimals
        if "," not in match.group():
            shown = shown.replace(",", "")
        texts.append(answer[: match.start()] + shown + answer[match.end() :])
    return texts
