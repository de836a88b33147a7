"""Speed of the per-article analysis against the floor: reading and tokenising the same text.

usage: python benchmarks/speed.py [FILES_OR_FOLDERS ...]   (default: the example corpus, and the
       seeds in ../shared/seeds when present)

Any folder the readers take will do, e.g. a corpus's plain texts (polnear/dev/text) or the JSON
article records that /work/shared/eval/timeml.py makes of TempEval-3.

Prints, per stage, the time per article and its ratio to the floor (reading the file's bytes,
decoding them and splitting the text into words with a regex), then the stage that costs most.
The floor reads only the files that gave articles (not, say, a gold.json lying beside them).
Each round times the floor and every stage once, and each keeps its fastest round: other work
on the machine only ever adds time, so the fastest round is the steadiest measure of the code's
own cost (the median moved by half when other jobs ran). The target: the whole analysis at most
10 times the floor.

It measures the `generator` package this interpreter imports: one installed with `pip install .`
is compiled where the machine has a C compiler (see setup.py); an editable install's or a bare
source checkout's is pure Python. The first lines say which.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
try:
    import generator  # noqa: F401  (the installed package: pure Python, or compiled, see setup.py)
except ImportError:
    sys.path.insert(0, str(ROOT))  # a source checkout that is not installed

from generator.analysis import entities as entities_module  # noqa: E402
from generator.analysis.dates import extract_dates  # noqa: E402
from generator.analysis.entities import extract_entities  # noqa: E402
from generator.analysis.figures import extract_figures  # noqa: E402
from generator.analysis.quotes import extract_quotes  # noqa: E402
from generator.analysis.sentences import split_sentences  # noqa: E402
from generator.pipeline import read_and_analyse  # noqa: E402

# Rounds per run. With 9, the PolNeAR ratio of one build spread from 9.2 to 10.1 over runs a few
# minutes apart (the floor, a tenth of a millisecond an article, moved most); with 25, from 9.2 to
# 9.3, for about two seconds more.
ROUNDS = 25
_WORD = re.compile(r"\w+")


def analysis_form() -> str:
    """Which form of the analysis modules this interpreter runs, and from where."""
    path = Path(entities_module.__file__ or "")
    form = "pure Python" if path.suffix == ".py" else "compiled with mypyc (pip install .)"
    return f"{form}, from {path.parent}"


def per_item(works: dict[str, tuple[Callable, list]], rounds: int = ROUNDS) -> dict[str, float]:
    """For each work, the least over rounds of the mean seconds per item. Each round runs every
    work once, in turn."""
    times: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(rounds):
        for name, (work, items) in works.items():
            started = time.perf_counter()
            for item in items:
                work(item)
            times[name].append((time.perf_counter() - started) / len(items))
    return {name: min(spent) for name, spent in times.items()}


def article_files(sources: list[Path], articles: list) -> list[Path]:
    """The files the articles were read from ("feed.rss#2" comes from "feed.rss")."""
    read = {a.path for a in articles} | {a.path.rsplit("#", 1)[0] for a in articles}
    files = set()
    for source in sources:
        if source.is_file():
            if source.name in read:
                files.add(source)
        else:
            files.update(p for p in source.rglob("*")
                         if p.is_file() and p.relative_to(source).as_posix() in read)
    return sorted(files)


def main(argv: list[str]) -> None:
    summary, _, details = (__doc__ or "").partition("\n\n")
    parser = argparse.ArgumentParser(
        prog="python benchmarks/speed.py", description=summary,
        epilog=details.split("\n\n", 1)[-1], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="*", type=Path, metavar="FILE_OR_FOLDER",
                        help="articles to analyse (default: examples/sources, and ../shared/seeds "
                             "when present)")
    sources = parser.parse_args(argv).sources or [ROOT / "examples" / "sources"] + (
        [ROOT.parent / "shared" / "seeds"] if (ROOT.parent / "shared" / "seeds").is_dir() else [])
    result = read_and_analyse(sources, lambda message: None)
    articles = result.articles
    if not articles:
        sys.exit(f"no articles read from {', '.join(map(str, sources))}: "
                 "give files or folders the readers take (see --help)")
    paths = {a.id: a for a in articles}
    print(f"{len(articles)} articles, {sum(len(a.text) for a in articles) / max(1, len(articles)):.0f} characters "
          f"on average, from {', '.join(map(str, sources))}")
    print(f"analysis: {analysis_form()}")

    # Every file under the sources, should their articles' paths not name them.
    files = article_files(sources, articles) or sorted(
        {p for s in sources for p in ([s] if s.is_file() else s.rglob("*")) if p.is_file()})

    prepared = [(a.text, split_sentences(a.text), a.published) for a in paths.values()]
    with_entities = [(t, s, extract_entities(t, s)) for t, s, _ in prepared]
    stages = per_item({
        "floor": (lambda p: _WORD.findall(p.read_bytes().decode("utf-8", "replace")), files),
        "sentences": (lambda x: split_sentences(x[0]), prepared),
        "figures": (lambda x: extract_figures(x[0], x[1]), prepared),
        "dates": (lambda x: extract_dates(x[0], x[1], x[2]), prepared),
        "entities": (lambda x: extract_entities(x[0], x[1]), prepared),
        "quotes": (lambda x: extract_quotes(*x), with_entities),
    })
    # Per article, although some files hold several articles: the floor is the whole input's cost
    # shared out over the articles it holds.
    floor = stages.pop("floor") * len(files) / len(articles)
    total = sum(stages.values())
    print(f"\n{'stage':<22}{'ms/article':>12}{'x floor':>10}")
    print(f"{'floor (read+tokenise)':<22}{floor * 1e3:>12.3f}{1:>10.1f}")
    for name, seconds in stages.items():
        print(f"{name:<22}{seconds * 1e3:>12.3f}{seconds / floor:>10.1f}")
    print(f"{'whole analysis':<22}{total * 1e3:>12.3f}{total / floor:>10.1f}   (target: at most 10)")
    costliest = max(stages, key=stages.get)
    print(f"costliest stage: {costliest} ({stages[costliest] / total:.0%} of the analysis)")


if __name__ == "__main__":
    main(sys.argv[1:])
