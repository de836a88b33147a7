"""Multi-News: B-cubed precision, recall and F1 of stories against the clusters they were mixed from.

All clusters' articles go into one folder (`multinews.py mix`), one `briefings generate` groups
them, and `eval_stories.py` scores the stories of the export against the clusters.
"""
from __future__ import annotations

from pathlib import Path

from .common import Context, Row, find_multi_news, first_lines, fresh_folder, generate_scored, prf, run_script, say

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
        result, seconds = generate_scored(ctx, mixed, [], "eval_stories.py")
    say(ctx, f"stories: {result['articles']} articles, {result['stories']} stories, {result['clusters']} clusters")
    return [Row(NAME, "briefings", prf(result), seconds / max(1, count),
                f"{result['clusters']} clusters; {TARGET}")]
