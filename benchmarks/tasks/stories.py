"""Multi-News: B-cubed precision, recall and F1 of stories against the clusters they were mixed from.

All clusters' articles go into one folder (`multinews.py mix`), one `briefings generate` groups
them, and `eval_stories.py` scores the stories of the export against the clusters.
"""
from __future__ import annotations

from pathlib import Path

from .common import (Context, Row, find_multi_news, first_lines, fresh_folder, prf, run_briefings, run_scorer,
                     run_script, say)

NAME = "stories"
TARGET = "target F1 >= 0.90"


def find(corpus: Path) -> Path | None:
    return find_multi_news(corpus)


def run(data: Path, ctx: Context) -> list[Row]:
    with fresh_folder() as folder:
        clusters = first_lines(data, folder, ctx)
        mixed = folder / "mixed"
        run_script(ctx, "multinews.py", "mix", clusters, mixed)
        count = len(list(mixed.glob("*.txt")))
        with fresh_folder() as work:
            out = work / "briefings.json"
            seconds = run_briefings(ctx, ["generate", str(mixed), "--docs", str(work / "docs"), "--json", str(out)],
                                    cwd=work)
            result = run_scorer(ctx, "eval_stories.py", out)
    say(ctx, f"stories: {result['articles']} articles, {result['stories']} stories, {result['clusters']} clusters")
    return [Row(NAME, "briefings", prf(result), seconds / max(1, count),
                f"{result['clusters']} clusters; {TARGET}")]
