"""Key figures of a story: the same quantity from several sources merged, disagreements flagged.

Two figures are one quantity when they count the same noun (or one with a word in front of it:
"dockworkers", "workers"; a change in a thing counts that thing: "job cuts", "jobs") and their
sentences share most of their content words. Equal values merge silently, their sentences
sharing a quarter of their words at least. Different values from different sources are one
quantity when they agree as written (one rounds the other, "$1.2 billion" and "$1.18 billion", or
lies in its range), or when they count things (not percentages or money, which a story holds many
of) and lie within a factor of 1.5; their sentences must agree too. They are kept as readings of
the merged figure, and the page says the sources differ unless the readings agree as written or
are a running count (one a day, never falling: "two dead", then "three dead"), which shows its
newest reading. Figures, equal or not, are never one
quantity when the words before the noun tell different things counted ("six confirmed cases",
"eight suspected cases"), when one counts a part ("17 other people", "five more cases"), or when
their sentences name places and none in common ("147 cases in Australia", "117 cases in Israel"), or
when their sentences tell different fates of those counted ("six people were killed", "six people
were in custody").

A story holds dozens of numbers; the key figures are the ones most sources give, earliest in
their articles, at most MAX_FIGURES of them, leaving out small counts that only refer back to
things named before ("the two companies") and counts of one thing no fate befell ("one son",
but "one person was killed").
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from typing import Mapping, Optional

from ..days import MONTH_NUMBERS, WEEKDAY_NAMES
from ..analysis.figures import (MEASURE_ABBREVIATIONS, MEASURE_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS,
                                SMALL_NUMBERS, TENS, is_money)
from ..model import Figure, FigureReading, MergedFigure
from ..words import content_stems, stem
from .summary import overlap

SAME_QUANTITY = 0.5
SAME_VALUE = 0.25  # the share of content words equal values' sentences must have in common
MAX_FIGURES = 12
CLOSE_VALUES = 1.5
_SHARES = frozenset(("percent", "percentage point", "percentage points"))


@dataclass(frozen=True)
class SourcedFigure:
    figure: Figure
    context: str
    source: str
    position: float = 0.0  # where in its article it stands, 0 (start) to 1 (end)
    places: frozenset[str] = frozenset()  # the places its sentence names
    published: Optional[str] = None  # its article's day, YYYY-MM-DD


def merge_figures(found: list[SourcedFigure], copies: Mapping[str, str] = {}) -> list[MergedFigure]:
    """The story's key figures; `copies` maps a source that copies another to that one, which
    it cites but does not count twice: a copy is no second source confirming a figure."""
    # Only figures of the same unit can be one quantity: compare within a unit, stems computed once.
    groups_by_unit: dict[str, list[list[SourcedFigure]]] = {}
    stems: dict[str, frozenset[str]] = {}
    order: list[list[SourcedFigure]] = []
    pending = deque(item for item in found if not _one_of_no_fate(item))
    while pending:
        item = pending.popleft()
        if item.context not in stems:
            stems[item.context] = frozenset(content_stems(item.context))
        unit_groups = groups_by_unit.setdefault(_known_unit(_unit_key(item.figure), groups_by_unit), [])
        for group in unit_groups:
            if not _same_quantity(item, group[0], stems):
                continue
            rival = _told_otherwise(item, group)
            if rival is None:
                group.append(item)
                break
            if _value(item) == _value(group[0]) != _value(rival):
                # "killed at least 40 ... the toll had risen to 52": the source's 52 is the group's
                # 52, and its 40 goes to find a group of its own
                group[group.index(rival)] = item
                pending.appendleft(rival)
                break
        else:
            unit_groups.append([item])
            order.append(unit_groups[-1])
    # Among figures as widely reported, counts, money and shares before measures of distance,
    # speed or size: a storm's death toll and insured losses before its 12 mph and 180 miles.
    ranked = sorted(order, key=lambda g: (-len({copies.get(i.source, i.source) for i in g}),
                                          _small_count(g[0].figure), _is_measure(g[0].figure.unit or ""),
                                          min(i.position for i in g)))
    return [_merged(group) for group in ranked[:MAX_FIGURES]]


def _told_otherwise(item: SourcedFigure, group: list[SourcedFigure]) -> Optional[SourcedFigure]:
    """The group's member from the same source with another value, if any: one article giving two
    values tells of two quantities ("travelling at 112 km/h as it entered a curve with a 60 km/h
    limit"), which the group's first figure, another source's, may each resemble."""
    return next((member for member in group if member.source == item.source and _value(member) != _value(item)), None)


def _value(item: SourcedFigure) -> tuple[float, Optional[float]]:
    return item.figure.value, item.figure.value_max


def _known_unit(key: str, known: Mapping[str, object]) -> str:
    """The unit already met that `key` names too: one is the other with a word in front
    ("dockworkers" and "workers", "warships" and "ships"), else `key`."""
    if key in known or len(key) < 4 or " " in key:
        return key
    return next((k for k in known if len(k) >= 4 and " " not in k and (key.endswith(k) or k.endswith(key))), key)


def _same_quantity(a: SourcedFigure, b: SourcedFigure, stems: dict[str, frozenset[str]]) -> bool:
    """Two figures of one unit: the same quantity by equal values or by agreeing sentences."""
    rate_a, rate_b = _rate(a.figure), _rate(b.figure)
    if rate_a != rate_b and rate_a and rate_b:
        return False  # a rate may be a plain amount's ("per worker" left out), never another rate's
    if (a.figure.value, a.figure.value_max) == (b.figure.value, b.figure.value_max):
        if a.source == b.source:  # an article repeating a figure ("the 50 concerts") means one
            return a.context == b.context or not _counts_differently(a, b)
        # Equal values need less agreement, but some: "10% of Egypt's population" and "10% of
        # the world's population" are two quantities. A precise amount of money needs less still.
        shared = overlap(stems[a.context], stems[b.context])
        digits = _money_digits(a.figure)
        return not _counts_differently(a, b) and (
            shared >= SAME_VALUE or digits >= 3 or _significant_digits(a.figure) >= PRECISE_DIGITS
            or (digits == 2 and _share_a_word(stems[a.context], stems[b.context])))
    if a.source == b.source or rate_a != rate_b or _counts_differently(a, b) or _places_differ(a, b):
        return False
    if not _agree(a.figure, b.figure) and (_generic(a.figure.unit) or not _close(a.figure, b.figure)) \
            and not _measured_again(a, b):
        return False
    return overlap(stems[a.context], stems[b.context]) >= SAME_QUANTITY


_DAY_NAMES = frozenset(name.capitalize() for name in (*WEEKDAY_NAMES, *MONTH_NUMBERS))
_NAME = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]+")  # a capitalised word not opening a sentence


def _measured_again(a: SourcedFigure, b: SourcedFigure) -> bool:
    """A measure or share reported again on a later day, however far it moved ("burned 11,500
    acres" on Tuesday, "18,900 acres" on Thursday; "5% contained", "58% contained"), when the
    sentences name the same things (not "Labour won 32%" and "the Greens won 28%")."""
    if not (a.published and b.published and a.published != b.published) or not _measures(a.figure.unit):
        return False
    names_a, names_b = (set(_NAME.findall(item.context)) - _DAY_NAMES for item in (a, b))
    return names_a <= names_b or names_b <= names_a


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_LETTER_WORD = re.compile(r"(?<![\w.])[a-z]+(?:['’-][a-z]+)*(?![\w.])")
_NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(TENS) | frozenset(SCALE_WORDS) | frozenset(
    SCALE_ABBREVIATIONS) | {"a", "an", "and", "half"}
# Words that make a count a part of some whole: "17 other people", "five more cases".
_PART_WORDS = frozenset("other more additional further extra new".split())
_PART_QUALIFIERS = frozenset("another further additional extra".split())


def _counts_differently(a: SourcedFigure, b: SourcedFigure) -> bool:
    """Whether two figures of different values cannot be readings of one quantity, whatever
    their sentences share: the words before the noun tell different things counted, one counts a
    part, or their sentences name places and none in common."""
    words_a, words_b = _modifiers(a.figure), _modifiers(b.figure)
    if (words_a | words_b) & _PART_WORDS or any(
            set((f.qualifier or "").lower().split()) & _PART_QUALIFIERS for f in (a.figure, b.figure)):
        return True
    if words_a and words_b and not (words_a <= words_b or words_b <= words_a):
        return True
    fate_a, fate_b = _fate(a), _fate(b)
    if fate_a and fate_b and fate_a != fate_b:
        return True  # "six people were killed", "six people were in custody"
    return bool(a.places and b.places and not a.places & b.places)


def _places_differ(a: SourcedFigure, b: SourcedFigure) -> bool:
    """Whether one figure counts in a place of its own and the other in another, or in more places
    ("killed 247 people in Kenya" beside a toll whose sentence names Kenya and Tanzania); a figure
    whose sentence names no other place may count in the same one."""
    own_a, own_b = _own_place(a), _own_place(b)
    if own_a and own_b:
        return own_a != own_b
    if own_a or own_b:
        own, other = (own_a, b) if own_a else (own_b, a)
        return bool(other.places - {own})
    return False


def _own_place(item: SourcedFigure) -> str:
    """The place a figure counts in, as its clause says right after it ("killed 247 people in
    Kenya") or opens with it ("In Nairobi, 253 died"), or "": a toll of one place and a total, or
    the tolls of two places, are two quantities, though their sentences name the same places."""
    if not item.places:
        return ""
    at = item.context.find(item.figure.text)
    if at < 0:
        return ""
    after = _CLAUSE_END.split(item.context[at + len(item.figure.text):], 1)[0]
    found = _PLACE_AFTER.search(after) or _PLACE_OPENING.match(item.context[:at])
    return found.group(1) if found and found.group(1) in item.places else ""


# "in Kenya", "at the Tarrow terminal" within a few words after a figure; "In Nairobi," opening its sentence.
_PLACE_AFTER = re.compile(r"^(?:\s+[a-z]+){0,3}?\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")
_PLACE_OPENING = re.compile(r"^\s*(?:In|At)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*),")


# What befell the people a figure counts, by the words that tell it.
_FATES = {**dict.fromkeys("killed dead died deaths death killing fatalities".split(), "dead"),
          **dict.fromkeys("injured wounded hurt injuries injuring".split(), "injured"),
          **dict.fromkeys("missing".split(), "missing"),
          **dict.fromkeys("arrested detained custody charged jailed".split(), "held"),
          **dict.fromkeys("evacuated displaced homeless".split(), "displaced"),
          **dict.fromkeys("rescued".split(), "rescued"),
          **dict.fromkeys("hospitalized hospitalised hospital".split(), "in hospital"),
          **dict.fromkeys("infected".split(), "infected")}
FATE_WORDS_AFTER = 5
FATE_WORDS_BEFORE = 3
_CLAUSE_END = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b")
_PLAIN_WORD = re.compile(r"[a-z]+")  # ("dead." ends a sentence: the fate is its last word)


def _one_of_no_fate(item: SourcedFigure) -> bool:
    """A count of a single thing that no fate befell ("one son", "one opponent"): true, and no key
    figure; "one person was killed", "one death" and "one kilometre" (a measure) are."""
    figure = item.figure
    unit = (figure.unit or "").lower()
    return figure.value == 1 and figure.value_max is None and unit not in _TOLL_UNITS \
        and not _is_measure(figure.unit or "") and not _fate(item)


# Units that count a toll, a caseload or charges: one of them is news ("one death", "one case of
# the virus", "one count of fraud").
_TOLL_UNITS = frozenset("""death deaths dead fatality fatalities casualty casualties case cases victim victims
injury injuries wound wounds killing killings count counts charge charges""".split())


def _fate(item: SourcedFigure) -> str:
    """What its sentence says befell those a figure counts ("dead", "injured", "held"), from the
    nearest such word after the figure, else right before it ("killing six people"); "" if none."""
    unit = (item.figure.unit or "").lower()
    if unit in _FATES:
        return _FATES[unit]  # "the death toll rose to 43": the analysis read the toll's dead
    at = item.context.find(item.figure.text)
    if at < 0:
        return ""
    # up to the clause's end: in "killed 110 people and injured 1,600" the 110 are the dead
    clause = _CLAUSE_END.split(item.context[at + len(item.figure.text):].lower(), 1)[0]
    after = _PLAIN_WORD.findall(clause)[:FATE_WORDS_AFTER]
    before = _PLAIN_WORD.findall(item.context[:at].lower())[-FATE_WORDS_BEFORE:]
    return next((_FATES[w] for w in after + before[::-1] if w in _FATES), "")


def _modifiers(figure: Figure) -> frozenset[str]:
    """The words of a figure besides its number, qualifier and unit: "confirmed" in "six
    confirmed cases", "other" in "at least 17 other people"."""
    known = set((figure.qualifier or "").lower().split()) | set((figure.unit or "").lower().split())
    return frozenset(w for w in _LETTER_WORD.findall(figure.text.lower())
                     if w not in known and w not in _NUMBER_WORDS)


def _agree(a: Figure, b: Figure) -> bool:
    """Two different values that say the same: one is the other rounded as written ("$1.2
    billion", "$1.18 billion"), or lies in the other's range ("11,000", "11,000 to 12,000")."""
    for one, other in ((a, b), (b, a)):
        if _in_range(other, one):
            return True
        if one.value_max is None and other.value_max is None and abs(one.value - other.value) <= _step(one) / 2:
            return True
    return False


def _share_a_word(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether two sentences share a content word besides numbers ("1.5", "million")."""
    return any(word not in _NUMBER_WORDS and not any(ch.isdigit() for ch in word) for word in one & other)


def _in_range(value: Figure, ranged: Figure) -> bool:
    """Whether a single value lies in the range another figure gives."""
    return ranged.value_max is not None and value.value_max is None and ranged.value <= value.value <= ranged.value_max


def _step(figure: Figure) -> float:
    """The last written digit's worth: 0.1 billion for "$1.2 billion", 1 for "600"; 0 when the
    figure is in words or a fraction ("two", "1/3"), which only equal values match."""
    m = _WRITTEN_NUMBER.search(figure.text)
    written = float(m.group().replace(",", "")) if m else 0.0
    if not written or figure.text[m.end():m.end() + 1] == "/":
        return 0.0
    return figure.value / written * 10.0 ** -len(m.group(1) or "")


_REFERRING_WORDS = frozenset("the these those both its their his her our my your".split())


def refers_back(text: str, figure: Figure) -> bool:
    """"the two companies", "their three children": a small count written in words after a
    determiner names things the article has named already. It is true and no key figure: the
    story reports no quantity there. ("killing two people", "2 companies" are figures.)"""
    if not _small_count(figure):
        return False
    before = text[max(0, figure.start - 12):figure.start].split()
    return bool(before) and before[-1].lower() in _REFERRING_WORDS


# An amount ending right before an opening bracket: "777 million pesos (", "£39m (", "240 km (", "5cm (".
_AMOUNT_BEFORE_BRACKET = re.compile(r"\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m|k))?(?:\s*[A-Za-z]+)?\s*\($")


def is_conversion(text: str, figure: Figure) -> bool:
    """"777 million pesos ($57m or £39m)", "240 km (150 miles)": money or a measure in brackets
    after an amount restates it in other units. True, and no key figure of its own."""
    unit = figure.unit or ""
    if not is_money(unit) and not _is_measure(unit):
        return False
    opening = text.rfind("(", max(0, figure.start - 30), figure.start)
    if opening < 0 or ")" in text[opening:figure.start]:
        return False
    return _AMOUNT_BEFORE_BRACKET.search(text, max(0, opening - 40), opening + 1) is not None


def _money_digits(figure: Figure) -> int:
    """The significant digits of an amount of money, 0 for anything else. Two sources giving an
    amount of two or three digits or more in one story ("$4.5bn", "€38.50", "$1,250") most likely
    give one amount, however differently they word the sentence ("At $4.5bn - or about €4.1bn",
    "an enterprise value of US$4.5 billion"); "$2 billion" may be any of several."""
    return _significant_digits(figure) if is_money(figure.unit) else 0


# A value of this many significant digits ("48,213 adults", "a crowd of 38,412") is one quantity
# in every source that gives it in its unit, however differently they word the sentence.
PRECISE_DIGITS = 4


def _significant_digits(figure: Figure) -> int:
    """The significant digits of a single value ("$4.5bn": 2, "48,213": 5); 0 for a range."""
    if figure.value_max is not None or not figure.value:
        return 0
    return len(f"{abs(figure.value):.6e}".split("e")[0].replace(".", "").rstrip("0"))


def _generic(unit: Optional[str]) -> bool:
    """Money and shares: units a story typically holds several different quantities of, so
    that close values are no sign of one quantity."""
    return is_money(unit) or (unit or "").lower() in _SHARES


def _is_measure(unit: str) -> bool:
    """Whether a unit measures ("kilometres", "km") rather than counts."""
    return unit.lower() in MEASURE_WORDS or unit in MEASURE_ABBREVIATIONS


def _measures(unit: Optional[str]) -> bool:
    """Whether a unit measures or gives a share ("acres", "percent") rather than counts."""
    return unit == "percent" or _is_measure(unit or "")


def _small_count(figure: Figure) -> bool:
    """"two winters", "three lines": true but rarely a key figure."""
    return figure.value <= 10 and not any(ch.isdigit() for ch in figure.text)


def _close(a: Figure, b: Figure) -> bool:
    low, high = sorted((a.value, b.value))
    return low > 0 and high / low <= CLOSE_VALUES


_OTHERS, _PEOPLE = stem("others"), stem("people")
# Nouns that count the same things: "21 vessels" and "19 ships" are readings of one count.
_SAME_THINGS = {stem(word): stem(same) for word, same in (("vessels", "ships"), ("kids", "children"),
                                                         ("persons", "people"), ("cars", "vehicles"))}
# One name for each measure however a source writes it: "100 mg" and "a 100-milligram block".
# (Not "pounds" for "lb": "£12" is pounds too. The analysis writes units as the text has them.)
_MEASURE_SPELLINGS = {spelling: name for name, spellings in (
    ("kilometres", "km kms kilometre kilometer kilometers"), ("metres", "m metre meter meters"),
    ("centimetres", "cm centimetre centimeter centimeters"), ("millimetres", "mm millimetre millimeter millimeters"),
    ("miles", "mi mile"), ("feet", "ft foot"), ("kilograms", "kg kgs kilo kilos kilogram"), ("grams", "g gram"),
    ("milligrams", "mg milligram"), ("lbs", "lb"), ("litres", "l litre liter liters"),
    ("millilitres", "ml millilitre milliliter milliliters"), ("miles per hour", "mph"),
    ("kilometres per hour", "km/h kmh kph kilometers per hour")) for spelling in spellings.split()}
# Nouns of a change in a number of things: "600 job cuts" are 600 jobs ("will cut 600 jobs").
_CHANGE_NOUNS = frozenset(stem(w) for w in "cuts losses closures reductions gains additions".split())


def _unit_key(figure: Figure) -> str:
    """The stem of the noun a figure counts: "600 job cuts" counts jobs."""
    if not figure.unit:
        return ""
    # Money per head is compared with plain amounts of money, but only equal values are one
    # quantity (see _same_quantity): "$1,500 per worker" is the "$1,500" payment another source
    # gives. ("$15 an hour" is a wage, "$15" a ticket; "70 miles per hour" no distance.)
    unit = figure.unit.lower()
    unit = _MEASURE_SPELLINGS.get(unit, unit)
    key = stem(unit.partition(" per ")[0] if _rate(figure) in _HEADS and is_money(unit) else unit)
    key = _SAME_THINGS.get(key, key)
    if key == _OTHERS:
        return _PEOPLE  # "more than 1,000 others were hurt" with no count before it: people
    if key in _CHANGE_NOUNS:
        words = figure.text.lower().split()
        if len(words) >= 3 and words[-1] == figure.unit.lower() and words[-2].isalpha() \
                and words[-2] not in _NUMBER_WORDS:
            return stem(words[-2])
    return key


_HEADS = frozenset("""worker person head share employee member household family resident passenger student
child customer citizen capita pupil patient user""".split())


def _rate(figure: Figure) -> str:
    """What a figure is per: "worker" for "dollars per worker", else ""."""
    return (figure.unit or "").partition(" per ")[2]


def _merged(group: list[SourcedFigure]) -> MergedFigure:
    first = group[0]
    sources: list[str] = []
    for item in group:
        if item.source not in sources:
            sources.append(item.source)
    readings: list[FigureReading] = []
    for item in group:
        reading = FigureReading(item.figure.value, item.figure.value_max, item.figure.text, item.source)
        if not any((r.value, r.value_max, r.source) == (reading.value, reading.value_max, reading.source) for r in readings):
            readings.append(reading)
    values = {(r.value, r.value_max) for r in readings}
    series = False
    if len(values) > 1 and (shown := _agreed_reading(group)) is not None:
        # "$1.2 billion" and "$1.18 billion": one value as written, shown as most sources give it
        first, values = shown, {(shown.figure.value, shown.figure.value_max)}
    elif len(values) > 1 and (latest := _latest_of_series(group)) is not None:
        # "1,261 cases" on Monday, "1,752 cases" on Thursday: a count the reports carry forward,
        # shown as it stands in the newest; no disagreement (the readings keep the others)
        first, values, series = latest, {(latest.figure.value, latest.figure.value_max)}, True
    merged = MergedFigure(first.figure.value, first.figure.value_max, first.figure.unit, first.figure.text,
                          first.context, sources, readings, discrepant=len(values) > 1,
                          qualifier=_hedge(first.figure), series=series)
    if merged.discrepant:  # the figure shows the range the sources span
        flat = [v for r in readings for v in (r.value, r.value_max) if v is not None]
        merged.value, merged.value_max = min(flat), max(flat)
    return merged


# Qualifiers that hedge a value, which the page shows with it; others ("another", "only", "a
# total of") say nothing of its accuracy.
_HEDGES = frozenset((
    "about", "around", "approximately", "approx.", "roughly", "nearly", "almost", "some", "estimated",
    "an estimated", "more than", "less than", "fewer than", "over", "under", "at least", "at most", "up to",
    "close to", "as many as", "as much as", "as few as", "no more than", "no fewer than", "no less than",
    "upwards of", "in excess of"))


def _hedge(figure: Figure) -> Optional[str]:
    qualifier = (figure.qualifier or "").lower()
    return qualifier if qualifier in _HEDGES else None


def _latest_of_series(group: list[SourcedFigure]) -> SourcedFigure | None:
    """The newest reading when the readings are a running toll: each of its own day, all of one
    fate (dead, injured, ...), and the count rising and never falling from one day to a later one;
    or a measure or share reported day after day, moving one way ("11,500 acres", then "18,900
    acres"; "5% contained", then "22%"). None when they may disagree."""
    if any(item.published is None or item.figure.value_max is not None for item in group):
        return None  # undated, or a range ("50 to 100 million"): no count carried forward
    by_day: dict[str, set[float]] = {}
    for item in group:
        by_day.setdefault(item.published or "", set()).add(item.figure.value)
    if len(by_day) < 2 or any(len(values) > 1 for values in by_day.values()):
        return None
    counts = [next(iter(by_day[day])) for day in sorted(by_day)]
    rising = all(earlier < later for earlier, later in zip(counts, counts[1:]))
    falling = all(earlier > later for earlier, later in zip(counts, counts[1:]))
    if _measures(group[0].figure.unit):
        # an area burned, a share contained or restored, a level: what the newest report measures
        if not (rising or falling):
            return None
    else:
        # each reading counts the same fate ("killing two people", "three people died"), rising:
        # a toll; "331 people undergoing tests" and "456 people had caught the virus" may count
        # other things, and a count that falls may be a disagreement
        fates = {_fate(item) for item in group}
        if not rising or len(fates) != 1 or "" in fates:
            return None
    newest = max(by_day)
    return next(item for item in group if item.published == newest)


def _agreed_reading(group: list[SourcedFigure]) -> SourcedFigure | None:
    """When the group's values all agree as written, the reading to show; else None. Each value
    may be the most precise one rounded ("$1.2 billion" of "$1.18 billion"): the value most sources
    give, the most precise of those tied. Or the sources give one range, and every other value is
    hedged and lies in it ("between 300 and 400 households", "about 350"): that range."""
    ranged = [item for item in group if item.figure.value_max is not None]
    if ranged:
        if len({(item.figure.value, item.figure.value_max) for item in ranged}) > 1:
            return None  # "between 300 and 400", "between 350 and 450": the sources differ
        if not all(_in_range(item.figure, ranged[0].figure) and _hedge(item.figure)
                   for item in group if item.figure.value_max is None):
            return None  # (an exact value is more than a range says: "11,000" in "11,000 to 12,000")
        return ranged[0]
    precise = min(group, key=lambda item: _step(item.figure) or float("inf"))
    if not all(abs(item.figure.value - precise.figure.value) <= _step(item.figure) / 2 for item in group):
        return None
    sources: dict[float, set[str]] = {}
    for item in group:
        sources.setdefault(item.figure.value, set()).add(item.source)
    return max(group, key=lambda item: (len(sources[item.figure.value]), -(_step(item.figure) or float("inf"))))
