"""benchmarks/quality.py end to end on a tiny invented corpus in each evaluation format.

This guards the harness (finding each task's data, running the installed `briefings`, scoring with
../shared/eval, printing the table); the accuracy itself is measured by running the benchmark on
../shared/corpus, which is not a test. Skips without ../shared/eval or the bench extra's peers.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
EVAL = PROJECT.parent / "shared" / "eval"
PEERS = ("rouge_score", "dateparser", "quantulum3", "sumy")

if not (EVAL / "eval_quotes.py").exists():
    pytest.skip("../shared/eval (the scorers) is not here", allow_module_level=True)
for peer in PEERS:
    pytest.importorskip(peer, reason=f"{peer} is missing: pip install -e '.[bench]'")

HARBOUR = ("Crews at Tarrow harbour worked through the night after the crane fell on the quay. "
           "\"We will reopen the quay by Friday,\" said Dana Whitlock, the harbour master. "
           "About 4,200 containers were waiting on Monday. "
           "\"Nobody was hurt, and that is what matters,\" Whitlock told reporters.\n")


def brat_line(tid: str, kind: str, text: str, whole: str) -> str:
    start = whole.index(text)
    return f"{tid}\t{kind} {start} {start + len(text)}\t{text}"


def write_polnear(root: Path) -> None:
    split = root / "polnear" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    spans = [("T1", "Source", "Dana Whitlock"), ("T2", "Cue", "said"),
             ("T3", "Content", "\"We will reopen the quay by Friday,\""),
             ("T4", "Source", "Whitlock"), ("T5", "Cue", "told"),
             ("T6", "Content", "\"Nobody was hurt, and that is what matters,\"")]
    lines = [brat_line(tid, kind, text, HARBOUR) for tid, kind, text in spans]
    lines += ["E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1", "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4"]
    (split / "attributions" / "harbour_ab12.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_timeml(root: Path) -> None:
    folder = root / "tempeval3" / "aquaint"
    folder.mkdir(parents=True)
    (folder / "wire_0001.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>wire_0001</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2026-11-04" functionInDocument="CREATION_TIME">'
        '2026-11-04</TIMEX3></DCT>\n<TITLE>Port reopens</TITLE>\n<TEXT>\n'
        'The port of Tarrow reopened <TIMEX3 tid="t1" type="DATE" value="2026-11-04">today</TIMEX3> '
        'after a crane fell on <TIMEX3 tid="t2" type="DATE" value="2026-11-02">Monday</TIMEX3>. '
        'Repairs began in <TIMEX3 tid="t3" type="DATE" value="2026-10">October</TIMEX3>.\n'
        '</TEXT>\n</TimeML>\n', encoding="utf-8")


def write_quantities(root: Path) -> None:
    folder = root / "quantulum3_tests"
    folder.mkdir()
    cases = [
        {"req": "The ferry carried 240 passengers and 35 cars.",
         "res": [{"value": 240, "unit": "dimensionless", "surface": "240"},
                 {"value": 35, "unit": "dimensionless", "surface": "35"}]},
        {"req": "The bridge is 1.2 kilometres long.",
         "res": [{"value": 1.2, "unit": "kilometre", "surface": "1.2 kilometres"}]},
        {"req": "Nothing here is counted.", "res": []},
        # gold that opens with a currency's letters, "minus" or "a quarter of" is a figure too
        {"req": "Tolls rose to Rs 62 and the fund holds EUR 400 million.",
         "res": [{"value": 62, "unit": "Indian rupee", "surface": "Rs 62"},
                 {"value": 4e8, "unit": "euro", "surface": "EUR 400 million"}]},
        {"req": "The pond froze at minus 18 degrees Celsius, a quarter of a mile inland.",
         "res": [{"value": -18, "unit": "degree Celsius", "surface": "minus 18 degrees Celsius"},
                 {"value": 0.25, "unit": "mile", "surface": "a quarter of a mile"}]},
    ]
    (folder / "quantities.json").write_text(json.dumps(cases), encoding="utf-8")


def write_timeline17(root: Path) -> None:
    topic = "harbour_wire"
    (root / "timeline17" / "articles" / topic).mkdir(parents=True)
    (root / "timeline17" / "gold_timelines" / topic).mkdir(parents=True)
    articles = [
        {"id": "a1", "time": "2026-11-02", "text": "A crane fell on the quay at Tarrow on Monday , "
                                                   "November 2 , 2026 . The port closed ."},
        {"id": "a2", "time": "2026-11-05", "text": "The port of Tarrow reopened on Thursday after the "
                                                   "crane fell on November 2 . Inspectors arrived on November 3 ."},
        {"id": "a3", "time": "2026-11-09", "text": "Inspectors who came on November 3 blamed a cable . "
                                                   "The crane fell on November 2 , they said ."},
    ]
    with (root / "timeline17" / "articles" / topic / "articles.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(a) + "\n" for a in articles)
    gold = [["2026-11-02", ["A crane falls at Tarrow ."]], ["2026-11-03", ["Inspectors arrive ."]]]
    (root / "timeline17" / "gold_timelines" / topic / "timelines.jsonl").write_text(json.dumps(gold) + "\n")


def write_multi_news(root: Path) -> None:
    folder = root / "multi_news"
    folder.mkdir()
    clusters = [
        {"idx": 1, "summary": "A crane fell at Tarrow harbour and the port closed for three days.",
         "documents": [HARBOUR, "The port of Tarrow closed after a crane fell on the quay. Crews worked "
                                "through the night. The harbour master said the quay would reopen by Friday."],
         "multinewsplus_irrelevant_doc_indices": []},
        {"idx": 2, "summary": "Ferry crews in Kelvedon went on strike over new rosters.",
         "documents": ["Ferry crews in Kelvedon walked out over new rosters on Tuesday. Sailings were "
                       "cancelled.", "Kelvedon ferry crews began a strike over rosters. The operator "
                                     "cancelled all sailings and called the strike unlawful."],
         "multinewsplus_irrelevant_doc_indices": []},
    ]
    with (folder / "clusters.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(c) + "\n" for c in clusters)


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("corpus")
    for write in (write_polnear, write_timeml, write_quantities, write_timeline17, write_multi_news):
        write(root)
    done = subprocess.run([sys.executable, str(PROJECT / "benchmarks" / "quality.py"), str(root), "--quiet",
                           "--eval", str(EVAL)], capture_output=True, text=True, env={**os.environ})
    assert done.returncode == 0, done.stderr
    return done.stdout


def section(table: str, task: str) -> dict[str, str]:
    """The rows of one task's table, by system name (first column)."""
    body = table.split(f"## {task}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in body.strip().splitlines()[1:] if line.strip()]
    return {re.split(r"\s{2,}", line.strip())[0]: line for line in lines}


@pytest.mark.parametrize("task", ["quotes", "dates", "figures", "timelines", "stories", "summaries"])
def test_every_task_prints_our_row_with_scores(table, task):
    rows = section(table, task)
    ours = next(line for name, line in rows.items() if name.startswith("briefings"))
    assert re.search(r"\d\.\d{3}|\d\d\.\d\d", ours), ours


def test_invented_items_score_as_expected(table):
    quotes = next(v for k, v in section(table, "quotes").items() if k.startswith("briefings"))
    assert re.findall(r"\d\.\d{3}", quotes)[:4] == ["1.000", "1.000", "1.000", "1.000"]  # P, R, F1, speaker
    stories = next(v for k, v in section(table, "stories").items() if k.startswith("briefings"))
    assert re.findall(r"\d\.\d{3}", stories)[:3] == ["1.000", "1.000", "1.000"]  # two stories, kept apart
    figures = next(v for k, v in section(table, "figures").items() if k.startswith("briefings"))
    assert re.findall(r"\d\.\d{3}", figures)[:2] == ["1.000", "1.000"]


def test_peers_and_published_anchors_are_listed(table):
    assert any("pairing" in name for name in section(table, "quotes"))
    assert any("dateparser" in name for name in section(table, "dates"))
    assert any("quantulum3" in name for name in section(table, "figures"))
    summaries = " ".join(section(table, "summaries"))
    assert "LexRank" in summaries and "TextRank" in summaries and "Lead-3" in summaries
    assert "DATEWISE" in " ".join(section(table, "timelines"))


def test_lexrank_whole_sentences_keeps_to_the_budget_as_our_summaries_do():
    sys.path.insert(0, str(PROJECT / "benchmarks"))
    from tasks.summaries import _sumy
    documents = [["The Tarrow crane fell on the quay at night.", "Crews worked until dawn to clear it.",
                  "The harbour master said the quay would reopen by Friday."],
                 ["A crane fell at Tarrow harbour.", "The port closed for three days after the crane fell."]]
    cut, whole = _sumy("lexrank")(documents, 20), _sumy("lexrank", whole_sentences=True)(documents, 20)
    assert len(cut.split()) == 20  # the last sentence cut where the budget ends
    sentences = [s for doc in documents for s in doc]
    assert 0 < len(whole.split()) <= 20
    rest = whole
    while rest:  # nothing but whole sentences
        rest = rest.removeprefix(next(s for s in sentences if rest.startswith(s))).lstrip()
