"""Amounts as text and as comparable values: "$65 billion" is "USD 6.5e+10"."""

from __future__ import annotations

import re

_QUALIFIER = re.compile(
    r"^(?:over|more than|less than|about|around|nearly|almost|some|up to|roughly|approximately|at least|at most)\s+",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"(?P<currency>US\$|[$€£¥]|\b(?:USD|EUR|GBP)\b)?\s?(?P<number>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>million|billion|trillion|bn|m|tn|%|percent|per cent)?\b",
    re.IGNORECASE,
)
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY"}
_SCALES = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}
_SHORT_SCALES = {"million": "m", "billion": "bn", "trillion": "tn"}


def amount_value(text: str) -> str:
    """A comparable form of the amount in ``text`` ("USD 6.5e+10", "% 5", "20"); "" if there is none."""
    match = _AMOUNT.search(text)
    if not match:
        return ""
    unit = _CURRENCIES.get((match.group("currency") or "").lower(), "")
    scale = (match.group("scale") or "").lower()
    if scale in ("%", "percent", "per cent"):
        unit = "%"
    number = float(match.group("number").replace(",", "")) * _SCALES.get(scale, 1)
    return f"{unit} {number:g}".strip()


def unqualified(text: str) -> str:
    """The amount ``text`` without the words that bound or hedge it: "86" of "at least 86"."""
    return _QUALIFIER.sub("", text.strip())


def amount_forms(text: str) -> list[str]:
    """Other ways to write the amount ``text``: "$65 billion" → "65 billion dollars", "$65bn", …"""
    bare = unqualified(text)
    forms = [bare]
    money = re.fullmatch(r"(?:US)?\$\s?([\d.,]+)\s*(million|billion|trillion)?", bare, re.IGNORECASE)
    if money:
        number, scale = money.group(1), (money.group(2) or "").lower()
        words = f"{number} {scale}".strip()
        forms += [f"{words} dollars", words, f"US${words}"]
        if scale:
            forms.append(f"${number}{_SHORT_SCALES[scale]}")
    return [f for f in dict.fromkeys(forms) if f != text]
