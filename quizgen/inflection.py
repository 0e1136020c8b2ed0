"""Word forms: singular and plural of nouns and counts (the ``inflect`` package), base forms of verbs (``lemminflect``)."""

from __future__ import annotations

import functools

import inflect
from lemminflect import getAllLemmas, getInflection, getLemma
from spacy.tokens import Token


@functools.cache
def _engine() -> inflect.engine:
    return inflect.engine()


@functools.cache  # inflect's rules are slow, and the same few nouns come back in every article
def plural(noun: str) -> str:
    """ "country" → "countries", "Norwegian daily newspaper" → "Norwegian daily newspapers"."""
    return _engine().plural_noun(noun)


@functools.cache
def singular(noun: str) -> str:
    """ "Presidents" → "President"; a noun already singular stays as it is."""
    return _engine().singular_noun(noun) or noun


def base_form(verb: Token) -> str:
    """The form a question's "did …" takes: "fined" → "fine", "left" → "leave".

    lemminflect's dictionary knows English verbs better than the small spaCy
    model's rules ("fined" → "fin"); the model's lemma is the fallback for a word it lacks.
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return verb.lemma_.lower()
    return _verb_lemma(verb.lower_, verb.pos_) or verb.lemma_.lower()


@functools.cache
def indefinite_article(word: str) -> str:
    """ "a" or "an", as ``word`` is pronounced: "an official", "a university", "an MP"."""
    return _engine().a(word).split(" ", 1)[0]


def dictionary_word(word: str) -> bool:
    """True for a word lemminflect's English dictionary knows in lower case ("turnout", "blank"), not a name."""
    return bool(getAllLemmas(word.lower()))


def verb_lemma(word: str) -> str:
    """The base form of a verb written on its own: "providing" → "provide"."""
    return _verb_lemma(word.lower(), "VERB") or word.lower()


@functools.cache
def _verb_lemma(word: str, pos: str) -> str:
    lemmas = getLemma(word, upos=pos)
    return lemmas[0] if lemmas else ""


def past_tense(verb: Token) -> str:
    """The simple past of a verb: "written" → "wrote", "signed" → "signed"."""
    return past_of(base_form(verb)) or verb.text


@functools.cache
def past_of(base: str) -> str:
    """The simple past of a verb's base form ("say" → "said"), or "" for a word lemminflect does not know."""
    forms = getInflection(base, tag="VBD")
    return forms[0] if forms else ""


def finite_form(verb: Token, tense: str, plural: bool = False) -> str:
    """ "winning" as a finite verb of ``tense`` ("past", "present", "future"): "won", "wins", "will win"."""
    base = base_form(verb)
    if tense == "future":
        return f"will {base}"
    forms = getInflection(base, tag="VBD" if tense == "past" else "VBP" if plural else "VBZ")
    return forms[0] if forms else verb.text


def count(number: int, noun: str) -> str:
    """ "1 article", "3 articles", "0 questions": a number with its noun in the right number."""
    return f"{number:,} {_engine().plural_noun(noun, number)}"
