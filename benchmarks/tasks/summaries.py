"""Multi-document summaries on Multi-News clusters: ROUGE-1/2/L of `briefings generate --one-story`
beside first-N-words, Lead-3 and sumy's LexRank and TextRank, all cut to the reference length.

Our side: `multinews.py split`, then one `briefings generate DIR/<idx> --one-story --summary-words
$(cat DIR/<idx>.budget) --json DIR/<idx>.json` per cluster (fresh folder, own --docs), `multinews.py
collect`, `eval_summaries.py`. Peers read the same split folders, write the same {"idx": summary}
shape and are scored by the same script. sumy gets our sentence splitter and a plain word
tokenizer (its own tokenizer needs NLTK data that is not installed here).
"""
from __future__ import annotations

import inspect
import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .common import (Context, Row, find_multi_news, first_lines, fresh_folder, run_briefings, run_scorer, run_script,
                     say, timed, write_json)

NAME = "summaries"
WORKERS = 2  # the CLI runs are independent; two at a time halves the wall time on two cores
REDUNDANCY = 0.5  # the summary contract: no two sentences share more than half their words
TARGET_MARGIN = 2.0  # ROUGE-1 points above the best peer
# The peers fill the budget and lose the words past it; our summaries stop at the last whole
# sentence that fits. This LexRank keeps our rule, to show what the cut last sentence is worth.
WHOLE_SENTENCES_LEXRANK = "sumy LexRank, whole sentences"

PUBLISHED = (  # Fabbri et al. 2019, Table 6: full test set (5,622 clusters), 300-token outputs
    ("First-3", 39.41, 11.77), ("LexRank", 38.27, 12.70), ("TextRank", 38.44, 13.10),
    ("MMR", 38.77, 11.98), ("Hi-MAP", 43.47, 14.89),
)

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def find(corpus: Path) -> Path | None:
    return find_multi_news(corpus)


@dataclass(frozen=True)
class Cluster:
    idx: str
    budget: int
    documents: tuple[str, ...]  # texts in file-name order, as the split wrote them


def run(data: Path, ctx: Context) -> list[Row]:
    with fresh_folder() as work:
        clusters_file = first_lines(data, work, ctx)
        split = work / "split"
        run_script(ctx, "multinews.py", "split", clusters_file, split)
        clusters = _read_split(split)
        articles = sum(len(c.documents) for c in clusters)
        say(ctx, f"summaries: {len(clusters)} clusters, {articles} articles")

        cli_seconds = _run_ours(ctx, split, clusters)
        ours_file = work / "ours.json"
        run_script(ctx, "multinews.py", "collect", split, ours_file)
        ours = run_scorer(ctx, "eval_summaries.py", clusters_file, ours_file)
        repeats = _redundant_summaries(split, clusters)

        peers = {}
        sentences = [[_sentences(text) for text in c.documents] for c in clusters]  # once for all peers
        for name, summarize in _peers().items():
            summaries, seconds = _run_peer(summarize, clusters, sentences)
            out = write_json(work / f"{name}.json", summaries)
            peers[name] = (run_scorer(ctx, "eval_summaries.py", clusters_file, out), seconds)
            say(ctx, f"summaries: {name} {peers[name][0]}")
    return _rows(ours, cli_seconds / articles, repeats, peers, articles, len(clusters))


def _read_split(split: Path) -> list[Cluster]:
    clusters = []
    for folder in sorted(p for p in split.iterdir() if p.is_dir()):
        texts = tuple(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"), key=_doc_number))
        budget = int(folder.with_suffix(".budget").read_text())
        clusters.append(Cluster(folder.name, budget, texts))
    return clusters


def _doc_number(path: Path) -> int:
    return int(path.stem[3:]) if path.stem[3:].isdigit() else 0


def _run_ours(ctx: Context, split: Path, clusters: list[Cluster]) -> float:
    """Every cluster through the installed CLI, each in its own fresh folder; total wall time."""
    def one(cluster: Cluster) -> float:
        with fresh_folder() as cwd:
            return run_briefings(ctx, ["generate", str(split / cluster.idx), "--one-story", "--quiet",
                                       "--summary-words", str(cluster.budget), "--docs", str(cwd / "docs"),
                                       "--json", str(split / f"{cluster.idx}.json")], cwd)
    readable = [c for c in clusters if c.documents]  # a cluster of only irrelevant documents is empty
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for n, _ in enumerate(pool.map(one, readable), start=1):
            if n % 25 == 0:
                say(ctx, f"summaries: briefings generate {n}/{len(readable)}")
    return time.perf_counter() - started


def _redundant_summaries(split: Path, clusters: list[Cluster]) -> int:
    """How many of our summaries carry two sentences sharing more than half their words."""
    from generator.condense.summary import overlap
    from generator.words import content_stems
    count = 0
    for cluster in clusters:
        path = split / f"{cluster.idx}.json"
        export = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        for briefing in export.get("briefings", []):
            stems = [frozenset(content_stems(s["text"])) for s in briefing.get("summary") or []]
            if any(overlap(a, b) > REDUNDANCY for i, a in enumerate(stems) for b in stems[i + 1:]):
                count += 1
    return count


# --- peers --------------------------------------------------------------------------------------

Summarize = Callable[[list[list[str]], int], str]  # sentences of each document, budget -> summary


def _sentences(text: str) -> list[str]:
    from generator.analysis.sentences import split_sentences
    return [s.slice(text) for s in split_sentences(text)]


def _cut(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def first_words(documents: list[list[str]], budget: int) -> str:
    return _cut(" ".join(s for doc in documents for s in doc), budget)


def lead_rounds(documents: list[list[str]], budget: int) -> str:
    """Lead-3 in rounds: every document's first sentence, then every second, … to the budget."""
    picked, used = [], 0
    for position in range(max((len(d) for d in documents), default=0)):
        for doc in documents:
            if position < len(doc) and used < budget:
                picked.append(doc[position])
                used += len(doc[position].split())
    return _cut(" ".join(picked), budget)


class _Words:
    """The tokenizer sumy's Sentence asks for: words only (no NLTK data needed)."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> list[str]:
        return _WORD.findall(text)


def _sumy(kind: str, whole_sentences: bool = False) -> Summarize:
    """sumy's LexRank or TextRank: the best-rated sentences until the budget is filled, the last one
    cut (as the scorer cuts every summary), or, with `whole_sentences`, only those that fit whole,
    the rule our summaries keep (`--summary-words` is a cap on whole sentences)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = (LexRankSummarizer if kind == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = _Words()

    def summarize(documents: list[list[str]], budget: int) -> str:
        model = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in doc]) for doc in documents])

        def enough(ranked):  # the best-rated sentences until the budget is filled
            taken, used = [], 0
            for info in ranked:
                words = len(info.sentence._text.split())
                if used >= budget:
                    break
                if whole_sentences and used + words > budget:
                    continue
                taken.append(info)
                used += words
            return taken
        return _cut(" ".join(s._text for s in summarizer(model, enough)), budget)
    return summarize


def _ours_in_process() -> Summarize:
    """The summarizer `condense` uses by default, on the documents the peers get."""
    from generator.condense import condense
    from generator.condense.summary import Document
    summarizer = inspect.signature(condense).parameters["summarizer"].default

    def summarize(documents: list[list[str]], budget: int) -> str:
        docs = [Document(f"doc{n}", tuple(sentences)) for n, sentences in enumerate(documents)]
        return " ".join(s.text for s in summarizer(docs, budget))
    return summarize


def _peers() -> dict[str, Summarize]:
    peers: dict[str, Summarize] = {"briefings in-process": _ours_in_process(),
                                   "first N words": first_words, "Lead-3 rounds": lead_rounds}
    try:
        peers["sumy LexRank"] = _sumy("lexrank")
        peers["sumy TextRank"] = _sumy("textrank")
        peers[WHOLE_SENTENCES_LEXRANK] = _sumy("lexrank", whole_sentences=True)
    except ImportError:
        pass
    return peers


def _run_peer(summarize: Summarize, clusters: list[Cluster], sentences: list[list[list[str]]]
              ) -> tuple[dict[str, str], float]:
    """Summaries of every cluster from its documents' `sentences`; seconds spent summarizing."""
    out, seconds = {}, 0.0
    for cluster, documents in zip(clusters, sentences):
        out[cluster.idx], spent = timed(summarize, documents, cluster.budget)
        seconds += spent
    return out, seconds


def _scores(result: dict) -> dict[str, float]:
    return {"ROUGE-1": result["rouge1"], "ROUGE-2": result["rouge2"], "ROUGE-L": result["rougeL"]}


def _rows(ours: dict, cli_per_article: float, repeats: int, peers: dict, articles: int, clusters: int) -> list[Row]:
    external = {k: v for k, v in peers.items() if not k.startswith("briefings")}
    best_name, (best, _) = max(external.items(), key=lambda kv: kv[1][0]["rouge1"])
    margin = ours["rouge1"] - best["rouge1"]
    verdict = "met" if margin >= TARGET_MARGIN else "not met"
    rows = [Row(NAME, "briefings", _scores(ours), cli_per_article,
                f"{clusters} clusters; target ROUGE-1 >= best peer ({best_name}) + {TARGET_MARGIN:g}: "
                f"{margin:+.2f}, {verdict}; summaries with two sentences sharing > half their words: {repeats}")]
    lexrank = peers.get("sumy LexRank", (None, None))[1]
    for name, (result, seconds) in peers.items():
        note = "only sentences that fit whole, as ours" if name == WHOLE_SENTENCES_LEXRANK else ""
        if name.startswith("briefings"):
            note = "summarizer only, no duplicate detection"
            if lexrank:
                note += f"; {lexrank / seconds:.1f}x faster than sumy LexRank"
        rows.append(Row(NAME, name, _scores(result), seconds / articles, note))
    for system, r1, r2 in PUBLISHED:
        rows.append(Row(NAME, f"published: {system}", {"ROUGE-1": r1, "ROUGE-2": r2}, None,
                        "Fabbri et al. 2019, full test set, 300-token outputs; not this subset"))
    return rows
