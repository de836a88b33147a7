"""Timeline17: date F1 of `--timeline-dates K` timelines against the gold timelines of each topic.

For each topic whose articles are in the corpus, its articles are converted by `t17.py convert`,
and for each of its gold timelines (K = that timeline's number of dates) `briefings generate
--one-story --timeline-dates K` builds one timeline that `t17.py score` scores against the topic's
gold timelines (it averages the date F1 over them itself). A topic's score is the mean over its
runs; the table shows the mean over topics.
"""
from __future__ import annotations

import json
from pathlib import Path

from .common import Context, Row, first, fresh_folder, generate_scored, run_script, say

NAME = "timelines"
TARGET = "target mean date F1 >= 0.55"
PUBLISHED = (("DATEWISE", 0.544), ("CLUST", 0.407))
PUBLISHED_NOTE = "full T17, all 17 topics (Gholipour Ghalandari & Ifrim 2020)"


def find(corpus: Path) -> Path | None:
    """The folder holding articles/<topic>/articles.jsonl and gold_timelines/<topic>/timelines.jsonl."""
    for folder in (corpus, *sorted(p for p in corpus.rglob("*") if p.is_dir())):
        if _topics(folder):
            return folder
    return None


def _topics(folder: Path) -> list[str]:
    articles, gold = folder / "articles", folder / "gold_timelines"
    if not (articles.is_dir() and gold.is_dir()):
        return []
    return sorted(p.name for p in articles.iterdir()
                  if (p / "articles.jsonl").is_file() and (gold / p.name / "timelines.jsonl").is_file())


def run(data: Path, ctx: Context) -> list[Row]:
    topics = first(_topics(data), ctx)
    rows, scores, seconds, articles = [], [], 0.0, 0
    for topic in topics:
        score, elapsed, count = _score_topic(data, topic, ctx)
        scores.append(score)
        seconds += elapsed
        articles += count
        rows.append(Row(NAME, f"briefings: {topic}", {"date F1": score}, elapsed / max(1, count)))
    mean = sum(scores) / len(scores) if scores else None
    rows.append(Row(NAME, "briefings", {"date F1": mean}, seconds / max(1, articles),
                    f"mean over {len(scores)} topics; {TARGET}"))
    rows += [Row(NAME, f"published: {system}", {"date F1": value}, None, PUBLISHED_NOTE)
             for system, value in PUBLISHED]
    return rows


def _score_topic(data: Path, topic: str, ctx: Context) -> tuple[float, float, int]:
    """The topic's mean date F1 over its gold timelines' K, the seconds spent, the articles read."""
    gold_file = data / "gold_timelines" / topic / "timelines.jsonl"
    # K is a gold timeline's number of distinct dates (tilse's convention; a date may hold several entries).
    sizes = [len({date for date, _ in json.loads(line)})
             for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    f1s, seconds, count = [], 0.0, 0
    with fresh_folder() as folder:
        corpus = folder / "articles"
        run_script(ctx, "t17.py", "convert", data / "articles" / topic / "articles.jsonl", corpus)
        n_articles = len(list(corpus.glob("*.json")))
        for k in sizes:
            result, spent = generate_scored(ctx, corpus, ["--one-story", "--timeline-dates", str(k)],
                                            "t17.py", "score", gold_file)
            seconds += spent
            count += n_articles
            f1s.append(result["date_f1"])
            say(ctx, f"timelines: {topic} K={k}: date F1 {result['date_f1']:.3f} "
                     f"({result['predicted_dates']} dates predicted, gold {result['gold_dates']})")
    return sum(f1s) / len(f1s), seconds, count
