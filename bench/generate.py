"""Build speed: articles per second, and the whole build against spaCy's bare parse.

Runs on the seed articles repeated to at least 500 articles (each copy a
distinct article id), in one process: first the bare parse of the same texts
with the same pipeline, then the whole build (load, parse, extract, generate).
Target: the build costs at most 1.3x the bare parse.

    .venv/bin/python bench/generate.py [--articles 500]
"""

from __future__ import annotations

import argparse
import shutil
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
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        for n in range(-(-args.articles // len(seeds))):
            for seed in seeds:
                shutil.copy(seed, Path(folder) / f"{n:04d}_{seed.name}")
        nlp = load_nlp()
        articles, _ = load_articles([folder])
        nlp("warm up the pipeline once.")

        start = time.perf_counter()
        for _ in nlp.pipe((readable_text(a.body) for a in articles), batch_size=32):
            pass
        parse_seconds = time.perf_counter() - start

        start = time.perf_counter()
        result = build_deck([folder], "bench", nlp=nlp)
        build_seconds = time.perf_counter() - start

    count = len(articles)
    print(f"articles: {count}, questions built: {len(result.deck.questions)}")
    print(f"bare spaCy parse: {parse_seconds:6.2f} s  ({count / parse_seconds:6.1f} articles/s)")
    print(f"whole build:      {build_seconds:6.2f} s  ({count / build_seconds:6.1f} articles/s)")
    ratio = build_seconds / parse_seconds
    print(f"build / parse: {ratio:.2f}x (target <= 1.3x): {'met' if ratio <= 1.3 else 'NOT met'}")


if __name__ == "__main__":
    main()
