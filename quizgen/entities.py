"""Entity repair: the small English model's common entity mistakes, fixed with evidence from the same article.

Runs as the ``entity_repair`` pipeline component after the entity
recogniser, so every later stage sees the repaired entities.
"""

from __future__ import annotations

import re

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from quizgen.dates import MONTH_NAMES
from quizgen.inflection import dictionary_word
from quizgen.lexicon import BUSINESS_NOUNS, COMPANY_SUFFIXES, CURRENCY_WORDS, KIND_NOUNS, LAW_NOUNS, OFFICE_NOUNS, SCALE_ABBREVIATIONS, STORM_NOUNS, TIME_ZONES
from quizgen.names import TITLE_WORDS, is_known_first_name
from quizgen.places import place_level


NAME_LABELS = ("ORG", "GPE", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC", "LOC")
"""Labels the model gives a person's name at times ("Berg's" as an event): a known surname makes it a person."""


REPEATED_LABELS = ("ORG", "PERSON", "GPE", "FAC", "PRODUCT", "LOC")
"""Labels of names the model tags at one mention and misses at another."""


@Language.component("entity_repair")
def entity_repair(doc: Doc) -> Doc:
    """The pipeline component: ``repair_entities`` on every document."""
    repair_entities(doc)
    return doc


def repair_entities(doc: Doc) -> None:
    """Fix the small model's common entity mistakes with evidence from the same article.

    A name tagged one type in one sentence and another type more often
    elsewhere takes the majority type; a name whose last word is a known
    person's surname ("Marit Solberg" as ORG when "Solberg" is a PERSON)
    is a person, and so is a name that starts with a known first name
    ("Karin Lund" tagged ORG) or follows a word of office ("President
    Tunde Okafor", left untagged, or read into an organisation with it); a country's name (from the gazetteer)
    is a place, whatever else says otherwise; a run of names ending in a
    company's legal form ("Duna Gépgyár Kft.") is one organisation; no
    entity ends in white space or a small word ("Karin Lund of"), or leaves
    its bracket open; a number followed by its currency's name is money.
    """
    entities = _company_names(doc, _with_years(doc, _clock_times(doc, filter_spans([_with_currency(_trimmed(ent)) for ent in doc.ents]))))
    entities = _untagged_countries(doc, _kind_names(doc, entities))
    businesses = _business_names(doc)
    entities = _with_first_names(doc, _titled_people(doc, _people_out_of_titles(entities)))
    doc.ents = _short_forms(doc, _repeated_names(doc, _described_organisations(doc, entities, businesses)))
    short_forms = {ent[0].text for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1}  # "Tanza" of "Tanza Telecom"
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and ent[-1].is_title} - short_forms
    family_first = {ent[0].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].is_title} - surnames
    entities = _opening_words(doc, _joined_people(doc, _split_at_commas(doc, surnames)))
    votes: dict[str, Counter[str]] = {}
    for ent in entities:
        votes.setdefault(ent.text, Counter())[ent.label_] += 1
    fixed = []
    for ent in entities:
        label = ent.label_
        majority, count = votes[ent.text].most_common(1)[0]
        if count > votes[ent.text][label]:
            label = majority
        names = all(t.pos_ == "PROPN" for t in ent) and ent[-1].lower_ not in KIND_NOUNS
        known = ent[-1].text in surnames or len(ent) == 1 and ent.text in family_first  # "Park" after "Park Ji-ho"
        described = tuple(t.text for t in ent) in businesses  # "chipmaker Anna Microsystems", whatever "Anna" is as a first name
        if label in NAME_LABELS and len(ent) <= 3 and names and not described and (known or len(ent) > 1 and is_known_first_name(ent[0].text)):
            label = "PERSON"
        if label == "PERSON" and len(ent) > 1 and (ent[-1].lower_ in KIND_NOUNS or ent[0].lower_ == "the"):
            label = "ORG"  # "Nordwind Air", "Peter Mann Hospital", "The Bergen Sentinel": no person's name has an article
        if _storm_name(ent):
            label = "EVENT"  # the model takes "Typhoon Halong" for a person
        if label in ("ORG", "PERSON") and place_level(ent.text) == "country" or label == "ORG" and place_level(ent.text) in ("city", "state"):
            label = "GPE"
        fixed.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
    doc.ents = fixed


def _storm_name(ent: Span) -> bool:
    """True for a storm's name: a word of storm and a name after it ("Typhoon Halong", "Tropical Storm Ana")."""
    words = ent[1:] if ent[0].lower_ == "tropical" else ent
    return len(words) > 1 and words[0].lower_ in STORM_NOUNS and words[0].is_title and words[-1].is_title


def _opening_words(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities without a dictionary word that only its sentence's capital made look like a name: "Turnout
    reached 78%", "Blank ballots made up 8%" ("Frost said" stays when the article writes "Frost" mid-sentence too;
    a country stays a country)."""
    named = capitalised_mid_sentence(doc)
    return [
        ent for ent in entities
        if not (len(ent) == 1 and ent.label_ in ("PERSON", "ORG", "NORP", "PRODUCT") and capital_of_its_sentence(ent[0], named))
    ]


def capitalised_mid_sentence(doc: Doc) -> frozenset[str]:
    """Words the article writes with a capital inside a sentence, where only a name has one (read once per
    document: the entity repair and every question's wording ask it)."""
    if "quizgen.capitalised" not in doc.user_data:
        doc.user_data["quizgen.capitalised"] = frozenset(
            t.text for t in doc if t.is_title and not t.is_sent_start and t.i > 0 and doc[t.i - 1].text not in ("“", "”", '"')
        )
    return doc.user_data["quizgen.capitalised"]


def capital_of_its_sentence(word: Token, named: frozenset[str]) -> bool:
    """True for a dictionary word capitalised only because it opens its sentence ("Turnout in …", "Blank and
    spoiled ballots …"): never capitalised mid-sentence, no country, and not acting or owning like a name
    ("Acme said", "Acme's", "Mount Vik")."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        word.is_sent_start and word.is_title and word.text not in named and dictionary_word(word.text) and place_level(word.text) is None
        and not (following is not None and (following.is_title or following.pos_ in ("VERB", "AUX", "PART")))
    )


def _split_at_commas(doc: Doc, surnames: set[str]) -> list[Span]:
    """Entities the model ran over a comma into a name ("The Associated Press, Lund") split in two."""
    entities = []
    for ent in doc.ents:
        comma = next((t.i for t in ent if t.text == ","), None)
        if comma is not None and ent.label_ != "DATE" and ent.end - 1 > comma and doc[ent.end - 1].text in surnames:
            entities.append(Span(doc, ent.start, comma, label=ent.label_))
            entities.append(Span(doc, comma + 1, ent.end, label="PERSON"))
        else:
            entities.append(ent)
    return entities


def _joined_people(doc: Doc, entities: list[Span]) -> list[Span]:
    """Two person names written side by side with nothing between them made one ("Amina Juma" "Salim")."""
    joined: list[Span] = []
    for ent in entities:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start and doc[last.end - 1].whitespace_:
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def _trimmed(ent: Span) -> Span:
    """``ent`` without white space (left where web debris was blanked out) or a small word at its end."""
    end = ent.end
    while end > ent.start + 1 and (ent.doc[end - 1].is_space or ent.doc[end - 1].is_lower and ent.doc[end - 1].is_stop):
        end -= 1
    doc = ent.doc
    if doc[ent.start : end].text.count("(") > doc[ent.start : end].text.count(")") and end < len(doc) and doc[end].text == ")":
        end += 1  # "… Free Trade Area (NoFTA" closes its bracket
    if (
        ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_
        and doc[end + 1].pos_ in ("PROPN", "NOUN") and doc[end + 1].tag_ not in ("VBN", "VBD", "JJ")
    ):
        end += 2  # "Park Ji" of "Park Ji-ho": a hyphenated given name is one ("Berg-led" is no name)
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _company_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities with each company name ending in a legal form ("… Ipari Kft.") made one ORG."""
    companies = []
    for token in doc:
        if token.lower_ not in COMPANY_SUFFIXES or token.i == 0 or not token.text[0].isupper():
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_end:
            start -= 1
        if start < token.i:
            companies.append(Span(doc, start, token.i + 1, label="ORG"))
    if not companies:
        return entities
    covered = {i for span in companies for i in range(span.start, span.end)}
    kept = [e for e in entities if not any(i in covered for i in range(e.start, e.end))]
    return sorted([*kept, *companies], key=lambda e: e.start)


def _covered(entities: list[Span]) -> set[int]:
    """The token indices ``entities`` cover: a name found later may not overlap them."""
    return {i for e in entities for i in range(e.start, e.end)}


def _untagged_countries(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities with a place added for every country the model left untagged ("Belarus denied …"): a
    country's name, from the gazetteer, is one whatever its place in the sentence."""
    taken = _covered(entities)
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in taken or not token.is_title:
            continue
        for end in (token.i + 2, token.i + 1):  # "South Korea" before "South"
            span = doc[token.i : end] if end <= len(doc) else None
            if span is not None and not any(i in taken for i in range(span.start, span.end)) and place_level(span.text) == "country":
                found.append(Span(doc, span.start, span.end, label="GPE"))
                taken.update(range(span.start, span.end))
                break
    return sorted([*entities, *found], key=lambda e: e.start) if found else entities


def _kind_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities with an organisation added where an untagged run of capitalised names ends in a word of its kind
    ("the Nordkapp Sea-Air Museum", "the Lapland Maritime Institute"), and a law where it ends in "Bill" or "Act",
    which the model may have taken for a man named Bill."""
    taken = _covered([e for e in entities if e.label_ != "PERSON" or len(e) > 1])  # a lone "Bill" may end "the Climate Bill"
    found = []
    for token in doc:
        law = token.lower_ in LAW_NOUNS
        if token.lower_ not in KIND_NOUNS and not law or token.pos_ != "PROPN" or token.i in taken:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" and after.is_title or after.text == "-" and not token.whitespace_):
            continue  # "Air" in "Sea-Air Museum": the name runs on
        start = token.i
        while start > 0 and start - 1 not in taken and (
            doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title or doc[start - 1].text == "-" and not doc[start - 1].whitespace_
        ):
            start -= 1
        while start < token.i and not doc[start].is_title:
            start += 1  # not from a hyphen
        if token.i - start >= 1 and not doc[start].is_sent_start:  # a sentence's first word may be capitalised for its place
            found.append(Span(doc, start, token.i + 1, label="LAW" if law else "ORG"))
    return filter_spans([*found, *entities]) if found else entities  # a law's name outgrows the lone "Bill" in it


def _titled_people(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities with a person added where capitalised names follow a word of office and the model tagged none."""
    taken = _covered(entities)
    people = []
    for token in doc:
        if token.lower_.rstrip("s") not in TITLE_WORDS or not token.is_title or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in taken:
            if doc[end].lower_ in OFFICE_NOUNS:
                break  # "Chief [Financial Officer]": still the title, no name
            end += 1
        if end - token.i >= 3:  # a first name and a surname at least: "President Tunde Okafor"
            people.append(Span(doc, token.i + 1, end, label="PERSON"))
            taken.update(range(token.i + 1, end))
    return sorted([*entities, *people], key=lambda e: e.start)


def _people_out_of_titles(entities: list[Span]) -> list[Span]:
    """A person the model read into an organisation with their title: "[Head of Government Omar Haddad]" is the
    person Omar Haddad, from the first known first name after the title's opening word of office to the end."""
    fixed = []
    for ent in entities:
        opening = ent[0].lower_ in TITLE_WORDS | OFFICE_NOUNS and ent[0].is_title
        first = next((t.i for t in ent[1:-1] if is_known_first_name(t.text) and t.is_title), None) if ent.label_ == "ORG" and opening else None
        if first is not None and all(t.pos_ == "PROPN" and t.is_title for t in ent.doc[first : ent.end]):
            ent = Span(ent.doc, first, ent.end, label="PERSON")
        fixed.append(ent)
    return fixed


def _with_first_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """People with the first name the model left out before them, or put at the end of a title it took for an
    organisation: "Chief [Judge Rose] [Akinyi Otieno]" is Chief Judge Rose Akinyi Otieno."""
    ending = {ent.end: ent for ent in entities}
    grown: dict[int, Span] = {ent.start: ent for ent in entities}
    for ent in entities:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ != "PERSON" or before is None or before.pos_ != "PROPN" or not before.is_title
            or before.lower_ in TITLE_WORDS or not is_known_first_name(before.text)  # "Secretary General X": a rank
        ):
            continue
        title = ending.get(ent.start)
        if title is not None and (title.label_ == "PERSON" or title[-1] != before):
            continue
        if title is not None:
            del grown[title.start]  # what is left of it, "Magistrate", is a title, no organisation
        elif any(e.start <= before.i < e.end for e in entities):
            continue
        grown[ent.start] = Span(doc, ent.start - 1, ent.end, label="PERSON")
    return sorted(grown.values(), key=lambda e: e.start)


def _business_names(doc: Doc) -> set[tuple[str, ...]]:
    """The words of each name the article describes as a business or an organisation, untagged or taken for a
    person: "Nordbank, Norway's second-largest bank, said …", "coatings maker Vestlak Coatings"."""
    names = set()
    for token in doc:
        if token.pos_ != "PROPN" or token.dep_ == "compound" and token.head.pos_ == "PROPN":
            continue  # the last word of a name, whatever the model tagged it
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        described = any(c.dep_ == "appos" and _names_a_business(c, c.lemma_ in KIND_NOUNS) for c in token.children)
        introduced = before is not None and not before.ent_type_ and _names_a_business(before)  # "chipmaker Nordchip"
        if described or introduced:
            names.add(tuple(t.text for t in doc[start : token.i + 1]))
    return names


def _described_organisations(doc: Doc, entities: list[Span], names: set[tuple[str, ...]]) -> list[Span]:
    """Entities with an organisation at every mention of the ``names`` described as one."""
    relabelled = [
        Span(doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and tuple(t.text for t in e) in names else e for e in entities
    ]
    taken = _covered(relabelled)
    found = [span for name in names for span in _untagged_mentions(doc, name, "ORG", taken)]
    return sorted([*relabelled, *found], key=lambda e: e.start)


def _names_a_business(noun: Token, kind: bool = False) -> bool:
    """True for a noun that says a name is a business ("group", "lender", "chipmaker"), or, with ``kind``, any
    organisation's kind ("bank", "museum")."""
    return noun.pos_ == "NOUN" and (kind or noun.lemma_ in BUSINESS_NOUNS)


def _repeated_names(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities with every untagged mention of a name of two words or more that the model tagged elsewhere,
    under that mention's label ("Harbor Foods" tagged in the headline and missed in the body), and of a
    tagged person's surname ("Lund" after "Anna Lund")."""
    taken = _covered(entities)
    names = {(e[-1].text,): "PERSON" for e in entities if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title}
    names |= {tuple(t.text for t in e): e.label_ for e in entities if e.label_ in REPEATED_LABELS and len(e) > 1 and all(t.is_title for t in e)}
    found = [span for name, label in names.items() for span in _untagged_mentions(doc, name, label, taken)]
    return sorted([*entities, *found], key=lambda e: e.start) if found else entities


def _untagged_mentions(doc: Doc, name: tuple[str, ...], label: str, taken: set[int]) -> list[Span]:
    """Spans of ``doc`` that spell ``name`` word for word with no token in ``taken`` (which they join), labelled ``label``."""
    found = []
    for i in range(len(doc) - len(name) + 1):
        span = range(i, i + len(name))
        if doc[i].text == name[0] and tuple(t.text for t in doc[i : i + len(name)]) == name and not any(j in taken for j in span):
            if len(name) == 1 and doc[i].pos_ != "PROPN":
                continue  # "Young" opening a sentence is no mention of "Anna Young"
            if i + len(name) < len(doc) and doc[i + len(name)].pos_ == "PROPN" or i > 0 and doc[i - 1].pos_ == "PROPN":
                continue  # part of a longer name
            found.append(Span(doc, i, i + len(name), label=label))
            taken.update(span)
    return found


def _short_forms(doc: Doc, entities: list[Span]) -> list[Span]:
    """Entities with an organisation's short form ("Kivi" after "Kivi Bank") tagged as the organisation, where
    the model left it untagged or took it for a person or a place no gazetteer knows."""
    taken = _covered(entities)
    firsts = {
        e[0].text: e.start for e in entities
        if e.label_ == "ORG" and len(e) > 1 and e[0].pos_ == "PROPN" and e[0].lower_ not in KIND_NOUNS and place_level(e[0].text) is None
    }
    if not firsts:
        return entities

    def short(token: Token) -> bool:
        return token.text in firsts and token.i > firsts[token.text] and token.pos_ == "PROPN"

    mistaken = ("PERSON", "GPE", "LOC", "NORP")  # a place only if the gazetteer knows it: "Nordchip" after "Nordchip Systems"
    relabelled = [
        Span(doc, e.start, e.end, label="ORG")
        if e.label_ in mistaken and len(e) == 1 and short(e[0]) and (e.label_ == "PERSON" or place_level(e.text) is None) else e
        for e in entities
    ]
    found = [
        Span(doc, t.i, t.i + 1, label="ORG") for t in doc
        if t.text in firsts and t.i not in taken and short(t) and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
    ]
    return sorted([*relabelled, *found], key=lambda e: e.start)


_MONTHS = frozenset(form.lower() for month in MONTH_NAMES for form in (month, month[:3]))  # "October", "Oct"


def _with_years(doc: Doc, entities: list[Span]) -> list[Span]:
    """A month and day with the year the model left out of it is one date: "October 9" + ", 2022"."""
    years = {}
    for ent in entities:
        end = ent.end
        if ent.label_ == "DATE" and end + 1 < len(doc) and doc[end].text == "," and re.fullmatch(r"1\d{3}|2\d{3}", doc[end + 1].text):
            if any(t.like_num for t in ent) and any(t.lower_.rstrip(".") in _MONTHS for t in ent):
                years[end + 1] = Span(doc, ent.start, end + 2, label="DATE")
    if not years:
        return entities
    merged = {span.start: span for span in years.values()}
    return [merged.get(e.start, e) for e in entities if not (e.start in years and len(e) == 1)]


_CLOCK = re.compile(r"\d{1,2}[:.]?\d{2}")
"""A time of day written as digits: "0915", "9:15", "21.40"."""


def _clock_times(doc: Doc, entities: list[Span]) -> list[Span]:
    """A time of day with its zone is a time, whatever the model took it or its parts for: "0915 GMT", "9:15 UTC"
    (the model's "1330" and "GMT" give way to the one time)."""
    times = []
    for ent in entities:
        start = ent.start if _CLOCK.fullmatch(ent[0].text) else ent.start - 1
        if ent.label_ != "TIME" and ent[-1].text in TIME_ZONES and start >= 0 and _CLOCK.fullmatch(doc[start].text):
            times.append(Span(doc, start, ent.end, label="TIME"))
    return filter_spans([*times, *entities]) if times else entities


def _with_currency(ent: Span) -> Span:
    """A number followed by the name of its currency is an amount of money, the name with it: "12.5 million
    euro", and ends there ("90 million euro" of "a 90 million euro ferry loan"); an amount keeps the currency
    sign written before it ("$45", which the model tags as "45") and the scale written after it ("$650m");
    "3.3 per cent" is a percentage."""
    doc = ent.doc
    currency = [t.i for t in ent[:-1] if t.lower_ in CURRENCY_WORDS]
    if ent.label_ == "MONEY" and currency and all(t.pos_ == "NOUN" and t.is_lower for t in doc[currency[-1] + 1 : ent.end]):
        ent = Span(doc, ent.start, currency[-1] + 1, label="MONEY")  # "90 million euro" of "a 90 million euro ferry loan"
    if ent.label_ == "MONEY" and ent.text.lower().endswith(("per cent", "percent")):
        return Span(doc, ent.start, ent.end, label="PERCENT")  # "3.3 per cent", which the model takes for cents
    if ent.label_ == "MONEY" and ent.end < len(doc) and doc[ent.end].lower_ in SCALE_ABBREVIATIONS and not doc[ent.end - 1].whitespace_:
        ent = Span(doc, ent.start, ent.end + 1, label="MONEY")  # "$650m", the model's "$650" and "m"
    if ent.label_ in ("CARDINAL", "QUANTITY", "MONEY") and ent.end < len(doc) and doc[ent.end].lower_ in CURRENCY_WORDS:
        return Span(doc, ent.start, ent.end + 1, label="MONEY")  # "about 11 billion" tagged as money without its "euros"
    if ent.label_ in ("CARDINAL", "QUANTITY", "MONEY") and ent.end + 1 < len(doc) and doc[ent.end].ent_type_ == "NORP" and (
        doc[ent.end + 1].lower_ in CURRENCY_WORDS
    ):
        return Span(doc, ent.start, ent.end + 2, label="MONEY")  # "4.2 billion Swedish crowns"
    if ent.label_ == "MONEY" and ent.start > 0 and doc[ent.start - 1].tag_ == "$" and not doc[ent.start - 1].whitespace_:
        return Span(doc, ent.start - 1, ent.end, label="MONEY")
    return ent
