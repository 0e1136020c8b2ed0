"""Who said it: questions about the speaker of a quotation, from sentences written here."""

import pytest

from quizgen.articles import article_from_bytes
from quizgen.build import build_deck
from quizgen.extract import person_mentions
from quizgen.finders import extract_facts
from quizgen.names import NameBook
from quizgen.parse import load_nlp, parse_articles


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def quote_cards(nlp, text):
    """(prompt, answer) of every who-said-it fact the finders see in ``text``."""
    [(article, doc)] = parse_articles(nlp, [article_from_bytes(f" date 2024-05-02 {text}".encode(), "a.txt", "a")])
    names = NameBook()
    names.add(article.id, person_mentions(doc))  # "Solberg" is the "Marit Solberg" named before
    return [(f.prompt, f.answer) for f in extract_facts(article, doc, names) if f.key[0] == "quote"]


@pytest.mark.parametrize(
    "text, card",
    [
        (
            'Mayor Marit Solberg opened the bridge on Friday. "This bridge will carry our town into the next century," Solberg told the crowd.',
            ("Who said “This bridge will carry our town into the next century”?", "Marit Solberg"),
        ),
        (  # the speaker after the verb, described in apposition
            '"Nobody should have to wait a year for a hip operation," said Tomas Varga, a surgeon at the city hospital.',
            ("Who said “Nobody should have to wait a year for a hip operation”?", "Tomas Varga"),
        ),
        (  # a long statement is cut where its first clause ends
            'Minister Clara Holm visited the mine. "The miners have waited long enough for safer tunnels, and we will not make '
            'them wait another winter while the reports gather dust," she said.',
            ("Who said “The miners have waited long enough for safer tunnels”?", "Clara Holm"),
        ),
        (  # a long statement with no comma is cut before its second verb, or its side clause, never on a small word
            '"These flights break the airspace treaty and put the lives of fishermen along the whole northern coast at risk," Foreign Minister Ola Lund said.',
            ("Who said “These flights break the airspace treaty”?", "Ola Lund"),
        ),
        (
            '"We are closing two of our plants this year so that the business can grow again in the markets that matter," Lena Dahl said.',
            ("Who said “We are closing two of our plants this year”?", "Lena Dahl"),
        ),
        (
            '"I would not want any customer anywhere in the country to draw the conclusion that because two of our stores close the '
            'brand will leave," Ola Lund told reporters.',
            ("Who said “I would not want any customer anywhere in the country to draw the conclusion”?", "Ola Lund"),
        ),
        (  # a preposition the first clause ends on stays
            '"This harbour is the home we have been hoping for, and together we can build a fleet for the whole coast," Anna Berg said.',
            ("Who said “This harbour is the home we have been hoping for”?", "Anna Berg"),
        ),
        (  # "he" after a quotation is not the person the quotation names
            'Oslo City signed forward Erik Dahl from Bergen Athletic on Monday. Bergen Athletic chairman Ola Strand said the sale would '
            'pay for a new youth academy. "We will miss him on the pitch, but Erik goes with our best wishes," he said.',
            ("Who said “We will miss him on the pitch”?", "Ola Strand"),
        ),
        (  # a man called by his father's surname, the first of his two
            'Former mayor Pablo Herrera Castillo took 30 percent. "The country has made its choice, and I wish her well," Herrera said.',
            ("Who said “The country has made its choice”?", "Pablo Herrera Castillo"),
        ),
        (  # the quotation after a colon
            'Chief executive Omar Lindqvist was blunt: "Our factories cannot run on promises from the grid operator."',
            None,
        ),
        (
            'Chief executive Omar Lindqvist said: "Our factories cannot run on promises from the grid operator."',
            ("Who said “Our factories cannot run on promises from the grid operator”?", "Omar Lindqvist"),
        ),
    ],
)
def test_who_said_the_quotation(nlp, text, card):
    cards = quote_cards(nlp, text)
    assert (card in cards) if card else not cards, cards


@pytest.mark.parametrize(
    "text",
    [
        'Senator Paula Lindgren said the budget "will put a new tax on every family in Ohio."',  # a fragment of the writer's sentence
        '"It was a mistake," Senator Paula Lindgren said.',  # too short to say whose it is
        '"The budget is a tax on every family," the finance ministry said.',  # no person said it
        '"A historic day for every family in the whole of the state and beyond," Senator Paula Lindgren said.',  # no statement
    ],
)
def test_no_who_said_card(nlp, text):
    assert quote_cards(nlp, text) == []


def test_the_speaker_of_a_neighbouring_statement_is_asked(nlp):
    """The sentences above ask nothing because of what they lack, not because no quotation is ever asked."""
    cards = quote_cards(nlp, '"The budget is a tax on every family in the state," Senator Paula Lindgren said.')
    assert cards == [("Who said “The budget is a tax on every family in the state”?", "Paula Lindgren")]


def test_a_quotation_of_the_story_s_own_subject_is_not_asked(tmp_path, nlp):
    """In a story about the mayor, "Who said …?" of her words has an answer known before reading."""
    (tmp_path / "a.txt").write_text(
        ' date 2024-05-02 Mayor Marit Solberg opened the Aker bridge on Friday. Solberg cut the ribbon at noon. '
        '"This bridge will carry our town into the next century," Solberg told the crowd. '
        '"Nobody should have to wait an hour for a ferry again," said Tomas Varga, a ferry captain from Aker.',
        encoding="utf-8",
    )
    prompts = {q.prompt: q.answer for q in build_deck([tmp_path], "Test deck", nlp=nlp).deck.questions}
    assert prompts["Who said “Nobody should have to wait an hour for a ferry again”?"] == "Tomas Varga"
    assert "Who said “This bridge will carry our town into the next century”?" not in prompts, prompts
