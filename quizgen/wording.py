"""Wording questions from a dependency parse.

A fact is found at a token (a date, a place, a person); the question is the
clause around it turned into a wh-question: the subject after the first
auxiliary ("will Anna Berg meet"), or after "did/does/do" with the verb's
lemma ("did Anna Berg meet"), the fact's own words left out. Names are
written in their fullest form, pronouns resolved, and relative dates made
absolute, so the question stands on its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from quizgen.dates import WEEKDAY_NAMES, DateValue, format_date, resolve_date
from quizgen.entities import capital_of_its_sentence, capitalised_mid_sentence
from quizgen.inflection import base_form, finite_form, indefinite_article, past_tense
from quizgen.lexicon import (
    ACT_NOUNS,
    ACT_SUFFIXES,
    ANAPHORIC_NOUNS,
    CHANGE_VERBS,
    CLAIM_VERBS,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    COMPARING_PREPOSITIONS,
    COUNTRY_NOUNS,
    DEAL_NOUNS,
    DEMONSTRATIVES,
    EVENT_NOUNS,
    FIRST_AND_SECOND_PERSON,
    INCIDENT_NOUNS,
    EXTRAPOSING_VERBS,
    INTENT_VERBS,
    KIND_ALIASES,
    KIND_NOUNS,
    KIND_SYNONYMS,
    LEAVING_VERBS,
    LISTENER_VERBS,
    NEWSPAPER_NAMES,
    OFFICE_CHANGE_VERBS,
    OFFICE_NOUNS,
    OWNED_FIGURES,
    POST_NOUNS,
    RELATIVE_ADJECTIVES,
    SALIENT_NOUNS,
    SAYING_VERBS,
    SEQUENCE_WORDS,
    STORM_NOUNS,
    TIME_PARTICLES,
    VAGUE_QUANTIFIERS,
)
from quizgen.model import Article
from quizgen.names import ADDRESS_GENDERS, TITLE_WORDS, NameBook, first_name_gender, looks_like_person
from quizgen.parse import is_headline
from quizgen.places import continent_of, find_place
from quizgen.titles import office_tokens, title_tokens

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CLAUSE_LINKS = ("xcomp", "acomp", "pcomp", "prep", "conj", "ccomp", "advcl", "dobj", "pobj", "oprd")
"""Dependencies through which a token's clause is found: upwards until a verb with a subject."""

SIDE_CLAUSES = ("advcl", "relcl", "parataxis", "appos", "mark", "intj", "dep", "meta", "cc", "conj", "preconj", "punct")
"""Dependents left out of a question's clause: they add a second statement, not context."""

FUTURE_MARKERS = frozenset("will shall 'll wo would due set expected scheduled slated poised going planned plan plans intend".split())
PERSONAL_PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "his": "PERSON"}
PART_OF_PERIOD = re.compile(r"(?:the )?(?:end|start|beginning|middle) of ", re.IGNORECASE)
"""What says a date is a part of a month or year, not all of it."""
APPOSITION_MARKS = frozenset(",;:([-–—")
"""What sets an apposition off from the noun it renames."""
RELATIVE_TAGS = ("WDT", "WP", "WP$", "WRB")
"""Tags of a relative clause's own link ("which", "whereby", "when")."""
DANGLING = ("advmod",)
"""Words that mean nothing once the phrase they introduce is taken out of a question (a preposition may be stranded)."""
RESOLVABLE = frozenset(PERSONAL_PRONOUNS)
"""Pronouns a question may keep: rendering replaces them with the person they refer to."""
CARRIED_SENTENCES = 5
"""How far back a run of sentences opening with "it" is followed to the subject it goes on from."""
GROUP_SENTENCES = 2
"""How many sentences (not counting other "They …" sentences) a "they" opening its sentence looks back for its group."""
THING_LABELS = ("ORG", "GPE", "PRODUCT")
"""What an "it" or "its" can stand for."""
RELATIVE_TO_EVENT = frozenset("following same previous preceding subsequent".split())
KEPT_ADVERBS = frozenset("previously formerly originally initially once earlier normally usually typically generally".split())
"""Adverbs that put a clause before the story's time or make it a rule with exceptions: a question without them
asks about now ("previously served as"), or states the rule as always true ("Normally, only X have …")."""
SENTENCE_ADVERBS = frozenset("also too then now still already even further again just however meanwhile moreover thus".split())
MODIFIER_DEPS = ("compound", "nmod", "amod", "nummod")
"""Dependencies of a word that modifies the noun after it: a date among them names the thing, not a time."""
RANKING_WORDS = frozenset("second third fourth main other remaining".split())
"""Words that rank a thing among others the story told ("the second package"); "first" starts a series of its own."""
PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
NUMBER_LABELS = ("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME")
"""Entity labels of numbers and dates, which are no names: their first word is capitalised only to start a sentence."""
PLURAL_AGREEMENT = {"is": "are", "was": "were", "has": "have", "does": "do"}
"""A verb's form after a plural subject, for a question that asks "How many …" in place of a singular one."""
PLURAL_PRONOUNS = frozenset("i we you they".split())
"""Subjects that take "do", not "does" (with plural nouns and coordinated subjects)."""
ADJUNCT_GAPS = ("prep", "npadvmod", "advmod")
"""What a wh-word stands for when it asks where or when rather than for an argument of the verb."""
EMBEDDING_LINKS = ("prep", "pcomp")
"""Links by which a verb sits inside a phrase of another ("before speaking"): a where/when gap there is ambiguous."""
APOSTROPHES = ("'", "’")
QUOTES = ("“", "”", '"')
QUOTE_MARKS = re.compile('[“”"]')
VERB_OBJECTS = ("prt", "dative", "dobj", "attr", "oprd")
"""A verb's particle, objects and complements: in a question they follow the verb before any adjunct."""


def _once_per_token(method):
    """``method(self, token)`` worked out once per token of the article: every finder asks it of the same words."""

    @functools.wraps(method)
    def once(self, token):
        key = (method.__name__, token.i)
        if key not in self._memo:
            self._memo[key] = method(self, token)
        return self._memo[key]

    return once


@dataclass
class Wording:
    """Words for the questions of one article: names, pronouns and dates resolved."""

    article: Article
    doc: Doc
    names: NameBook
    _entities: dict[int, Span] = field(init=False, repr=False)
    _people: list[Span] = field(init=False, repr=False)
    _all_entities: list[Span] = field(init=False, repr=False)
    _tokens: dict[int, list[Token]] = field(init=False, repr=False, default_factory=dict)
    _sentence_ents: dict[tuple[int, int], list[Span]] = field(init=False, repr=False, default_factory=dict)
    _memo: dict[tuple[str, int], object] = field(init=False, repr=False, default_factory=dict)
    _dates: dict[tuple[int, int], DateValue | None] = field(init=False, repr=False, default_factory=dict)
    _titles: dict[str, tuple[int, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._all_entities = list(self.doc.ents)
        self._entities = {i: ent for ent in self._all_entities for i in range(ent.start, ent.end)}
        self._people = self._person_mentions()
        self._titles = _titles_by_surname(self.doc)
        self._definites = definite_descriptions(self.doc, self._titles)

    # -- reading the parse -------------------------------------------------

    def tokens(self, sentence: Span) -> list[Token]:
        """The tokens of ``sentence``, made once: every finder walks every sentence."""
        if sentence.start not in self._tokens:
            self._tokens[sentence.start] = list(sentence)
        return self._tokens[sentence.start]

    def text(self, sentence: Span) -> str:
        """The text of ``sentence``, cut from the document's text read once."""
        return doc_text(self.doc)[sentence.start_char : sentence.end_char]

    def points_back(self, tokens: Iterable[Token]) -> bool:
        """True when ``tokens`` keep "the N" for a thing named before that no fuller mention says ("the deal")."""
        return any(self._definites.get(t.i, "") is None for t in tokens)

    def without_vague_adjuncts(self, tokens: list[Token]) -> list[Token]:
        """``tokens`` without a verb's side phrase that points back vaguely ("Despite the warnings, …"):
        the question loses a circumstance, not its content."""
        vague = {
            t.i for p in tokens if p.dep_ == "prep" and p.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "pobj" and (self.points_back(c.subtree) or _bare_link(p, c) or _only_its_clause(c)) for c in p.children)
            for t in p.subtree
        }
        compared = {  # "…, down 6%", "…, up from 700 in 2022", "…, more than X receives", "…, the fewest since 2015"
            t.i for p in tokens if p.head.pos_ in ("VERB", "AUX") and (
                p.dep_ == "advmod" and p.lower_ in ("up", "down") and any(c.dep_ in ("prep", "npadvmod") for c in p.children)
                or p.dep_ == "advmod" and p.lower_ in ("more", "less", "fewer") and any(c.lower_ == "than" for c in p.children)
                and after_comma(p)  # "had more than doubled" is the fact itself
                or (p.dep_ == "npadvmod" or p.dep_ == "advmod" and any(c.lower_ == "the" for c in p.children))
                and after_comma(p) and p.i > p.head.i  # "…, the most by a Nordic player since 1998"
            ) or p.dep_ == "prep" and p.lower_ in COMPARING_PREPOSITIONS and after_comma(p) and p.i > p.head.i  # "…, below the 30% sought"
            for t in p.subtree
        }
        return [t for t in tokens if t.i not in vague | compared]

    def title_of(self, person: Token) -> str:
        """The first title of office the article gives the person ``person`` names ("US President"), or ""."""
        name = self.person(person)
        return self._titles.get(name.split()[-1].lower(), (0, ""))[1] if name else ""

    @_once_per_token
    def subject_of(self, token: Token) -> Token | None:
        """The subject of ``token``'s clause, looking up through verb chains and coordination."""
        for head in self.clause_chain(token):
            for child in head.children:
                if child.dep_ in SUBJECTS:
                    return child
        return None

    @staticmethod
    def shared_subject(verb: Token) -> Token | None:
        """The subject a verb joined to another by "and" shares ("Acme was founded in 1889 and *employs* 300"),
        or None: a verb coordinated inside a subordinate clause shares a subject only by guess."""
        first = verb
        while first.dep_ == "conj":
            first = first.head
        if first == verb or first.dep_ != "ROOT" or any(c.dep_ in SUBJECTS for c in verb.children):
            return None
        return next((c for c in first.children if c.dep_ in SUBJECTS), None)

    @_once_per_token
    def clause_chain(self, token: Token) -> list[Token]:
        """``token`` and the heads above it up to the first one with a subject (inclusive)."""
        chain = [token]
        while not any(c.dep_ in SUBJECTS for c in chain[-1].children):
            current = chain[-1]
            if current.dep_ not in CLAUSE_LINKS or current.head == current:
                break
            chain.append(current.head)
        return chain

    @_once_per_token
    def clause_head(self, token: Token) -> Token:
        """The verb (or copula) whose subject governs ``token``."""
        chain = self.clause_chain(token)
        for head in reversed(chain):
            if any(c.dep_ in SUBJECTS for c in head.children):
                return head
        return chain[-1]

    @_once_per_token
    def tense(self, token: Token) -> str:
        """"past", "present" or "future": the time of the event at ``token``, from its verb chain."""
        future = past = False
        for head in self.clause_chain(token):
            words = [head] + [c for c in head.children if c.dep_ in ("aux", "auxpass")]
            for word in words:
                lower = word.lower_
                if lower == "set" and word.tag_ in ("VBD", "VBN") and not any(
                    c.dep_ == "xcomp" or c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") for c in word.children
                ):
                    past = True  # "set out on Saturday" went; "is set to open", "is set for May" are to come
                elif lower in FUTURE_MARKERS or (word.lemma_ in FUTURE_MARKERS and word.tag_ in ("VBN", "JJ")):
                    future = True
                elif word.tag_ == "VBD" or (word.tag_ == "VBN" and word.dep_ != "amod"):
                    past = True
            if head.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in head.children):
                future = True
            if head.lemma_ in SAYING_VERBS and past and not future:
                return "past"  # "X will visit Paris, announced the ministry on Friday": the date is the announcement's
        if future:
            return "future"
        return "past" if past else "present"

    @_once_per_token
    def antecedent(self, pronoun: Token) -> Span | None:
        """The person a he/she/his/her refers to: the nearest person named before it, in its own sentence if that
        names one ("The prize went to X for her role": X, not the subject of the sentence before)."""
        if pronoun.lower_ not in PERSONAL_PRONOUNS:
            return None
        people = [e for e in self._people if e.end <= pronoun.i]
        office = self._office_subject(pronoun)
        if office is not None:  # "The minister flies to Bergen, where he …": the minister, whoever the article named before
            holder = self._definites.get(office.i)
            holder = self.names.canonical(holder, self.article.id) if holder else None
            return next((e for e in reversed(people) if self.names.canonical(e.text, self.article.id) == holder), None)
        pronoun_gender = "female" if pronoun.lower_ in ("she", "her") else "male"
        people = [e for e in people if self._gender(e) in (None, pronoun_gender)]
        if pronoun.dep_ in ("dobj", "dative"):  # "Berg sentenced her": not Berg, who would be "herself"
            subjects = [c for c in pronoun.head.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"]
            doers = {self.person(s) for s in subjects}
            people = [e for e in people if self.names.canonical(e.text, self.article.id) not in doers]
        if not quoted(pronoun):  # '"Erik goes with our best wishes," he said': he is not the one the quotation names
            people = [e for e in people if not (e.start >= pronoun.sent.start and quoted(e.root))]
        people = [e for e in people if e.start >= pronoun.sent.start] or people
        subjects = [e for e in people if e.root.dep_ in SUBJECTS or e.root.dep_ == "appos" and e.root.head.dep_ in SUBJECTS]
        return (subjects or people or [None])[-1]  # "X's minister, Y, said his government …": Y, named beside the subject

    def _office_subject(self, pronoun: Token) -> Token | None:
        """The "the" of the sentence's subject when that is an office written as a bare "the N" before the
        pronoun ("The minister … where he"): the pronoun means that office's holder, not the last person named."""
        subject = self.subject_of(pronoun.sent.root)
        if subject is None or subject.i >= pronoun.i or pronoun in subject.subtree:
            return None
        det = subject.doc[subject.i - 1] if subject.i > 0 else None
        return det if det is not None and det.i in self._definites and subject.lower_ in OFFICE_NOUNS else None

    def _person_mentions(self) -> list[Span]:
        """Every mention of a person, in order: the model's people whose name is a person's full name, and a
        surname of one of them that the model tagged as something else or nothing ("Ots" as a place)."""
        mentions = []
        for ent in self._all_entities:
            if ent.label_ == "PERSON" and len(self.names.canonical(ent.text, self.article.id).split()) > 1:
                mentions.append(ent)
        tagged = {i for ent in mentions for i in range(ent.start, ent.end)}
        for token in self.doc:
            hyphenated = token.i + 2 < len(self.doc) and self.doc[token.i + 1].text == "-" and self.doc[token.i + 2].is_title
            if token.i in tagged or not token.is_title or token.pos_ != "PROPN" and not hyphenated:
                continue
            span = self.doc[token.i : token.i + 3] if hyphenated else self.doc[token.i : token.i + 1]  # "Boakye-Dahl" is three tokens
            ent = self._entities.get(token.i)
            if (ent is None or ent.label_ != "PERSON" and len(ent) <= len(span)) and self.names.known_person(span.text, self.article.id):
                mentions.append(span)
                tagged.update(range(span.start, span.end))
        return sorted(mentions, key=lambda span: span.start)

    def _gender(self, person: Span) -> str | None:
        """The sex the article's own pronouns give a person ("Amir Haddad and his counterparts"), else the
        one their first name is mostly given to, from their fullest name in the article."""
        return self.gender_of(self.names.canonical(person.text, self.article.id))

    def gender_of(self, name: str) -> str | None:
        """The sex the article's words of address ("Ms. Berg") or pronouns give the person ``name`` (canonical),
        else their first name's."""
        return self._address_genders.get(name) or self._pronoun_genders.get(name) or first_name_gender(name)

    @functools.cached_property
    def _address_genders(self) -> dict[str, str]:
        """Canonical name → "male" or "female", from the words of address written before the person's mentions
        ("Ms. Berg", "Mr Olsen"); a person the article addresses both ways is left out."""
        votes: dict[str, set[str]] = defaultdict(set)
        for mention in self._people:
            words = [mention[0], *([self.doc[mention.start - 1]] if mention.start > 0 else [])]  # in the name, or before it
            gender = next((ADDRESS_GENDERS[w.lower_.rstrip(".")] for w in words if w.lower_.rstrip(".") in ADDRESS_GENDERS), None)
            if gender:
                votes[self.names.canonical(mention.text, self.article.id)].add(gender)
        return {name: genders.pop() for name, genders in votes.items() if len(genders) == 1}

    @functools.cached_property
    def changing_office(self) -> frozenset[str]:
        """Everyone the article tells leaving or taking an office ("X resigned", "named X", "X was sworn in")."""
        found = set()
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_ not in LEAVING_VERBS | OFFICE_CHANGE_VERBS:
                continue
            deps = ("nsubj",) if verb.lemma_ in LEAVING_VERBS else ("dobj", "nsubjpass", "oprd")
            people = [c for c in verb.children if c.dep_ in deps]
            if verb.lemma_ in ("replace", "succeed"):
                people += [c for c in verb.children if c.dep_ == "nsubj"]  # the one who takes the office too
            people += [a for c in people for a in c.children if c.pos_ == "NOUN" and a.dep_ == "appos"]  # "the minister, X, resigned"
            found.update(name for person in people if (name := self.person(person)))
        return frozenset(found)

    @functools.cached_property
    def _people_named(self) -> set[str]:
        """Every person the article names, by canonical name."""
        return {self.names.canonical(e.text, self.article.id) for e in self._people}

    @functools.cached_property
    def _pronoun_genders(self) -> dict[str, str]:
        """Canonical name → "male" or "female", from the article's own pronouns: a possessive that can only mean
        that person ("X and his counterparts"), and a subject pronoun in a side clause of a sentence whose subject
        is the only person named before it ("X served as minister, when she oversaw …"). A person the article
        gives both is left to their first name."""
        votes: dict[str, Counter] = defaultdict(Counter)
        pronouns = {self.doc.vocab.strings[word] for word in ("his", "her", "he", "she")}
        for i, lower in enumerate(self.doc.to_array(LOWER).tolist()):  # the parse's array: no walk over every token
            pronoun = self.doc[i] if lower in pronouns else None
            if pronoun is None:
                continue
            gender = "female" if pronoun.lower_ in ("she", "her") else "male"
            if pronoun.dep_ == "poss" and pronoun.head.dep_ == "conj":
                owner = pronoun.head.head  # "X and his counterparts"
                name = self.person(owner) if owner.pos_ == "PROPN" else None
            elif pronoun.dep_ == "nsubj" and pronoun.head.dep_ in ("advcl", "relcl", "conj"):  # "X said she would win" may be of anyone
                before = [e for e in self._people if pronoun.sent.start <= e.start and e.end <= pronoun.i]
                subject = before[0].root if len(before) == 1 else None
                name = self.person(subject) if subject is not None and subject.dep_ == "nsubj" and subject.head == pronoun.sent.root else None
            else:
                name = None
            if name is not None:
                votes[name][gender] += 1
        return {name: count.most_common(1)[0][0] for name, count in votes.items() if len(count) == 1}

    def ents(self, sentence: Span) -> list[Span]:
        """The named entities of ``sentence``, found once per sentence."""
        bounds = (sentence.start, sentence.end)
        if bounds not in self._sentence_ents:
            self._sentence_ents[bounds] = [ent for ent in self._all_entities if sentence.start <= ent.start and ent.end <= sentence.end]
        return self._sentence_ents[bounds]

    def entity(self, token: Token) -> Span | None:
        """The named entity ``token`` belongs to, if any."""
        return self._entities.get(token.i)

    @_once_per_token
    def person(self, token: Token) -> str | None:
        """The canonical name of the person ``token`` names or refers to, else None."""
        if token.pos_ == "PRON":
            span = self.antecedent(token)
            return self.names.canonical(span.text, self.article.id) if span is not None else None
        ent = self.entity(token)
        if ent is not None and (ent.label_ == "PERSON" or self.names.is_person(ent.text)):
            return self.names.canonical(ent.text, self.article.id)
        if ent is None and token.is_title and token.pos_ in ("PROPN", "NOUN"):
            # the small model often leaves a repeated surname untagged, even as a common noun ("Berg began her trip")
            return self.names.known_person(token.text, self.article.id)
        return None

    def people(self, token: Token) -> list[str] | None:
        """The canonical names of ``token`` and the people coordinated with it ("A and B"), or None."""
        first = self.person(token)
        if first is None:
            return None
        names = [first]
        for conj in token.conjuncts:
            name = self.person(conj)
            if name is None:
                return None
            names.append(name)
        return names

    def date_of(self, ent: Span) -> DateValue | None:
        """The absolute date of a DATE entity, resolved against the article's date, once per entity.

        A date relative to another event ("the following Saturday") is not resolved.
        """
        if (ent.start, ent.end) not in self._dates:
            self._dates[(ent.start, ent.end)] = self._resolved_date(ent)
        return self._dates[(ent.start, ent.end)]

    def _resolved_date(self, ent: Span) -> DateValue | None:
        if ent.start > 0 and self.doc[ent.start - 1].lower_ in RELATIVE_TO_EVENT:
            return None
        phrase = date_phrase(ent)
        if ent.start > 1 and self.doc[ent.start - 1].lower_ == "in" and ent.text.lower() in ("the month", "the year"):
            phrase = f"{self.doc[ent.start - 2].lower_} in {phrase}"  # "earlier in the month"; a bare "the month" stays unknown
        if re.fullmatch(r"1[5-8]\d\d", phrase) and ent.start > 0 and self.doc[ent.start - 1].lower_ in ("in", "since"):
            return DateValue(dt.date(int(phrase), 1, 1), "year")  # "founded in 1889": a year, though a lone 1889 may be a count
        dated = ent.root.head if ent.root.dep_ in MODIFIER_DEPS else ent.root  # "agreed under the October 12 deal": the agreeing's time
        while (
            (dated.pos_ in ("NOUN", "ADP") or dated == ent.root and dated.dep_ == "poss" and dated.head.pos_ == "NOUN")
            and dated.head != dated and not attribution(dated)
        ):
            dated = dated.head  # "took 52% in Thursday's election": the taking's tense says which Thursday (not a paper's date)
        if dated.pos_ not in ("VERB", "AUX"):  # "Leaders of the Forum on Friday adopted …": the adopting's Friday
            dated = verb_after_subject(list((ent.root.head if ent.root.dep_ == "pobj" else ent.root).subtree)) or dated
        ahead = self._still_to_come(dated) and not any(t.text in WEEKDAY_NAMES for t in ent)  # "agreed on Monday to buy": the agreeing's day
        return resolve_date(phrase, self.article.date, "future" if ahead else self.tense(dated))

    def _still_to_come(self, token: Token) -> bool:
        """True for an act an intent points ahead to: "agreed on Monday to meet in June" meets in a June to come,
        whatever the tense of the agreeing."""
        return any(
            head.dep_ == "xcomp" and head.head.lemma_ in INTENT_VERBS and any(c.lower_ == "to" for c in head.children)
            for head in self.clause_chain(token)
        )

    # -- writing -----------------------------------------------------------

    def render(self, tokens: Iterable[Token], capitalise: bool = False) -> str:
        """``tokens`` as text: names canonical, he/she resolved, relative dates made absolute."""
        tokens = sorted(set(tokens), key=lambda t: t.i)
        included = {t.i for t in tokens}
        pieces: list[str] = []
        done: set[int] = set()
        for token in tokens:
            if token.i in done:
                continue
            text, covered = self._replacement(token, included)
            done.update(covered)
            last = self.doc[max(covered)] if covered else token
            gap = last.i + 1 < len(self.doc) and last.i + 1 not in included and not last.whitespace_
            pieces.append(text + (" " if gap else last.whitespace_))
        return tidy("".join(pieces), capitalise)

    def _replacement(self, token: Token, included: set[int]) -> tuple[str, set[int]]:
        """The text that stands for ``token`` (and the tokens it covers) in a question."""
        ent = self.entity(token)
        if ent is not None and ent.start == token.i and all(i in included for i in range(ent.start, ent.end)):
            covered = set(range(ent.start, ent.end))
            if ent.label_ == "PERSON":
                return self.names.canonical(ent.text, self.article.id), covered
            if ent.label_ in ("DATE", "TIME") and not in_quotation(ent):  # "Fjord 2030" is a name, not a year; "Monday night" a day
                value = self.date_of(ent)
                part = self.doc[ent.end] if ent.end < len(self.doc) and value is not None and value.precision == "day" else None
                if part is not None and part.tag_ == "POS" and part.i in included:
                    return f"the {format_date(value)}", {*covered, part.i}  # "in Thursday's election" → "in the 5 June 2025 election"
                if part is not None and part.lower_ in PARTS_OF_DAY and part.i in included and ent.root.head == part:
                    text = f"the {part.lower_} of {format_date(value)}"  # "on Tuesday morning" → "on the morning of 18 November"
                    return (text if part.dep_ == "pobj" else f"on {text}"), {*covered, part.i}
                if value is not None:
                    return self._absolute(ent, value), covered
        fuller = self._definites.get(token.i)
        if fuller and token.head.i in included:
            return fuller, {token.i, *(t.i for c in token.head.children if c.i < token.head.i for t in c.subtree), token.head.i}
        if token.tag_ == "PRP" and token.lower_ in ("he", "she", "him", "her"):  # a PRP "her" is an object
            antecedent = self.antecedent(token)
            if antecedent is not None and not self._said_by(token, antecedent):
                return self.names.canonical(antecedent.text, self.article.id), {token.i}
        if token.tag_ == "PRP$" and token.lower_ in ("his", "her"):
            antecedent = self.antecedent(token)
            subject = self.subject_of(token.head)
            if antecedent is not None and (subject is None or self.person(subject) is None):
                return possessive(self.names.canonical(antecedent.text, self.article.id)), {token.i}
        if (replaced := replaced_thing(token)) is not None:  # "would use B instead" → "instead of A"
            return f"instead of {self.render(replaced.subtree)}", {token.i}
        if token.lower_ in ("it", "its"):
            named = self.thing_antecedent(token)
            if named is not None and not self._own_subject(token) and not self._after_it(token):  # "Norway spends 1.5% of its GDP" keeps "its"
                named = self._as_written(named)
                return (possessive(named) if token.lower_ == "its" else named), {token.i}
        return token.text, {token.i}

    def _said_by(self, pronoun: Token, antecedent: Span) -> bool:
        """True when ``pronoun`` stands in a clause whose governing verb has its antecedent for subject, written
        before it ("Berg announced she had asked …"): the question keeps "he" rather than name him twice."""
        name = self.names.canonical(antecedent.text, self.article.id)
        for verb in pronoun.ancestors:
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < pronoun.i), None)
            if subject is None or subject.i == pronoun.i:
                continue
            if self.person(subject) == name or any(c.dep_ == "appos" and self.person(c) == name for c in subject.children):
                return True  # "the minister, Anna Berg, resigned after admitting she …"
        return False

    def unclear_pronoun(self, tokens: list[Token], kept: Iterable[Token] = ()) -> bool:
        """True when ``tokens`` keep a pronoun a question could not say the referent of: a "he" with no one
        named before, an "its" with no one organisation or country, a "their" whose owners the question
        (``tokens`` and ``kept``, or its wh-word in their place) does not name first."""
        question = {t.i for t in [*tokens, *kept]}
        for token in tokens:
            if token.tag_ not in ("PRP", "PRP$"):
                continue
            owner = self._owner_before(token)
            owned = owner is not None and owner.i in question  # "Nordbank said its profits …", "Norway and Sweden ended their talks"
            if token.lower_ in RESOLVABLE:
                unclear = self.antecedent(token) is None
            elif token.lower_ in ("it", "its"):
                unclear = self.thing_antecedent(token) is None and not (owned and token.lower_ == "its")
            elif token.lower_ in ("they", "their", "theirs"):
                unclear = not (owned and (owner.conjuncts or owner.tag_ in ("NNS", "NNPS")))
            elif token.lower_ == "them":
                unclear = True  # an object "them" is never its own clause's subject
            else:
                continue  # "I", "we", "you": a quotation's own voice, which ``speaks_in_person`` judges
            if unclear:
                return True
        return False

    def _owner_before(self, pronoun: Token) -> Token | None:
        """The nearest subject of a clause ``pronoun`` stands in, written before it and not itself a pronoun."""
        for verb in (a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")):
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.i < pronoun.i:
                return subject if subject.pos_ != "PRON" else None
        return None

    def _speaker_of(self, pronoun: Token) -> str | None:
        """The organisation or country that says what an "it" in its reported clause does: "Acme said it would …"."""
        clause = pronoun.head
        if pronoun.dep_ not in SUBJECTS or clause.dep_ != "ccomp" or clause.head.lemma_ not in SAYING_VERBS:
            return None
        subject = self.subject_of(clause.head)
        named = self.entity(subject) if subject is not None and subject.i < pronoun.i else None
        return without_the(named.text) if named is not None and named.label_ in THING_LABELS else None

    def _own_subject(self, pronoun: Token) -> Span | None:
        """The named subject of the clause an "its" stands in, written before it ("Norway spends … its GDP")."""
        if pronoun.lower_ != "its":
            return None
        subject = self.subject_of(pronoun.head)
        named = self.entity(subject) if subject is not None and subject.i < pronoun.i else None
        return named if named is not None and named.label_ in THING_LABELS else None

    def _after_it(self, pronoun: Token) -> bool:
        """True for an "its" whose clause's subject is an "it" written before it: the question names the subject
        once and keeps "its" ("as it seeks to double its capacity" → "… does Vestra seek to double its capacity?")."""
        subject = self.subject_of(pronoun.head) if pronoun.lower_ == "its" else None
        return subject is not None and subject.lower_ == "it" and subject.i < pronoun.i

    def _within_name(self, token: Token) -> bool:
        """True for a word the parser hung inside its own entity ("2003" in "February 1, 2003"): it stays with it."""
        ent = self.entity(token)
        return ent is not None and ent.start <= token.head.i < ent.end and token.head != token

    def _is_person(self, token: Token) -> bool:
        name = self.person(token)
        return name is not None and looks_like_person(name, self.article.body)

    @_once_per_token
    def thing_antecedent(self, pronoun: Token) -> str | None:
        """The organisation or country an "it" or "its" refers to: its own clause's subject for "its", else
        the one named in its sentence or the one before ("Nordwind Air … It was founded in 1987"); None when
        two could be meant, or a thing its own sentence names as a subject ("For the budget to pass, it …")."""
        if pronoun.lower_ not in ("it", "its") or _extraposed(pronoun):
            return None
        owner = self._owner_before(pronoun) if pronoun.lower_ == "its" else None  # "Nordbank said its profits rose"
        own = self._own_subject(pronoun) or (self.entity(owner) if owner is not None else None)
        if own is not None and own.label_ in THING_LABELS:
            return without_the(own.text)
        speaker = self._speaker_of(pronoun)  # "Nordbank said it had agreed to buy …"
        if speaker is not None:
            return speaker
        carried = self._subject_carried_over(pronoun)
        if carried is not None:
            return carried
        start = self.doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
        named = {without_the(e.text) for e in self._all_entities
                 if start <= e.start and e.end <= pronoun.i and e.label_ in THING_LABELS}
        if pronoun.lower_ == "it" and pronoun.dep_ not in SUBJECTS and (subject := self.subject_of(pronoun.head)) is not None:
            own = self.entity(subject)  # "the EU will cover 40% of it": an object "it" is never its own clause's subject
            named.discard(without_the(own.text) if own is not None else "")
        others = [
            t for t in self.doc[start : pronoun.i]
            if t.dep_ in SUBJECTS and (
                t.tag_ == "NN" and (t.i >= pronoun.sent.start or t.lower_ in KIND_NOUNS)  # "The airline was … It has …"
                or t.pos_ == "PROPN" and t.ent_type_ not in THING_LABELS and not self._is_person(t)
            )
            or pronoun.lower_ == "it" and t.dep_ == "dobj" and t.tag_ == "NN" and not t.ent_type_ and t.i >= pronoun.sent.start
        ]
        if others:
            return None  # "For the budget to pass, it must …"; "X blocked a merger on the grounds that it …": X or the merger?
        return named.pop() if len(named) == 1 else None

    def _as_written(self, name: str) -> str:
        """``name`` with the "the" the article writes before it ("the Competition Authority"), if it does."""
        return f"the {name}" if re.search(rf"\b[Tt]he {re.escape(name)}\b(?![-\w]|\s+[A-Z])", doc_text(self.doc)) else name  # not "the Kenya Authority"

    def _subject_carried_over(self, pronoun: Token) -> str | None:
        """For an "it" that opens its sentence as subject, what the subject of the sentences before stood for,
        through a run of "it"s: "The airline was Norway's first in private hands. It has … It was founded in 1987".
        An "it" that anticipates a clause ("It emerged that …") stands for nothing."""
        sentence = pronoun.sent
        if pronoun.i != sentence.start or pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "ROOT":
            return None
        if any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in pronoun.head.children):
            return None
        for _ in range(CARRIED_SENTENCES):
            if sentence.start == 0:
                return None
            sentence = self.doc[sentence.start - 1].sent
            subject = next((c for c in sentence.root.children if c.dep_ in SUBJECTS), None)
            if subject is None or subject.lower_ != "it":
                break
        else:
            return None
        if subject is None or subject.conjuncts:
            return None  # "Acme and Beta met. It was founded in 1987": which one?
        named = self.entity(subject)
        if named is not None and named.label_ in THING_LABELS:
            return without_the(named.text)
        det = next((c for c in subject.children if c.dep_ == "det" and c.lower_ == "the"), None)
        fuller = self._definites.get(det.i) if det is not None else None
        return without_the(fuller) if fuller else None

    def _figure_owner(self, subject: Token) -> str | None:
        """Whose "sales" or "profits" a bare figure noun is in what an organisation said: "Acme said sales fell" → Acme."""
        if subject.lemma_ not in OWNED_FIGURES or any(c.dep_ in ("det", "poss", "compound", "amod") for c in subject.children):
            return None
        speaker = reporter(subject.head)
        if speaker is None or speaker.pos_ == "PRON":
            return None
        named = self.entity(speaker)
        if named is not None and named.label_ != "ORG":
            return None  # a chief executive's "sales" are the company's, not theirs
        if named is None and speaker.pos_ != "PROPN" and speaker.lemma_ not in KIND_NOUNS:
            return None
        return self.subject_text(speaker)

    def _group_carried_over(self, pronoun: Token) -> str | None:
        """For a "they" that opens its sentence as subject, the group the sentences before were about: the
        nearest plural subject of a sentence ("X and his counterparts met in Oslo. … They agreed …")."""
        sentence = pronoun.sent
        if pronoun.i != sentence.start or pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "ROOT":
            return None
        others = 0
        while others < GROUP_SENTENCES and sentence.start > 0:
            sentence = self.doc[sentence.start - 1].sent
            subject = next((c for c in sentence.root.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.lower_ == "they":
                continue  # a run of "They …" sentences goes on about one group
            if subject is None or subject.pos_ == "PRON":
                return None
            if subject.tag_ in ("NNS", "NNPS") or subject.conjuncts:
                return self.subject_text(subject)
            others += 1
        return None

    def _absolute(self, ent: Span, value: DateValue) -> str:
        text = format_date(value)
        part = PART_OF_PERIOD.match(ent.text)
        if part:
            text = f"{part.group().lower()}{text}"  # "before the end of April" → "before the end of April 2026"
        governed = ent.root.dep_ == "pobj" or ent.root.head.dep_ == "prep" and ent.root.dep_ != "npadvmod"  # "following X last month"
        possessive_date = ent.end < len(self.doc) and self.doc[ent.end].tag_ == "POS"  # "Tuesday's Irish Times"
        modifier = ent.root.dep_ in MODIFIER_DEPS and ent.root.head.i >= ent.end  # "the 12 October 2023 deal", "the 2030 Games"
        if governed or possessive_date or modifier:
            return text
        return ("on " if value.precision == "day" else "in ") + text

    def _undated(self, token: Token) -> bool:
        """True for the head of a date phrase dated by another event, which names no date of its own ("the month before")."""
        ent = self.entity(token)
        if token.lemma_ in ("day", "week", "month", "year") and [c.lower_ for c in token.children] == ["the"]:
            return ent is None or self.date_of(ent) is None  # "in the week": which week? ("earlier in the month" is this one)
        return (
            ent is not None and ent.label_ == "DATE" and ent.root == token
            and any(t.lower_ in RELATIVE_TO_EVENT | TIME_PARTICLES | {"before", "after"} for t in (*ent, *token.subtree))
            and self.date_of(ent) is None
        )

    def clause_tokens(self, head: Token, leave_out: Iterable[Token]) -> list[Token]:
        """The tokens of ``head``'s clause that a question keeps, without ``leave_out`` and side clauses."""
        dropped = {t.i for t in leave_out}
        keep: list[Token] = []

        def visit(token: Token, top: bool) -> None:
            if token.i in dropped or not top and self._left_out_of_questions(token):
                return
            keep.append(token)
            for child in token.children:
                visit(child, False)

        visit(head, True)
        kept = {t.i for t in keep}
        return sorted(
            (t for t in keep if t == head or not (_dangling(t, kept) or _lone_conjunction(t, kept))),
            key=lambda t: t.i,
        )

    @_once_per_token
    def _left_out_of_questions(self, token: Token) -> bool:
        """True for a phrase below a clause's head that no question keeps (a side clause, a comment, an
        attribution, a date no reader could place)."""
        if (
            token.dep_ in SIDE_CLAUSES and token.dep_ != "punct" and not listed(token) and not _bound_apposition(token)
            and not self._within_name(token) and not (token.dep_ == "mark" and token.lower_ == "whether")
            and not _restricts_denial(token) and not _tells_the_event(token)
        ):
            return True
        if token.dep_ == "npadvmod" and token.ent_type_ == "DATE" and token.head.pos_ != "ADJ":  # "68-year-old" is an age
            ent = self.entity(token)
            if ent is not None and self.date_of(ent) is None:
                return True
        if token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "pobj" and self._undated(c) for c in token.children):
            return True  # "in the month before": no date a reader could place
        if (
            token.dep_ == "advmod" and (token.lower_ in SENTENCE_ADVERBS and token.head.pos_ in ("VERB", "AUX") or token.lower_.endswith("ly"))
            and token.lower_ not in KEPT_ADVERBS and not quoted(token)
        ):  # "previously served as" stays: without it, today's office answers too
            return True
        if token.head.pos_ in ("VERB", "AUX") and token.dep_ in ("prep", "ccomp", "advcl", "npadvmod") and any(
            t.lower_ in RELATIVE_TO_EVENT and t.ent_type_ in ("DATE", "TIME") for t in token.subtree
        ):
            return True  # "(in a release issued) the following day": no date of its own to write
        if clause_comment(token) or participle_clause(token):
            return True  # "…, a move that prompted X", "…, being voted in by Y": a second statement, not part of it
        if token.dep_ == "dobj" and token.left_edge.i > 0 and self.doc[token.left_edge.i - 1].text == "," and any(
            c.dep_ == "dobj" and c.i < token.i for c in token.head.children
        ):
            return True  # "reached $410m in 2024, a rise of 12%": a comment on the clause, not a second object
        if token.dep_ == "ccomp" and token.i < token.head.i and token.head.lemma_ not in SAYING_VERBS:
            return True  # "Troops closed the road; nine people were detained": a clause before the verb is said by no one
        if token.lower_ == "back" and token.dep_ == "advmod" and token.i + 2 < len(self.doc) and self.doc[token.i + 2].ent_type_ == "DATE":
            return True  # "lost back on 1 February 2003": the date says when
        if token.dep_ == "prep" and token.lower_ == "including" and after_comma(token):
            return True  # "on security, including audits and encryption": examples of it, not what it is
        # "according to police", "as per X" say who told it; "with X doing Y" is a clause of its own
        return token.dep_ == "prep" and (attribution(token) or absolute_clause(token))

    def wh_question(
        self, token: Token, wh: str, leave_out: Iterable[Token], subject: Token | None = None
    ) -> str | None:
        """The clause around ``token`` as a question opened by ``wh``, without ``leave_out``.

        ``wh`` stands for something that is not the subject ("Where", "On what
        date", "Who"). Returns None when the clause has no subject that a
        reader could identify (an unresolved "it", "they", "I"). A ``subject``
        given is the subject of the verb ``token`` that the parser hung elsewhere.
        """
        parts = self._clause_parts(token, leave_out, subject)
        if parts is None:
            return None
        head, subject, subject_text, rest, auxiliaries = parts
        if negated(head) and not any(c.lower_ == "longer" for c in head.children):
            return None  # "What had X never sold?": what did not happen has no one answer ("no longer used" once did)
        if self._dated_perfect(head, auxiliaries, wh, rest):  # "has been retired last month" → "In what month was X retired?"
            be, others = self._simple_past(auxiliaries, subject)
            words = [wh, be or "did", subject_text, self.predicate(head, head.text if be else base_form(head), rest, others)]
        elif (frame := self.claim_frame(head)) is not None:
            if not frame:
                return None
            words = [wh, frame, subject_text, self.predicate(head, head.text, rest, auxiliaries)]
        elif auxiliaries:
            words = [wh, auxiliaries[0].lower_, subject_text, self.predicate(head, head.text, rest, auxiliaries[1:])]
        elif head.lemma_ == "be":
            words = [wh, head.lower_, subject_text, self.predicate(head, "", rest)]
        elif be := self._absolute_passive(head, auxiliaries):  # "with the EU expected to cover 40%"
            words = [wh, be, subject_text, self.predicate(head, head.text, rest)]
        else:
            auxiliary = self.do_support(head, subject)
            words = [wh, auxiliary, subject_text, self.predicate(head, base_form(head), rest)]
        return self.once_named(as_question(" ".join(w for w in words if w)))

    def declarative(self, token: Token, leave_out: Iterable[Token], subject: Token | None = None) -> str | None:
        """The clause around ``token`` as a statement, without ``leave_out``, under the same checks as
        ``wh_question``: "Borg agreed to buy Acme" of "Borg agreed to buy Acme in a deal worth $3bn". A ``subject``
        given is the one the verb shares with the verb it is joined to by "and"."""
        parts = self._clause_parts(token, leave_out, subject)
        if parts is None or self.claim_frame(parts[0]) is not None:
            return None
        head, _, subject_text, rest, auxiliaries = parts
        return self.once_named(f"{subject_text} {self.predicate(head, head.text, rest, auxiliaries)}")

    def _clause_parts(
        self, token: Token, leave_out: Iterable[Token], subject: Token | None = None
    ) -> tuple[Token, Token, str, list[Token], list[Token]] | None:
        """The clause head, subject, subject's words, the other words kept and the auxiliaries of the clause around
        ``token`` without ``leave_out``; None when a question or statement of it could not be trusted."""
        head = self.clause_head(token) if subject is None else token
        if subject is None:
            subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is None or not self.is_whole_subject(subject):
            return None
        subject_text = self.subject_text(subject)
        if subject_text is None:
            return None
        if quoted(head) and subject.pos_ == "NOUN" and not subject.ent_type_ and any(c.lower_ == "the" for c in subject.children) and not any(
            c.dep_ in ("prep", "compound", "amod", "nmod", "poss") for c in subject.children
        ):
            return None  # '"… the plan we have is enough …," X said': the speaker's "the framework", unnamed
        leave_out = list(leave_out)
        chain = self.clause_chain(token)
        path = set(chain)
        rest = [
            t for t in self.clause_tokens(head, [*subject.subtree, *leave_out])
            if t.dep_ != "punct" or self._inside(t, head)
        ]
        rest = [t for t in rest if t.dep_ not in ("aux", "auxpass") or t.head != head]
        rest = [t for t in rest if t.dep_ != "conj" or t in path or listed(t)]
        reported = reported_clause(head, subject)
        own = subject.head == head or head not in subject.head.subtree  # a subject shared with the clause above
        # ("Thanking X for Y, the VP decided …") leaves this clause nothing written before it to open with
        opening = {
            t.i for c in head.children if own and c.i < subject.i and c.dep_ not in ("aux", "auxpass", "neg") and c != reported
            and c.lower_ not in KEPT_ADVERBS  # "Normally, X sail from Y" → "… do X normally sail?"
            and not _date_phrase(c)  # "In 2021, X opened Y" → "What did X open in 2021?"
            for t in c.subtree
        }
        rest = [t for t in rest if t.i not in opening and not (t.is_punct and t.head == head and t.i < subject.i)]
        rest = self.without_vague_adjuncts(without_relative_words(rest))
        gap = {t.i for t in leave_out}
        rest = [t for t in rest if not (t.lower_ in TIME_PARTICLES and not t.ent_type_ and (t.i + 1 in gap or t.i - 1 in gap))]
        if not self.gap_is_in_question(token, head, rest, leave_out) or self.incomplete(head, rest) or _no_clause_to_ask(head):
            return None
        objects = [c for c in head.children if c.dep_ == "dobj"]
        split = any(a.right_edge.i + 1 == b.left_edge.i for a in objects for b in objects)
        if split and any(o.i in gap for o in objects):
            return None  # "acquired Polish cable maker Wiatrak Group" read as two objects: asking for one keeps half a phrase
        if gap and any(o.left_edge.i == max(gap) + 1 and o.i not in gap for o in objects):
            return None  # "met at the Oslo fisheries summit" read as "met at the Oslo" + object: the gap cuts a phrase
        if stranded_preposition(rest, leave_out):
            return None
        rest = without_open_quote(head, rest)
        if rest is None or points_elsewhere([*rest, *subject_words(subject)]) or cuts_a_quotation(rest, leave_out) or self.points_back([*rest, *subject_words(subject)]):
            return None
        auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i]
        if auxiliaries and (auxiliaries[0].lower_ == "to" or auxiliaries[0].tag_ == "VBG"):
            return None  # an infinitive ("voted for X to serve"), a participle ("being voted") has no tense for a question to carry
        if not auxiliaries and head.tag_ == "VBG" and head.dep_ == "ROOT":
            return None  # "X speaking to Y called Z …": a sentence whose only verb is a participle is misread
        if self.unclear_pronoun([t for t in rest if t.i not in path], subject.subtree) or self.unclear_pronoun(subject_words(subject), rest):
            return None
        if speaks_in_person([*rest, *subject.subtree]):
            return None
        if _any_one(subject) and subject_text.startswith(("a ", "an ")) and not any(
            t.ent_type_ not in ("", *NUMBER_LABELS) for t in [*rest, *subject_words(relative_antecedent(subject))] if t.i not in gap
        ):
            return None  # "part of a reform package that would create X" → "What would a reform package create?": any package
        return head, subject, subject_text, rest, auxiliaries

    def subject_question(self, head: Token, wh: str, needs_content: bool = True) -> str | None:
        """The clause of ``head`` as a question about its subject, by substitution: "Who acquired X?".

        The subject's words give way to ``wh``; the verb keeps its tense and
        auxiliaries, and a phrase written before the subject ("On Monday, X
        revealed …") follows the verb's own phrases. Returns None when the
        clause keeps a pronoun no reader could resolve or an unclosed quote, or,
        with ``needs_content``, when nothing but the verb would be left to
        single out the answer ("Who will come back?").
        """
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is None or not self.is_whole_subject(subject):
            return None
        rest = [
            t for t in self.clause_tokens(head, subject.subtree)
            if (t.dep_ != "punct" or self._inside(t, head)) and (t.dep_ not in ("aux", "auxpass") or t.head != head)
        ]
        rest = [t for t in rest if t.dep_ != "conj" or t.head != head]
        rest = [t for t in rest if not (t.i < subject.i and t.dep_ in ("cc", "mark") and t.head == head)]
        rest = self.without_vague_adjuncts(without_relative_words(rest))
        rest = without_open_quote(head, rest)
        if rest is None or points_elsewhere(rest) or cuts_a_quotation(rest, subject.subtree) or self.points_back(rest) or self.unclear_pronoun(rest, subject.subtree):
            return None
        if speaks_in_person(rest) or stranded_preposition(rest, ()):
            return None
        reported = reported_clause(head, subject)
        if reported is not None and any(t.lower_ in FIRST_AND_SECOND_PERSON and t.pos_ == "PRON" for t in reported.subtree):
            return None  # '"We want to thank …," said X' cannot become "Who said that we want …?"
        if needs_content and (not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in rest) or self.incomplete(head, rest)) or _no_clause_to_ask(head):
            return None
        if needs_content and wh in ("Who", "What") and not any(t.pos_ in ("PROPN", "NUM") or t.ent_type_ for t in rest):
            return None  # "Who was involved in a collision?": neither the wh-word nor the clause names anything to anchor it
        if any(t.ent_type_ == "PERCENT" and t.dep_ in ("dobj", "attr") and share_without_base(t) for t in rest):
            return None  # "Who received 41.9%?": of what?
        auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i]
        if not auxiliaries and head.dep_ == "conj" and head.tag_ == "VBN" and not any(c.dep_ in SUBJECTS for c in head.head.children if c.i > head.i):
            auxiliaries = [c for c in head.head.children if c.dep_ in ("aux", "auxpass") and c.i < head.head.i]  # "were killed and 12 others injured"
        if auxiliaries and auxiliaries[0].lower_ == "to":
            return None
        verb = head.text
        if head.tag_ == "VBG" and not auxiliaries and head.dep_ == "pcomp" and absolute_clause(head.head):
            verb = finite_form(head, self.tense(head.head.head), self.plural(subject))  # "…, with Lakeport winning the bid" → "won"
        elif be := self._absolute_passive(head, auxiliaries):
            verb = f"{be} {head.text}"  # "…, with the EU expected to cover 40%" → "is expected"
        elif head.tag_ in ("VBG", "VB") and not any(a.dep_ != "neg" for a in auxiliaries):
            return None  # "to win the bid": no finite verb to ask with
        if self._dated_perfect(head, auxiliaries, "", rest):  # "has signed … on 3 May" → "Who signed … on 3 May?"
            be, others = self._simple_past(auxiliaries, subject)
            verb = f"{be} {head.text}" if be else past_tense(head)
            return self.once_named(as_question(f"{wh} {self.predicate(head, verb, rest, others)}"))
        if (frame := self.claim_frame(head)) is not None:
            return self.once_named(as_question(f"{wh} {frame} {self.predicate(head, verb, rest, auxiliaries)}")) if frame else None
        if wh.startswith("How many") and (auxiliaries or head.lemma_ == "be"):  # "How many workers are …", not "is"
            first = auxiliaries[0] if auxiliaries else head
            plural_form = PLURAL_AGREEMENT.get(first.lower_)
            if plural_form and auxiliaries:
                return self.once_named(as_question(f"{wh} {plural_form} {self.predicate(head, verb, rest, auxiliaries[1:])}"))
            verb = plural_form or verb
        return self.once_named(as_question(f"{wh} {self.predicate(head, verb, rest, auxiliaries)}"))

    def claim_frame(self, head: Token) -> str | None:
        """Who holds the claim that ``head``'s clause is, as a question asks it ("does the government claim"):
        the writer does not vouch for what is claimed, alleged or denied, so neither may the question.
        None when the clause is no claim; "" when it is one whose holder the question cannot name."""
        verb = head.head
        if head.dep_ != "ccomp" or verb.lemma_ not in CLAIM_VERBS or verb.i > head.i:
            return None
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        holder_text = self.subject_text(holder) if holder is not None and self.is_whole_subject(holder) else None
        if holder_text is None or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
            return ""
        return f"{self.do_support(verb, holder)} {holder_text} {base_form(verb)}"

    def _absolute_passive(self, head: Token, auxiliaries: list[Token]) -> str:
        """The "is" or "was" a participle with no auxiliary takes in a clause opened by "with" ("with the EU
        expected to cover 40%"), or "": the tagger may call "expected" a past tense, but the clause has none."""
        if auxiliaries or head.tag_ not in ("VBD", "VBN") or head.dep_ != "pcomp" or not absolute_clause(head.head):
            return ""
        return "was" if self.tense(head.head.head) == "past" else "is"

    def _simple_past(self, auxiliaries: list[Token], subject: Token) -> tuple[str, list[Token]]:
        """What a dated present perfect becomes: "was"/"were" for a passive ("has been retired"), else "" (the
        verb itself goes into the past), with the auxiliaries that stay."""
        passive = any(a.lower_ == "been" for a in auxiliaries)
        others = [a for a in auxiliaries[1:] if a.lower_ != "been"]
        return ("were" if self.plural(subject) else "was") if passive else "", others

    def _dated_perfect(self, head: Token, auxiliaries: list[Token], wh: str, rest: list[Token]) -> bool:
        """True for a present perfect ("has signed") asked with a date, or keeping one: English dates an event
        in the simple past ("signed on 3 May"), except a span ("has served since 2018")."""
        if not auxiliaries or auxiliaries[0].lower_ not in ("has", "have") or head.tag_ != "VBN":
            return False
        if wh.split(" ", 1)[0] in ("Since", "For", "Until") or any(t.lower_ in ("since", "for") and t.head == head for t in rest):
            return False
        asked = wh.startswith(("On what date", "In what month", "In what year", "When"))
        kept = any(t.ent_type_ in ("DATE", "TIME") and (ent := self.entity(t)) is not None and self.date_of(ent) is not None for t in rest)
        return asked or kept

    def once_named(self, question: str) -> str:
        """``question`` with a person's name given in full once: a second "Anne Larsen's" becomes "her"."""
        for person in self._people_named:
            owner = possessive(person)
            first = question.find(person)
            if first < 0 or question.find(owner, first + len(person)) < 0:
                continue
            gender = self.gender_of(person)
            if gender is None:
                continue
            head, tail = question[: first + len(person)], question[first + len(person) :]
            question = head + tail.replace(owner, "his" if gender == "male" else "her")
        return question

    @staticmethod
    def incomplete(head: Token, rest: list[Token]) -> bool:
        """True for a clause that says nothing once cut down: "did others do", "did police reveal" (what?),
        "told reporters in the capital" (told them what?)."""
        if head.lemma_ == "do" and not any(c.dep_ == "dobj" for c in head.children):
            return True
        kept = {t.i for t in rest}
        if any(v.i in kept and any(c.dep_ == "dative" and c.i in kept for c in v.children) and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in v.children
        ) for v in [head, *rest]):
            return True  # "committed to give Danish buyers" what?
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)  # "the plan was reported": the subject is what was said
        if head.lemma_ not in SAYING_VERBS or passive:
            return False
        return not any(c.i in kept and _what_was_said(c) for c in head.children)

    def predicate(self, head: Token, verb: str, rest: list[Token], auxiliaries: Iterable[Token] = ()) -> str:
        """What follows the subject in a question: the verb, its particle and objects, then its adjuncts.

        A phrase written between the subject and the verb ("X, on Wednesday,
        met Y") goes after the verb's own phrases: left where it was, it would
        land between the verb and its object. Single adverbs ("never") stay
        in front of the verb. A verb with two direct objects is a misparse
        (a later phrase taken for one), and keeps the written order.
        """
        before = [t for t in rest if t.i < head.i]
        reported = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None) if head.lemma_ in SAYING_VERBS else None
        said = [t for t in before if reported is not None and reported.left_edge.i <= t.i <= reported.right_edge.i]
        before = [t for t in before if t not in said]
        adverbs = [t for t in before if t.head == head and t.dep_ in ("advmod", "neg") and len(list(t.subtree)) <= 2]
        front = [t for a in adverbs for t in a.subtree]  # "never", "no longer"
        objects = [c for c in head.children if c.dep_ in VERB_OBJECTS and c.i > head.i]
        if sum(c.dep_ == "dobj" for c in objects) > 1:
            objects = []
        phrases = [c for c in head.children if c.i > head.i and c.dep_ in ("prep", "npadvmod", "advcl")]
        objects = [o for o in objects if not any(p.i < o.i for p in phrases)]  # an object written after a phrase stays there
        kept = {t.i for t in rest}
        stranded = [c for c in head.children if c.dep_ == "prep" and c.i in kept and not any(g.i in kept for g in c.children)]
        close = {t.i for c in [*objects, *stranded] for t in c.subtree}  # "meet with in Oslo" → "meet with … in Oslo"
        after = [t for t in rest if t.i > head.i and t.i not in close]
        late = {t.i for d in _dates_after_a_phrase(head, objects, kept) for t in d.subtree}
        clause_start = min(  # "attend the Oslo Forum on Fishing before returning": the date stays before the clause
            (c.left_edge.i for c in head.children if late and c.i > max(late) and _clause_phrase(c)), default=len(head.doc)
        )
        moved = [t for t in before if t not in front]
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i and c.i in kept), None)
        apart = (  # "told journalists in Oslo [that] prices had doubled"
            clause is not None and head.lemma_ in SAYING_VERBS and any(c.dep_ in SUBJECTS for c in clause.children)
            and any(t.dep_ == "prep" and head.i < t.i < clause.left_edge.i for t in rest)  # not "told X he …"
        )
        reported_after = [t for t in after if (moved or apart) and clause is not None and t.i >= clause.left_edge.i]
        that = "" if not reported_after or any(c.dep_ == "mark" and c.i in kept for c in clause.children) else "that"
        parts = [
            self.mid_sentence([*auxiliaries, *front]),
            verb,
            self.render(t for t in rest if t.i in close),
            self.render(t for t in after if t not in reported_after and t.i not in late and t.i < clause_start),
            self.render(t for t in after if t.i in late),
            self.render(t for t in after if t not in reported_after and t.i not in late and t.i >= clause_start),
            self.mid_sentence(moved),
            # "On Monday, X announced he had resigned" → "… announce on <date> that he had resigned": the phrase the
            # writer put first dates the announcing, so it goes before the reported clause, not at its end
            that,
            self.render(reported_after),
            "that " + self.mid_sentence(said) if said else "",  # "X left, police revealed" → "did police reveal that X left"
        ]
        return " ".join(x for x in parts if x)

    @_once_per_token
    def is_whole_subject(self, subject: Token) -> bool:
        """False when the parse cannot be trusted to name the subject of the clause.

        A subject with a possessive ending ("Berg's remarks ... will address")
        is the owner of a noun misread as a verb; a name just before it, left
        outside the subject with a comma between ("Berg, Olsen scheduled to
        meet", as headlines write "Berg and Olsen"), is half of a subject
        the parser split, and so is one of two subjects of one verb.
        """
        if sum(c.dep_ in SUBJECTS for c in subject.head.children) > 1:
            return False  # "The ferry Polaris was lost": two subjects of one verb are a name the parser split
        following = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
        possessive_ending = following is not None and (following.tag_ == "POS" or following.text in APOSTROPHES)
        if possessive_ending and following.head == subject:
            return False
        if subject.ent_type_ == "NORP" and following is not None and following.pos_ == "NOUN" and following.head != subject:
            return False  # "The Icelandic krona strengthened" read as "Icelandic" doing it: its noun went elsewhere
        own = {t.i for t in subject.subtree}
        if any(c.dep_ == "appos" and any(i not in own for i in range(subject.i, c.left_edge.i)) for c in subject.children):
            return False  # "90 trains were halted …, and schools stayed shut …": a far noun the parser hung on the subject
        start = min(t.i for t in subject.subtree)
        return not any(
            c.pos_ == "PROPN" and c.dep_ in ("dep", "npadvmod") and c.ent_type_ not in ("DATE", "TIME")
            and c.i + 2 == start and subject.doc[c.i + 1].text == ","
            for c in subject.head.children
        )

    @staticmethod
    def gap_is_in_question(token: Token, head: Token, rest: list[Token], leave_out: list[Token]) -> bool:
        """True when the words a wh-word stands for belong to a verb the question keeps, unambiguously.

        The verb at ``token`` must be in the question: a verb in a side clause
        ("giving statements" after "will meet ...") is dropped from it, and a
        wh-word for its object would ask about the main verb. A where/when gap
        must not sit in a phrase inside the clause: "Where does X sit ...
        before speaking?" reads as asking where X sits.
        """
        if token != head and token not in rest:
            return False
        link = token
        while link != head:
            if link.dep_ == "pcomp" and link.head.head.pos_ not in ("VERB", "AUX"):
                return False  # "in return for rezoning the land": no wh-word leaves a noun's gerund ("by visiting X" may)
            link = link.head
        inside = {t.i for t in leave_out}
        gap = next((t for t in leave_out if t.head.i not in inside or t.head == t), None)
        if gap is None or gap.head != token or gap.dep_ not in ADJUNCT_GAPS:
            return True
        link = token
        while link != head:
            if link.dep_ in EMBEDDING_LINKS:
                return False
            link = link.head
        return True

    def do_support(self, verb: Token, subject: Token) -> str:
        """The "did", "does" or "do" of a question about a verb with no auxiliary, agreeing with ``subject``."""
        if verb.tag_ == "VBG" and verb.dep_ == "advcl":
            verb = verb.head  # "…, speaking in Dover": the participle takes its main clause's time
        if verb.tag_ in ("VBD", "VBN"):
            return "did"
        return "do" if self.plural(subject) else "does"

    def plural(self, subject: Token) -> bool:
        """True for a subject a verb agrees with in the plural: "the ministers", "Norway and Sweden", "they"."""
        subject = relative_antecedent(subject)
        people = self.people(subject)
        return (
            (people is not None and len(people) > 1)
            or subject.tag_ in ("NNS", "NNPS")
            or subject.lower_ in PLURAL_PRONOUNS
            or any(c.dep_ == "conj" for c in subject.children)
        )

    @_once_per_token
    def subject_text(self, subject: Token) -> str | None:
        """The subject as a question writes it, or None if it is a pronoun with no clear referent.

        A relative pronoun stands for the noun its clause describes: in "a
        collision which killed X on 27 August", "which" is "a collision".
        """
        subject_token, relative = subject, relative_antecedent(subject)
        if relative != subject and (any(c.dep_ == "neg" for c in relative.head.children) or clause_comment(relative)):
            return None  # "will not approve a budget that …": no such budget; "…, a move that …": a move of what?
        if relative != subject_token and relative.dep_ == "pobj" and relative.head.lower_ != "of" and relative.head.head.pos_ in ("NOUN", "PRON", "NUM"):
            return None  # "one with the Freedom Front that ended in 2022": the one or the front? The parser takes the nearer
        if relative != subject_token and relative.dep_ == "conj" and relative.tag_ in ("NN", "NNP") and (
            subject_token.head.tag_ == "VBP" or any(c.lower_ in ("together", "both", "all") for c in subject_token.head.children)
        ):
            return None  # "A, B and the C party, which jointly hold 61 seats": all three, not the C party
        subject = relative
        if any(t.tag_ == "WP$" for t in subject.subtree):
            return None  # "X, whose party holds 17 seats": the question would keep "whose"
        if any(c.lower_ in VAGUE_QUANTIFIERS and c.dep_ in ("amod", "det") for c in subject.children):
            return None  # "many transactions": which ones? A claim about a vague many is no fact to learn
        people = self.people(subject)
        if people:
            return " and ".join(people)
        named = [  # "Kenya's foreign minister Amina Odhiambo", "its spokesman, Jon Olsen,"
            c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
            and (c.left_edge.i == subject.i + 1 or c.left_edge.i == subject.i + 2 and subject.nbor().text == ",")
        ]
        if named and subject.pos_ == "NOUN" and self.person(named[0]):
            if any(c.dep_ == "conj" for c in named[0].children):
                return None  # "X's minister Y and her Danish counterparts met": more than Y met
            return self.person(named[0])  # "Kenya's foreign minister Amina Odhiambo met …": the name says who
        if subject.lower_ == "they":
            return self._group_carried_over(subject)
        if (owner := self._figure_owner(subject)) is not None:
            return f"{possessive(owner)} {subject.text}"  # "X said sales fell 6%": X's sales
        if subject.pos_ == "PRON":
            named = self.thing_antecedent(subject)
            return self._as_written(named) if named is not None else None
        if relative != subject_token and (self.points_back(subject.subtree) or self.unclear_pronoun(subject_words(subject))):
            return None  # "the ferry's last trip, which leaves …", "its last voyage, which …": whose?
        if relative != subject_token and subject.lemma_ in DEAL_NOUNS and (signed := _pact_of_parties(subject)):
            return signed  # "X and Y signed a trade pact that will remove tariffs …": the trade pact between X and Y
        if relative != subject_token and subject.pos_ == "NOUN" and not subject.ent_type_ and (made := _made_by(subject, "")):
            thing = [t for t in subject_words(subject) if not (t.dep_ == "det" and t.head == subject)]
            return f"the {self.mid_sentence(thing)} {made}"  # "X proposed legislation that would …": the legislation X proposed
        return self.mid_sentence(subject_words(subject)) or None

    def mid_sentence(self, tokens: list[Token]) -> str:
        """``tokens`` rendered to stand inside a question: a sentence's capital dropped, unless it starts a name."""
        text = self.render(tokens)
        if not text:
            return text
        first = min((t for t in tokens if not t.is_space), key=lambda t: t.i, default=tokens[0])  # not a paragraph break
        starts_name = (
            (first.pos_ == "PROPN" and not self._common_word(first) or first.ent_type_ not in ("", *NUMBER_LABELS))
            and not self._lower_case_name(first) and first.pos_ != "DET"  # "Five cities" → "five cities"
            or first.text in self._capitalised_words and not first.is_stop  # "Vestlak shares jumped": Vestlak's elsewhere too
        )
        if starts_name or first.text == "I" or not first.is_title or not text.startswith(first.text):
            return text  # a name, or a pronoun the rendering replaced with one
        return text[0].lower() + text[1:]

    def _common_word(self, token: Token) -> bool:
        """True for a capitalised word that opens its sentence and that the article writes in lower case elsewhere,
        or that the dictionary knows and the article never capitalises mid-sentence: "Leaders of X met …", "Blank
        ballots made up 8%", which the tagger takes for names."""
        return token.is_sent_start and not token.ent_type_ and (
            token.lower_ in self._lower_case_words or capital_of_its_sentence(token, self._capitalised_words)
        )

    @functools.cached_property
    def _lower_case_words(self) -> frozenset[str]:
        return frozenset(re.findall(r"\b[a-z]+\b", self.doc.text))

    @functools.cached_property
    def _capitalised_words(self) -> frozenset[str]:
        return capitalised_mid_sentence(self.doc)

    def _lower_case_name(self, token: Token) -> bool:
        """True for the capital of a sentence's first word in an entity written in lower case after it: "Coast guard"."""
        ent = self.entity(token)
        rest = [t for t in ent if t.i > token.i and t.is_alpha and not t.is_stop] if ent is not None and ent.start == token.i else []
        return token.is_sent_start and bool(rest) and all(t.is_lower for t in rest)

    def _inside(self, token: Token, head: Token) -> bool:
        """True for punctuation inside the clause (a hyphen, an apostrophe, brackets, a list's commas, the comma
        of "February 1, 2003"), not at its edges."""
        if token.text == ",":
            return list_comma(token) or self._within_name(token)
        return token.text in "-–'’\"“”()" and token.head != head


def without_open_quote(head: Token, rest: list[Token]) -> list[Token] | None:
    """``rest`` without a trailing phrase whose quotation the question cuts off, or None if it cannot be cut.

    A quotation that runs past the clause ("..., tours meant to show “the
    years in which ...,” said X") leaves its opening mark in the question. A
    phrase of ``head`` set off by a comma and last in the question is cut
    whole; a quote open anywhere else drops the question.
    """
    if quotes_balanced("".join(t.text for t in rest)):
        return rest
    phrase = max((t for t in rest if t.text in QUOTES), key=lambda t: t.i)
    while phrase.head != head and phrase.head != phrase:
        phrase = phrase.head
    start = phrase.left_edge.i
    trailing = phrase.head == head and start > head.i and max(t.i for t in rest) <= phrase.right_edge.i
    if trailing and phrase.doc[start - 1].text == ",":
        shorter = [t for t in rest if t.i < start]
        return shorter if quotes_balanced("".join(t.text for t in shorter)) else None
    last = max(rest, key=lambda t: t.i)
    closing = head.doc[last.i + 1] if last.i + 1 < len(head.doc) else None
    if closing is not None and closing.text in QUOTES and closing.head == head and quotes_balanced("".join(t.text for t in [*rest, closing])):
        return sorted([*rest, closing], key=lambda t: t.i)  # "called it “unlawful and unfair”": the parser hung the closing mark on the verb
    return None


def definite_descriptions(doc: Doc, titles: dict[str, tuple[int, str]]) -> dict[int, str | None]:
    """What each bare "the N" of ``doc`` stands for, by the index of its "the".

    A "the N" whose noun the article named before refers back, and so does
    "the case", "the position" and the like (``ANAPHORIC_NOUNS``) at any mention. It is written
    as the last fuller mention ("the agreement" → "the Nordic Free
    Trade Area (NoFTA) agreement") or, with none, maps to None: a
    question keeping it could not say which one. A first mention, or a noun
    with words of its own ("the deal with Vestas"), is left as written.
    ``titles`` are each person's first title by surname, for "the post" they held.
    """
    found: dict[int, str | None] = {}
    fuller: dict[tuple[str, str], set[str]] = defaultdict(set)
    seen: set[str] = set()
    bare: set[str] = set()  # nouns the article has only ever written as a bare "the N": a later one is as clear as the first
    names = {ent.end - 1: ent for ent in doc.ents if ent.label_ in ("ORG", "LAW", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT")}
    inner = _inner_kind_words(names.values())
    companies = [(ent.root.i, without_the(ent.text)) for ent in doc.ents if ent.label_ == "ORG" and ent.root.dep_ in ("nsubj", "nsubjpass")]
    first = next(doc.sents, None)
    headline_end = first.end if first is not None and is_headline(first) else 0
    for token in doc[headline_end:]:  # "Denmark signs treaty": a headline's words are no fuller mention
        if token.i in inner:  # "the Oslo Conference on Fishing" is what a later "the conference" means
            fuller[(token.lemma_.lower(), "NN")].add(inner[token.i])
            seen.add(token.lemma_.lower())
        if token.i in names:  # "the Nordic Fisheries Agreement" is what a later "the agreement" means
            name = names[token.i]
            fuller[(token.lemma_.lower(), "NN")].add("the " + without_the(name.text))
            seen.add(token.lemma_.lower())
            kind = kind_of_name(name) if name.label_ in ("ORG", "FAC") else ""  # the model takes "Nordwind Air" for a building at times
            if kind and kind != token.lemma_.lower():  # "Nordwind Air" is what a later "the airline" means
                fuller[(kind, "NN")].add(name.text)
                seen.add(kind)
            if name.label_ == "EVENT" and (storm := next((t.lower_ for t in name if t.lower_ in STORM_NOUNS), None)):
                for noun in INCIDENT_NOUNS[storm].split():  # "Typhoon Halong" is what a later "the storm" means
                    fuller[(noun, "NN")].add(name.text)
                    seen.add(noun)
            for other in KIND_SYNONYMS.get(kind, ()):  # "Acme Inc" is what a later "the firm" means; the European Union "the bloc"
                fuller[(other, "NN")].add("the " + without_the(name.text) if name[0].lower_ == "the" else name.text)
                seen.add(other)
        if token.lower_ in OFFICE_NOUNS and not token.ent_type_ and _bare_the(token) and (holders := _office_holders(token, titles)):
            found[token.i - 1] = holders.pop() if len(holders) == 1 else None  # "the minister": the minister named before; of two, which?
            continue
        if token.pos_ != "NOUN" or token.ent_type_:
            continue
        if token.lemma_ in INCIDENT_NOUNS and (told := _incident_told(token)):
            for noun in INCIDENT_NOUNS[token.lemma_].split():  # "the crash" after "a collision which killed X"
                fuller[(noun, "NN")].add(told)
                seen.add(noun)
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "nummod", "poss", "prep", "acl", "relcl")]
        modifiers = [m for m in modifiers if doc[m.left_edge.i - 1].text != ","]  # "the pact, negotiated over two years,": which pact?
        if token.lemma_ == "date":  # "commemorating the date outside the hangar": only "of" or "for" says which date
            modifiers = [m for m in modifiers if m.dep_ != "prep" or m.lower_ in ("of", "for")]
        det = next((c for c in token.children if c.dep_ == "det"), None)
        if det is not None and det.lower_ == "the" and re.search(r"\d-year-old$", doc[token.left_edge.i : token.i].text):
            found[det.i] = None  # "the 23-year-old winger": someone named before, by a description no question can place
        elif det is not None and det.lower_ == "the" and token.lemma_ in COUNTRY_NOUNS and modifiers and all(
            m.dep_ == "amod" and (m.pos_ == "ADJ" or m.ent_type_ == "NORP") for m in modifiers
        ):
            found[det.i] = _described_country(doc, token, modifiers)  # "the Nordic nation", "the Gulf state": a country named before
        elif det is not None and det.lower_ == "the" and token.tag_ == "NNS" and any(c.dep_ == "nummod" and c.lower_ in GROUP_SIZES for c in token.children):
            found[det.i] = _counted_group(token)  # "the two countries" after "Kenya and Tanzania"; with no such pair, which two?
        elif det is not None and det.lower_ in ("the", "a", "an") and _ranked_in_the_story(token):
            found[det.i] = None  # "the second package", "the biggest single contract": of the ones the story told
        elif det is not None and det.lower_ in ("a", "an") and token.tag_ == "NN" and (act := _act_within(token)):
            found[det.i] = act  # "revealed a deal whereby Nordbank bought Kivi Bank": the question drops the clause that says which
        elif modifiers and token.dep_ in ("compound", "appos") and token.head.ent_type_:
            pass  # "Norwegian airline Nordwind Air": a description of the name it stands before, which says which airline
        elif det is not None and det.lower_ == "the" and _named_officials(token):
            pass  # "the foreign ministers" after the article named them: the group it is about
        elif modifiers:
            left = [t for t in doc[token.left_edge.i : token.i + 1] if t.dep_ != "det" and not t.is_punct or t.text in "()-"]
            named_phrase = next(  # "a new bridge over the Lake River": the phrase with a name says which bridge
                (
                    c for c in token.children
                    if c.dep_ == "prep" and c.i > token.i and any(g.dep_ == "pobj" for g in c.children) and any(t.ent_type_ for t in c.subtree)
                ), None  # not "the firm of selling drones to China": a clause says what it did, not which it is
            )
            if named_phrase is not None:
                right = [t for t in doc[token.i + 1 : named_phrase.right_edge.i + 1]]
                right = right[: next((i for i, t in enumerate(right) if t.is_punct and t.text not in "-–'’"), len(right))]  # not its side clause
                fuller[(token.lemma_, token.tag_)].add(_definite([*left, *right]))
            elif any(t.dep_ in ("compound", "amod", "nmod") and (t.pos_ == "PROPN" or t.ent_type_) for t in left):
                fuller[(token.lemma_, token.tag_)].add(_definite(left))
            elif (
                det is not None and det.lower_ in ("a", "an") and any(m.dep_ == "compound" and m.pos_ == "NOUN" for m in modifiers)
                and not (token.lemma_ in DEAL_NOUNS and _pact_of_parties(token))  # a pact its parties signed is theirs (below)
            ):
                described = "the " + "".join(t.text_with_ws for t in left).strip()  # "a customs union": "the union"
                fuller[(token.lemma_, token.tag_)].add(_made_by(token, described))
            elif det is not None and det.lower_ == "the" and token.lemma_ in seen and all(m.i < token.i for m in modifiers) and not any(
                t.lower_ in SEQUENCE_WORDS for t in left  # "the next summit" is another one
            ):
                found[det.i] = _the_one_fuller(fuller.get((token.lemma_, token.tag_), set()), left)  # "the border agreement"
        elif det is not None and det.lower_ == "the" and token.lemma_ in POST_NOUNS and (title := _holder_title(token, titles)):
            found[det.i] = f"the {token.text} of {title}"  # "Berg had held the post since 2018"
        elif det is not None and det.lower_ == "the" and token.lemma_ not in seen and (named := _verb_named(token)):
            found[det.i] = named  # "had bid to host the games, with Oslo winning the bid"
        elif det is not None and det.lower_ == "the" and (token.lemma_ in ACT_NOUNS or token.lemma_ == "deal") and (act := _act_told(token)):
            found[det.i] = act  # "the takeover" after "Nordbank agreed to buy Kivi Bank": Nordbank's takeover of Kivi Bank
        elif det is not None and det.lower_ == "the" and token.lemma_ in COMPANY_NOUNS and token.lemma_ not in seen and not modifiers:
            actors = _named_before(companies, headline_end, token.i)  # "Harbor Foods named … The company said …"
            beside = {without_the(e.text) for e in token.sent.ents if e.label_ == "ORG" and e.end <= token.i}
            if len(actors) == 1 and beside <= actors:
                found[det.i] = actors.pop()
            elif beside:
                found[det.i] = None  # "Shares in Borg rose, their best day since the company floated": Borg, or the one before?
        elif det is not None and det.lower_ == "the" and token.lemma_ in DEAL_NOUNS and any(d in seen for d in DEAL_NOUNS):
            pacts = {m for d in DEAL_NOUNS for m in fuller.get((d, "NN"), set())}  # "the pact" after "a trade agreement in Arusha"
            found[det.i] = _the_one_fuller(pacts, [])
        elif det is not None and det.lower_ == "the" and (token.lemma_ in seen or token.lemma_ in ANAPHORIC_NOUNS) and token.lemma_ not in SALIENT_NOUNS and (
            token.lemma_ not in bare or token.lemma_ in ANAPHORIC_NOUNS or fuller.get((token.lemma_, token.tag_))
        ):
            mentions = fuller.get((token.lemma_, token.tag_), set())  # "the ferry" is never "the three ferries"
            found[det.i] = _the_one_fuller(mentions, [])  # two agreements named: which one?
            actors = _named_before(companies, headline_end, token.i)
            if token.lemma_ in COMPANY_NOUNS and actors and not mentions <= actors:
                found[det.i] = None  # "Acme … a Korean mapping company. The company employs 200": Acme's staff, or theirs?
        if token.lemma_ in DEAL_NOUNS and (signed := _pact_of_parties(token)):
            fuller[(token.lemma_, token.tag_)].add(signed)  # a later "the deal" after "Chile and Peru signed a trade pact"
        if det is not None and found.get(det.i) and any(c.dep_ == "case" for c in token.children) and not found[det.i].lower().endswith(token.lower_):
            found[det.i] = None  # "the plaintiffs' lawyers" cannot become "the plaintiffs from Oslo' lawyers"
        if det is not None and det.lower_ == "the" and not modifiers and token.lemma_ not in seen:
            bare.add(token.lemma_)  # "one of the lawyers for the plaintiffs"
        elif not (det is not None and det.lower_ == "the" and not modifiers):
            bare.discard(token.lemma_)  # "a ferry", "the new ferry": a later "the ferry" means that one
        seen.add(token.lemma_)
    return found


def _definite(words: list[Token]) -> str | None:
    """A fuller mention as a later "the N" is written: "the Nordic Free Trade Area agreement"; "Norway's first
    satellite" with no "the" before its owner; None for one whose owner is a pronoun ("their sea border")."""
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in words):
        return None
    text = "".join(t.text_with_ws for t in words).strip()
    owner = next((t for t in words if t.dep_ == "poss"), None)
    if owner is not None and not any(c.dep_ == "det" for c in owner.children):
        return text  # "Norway's first satellite"; but "the US VP's visit" keeps its owner's "the"
    return f"the {text}"


def _made_by(noun: Token, described: str) -> str:
    """ "the customs union Kenya and Uganda formed" for "Kenya and Uganda formed a customs union": who made a thing
    says which one it is; ``described`` when no name did."""
    verb = noun.head
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "has proposed"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" and (verb.tag_ == "VBD" or perfect) else None
    if subject is None or subject.ent_type_ in ("", *NUMBER_LABELS):
        return described
    made = verb.text if verb.tag_ == "VBD" else past_tense(verb)  # "formed"; "has proposed" → "proposed"
    return f"{described} {''.join(t.text_with_ws for t in subject.subtree).strip()} {made}".strip()


def _named_officials(noun: Token) -> bool:
    """True for a plural office ("ministers", "foreign ministers") after the article named two people or more."""
    if noun.tag_ != "NNS" or noun.lemma_ not in OFFICE_NOUNS | TITLE_WORDS:
        return False
    return len({ent.text for ent in noun.doc.ents if ent.label_ == "PERSON" and ent.end <= noun.i}) >= 2


def _inner_kind_words(names: Iterable[Span]) -> dict[int, str]:
    """The words of kind inside names, by index, with the name they stand for: "Conference" in "the Oslo Conference
    on Fishing" (the name's head), "Area" in "the Nordic Free Trade Area (NoFTA) agreement" (a name in the name)."""
    inner: dict[int, str] = {}
    for name in names:
        doc = name.doc
        root = name.root
        if root.i + 1 < name.end - 1 and doc[root.i + 1].pos_ == "ADP" and root.is_title and root.pos_ in ("PROPN", "NOUN"):
            inner[root.i] = "the " + without_the(name.text)  # a head noun before a phrase of the name: "Bank of Lapland"
        for word in name[:-1]:
            if word.is_title and word.pos_ in ("PROPN", "NOUN") and doc[word.i + 1].text == "(" and word.i > name.start:
                inner[word.i] = "the " + without_the(doc[name.start : word.i + 1].text)
    return inner


GROUP_SIZES = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _incident_told(noun: Token) -> str | None:
    """An incident as its relative clause names it by whom it struck: "a traffic collision which killed X" →
    "the traffic collision that killed X"; None when the clause names no one."""
    verb = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    if verb is None or not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children):
        return None
    victim = next((c for c in verb.children if c.dep_ == "dobj"), None)
    name = _name_of(victim) if victim is not None else None
    if name is None:
        return None
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
    return f"the {' '.join(t.text for t in words)} that {verb.text} {name}"


def _ranked_in_the_story(noun: Token) -> bool:
    """True for a thing ranked among others of its kind with no name or phrase to say which ("the second
    package", "the biggest single contract", "the main march"); "the first space shuttle" is a first of its own."""
    if not any(c.i < noun.i and (c.tag_ == "JJS" or c.lower_ in RANKING_WORDS) for c in noun.children):
        return False
    named = any(t.pos_ == "PROPN" and t.ent_type_ not in NUMBER_LABELS or t.ent_type_ not in ("", *NUMBER_LABELS) for t in noun.subtree)
    described = any(c.dep_ in ("prep", "acl", "relcl") and c.i > noun.i for c in noun.children)  # "the largest lender in Norway"
    return not named and not described


def _counted_group(noun: Token) -> str | None:
    """The names "the two countries", "the three leaders" or "the two companies" counts: the last group of that many
    names of that kind joined by "and" before it ("Kenya and Tanzania signed …. … between the two countries")."""
    size = next((GROUP_SIZES.get(c.lower_) for c in noun.children if c.dep_ == "nummod"), None)
    label = "GPE" if noun.lemma_ in COUNTRY_NOUNS else "PERSON" if noun.lemma_ in OFFICE_NOUNS else "ORG" if noun.lemma_ in KIND_NOUNS else None
    if size is None or label is None:
        return None
    joined = (_named_group([t, *t.conjuncts], size, label) for t in reversed(noun.doc[: noun.i]) if t.dep_ != "conj")
    partners = (  # "X met with Y": the two of them, when no "X and Y" came before
        _named_group([t, *(o for o in _partners(t.head) if o.ent_type_ == t.ent_type_)][:2], size, label)
        for t in reversed(noun.doc[: noun.i]) if size == 2 and t.dep_ == "nsubj" and not t.conjuncts
    )
    return next((g for g in joined if g), None) or next((g for g in partners if g), None)


def _pact_of_parties(noun: Token) -> str | None:
    """A pact as the names that made it: "Chile and Peru signed a free trade agreement" → "the free trade agreement
    between Chile and Peru"; None when the pact has words of its own that name it or no two named parties."""
    if noun.dep_ != "dobj" or any(c.dep_ in ("prep", "poss") or c.pos_ == "PROPN" or c.ent_type_ for c in noun.children):
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not subject.ent_type_:
        return None
    group = [subject, *subject.conjuncts] if subject.conjuncts else [subject, *_partners(noun.head)[1:]]
    parties = _named_group(group, len(group), subject.ent_type_) if len(group) >= 2 else None
    if parties is None:
        return None
    words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
    return f"the {' '.join(words)} between {parties}"


def _named_group(group: list[Token], size: int, label: str) -> str | None:
    """``group`` written as "A, B and C" when it is ``size`` names of the entity type ``label``, else None."""
    if len(group) != size or not all(t.ent_type_ == label for t in group):
        return None
    doc = group[0].doc
    names = [next(e for e in doc.ents if e.start <= t.i < e.end).text for t in sorted(group, key=lambda t: t.i)]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _partners(verb: Token) -> list[Token]:
    """The object of ``verb`` and the objects of its "with" ("met Y", "held talks with Y")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    withs = [c for t in [verb, *objects] for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [*objects, *(c for w in withs for c in w.children if c.dep_ == "pobj")]


def _the_one_fuller(mentions: set[str], words: list[Token]) -> str | None:
    """The one fuller mention that has all of ``words`` ("the maritime border agreement between X and Y" for "the
    border agreement"), or None: none or two could be meant, or the one has no name or figure ("the joint fund": whose?)."""
    fitting = [m for m in mentions if m and all(re.search(rf"\b{re.escape(w.lower_)}\b", m.lower()) for w in words)]
    return fitting[0] if len(fitting) == 1 and re.search(r"(?<!^)\b[A-Z]|\d", fitting[0]) else None


def _verb_named(noun: Token) -> str | None:
    """What "the bid" is when its sentence said it as a verb first: "had bid to host the games" → "the bid to host the games"."""
    for verb in noun.sent:
        if verb.i >= noun.i:
            return None
        if verb.pos_ == "VERB" and verb.lemma_ == noun.lemma_:
            complement = next((c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
            if complement is None:
                return None
            end = next((t.i for t in complement.subtree if t.i > complement.i and (t.is_punct or t.dep_ in ("prep", "advcl") and t.head == complement)), noun.i)
            words = [t for t in complement.subtree if t.i < min(end, noun.i)]  # cut at its first comma or side phrase
            return f"the {noun.text} " + "".join(t.text_with_ws for t in words).strip()
    return None


def _act_told(noun: Token) -> str | None:
    """The act a bare "the takeover" or "the deal" names, told by the last clause before it with a verb of that act,
    a named doer and a named object: "Nordbank's takeover of Kivi Bank", "Nordbank's deal to buy Kivi Bank"."""
    verbs = _act_verbs(noun)
    for verb in reversed(noun.doc[: noun.i]):
        if verb.pos_ == "VERB" and verb.lemma_ in verbs and not (verb.sent == noun.sent and verb.i > noun.i):
            return _act_phrase(noun, verb)  # the last such act, or none: no guessing further back
    return None


def _act_within(noun: Token) -> str | None:
    """The act "a deal" or "an acquisition" names by its own relative clause, which a question leaves out:
    "a deal whereby Nordbank bought Kivi Bank" → "Nordbank's deal to buy Kivi Bank"."""
    verb = next((c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    if verb is None or verb.lemma_ not in _act_verbs(noun):
        return None
    return _act_phrase(noun, verb)


ANY_ACT_VERBS = tuple(dict.fromkeys(v for forms in ACT_NOUNS.values() for v in forms))
"""Every verb an act noun names: the acts a bare "deal" can be."""


def _act_verbs(noun: Token) -> tuple[str, ...]:
    """The verbs whose act ``noun`` names: a "takeover" is a buying; a "deal" any act an act noun names."""
    return ACT_NOUNS.get(noun.lemma_) or ANY_ACT_VERBS


def _act_phrase(noun: Token, verb: Token) -> str | None:
    """``noun`` written as the act of ``verb`` with its named doer and object, or None when either is unnamed."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "agreed to buy"
    doers = [c for c in clause.children if c.dep_ == "nsubj"]
    doer = next((d for d in doers if _name_of(d)), doers[0] if doers else None)  # "enterprise Nordgas" read as two subjects
    if doer is not None and doer.lower_ == "it":  # "X said it had agreed to buy Y"
        doer = reporter(clause)
    doer_name = _name_of(doer) if doer is not None else None
    object_name = _name_of(obj) if obj is not None else None
    if object_name is None and obj is not None and obj.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") for c in obj.children):
        object_name = " ".join(t.text for t in obj.subtree if t.i <= obj.i)  # "a Belarusian diplomat" says whom
    if doer_name is None or object_name is None:
        return None
    if noun.lemma_ in DEAL_NOUNS:
        return f"{possessive(doer_name)} {noun.text} to {verb.lemma_} {object_name}"
    return f"{possessive(doer_name)} {noun.text} of {object_name}"


def _name_of(token: Token) -> str | None:
    """The name ``token`` heads: its entity's text, or its run of proper nouns; None for a common noun."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end and e.label_ in ("ORG", "GPE", "PERSON")), None)
    if ent is not None:
        return without_the(ent.text)
    if token.pos_ != "PROPN":
        return None
    return " ".join(t.text for t in token.subtree if t.i <= token.i and (t == token or t.dep_ == "compound" and t.pos_ == "PROPN"))


def _titles_by_surname(doc: Doc) -> dict[str, tuple[int, str]]:
    """Each person's first title of office in ``doc``, by surname, with where it was written: "Berg" →
    "foreign policy adviser" from "foreign policy adviser Anna Berg"."""
    titles: dict[str, tuple[int, str]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent[-1].lower_ in titles or is_headline(ent.sent):
            continue  # a headline drops words of a title ("ousts security adviser Berg")
        title = [t for t in max(office_tokens(ent), title_tokens(ent), key=len) if t.pos_ != "DET" and t.tag_ != "POS"]
        if title and title[-1].lower_ in OFFICE_NOUNS | TITLE_WORDS:
            titles[ent[-1].lower_] = (ent.start, "".join(t.text_with_ws for t in title).strip())
    return titles


def _named_before(companies: list[tuple[int, str]], start: int, end: int) -> set[str]:
    """The companies named as a clause's doer between token ``start`` and token ``end``."""
    return {name for i, name in companies if start <= i < end}


def _bare_the(noun: Token) -> bool:
    """True for a singular noun written as "the N" and nothing more: "the minister", not "the minister of trade"."""
    doc = noun.doc
    return (
        noun.tag_ in ("NN", "NNP") and noun.i > 0 and doc[noun.i - 1].lower_ == "the" and doc[noun.i - 1].head == noun
        and all(c.dep_ in ("det", "punct", "relcl", "acl") or c.i > noun.i and c.dep_ == "appos" for c in noun.children)
    )


def _office_holders(noun: Token, titles: dict[str, tuple[int, str]]) -> set[str]:
    """The people a bare "the minister" at ``noun`` may stand for, each by their fullest name: those the article
    titled with that office before it ("Minister Anna Berg … the minister")."""
    surnames = {surname for surname, (start, title) in titles.items() if start < noun.i and title.split()[-1].lower() == noun.lower_}
    people = [ent.text for ent in noun.doc.ents if ent.label_ == "PERSON"]
    return {max((name for name in people if name.split()[-1].lower() == surname), key=len) for surname in surnames}


def _holder_title(noun: Token, titles: dict[str, tuple[int, str]]) -> str | None:
    """The title of the person whose post ``noun`` ("held the post") is: its verb's subject, titled earlier."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    start, title = titles.get(subject.lower_, (len(noun.doc), ""))
    return title if start < noun.i else None


def _described_country(doc: Doc, noun: Token, adjectives: list[Token]) -> str | None:
    """The country "the Nordic nation" at ``noun`` stands for: the last one named in its sentence or the one before,
    of the continent an adjective names ("the European nation"); None if none is."""
    sentence = noun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    continents = [code for a in adjectives if (code := continent_of(a.text)) is not None]
    for ent in reversed([e for e in doc.ents if start <= e.start and e.end <= noun.i and e.label_ == "GPE"]):
        place = find_place(ent.text)
        if place is not None and place.level == "country" and (not continents or place.continent in continents):
            return ent.text
    return None


def kind_of_name(ent: Span) -> str:
    """The kind of organisation a name says it is by its last word: "bank", "airline" ("Nordwind Air"),
    "company" ("Duna Kft."), "newspaper" ("Irish Times"); else ""."""
    last = ent[-1].lower_.rstrip(".")
    if last in KIND_NOUNS:
        return KIND_ALIASES.get(last, last)
    if last in NEWSPAPER_NAMES:
        return "newspaper"
    if last in COMPANY_SUFFIXES or ent[-1].lower_ in COMPANY_SUFFIXES:
        return "company"
    return ""


def reported_clause(head: Token, subject: Token) -> Token | None:
    """The clause a verb of saying reports when it is written first ("X left the country, police revealed")."""
    if head.lemma_ not in SAYING_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < subject.i), None)


def _dates_after_a_phrase(verb: Token, objects: list[Token], kept: set[int]) -> list[Token]:
    """The date phrases of ``verb`` written right after a phrase that ends in a phrase of its own: "celebrated
    the launch of the first shuttle on Tuesday" would read, with the date written out, as the launch's date;
    they go after the verb's other phrases."""
    dates = [c for c in verb.children if c.i in kept and _date_phrase(c)]
    if not dates:
        return []
    ends = {
        c.right_edge.i for c in verb.children
        if (c in objects or c.dep_ == "prep") and any(t.dep_ == "prep" and t != c for t in c.subtree)
    }
    return [d for d in dates if d.left_edge.i - 1 in ends]


def _clause_phrase(token: Token) -> bool:
    """True for a clause below a verb, or a preposition that opens one: "before returning to Oslo"."""
    return token.dep_ in ("advcl", "ccomp", "xcomp", "conj", "parataxis") or token.dep_ == "prep" and any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in token.children)


def _date_phrase(token: Token) -> bool:
    """True for a phrase that is a date: "in 2018", "on Monday", "last week"."""
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in token.children)
    return token.dep_ == "npadvmod" and token.ent_type_ == "DATE"


def clause_comment(token: Token) -> bool:
    """True for a phrase after a comma that comments on the clause before it ("…, a move that prompted X to leave",
    "…, in what would be its largest deal")."""
    if not after_comma(token):
        return False
    if token.dep_ == "npadvmod" and token.pos_ == "NOUN" and not token.ent_type_:
        return True
    return token.dep_ == "prep" and any(
        c.dep_ == "pcomp" and any(g.lower_ == "what" and g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children) for c in token.children
    )


def participle_clause(token: Token) -> bool:
    """True for a subjectless participle clause after a comma ("…, being voted into office by the council";
    "…, leaving the party"): it says something more about the clause before it, however the parser hung it."""
    if token.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or token.tag_ not in ("VBG", "VBN"):
        return False
    first = token.left_edge
    return (
        first.tag_ == "VBG" and first.i > 0 and token.doc[first.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def absolute_clause(preposition: Token) -> bool:
    """True for "with" opening a clause of its own ("With the EU urging firms to leave, …"): its object is a subject, not a partner."""
    return preposition.lower_ == "with" and any(
        t.tag_ in ("VBG", "VBN") and t.dep_ in ("pcomp", "acl", "advcl")
        or t.tag_ == "VBD" and t.dep_ in ("pcomp", "acl") and not any(c.dep_ in ("aux", "auxpass") for c in t.children)  # "expected", mistagged
        or t.dep_ == "pcomp" and any(c.dep_ in SUBJECTS for c in t.children)  # "with the two fleets worth $3bn"
        or t.dep_ == "prep" and t.lower_ == "as" and t.head.dep_ == "pobj" and t.head.head == preposition  # "with X as counsel"
        for t in preposition.subtree
    )


def verb_after_subject(phrase: list[Token]) -> Token | None:
    """The verb of a date the parser hung on the end of the verb's subject: "Leaders of the Nordic Council
    on Friday adopted …" dates the adopting, not the council (but "X's remarks on 16 May will …" date the remarks)."""
    doc = phrase[0].doc
    end = max(t.i for t in phrase) + 1
    holder = next((t.head for t in phrase if t.head not in phrase), None)
    if holder is None or end >= len(doc) or doc[end].is_sent_start or holder.lemma_ in EVENT_NOUNS or holder.lemma_.endswith(ACT_SUFFIXES):
        return None
    first = doc[end]
    verb = first.head if first.dep_ in ("aux", "auxpass", "advmod", "neg") else first  # "on Friday formally adopted"
    if verb.pos_ not in ("VERB", "AUX") or verb.i < end:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return verb if subject is not None and subject.left_edge.i <= phrase[0].i and subject.right_edge.i == end - 1 else None


def told_in_passing(token: Token) -> bool:
    """True for a word inside an absolute "with" clause that opens its clause ("With the US urging firms to
    leave, German firms …"): it sets the scene for the news. One that closes it tells the outcome (", with
    Acme winning the bid")."""
    return any(a.dep_ == "prep" and a.i < a.head.i and absolute_clause(a) for a in token.ancestors)


def subject_words(subject: Token) -> list[Token]:
    """The words of a subject a question keeps: without its appositions set off by a comma, relative clauses and
    a date the parser hung on it ("X on Tuesday rejected …"); "the ship Polar Star" stays whole."""
    doc = subject.doc
    clauses = {
        t.i for c in subject.subtree
        if c.dep_ in ("relcl", "acl") or c.dep_ == "appos" and not _same_name(c, c.head)  # "Chile" of "the Norway-Chile Commission"
        and (c.left_edge.is_punct or c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_punct)
        or c.dep_ == "prep" and c.head == subject and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        or c.dep_ == "prep" and c.head == subject and c.i > subject.i and after_comma(c)  # "the section, from A to B,", "…, far above X"
        for t in c.subtree
    }
    words = {t.i for t in subject.subtree if t.i not in clauses and t.dep_ != "punct"}
    kept = [
        t for t in subject.subtree
        if t.i in words or t.text in ",-–'’" and {t.i - 1, t.i + 1} <= words  # "Danish, Swedish and …", "state-owned"
        or t.text in "()" and t.i not in clauses  # "African Union (AU) member states"
    ]
    if sum(t.text == "(" for t in kept) != sum(t.text == ")" for t in kept):
        kept = [t for t in kept if t.text not in "()"]
    return kept


def _same_name(a: Token, b: Token) -> bool:
    """True when ``a`` and ``b`` stand in one entity ("Norway" and "Chile" of "the Norway-Chile Commission")."""
    first, last = sorted((a.i, b.i))
    return bool(a.ent_type_) and all(t.ent_iob_ == "I" for t in a.doc[first + 1 : last + 1])


def list_comma(token: Token) -> bool:
    """True for a comma between the members of a list ("Danish, Swedish and Finnish")."""
    owner = token.head
    return token.text == "," and owner.pos_ in ("NOUN", "PROPN", "ADJ") and (
        owner.dep_ == "conj" or any(c.dep_ == "conj" for c in owner.children)
    )


def without_relative_words(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a relative clause's own link ("whereby", "when", "in which"): a question has none."""
    kept = {t.i for t in tokens}

    def embedded(word: Token) -> bool:  # "a treaty that cuts quotas", "drowned when a barge sank": kept whole inside the question
        clause = word.head.head if word.head.dep_ == "prep" else word.head
        return (clause.dep_ in ("relcl", "acl") or _tells_the_event(clause)) and clause.head.i in kept

    def linked(word: Token) -> list[Token]:  # the words that go with the link: ", where X is to meet Y" goes whole
        clause = word.head.head if word.head.dep_ == "prep" else word.head
        if word.tag_ == "WRB" and clause.i in kept and clause.pos_ in ("VERB", "AUX") and clause.dep_ in ("ccomp", "advcl", "conj", "parataxis"):
            return list(clause.subtree)
        return list(word.head.subtree) if word.head.dep_ == "prep" else [word]

    relative = {
        t.i for w in tokens if w.tag_ in RELATIVE_TAGS and w.lower_ != "how" and not embedded(w)  # "how much water" asks, it links nothing
        for t in linked(w)
    }
    return [t for t in tokens if t.i not in relative]


def _extraposed(pronoun: Token) -> bool:
    """True for an "it" that stands for a clause later in its sentence, no thing: "It falls to X to nominate …",
    "It is unclear whether …"."""
    verb = pronoun.head
    return pronoun.lower_ == "it" and pronoun.dep_ == "nsubj" and any(
        c.i > verb.i and (c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) or c.dep_ == "ccomp")
        for c in verb.children
    ) and verb.lemma_ in EXTRAPOSING_VERBS


def negated(verb: Token) -> bool:
    """True for a verb its clause denies: "not", "never", "no longer"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def after_comma(phrase: Token) -> bool:
    """True for a phrase set off by the comma before it."""
    return phrase.left_edge.i > 0 and phrase.doc[phrase.left_edge.i - 1].text == ","


def _no_clause_to_ask(head: Token) -> bool:
    """True for a clause no question can be made of, whatever it asks: its object is the noun it describes, or its
    verb stands for a list of clauses."""
    return _object_relative(head) or _gapped(head)


def _gapped(head: Token) -> bool:
    """True for a verb written once for a list of clauses: "the EU pledged €1.8bn, Saudi Arabia $1.2bn and Japan
    $650m", where the parser hangs the later subjects on the verb as its conjuncts; no question can single one out."""
    if any(
        c.i > head.i and c.dep_ in ("conj", "dep", "npadvmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"))
        and any(g.like_num for g in c.subtree) for c in head.children
    ):
        return True  # "…, and Japan $650m": a subject and its amount with no verb of their own
    amounts = [c for c in head.children if c.dep_ == "dobj" and any(g.like_num for g in c.subtree)]
    return any(g.dep_ == "appos" and g.pos_ == "PROPN" for c in amounts for g in c.children)  # or on its first amount


def _object_relative(head: Token) -> bool:
    """True for a relative clause whose object is its relative word ("the offer, which Borg disclosed on Friday"):
    without the word the verb has no object ("did Borg disclose"), and the word is no question's."""
    if head.dep_ not in ("relcl", "acl"):
        return False
    if any(c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS for c in head.children):
        return True
    # "a condition Berg accepted last month": no relative word at all, the noun before is the object
    words = [c for c in head.children if c.tag_ in RELATIVE_TAGS or c.dep_ in ("dobj", "ccomp", "xcomp", "mark")]
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    finite = head.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in head.children)  # "the pact Oslo has signed"
    return not words and subject is not None and subject.i > head.head.i and finite


def _any_one(subject: Token) -> bool:
    """True for a relative pronoun that stands for a thing introduced by "a" ("a package that would …")."""
    antecedent = relative_antecedent(subject)
    return antecedent != subject and antecedent.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in antecedent.children)


def relative_antecedent(subject: Token) -> Token:
    """The noun a relative pronoun stands for ("which" in "a collision which killed X"), else ``subject``."""
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl" and subject.head.head.pos_ in ("NOUN", "PROPN"):
        return subject.head.head
    return subject


def _bound_apposition(token: Token) -> bool:
    """True for an "apposition" with no comma, bracket or dash before it: the parser's reading of an object's
    complement ("deems a debt above 90% *a warning of* …") or of a name after its kind ("the chipmaker Nordchip")."""
    return token.dep_ == "appos" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text not in APPOSITION_MARKS


def listed(token: Token) -> bool:
    """True for a member of a list of names or things ("in Lapland, Karelia, and Svalbard"), its "and", and an infinitive relative.

    Such a member stays in a question: dropping it would change what is asked.
    Coordinated clauses ("… and said …") are a second statement and go.
    """
    if token.dep_ in ("relcl", "advcl"):  # "the first woman to chair the board", "agreed with X to open a factory"
        own_subject = any(c.dep_ in SUBJECTS for c in token.children) and not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not own_subject  # "voted for X to serve" too
        purpose = token.dep_ == "advcl" and any(c.dep_ == "dobj" for c in token.head.children)  # "establish X to enhance Y"
        return infinitive and not purpose
    if token.dep_ in ("conj", "cc") and token.head.dep_ == "pobj" and token.head.head.lower_ == "between":
        return True  # "between 2009 and 2012": a span needs both its ends
    if token.dep_ == "conj":
        return token.pos_ in ("NOUN", "PROPN", "ADJ", "ADP") and token.head.pos_ == token.pos_ or (
            token.pos_ in ("NOUN", "PROPN") and token.head.pos_ in ("NOUN", "PROPN", "PRON")
        )  # "in tents or with friends" too
    if token.dep_ == "mark" and token.lower_ == "for":
        return listed(token.head)  # the "for" of a kept "for X to serve"
    if token.dep_ == "mark" and token.lower_ == "that":
        return token.head.dep_ == "acl" and token.head.head.pos_ == "NOUN"  # "their agreement that a war must be avoided"
    if token.dep_ == "cc":
        if token.head.pos_ in ("NOUN", "ADJ") and token.i == token.head.i + 1 and token.i + 1 < len(token.doc):
            following = token.doc[token.i + 1]  # "valve and pump maker": the parser made "pump" a modifier of "maker"
            if following.pos_ == token.head.pos_ and following.dep_ in ("amod", "compound", "nmod") and following.head == token.head.head:
                return True
        return token.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "ADP") and any(c.dep_ == "conj" for c in token.head.children)
    return False


def _what_was_said(said: Token) -> bool:
    """True for a saying verb's dependent that tells what was said: its clause, its object (not the listener
    of "told reporters"), "of"/"about" what."""
    if said.dep_ == "dobj":
        return said.head.lemma_ not in LISTENER_VERBS
    if said.dep_ == "prep":
        return said.lower_ in ("of", "about")
    return said.dep_ in ("ccomp", "xcomp", "oprd", "attr")


def reporter(clause: Token) -> Token | None:
    """The subject of the verb of saying that reports ``clause``: X of "X said (that) …", or None."""
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SAYING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def attribution(preposition: Token) -> bool:
    """True for "according (to X)", "(as) per X": who told it, not part of what happened ("38 euros per share" is a rate)."""
    if preposition.lower_ == "per":
        return preposition.i > 0 and preposition.nbor(-1).lower_ == "as" or any(c.dep_ == "pobj" and c.ent_type_ in ("ORG", "PERSON") for c in preposition.children)
    return preposition.lower_ == "according" or preposition.lower_ == "as" and any(c.lower_ == "per" for c in preposition.children)


def share_without_base(share: Token) -> bool:
    """True for a percentage with no "of" phrase saying what it is a share of ("received 41.9%"), unless a verb of
    change takes it ("rose 5%"): a percentage without its base has no one answer."""
    verb = share.head.head if share.dep_ == "pobj" else share.head
    return verb.lemma_ not in CHANGE_VERBS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in share.children)


def _only_its_clause(noun: Token) -> bool:
    """True for "a deal" that only its relative clause describes ("in a deal that would form X", "in the week
    leading up to the summit"): without the clause, which no question keeps, the phrase says nothing."""
    children = list(noun.children)
    return (
        noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in children)
        and any(c.dep_ in ("relcl", "acl") for c in children) and all(c.dep_ in ("det", "relcl", "acl", "punct") for c in children)
    )


def _bare_link(preposition: Token, noun: Token) -> bool:
    """True for a phrase written first that links to what came before by a bare "the N": "Despite the warnings, …"."""
    subject = next((c for c in preposition.head.children if c.dep_ in SUBJECTS), None)
    fronted = subject is not None and preposition.i < subject.i
    bare = all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(True for _ in noun.children)
    return fronted and bare and noun.pos_ == "NOUN"


def _tells_the_event(clause: Token) -> bool:
    """True for "when" after its verb, telling what happened: in "30 people drowned when a barge sank on the
    Lagan", the deaths are the sinking's; without the clause a question asks of any deaths."""
    return (
        clause.dep_ == "advcl" and clause.i > clause.head.i
        and any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children)
        and not any(t.tag_ in ("PRP", "PRP$") for t in clause.subtree)  # "… was lost when it disintegrated": the clause only retells
    )


def _restricts_denial(clause: Token) -> bool:
    """True for a relative clause that says which thing a negated verb denies: in "will not sign a treaty
    that cuts quotas", she may sign another treaty, so the clause cannot go."""
    noun = clause.head
    comma = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
    return clause.dep_ == "relcl" and noun.dep_ == "dobj" and not comma and any(c.dep_ == "neg" for c in noun.head.children)


def stranded_preposition(rest: list[Token], gap: Iterable[Token]) -> bool:
    """True when a question would keep a preposition with nothing after it that is not the gap: "launch on at
    the end of the month" (the parser took the launch's name for a verb). "Who did X meet with?" is fine."""
    kept = {t.i for t in rest} | {t.i for t in gap}
    return any(t.dep_ in ("prep", "agent") and not any(c.i in kept for c in t.children) for t in rest)


def _dangling(token: Token, kept: set[int]) -> bool:
    """True for an adverb whose own phrase the question left out ("lost back" of "lost back on 1 May")."""
    children = list(token.children)
    return token.dep_ in DANGLING and bool(children) and not any(c.i in kept for c in children)


def _lone_conjunction(token: Token, kept: set[int]) -> bool:
    """True for an "and" whose second member the question left out ("between Norway and")."""
    between_kept = token.i - 1 in kept and token.i + 1 in kept  # "valve and pump maker", however the parser joined them
    return token.dep_ == "cc" and not between_kept and not any(c.dep_ == "conj" and c.i in kept for c in token.head.children)


def cuts_a_quotation(tokens: list[Token], answer: Iterable[Token] = ()) -> bool:
    """True when a question leaves a gap inside a quotation: words may be cut from a quotation's end, never its middle.

    The ``answer``'s words count as kept: the wh-word stands in their place.
    """
    if not tokens:
        return False
    doc = tokens[0].doc
    kept = {t.i for t in tokens} | {t.i for t in answer}
    for start, end in quotations(tokens[0].sent):
        inside = [i for i in range(start, end) if i in kept]
        if inside and any(i not in kept and not doc[i].is_punct for i in range(inside[0], inside[-1] + 1)):
            return True
        last = doc[inside[-1]] if inside else None
        if last is not None and last.ent_iob_ in ("B", "I") and inside[-1] + 1 < end and doc[inside[-1] + 1].ent_iob_ == "I":
            return True  # cut inside a name or amount: "costs Africa between $5"
    return False


def in_quotation(span: Span) -> bool:
    """True when ``span`` stands inside quotation marks in its sentence."""
    return any(start <= span.start and span.end <= end for start, end in quotations(span.sent))


def doc_text(doc: Doc) -> str:
    """The document's text, joined once and kept with it (``Doc.text`` joins every token each time)."""
    return doc.user_data.get("quizgen.text") or doc.user_data.setdefault("quizgen.text", doc.text)


def quoted(token: Token) -> bool:
    """True when ``token`` stands inside quotation marks opened in its paragraph, however many sentences
    the quotation runs over ("I am sad. Bergen has played a role," she said.)."""
    text = doc_text(token.doc)
    paragraph = text.rfind("\n", 0, token.idx) + 1
    opened = False
    for mark in QUOTE_MARKS.findall(text, paragraph, token.idx):
        opened = mark == "“" or (mark == '"' and not opened)
    return opened


def quotations(sentence: Span) -> list[tuple[int, int]]:
    """The token ranges inside quotation marks in ``sentence``; a quotation still open at its end runs to it.

    Read once per sentence: the rules ask about the same sentence many times.
    """
    known = sentence.doc.user_data.setdefault("quizgen.quotations", {})
    key = (sentence.start, sentence.end)
    if key not in known:
        known[key] = _quotations(sentence)
    return known[key]


def _quotations(sentence: Span) -> list[tuple[int, int]]:
    spans, opened = [], None
    for token in sentence:
        if token.text == "“" or (token.text == '"' and opened is None):
            opened = token.i + 1
        elif token.text in ("”", '"') and opened is not None:
            spans.append((opened, token.i))
            opened = None
    if opened is not None:
        spans.append((opened, sentence.end))
    return spans


def speaks_in_person(tokens: list[Token]) -> bool:
    """True when a question would keep a speaker's "we", "our", "I" or "you" outside quotation marks:
    in a question it would mean the reader ("our one China policy")."""
    kept = {t.i for t in tokens}
    quoted = {i for start, end in quotations(tokens[0].sent) if start - 1 in kept for i in range(start, end)} if tokens else set()
    return in_person([t for t in tokens if t.i not in quoted])  # a quotation whose marks the question drops is no quotation


def in_person(tokens: Iterable[Token]) -> bool:
    """True when ``tokens`` hold a "we", "our", "I" or "you" (not "US")."""
    return any(t.lower_ in FIRST_AND_SECOND_PERSON and t.pos_ == "PRON" for t in tokens)


def points_elsewhere(tokens: list[Token]) -> bool:
    """True when a question would keep words that point to another sentence: "that amount", "the same day", "instead"."""
    return any(
        (t.dep_ == "det" and t.lower_ in DEMONSTRATIVES and t.ent_type_ not in ("DATE", "TIME"))  # "this month" is made absolute
        or t.lower_ == "same"  # "the same day" has no date of its own
        or t.lower_ in RELATIVE_ADJECTIVES and t.dep_ == "amod"  # "a corresponding letter": corresponding to what?
        or t.lower_ == "well" and t.i > 0 and t.nbor(-1).lower_ == "as" and t.head.pos_ in ("VERB", "AUX", "ADJ")  # "as well" as whom?
        or t.lower_ == "much" and t.i > 0 and t.nbor(-1).lower_ == "as" and t.dep_ in ("dobj", "advmod")  # "stated as much"
        or t.lower_ == "instead" and not any(c.lower_ == "of" for c in t.children) and replaced_thing(t) is None  # instead of what?
        for t in tokens
    )


def replaced_thing(instead: Token) -> Token | None:
    """What an "instead" replaces when its own sentence says it: in "would no longer use A but would use B instead",
    the object A of the same verb denied before; else None."""
    verb = instead.head
    if instead.lower_ != "instead" or verb.dep_ != "conj" or verb.head.lemma_ != verb.lemma_:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def quotes_balanced(text: str) -> bool:
    """True when every quotation mark in ``text`` is closed: as many “ as ”, and an even number of "."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def balanced(text: str) -> bool:
    """True when every quotation mark and round bracket in ``text`` is closed."""
    return quotes_balanced(text) and text.count("(") == text.count(")")


def date_phrase(ent: Span) -> str:
    """The words of a date entity with a date in apposition to it ("Friday, 22 October")."""
    tokens = [t for t in ent.root.subtree if t.ent_type_ == "DATE" or (t.is_punct and t.text == ",")]
    tokens = sorted({*ent, *(t for t in tokens if t.i >= ent.start)}, key=lambda t: t.i)  # the whole entity, however parsed
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return "".join(t.text_with_ws for t in tokens).strip() if tokens else ent.text


def without_the(name: str) -> str:
    """``name`` without a leading "the" ("the United States" → "United States")."""
    return re.sub(r"^the ", "", name, flags=re.IGNORECASE)


def possessive(name: str) -> str:
    """``name`` in the possessive: "Jonas Lindahl'", "Anna Berg's"."""
    return name + ("'" if name.endswith("s") else "'s")


def as_question(text: str) -> str:
    """``text`` as a question: capitalised, its closing punctuation (also inside a closing quote) replaced by "?"."""
    text = tidy(text, capitalise=True).rstrip(" ,;:.–—-")
    text = re.sub(r"[.,;:!]+([\"”’]+)$", r"\1", text)
    return text + "?"


_TIDYING = [  # each pattern with the marks it needs to find anything (None: always tried)
    (re.compile(pattern), replacement, marks)
    for pattern, replacement, marks in (
        (r"\(\s*\)", "", "("),  # brackets emptied first, so that the spaces around them collapse
        (r"\s+", " ", None),
        (r"\s+([,.;:?!])", r"\1", ",.;:?!"),
        (r"([,;:])(?:\s*[,;:])+", r"\1", ",;:"),
        (r"^[,;:\s]+|[,;:\s]+$", "", None),
        (r'"\s*([^"]*?)\s*"', r'"\1"', '"'),  # a quotation cut short keeps its marks tight
        (r',([”"])(?=\s)', r"\1", ","),  # '"… the region," on Monday': the comma closed the writer's sentence, not the question's
        (r"“\s*([^”]*?)\s*”", r"“\1”", "“"),
    )
]


def tidy(text: str, capitalise: bool = False) -> str:
    """Collapse spaces and stray commas left where words were taken out."""
    for pattern, replacement, marks in _TIDYING:
        if marks is None or any(m in text for m in marks):
            text = pattern.sub(replacement, text).strip()
    text = _ARTICLE.sub(_agreeing_article, text)  # "a two-week official tour" without its "two-week"
    if capitalise and text:
        text = text[0].upper() + text[1:]
    return text


_ARTICLE = re.compile(r"(?:(?<=[a-z,] )(an?)|^(An?|an?)) (?=([A-Za-z][\w'’-]*))")
"""An indefinite article and the word after it: lower case after a word, or the text's first ("Plan A is" is no article)."""


def _agreeing_article(match: re.Match[str]) -> str:
    written, article = match[1] or match[2], indefinite_article(match[3])
    return (article.capitalize() if written[0] == "A" else article) + " "
