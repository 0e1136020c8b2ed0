"""Wording checks, on parses built by hand: the misparses the small model makes, and what a question must not keep."""

import datetime as dt

import spacy
from spacy.tokens import Doc

from quizgen.finders import extract_facts
from quizgen.model import Article
from quizgen.names import NameBook
from quizgen.parse import appositive_repair, code_repair
from quizgen.wording import Wording, tidy

ENGLISH = spacy.blank("en").vocab


def wording_of(rows, ents=()):
    """A Wording over one sentence given as (word, head index, dependency, part of speech, tag) rows."""
    words, heads, deps, pos, tags = zip(*rows)
    spaces = [i + 1 < len(words) and words[i + 1] not in ".,)" and words[i] != "(" for i in range(len(words))]
    doc = Doc(ENGLISH, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    article = Article("a", "a.txt", doc.text, dt.date(2024, 5, 2))
    return Wording(article, doc, NameBook()), doc


def test_a_preposition_left_without_its_object_drops_the_question():
    # "Aurora will launch on XR-7 at noon.", with the name read as a verb: "on" has nothing after it
    rows = [
        ("Aurora", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"), ("launch", 2, "ROOT", "VERB", "VB"),
        ("on", 2, "prep", "ADP", "IN"), ("XR-7", 2, "advcl", "VERB", "VBN"), ("at", 2, "prep", "ADP", "IN"),
        ("noon", 5, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", "."),
    ]
    wording, doc = wording_of(rows, [(0, 1, "ORG")])
    assert wording.subject_question(doc[2], "Which probe") is None
    rows[4] = ("XR-7", 3, "pobj", "PROPN", "NNP")
    wording, doc = wording_of(rows, [(0, 1, "ORG")])
    assert wording.subject_question(doc[2], "Which probe") == "Which probe will launch on XR-7 at noon?"


def test_a_code_name_read_as_a_verb_or_a_place_is_a_name():
    # "Aurora will launch on XR-7 at noon.", with the code read as a verb and tagged as a country
    rows = [
        ("Aurora", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"), ("launch", 2, "ROOT", "VERB", "VB"),
        ("on", 2, "prep", "ADP", "IN"), ("XR-7", 2, "advcl", "VERB", "VBN"), ("at", 2, "prep", "ADP", "IN"),
        ("noon", 5, "pobj", "NOUN", "NN"), (".", 2, "punct", "PUNCT", "."),
    ]
    _, doc = wording_of(rows, [(0, 1, "ORG"), (4, 5, "GPE")])
    code_repair(doc)
    assert (doc[4].head.text, doc[4].dep_, doc[4].pos_) == ("on", "pobj", "PROPN")
    assert [e.text for e in doc.ents] == ["Aurora"]


def test_a_description_set_before_the_subject_by_a_comma_is_the_subject_s():
    # "The test rocket, Nordic Rocket Aurora will fly.", with "rocket" read as a phrase of the verb
    rows = [
        ("The", 2, "det", "DET", "DT"), ("test", 2, "compound", "NOUN", "NN"), ("rocket", 8, "npadvmod", "NOUN", "NN"),
        (",", 8, "punct", "PUNCT", ","), ("Nordic", 6, "compound", "PROPN", "NNP"), ("Rocket", 6, "compound", "PROPN", "NNP"),
        ("Aurora", 8, "nsubj", "PROPN", "NNP"), ("will", 8, "aux", "AUX", "MD"), ("fly", 8, "ROOT", "VERB", "VB"), (".", 8, "punct", "PUNCT", "."),
    ]
    _, doc = wording_of(rows, [(4, 7, "PRODUCT")])
    appositive_repair(doc)
    assert (doc[2].head.text, doc[2].dep_) == ("Aurora", "appos")
    assert [t.text for t in doc[6].subtree][:3] == ["The", "test", "rocket"]  # a subject question leaves it out with the name


def test_a_verb_with_two_subjects_is_a_name_the_parser_split():
    # "The ferry Polaris sank in May.", with "ferry" and "Polaris" both read as subjects
    rows = [
        ("The", 1, "det", "DET", "DT"), ("ferry", 3, "nsubj", "NOUN", "NN"), ("Polaris", 3, "nsubj", "PROPN", "NNP"),
        ("sank", 3, "ROOT", "VERB", "VBD"), ("in", 3, "prep", "ADP", "IN"), ("May", 4, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", "."),
    ]
    wording, doc = wording_of(rows)
    assert wording.wh_question(doc[3], "Where", list(doc[4:6])) is None
    rows[2] = ("Polaris", 1, "appos", "PROPN", "NNP")
    wording, doc = wording_of(rows)
    assert wording.wh_question(doc[3], "When", list(doc[4:6])) == "When did the ferry Polaris sink?"


def test_as_much_points_to_another_sentence():
    # "Anna Berg stated as much in Oslo." — as much as what?
    rows = [
        ("Anna", 1, "compound", "PROPN", "NNP"), ("Berg", 2, "nsubj", "PROPN", "NNP"), ("stated", 2, "ROOT", "VERB", "VBD"),
        ("as", 4, "advmod", "ADV", "RB"), ("much", 2, "dobj", "ADJ", "JJ"), ("in", 2, "prep", "ADP", "IN"),
        ("Oslo", 5, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", "."),
    ]
    wording, doc = wording_of(rows, [(0, 2, "PERSON"), (6, 7, "GPE")])
    assert wording.wh_question(doc[2], "Where", list(doc[5:7])) is None
    rows[3], rows[4] = ("the", 4, "det", "DET", "DT"), ("plan", 2, "dobj", "NOUN", "NN")
    wording, doc = wording_of(rows, [(0, 2, "PERSON"), (6, 7, "GPE")])
    assert wording.wh_question(doc[2], "Where", list(doc[5:7])) == "Where did Anna Berg state the plan?"


def test_back_before_a_date_goes_and_the_date_stays_whole():
    # "The ferry was lost back on February 1, 2003." — the year is hung on the day as an apposition
    rows = [
        ("The", 1, "det", "DET", "DT"), ("ferry", 3, "nsubjpass", "NOUN", "NN"), ("was", 3, "auxpass", "AUX", "VBD"),
        ("lost", 3, "ROOT", "VERB", "VBN"), ("back", 3, "advmod", "ADV", "RB"), ("on", 3, "prep", "ADP", "IN"),
        ("February", 5, "pobj", "PROPN", "NNP"), ("1", 6, "nummod", "NUM", "CD"), (",", 6, "punct", "PUNCT", ","),
        ("2003", 6, "appos", "NUM", "CD"), (".", 3, "punct", "PUNCT", "."),
    ]
    wording, doc = wording_of(rows, [(6, 10, "DATE")])
    assert wording.subject_question(doc[3], "What") == "What was lost on 1 February 2003?"


def test_a_headline_description_is_no_office():
    # "Chair ousts Jon Olsen, the Oslo minister": a headline's description may be the post he has just lost
    rows = [
        ("Chair", 1, "nsubj", "NOUN", "NN"), ("ousts", 1, "ROOT", "VERB", "VBZ"), ("Jon", 3, "compound", "PROPN", "NNP"),
        ("Olsen", 1, "dobj", "PROPN", "NNP"), (",", 3, "punct", "PUNCT", ","), ("the", 7, "det", "DET", "DT"),
        ("Oslo", 7, "compound", "PROPN", "NNP"), ("minister", 3, "appos", "NOUN", "NN"),
    ]
    wording, doc = wording_of(rows, [(2, 4, "PERSON")])
    assert [f.prompt for f in extract_facts(wording.article, doc, wording.names)] == []
    wording, doc = wording_of([*rows, (".", 1, "punct", "PUNCT", ".")], [(2, 4, "PERSON")])
    assert "Who is the Oslo minister?" in [f.prompt for f in extract_facts(wording.article, doc, wording.names)]



def test_a_sentence_whose_only_verb_is_a_participle_is_misread():
    # "Anna Berg speaking in Oslo", parsed with "speaking" as the sentence's verb: no question to ask of it
    rows = [
        ("Anna", 1, "compound", "PROPN", "NNP"), ("Berg", 2, "nsubj", "PROPN", "NNP"), ("speaking", 2, "ROOT", "VERB", "VBG"),
        ("in", 2, "prep", "ADP", "IN"), ("Oslo", 3, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", "."),
    ]
    wording, doc = wording_of(rows, [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert wording.wh_question(doc[2], "Where", list(doc[3:5])) is None
    rows[2] = ("spoke", 2, "ROOT", "VERB", "VBD")
    wording, doc = wording_of(rows, [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert wording.wh_question(doc[2], "Where", list(doc[3:5])) == "Where did Anna Berg speak?"


def test_a_short_form_in_brackets_stays_in_the_subject():
    # "Leaders of Nordic Union (NU) states met in Oslo."
    rows = [
        ("Leaders", 8, "nsubj", "NOUN", "NNS"), ("of", 0, "prep", "ADP", "IN"), ("Nordic", 3, "compound", "PROPN", "NNP"),
        ("Union", 7, "nmod", "PROPN", "NNP"), ("(", 5, "punct", "PUNCT", "-LRB-"), ("NU", 7, "nmod", "PROPN", "NNP"),
        (")", 5, "punct", "PUNCT", "-RRB-"), ("states", 1, "pobj", "NOUN", "NNS"), ("met", 8, "ROOT", "VERB", "VBD"),
        ("in", 8, "prep", "ADP", "IN"), ("Oslo", 9, "pobj", "PROPN", "NNP"), (".", 8, "punct", "PUNCT", "."),
    ]
    wording, doc = wording_of(rows, [(10, 11, "GPE")])
    assert wording.wh_question(doc[8], "Where", list(doc[9:11])) == "Where did leaders of Nordic Union (NU) states meet?"


def test_an_event_named_for_what_it_is_is_asked_for_by_that_noun():
    from spacy.tokens import Span

    from quizgen.arguments import _wh_phrase

    doc = Doc(ENGLISH, words=["the", "Oslo", "Conference", "opened"], sent_starts=[True, False, False, False])
    doc.ents = [Span(doc, 1, 3, label="EVENT")]
    assert _wh_phrase(doc.ents[0], "Oslo Conference") == "which conference"


def test_two_titled_names_read_as_one_are_two_subjects():
    # "Kenyan President Jon Kamau and Tanzanian President Amina Juma Salim signed the pact.", Kamau read as a modifier of Salim
    from quizgen.parse import name_list_repair

    rows = [
        ("Kenyan", 1, "amod", "PROPN", "NNP"), ("President", 3, "compound", "PROPN", "NNP"), ("Jon", 3, "compound", "PROPN", "NNP"),
        ("Kamau", 9, "nmod", "PROPN", "NNP"), ("and", 3, "cc", "CCONJ", "CC"), ("Tanzanian", 6, "compound", "PROPN", "NNP"),
        ("President", 3, "conj", "PROPN", "NNP"), ("Amina", 9, "compound", "PROPN", "NNP"), ("Juma", 9, "compound", "PROPN", "NNP"),
        ("Salim", 10, "nsubj", "PROPN", "NNP"), ("signed", 10, "ROOT", "VERB", "VBD"), ("the", 12, "det", "DET", "DT"),
        ("pact", 10, "dobj", "NOUN", "NN"), (".", 10, "punct", "PUNCT", "."),
    ]
    _, doc = wording_of(rows, [(2, 4, "PERSON"), (7, 10, "PERSON")])
    name_list_repair(doc)
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "signed")
    assert (doc[9].dep_, doc[9].head.text) == ("conj", "Kamau")


def test_an_and_between_two_kept_words_stays_however_the_parser_joined_them():
    # "Duna acquired Austrian valve and pump maker Kestrel.", with "pump" read as a modifier of "maker", not a conjunct
    rows = [
        ("Duna", 1, "nsubj", "PROPN", "NNP"), ("acquired", 1, "ROOT", "VERB", "VBD"), ("Austrian", 3, "amod", "ADJ", "JJ"),
        ("valve", 6, "nmod", "NOUN", "NN"), ("and", 3, "cc", "CCONJ", "CC"), ("pump", 6, "amod", "NOUN", "NN"),
        ("maker", 7, "compound", "NOUN", "NN"), ("Kestrel", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
    ]
    wording, doc = wording_of(rows, [(0, 1, "ORG"), (7, 8, "ORG")])
    assert wording.subject_question(doc[1], "Which company") == "Which company acquired Austrian valve and pump maker Kestrel?"


def test_an_it_is_named_with_the_article_s_the_only_where_the_article_writes_the_whole_name_so():
    rows = [
        ("The", 2, "det", "DET", "DT"), ("Kenya", 2, "compound", "PROPN", "NNP"), ("Authority", 3, "nsubj", "PROPN", "NNP"),
        ("fined", 3, "ROOT", "VERB", "VBD"), ("Kenya", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", "."),
    ]
    wording, _ = wording_of(rows)
    assert wording._as_written("Kenya") == "Kenya"  # "the Kenya Authority" is no "the Kenya"
    assert wording._as_written("Kenya Authority") == "the Kenya Authority"


def test_a_fuller_mention_owned_by_a_pronoun_names_nothing_and_one_owned_by_a_name_takes_no_the():
    from quizgen.wording import _definite

    their = Doc(ENGLISH, words=["their", "sea", "border"], heads=[2, 2, 2], deps=["poss", "compound", "ROOT"], pos=["PRON", "NOUN", "NOUN"])
    assert _definite(list(their)) is None  # "the their sea border"
    norway = Doc(ENGLISH, words=["Norway", "'s", "first", "satellite"], spaces=[False, True, True, False], heads=[3, 0, 3, 3],
                 deps=["poss", "case", "amod", "ROOT"], pos=["PROPN", "PART", "ADJ", "NOUN"])
    assert _definite(list(norway)) == "Norway's first satellite"
    vp = Doc(ENGLISH, words=["the", "Nordic", "VP", "'s", "visit"], spaces=[True, True, False, True, False], heads=[2, 2, 4, 2, 4],
             deps=["det", "compound", "poss", "case", "ROOT"], pos=["DET", "PROPN", "PROPN", "PART", "NOUN"])
    assert _definite(list(vp)[1:]) == "the Nordic VP's visit"  # the owner's own "the"
    fund = Doc(ENGLISH, words=["Arctic", "Investment", "Fund"], heads=[2, 2, 2], deps=["compound", "compound", "ROOT"], pos=["PROPN", "PROPN", "PROPN"])
    assert _definite(list(fund)) == "the Arctic Investment Fund"


def test_an_indefinite_article_agrees_with_the_word_after_it_and_a_letter_stays_a_letter():
    assert tidy("Anna Berg concluded a official visit as a MP and a US citizen") == "Anna Berg concluded an official visit as an MP and a US citizen"
    assert tidy("A official said Plan A is a option for the Serie A club") == "An official said Plan A is an option for the Serie A club"


def parsed_wording(text, untag=None):
    """The real parse of ``text`` and its Wording, with the model's entity over token ``untag`` taken away."""
    from quizgen.extract import person_mentions
    from quizgen.parse import load_nlp

    doc = load_nlp()(text)
    names = NameBook()
    names.add("a", person_mentions(doc))
    if untag is not None:
        doc.ents = [e for e in doc.ents if not e.start <= untag(doc).i < e.end]  # the model's miss, made sure of
    return Wording(Article("a", "a.txt", text, dt.date(2024, 7, 2)), doc, names), doc


def test_a_pronoun_goes_to_a_surname_the_model_left_untagged_and_to_the_gender_the_article_gives():
    wording, doc = parsed_wording(
        "Foreign Minister Ivo Petrak praised the talks with Prime Minister Kenta Tanabe in Lisbon. "
        "Tanabe, who took office in May, has made trade a priority, and he visited Chile and Peru in June.",
        untag=lambda doc: next(t for t in doc if t.text == "Tanabe" and t.i > 12),
    )
    he = next(t for t in doc if t.lower_ == "he")
    assert wording.antecedent(he).text == "Tanabe"

    # "Sasha" is most often a man's name; the article's own "she" says otherwise
    wording, doc = parsed_wording(
        "Elena Holm chaired the cabinet meeting in Budapest on Monday. Sasha Varga served as mayor of Pecs "
        "from 2019 to 2022, when she oversaw a tram project. She studied law at the University of Szeged."
    )
    she = [t for t in doc if t.text == "She"][-1]
    assert wording.person(she) == "Sasha Varga"


def test_a_hyphenated_surname_the_model_took_for_an_organisation_is_still_the_person():
    wording, doc = parsed_wording(
        "Prime Minister Kojo Boakye-Dahl arrived in Oslo on Monday. Foreign Minister Ivo Petrak welcomed him. Boakye-Dahl, who took office in May, "
        "is travelling with 60 business leaders. He is due to visit a shipyard in Busan tomorrow."
    )
    he = next(t for t in doc if t.text == "He")
    assert wording.person(he) == "Kojo Boakye-Dahl"
