"""The command line: build, show, check, evaluate and export question sets."""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections import Counter
from pathlib import Path

from quizgen.deck import DeckError, load_deck
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

    show = commands.add_parser("show", help="print a deck's questions, readable in a terminal")
    show.add_argument("deck", type=Path)
    show.add_argument("--kind", choices=KINDS, help="only questions of this kind")
    show.set_defaults(command=show_command)

    check = commands.add_parser("check", help="validate a (hand-edited) deck")
    check.add_argument("deck", type=Path)
    check.set_defaults(command=check_command)

    export = commands.add_parser("export", help="export a deck for Anki (.apkg) or as a table (.csv, .tsv)")
    export.add_argument("deck", type=Path)
    export.add_argument("-o", "--output", type=Path, help="the file to write; its extension picks the format")
    export.add_argument("--cards", choices=("basic", "choice", "both"), default="basic",
                        help="Anki cards per question: basic (typed recall), choice (multiple choice) or both")
    export.set_defaults(command=export_command)
    return parser


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
