"""Anki export: packages and tables imported into a real Anki collection with Anki's own library."""

import dataclasses
import warnings
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportCsvRequest
from anki.consts import CARD_TYPE_REV

from quizgen import export
from quizgen.cli import main
from quizgen.deck import load_deck
from quizgen.export import ExportError, export_deck, write_apkg

SAMPLE = Path(__file__).parent / "data" / "sample" / "decks" / "sample.yaml"
WHO_MET_SOURCE = ("Canadian Prime Minister Justin Trudeau met German Chancellor <mark>Olaf Scholz</mark> "
                  "in Berlin on Thursday to discuss energy security.")
SUMMIT_TITLE = "Canadian Prime Minister Justin Trudeau met German Chancellor Olaf Scholz in Berlin…"
HOSTILE_SOURCE = ("Acme Corp chief executive &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Jane Doe</mark> "
                  "said the firm would pay &quot;R&amp;D&quot; staff 5% more.")
HOSTILE_TITLE = "Acme Corp chief executive &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Jane Doe said…"


@pytest.fixture
def deck():
    return load_deck(SAMPLE)


@pytest.fixture
def collection(tmp_path_factory):
    col = Collection(str(tmp_path_factory.mktemp("anki") / "collection.anki2"))
    yield col
    col.close()


def import_package(col, path):
    """Import an .apkg as Anki's import dialog does by default; return the import log."""
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def notes(col):
    """Every note of the collection, in the order of Anki's sort field."""
    return [col.get_note(note_id) for note_id in col.db.list("select id from notes order by sfld")]


def note_with_prompt(col, prompt_start):
    return next(note for note in notes(col) if note.fields[0].startswith(prompt_start))


def replace_question(deck, question_id, **changes):
    questions = tuple(dataclasses.replace(q, **changes) if q.id == question_id else q for q in deck.questions)
    return dataclasses.replace(deck, questions=questions)


def test_package_imports_one_basic_note_per_question_with_fields_and_tags(tmp_path, deck, collection):
    export_deck(deck, tmp_path / "sample.apkg")
    log = import_package(collection, tmp_path / "sample.apkg")

    assert len(log.new) == collection.note_count() == len(deck.questions) == 4
    first = notes(collection)[0]
    assert first.note_type()["name"] == "quizgen basic"
    assert dict(first.items()) == {
        "Prompt": "Who did Justin Trudeau meet in Berlin on 14 March 2024?",
        "Answer": "Olaf Scholz",
        "Source": WHO_MET_SOURCE,
        "Article": SUMMIT_TITLE,
        "Date": "15 March 2024",
        "Order": "000-0001",
    }
    assert sorted(first.tags) == ["sample-summit", "summit", "who_met"]
    card = first.cards()[0]
    assert collection.decks.name(card.did) == "quizgen::Sample summit deck"
    assert "Who did Justin Trudeau meet" in card.question()
    assert '<div class="answer">Olaf Scholz</div>' in card.answer()
    assert "15 March 2024" in card.answer()


def test_answer_is_marked_in_the_source_by_an_accepted_form_when_the_answer_is_not_there(
        tmp_path, deck, collection):
    export_deck(deck, tmp_path / "sample.apkg")
    import_package(collection, tmp_path / "sample.apkg")
    when = note_with_prompt(collection, "On what date")
    assert when["Answer"] == "14 March 2024"
    assert "in Berlin on <mark>Thursday</mark> to discuss" in when["Source"]


@pytest.mark.parametrize(
    ("sentence", "answer", "accept", "marked"),
    [
        ("Doesn't Jane Doe know?", "Doe", (), "Doesn&#x27;t Jane <mark>Doe</mark> know?"),
        ("The PACT was signed.", "pact", (), "The <mark>PACT</mark> was signed."),
        ("Talks resumed on Friday.", "5 March", ("Fri", "Friday"), "Talks resumed on <mark>Friday</mark>."),
        ("Nothing <here>.", "Jane Doe", ("Doe",), "Nothing &lt;here&gt;."),
    ],
)
def test_source_sentence_marks_the_answer_as_a_whole_phrase(sentence, answer, accept, marked):
    assert export.highlighted_sentence(sentence, answer, accept) == marked


def test_sort_field_keeps_questions_in_article_order(tmp_path, deck, collection):
    hostile_first = dataclasses.replace(deck, questions=deck.questions[3:] + deck.questions[:3])
    export_deck(hostile_first, tmp_path / "sample.apkg")
    import_package(collection, tmp_path / "sample.apkg")

    in_browser_order = [note["Prompt"][:20] for note in notes(collection)]
    assert in_browser_order == ["Who did Justin Trude", "On what date did Jus", "How much was the hyd",
                                "Who is the chief exe"]
    assert [note["Order"] for note in notes(collection)] == ["000-0002", "000-0003", "000-0004", "001-0001"]


def test_choice_cards_letter_the_options_and_mark_the_right_one(tmp_path, deck, collection):
    deck = replace_question(deck, "q-who-met", choices=("Mark Rutte", "Olaf Scholz", "Pedro Sanchez", "Rishi Sunak"))
    export_deck(deck, tmp_path / "sample.apkg", cards="choice")
    import_package(collection, tmp_path / "sample.apkg")

    assert collection.note_count() == 4
    who_met = notes(collection)[0]
    assert who_met.note_type()["name"] == "quizgen multiple choice"
    assert [who_met[letter] for letter in "ABCD"] == ["Mark Rutte", "Olaf Scholz", "Pedro Sanchez", "Rishi Sunak"]
    assert who_met["Correct"] == "B"
    card = who_met.cards()[0]
    assert '<li class="B"><span class="letter">B</span>Olaf Scholz</li>' in card.question()
    assert '<ol class="choices">' in card.question()
    assert '<ol class="choices correct-B">' in card.answer()
    assert ".correct-B li.B" in who_met.note_type()["css"]


def test_both_gives_two_notes_per_question_and_a_question_without_choices_stays_basic(tmp_path, deck, collection):
    deck = replace_question(deck, "q-amount", choices=())
    export_deck(deck, tmp_path / "both.apkg", cards="both")
    export_deck(deck, tmp_path / "choice.apkg", cards="choice")

    import_package(collection, tmp_path / "both.apkg")
    kinds = sorted(note.note_type()["name"] for note in notes(collection))
    assert kinds == ["quizgen basic"] * 4 + ["quizgen multiple choice"] * 3

    log = import_package(collection, tmp_path / "choice.apkg")
    assert len(log.new) == 0
    assert collection.note_count() == 7


def test_reimporting_a_rebuilt_deck_updates_the_one_changed_note_in_place(tmp_path, deck, collection):
    package = tmp_path / "sample.apkg"
    write_apkg(deck, package, timestamp=1_700_000_000)
    import_package(collection, package)
    amount = note_with_prompt(collection, "How much")
    note_ids = sorted(collection.find_notes(""))
    # The person has studied the card: it is now a review card due in 5 days.
    collection.sched.set_due_date([amount.cards()[0].id], "5")

    rebuilt = replace_question(deck, "q-amount", prompt="What was the hydrogen supply agreement worth?")
    write_apkg(rebuilt, package, timestamp=1_700_086_400)
    log = import_package(collection, package)

    assert (len(log.new), len(log.updated), len(log.conflicting)) == (0, 1, 0)
    assert log.updated[0].fields[0] == "What was the hydrogen supply agreement worth?"
    assert sorted(collection.find_notes("")) == note_ids
    updated = collection.get_note(amount.id)
    assert updated["Prompt"] == "What was the hydrogen supply agreement worth?"
    assert updated.cards()[0].type == CARD_TYPE_REV
    assert note_with_prompt(collection, "Who did")["Prompt"] == deck.questions[0].prompt


def test_a_rebuild_exported_within_the_same_second_still_updates_the_changed_note(tmp_path, deck, collection):
    package = tmp_path / "sample.apkg"
    write_apkg(deck, package, timestamp=1_700_000_000.2)
    import_package(collection, package)

    rebuilt = replace_question(deck, "q-amount", prompt="What was the hydrogen supply agreement worth?")
    write_apkg(rebuilt, package, timestamp=1_700_000_000.7)
    log = import_package(collection, package)

    assert (len(log.new), len(log.updated)) == (0, 1)
    assert log.updated[0].fields[0] == "What was the hydrogen supply agreement worth?"


def test_a_rebuilt_package_written_elsewhere_still_updates_and_never_duplicates(tmp_path, deck, collection):
    write_apkg(deck, tmp_path / "first.apkg", timestamp=1_700_000_000)
    import_package(collection, tmp_path / "first.apkg")
    rebuilt = replace_question(deck, "q-when", answer="Thursday 14 March 2024",
                               choices=("Thursday 14 March 2024", "12 March 2024", "15 March 2024", "11 March 2024"))
    write_apkg(rebuilt, tmp_path / "elsewhere.apkg", timestamp=1_700_086_400)
    log = import_package(collection, tmp_path / "elsewhere.apkg")

    assert len(log.new) == 0
    assert collection.note_count() == 4
    assert note_with_prompt(collection, "On what date")["Answer"] == "Thursday 14 March 2024"


def test_note_type_ids_come_from_their_names(tmp_path, deck, collection):
    # Pinned: if these change, every re-import adds a second copy of each note.
    assert export.BASIC_MODEL.model_id == 1452389468
    assert export.CHOICE_MODEL.model_id == 1557831246
    export_deck(deck, tmp_path / "sample.apkg", cards="both")
    import_package(collection, tmp_path / "sample.apkg")
    assert collection.models.by_name("quizgen basic")["id"] == 1452389468
    assert collection.models.by_name("quizgen multiple choice")["id"] == 1557831246


def test_hostile_html_in_an_article_reaches_anki_escaped(tmp_path, deck, collection):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # genanki warns about unescaped tags in fields
        export_deck(deck, tmp_path / "sample.apkg", cards="both")
    import_package(collection, tmp_path / "sample.apkg")

    hostile = [note for note in notes(collection) if "hostile" in note.tags]
    basic, choice = sorted(hostile, key=lambda note: note.note_type()["name"])
    assert basic["Prompt"] == "Who is the chief executive of Acme Corp &lt;b&gt;&amp;amp;&lt;/b&gt;?"
    assert basic["Source"] == HOSTILE_SOURCE
    assert basic["Article"] == HOSTILE_TITLE
    assert choice["B"] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    for note in hostile:
        card = note.cards()[0]
        assert "<script" not in card.question() + card.answer()
        assert "<b>" not in card.question()


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_table_imports_into_anki_as_plain_text(tmp_path, deck, collection, suffix):
    table = tmp_path / f"sample{suffix}"
    export_deck(deck, table)
    metadata = collection.get_csv_metadata(str(table), None)
    assert list(metadata.column_labels) == ["Front", "Back", "Source", "Article", "Date", "Tags"]
    log = collection.import_csv(ImportCsvRequest(path=str(table), metadata=metadata)).log

    assert len(log.new) == collection.note_count() == 4
    imported = [collection.get_note(note_id) for note_id in collection.find_notes("")]
    by_front = {note["Front"]: note for note in imported}
    who_met = by_front["Who did Justin Trudeau meet in Berlin on 14 March 2024?"]
    assert who_met["Back"] == "Olaf Scholz"
    assert sorted(who_met.tags) == ["sample-summit", "summit", "who_met"]
    assert collection.decks.name(who_met.cards()[0].did) == "quizgen::Sample summit deck"
    assert "Who is the chief executive of Acme Corp &lt;b&gt;&amp;amp;&lt;/b&gt;?" in by_front


def test_table_has_a_column_header_and_the_question_and_answer_first(tmp_path, deck):
    export_deck(deck, tmp_path / "sample.tsv")
    lines = (tmp_path / "sample.tsv").read_text(encoding="utf-8").splitlines()
    assert "#columns:Front\tBack\tSource\tArticle\tDate\tTags" in lines
    assert "#html:false" in lines
    assert lines[-1].startswith("Who is the chief executive of Acme Corp <b>&amp;</b>?\tJane Doe\t")


def test_unknown_format_is_a_clear_error_and_writes_nothing(tmp_path, deck):
    with pytest.raises(ExportError, match=r"sample\.pdf: unknown export format '\.pdf'; name the output \.apkg"):
        export_deck(deck, tmp_path / "sample.pdf")
    assert list(tmp_path.iterdir()) == []


def test_too_many_choices_for_a_choice_card_names_the_question(tmp_path, deck):
    deck = replace_question(deck, "q-when", choices=("14 March 2024", "1 May", "2 May", "3 May", "4 May"))
    with pytest.raises(ExportError, match=r"sample\.yaml: question q-when: 5 choices.*at most 4"):
        export_deck(deck, tmp_path / "sample.apkg", cards="choice", deck_path=SAMPLE)
    assert list(tmp_path.iterdir()) == []


def test_failed_package_write_leaves_the_previous_file_whole(tmp_path, deck, monkeypatch):
    output = tmp_path / "sample.apkg"
    export_deck(deck, output)
    before = output.read_bytes()

    write_entry = zipfile.ZipFile.writestr

    def failing_write(archive, name, data, *args, **kwargs):
        write_entry(archive, name, data, *args, **kwargs)
        raise RuntimeError("disk full")  # after the collection, before the media list

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing_write)
    with pytest.raises(RuntimeError, match="disk full"):
        export_deck(deck, output, cards="both")
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["sample.apkg"]


def test_failed_table_write_leaves_the_previous_file_whole(tmp_path, deck, monkeypatch):
    output = tmp_path / "sample.csv"
    export_deck(deck, output)
    before = output.read_bytes()
    rows = []

    def failing_tags(deck, question):
        rows.append(question.id)
        if len(rows) == 3:  # two rows are already written
            raise RuntimeError("disk full")
        return ["tag"]

    monkeypatch.setattr(export, "note_tags", failing_tags)
    with pytest.raises(RuntimeError, match="disk full"):
        export_deck(deck, output)
    assert output.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["sample.csv"]


def test_unwritable_output_is_an_export_error(tmp_path, deck):
    (tmp_path / "taken").write_text("a file, not a folder")
    with pytest.raises(ExportError, match="cannot write"):
        export_deck(deck, tmp_path / "taken" / "sample.apkg")


def test_command_line_export(tmp_path, deck, capsys):
    output = tmp_path / "sample.apkg"
    assert main(["export", str(SAMPLE), "-o", str(output), "--cards", "both"]) == 0
    assert f"wrote {output}" in capsys.readouterr().out
    assert output.stat().st_size > 0

    assert main(["export", str(SAMPLE), "-o", str(tmp_path / "sample.txt")]) == 1
    assert "error: " in capsys.readouterr().err
    assert not (tmp_path / "sample.txt").exists()


def test_an_article_from_a_link_is_linked_on_its_cards(tmp_path, deck, collection):
    linked = tuple(
        dataclasses.replace(a, source='https://news.example/summit?day=14&x="q"') if a.id == "summit" else a
        for a in deck.articles
    )
    export_deck(dataclasses.replace(deck, articles=linked), tmp_path / "sample.apkg")
    import_package(collection, tmp_path / "sample.apkg")

    note = note_with_prompt(collection, "Who did Justin Trudeau meet")
    assert note["Article"] == f'<a href="https://news.example/summit?day=14&amp;x=&quot;q&quot;">{SUMMIT_TITLE}</a>'
    assert 'href="https://news.example/summit?day=14&amp;x=&quot;q&quot;"' in note.cards()[0].answer()
    assert note_with_prompt(collection, "Who is the chief executive")["Article"] == HOSTILE_TITLE
