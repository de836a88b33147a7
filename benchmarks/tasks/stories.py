"""Multi-News: B-cubed precision, recall and F1 of stories against the clusters they were mixed from.

All clusters' articles go into one folder (`multinews.py mix`), one `briefings generate` groups
them, and `eval_stories.py` scores the stories of the export against the clusters.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .common import Context, Row, find_multi_news, fresh_folder, run_briefings, run_scorer, say

NAME = "stories"
TARGET = "target F1 >= 0.90"


def find(corpus: Path) -> Path | None:
    return find_multi_news(corpus)


def run(data: Path, ctx: Context) -> list[Row]:
    with fresh_folder() as folder:
        clusters = _limited(data, folder, ctx.limit)
        mixed = folder / "mixed"
        _mix(ctx, clusters, mixed)
        count = len(list(mixed.glob("*.txt")))
        with fresh_folder() as work:
            out = work / "briefings.json"
            seconds = run_briefings(ctx, ["generate", str(mixed), "--docs", str(work / "docs"), "--json", str(out)],
                                    cwd=work)
            result = run_scorer(ctx, "eval_stories.py", out)
    say(ctx, f"stories: {result['articles']} articles, {result['stories']} stories, {result['clusters']} clusters")
    scores = {"P": result["p"], "R": result["r"], "F1": result["f1"]}
    return [Row(NAME, "briefings", scores, seconds / max(1, count),
                f"{result['clusters']} clusters; {TARGET}")]


def _limited(data: Path, folder: Path, limit: int | None) -> Path:
    """The clusters file itself, or a copy of its first LIMIT clusters."""
    if not limit:
        return data
    copy = folder / "clusters.jsonl"
    with data.open(encoding="utf-8") as lines:
        copy.write_text("".join(line for _, line in zip(range(limit), lines)), encoding="utf-8")
    return copy


def _mix(ctx: Context, clusters: Path, out_dir: Path) -> None:
    """`multinews.py mix` prints nothing, so it runs outside run_scorer (which reads printed JSON)."""
    done = subprocess.run([sys.executable, str(ctx.eval_dir / "multinews.py"), "mix", str(clusters), str(out_dir)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"multinews.py mix failed: {done.stderr[-2000:]}")
