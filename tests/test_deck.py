"""Deck YAML: round trip, atomic writes, and errors that name the line and key."""

import datetime as dt
import shutil
import stat
from pathlib import Path

import pytest
import yaml

from quizgen.deck import DeckError, article_location, load_deck, parse_deck, relative_article_path, save_deck

SAMPLE = Path(__file__).parent / "data" / "sample" / "decks" / "sample.yaml"


def test_sample_deck_round_trips_through_yaml(tmp_path):
    deck = load_deck(SAMPLE)
    out = tmp_path / "copy.yaml"
    save_deck(deck, out)
    again = load_deck(out)
    assert again == deck
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["quizgen"] == 1
    assert list(data["questions"][0]) == ["id", "kind", "prompt", "answer", "accept", "choices", "source", "also", "tags"]
    assert data["articles"][0]["date"] == dt.date(2024, 3, 15)


def test_failed_save_leaves_the_old_deck_whole(tmp_path, monkeypatch):
    out = tmp_path / "deck.yaml"
    shutil.copy(SAMPLE, out)
    before = out.read_bytes()

    def broken_dump(*args, **kwargs):
        raise RuntimeError("disk full")

    deck = load_deck(SAMPLE)
    monkeypatch.setattr(yaml, "safe_dump", broken_dump)
    with pytest.raises(RuntimeError):
        save_deck(deck, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["deck.yaml"]


def test_a_saved_deck_is_readable_as_any_new_file_and_keeps_the_mode_of_the_one_it_replaces(tmp_path):
    deck = load_deck(SAMPLE)
    plain = tmp_path / "plain.txt"
    plain.write_text("x", encoding="utf-8")
    out = tmp_path / "deck.yaml"
    save_deck(deck, out)
    assert stat.S_IMODE(out.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)
    out.chmod(0o640)
    save_deck(deck, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_article_paths_are_relative_to_the_project_folder(tmp_path):
    deck = load_deck(SAMPLE)
    assert article_location(SAMPLE, deck.articles[0]) == SAMPLE.resolve().parent.parent / "seeds" / "summit.txt"
    assert relative_article_path(tmp_path / "decks" / "d.yaml", tmp_path / "seeds" / "a.txt") == "seeds/a.txt"


def broken(text_from, text_to):
    return SAMPLE.read_text(encoding="utf-8").replace(text_from, text_to, 1)


@pytest.mark.parametrize(
    ("edit", "line", "where", "message"),
    [
        (("  answer: Olaf Scholz\n", ""), 16, "questions[0].answer", "missing: add it"),
        (("kind: when", "kind: trivia"), 30, "questions[1].kind", "unknown kind 'trivia'"),
        (("    start: 141", "    start: soon"), 51, "questions[2].source.start", "whole number"),
        (("    article: hostile", "    article: nowhere"), 62, "questions[3].source.article", "not under articles"),
        (("quizgen: 1", "quizgen: 7"), 1, "quizgen", "format version"),
        (("  date: 2024-03-15", "  date: March"), 8, "articles[0].date", "must be a date"),
        (("- id: q-when", "- id: q-who-met"), 29, "questions[1].id", "duplicate id"),
    ],
)
def test_malformed_deck_names_line_and_key(edit, line, where, message):
    with pytest.raises(DeckError) as error:
        parse_deck(broken(*edit), "decks/x.yaml")
    text = str(error.value)
    assert text.startswith(f"decks/x.yaml:{line}: {where}: "), text
    assert message in text


def test_yaml_syntax_error_names_the_line():
    with pytest.raises(DeckError, match=r"^decks/x.yaml:5: not valid YAML"):
        parse_deck(broken("  title: Sample summit deck", "  title: [unclosed"), "decks/x.yaml")


@pytest.mark.parametrize(("data", "message"), [(b"", "the file is empty"), (b"\xff\xfe", "not UTF-8"), (b"- a\n- b\n", "must be a mapping")])
def test_unreadable_decks_get_clear_errors(tmp_path, data, message):
    path = tmp_path / "bad.yaml"
    path.write_bytes(data)
    with pytest.raises(DeckError, match=message):
        load_deck(path)
