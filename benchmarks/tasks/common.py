"""What every quality task shares: running the installed `briefings`, scoring, and one table row.

Each task module in this folder has:
    NAME: str                                   the task's name on the command line
    find(corpus: Path) -> Path | None           its data inside a corpus folder (None: not there)
    run(data: Path, ctx: Context) -> list[Row]  our score and the peers', measured in one run

Our side always runs the installed `briefings` command, each run in a fresh temporary folder with
its own --docs, exactly as ../shared/eval/README.md shows; peers run in-process into the same JSON
shapes; both are scored by the scripts in ../shared/eval, which the independent evaluation uses.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class Context:
    eval_dir: Path          # ../shared/eval: the scorers
    briefings: str          # the installed console script
    limit: int | None = None  # score only the first N items where a task has many (quick runs)
    progress: bool = True


@dataclass
class Row:
    """One line of the results table: a system's scores on one task."""
    task: str
    system: str             # "briefings", a peer's name, or "published: <system>"
    scores: dict[str, float | None] = field(default_factory=dict)
    seconds_per_article: float | None = None
    note: str = ""          # e.g. "cannot run here: …", "target F1 >= 0.92"


def find_multi_news(corpus: Path) -> Path | None:
    """A Multi-News clusters file (JSON lines with "idx", "summary" and "documents"): CORPUS itself,
    else the first one in its multi_news/ folder, in it, or anywhere below it."""
    if corpus.is_file():
        return corpus if _is_clusters(corpus) else None
    places = [corpus / "multi_news", corpus]
    candidates = [p for place in places if place.is_dir() for p in sorted(place.glob("*.jsonl"))]
    return next((p for p in candidates + sorted(corpus.rglob("*.jsonl")) if _is_clusters(p)), None)


def _is_clusters(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as lines:
            first = json.loads(lines.readline())
    except (OSError, ValueError):
        return False
    return isinstance(first, dict) and {"idx", "summary", "documents"} <= first.keys()


def briefings_command() -> str:
    """The `briefings` console script of the Python running this benchmark, else the one on PATH."""
    beside = Path(sys.executable).with_name("briefings")
    found = str(beside) if beside.exists() else shutil.which("briefings")
    if not found:
        sys.exit("benchmark: the `briefings` command is not installed; run `pip install -e .` first")
    return found


@contextmanager
def fresh_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="briefings-bench-") as folder:
        yield Path(folder)


def run_briefings(ctx: Context, args: list[str], cwd: Path) -> float:
    """Run `briefings ARGS` in CWD (a fresh temporary folder); return the wall time in seconds."""
    started = time.perf_counter()
    done = subprocess.run([ctx.briefings, *args], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 3):
        raise RuntimeError(f"briefings {' '.join(args[:2])} … failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def run_script(ctx: Context, script: str, *args: str | Path) -> str:
    """Run one of ../shared/eval's scripts and return what it printed (converters print nothing)."""
    done = subprocess.run([sys.executable, str(ctx.eval_dir / script), *map(str, args)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{script} {args[0] if args else ''} failed: {done.stderr[-2000:]}")
    return done.stdout


def run_scorer(ctx: Context, script: str, *args: str | Path) -> dict:
    """Run one of ../shared/eval's scorers and return the JSON it prints."""
    return json.loads(run_script(ctx, script, *args).strip().splitlines()[-1])


def generate_scored(ctx: Context, source: Path, options: list[str], scorer: str, *scorer_args: str | Path
                    ) -> tuple[dict, float]:
    """`briefings generate SOURCE OPTIONS` in a fresh folder with its own --docs; its JSON export
    scored by SCORER (the export its last argument); returns the scores and the wall time."""
    with fresh_folder() as work:
        out = work / "briefings.json"
        seconds = run_briefings(ctx, ["generate", str(source), *options, "--docs", str(work / "docs"),
                                      "--json", str(out)], cwd=work)
        return run_scorer(ctx, scorer, *scorer_args, out), seconds


def first(items: list, ctx: Context) -> list:
    """The first ctx.limit items, or all of them when no limit is set."""
    return items[:ctx.limit] if ctx.limit else items


def first_lines(data: Path, folder: Path, ctx: Context) -> Path:
    """DATA itself, or a copy in FOLDER of its first ctx.limit lines (JSON lines: the first items)."""
    if not ctx.limit:
        return data
    copy = folder / data.name
    with data.open(encoding="utf-8") as lines:
        copy.write_text("".join(islice(lines, ctx.limit)), encoding="utf-8")
    return copy


def write_json(path: Path, data) -> Path:
    """Write a peer's output in the JSON shape our exports have, for the same scorer to read."""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def prf(result: dict) -> dict[str, float]:
    """A scorer's precision, recall and F1 as table columns."""
    return {"P": result["p"], "R": result["r"], "F1": result["f1"]}


def timed(work, *args, **kwargs) -> tuple[object, float]:
    started = time.perf_counter()
    result = work(*args, **kwargs)
    return result, time.perf_counter() - started


def say(ctx: Context, message: str) -> None:
    if ctx.progress:
        print(message, file=sys.stderr, flush=True)
