"""Importing the decks folder, on start and with ``flask --app app import-decks``, and saying what changed.

A deck file that cannot be imported is skipped with a log line and noted in
the database, for the library to show; the other decks are imported as usual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from quizgen import store
from quizgen.deck import DeckError

STARTUP_REPORT = "quizgen.startup_import"
"""Where the app keeps the report of the import it made on start, for the import command of the same process."""


@dataclass(frozen=True)
class DeckFileImport:
    """What importing one deck file did: its result, or why it was not imported."""

    name: str
    result: store.ImportResult | None = None
    error: str = ""

    @property
    def line(self) -> str:
        if self.result is None:
            return f"not imported: {self.error}"
        result = self.result
        if result.new_deck:
            return f"{self.name}: {result.deck_id} added: {_count(result.added, 'question')}"
        if not result.changed:
            return f"{self.name}: {result.deck_id} unchanged"
        parts = [f"{part} changed" for part in result.other_changes]
        parts += [f"{_count(result.added, 'question')} added"] if result.added else []
        parts += [f"{_count(result.updated, 'question')} changed"] if result.updated else []
        parts += [f"{_count(result.retired, 'question')} retired"] if result.retired else []
        return f"{self.name}: {result.deck_id} updated: {', '.join(parts)}"


@dataclass
class ImportReport:
    """What importing a decks folder did, file by file, and the decks it removed."""

    folder: Path
    files: list[DeckFileImport] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    missing: bool = False  # the folder does not exist

    def lines(self) -> list[str]:
        """One line per deck file and removed deck, then a summary."""
        if self.missing:
            return [f"{self.folder}: no such folder, no decks imported"]
        lines = [f.line for f in self.files]
        lines += [f"{deck_id} removed: its file is gone, so it leaves the library (learners' history is kept)"
                  for deck_id in self.removed]
        new = sum(1 for f in self.files if f.result and f.result.new_deck)
        changed = sum(1 for f in self.files if f.result and f.result.changed and not f.result.new_deck)
        unchanged = sum(1 for f in self.files if f.result and not f.result.changed)
        failed = sum(1 for f in self.files if f.result is None)
        lines.append(f"decks: {new} added, {changed} updated, {unchanged} unchanged, {len(self.removed)} removed, "
                     f"{failed} not imported")
        return lines

    def after(self, earlier: ImportReport) -> ImportReport:
        """This report, with what ``earlier`` (an import moments before, in the same process) changed.

        The command's process built the app, and the app imported the folder on
        start: that import made the changes, and this one found them done.
        """
        if earlier.folder.resolve() != self.folder.resolve():
            return self
        changed_before = {f.name: f for f in earlier.files if f.result is not None and f.result.changed}
        files = [changed_before.get(f.name, f) if f.result is not None and not f.result.changed else f
                 for f in self.files]
        removed = earlier.removed + [deck_id for deck_id in self.removed if deck_id not in earlier.removed]
        return ImportReport(self.folder, files, removed, self.missing)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def import_decks(folder: str | Path) -> ImportReport:
    """Import every ``*.yaml`` deck in ``folder``, retire the decks whose file left it, and note the files
    that could not be imported (each also gets a warning in the log)."""
    folder = Path(folder)
    if not folder.is_dir():
        current_app.logger.warning("%s: no such folder, no decks imported", folder)
        return ImportReport(folder, missing=True)
    report = ImportReport(folder)
    sessions = current_app.extensions["quizgen.sessions"]
    problems = {}
    for path in sorted(folder.glob("*.yaml")):
        name = _printable(path.name)
        with sessions() as db:
            try:
                report.files.append(DeckFileImport(name, store.import_deck_file(db, path, name)))
                continue
            except DeckError as exc:
                error = str(exc)
            except OSError as exc:
                error = f"{name}: cannot read: {exc.strerror}"
            except SQLAlchemyError as exc:
                current_app.logger.error("deck file %s: the database refused it: %s", path, exc)
                error = f"{name}: the database could not store it (the server's log says why)"
            db.rollback()
        current_app.logger.warning("deck file %s skipped: %s", path, error)
        problems[name] = error
        report.files.append(DeckFileImport(name, error=error))
    with sessions() as db:
        report.removed = store.retire_missing_decks(db, folder)
        store.record_deck_problems(db, folder, problems)
    return report


def _printable(name: str) -> str:
    """A file name as text a database can store (a name that is not UTF-8 gets replacement characters)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def import_on_start(app: Flask) -> None:
    """Import the app's decks folder, log what changed, and keep the report for the import command."""
    with app.app_context():
        report = import_decks(app.config["QUIZGEN_DECKS"])
    for line in report.lines():
        app.logger.info(line)
    app.extensions[STARTUP_REPORT] = report


@click.command("import-decks")
@click.argument("folder", required=False)
@with_appcontext
def import_decks_command(folder: str | None) -> None:
    """Import the decks in FOLDER (default: the configured decks folder) and say what changed."""
    report = import_decks(folder or current_app.config["QUIZGEN_DECKS"])
    on_start = current_app.extensions.pop(STARTUP_REPORT, None)
    if on_start is not None:
        report = report.after(on_start)
    for line in report.lines():
        click.echo(line)
