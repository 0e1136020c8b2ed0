"""``quizgen build`` as a person uses it: what it says, where it writes, and what it refuses."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.deck import load_deck

ROOT = Path(__file__).resolve().parent.parent

STORY = """\
Harbour officials open a new quay

The port authority of Kestrel Bay on Monday opened a new deep-water quay, the harbour master Ines Calder said. \
The quay cost 14 million dollars and can take ships of up to 300 metres. \
Calder met the transport minister Odile Brandt at the quay on Monday to sign a maintenance agreement with Norrvik Marine.
"""


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    return tmp_path


def test_one_article_without_a_name_or_title_builds_a_deck_named_after_it(project, capsys):
    (project / "articles" / "quay.txt").write_text(" date 2022-09-05 " + STORY, encoding="utf-8")

    assert main(["build", "articles/quay.txt"]) == 0

    out = capsys.readouterr().out.splitlines()
    assert out[0] == "read 1 article, skipped 0 inputs"
    deck = load_deck(project / "decks" / "harbour-officials-open-a-new-quay.yaml")
    assert (deck.id, deck.title) == ("harbour-officials-open-a-new-quay", "Harbour officials open a new quay")
    n = len(deck.questions)
    assert out[1].startswith(f"wrote {Path('decks/harbour-officials-open-a-new-quay.yaml')}: "
                             f"{n} question{'s' if n != 1 else ''} (")


def test_undated_articles_and_articles_without_questions_are_named_with_why(project, capsys):
    (project / "articles" / "quay.txt").write_text(STORY, encoding="utf-8")
    (project / "articles" / "short.txt").write_text("Rain is expected later.", encoding="utf-8")

    assert main(["build", "articles", "-o", "decks/port.yaml"]) == 0

    err = capsys.readouterr().err.splitlines()
    assert err == [
        "note: articles/quay.txt: no date; relative dates such as 'on Monday' stay relative (give --date YYYY-MM-DD)",
        "note: articles/short.txt: no date; relative dates such as 'on Monday' stay relative (give --date YYYY-MM-DD)",
        "note: articles/short.txt: no questions: too short (4 words)",
    ]
    deck = load_deck(project / "decks" / "port.yaml")
    assert [a.date for a in deck.articles] == [None, None]


def test_date_option_dates_the_articles_without_a_date_line(project, capsys):
    (project / "articles" / "quay.txt").write_text(STORY, encoding="utf-8")

    assert main(["build", "articles", "-o", "decks/port.yaml", "--date", "2022-09-07"]) == 0

    assert "no date" not in capsys.readouterr().err
    deck = load_deck(project / "decks" / "port.yaml")
    assert [a.date for a in deck.articles] == [dt.date(2022, 9, 7)]
    assert "5 September 2022" in {q.answer for q in deck.questions}  # "on Monday" before 7 September


def test_a_bad_date_option_is_refused(project, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", "articles", "--date", "2022-02-30"])
    assert exit_.value.code == 2
    assert "argument --date: not a date like 2024-03-14: '2022-02-30'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("decks", "error: decks is a folder; give a file name such as decks/deck.yaml"),
        ("notes.md/deck.yaml", "error: cannot write notes.md/deck.yaml: notes.md is a file, not a folder"),
        ("notes.md/sub/deck.yaml", "error: cannot write notes.md/sub/deck.yaml: notes.md is a file, not a folder"),
    ],
)
def test_an_output_that_cannot_be_written_fails_before_the_build(project, capsys, monkeypatch, output, message):
    (project / "decks").mkdir()
    (project / "notes.md").write_text("a file", encoding="utf-8")
    monkeypatch.setattr("quizgen.sources.load_inputs", lambda *a, **k: pytest.fail("the build ran"))

    assert main(["build", "articles", "-o", output]) == 1

    assert capsys.readouterr().err.splitlines() == [message]


@pytest.fixture
def open_tmp():
    """A temporary folder every user can reach (pytest's own are private to the user running it)."""
    folder = Path(tempfile.mkdtemp(prefix="quizgen-"))
    folder.chmod(0o755)
    yield folder
    (folder / "ro").chmod(0o755)
    shutil.rmtree(folder)


def test_an_output_in_a_read_only_folder_fails_before_the_build(open_tmp, monkeypatch):
    tmp_path = open_tmp
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    monkeypatch.setattr("quizgen.sources.load_inputs", lambda *a, **k: pytest.fail("the build ran"))
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the command as an ordinary user would run it (root writes anywhere)
        try:
            os.close(read)
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            os.dup2(write, 2)
            sys.stderr = os.fdopen(2, "w", closefd=False)
            status = main(["build", str(tmp_path / "a.txt"), "-o", str(folder / "x.yaml")])
            sys.stderr.flush()
        finally:
            os._exit(locals().get("status", 99))
    os.close(write)
    with os.fdopen(read) as stream:
        err = stream.read()
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 1
    assert err.splitlines() == [
        f"error: cannot write {folder / 'x.yaml'}: {folder} is not writable (Permission denied)"
    ]
    assert list(folder.iterdir()) == []


def test_a_deck_save_killed_midway_leaves_the_old_deck_and_no_temporary_file(tmp_path):
    deck = tmp_path / "decks" / "d.yaml"
    deck.parent.mkdir()
    deck.write_text("old deck\n", encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from quizgen.files import atomic_write\n"
         "with atomic_write(sys.argv[1]) as stream:\n"
         "    stream.write('half of a new deck')\n"
         "    stream.flush()\n"
         "    print('writing', flush=True)\n"
         "    time.sleep(60)\n",
         str(deck)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert writer.stdout.readline() == "writing\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert [p.name for p in deck.parent.iterdir()] == ["d.yaml"]
    assert deck.read_text(encoding="utf-8") == "old deck\n"
