"""Temporal expressions in news text, resolved against the article's publication date.

A cheap scan finds the words that can open an expression; one regex then reads the expression
there (an absolute date, a month, a year, a weekday, "last week", "two years ago", ...). Words
that are dates only in context (a bare four-digit number, the month "May") must show that context.
Each expression keeps its precision: a month stays a month and a year a year; a week is given as
its Monday.

Expressions without a year (weekdays, "in October", "Dec. 30") point back from the publication
date, or forward when their clause speaks of the future. That is judged from the tense marker
("will", "plans to", "said", "-ed") nearest to the expression within its clause, because news
sentences mix both: "The ministry said on Monday that talks will resume on Friday." News copy
leaves out the year of dates near publication, so a month or day without a year that lies much
nearer ahead than behind is read ahead when no tense says otherwise, and even after a past verb
when it is soon ("a judge ordered him released by Jan. 14", published Jan. 6).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Literal, Optional, Union

from ..model import DateMention, Precision, Span

Tense = Optional[Literal["future", "past"]]  # None: no tense marker around the expression

MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAY_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

# Month and weekday names count only capitalised: "march" and "may" are verbs.
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?![a-z])"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)"
# A day of the month, not the start of a time ("9:30"), a figure ("3,000") or a decimal.
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.,]\d)"
_YEAR = r"(?:1\d|20)\d\d(?!\w|[.,]\d)"
_MODIFIER = r"(?i:early|mid|late)"
# Weekdays in the name of a holiday ("Good Friday") or a newspaper ("The Sunday Times") are not dates.
_NAMED_WEEKDAY_BEFORE = r"(?<!Good\ )(?<!Black\ )(?<!Cyber\ )(?<!Ash\ )(?<!Holy\ )(?<!Easter\ )(?<!Palm\ )(?<!Super\ )(?<!Mail\ on\ )"
_NAMED_WEEKDAY_AFTER = r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Tribune|Independent|Star|Night)\b)"

# Words that can open an expression: CANDIDATE is tried only there. The leading lookahead lets
# the regex engine skip most positions at once, which makes this scan cheap.
TRIGGER = re.compile(
    r"""(?=[\dADEFJLMNOSTWYaeflmnosty])\b(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec
      |Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Ee]arl|[Mm]id|[Ll]at|[Ll]ast|[Nn]ext
      |[Tt]his\s+(?:week|month|year|spring|summer|fall|autumn|winter|[A-Z])
      |[Tt]hat\s+(?:same\s+)?(?:day|week|month|year)\b|[Tt]he\s+(?:end|beginning|start|middle)\s
      |[Tt]o(?:day|night|morrow)|[Yy]esterday
      |(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en
        |[Ee]leven|[Tt]welve)\s+(?:day|week|month|year|decade)s?\s+ago)""",
    re.VERBOSE,
)

# The expressions. Alternatives at one position are tried in order, so longer forms come first;
# the name of the alternative that matched says how to resolve it.
CANDIDATE = re.compile(
    rf"""\b(?:
      (?P<iso>(?P<iso_y>(?:1\d|20)\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01]))(?![\d-])
    | (?P<weekday_date>(?P<wdd_w>{_WEEKDAY}),?\s+(?P<wdd_m>{_MONTH})\s+(?P<wdd_d>{_DAY})
          (?:,?\s+(?P<wdd_y>{_YEAR}))?)
    | (?P<month_day>(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})(?:,?\s+(?P<md_y>{_YEAR}))?)
    | (?P<month_year>(?:{_MODIFIER}[\s-]+)?(?P<my_m>{_MONTH}),?\s+(?P<my_y>{_YEAR}))
    | (?P<month_relative_year>(?:{_MODIFIER}[\s-]+)?(?P<mry_m>{_MONTH_FULL})\s+
          (?P<mry_which>(?i:this|last|next))\s+(?i:year)(?![\w-]))
    | (?P<day_month>(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})(?:,?\s+(?P<dm_y>{_YEAR}))?)
    | (?P<period_edge>(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+
          (?P<pe_which>(?i:the|this|next|last))\s+(?P<pe_unit>(?i:week|month|year))(?![\w-]))
    | (?P<relative>(?:(?i:early|earlier|late|later|mid)[\s-]+)?
          (?P<rel_which>(?i:this|last|next))\s+(?P<rel_unit>(?i:week|month|year))(?![\w-]))
    | (?P<anaphoric>(?:(?i:early|earlier|late|later)\s+)?(?i:that)\s+(?:(?i:same)\s+)?
          (?i:day|week|month|year)(?![\w-]))
    | (?P<season>(?i:last|this|next|early|late)\s+(?i:spring|summer|fall|autumn|winter)(?![\w-]))
    | (?P<modified_month>(?P<mm_which>(?i:early|mid|late|last|next|this))[\s-]+(?P<mm_m>{_MONTH_FULL})(?![\w-]))
    | (?P<ago>(?P<ago_n>\d{{1,3}}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))
          \s+(?P<ago_unit>(?i:day|week|month|year|decade))s?\s+(?i:ago)\b)
    | (?P<last_next_weekday>(?P<lnw_which>(?i:last|next))\s+(?P<lnw_d>{_WEEKDAY}))
    | {_NAMED_WEEKDAY_BEFORE}(?P<weekday>{_WEEKDAY}){_NAMED_WEEKDAY_AFTER}
    | (?<!USA\ )(?P<deictic>(?i:today|tonight|yesterday|tomorrow))\b(?!\s+(?:show|programme|program)\b)
    | (?P<decade>(?:{_MODIFIER}[\s-]+)?(?:1[89]|20)\d0s)\b
    | (?<![$£€#/.,-])(?P<year>(?:(?P<year_mod>{_MODIFIER})[\s-]+)?(?P<year_y>(?:1[89]|20)\d\d))
          (?![\w/]|[.,]\d|[-–]\d)
    | (?P<month>{_MONTH_FULL})(?![\w-])
    )""",
    re.VERBOSE,
)

# A bare year needs one of these before it ("in 2024", "between 2019 and 2022") ...
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?i:in|since|by|until|till|of|before|after|during|from|through|throughout|between|"
    r"around|circa|year|fiscal|spring|summer|autumn|fall|winter)\s+"
    r"|\b(?i:back|dating|dates)\s+to\s+"
    r"|(?:1[89]|20)\d\d(?:\s*(?:-|–|—|to|and|or|through)|,(?:\s+and|\s+or)?)\s*)$"
)
# ... or a determiner, when no counted plural follows ("the 2024 election", not "the 2000 soldiers") ...
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|this|that|its|their|his|her)\s+$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]*[^s\W]s\b")
_EVENT_PLURALS = frozenset("elections olympics games polls talks midterms paralympics".split())
# ... or be what the clause is about: "2024's", "2024 was", "described 2024 as".
_YEAR_CONTEXT_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:was|is|will|has|had|saw|marked|brought|began|ended|as|would|could|"
    r"should|might|must|became|remains|remained|proved|promises|looks)\b)"
)
# The month "May" (not the verb "may") and "March" need one of these before them, or to stand
# between "the" and a noun ("the May elections").
_STRICT_MONTHS = frozenset(("May", "March"))
_STRICT_MONTH_BEFORE = re.compile(r"\b(?i:in|since|by|until|till|of|early|late|mid|last|next)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_MONTH_BEFORE = re.compile(
    r"\b(?i:in|since|by|until|till|of|from|through|during|before|after|between|and|or|to|"
    r"throughout|early|late|mid|last|next|this|for)\s+$"
)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
# "the last year", "the next week" are spans of time, not dates.
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_LOOKBEHIND = 24
# Characters beside the expression in a clause that is just a fronted adverbial: "On Friday,".
_BARE_ADVERBIAL = 12

# Irregular past forms; regular ones end in "-ed", except these words.
PAST_VERBS = frozenset("""
    said says told tells was were had did been met took made went came gave held saw won lost left
    fell rose sent spoke wrote found got led began became brought bought sold paid fought fled ran
    struck shot stood thought knew grew drew threw broke chose spent built kept felt heard meant
    sought caught taught flew agreed freed sank rang sang swam drank shrank sprang stole froze woke
    wore tore swore bore hid bit slid lit fed bled sped shook forgot forgave rode drove arose dealt
    dug hung swung stuck spun slept swept wept lent bent blew withdrew overthrew overtook undertook
    understood overcame sat laid upheld withheld ate underwent misled shone""".split())
NOT_PAST_ED = frozenset("""
    need seed feed speed shed hundred indeed embed proceed exceed succeed breed greed weed deed creed
    heed bleed""".split())


def _alternation(words: frozenset[str]) -> str:
    """A regex for any of `words`, branching on the first letter: the engine then tries one
    branch per word instead of every word."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items()))


# What tells a clause's tense, and where clauses break. The future forms come before the past
# "-ed" so that "expected to" counts as future; "be" + participle ("to be held", "could be
# found") is neither. "would" alone is not future (reported speech about the past uses it), but
# "would start/resume/meet ..." announces a scheduled event. Past forms of intent ("planned to") stay past: the plan is over. Every
# word alternative sits behind one word-start test so the scan stays cheap.
SIGNPOST = re.compile(
    rf"""[,;:()“”"—–]|-(?<=\s-)(?=\s)|(?P<contracted_future>['’]ll\b)
      | (?<![\w'’])(?=[a-z])(?:
          (?P<clause_word>that|which|who|because|but|while|whereas
            |and(?=\s+(?:will|shall|must|should|would|could|can|may|might|then|later)\b))\b
        | (?P<neither>be\s+[a-z]+)\b
        | (?P<future>
            (?:will|won['’]t|shall|must|should)\b|as\s+(?:soon|early)\s+as\b
          | would\s+(?:start|begin|return|resume|reopen|open|meet|vote|arrive|travel|visit|close|end
              |take\s+effect|take\s+place)\b
          | (?:could|may|might)\s+(?!have\b|be\s+[a-z]+ed\b)(?=[a-z]+\b)
          | (?:is|are|plans?|planning|intends?|intending|aims?|aiming|hopes?|hoping|expects?|expected
              |set|due|going|poised|likely|about|ready|vows?|pledges?|promises?|threatens?)\s+to\b
          | (?:scheduled|slated|due|upcoming|forthcoming|forecast)\b)
        | (?P<past>(?:{_alternation(PAST_VERBS)})\b|(?!(?:{_alternation(NOT_PAST_ED)})\b)[a-z]{{2,}}ed\b))""",
    re.VERBOSE,
)
SIGNPOST_KINDS = {None: "clause_break", "clause_word": "clause_break", "contracted_future": "future"}
Signpost = tuple[int, int, str]  # start, end, and "clause_break", "neither", "future" or "past"

# Words inside an expression that fix its direction whatever the clause's tense.
_FORWARD_WORD = re.compile(r"\b(?:next|tomorrow|later)\b")
_BACKWARD_WORD = re.compile(r"\b(?:last|yesterday|earlier)\b")

_NOT_A_DATE = object()  # a candidate that names no real day ("February 30")
Resolved = tuple[Optional[str], Optional[Precision], bool]  # value, precision, future


def extract_dates(text: str, sentences: list[Span], published: Optional[dt.date]) -> list[DateMention]:
    """Return the temporal expressions of `text` in document order, resolved against `published`."""
    sentence_starts = [s.start for s in sentences]
    signposts_by_sentence: dict[int, list[Signpost]] = {}
    mentions = []
    covered = 0
    for trigger in TRIGGER.finditer(text):
        if trigger.start() < covered:
            continue  # a word inside the expression just read: the "30" of "Dec. 30"
        match = CANDIDATE.match(text, trigger.start())
        if not match or not _in_date_context(text, match, match.lastgroup):
            continue
        start, end = match.span()
        covered = end
        i = bisect.bisect_right(sentence_starts, start) - 1
        sentence = sentences[i] if i >= 0 and start < sentences[i].end else Span(0, len(text))
        if i not in signposts_by_sentence:
            signposts_by_sentence[i] = [
                (m.start(), m.end(), SIGNPOST_KINDS.get(m.lastgroup, m.lastgroup))
                for m in SIGNPOST.finditer(text, sentence.start, sentence.end)]
        tense = _tense(signposts_by_sentence[i], sentence, start, end)
        resolved = _resolve(match, match.lastgroup, published, tense)
        if resolved is not _NOT_A_DATE:
            value, precision, future = resolved
            mentions.append(DateMention(text[start:end], value, precision, start, end, future))
    return mentions


def _tense(signposts: list[Signpost], sentence: Span, start: int, end: int) -> Tense:
    """The tense of the marker nearest to [start, end) in its own clause. A clause that is little
    more than the expression ("On Friday, the board will vote") takes the nearest in its sentence."""
    breaks = [s for s in signposts if s[2] == "clause_break"]
    clause_start = max((e for s, e, _ in breaks if e <= start), default=sentence.start)
    clause_end = min((s for s, e, _ in breaks if s >= end), default=sentence.end)
    markers = [s for s in signposts if s[2] in ("future", "past") and (s[1] <= start or s[0] >= end)]
    in_clause = [s for s in markers if clause_start <= s[0] and s[1] <= clause_end]
    if not in_clause and (clause_end - clause_start) - (end - start) > _BARE_ADVERBIAL:
        return None

    def distance(marker: Signpost) -> tuple[int, bool]:
        after = marker[0] >= end
        return (marker[0] - end if after else start - marker[1]), after  # before wins a tie

    nearest = min(in_clause or markers, key=distance, default=None)
    return nearest[2] if nearest else None  # type: ignore[return-value]


def _in_date_context(text: str, match: re.Match, kind: str) -> bool:
    """Whether a candidate that is a date only in some contexts (a bare year or month, "last
    year") stands in one."""
    start = match.start()
    window = max(0, start - _LOOKBEHIND)
    if kind == "year":
        if not 1800 <= int(match.group("year_y")) <= 2100:
            return False
        if match.group("year_mod") or _YEAR_CONTEXT_BEFORE.search(text, window, start):
            return True
        if _YEAR_CONTEXT_AFTER.match(text, match.end()):
            return True
        if _DETERMINER_BEFORE.search(text, window, start):
            plural = _PLURAL_AFTER.match(text, match.end())
            return not plural or plural.group(0).strip() in _EVENT_PLURALS
        return False
    if kind == "month":
        if match.group(kind) in _STRICT_MONTHS:
            return bool(_STRICT_MONTH_BEFORE.search(text, window, start)) or bool(
                _THE_BEFORE.search(text, window, start) and _NOUN_AFTER.match(text, match.end()))
        # Without a preposition, a capitalised word after it makes it a first name ("April Ryan").
        return bool(_MONTH_BEFORE.search(text, window, start)) or not _CAPITALISED_AFTER.match(text, match.end())
    if kind in ("relative", "period_edge") and not match.group(kind)[:3].lower() == "the":
        return not _THE_BEFORE.search(text, window, start)
    return True


def _resolve(match: re.Match, kind: str, published: Optional[dt.date], tense: Tense) -> Union[Resolved, object]:
    """Value, precision and futurity of one expression, or _NOT_A_DATE."""
    g = match.group
    future = tense == "future"
    if kind == "iso":
        return _absolute_day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")), published, future)
    if kind in ("weekday_date", "month_day", "day_month"):
        prefix = {"weekday_date": "wdd", "month_day": "md", "day_month": "dm"}[kind]
        month, day = _month_number(g(prefix + "_m")), int(g(prefix + "_d").rstrip("stndrh"))  # "17th"
        if g(prefix + "_y"):
            return _absolute_day(int(g(prefix + "_y")), month, day, published, future)
        weekday = WEEKDAY_NUMBERS[g("wdd_w").lower()] if kind == "weekday_date" else None
        return _day_without_year(month, day, weekday, published, tense)
    if kind == "month_relative_year":
        which = g("mry_which").lower()
        if published is None:
            return None, None, which == "next" or future
        year = published.year + {"last": -1, "next": 1}.get(which, 0)
        return _absolute(f"{year:04d}-{_month_number(g('mry_m')):02d}", "month", published, future)
    if kind == "month_year":
        return _absolute(f"{int(g('my_y')):04d}-{_month_number(g('my_m')):02d}", "month", published, future)
    if kind == "year":
        return _absolute(g("year_y"), "year", published, future)
    if kind in ("month", "modified_month"):
        month = _month_number(g("mm_m") if kind == "modified_month" else g("month"))
        which = g("mm_which").lower() if kind == "modified_month" else ""
        return _month_without_year(month, which, published, tense)
    words = g(kind).lower()
    if _FORWARD_WORD.search(words):
        future = True
    elif kind == "ago" or _BACKWARD_WORD.search(words):
        future = False
    if kind in ("decade", "anaphoric", "season") or published is None:
        # "the 1990s", "that day", "last summer": no single month or year to give.
        return None, None, future
    if kind == "weekday":
        return _weekday(WEEKDAY_NUMBERS[words], "", published, future)
    if kind == "last_next_weekday":
        return _weekday(WEEKDAY_NUMBERS[g("lnw_d").lower()], g("lnw_which").lower(), published, future)
    if kind == "deictic":
        day = published + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(words, 0))
        return day.isoformat(), "day", future
    if kind in ("relative", "period_edge"):
        which = g("rel_which" if kind == "relative" else "pe_which").lower()
        unit = g("rel_unit" if kind == "relative" else "pe_unit").lower()
        return _shifted(unit, {"last": -1, "next": 1}.get(which, 0), published), unit, future
    if kind == "ago":
        count = g("ago_n").lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS[count]
        unit = g("ago_unit").lower()
        if unit == "decade":
            unit, n = "year", 10 * n
        if unit == "day":
            return (published - dt.timedelta(days=n)).isoformat(), "day", False
        return _shifted(unit, -n, published), unit, False
    raise AssertionError(kind)


def _month_number(name: str) -> int:
    return MONTH_NUMBERS[name.rstrip(".").lower()]


def _absolute(value: str, precision: Precision, published: Optional[dt.date], future: bool) -> Resolved:
    """An expression with its year is future when it lies after publication, past when before,
    and as its clause says when it contains the publication date ("this year", "2024")."""
    if published is not None:
        published_value = published.isoformat()[: len(value)]
        if value != published_value:
            future = value > published_value
    return value, precision, future


def _absolute_day(year: int, month: int, day: int, published, future) -> Union[Resolved, object]:
    day_ = _valid_day(year, month, day)
    return _absolute(day_.isoformat(), "day", published, future) if day_ else _NOT_A_DATE


def _valid_day(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _reads_ahead(tense: Tense, back: int, ahead: int, soon: int) -> bool:
    """Whether a date without its year, `back` or `ahead` units from publication, lies ahead: when
    its clause speaks of the future, or when ahead is far nearer than back, since news drops the
    year of nearby dates; after a past verb ("ordered him out by Jan. 14") only if it is soon."""
    if tense == "future":
        return True
    return 3 * ahead < back and (tense is None or ahead <= soon)


def _day_without_year(month: int, day: int, weekday: Optional[int], published, tense: Tense):
    if not _valid_day(2000, month, day):  # a leap year: only impossible days fail
        return _NOT_A_DATE
    if published is None:
        return None, None, tense == "future"
    # Four years either side, so that February 29 finds a leap year both ways.
    days = [d for d in (_valid_day(y, month, day) for y in range(published.year - 4, published.year + 5)) if d]
    before = max(d for d in days if d <= published)
    after = min(d for d in days if d >= published)
    ahead = _reads_ahead(tense, (published - before).days, (after - published).days, soon=62)
    chosen = after if ahead else before
    other = before if chosen is after else after
    if weekday is not None and chosen.weekday() != weekday and other.weekday() == weekday:
        chosen = other  # "Friday, Oct. 23": the weekday tells which of the two it is
    return chosen.isoformat(), "day", chosen > published or (chosen == published and tense == "future")


def _month_without_year(month: int, which: str, published, tense: Tense) -> Resolved:
    """"in October": the latest October not after publication, or ahead (see _reads_ahead);
    "last October" is strictly before the month of publication, "next October" strictly after."""
    if published is None:
        return None, None, which == "next" or (which != "last" and tense == "future")
    back, ahead = (published.month - month) % 12, (month - published.month) % 12
    if which == "last":
        year = published.year - (month >= published.month)
    elif which == "next":
        year = published.year + (month <= published.month)
    elif which == "this":
        year = published.year
    elif _reads_ahead(tense, back, ahead, soon=2):
        year = published.year + (month < published.month)
    else:
        year = published.year - (month > published.month)
    value = f"{year:04d}-{month:02d}"
    published_month = published.isoformat()[:7]
    return value, "month", value > published_month or (value == published_month and tense == "future")


def _weekday(weekday: int, which: str, published: dt.date, future: bool) -> Resolved:
    """A weekday: the latest one not after publication (the day itself when it is that weekday),
    or in a future clause the earliest not before; "last"/"next" never mean the day itself."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if which == "last":
        day = published - dt.timedelta(days=back or 7)
    elif which == "next":
        day = published + dt.timedelta(days=ahead or 7)
    elif future:
        day = published + dt.timedelta(days=ahead)
    else:
        day = published - dt.timedelta(days=back)
    return day.isoformat(), "day", day > published or (day == published and future)


def _shifted(unit: str, step: int, published: dt.date) -> str:
    """The value of the week, month or year `step` units away from the one of publication."""
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday.isoformat()
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{published.year + step:04d}"
