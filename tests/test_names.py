"""Canonical names: short forms and titled forms resolve to the fullest name."""

from quizgen.names import NameBook, bare_name


def test_bare_name_drops_titles_and_possessives():
    assert bare_name("VP Harris") == "Harris"
    assert bare_name("Vice President Kamala Harris") == "Kamala Harris"
    assert bare_name("Harris'") == "Harris"
    assert bare_name("Merkel’s") == "Merkel"
    assert bare_name("President") == "President"


def test_short_and_titled_forms_resolve_to_the_fullest_form_in_the_article():
    names = NameBook()
    names.add("a", ["Kamala Harris", "VP Harris", "Harris", "Vice President Harris", "Emmanuel Macron", "Macron"])
    assert names.canonical("VP Harris", "a") == "Kamala Harris"
    assert names.canonical("Vice President Harris", "a") == "Kamala Harris"
    assert names.canonical("Macron", "a") == "Emmanuel Macron"


def test_a_surname_alone_in_one_article_takes_the_full_name_from_another():
    names = NameBook()
    names.add("a", ["Joe Biden"])
    names.add("b", ["Biden", "President Biden"])
    assert names.canonical("Biden", "b") == "Joe Biden"


def test_two_people_with_one_surname_stay_apart():
    names = NameBook()
    names.add("a", ["Joe Biden"])
    names.add("b", ["Hunter Biden"])
    names.add("c", ["Biden"])
    assert names.canonical("Biden", "a") == "Joe Biden"
    assert names.canonical("Biden", "b") == "Hunter Biden"
    assert names.canonical("Biden", "c") == "Biden"


def test_short_forms_are_accepted_answers():
    names = NameBook()
    names.add("a", ["Emmanuel Macron", "Macron", "President Macron"])
    assert names.accepted_forms("Emmanuel Macron") == ["Macron"]
    assert "Emmanuel Macron" in names.people()


def test_a_name_the_article_shortens_to_its_first_word_accepts_that_word_not_the_last():
    book = NameBook()
    book.add("a", ["Wang Lei", "Wang", "Wang", "Anna Berg", "Berg"])
    assert book.accepted_forms("Wang Lei") == ["Wang"]
    assert book.accepted_forms("Anna Berg") == ["Berg"]


def test_a_surname_keeps_its_particle_and_a_given_name_is_never_the_short_form():
    book = NameBook()
    book.add("a", ["Marco Di Rossi", "Di Rossi", "Rossi", "Jean-Luc Le Brun"])
    book.add("b", ["John Hartley"])
    book.add("c", ["John Moore", "John"])  # another article calls its own John plain "John"
    book.add("d", ["Kim Jong Un", "Kim"])  # a family name first, which is also a given name elsewhere
    assert book.accepted_forms("Marco Di Rossi") == ["Di Rossi"]
    assert book.accepted_forms("Jean-Luc Le Brun") == ["Le Brun"]
    assert book.accepted_forms("John Hartley") == ["Hartley"]
    assert book.accepted_forms("Kim Jong Un") == ["Kim"]


def test_a_name_the_article_shortens_to_its_first_word_resolves_to_the_full_name():
    book = NameBook()
    book.add("a", ["Wang Lei", "Wang", "Anna Berg", "Berg"])
    assert book.canonical("Wang", "a") == "Wang Lei"  # the family name comes first
    assert book.canonical("Anna", "a") == "Anna Berg"
    book.add("b", ["Wang Lei", "Wang Fang", "Wang"])
    assert book.canonical("Wang", "b") == "Wang"  # two people it could shorten: neither
