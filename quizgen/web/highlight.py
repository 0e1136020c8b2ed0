"""Marking answers in source sentences and source sentences in articles, safely.

Everything is built from escaped pieces: text from decks and articles is
never trusted as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from markupsafe import Markup, escape


def highlight_answer(sentence: str, answers: Iterable[str]) -> Markup:
    """``sentence`` as HTML with the first of ``answers`` found in it (case-insensitive, whole words) in <mark>.

    Falls back to the plain, escaped sentence when no answer occurs in it.
    """
    for answer in answers:
        answer = answer.strip()
        if not answer:
            continue
        match = re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", sentence, re.IGNORECASE)
        if match:
            return Markup("{}<mark>{}</mark>{}").format(
                sentence[: match.start()], match.group(0), sentence[match.end() :]
            )
    return Markup(escape(sentence))


@dataclass
class Span:
    """A stretch of an article: plain text, or a source sentence with the questions that cite it."""

    text: str
    start: int
    questions: list[str] = field(default_factory=list)


def article_spans(text: str, body_start: int, sources: Iterable[tuple[int, int, str, str]]) -> list[Span]:
    """The article body cut into plain and cited stretches.

    ``sources`` are (start, end, sentence, question key). A source whose
    offsets do not match its sentence is looked up by its text; one that is
    not found is left out. Overlapping sources merge into the first.
    """
    located: list[tuple[int, int, str]] = []
    for start, end, sentence, key in sources:
        if text[start:end] != sentence:
            start = text.find(sentence, body_start)
            if start < 0 or not sentence:
                continue
            end = start + len(sentence)
        located.append((max(start, body_start), end, key))
    located.sort(key=lambda span: span[:2])  # stable: questions keep the deck's order

    spans: list[Span] = []
    position = body_start
    for start, end, key in located:
        if spans and spans[-1].questions and start < position:
            if key not in spans[-1].questions:
                spans[-1].questions.append(key)
            if end > position:
                spans[-1].text += text[position:end]
                position = end
            continue
        if start > position:
            spans.append(Span(text[position:start], position))
        spans.append(Span(text[start:end], start, [key]))
        position = end
    if position < len(text):
        spans.append(Span(text[position:], position))
    return spans
