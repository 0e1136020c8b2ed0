"""The command line: build, show, check, evaluate and export question sets."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections import Counter
from pathlib import Path

from quizgen.deck import DeckError, load_deck, save_deck
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

    build = commands.add_parser("build", help="build a deck from article files and folders")
    build.add_argument("paths", nargs="+", type=Path, help="article files (.txt) or folders of them")
    build.add_argument("-o", "--output", type=Path, help="the deck file to write (default: decks/<title>.yaml)")
    build.add_argument("--title", help="the deck's title (default: from the output file name)")
    build.add_argument("--id", dest="deck_id", help="the deck's id (default: from the output file name)")
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
    from quizgen.build import build_deck, deck_id_for, default_deck_path
    from quizgen.parse import ModelMissingError

    title = args.title or (args.output.stem.replace("-", " ").capitalize() if args.output else "Quiz")
    output = args.output or default_deck_path(title)
    deck_id = args.deck_id or deck_id_for(output.stem)
    try:
        result = build_deck(args.paths, title, deck_id=deck_id, deck_path=output, progress=sys.stderr.isatty())
    except ModelMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for error in result.errors:
        print(f"skipped: {error}", file=sys.stderr)
    deck = result.deck
    if not deck.articles:
        print("error: no article could be read; nothing was built", file=sys.stderr)
        return 1
    save_deck(deck, output)
    kinds = Counter(q.kind for q in deck.questions)
    by_kind = ", ".join(f"{kinds[k]} {k}" for k in KINDS if kinds[k])
    print(f"read {len(deck.articles)} articles, skipped {len(result.errors)} files")
    print(f"wrote {output}: {len(deck.questions)} questions ({by_kind or 'none'})")
    return 0


def show_command(args: argparse.Namespace) -> int:
    deck = load_deck(args.deck)
    print(f"{deck.title}  ({deck.id}: {len(deck.articles)} articles, {len(deck.questions)} questions)")
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
    print(f"{args.deck}: ok, {len(deck.questions)} questions ({by_kind or 'none'}) from {len(deck.articles)} articles")
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
    print(f"recall: {result.score:.2f} ({len(result.covered)} of {len(gold)} gold facts covered)")
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
    print(f"wrote {output} ({len(deck.questions)} questions)")
    return 0
