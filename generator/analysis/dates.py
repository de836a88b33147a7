"""Temporal expressions in news text, resolved against the article's publication date.

A cheap scan finds the words that can open an expression; one regex then reads the expression
there (an absolute date, a month, a year, a weekday, "last week", "two years ago", ...). Words
that are dates only in context (a bare four-digit number, the month "May") must show that context.
Each expression keeps its precision: a month stays a month and a year a year; a week is given as
its Monday.

Holidays are the day they fall on in the year chosen as for a day without its year ("on
Thanksgiving Day"). "That day", "later that year" take the day or year of the latest expression
before them that names one.

Expressions without a year (weekdays, "in October", "Dec. 30") point back from the publication
date, or forward when their clause speaks of the future. That is judged from the tense marker
("will", "plans to", "said", "-ed") nearest to the expression within its clause, because news
sentences mix both: "The ministry said on Monday that talks will resume on Friday." News copy
leaves out the year of dates near publication, so a month or day without a year that lies much
nearer ahead than behind is read ahead when no tense says otherwise, and even after a past verb
when it is soon ("a judge ordered him released by Jan. 14", published Jan. 6).

The scans are the cost (benchmarks/speed.py): each regex that walks the text opens with a
character class, so the engine skips to candidate characters in C, and the tense is read only for
the expressions whose value or futurity needs it, from the words between the punctuation around
the expression rather than from the whole sentence.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import Callable, Iterator, Literal, NamedTuple, Optional, cast

from ..days import MONTH_NUMBERS, WEEKDAY_ALTERNATION, WEEKDAY_NAMES, safe_date
from ..model import DateMention, Precision, Span

Tense = Optional[Literal["future", "past"]]  # None: no tense marker around the expression
TenseOf = Callable[[], Tense]  # reads the tense when called


def _past() -> Tense:
    """The tense of what is known to lie back, whatever its clause says."""
    return "past"

WEEKDAY_NUMBERS = {name: number for number, name in enumerate(WEEKDAY_NAMES)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_COUNT_WORD = "(?i:" + "|".join(NUMBER_WORDS) + ")"  # the count of "two days ago"
_AGO_UNIT = "(?i:day|week|fortnight|month|year|decade)"

# Month and weekday names count only capitalised: "march" and "may" are verbs.
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?![a-z])"
_WEEKDAY = rf"(?:{WEEKDAY_ALTERNATION})(?!s\b)"
# A day of the month, not the start of a time ("9:30"), a figure ("3,000") or a decimal.
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.,]\d)"
_YEAR = r"(?:1\d|20)\d\d(?!\w|[.,]\d)"
_MODIFIER = r"(?i:early|mid|late)"
# Weekdays in the name of a holiday ("Good Friday") or a newspaper ("The Sunday Times") are not dates.
# (nor is "every Friday"; but "a Sunday night memorial service" was held on the Sunday just past)
_NAMED_WEEKDAY_BEFORE = r"(?<!\b[Ee]very\ )(?<!\b[Ee]ach\ )(?<!\bany\ )(?<!Good\ )(?<!Black\ )(?<!Cyber\ )(?<!Ash\ )(?<!Holy\ )(?<!Easter\ )(?<!Palm\ )(?<!Super\ )(?<!Mail\ on\ )"
_NAMED_WEEKDAY_AFTER = r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Tribune|Independent|Star|Night)\b)"

# A pattern that opens with a character class lets the regex engine skip, in C, to the next
# character of the class without trying the pattern. Patterns that look for words therefore open
# with the character before the word: anything but a letter, a digit or an underscore.
_BEFORE_WORD = r"""[ \t\n\r\f\v\xa0!-&(-/:-@\[-^`{-~“”‘—–…'’]"""  # no \s: a category costs more to test

# The words that open a business quarter or half (see _QUARTER).
_QUARTER_REACH = 40
_QUARTER_WORD_LIST = """first second third fourth final last current latest previous same year-earlier year-ago
    fiscal""".split()
_QUARTER_WORD_SET = frozenset(_QUARTER_WORD_LIST)
# (each word in lower case or capitalised: "[Ff]irst")
_QUARTER_WORDS = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in _QUARTER_WORD_LIST) + ")"
_QUARTER_ENDED = re.compile(rf"\s+(?:ended|ending)\s+(?:(?:on|in)\s+)?(?:{_MONTH})")
_FISCAL_YEAR_OPENING = re.compile(rf"\b(?=\w)(?:(?i:the)\s+)?(?:(?i:this|next|new|coming)\s+)?(?:{_QUARTER_WORDS}\s+)?$")
_QUARTER_OPENING = re.compile(rf"(?:\b(?i:the)\s+)?\b(?:{_QUARTER_WORDS}[\s-]+){{1,2}}(?:fiscal\s+)?$")
# Words that can open an expression, by the kind of word: only the expressions that can start
# with that kind are then tried there. The scan visits every position of the text, so it is
# kept lean: it opens with the character before the word (see _BEFORE_WORD), so the engine skips
# through words without trying the pattern, and a number opens an expression only if it can be a
# year, a day before a month or a count before a unit. The number words of "two days ago" are
# as common as "a" and "one": those expressions are found from their rare "ago" instead. The
# first look ahead lets through capitals and digits, but of the lower-case words only those that
# open the words below, so that the many other words in "t" ("to", "they", "there") are not read
# through every alternative.
_TRIGGER_WORDS_OF = r"""(?=[\dA-HJLMNOSTVWY]|earl|mid|la(?:t|st)|next|yesterday|th(?:is|at|e)\s|to(?:day|night|morrow))
    (?:
       (?=\d)(?P<digit>(?=(?:1\d|20)\d\d|(?<=APOSTROPHE)\d0s\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[ADFJMNOS]|\d{1,3}\s+[dmwyDMWY])\d)
      |(?=[ADFJMNOS])(?P<month_name>J(?:an|u[nl])|Feb|Ma[ry]|A(?:pr|ug)|Sep|Oct|Nov|Dec)
      |(?=[FMSTW])(?P<weekday_name>Mon|T(?:ue|hu)|Wed|Fri|S(?:at|un))
      |(?=[BCEGHNTV])(?P<holiday_name>Christmas|Thanksgiving|Easter|Good\s+Friday|Election\s+Day|Halloween
        |New\s+Year|Valentine|Boxing\s+Day)
      |(?P<word>[Ee]arl|[Mm]id|[Ll]a(?:t|st)|[Nn]ext|[Yy]esterday
      |[Tt](?:h(?:is\s+(?:week|month|year|spring|summer|fall|autumn|winter|past\s+weekend|[A-Z])
              |at\s+(?:same\s+)?(?:day|week|month|year|[ADFJMNOSTW][a-z]+)\b|e\s+(?:(?:past\s+)?weekend\b|(?:spring|summer|fall|autumn|winter)\b|(?:end|beginning|start|middle|week|next|following|previous|preceding|same|day|month|year|current
              |first|second|third|fourth|last|final)(?=\s)))
            |o(?:day|night|morrow))))"""
_TRIGGER_WORDS = _TRIGGER_WORDS_OF.replace("APOSTROPHE", "['’]")
_TRIGGER_AT_START = re.compile(_TRIGGER_WORDS, re.VERBOSE)
_TRIGGER = re.compile(_BEFORE_WORD + _TRIGGER_WORDS, re.VERBOSE)  # the match opens before the word
# The triggers are first looked for in a copy of the text folded to ASCII bytes, each character
# but an ASCII letter, digit or underscore made a space (an apostrophe too, hence the lookbehind
# for a space). A pattern that opens with a literal space is scanned several times faster than
# one that opens with a class, and every place the text holds a trigger is such a place in the
# copy; each place found there is then confirmed on the text itself with _TRIGGER.
_FOLD_KEEPING_CASE = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))
_TRIGGER_IN_FOLDED = re.compile(("[ ]" + _TRIGGER_WORDS_OF.replace("APOSTROPHE", "[ ]")).encode("ascii"), re.VERBOSE)
# The words before an "ago" that open "two days ago" or "seven weeks from now" (a number in
# digits is a trigger already).
_NUMBER_WORD_BEFORE_AGO = re.compile(rf"\b{_COUNT_WORD}\s+{_AGO_UNIT}s?\s+$")
_FROM_NOW = ("now", "today")  # after "from "


def _triggers(text: str) -> list[tuple[int, str]]:
    """Where an expression may start, in text order, and the kind of word there. (A list, not a
    generator: every trigger is read, and a list comprehension costs less per item.)"""
    found: list[tuple[int, str]] = []
    # The copy has a space before the text's start, so a place in it is one past the text's.
    folded = b" " + text.encode("ascii", "replace").translate(_FOLD_KEEPING_CASE)
    at = 0
    while True:
        place = _TRIGGER_IN_FOLDED.search(folded, at)
        if place is None:
            break
        before = place.start() - 1  # the character before the word in the text; -1: its start
        trigger = _TRIGGER.match(text, before) if before >= 0 else _TRIGGER_AT_START.match(text)
        if trigger is None:
            at = place.start() + 1
        else:
            found.append((before + 1, trigger.lastgroup))  # type: ignore[arg-type]
            # (a trigger at the start may hold another: "Good Friday" a "Friday")
            at = trigger.end() + 1 if before >= 0 else 1
    # (each finder scans with str.find, in C, and most texts give none of theirs)
    extra = list(_number_words_before_ago(text))
    extra += _quarters(text)
    extra += _steps_later(text)
    extra += _named_days(text)
    if extra:
        found += extra
        found.sort()
    return found


def _steps_later(text: str) -> Iterator[tuple[int, str]]:
    """"three days later", "a year earlier", found from "later" or "earlier" back to the count;
    "year-earlier" (see _YEAR_EARLIER; "year-ago" is found with "ago")."""
    for word in ("later", "earlier"):
        at = text.find(word)
        while at >= 0:
            # (the unit's last letter first: "days", "week", "month", "year" end so)
            if text[at - 1:at] == " " and text[at - 2:at - 1] in _UNIT_ENDINGS:
                before = _COUNT_BEFORE_LATER.search(text, max(0, at - 17), at - 1)
                if before:
                    yield before.start(), "step_word"
            elif _year_before(text, at):
                yield at - 5, "step_word"
            at = text.find(word, at + len(word))


_UNIT_ENDINGS = frozenset("sykhr")
_INSIDE_WORD = re.compile(r"[\w-]")


def _year_before(text: str, at: int) -> bool:
    """Whether "year-" stands before `at` as a word of its own: the "year-" of "year-earlier" and
    "year-ago" (see _YEAR_EARLIER; not "a 10-year-ago photo")."""
    return text[at - 5:at].lower() == "year-" and not _INSIDE_WORD.match(text[at - 6:at - 5])
_COUNT_BEFORE_LATER = re.compile(rf"(?:\b{_COUNT_WORD}|(?<![\d,.])\d{{1,2}})\s+(?i:day|week|month|year)s?$")


def _quarters(text: str) -> Iterator[tuple[int, str]]:
    """Business quarters, halves and fiscal years, found from their rare noun back to the words
    that open them ("the third quarter", "first-half profit", "the quarter ended Feb. 2", "the
    current fiscal year"), as "two days ago" is from "ago"."""
    for word in ("quarter", "half"):
        at = text.find(word)
        while at >= 0:
            # (the word before, looked at first, rules out most: "half of", "on behalf")
            before = text[max(0, at - _QUARTER_REACH):at]
            words = before[:-1].rsplit(None, 1)
            if before[-1:] in (" ", "-") and words and words[-1].lower() in _QUARTER_WORD_SET:
                opening = _QUARTER_OPENING.search(text, max(0, at - _QUARTER_REACH), at)
                if opening:
                    yield opening.start(), "quarter_word"
            elif word == "quarter" and before[-4:].lower() == "the " and _QUARTER_ENDED.match(text, at + 7):
                yield at - 4, "quarter_word"
            at = text.find(word, at + len(word))
    at = text.find("fiscal year")
    while at >= 0:
        opening = _FISCAL_YEAR_OPENING.search(text, max(0, at - _QUARTER_REACH), at)
        if opening:
            yield opening.start(), "quarter_word"
        at = text.find("fiscal year", at + 11)


def _named_days(text: str) -> Iterator[tuple[int, str]]:
    """Holidays named "... Day" whose first word opens many other words ("Memorial Day", "Labor
    Day", "Martin Luther King Jr. Day"), found from "Day" back, and "the Fourth of July"."""
    at = text.find(" Day")
    while at >= 0:
        name = _DAY_NAME_BEFORE.search(text, max(0, at - _DAY_NAME_REACH), at)
        if name:
            yield name.start(), "holiday_name"
        at = text.find(" Day", at + 4)
    at = text.find("Fourth of July")
    while at >= 0:  # (rare: one scan)
        yield at, "holiday_name"
        at = text.find("Fourth of July", at + 14)


_DAY_NAME_BEFORE = re.compile(r"\b(?:Memorial|Labou?r|Presidents['’]?|Veterans['’]?|Columbus|Mother['’]s|Father['’]s"
                              r"|Martin\s+Luther\s+King(?:\s+Jr\.?)?)$")
_DAY_NAME_REACH = 28


def _number_words_before_ago(text: str) -> Iterator[tuple[int, str]]:
    """"two days ago", "seven weeks from now", found from "ago" or "from " back to the count, and
    "year-ago" (see _YEAR_EARLIER). (Two scans with str.find, in C: a regex over the whole text
    cost 10% of the dates.)"""
    for word in ("ago", "from "):
        at = text.find(word)
        while at >= 0:
            if word == "ago" and _year_before(text, at):
                yield at - 5, "step_word"
            elif word == "ago" or text.startswith(_FROM_NOW, at + 5):  # (no count ends in "year-")
                before = _NUMBER_WORD_BEFORE_AGO.search(text, max(0, at - 24), at)
                if before:
                    yield before.start(), "word"
            at = text.find(word, at + len(word))


# The expressions, grouped by the trigger that can open them. Within a group, alternatives at
# one position are tried in order, so longer forms come first; the name of the alternative that
# matched says how to resolve it.
_ISO = r"(?P<iso>(?P<iso_y>(?:1\d|20)\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01]))(?![\d-])"
_WEEKDAY_DATE = rf"""(?P<weekday_date>(?P<wdd_w>{_WEEKDAY}),?\s+(?P<wdd_m>{_MONTH})\s+(?P<wdd_d>{_DAY})
    (?:,?\s+(?P<wdd_y>{_YEAR}))?)"""
# "Saturday 2 May 2009", "Tuesday, the 28th of April": the weekday before a day-first date.
_WEEKDAY_DAY_MONTH = rf"""(?P<weekday_day_month>(?P<wdm_w>{_WEEKDAY}),?\s+(?:the\s+)?(?P<wdm_d>{_DAY})\s+(?:of\s+)?
    (?P<wdm_m>{_MONTH})(?:,?\s+(?P<wdm_y>{_YEAR}))?)"""
# "April 24 and 25", "Nov. 3-4": a second day of the same month, unless it counts something.
_AND_DAY = rf"""(?:\s*[-–]\s*|\s+(?:and|or|to|through)\s+)(?P<md_d2>{_DAY})
    (?!\s*(?:%|percent\b|people\b|[a-z]*s\b))"""
_MONTH_DAY = rf"(?P<month_day>(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})(?:{_AND_DAY})?(?:,?\s+(?P<md_y>{_YEAR}))?)"
_MONTH_YEAR = rf"(?P<month_year>(?:{_MODIFIER}[\s-]+)?(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR}))"
_MONTH_RELATIVE_YEAR = rf"""(?P<month_relative_year>(?:{_MODIFIER}[\s-]+)?(?P<mry_m>{_MONTH_FULL})\s+
    (?P<mry_which>(?i:this|last|next))\s+(?i:year)(?![\w-]))"""
_DAY_MONTH = rf"(?P<day_month>(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})(?:,?\s+(?P<dm_y>{_YEAR}))?)"
_PERIOD_EDGE = r"""(?P<period_edge>(?i:the\s+)?(?i:end|beginning|start|middle)\s+of\s+
    (?P<pe_which>(?i:the|this|next|last))\s+(?P<pe_unit>(?i:week|month|year))(?![\w-]))"""
_RELATIVE = r"""(?P<relative>(?:(?i:early|earlier|late|later|mid)[\s-]+)?
    (?P<rel_which>(?i:this|last|next|the\s+current))\s+(?P<rel_unit>(?i:week|month|year))(?![\w-]))"""
_ANAPHORIC = rf"""(?P<anaphoric>(?:(?i:early|earlier|late|later)\s+)?(?i:that)\s+(?:(?i:same)\s+)?
    (?:(?P<ana_unit>(?i:day|week|month|year))|(?P<ana_month>{_MONTH_FULL})|(?P<ana_weekday>{_WEEKDAY}))(?![\w-]))"""
# "the next day", "the previous year", "the day before": a step from the latest expression before
# them, as "that day" is (not "within the next week", "the next year will be hard": spans from
# now; nor "the day before his death", a step from an event).
_SHIFTED = rf"""(?P<shifted>(?<!\b[Ii]n\ )(?<![Ww]ithin\ )(?<![Oo]ver\ )(?<!\b[Ff]or\ )(?<![Dd]uring\ )
    (?<![Tt]hroughout\ )(?<![Pp]ast\ )(?<![Uu]ntil\ )(?i:the)\s+
    (?:(?P<sh_which>(?i:next|following|previous|preceding|same))\s+(?P<sh_unit>(?i:day))(?![\w-])(?!\s+(?:as|that)\b)
      |(?P<sh_which2>(?i:following|previous|preceding|same))\s+(?P<sh_unit2>(?i:week|month|year))(?![\w-])(?!\s+(?:as|that)\b)
      |(?P<sh_unit3>(?i:day|week|month|year))\s+(?P<sh_side>(?i:before|after))
        (?=\s*[,.;:)]|\s+(?:and|but|when|as|at|in|on)\b)
      |(?P<sh_which4>(?i:following|previous|preceding))\s+(?:(?P<sh_month>{_MONTH_FULL})|(?P<sh_weekday>{_WEEKDAY}))
        (?![\w-])(?!,?\s+(?:\d|of\b))))"""
_WEEK_OF = rf"""(?P<week_of>(?i:the)\s+week\s+of\s+(?P<wo_m>{_MONTH})\s+(?P<wo_d>{_DAY})
    (?:,?\s+(?P<wo_y>{_YEAR}))?)"""
# "the last week of February", "the first week of March 2012": a week told by its place in a month.
_NTH_WEEK = rf"""(?P<nth_week>(?i:the)\s+(?P<nw_which>(?i:first|second|third|fourth|last|final))\s+week\s+of
    \s+(?P<nw_m>{_MONTH_FULL})(?![\w-])(?![ \t]+[A-Z][a-z])(?:,?\s+(?P<nw_y>{_YEAR}))?)"""
# Holidays: those on a fixed day, and those whose day moves (see _HOLIDAYS).
_HOLIDAY = r"""(?P<holiday>(?:(?P<hol_which>(?i:last|next|this))\s+)?
    (?P<hol_name>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?
      |Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Election\s+Day|Halloween|Valentine['’]s\s+Day
      |Boxing\s+Day|Memorial\s+Day|Labou?r\s+Day|Presidents['’]?\s+Day|Veterans['’]?\s+Day|Columbus\s+Day
      |Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Fourth\s+of\s+July)(?![\w-])
    (?:,?\s+(?P<hol_y>(?:1[89]|20)\d\d)(?![\w-]))?)"""  # "Memorial Day 2023", "the Fourth of July, 1950"
# A business quarter or half: "the third quarter", "third-quarter profit", "the first half of 1990".
# No value in the export's terms (TimeML writes 1989-Q3), save the year when one is given.
# "The quarter" is one when it ended or is ending on a day ("for the quarter ended Feb. 2"; not a
# game's: "when the quarter ended"); "the fiscal year" always (neither has a calendar value).
# A half is one only with its year ("the first half of 2023") or as a business result's
# ("first-half profit"): "in the second half" of a match is none; "quarter-final" is no quarter.
_QUARTER = rf"""(?P<quarter>(?:(?i:the)\s+)?
    (?:(?:{_QUARTER_WORDS}[\s-]+){{1,2}}quarter(?![\w-])
      |(?<=[Tt]he\s)quarter(?=\s+(?:ended|ending)\s+(?:(?:on|in)\s+)?(?:{_MONTH}))
      |(?:(?i:this|next|new|coming)\s+)?(?:{_QUARTER_WORDS}\s+)?(?i:fiscal)\s+year(?![\w-])(?!\s+\d)
      |(?i:first|second)[\s-]half(?=\s+of\s)
      |(?i:first|second)-half(?=\s+(?:profits?|earnings|results|sales|revenues?|loss(?:es)?|growth)\b))
    (?:\s+of\s+(?:(?:(?i:fiscal|calendar|the\s+fiscal\s+year)\s+)?(?P<q_y>(?:1[89]|20)\d\d)\b
                 |(?P<q_which>the|this|last|next)\s+(?:fiscal\s+)?year\b)
      |(?!\s+of\s)))"""  # not "the second half of November", "the first quarter of the century"
# A weekend: "last weekend", "this weekend", "over the weekend", "at the weekend", "the Easter
# weekend" (not "spent the weekend", a duration, nor "weekend shifts").
_WEEKEND = r"""(?P<weekend>(?:(?P<we_which>(?i:this\s+past|the\s+past|this|last|next))\s+
      |(?:(?<=\b[Oo]ver\ )|(?<=\b[Aa]t\ )|(?<=\b[Oo]n\ )|(?<=\b[Dd]uring\ ))(?i:the)\s+
      |(?P<we_holiday>Easter|Thanksgiving|Memorial\s+Day|Labou?r\s+Day)\s+)weekend(?![\w-])(?!\s+(?:of|before|after|following|preceding|market|shift|edition|papers?|trip|getaway|break)\b))"""
_SEASON = r"""(?P<season>(?i:last|this|next|early|late)\s+(?i:spring|summer|fall|autumn|winter)(?![\w-])
    # "in the summer", "over the winter" (not "the fall of Rome", "the fall in prices", "the summer
    # of 2011", whose year is the date)
    |(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s))
    the\s+(?i:spring|summer|fall(?!\s+(?:from|off|down)\b)|autumn|winter)(?![\w-])(?!\s+(?:of|in)\b))"""
_MODIFIED_MONTH = rf"(?P<modified_month>(?P<mm_which>(?i:early|mid|late|last|next|this))[\s-]+(?P<mm_m>{_MONTH_FULL})(?![\w-]))"
_AGO = rf"""(?P<ago>(?P<ago_n>(?<![\d,.])\d{{1,3}}|{_COUNT_WORD})
    \s+(?P<ago_unit>{_AGO_UNIT})s?\s+(?:(?i:ago)|(?P<ago_ahead>(?i:from)\s+(?i:now|today)))\b)"""
# "the year-earlier quarter", "year-ago sales": the same period a year before the one reported,
# which the text may not name (no value is given)
_YEAR_EARLIER = r"(?P<year_earlier>(?i:year)-(?:earlier|ago)(?=\s+[a-z]))"
# "three days later", "a year earlier": a step from the latest date named before (see _SHIFTED)
_LATER = rf"""(?P<later>(?P<lat_n>(?<![\d,.])\d{{1,2}}|{_COUNT_WORD})\s+(?P<lat_unit>(?i:day|week|month|year))s?\s+
    (?P<lat_dir>(?i:later|earlier))\b(?!\s+than\b))"""
_LAST_NEXT_WEEKDAY = rf"(?P<last_next_weekday>(?P<lnw_which>(?i:last|next|this))\s+(?P<lnw_d>{_WEEKDAY}))"
_BARE_WEEKDAY = rf"{_NAMED_WEEKDAY_BEFORE}(?P<weekday>{_WEEKDAY}){_NAMED_WEEKDAY_AFTER}"
# "Tuesday last week", "Friday next week": that weekday of the week named.
_WEEKDAY_OF_WEEK = (rf"(?P<weekday_of_week>(?P<wow_d>{_WEEKDAY})\s+(?P<wow_which>(?i:last|next|this))"
                    r"\s+(?i:week)(?![\w-]))")
# "last night", not a night of something ("the last night of the festival", "her last night as mayor")
_LAST_NIGHT = (r"(?<!\bthe\ )(?<!\bhis\ )(?<!\bher\ )(?<!\btheir\ )(?<!\bits\ )(?<!\bmy\ )(?<!\bour\ )"
               r"last\s+night(?!\s+(?:of|as|in)\b)")
_DEICTIC = rf"(?<!USA\ )(?P<deictic>(?i:today|tonight|yesterday|tomorrow|{_LAST_NIGHT}))\b(?!\s+(?:show|programme|program)\b)"
_DECADE = rf"(?P<decade>(?:{_MODIFIER}[\s-]+)?(?:(?:1[89]|20)\d0['’]?s|['’]\d0s|(?<=['’])\d0s))\b"  # "the 1990s", "the 1930's", "the '60s"
_BARE_YEAR = rf"""(?:(?<![$£€#/.,-])|(?<=\b[Pp]re-)|(?<=\b[Pp]ost-))(?P<year>(?:(?P<year_mod>{_MODIFIER})[\s-]+)?(?P<year_y>(?:1[89]|20)\d\d))
    (?![\w/]|[.,]\d|[-–]\d)"""
_BARE_MONTH = rf"(?P<month>{_MONTH_FULL})(?![\w-])"


def _expressions(*alternatives: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(alternatives) + ")", re.VERBOSE)


CANDIDATES = {
    "digit": _expressions(_ISO, _DAY_MONTH, _AGO, _DECADE, _BARE_YEAR),
    "month_name": _expressions(_MONTH_DAY, _MONTH_YEAR, _MONTH_RELATIVE_YEAR, _BARE_MONTH),
    "weekday_name": _expressions(_WEEKDAY_DATE, _WEEKDAY_DAY_MONTH, _WEEKDAY_OF_WEEK, _BARE_WEEKDAY),
    "holiday_name": _expressions(_WEEKEND, _HOLIDAY),
    "quarter_word": _expressions(_QUARTER),
    "step_word": _expressions(_LATER, _YEAR_EARLIER),
    "word": _expressions(_MONTH_YEAR, _MONTH_RELATIVE_YEAR, _WEEK_OF, _NTH_WEEK, _PERIOD_EDGE, _RELATIVE, _ANAPHORIC, _SHIFTED,
                         _SEASON, _WEEKEND, _MODIFIED_MONTH, _AGO, _LAST_NEXT_WEEKDAY, _DEICTIC, _DECADE,
                         _BARE_YEAR, _HOLIDAY, _QUARTER),
}

# A bare year needs one of these before it ("in 2024", "between 2019 and 2022") ...
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?i:in|since|by|until|till|of|before|after|during|from|through|throughout|between|"
    r"around|circa|year|fiscal|spring|summer|autumn|fall|winter)\s+"
    r"|\b(?i:back|dating|dates)\s+to\s+|\b(?i:pre|post)-"
    r"|(?:1[89]|20)\d\d(?:\s*(?:-|–|—|to|and|or|through)|,(?:\s+and|\s+or)?)\s*)$"
)
# ... or a determiner, "for" or a possessive, when no counted plural follows ("the 2024 election",
# "taxes for 2013", "Brazil's 2014 World Cup"; not "the 2000 soldiers", "room for 2000 people", nor
# a contraction: "That's 2000 more"); after a possessive, a name that is no event's makes the year a
# model's ("Kopp's 1987 Chevrolet") ...
_DETERMINER_BEFORE = re.compile(r"(?:\b(?i:the|a|an|this|that|its|their|his|her|our|for|to)"
                                r"|\b(?!(?i:it|that|he|she|there|what|who|here|where|let)['’])\w+(?P<possessive>['’]s))\s+$")
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)")
# Words before "to" that make the number after it an amount: "rose to 2000", "close to 1900".
_AMOUNT_TO = re.compile(r"\b(?:r(?:ose|ises?|aised?|aising)|f(?:ell|alls?)|climb(?:ed|s)?|jump(?:ed|s)?|gr(?:ew|ows?)"
                        r"|increas(?:ed?|es)|decreas(?:ed?|es)|drop(?:ped|s)?|declin(?:ed?|es)|sank|slipp?(?:ed|s)?"
                        r"|soar(?:ed|s)?|surg(?:ed?|es)|cut|lower(?:ed|s)?|reduc(?:ed?|es)|boost(?:ed|s)?|up|down"
                        r"|close|near|nearly|about|amount(?:ed|s)?|add(?:ed|s)?|total(?:l?ed|s)?|swell(?:ed|s)?"
                        r"|limit(?:ed|s)?|capp?(?:ed|s)?|expand(?:ed|s)?|br(?:ing|ings|ought)|doubl(?:ed?|es)"
                        r"|tripl(?:ed?|es)|halv(?:ed?|es))\s+$")
# A number right before "to" makes the one after it another: "from 1500 to 2000", "by 10% to 2011".
_NUMBER_BEFORE_TO = re.compile(r"\d\s*(?:%|(?i:percent|per\s+cent|points?))?\s+$")
_EVENT_NAMES = frozenset("""World Olympics Olympic Games Paralympics Cup Open Championship Championships Election
    Summit Series Budget Census Tour Grand Super Winter Summer Commonwealth General Presidential""".split())
# (a word in -is, -us or -ss is no plural: "the 2008 crisis", "the 2010 census")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]*[^siu\W]s|people|children|men|women|staff|police|personnel|persons)\b")
_EVENT_PLURALS = frozenset("""elections olympics games polls talks midterms paralympics results earnings sales
    profits revenues forecasts protests attacks riots floods bombings strikes shootings killings""".split())
# ... or be what the clause is about: "2024's", "2024 was", "described 2024 as".
_YEAR_CONTEXT_AFTER = re.compile(
    r"(?:['’]s\b|\s+(?:was|is|will|has|had|saw|marked|brought|began|ended|as|would|could|"
    r"should|might|must|became|remains|remained|proved|promises|looks)\b)"
)
# The month "May" (not the verb "may") and "March" need one of these before them, or to stand
# between "the" and a noun ("the May elections").
_STRICT_MONTHS = frozenset(("May", "March"))
_STRICT_MONTH_BEFORE = re.compile(r"\b(?:(?i:in|since|by|until|till|of|early|late|mid|last|next|between|from)"
                                  rf"|(?:{_MONTH_FULL})\s+(?:and|to|through|or|until))\s+$")  # "between May and July"
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_WORD_BEFORE_STRICT_MONTH = re.compile(
    r"(?:\b(?:for|through|during|before|after|throughout|each|every|all|whole|entire"
    # "the start to March", "delayed to May" (not "spoke to May", "according to May")
    r"|(?:start|run-up|lead-up|moved|delayed|postponed|deferred|extended|rescheduled|back|forward)\s+to"
    # a superlative after its determiner: "its warmest March" (not "the interest May paid",
    # "the protest May faced")
    r"|(?:the|its|their|a)\s+(?!(?:inter|prot|requ|cont|harv|for|hon|mod|manif|arr|unr|pri|earn|beh|sugg|inv|dig"
    r"|att|det|conqu|gu|ch|qu|[bjlnprtvwz])est\b)[a-z]+est)"
    rf"|\b(?:{_MONTH_FULL}),)\s+$")  # "April, May and June" (all lower case: a capital opens a name)
# After March or May, what makes it a name: a possessive, a verb ("after May lost her majority"),
# a name's next word ("March on Kessa", "March for Our Lives").
_NAME_AFTER_STRICT_MONTH = re.compile(r"['’]s\b|\s+(?:(?:[a-z]+ed|lost|won|said|says|told|and\s+(?:her|his))\b|(?:on|for|against|to)\s+[A-Z])")
# A person of one of those names somewhere in the text ("Theresa May", "Ms. May"): then no bare
# one is a month but after the words of _STRICT_MONTH_BEFORE.
_NAMED_STRICT_MONTH = re.compile(r"(?<![.!?\n]\s)\b(?!(?:Last|Next|This|Early|Late|Mid|In|By|Since|Until|Through|During"
                                 r"|Each|Every|Of|For|From|To|And|Or|Before|After|The|That|On|At|Around|Between|Throughout|Over|Till"
                                 rf"|{WEEKDAY_ALTERNATION})\b)[A-Z][a-z]+\.?\s+(?:May|March)\b")
_MONTH_BEFORE = re.compile(
    r"\b(?i:in|since|by|until|till|of|from|through|during|before|after|between|and|or|to|"
    r"throughout|early|late|mid|last|next|this|for)\s+$"
)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_SPEECH_VERB_AFTER = re.compile(r"[ \t]+(?:says|said|tells|told|adds|added|recalls|recalled|explains|explained"
                                r"|writes|wrote|asks|asked)\b")
# A holiday named by one word ("Easter", "Christmas") is a date after a preposition or when no
# word follows it, but not when it names something else ("Easter Island", "Christmas shopping",
# "Halloween parties").
_WORD_AFTER = re.compile(r"\s+\w")
_NAME_OR_NOUN_AFTER = re.compile(
    r"\s+(?:(?!I\b)[A-Z]|(?!(?:was|is|has|does|says)\b)[a-z]+s\b"
    r"|(?:shopping|tree|season|holiday|break|party|card|dinner|lunch|spirit|market|weekend|message"
    r"|service|period|week|time|rush|sale|eve|day|morning|night)\b)")
_HOLIDAY_BEFORE = re.compile(
    r"(?:\b(?i:on|at|by|before|after|until|till|since|over|for|during|from|through|around|of|in)"
    r"|\b(?:Thanksgiving|Christmas|Easter|Halloween|Hanukkah|Diwali|Passover),?(?:\s+(?:and|or))?)\s+$")  # a list
# The figures of a month, which come out after it: "January sales", "the March jobs report".
_DATA_AFTER_MONTH = re.compile(
    r"\s+(?:(?:jobs|employment|payrolls?)\s+(?:report|data|figures|numbers)|(?:retail|home|auto|car|vehicle"
    r"|existing-home|new-home)\s+sales|sales|figures|data|statistics|payrolls|inflation|exports|imports"
    r"|output|unemployment|trade\s+(?:deficit|surplus|balance|figures|data))\b")
# What happened in a month, told before it.
_HAPPENED_IN_BEFORE = re.compile(r"\b(?:took\s+place|(?:was|were)\s+held|happened|occurred)\s+in\s+$")
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
    """A regex for any of `words`, longest first, branching on the first letter: the engine then
    tries one branch per word instead of every word."""
    return _by_initial([re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w))])


def _by_initial(forms: list[str]) -> str:
    """A regex for any of `forms` (regexes that each open with a literal letter), branching on
    that letter and keeping their order within it."""
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())


# What tells a clause's tense, and where clauses break. The future forms come before the past
# "-ed" so that "expected to" counts as future; "be" + participle ("to be held", "could be
# found") is neither. "would" alone is not future (reported speech about the past uses it), but
# "would start/resume/meet ..." announces a scheduled event. The past "planned to" looks ahead to
# what was planned ("planned to leave on Thursday"), but a date before it dates the planning ("On
# Friday, the government planned to pay ..."): see `_nearest_in_clause`.
_CLAUSE_WORDS = ["that", "which", "who", "because", "but", "while", "whereas",
                 r"and(?=\s+(?:[a-z]+\s+){0,2}?(?:will|shall|must|should|would|could|can|may|might|then|later)\b)"]
# The states a place or a rule is in until a day ("closed", "in force", "on hold").
_STATE = (r"(?:closed|shut|open|suspended|banned|halted|frozen|valid|available|unavailable|effective|off-limits"
          r"|in\s+(?:force|place|effect)|on\s+hold|out\s+of\s+(?:service|action))")
_EVENT_CALLED_FOR = (r"(?:(?:a|an|the|fresh|new|more|further|nationwide)\s+)?(?:[a-z-]+\s+){0,2}?"
                     r"(?:strikes?|protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|boycotts?|walkouts?"
                     r"|shutdowns?|sit-ins?|vigils?|votes?|elections?|referendums?|meetings?|summits?|sessions?)")


def _not_a_bare_present(verb: str) -> str:
    """Lookbehinds (read at the verb's end) for a verb form that is no timetable's present: a noun
    after a determiner ("the start on Friday", "came to an end Friday"), an infinitive ("forced
    to close on Friday", "due to re-open on Sunday"), "did not open"."""
    return "".join(rf"(?<!\b{word}\s{prefix}{verb})" for word in _BEFORE_NO_BARE_PRESENT for prefix in ("", "re-"))


_PLANNED_ING = r"""(?:playing|meeting|voting|hosting|visiting|travell?ing|flying|heading|leaving|arriving|returning
    |reopening|opening|closing|launching|unveiling|releasing|announcing|signing|testifying|speaking|debating
    |competing|racing|facing|performing|appearing|presenting|resuming|starting
    |kicking\s+off|wrapping\s+up|stepping\s+down|retiring)"""
_BEFORE_NO_BARE_PRESENT = ("not", "to", "did", "the", "a", "an", "its", "his", "her", "their", "our", "weak", "strong")
# "could fall", "may have to close", not "could have fallen"
_NOT_PERFECT = r"\s+(?!have\b(?!\s+to\b)|be\s+[a-z]+ed\b)(?=[a-z]+\b)"
# After "should" or "must", a past participle after "have" makes a perfect that looks back
# ("should have cut", "must have already known"); anything else, a future ("should have power back
# by Saturday", "must have their papers ready by Friday"). (After "could", "may" and "might", "have"
# with a noun is as often about the past: "may have ties to Saturday's shooting".)
_PARTICIPLE = (r"(?:(?:already|also|never|just|probably|still|even|not|really|actually)\s+)*"
               # (not the nouns and numbers that end as participles do: "should have seven buses")
               r"(?!(?:seven|ten|one|someone|anyone|everyone|none|children|women|men|even|often|open|gasoline"
               r"|vaccine|medicine|machine|online|phone|line|kitchen|garden|citizen|town|down)\b)"
               rf"(?:[a-z]+(?:ed|en|wn|ne)|cut|put|set|hit|let|shut|run|begun|come|become|hurt|cost|spread|quit"
               rf"|read|bet|upset|burst|torn|sunk|shrunk|{_alternation(PAST_VERBS)})\b")
_NOT_HAVE_DONE = rf"(?!\s+have\s+{_PARTICIPLE})"
_FUTURE_FORMS = [
    r"will\b", r"won['’]t\b", r"shall\b",
    # (not "should have cut in February"; but "must have their papers ready by Friday")
    r"must\b" + _NOT_HAVE_DONE, r"should\b" + _NOT_HAVE_DONE,
    r"as\s+(?:soon|early)\s+as\b",
    r"""would\s+(?:start|begin|return|resume|reopen|open|meet|vote|arrive|travel|visit|close|end
        |remain|stay|hold|put|sign|announce|release|publish|decide|take\s+effect|take\s+place
        |report|testify|attend|speak|address|host|launch|deliver|unveil|leave|fly|reconvene|convene
        |rule|hear|debate|reach|go|come|give|send|seek|join|play|lead|file|present|submit|appoint|name
        |introduce|head|pay|pass|hand\s+down|sentence|reveal|issue|update|inform|spend|complete|finish
        |hire|invest|expand|buy|sell|cut|raise|increase|reduce|review|consider|discuss|brief|outline
        |detail|lay\s+out|set\s+out|make)\b""",
    # A day a thing is set or moved to lies ahead: "the hearing was set for Friday", "the match was
    # moved to Sunday" (not "moved to Boston on Sunday", nor the day of an event: "set up barricades
    # for Sunday's march")
    *(verb + rf"\s+(?:[a-z-]+\s+){{0,3}}?(?:until|to|for)\s+(?=(?:next\s+)?{_WEEKDAY}(?!['’]))"
      for verb in ("sets?", "scheduled", "reschedul(?:es|ed)", "slated", "mov(?:es|ed)", r"push(?:es|ed)\s+back",
                   r"br(?:ings|ought)\s+forward", "postpon(?:es|ed)", r"puts?\s+off", "delay(?:s|ed)")),
    # ... and so does the day of what is closed, cancelled or forecast for it: "announced closures
    # for Wednesday", "the forecast for Friday" (a warning for a day is as often told after it)
    *(noun + rf"\s+for\s+(?={_WEEKDAY}(?!['’]))" for noun in ("closures?", "cancellations?", "schedule", "forecasts?")),
    r"would\s+be\s+[a-z]+ing\b",  # "would be travelling": reported plans
    "could" + _NOT_PERFECT, "may" + _NOT_PERFECT, "might" + _NOT_PERFECT,
    # "postponed the vote until Tuesday": whatever the tense, the new date lies ahead; so does the
    # end of what "would" go on doing ("flags would fly at half-mast until Monday").
    *(word + r"\s+(?:[a-z-]+\s+){0,3}?until\b" for word in (
        "postponed", "delayed", "adjourned", "deferred", r"would(?!\s+(?:not|never)\b)")),
    # ... as does the new end of what is extended or kept going ("extended the deadline to March
    # 31", "voted to keep the government funded through Dec. 9")
    r"extend(?:s|ed|ing)?\s+(?:[a-z-]+\s+){0,3}?(?:until|through|to)\b",
    r"keeps?\s+(?:[a-z-]+\s+){0,3}?(?:until|through)\b",
    *(word + r"\s+to\b" for word in (
        "is", "are", r"is\s+on\s+(?:course|track)", r"are\s+on\s+(?:course|track)", "plan(?:s|ned)?", "planning", "intends?", "intending", "aims?", "aiming", "hop(?:es?|ed)", "hoping",
        "expects?", "expected", "set", "due", "going", "poised", "likely", "about", "ready", "vows?",
        "pledges?", "promises?", "threatens?")),
    *(word + r"\b" for word in ("scheduled", "slated", "due", "upcoming", "forthcoming")),
    # The present progressive of a plan: "the team is playing Saturday", "the governor is signing
    # the bill Friday" (not of what goes on: "are searching Sunday for a missing hiker", written
    # the day before the paper's date, nor "thousands are marching Sunday"; nor a day's event: "is
    # facing charges over Sunday's crash")
    *(word + rf"\s+{_PLANNED_ING}\s+(?:[a-z-]+\s+){{0,3}}?(?:on\s+)?(?=(?:{WEEKDAY_ALTERNATION})\b(?!['’]))"
      for word in ("is", "are")),
    r"forecast\s+(?:to|that)\b",  # the verb; the noun ("lowered its forecast in December") looks nowhere
    r"is\s+(?:expected|set|due|forecast|planned)\b", r"are\s+(?:expected|set|due|forecast|planned)\b",  # "the verdict is expected Thursday"
    # "plans a rally on Saturday", "planning for the summit in April": what is planned lies ahead.
    # ("planned the attack on Monday" tells when it happened.)
    r"plans?\s+(?:a|an|another|the|their|its|his|her)\b", r"planning\s+for\b",
    # The present of a scheduled event is its timetable: "the museum opens again on Thursday",
    # "the ban takes effect Monday". (Third person singular only: a bare "open" may follow "did".)
    r"opens\b", r"reopens\b", r"begins\b", r"starts\b", r"resumes\b", r"expires\b", r"kicks\s+off\b",
    r"takes\s+effect\b", r"goes\s+into\s+effect\b", r"convenes\b", r"reconvenes\b", r"meets\b", r"plays\b", r"hosts\b",
    r"visits\b", r"travels\s+to\b", r"departs\b", r"returns\s+to\b", r"goes\s+on\s+sale\b",
    r"premieres\b", r"airs\b", r"takes\s+office\b",
    # A bare present with a weekday soon after is a timetable too: "the championships open on
    # Saturday", "negotiators resume Monday", "the court hears the case Friday" (not "the stores
    # did not open Monday", nor "had been due to reopen on Sunday", whose tense is the verb's before).
    *(verb + _not_a_bare_present(verb) + r"s?\s+(?:[a-z]+\s+){0,2}?(?:on\s+)?"
      rf"(?=(?:{WEEKDAY_ALTERNATION})\b)"
      for verb in ("open", "resume", "meet", "begin", "start", "reopen", "sail", "hear", "face", "close", "end")),
    # "she is up for re-election in November" (not "was up for")
    r"up(?<!\bwas\sup)(?<!\bwere\sup)\s+for\s+(?:re-?)?election\b",
    # "the trial continues Thursday" (not "continues to present", "the bow continues to evolve")
    rf"continues(?=\s+(?:on\s+)?(?:{WEEKDAY_ALTERNATION}|tomorrow|next)\b)",
    # A state that lasts until a day: "has been closed until Monday", "shut until at least Friday".
    r"ha(?:s|ve)\s+been\s+(?:[a-z]+\s+){1,3}?until\b", r"until\s+at\s+least\b",
    # A deadline: "has until 31 December to legislate", "the deadline for bids is 15 January",
    # "applications close on 10 January".
    r"ha(?:s|ve)\s+until\b", r"deadline\s+(?:[a-z]+\s+){0,3}?is\b", "close" + _not_a_bare_present("close") + r"\s+on\b",
    # ... or that is so now: "the road is closed until Friday", "the curfew remains in force
    # through Monday", "the show runs until Sunday" (a state, not "is where she lived until")
    *(word + r"\s+(?:[a-z-]+\s+)?" + _STATE + r"\s+(?:[a-z-]+\s+){0,2}?(?:until|through|till)\b"
      for word in ("is", "are", "remains?", "stays?")),
    *(word + r"\s+(?:until|through|till)\b" for word in ("lasts?", "runs?")),
    # "called a rally for Sunday", "called for a general strike for Friday": the call is past, what
    # it calls for lies ahead. ("called a strike on Friday", "called for a strike on Friday" most
    # often tell when it was called.)
    rf"call(?:s|ed)?\s+(?:for\s+)?{_EVENT_CALLED_FOR}\s+for\b",
    # "ahead of Saturday's concert", "in the run-up to Friday's vote": the event is still to come.
    r"ahead\s+of\b(?!\s+(?:schedule|time|expectations|forecasts))", r"in\s+the\s+run-up\s+to\b",
]
# Clause breaks that are punctuation: a pattern that opens with a character class, so that the
# engine skips to the next candidate character without trying the pattern elsewhere.
_PUNCTUATION_BREAK = re.compile(r"[,;:()“”\"—–-](?:(?<!-)|(?<=\s-)(?=\s))")
# The words that tell a tense or break a clause. The pattern opens with the character before the
# word (see _BEFORE_WORD); alternatives branch on their first letter, so that most words are
# passed over after a few character tests; the "-ed" test reads a word once (possessively), and
# not after a hyphen, where it makes an adjective ("fourth-seeded", "state-owned"), but for a
# verb's prefix ("re-elected", "co-hosted"), read with the word (a lookbehind for each prefix
# made the scan half as slow again).
_VERB_PREFIXES = "re|co|pre|e|de|un|mis|over|out"
SIGNPOST = re.compile(
    rf"""{_BEFORE_WORD}(?:
        (?<=['’])ll\b(?P<contracted_future>)
      | (?P<opening_condition>If|Unless)\b
      | (?<!['’])(?=[a-z])(?:
          (?P<clause_word>{_by_initial(_CLAUSE_WORDS)})\b
        | (?P<neither>be\s+[a-z]+)\b
        | (?P<condition>if|unless)\b
        | (?P<future>{_by_initial(_FUTURE_FORMS)})
        | (?P<past>(?:{_alternation(PAST_VERBS)})\b)
        | (?P<past_ed>(?<!-)(?:(?:{_VERB_PREFIXES})-)?(?!(?:{_alternation(NOT_PAST_ED)})\b)[a-z]{{4,}}+(?<=ed)\b)))""",
    re.VERBOSE,
)
SIGNPOST_KINDS = {"clause_word": "clause_break", "contracted_future": "future", "past_ed": "past",
                  "opening_condition": "condition"}
# An "-ed" word after a linking verb describes a state ("will remain closed", "is expected"): the
# linking verb, or the modal before it, tells the tense. (Read before the space that opens a match.)
_LINKING_BEFORE = re.compile(r"\b(?:is|are|be|been|being|remains?|stays?|seems?)\s$")
_LINKING_LOOKBACK = 8
# Words before an "if" that asks rather than sets a condition: "did not say if", "unclear if".
_ASKS_BEFORE_IF = re.compile(r"\b(?:say|said|says|ask|asked|asks|asking|know|knew|known|clear|unclear|sure|unsure"
                             r"|unknown|wonder|wondered|wondering|decide|decided|check|checked|see|seen|determine|determined"
                             r"|tell|told|confirm|confirmed|question|doubt|whether|disclose|disclosed|explain|explained)"
                             r"\s+(?:(?:yet|immediately|now)\s+)?$")
_ASKS_LOOKBACK = 24
# An "-ed" word after a determiner describes a noun ("will vote on the proposed budget Thursday").
_DETERMINER_BEFORE_ED = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these)\s$")
_DETERMINER_LOOKBACK = 7
Signpost = tuple[int, int, str]  # start, end, and "clause_break", "neither", "future", "past", "planned" or "condition"

# What a day's event is left behind by: "from Sunday's loss", "since Monday's storm".
_SOURCE_BEFORE = re.compile(r"\b(?:from|since|following)[ \t]+$")
# A day's event and what it now brings about: "Friday's ruling means ...", "Monday's vote leaves ...".
_CONSEQUENCE_AFTER = re.compile(r"(?:[a-z-]+[ \t]+){1,2}?(?:means|leaves|shows|marks|puts|makes|raises)\b")

# Words inside an expression that fix its direction whatever the clause's tense.
_FORWARD_WORD = re.compile(r"\b(?:next|tomorrow|later)\b")
_BACKWARD_WORD = re.compile(r"\b(?:last|yesterday|earlier)\b")

Resolved = tuple[Optional[str], Optional[Precision], bool]  # value, precision, future


def extract_dates(text: str, sentences: list[Span], published: Optional[dt.date]) -> list[DateMention]:
    """Return the temporal expressions of `text` in document order, resolved against `published`."""
    triggers = _triggers(text)
    cased = _with_cased_months(text, triggers)
    if cased is not text:
        triggers = _triggers(cased)
    mentions = _extract_dates(cased, sentences, published, triggers)
    if cased is not text:
        for mention in mentions:
            mention.text = text[mention.start:mention.end]
    return mentions


# A month's name in lower case before a day and a year, or between them, as a feed that lower-cases
# its text writes a date ("april 28, 2015", "28 april 2015"); "may", "march" and "august" are words
# too, and a month without a year is no date this can tell from them.
_LOWER_MONTHS = ("january", "february", "april", "june", "july", "september", "october", "november", "december")
_LOWER_MONTH_ALTERNATIVES = "|".join(_LOWER_MONTHS)
_LOWER_MONTH = re.compile(rf"(?<![\w-])(?:{_LOWER_MONTH_ALTERNATIVES})"
                          r"(?=\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d\b)"
                          rf"|(?<=\d\s)(?:{_LOWER_MONTH_ALTERNATIVES})"
                          r"(?=,?\s+(?:1[89]|20)\d\d\b)")
# How far before its year such a month's name may start ("september  30th,  2015").
_LOWER_MONTH_REACH = 24
_CENTURIES = frozenset(("18", "19", "20"))  # a year's first digits, as `_LOWER_MONTH` reads them


def _with_cased_months(text: str, triggers: list[tuple[int, str]]) -> str:
    """`text` with the month names of lower-cased dates capitalised, offsets unchanged. Such a date
    holds a year, which the trigger scan found: only the words just before a year are looked at
    (looking for nine names through the whole text cost an eighth of the dates' time)."""
    for at, kind in triggers:
        # (the search ends one past the year, for the \b after it)
        if kind == "digit" and text[at:at + 2] in _CENTURIES \
                and _LOWER_MONTH.search(text, max(0, at - _LOWER_MONTH_REACH), at + 5):
            return _LOWER_MONTH.sub(lambda m: m.group().capitalize(), text)
    return text


def _extract_dates(text: str, sentences: list[Span], published: Optional[dt.date],
                   triggers: list[tuple[int, str]]) -> list[DateMention]:
    clauses = _Clauses(text, sentences)
    mentions: list[DateMention] = []
    covered = 0
    year_said = _YearSaid(-1, "", 0, 0)
    for at, word_kind in triggers:
        if at < covered:
            continue  # a word inside the expression just read: the "30" of "Dec. 30"
        match = CANDIDATES[word_kind].match(text, at)
        if not match:
            continue
        kind: str = match.lastgroup  # type: ignore[assignment]  # every alternative is a named group
        if kind == "anaphoric" and match.group("ana_month") and text[match.start()] == "t" \
                and _VERB_AFTER_THAT_MONTH.match(text, match.end()) \
                and not _BEFORE_THAT_MONTH.search(text, max(0, match.start() - 12), match.start()):
            # "said that February was the warmest": a conjunction, then the month alone
            match = CANDIDATES["month_name"].match(text, match.start("ana_month"))
            if not match:
                continue
            kind = match.lastgroup  # type: ignore[assignment]
        elif kind == "anaphoric" and match.group("ana_weekday") and text[match.start()] != "T" \
                and not _BEFORE_THAT_MONTH.search(text, max(0, match.start() - 12), match.start()):
            # "said that Tuesday was quiet": a conjunction, then the weekday alone ("That Tuesday,
            # crowds rallied" and "on that Tuesday" point back to a day told before)
            match = CANDIDATES["weekday_name"].match(text, match.start("ana_weekday"))
            if not match:
                continue
            kind = match.lastgroup  # type: ignore[assignment]
        if kind in _CONTEXT_KINDS and not _in_date_context(text, match, kind):
            continue
        start, end = match.span()
        covered = end
        tense = functools.partial(clauses.tense, start, end)
        if kind == "month_day" and match.group("md_d2"):
            mentions.extend(_day_pair(text, match, published, tense))
            continue
        resolved: Optional[Resolved]
        if kind == "anaphoric":
            resolved = _anaphoric(match, mentions, published, tense)
        elif kind == "shifted":
            resolved = _shifted_from_earlier(text, match, mentions, published, tense)
        elif kind == "later":
            resolved = _later_than_earlier(text, match, mentions, published, tense)
        else:
            resolved = _resolve(match, kind, published, tense)
        if resolved is None:
            if kind == "shifted" and match.group("sh_which4"):
                # "the following January" with no date to count from: the month as if named alone
                covered = match.start("sh_month") if match.group("sh_month") else match.start("sh_weekday")
            continue
        value, precision, future = resolved
        first_value = mentions[-1].value if mentions and mentions[-1].future else None
        if kind == "weekday" and value and published is not None and first_value \
                and mentions[-1].precision == "day" and mentions[-1].text.lower() in WEEKDAY_NUMBERS \
                and _WEEKDAY_PAIR_GAP.fullmatch(text, mentions[-1].end, start) \
                and not text.startswith(("'s", "’s"), end):
            # "snow on Sunday and Monday": the second day follows the first, one to come (past
            # days each take their latest, "closed Monday and Sunday"; "moved from Sunday to
            # Saturday" may go back)
            first = dt.date.fromisoformat(first_value)
            day = _weekday_from(first, WEEKDAY_NUMBERS[match.group().lower()], later=True, strictly=True)
            value, future = day.isoformat(), day > published
        sentence = clauses.sentence_start(start)
        if kind in _WITH_YEAR_GROUP and match.group(_WITH_YEAR_GROUP[kind]):
            year = match.group(_WITH_YEAR_GROUP[kind])[-4:]
            if kind in _DAY_PREFIXES or _OPENING_ADVERBIAL.fullmatch(text, sentence, start):
                # a full date, or a year that sets the scene: "In 1992, ...", "On June 19, 1992, ..."
                year_said = _YearSaid(sentence, year, end, len(text))
            elif when := _WHEN_AFTER.match(text, end):
                # "was in 2010, when it was signed on Aug. 3": the year holds in the clause only
                # (not "joined in 2015, when it had 12 staff, and was named chief on Jan. 8")
                clause_end = _WHEN_CLAUSE_END.search(text, when.end())
                year_said = _YearSaid(sentence, year, end, clause_end.start() if clause_end else len(text))
        elif kind == "relative" and value and precision == "year" and start == sentence \
                and match.group("rel_which").lower() in ("last", "next") and not text.startswith(("'s", "’s"), end):
            # "Last year Easter fell on April 8" (not "Last year's champion")
            year_said = _YearSaid(sentence, value, end, len(text))
        elif kind in _YEARLESS and value and published is not None \
                and year_said.sentence == sentence and value[:4] != year_said.year \
                and year_said.year <= str(published.year) and start - year_said.end <= _YEAR_REACH \
                and start < year_said.until and ";" not in text[year_said.end:start] \
                and not _TOLD_ON_BEFORE.search(text, max(0, start - _TOLD_ON_REACH), start) \
                and (not future or tense() == "past"):
            # "In 1992, Teale signed the order on June 19": the sentence's year, not publication's
            # (also where June 19 is yet to come this year: "In 2012, he was hurt on April 26")
            value = year_said.year + value[4:]
            future = _lies_after(value, published)
        if value and published is not None and kind in _YEARLESS_DAYS_AND_MONTHS:
            year_after = _RELATIVE_YEAR_AFTER.match(text, end)
            if year_after:  # "the 5th of August last year", "January of next year": one date
                year = published.year + {"last": -1, "next": 1}.get(year_after.group(1).lower(), 0)
                value, end = f"{year:04d}" + value[4:], year_after.end()
                future, covered = _lies_after(value, published), end
            elif that_year := _THAT_YEAR_AFTER.match(text, end):
                # "in 2011 ... charged in November of that year": the year told, in one date;
                # with no year told, one date of no value, not this year's November
                told = _year_told_before(mentions, start)
                end = covered = that_year.end()
                if told:
                    value = told + value[4:]
                    future = _lies_after(value, published)
                else:
                    value, precision, future = None, None, False
        mentions.append(DateMention(text[start:end], value, precision, start, end, future))
    return mentions


_YEARLESS_DAYS_AND_MONTHS = frozenset(("month_day", "day_month", "month"))
def _lies_after(value: str, published: dt.date) -> bool:
    """Whether a value ("2011-11", "2012") lies after publication, at the value's own precision."""
    return value > published.isoformat()[:len(value)]


_RELATIVE_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?((?i:last|this|next))\s+year\b(?!['’])")
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d\b")
_THAT_YEAR_AFTER = re.compile(r"\s+of\s+that\s+(?:same\s+)?year\b(?!['’])")


def _year_told_before(earlier: list[DateMention], start: int) -> Optional[str]:
    """The year of the latest expression shortly before `start` that has one, as "that year" reads
    it; not a day or week told without its year ("police said Monday": publication's, no year told)."""
    return next((m.value[:4] for m in reversed(earlier)
                 if m.end >= start - _ANAPHORA_REACH and m.value and m.value[:4].isdigit()
                 and (m.precision not in ("day", "week") or _WRITTEN_YEAR.search(m.text))), None)


# "That Monday, workers had already begun": a weekday before the day told (not "By that Friday,
# schools had reopened")
_HAD_AFTER = re.compile(r"\bhad\s+already\b")
_HAD_REACH = 40
# What "that September" follows when it names a month of a year told before: "in that September";
# and what follows the month when "that" is a conjunction: "said that February was the warmest"
# (not "took effect that September, ...").
_BEFORE_THAT_MONTH = re.compile(r"\b(?i:in|during|by|until|of|from|since|for|on)\s+$")
_VERB_AFTER_THAT_MONTH = re.compile(r"\s+(?!(?:in|on|at|and|or|when|as|after|before|of)\b)[a-z]")


class _YearSaid(NamedTuple):
    """The year a sentence last wrote out in a full date or an opening phrase, and where."""
    sentence: int  # the sentence's start
    year: str
    end: int
    until: int  # where the year stops holding: the sentence's end, or a "when" clause's


# What may stand before a year that sets a sentence's scene: "In 1992, ...", "Back in 1918".
_OPENING_ADVERBIAL = re.compile(r"[\W_]*(?:(?:(?i:back|early|late|later)\s+)?(?i:in|by|during|since|on|throughout)\s+)?")
# Expressions that write their year out (by the group holding it) and those that leave it to be
# inferred, which take a year written earlier in their sentence.
_WITH_YEAR_GROUP = {"iso": "iso_y", "year": "year_y", "month_year": "my_y", "weekday_date": "wdd_y",
                    "weekday_day_month": "wdm_y", "month_day": "md_y", "day_month": "dm_y"}
# (Days only: a month alone may be another year's, "Back in 1918 the pandemic began around the
# same time as now (March to April)"; and no day with its weekday, which another year would break.)
_YEARLESS = frozenset(("month_day", "day_month"))
_YEAR_REACH = 120  # characters from the year written out: "In 1992, Teale signed the order on June 19"
_WEEKDAY_PAIR_GAP = re.compile(r",?[ \t]+(?:and|or|through)[ \t]+|[ \t]*[-–][ \t]*")
_WHEN_AFTER = re.compile(r",?[ \t]+when\b")  # a year whose time a clause goes on to tell
_WHEN_CLAUSE_END = re.compile(r"[,;]|[ \t]and\b")
# A day something was said, reported or released on is the story's, not the year's the sentence
# told: "Last year, the company lost $2 billion, it said in a filing on Feb. 14".
_TOLD_ON_BEFORE = re.compile(r"\b(?:said|says|announced|reported|released|published|filed|told)\b"
                             r"(?:[ \t]+[\w’',-]+){0,5}?[ \t]+on[ \t]+$")
_TOLD_ON_REACH = 60


def _day_pair(text: str, match: re.Match, published, tense: TenseOf) -> Iterator[DateMention]:
    """"April 24 and 25": two days of one month, each a mention; a year after the second is the
    year of both. A second day not after the first makes no pair: only the first is a date."""
    g = match.group
    month, first, second = _month_number(g("md_m")), _day_number(g("md_d")), _day_number(g("md_d2"))
    days = [(match.start(), match.end("md_d"), first)]
    if second > first:
        days.append((match.start("md_d2"), match.end(), second))
    year = g("md_y") if second > first else None
    for start, end, day in days:
        resolved = _month_day(year, month, day, None, published, tense)
        if resolved is not None:
            value, precision, future = resolved
            yield DateMention(text[start:end], value, precision, start, end, future)


# Which precisions of an earlier expression can stand for "that day", "that week", ...
_ANAPHORA_SOURCES = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                     "year": ("day", "week", "month", "year")}
# How far back (in characters: about two sentences) the expression it refers to may end; further
# back, "that day" is as likely to speak of a day the text never dates.
_ANAPHORA_REACH = 300


def _anaphoric(match: re.Match, earlier: list[DateMention], published, tense: TenseOf) -> Resolved:
    """"that day", "later that year": the day, week, month or year of the latest expression
    shortly before it that names one; "that September": that month in the year of the latest
    expression that names a year; without one, no value."""
    if match.group("ana_month"):
        year = _year_told_before(earlier, match.start())
        if year is None:
            return None, None, False
        return _absolute(f"{year}-{_month_number(match.group('ana_month')):02d}", "month", published, tense)
    if match.group("ana_weekday"):
        # "Laughlin quit on May 1, 2012. That Tuesday, ...": the first such weekday from the day
        # told shortly before, not a day when something was said ("arrested on June 7, police
        # said Monday. That Friday"); with none, no value, as for "that day"
        weekday = WEEKDAY_NUMBERS[match.group("ana_weekday").lower()]
        anchor = _anchor(match.string, match.start(), earlier, tense)
        if anchor is None or not anchor.value or anchor.precision != "day":
            return None, None, tense() == "future"  # as "that day" with no day told before
        told = dt.date.fromisoformat(anchor.value)
        # ("... on Wednesday, March 6. That Monday, workers had already begun": before it)
        earlier_day = _HAD_AFTER.search(match.string, match.end(), match.end() + _HAD_REACH) is not None
        day = _weekday_from(told, weekday, later=not earlier_day, strictly=False)
        return _absolute(day.isoformat(), "day", published, tense)
    unit = match.group("ana_unit").lower()
    for mention in reversed(earlier):
        if mention.end < match.start() - _ANAPHORA_REACH:
            break
        if mention.value and mention.precision in _ANAPHORA_SOURCES[unit]:
            return _absolute(_coarsened(mention.value, unit), unit, published, tense)  # type: ignore[arg-type]
    return _resolve(match, "anaphoric", published, tense)  # type: ignore[return-value]


def _shifted_from_earlier(text: str, match: re.Match, earlier: list[DateMention], published, tense: TenseOf
                          ) -> Optional[Resolved]:
    """"the next day", "the previous year": one unit on from or back from the latest expression
    shortly before it that names that unit or a finer one; without one, no date ("the next day"
    may be any day's next)."""
    g = match.group
    if g("sh_which4"):
        return _named_from_earlier(match, _anchor(text, match.start(), earlier, tense), published, tense)
    unit = (g("sh_unit2") or g("sh_unit3") or "day").lower()
    which = (g("sh_which") or g("sh_which2") or g("sh_side")).lower()
    step = -1 if which in ("previous", "preceding", "before") else 0 if which == "same" else 1
    return _stepped(_anchor(text, match.start(), earlier, tense), unit, step, published, tense)


def _named_from_earlier(match: re.Match, mention: Optional[DateMention], published, tense: TenseOf
                        ) -> Optional[Resolved]:
    """"the following January", "the previous Monday": the first such month or weekday after
    (or the last before) the date `_anchor` found, which must name one as finely: a month from a
    month or a day, a weekday from a day. None without one."""
    g = match.group
    later = g("sh_which4").lower() == "following"
    if g("sh_month"):
        month = _month_number(g("sh_month"))

        def to_month(anchor: dt.date) -> str:
            year = anchor.year + (1 if later and month <= anchor.month
                                  else -1 if not later and month >= anchor.month else 0)
            return f"{year:04d}-{month:02d}"
        return _from_anchor(mention, "month", to_month, published, tense)
    weekday = WEEKDAY_NUMBERS[g("sh_weekday").lower()]

    def to_weekday(anchor: dt.date) -> str:
        return _weekday_from(anchor, weekday, later, strictly=True).isoformat()
    return _from_anchor(mention, "day", to_weekday, published, tense)


def _later_than_earlier(text: str, match: re.Match, earlier: list[DateMention], published, tense: TenseOf
                        ) -> Optional[Resolved]:
    """"three days later", "a week earlier", "two years later": that many units from the latest
    date named shortly before (a week as seven days). With no date named shortly before, "a year
    earlier" and "a month earlier" count back from publication, as "a year ago" does ("profit
    rose from $3 million a year earlier"); a day or a week, or any step later, is no date."""
    count = match.group("lat_n").lower()
    n = int(count) if count.isdigit() else NUMBER_WORDS[count]
    unit = match.group("lat_unit").lower()
    if unit == "week":
        unit, n = "day", 7 * n
    step = -n if match.group("lat_dir").lower() == "earlier" else n
    anchor = _anchor(text, match.start(), earlier, tense)
    if anchor is None and step < 0 and unit in ("month", "year") and published is not None:
        return _shifted(unit, step, published), cast(Precision, unit), False
    return _stepped(anchor, unit, step, published, tense)


def _stepped(mention: Optional[DateMention], unit: str, step: int, published, tense: TenseOf
             ) -> Optional[Resolved]:
    """`step` units (days, months or years) from the date `_anchor` found, or None without one
    or when it is coarser than the unit ("the events of 2 April ... the middle of last week ...
    the following day": no day to step from)."""
    if unit == "day":
        return _from_anchor(mention, unit, lambda anchor: (anchor + dt.timedelta(days=step)).isoformat(),
                            published, tense)
    return _from_anchor(mention, unit, lambda anchor: _shifted(unit, step, anchor), published, tense)


def _from_anchor(mention: Optional[DateMention], unit: str, move: Callable[[dt.date], str], published,
                 tense: TenseOf) -> Optional[Resolved]:
    """The date `move` makes of the date `_anchor` found (its first day), at precision `unit`; None
    without one, when it is coarser than the unit, or when a date told in the past lands after
    publication (it was counted from the wrong date)."""
    if mention is None or mention.value is None or mention.precision not in _ANAPHORA_SOURCES[unit]:
        return None
    resolved = _absolute(move(dt.date.fromisoformat((mention.value + "-01-01")[:10])), cast(Precision, unit),
                         published, tense)
    if resolved[2] and tense() == "past":
        return None
    return resolved


def _anchor(text: str, start: int, earlier: list[DateMention], tense: TenseOf) -> Optional[DateMention]:
    """The latest date with a value ending shortly before `start` that a step counts from, or
    None. Passed over: a day when something was said ("She said Thursday that the gift came the
    previous month", "On Monday, officials said crews contained it the next day"), and a plan
    when the step is told in the past ("due to start on 13 July ... The next day, he was found")."""
    for mention in reversed(earlier):
        if mention.end < start - _ANAPHORA_REACH:
            break
        if not mention.value or (mention.future and tense() == "past") \
                or _SAID_BEFORE.search(text, max(0, mention.start - _SAID_REACH), mention.start):
            continue
        speech = _SPEECH_AFTER.match(text, mention.end)
        if speech and speech.end() <= start:
            continue
        return mention
    return None


_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+[a-z]+|announced|confirmed|reported)\s+(?:on\s+)?$")
_SAID_REACH = 24
# A speech verb right after a day ("On Monday, officials said ...", "Officials on Monday said"):
# the day of speaking. (Not across "and": "began on 2 March and officials said the next day".)
_SPEECH_AFTER = re.compile(r"(?:,?[ \t]+(?!and\b|but\b)[A-Za-z][\w'’-]*){0,3}?[ \t]+(?:said|says|confirmed|told|reported|announced)\b")


def _coarsened(value: str, unit: str) -> str:
    """A day, week or month value given at a coarser unit (a week as its Monday)."""
    if unit == "week":
        return _shifted("week", 0, dt.date.fromisoformat(value))
    return value[: {"day": 10, "month": 7, "year": 4}[unit]]


class _Clauses:
    """The tense around expressions of one text. Reading a sentence's signposts is the costly
    part, so it is done lazily and narrowly: first only the stretch between the punctuation
    around the expression (which bounds its clause), the whole sentence only when the clause
    is a bare adverbial that takes the tense of its sentence."""

    def __init__(self, text: str, sentences: list[Span]):
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.punctuation: dict[int, list[int]] = {}  # by sentence start
        self.signposts: dict[tuple[int, int], list[Signpost]] = {}
        self.tenses: dict[tuple[int, int], Tense] = {}  # by expression span: resolving may ask twice

    def tense(self, start: int, end: int) -> Tense:
        if (start, end) not in self.tenses:
            self.tenses[(start, end)] = self._tense(start, end)
        return self.tenses[(start, end)]

    def _tense(self, start: int, end: int) -> Tense:
        if self.text.startswith(("'s ", "’s "), end) and (
                _CONSEQUENCE_AFTER.match(self.text, end + 3)
                or _SOURCE_BEFORE.search(self.text, max(0, start - 12), start)):
            # "Friday's ruling means we'll never know": what follows from a day past; "will look to
            # bounce back from Sunday's loss", "since Monday's storm": what comes after it
            return "past"
        sentence_start, sentence_end = self._sentence(start)
        breaks = self.punctuation.get(sentence_start)
        if breaks is None:
            breaks = [m.start() for m in _PUNCTUATION_BREAK.finditer(self.text, sentence_start, sentence_end)]
            self.punctuation[sentence_start] = breaks
        before = bisect.bisect_left(breaks, start) - 1
        after = bisect.bisect_left(breaks, end)
        stretch_start = breaks[before] + 1 if before >= 0 else sentence_start
        stretch_end = breaks[after] if after < len(breaks) else sentence_end
        clause = _nearest_in_clause(self.text, self._scan(stretch_start, stretch_end), start, end, stretch_start,
                                    stretch_end)
        if clause.tense or (clause.end - clause.start) - (end - start) > _BARE_ADVERBIAL:
            return clause.tense
        # "On Friday, the board will vote": the nearest marker in the whole sentence.
        return _nearest_in_clause(self.text, self._scan(sentence_start, sentence_end), start, end, None, None).tense

    def sentence_start(self, start: int) -> int:
        return self._sentence(start)[0]

    def _sentence(self, start: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, start) - 1
        if i >= 0 and start < self.sentences[i].end:
            return self.sentence_starts[i], self.sentences[i].end
        return 0, len(self.text)

    def _kind(self, m: re.Match) -> str:
        kind: str = m.lastgroup  # type: ignore[assignment]  # every alternative is a named group
        # (an irregular participle too: "when the case is heard in May" is the linking verb's tense)
        if kind in ("past_ed", "past") and _LINKING_BEFORE.search(
                self.text, max(0, m.start() - _LINKING_LOOKBACK), m.start() + 1) \
                or kind == "past_ed" and _DETERMINER_BEFORE_ED.search(
                    self.text, max(0, m.start() - _DETERMINER_LOOKBACK), m.start() + 1):
            return "neither"
        if kind == "condition" and _ASKS_BEFORE_IF.search(self.text, max(0, m.start() - _ASKS_LOOKBACK), m.start() + 1):
            return "neither"  # "did not say if Saturday's fire was arson": a question, no condition
        if kind == "future":
            if self.text.endswith("had been ", max(0, m.start() - 8), m.start() + 1):
                return "past"  # "had been due to reopen on Sunday": a plan given up or passed
            if self.text.startswith(("planned", "hoped"), m.start() + 1):
                # "had planned to leave on Thursday": given up, as "had been due"
                return "past" if self.text.endswith("had ", max(0, m.start() - 3), m.start() + 1) else "planned"
        return SIGNPOST_KINDS.get(kind, kind)

    def _scan(self, start: int, end: int) -> list[Signpost]:
        found = self.signposts.get((start, end))
        if found is None:
            # The match opens with the character before the word ("'ll" is all one token).
            found = [(m.start() + (m.lastgroup != "contracted_future"), m.end(), self._kind(m))
                     for m in SIGNPOST.finditer(self.text, max(0, start - 1), end)]
            self.signposts[(start, end)] = found
        return found


_PREPOSITION_GAP = re.compile(r"[ \t]+(?:on|in|at|during|since)[ \t]+(?:the[ \t]+)?")


class _Clause(NamedTuple):
    start: int
    end: int
    tense: Tense  # of the marker nearest to the expression in the clause


def _nearest_in_clause(text: str, signposts: list[Signpost], start: int, end: int,
                       clause_start: Optional[int], clause_end: Optional[int]) -> _Clause:
    """The clause around [start, end) among `signposts` (in text order), and the tense of the
    marker in it nearest to the expression; one before wins a tie. With no clause bounds given,
    clause breaks are ignored: the whole stretch is one clause."""
    bounded = clause_start is not None
    before: Optional[Signpost] = None
    after: Optional[Signpost] = None
    for signpost in signposts:
        s, e, kind = signpost
        if e <= start:
            if kind == "clause_break":
                if bounded:
                    clause_start, before = e, None
            elif kind != "neither":
                before = signpost  # the later, the nearer
        elif s >= end:
            if kind == "clause_break":
                if bounded:
                    clause_end = s
                    break
            elif kind not in ("neither", "condition") and after is None:
                after = signpost  # (a condition speaks of what follows it only)
    nearest: Optional[Signpost]
    # (a verb with only a preposition between it and the expression is the expression's own: "the
    # ban announced on Monday takes effect ...")
    from_before = bool(before and (not after or start - before[1] <= after[0] - end
                                   or _PREPOSITION_GAP.fullmatch(text, before[1], start) is not None))
    nearest = before if from_before else after
    tense = nearest[2] if nearest else None
    if tense == "condition":  # "will strike if talks fail Thursday": a condition on what is to come
        tense = "future"
    if tense == "planned":  # what was planned lies ahead; the planning itself is past
        tense = "future" if from_before else "past"
    return _Clause(clause_start or 0, clause_end or 0, tense)  # type: ignore[arg-type]


# Expressions that are dates only in some contexts (see _in_date_context).
_HARM_BEFORE = re.compile(r"\b(?:died|dies|die|killed|injured|hurt|broke|fractured|survived|suffered|sustained"
                          r"|bruised|fatal|lost)\b[^.;!?]*$")
_CONTEXT_KINDS = frozenset(("year", "month", "relative", "period_edge", "holiday", "deictic", "season"))
# What may stand before a capitalised "Today" that opens a sentence, a heading or a line.
_SENTENCE_OPENERS = frozenset(".!?:;\n\"“”'‘’([—–-")


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
        determiner = _DETERMINER_BEFORE.search(text, window, start)
        to = determiner is not None and determiner.group(0)[:2] in ("to", "To")
        if determiner and not (to and (_AMOUNT_TO.search(text, max(0, determiner.start() - _LOOKBEHIND),
                                                         determiner.start())
                                       or _NUMBER_BEFORE_TO.search(text, max(0, determiner.start() - 16),
                                                                   determiner.start()))):
            # ("delayed to 2015", "referring to 2014"; not "rose to 2000 from 1500", "went to 1999 Main St.")
            plural = _PLURAL_AFTER.match(text, match.end())
            if plural:
                return plural.group(0).strip() in _EVENT_PLURALS
            name = _NAME_AFTER.match(text, match.end()) if determiner.group("possessive") or to else None
            return name is None or name.group(1) in _EVENT_NAMES
        return False
    if kind == "month":
        if match.group(kind) in _STRICT_MONTHS:
            if _STRICT_MONTH_BEFORE.search(text, window, start) or (
                    _THE_BEFORE.search(text, window, start) and _NOUN_AFTER.match(text, match.end())):
                return True
            # Capitalised inside a sentence, where the verbs "march" and "may" are not, after a
            # word that may stand before a month: "the coldest start to March", "its warmest
            # March", "planned for May" (not "Theresa May", "Women's March", "March Madness",
            # "thanked May for").
            return bool(_WORD_BEFORE_STRICT_MONTH.search(text, window, start)) and not (
                _CAPITALISED_AFTER.match(text, match.end()) or _SPEECH_VERB_AFTER.match(text, match.end())
                or _NAME_AFTER_STRICT_MONTH.match(text, match.end()) or _NAMED_STRICT_MONTH.search(text))
        # Without a preposition, a capitalised word or a speech verb after it makes it a first
        # name ("April Ryan", "June tells Kirsty Young").
        return bool(_MONTH_BEFORE.search(text, window, start)) or not (
            _CAPITALISED_AFTER.match(text, match.end()) or _SPEECH_VERB_AFTER.match(text, match.end()))
    if kind == "season":
        # "She broke her hip in the fall.": a tumble
        return not (match.group(kind).endswith("fall") and match.group(kind)[:3].lower() == "the"
                    and _HARM_BEFORE.search(text, max(0, start - 60), start))
    if kind == "deictic":
        # Inside a sentence, a capitalised "Today" names a programme or a paper ("told Today's
        # host", "USA Today"), not the day.
        if text[start] != "T":
            return True
        before = text[max(0, start - 16):start].rstrip(" \t")
        return not before or before[-1] in _SENTENCE_OPENERS
    if kind == "holiday":
        if match.group("hol_which") or _holiday_key(match.group("hol_name")) not in _ONE_WORD_HOLIDAYS:
            return True
        if _NAME_OR_NOUN_AFTER.match(text, match.end()):
            return False  # "Easter Island", "Christmas shopping", "Halloween parties"
        return bool(_HOLIDAY_BEFORE.search(text, window, start)) or not _WORD_AFTER.match(text, match.end())
    if kind in ("relative", "period_edge") and not match.group(kind)[:3].lower() == "the":
        return not _THE_BEFORE.search(text, window, start)
    return True


# The expressions that name a day of a month, and the prefix of their groups' names.
_DAY_PREFIXES = {"weekday_date": "wdd", "weekday_day_month": "wdm", "month_day": "md", "day_month": "dm"}


def _resolve(match: re.Match, kind: str, published: Optional[dt.date], tense: TenseOf) -> Optional[Resolved]:
    """Value, precision and futurity of one expression, or None for a candidate that names no
    real day ("February 30"). The clause's tense is costly to read and many expressions do not
    need it, so it is asked for only when needed."""
    g = match.group
    if kind == "iso":
        return _absolute_day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")), published, tense)
    if kind in _DAY_PREFIXES:
        prefix = _DAY_PREFIXES[kind]
        weekday = WEEKDAY_NUMBERS[g(prefix + "_w").lower()] if kind.startswith("weekday") else None
        return _month_day(g(prefix + "_y"), _month_number(g(prefix + "_m")), _day_number(g(prefix + "_d")), weekday,
                    published, tense)
    if kind == "nth_week":
        month = _month_number(g("nw_m"))
        year = g("nw_y")
        if not year:
            in_year = _month_without_year(month, "", published, tense)[0]
            if in_year is None:
                return None, None, tense() == "future"
            year = in_year[:4]
        return _absolute(_nth_week(int(year), month, g("nw_which").lower()), "week", published, tense)
    if kind == "week_of":
        resolved = _month_day(g("wo_y"), _month_number(g("wo_m")), _day_number(g("wo_d")), None, published, tense)
        if resolved is None or resolved[0] is None:
            return resolved
        return _absolute(_coarsened(resolved[0], "week"), "week", published, tense)
    if kind == "holiday":
        day_in = _HOLIDAYS[_holiday_key(g("hol_name"))]
        if g("hol_y"):
            return _absolute(day_in(int(g("hol_y"))).isoformat(), "day", published, tense)
        return _yearly_day(day_in, (g("hol_which") or "").lower(), None, published, tense)
    if kind == "month_relative_year":
        which = g("mry_which").lower()
        if published is None:
            return None, None, which == "next" or tense() == "future"
        year = published.year + {"last": -1, "next": 1}.get(which, 0)
        return _absolute(f"{year:04d}-{_month_number(g('mry_m')):02d}", "month", published, tense)
    if kind == "month_year":
        return _absolute(f"{int(g('my_y')):04d}-{_month_number(g('my_m')):02d}", "month", published, tense)
    if kind == "year":
        return _absolute(g("year_y"), "year", published, tense)
    if kind in ("month", "modified_month"):
        month = _month_number(g("mm_m") if kind == "modified_month" else g("month"))
        which = g("mm_which").lower() if kind == "modified_month" else ""
        if kind == "month" and _DATA_AFTER_MONTH.match(match.string, match.end()):
            # "will report January sales": the figures of a month are out after it
            return _month_without_year(month, which, published, _past, soon=0)
        # "took place in April" just after a March publication: April last year. (Most past
        # verbs before a month soon to come announce or plan it: "announced a strike in April".)
        soon = 0 if kind == "month" and _HAPPENED_IN_BEFORE.search(
            match.string, max(0, match.start() - 30), match.start()) else 2
        return _month_without_year(month, which, published, tense, soon)
    words = g(kind).lower()
    if _FORWARD_WORD.search(words):
        future = True
    elif kind == "ago":
        future = g("ago_ahead") is not None
    elif _BACKWARD_WORD.search(words):
        future = False
    else:
        future = tense() == "future"
    if kind == "quarter":
        if g("q_y"):
            return _absolute(g("q_y"), "year", published, tense)
        if g("q_which") in ("this", "last", "next") and published is not None:
            return _shifted("year", {"last": -1, "next": 1}.get(g("q_which"), 0), published), "year", future
        return None, None, future
    if kind in ("decade", "anaphoric", "season", "year_earlier") or published is None:
        # "the 1990s", "that day", "last summer", "the year-earlier quarter": no single month or year to give.
        return None, None, future
    if kind == "weekday":
        weekday = WEEKDAY_NUMBERS[words]
        if not future and tense() is None:
            # With no tense to go by, a weekday far nearer ahead than back (tomorrow's) lies
            # ahead, as a date without its year does: "on Thursday the port opens again".
            ahead = (weekday - published.weekday()) % 7
            future = ahead > 0 and _reads_ahead(None, 7 - ahead, ahead, ahead)
        return _weekday(weekday, "", published, future)
    if kind == "last_next_weekday" and g("lnw_which").lower() == "this" and tense() is not None:
        # "the council meets this Friday", "the ferry ran this Monday": the nearest that way
        return _weekday(WEEKDAY_NUMBERS[g("lnw_d").lower()], "", published, tense() == "future")
    if kind == "weekday_of_week" or kind == "last_next_weekday" and g("lnw_which").lower() == "this":
        # "Friday next week"; with no tense to go by, "this Friday" is the Friday of this week
        week_word, day_name = (g("wow_which"), g("wow_d")) if kind == "weekday_of_week" else ("this", g("lnw_d"))
        step = {"last": -1, "next": 1}.get(week_word.lower(), 0)
        monday = dt.date.fromisoformat(_shifted("week", step, published))
        day = monday + dt.timedelta(days=WEEKDAY_NUMBERS[day_name.lower()])
        return day.isoformat(), "day", day > published
    if kind == "last_next_weekday":
        return _weekday(WEEKDAY_NUMBERS[g("lnw_d").lower()], g("lnw_which").lower(), published, future)
    if kind == "deictic":
        day = published + dt.timedelta(days={"yesterday": -1, "tomorrow": 1, "last night": -1}.get(" ".join(words.split()), 0))
        return day.isoformat(), "day", future
    if kind == "weekend":
        if g("we_holiday"):
            return _holiday_weekend(g("we_holiday"), published, tense)
        return _weekend(g("we_which"), published, tense)
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
        elif unit == "fortnight":
            unit, n = "week", 2 * n
        step = n if future else -n  # "seven weeks from now", "two days ago"
        if unit == "day":
            return (published + dt.timedelta(days=step)).isoformat(), "day", future
        return _shifted(unit, step, published), unit, future
    raise AssertionError(kind)


def _nth_week(year: int, month: int, which: str) -> str:
    """The Monday of the first, second, ... or last week of a month: the week that holds most of
    its first days (the 4th, as ISO weeks count a year's first) or its last (the last day but 3)."""
    if which in ("last", "final"):
        last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        day = dt.date(year, month, last_day - 3)
    else:
        day = dt.date(year, month, 4) + dt.timedelta(weeks=("first", "second", "third", "fourth").index(which))
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def _holiday_key(name: str) -> str:
    key = " ".join(name.replace("’", "'").lower().split())
    key = key.replace("labour", "labor").replace(" jr. ", " ").replace(" jr ", " ")
    return key.replace("presidents' ", "presidents ").replace("veterans' ", "veterans ")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month: Thanksgiving is the fourth Thursday of November."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


# The day of each holiday in a given year, by its name as _holiday_key spells it. Holidays whose
# name varies by country in meaning (Independence Day, Labour Day) are left out.
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25), "christmas eve": _fixed(12, 24),
    "new year's": _fixed(1, 1), "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31),
    "halloween": _fixed(10, 31), "valentine's day": _fixed(2, 14), "boxing day": _fixed(12, 26),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 3, 4),
    # US: the Tuesday after the first Monday of November.
    "election day": lambda year: _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1),
    "easter": _easter, "easter sunday": _easter,
    "easter monday": lambda year: _easter(year) + dt.timedelta(days=1),
    "good friday": lambda year: _easter(year) - dt.timedelta(days=2),
    # US federal holidays on a weekday of their month, and two on a fixed day
    "martin luther king day": lambda year: _nth_weekday(year, 1, 0, 3),
    "presidents day": lambda year: _nth_weekday(year, 2, 0, 3),
    "memorial day": lambda year: _nth_weekday(year, 6, 0, 1) - dt.timedelta(days=7),  # May's last Monday
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "columbus day": lambda year: _nth_weekday(year, 10, 0, 2),
    "veterans day": _fixed(11, 11), "fourth of july": _fixed(7, 4),
    "mother's day": lambda year: _nth_weekday(year, 5, 6, 2),  # the US and most countries
    "father's day": lambda year: _nth_weekday(year, 6, 6, 3),
}
# Holidays named by one word, which are dates only in some contexts (see _in_date_context).
_ONE_WORD_HOLIDAYS = frozenset(("christmas", "new year's", "thanksgiving", "easter", "halloween"))


def _month_number(name: str) -> int:
    return MONTH_NUMBERS[name.rstrip(".").lower()]


def _day_number(day: str) -> int:
    return int(day.rstrip("stndrh"))  # "17th"


def _absolute(value: str, precision: Precision, published: Optional[dt.date], tense: TenseOf) -> Resolved:
    """An expression with its year is future when it lies after publication, past when before,
    and as its clause says when it contains the publication date ("this year", "2024")."""
    if published is not None:
        published_value = published.isoformat()[: len(value)]
        if value != published_value:
            return value, precision, value > published_value
    return value, precision, tense() == "future"


def _month_day(year: Optional[str], month: int, day: int, weekday: Optional[int], published,
               tense: TenseOf) -> Optional[Resolved]:
    """A month and day, in the year given or, without one, in the year publication suggests."""
    if year:
        return _absolute_day(int(year), month, day, published, tense)
    return _day_without_year(month, day, weekday, published, tense)


def _absolute_day(year: int, month: int, day: int, published, tense: TenseOf) -> Optional[Resolved]:
    day_ = safe_date(year, month, day)
    return _absolute(day_.isoformat(), "day", published, tense) if day_ else None


def _reads_ahead(tense: Tense, back: int, ahead: int, soon: int) -> bool:
    """Whether a date without its year, `back` or `ahead` units from publication, lies ahead: when
    its clause speaks of the future, or when ahead is far nearer than back, since news drops the
    year of nearby dates; after a past verb ("ordered him out by Jan. 14") only if it is soon."""
    if tense == "future":
        return True
    return 3 * ahead < back and (tense is None or ahead <= soon)


def _day_without_year(month: int, day: int, weekday: Optional[int], published, tense: TenseOf
                      ) -> Optional[Resolved]:
    if not safe_date(2000, month, day):  # a leap year: only impossible days fail
        return None
    return _yearly_day(lambda year: safe_date(year, month, day), "", weekday, published, tense)


def _yearly_day(day_in: Callable[[int], Optional[dt.date]], which: str, weekday: Optional[int],
                published, tense_of: TenseOf) -> Resolved:
    """A day that comes back each year ("Dec. 30", "Thanksgiving"), in the year the clause and
    the distance to publication suggest (see _reads_ahead); "last"/"next" mean the one strictly
    before/after publication, "this" the one of its year."""
    if published is None:
        return None, None, which == "next" or (which != "last" and tense_of() == "future")
    # Four years either side, so that February 29 finds a leap year both ways.
    days = [d for d in (day_in(y) for y in range(published.year - 4, published.year + 5)) if d]
    before = max(d for d in days if d <= published)
    after = min(d for d in days if d >= published)
    if which == "last":
        chosen = max(d for d in days if d < published)
    elif which == "next":
        chosen = min(d for d in days if d > published)
    elif which == "this":
        chosen = day_in(published.year) or after
    else:
        ahead = _reads_ahead(tense_of(), (published - before).days, (after - published).days, soon=62)
        chosen = after if ahead else before
        other = before if chosen is after else after
        if weekday is not None and chosen.weekday() != weekday and other.weekday() == weekday:
            chosen = other  # "Friday, Oct. 23": the weekday tells which of the two it is
    return chosen.isoformat(), "day", chosen > published or (chosen == published and tense_of() == "future")


def _month_without_year(month: int, which: str, published, tense_of: TenseOf, soon: int = 2) -> Resolved:
    """"in October": the latest October not after publication, or ahead (see _reads_ahead, which
    `soon` is passed to); "last October" is strictly before the month of publication, "next
    October" strictly after."""
    if published is None:
        return None, None, which == "next" or (which != "last" and tense_of() == "future")
    back, ahead = (published.month - month) % 12, (month - published.month) % 12
    if which == "last":
        year = published.year - (month >= published.month)
    elif which == "next":
        year = published.year + (month <= published.month)
    elif which == "this":
        year = published.year
    elif _reads_ahead(tense_of(), back, ahead, soon):
        year = published.year + (month < published.month)
    else:
        year = published.year - (month > published.month)
    value = f"{year:04d}-{month:02d}"
    published_month = published.isoformat()[:7]
    return value, "month", value > published_month or (value == published_month and tense_of() == "future")


def _weekend(which: Optional[str], published: dt.date, tense_of: TenseOf) -> Resolved:
    """The week (its Monday, precision week) of the weekend meant: "next weekend" the next week's,
    "last weekend" the one before the latest, "this past weekend" the latest; "this weekend" the
    week of publication's (the one just gone when told in the past on a Monday); "over the
    weekend" the latest, or the coming one when told ahead."""
    weekday = published.weekday()  # 5 and 6: published on the weekend itself
    which = " ".join((which or "").lower().split())
    if which == "next":
        step = 1
    elif which == "last":
        step = -1
    elif which in ("this past", "the past"):
        step = 0 if weekday >= 5 else -1
    elif which == "this":
        step = -1 if weekday == 0 and tense_of() == "past" else 0
    else:
        step = 0 if weekday >= 5 or tense_of() == "future" else -1
    # (a weekend of the week of publication lies ahead unless publication falls on it)
    return _shifted("week", step, published), "week", step > 0 or step == 0 and weekday < 5


def _holiday_weekend(name: str, published: dt.date, tense_of: TenseOf) -> Resolved:
    """The week of a holiday's weekend: the holiday's own week (Easter, Thanksgiving), or the
    week before a Monday holiday's (Memorial Day, Labor Day); in the year that puts it on the
    side of publication the clause's tense tells. (Not _yearly_day's choice, which reads a
    holiday soon to come as ahead whatever the tense: "stranded travelers over the Easter
    weekend" in March is last year's.)"""
    day_in = _HOLIDAYS[_holiday_key(name)]
    day = day_in(published.year)
    told = tense_of()
    if told == "past" and day > published:
        day = day_in(published.year - 1)
    elif told == "future" and day < published:
        day = day_in(published.year + 1)
    if day.weekday() == 0:
        day -= dt.timedelta(days=7)  # its weekend is the one before
    monday = day - dt.timedelta(days=day.weekday())
    return monday.isoformat(), "week", monday > published


def _weekday(weekday: int, which: str, published: dt.date, future: bool) -> Resolved:
    """A weekday: the latest one not after publication (the day itself when it is that weekday),
    or in a future clause the earliest not before; "last"/"next" never mean the day itself."""
    if which in ("last", "next"):
        day = _weekday_from(published, weekday, later=which == "next", strictly=True)
    else:
        day = _weekday_from(published, weekday, later=future, strictly=False)
    return day.isoformat(), "day", day > published or (day == published and future)


def _weekday_from(day: dt.date, weekday: int, later: bool, strictly: bool) -> dt.date:
    """The first `weekday` (0 for Monday) after `day`, or with not `later` the last before it;
    `day` itself when it is that weekday, unless `strictly`."""
    steps = (weekday - day.weekday()) % 7 if later else (day.weekday() - weekday) % 7
    if strictly and not steps:
        steps = 7
    return day + dt.timedelta(days=steps if later else -steps)


def _shifted(unit: str, step: int, published: dt.date) -> str:
    """The value of the week, month or year `step` units away from the one of publication."""
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday.isoformat()
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{published.year + step:04d}"
