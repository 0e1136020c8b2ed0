"""Questions about who said a quotation: “We will not wait for the next flood,” Berg said. →
"Who said “We will not wait for the next flood”?" → "Anna Berg".

A quotation worth a card is a whole statement in the speaker's own words,
short enough to remember: one that runs on is cut where its first clause
ends (before ", and …", ", but …", "; …"). Fragments a writer quotes inside
their own sentence ("called the price "full but defensible"") are asked by
``arguments.find_labels`` as what the speaker called the thing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from quizgen.extract import FINITE_TAGS, key_text, make_fact, name_answer
from quizgen.lexicon import SPEECH_VERBS
from quizgen.names import looks_like_person
from quizgen.wording import SUBJECTS, Wording, quotations

FEWEST_WORDS = 5
"""A shorter quotation ("It was a mistake") could be anyone's: it does not single out one speaker."""

MOST_WORDS = 16
"""A longer statement is cut at the end of its first clause, or not asked: a card quotes what a reader can recall."""

CLAUSE_JOINS = frozenset("and but or so while because".split())
"""Words that open a second clause after a comma: the first clause is a statement of its own."""


def find_quotes(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """role (who said it): the named speaker of each quotation the sentence attributes."""
    for start, end in quotations(sentence):
        words = sentence.doc[start:end]
        verb = _speech_verb(sentence, start, end)
        if verb is None or not words or not words[0].is_title:
            continue  # no one said it here, or a fragment quoted inside the writer's sentence
        speaker = next((c for c in verb.children if c.dep_ in SUBJECTS and not start <= c.i < end), None)
        name = wording.person(speaker) if speaker is not None else None
        if name is None or not looks_like_person(name, wording.article.body):
            continue
        excerpt = statement(list(words))
        if excerpt is None:
            continue
        answer, accept = name_answer(wording, name)
        key = ("quote", key_text(name), key_text(excerpt)[:60])
        fact = make_fact("role", key, f"Who said “{excerpt}”?", answer, "PERSON", accept)
        if fact:
            yield fact


def _speech_verb(sentence: Span, start: int, end: int) -> Token | None:
    """The verb of saying outside the quotation that the quotation hangs on, or that hangs on it
    (the parser makes either the root of '"We will act," Berg said')."""
    for verb in sentence:
        if start - 1 <= verb.i <= end or verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB":
            continue
        if start <= verb.head.i < end or any(start <= c.i < end for c in verb.children):
            return verb
    return None


def statement(words: list[Token]) -> str | None:
    """The quotation as a card quotes it: whole if short, else its first clause; None for no statement."""
    cut = next(
        (
            i for i, t in enumerate(words)
            if t.text in (";", ":", "—") or t.text == "," and i + 1 < len(words) and words[i + 1].lower_ in CLAUSE_JOINS
        ),
        len(words),
    )
    clause = words[:cut]
    if sum(not t.is_punct for t in clause) > MOST_WORDS:  # "… are incompatible with X and represent a threat to Y"
        clause = clause[: next((i for i, t in enumerate(clause) if i >= FEWEST_WORDS and _opens_a_clause(t)), len(clause))]
    while clause and (clause[-1].is_punct or clause[-1].pos_ in ("SCONJ", "CCONJ", "DET")):
        clause.pop()  # "… make any assumption that": a cut clause ends on a word of its own
    counted = [t for t in clause if not t.is_punct]
    if not FEWEST_WORDS <= len(counted) <= MOST_WORDS or not any(t.tag_ in FINITE_TAGS for t in clause):
        return None  # too short to say whose, too long to recall, or no statement ("A historic day")
    return "".join(t.text_with_ws for t in clause).strip()


def _opens_a_clause(token: Token) -> bool:
    """True for the word that opens a second clause: an "and" joining a second verb ("… and represent a threat"), a
    word that opens a side clause ("so that", "because", "while")."""
    if token.dep_ == "cc":
        return token.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in token.head.children)
    return token.dep_ == "mark" and token.head.dep_ == "advcl"
