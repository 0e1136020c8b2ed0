"""Typed answers graded against a question's answer and its accepted forms.

Case, accents, punctuation, a leading article and titles before a name do not
matter, and a small typo in a name counts ("almost": right, with the correct
spelling shown). Numbers, amounts and dates are never typo-forgiven: they are
compared by value, so "$65 billion", "US$65bn" and "65 billion dollars" are one
amount and "10 Nov 2021" is "10 November 2021", but "$60 billion" is not.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz.distance import OSA

from quizgen.dates import DateValue, parse_written_date
from quizgen.names import TITLE_WORDS

VERDICTS = ("right", "almost", "wrong")
"""Best first."""

_ARTICLES = frozenset(("the", "a", "an"))
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {word: 10 * tens for tens, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}  # fmt: skip
_UNITS = {"$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
          "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
          "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
          "¥": "JPY", "jpy": "JPY", "yen": "JPY",
          "%": "%", "percent": "%"}  # fmt: skip

_MAX_EDITS = 2
"""Typos forgiven in a whole name; each word also has its own allowance (see ``_word_edits``)."""
_LENGTH_FACTOR, _LENGTH_SLACK = 4, 40
"""An answer longer than this many times the longest accepted form, plus slack, is not a try at it."""


class Gradable(Protocol):
    """What grading reads of a question: a ``model.Question``, or a stored quiz question."""

    @property
    def kind(self) -> str: ...

    @property
    def answer(self) -> str: ...

    @property
    def accept(self) -> Sequence[str]: ...


@dataclass(frozen=True)
class Grade:
    """The verdict on a typed answer and the answer it was graded against."""

    verdict: str  # "right", "almost" (a typo in a name: counted right) or "wrong"
    expected: str  # the question's canonical answer

    @property
    def correct(self) -> bool:
        """True when the answer counts as right, typos in names included."""
        return self.verdict in ("right", "almost")


def grade_answer(question: Gradable, typed: str) -> Grade:
    """Grade ``typed`` against the question's answer and accepted forms."""
    answer_date, longest, forms = _accepted(question.kind, question.answer, tuple(question.accept))
    if not typed.strip() or len(typed) > _LENGTH_FACTOR * longest + _LENGTH_SLACK:
        return Grade("wrong", question.answer)
    if answer_date is not None:
        typed_date = parse_written_date(typed, default_year=answer_date.date.year)
        if typed_date is not None:
            return Grade("right" if typed_date == answer_date else "wrong", question.answer)
    words = _words(typed)
    verdicts = [
        _verdict(variant, form_words, bare_number=question.kind == "amount", fuzzy=answer_date is None)
        for form_words in forms
        for variant in dict.fromkeys((words, _untitled(words)))
    ]
    return Grade(min(verdicts, key=VERDICTS.index), question.answer)


@lru_cache(maxsize=4096)
def _accepted(
    kind: str, answer: str, accept: tuple[str, ...]
) -> tuple[DateValue | None, int, tuple[tuple[str, ...], ...]]:
    """The date an answer names (None for an amount or a non-date), the length of the longest
    accepted form, and the words of each form.

    Cached: every learner's answers to a question are graded against the same forms.
    """
    forms = (answer, *accept)
    answer_date = None if kind == "amount" else parse_written_date(answer)
    return answer_date, max(len(form) for form in forms), tuple(dict.fromkeys(_words(form) for form in forms))


def _verdict(typed: tuple[str, ...], form: tuple[str, ...], bare_number: bool, fuzzy: bool) -> str:
    """The verdict on typed words against one accepted form's words.

    ``bare_number``: a number alone answers for the amount with its noun ("4" for "four days").
    ``fuzzy``: a name within a few typos is "almost".
    """
    if typed == form:
        return "right"
    typed_amounts, typed_rest = _amounts(typed)
    form_amounts, form_rest = _amounts(form)
    if typed_amounts or form_amounts:
        if not _same_amounts(typed_amounts, form_amounts):
            return "wrong"
        if typed_rest == form_rest or (bare_number and not typed_rest):
            return "right"
        typed, form = typed_rest, form_rest
    return "almost" if fuzzy and _near(typed, form) else "wrong"


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` folded for comparison: lower case, no accents, no punctuation, no leading article."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"(?<=[^\W\d_])\.(?=[^\W\d_])|['’‘`]", "", text)  # "U.S." is "US", "O'Neill" is "ONeill"
    text = re.sub(r"\bper\s+cent\b", "percent", text)
    words = re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?|[^\W\d_]+|[$€£¥%]", text)
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return tuple(words)


def _untitled(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without titles in front of a name ("president anna berg"); a bare office stays whole."""
    if all(word in TITLE_WORDS for word in words):
        return words
    while words[0] in TITLE_WORDS:
        words = words[1:]
    return words


def _amounts(words: tuple[str, ...]) -> tuple[list[tuple[str, float]], tuple[str, ...]]:
    """The amounts in ``words`` as (unit, value) pairs, and the words that are not part of one.

    A unit is a currency or "%", written before or after the number; "" when none is written.
    """
    amounts: list[tuple[str, float]] = []
    rest: list[str] = []
    i = 0
    while i < len(words):
        start = i
        i = _after_us(words, i)
        unit = _UNITS.get(words[i], "") if _number(words, i + 1)[0] is not None else ""
        value, i = _number(words, i + 1 if unit else i)
        if value is None:
            rest.append(words[start])
            i = start + 1
            continue
        while i < len(words) and words[i] in _SCALES:
            value *= _SCALES[words[i]]
            i += 1
        after = _after_us(words, i)
        if after < len(words) and words[after] in _UNITS and unit in ("", _UNITS[words[after]]):
            unit, i = _UNITS[words[after]], after + 1
        amounts.append((unit, value))
    return amounts, tuple(rest)


def _after_us(words: tuple[str, ...], i: int) -> int:
    """The index past a "US" that only qualifies a dollar sign or word ("US$", "US dollars")."""
    if i + 1 < len(words) and words[i] == "us" and _UNITS.get(words[i + 1]) == "USD":
        return i + 1
    return i


def _number(words: tuple[str, ...], i: int) -> tuple[float | None, int]:
    """The number written at ``words[i]`` ("65", "6.5", "65,000", "sixty five") and the index past it."""
    if i >= len(words):
        return None, i
    word = words[i]
    if word[0].isdecimal():  # not isdigit: a word may start with a digit float() cannot read ("²", "𐹠")
        return float(word.replace(",", "")), i + 1
    if word not in _NUMBER_WORDS:
        return None, i
    value = _NUMBER_WORDS[word]
    if value >= 20 and value % 10 == 0 and i + 1 < len(words) and 0 < _NUMBER_WORDS.get(words[i + 1], 0) < 10:
        return value + _NUMBER_WORDS[words[i + 1]], i + 2
    return value, i + 1


def _same_amounts(typed: list[tuple[str, float]], form: list[tuple[str, float]]) -> bool:
    """True when both list the same values in order, their units equal wherever both are written."""
    return len(typed) == len(form) and all(
        math.isclose(a, b, rel_tol=1e-9) and (not u or not v or u == v) for (u, a), (v, b) in zip(typed, form)
    )


def _near(typed: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """True when ``typed`` is ``form`` with a few typos: word for word, or with a space lost or added."""
    if not typed or not form:
        return False
    if len(typed) != len(form):
        whole = " ".join(form)
        return len(whole) >= 5 and OSA.distance(" ".join(typed), whole, score_cutoff=1) <= 1
    total = 0
    for typed_word, form_word in zip(typed, form):
        allowed = _word_edits(form_word)
        edits = OSA.distance(typed_word, form_word, score_cutoff=allowed)
        if edits > allowed:
            return False
        total += edits
    return total <= _MAX_EDITS


def _word_edits(word: str) -> int:
    """Typos forgiven in one word: none in short words, where one letter makes another name ("Iran", "Iraq")."""
    if len(word) <= 4:
        return 0
    return 1 if len(word) < 12 else 2
