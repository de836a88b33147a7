"""Figures: numbers that count or measure, on the quantulum3 test sentences.

Data: `quantities*.json` files in the quantulum3 test format (a JSON list of
`{"req": sentence, "res": [{"value", "unit", "surface", "uncertainty"?, "entity"?, ...}]}`), in
CORPUS/quantulum3_tests or in CORPUS itself. ../shared/eval has no scorer for figures, so the
scoring function is `score` below, and every system goes through it.

Which gold quantities are figures (`is_figure`, applied to the gold and to quantulum3's output
alike; our own output is scored unfiltered, since our extractor claims to leave these out):
- Durations are not: a unit that is a span of time ("year", "day", "megayear") or the entity
  "time". Rates stay ("four times per week", "$15.4/hour", "200 kilometres per hour": the time
  unit is a denominator, the unit name holds "per" or "inverse").
- Years are not: a dimensionless surface of exactly four digits, 1000 to 2199 ("1979", "2013",
  the "1960" of "the 1960s").
- Identifiers are not: a dimensionless surface of bare digits right after a capitalised word
  that does not open the sentence, or after a code of letters and digits ("Voyager 2",
  "English 101", "i7 860"); a dash parts words as a space does. The gold marks these as plain
  numbers; news figures never are.
- A figure opens with its numeral: digits (after an optional sign, bracket or currency), a
  number word ("two", "twenty", "zero", "a dozen", "a hundred and two"), a fraction character,
  or "between"/"from" before a range. Quantities that are only a unit with an article or an
  adjective ("a penny", "a gallon", "A kibibyte", "a gross", "absolute zero") are names for a
  value, not figures written in the text.

Matching (`score`): within one sentence, each figure becomes an interval (low, high). Units that
only multiply a count are multiplied out first ("a dozen eggs" = 1 dozen = 12; a gross = 144): a
news figure counts the things, not the dozens. A gold or quantulum3 range is value ± uncertainty
("8- to 16-meter" = 12 ± 4 → 8..16); a "±" or "+/-" in the surface is a measurement error, not a
range, so only the central value counts. Ours is (value, value_max or value). A prediction
matches a gold figure when both ends are equal within a relative tolerance of 1e-3 (so "⅓"
written as 0.3333 matches 1/3; signs must agree); a single number never matches a range. Units are not compared. Each gold figure matches at most one
prediction (greedy, in order); precision = matched / predicted, recall = matched / gold figures,
over all sentences.

Our side: each sentence is written as a .txt article into a fresh temporary folder and one
`briefings analyse <files> --json OUT` run reads them all; figures map back to sentences by the
article's path. The in-process row calls `extract_figures` (after `split_sentences`) on each
sentence. Peer: quantulum3's `parser.parse` with its scikit-learn disambiguation classifier off.
`parse` has no argument for it: its README says the classifier is used when the optional
`quantulum3[classifier]` dependencies are installed, and `quantulum3.classifier.USE_CLF = False`
is the switch its own no-classifier tests set (the parser then picks among ambiguous units by
word counts). Its output is filtered and scored as above; its unit tables are loaded before the
timing starts.
"""
from __future__ import annotations

import json
import math
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from .common import Context, Row, first, fresh_folder, run_briefings, say, timed

NAME = "figures"
TARGET = "target P and R >= 0.90"
TOLERANCE = 1e-3

# Units that only multiply a count: "a dozen eggs" is 12 eggs.
MULTIPLES = {"dozen": 12, "baker's dozen": 13, "gross": 144}
TIME_UNITS = frozenset(
    "second minute hour day week fortnight month year decade century millennium "
    "kiloyear megayear gigayear".split()
)
_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half"
)
# (a currency's letters may stand apart, "Rs 62", "EUR 400 million"; "minus 18 degrees")
_OPENS_WITH_NUMERAL = re.compile(
    r"(?i:between[ ]|from[ ])?[(]?[-−+]?(?:[A-Z]{0,3}[$€£¥₹]|(?:[A-Z]{3}|Rs[.]?)[ ])?[-−]?(?i:minus[ ])?"
    rf"(?:\d|[½⅓⅔¼¾⅛]|(?i:(?:{_NUMBER_WORDS})\b"
    r"|an?[ ](?:hundred|thousand|million|billion|dozen|half|third|quarter)\b))"
)
_YEAR = re.compile(r"\d{4}")
_BARE_DIGITS = re.compile(r"\d+")
_NAME_OR_CODE = re.compile(r"[A-Z][\w—–-]*|(?=\w*\d)(?=\w*[A-Za-z])\w+")
_PLUS_MINUS = re.compile(r"±|\+/-")
_WORD_BREAK = re.compile(r"[\s—–]+")  # an em or en dash parts words as a space does


@dataclass(frozen=True)
class Item:
    """One quantity as the scorer sees it."""
    low: float
    high: float


def find(corpus: Path) -> Path | None:
    for folder in (corpus / "quantulum3_tests", corpus):
        if folder.is_dir() and any(folder.glob("quantities*.json")):
            return folder
    return None


# ------------------------------------------------------------------------------------ filters

def is_figure(sentence: str, surface: str, unit: str, entity: str | None, start: int | None) -> bool:
    """Whether a quantity (gold or quantulum3's) is a figure; see the module docstring."""
    unit = (unit or "").lower()
    if unit in TIME_UNITS or (entity or "").lower() == "time":
        return False
    if not _OPENS_WITH_NUMERAL.match(surface):
        return False
    if unit != "dimensionless":
        return True
    if _YEAR.fullmatch(surface) and 1000 <= int(surface) <= 2199:
        return False
    return not (_BARE_DIGITS.fullmatch(surface) and _is_identifier(sentence, surface, start))


def _is_identifier(sentence: str, surface: str, start: int | None) -> bool:
    if start is None:
        start = sentence.find(surface)
    before = _WORD_BREAK.split(sentence[:max(start, 0)].strip())
    if len(before) < 2 and not (before and any(c.isdigit() for c in before[-1])):
        return False  # opens the sentence, or follows its first word (capitalised anyway)
    word = before[-1].strip("\"'“‘([")
    return bool(_NAME_OR_CODE.fullmatch(word))


def _interval(value: float, uncertainty: float | None, surface: str, unit: str | None) -> Item:
    factor = MULTIPLES.get((unit or "").lower(), 1)
    value, uncertainty = value * factor, (uncertainty or 0) * factor
    if uncertainty and not _PLUS_MINUS.search(surface):
        return Item(value - uncertainty, value + uncertainty)
    return Item(value, value)


def gold_items(case: dict) -> list[Item]:
    return [
        _interval(q["value"], q.get("uncertainty"), q["surface"], q.get("unit"))
        for q in case["res"]
        if is_figure(case["req"], q["surface"], q.get("unit"), q.get("entity"), None)
    ]


# ------------------------------------------------------------------------------------ scoring

def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=1e-9)


def score(gold: list[list[Item]], predicted: list[list[Item]]) -> dict[str, float]:
    """Value precision, recall and F1 over sentences (gold[i] and predicted[i] are sentence i's)."""
    matched = n_gold = n_predicted = 0
    for wanted, found in zip(gold, predicted, strict=True):
        n_gold += len(wanted)
        n_predicted += len(found)
        free = list(found)
        for item in wanted:
            hit = next((p for p in free if _same(p.low, item.low) and _same(p.high, item.high)), None)
            if hit is not None:
                free.remove(hit)
                matched += 1
    precision = matched / n_predicted if n_predicted else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": precision, "R": recall, "F1": f1}


def _our_item(value: float, value_max: float | None) -> Item:
    return Item(value, value if value_max is None else value_max)


# ------------------------------------------------------------------------------------ systems

def _load(data: Path, ctx: Context) -> list[dict]:
    cases = [case for path in sorted(data.glob("quantities*.json"))
             for case in json.loads(path.read_text(encoding="utf-8"))]
    return first(cases, ctx)


def _ours_cli(cases: list[dict], ctx: Context) -> tuple[list[list[Item]], float]:
    with fresh_folder() as folder:
        sources = folder / "sentences"
        sources.mkdir()
        names = [f"{i:04d}.txt" for i in range(len(cases))]
        for name, case in zip(names, cases):
            (sources / name).write_text(case["req"] + "\n", encoding="utf-8")
        out = folder / "analyse.json"
        seconds = run_briefings(ctx, ["analyse", *[str(sources / n) for n in names], "--json", str(out)],
                                     cwd=folder)
        export = json.loads(out.read_text(encoding="utf-8"))
    by_path = {a["path"]: [_our_item(f["value"], f["value_max"]) for f in a["figures"]] for a in export["articles"]}
    return [by_path.get(name, []) for name in names], seconds


def _ours_in_process(cases: list[dict]) -> tuple[list[list[Item]], float]:
    from generator.analysis.figures import extract_figures
    from generator.analysis.sentences import split_sentences

    def work():
        return [[_our_item(f.value, f.value_max)
                 for f in extract_figures(c["req"], split_sentences(c["req"]))] for c in cases]
    return timed(work)


def _quantulum3(cases: list[dict]) -> tuple[list[list[Item]], float] | str:
    try:
        with warnings.catch_warnings():  # "classifier dependencies not installed": we turn it off
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser
    except ImportError:
        return "cannot run here: quantulum3 is not installed"
    classifier.USE_CLF = False  # no scikit-learn disambiguation: the parser's word-count fallback
    parser.parse("It weighs 2 kg.")  # loads its unit tables, which the timing should not count

    def work():
        out = []
        for case in cases:
            sentence = case["req"]
            out.append([
                _interval(q.value, q.uncertainty, q.surface, q.unit.name)
                for q in parser.parse(sentence)
                if is_figure(sentence, q.surface, q.unit.name,
                             q.unit.entity.name if q.unit.entity else None, q.span[0])
            ])
        return out
    return timed(work)


def _ratio(ours: float, theirs: float) -> str:
    if ours <= theirs:
        return f"{theirs / max(ours, 1e-9):.0f}x faster than"
    return f"{ours / max(theirs, 1e-9):.1f}x slower than"


def run(data: Path, ctx: Context) -> list[Row]:
    cases = _load(data, ctx)
    gold = [gold_items(c) for c in cases]
    say(ctx, f"figures: {len(cases)} sentences, {sum(map(len, gold))} gold figures")
    n = len(cases)

    ours, cli_seconds = _ours_cli(cases, ctx)
    rows = [Row(NAME, "briefings", score(gold, ours), cli_seconds / n, TARGET)]
    in_process, our_seconds = _ours_in_process(cases)
    peer = _quantulum3(cases)
    in_process_row = Row(NAME, "briefings in-process", score(gold, in_process), our_seconds / n,
                         "extract_figures per sentence")
    rows.append(in_process_row)
    if isinstance(peer, str):
        rows.append(Row(NAME, "quantulum3", {}, None, peer))
    else:
        found, peer_seconds = peer
        rows.append(Row(NAME, "quantulum3", score(gold, found), peer_seconds / n,
                        "parser.parse, classifier off (USE_CLF=False)"))
        in_process_row.note += f"; {_ratio(our_seconds, peer_seconds)} quantulum3"
    rows.append(Row(NAME, "published: none", {}, None,
                    "unit tests of quantulum3, no published scores"))
    return rows
