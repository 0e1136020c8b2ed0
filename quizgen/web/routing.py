"""URL converters that let through only ids the database can hold, so a hostile address is a 404, never a 500."""

from __future__ import annotations

from werkzeug.exceptions import NotFound
from werkzeug.routing import BaseConverter

from quizgen.deck import ID_PATTERN

MAX_ROW_ID = 2**31 - 1
"""The largest value of an integer column on PostgreSQL (and far beyond any SQLite row id in use)."""


class DeckIdConverter(BaseConverter):
    """A deck, article or question id as the deck loader allows them: no ``/``, no control characters, ≤ 200 long."""

    regex = ID_PATTERN


class RowIdConverter(BaseConverter):
    """A row number: ASCII digits only, at most ``MAX_ROW_ID``."""

    regex = r"[0-9]{1,10}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > MAX_ROW_ID:
            # NotFound, not ValidationError: Werkzeug answers a ValidationError on a POST route with a 405
            raise NotFound()
        return number

    def to_url(self, value: int) -> str:
        return str(int(value))


CONVERTERS = {"id": DeckIdConverter, "row": RowIdConverter}
"""Registered on the app before its blueprints: ``<id:deck_id>``, ``<row:quiz_id>``."""
