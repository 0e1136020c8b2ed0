"""Deck YAML: round trip, atomic writes, and errors that name the line and key."""

import datetime as dt
import shutil
import stat
from pathlib import Path

import pytest
import yaml

from quizgen.cli import main
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
        (("- id: hostile", "- id: summit"), 11, "articles[1].id", "duplicate id 'summit' (also articles[0])"),
        (("  date: 2024-03-15", "  date: 2021-13-45"), 8, "articles[0].date",
         "must be a date like 2021-11-10, found '2021-13-45'"),
        (("  date: 2024-03-15", "  date: 2026-02-30"), 8, "articles[0].date",
         "must be a date like 2021-11-10, found '2026-02-30'"),
        (("  created: 2024-03-20 10:00:00", "  created: 2026-02-30 10:00:00"), 5, "deck.created",
         "must be a date and time like 2026-11-23 09:30:00, found '2026-02-30 10:00:00'"),
        (("  id: sample-summit", "  id: " + "d" * 201), 3, "deck.id", "is 201 characters long; an id has at most 200"),
        (("- id: q-when", "- id: economy/q2"), 29, "questions[1].id",
         "must not contain '/' (ids are part of web addresses), found 'economy/q2'"),
        (("- id: summit", "- id: '..'"), 7, "articles[0].id", "must not be '.', '..' or contain control characters"),
        (("- id: q-when", '- id: "q\\twhen"'), 29, "questions[1].id", "must not be '.', '..' or contain control characters"),
        (("  title: Sample summit deck", '  title: "Sample\\0deck"'), 4, "deck.title",
         "contains a NUL character or an unpaired surrogate, which cannot be stored"),
        (("  title: Sample summit deck", '  title: "Sample \\ud800 deck"'), 4, "deck.title",
         "contains a NUL character or an unpaired surrogate, which cannot be stored"),
        (("    start: 141", "    start: " + "9" * 5000), 51, "questions[2].source.start", "from 0 to 2147483647"),
        (("    start: 141", "    start: 0x" + "f" * 5000), 51, "questions[2].source.start", "from 0 to 2147483647"),
        (("quizgen: 1", "quizgen: true"), 1, "quizgen", "must be 1 (the format version), found true"),
        (("  title: Sample summit deck", "  title: [a, b]"), 4, "deck.title", "must be text, found a list"),
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


def test_an_id_of_200_characters_with_spaces_and_punctuation_is_fine():
    long_id = "Économie & marchés? #1 " + "x" * 177
    deck = parse_deck(broken("- id: q-when", f"- id: '{long_id}'"), "decks/x.yaml")
    assert deck.questions[1].id == long_id and len(long_id) == 200


DEEP = "[" * 495 + "]" * 495 + "\n"  # 991 bytes


def test_deeply_nested_yaml_is_a_one_line_error():
    with pytest.raises(DeckError) as error:
        parse_deck(DEEP, "decks/x.yaml")
    assert str(error.value) == "decks/x.yaml:1: not valid YAML: nested deeper than 20 levels"


def test_a_deck_nested_deeper_than_its_format_inside_an_extra_key_is_refused_at_its_line():
    nested = "  notes: " + "[" * 30 + "]" * 30 + "\n"
    with pytest.raises(DeckError, match=r"^decks/x.yaml:4: not valid YAML: nested deeper than 20 levels$"):
        parse_deck(broken("  id: sample-summit\n", "  id: sample-summit\n" + nested), "decks/x.yaml")


def test_merge_keys_are_refused_before_they_can_grow():
    chain = "a0: &a0 {x: 1}\n" + "".join(f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}]}}\n" for i in range(1, 60))
    with pytest.raises(DeckError, match=r"^decks/x.yaml:2: not valid YAML: merge keys \(<<\) are not supported here$"):
        parse_deck(chain, "decks/x.yaml")


@pytest.mark.parametrize(("data", "message"), [(b"", "the file is empty"), (b"\xff\xfe", "not UTF-8"), (b"- a\n- b\n", "must be a mapping")])
def test_unreadable_decks_get_clear_errors(tmp_path, data, message):
    path = tmp_path / "bad.yaml"
    path.write_bytes(data)
    with pytest.raises(DeckError, match=message):
        load_deck(path)


@pytest.mark.parametrize("command", [["check"], ["show"], ["export"], ["eval", "GOLD"]])
@pytest.mark.parametrize(
    ("text", "line"),
    [
        (DEEP, "{path}:1: not valid YAML: nested deeper than 20 levels"),
        (broken("  date: 2024-03-15", "  date: 2021-13-45"),
         "{path}:8: articles[0].date: must be a date like 2021-11-10, found '2021-13-45'"),
        (broken("  date: 2024-03-15", "  date: 2026-02-30"),
         "{path}:8: articles[0].date: must be a date like 2021-11-10, found '2026-02-30'"),
    ],
)
def test_every_command_reading_a_bad_deck_prints_one_error_line(tmp_path, capsys, command, text, line):
    path = tmp_path / "decks" / "bad.yaml"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text("[]\n", encoding="utf-8")
    args = [command[0], str(path), *[str(gold) for _ in command[1:]]]
    if command[0] == "export":
        args += ["-o", str(tmp_path / "out.csv")]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", "error: " + line.format(path=path) + "\n")
    assert not (tmp_path / "out.csv").exists()


def test_eval_with_a_deeply_nested_gold_file_prints_one_error_line(tmp_path, capsys):
    gold = tmp_path / "gold.yaml"
    gold.write_text(DEEP, encoding="utf-8")
    assert main(["eval", str(SAMPLE), str(gold)]) == 1
    assert capsys.readouterr().err == f"error: {gold}: cannot read the gold file: nested deeper than 20 levels\n"
