"""Accuracy of briefings on the evaluation corpora, beside peers and published anchors.

usage: python benchmarks/quality.py CORPUS [--only TASK,...] [--limit N] [--eval DIR]

CORPUS is a folder laid out like ../shared/corpus (polnear/, tempeval3/, quantulum3_tests/,
timeline17/, multi_news/), or one of those folders itself, or another portion of the same data
set in the same format: each task finds its data inside and is skipped where there is none.

Our side runs the installed `briefings` command, each run in a fresh temporary folder, as
../shared/eval/README.md shows; peers run in-process into the same JSON shapes; the scripts in
../shared/eval score both. Seconds per article are wall time (ours includes starting the command).
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tasks.common import Context, Row, briefings_command  # noqa: E402

TASKS = ("quotes", "dates", "figures", "timelines", "stories", "summaries")


def load_tasks(names):
    return [importlib.import_module(f"tasks.{name}") for name in names]


def format_score(value) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if abs(value) <= 1 else f"{value:.2f}"


def print_table(rows: list[Row]) -> None:
    for task in dict.fromkeys(r.task for r in rows):
        group = [r for r in rows if r.task == task]
        measures = list(dict.fromkeys(m for r in group for m in r.scores))
        width = max(len(r.system) for r in group) + 2
        print(f"\n## {task}\n")
        print(f"{'system':<{width}}" + "".join(f"{m:>12}" for m in measures) + f"{'s/article':>12}  note")
        for r in group:
            line = f"{r.system:<{width}}" + "".join(f"{format_score(r.scores.get(m)):>12}" for m in measures)
            seconds = "-" if r.seconds_per_article is None else f"{r.seconds_per_article:.4f}"
            print(line + f"{seconds:>12}  {r.note}".rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="example: python benchmarks/quality.py ../shared/corpus --only quotes,dates")
    parser.add_argument("corpus", type=Path, help="corpus folder (see above)")
    parser.add_argument("--only", default=",".join(TASKS), help=f"tasks to run, comma-separated (default: {','.join(TASKS)})")
    parser.add_argument("--limit", type=int, help="score only the first N items of tasks that have many (quick runs)")
    parser.add_argument("--eval", type=Path, default=HERE.parents[1] / "shared" / "eval",
                        help="folder of the scorers (default: ../shared/eval)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: no such folder")
    if not (args.eval / "eval_quotes.py").exists():
        parser.error(f"{args.eval}: the scorers of ../shared/eval are not there; give --eval DIR")
    unknown = set(args.only.split(",")) - set(TASKS)
    if unknown:
        parser.error(f"unknown task(s): {', '.join(sorted(unknown))}; choose from {', '.join(TASKS)}")

    ctx = Context(eval_dir=args.eval.resolve(), briefings=briefings_command(), limit=args.limit,
                  progress=not args.quiet)
    rows: list[Row] = []
    for task in load_tasks([t for t in TASKS if t in args.only.split(",")]):
        data = task.find(args.corpus.resolve())
        if data is None:
            print(f"quality: {task.NAME}: no data in {args.corpus}, skipped", file=sys.stderr)
            continue
        print(f"quality: {task.NAME}: {data}", file=sys.stderr)
        rows.extend(task.run(data, ctx))
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
