"""Multiple-choice options: the answer plus three wrong answers of the same type.

Wrong answers come from the deck's own articles where possible (people for a
person, places for a place, amounts of the same unit and scale for an
amount); dates and numbers near the answer are made up when the deck has too
few. A wrong answer is never another correct answer: accepted forms, other
reports' versions of the same fact, and names that appear in the prompt are
left out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from quizgen.amounts import amount_value
from quizgen.dates import DateValue, format_date, parse_written_date
from quizgen.model import Fact

DISTRACTORS = 3
PLACE_TYPES = ("FAC", "GPE", "LOC", "ORG")
AMOUNT_TYPES = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")
_AMOUNT_FACTORS = (0.5, 1.5, 0.75, 2, 1.25, 3)
_DAY_OFFSETS = (1, -1, 2, -2, 7, -7, 3, -3)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@dataclass
class ChoicePools:
    """Candidate wrong answers of a deck, by answer type, in the order they were seen."""

    by_type: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    values: dict[str, str] = field(default_factory=dict)

    def add(self, answer_type: str, text: str, value: str = "") -> None:
        """Offer ``text`` as a wrong answer for questions whose answer is of ``answer_type``."""
        text = text.strip()
        if text and text not in self.by_type[answer_type]:
            self.by_type[answer_type].append(text)
        if value:
            self.values.setdefault(text, value)


def choose_distractors(fact: Fact, seed: str, pools: ChoicePools, exclude: set[str], prompt: str) -> list[str]:
    """Three wrong answers for ``fact``, chosen the same way on every build (``seed`` is the question id)."""
    blocked = {normal(fact.answer), fact.value, *exclude}
    prompt_words = normal(prompt)

    def allowed(text: str) -> bool:
        key = normal(text)
        value = value_of(text, fact.answer_type, pools)
        if not key or key in blocked or (value and value in blocked):
            return False
        if fact.answer_type == "PERSON" and re.search(rf"\b{re.escape(normal(text.split()[-1]))}\b", prompt_words):
            return False
        return True

    chosen: list[str] = []
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
        return written.date.isoformat() if written and written.precision == "day" else ""
    if answer_type in AMOUNT_TYPES:
        return amount_value(text)
    return ""


def shuffled(options: list[str], seed: str) -> tuple[str, ...]:
    """``options`` in an order fixed by ``seed``, so the answer is not always first."""
    return tuple(sorted(options, key=lambda t: _digest(seed, t)))


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
    if kind in PLACE_TYPES:
        return [pools.by_type[kind], *(pools.by_type[t] for t in PLACE_TYPES if t != kind)]
    if kind == "DEAL":
        return [pools.by_type["DEAL"], pools.by_type["PHRASE"]]
    return [pools.by_type[kind]]


def _date_tiers(fact: Fact, pools: ChoicePools) -> list[list[str]]:
    """Other dates of the deck near the answer first, then days, months or years around it."""
    value = _parse_value_date(fact.value)
    if value is None:
        return [pools.by_type["DATE"]]
    nearby = []
    for text in pools.by_type["DATE"]:
        other = _parse_value_date(pools.values.get(text, ""))
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
        other_unit, _, other = pools.values.get(text, "").rpartition(" ")
        try:
            ratio = float(other) / target if target else 0
        except ValueError:
            continue
        if other_unit == unit and 0.1 <= ratio <= 10:
            similar.append(text)
    return [similar, _scaled(fact.answer, fact.answer_type)]


def _scaled(answer: str, answer_type: str) -> list[str]:
    """``answer`` with its figure changed: "$60 billion" → "$30 billion", "$90 billion", …"""
    match = _NUMBER.search(answer)
    if not match:
        return []
    number = float(match.group().replace(",", ""))
    if answer_type == "CARDINAL":
        figures = [number + d for d in (2, -2, 5, -5, 10, 1, -1)]
    else:
        figures = [number * f for f in _AMOUNT_FACTORS]
    texts = []
    for figure in figures:
        if figure <= 0:
            continue
        shown = f"{figure:,.0f}" if figure == int(figure) or figure >= 100 else f"{figure:.1f}"
        if "," not in match.group():
            shown = shown.replace(",", "")
        texts.append(answer[: match.start()] + shown + answer[match.end() :])
    return texts
