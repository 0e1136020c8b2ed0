"""Time to export 10,000 questions as an .apkg, against genanki writing the same notes with a bare model.

Run from the repository root: ``.venv/bin/python bench/export.py``. Target: a ratio of at most 1.2.
"""

from __future__ import annotations

import datetime as dt
import html
import sys
import tempfile
import time
from pathlib import Path

import genanki

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.export import export_deck  # noqa: E402
from quizgen.model import ArticleRef, Deck, Question, Source  # noqa: E402

QUESTIONS = 10_000
ARTICLES = 100
ROUNDS = 7

BARE_MODEL = genanki.Model(
    1_234_567_890,
    "bare",
    fields=[{"name": name} for name in ("Prompt", "Answer", "Source", "Article", "Date", "Order")],
    templates=[{"name": "Card 1", "qfmt": "{{Prompt}}", "afmt": "{{Answer}}"}],
)


def large_deck() -> Deck:
    """A deck of ``QUESTIONS`` varied questions over ``ARTICLES`` articles, with markup to escape."""
    articles = tuple(
        ArticleRef(id=f"a{i:03d}", path=f"seeds/a{i:03d}.txt", title=f"Leaders meet in city {i} <b>&</b> talk",
                   date=dt.date(2021, 1, 1) + dt.timedelta(days=i))
        for i in range(ARTICLES)
    )
    questions = []
    for i in range(QUESTIONS):
        article = articles[i % ARTICLES]
        answer = f"Minister {i} Smith"
        sentence = f'On Tuesday "{answer}" met the <script>delegation</script> of R&D office {i} in the capital.'
        questions.append(Question(
            id=f"q{i:05d}", kind="who_met", prompt=f"Who met the delegation of office {i}?", answer=answer,
            source=Source(article=article.id, sentence=sentence, start=0, end=len(sentence)),
            accept=(f"Smith {i}",), choices=(answer, f"Minister {i + 1} Jones", f"Envoy {i} Lee", f"Mayor {i} Kim"),
            tags=("who_met", "bench"),
        ))
    return Deck(id="bench", title="Bench deck", created=dt.datetime(2026, 1, 1),
                articles=articles, questions=tuple(questions))


def genanki_baseline(deck: Deck, output: Path) -> None:
    """genanki alone: one note per question, fields escaped, a bare model, ``Package.write_to_file``."""
    anki_deck = genanki.Deck(2_059_400_110, deck.title)
    for place, question in enumerate(deck.questions, 1):
        article = deck.article(question.source.article)
        fields = [html.escape(question.prompt), html.escape(question.answer), html.escape(question.source.sentence),
                  html.escape(article.title), article.date.isoformat(), f"{place:05d}"]
        anki_deck.add_note(genanki.Note(BARE_MODEL, fields, tags=[question.kind, deck.id, article.id],
                                        guid=genanki.guid_for(question.id)))
    genanki.Package(anki_deck).write_to_file(output)


def best_times(writers: dict, deck: Deck, folder: Path) -> dict[str, float]:
    """The fastest of ``ROUNDS`` runs of each writer, taking turns so that load on the machine hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in writers}
    for round_number in range(ROUNDS):
        for name, write in writers.items():
            start = time.perf_counter()
            write(deck, folder / f"{name}-{round_number}.apkg")
            times[name].append(time.perf_counter() - start)
    return {name: min(runs) for name, runs in times.items()}


def re_export(deck: Deck, output: Path) -> None:
    """Export over a package of the same deck, as a rebuild does (unchanged notes keep their time)."""
    export_deck(deck, output.with_name("quizgen-" + output.name.split("-")[-1]))


def main() -> None:
    deck = large_deck()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        # genanki's write_to_file leaves a database in the temp folder; keep it in ours.
        tempfile.tempdir = str(folder)
        try:
            times = best_times({
                "genanki": genanki_baseline,
                "quizgen": export_deck,
                "again": re_export,
                "both": lambda d, out: export_deck(d, out, cards="both"),
            }, deck, folder)
        finally:
            tempfile.tempdir = None
    baseline = times["genanki"]
    print(f"export of {QUESTIONS:,} questions to .apkg (best of {ROUNDS}):")
    print(f"  genanki, bare model:            {baseline:.3f} s")
    print(f"  quizgen export (basic):         {times['quizgen']:.3f} s   "
          f"ratio {times['quizgen'] / baseline:.2f}x  (target <= 1.2x)")
    print(f"  quizgen export over a previous: {times['again']:.3f} s   ratio {times['again'] / baseline:.2f}x")
    print(f"  quizgen export (both, {2 * QUESTIONS:,} notes): {times['both']:.3f} s")


if __name__ == "__main__":
    main()
