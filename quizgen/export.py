"""Exporting a deck for Anki (.apkg, written with genanki) or as a plain-text table (.csv, .tsv).

The only module that knows genanki. Every id is derived, never random: note
types and the Anki deck get ids from their names, notes get GUIDs from question
ids. Importing a rebuilt deck therefore updates the notes a person already has,
with their review history, instead of adding duplicates.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import itertools
import os
import sqlite3
import time
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from string import Template

import genanki

from quizgen.files import atomic_path, atomic_write
from quizgen.model import ArticleRef, Deck, Question

CARD_STYLES = ("basic", "choice", "both")
"""Values of ``cards``: which Anki notes each question becomes."""

LETTERS = "ABCD"
"""Letters of the options on a multiple-choice card; a question has at most this many choices."""

TABLE_DELIMITERS = {".csv": ",", ".tsv": "\t"}
TABLE_COLUMNS = ("Front", "Back", "Source", "Article", "Date", "Tags")
"""Columns of a .csv/.tsv export: question and answer first, named so that Anki maps them to its Basic note type."""


class ExportError(Exception):
    """A deck that cannot be exported as asked; the message says why and what to do."""


class ExportWriteError(ExportError):
    """The export file could not be written (a missing folder, no permission, a full disk)."""


def export_deck(deck: Deck, output: str | os.PathLike, cards: str = "basic",
                deck_path: str | os.PathLike | None = None) -> None:
    """Write ``deck`` to ``output`` in the format its extension names: .apkg, .csv or .tsv.

    ``cards`` (basic, choice or both) picks the Anki notes of an .apkg; ``deck_path``
    is the deck's file, named in error messages. Nothing is written if the export fails.
    """
    suffix = Path(output).suffix.lower()
    if suffix == ".apkg":
        write_apkg(deck, output, cards, deck_path=deck_path)
    elif suffix in TABLE_DELIMITERS:
        _check_cards(cards)
        write_table(deck, output, delimiter=TABLE_DELIMITERS[suffix])
    else:
        raise ExportError(f"{output}: unknown export format {suffix or '(no extension)'!r}; "
                          "name the output .apkg (Anki), .csv or .tsv")


def write_apkg(deck: Deck, output: str | os.PathLike, cards: str = "basic", *,
               deck_path: str | os.PathLike | None = None, timestamp: float | None = None) -> None:
    """Write ``deck`` as an Anki package at ``output``, atomically.

    Anki updates an imported note only from a newer one, so new and changed
    notes are stamped ``timestamp`` (default: now), and always later than
    every note of the package already at ``output``. A note unchanged since
    that package keeps its time: re-importing then updates just the changed
    notes and leaves a person's own edits of the others alone.
    """
    package = genanki.Package(anki_deck(deck, cards, deck_path))
    timestamp = time.time() if timestamp is None else timestamp
    try:
        previous = _note_times(output)
        # Anki keeps note times in whole seconds: an export within the same second must still be newer
        timestamp = max(timestamp, max(previous.values(), default=0) + 1)
        with atomic_path(output) as tmp:
            _write_package(package, tmp, timestamp, previous)
    except OSError as exc:
        raise ExportWriteError(f"{output}: cannot write: {exc.strerror or exc}") from None


def write_table(deck: Deck, output: str | os.PathLike, delimiter: str = ",") -> None:
    """Write the questions as a plain-text table (one row per question), atomically.

    The ``#`` header lines tell Anki's text import the separator, the deck, the
    column names and the tags column, and that the fields are plain text, so
    that Anki escapes any markup itself. Tools without these headers (Quizlet)
    read the first two columns as term and definition.
    """
    separator = {",": "Comma", "\t": "Tab"}[delimiter]
    header = [
        f"#separator:{separator}",
        "#html:false",
        f"#deck:{_anki_deck_name(deck)}",
        f"#tags column:{TABLE_COLUMNS.index('Tags') + 1}",
        "#columns:" + delimiter.join(TABLE_COLUMNS),
    ]
    try:
        with atomic_write(output, newline="") as stream:
            stream.write("\n".join(header) + "\n")
            writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
            articles = _articles_by_id(deck)
            for question in deck.questions:
                article = articles.get(question.source.article)
                writer.writerow([question.prompt, question.answer, question.source.sentence,
                                 _article_title(article, question), _article_date(article),
                                 " ".join(note_tags(deck, question))])
    except OSError as exc:
        raise ExportWriteError(f"{output}: cannot write: {exc.strerror or exc}") from None


def stable_id(name: str) -> int:
    """An id for ``name``, the same on every run, in the range genanki recommends for models and decks."""
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def anki_deck(deck: Deck, cards: str = "basic", deck_path: str | os.PathLike | None = None) -> genanki.Deck:
    """The genanki deck ``quizgen::<title>`` with the notes of every question.

    A question without at least two choices becomes a basic note even when
    ``cards`` is choice, so that no question is left out.
    """
    _check_cards(cards)
    result = genanki.Deck(stable_id(f"quizgen deck {deck.id}"), _anki_deck_name(deck))
    articles = _articles_by_id(deck)
    order = _order_keys(deck)
    for question in deck.questions:
        tail = _cited_fields(question, articles.get(question.source.article), order[question.id])
        tags = note_tags(deck, question)
        has_choices = len(question.choices) >= 2
        if cards in ("basic", "both") or not has_choices:
            fields = [html.escape(question.prompt), html.escape(question.answer), *tail]
            result.add_note(genanki.Note(BASIC_MODEL, fields, tags=tags, guid=genanki.guid_for(question.id)))
        if cards in ("choice", "both") and has_choices:
            fields = [html.escape(question.prompt), *_choice_fields(question, deck_path), *tail]
            guid = genanki.guid_for(question.id, "choice")
            result.add_note(genanki.Note(CHOICE_MODEL, fields, tags=tags, guid=guid))
    return result


def note_tags(deck: Deck, question: Question) -> list[str]:
    """The question's kind, the deck id, its articles' ids and its own tags, once each, without spaces."""
    tags = [question.kind, deck.id, *(s.article for s in question.sources), *question.tags]
    return list(dict.fromkeys("_".join(tag.split()) for tag in tags if tag.strip()))


def highlighted_sentence(sentence: str, answer: str, accept: Iterable[str] = ()) -> str:
    """``sentence`` as escaped HTML with the answer in <mark>.

    The answer is looked for as a whole phrase, in any case; if the sentence
    words it differently, the longest accepted form found is marked instead.
    """
    span = _phrase_span(sentence, [answer, *sorted(accept, key=len, reverse=True)])
    if span is None:
        return html.escape(sentence)
    start, end = span
    return (f"{html.escape(sentence[:start])}<mark>{html.escape(sentence[start:end])}</mark>"
            f"{html.escape(sentence[end:])}")


def _phrase_span(text: str, phrases: Iterable[str]) -> tuple[int, int] | None:
    """Where the first of ``phrases`` found in ``text`` stands, as a whole phrase, in any case.

    Plain string search: a regular expression per question would cost more than
    genanki's whole write.
    """
    folded = text.lower()
    exact_case = len(folded) != len(text)  # lowering a few characters changes offsets
    if exact_case:
        folded = text
    for phrase in phrases:
        needle = (phrase if exact_case else phrase.lower()).strip()
        start = folded.find(needle) if needle else -1
        while start != -1:
            end = start + len(needle)
            if not (_is_word_char(folded, start - 1) or _is_word_char(folded, end)):
                return start, end
            start = folded.find(needle, start + 1)
    return None


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


# --- note types -----------------------------------------------------------------------------

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px; line-height: 1.45; text-align: left;
  color: #1f2328; background-color: #fbfbf8;
  max-width: 36em; margin: 0 auto; padding: 0.5em 0.8em;
}
.prompt { font-size: 1.15em; font-weight: 600; }
.answer { font-size: 1.25em; font-weight: 700; color: #0a6b4b; margin: 0.5em 0; }
.source { margin: 0.9em 0 0.4em; padding-left: 0.8em; border-left: 3px solid #c9c9c2; color: #3d4248; }
.source mark { background-color: #ffe98f; color: inherit; padding: 0 0.1em; border-radius: 2px; }
.article { font-size: 0.8em; color: #6a7076; }
.choices { list-style: none; padding: 0; margin: 0.8em 0; }
.choices li { margin: 0.35em 0; padding: 0.35em 0.6em; border: 1px solid #d0d0c8; border-radius: 6px; }
.letter { display: inline-block; min-width: 1.4em; font-weight: 700; }
.card.nightMode, .nightMode .card { color: #e6e6e1; background-color: #1f2124; }
.nightMode .answer { color: #6fd6a8; }
.nightMode .source { border-left-color: #55595e; color: #c8ccd0; }
.nightMode .source mark { background-color: #6b5a12; }
.nightMode .article { color: #9aa0a6; }
.nightMode .choices li { border-color: #4a4e53; }
"""

# The back of a choice card marks the right option by its letter: <ol class="choices correct-B"> ... <li class="B">.
CSS += "".join(
    f".correct-{letter} li.{letter} {{ border-color: #0a6b4b; background-color: #e2f4ea; font-weight: 600; }}\n"
    f".correct-{letter} li.{letter}::after {{ content: \" \\2713\"; color: #0a6b4b; }}\n"
    f".nightMode .correct-{letter} li.{letter} {{ border-color: #6fd6a8; background-color: #1d3a2e; }}\n"
    f".nightMode .correct-{letter} li.{letter}::after {{ color: #6fd6a8; }}\n"
    for letter in LETTERS
)

SOURCE_HTML = """\
<blockquote class="source">{{Source}}</blockquote>
<div class="article">{{Article}}{{#Date}}, {{Date}}{{/Date}}</div>"""

_OPTION = Template('{{#$L}}<li class="$L"><span class="letter">$L</span>{{$L}}</li>{{/$L}}')


def _options_html(list_class: str) -> str:
    """The lettered option list of a choice card; empty options are left out."""
    return f'<ol class="{list_class}">' + "".join(_OPTION.substitute(L=letter) for letter in LETTERS) + "</ol>"


def _model(name: str, fields: Sequence[str], front: str, back: str) -> genanki.Model:
    return genanki.Model(
        stable_id(name),
        name,
        fields=[{"name": field} for field in fields],
        templates=[{"name": name, "qfmt": front, "afmt": back}],
        css=CSS,
        sort_field_index=fields.index("Order"),
    )


CITED_FIELDS = ("Source", "Article", "Date", "Order")
"""The last fields of both note types: where the question comes from, and its place in the deck."""

BASIC_MODEL = _model(
    "quizgen basic",
    ("Prompt", "Answer", *CITED_FIELDS),
    front='<div class="prompt">{{Prompt}}</div>',
    back='{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n' + SOURCE_HTML,
)

CHOICE_MODEL = _model(
    "quizgen multiple choice",
    ("Prompt", *LETTERS, "Correct", *CITED_FIELDS),
    front='<div class="prompt">{{Prompt}}</div>\n' + _options_html("choices"),
    back='<div class="prompt">{{Prompt}}</div>\n' + _options_html("choices correct-{{Correct}}")
    + '\n<hr id="answer">\n' + SOURCE_HTML,
)


# --- fields -------------------------------------------------------------------------------------

def _check_cards(cards: str) -> None:
    if cards not in CARD_STYLES:
        raise ExportError(f"unknown card style {cards!r}; use one of {', '.join(CARD_STYLES)}")


def _order_keys(deck: Deck) -> dict[str, str]:
    """Sort-field text per question id: its article's place in ``deck.articles``, then its place in the deck."""
    article_place = {article.id: i for i, article in enumerate(deck.articles)}
    article_width = max(3, len(str(len(deck.articles))))
    question_width = max(4, len(str(len(deck.questions))))
    return {
        question.id: f"{article_place.get(question.source.article, len(deck.articles)):0{article_width}d}"
                     f"-{place:0{question_width}d}"
        for place, question in enumerate(deck.questions, 1)
    }


def _cited_fields(question: Question, article: ArticleRef | None, order: str) -> list[str]:
    """Values of ``CITED_FIELDS``: the source sentence with the answer marked, the article's title (linked) and date."""
    return [
        highlighted_sentence(question.source.sentence, question.answer, question.accept),
        _article_field(article, question),
        _article_date(article),
        order,
    ]


def _choice_fields(question: Question, deck_path: str | os.PathLike | None) -> list[str]:
    """The options A to D (empty when there are fewer) and the letter of the right one."""
    where = f"{deck_path}: question {question.id}" if deck_path else f"question {question.id}"
    if len(question.choices) > len(LETTERS):
        raise ExportError(f"{where}: {len(question.choices)} choices, but a multiple-choice card holds at most "
                          f"{len(LETTERS)}; remove some, or export basic cards instead")
    if question.answer not in question.choices:
        raise ExportError(f"{where}: the answer {question.answer!r} is not among its choices; add it")
    options = [html.escape(choice) for choice in question.choices]
    options += [""] * (len(LETTERS) - len(options))
    return [*options, LETTERS[question.choices.index(question.answer)]]


def _anki_deck_name(deck: Deck) -> str:
    return "quizgen::" + " ".join(deck.title.split())


def _articles_by_id(deck: Deck) -> dict[str, ArticleRef]:
    return {article.id: article for article in deck.articles}


def _article_title(article: ArticleRef | None, question: Question) -> str:
    return article.title if article and article.title else question.source.article


def _article_field(article: ArticleRef | None, question: Question) -> str:
    """The Article field of a note: the escaped title, a link to the article when it came from one."""
    title = html.escape(_article_title(article, question))
    if article and article.source.startswith(("http://", "https://")):
        return f'<a href="{html.escape(article.source, quote=True)}">{title}</a>'
    return title


def _article_date(article: ArticleRef | None) -> str:
    """The article's date as a reader writes it (10 November 2021), or empty if it has none."""
    date: dt.date | None = article.date if article else None
    return f"{date.day} {date:%B %Y}" if date else ""


def _write_package(package: genanki.Package, path: Path, timestamp: float,
                   previous: dict[tuple[str, int, str, str], int]) -> None:
    """Write ``package`` to ``path`` as an .apkg zip; notes found in ``previous`` keep their time.

    The collection is built in memory rather than with ``Package.write_to_file``,
    which leaves its temporary database behind in the system's temp folder.
    """
    connection = sqlite3.connect(":memory:")
    try:
        package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        if previous:
            rows = connection.execute(f"SELECT {_NOTE_KEY}, id FROM notes").fetchall()
            kept = [(previous[row[:4]], row[4]) for row in rows if row[:4] in previous]
            connection.executemany("UPDATE notes SET mod = ? WHERE id = ?", kept)
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("collection.anki2", collection)
        archive.writestr("media", "{}")


_NOTE_KEY = "guid, mid, flds, tags"
"""The columns that tell whether a note in a new package is the same as in the previous one."""


def _note_times(path: str | os.PathLike) -> dict[tuple[str, int, str, str], int]:
    """Modification time by (guid, note type, fields, tags) of the notes in the package at ``path``.

    Empty when there is no package there, or the file is not one.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            collection = archive.read("collection.anki2")
        connection = sqlite3.connect(":memory:")
        try:
            connection.deserialize(collection)
            return {row[:4]: row[4] for row in connection.execute(f"SELECT {_NOTE_KEY}, mod FROM notes")}
        finally:
            connection.close()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error):
        return {}
