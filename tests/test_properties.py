"""Properties over any input (Hypothesis): the deck loader gives a deck or a one-line error, grading a verdict."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quizgen.deck import DeckError, deck_to_dict, load_deck
from quizgen.grading import VERDICTS, grade_answer
from quizgen.model import KINDS, Deck, Question, Source

SAMPLE = Path(__file__).parent / "data" / "sample" / "decks" / "sample.yaml"
SAMPLE_BYTES = SAMPLE.read_bytes()
SAMPLE_DATA = yaml.safe_load(SAMPLE_BYTES)

files = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)


def deck_or_one_line_error(path: Path, data: bytes) -> Deck | None:
    """Load ``data`` as the deck file ``path``: the deck, or None after checking the error is one line naming it."""
    path.write_bytes(data)
    try:
        return load_deck(path)
    except DeckError as exc:
        message = str(exc)
        assert message.startswith(f"{path}"), message
        assert len(message.splitlines()) == 1 and "\r" not in message, message
        return None


@files
@given(st.binary(max_size=3000))
@example(b"[" * 495 + b"]" * 495 + b"\n")
@example(b"quizgen: 1\ndeck: {id: d, title: t, created: 2026-02-30}\n")
@example(b"a: !!int x\nb: !!bool y\nc: !!timestamp z\nd: !!float w\n")
def test_any_bytes_give_a_deck_or_a_one_line_error(tmp_path, data):
    deck_or_one_line_error(tmp_path / "deck.yaml", data)


@files
@given(st.integers(0, len(SAMPLE_BYTES)), st.integers(0, 40), st.binary(max_size=40))
def test_the_sample_deck_with_any_bytes_spliced_in_gives_a_deck_or_a_one_line_error(tmp_path, at, cut, inserted):
    deck_or_one_line_error(tmp_path / "deck.yaml", SAMPLE_BYTES[:at] + inserted + SAMPLE_BYTES[at + cut:])


any_character = st.characters(codec=None, exclude_categories=())  # NUL, controls and lone surrogates too
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(),
    st.floats(), st.text(any_character, max_size=30), st.text(max_size=250), st.dates(), st.datetimes(),
    st.datetimes(timezones=st.timezones()) if hasattr(st, "timezones") else st.datetimes(),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                             max_size=4), max_leaves=12)


def paths(data, prefix=()):
    """Every key path into the sample deck's data."""
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from paths(value, prefix + (i,))


SAMPLE_PATHS = [p for p in paths(SAMPLE_DATA) if p]


def replaced(data, path, value):
    if not path:
        return value
    copy = list(data) if isinstance(data, list) else dict(data)
    copy[path[0]] = replaced(data[path[0]], path[1:], value)
    return copy


@files
@given(st.sampled_from(SAMPLE_PATHS), values)
@example(("deck", "id"), "x" * 201)
@example(("articles", 1, "id"), "summit")
@example(("questions", 0, "id"), "economy/q1")
@example(("deck", "created"), dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5))))
def test_any_value_at_any_key_of_a_deck_gives_a_deck_the_database_can_store_or_a_one_line_error(tmp_path, path, value):
    try:
        text = yaml.safe_dump(replaced(SAMPLE_DATA, path, value), allow_unicode=False)
    except yaml.YAMLError:  # a value PyYAML cannot write (a string with a lone surrogate)
        text = yaml.safe_dump(replaced(SAMPLE_DATA, path, repr(value)), allow_unicode=False)
    deck = deck_or_one_line_error(tmp_path / "deck.yaml", text.encode("utf-8"))
    if deck is None:
        return
    ids = [deck.id, *(a.id for a in deck.articles), *(q.id for q in deck.questions)]
    assert all(0 < len(i) <= 200 and "/" not in i and i not in (".", "..") for i in ids)
    assert len({a.id for a in deck.articles}) == len(deck.articles)
    stored_text = yaml.safe_dump(deck_to_dict(deck), allow_unicode=True)
    assert "\x00" not in stored_text
    stored_text.encode("utf-8")  # no lone surrogate: a database takes it as UTF-8
    assert deck.created.tzinfo is None


kinds = st.sampled_from(KINDS)
answers = st.one_of(
    st.text(min_size=1, max_size=40),
    st.from_regex(r"(US)?[$€£¥]?[0-9][0-9.,]{0,12} ?(billion|bn|million|m|%|percent|dollars)?", fullmatch=True),
    st.from_regex(r"[0-9]{1,2} (January|March|November) [0-9]{4}", fullmatch=True),
)
typed_answers = st.one_of(
    st.text(max_size=300), st.text(any_character, max_size=60), answers,
    st.from_regex(r"[0-9eE.,+-]{1,400}", fullmatch=True),
)


@settings(deadline=None)
@given(kinds, answers, st.lists(answers, max_size=3), typed_answers)
@example("amount", "$2.5 billion", [], "1e999")
@example("when", "14 March 2024", [], "99999999999999999999 March 2024")
@example("who_met", "Olaf Scholz", [], "\x00")
@example("amount", "$2.5 billion", [], "\U00010e60")  # a digit of the Rumi numerals, which float() cannot read
@example("who_met", "Olaf Scholz", [], "Olaf Scholz")
def test_grading_any_typed_string_gives_a_verdict(kind, answer, accept, typed):
    source = Source(article="a", sentence=answer, start=0, end=len(answer))
    question = Question(id="q", kind=kind, prompt="?", answer=answer, source=source, accept=tuple(accept))
    grade = grade_answer(question, typed)
    assert grade.verdict in VERDICTS
    assert grade.expected == answer
    if typed.strip() and typed.strip() == answer.strip():
        assert grade.correct
