"""Date phrases resolved against an article's date, and dates as people write them."""

from datetime import date

import pytest

from quizgen.dates import DateValue, date_forms, format_date, parse_written_date, resolve_date

THURSDAY = date(2021, 11, 11)
FRIDAY = date(2021, 11, 5)


def day(year: int, month: int, number: int) -> DateValue:
    return DateValue(date(year, month, number), "day")


def month(year: int, number: int) -> DateValue:
    return DateValue(date(year, number, 1), "month")


def year(number: int) -> DateValue:
    return DateValue(date(number, 1, 1), "year")


@pytest.mark.parametrize(
    ("phrase", "published", "tense", "expected"),
    [
        # A past event on a weekday is the latest such day on or before the paper's date.
        ("Wednesday", THURSDAY, "past", day(2021, 11, 10)),
        ("on Wednesday", THURSDAY, "past", day(2021, 11, 10)),
        ("Friday", THURSDAY, "past", day(2021, 11, 5)),
        ("Thursday", THURSDAY, "past", day(2021, 11, 11)),
        ("Wednesday morning", THURSDAY, "past", day(2021, 11, 10)),
        # A future one is the first on or after it: "will meet on Friday" in a Friday paper is that day.
        ("Wednesday", THURSDAY, "future", day(2021, 11, 17)),
        ("on Friday", THURSDAY, "future", day(2021, 11, 12)),
        ("Friday", FRIDAY, "future", day(2021, 11, 5)),
        ("Tuesday", FRIDAY, "future", day(2021, 11, 9)),
        # Present tense: the nearest one.
        ("Wednesday", THURSDAY, "present", day(2021, 11, 10)),
        ("Saturday", THURSDAY, "present", day(2021, 11, 13)),
        ("Monday", THURSDAY, "present", day(2021, 11, 8)),
        ("Sunday", THURSDAY, "present", day(2021, 11, 14)),
        ("Thursday", THURSDAY, "present", day(2021, 11, 11)),
        # "next" is strictly after, "last" strictly before, whatever the tense.
        ("next Wednesday", FRIDAY, "future", day(2021, 11, 10)),
        ("next Friday", FRIDAY, "future", day(2021, 11, 12)),
        ("next Friday", FRIDAY, "past", day(2021, 11, 12)),
        ("last Friday", FRIDAY, "past", day(2021, 10, 29)),
        ("last Thursday", FRIDAY, "past", day(2021, 11, 4)),
        ("this coming Monday", FRIDAY, "present", day(2021, 11, 8)),
        ("this past Friday", FRIDAY, "present", day(2021, 10, 29)),
        ("today", THURSDAY, "present", day(2021, 11, 11)),
        ("Today", THURSDAY, "past", day(2021, 11, 11)),
        ("yesterday", THURSDAY, "past", day(2021, 11, 10)),
        ("tomorrow", date(2021, 12, 31), "future", day(2022, 1, 1)),
        ("last night", THURSDAY, "past", day(2021, 11, 10)),
    ],
)
def test_relative_days_resolve_against_the_article_date_and_the_tense(phrase, published, tense, expected):
    assert resolve_date(phrase, published, tense) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("November 10, 2021", day(2021, 11, 10)),
        ("10 November 2021", day(2021, 11, 10)),
        ("on 10 November, 2021", day(2021, 11, 10)),
        ("2021-11-10", day(2021, 11, 10)),
        ("Wednesday, 10 November 2021", day(2021, 11, 10)),
        ("the 3rd of March 2020", day(2020, 3, 3)),
        ("November 2021", month(2021, 11)),
        ("2018", year(2018)),
        ("in 2018", year(2018)),
        ("early 2022", year(2022)),
    ],
)
def test_dates_with_a_year_resolve_with_or_without_an_article_date(phrase, expected):
    assert resolve_date(phrase, None, "past") == expected
    assert resolve_date(phrase, date(2030, 6, 1), "future") == expected


@pytest.mark.parametrize(
    ("phrase", "published", "tense", "expected"),
    [
        ("Friday, 22 October", date(2021, 10, 23), "past", day(2021, 10, 22)),
        # An explicit day wins over a weekday that disagrees with it.
        ("Monday, 22 October", date(2021, 10, 23), "past", day(2021, 10, 22)),
        ("on 11 November", date(2021, 10, 23), "future", day(2021, 11, 11)),
        ("12 November", date(2021, 11, 5), "past", day(2021, 11, 12)),
        ("November 12", date(2021, 11, 5), "present", day(2021, 11, 12)),
        # Across the turn of the year, the tense and the distance pick the neighbouring year.
        ("20 December", date(2022, 1, 5), "past", day(2021, 12, 20)),
        ("20 December", date(2022, 1, 5), "present", day(2021, 12, 20)),
        ("20 December", date(2022, 1, 5), "future", day(2022, 12, 20)),
        ("5 January", date(2021, 12, 20), "future", day(2022, 1, 5)),
        ("5 January", date(2021, 12, 20), "past", day(2021, 1, 5)),
        ("29 February", date(2021, 3, 10), "past", None),
        ("31 June", date(2021, 3, 10), "future", None),
        # A year named relative to the article overrides the tense rule.
        ("November 11 this year", date(2021, 11, 5), "present", day(2021, 11, 11)),
        ("20 December last year", date(2022, 6, 1), "future", day(2021, 12, 20)),
        ("March next year", date(2021, 11, 5), "past", month(2022, 3)),
        ("Wednesday this year", date(2021, 11, 5), "past", None),
        ("2021 this year", date(2021, 11, 5), "past", None),
    ],
)
def test_a_day_and_month_take_the_year_from_the_article(phrase, published, tense, expected):
    assert resolve_date(phrase, published, tense) == expected


@pytest.mark.parametrize(
    ("phrase", "published", "tense", "expected"),
    [
        ("next month", date(2021, 10, 23), "future", month(2021, 11)),
        ("next month", date(2021, 12, 3), "future", month(2022, 1)),
        ("last month", date(2021, 11, 11), "past", month(2021, 10)),
        ("last month", date(2021, 1, 11), "past", month(2020, 12)),
        ("later this month", date(2021, 10, 23), "future", month(2021, 10)),
        ("earlier this month", date(2021, 10, 23), "past", month(2021, 10)),
        ("November", date(2021, 10, 23), "future", month(2021, 11)),
        ("in November", date(2021, 10, 23), "past", month(2021, 11)),
        # a month well on the other side of the article's date from its verb's tense is next or last year's
        ("in March", date(2024, 5, 2), "future", month(2025, 3)),
        ("in November", date(2024, 5, 2), "past", month(2023, 11)),
        ("mid-November", date(2021, 10, 23), "future", month(2021, 11)),
        ("the end of December", date(2021, 10, 23), "future", month(2021, 12)),
        ("December", date(2022, 1, 5), "past", month(2021, 12)),
        ("January", date(2021, 12, 20), "future", month(2022, 1)),
        ("last November", date(2021, 11, 11), "past", month(2020, 11)),
        ("next November", date(2021, 10, 23), "future", month(2021, 11)),
        ("this year", date(2021, 11, 11), "present", year(2021)),
        ("next year", date(2021, 11, 11), "future", year(2022)),
        ("later this year", date(2021, 11, 11), "future", year(2021)),
        ("last year", date(2021, 11, 11), "past", year(2020)),
    ],
)
def test_months_and_years_named_relative_to_the_article(phrase, published, tense, expected):
    assert resolve_date(phrase, published, tense) == expected


@pytest.mark.parametrize(
    "phrase",
    ["Wednesday", "next Wednesday", "today", "22 October", "November", "next month", "this year", "last Friday",
     "November 11 this year"],
)
def test_relative_dates_stay_relative_without_an_article_date(phrase):
    assert resolve_date(phrase, None, "past") is None


@pytest.mark.parametrize(
    "phrase",
    [
        "last week", "next week", "this week", "recent weeks", "the following day", "the following Saturday",
        "four days", "two years", "60-years", "the 1990s", "weekly", "annual", "since 2018", "until Friday",
        "10/11/2021", "1850", "45", "", "   ", "the weekend", "the past month",
    ],
)  # fmt: skip
def test_vague_phrases_and_durations_are_not_dates(phrase):
    assert resolve_date(phrase, THURSDAY, "past") is None


def test_an_unknown_tense_is_an_error():
    with pytest.raises(ValueError, match="tense"):
        resolve_date("Wednesday", THURSDAY, "pluperfect")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (day(2021, 11, 10), "10 November 2021"),
        (day(2021, 3, 1), "1 March 2021"),
        (month(2021, 11), "November 2021"),
        (year(2018), "2018"),
    ],
)
def test_format_date(value, written):
    assert format_date(value) == written


def test_date_forms_of_a_day():
    assert date_forms(day(2021, 11, 10)) == [
        "2021-11-10",
        "November 10, 2021",
        "10 November",
        "November 10",
        "Wednesday, 10 November 2021",
        "Wednesday 10 November 2021",
        "Wednesday, November 10, 2021",
        "10 Nov 2021",
        "Nov 10, 2021",
    ]


def test_date_forms_leave_out_duplicates_and_the_shown_form():
    assert date_forms(day(2021, 5, 3)) == [
        "2021-05-03",
        "May 3, 2021",
        "3 May",
        "May 3",
        "Monday, 3 May 2021",
        "Monday 3 May 2021",
        "Monday, May 3, 2021",
    ]


def test_date_forms_of_a_month_and_a_year():
    assert date_forms(month(2021, 11)) == ["2021-11", "Nov 2021", "November"]
    assert date_forms(month(2021, 5)) == ["2021-05", "May"]
    assert date_forms(year(2018)) == []


@pytest.mark.parametrize(
    "text",
    [
        "10 November 2021", "10 november 2021", "Nov 10 2021", "Nov. 10, 2021", "10th of November, 2021",
        "the 10th of November 2021", "2021-11-10", "2021/11/10", "November 10th", "10 Nov", "on 10 November",
        "Wednesday, November 10, 2021", "wed 10 nov", "  NOVEMBER 10  ", "10-Nov-2021",
    ],
)  # fmt: skip
def test_parse_written_date_reads_the_forms_people_type(text):
    assert parse_written_date(text, default_year=2021) == day(2021, 11, 10)


@pytest.mark.parametrize(
    ("text", "default_year", "expected"),
    [
        ("November 2021", None, month(2021, 11)),
        ("november", 2021, month(2021, 11)),
        ("2021-11", None, month(2021, 11)),
        ("2018", None, year(2018)),
        ("10 November 2020", 2021, day(2020, 11, 10)),
        ("10 November", None, None),
        ("November", None, None),
    ],
)
def test_parse_written_date_precision_and_default_year(text, default_year, expected):
    assert parse_written_date(text, default_year) == expected


@pytest.mark.parametrize(
    "text",
    [
        "10/11/2021", "11/10/2021", "10.11.2021", "Thursday 10 November 2021", "31 June 2021", "2021-13-01",
        "Wednesday", "tomorrow", "hello", "", "20", "65 billion", "1850", "Anna Berg", "November 10 2021 Oslo",
    ],
)  # fmt: skip
def test_parse_written_date_rejects_ambiguous_contradictory_and_non_dates(text):
    assert parse_written_date(text, default_year=2021) is None


@pytest.mark.parametrize("value", [day(2021, 11, 10), day(2024, 2, 29), month(2021, 9), year(2018)])
def test_every_written_form_parses_back_to_its_date(value):
    for text in [format_date(value), *date_forms(value)]:
        assert parse_written_date(text, default_year=value.date.year) == value, text
