"""Titles of office written before a name: "Norwegian Prime Minister" in "Norwegian Prime Minister Anna Berg".

Read from the parse and from the surface (capitalised words of office), so
that finders and the wording layer can both say who holds which office.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgen.lexicon import OFFICE_NOUNS, TITLE_JOINERS
from quizgen.names import HONORIFICS, TITLE_WORDS


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
"""A dotted abbreviation: "U.S." of "U.S. Secretary of State"."""


def title_tokens(ent: Span) -> list[Token]:
    """The words of office in front of a name: "Norwegian Prime Minister" in "Norwegian Prime Minister Anna Berg"."""
    doc = ent.doc
    start, first = ent.start, ent.sent.start
    while start > first:
        token = doc[start - 1]
        if token.head.i < ent.start or token.head.i >= ent.end and token.head.i != ent.root.i:
            if not (ent.start <= token.head.i < ent.end or (token.head.i < ent.start and token.head.i >= start - 1)):
                break
        if token.dep_ not in ("compound", "amod", "nmod", "npadvmod", "punct") or token.is_punct and token.text not in ("-", "–"):
            break
        start -= 1
    tokens = list(doc[start : ent.start])
    while tokens and (tokens[0].is_punct or tokens[0].pos_ in ("DET", "ADP")):
        tokens.pop(0)
    return without_honorifics(tokens)


def without_honorifics(tokens: list[Token]) -> list[Token]:
    """A title without the words of address after it: "Health Minister" of "Health Minister Dr."."""
    while tokens and (tokens[-1].lower_.rstrip(".") in HONORIFICS or tokens[-1].text == "." and len(tokens) > 1):
        tokens = tokens[:-1]
    return tokens


def office_tokens(ent: Span) -> list[Token]:
    """The capitalised title of office written before a name, with its "of"/"to" phrases.

    "US Secretary of Commerce Laura Chen", "Danish Ambassador to Japan Peter
    Olsen": the parser often splits such titles, so they are read from the
    surface: capitalised words and the small words between them, containing
    a word of office (president, minister, ambassador, …).
    """
    doc = ent.doc
    start, first = ent.start, ent.sent.start
    brackets: set[int] = set()
    while start > first:
        token = doc[start - 1]
        if token.ent_type_ == "PERSON":
            break  # another person's name: "Foreign Minister X and Finnish Foreign Minister Y"
        if token.text == ")" and start - 3 >= first and doc[start - 3].text == "(" and doc[start - 2].is_upper and start < ent.start:
            brackets.update(range(start - 3, start))  # "Nordic Association (NA) Research Director X": the short form is skipped
            start -= 3
            continue
        capitalised = _word(token) and (token.is_title or token.is_upper) and (not token.is_sent_start or token.pos_ == "PROPN" or bool(token.ent_type_))
        capitalised = capitalised or token.lower_ in TITLE_WORDS  # "… Bank president Ade Bello", "Greek prime minister X"
        joining = token.lower_ in TITLE_JOINERS and start < ent.start and doc[start].is_title
        if not (capitalised or token.text in (".", "-", "–") and start < ent.start and not token.whitespace_ or joining):
            break
        start -= 1
    tokens = [t for t in doc[start : ent.start] if t.i not in brackets]
    while tokens and (tokens[0].lower_ in TITLE_JOINERS or not _word(tokens[0])):
        tokens.pop(0)
    tokens = without_honorifics(tokens)
    return tokens if any(t.lower_ in TITLE_WORDS for t in tokens) else []


def _word(token: Token) -> bool:
    """True for a word of letters, or a dotted abbreviation ("U.S.")."""
    return token.is_alpha or bool(_ABBREVIATION.fullmatch(token.text))


def stacked_titles(title: list[Token]) -> list[list[Token]]:
    """A title split where one office ends and another begins: "Union chairperson | President" (an office noun
    followed by a capitalised word of office), else the title whole."""
    for i, token in enumerate(title[:-1]):
        following = title[i + 1]
        if token.lower_ in OFFICE_NOUNS and following.lower_ in TITLE_WORDS and following.is_title and not token.is_title:
            return [title[: i + 1], title[i + 1 :]]
    return [title]
