"""Dates: DATE expressions of TimeML (TempEval-3) news, detected and resolved against the
document's creation time, scored by ../shared/eval/eval_dates.py.

Ours: `briefings analyse` on the records timeml.py makes (their `date` is the creation time).
Peer: dateparser's `search_dates` with RELATIVE_BASE set to that same date, on the same texts
(the reader's, so both see the text without wire datelines), written into the analyse export's
shape. dateparser gives a datetime and no precision, so each find becomes a day ("YYYY-MM-DD",
precision "day"); its value accuracy is scored strictly, and leniently (a day inside the gold
month or year counts) in the note.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from .common import (Context, Row, first, fresh_folder, prf, run_briefings, run_scorer, run_script, say, timed,
                     write_json)

NAME = "dates"

TARGET_F1 = 0.85
TARGET_VALUE = 0.85
TARGET_MARGIN = 0.15  # value accuracy above dateparser's
HEIDELTIME = {"F1": 0.903, "value F1": 0.776}  # TE3 platinum; see ../shared/corpus/tempeval3/README.md


def find(corpus: Path) -> Path | None:
    """The corpus itself when it holds .tml files, else the first folder inside it that does."""
    if any(corpus.glob("*.tml")):
        return corpus
    folders = sorted({p.parent for p in corpus.rglob("*.tml")})
    return folders[0] if folders else None


def run(data: Path, ctx: Context) -> list[Row]:
    with fresh_folder() as folder:
        records, gold = _convert(data, folder, ctx)
        say(ctx, f"dates: {len(list(records.glob('*.json')))} documents")
        ours_json = folder / "ours.json"
        wall = run_briefings(ctx, ["analyse", *sorted(map(str, records.glob("*.json"))), "--json", str(ours_json)],
                            cwd=folder)
        articles = _read_articles(records)
        ours = run_scorer(ctx, "eval_dates.py", gold, ours_json)
        in_process = _time_extract_dates(articles)

        peer_json = folder / "dateparser.json"
        peer_seconds = _run_dateparser(articles, peer_json)
        peer = run_scorer(ctx, "eval_dates.py", gold, peer_json)
        peer_lenient = run_scorer(ctx, "eval_dates.py", gold, peer_json, "--lenient")

    n = max(1, len(articles))
    return [
        Row(NAME, "briefings", _scores(ours), wall / n,
            f"target F1 >= {TARGET_F1}, value acc >= {TARGET_VALUE} and >= dateparser's + {TARGET_MARGIN} "
            f"(now +{ours['value_acc'] - peer['value_acc']:.3f} strict, "
            f"+{ours['value_acc'] - peer_lenient['value_acc']:.3f} lenient); s/article: CLI wall time"),
        Row(NAME, "briefings (in-process)", {}, in_process / n,
            f"extract_dates alone on the reader's texts: {peer_seconds / max(in_process, 1e-9):.0f}x faster "
            f"than dateparser"),
        Row(NAME, "dateparser search_dates", _scores(peer), peer_seconds / n,
            f"RELATIVE_BASE = creation time, languages=['en']; every find a day; value acc lenient "
            f"(day inside gold month/year counts): {peer_lenient['value_acc']:.3f}"),
        Row(NAME, "published: HeidelTime (TempEval-3 platinum, not checked)", dict(HEIDELTIME), None,
            "F1 is TE3 relaxed-match F1, value F1 TE3's; another test set"),
    ]


def _convert(data: Path, folder: Path, ctx: Context) -> tuple[Path, Path]:
    """TimeML to records with timeml.py; gold.json moved out of the records' folder."""
    tml = first(sorted(data.glob("*.tml")), ctx)
    source = folder / "tml"
    source.mkdir()
    for path in tml:
        shutil.copy(path, source / path.name)
    records = folder / "records"
    run_script(ctx, "timeml.py", source, records)
    gold = folder / "gold.json"
    (records / "gold.json").rename(gold)
    return records, gold


def _scores(result: dict) -> dict[str, float]:
    """The scorer's figures, plus a value F1 like TempEval's: a find counts only with the right value."""
    right = result["value_acc"] * result["value_n"]
    value_p = right / result["predicted"] if result["predicted"] else 0.0
    value_r = right / result["gold_concrete"] if result["gold_concrete"] else 0.0
    value_f1 = 2 * value_p * value_r / (value_p + value_r) if value_p + value_r else 0.0
    return {**prf(result), "value acc": result["value_acc"], "value F1": value_f1}


def _read_articles(records: Path) -> list:
    """The records as our readers make them: the texts both systems are timed on."""
    from generator.readers import read_sources

    return sorted(read_sources([records]).articles, key=lambda a: a.path)


def _time_extract_dates(articles: list) -> float:
    from generator.analysis.dates import extract_dates
    from generator.analysis.sentences import split_sentences

    prepared = [(a.text, split_sentences(a.text), a.published) for a in articles]
    # the best of three rounds: the first pays for warming up
    return min(timed(lambda: [extract_dates(*item) for item in prepared])[1] for _ in range(3))


def _run_dateparser(articles: list, out: Path) -> float:
    """dateparser's finds in the analyse export's shape; returns its total seconds."""
    from dateparser.search import search_dates

    exported, total = [], 0.0
    for article in articles:
        base = dt.datetime.combine(article.published, dt.time()) if article.published else None
        settings = {"RELATIVE_BASE": base} if base else {}
        found, seconds = timed(search_dates, article.text, languages=["en"], settings=settings)
        total += seconds
        exported.append({"id": article.id, "path": article.path, "date": article.published and article.published.isoformat(),
                         "dates": _mentions(article.text, found or [])})
    write_json(out, {"version": 1, "articles": exported})
    return total


def _mentions(text: str, found: list[tuple[str, dt.datetime]]) -> list[dict]:
    """search_dates gives strings in text order without offsets: find each after the previous."""
    mentions, position = [], 0
    for words, when in found:
        start = text.find(words, position)
        if start < 0:
            start = text.find(words)
        if start < 0:
            continue
        position = start + len(words)
        mentions.append({"text": words, "value": when.date().isoformat(), "precision": "day",
                         "start": start, "end": start + len(words)})
    return mentions
