"""Questions about the named arguments of every clause, and about the people an apposition describes.

Where the specific finders of ``extract`` look for one shape of fact, these
ask about any clause whose subject, object or prepositional object is a
named person, organisation, place or work: the subject by substitution
("Which Norwegian daily newspaper revealed a deal …?"), the others with
do-support and inversion ("Which company did Norway agree with …?"). The
wh-phrase names the answer's type from the article's own words (the title
or description written before the name) or from the name itself (the head
noun of "Nordic Investment Bank", a gazetteer's level for a place).
Also here: "Who is …?" for a description in apposition, what a
consequential verb acts on, and the post someone served in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quizgen.extract import (
    MEETING_VERBS,
    PLACE_LABELS,
    REPORTING_VERBS,
    controls_an_infinitive,
    entity_answer,
    identity,
    key_text,
    longer_name,
    make_fact,
    name_answer,
    noun_phrase,
    path_to,
    spelled_out,
    trailing_place,
    who_holds,
    without_article,
)
from quizgen.finetypes import hyphen_modifier, organisation_kind
from quizgen.inflection import plural, singular
from quizgen.lexicon import (
    AGENT_NOUNS,
    APPOINTING_VERBS,
    ARGUMENT_PREPOSITIONS,
    CONSEQUENTIAL_VERBS,
    DEAL_NOUNS,
    DEAL_VERBS,
    DEFINING_VERBS,
    DEPARTURE_VERBS,
    DEMONSTRATIVES,
    GENERIC_NOUNS,
    INNER_PREPOSITIONS,
    MOVEMENT_PREPOSITIONS,
    NAMING_VERBS,
    NESTED_PLACE_PREPOSITIONS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    POST_VERBS,
    SPEECH_VERBS,
    STATE_OFFICES,
    TOPIC_PREPOSITIONS,
    VAGUE_ADJECTIVES,
    VAGUE_QUANTIFIERS,
    VERDICT_VERBS,
    VIEW_VERBS,
)
from quizgen.model import Fact
from quizgen.names import TITLE_WORDS, looks_like_person
from quizgen.places import continent_of, island_country, named_in, national_capital, place_level
from quizgen.titles import office_tokens, stacked_titles, title_tokens
from quizgen.wording import (
    QUOTES,
    SUBJECTS,
    Wording,
    absolute_clause,
    after_comma,
    attribution,
    kind_of_name,
    negated,
    points_elsewhere,
    possessive,
    quotations,
    quoted,
    told_in_passing,
)

ANSWER_LABELS = frozenset("PERSON ORG GPE LOC FAC EVENT LAW WORK_OF_ART PRODUCT".split())
OBJECTS = ("dobj", "dative", "oprd")
NAMED_KINDS = ("ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
"""Entities that name a thing written with its kind after it: "the *Arcadia* pipeline", "the *Bergen* accord"."""
SUBORDINATE = ("acl", "amod", "csubj")
"""Clauses whose questions would lose what they hang on."""


@dataclass(frozen=True)
class Answer:
    """What a question about one argument answers, and how it asks for it."""

    text: str
    accept: tuple[str, ...]
    label: str
    wh: str
    """ "who", "which Norwegian daily newspaper", "which countries": the phrase a question asks with."""
    members: tuple[str, ...] = ()
    """The coordinated names of a list answer ("Lapland, Karelia and Svalbard"), else empty."""


def find_arguments(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """Questions about the named subject, objects and prepositional objects of each clause."""
    for head in wording.tokens(sentence):
        if head.pos_ not in ("VERB", "AUX") or head.dep_ in SUBORDINATE or head.lemma_ in MEETING_VERBS | DEFINING_VERBS:
            continue  # meetings are asked once, by extract's meeting finder; a gloss of a word is no news
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        bare_number = any(c.dep_ == "dobj" and c.pos_ == "NUM" and not c.n_lefts + c.n_rights for c in head.children)
        if subject is not None and not bare_number:  # "Who received 145?" lacks what was counted
            yield from _subject_facts(wording, head, subject)
        elif head.dep_ not in ("xcomp", "conj") and not _participle_clause(head):
            continue  # a verb with no subject of its own is asked about through the clause it continues ("asked X to waive …")
        for child in head.children:
            if child.dep_ == "prep":
                yield from _named_modifier_fact(wording, head, child)
            if child.dep_ in OBJECTS and head.lemma_ not in SPEECH_VERBS | REPORTING_VERBS:  # "…, announced the ministry": a speaker
                yield from _object_or_owner(wording, head, child, list(child.subtree), "")
                yield from _inner_facts(wording, head, child)
            elif child.dep_ in ("prep", "agent") and child.lower_ in ARGUMENT_PREPOSITIONS:
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and not absolute_clause(child):
                    yield from _object_or_owner(wording, head, obj, list(child.subtree), child.lower_)
                    yield from _inner_facts(wording, head, obj)


def _subject_facts(wording: Wording, head: Token, subject: Token) -> Iterator[Fact]:
    """ "Which Canadian retailer acquired …?"; for people named together, one question each:
    "Who, together with Karin Lund, signed …?" """
    people = [subject, *subject.conjuncts]
    singles = [_single(wording, member) for member in people] if len(people) > 1 else []
    plural_verb = any(t.tag_ == "VBP" for t in (head, *head.children) if t == head or t.dep_ in ("aux", "auxpass"))
    if singles and not plural_verb and all(a is not None and a.label == "PERSON" for a in singles):
        for i, answer in enumerate(singles):
            others = _joined([a.text for j, a in enumerate(singles) if j != i])
            wh = f"{_capitalised(answer.wh)}, together with {others},"
            yield from _fact(wording, head, "subject", answer, lambda: wording.subject_question(head, wh))
        return
    answer = _answer(wording, subject)
    if answer is not None and not (answer.wh in ("which place", "what") and head.lemma_ in SPEECH_VERBS):  # speakers are people or bodies
        yield from _fact(wording, head, "subject", answer, lambda: wording.subject_question(head, _capitalised(answer.wh)))


def _object_or_owner(wording: Wording, head: Token, obj: Token, leave_out: list[Token], preposition: str) -> Iterator[Fact]:
    """The question about an object's named owner ("Which country's election did X win?") or, with none, about
    the object: one question per object, not a second whose answer is "Norway's presidential election"."""
    owned = list(_owner_fact(wording, head, obj, leave_out, preposition))
    yield from owned or _object_fact(wording, head, obj, leave_out, preposition)


def _object_fact(wording: Wording, head: Token, obj: Token, leave_out: list[Token], preposition: str) -> Iterator[Fact]:
    answer = _answer(wording, obj)
    if answer is None:
        return
    if preposition == "by" and head.tag_ == "VBN" and head.lemma_ in SPEECH_VERBS | REPORTING_VERBS:
        return  # "was reported by the Irish Times": a source, asked by extract's attribution finder
    wh = "From where" if preposition == "from" and _from_a_site(head, answer) else _wh_for(preposition, answer)
    yield from _fact(wording, head, preposition or obj.dep_, answer, lambda: _question(wording, head, wh, leave_out))


def _named_modifier_fact(wording: Wording, head: Token, prep: Token) -> Iterator[Fact]:
    """A name written before its kind in a phrase of the verb: "at the launch of the Arcadia wind farm" →
    "At the launch of which wind farm did X …?" → "Arcadia"."""
    if attribution(prep) or absolute_clause(prep):
        return
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is not None and _named_deal(wording, noun) is not None:
        return  # "to the Nordic Free Trade Area agreement": asked once, by the pact's name (_named_deal)
    while noun is not None and noun.pos_ == "NOUN":
        named = [c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in NAMED_KINDS and c.i < noun.i]
        ent = wording.entity(named[0]) if named else None
        if ent is not None and ent.end <= noun.i and not any(t.ent_type_ for t in ent.doc[ent.end : noun.i]):
            kind = [t for t in ent.doc[ent.end : noun.i + 1]]  # "wind farm"
            phrase = list(prep.subtree)
            start = min(t.i for t in noun.subtree)
            if any(t.i > noun.i for t in noun.subtree):
                return  # a phrase after the named thing would land after "which …"
            before = [t for t in phrase if t.i < start]
            wh = _capitalised(f"{wording.render(before)} which {wording.render(kind)}")
            answer = without_article(ent.text)
            prompt = _question(wording, head, wh, phrase)
            key = ("arg", identity(wording, wording.subject_of(head)), head.lemma_, f"{prep.lower_} {noun.lemma_}", key_text(answer))
            fact = make_fact("deal" if noun.lemma_ in DEAL_NOUNS else "other", key, prompt, answer, ent.label_)
            if fact:
                yield fact
            return
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _owner_fact(wording: Wording, head: Token, noun: Token, leave_out: list[Token], preposition: str) -> Iterator[Fact]:
    """ "asked for Anna Berg's resignation" → "For whose resignation did X ask?": the named owner of an object."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    of_person = next((c for c in of.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None) if of is not None else None
    if owner is None and of_person is not None and not any(c.dep_ == "poss" for c in noun.children):
        owner = of_person  # "the strategy of Prime Minister Anna Berg" is her strategy
    if owner is None or noun.pos_ != "NOUN" or owner.pos_ != "PROPN":
        return
    answer = _answer(wording, owner)
    if answer is None or answer.members or answer.wh == "what" and answer.label != "PERSON":
        return  # "What's weak targets …?": a thing of no known kind has no "which …'s" to ask with
    restricting = [c for c in noun.rights if (c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and c.lower_ == "of") and not after_comma(c)]
    if owner.i < noun.i and restricting:
        return  # "welcomed Japan's decision to raise spending": "Which country's decision …?" would lose which decision
    owned = [t for t in noun_phrase(noun) if owner.right_edge.i < t.i <= noun.i or owner.i > noun.i and t.i <= noun.i and t.dep_ != "det"]
    whose = "whose" if answer.label == "PERSON" else possessive(answer.wh)  # "which country's presidential election"
    wh = _capitalised(f"{preposition} {whose} {wording.render(owned)}".strip())
    yield from _fact(wording, head, f"{noun.lemma_} owner", answer, lambda: _question(wording, head, wh, leave_out))


def _inner_facts(wording: Wording, head: Token, noun: Token) -> Iterator[Fact]:
    """Questions about a name in a phrase of the verb's object: "waive immunity *for Anne Larsen*" → "For whom …?".

    Phrases nested one level deeper count too ("concerns about practices *in
    Lapland*"), and "in" only for a place.
    """
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_:
        return
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if prep.lower_ in INNER_PREPOSITIONS | TOPIC_PREPOSITIONS:  # "concerns about Norway's fishing" → "About whose fishing …?"
            yield from _owner_fact(wording, head, obj, list(prep.subtree), prep.lower_)
        answer = _answer(wording, obj) if prep.lower_ in INNER_PREPOSITIONS else None
        if answer is not None and noun.dep_ == "pobj" and noun.head.head == head and prep.lower_ not in NESTED_PLACE_PREPOSITIONS:
            pass  # "withdrew from a treaty with Iceland": "With which country did X withdraw …?" would be the withdrawing's
        elif answer is not None and (answer.label in PLACE_LABELS if prep.lower_ in NESTED_PLACE_PREPOSITIONS else noun.dep_ in OBJECTS):
            # "for X", "with X" only inside the verb's own object ("waive immunity for X"): deeper, "With which country did
            # Norway build a fence along its border?" would read as a partner in the building
            wh = _wh_for(prep.lower_, answer)
            if prep.lower_ == "on" and wh != "Where":
                continue  # "a conference on Sudan" is about the country; "On which country did X attend …?" misreads it
            yield from _fact(wording, head, f"{noun.lemma_} {prep.lower_}", answer, lambda: _question(wording, head, wh, list(prep.subtree)))
        elif noun.dep_ in OBJECTS or noun.head.head == head:
            yield from _inner_facts(wording, head, obj)


def _question(wording: Wording, head: Token, wh: str, leave_out: list[Token]) -> str | None:
    """The wh-question about ``leave_out`` in ``head``'s clause; a verb joined to another by "and"
    shares that verb's subject ("Norway licensed X, then agreed with Vestas to …")."""
    shared = None
    if _participle_clause(head):  # "X was asked about it while speaking at a school in Dover"
        shared = next(c for c in head.head.children if c.dep_ in SUBJECTS)
    elif head.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in head.children):
        shared = wording.shared_subject(head)
        if shared is None:
            return None
    return wording.wh_question(head, wh, leave_out, shared)


def _participle_clause(head: Token) -> bool:
    """True for a participle clause that shares its main clause's subject ("…, *speaking to reporters in Dover*");
    not after someone appointed: in "named X as chief executive, replacing Y", X does the replacing."""
    return (
        head.dep_ == "advcl" and head.tag_ == "VBG"
        and not any(c.dep_ in SUBJECTS for c in head.children)
        and head.head.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in head.head.children)
        and not (head.head.lemma_ in APPOINTING_VERBS and any(c.dep_ == "dobj" for c in head.head.children))
    )


def _from_a_site(verb: Token, answer: Answer) -> bool:
    """True for where a journey starts, named as the model's organisation or facility: "launch from Kourou
    Spaceport" is asked "From where …?", not "From which organisation …?"."""
    return verb.lemma_ in DEPARTURE_VERBS and answer.label in ("ORG", "FAC", "GPE", "LOC") and answer.wh in ("which organisation", "which place")


def _wh_for(preposition: str, answer: Answer) -> str:
    """The opening of a question about a prepositional object: "In which city", "Where", "With whom"."""
    level = place_level(answer.text) if not answer.members else None
    if answer.label in PLACE_LABELS or level:
        if preposition == "in" and answer.wh != "which place":
            return _capitalised(_fronted(preposition, answer.wh))  # "In which city", "In which countries"
        if preposition in PLACE_PREPOSITIONS or preposition == "on" and (level is None or island_country(answer.text)):
            return "Where"  # "met on Malta", "on Gotland"; but one relies "on China", not somewhere
    if preposition == "near" and answer.label in ("ORG", "FAC"):
        return "Near which place"  # an air base or a factory is a place to be near, not an organisation
    if preposition in PLACE_PREPOSITIONS and answer.label in ("ORG", "FAC") and answer.wh in ("which organisation", "which place"):
        return "Where"  # "sworn in at Skaugum House", "spoke in Parliament": no kind of organisation to ask for
    return _capitalised(_fronted(preposition, answer.wh))


def _fronted(preposition: str, wh: str) -> str:
    """The wh-phrase with its preposition in front: "to which country", "with whom"."""
    if not preposition:
        return wh
    return f"{preposition} whom" if wh == "who" else f"{preposition} {wh}"


def _fact(wording: Wording, head: Token, role: str, answer: Answer, prompt: Callable[[], str | None]) -> Iterator[Fact]:
    """The fact that ``answer`` is ``head``'s ``role``, unless it is no fact to learn; ``prompt`` writes its
    question, only once the fact is kept (writing a question is the costly part)."""
    kind = _kind(head, answer.label, role)
    if kind == "other" and (quoted(head) or _viewed(head)):
        return  # a speaker's view ("X played a critical role", "stressed that the world has an interest in Y") is theirs to have said, not a fact to learn
    if role in PLACE_PREPOSITIONS and negated(head):
        return  # "services no longer needed at the Opera House": no event happened there
    subject = wording.subject_of(head)
    if role != "subject" and answer.label == "GPE" and subject is not None and _names_own_country(wording.title_of(subject), answer):
        return  # "US President X withdrew the US from …": "Which country did X withdraw?" answers itself
    key = ("arg", identity(wording, subject) if role != "subject" else "", head.lemma_, role, key_text(answer.text))
    fact = make_fact(kind, key, prompt(), answer.text, answer.label, answer.accept, aside=told_in_passing(head))
    if fact:
        yield fact


def _names_own_country(title: str, answer: Answer) -> bool:
    return bool(title) and named_in(answer.text, title)  # "US President" names "the United States"


def _viewed(head: Token) -> bool:
    """True for a clause a speaker puts forward as their view ("Berg stressed that the world has an interest …",
    "explained Norway will keep fishing …"); "said that Acme will open a factory" is news."""
    while head.dep_ in ("conj", "xcomp"):
        head = head.head
    if head.dep_ != "ccomp":
        return False
    return head.head.lemma_ in VIEW_VERBS


def _answer(wording: Wording, token: Token) -> Answer | None:
    """The answer a question about ``token`` has: a whole named entity, or a list of names of one type."""
    members = [token, *token.conjuncts] if any(c.dep_ == "conj" for c in token.children) else [token]
    singles = [_single(wording, member) for member in members]
    if any(a is None for a in singles):
        return None
    if len(singles) == 1:
        return singles[0]
    if len({a.label for a in singles}) > 1 and not all(a.label in PLACE_LABELS for a in singles):
        return None
    names = [a.text for a in singles]
    first, last = wording.entity(members[0]), wording.entity(members[-1])
    written = token.doc[first.start : last.end].text  # as the article writes it: "Kenya and the UK"
    if singles[0].label == "PERSON" or not written.startswith(names[0]):
        written = _joined(names)
    if len({a.wh for a in singles}) > 1:  # "a Chilean minister and a Korean one": no one description fits both
        wh = "who" if singles[0].label == "PERSON" else "which places" if all(a.label in PLACE_LABELS for a in singles) else "what"
    else:
        wh = singles[0].wh if singles[0].wh in ("who", "what") else _plural(singles[0].wh)
    accept = (_joined(names), _joined(names, oxford=True))
    return Answer(written, accept, singles[0].label, wh, tuple(names))


def _single(wording: Wording, token: Token) -> Answer | None:
    """The answer for one name: a person's fullest name, or an entity without its leading "the"."""
    if token.pos_ == "PRON":
        return None
    ent = wording.entity(token)
    if ent is None and (person := wording.person(token)):  # a surname the model left untagged after a quotation
        text, accept = name_answer(wording, person)
        return Answer(text, tuple(accept), "PERSON", "who")
    if ent is None:
        return _named_deal(wording, token)
    if ent.root != token or ent.label_ not in ANSWER_LABELS:
        return None
    if ent.label_ != "PERSON" and _title_owner(ent):
        return None  # "Export–Import Bank president Ade Bello said": the bank only says whose president
    if ent.label_ == "ORG" and _model_of(ent, wording.article.body):
        return None  # "the Kestrel" after "a Kestrel K7": the car, not the company
    person = wording.person(token) if ent.label_ == "PERSON" else None
    if person and not looks_like_person(person, wording.article.body) and not office_tokens(ent):  # "Secretary of State Lund" is a person
        if len(person.split()) < 2 and not _description(ent):
            return None  # a lone word tagged as a person ("Nordwind"): too little to say what it is
        text, accept = entity_answer(ent)  # "Cargo Ship Aurora": a thing with a name
        return Answer(text, tuple(accept), "PRODUCT", f"which {_description(ent)}" if _description(ent) else "what")
    text, accept = name_answer(wording, person) if person else entity_answer(ent)
    if not re.search(r"[A-Za-z]{2}", text):
        return None
    full = spelled_out(wording.doc, text) or (longer_name(wording.doc, text) if ent.label_ == "ORG" else None)
    if full:  # "NSC" asked as "Nordkapp Space Center", "Vestra" as "Vestra Energy", the short form accepted
        text, accept = full, [*accept, text]
    wh = _wh_phrase(ent, text)
    return Answer(text, tuple(accept), ent.label_, wh) if wh else None


def _title_owner(ent: Span) -> bool:
    """True for a name that only says whose title follows: "Lapland Bank (LB) Research Director Anna Berg"."""
    doc, i = ent.doc, ent.end
    while i < min(ent.end + 8, len(doc)) and doc[i].ent_type_ != "PERSON":
        if not (doc[i].text in "()" or doc[i].is_title or doc[i].is_upper or doc[i].lower_ in TITLE_WORDS):
            return False
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON" and i - ent.end <= 7


def _model_of(ent: Span, text: str) -> bool:
    """True for a maker's name that stands for one of its products: "the Kestrel" in a story of "a Kestrel K7"."""
    name = without_article(ent.text)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ == "the" and bool(re.search(rf"\b{re.escape(name)} [A-Z]*\d", text))


def _named_deal(wording: Wording, token: Token) -> Answer | None:
    """A pact named by the name written before its noun: "the Nordic Free Trade Area (NoFTA) agreement" →
    "Which agreement …?", its name with or without the noun accepted."""
    if token.lemma_ not in DEAL_NOUNS or token.tag_ != "NN" or token.i == 0:
        return None
    name = wording.entity(token.doc[token.i - 1])
    if name is None or name.label_ not in ("ORG", "LAW", "EVENT") or name.end != token.i or len(without_article(name.text).split()) < 3:
        return None  # "the Boeing deal", "the EU agreement": a party to the pact, not its name
    named = without_article(name.text)
    short = re.findall(r"\(([^)]+)\)", named)  # "(NoFTA)"
    accept = [named, *(f"{form} {token.text}" for form in short), *short]
    return Answer(f"{named} {token.text}", tuple(accept), "LAW", f"which {token.lemma_}")


def _joined(names: list[str], oxford: bool = False) -> str:
    """ "A", "A and B", "A, B and C" (with ``oxford``, "A, B, and C")."""
    if len(names) < 3:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ("," if oxford else "") + " and " + names[-1]


def _plural(wh: str) -> str:
    """ "which country" → "which countries"."""
    words = wh.split(" ", 1)
    return f"{words[0]} {plural(words[1])}" if len(words) == 2 else wh


def _wh_phrase(ent: Span, answer: str) -> str | None:
    """ "who", "which Norwegian daily newspaper", "which bank", "which country": what a question asks for."""
    description = _description(ent)
    if description:
        return f"which {description}"
    if ent.label_ == "PERSON":
        return "who"
    if ent.label_ in ("GPE", "LOC", "FAC"):
        if ent.root.dep_ in ("nsubj", "nsubjpass") and national_capital(answer) and not any(t.lemma_ == "city" for t in ent.sent):
            return "which capital"  # "Oslo expelled two diplomats": a government, which no city is ("cities bid" are cities)
        default = "region" if ent.label_ == "LOC" else "place"  # "the Western Balkans", "the Scottish Highlands"
        return f"which {place_level(answer) or organisation_kind(ent) or default}"
    if ent.label_ == "ORG":
        kind = organisation_kind(ent) or _apposed_kind(ent)
        return f"which {kind if kind and not _kind_gives_away(answer, kind) else 'organisation'}"
    kind = kind_of_name(ent) or _apposed_kind(ent)  # an event or work named for what it is ("the Bergen Conference")
    return f"which {kind}" if kind and kind != answer.lower() else "what"


def _apposed_kind(ent: Span) -> str:
    """The kind a description set after a name by commas says it is: "parliament" in "the Folketing, Denmark's
    179-seat parliament,"; "" when there is none."""
    noun = next((c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.root.i and c.tag_ == "NN" and not c.ent_type_), None)
    return noun.lower_ if noun is not None and not hyphen_modifier(noun) else ""


def _kind_gives_away(answer: str, kind: str) -> bool:
    """True when the kind word leaves nothing to recall but a continent: "which senate" for "Senate", "which
    union" for "European Union"; "which bank" for "Nordea Bank" leaves the name."""
    words = answer.split()
    if answer.lower() == kind:
        return True
    return len(words) == 2 and words[1].lower() == kind and continent_of(words[0]) is not None


def _description(ent: Span) -> str:
    """The title or description written before a name ("Norwegian daily newspaper"), or ""."""
    words, office = title_tokens(ent), office_tokens(ent)
    if words and office and office[0].i < words[0].i and words[-1] == office[-1]:
        words = office  # "Minister for Fisheries X": the title whole, not the "Fisheries" the parser hangs on the name
    words = stacked_titles(words)[-1]  # "Union chairperson President X": "Which President …?"
    if not words or any(t.tag_ == "POS" or t.dep_ == "poss" for t in words):
        return ""
    if not any(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ for t in words):
        return ""
    if hyphen_modifier(words[-1]):
        return ""  # "second-tier Oslo City": what kind of club, not a kind to ask "which" of
    if words[0].i > 1 and ent.doc[words[0].i - 1].lower_ in ("and", "or") and not ent.doc[words[0].i - 2].ent_type_:
        words = words[-1:]  # "cable and wire manufacturer X" is no wire manufacturer ("X and Prime Minister Y" is)
    text = " ".join([*(t.text for t in words[:-1]), singular(words[-1].text) if words[-1].tag_ in ("NNS", "NNPS") else words[-1].text])
    if words[0].is_sent_start and len(words) > 1 and words[1].is_lower and not words[0].ent_type_:
        text = text[0].lower() + text[1:]  # "Foreign ministry spokesman X said": the capital is the sentence's
    return re.sub(r"\s*-\s*", "-", text)  # "Presidents X and Y": each one a President


def _kind(head: Token, label: str, role: str) -> str:
    if role in PLACE_PREPOSITIONS | MOVEMENT_PREPOSITIONS and label in PLACE_LABELS:
        return "where"  # "To which country does X fly cargo?" asks a place as much as "Where …?"
    if head.lemma_ in DEAL_VERBS or any(c.lemma_ in DEAL_VERBS for c in head.children if c.dep_ == "xcomp"):
        return "deal"
    return "role" if label == "PERSON" else "other"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def find_descriptions(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """role: who a description in apposition names ("Tamás Kovács, the Norwegian government commissioner …")."""
    yield from _stated_ages(wording, sentence)
    for ent in wording.ents(sentence):
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        name = wording.names.canonical(ent.text, wording.article.id)
        if not looks_like_person(name, wording.article.body):
            continue
        for noun in nouns:
            if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
                continue  # "Berg's chief spokesperson": a relation, asked by extract's role finder
            if noun.tag_ in ("NNS", "NNPS"):
                continue  # "the Danish and Swedish ministers, X and Y": several people, asked one by one elsewhere
            if noun.lemma_ in PLACE_NOUNS:
                continue  # "in Lima, Peru's capital, X said": the model's person is no capital
            named = {t.i for t in (ent.root.subtree if ent.root.head == noun else ent)}  # "…, Gen. Oscar Valdez": the rank is the name's
            phrase = [t for t in noun.subtree if t.i not in named]
            phrase = [t for t in phrase if not (t.i > noun.i and t.dep_ in ("relcl", "acl") and t.head == noun)]
            phrase = _trimmed(phrase)
            if len(phrase) < 3 or any(t.pos_ == "PRON" for t in phrase):
                continue
            role = wording.mid_sentence(phrase)
            if phrase[0].pos_ != "DET":
                role = f"the {role}"
            answer, accept = name_answer(wording, name)
            key = ("role", "description", key_text(role), key_text(answer))
            singles_out = phrase[0].lower_ not in ("a", "an") and (  # "a 23-year-old cyclist" describes; only the age is asked
                noun.lower_ in STATE_OFFICES or any(t.ent_type_ in ("GPE", "ORG", "FAC", "LOC") or t.dep_ == "prep" for t in phrase)
            )  # "the Danish director" is one of many; "the director of the Oslo festival" is one
            fact = make_fact("role", key, who_holds(wording.article, noun, role), answer, "PERSON", accept) if singles_out else None
            if fact:
                yield fact
            age = re.search(r"\b(\d{1,3})-year-old\b", role)
            if age:  # "Harry Smith, a 19-year-old motorcyclist" → "How old was Harry Smith?"
                fact = _age_fact(wording, noun, answer, age[1])
                if fact:
                    yield fact


def _stated_ages(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """A person's age set by commas after their name: "Delgado, 52, ran …" → "How old is Maria Delgado?"."""
    for number in wording.tokens(sentence):
        name = number.head
        if number.dep_ != "appos" or not number.text.isdigit() or not 1 <= int(number.text) <= 120:
            continue
        if number.i != name.i + 2 or number.doc[name.i + 1].text != "," or number.i + 1 >= len(number.doc) or number.doc[number.i + 1].text != ",":
            continue
        person = wording.person(name)
        if person is not None:
            yield from filter(None, [_age_fact(wording, name, name_answer(wording, person)[0], number.text)])


def _age_fact(wording: Wording, described: Token, person: str, age: str) -> Fact | None:
    verb = "is" if wording.tense(described.sent.root) == "present" else "was"
    return make_fact("amount", ("age", key_text(person)), f"How old {verb} {person}?", age, "CARDINAL", (f"{age} years old", f"{age}-year-old"), age)


def find_products(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """What a maker written before its name makes: "valve and pump maker Wiatrak Group" → "What kind of maker
    is Wiatrak Group?" → "valve and pump"; "arms maker Wiatrak Group" → "What does Wiatrak Group make?" → "arms"."""
    for ent in wording.ents(sentence):
        agent = ent.doc[ent.start - 1] if ent.start > sentence.start else None
        if ent.label_ not in ANSWER_LABELS or agent is None or agent.lower_ not in AGENT_NOUNS:
            continue
        made, i = [], agent.i - 1
        while i >= sentence.start and (ent.doc[i].pos_ == "NOUN" and not ent.doc[i].ent_type_ or made and ent.doc[i].lower_ in (",", "and")):
            made.insert(0, ent.doc[i])
            i -= 1
            if i > sentence.start and ent.doc[i].text == "-" and not ent.doc[i].whitespace_ and not ent.doc[i - 1].whitespace_:
                made[:0] = ent.doc[i - 1 : i + 1]  # "wind-turbine maker X" makes wind turbines, whatever "wind" is tagged
                i -= 2
        while made and made[0].lower_ in (",", "and"):
            made.pop(0)
        if not made:
            continue
        name = wording.names.canonical(ent.text, wording.article.id) if ent.label_ == "PERSON" else without_article(ent.text)
        answer = wording.render(made)
        if all(t.tag_ == "NNS" for t in made if t.pos_ == "NOUN"):
            prompt = f"What does {name} {AGENT_NOUNS[agent.lower_]}?"  # "arms maker X": "What does X make?" "arms"
        else:  # "cable and wire maker X" makes cables and wires; "what kind of maker" keeps the nouns as written
            prompt = f"What kind of {agent.lower_} is {name}?"
        fact = make_fact("other", ("product", key_text(name)), prompt, answer, "THING")
        if fact:
            yield fact


def _trimmed(tokens: list[Token]) -> list[Token]:
    """A phrase without the punctuation and conjunctions at its edges, and cut at a gap."""
    tokens = sorted(tokens, key=lambda t: t.i)
    for i in range(1, len(tokens)):
        if tokens[i].i != tokens[i - 1].i + 1:
            tokens = tokens[:i]
            break
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    return tokens


def find_objects(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """What a consequential verb acts on, when it is a described thing, not a name: "What will X receive?" → "full fuselage trainer"."""
    for head in wording.tokens(sentence):
        if head.pos_ != "VERB" or head.lemma_ not in CONSEQUENTIAL_VERBS or head.dep_ in (*SUBORDINATE, "pcomp"):
            continue
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        yield from _pact_in_phrase(wording, head)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or obj.lower_ in GENERIC_NOUNS or controls_an_infinitive(head, obj):
            continue
        if obj.lemma_ in TITLE_WORDS and head.lemma_ in APPOINTING_VERBS:
            continue  # "named a new chief executive": a post, not the person who fills it
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in obj.children):
            continue  # "won Norway's presidential election": asked by its owner ("Which country's …?")
        place = trailing_place(wording, obj)  # "hosted talks at the castle": where the hosting was, asked on its own
        phrase = [t for t in noun_phrase(obj) if t not in place]
        telling = [t for t in phrase if t.head == obj and t.dep_ in ("amod", "compound", "nummod", "prep", "conj") and t.lower_ not in VAGUE_ADJECTIVES]
        name = _given_name(obj)
        if not telling and not name:
            continue  # a bare "the plan" is no fact to learn
        if not name and all(t.dep_ == "nummod" for t in telling):
            continue  # "used three helicopters": the count is the fact, asked "How many helicopters …?"
        if any(t.pos_ == "PRON" or t.dep_ == "det" and t.lower_ in DEMONSTRATIVES for t in phrase) or points_elsewhere(phrase):
            continue  # "a similar deal": similar to which?
        core = [t for t in phrase if t.i <= obj.i or not any(a.dep_ == "prep" for a in path_to(t, obj))]
        forms = (wording.render(phrase), without_article(wording.render(core)), *([wording.render(name[1:]).strip("“”\"")] if name else []))
        phrase = sorted([*phrase, *name], key=lambda t: t.i)
        answer = without_article(wording.render(phrase))
        accept = tuple(dict.fromkeys(f for f in forms if f != answer and len(f.split()) > 1))  # never a bare "increase"
        wh = "Who" if obj.lemma_ in TITLE_WORDS else "What"
        prompt = _question(wording, head, wh, [t for t in obj.subtree if t not in place])
        kind = "deal" if head.lemma_ in DEAL_VERBS else "other"
        if kind == "other" and quoted(head):
            continue
        key = ("object", identity(wording, wording.subject_of(head)), head.lemma_, obj.lemma_)
        fact = make_fact(kind, key, prompt, answer, "THING", accept)
        if fact:
            yield fact


def _given_name(noun: Token) -> list[Token]:
    """The words that name ``noun``: "dubbed "Nordic 2030"" of "a program dubbed "Nordic 2030" in 2017"."""
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_ in NAMING_VERBS), None)
    name = next((c for c in participle.children if c.dep_ == "oprd"), None) if participle is not None else None
    if name is None:
        return []
    words = [participle, *name.subtree]
    after = noun.doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(noun.doc) else None
    if after is not None and after.text in QUOTES and after.head == participle:
        words.append(after)  # the closing mark the parser hung on the verb
    return words


def _pact_in_phrase(wording: Wording, head: Token) -> Iterator[Fact]:
    """A described pact a consequential verb acts on through a preposition: "withdrew the US from a fishing treaty
    with Norway" → "From which treaty did X withdraw the US?" → "a fishing treaty with Norway"."""
    for prep in head.children:
        pact = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ in ARGUMENT_PREPOSITIONS else None
        if pact is None or pact.lemma_ not in DEAL_NOUNS or pact.ent_type_ or pact.tag_ != "NN":
            continue
        phrase = noun_phrase(pact)
        if not any(t.dep_ in ("amod", "compound", "prep") and t.head == pact for t in phrase) or any(t.pos_ == "PRON" for t in phrase):
            continue  # "from the treaty": which one?
        if any(t.ent_type_ == "MONEY" for t in phrase):
            continue  # "in a deal worth $3 billion": the amount question asks that; as a description it says no more
        prompt = _question(wording, head, _capitalised(f"{prep.lower_} which {pact.lemma_}"), list(prep.subtree))
        key = ("object", identity(wording, wording.subject_of(head)), head.lemma_, prep.lower_, pact.lemma_)
        fact = make_fact("deal", key, prompt, wording.render(phrase), "THING", (without_article(wording.render(phrase)),))
        if fact:
            yield fact


def find_posts(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """role: the post someone served in ("Olsen served as ambassador to the UN" → "As what did Olsen serve …?")."""
    if not re.search(r"\bas\b", wording.text(sentence), re.IGNORECASE):
        return
    for head in wording.tokens(sentence):
        if head.lemma_ not in POST_VERBS or head.pos_ != "VERB":
            continue
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        post = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if post is None or post.pos_ != "NOUN" or wording.person(wording.subject_of(head) or head) is None:
            continue
        phrase = noun_phrase(post)
        core = [t for t in phrase if not any(a.dep_ == "prep" and a.head == post and a.lower_ not in ("of", "to", "for") for a in [t, *path_to(t, post)])]
        answer = without_article(wording.render(core))  # "the US ambassador to the UN", not "… under former president X"
        prompt = _question(wording, head, "As what", list(prep.subtree))
        extra = [t for t in phrase if t not in core]
        if prompt and extra:  # "… serve under former president X?": the phrase left out of the answer says when he served
            prompt = f"{prompt[:-1]} {wording.render(extra)}?"
        key = ("post", identity(wording, wording.subject_of(head)), key_text(answer))
        fact = make_fact("role", key, prompt, answer, "THING", (wording.render(phrase), without_article(wording.render(phrase))))
        if fact:
            yield fact


def find_examples(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """The names a plural noun lists with "including" or "such as": "Which Spanish firms have announced …?"
    → "Iberia, Repsol and Telefonica".

    The noun says what the names are, so their own entity labels (which the
    model often gets wrong for a list) are not needed: every member must be a name.
    """
    text = wording.text(sentence)
    if "including" not in text and "such as" not in text:
        return
    for marker in wording.tokens(sentence):
        noun = _listing_noun(marker)
        if noun is None or quoted(noun):
            continue
        preposition = noun.head if noun.dep_ == "pobj" else None
        head = preposition.head if preposition is not None else noun.head
        if noun.dep_ not in (*SUBJECTS, "dobj", "pobj") or head.pos_ not in ("VERB", "AUX"):
            continue
        names = _listed_names(marker, noun)
        if len(names) < 2 or any(t.lower_ in VAGUE_QUANTIFIERS | {"several", "other"} for t in noun.lefts):
            continue  # "several other states, including Chile and Peru": two of how many?
        answer = sentence.doc[names[0].start : names[-1].end].text
        described = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and t.ent_type_ not in ("PERSON", "ORG")]
        wh = "which " + " ".join(t.text for t in [*described, noun])
        if noun.dep_ in SUBJECTS:
            prompt = wording.subject_question(head, _capitalised(wh), needs_content=False)
        elif preposition is not None:
            prompt = _question(wording, head, _capitalised(_fronted(preposition.lower_, wh)), list(preposition.subtree))
        else:
            prompt = _question(wording, head, _capitalised(wh), list(noun.subtree))
        names = [n.text for n in names]
        key = ("examples", identity(wording, wording.subject_of(head)) if noun.dep_ not in SUBJECTS else "", head.lemma_, noun.lemma_)
        fact = make_fact(_kind(head, "", noun.dep_), key, prompt, answer, "LIST", (_joined(names), _joined(names, oxford=True)))
        if fact:
            yield fact


def _listing_noun(marker: Token) -> Token | None:
    """The plural noun that "including" or "such as" at ``marker`` gives examples of, or None."""
    if marker.lower_ == "including" and marker.dep_ == "prep":
        noun = marker.head
    elif marker.lower_ == "as" and marker.dep_ == "prep" and marker.i > 0 and marker.nbor(-1).lower_ == "such":
        noun = marker.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.tag_ == "NNS" else None


def _listed_names(marker: Token, noun: Token) -> list[Span]:
    """The names listed after ``marker`` ("including A, B, and C"), split at commas and "and"; none if
    anything else is listed. The parser's tree of such a list is often wrong, so it is read by position."""
    doc = marker.doc
    end = max([t.i for t in marker.subtree] + [t.i for c in noun.children if c.dep_ == "conj" and c.i > marker.i for t in c.subtree]) + 1
    names, start = [], marker.i + 1
    for i in range(marker.i + 1, end + 1):
        if i == end or doc[i].text == "," or doc[i].dep_ == "cc":
            if start < i:
                names.append(doc[start:i])
            start = i + 1
    return names if names and all(t.pos_ == "PROPN" for name in names for t in name) else []


def find_labels(wording: Wording, sentence: Span) -> Iterator[Fact]:
    """What someone called a thing, in their quoted words: "X called the pact "unlawful"" →
    "What did X call the pact?" → "unlawful"."""
    spans = quotations(sentence)
    if not spans:
        return
    for verb in wording.tokens(sentence):
        if verb.pos_ != "VERB" or verb.lemma_ not in NAMING_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None:
            continue
        labels = [(start, end) for start, end in spans if start == obj.i + 2 and end > start]  # the noun, a quotation mark, the label
        if not labels:
            continue
        start, end = labels[0]
        quoted_words = [t for s, e in spans if s >= start for t in sentence.doc[s - 1 : e + 1]]  # "… "unlawful" and "a mistake""
        joined = [t for t in sentence.doc[start - 1 : max(e for _, e in spans) + 1] if t.lower_ == "and" and t.head.i in {q.i for q in quoted_words}]
        parts = [sentence.doc[start:end].text.strip(" ,")]
        for conjunction in joined:  # every label is the answer: "unlawful" alone leaves "a mistake" a second right one
            following = next(((s, e) for s, e in spans if s == conjunction.i + 2), None)
            if following is not None:
                parts.append(sentence.doc[following[0] : following[1]].text.strip(" ,"))
        answer = parts[0] if len(parts) == 1 else " and ".join(f"“{p}”" for p in parts)
        prompt = _question(wording, verb, "What", [*quoted_words, *joined])
        key = ("label", identity(wording, wording.subject_of(verb)), obj.lemma_)
        fact = make_fact("other", key, prompt, answer, "THING", parts if len(parts) > 1 else ())
        if fact:
            yield fact
    yield from _quoted_verdicts(wording, sentence, spans)


def _quoted_verdicts(wording: Wording, sentence: Span, spans: list[tuple[int, int]]) -> Iterator[Fact]:
    """A speaker's verdict on a thing, in their quoted words: "X concluded that the pact is "unlawful"" →
    "How did X describe the pact?" → "unlawful"."""
    for clause in wording.tokens(sentence):
        verb = clause.head
        if clause.lemma_ != "be" or clause.dep_ != "ccomp" or verb.lemma_ not in VERDICT_VERBS:
            continue
        verdict = next((c for c in clause.children if c.dep_ in ("acomp", "attr")), None)
        thing = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if verdict is None or thing is None:
            continue
        speaker = wording.subject_of(verb)
        speaker_text = wording.subject_text(speaker) if speaker is not None and wording.is_whole_subject(speaker) else None
        if speaker_text is None:
            continue
        first = next(t.i for t in verdict.subtree if not t.is_punct)
        quoted_end = next((end for start, end in spans if start == first and verdict.i < end <= verdict.right_edge.i + 1), None)
        if quoted_end is None:
            continue  # only the speaker's own words, whole
        after = [t for c in (*verdict.rights, *clause.rights) if c.i >= quoted_end and c.dep_ == "prep" for t in c.subtree]  # in what
        if thing.pos_ in ("NOUN", "PROPN"):
            described = wording.mid_sentence(list(thing.subtree))
            if wording.points_back(list(thing.subtree)) or wording.unclear_pronoun(list(thing.subtree)):
                continue
        elif thing.lower_ in ("he", "she") and (own := wording.person(thing)) is not None and own == wording.person(speaker):
            described = "himself" if thing.lower_ == "he" else "herself"  # "X said he had been "clumsy"": of himself
        else:
            continue
        if after:
            described = f"{described} {wording.render(after)}"
        prompt = f"How {wording.do_support(verb, speaker)} {speaker_text} describe {described}?"
        answer = sentence.doc[first:quoted_end].text
        fact = make_fact("other", ("label", identity(wording, speaker), thing.lemma_), wording.once_named(prompt), answer, "THING")
        if fact:
            yield fact
