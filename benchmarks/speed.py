"""Speed of the per-article analysis against the floor: reading and tokenising the same text.

usage: python benchmarks/speed.py [FILES_OR_FOLDERS ...]   (default: the example corpus, and the
       seeds in ../shared/seeds when present)

Prints, per stage, the median time per article over several rounds and its ratio to the floor
(reading the file's bytes, decoding them and splitting the text into words with a regex). The
target: the whole analysis at most 10 times the floor.
"""
from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.analysis.dates import extract_dates  # noqa: E402
from generator.analysis.entities import extract_entities  # noqa: E402
from generator.analysis.figures import extract_figures  # noqa: E402
from generator.analysis.quotes import extract_quotes  # noqa: E402
from generator.analysis.sentences import split_sentences  # noqa: E402
from generator.pipeline import read_and_analyse  # noqa: E402

ROUNDS = 7
_WORD = re.compile(r"\w+")


def per_article(work, items, rounds=ROUNDS) -> float:
    """Median over rounds of the mean seconds per item."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        for item in items:
            work(item)
        times.append((time.perf_counter() - started) / len(items))
    return statistics.median(times)


def main(argv: list[str]) -> None:
    sources = [Path(a) for a in argv] or [ROOT / "examples" / "sources"] + (
        [ROOT.parent / "shared" / "seeds"] if (ROOT.parent / "shared" / "seeds").is_dir() else [])
    result = read_and_analyse(sources, lambda message: None)
    articles = result.articles
    paths = {a.id: a for a in articles}
    print(f"{len(articles)} articles, {sum(len(a.text) for a in articles) / max(1, len(articles)):.0f} characters "
          f"on average, from {', '.join(map(str, sources))}")

    files = sorted({p for s in sources for p in ([s] if s.is_file() else s.rglob("*")) if p.is_file()})
    # Per article, although some files hold several articles: the floor is the whole input's cost
    # shared out over the articles it holds.
    floor = per_article(lambda p: _WORD.findall(p.read_bytes().decode("utf-8", "replace")), files) \
        * len(files) / len(articles)

    prepared = [(a.text, split_sentences(a.text), a.published) for a in paths.values()]
    with_entities = [(t, s, extract_entities(t, s)) for t, s, _ in prepared]
    stages = {
        "sentences": per_article(lambda x: split_sentences(x[0]), prepared),
        "figures": per_article(lambda x: extract_figures(x[0], x[1]), prepared),
        "dates": per_article(lambda x: extract_dates(x[0], x[1], x[2]), prepared),
        "entities": per_article(lambda x: extract_entities(x[0], x[1]), prepared),
        "quotes": per_article(lambda x: extract_quotes(*x), with_entities),
    }
    total = sum(stages.values())
    print(f"\n{'stage':<22}{'ms/article':>12}{'x floor':>10}")
    print(f"{'floor (read+tokenise)':<22}{floor * 1e3:>12.3f}{1:>10.1f}")
    for name, seconds in stages.items():
        print(f"{name:<22}{seconds * 1e3:>12.3f}{seconds / floor:>10.1f}")
    print(f"{'whole analysis':<22}{total * 1e3:>12.3f}{total / floor:>10.1f}   (target: at most 10)")


if __name__ == "__main__":
    main(sys.argv[1:])
