"""Dates in news text and in typed answers.

``resolve_date`` turns the words of a date entity ("on Wednesday", "next
month", "Friday, 22 October") into an absolute date, using the article's date
and the tense of the verb the phrase belongs to: "met on Wednesday" looks
back, "will meet on Wednesday" looks forward. Relative phrases stay
unresolved without an article date, and vague ones ("last week", "the 1990s")
never resolve. ``parse_written_date`` reads a date as a person types it, and
``format_date`` / ``date_forms`` write one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

TENSES = ("past", "present", "future")

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_MONTHS = {key: n for n, name in enumerate(MONTH_NAMES, 1) for key in (name.lower(), name[:3].lower())} | {"sept": 9}
_WEEKDAYS = {key: n for n, name in enumerate(WEEKDAY_NAMES) for key in (name.lower(), name[:3].lower())}
_WEEKDAYS |= {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}

_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = f"(?P<month>{_MONTH_WORDS})"
_WEEKDAY = "(?P<weekday>{})".format("|".join(sorted(_WEEKDAYS, key=len, reverse=True)))
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>\d{4})"

_ISO = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})(?:[-/](?P<day>\d{1,2}))?")
_WRITTEN = [
    re.compile(pattern)
    for pattern in (
        rf"(?:{_WEEKDAY} )?{_DAY} {_MONTH}(?: {_YEAR})?",  # (Wednesday) 10 November (2021)
        rf"(?:{_WEEKDAY} )?{_MONTH} {_DAY}(?: {_YEAR})?",  # (Wednesday) November 10 (2021)
        rf"{_MONTH}(?: {_YEAR})?",  # November (2021)
        _YEAR,  # 2021
    )
]
_RELATIVE_WEEKDAY = re.compile(rf"(?:(?P<which>this coming|this past|this|next|last|coming|past) )?{_WEEKDAY}")
_STEPS = {"this": 0, "next": 1, "last": -1}
_FORWARD, _BACKWARD = ("next", "coming", "this coming"), ("last", "past", "this past")
"""Words that put a weekday strictly after or strictly before the article's date."""
_RELATIVE_PERIOD = re.compile(rf"(?P<which>this|next|last) (?P<period>month|year|{_MONTH_WORDS})")
_DAYS_FROM_TODAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                    "yesterday": -1, "last night": -1, "tomorrow": 1}  # fmt: skip

_LEADING_WORDS = frozenset("on in at during early earlier late later mid middle start beginning end".split())
"""Words before a date that leave the date it names unchanged ("on Friday", "later this month")."""
_WITHIN_WORDS = frozenset("early earlier late later".split())
"""Words that place a date within the current period ("earlier in the month", "later in the year")."""
_FILLERS = frozenset(("the", "of"))
"""Words inside a written date that carry nothing ("the 22nd of October")."""
_TIMES_OF_DAY = frozenset("morning afternoon evening night".split())

_TENSE_TURN = 45
"""Days a month may lie on the other side of the article's date from its verb's tense ("announced a visit in
November", written in October) before it is taken for that month of the next or last year."""
_YEAR_TURN = 183
"""Days past which a date without a year written in the wrong direction for its tense belongs to the
neighbouring year: a past event on 20 December in a paper of 5 January happened the year before."""
_LONE_YEARS = range(1900, 2101)
"""Four-digit numbers read as years when they stand alone; others are counts."""


@dataclass(frozen=True)
class DateValue:
    """A date known to a day, a month (``date`` is its 1st) or a year (``date`` is 1 January)."""

    date: dt.date
    precision: str  # "day", "month" or "year"


def date_key(value: DateValue) -> str:
    """A date as precise as it is known: "2021-11-10", "2021-11" or "2021"."""
    return value.date.isoformat()[: {"day": 10, "month": 7, "year": 4}[value.precision]]


@dataclass(frozen=True)
class _Parts:
    """The pieces of a written date; those not written are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


def resolve_date(phrase: str, published: dt.date | None, tense: str) -> DateValue | None:
    """The absolute date a date phrase names, or None when it names none or needs a missing ``published``.

    ``tense`` ("past", "present" or "future") is the tense of the verb the phrase belongs to;
    it decides which way a weekday or a date without a year lies from ``published``.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {', '.join(TENSES)}, not {tense!r}")
    words = _words(phrase)
    leading = set()
    while len(words) > 1 and words[0] in _LEADING_WORDS:
        leading.add(words.pop(0))
    if leading & _WITHIN_WORDS and words in (["month"], ["year"]):
        words = ["this", words[0]]  # "earlier in the month": the month the article is written in
    year_step = None
    if len(words) > 2 and words[-1] == "year" and words[-2] in _STEPS:  # "11 November this year"
        year_step, words = _STEPS[words[-2]], words[:-2]
    parts = _written_parts(" ".join(words))
    if parts is not None:
        return _dated(parts, published, tense, year_step)
    if published is None or year_step is not None:
        return None
    return _relative(words, published, tense)


def format_date(value: DateValue) -> str:
    """The date as a question shows it: "10 November 2021", "November 2021" or "2021"."""
    day = value.date
    if value.precision == "day":
        return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    if value.precision == "month":
        return f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return str(day.year)


def date_forms(value: DateValue) -> list[str]:
    """Other ways a person may write the date, each once, ``format_date(value)`` left out."""
    day = value.date
    month, short = MONTH_NAMES[day.month - 1], MONTH_NAMES[day.month - 1][:3]
    if value.precision == "day":
        weekday = WEEKDAY_NAMES[day.weekday()]
        forms = [
            day.isoformat(),
            f"{month} {day.day}, {day.year}",
            f"{day.day} {month}",
            f"{month} {day.day}",
            f"{weekday}, {day.day} {month} {day.year}",
            f"{weekday} {day.day} {month} {day.year}",
            f"{weekday}, {month} {day.day}, {day.year}",
            f"{day.day} {short} {day.year}",
            f"{short} {day.day}, {day.year}",
        ]
    elif value.precision == "month":
        forms = [f"{day.year}-{day.month:02d}", f"{short} {day.year}", month]
    else:
        forms = []
    written = format_date(value)
    return [form for form in dict.fromkeys(forms) if form != written]


def parse_written_date(text: str, default_year: int | None = None) -> DateValue | None:
    """The date a person wrote ("10th of November, 2021", "Nov 10", "2021-11-10"), or None.

    A missing year is ``default_year``; without one, a date missing its year is None. Numeric
    day/month orders other than year-first ("10/11/2021") are ambiguous and read as no date. A
    weekday written with the date must be that date's weekday.
    """
    words = _words(text)
    if words and words[0] in ("on", "in"):
        words.pop(0)
    parts = _written_parts(" ".join(words))
    if parts is None:
        return None
    if parts.year is None:
        if default_year is None:
            return None
        parts = replace(parts, year=default_year)
    value = _value(parts)
    if value is None or (parts.weekday is not None and value.date.weekday() != parts.weekday):
        return None
    return value


def _words(text: str) -> list[str]:
    """Lower-case words of a date phrase, ordinal endings and fillers dropped, ISO dates kept whole."""
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text.casefold())
    text = re.sub(r"[^\w/-]+|(?<!\d)[-/]|[-/](?!\d)", " ", text)
    return [word for word in text.split() if word not in _FILLERS]


def _written_parts(text: str) -> _Parts | None:
    """The pieces of an absolute date written in ``text`` (words joined by single spaces), or None."""
    if match := _ISO.fullmatch(text):
        day = match["day"]
        return _Parts(int(match["year"]), int(match["month"]), int(day) if day else None)
    for pattern in _WRITTEN:
        if match := pattern.fullmatch(text):
            found = match.groupdict()
            year = int(found["year"]) if found.get("year") else None
            if found.keys() == {"year"} and year not in _LONE_YEARS:
                return None
            return _Parts(
                year,
                _MONTHS[found["month"]] if found.get("month") else None,
                int(found["day"]) if found.get("day") else None,
                _WEEKDAYS[found["weekday"]] if found.get("weekday") else None,
            )
    return None


def _value(parts: _Parts) -> DateValue | None:
    """A DateValue from pieces with a year; None when they name no real day (31 June)."""
    try:
        if parts.day is not None:
            return DateValue(dt.date(parts.year, parts.month, parts.day), "day")
        if parts.month is not None:
            return DateValue(dt.date(parts.year, parts.month, 1), "month")
        return DateValue(dt.date(parts.year, 1, 1), "year")
    except ValueError:
        return None


def _dated(parts: _Parts, published: dt.date | None, tense: str, year_step: int | None) -> DateValue | None:
    """A written date; a missing year comes from the article's date, by ``year_step`` or else by the tense."""
    if parts.year is not None:
        return _value(parts) if year_step is None else None
    if published is None:
        return None
    if year_step is not None:
        year = published.year + year_step
    else:
        year = _year_for(parts.month, parts.day or 15, published, tense)
    return _value(replace(parts, year=year))


def _relative(words: list[str], published: dt.date, tense: str) -> DateValue | None:
    """A day, month or year named relative to the article's date: "yesterday", "next Friday", "last month"."""
    text = " ".join(words)
    if text not in _DAYS_FROM_TODAY and len(words) > 1 and words[-1] in _TIMES_OF_DAY:
        text = " ".join(words[:-1])  # "Wednesday morning", "yesterday evening"
    if text in _DAYS_FROM_TODAY:
        return DateValue(published + dt.timedelta(days=_DAYS_FROM_TODAY[text]), "day")
    if match := _RELATIVE_WEEKDAY.fullmatch(text):
        return DateValue(_weekday_from(published, _WEEKDAYS[match["weekday"]], match["which"], tense), "day")
    if match := _RELATIVE_PERIOD.fullmatch(text):
        return _period_from(published, match["which"], match["period"])
    return None


def _year_for(month: int, day: int, published: dt.date, tense: str) -> int:
    """The year of a month and day written without one, from the article's date and the tense."""
    year = published.year
    distance = (dt.date(year, month, min(day, 28)) - published).days  # near enough to measure, valid in any month
    turn = _YEAR_TURN if tense == "present" else _TENSE_TURN  # "will be held in March", written in May: next March
    if tense != "future" and distance > turn:
        return year - 1
    if tense != "past" and distance < -turn:
        return year + 1
    return year


def _weekday_from(published: dt.date, weekday: int, which: str | None, tense: str) -> dt.date:
    """The date of a weekday named relative to ``published`` ("Friday", "next Friday", "last Friday")."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if which in _FORWARD:
        forward, ahead = True, ahead or 7
    elif which in _BACKWARD:
        forward, back = False, back or 7
    else:
        forward = tense == "future" or (tense == "present" and ahead <= back)
    return published + dt.timedelta(days=ahead) if forward else published - dt.timedelta(days=back)


def _period_from(published: dt.date, which: str, period: str) -> DateValue:
    """The month or year named by "this/next/last month", "last year", "next November"."""
    step = _STEPS[which]
    if period == "year":
        return DateValue(dt.date(published.year + step, 1, 1), "year")
    if period == "month":
        index = published.year * 12 + published.month - 1 + step
        return DateValue(dt.date(index // 12, index % 12 + 1, 1), "month")
    month = _MONTHS[period]
    year = published.year
    if which == "next" and month <= published.month:
        year += 1
    elif which == "last" and month >= published.month:
        year -= 1
    return DateValue(dt.date(year, month, 1), "month")
