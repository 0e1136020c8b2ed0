"""The command line: build, show, check, evaluate and export question sets."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

from quizgen.deck import DeckError, load_deck
from quizgen.inflection import count
from quizgen.model import KINDS


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return args.command(args)
    except DeckError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quizgen", description=__doc__)
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build a deck from articles: files, folders, saved pages, links, feeds")
    build.add_argument("paths", nargs="+", metavar="INPUT",
                       help="article files (.txt), saved web pages (.html), folders of them, "
                            "links (https://…) or RSS/Atom feeds (a file or a link)")
    build.add_argument("-o", "--output", type=Path,
                       help="the deck file to write (default: decks/<title>.yaml)")
    build.add_argument("--title", help="the deck's title (default: the feed's title, else the first article's)")
    build.add_argument("--id", dest="deck_id", help="the deck's id (default: from the output file name)")
    build.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD",
                       help="the publication date of articles that give none (no date line, no date in the page)")
    build.add_argument("--limit", type=_positive, metavar="N", help="read only each feed's N newest entries")
    build.set_defaults(command=build_command)

    show = commands.add_parser("show", help="print a deck's questions, readable in a terminal")
    show.add_argument("deck", type=Path)
    show.add_argument("--kind", choices=KINDS, help="only questions of this kind")
    show.set_defaults(command=show_command)

    check = commands.add_parser("check", help="validate a (hand-edited) deck")
    check.add_argument("deck", type=Path)
    check.set_defaults(command=check_command)

    evaluate = commands.add_parser("eval", help="recall of a deck against a gold list of facts")
    evaluate.add_argument("deck", type=Path)
    evaluate.add_argument("gold", type=Path)
    evaluate.set_defaults(command=eval_command)

    export = commands.add_parser("export", help="export a deck for Anki (.apkg) or as a table (.csv, .tsv)")
    export.add_argument("deck", type=Path)
    export.add_argument("-o", "--output", type=Path, help="the file to write; its extension picks the format")
    export.add_argument("--cards", choices=("basic", "choice", "both"), default="basic",
                        help="Anki notes per question (.apkg only): basic (question, then answer), "
                             "choice (multiple choice) or both")
    export.set_defaults(command=export_command)
    return parser


def build_command(args: argparse.Namespace) -> int:
    from quizgen.build import deck_from_articles, deck_id_for, default_deck_path, save_build
    from quizgen.parse import ModelMissingError
    from quizgen.sources import load_inputs

    if args.output and (problem := output_problem(args.output)):
        print(f"error: {problem}", file=sys.stderr)
        return 1
    inputs = load_inputs(args.paths, default_date=args.date, limit=args.limit)
    for error in inputs.errors:
        print(f"skipped: {error}", file=sys.stderr)
    if not inputs.articles:
        print("error: no article could be read; nothing was built", file=sys.stderr)
        return 1
    title = args.title or inputs.feed_title or inputs.articles[0].title or "Quiz"
    output = args.output or default_deck_path(title)
    if not args.output and (problem := output_problem(output)):
        print(f"error: {problem}", file=sys.stderr)
        return 1
    deck_id = args.deck_id or deck_id_for(output.stem)
    try:
        result = deck_from_articles(inputs.articles, title, deck_id=deck_id, deck_path=output,
                                    progress=sys.stderr.isatty())
    except ModelMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    try:
        save_build(result, output)
    except OSError as exc:
        print(f"error: cannot write {exc.filename or output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    deck = result.deck
    kinds = Counter(q.kind for q in deck.questions)
    by_kind = ", ".join(f"{kinds[k]} {k}" for k in KINDS if kinds[k])
    print(f"read {count(len(deck.articles), 'article')}, skipped {count(len(inputs.errors), 'input')}")
    print(f"wrote {output}: {count(len(deck.questions), 'question')} ({by_kind or 'none'}), titled {deck.title!r}")
    return 0


def output_problem(output: Path) -> str:
    """Why the deck cannot be written to ``output`` (a folder, under a file, a read-only folder), or ''."""
    if output.is_dir():
        return f"{output} is a folder; give a file name such as {output / 'deck.yaml'}"
    folder = output.parent
    while not folder.exists():
        if folder.is_symlink():
            return f"cannot write {output}: {folder} is a link to nothing"
        folder = folder.parent
    if not folder.is_dir():
        return f"cannot write {output}: {folder} is a file, not a folder"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return f"cannot write {output}: {folder} is not writable ({exc.strerror or exc})"
    return ""


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2024-03-14: {text!r}") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of 1 or more: {text!r}")
    return int(text)


def show_command(args: argparse.Namespace) -> int:
    deck = load_deck(args.deck)
    print(f"{deck.title}  ({deck.id}: {count(len(deck.articles), 'article')}, {count(len(deck.questions), 'question')})")
    for number, question in enumerate(deck.questions, 1):
        if args.kind and question.kind != args.kind:
            continue
        print()
        print(f"{number:>3}. [{question.kind}] {question.prompt}")
        print(f"     answer: {question.answer}")
        if question.accept:
            print(f"     also accepted: {'; '.join(question.accept)}")
        if question.choices:
            print(f"     choices: {' | '.join(question.choices)}")
        for source in question.sources:
            quote = textwrap.shorten(source.sentence, width=140, placeholder=" …")
            print(f"     source ({source.article}): {quote}")
    return 0


def check_command(args: argparse.Namespace) -> int:
    deck = load_deck(args.deck)
    kinds = Counter(q.kind for q in deck.questions)
    by_kind = ", ".join(f"{kinds[k]} {k}" for k in KINDS if kinds[k])
    print(f"{args.deck}: ok, {count(len(deck.questions), 'question')} ({by_kind or 'none'}) "
          f"from {count(len(deck.articles), 'article')}")
    return 0


def eval_command(args: argparse.Namespace) -> int:
    from quizgen.evaluate import GoldError, load_gold, recall

    deck = load_deck(args.deck)
    try:
        gold = load_gold(args.gold)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    result = recall(deck, gold)
    print(f"recall: {result.score:.2f} ({len(result.covered)} of {count(len(gold), 'gold fact')} covered)")
    if result.missed:
        print("missed:")
        for fact in result.missed:
            print(f"  [{fact.kind}] {fact.question}  →  {fact.answer}   ({fact.article})")
    return 0


def export_command(args: argparse.Namespace) -> int:
    from quizgen.export import ExportError, export_deck

    deck = load_deck(args.deck)
    output = args.output or args.deck.with_suffix(".apkg")
    try:
        export_deck(deck, output, cards=args.cards, deck_path=args.deck)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {output} ({count(len(deck.questions), 'question')})")
    return 0
