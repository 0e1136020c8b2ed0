"""Singular and plural of English nouns, with the ``inflect`` package."""

from __future__ import annotations

import functools

import inflect


@functools.cache
def _engine() -> inflect.engine:
    return inflect.engine()


def plural(noun: str) -> str:
    """ "country" → "countries", "Norwegian daily newspaper" → "Norwegian daily newspapers"."""
    return _engine().plural_noun(noun)


def singular(noun: str) -> str:
    """ "Presidents" → "President"; a noun already singular stays as it is."""
    return _engine().singular_noun(noun) or noun


def count(number: int, noun: str) -> str:
    """ "1 article", "3 articles", "0 questions": a number with its noun in the right number."""
    return f"{number:,} {_engine().plural_noun(noun, number)}"
