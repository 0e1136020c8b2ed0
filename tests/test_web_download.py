"""The Anki download: each export is kept and written over, so that re-importing a rebuilt deck into Anki
updates only the notes that changed.

Packages are imported into a real Anki collection with Anki's own library, as in test_export.py.
"""

from __future__ import annotations

import errno
import io
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen import export
from quizgen.web.library import export_path

AMOUNT_PROMPT = "How much was the hydrogen supply agreement signed by Justin Trudeau and Olaf Scholz worth?"
NEW_AMOUNT_PROMPT = "What was the hydrogen supply agreement worth?"


class Clock:
    """Stands in for the ``time`` module in quizgen.export: Anki compares note times in whole seconds."""

    def __init__(self, now: float):
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """The exports' clock, a day ago until the test moves it."""
    clock = Clock(time.time() - 86_400)
    monkeypatch.setattr(export, "time", clock)
    return clock


@pytest.fixture
def collection(tmp_path):
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield col
    col.close()


def download(client, **query) -> bytes:
    response = client.get("/decks/sample-summit/download", query_string=query)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.data


def note_times(package: bytes) -> dict[str, int]:
    """The modification time of each note in an .apkg, by GUID."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        collection = archive.read("collection.anki2")
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(collection)
        return dict(connection.execute("SELECT guid, mod FROM notes"))
    finally:
        connection.close()


def import_package(col, package: bytes, tmp_path: Path):
    """Import .apkg bytes as Anki's import dialog does by default; return the import log."""
    path = tmp_path / f"import-{time.monotonic_ns()}.apkg"
    path.write_bytes(package)
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def note_with_prompt(col, prompt: str):
    return next(col.get_note(note_id) for note_id in col.find_notes("") if col.get_note(note_id)["Prompt"] == prompt)


def test_download_for_anki_is_an_apkg_package(client):
    response = client.get("/decks/sample-summit/download?cards=both")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == "attachment; filename=sample-summit.apkg"
    with zipfile.ZipFile(io.BytesIO(response.data)) as package:
        assert any(name.startswith("collection.anki") for name in package.namelist())


def test_download_as_csv_holds_the_questions(client):
    response = client.get("/decks/sample-summit/download?format=csv")
    assert response.status_code == 200
    assert "Who did Justin Trudeau meet in Berlin on 14 March 2024?" in response.get_data(as_text=True)


@pytest.mark.parametrize("query", ["format=exe", "cards=fancy"])
def test_download_with_bad_options_is_400(client, query):
    assert client.get(f"/decks/sample-summit/download?{query}").status_code == 400


def test_download_of_unknown_deck_is_404(client):
    assert client.get("/decks/nope/download").status_code == 404


def test_download_when_the_deck_file_is_gone_is_404(client, project):
    (project / "decks" / "sample.yaml").unlink()
    response = client.get("/decks/sample-summit/download")
    assert response.status_code == 404
    assert "cannot be read" in response.get_data(as_text=True)


def test_downloading_again_without_a_change_updates_no_note_in_anki(client, clock, collection, tmp_path):
    first = download(client)
    clock.now += 3600
    second = download(client)

    assert note_times(second) == note_times(first)
    assert len(import_package(collection, first, tmp_path).new) == 4
    log = import_package(collection, second, tmp_path)
    assert (len(log.new), len(log.updated)) == (0, 0)


def test_after_a_rebuild_only_the_changed_note_is_updated_and_the_learners_own_edits_stay(
        client, runner, project, clock, collection, tmp_path):
    first = download(client, cards="both")
    import_package(collection, first, tmp_path)
    # The learner corrects a note in Anki; the deck's author changes another one and rebuilds.
    who_met = note_with_prompt(collection, "Who did Justin Trudeau meet in Berlin on 14 March 2024?")
    who_met["Answer"] = "Olaf Scholz, German Chancellor"
    collection.update_note(who_met)
    deck_file = project / "decks" / "sample.yaml"
    deck_file.write_text(deck_file.read_text(encoding="utf-8").replace(AMOUNT_PROMPT, NEW_AMOUNT_PROMPT),
                         encoding="utf-8")
    assert "sample.yaml: sample-summit updated: 1 question changed" in runner.invoke(args=["import-decks"]).output
    clock.now = time.time() + 1  # after the learner's edit

    second = download(client, cards="both")
    before, after = note_times(first), note_times(second)
    changed = {guid for guid in after if after[guid] != before[guid]}
    assert len(changed) == 2  # the question's basic and multiple-choice notes
    assert all(after[guid] > before[guid] for guid in changed)

    log = import_package(collection, second, tmp_path)
    assert (len(log.new), len(log.updated)) == (0, 2)
    assert {note.fields[0] for note in log.updated} == {NEW_AMOUNT_PROMPT}
    assert collection.note_count() == 8
    kept = collection.get_note(who_met.id)
    assert kept["Answer"] == "Olaf Scholz, German Chancellor"


def test_the_exports_folder_keeps_one_finished_file_per_deck_format_and_cards(app, client, instance):
    download(client)
    download(client, cards="both")
    download(client, format="csv")
    last = download(client)

    exports = Path(app.instance_path) / "exports"
    assert exports == instance / "exports"
    assert sorted(path.name for path in exports.iterdir()) == [
        "sample-summit-basic.apkg", "sample-summit-basic.csv", "sample-summit-both.apkg"]
    assert (exports / "sample-summit-basic.apkg").read_bytes() == last


def test_a_failed_write_is_a_500_that_keeps_the_previous_export_and_leaves_nothing_behind(
        client, instance, monkeypatch):
    first = download(client)

    def disk_full(package, path, timestamp, previous):
        path.write_bytes(b"half a package")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "_write_package", disk_full)
    response = client.get("/decks/sample-summit/download")

    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong" in page
    assert "could not be written" in page
    assert str(instance) not in page  # no server paths
    exports = instance / "exports"
    assert [path.name for path in exports.iterdir()] == ["sample-summit-basic.apkg"]
    assert (exports / "sample-summit-basic.apkg").read_bytes() == first


def test_a_deck_that_cannot_make_these_cards_is_409_with_the_reason(client, project, instance):
    deck_file = project / "decks" / "sample.yaml"
    text = deck_file.read_text(encoding="utf-8")
    five = "choices: [14 March 2024, 12 March 2024, 15 March 2024, 11 March 2024, 10 March 2024]"
    deck_file.write_text(text.replace("choices: [14 March 2024, 12 March 2024, 15 March 2024, 11 March 2024]", five),
                         encoding="utf-8")

    response = client.get("/decks/sample-summit/download?cards=choice")
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "Cannot make these cards" in page
    assert "question q-when: 5 choices" in page
    assert "Type the answer" in page
    assert str(project) not in page  # the deck file is named, not its place on the server
    assert not (instance / "exports").exists() or list((instance / "exports").iterdir()) == []
    assert client.get("/decks/sample-summit/download?cards=basic").status_code == 200


@pytest.mark.parametrize(
    ("deck_id", "name"),
    [("sample-summit", "sample-summit-basic.apkg"), ("Deck_2", "Deck_2-basic.apkg")],
)
def test_a_safe_deck_id_names_its_export(tmp_path, deck_id, name):
    assert export_path(tmp_path, deck_id, "basic", "apkg") == tmp_path / name


@pytest.mark.parametrize("deck_id", ["../../etc/passwd", "..", ".", "", "a/b", "a\\b", "déjà", "a.b", "x" * 300,
                                     "nul\0byte", ".hidden"])
def test_any_other_deck_id_is_hashed_into_a_name_inside_the_exports_folder(tmp_path, deck_id):
    path = export_path(tmp_path, deck_id, "both", "csv")
    assert path.parent == tmp_path
    assert path.name.endswith("-both.csv")
    assert len(path.name) < 100
    assert not path.name.startswith(".")
    assert path != export_path(tmp_path, deck_id + "x", "both", "csv")
    assert path == export_path(tmp_path, deck_id, "both", "csv")


def test_a_hashed_name_never_equals_a_safe_deck_ids_name(tmp_path):
    hashed = export_path(tmp_path, "a.b", "basic", "apkg")
    safe_id = hashed.name.removesuffix("-basic.apkg")
    assert export_path(tmp_path, safe_id, "basic", "apkg") != hashed
