"""Loading article files: the date line, titles, and every kind of bad file."""

import datetime as dt
import os
from pathlib import Path

import pytest

from quizgen.articles import MAX_ARTICLE_BYTES, ArticleError, load_article, load_articles


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_date_line_gives_the_date_and_body(tmp_path):
    path = write(tmp_path / "a1.txt", " date 2021-11-11 In the latest attempt to mend ties, leaders met.\n\nMore text.")
    article = load_article(path)
    assert article.id == "a1"
    assert article.date == dt.date(2021, 11, 11)
    assert article.body.startswith("In the latest attempt")
    assert article.text[article.body_start :] == article.body
    assert article.title == "In the latest attempt to mend ties, leaders met."


def test_file_without_date_line_is_valid_and_undated(tmp_path):
    article = load_article(write(tmp_path / "plain.txt", "Ministers signed a trade pact in Oslo on Monday."))
    assert article.date is None
    assert article.body_start == 0
    assert article.title == "Ministers signed a trade pact in Oslo on Monday."


def test_long_first_sentence_is_shortened_for_the_title(tmp_path):
    words = " ".join(["word"] * 40)
    article = load_article(write(tmp_path / "long.txt", f"Headline {words}."))
    assert article.title.endswith("…")
    assert len(article.title) <= 91


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty article"),
        (b"   \n\n  ", "empty article"),
        (b" date 2021-11-11   \n", "empty article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Caf\u00e9 news".encode("latin-1"), "not UTF-8"),
        (b"1234 5678 ... !!!", "no words"),
    ],
)
def test_bad_files_get_a_one_line_error_naming_the_file(tmp_path, data, message):
    path = write(tmp_path / "bad.txt", data)
    with pytest.raises(ArticleError) as error:
        load_article(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path / "a.txt", "Leaders met in Rome.")
    write(tmp_path / "b.txt", b"\xff\xfe\x00binary")
    write(tmp_path / "c.txt", "Ministers met in Oslo.")
    write(tmp_path / "notes.md", "not an article")
    articles, errors = load_articles([tmp_path, tmp_path / "missing.txt"])
    assert [a.id for a in articles] == ["a", "c"]
    assert len(errors) == 2
    assert "b.txt: binary file" in errors[0]
    assert "missing.txt: no such file or folder" in errors[1]


@pytest.mark.parametrize(
    ("first_line", "message"),
    [
        (" date 2021-13-45 Leaders met in Rome.", "the date line has an impossible date '2021-13-45'"),
        (" date 2021-02-30 Leaders met in Rome.", "the date line has an impossible date '2021-02-30'"),
        (" date 12/03/2021 Leaders met in Rome.", "the date line has no valid date '12/03/2021'"),
    ],
)
def test_a_bad_date_line_is_an_error_never_text_of_the_article(tmp_path, first_line, message):
    path = write(tmp_path / "bad-date.txt", first_line + "\n\nMinisters agreed a pact.")
    with pytest.raises(ArticleError) as error:
        load_article(path)
    assert str(error.value) == f"{path}: {message}; write it as ' date YYYY-MM-DD' or remove it"


def test_a_first_line_about_a_date_is_ordinary_text(tmp_path):
    article = load_article(write(tmp_path / "a.txt", " date of the vote was moved, ministers said."))
    assert (article.date, article.body_start) == (None, 0)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path, encoding):
    text = " date 2022-06-01 Ministers met in Tallinn on Monday."
    data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
    article = load_article(write(tmp_path / "wide.txt", data))
    assert article.date == dt.date(2022, 6, 1)
    assert article.body == "Ministers met in Tallinn on Monday."


def test_undated_article_takes_the_default_date(tmp_path):
    write(tmp_path / "plain.txt", "Ministers met in Oslo on Monday.")
    write(tmp_path / "dated.txt", " date 2020-01-02 Ministers met in Riga.")
    articles, errors = load_articles([tmp_path], default_date=dt.date(2023, 4, 5))
    assert errors == []
    assert {a.id: a.date for a in articles} == {"dated": dt.date(2020, 1, 2), "plain": dt.date(2023, 4, 5)}


def test_links_in_a_loop_to_nowhere_and_folders_named_like_articles_each_get_a_line(tmp_path):
    write(tmp_path / "good.txt", "Leaders met in Rome.")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "x.txt").mkdir()
    articles, errors = load_articles([tmp_path])
    assert [a.id for a in articles] == ["good"]
    assert errors == [
        f"{tmp_path / 'gone.txt'}: skipped, a symbolic link to nothing",
        f"{tmp_path / 'loop.txt'}: skipped, a symbolic link in a loop",
        f"{tmp_path / 'x.txt'}: skipped, a folder, not an article file",
    ]


def test_a_dangling_link_named_on_the_command_line_gets_a_line(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    articles, errors = load_articles([tmp_path / "gone.txt"])
    assert (articles, errors) == ([], [f"{tmp_path / 'gone.txt'}: a symbolic link to nothing"])


def test_a_title_is_not_cut_at_an_abbreviation(tmp_path):
    article = load_article(write(tmp_path / "a.txt", " date 2024-05-02 Anna Berg elected as U.S. Senate meets\n\nBody text."))
    assert article.title == "Anna Berg elected as U.S. Senate meets"


def test_a_device_or_a_pipe_is_refused_before_it_is_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (Path("/dev/zero"), fifo):
        with pytest.raises(ArticleError, match="not a regular file"):
            load_article(path)


def test_an_article_file_name_a_deck_cannot_hold_gives_an_id_it_can(tmp_path):
    from quizgen.build import build_deck
    from quizgen.deck import load_deck, save_deck

    long_name = "talks-" + "x" * 230 + ".txt"
    write(tmp_path / long_name, " date 2024-05-02 Talks\n\nAnna Berg met Jon Olsen in Oslo on Monday.")
    write(tmp_path / "bell\x07name.txt", " date 2024-05-02 Talks\n\nKarin Lund met Peter Moen in Bergen on Monday.")
    deck = build_deck([tmp_path], "Talks").deck
    ids = sorted(article.id for article in deck.articles)
    assert ids[0] == "bellname" and len(ids[1]) == 200 and ids[1].startswith("talks-xxx")
    save_deck(deck, tmp_path / "talks.yaml")
    assert sorted(a.id for a in load_deck(tmp_path / "talks.yaml").articles) == ids  # the deck check accepts it
