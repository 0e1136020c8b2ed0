"""Build speed: articles per second, and the whole build against spaCy's bare parse.

Runs on the seed articles repeated to at least 200 articles (each copy a
distinct article id), in one process: the bare parse of the same texts with
the same pipeline, then the whole build (load, parse, extract, generate),
alternated for five rounds, every other round building first; the ratio
printed is the median of the rounds' ratios, since a busy machine slows one
side of a single round.
Target: the build costs at most 1.3x the bare parse.

    .venv/bin/python bench/generate.py [--articles 200] [--rounds 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.articles import load_articles  # noqa: E402
from quizgen.build import build_deck  # noqa: E402
from quizgen.parse import load_nlp, readable_text  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        for n in range(-(-args.articles // len(seeds))):
            for seed in seeds:
                shutil.copy(seed, Path(folder) / f"{n:04d}_{seed.name}")
        nlp = load_nlp()
        articles, _ = load_articles([folder])
        nlp("warm up the pipeline once.")

        count = len(articles)
        ratios = []
        for round_number in range(1, args.rounds + 1):
            if round_number % 2 == 0:  # every other round builds first, so neither side always runs on a warmer machine
                build_seconds, result = _timed(lambda: build_deck([folder], "bench", nlp=nlp))
                parse_seconds, _ = _timed(lambda: list(nlp.pipe((readable_text(a.body) for a in articles), batch_size=32)))
            else:
                parse_seconds, _ = _timed(lambda: list(nlp.pipe((readable_text(a.body) for a in articles), batch_size=32)))
                build_seconds, result = _timed(lambda: build_deck([folder], "bench", nlp=nlp))
            ratios.append(build_seconds / parse_seconds)
            print(f"round {round_number}: bare parse {parse_seconds:6.2f} s ({count / parse_seconds:5.1f} articles/s), "
                  f"whole build {build_seconds:6.2f} s ({count / build_seconds:5.1f} articles/s), {ratios[-1]:.2f}x")

    ratio = statistics.median(ratios)
    print(f"articles: {count}, questions built: {len(result.deck.questions)}")
    print(f"build / parse, median of {len(ratios)} rounds: {ratio:.2f}x (target <= 1.3x): {'met' if ratio <= 1.3 else 'NOT met'}")


def _timed(work):
    """Seconds ``work()`` takes, and what it returns."""
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


if __name__ == "__main__":
    main()
