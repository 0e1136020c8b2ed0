"""The generator: questions built from sentences written here, and the seed deck end to end."""

import re
import shutil
from pathlib import Path

import pytest

from quizgen.articles import article_from_bytes
from quizgen.build import build_deck
from quizgen.choices import ChoicePools, choose_distractors
from quizgen.deck import load_deck
from quizgen.evaluate import load_gold, recall
from quizgen.model import Fact, Source
from quizgen.parse import load_nlp, readable_text

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold" / "seeds.yaml"


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def build_from(tmp_path, nlp, **texts):
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return build_deck([tmp_path], "Test deck", nlp=nlp).deck


def by_answer(deck, kind, answer):
    matches = [q for q in deck.questions if q.kind == kind and q.answer == answer]
    assert matches, [(q.kind, q.prompt, q.answer) for q in deck.questions]
    return matches[0]


def test_meeting_gives_who_and_when(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-03-15 Canadian Prime Minister Justin Trudeau met Chancellor Olaf Scholz at the Chancellery in Berlin on Thursday.",
    )
    who = by_answer(deck, "who_met", "Olaf Scholz")
    assert who.prompt == "Who did Justin Trudeau meet at the Chancellery in Berlin on 14 March 2024?"
    assert "Scholz" in who.accept
    when = by_answer(deck, "when", "14 March 2024")
    assert when.prompt == "On what date did Justin Trudeau meet Chancellor Olaf Scholz at the Chancellery in Berlin?"
    assert "2024-03-14" in when.accept
    assert who.source.sentence.startswith("Canadian Prime Minister Justin Trudeau met")


def test_future_weekday_looks_forward_and_pronoun_is_resolved(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-03-15 Prime Minister Jacinda Ardern arrived in Wellington. She will visit the National Museum on Tuesday.",
    )
    when = by_answer(deck, "when", "19 March 2024")
    assert when.prompt == "On what date will Jacinda Ardern visit the National Museum?"
    where = by_answer(deck, "where", "National Museum")
    assert "Jacinda Ardern" in where.prompt and "She" not in where.prompt


def test_undated_article_asks_no_relative_date(tmp_path, nlp):
    deck = build_from(tmp_path, nlp, a="Prime Minister Jacinda Ardern will visit the National Museum on Tuesday.")
    assert not [q for q in deck.questions if q.kind == "when"]


def test_roles_from_titles_and_appositions(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2023-06-02 Spanish Foreign Minister Jose Manuel Albares spoke to reporters. "
          "Albares' chief of staff, Maria Lopez, said in a statement that talks went well.",
    )
    office = by_answer(deck, "role", "Jose Manuel Albares")
    assert office.prompt == "Who was the Spanish Foreign Minister in June 2023?"
    assert "Albares" in office.accept


def test_agreement_and_amounts(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-05-10 Chancellor Olaf Scholz and Prime Minister Giorgia Meloni agreed to establish a joint hydrogen council. "
          "Scholz and Meloni signed a $2.5 billion supply deal with Norway. "
          "The plan will cost Germany $4 billion over a decade.",
    )
    deal = by_answer(deck, "deal", "a joint hydrogen council")
    assert deal.prompt == "What did Olaf Scholz and Giorgia Meloni agree to establish?"
    value = by_answer(deck, "amount", "$2.5 billion")
    assert value.prompt == "What was the value of the supply deal that Olaf Scholz and Giorgia Meloni signed with Norway?"
    assert "2.5 billion dollars" in value.accept
    assert len(value.choices) == 4 and "$2.5 billion" in value.choices
    assert all(c.startswith("$") and c.endswith("billion") for c in value.choices)


def test_same_fact_in_two_articles_is_one_question_citing_both(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-03-15 Justin Trudeau met Olaf Scholz in Berlin on Thursday.",
        b=" date 2024-03-16 Canadian Prime Minister Justin Trudeau met with Olaf Scholz on Thursday in Berlin.",
    )
    who = [q for q in deck.questions if q.kind == "who_met"]
    assert len(who) == 1
    assert {s.article for s in who[0].sources} == {"a", "b"}


def test_ids_are_stable_across_rebuilds_and_added_articles(tmp_path, nlp):
    text = " date 2024-03-15 Justin Trudeau met Olaf Scholz in Berlin on Thursday."
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = build_from(tmp_path / "one", nlp, a=text)
    again = build_from(tmp_path / "one", nlp)
    second = build_from(
        tmp_path / "two", nlp,
        a=text, b=" date 2024-04-01 Finance Minister Chrystia Freeland visited the National Gallery in London on Monday.",
    )
    assert [q.id for q in again.questions] == [q.id for q in first.questions]
    ids_first = {q.id for q in first.questions}
    assert ids_first and ids_first <= {q.id for q in second.questions}
    assert len(second.questions) > len(first.questions)


def test_distractors_have_the_answers_type_and_never_another_right_answer():
    pools = ChoicePools()
    for name in ["Olaf Scholz", "Mark Rutte", "Pedro Sanchez", "Rishi Sunak", "Justin Trudeau", "Giorgia Meloni"]:
        pools.add("PERSON", name, kind="person/leader", article="a")
    source = Source("a", "s", 0, 1)
    person = Fact("who_met", ("k",), "Who did Justin Trudeau meet?", "Olaf Scholz", "PERSON", source)
    chosen = choose_distractors(person, "id1", pools, exclude={"mark rutte"}, prompt=person.prompt)
    assert len(chosen) == 3 and not {"Olaf Scholz", "Mark Rutte", "Justin Trudeau"} & set(chosen)

    date = Fact("when", ("k",), "When?", "10 November 2021", "DATE", source, value="2021-11-10")
    dates = choose_distractors(date, "id2", pools, exclude={"2021-11-11"}, prompt="When?")
    assert len(dates) == 3 and "11 November 2021" not in dates
    assert all(d.endswith("2021") for d in dates)

    money = Fact("amount", ("k",), "How much?", "$60 billion", "MONEY", source, value="USD 6e+10")
    amounts = choose_distractors(money, "id3", pools, exclude={"USD 6.5e+10"}, prompt="How much?")
    assert len(amounts) == 3 and "$65 billion" not in amounts
    assert all(a.startswith("$") and a.endswith(" billion") for a in amounts)


def test_bad_files_are_skipped_and_the_rest_build(tmp_path, nlp):
    (tmp_path / "good.txt").write_text(" date 2024-03-15 Justin Trudeau met Olaf Scholz in Berlin on Thursday.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9".encode("latin-1"))
    result = build_deck([tmp_path], "t", nlp=nlp)
    assert [a.id for a in result.deck.articles] == ["good"]
    assert len(result.errors) == 2 and result.deck.questions


def test_hostile_html_stays_text(nlp):
    article = article_from_bytes(b'<script>alert(1)</script> Justin Trudeau met Olaf Scholz in Berlin.', "x.txt", "x")
    assert article.text.startswith("<script>")


@pytest.fixture(scope="module")
def seed_deck(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    return build_deck([folder / "seeds"], "Seed deck", deck_path=folder / "decks" / "d.yaml", nlp=nlp).deck, folder


def test_seed_deck_meets_the_recall_bar(seed_deck):
    deck, _ = seed_deck
    if not GOLD.exists():
        pytest.skip("the gold file lives in ../shared/gold, beside the repository")
    assert recall(deck, load_gold(GOLD)).score >= 0.85


def test_the_committed_seed_deck_is_what_a_build_gives_with_the_same_ids(seed_deck):
    """A learner's history hangs on question ids: rebuilding the seeds must give every committed question its id back."""
    deck, _ = seed_deck
    committed = load_deck(ROOT / "decks" / "harris-paris-2021.yaml")
    built = {(q.prompt, q.answer): q.id for q in deck.questions}
    assert {(q.prompt, q.answer): q.id for q in committed.questions} == built


def test_seed_questions_are_grounded_and_never_give_the_answer(seed_deck):
    deck, folder = seed_deck
    texts = {a.id: (folder / a.path).read_text(encoding="utf-8") for a in deck.articles}
    dated = {a.id: a.date for a in deck.articles}
    assert len({q.id for q in deck.questions}) == len(deck.questions)
    for q in deck.questions:
        assert not re.search(rf"\b{re.escape(q.answer.casefold())}\b", q.prompt.casefold()), q.prompt
        assert q.choices == () or (len(q.choices) == 4 and q.answer in q.choices), q
        for s in q.sources:
            assert texts[s.article][s.start : s.end] == s.sentence
        if q.kind == "when":
            assert dated[q.source.article] is not None
        else:
            assert q.answer.casefold().removeprefix("the ") in q.source.sentence.casefold() or any(
                a.casefold() in q.source.sentence.casefold() for a in q.accept
            ), q


# -- wording: grammar of the prompts -------------------------------------------------


def test_do_support_agrees_with_a_singular_subject(tmp_path, nlp):
    deck = build_from(tmp_path, nlp, a=" date 2024-02-06 The tariff war cost Canada $3 billion in lost exports.")
    assert by_answer(deck, "amount", "$3 billion").prompt == "How much does the tariff war cost Canada?"


def test_a_name_inside_the_subject_keeps_its_capital(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 Prime Minister Anthony Albanese landed in Tokyo. "
          "Albanese's trip is expected to end in Osaka on Friday.",
    )
    when = by_answer(deck, "when", "9 February 2024")
    assert when.prompt == "On what date is Anthony Albanese's trip expected to end in Osaka?"


def test_untagged_surname_is_the_person_and_keeps_their_own_pronoun(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 Prime Minister Keir Starmer arrived in Japan on Monday. "
          "Starmer began his three-day trip to Japan by visiting the Imperial Palace.",
    )
    where = by_answer(deck, "where", "Imperial Palace")
    assert where.prompt == "Which place did Keir Starmer begin his three-day trip to Japan by visiting?"


def test_no_wh_word_for_the_object_of_a_side_clause_the_question_drops(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 Prime Minister Keir Starmer will meet with President Andrzej Duda and other world leaders "
          "in Washington for two days, giving statements at a trade summit "
          "and participating in a conference on Ukraine.",
    )
    assert by_answer(deck, "who_met", "Andrzej Duda").prompt == "Who will Keir Starmer meet with for two days?"
    assert not [q for q in deck.questions if q.kind == "deal"], [q.prompt for q in deck.questions]


def test_no_where_question_for_a_verb_inside_a_phrase_of_the_clause(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 Prime Minister Anthony Albanese sit for talks with President Joko Widodo "
          "at the Merdeka Palace next Wednesday before speaking at the Jakarta Convention Center.",
    )
    assert not [q for q in deck.questions if q.answer == "Jakarta Convention Center"]
    who = by_answer(deck, "who_met", "Joko Widodo")
    assert who.prompt == (
        "Who does Anthony Albanese sit for talks with at the Merdeka Palace on 7 February 2024 "
        "before speaking at the Jakarta Convention Center?"
    )


def test_headline_subject_split_by_the_parser_asks_nothing(tmp_path, nlp):
    deck = build_from(tmp_path, nlp, a=" date 2024-02-06 Scholz, Meloni scheduled to meet later this month")
    assert not deck.questions, [q.prompt for q in deck.questions]


def test_owner_of_a_dated_noun_loses_its_possessive_ending_and_plural_takes_were(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 The ministry announced the PM's visit to Delhi in March.",
        b=" date 2024-02-06 A second senior official said Jones’ remarks at the Munich Security Conference "
          "on February 16 will address “major global crises”.",
    )
    assert by_answer(deck, "when", "March 2024").prompt == "In what month was the visit of the PM?"
    assert by_answer(deck, "when", "16 February 2024").prompt == "On what date were the remarks of Jones?"


def test_value_of_a_deal_keeps_the_articles_inside_it(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 The ruling scrapped a $40 billion contract between a German shipbuilder and Norway.",
    )
    value = by_answer(deck, "amount", "$40 billion")
    assert value.prompt == "What was the value of the contract between a German shipbuilder and Norway?"


def test_reported_claim_ends_in_a_question_mark_outside_its_quote(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp, a=' date 2024-02-06 According to Reuters, the Norwegian minister said the talks marked "a new chapter."'
    )
    other = by_answer(deck, "role", "Reuters")
    assert other.prompt == 'Which organisation reported that the Norwegian minister said the talks marked "a new chapter"?'


def test_future_clause_does_not_take_a_date_before_the_article(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 Prime Minister Keir Starmer landed in Delhi. Starmer's visit is expected to bring "
          "new trade deals after President Andrzej Duda, last month, acknowledged that tariffs had hurt Britain.",
    )
    assert not [q for q in deck.questions if q.kind == "when"], [q.prompt for q in deck.questions]


def test_brackets_inside_a_clause_are_kept(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-02-06 Both leaders are set to meet in Rome later this month "
          "on the sidelines of the Group of Seven (G7) summit.",
    )
    where = by_answer(deck, "where", "Rome")
    assert where.prompt == (
        "Where are both leaders set to meet in February 2024 on the sidelines of the Group of Seven (G7) summit?"
    )


def test_object_follows_its_verb_before_an_adjunct_written_ahead_of_the_verb(tmp_path, nlp):
    deck = build_from(tmp_path, nlp, a=" date 2024-05-10 Chancellor Olaf Scholz on Monday signed a gas deal in Oslo.")
    assert by_answer(deck, "where", "Oslo").prompt == "Where did Olaf Scholz sign a gas deal on 6 May 2024?"


def test_date_between_a_name_and_its_subjectless_verb_dates_the_event(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-03-01 Justin Trudeau left Ottawa. Apart from meeting Scholz, as per The Canadian Press, "
          "Trudeau on 14 March will be giving a speech at the Munich Security Conference.",
    )
    when = by_answer(deck, "when", "14 March 2024")
    assert when.prompt == "On what date will Justin Trudeau be giving a speech at the Munich Security Conference?"


def test_quotation_running_past_the_clause_is_cut_at_its_comma(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2024-05-10 Jacinda Ardern will visit the Auckland War Memorial Museum on Tuesday, "
          "a trip meant to show “the bond between our two peoples,” her office said.",
    )
    when = by_answer(deck, "when", "14 May 2024")
    assert when.prompt == "On what date will Jacinda Ardern visit the Auckland War Memorial Museum?"
    where = by_answer(deck, "where", "Auckland War Memorial Museum")
    assert where.prompt == "Which place will Jacinda Ardern visit on 14 May 2024?"


def test_two_answers_of_one_article_under_one_key_are_two_facts_not_a_dispute(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2026-03-12 Chile and Peru signed a free trade agreement on Wednesday. "
          "Chile has signed trade agreements with more than 60 countries.",
    )
    prompts = [q.prompt for q in deck.questions if q.kind == "deal"]
    assert prompts and not any(p.startswith("According to") for p in prompts), prompts


def test_where_something_went_or_came_from_is_a_question_of_place(tmp_path, nlp):
    deck = build_from(tmp_path, nlp, a=" date 2024-05-02 Nordwind Air flies cargo to Brazil every week. Nordic Line ships bring timber from Canada.")
    assert by_answer(deck, "where", "Brazil").prompt == "To which country does Nordwind Air fly cargo?"
    assert by_answer(deck, "where", "Canada").prompt == "From which country do Nordic Line ships bring timber?"


def test_a_wire_dateline_is_no_part_of_the_first_sentence(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2025-06-10 Minister quits\n\nTROMSO, June 10 - The fisheries minister, Ingrid Moe, stepped down on Tuesday after a row over a loan.",
    )
    assert by_answer(deck, "when", "10 June 2025").prompt == "On what date did Ingrid Moe step down after a row over a loan?"
    assert not any("TROMSO" in q.prompt for q in deck.questions)
    assert deck.questions[0].source.sentence.startswith("The fisheries minister")


def test_a_dateline_with_the_day_first_or_an_agency_in_brackets_is_no_part_of_any_question_or_answer(tmp_path, nlp):
    deck = build_from(
        tmp_path, nlp,
        a=" date 2026-11-23 Hospital opens\n\nHAMAR, 23 November 2026 – The Minister for Health, Dr Ole Vik, on Monday opened a new hospital in Hamar with 120 beds.",
        b=" date 2026-09-14 Storm kills three\n\nBERGEN, Norway (AP) — Prime Minister Anna Lund flew to Norway on Sunday after a storm killed three fishermen.",
    )
    assert not any("HAMAR" in q.prompt for q in deck.questions), [q.prompt for q in deck.questions]
    assert readable_text("Hospital opens\n\nHAMAR, 23 November 2026 – The minister spoke.").split() == ["Hospital", "opens", "The", "minister", "spoke."]
    assert by_answer(deck, "where", "Norway").accept == ()  # "(AP)" after the dateline's country is no name of it


def test_reports_that_disagree_on_one_fact_are_each_asked_by_their_report_and_other_stories_are_not(tmp_path, nlp):
    same = build_from(
        tmp_path / "same", nlp,
        a=" date 2025-05-22 Ferry sinks\n\nRescuers pulled 120 passengers from the sinking Nordic Star ferry near Bergen on Tuesday.",
        b=" date 2025-05-23 Ferry sinks\n\nRescuers pulled 140 passengers from the sinking Nordic Star ferry near Bergen on Tuesday.",
    )
    asked = sorted(q.prompt for q in same.questions if q.kind == "amount")
    assert asked == [
        "According to the report of 22 May 2025, how many passengers did rescuers pull from the sinking Nordic Star ferry near Bergen on 20 May 2025?",
        "According to the report of 23 May 2025, how many passengers did rescuers pull from the sinking Nordic Star ferry near Bergen on 20 May 2025?",
    ], asked
    other = build_from(
        tmp_path / "other", nlp,
        a=" date 2025-05-22 Fund agreed\n\nNorway and Japan launched a shared venture fund worth $3.1 billion on Thursday.",
        b=" date 2025-09-18 Fund agreed\n\nKenya and Uganda launched a $0.9 billion fund for roads and bridges on Thursday.",
    )
    assert not any(q.prompt.startswith("According to") for q in other.questions), [q.prompt for q in other.questions]
