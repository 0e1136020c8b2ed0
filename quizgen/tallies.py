"""amount: the votes of a tally. "Lawmakers voted 61 to 40 to approve X" → "How many lawmakers voted to
approve X?" → 61; "The board voted 7-2 for the merger" → "How many members of the board voted for the merger?".

A tally's first figure is the votes for what the clause says was voted; asked
alone it is a count a reader remembers, and the whole tally is accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from quizgen.extract import key_text, make_fact
from quizgen.model import Fact
from quizgen.wording import Wording, as_question

_JOINED = re.compile(r"(\d+)[-–](\d+)")
"""A tally written as one word: "60-38"."""


def find_tallies(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """amount: how many voted for what a clause of voting says, from its tally ("voted 61 to 40 to …")."""
    for verb in wording.tokens(sentence):
        if verb.lemma_ != "vote" or verb.pos_ != "VERB":
            continue
        tally = _tally(verb)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if tally is None or subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        votes_for, votes_against, words = tally
        subject_text = wording.subject_text(subject)
        statement = wording.declarative(verb, words)
        if not subject_text or not statement or not statement.startswith(subject_text):
            continue
        voters = _voters(subject, subject_text)
        prompt = as_question(f"How many {voters}{statement[len(subject_text):]}")
        key = ("amount", key_text(subject_text), "vote", votes_for, votes_against)
        fact = make_fact("amount", key, prompt, votes_for, "CARDINAL", (f"{votes_for} to {votes_against}", f"{votes_for}-{votes_against}"), votes_for)
        if fact:
            yield fact


def _tally(verb: Token) -> tuple[str, str, list[Token]] | None:
    """The votes for and against in the tally of a verb of voting ("61 to 40", "7-2") and the tally's words."""
    doc = verb.doc
    for first in (c for c in verb.children if c.dep_ in ("npadvmod", "dobj")):
        if joined := _JOINED.fullmatch(first.text):
            return joined[1], joined[2], [first]
        if first.like_num and first.i + 2 < len(doc) and doc[first.i + 1].text in ("to", "-", "–") and doc[first.i + 2].like_num:
            return first.text, doc[first.i + 2].text, list(doc[first.i : first.i + 3])
    return None


def _voters(subject: Token, subject_text: str) -> str:
    """Who cast the votes, as "How many …" asks for them: "lawmakers in the Storting"; the members of a body
    ("members of the board")."""
    text = subject_text if subject.pos_ == "PROPN" or subject.ent_type_ else subject_text[0].lower() + subject_text[1:]
    if subject.tag_ == "NNS":
        return re.sub(r"^the ", "", text)
    return f"members of {text}"
