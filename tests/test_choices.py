"""Wrong options of the answer's fine type, never another right answer, or none at all.

Each case builds a deck from articles written here and checks the exact
options a question gets.
"""

import re

import pytest
import spacy
from spacy.tokens import Doc, Span

from quizgen.build import build_deck
from quizgen.choices import ChoicePools, also_right, choose_distractors, shuffled
from quizgen.dates import parse_written_date
from quizgen.finetypes import whole_name
from quizgen.model import Fact, Source
from quizgen.parse import load_nlp

MINISTERS = (
    "Norwegian Foreign Minister Anna Berg met Danish Foreign Minister Peter Olsen in Oslo on Monday. "
    "Swedish Foreign Minister Karin Lund and Finnish Foreign Minister Mikko Virtanen joined them. "
    "Icelandic Foreign Minister Jon Sigurdsson stayed in Reykjavik. Chief Executive Lars Holm of Equinor was not invited."
)
BANKS = (
    "The Nordic Investment Bank will fund the Volta project. The European Investment Bank, the World Bank and "
    "the Asian Development Bank declined, the Swedish newspaper Dagens Nyheter said."
)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def deck_of(tmp_path, nlp, *texts):
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(" date 2024-05-02 " + text, encoding="utf-8")
    return build_deck([tmp_path], "Test deck", nlp=nlp).deck


def options(deck, prompt):
    question = next((q for q in deck.questions if q.prompt == prompt), None)
    assert question is not None, [q.prompt for q in deck.questions]
    return set(question.choices) - {question.answer}


def test_a_minister_gets_ministers_never_a_chief_executive(tmp_path, nlp):
    deck = deck_of(tmp_path, nlp, MINISTERS)
    assert options(deck, "Who was the Swedish Foreign Minister in May 2024?") == {"Mikko Virtanen", "Jon Sigurdsson", "Peter Olsen"}


def test_a_bank_gets_banks_not_the_newspaper_beside_them(tmp_path, nlp):
    deck = deck_of(tmp_path, nlp, BANKS)
    assert options(deck, "Which bank will fund the Volta project?") == {"European Investment Bank", "World Bank", "Asian Development Bank"}


def test_a_city_gets_cities_of_its_country_and_a_country_no_far_off_or_map_neighbours(tmp_path, nlp):
    deck = deck_of(tmp_path, nlp, "Kenya hosted the talks in Mombasa.")
    assert options(deck, "In which city did Kenya host the talks?") == {"Nairobi", "Kakamega", "Eldoret"}
    assert options(deck, "Which country hosted the talks in Mombasa?") == set()  # asked typed


def test_a_name_the_prompt_mentions_is_no_option(tmp_path, nlp):
    deck = deck_of(tmp_path, nlp, "Tanzania signed the treaty with Kenya on Monday.")
    assert "Kenya" not in options(deck, "Which country signed the treaty with Kenya on 29 April 2024?")


def test_described_things_and_lists_are_asked_typed(tmp_path, nlp):
    deck = deck_of(tmp_path, nlp, "Kenya will build a railway line between Mombasa and Nairobi.", "Norway raised concerns about practices in Sweden, Finland, and Denmark.")
    assert options(deck, "What will Kenya build?") == set()
    assert options(deck, "In which countries did Norway raise concerns about practices?") == set()


@pytest.mark.parametrize(
    ("option", "answer"),
    [
        ("US", "United States"),  # one country, two names
        ("Washington", "the United States"),  # a capital for its country
        ("NU", "Nordic Union"),  # initials
        ("NoFTA", "Nordic Free Trade Area (NoFTA)"),  # one inside the other
        ("PRC", "China"),  # an abbreviation the gazetteer does not spell out
    ],
)
def test_a_name_that_may_stand_for_the_answer_is_also_right(option, answer):
    assert also_right(option, answer) and also_right(answer, option)


def test_different_names_are_not_also_right():
    assert not also_right("Canada", "United States")
    assert not also_right("Lyon", "France")


def test_an_option_that_is_also_right_is_never_offered():
    pools = ChoicePools()
    for country in ["United States", "US", "Canada", "Mexico", "Cuba"]:
        pools.add("GPE", country, kind="place/country", article="a")
    fact = Fact("other", ("k",), "Which country signed the pact?", "United States", "GPE", Source("a", "s", 0, 1))
    chosen = choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)
    assert set(chosen) == {"Canada", "Mexico", "Cuba"}


def test_a_name_cut_inside_its_brackets_is_never_an_option():
    pools = ChoicePools()
    pools.add("ORG", "Nordic Free Trade Area (NoFTA", kind="org/area", article="a")
    assert "Nordic Free Trade Area (NoFTA" not in pools.kinds


def test_a_person_with_an_office_gets_no_person_of_another_office(tmp_path, nlp):
    deck = deck_of(
        tmp_path, nlp,
        "Norwegian Ambassador to Japan Anna Berg met Chief Executive Lars Holm of Equinor in Tokyo. "
        "Prime Minister Karin Lund and Peter Olsen watched.",
    )
    assert options(deck, "Who was the Norwegian Ambassador to Japan in May 2024?") == set()


def test_two_options_never_name_the_same_thing():
    pools = ChoicePools()
    for country in ["United States", "US", "Canada", "Mexico", "Cuba", "Chile"]:
        pools.add("GPE", country, kind="place/country", article="a")
    fact = Fact("other", ("k",), "Which country signed the pact?", "Brazil", "GPE", Source("a", "s", 0, 1))
    pools.add("GPE", "Brazil", kind="place/country", article="a")
    for seed in (f"id{n}" for n in range(40)):  # option order follows the seed: try many
        chosen = choose_distractors(fact, seed, pools, exclude=set(), prompt=fact.prompt)
        assert not {"United States", "US"} <= set(chosen), chosen


def test_a_spelling_variant_is_also_right():
    assert also_right("West Balkans", "Western Balkans")


def test_a_share_is_never_offered_above_the_whole():
    pools = ChoicePools()
    fact = Fact("amount", ("k",), "On what share of goods?", "90 percent", "PERCENT", Source("a", "s", 0, 1), value="% 90")
    chosen = choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)
    assert chosen and all(float(c.split()[0]) <= 100 for c in chosen), chosen


def test_a_past_event_gets_no_date_after_its_article():
    import datetime as dt

    pools = ChoicePools()
    pools.published["a"] = dt.date(2024, 5, 2)
    fact = Fact("when", ("k",), "On what date did X sign?", "30 April 2024", "DATE", Source("a", "s", 0, 1), value="2024-04-30")
    for seed in ("id1", "id2", "id3", "id4", "id5"):
        chosen = choose_distractors(fact, seed, pools, exclude=set(), prompt=fact.prompt)
        assert len(chosen) == 3 and all(parse_written_date(c).date <= dt.date(2024, 5, 2) for c in chosen), chosen


def test_a_range_gets_no_made_up_amounts():
    pools = ChoicePools()
    fact = Fact("amount", ("k",), "How much?", "between $5 and $7 billion", "MONEY", Source("a", "s", 0, 1), value="USD 5e9")
    assert choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt) == []


def test_a_count_in_figures_gets_figures_not_words():
    pools = ChoicePools()
    for text, value in [("fifteen", "15"), ("64", "64"), ("145", "145"), ("265", "265")]:
        pools.add("CARDINAL", text, value)
    fact = Fact("amount", ("k",), "How many votes?", "310", "CARDINAL", Source("a", "s", 0, 1), value="310")
    assert "fifteen" not in choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)


def test_pieces_of_names_and_common_words_are_no_options():
    english = spacy.blank("en").vocab
    words = ["The", "Parks", "and", "Leisure", "Commissioner", "met", "State", "and", "Nordic", "Bank", "."]
    pos = ["DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(english, words=words, pos=pos)
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, 6, 7, "ORG"), Span(doc, 8, 10, "ORG")]
    text = "The state pays. " + doc.text
    assert [whole_name(e, text) for e in doc.ents] == [False, False, True]


def test_an_organisation_of_no_known_kind_is_asked_typed():
    pools = ChoicePools()
    for name, kind in [("Acme", "org"), ("Borealis", "org"), ("Cygnus", "org"), ("Delta", "org"), ("Nordic Bank", "org/bank")]:
        for _ in range(2):
            pools.add("ORG", name, kind=kind, article="a")
    fact = Fact("other", ("k",), "Which organisation signed?", "Delta", "ORG", Source("a", "s", 0, 1))
    assert choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt) == []


def test_a_past_year_gets_no_year_after_its_article():
    import datetime as dt

    pools = ChoicePools()
    pools.published["a"] = dt.date(2024, 5, 2)
    fact = Fact("when", ("k",), "In what year did X sign?", "2024", "DATE", Source("a", "s", 0, 1), value="2024")
    for seed in ("id1", "id2", "id3", "id4", "id5"):
        chosen = choose_distractors(fact, seed, pools, exclude=set(), prompt=fact.prompt)
        assert len(chosen) == 3 and all(int(c) <= 2024 for c in chosen), chosen


def test_a_count_gets_no_count_of_another_article():
    pools = ChoicePools()
    pools.add("CARDINAL", "54", "54", article="other")
    pools.add("CARDINAL", "230", "230", article="a")
    fact = Fact("amount", ("k",), "How many seats?", "235", "CARDINAL", Source("a", "s", 0, 1), value="235")
    chosen = choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)
    assert "230" in chosen and "54" not in chosen, chosen


def test_a_city_gets_no_district_of_a_city_and_no_scholarly_spelling():
    from quizgen.places import neighbours

    options = neighbours("Chicago")
    assert "New York City" in options and not {"Brooklyn", "Queens"} & set(options), options
    assert all(ord(c) < 256 for name in neighbours("Alexandria") for c in name), neighbours("Alexandria")


def test_a_country_the_prompt_names_by_another_name_is_no_option():
    pools = ChoicePools()
    for name in ("U.S.", "Mexico", "Cuba", "Guatemala", "Canada"):
        pools.add("GPE", name, kind="place/country", article="a")
    prompt = "With which country will the United States compete?"
    fact = Fact("other", ("k",), prompt, "Canada", "GPE", Source("a", "s", 0, 1))
    chosen = choose_distractors(fact, "id", pools, exclude=set(), prompt=prompt)
    assert len(chosen) == 3 and "U.S." not in chosen, chosen


def test_the_object_of_an_office_is_no_option():
    english = spacy.blank("en").vocab
    words = ["Secretary", "of", "State", "Anna", "Berg", "spoke", "."]
    heads = [4, 0, 1, 4, 5, 5, 5]
    deps = ["compound", "prep", "pobj", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(english, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 2, 3, "ORG"), Span(doc, 3, 5, "PERSON")]
    assert not whole_name(doc.ents[0], doc.text)


def test_a_mid_sized_city_is_known_only_as_written_a_large_one_also_without_accents():
    from quizgen.places import find_place

    assert find_place("Malmö").level == "city" and find_place("Malmo") is None  # a word written like a small town is no town
    assert find_place("Sao Paulo").name == "São Paulo"


def test_a_question_that_says_woman_gets_women():
    pools = ChoicePools()
    for name in ("Anna Berg", "Karin Lund", "Peter Olsen", "Maria Lopez", "Jon Sigurdsson", "Eva Holm", "Lars Dahl", "Erik Moen", "Nils Berg"):
        pools.add("PERSON", name, kind="person/minister", article="a")
        pools.add("PERSON", name, kind="person/minister", article="a")
    woman = Fact("role", ("k",), "Who became the first woman to serve as foreign minister?", "Anna Berg", "PERSON", Source("a", "s", 0, 1))
    assert set(choose_distractors(woman, "id", pools, exclude=set(), prompt=woman.prompt)) == {"Karin Lund", "Maria Lopez", "Eva Holm"}
    anyone = Fact("role", ("k",), "Who served as foreign minister?", "Anna Berg", "PERSON", Source("a", "s", 0, 1))
    offered = {name for seed in ("id1", "id2", "id3", "id4") for name in choose_distractors(anyone, seed, pools, exclude=set(), prompt=anyone.prompt)}
    assert {"Peter Olsen", "Jon Sigurdsson"} & offered, offered


def test_an_organisation_whose_initials_the_answer_uses_is_also_right():
    assert also_right("Royal Air Force", "RAF Lakenheath")
    assert not also_right("US Air Force", "RAF Lakenheath")


def test_a_pair_of_places_is_no_place():
    english = spacy.blank("en").vocab
    doc = Doc(english, words=["U.S.-China", "talks", "and", "Nordic", "Sea", "."], pos=["PROPN", "NOUN", "CCONJ", "PROPN", "PROPN", "PUNCT"])
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 5, "LOC")]
    assert [whole_name(e, doc.text) for e in doc.ents] == [False, True]


def test_a_person_of_no_known_office_is_asked_typed():
    pools = ChoicePools()
    for name in ("Anna Berg", "Karin Lund", "Peter Olsen", "Jon Sigurdsson"):
        pools.add("PERSON", name, kind="person", article="a")
        pools.add("PERSON", name, kind="person", article="a")
    fact = Fact("role", ("k",), "Who was involved in the collision?", "Anna Berg", "PERSON", Source("a", "s", 0, 1))
    assert choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt) == []


def test_a_share_gets_shares_a_few_points_away_written_alike():
    pools = ChoicePools()
    pools.add("PERCENT", "90 percent", "% 90", article="other")
    fact = Fact("amount", ("k",), "What share of its GDP?", "1.15%", "PERCENT", Source("a", "s", 0, 1), value="% 1.15")
    chosen = choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)
    assert len(chosen) == 3 and all(re.fullmatch(r"\d\.\d\d%", c) for c in chosen), chosen



def test_an_amount_gets_no_halves_or_doubles_and_is_written_like_the_answer():
    pools = ChoicePools()
    fact = Fact("amount", ("k",), "How much?", "$60 billion", "MONEY", Source("a", "s", 0, 1), value="USD 6e10")
    chosen = choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)
    assert len(chosen) == 3 and all(re.fullmatch(r"\$\d+ billion", c) for c in chosen), chosen
    assert not {"$30 billion", "$120 billion"} & set(chosen), chosen


def test_a_date_of_another_story_and_a_later_year_for_by_are_no_options():
    pools = ChoicePools()
    pools.add("DATE", "10 May 2024", "2024-05-10", article="other")
    pools.add("DATE", "1 May 2024", "2024-05-01", article="a")
    fact = Fact("when", ("k",), "On what date did X sign?", "30 April 2024", "DATE", Source("a", "s", 0, 1), value="2024-04-30")
    offered = {d for seed in ("id1", "id2", "id3", "id4") for d in choose_distractors(fact, seed, pools, exclude=set(), prompt=fact.prompt)}
    assert "1 May 2024" in offered and "10 May 2024" not in offered, offered
    by = Fact("when", ("k",), "By what year had the army been disbanded?", "2010", "DATE", Source("a", "s", 0, 1), value="2010")
    assert choose_distractors(by, "id", pools, exclude=set(), prompt=by.prompt) == []


def test_a_country_gets_only_the_countries_of_its_story_and_continent():
    pools = ChoicePools()
    for name in ("Norway", "Sweden", "Denmark", "Finland", "Japan", "Brazil", "Chile", "Kenya", "Peru"):
        pools.add("GPE", name, kind="place/country", article="a")
    pools.add("GPE", "Iceland", kind="place/country", article="other")
    fact = Fact("where", ("k",), "Which country did Anna Berg leave?", "Norway", "GPE", Source("a", "s", 0, 1))
    assert set(choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)) == {"Sweden", "Denmark", "Finland"}


def test_a_territory_is_no_country_option_whatever_the_story_names():
    pools = ChoicePools()
    for name in ("China", "Hong Kong", "Vietnam", "Indonesia", "Japan"):
        pools.add("GPE", name, kind="place/country", article="a")
    fact = Fact("where", ("k",), "Which country will Anna Berg visit?", "China", "GPE", Source("a", "s", 0, 1))
    assert set(choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)) == {"Vietnam", "Indonesia", "Japan"}


def test_a_count_in_billions_is_scaled_by_factors_not_digits(tmp_path, nlp):
    deck = deck_of(tmp_path, nlp, "There are 2.6 billion people in the Arctic trade area.")
    wrong = options(deck, "How many people are there in the Arctic trade area?") - {"2.6 billion"}
    assert len(wrong) == 3 and all(1.1 <= float(w.split()[0]) <= 6.0 for w in wrong), wrong


def test_a_large_count_is_moved_at_its_own_scale():
    pools = ChoicePools()
    fact = Fact("amount", ("k",), "How many workers are idle?", "800,000", "CARDINAL", Source("a", "s", 0, 1), value="800000")
    chosen = choose_distractors(fact, "id", pools, exclude=set(), prompt=fact.prompt)
    assert len(chosen) == 3 and all(abs(int(c.replace(",", "")) - 800_000) >= 10_000 for c in chosen), chosen  # never 800,001


def test_the_answer_stands_anywhere_among_its_options_not_mostly_last():
    pools = ChoicePools()
    people = [f"Anna {surname}" for surname in ("Berg", "Lund", "Dahl", "Moe", "Holm", "Vik", "Strand", "Lie", "Bakke", "Aas", "Ruud", "Sand")]
    for name in people:
        pools.add("PERSON", name, kind="person/minister", article="a")
    last = 0
    for n in range(200):
        answer = people[n % len(people)]
        fact = Fact("role", ("k", str(n)), "Who was the Nordic fisheries minister in May 2024?", answer, "PERSON", Source("a", "s", 0, 1))
        options = shuffled([answer, *choose_distractors(fact, f"q{n}", pools, exclude=set(), prompt=fact.prompt)], f"q{n}")
        last += options[-1] == answer
    assert last < 200 * 0.35, last  # a quarter, give or take; never most of them
