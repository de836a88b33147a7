"""Direct quotes and their speakers on a PolNeAR split (text/ and attributions/ side by side).

Ours: `briefings analyse <split>/text/*.txt --json OUT` in a fresh folder, scored by
../shared/eval/eval_quotes.py; then our extractor in-process on the same texts, for its own cost.
Peer: plain quotation-mark pairing, every pair a "full" quote with no speaker, written into the
same per-article JSON shape and scored by the same script.
"""
from __future__ import annotations

import re
from pathlib import Path

from generator.analysis.entities import extract_entities
from generator.analysis.quotes import extract_quotes
from generator.analysis.sentences import split_sentences
from generator.readers import read_file

from .common import Context, Row, first, fresh_folder, prf, run_briefings, run_scorer, say, timed, write_json

NAME = "quotes"
TARGETS = "target F1 >= 0.92, speaker >= 0.90"
# A curly pair, or a straight pair: the peer's whole method.
_PAIR = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")


def find(corpus: Path) -> Path | None:
    """A PolNeAR split: CORPUS itself, or the first split folder under it (dev before test)."""
    if _is_split(corpus):
        return corpus
    for candidate in sorted(corpus.glob("*")) + sorted(corpus.glob("*/*")):
        if candidate.is_dir() and _is_split(candidate):
            return candidate
    return None


def _is_split(folder: Path) -> bool:
    return (folder / "text").is_dir() and (folder / "attributions").is_dir() \
        and any((folder / "text").glob("*.txt"))


def run(data: Path, ctx: Context) -> list[Row]:
    files = first(sorted((data / "text").glob("*.txt")), ctx)
    with fresh_folder() as folder:
        split = _limited_split(data, files, folder) if ctx.limit else data
        say(ctx, f"quotes: briefings analyse on {len(files)} articles")
        out = folder / "analysis.json"
        wall = run_briefings(ctx, ["analyse", *map(str, files), "--json", str(out), "-q"], folder)
        ours = run_scorer(ctx, "eval_quotes.py", split, out)

        texts = [(f.name, read_file(f, f.name)[0].text) for f in files]
        own_seconds = _own_seconds(texts)
        export, peer_seconds = timed(_peer_export, texts)
        peer = run_scorer(ctx, "eval_quotes.py", split, write_json(folder / "peer.json", export))

    n = max(1, len(files))
    return [
        Row(NAME, "briefings", _scores(ours), wall / n, f"CLI wall time; {TARGETS}"),
        Row(NAME, "briefings extract_quotes (in-process)", {}, own_seconds / n,
            f"extract_quotes alone, sentences and entities precomputed; "
            f"{own_seconds / max(peer_seconds, 1e-9):.1f}x the peer's time"),
        Row(NAME, "plain quotation-mark pairing", _scores(peer), peer_seconds / n,
            "every pair a full quote, no speaker"),
        Row(NAME, "textacy", {}, None,
            "cannot run here (needs a spaCy model that cannot be installed from the registries)"),
        Row(NAME, "published: GenderGapTracker",
            {"P": None, "R": None, "F1": 0.837, "speaker": 0.865}, None, "own test set"),
    ]


def _scores(measured: dict) -> dict[str, float | None]:
    return {**prf(measured), "speaker": measured["speaker_acc"]}


def _limited_split(data: Path, files: list[Path], folder: Path) -> Path:
    """A split of only FILES (and their annotations), linked from DATA: the scorer reads every
    annotation file of a split, so the first N articles need a split of their own."""
    split = folder / "split"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    for f in files:
        (split / "text" / f.name).symlink_to(f)
        for ann in (data / "attributions").glob(f"{f.stem}_*.ann"):
            (split / "attributions" / ann.name).symlink_to(ann)
    return split


def _own_seconds(texts: list[tuple[str, str]]) -> float:
    """Our extractor's time alone over the texts, given their sentences and entities."""
    prepared = []
    for _, text in texts:
        sentences = split_sentences(text)
        prepared.append((text, sentences, extract_entities(text, sentences)))
    _, seconds = timed(lambda: [extract_quotes(*item) for item in prepared])
    return seconds


def _peer_export(texts: list[tuple[str, str]]) -> dict:
    articles = []
    for name, text in texts:
        quotes = []
        for m in _PAIR.finditer(text):
            group = 1 if m.group(1) is not None else 2
            quotes.append({"text": m.group(group).strip(), "speaker": None, "kind": "full",
                           "start": m.start(group), "end": m.end(group)})
        articles.append({"id": name, "path": name, "quotes": quotes})
    return {"version": 1, "articles": articles}
