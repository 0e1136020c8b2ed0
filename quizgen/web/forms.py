"""Reading posted form fields: text stripped of surrounding spaces, and small whole numbers written in 0-9 only."""

from __future__ import annotations

import re

from flask import request


def form_value(name: str, default: str = "") -> str:
    """A posted form field, stripped of surrounding spaces."""
    return request.form.get(name, default).strip()


def small_number(text: str, largest: int) -> int | None:
    """``text`` as a whole number from 0 to ``largest``, written in the digits 0-9; None for anything else.

    ``str.isdigit`` would pass "²" and digits of other scripts, and ``int`` refuses thousands of digits.
    """
    if not re.fullmatch(r"[0-9]{1,%d}" % len(str(largest)), text):
        return None
    number = int(text)
    return number if number <= largest else None
