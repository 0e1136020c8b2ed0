"""Fine types of names, read from their article: what kind of person, organisation or place each one is.

A wrong option must be of the answer's fine type (a bank for a bank, a
city for a city, a minister for a minister), so each name in an article gets
one: ``person/minister``, ``org/bank``, ``place/city``. The type comes from
the words the article writes around the name (a title of office, a
description, the head noun of the name) and from the gazetteer for places.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgen.extract import PLACE_LABELS
from quizgen.titles import office_tokens, title_tokens
from quizgen.lexicon import ROLE_SYNONYMS
from quizgen.names import TITLE_WORDS
from quizgen.places import place_level
from quizgen.wording import kind_of_name


def fine_type(ent: Span) -> str:
    """ "person/minister", "person", "org/bank", "org", "place/city", "place/fac", "event", …"""
    label = ent.label_
    if label == "PERSON":
        role = person_role(ent)
        return f"person/{role}" if role else "person"
    if label in PLACE_LABELS:
        level = place_level(ent.text)
        return f"place/{level}" if level else f"place/{label.lower()}"
    if label == "ORG":
        level = place_level(ent.text)
        if level:
            return f"place/{level}"
        kind = organisation_kind(ent)
        return f"org/{kind}" if kind else "org"
    return label.lower()


def person_role(ent: Span) -> str:
    """The office a person is named with ("minister" for "Greek Foreign Minister X", "director" for "X, Nordwind's director")."""
    words = office_tokens(ent) or title_tokens(ent)
    described = [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
        described.append(ent.root.head)
    for word in [*reversed(words), *described]:
        lower = word.lower_
        if lower in TITLE_WORDS or word in described:
            return ROLE_SYNONYMS.get(lower, lower)
    return ""


def organisation_kind(ent: Span) -> str:
    """What kind of organisation a name is: the head noun of its name or description ("bank", "newspaper", "company")."""
    named = kind_of_name(ent)
    if named:
        return named
    description = [t for t in title_tokens(ent) if t.pos_ == "NOUN"]
    return description[-1].lower_ if description and not hyphen_modifier(description[-1]) else ""


def hyphen_modifier(word: Token) -> bool:
    """True for the last part of a hyphenated modifier ("tier" of "second-tier Oslo City"): no kind of thing."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is not None and before.text in ("-", "–") and not before.whitespace_


def whole_name(ent: Span, text: str) -> bool:
    """False for a piece of a name ("Parks and Leisure" of "… Parks and Leisure Commissioner", "Lund of"),
    of an office ("Secretary of State"), a pair of places ("U.S.-China"), or a common word the model took
    for one ("State", which the article also writes "state")."""
    doc = ent.doc
    last = ent[-1]
    if last.is_lower and last.is_alpha:
        return False
    following = doc[ent.end] if ent.end < len(doc) else None
    if following is not None and following.is_title and following.pos_ in ("PROPN", "NOUN") and not following.ent_type_:
        return False
    if len(ent) == 1 and ent.label_ in ("ORG", "NORP", "LOC", "FAC") and re.search(rf"\b{re.escape(ent.text.lower())}\b", text):
        return False
    parts = re.split(r"[-–]", ent.text)
    if len(parts) == 2 and all(place_level(p) for p in parts):
        return False  # "U.S.-China", "Norway–Sweden": a pair of places, no place
    of = ent.root.head
    if ent.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in TITLE_WORDS and ent.label_ != "GPE":
        return False  # "State" of "Secretary of State": a piece of an office
    return True
