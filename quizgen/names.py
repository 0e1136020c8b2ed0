"""Canonical person names: "PM Berg", "Berg" and "Prime Minister Berg" are one "Anna Berg".

A mention resolves to the fullest form of the same name seen in its own
article, or, failing that, to the one fullest form seen anywhere in the deck.
Short forms (the surname, other spellings seen) become accepted answers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

import gender_guesser.detector

from quizgen.lexicon import KIND_NOUNS

TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady
    president vice vp premier prime minister chancellor secretary general attorney
    senator sen rep representative congressman congresswoman governor gov mayor
    king queen prince princess emperor pope sheikh crown
    judge justice chief executive ceo cfo chairman chairwoman chair director
    ambassador envoy spokesman spokeswoman spokesperson commander gen col lt capt
    first lady gentleman second deputy foreign defence defense finance interior
    administrator commissioner chairperson speaker constable advisor adviser
    """.split()
)
"""Words of office and address that may stand before a name but are not part of it."""

HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady".split())
"""Words of address: before a name they say how to address the person, not what office they hold."""

ADDRESS_GENDERS = {"mr": "male", "sir": "male", "lord": "male", "mrs": "female", "ms": "female", "miss": "female", "dame": "female", "lady": "female"}
"""Words of address that say a person's sex: "Ms. Berg" is a woman, whatever her first name."""

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def bare_name(mention: str) -> str:
    """The name in ``mention`` without titles in front or a possessive ending."""
    words = _POSSESSIVE.sub("", mention.strip()).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


SURNAME_PARTICLES = frozenset("di de da del della dos das du van von der den ter le la al el bin ibn".split())
"""Small words that belong to the surname after them ("Di Rossi", "Le Brun", "van der Berg")."""


def surname(words: list[str]) -> str:
    """The family name at the end of a name, with its particles: "Marco Di Rossi" → "Di Rossi"."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _fits(short: list[str], full: list[str]) -> bool:
    """True when ``short`` can be a shortening of ``full``: its words appear in order, the surname last."""
    if not short or short[-1] != full[-1]:
        return False
    position = 0
    for word in short:
        try:
            position = full.index(word, position) + 1
        except ValueError:
            return False
    return True


class NameBook:
    """The person names of a deck, each article's mentions kept apart."""

    def __init__(self) -> None:
        self._by_article: dict[str, Counter[str]] = defaultdict(Counter)
        self._all: Counter[str] = Counter()
        self._canonical: dict[tuple[str, str | None], str] = {}
        self._forms: dict[str, list[str]] = {}

    def add(self, article_id: str, mentions: Iterable[str]) -> None:
        """Record the person mentions of one article."""
        self._canonical.clear()
        self._forms.clear()
        for mention in mentions:
            name = bare_name(mention)
            if name:
                self._by_article[article_id][name] += 1
                self._all[name] += 1

    def canonical(self, mention: str, article_id: str | None = None) -> str:
        """The fullest form of ``mention``'s name: from its article if it has one, else from the deck."""
        key = (mention, article_id)
        if key not in self._canonical:
            self._canonical[key] = self._fullest_name(mention, article_id)
        return self._canonical[key]

    def _fullest_name(self, mention: str, article_id: str | None) -> str:
        name = bare_name(mention)
        local = self.known_person(name, article_id) if article_id is not None else None
        return local or self._fullest(name.split(), self._all, unique=True) or name

    def known_person(self, mention: str, article_id: str) -> str | None:
        """The fuller name of a person in ``article_id`` that ``mention`` shortens ("Berg" → "Anna Berg")."""
        words = bare_name(mention).split()
        counts = self._by_article.get(article_id, Counter())
        local = self._fullest(words, counts)
        if (local is None or local == words[0]) and len(words) == 1:
            family_first = [name for name in counts if len(name.split()) > 1 and name.split()[0] == words[0]]
            local = family_first[0] if len(family_first) == 1 else None  # "Wang" after "Wang Lei": the family name comes first
        if local is None and len(words) == 1:
            inner = [name for name in counts if words[0] in name.split()[1:-1]]
            local = inner[0] if len(inner) == 1 else None  # "Herrera" after "Pablo Herrera Castillo": the father's surname
        return local if local and len(local.split()) > len(words) else None

    def accepted_forms(self, canonical: str) -> list[str]:
        """Other forms a learner may give for ``canonical``: the surname and the forms seen.

        The surname is the last word with its particles, unless an article that
        names the person calls them by the first word alone and never by the
        last ("President Wei" for Wei Lan).
        """
        if canonical not in self._forms:  # looked up for every question naming the person, against every name in the deck
            self._forms[canonical] = self._accepted_forms(canonical)
        return list(self._forms[canonical])

    def _accepted_forms(self, canonical: str) -> list[str]:
        words = canonical.split()
        family = surname(words)
        forms = [f for f in self._all if f != canonical and _fits(f.split(), words) and len(f.split()) >= len(family.split())]
        if len(words) > 1:
            own = [counts for counts in self._by_article.values() if canonical in counts]  # a lone "John" elsewhere is someone else
            family_first = any(words[0] in counts and words[-1] not in counts for counts in own)
            short = words[0] if family_first else family
            if short not in forms:
                forms.insert(0, short)
        return sorted(set(forms), key=lambda f: (len(f.split()), f))

    def is_person(self, mention: str) -> bool:
        """True when ``mention`` is a full name seen as a person somewhere in the deck."""
        name = bare_name(mention)
        return len(name.split()) > 1 and name in self._all

    def people(self) -> list[str]:
        """Every distinct person of the deck, in their fullest form."""
        return sorted({self.canonical(name) for name in self._all})

    @staticmethod
    def _fullest(words: list[str], counts: Counter[str], unique: bool = False) -> str | None:
        candidates = [name for name in counts if _fits(words, name.split())]
        if not candidates:
            return None
        # the fullest form of each person the words may name: "Anna Maria Berg" for "Anna Berg" too, but "Jon Dahl"
        # and "Liv Marit Dahl" are two people
        best = [c for c in candidates if not any(o != c and _fits(c.split(), o.split()) for o in candidates)]
        if unique and len(best) > 1:
            return None
        order = {name: n for n, name in enumerate(counts)}  # a Counter keeps the order names were first seen
        return max(best, key=lambda c: (counts[c], -order[c]))  # of two people named as often, the one named first


@functools.cache
def _first_names() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """ "male" or "female" when ``name``'s first word is a first name mostly given to one sex, else None.

    From gender-guesser's list of about 40,000 first names from many countries;
    a hyphenated name ("Jean-Yves") is read by its first part.
    """
    words = bare_name(name).split()
    if len(words) < 2:
        return None
    guess = _guess(words[0])
    return guess.removeprefix("mostly_") if guess in ("male", "female", "mostly_male", "mostly_female") else None


def is_known_first_name(word: str) -> bool:
    """True when ``word`` (or its first hyphenated part) is a first name in gender-guesser's list."""
    return _guess(word) != "unknown"


def _guess(word: str) -> str:
    """gender-guesser's answer for a first name, by its first hyphenated part, spelled as written or without its
    accents ("Ciarán" is listed as "Ciaran")."""
    first = word.split("-")[0]
    guess = _first_names().get_gender(first)
    if guess == "unknown":
        plain = "".join(c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c))
        guess = _first_names().get_gender(plain) if plain != first else guess
    return guess


def looks_like_person(name: str, text: str) -> bool:
    """True when a name the parser tagged as a person is likely one.

    A single word is not enough ("Nordwind", "Vimeo"), nor a name ending in
    a kind of place or body ("Peter Mann Hospital"); a longer name whose
    first word is no known first name is doubted when one of its words also
    appears in lower case in the article ("Cargo Ship Aurora" beside
    "the cargo ship").
    """
    words = bare_name(name).split()
    if len(words) < 2 or words[-1].casefold() in KIND_NOUNS:
        return False  # "Peter Mann Hospital" is a place named after a person
    if is_known_first_name(words[0]):
        return True
    lowered = set(re.findall(r"\b[a-z][a-z-]+\b", text))
    return not any(w.casefold() in lowered for w in words)


def initials(name: str) -> str:
    """The capitals that start a name's words, folded: "Nordkapp Space Center" → "nsc"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper()).casefold()
