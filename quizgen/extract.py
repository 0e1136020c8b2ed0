"""The extract stage: facts from a parsed article.

Each finder looks for one shape of fact in a sentence's grammar and entity
types (a meeting verb with a person as its partner, a date attached to an
event, a title in front of a name, an amount of money) and words it as a
question with ``Wording``. Nothing here knows about particular articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from quizgen.amounts import amount_forms, amount_value, unqualified
from quizgen.dates import MONTH_NAMES, DateValue, date_forms, date_key, format_date
from quizgen.inflection import base_form, past_of, singular
from quizgen.lexicon import (
    ACT_SUFFIXES,
    CHANGE_VERBS,
    CONTROL_VERBS,
    COUNT_NOUNS,
    DEAL_NOUNS,
    DEAL_VERBS,
    EVENT_NOUNS,
    EXPECTATION_VERBS,
    FIGURE_NOUNS,
    FORMER_WORDS,
    GENERIC_NOUNS,
    HEDGE_WORDS,
    INCIDENT_NOUNS,
    OFFICE_BODIES,
    OFFICE_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PORTFOLIO_WORDS,
    PROPOSAL_NOUNS,
    REMARK_VERBS,
    POSTED_OFFICES,
    SHARED_OFFICES,
    SPAN_PREPOSITIONS,
    STATE_OFFICES,
    VALUING_VERBS,
)
from quizgen.model import Article, Fact, Source
from quizgen.names import TITLE_WORDS, bare_name, initials, looks_like_person
from quizgen.places import place_level
from quizgen.titles import office_tokens, stacked_titles, title_tokens
from quizgen.wording import (
    APOSTROPHES,
    PLURAL_AGREEMENT,
    SIDE_CLAUSES,
    SUBJECTS,
    Wording,
    as_question,
    balanced,
    in_person,
    in_quotation,
    kind_of_name,
    listed,
    points_elsewhere,
    possessive,
    quotes_balanced,
    share_without_base,
    tidy,
    verb_after_subject,
)

MEETING_VERBS = frozenset("meet confer".split())
RECEIVING_VERBS = frozenset("host receive welcome".split())
"""Verbs that tell a meeting when their object is a person ("X hosted Y"); of a thing they tell something else."""
MEETING_NOUNS = frozenset("talk talks meeting meetings discussion discussions call conversation summit negotiation negotiations".split())
EVENT_VERBS = frozenset(
    "meet visit hold host attend arrive sign speak gather travel land open convene stay tour participate "
    "deliver address join sit celebrate launch announce mark lay take".split()
)
REPORTING_VERBS = frozenset("announce confirm declare reveal unveil".split())
TRANSFER_VERBS = frozenset("sell buy supply provide deliver purchase acquire export import ship lease give send offer".split())
AGREEMENT_VERBS = frozenset("agree pledge commit decide vow".split())
PLACE_LABELS = frozenset("FAC GPE LOC".split())
AMOUNT_LABELS = frozenset("MONEY PERCENT".split())
COUNT_LABELS = frozenset("CARDINAL".split())
FINITE_TAGS = frozenset("MD VBZ VBP VBD".split())


def person_mentions(doc: Doc) -> list[str]:
    """Every person mention of a parsed article, as written."""
    return [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


_NO_SOURCE = Source("", "", 0, 0)


def make_fact(
    kind: str, key: tuple, prompt: str | None, answer: str, answer_type: str, accept=(), value: str = "", aside: bool = False
) -> Fact | None:
    """A fact as a finder words it, or None for an empty prompt or answer, or a prompt with an unclosed quote or
    bracket or a doubled small word ("launch on on 20 May": a preposition the question fronted is still in the clause).

    Its source sentence is filled in by ``finders.extract_facts``.
    """
    if not prompt or not answer or not balanced(prompt) or _DOUBLED.search(prompt):
        return None
    if not quotes_balanced(answer):
        answer = answer.strip("“”\"")  # a quotation mark the answer's phrase cut off from its pair
    answer = _LOOSE_END.sub("", answer)  # "54 seats, and": the list the phrase ran into is not the answer's
    accept = tuple(dict.fromkeys(a for a in accept if a and a.casefold() != answer.casefold()))
    return Fact(kind, tuple(str(k).casefold() for k in key), prompt, answer, answer_type, _NO_SOURCE, accept, value, aside)


_LOOSE_END = re.compile(r"(?:[,;:]\s*|\s+)(?:and|or|but)$|[,;:]$")
_DOUBLED = re.compile(r"\b(on|in|at|to|of|for|with|from|by|the|a|an|and|that)\s+\1\b", re.IGNORECASE)


def key_text(text: str) -> str:
    """``text`` folded for keys and comparisons: lower case, words, "$" and "%" kept, other marks dropped."""
    return re.sub(r"[^\w$%]+", " ", text.casefold()).strip()


def _surname(name: str) -> str:
    return name.split()[-1] if name else ""


def identity(wording: Wording, token: Token | None) -> str:
    """A short identity for the thing ``token`` names, stable across articles: a surname or a lemma."""
    if token is None:
        return ""
    person = wording.person(token)
    if person:
        return _surname(person)
    ent = wording.entity(token)
    if ent is not None:
        return bare_name(ent.text.removeprefix("the ").removeprefix("The "))
    return token.lemma_


def name_answer(wording: Wording, name: str) -> tuple[str, list[str]]:
    return name, wording.names.accepted_forms(name)


def entity_answer(ent: Span) -> tuple[str, list[str]]:
    """An entity as an answer, without a leading "the" (accepted with it)."""
    text = ent.text.strip()
    if ent[0].lower_ == "the" and len(ent) > 1:
        bare = ent[1:].text.strip()
        return bare, [text]
    return text, []


def spelled_out(doc: Doc, acronym: str) -> str | None:
    """The name an acronym stands for in ``doc`` ("NSC" → "Nordkapp Space Center"), if the article writes it out."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym):
        return None
    names = [without_article(e.text.strip()) for e in doc.ents if len(e) > 1 and e.label_ in ("ORG", "FAC")]  # "US" stays "US"
    return next((name for name in names if initials(name) == acronym.casefold()), None)


def longer_name(doc: Doc, short: str) -> str | None:
    """The one longer organisation name in ``doc`` that a one-word name shortens ("Vestra" → "Vestra Energy")."""
    if " " in short or not short[:1].isupper():
        return None
    names = {without_article(e.text.strip()) for e in doc.ents if len(e) > 1 and e.label_ == "ORG"}
    longer = [name for name in names if name.split()[0] == short]
    return longer[0] if len(longer) == 1 else None


def _main_object(verb: Token, skip: set[int]) -> Token | None:
    for child in verb.children:
        if child.i in skip:
            continue
        if child.dep_ in ("dobj", "attr"):
            return child
        if child.dep_ == "prep":
            obj = next((c for c in child.children if c.dep_ == "pobj" and c.i not in skip), None)
            if obj is not None:
                return obj
    return None


def _meeting_partner(verb: Token) -> tuple[Token, list[Token]] | None:
    """The person met at ``verb`` ("met X", "met with X", "held talks with X") and the words naming them."""
    candidates: list[tuple[Token, Token | None]] = []
    if verb.lemma_ in MEETING_VERBS:
        candidates += [(c, None) for c in verb.children if c.dep_ == "dobj"]
        candidates += [(p, c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if verb.lemma_ in RECEIVING_VERBS:  # "X hosted Y", "X hosted his counterpart, Y,"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        candidates += [(c, None) for c in objects if c.ent_type_ == "PERSON"]
        candidates += [(a, None) for c in objects if c.pos_ == "NOUN" for a in c.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in MEETING_NOUNS]
    nouns += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" and p.lemma_ in MEETING_NOUNS]
    for noun in nouns:
        candidates += [(p, c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    for partner, _prep in candidates:
        if partner.ent_type_ == "PERSON" or partner.pos_ == "PROPN":
            named = partner.head if partner.dep_ == "appos" else partner  # "his counterpart, Y": the whole phrase names Y
            return partner, list(named.subtree)
    return None


def find_meetings(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """who_met: "X met Y", "X will meet with Y", "X held talks with Y", "X sits for a meeting with Y"."""
    for verb in wording.tokens(sentence):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        found = _meeting_partner(verb)
        if found is None or verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl"):
            continue  # "was welcomed … before sitting down for talks with X": the question would ask about the receiving
        partner, tokens = found
        partner_name = wording.person(partner)
        subject = wording.subject_of(verb)
        hosts = wording.people(subject) if subject is not None else None
        if not partner_name or not hosts or partner_name in hosts:
            continue
        prompt = wording.wh_question(verb, "Who", tokens)
        answer, accept = name_answer(wording, partner_name)
        key = ("who_met", *sorted(_surname(h) for h in hosts), _surname(partner_name))
        fact = make_fact("who_met", key, prompt, answer, "PERSON", accept)
        if fact:
            yield fact


def _event_key(wording: Wording, verb: Token, skip: set[int], subject: Token | None = None) -> tuple[str, ...]:
    """What identifies the event at ``verb`` across articles: who, which action, with whom or what."""
    if subject is None:
        subject = wording.subject_of(verb)
    partner = _meeting_partner(verb)
    action = "meet" if partner else verb.lemma_
    other = wording.person(partner[0]) if partner else None
    obj = _surname(other) if other else identity(wording, _main_object(verb, skip))
    return (identity(wording, subject), action, obj)


def find_dates(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """when: the absolute date of an event ("met on Wednesday", "will attend ... on 12 November")."""
    for ent in wording.ents(sentence):
        if ent.label_ not in ("DATE", "TIME") or ent.root.dep_ == "appos" or _in_brackets(ent):
            continue  # "at 21:40 on Tuesday (00:40 GMT on Wednesday)": the same moment told again
        value = wording.date_of(ent)  # a TIME with a day in it ("Monday night") dates its event too
        if value is None or _the_article_s_own_period(wording, ent, value):
            continue
        attach = ent.root.head if ent.root.dep_ == "pobj" else ent.root
        leave_out = list(attach.subtree) if attach != ent.root else list(ent.root.subtree)
        anchor = attach.head
        if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.pos_ == "PROPN":
            anchor = anchor.head
        if _describing_infinitive(anchor) and anchor.head.lemma_ in PROPOSAL_NOUNS:
            continue  # "took up an offer to tour Oslo in June": the tour's month, not the taking up's
        if _describing_infinitive(anchor):
            anchor = anchor.head.head  # "became the first woman to lead the Senate in 2009": the date is the becoming's
        subject = None
        if anchor.pos_ not in ("VERB", "AUX"):
            subject, anchor = _stranded_subject(wording, leave_out) or (None, verb_after_subject(leave_out) or anchor)
        if value.precision == "year" and _states_a_figure(anchor):
            continue  # "exports rose to $4bn in 2023", "was the biggest buyer in 2023": the year a figure was measured
        answer, accept = format_date(value), date_forms(value)
        wh = {"day": "On what date", "month": "In what month", "year": "In what year"}[value.precision]
        if attach.dep_ == "prep" and attach.lower_ in SPAN_PREPOSITIONS:  # "since April 2018" → "Since what month …"
            wh = f"{attach.lower_.capitalize()} what {'date' if value.precision == 'day' else value.precision}"
        if anchor.pos_ in ("VERB", "AUX"):
            fact = _verb_date(wording, anchor, ent, wh, leave_out, answer, accept, value, subject)
        elif anchor.pos_ == "NOUN":
            fact = _noun_date(wording, anchor, wh, answer, accept, value)
            if fact is None and ent.root.dep_ in ("compound", "nmod", "amod") and value.precision == "day":
                fact = _dated_thing(wording, ent, answer, accept, value)
        else:
            fact = None
        if fact:
            yield fact


def _states_a_figure(verb: Token) -> bool:
    """True for a clause that gives a figure or a ranking rather than tells an event: a verb of change with an amount
    ("rose to $4bn"), or "be" with a superlative ("was the biggest buyer")."""
    if verb.lemma_ in CHANGE_VERBS:
        return any(t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") for c in verb.children if c.dep_ != "nsubj" for t in c.subtree)
    attributes = [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else []
    return any(a.tag_ == "JJS" for attribute in attributes for a in attribute.children)


def _in_brackets(ent: Span) -> bool:
    """True for words inside round brackets opened in their sentence."""
    before = ent.doc[ent.sent.start : ent.start].text
    return before.count("(") > before.count(")")


def _the_article_s_own_period(wording: Wording, ent: Span, value: DateValue) -> bool:
    """True for "earlier this month", "this year": a month or year told only as the article's own, which a
    question would answer with the date the article was written, not one the reader learnt from it."""
    written = wording.article.date
    if value.precision == "month":
        named = any(t.text in MONTH_NAMES for t in ent)
        return not named and (value.date.year, value.date.month) == (written.year, written.month)
    return value.precision == "year" and not any(t.like_num for t in ent) and value.date.year == written.year


def _describing_infinitive(verb: Token) -> bool:
    """True for an infinitive that describes its verb's object or complement ("the first woman *to lead* …")."""
    return (
        verb.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and verb.head.dep_ in ("attr", "dobj", "oprd")
        and verb.head.head.pos_ in ("VERB", "AUX")
    )


def _stranded_subject(wording: Wording, phrase: list[Token]) -> tuple[Token, Token] | None:
    """The subject and verb of a date the parser hung on a name: "..., as per X, Lee on 3 May will speak ...".

    A person's name right before the date phrase and a finite verb with no
    subject right after it: the name is the verb's subject, the date the event's.
    """
    doc = phrase[0].doc
    start, end = min(t.i for t in phrase), max(t.i for t in phrase) + 1
    if start == 0 or end >= len(doc) or doc[end].is_sent_start:
        return None
    name, first = doc[start - 1], doc[end]
    verb = first.head if first.dep_ in ("aux", "auxpass") else first
    if first.tag_ not in FINITE_TAGS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    ent = wording.entity(name)
    subject = ent.root if ent is not None else name
    if wording.person(name) is None or subject.dep_ in SUBJECTS:
        return None
    return subject, verb


def _verb_date(wording, verb, ent, wh, leave_out, answer, accept, value, subject=None) -> Fact | None:
    if verb.lemma_ in REMARK_VERBS and subject is None and (act := _announced_act(verb)):
        prompt = wording.wh_question(verb, wh, [*leave_out, *_other_dates(wording, verb, ent)])
        speaker, itself = wording.subject_of(verb), wording.subject_of(act)
        if prompt and itself is not None and itself.lower_ in ("it", "they"):  # "did Acme say it had agreed …", not "say Acme had"
            prompt = prompt.replace(f" say {wording.subject_text(speaker)} ", f" say {itself.lower_} ", 1)
        key = ("when", *_event_key(wording, act, {t.i for t in leave_out}), value.precision)
        return make_fact("when", key, prompt, answer, "DATE", accept, date_key(value))  # the day the deal was made public
    if verb.lemma_ in REMARK_VERBS or _describes_a_class(verb):
        return None
    if any(
        h.head.lemma_ in EXPECTATION_VERBS and h.dep_ in ("ccomp", "xcomp") and any(c.dep_ == "nsubj" for c in h.head.children)
        for h in [verb, *verb.ancestors]
    ):
        return None  # "analysts had expected the board to hold off until November": their forecast ("is expected to end" is a plan)
    if value.precision == "year" and any(e.label_ == "PERCENT" and verb in e.root.ancestors for e in wording.ents(verb.sent)):
        return None  # "In 2022, X spent 2.4% of its GDP on Y": the year says which figure; the figure is the fact
    skip = {t.i for t in leave_out}
    reported = verb.lemma_ in REPORTING_VERBS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if reported and subject is None:
        prompt = _inverted_report(wording, verb, wh, skip)
        key = ("when", "report", verb.lemma_, identity(wording, _main_object(verb, skip)))
    elif _before_article(wording, value, verb):
        return None
    else:
        if _after_article(wording, value, verb) and wh.startswith(("In what", "On what")):
            if verb.dep_ != "xcomp" and not any(c.dep_ == "xcomp" for c in verb.children):
                return None
            wh = "For what " + wh.split(" what ", 1)[1]  # "agreed to hold a forum in November": for November, not in it
        prompt = wording.wh_question(verb, wh, [*leave_out, *_other_dates(wording, verb, ent)], subject)
        key = ("when", *_event_key(wording, verb, skip, subject), value.precision)
    return make_fact("when", key, prompt, answer, "DATE", accept, date_key(value))


def _announced_act(saying: Token) -> Token | None:
    """The deal a company or government says it has made: the act of "X said on Monday it had agreed to buy Y"
    (the day of a mere remark is no fact to learn)."""
    said = next((c for c in saying.children if c.dep_ == "ccomp"), None)
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if said is None or speaker is None or speaker.ent_type_ not in ("ORG", "GPE"):
        return None
    act = next((c for c in said.children if c.dep_ == "xcomp"), said) if said.lemma_ in AGREEMENT_VERBS else said
    return act if act.lemma_ in DEAL_VERBS else None


def _describes_a_class(verb: Token) -> bool:
    """True for a participle that sorts a bare plural ("workers retiring in 2030", "for cars built before
    1990"): the date picks out which ones, it dates no event ("In what year do workers retire?")."""
    if verb.dep_ == "acl":
        noun = verb.head
    elif verb.dep_ == "pcomp":
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return False
    return (
        verb.tag_ in ("VBG", "VBN")
        and noun is not None
        and noun.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    )


def _other_dates(wording: Wording, verb: Token, asked: Span) -> list[Token]:
    """The phrases of the other dates in ``verb``'s clause: a date question that kept them would read
    "On what date did X announce he had asked for Y's resignation on 9 September?"."""
    phrases = []
    for ent in wording.ents(asked.sent):
        dated = ent.label_ == "DATE" or ent.label_ == "TIME" and wording.date_of(ent) is not None  # "Monday night", not "8:30 p.m."
        if not dated or ent == asked or verb not in ent.root.ancestors or in_quotation(ent):  # "dubbed "Vision 2030"": a name
            continue
        if wording.date_of(ent) is None and ent.root.dep_ in ("amod", "compound", "nummod", "npadvmod") and ent.root.head.pos_ == "NOUN":
            continue  # "for a five-year term", "a 68-year-old farmer": a length or an age that describes, no date
        phrase = ent.root.head if ent.root.dep_ == "pobj" else ent.root
        phrases.extend(phrase.subtree)
    return phrases


def _before_article(wording: Wording, value: DateValue, verb: Token) -> bool:
    """True for a date earlier than its article attached to a verb in the future tense.

    "will" cannot happen "last month": the parser hung the date on the wrong
    verb ("expected to bring ... after Berg, last month, acknowledged").
    """
    published = wording.article.date
    if published is None or wording.tense(verb) != "future":
        return False
    return date_key(value) < date_key(DateValue(published, value.precision))


def _after_article(wording: Wording, value: DateValue, verb: Token) -> bool:
    """True for a date later than its article attached to a verb in the past tense: "agreed this morning to hold a
    forum in November" did not agree in November; the date is the forum's, which the parser hung on the agreeing."""
    published = wording.article.date
    if published is None or wording.tense(verb) != "past":
        return False
    return date_key(value) > date_key(DateValue(published, value.precision))


def _inverted_report(wording: Wording, verb: Token, wh: str, skip: set[int]) -> str | None:
    """ "X will visit Paris, announced the White House on Friday" → "On what date did the White House announce that …?" """
    speaker = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in ("ORG", "PERSON")), None)
    if speaker is None or verb.dep_ not in ("conj", "ccomp", "parataxis") or verb.head.i > verb.i:
        return None
    report = verb.head
    said = [t for t in report.subtree if t.i < verb.i and t.i not in skip and not (t.is_punct and t.head == report)]
    said = wording.without_vague_adjuncts(said)  # "Despite the warnings, X left, police revealed": which warnings?
    speaker_text = wording.mid_sentence(list(speaker.subtree))
    content = wording.render(said)
    return as_question(f"{wh} did {speaker_text} {base_form(verb)} that {content}")


_DATED_NOUNS = EVENT_NOUNS | INCIDENT_NOUNS.keys() | MEETING_NOUNS
_DATED_ENDINGS = (*ACT_SUFFIXES, "ing")
"""Nouns a date can be asked of: events, and acts by their endings ("signing", "resignation")."""


def _noun_date(wording, noun, wh, answer, accept, value) -> Fact | None:
    """ "since its launch in 2018" → "In what year was the launch of the Oslo Energy Forum?" """
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.lemma_ in FIGURE_NOUNS:
        return None  # "X's closing price on Friday": a figure is no event to date
    if not (noun.lemma_ in _DATED_NOUNS or noun.lemma_.endswith(_DATED_ENDINGS)):
        return None  # "Norway's data regulator on Friday fined …": a watchdog is no event; its act has the date
    if owner.pos_ == "PRON":
        if owner.lower_ not in ("its", "their"):
            return None
        earlier = [e for e in noun.sent.ents if e.end <= owner.i and e.label_ in ("ORG", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART")]
        if not earlier:
            return None
        owner_text = wording.mid_sentence(list(earlier[-1]))
    else:
        owner_words = [t for t in owner.subtree if t.dep_ != "case" and t.text not in APOSTROPHES]  # "VP", not "VP's"
        owner_text = wording.mid_sentence(owner_words)
    prompt = f"{wh} {'were' if noun.tag_ == 'NNS' else 'was'} the {noun.text} of {owner_text}?"
    key = ("when", noun.lemma_, bare_name(owner_text.removeprefix("the ")))
    return make_fact("when", key, prompt, answer, "DATE", accept, date_key(value))


def _dated_thing(wording: Wording, ent: Span, answer: str, accept: list[str], value: DateValue) -> Fact | None:
    """ "the November 27 maritime border agreement between X and Y" → "What was the date of the maritime border agreement between X and Y?" """
    noun = ent.root.head
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head
    phrase = [t for t in noun_phrase(noun) if not (ent.start <= t.i < ent.end) and not (t.dep_ == "det" and t.head == noun)]
    if len(phrase) < 2 or any(t.pos_ == "PRON" for t in phrase) or noun.lemma_ in SOURCE_NOUNS:
        return None  # the date of "a 3 June press release" that says a fact is no fact to learn
    thing = without_article(wording.mid_sentence(phrase))
    key = ("when", noun.lemma_, *_named_in(wording, phrase))
    return make_fact("when", key, f"What was the date of the {thing}?", answer, "DATE", accept, date_key(value))


def find_places(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """where: the place of an event ("met Y at the Royal Palace", "will visit the National Gallery")."""
    for verb in wording.tokens(sentence):
        if verb.pos_ != "VERB" or verb.lemma_ not in EVENT_VERBS or verb.dep_ in ("advcl", "relcl", "acl"):
            continue
        for child in verb.children:
            place = None
            if child.dep_ == "prep" and child.lower_ in ("at", "in"):
                place = next((c for c in child.children if c.dep_ == "pobj"), None)
                wh_base, leave_out = "Where", list(child.subtree)
            elif child.dep_ == "dobj" and verb.lemma_ in ("visit", "tour"):
                place, wh_base, leave_out = child, "Which place", list(child.subtree)
            if place is None:
                continue
            ent = wording.entity(place)
            if ent is None or ent.label_ not in PLACE_LABELS | {"ORG"} or ent.root != place:
                continue
            if any(c.dep_ == "conj" for c in place.children):
                continue  # "visited Chile and Peru": one of them is half the answer; the list is asked by arguments.py
            if ent.label_ == "ORG" and wh_base == "Where" and child.lower_ == "in":
                continue
            within = [
                (p, obj) for p in place.children if p.dep_ == "prep" and p.lower_ == "in"
                for obj in p.children if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC")
            ]
            wh = wh_base
            if wh_base == "Which place" and place_level(ent.text):
                wh = f"Which {place_level(ent.text)}"  # "Which country will X visit?"
            if within and wh_base == "Where":
                wh = f"Where in {wording.render(within[0][1].subtree)}"
            answer, accept = entity_answer(ent)
            prompt = wording.wh_question(verb, wh, leave_out)
            key = ("where", *_event_key(wording, verb, {t.i for t in leave_out}))
            fact = make_fact("where", key, prompt, answer, ent.label_, accept)
            if fact:
                yield fact


def find_roles(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """role: who holds an office ("Norwegian Prime Minister Anna Berg", "Kenya's foreign minister X") or a relation ("her husband, X")."""
    for ent in wording.ents(sentence):
        if ent.label_ != "PERSON":
            continue
        name = wording.names.canonical(ent.text, wording.article.id)
        office = office_tokens(ent)
        title = office or title_tokens(ent) or _shared_title(wording, ent)  # as written, else the parser's modifiers
        if not office and not looks_like_person(name, wording.article.body):
            continue  # a word of office before a lone surname ("Secretary of State Lund") says it is a person
        if _in_passing(wording, ent, name):
            continue
        first = title[0].i if title else ent.start
        if first > 0 and ent.doc[first - 1].lower_ in FORMER_WORDS:
            continue  # "former US President X" held the office before: asking who held it then has another answer
        if name in wording.changing_office:
            continue  # "X resigned as transport minister": who held it that month has two answers
        titles = stacked_titles(title)
        for title in titles:  # "Union chairperson President X of Kenya" holds two offices
            fact = _office(wording, ent, name, title, next_to_name=title is titles[-1])
            if fact:
                yield fact
        relation = _relation(wording, ent)
        if relation:
            yield relation


def _in_passing(wording: Wording, ent: Span, name: str) -> bool:
    """True for someone the article names once, and only to say whose the subject is or whom an act
    served ("Governor X's spokesperson said", "by backing Governor X"): no one a quiz writer asks about."""
    root = ent.root
    if not (root.dep_ == "poss" or root.dep_ == "dobj" and root.head.tag_ == "VBG" and root.head.dep_ == "pcomp"):
        return False
    surname = name.split()[-1]
    return len(re.findall(rf"(?<!\w){re.escape(surname)}(?!\w)", wording.article.body)) <= 1


def _shared_title(wording: Wording, ent: Span) -> list[Token]:
    """The plural title the first of two names carries for both: "Presidents X of Kenya and Y of Zambia"."""
    first = ent.root
    while first.dep_ == "conj":
        first = first.head
    named = wording.entity(first) if first != ent.root else None
    if named is None or named.label_ != "PERSON":
        return []
    title = office_tokens(named) or title_tokens(named)
    return title if title and title[-1].tag_ == "NNS" else []


def find_respective_roles(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """role: offices handed out by "respectively" ("his Danish and Swedish counterparts, X and Y, respectively"
    → "Who was the Danish trade minister …?" → X)."""
    if "respectively" not in wording.text(sentence):
        return
    for word in wording.tokens(sentence):
        if word.lower_ != "respectively":
            continue
        people = _listed_before(wording, word.i)
        if len(people) < 2:
            continue
        described = word.doc[people[0].start - 2] if people[0].start >= 2 else None  # "counterparts" before ", X"
        if described is None or described.pos_ != "NOUN" or described.tag_ != "NNS":
            continue
        origins = [c for c in described.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        origins = [*origins, *(c for o in origins for c in o.conjuncts)] if origins else []
        office = _shared_office(wording, described)
        if office is None or len(origins) != len(people):
            continue
        when = as_of(wording.article)
        for origin, person in zip(sorted(origins, key=lambda t: t.i), people):
            name = wording.names.canonical(person.text, wording.article.id)
            answer, accept = name_answer(wording, name)
            office_text = f"{origin.text} {office}"
            prompt = f"Who was the {office_text} {when}?" if when else f"Who is the {office_text} named in “{wording.article.title}”?"
            fact = make_fact("role", ("role", office_text, _surname(name)), prompt, answer, "PERSON", accept)
            if fact:
                yield fact


def _listed_before(wording: Wording, end: int) -> list[Span]:
    """The people named in the list that ends just before token ``end`` ("X, Y and Z, respectively")."""
    people: list[Span] = []
    doc = wording.doc
    i = end - 1
    while i >= 0 and doc[i].text in (",", "and"):
        i -= 1
    while i >= 0:
        ent = wording.entity(doc[i])
        if ent is None or ent.label_ != "PERSON":
            break
        people.insert(0, ent)
        i = ent.start - 1
        if i < 0 or doc[i].text not in (",", "and"):
            break
        while i >= 0 and doc[i].text in (",", "and"):
            i -= 1
    return people


def _shared_office(wording: Wording, noun: Token) -> str | None:
    """The office a plural noun gives each of its members: its own ("ministers"), or for "his counterparts"
    the office of the person "his" is ("Norwegian trade minister X" → "trade minister")."""
    if noun.lemma_ != "counterpart":
        words = [c.text for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ != "NORP"]
        return " ".join([*words, singular(noun.text)]) if noun.lemma_ in OFFICE_NOUNS else None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    person = wording.antecedent(owner) if owner is not None and owner.pos_ == "PRON" else None
    title = (title_tokens(person) or office_tokens(person)) if person is not None else []
    words = [t.text for t in title if not t.ent_type_ and t.pos_ != "DET"]
    return " ".join(words) if words and words[-1].lower() in OFFICE_NOUNS else None


def _office(wording: Wording, ent: Span, name: str, title: list[Token], next_to_name: bool) -> Fact | None:
    """ "Who was the President of Kenya in May 2024?" from one title of office written before a name."""
    owner = _owner(title)
    before = title[0].doc[title[0].i - 1] if title and title[0].i > 0 else None
    if owner is None and before is not None and before.tag_ in ("POS", "PRP$"):
        return None  # "the county's Fisheries Commissioner X": the office of a place the question could not name
    title_words = [t for t in title if t.pos_ in ("PROPN", "NOUN") and not t.ent_type_]
    whose = owner is not None or any(  # "US President", not "the Prime Minister"
        t.ent_type_ in ("NORP", "GPE") or t.ent_type_ == "ORG" and t.doc[t.i - 1].lower_ != "of" and t.lower_ not in OFFICE_BODIES | PORTFOLIO_WORDS
        for t in title
    )  # "Secretary of State", "Cabinet Secretary": the model's "State" or "Cabinet" says whose the office is no more than "the Prime Minister" does
    if whose and owner is None and not any(t.ent_type_ in ("GPE", "ORG") for t in title) and title and title[-1].lower_ not in STATE_OFFICES:
        return None  # "the Danish director", "the Nigerian actor": a nationality says whose office only of a state's own
    if title and title[-1].lower_ in POSTED_OFFICES:
        return None  # "Russian Ambassador X": ambassador to where? ("Ambassador to Japan X" ends its title with the country)
    if title and title[-1].lower_.rstrip(".") in SHARED_OFFICES and not any(t.lower_ in ("chief", "presiding") for t in title):
        return None  # "US Senator X": one of a hundred; "Which US Senator …?" asks about her act instead
    office_word = bool(title) and (title[-1].text[0].isupper() or title[-1].lower_ in TITLE_WORDS)  # "Greek prime minister", not "daily newspaper"
    country = _country_after(ent) if not whose and office_word and next_to_name else None
    if not (title_words and (whose and len(title) >= 2 or country) and len(title) <= 8 and (owner is not None or office_word)):
        return None
    office_text = tidy("".join(t.text_with_ws for t in title[:-1]) + singular(title[-1].text))
    if title[0].is_sent_start and len(title) > 1 and title[1].is_lower and not title[0].ent_type_:
        office_text = office_text[0].lower() + office_text[1:]  # "Foreign minister X arrived": the capital is the sentence's
    if owner is not None:
        office_text = f"{possessive(wording.render(owner))} {office_text}"
    if country:
        office_text = f"{office_text} of {country}"  # "President X of Kenya" → "the President of Kenya"
    answer, accept = name_answer(wording, name)
    when = as_of(wording.article)
    the = "" if owner is not None else "the "
    prompt = f"Who was {the}{office_text} {when}?" if when else f"Who is {the}{office_text} named in “{wording.article.title}”?"
    return make_fact("role", ("role", office_text, _surname(name)), prompt, answer, "PERSON", accept)


def _country_after(ent: Span) -> str | None:
    """The country written after a name with "of" ("President X of Kenya"), or None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of" or doc[ent.end + 1].ent_type_ != "GPE":
        return None
    place = next((e for e in doc[ent.end + 1].sent.ents if e.start == ent.end + 1), None)
    return place.text if place is not None else None


def _owner(title: list[Token]) -> list[Token] | None:
    """The owner written before a title in the possessive ("Kenya" of "Kenya's foreign minister"), or None."""
    if not title or title[0].i < 2:
        return None
    mark = title[0].doc[title[0].i - 1]
    if mark.tag_ != "POS":
        return None
    owner = mark.head
    if owner.ent_type_ not in ("GPE", "ORG", "NORP") or owner.dep_ != "poss":
        return None
    return [t for t in owner.subtree if t.i < mark.i]


def _relation(wording: Wording, ent: Span) -> Fact | None:
    """ "Berg's chief spokesperson, Jon Olsen" / "her husband, Erik Dahl" → "Who is Anna Berg's husband?" """
    root = ent.root
    nouns = []
    if root.dep_ == "appos" and _names_a_post(root.head):
        nouns.append(root.head)
    nouns += [c for c in root.children if c.dep_ == "appos" and _names_a_post(c)]
    for noun in nouns:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or noun.lemma_ in PLACE_NOUNS:
            continue  # "Ciudad Nueva, Peru's capital": the model's person is no capital
        if noun.lemma_ in POSTED_OFFICES and not any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in noun.children):
            continue  # "Japan's ambassador, X,": to where? ("Norway's ambassador in Lima" says)
        if sum(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children) > 1:
            continue  # "Norway's minister X and her Danish counterpart, Y,": the parser hung both names on "minister"
        owner_name = wording.person(owner) or (wording.thing_antecedent(owner) if owner.lower_ == "its" else None)  # "Its spokesman, X,"
        if owner_name is None and owner.ent_type_ in ("GPE", "ORG", "NORP"):
            owner_name = wording.mid_sentence([t for t in owner.subtree if t.tag_ != "POS"])  # "Kenya's foreign minister, X"
        name = wording.names.canonical(ent.text, wording.article.id)
        if not owner_name or owner_name == name:
            continue
        modifiers = [t for t in noun.subtree if owner.right_edge.i < t.i < noun.i]  # "foreign policy" of "X's foreign policy chief"
        role = " ".join([*(m.text for m in modifiers), noun.text, *_portfolio(noun)])
        answer, accept = name_answer(wording, name)
        prompt = who_holds(wording.article, noun, f"{possessive(owner_name)} {role}")
        return make_fact("role", ("role", _surname(owner_name), noun.lemma_.lower(), _surname(name)), prompt, answer, "PERSON", accept)
    return None


def _names_a_post(noun: Token) -> bool:
    """True for a common noun ("her husband", "its spokesman") or a capitalised office ("Kenya's Minister of Trade")."""
    return noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.lower_ in OFFICE_NOUNS


def _portfolio(noun: Token) -> list[str]:
    """The words after an office that say which one it is, up to the comma: "of trade and industry" in
    "Norway's minister of trade and industry, Anna Berg", "to Chile" in "Norway's ambassador to Chile, X"."""
    doc, end = noun.doc, noun.i + 1
    posted = noun.lemma_ in POSTED_OFFICES and end < len(doc) and doc[end].lower_ == "in"  # "ambassador in Lima"
    if end >= len(doc) or doc[end].lower_ not in ("of", "for", "to") and not posted:
        return []
    while end < len(doc) and end - noun.i <= 8 and not doc[end].is_punct and doc[end].ent_type_ != "PERSON" and doc[end].pos_ not in ("VERB", "AUX", "PRON"):
        end += 1
    return [t.text for t in doc[noun.i + 1 : end]] if end < len(doc) and doc[end].is_punct else []


def who_holds(article: Article, noun: Token, role: str) -> str:
    """ "Who was <role> in <month year>?" for a post, held then and maybe not now ("Berg's spokesperson"), else
    "Who is <role>?" ("Berg's husband")."""
    when = as_of(article) if noun.lemma_.lower() in OFFICE_NOUNS else ""
    return f"Who was {role} {when}?" if when else f"Who is {role}?"


def as_of(article: Article) -> str:
    """The article's month as "in <month year>" (when an office was held), or "" for an undated article."""
    if article.date is None:
        return ""
    return "in " + format_date(DateValue(article.date.replace(day=1), "month"))


def find_attributions(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """role (who said it): the named source of a report ("As per Danish broadcaster Polar TV, …")."""
    if not _ATTRIBUTION.search(wording.text(sentence)):
        return
    for prep in wording.tokens(sentence):
        if prep.dep_ != "prep" or not _is_attribution(prep):
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        verb = "report"
        if source is not None and source.lemma_ in SOURCE_NOUNS:  # "according to a tweet by X": X is the source
            verb = SOURCE_NOUNS[source.lemma_]
            by = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        ent = wording.entity(source) if source is not None else None
        if ent is None or ent.label_ not in ("ORG", "PERSON"):
            continue
        opener = prep.head if prep.head.dep_ == "prep" else None  # "according" in "according to"
        claim_head = wording.clause_head(opener.head if opener is not None else prep.head)
        skip = {t.i for t in prep.subtree} | {prep.i - 1}
        if opener is not None:
            skip |= {t.i for t in opener.subtree if t.i < prep.i}
        claim = [t for t in claim_head.subtree if t.i not in skip]
        if not any(c.dep_ in SUBJECTS and c.i not in skip for c in claim_head.children):
            continue  # the parse put the claim's subject inside the attribution: the claim would lose it
        claim_text = wording.mid_sentence(claim)
        if len(claim_text.split()) < 4:
            continue
        title = title_tokens(ent)
        if ent.label_ == "PERSON":  # "by US Secretary of State X": "Which US Secretary of State tweeted …?"
            office = office_tokens(ent)
            wh = f"Which {tidy(''.join(t.text_with_ws for t in office).strip())}" if office else "Who"
            answer, accept = name_answer(wording, wording.names.canonical(ent.text, wording.article.id))
        else:
            wh = f"Which {tidy(' '.join(t.text for t in title))}" if title else f"Which {_source_kind(ent)}"
            answer, accept = entity_answer(ent)
        claim_text = re.sub(r'^that ', '', claim_text)
        prompt = as_question(f"{wh} {past_of(verb)} that {claim_text}")
        fact = make_fact("role", ("other", "source", key_text(answer), key_text(claim_text)[:60]), prompt, answer, ent.label_, accept)
        if fact:
            yield fact
        dated = _report_date(wording, prep, ent, verb, claim_text)  # "according to Tuesday's Irish Times"
        if dated:
            yield dated


def _source_kind(source: Span) -> str:
    """What kind of organisation a source is, for "Which … reported that …?": its own kind ("association") where
    its name says it, a news organisation for a newspaper, else an organisation ("the Border Guard" reports no news)."""
    kind = kind_of_name(source)
    if kind == "newspaper":
        return "news organisation"
    return kind if kind and kind != without_article(source.text).lower() else "organisation"


def _report_date(wording: Wording, prep: Token, source: Span, verb: str, claim: str) -> Fact | None:
    """ "according to today's Irish Times" → "On what date did the Irish Times report that …?" """
    dates = [e for e in wording.ents(prep.sent) if e.label_ == "DATE" and prep.left_edge.i <= e.start and e.end <= prep.right_edge.i + 1]
    value = wording.date_of(dates[0]) if len(dates) == 1 else None
    if value is None or value.precision != "day":
        return None
    named = wording.names.canonical(source.text, wording.article.id) if source.label_ == "PERSON" else without_article(source.text)
    if source.label_ != "PERSON" and (kind_of_name(source) == "newspaper" or f"the {named}" in wording.article.body):
        named = f"the {named}"  # "today's Irish Times" is "the Irish Times" on its own
    prompt = as_question(f"On what date did {named} {verb} that {claim}")
    return make_fact("when", ("when", "source", key_text(named), key_text(claim)[:60]), prompt, format_date(value), "DATE", date_forms(value), date_key(value))


SOURCE_NOUNS = {"tweet": "tweet", "post": "post", "statement": "state", "report": "report", "interview": "say", "letter": "write", "release": "release"}
"""What a source put out, and the verb for putting it out: "according to a tweet by X" → "Who tweeted that …?"."""

_ATTRIBUTION = re.compile(r"\baccording to\b|\bper\b", re.IGNORECASE)


def _is_attribution(prep: Token) -> bool:
    """True for the "to" of "according to" and the "per" of "(as) per"."""
    before = prep.nbor(-1).lower_ if prep.i > 0 else ""
    return prep.lower_ == "per" or (prep.lower_ == "to" and before == "according")


def find_agreements(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """deal: what was agreed, sold or bought, and with whom a pact was made."""
    for verb in wording.tokens(sentence):
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_ in AGREEMENT_VERBS:
            action = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            obj = next((c for c in action.children if c.dep_ == "dobj"), None) if action is not None else None
            if obj is not None and obj.pos_ != "PRON" and obj.ent_type_ not in ("MONEY", "PERCENT"):  # "agreed to pay $3bn": how much
                yield from _deal_object(wording, action, obj)
        elif verb.lemma_ in TRANSFER_VERBS:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("MONEY", "PERCENT", "PERSON"):
                yield from _deal_object(wording, verb, obj)
        yield from _deal_partners(wording, verb)


def noun_phrase(token: Token) -> list[Token]:
    """``token``'s noun phrase without clauses hanging off it."""
    clauses = ("relcl", "acl", "advcl", "appos", "parataxis")
    phrase = [t for t in token.subtree if not any(a.dep_ in clauses for a in path_to(t, token))]
    while phrase and phrase[-1].is_punct:
        phrase.pop()
    return phrase


def path_to(token: Token, top: Token) -> list[Token]:
    """``token`` and its heads, up to but excluding ``top``."""
    path = []
    while token != top and token.head != token:
        path.append(token)
        token = token.head
    return path


def _deal_object(wording: Wording, verb: Token, obj: Token) -> Iterator[Fact]:
    if obj.lower_ in GENERIC_NOUNS or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        return  # "gave a different account of events", "gave its sympathies": nothing to learn, or no one to own it
    if controls_an_infinitive(verb, obj):
        return
    named = wording.entity(obj)
    if named is not None and named.root == obj and named.label_ not in ("MONEY", "PERCENT", "CARDINAL", "DATE"):
        return  # a named object is asked by its name, with its description as the wh-phrase (arguments.py)
    place = trailing_place(wording, obj)  # "signed a trade pact in Arusha": where it was signed
    phrase = [t for t in noun_phrase(obj) if t not in place]
    answer = wording.render(phrase)
    if len(answer.split()) < 2 and obj.pos_ != "PROPN" or points_elsewhere(phrase):
        return  # "provide similar data": similar to what?
    if obj.pos_ != "PROPN" and all(t == obj or t.dep_ == "det" and t.lower_ == "the" for t in phrase):
        return  # "agreed to fund the project": the answer only points back to a thing told before
    if verb.dep_ == "relcl":
        prompt = _under_which(wording, verb, phrase)
    else:
        prompt = wording.wh_question(verb, "What", phrase)
    subject = wording.subject_of(verb)
    key = ("deal", identity(wording, subject), verb.lemma_, obj.lemma_)
    accept = [answer.split(" ", 1)[1]] if answer.split()[0].lower() in ("a", "an", "the") else []
    fact = make_fact("deal", key, prompt, answer, "DEAL", accept)
    if fact:
        yield fact


def controls_an_infinitive(verb: Token, obj: Token) -> bool:
    """True for an object that does what an infinitive after it says ("urged officials *to open talks*"):
    the object alone is no fact, what it is to do is."""
    return verb.lemma_ in CONTROL_VERBS and any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > obj.i and any(a.lower_ == "to" for a in c.children) for c in verb.children
    )


def trailing_place(wording: Wording, noun: Token) -> list[Token]:
    """The "at the Riga Castle" or "in Oslo" that ends ``noun``'s phrase: the place of the act, not part of the thing."""
    after = [c for c in noun.children if c.i > noun.i and c.dep_ not in ("relcl", "acl", "punct")]  # not a clause after it
    last = max(after, key=lambda c: c.i, default=None)
    if last is None or last.dep_ != "prep" or last.lower_ not in PLACE_PREPOSITIONS:
        return []
    place = next((c for c in last.children if c.dep_ == "pobj"), None)
    named = wording.entity(place) if place is not None else None
    return list(last.subtree) if named is not None and named.label_ in PLACE_LABELS else []


def _under_which(wording: Wording, verb: Token, leave_out: list[Token]) -> str | None:
    """ "NORSEC, under which Oslo would sell frigates" → "Under NORSEC, what would Oslo sell?" """
    relative = next((c for c in verb.children if c.dep_ == "prep" and any(p.tag_ == "WDT" for p in c.children)), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if relative is None or subject is None:
        return None
    anchor = verb.head
    anchor_text = wording.render(noun_phrase(anchor))
    subject_text = wording.subject_text(subject)
    if subject_text is None:
        return None
    skip = {t.i for t in [*leave_out, *relative.subtree, *subject.subtree]}
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    rest = [t for t in wording.clause_tokens(verb, []) if t.i not in skip and t not in auxiliaries and t != verb]
    if auxiliaries:  # "what will X be offered", the first auxiliary before the subject, the rest after it
        words = ["what", auxiliaries[0].lower_, subject_text, *(a.lower_ for a in auxiliaries[1:]), verb.text, wording.render(rest)]
    else:
        words = ["what", "did", subject_text, verb.lemma_, wording.render(rest)]
    return as_question(f"{relative.text.capitalize()} {anchor_text}, " + " ".join(w for w in words if w))


def _deal_partners(wording: Wording, verb: Token) -> Iterator[Fact]:
    """ "engaged in a security pact with Australia and the UK" → "Which countries did the US engage in a security pact with?" """
    deals = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in DEAL_NOUNS]
    deals += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj" and p.lemma_ in DEAL_NOUNS]
    for deal in deals:
        for prep in deal.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            partner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if partner is None or not partner.ent_type_ or partner.ent_type_ not in ("GPE", "ORG", "PERSON", "NORP"):
                continue
            members = [partner, *partner.conjuncts]
            answer = wording.render([t for t in partner.subtree if t.dep_ != "punct" or t.text != "."])
            label = partner.ent_type_
            wh = {"GPE": "Which countries" if len(members) > 1 else "Which country", "PERSON": "Who"}.get(label, "Which organisations" if len(members) > 1 else "Which organisation")
            prompt = wording.wh_question(verb, wh, [prep, *prep.subtree])
            if prompt is None:
                continue  # no question of this clause holds, whatever the wh-phrase
            if prompt.endswith(f"{deal.text}?"):
                prompt = prompt[:-1] + " with?"  # "… engage in a security pact with?"
            else:  # "with" would land after the phrases that follow the pact
                prompt = wording.wh_question(verb, f"With {wh[0].lower()}{wh[1:]}".replace("With who", "With whom"), [prep, *prep.subtree])
            subject = wording.subject_of(verb)
            key = ("deal", identity(wording, subject), deal.lemma_, *sorted(identity(wording, m) for m in members))
            fact = make_fact("deal", key, prompt, answer, label, [wording.render(m.subtree) for m in members if len(members) > 1])
            if fact:
                yield fact


def find_amounts(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """amount: money, percentages and counts ("cost France $65 billion", "a $60 billion deal", "20 heads of state")."""
    for ent in wording.ents(sentence):
        if ent.label_ in AMOUNT_LABELS:
            fact = _money_fact(wording, ent)
        elif ent.label_ in COUNT_LABELS:
            fact = _count_fact(wording, ent)
        else:
            fact = None
        if fact:
            yield fact


def _money_of(amount: Token) -> Token | None:
    """What an amount of money is an amount of: "available liquidity" in "£148m of available liquidity"."""
    of = next((c for c in amount.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" and not noun.ent_type_ else None


def _change_by(verb: Token) -> list[Token]:
    """The change a verb of rising or falling gives beside where it ended: "12%" and "by 12%" in "rose (by) 12%
    to $3bn", which "To how much did it rise?" leaves to its own question."""
    if verb.lemma_ not in CHANGE_VERBS:
        return []
    bare = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and _figure(c)]
    by = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and _figure(c)]
    return [t for c in [*bare, *by] for t in c.subtree]


def _figure(phrase: Token) -> bool:
    """True for a phrase with a figure in it that is no time: "12%", "6 basis points", not "by 0915 GMT"."""
    return any(t.like_num and t.ent_type_ not in ("TIME", "DATE") for t in phrase.subtree)


def _money_fact(wording: Wording, ent: Span) -> Fact | None:
    root = ent.root
    value = amount_value(ent.text)
    if not value and not any(t.like_num and not t.lower_.endswith("s") for t in ent):
        return None  # "trillions of dollars", "millions": no figure to remember
    written = ent.text.strip()
    answer = HEDGE.sub("", written)  # "an estimated 1.15%" → "1.15%"; the hedge belongs to the article, not the answer
    accept = [*amount_forms(answer), written]
    if (rate := _rate(root)) and not answer.endswith(rate):  # "$45 a share", "$2 billion a year"; "6.8 per cent" has its own
        answer, accept = f"{answer} {rate}", [*accept, answer]
    head = root.head
    share_of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None) if ent.label_ == "PERCENT" else None
    if ent.label_ == "PERCENT" and share_without_base(root):
        return None  # "2%" of what?
    if share_of is not None and wording.unclear_pronoun(list(share_of.subtree)):
        return None  # "40% of it": of what?
    if root.dep_ in ("dobj", "attr", "npadvmod", "oprd") and head.pos_ in ("VERB", "AUX") and share_of is not None:
        whole = wording.render(t for t in share_of.subtree if t.dep_ != "punct" or t.head != root)
        prompt = wording.wh_question(head, f"What share {whole}", list(root.subtree))  # "42 percent of the earnings of …"
        key = ("amount", *_event_key(wording, head, {t.i for t in root.subtree}))
    elif root.dep_ == "pobj" and share_of is not None:  # "remove tariffs on 90 percent of commodities"
        whole = wording.render(t for t in share_of.subtree if t.dep_ != "punct" or t.head != root)
        prompt = wording.wh_question(head.head, f"{head.text.capitalize()} what share {whole}", list(head.subtree))
        key = ("amount", *_event_key(wording, wording.clause_head(head.head), {t.i for t in head.subtree}))
    elif root.dep_ in ("dobj", "attr", "npadvmod", "oprd") and head.pos_ in ("VERB", "AUX"):
        change = ent.label_ == "PERCENT" and head.lemma_ in CHANGE_VERBS  # "rose 12% to $3bn": by how much, not how much
        wh, leave_out = "By how much" if change else "How much", list(ent)
        measured = _money_of(root) if ent.label_ == "MONEY" else None
        if measured is not None:  # "had £148m of available liquidity" → "How much available liquidity did X have?"
            whose = any(c.dep_ in ("det", "poss") for c in measured.children)  # "€75m of Acme's debt": "How much of Acme's debt"
            wh, leave_out = f"How much {'of ' if whose else ''}{wording.render(measured.subtree)}", list(root.subtree)
        elif rate and not change:  # "will pay $41.20 per share" → "How much per share will X pay?": not the total
            wh, leave_out = "How much " + re.sub(r"^an? ", "per ", rate), list(root.subtree)
        prompt = wording.wh_question(head, wh, leave_out)
        key = ("amount", *_event_key(wording, head, set(range(ent.start, ent.end))))
    elif root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and (
        head.lower_ in ("by", "to", "for") or head.lower_ == "at" and head.head.lemma_ in VALUING_VERBS  # "valued X at $3bn"
    ):
        leave_out = [*head.subtree, *(_change_by(head.head) if head.lower_ == "to" else [])]
        prompt = wording.wh_question(head.head, f"{head.text.capitalize()} how much", leave_out)
        key = ("amount", *_event_key(wording, head.head, {t.i for t in head.subtree}))
    elif root.dep_ == "npadvmod" and head.lower_ == "worth" and any(c.dep_ == "nsubj" for c in head.children):
        thing = next(c for c in head.children if c.dep_ == "nsubj")  # "with the two firms worth $3bn"
        phrase = noun_phrase(thing)
        if wording.points_back(phrase) or wording.unclear_pronoun(phrase) or any(t.pos_ == "PRON" for t in phrase):
            return None
        be = {"past": "was", "present": "is", "future": "will be"}[wording.tense(head)]
        be = PLURAL_AGREEMENT.get(be, be) if thing.tag_ == "NNS" else be
        prompt = as_question(f"How much {be} {wording.mid_sentence(phrase)} worth")
        key = ("amount", thing.lemma_, *_named_in(wording, phrase))
    elif head.lower_ == "worth" and (root.dep_ == "pobj" or root.dep_ == "npadvmod" and head.dep_ == "amod") and head.head.pos_ == "NOUN":
        thing = head.head  # "a deal worth $3bn", parsed with "worth" as a preposition or as an adjective
        phrase = [t for t in noun_phrase(thing) if t.i not in {x.i for x in head.subtree}]
        if len(phrase) < 3:  # "a deal": say which by the clause it is in
            return _value_in_clause(wording, thing, answer, accept, value, ent)
        if wording.points_back(phrase):
            return None  # "The biggest single contract, worth $2bn": of the ones the story told
        prompt = f"How much was the {without_article(wording.render(phrase))} worth?"
        key = ("amount", thing.lemma_, *_named_in(wording, phrase))
    elif ent.label_ == "MONEY" and root.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_ == "NN" and head.head.lemma_ not in (*FIGURE_NOUNS, "sum", "amount"):
        of_phrase = Span(ent.doc, head.i, root.right_edge.i + 1, label="MONEY")  # "a fund of 700 million lei (about $150m)"
        return _value_in_clause(wording, head.head, answer, accept, value, of_phrase)
    elif root.dep_ in ("nmod", "compound", "amod", "nummod", "quantmod") and head.pos_ == "NOUN":
        owner = [t for c in head.children if c.dep_ == "poss" for t in c.subtree]  # "Duna's 12.5 million euro loan"
        phrase = [t for t in noun_phrase(head) if not (ent.start <= t.i < ent.end) and not (t.dep_ == "det" and t.head == head)]
        phrase = [t for t in phrase if t.i >= head.i or t.dep_ in ("compound", "amod") and t.i > ent.end - 1]
        if not owner and len(phrase) < 2:
            phrase = [*phrase, *_misattached_modifiers(head)]
        if not owner and not any(t.ent_type_ or t.pos_ == "PROPN" for t in phrase):
            phrase = [*phrase, *_participle_naming(head)]  # "a $3bn settlement resolving claims against Acme"
        if not owner and (len(phrase) < 2 or not any(t.ent_type_ or t.pos_ == "PROPN" for t in phrase)):
            return _value_in_clause(wording, head, answer, accept, value, ent)  # "the (supply) deal": which? Its clause says
        thing = without_article(wording.render([*owner, *phrase]))
        prompt = f"What was the value of {thing if owner else 'the ' + thing}?"
        key = ("amount", head.lemma_, *_named_in(wording, phrase))
    else:
        return None
    return make_fact("amount", key, prompt, answer, "MONEY" if ent.label_ == "MONEY" else ent.label_, accept, value)


def _rate(amount: Token) -> str:
    """The unit an amount is paid per, written after it: "a share" of "$45 a share", "per share" of "38 euros per share"."""
    per = next((c for c in amount.children if c.dep_ == "prep" and c.lower_ == "per" and c.i == amount.i + 1), None)
    unit = next((
        c for c in per.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and all(g.dep_ in ("compound", "amod") or g.i > c.i for g in c.children)
    ), None) if per else None
    if unit is not None:  # "per share", "per Castellan share"; not the aside after it (", a premium of 31%")
        return "per " + " ".join(t.text for t in unit.subtree if t.i <= unit.i)
    unit = next((c for c in amount.children if c.dep_ == "npadvmod" and c.i > amount.i and c.pos_ == "NOUN"), None)
    article = next((c for c in unit.children if c.dep_ == "det" and c.lower_ in ("a", "an", "per")), None) if unit is not None else None
    return f"{article.lower_} {unit.text}" if article is not None else ""


def _value_in_clause(wording: Wording, thing: Token, answer: str, accept: list[str], value: str, ent: Span) -> Fact | None:
    """The value of a thing said by the clause it is in: "Borg signed a $3bn deal with Acme" → "What was the value of
    the deal that Borg signed with Acme?"; "agreed to buy Acme in a deal worth $3bn" → "… of the deal in which Borg
    agreed to buy Acme?"."""
    if ent.label_ != "MONEY" or thing.tag_ != "NN":
        return None
    if thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
        verb, link, gone = thing.head, "that", list(thing.subtree)
    elif thing.dep_ == "pobj" and thing.head.dep_ == "prep" and thing.head.head.pos_ == "VERB":
        verb, link, gone = thing.head.head, f"{thing.head.lower_} which", list(thing.head.subtree)
    else:
        return None
    if verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # "with Chile running a surplus of $7m": a participle has no clause to say which surplus
    joined = next((v for v in wording.clause_chain(verb) if v.dep_ == "conj"), None)  # "X upheld … and ordered him to pay a
    shared = wording.shared_subject(joined) if joined is not None else None  # fine of $2m": "ordered" shares X
    clause = wording.declarative(joined, gone, shared) if shared is not None else wording.declarative(verb, gone)
    after = [t for t in thing.subtree if t.i > thing.i and not (ent.start <= t.i < ent.end)]
    after = _before_mark(after, ",")  # not a side clause
    own = [t for t in after if t.lower_ != "worth"]  # "with Acme" of "a deal worth $3bn with Acme"
    if clause is None or wording.points_back(own) or wording.unclear_pronoun(own):
        return None
    be = "was" if wording.tense(verb) == "past" else "is"
    described = [t for c in thing.children if c.dep_ in ("amod", "compound") and c.i < thing.i for t in c.subtree if not ent.start <= t.i < ent.end]
    prompt = tidy(f"What {be} the value of the {wording.render([*described, thing])} {wording.render(own)} {link} {clause}?")  # "the emergency package"
    key = ("amount", thing.lemma_, *_event_key(wording, verb, {t.i for t in gone}))
    return make_fact("amount", key, prompt, answer, "MONEY", accept, value)


def _participle_naming(noun: Token) -> list[Token]:
    """The participle clause right after a noun that says which one it is by a name ("resolving claims against
    Acme" of "a settlement resolving claims against Acme"), up to a comma; [] if there is none."""
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1 and c.tag_ in ("VBG", "VBN")), None)
    if clause is None:
        return []
    words = _before_mark(list(clause.subtree), ",;:()")
    return words if any(t.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW") for t in words) else []


def _before_mark(tokens: list[Token], marks: str) -> list[Token]:
    """``tokens`` up to the first punctuation among ``marks``: a phrase without the side clause after it."""
    return tokens[: next((n for n, t in enumerate(tokens) if t.text in marks), len(tokens))]


def _misattached_modifiers(noun: Token) -> list[Token]:
    """The phrases after "the breakdown of a $2bn deal" that the parser hung on "breakdown" though they
    say which deal ("… by a Lapland firm to sell ferries to Iceland"): a bare noun after "of" takes them."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return []
    return [t for c in of.head.children if c.i > noun.i and (c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ != "of") for t in c.subtree]


HEDGE = re.compile(rf"^(?:an? )?(?:{'|'.join(HEDGE_WORDS)}) ", re.IGNORECASE)


def without_article(text: str) -> str:
    """``text`` without a leading "the", "a" or "an"."""
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)


def _named_in(wording: Wording, tokens: list[Token]) -> list[str]:
    """The named places, organisations and people among ``tokens``, as identities."""
    return sorted({identity(wording, t) for t in tokens if t.ent_type_ in ("GPE", "ORG", "PERSON", "LOC")})


def _count_fact(wording: Wording, ent: Span) -> Fact | None:
    """ "alongside 20 heads of state" → "Alongside how many heads of state will … ?"; "twelve senators defected" → "How many senators defected?" """
    root = ent.root
    noun = root.head
    number = _count_value(ent.text)
    if root.dep_ == "pobj" and noun.lower_ == "to" and noun.head.lemma_ in CHANGE_VERBS and number is not None:
        return _count_reached(wording, ent, noun.head, number)
    if root.dep_ in ("appos", "conj") and ent.start > 0 and ent.doc[ent.start - 1].text == ",":
        return _number_of_count(wording, ent, number)
    if root.dep_ in ("nsubj", "dobj") and root.pos_ == "NUM":
        figure = ent.doc[root.i : root.i + 1]  # "only 27": the answer is the figure, not its hedge
        number = _count_value(root.text)
        return _elided_count(wording, figure, number) if number is not None and number >= 2 else None
    if root.dep_ != "nummod" or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS") or number is None or number < 2:
        return None
    if noun.dep_ == "appos" and noun.head.dep_ in ("nsubj", "nsubjpass"):
        return _counted_subject(wording, ent, noun, number)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.head.children):
        return _counted_existence(wording, ent, noun, number)
    figure = {t.i for t in root.subtree}  # "exactly 54": the hedge is the figure's, not the counted thing's
    counted = [
        t for t in noun.subtree if not (ent.start <= t.i < ent.end) and t.i not in figure
        and not any(
            a.dep_ in SIDE_CLAUSES + ("acl", "prep") and a.lower_ != "of" and not _counted_with(a) and not (a.dep_ == "prep" and a.head.pos_ == "ADJ")
            for a in path_to(t, noun)
        )  # "officials close to the talks" keeps what they are familiar with
    ]
    if any(t.dep_ == "det" and t.lower_ in ("the", "these", "those") for t in noun.children):
        return None  # "the two leaders" refers to a group already named; it counts nothing new
    doc = noun.doc
    tally = list(doc[noun.i + 1].subtree) if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "to" and doc[noun.i + 2].like_num else []
    if tally and tally[-1].i + 1 < len(doc) and doc[tally[-1].i + 1].lower_ == "for":
        tally += doc[tally[-1].i + 1].subtree  # "58 votes to 33 for her rival": the rival's are the 33
    if tally and noun.dep_ != "dobj":
        return None  # "passed by 72 votes to 41": "By how many votes …?" would ask the margin ("won 72 votes to 41" is asked)
    if any(t.lower_ in ("further", "additional", "more", "other") and t.dep_ in ("amod", "advmod") for t in [*noun.children, *ent]):
        return None  # "a further 9,000 people": counted on top of a number the question leaves out
    counted = [t for t in counted if t.dep_ != "det" or t.head != noun]  # "of the African Union" keeps its own "the"
    if in_person(counted):
        return None  # '"Our two economies …"': a question's "our" would be the reader's
    counted_text = wording.render(counted)
    if any(c.dep_ == "poss" for c in noun.children):
        counted_text = f"of {counted_text}"  # "Central Asia's 80 million people" → "How many of Central Asia's people"
    if noun.dep_ == "pobj" and noun.head.lower_ == "including":
        return None  # "eleven missing, including four fishermen": a part of a count, not a fact of its own
    if noun.dep_ == "pobj":
        prep = noun.head
        wh = f"{prep.text.capitalize()} how many {counted_text}"
        leave_out = list(prep.subtree)
        anchor = prep.head
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in anchor.children) and anchor.dep_ == "advcl":
            anchor = anchor.head  # "voted for X to serve as chair with 42 votes": the voting's count
    elif noun.dep_ == "dobj":
        wh, leave_out, anchor = f"How many {counted_text}", [*noun.subtree, *tally], noun.head
    elif noun.dep_ == "conj" and noun.head.dep_ == "dobj":  # "… give X 1.4 million customers and 120 branches"
        wh, leave_out, anchor = f"How many {counted_text}", list(noun.head.subtree), noun.head.head
    elif noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        wh, leave_out, anchor = f"How many {counted_text}", list(noun.subtree), noun.head
    else:
        return None
    if anchor.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        prompt = wording.subject_question(anchor, wh, needs_content=False)  # the counted noun is in the wh-phrase
    else:  # "Kivi was founded in 1889 and employs 300 people": "employs" shares "Kivi"
        prompt = wording.wh_question(anchor, wh, leave_out, wording.shared_subject(anchor))
    answer = ent.text
    key = ("amount", *_event_key(wording, anchor, {t.i for t in leave_out}), noun.lemma_)
    return _count(key, prompt, answer, number)


def _count_reached(wording: Wording, ent: Span, verb: Token, number: int) -> Fact | None:
    """ "The death toll rose to 64" → "To what number did the death toll rise?": where a count ended."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_ not in COUNT_NOUNS:
        return None
    leave_out = [*ent.root.head.subtree, *_change_by(verb)]
    prompt = wording.wh_question(verb, "To what number", leave_out)
    key = ("amount", *_event_key(wording, verb, {t.i for t in leave_out}), subject.lemma_)
    return _count(key, prompt, ent.text, number)


def _counted_with(token: Token) -> bool:
    """True for a noun listed with a counted one and counted with it ("900 soldiers and police officers"), and
    its "and"; not one with its own count ("235 Democrats and 199 Republicans")."""
    if token.dep_ == "cc":
        return any(_counted_with(c) for c in token.head.children if c.dep_ == "conj")
    return token.dep_ == "conj" and listed(token) and not any(c.dep_ == "nummod" for c in token.children)


def _counted_subject(wording: Wording, ent: Span, noun: Token, number: int) -> Fact | None:
    """A count set by commas after a subject it restates: "A third of the crews, 600 sailors, will strike"
    → "How many sailors of the crews will strike?"."""
    subject = noun.head
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = [t for t in noun.subtree if not (ent.start <= t.i < ent.end) and not (t.dep_ == "det" and t.head == noun)]
    whole = wording.render(of.subtree) if of is not None else ""
    prompt = wording.subject_question(subject.head, f"How many {wording.render(counted)} {whole}".strip(), needs_content=False)
    key = ("amount", *_event_key(wording, subject.head, {t.i for t in subject.subtree}), noun.lemma_)
    return _count(key, prompt, ent.text, number)


def _counted_existence(wording: Wording, ent: Span, noun: Token, number: int) -> Fact | None:
    """ "There are 2.6 million residents in the area" → "How many residents are there in the area?" """
    verb = noun.head
    counted = [t for t in noun_phrase(noun) if not (ent.start <= t.i < ent.end) and not (t.dep_ == "det" and t.head == noun)]
    where = [t for t in counted if any(a.dep_ == "prep" for a in path_to(t, noun))]
    what = [t for t in counted if t not in where]
    if not where or wording.points_back(where) or wording.unclear_pronoun(where):
        return None  # "How many people are there?" says nothing of where
    prompt = as_question(f"How many {wording.render(what)} {verb.lower_} there {wording.render(where)}")
    key = ("amount", "there", noun.lemma_, *_named_in(wording, where), key_text(wording.render(where)))
    return _count(key, prompt, ent.text, number)


def _number_of_count(wording: Wording, ent: Span, number: int | None) -> Fact | None:
    """A count set after "the number of N" by commas: "has the largest number of women, 95," →
    "How many women does X have?"."""
    counted = ent.doc[ent.start - 2]
    of = counted.head
    amount = of.head
    if number is None or counted.tag_ != "NNS" or of.lower_ != "of" or amount.lemma_ != "number" or ent.root not in amount.subtree:
        return None
    anchor = amount.head
    if amount.dep_ not in ("dobj", "attr") or anchor.pos_ not in ("VERB", "AUX"):
        return None
    prompt = wording.wh_question(anchor, f"How many {counted.text}", list(amount.subtree))
    key = ("amount", *_event_key(wording, anchor, {t.i for t in amount.subtree}), counted.lemma_)
    return _count(key, prompt, ent.text, number)


def _elided_count(wording: Wording, ent: Span, number: int) -> Fact | None:
    """A count whose noun is left out because it was just said: "54 nations have signed, only 27 have ratified";
    or a count among a whole: "won 29 of the 50 votes" → "How many of the 50 votes did X win?".

    The counted noun is the one counted last before it, in the same sentence
    or the one before ("… with 310 votes. Her rival … received 145.").
    """
    doc = ent.doc
    anchor = ent.root.head
    whole = next((c for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == ent.end), None)
    if whole is not None:  # "won 29 of the 50 votes": counted among the votes
        among = next((c for c in whole.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None)
        if anchor.pos_ not in ("VERB", "AUX") or among is None:
            return None
        wh = f"How many of {wording.render(t for t in among.subtree if t.i <= among.i)}"  # not "cast by the board …"
        if ent.root.dep_ == "nsubj":
            prompt = wording.subject_question(anchor, wh, needs_content=False)
        else:
            prompt = wording.wh_question(anchor, wh, list(ent.root.subtree))
        key = ("amount", *_event_key(wording, anchor, {t.i for t in ent.root.subtree}), "of")
        return _count(key, prompt, ent.text, number)
    earliest = doc[ent.sent.start - 1].sent.start if ent.sent.start > 0 else 0
    counted = next(
        (t.head for t in reversed(doc[earliest : ent.start]) if t.dep_ == "nummod" and t.head.tag_ in ("NNS", "NNPS")),
        None,
    )
    if counted is None or anchor.pos_ not in ("VERB", "AUX"):
        return None
    wh = f"How many {counted.text}"
    if ent.root.dep_ == "nsubj":
        prompt = wording.subject_question(anchor, wh, needs_content=False)
    else:
        prompt = wording.wh_question(anchor, wh, list(ent))
    key = ("amount", *_event_key(wording, anchor, set(range(ent.start, ent.end))), counted.lemma_)
    return _count(key, prompt, ent.text, number)


def _count(key: tuple, prompt: str | None, answer: str, number: int) -> Fact | None:
    """A count fact: the figure as written without its hedge ("about 1.4 million"), accepted in digits or words too."""
    figure = HEDGE.sub("", answer)
    if unqualified(figure) != figure:
        figure = figure[0].lower() + figure[1:]  # "At least 17 people drowned": the bound's capital is the sentence's
    return make_fact("amount", key, prompt, figure, "CARDINAL", (*_number_words(number, figure), answer), str(number))


def _count_value(text: str) -> int | None:
    """The whole number a count is written as ("1,200", "fifteen", "about 1.4 million"), or None."""
    text = unqualified(HEDGE.sub("", text.replace(",", "").strip().lower()))  # "at least 86" counts 86
    if text.isdigit():
        return int(text)
    scaled = re.fullmatch(r"\d+(?:\.\d+)? (?:million|billion|trillion)", text)  # "2.6 billion"
    if scaled:
        return int(float(amount_value(text)))
    return _SMALL_NUMBERS.index(text) if text in _SMALL_NUMBERS else None


_SMALL_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()


def _number_words(number: int, written: str) -> list[str]:
    """The other ways to write a small count: "15" for "fifteen", "fifteen" for "15"."""
    forms = [str(number)]
    if number < len(_SMALL_NUMBERS):
        forms.append(_SMALL_NUMBERS[number])
    return [f for f in forms if f != written.lower()]
