"""Datelines, headers, stamps and credits: the wire-copy and page furniture around an article's text.

They state metadata (outlet, date, place, author) but are not part of what the story says, so
readers strip them from the text the extractors see and keep what they state.

Forms recognised (none tied to any outlet):
  "date 2024-12-31 City:"               a header with an ISO date and a place
  "2024-12-31 ..."                      a bare ISO date opening the text
  "CITY (AP) —", "CITY (AP) _"          place and outlet ("city ( ap ) —" in lower-cased text)
  "CITY, Nov 3 (Reuters) -"             place, month and day, outlet
  "Nov. 3 (Outlet) —"                   month and day without a year, outlet
  "CITY, Nov. 3, 2026 —"                place and full date, no outlet
  "CITY —", "City —"                    place alone, before a dash
  "Saturday 14 March 2026 23.24 BST"    a publication timestamp: a full date and a time
  "Mon Mar 16, 2026 10:22 a.m. EDT"     (the weekday, "a.m." and the zone optional)
  "Last updated at 08:58 GMT, Thursday, 16 April 2026"  a timestamp behind "updated"/"published"
  "Ann Lee | 14:07 UK time, Monday, 1 June 2026"       a blog header: author, bar, time, date
  "... last words. (Outlet)"            a closing credit
  "(Reporting by ...; Editing by ...)"  a closing reporting line
  "This article appeared on p7 of ..."  a note on where and when the article was printed
  "EMBARGOED UNTIL 00:01 GMT ..."       a release note in capitals above the text (its date
                                        dates the text when nothing else does)
A timestamp may also follow the headline at the top of a scraped page ("Headline Saturday 14 March
2026 23.24 BST Text..."): the words before it are then the headline, kept apart from the text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ..days import MONTH_NUMBERS, WEEKDAY_NAMES, iso_date, nearest_day, safe_date, written_date
from ..letters import LETTER, LOWER, UPPER
from ..model import PartialDate

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# Before a day number a month name is a month in any case ("jan. 25" in lower-cased text).
_ANY_CASE_MONTH = rf"(?i:{_MONTH})"
# "_" is the dash of older wire copy that was typed on machines without one ("CITY (AP) _ ").
_DASH = r"(?:[—–-]{1,2}|_)"
# Place names and outlets may be written in any alphabet ("ÖRNVIK", "(Agência Sul)"), so their
# letters are those of `..letters`, not [A-Za-z].
_OUTLET = rf"\((?P<outlet>[{UPPER}][{LETTER}0-9&.'’ -]{{0,38}}[{LETTER}0-9.])\)"
# Lower-cased text writes the outlet small, and tokenised text spaces its parentheses ("( ap )").
_LOWER_CASE_OUTLET = rf"\(\s*(?P<outlet>[{LETTER}][{LETTER}0-9&.'’/ -]{{0,38}}[{LETTER}0-9.])\s*\)"
_MONTH_DAY = rf"(?P<month>{_ANY_CASE_MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
# ... or day first, as British and international wires write it ("LONDON, 27 October (Reuters) -")
_DAY_MONTH = rf"(?P<day_first>\d{{1,2}})\s+(?P<month_second>{_ANY_CASE_MONTH})(?:,?\s+(?P<year_after>\d{{4}}))?"
_DATELINE_DATE = rf"(?:{_MONTH_DAY}|{_DAY_MONTH})"
_PLACE = rf"(?P<place>[{UPPER}][{LETTER}.'’-]*(?:[ ,]+[{UPPER}][{LETTER}.'’-]*){{0,4}})"
# In lower-cased text only the place's first letter is a capital ("Santa rosa, calif. (ap) —").
_LOWER_CASE_PLACE = rf"(?P<place>[{LETTER}][{LETTER}.'’/-]*(?:(?:\s*,\s*|\s+)[{LETTER}][{LETTER}.'’/-]*){{0,4}})"

_HEADER = re.compile(
    r"^\s*date:?\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<place>[^:\n]{1,60}?)\s*:\s*", re.IGNORECASE)
_ISO_DATE_OPENING = re.compile(r"^\s*(?P<date>\d{4}-\d{2}-\d{2})\s+(?=\S)(?!\d)")
_CREDIT = re.compile(rf"\s*{_OUTLET}\s*$")
_REPORTING = re.compile(r"\s*\((?:Reporting|Writing|Additional reporting|Editing)\b[^()]*\)\s*$", re.IGNORECASE)
# How far from the end a reporting line or a credit may begin.
_CLOSING_REACH = 400


@dataclass
class Furniture:
    """What the furniture stated; `text` is the article text without it.

    `headline` is the text that preceded a timestamp at the top of the page, `found` names the kinds
    of furniture removed, in order: header, stamp, dateline, place (a dateline of a place alone),
    credit, note (a print-edition or server note), labels (a page's picture labels and link headings),
    release (a line in capitals about the text's release, "EMBARGOED UNTIL ...")."""

    text: str
    outlet: Optional[str] = None
    place: Optional[str] = None
    date: Optional[dt.date] = None
    partial_date: Optional[PartialDate] = None
    author: Optional[str] = None
    headline: Optional[str] = None
    found: tuple[str, ...] = ()


def strip_furniture(text: str) -> Furniture:
    """Remove a leading header, stamp or dateline, a closing credit and page notes, keeping what they state."""
    found = Furniture(text=text)
    body = _without_page_labels(text, found)
    body = _without_page_notes(body, found)
    body = _without_comments(body, found)
    body = _without_photo_credits(body, found)
    body, released = _without_release_note(body, found)
    header = _HEADER.match(body)
    if header:
        found.date = iso_date(header.group("date"))
        found.place = header.group("place").strip()
        body = _after(body, header, found, "header")
    opening = None if header else _ISO_DATE_OPENING.match(body)
    if opening and iso_date(opening.group("date")):
        found.date = iso_date(opening.group("date"))
        body = _after(body, opening, found, "header")
    body = _without_stamp(body, found)
    body = _without_byline(body, found)
    dateline = _match_dateline(body, after_date=bool(opening))
    if dateline:
        _keep_dateline(dateline.groupdict(), found)
        body = _sentence_start(body, dateline, found, "dateline")
    else:
        place = _match_place_dateline(body)
        if place:
            found.place = found.place or place.group("place").strip(" ,")
            body = _sentence_start(body, place, found, "place")
    if released and not found.date:
        partial = found.partial_date  # "Dec 31" filed, released Jan 1: the day before
        found.date = nearest_day(released, partial.month, partial.day) if partial else released
        found.partial_date = None
    found.text = _without_credit(body, found).strip()
    return found


# A line in capitals above the text about its release, not part of it: "EMBARGOED UNTIL 00:01
# GMT WEDNESDAY 9 DECEMBER 2026", "FOR IMMEDIATE RELEASE". Its date is when the text came out.
# (A label alone on its line: "URGENT WARNING AS RIVER BURSTS ITS BANKS" is a headline.)
_RELEASE_NOTE = re.compile(r"^\s*(?P<line>(?:EMBARGOED|EMBARGO|FOR IMMEDIATE RELEASE|NOT FOR PUBLICATION)\b[^\n]*"
                           r"|(?:BREAKING(?: NEWS)?|URGENT|EXCLUSIVE)[:!]?[ \t]*)(?:\n|$)")


def _without_release_note(body: str, found: Furniture) -> tuple[str, Optional[dt.date]]:
    note = _RELEASE_NOTE.match(body)
    if not note:
        return body, None
    found.found += ("release",)
    return body[note.end():], written_date(note.group("line"))


def _without_credit(body: str, found: Furniture) -> str:
    """Without a closing reporting line and credit; both end the text with a parenthesis."""
    if not body.rstrip().endswith(")"):
        return body
    tail = max(0, len(body) - _CLOSING_REACH)  # the patterns are anchored at the end: look there only
    reporting = _REPORTING.search(body, tail)
    if reporting:
        body = body[:reporting.start()]
    credit = _CREDIT.search(body, max(0, len(body) - _CLOSING_REACH))
    if credit and _credit_stands_alone(body, credit.start()):
        found.outlet = found.outlet or credit.group("outlet").strip()
        body = body[:credit.start()]
        found.found += ("credit",)
    return body


def _after(body: str, match: re.Match, found: Furniture, kind: str) -> str:
    found.found += (kind,)
    return body[match.end():]


def _sentence_start(body: str, dateline: re.Match, found: Furniture, kind: str) -> str:
    """The text after a dateline; in lower-cased text its first letter was the dateline's capital."""
    rest = _after(body, dateline, found, kind).lstrip()
    if rest[:1].islower() and _lower_cased(body[:160]):
        return rest[0].upper() + rest[1:]
    return rest


def _keep_dateline(groups: dict, found: Furniture) -> None:
    if groups.get("outlet"):
        found.outlet = _outlet_name(groups["outlet"])
    place = (groups.get("place") or "").strip(" ,")
    # a feed may name its outlet twice, as place and in parentheses ("city radio (city radio)")
    if place and not found.place and place.lower() not in _NOT_PLACES \
            and place.lower() != (groups.get("outlet") or "").strip().lower():
        found.place = place
    month, day, year = _month_day_year(groups)
    if month and day and not found.date:
        if year:
            found.date = safe_date(year, month, day)
        else:
            found.partial_date = PartialDate(month, day)


def _outlet_name(outlet: str) -> str:
    """Lower-cased text writes an agency's initials small ("( ap )"): they are capitals again."""
    outlet = " ".join(outlet.split())
    return outlet.upper() if outlet.islower() and outlet.isalpha() and len(outlet) <= 3 else outlet


# ---------------------------------------------------------------------------------------------
# Timestamps: when the page was published or updated, no event of the story.

# A time with a stop or colon, then perhaps "a.m." or "PM" and a named zone ("23.24 BST",
# "10:22 a.m. EDT", "16:45 UK time").
_ZONE = (r"(?:BST|GMT|UTC|CET|CEST|EET|EEST|IST|JST|KST|HKT|SGT|MSK|AEST|AEDT|NZST|NZDT|SAST|"
         r"[ECMP][SD]T|ET|PT|UK(?:\s+time)?|(?i:local\s+time))")
_CLOCK_TIME = r"\d{1,2}[.:]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_TIME = rf"{_CLOCK_TIME}(?:\s+{_ZONE})?"
_ZONED_TIME = rf"{_CLOCK_TIME}\s+{_ZONE}"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?,?"
_FULL_DATE = rf"(?:\d{{1,2}}\s+{_ANY_CASE_MONTH},?\s+\d{{4}}|{_ANY_CASE_MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
_STAMP_DATE = rf"(?:{_WEEKDAY}\s+)?{_FULL_DATE}"
# "Page last updated at", "Updated:", "First published on": the words that announce a stamp
_STAMP_WORDS = r"(?i:(?:page\s+)?(?:first\s+|last\s+)?(?:updated|modified|published|posted)(?:\s+(?:at|on))?\s*:?)"
# A date without a time is a stamp only after words no sentence begins with ("Published on
# 3 May 2026, the report..." is prose).
_DATE_STAMP_WORDS = (r"(?i:(?:page\s+)?last\s+(?:updated|modified)(?:\s+(?:at|on))?\s*:?"
                     r"|(?:updated|modified|published|posted)\s*:)")
# "Last updated at 08:58 GMT, 24 June 2026", "Updated: 1 May, 2026 - 17:54 GMT",
# "6 May 2026 Last updated at 04:46"
_ANNOUNCED_STAMP = (rf"{_STAMP_WORDS}\s*{_TIME}[\s,]+{_STAMP_DATE}(?:\s*[,-]?\s*{_TIME})?"
                    rf"|{_STAMP_WORDS}\s*{_STAMP_DATE}\s*[,-]?\s*{_TIME}"
                    rf"|{_STAMP_DATE}\s+{_STAMP_WORDS}\s*{_TIME}")
# The links a page prints right after its stamp ("... 04:46 GMT Help The court...").
_STAMP_LINKS = r"(?:\s+(?:Help|Share|Print|E-?mail)(?=\s+[A-Z\"“]))?"
_STAMP = re.compile(rf"^\s*(?:{_ANNOUNCED_STAMP}|{_DATE_STAMP_WORDS}\s*{_STAMP_DATE}|{_STAMP_DATE},?\s+{_TIME})"
                    rf"{_STAMP_LINKS}(?=\s|$)")
# Blog headers: an author, a bar, a time and a date ("Ann Lee | 14:07 PM, Monday, 1 June 2026").
_NAME = rf"[{UPPER}][\w'’.-]+(?:\s+[{UPPER}][\w'’.-]+){{0,3}}"
_BYLINE_STAMP = re.compile(rf"^\s*(?:By\s+)?(?P<author>{_NAME})\s*\|\s*(?:{_TIME}\s*,?\s*)?{_STAMP_DATE}(?=\s|$)")
# After a headline only the unmistakable forms: announced, or with a weekday and a zone.
_STAMP_AFTER_HEADLINE = re.compile(
    rf"\s(?:{_ANNOUNCED_STAMP}|{_WEEKDAY}\s+{_FULL_DATE},?\s+{_ZONED_TIME}){_STAMP_LINKS}(?=\s)")
_CLOCK = re.compile(r"\d[.:]\d\d")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s")
_DAY_FIRST = re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{_ANY_CASE_MONTH}),?\s+(?P<year>\d{{4}})")
_MONTH_FIRST = re.compile(rf"(?P<month>{_ANY_CASE_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})")
# How far into the text a headline and its standfirst may run before the stamp.
_HEADLINE_REACH = 320
# The longest headline kept as a title: more is a headline run together with its standfirst.
_HEADLINE_LENGTH = 100
# Words a headline does not end on, but a sentence running into a date and time may.
_RUNNING_ON = frozenset("on at by from until till since before after to of in the a an and or".split())


# A byline alone on its line above the dateline, as wire copy pasted as text has it: "By Jonas
# Eklund", "By Ana Ruiz and Bo Hagen", "By Ana Ruiz, Reuters".
_BYLINE_LINE = re.compile(rf"^\s*By\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}})[ \t]*(?:\n|$)")


def _without_byline(body: str, found: Furniture) -> str:
    byline = _BYLINE_LINE.match(body)
    if byline is None:
        return body
    found.author = found.author or byline.group("author")
    return _after(body, byline, found, "byline")


def _without_stamp(body: str, found: Furniture) -> str:
    stamp = _STAMP.match(body) or _BYLINE_STAMP.match(body)
    if stamp:
        if "author" in stamp.groupdict():
            found.author = stamp.group("author")
        _keep_stamp_date(stamp.group(), found)
        return _after(body, stamp, found, "stamp")
    head = body[:_HEADLINE_REACH + 120]
    if not _CLOCK.search(head):
        return body
    stamp = _STAMP_AFTER_HEADLINE.search(head)
    if stamp and stamp.start() <= _HEADLINE_REACH and _reads_as_headline(body[:stamp.start()]):
        headline = " ".join(body[:stamp.start()].split())
        # A headline run together with its standfirst is too long for a title, and a list of
        # bullet points starts with its bullet, not a capital: both leave the text all the same.
        if len(headline) <= _HEADLINE_LENGTH and (headline[0].isupper() or headline[0].isdigit()):
            found.headline = headline
        _keep_stamp_date(stamp.group(), found)
        return _after(body, stamp, found, "stamp")
    return body


def _keep_stamp_date(stamp: str, found: Furniture) -> None:
    """The date a stamp states is the publication date when no header gave one."""
    date = _DAY_FIRST.search(stamp) or _MONTH_FIRST.search(stamp)
    if date and not found.date:
        month, day, year = _month_day_year(date.groupdict())
        found.date = safe_date(year, month, day) if month and day and year else None


def _reads_as_headline(text: str) -> bool:
    """One line without a full stop inside, and no sentence that runs on into a date ("... on")."""
    words = text.split()
    return bool(words) and "\n" not in text.strip() and not _SENTENCE_END.search(text) \
        and words[-1].lower() not in _RUNNING_ON


# ---------------------------------------------------------------------------------------------
# Datelines

def _dateline_patterns(place: str, outlet: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Named groups cannot repeat across alternatives, so each dateline form is its own pattern:
    with an outlet, the same without its dash, and with a date alone."""
    outlet = rf"^\s*(?:{place}(?:\s*,\s*|\s+(?=\()))?(?:(?:{_WEEKDAY}\s+)?{_DATELINE_DATE}\s*)?{outlet}\s*"
    return (re.compile(rf"{outlet}{_DASH}\s*"),
            re.compile(rf"{outlet}(?:{_DASH}\s*)?(?=\S)"),
            re.compile(rf"^\s*(?:{place}\s*,\s*)?{_DATELINE_DATE}\s*{_DASH}\s+"))


_DATELINES = _dateline_patterns(_PLACE, _OUTLET)
_LOWER_CASE_DATELINES = _dateline_patterns(_LOWER_CASE_PLACE, _LOWER_CASE_OUTLET)
_DATELINE_HINT = re.compile(r"[(—–_-]")
_LAST_DASH = re.compile(r"([—–]|--?)\s*$")
# After an outlet in parentheses only a short aside is one ("Officials (all of them) — most — met").
_OUTLET_ASIDE_REACH = 40
_OUTLET_ALONE_WORDS = 3  # an outlet opening the text with no dash: "(CNN)", "(Tarrow Evening News)"


def _match_dateline(body: str, after_date: bool = False) -> Optional[re.Match]:
    head = body[:160]
    if not _DATELINE_HINT.search(head):
        return None
    m = _dateline_in(head, body, _DATELINES, after_date)
    if m is None and _lower_cased(head):  # the looser patterns only where capitals say nothing
        m = _dateline_in(head, body, _LOWER_CASE_DATELINES, after_date)
    return m


def _dateline_in(head: str, body: str, patterns: tuple[re.Pattern, ...], after_date: bool) -> Optional[re.Match]:
    with_dash, without_dash, date_only = patterns
    for pattern in (with_dash, date_only):
        m = pattern.match(head)
        if m and m.end() <= 120 and not _aside(body, m, _OUTLET_ASIDE_REACH):
            return m
    # A feed's date, then its name twice ("2026-03-05 city radio (city radio) Text"), or an outlet
    # alone opening the text ("(CNN) A rare machine ..."): no dash needed.
    m = without_dash.match(head)
    if m is None:
        return None
    outlet = m.group("outlet").strip().lower()
    if after_date and (m.group("place") or "").lower() == outlet:
        return m
    if not m.group("place") and not m.group("month") and not m.group("month_second") \
            and len(outlet.split()) <= _OUTLET_ALONE_WORDS \
            and not any(word in _NOT_PLACES or word in _NOT_OUTLETS for word in outlet.split()) \
            and (patterns is _LOWER_CASE_DATELINES or _names_outlet(m)):
        return m
    return None


def _names_outlet(m: re.Match) -> bool:
    """In text with its capitals, whether an outlet alone in parentheses opens it: every word of it
    capitalised, and a sentence's capital after it ("(All of them) were sold" is no outlet)."""
    following = m.string[m.end():m.end() + 1]
    return all(word[:1].isupper() for word in m.group("outlet").split()) \
        and (following.isupper() or following.isdigit() or following in "\"“‘'")


def _aside(body: str, m: re.Match, reach: int) -> bool:
    """The dash that ended the match opens an aside that the same dash soon closes."""
    dash = _LAST_DASH.search(m.group())
    return bool(dash) and f" {dash.group(1)} " in body[m.end():m.end() + reach]


# A place alone before a dash: in capitals ("OSLO —", "ELK RIVER, Minn. -"), capitalised and
# followed by a capital ("Oslo — The port"), or capitalised in lower-cased text ("Elk river, minn. —").
_REGION = rf"(?:\s*,\s*[{UPPER}][{LETTER}.'’-]*(?:\s+[{UPPER}][{LETTER}.'’-]*){{0,2}})?"  # ", Minn.", ", New Zealand"
_CAPITALS_PLACE = re.compile(
    rf"^\s*(?P<place>[{UPPER}][{UPPER}.'’-]+(?:[ /][{UPPER}][{UPPER}.'’-]+){{0,3}}{_REGION})"
    rf"\s+(?P<dash>[—–_]|--?)\s+(?=[\"“‘']?[{LETTER}])")
_CAPITALISED_PLACE = re.compile(
    rf"^\s*(?P<place>[{UPPER}][{LOWER}][{LETTER}.'’-]*(?:\s+[{UPPER}][{LETTER}.'’-]*){{0,3}}{_REGION})"
    rf"\s+(?P<dash>[—–]|--)\s+(?=[\"“‘']?[{UPPER}])")
_LOWER_CASE_REGION = rf"(?:\s*,\s*[{LOWER}][{LOWER}.'’/-]*(?:\s+[{LOWER}][{LOWER}.'’/-]*){{0,2}})?"  # ", minn.", ", new zealand"
_LOWER_CASE_PLACE_ALONE = re.compile(
    rf"^\s*(?P<place>[{UPPER}][{LOWER}.'’/-]*(?:\s+[{LOWER}][{LOWER}.'’/-]*){{0,3}}{_LOWER_CASE_REGION})"
    r"\s+(?P<dash>[—–]|--)\s+(?=\S)")
# Labels that stand before a dash as a place does, but name no place.
_NOT_PLACES = frozenset(
    "update updated breaking exclusive watch video photo photos audio live note correction warning opinion "
    "analysis review sponsored advertisement spoiler listen related transcript summary introduction "
    "editorial commentary interview undated today tonight yesterday tomorrow editor's editors' "
    "january february march april may june july august september october november december".split()
    + list(WEEKDAY_NAMES))
# Words of a credit or a label in brackets, no outlet's: "(Getty Images)", "(File Photo)", "(Part One)".
_NOT_OUTLETS = frozenset("images image file part satire graphic map chart pictured left right above below "
                         "one two three".split())
# An aside closes with a second dash soon after ("Ann Lee — a nurse — said"); a dateline does not.
_ASIDE_REACH = 60


def _match_place_dateline(body: str) -> Optional[re.Match]:
    head = body[:120]
    if not ("—" in head or "–" in head or "-" in head or "_" in head):
        return None
    m = _CAPITALS_PLACE.match(head)
    if m and _capitals(body[m.end():].split()[:2]):
        m = None  # a heading in capitals ("NAME - FIRST CASE"), not a dateline
    m = m or _CAPITALISED_PLACE.match(head)
    if not m and _lower_cased(head):
        m = _LOWER_CASE_PLACE_ALONE.match(head)
    if not m or m.group("place").split()[0].lower().strip(",") in _NOT_PLACES:
        return None
    return None if _aside(body, m, _ASIDE_REACH) else m


def _capitals(words: list[str]) -> bool:
    """Two words in capitals: a heading goes on in capitals, the text after a dateline does not."""
    letters = ["".join(c for c in w if c.isalpha()) for w in words]
    return len(letters) == 2 and all(len(w) > 1 and w.isupper() for w in letters)


def _lower_cased(head: str) -> bool:
    """Text set in lower case but for sentence starts: no capital inside a sentence."""
    words = head.split()
    for before, word in zip(words, words[1:]):
        if word.lstrip("(\"“‘'[")[:1].isupper() and not before.endswith((".", "!", "?", ":", '"', "“", "(")):
            return False
    return True


def _month_day_year(groups: dict) -> tuple[Optional[int], Optional[int], Optional[int]]:
    month = groups.get("month") or groups.get("month_second")
    if not month:
        return None, None, None
    number = MONTH_NUMBERS.get(month.rstrip(".").lower())
    day = int(groups.get("day") or groups["day_first"])
    year_written = groups.get("year") or groups.get("year_after")
    year = int(year_written) if year_written else None
    if not number or not 1 <= day <= 31:
        return None, None, None
    return number, day, year


def _credit_stands_alone(body: str, start: int) -> bool:
    """A credit closes the text: it follows a sentence end or stands on its own line."""
    before = body[:start].rstrip()
    return not before or before[-1] in ".!?\"”’)" or "\n" in body[start - 1:start + 1]


# ---------------------------------------------------------------------------------------------
# Page notes anywhere in the text: where the article was printed, and a web server's error.

# "This article appeared on p7 of the Main section of ... on Saturday 2 May 2026." and the like:
# a sentence about the article's printing or publishing, never about the story.
_PUBLICATION_NOTE = re.compile(
    r"(?:This (?:article|story)|A version of this (?:article|story))\s+(?:was\s+|has\s+been\s+)?"
    r"(?:first\s+|originally\s+)?(?:appeared|appears|published|printed|ran)\s+(?:on|in|at)\b"
    # "This story has been updated with comments from ...", "This article was updated at 14:00"
    r"|This (?:article|story|report) (?:has been|was|had been) (?:updated|amended|changed)\b"
    r"|A version (?:appeared|appears) (?:on|in) (?:p(?:age)?\.?\s*\d|print\b|the print\b)")
_NOTE_OPENINGS = ("This article", "This story", "This report", "A version")
_NOTE_END = re.compile(r"[.!?](?=\s|$)|\n")
# A note this close to the end starts the page's closing furniture (links, promotions).
_TAIL_REACH = 500
# How long a note may run without a full stop before its date ends it.
_NOTE_REACH = 300
_SERVER_ERROR = re.compile(r"\s*\(an error occurred while processing this directive\)")


# Paragraphs about the article, not its story: a correction (which states a wrong figure to
# retract it) and links to other articles ("Read more: ...").
_EDITORS_PARAGRAPH = re.compile(
    r"(?im)^[ \t*_]*(?:(?:correction|clarification|editor['’]s note)s?(?:[ \t]*,[ \t]*[^:,\n]{1,30})?[ \t]*:"
    r"|an earlier version of this (?:article|story|report)\b"
    r"|(?:read more|related|see also|also read|read next|more on this story)[ \t*_]*:(?=[^\n]{0,200}$))[^\n]*\n?")
_EDITORS_OPENINGS = ("correction", "clarification", "editor's note", "editor’s note", "earlier version",
                     "read more", "related", "see also", "also read", "read next", "more on this story")


def _without_page_notes(text: str, found: Furniture) -> str:
    body = text
    lowered = body.lower()
    if any(opening in lowered for opening in _EDITORS_OPENINGS):  # a cheap test before the pattern
        edited = _EDITORS_PARAGRAPH.sub("", body)
        if edited != body:
            found.found += ("note",)
            body = edited
    if "(an error occurred" in body:
        body = _SERVER_ERROR.sub("", body).lstrip()
        found.found += ("note",)
    if not any(opening in body for opening in _NOTE_OPENINGS):  # a cheap test before the pattern
        return body
    start = 0
    while True:
        note = _PUBLICATION_NOTE.search(body, start)
        if not note:
            return body
        if len(body) - note.start() <= _TAIL_REACH and note.start() >= len(body) // 2:
            found.found += ("note",)
            return body[:note.start()].rstrip()
        end = _note_end(body, note)
        if end is None:
            start = note.end()
            continue
        found.found += ("note",)
        body = _joined(body[:note.start()], body[end:])
        start = note.start()


def _note_end(body: str, note: re.Match) -> Optional[int]:
    stop = _NOTE_END.search(body, note.end(), note.start() + _NOTE_REACH)
    if stop:
        return stop.end()
    date = (_DAY_FIRST.search(body, note.end(), note.start() + _NOTE_REACH)
            or _MONTH_FIRST.search(body, note.end(), note.start() + _NOTE_REACH))
    return date.end() if date else None


def _joined(before: str, after: str) -> str:
    before, after = before.rstrip(" "), after.lstrip(" ")
    if not before or not after or before.endswith("\n") or after.startswith("\n"):
        return before + after
    return before + " " + after


# A photo credit opening a line, after the caption it credits: "Photograph: Ana Ruiz/AP",
# "Photo: Reuters/Ana Ruiz", "Photograph : Bo Hagen\\/AFP\\/Getty Images" (a scraped page's escaped
# slashes). The credit runs into the text after it on the same line, so where it ends is read from
# its last part: a news agency, or else a photographer's name of two or three words.
# A credit opens a line, or follows a sentence where a corpus joined the lines.
_CAPTION_LENGTH = 160


def _reads_as_caption(line: str) -> bool:
    """A short line of one sentence that reports no speech: "Ruben Altmann celebrates a goal in
    May.", not "Police said the man, 34, was arrested in Kessel." with a credit after it."""
    return len(line) <= _CAPTION_LENGTH and not _SENTENCE_END.search(line.rstrip()) \
        and not _SPEECH_IN_LINE.search(line)


_SPEECH_IN_LINE = re.compile(r"\b(?:said|says|told|tells|announced|added)\b")
_PARAGRAPH_END = re.compile(r"[ \t*_]*(?:\n|$)")
_PHOTO_CREDIT = re.compile(r"(?m)(?:^|(?<=[.!?”\"] ))[ \t]*(?:Photograph|Photo|Picture|Image)(?:[ \t]+by)?[ \t]*:[ \t]*"
                           r"(?P<parts>(?:[^\n/\\]{1,60}?[ \t]*\\?/[ \t]*)*)")
_AGENCIES = ("Getty Images", "Associated Press", "Press Association", "Rex Features", "Rex/Shutterstock",
             "Shutterstock", "Camera Press", "Sipa Press", "AP", "AFP", "Reuters", "EPA", "PA", "Rex",
             "Corbis", "Alamy", "Bloomberg", "Xinhua", "Sipa", "Guardian", "Observer", "BBC", "Polaris")
_AGENCY = re.compile(r"(?:%s)\b[ \t]*" % "|".join(re.escape(a) for a in _AGENCIES))
_PHOTOGRAPHER = re.compile(rf"[{UPPER}][\w'’.-]*(?:[ \t]+(?:de|da|van|von|del|di|le|la)?[ \t]*[{UPPER}][\w'’.-]*)?[ \t]*")


def _without_photo_credits(body: str, found: Furniture) -> str:
    if "Photo" not in body and "Picture" not in body and "Image" not in body:  # a cheap test first
        return body
    pieces, start = [], 0
    for credit in _PHOTO_CREDIT.finditer(body):
        last = _AGENCY.match(body, credit.end()) or _PHOTOGRAPHER.match(body, credit.end())
        if last is None:
            continue  # "Image: the harbour at dawn" credits no one it can name
        paragraph_start = body.rfind("\n", start, credit.start()) + 1
        line_end = _PARAGRAPH_END.match(body, last.end())
        if (paragraph_start > start or start == 0) and line_end \
                and _reads_as_caption(body[paragraph_start:credit.start()]):
            # "Ruben Altmann celebrates a goal in May. Photograph: Fiona MacLeod" alone on its
            # line: a caption, credit and all
            pieces.append(body[start:paragraph_start])
            start = line_end.end()
            continue
        if not credit.group("parts") and last.re is _PHOTOGRAPHER:
            continue  # inside a paragraph, "Photo: Police at the scene" may credit no one
        pieces.append(body[start:credit.start()])
        start = last.end()
    if not pieces:
        return body
    found.found += ("credit",)
    return "".join(pieces) + body[start:]


# A page's labels on lines of their own, as text copied from a news page keeps them: a picture's
# or a player's ("Image source, Northwind Photo", "Media caption, Watch: ..."), and the heading of
# the links below an article ("Related Topics", "More on this story"), where the article ends.
_LABEL_LINE = re.compile(r"(?im)^(?:image|media|video|audio|picture)[ \t]+(?:source|caption|copyright)[ \t]*,[^\n]*\n?")
_LINKS_HEADING = re.compile(r"(?im)^(?:related topics|more on this story|related stories|related internet links|"
                            r"top stories|most read|share this page)[ \t]*$")


_BLANK_LINES = re.compile(r"\n{3,}")


def _without_page_labels(text: str, found: Furniture) -> str:
    """The text without picture and player labels and without what follows a heading of links
    in its second half (in the first, such a line is a menu's: the article comes after it)."""
    if "\n" not in text:
        return text
    body = _LABEL_LINE.sub("", text)
    if body != text:
        body = _BLANK_LINES.sub("\n\n", body).lstrip("\n")
    heading = _LINKS_HEADING.search(body, len(body) // 2)
    if heading:
        body = body[:heading.start()].rstrip()
    if body != text:
        found.found += ("labels",)
    return body


# Readers' comments under a blog post: "At 13:18 26th Apr 2026, jim213 wrote: ..." (wherever it
# stands: a corpus may have joined the lines) or a line
# opening with the comment's date and time, "8th May 2026 - 17:42 This comment was removed ...".
# The first comment header ends the article; the rest of the page is the thread.
_COMMENT_HEADER = re.compile(
    rf"(?m)\bAt[ \t]+\d{{1,2}}[ \t]?[:.][ \t]?\d{{2}}(?:[ \t]?[ap]\.?m\.?)?[ \t]+(?:on[ \t]+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_ANY_CASE_MONTH},?[ \t]+\d{{4}}[ \t]*,[ \t]*[^\s,]{{1,40}}[ \t]+wrote[ \t]*:"
    rf"|^[ \t]*\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}[ \t]+\d{{4}}[ \t]+[-–][ \t]+\d{{1,2}}:\d{{2}}[ \t]+(?=\S)")
# A comment header this early is no thread under an article.
_COMMENTS_START_AFTER = 200


def _without_comments(body: str, found: Furniture) -> str:
    if " wrote" not in body and " - " not in body and " – " not in body:  # a cheap test first
        return body
    header = _COMMENT_HEADER.search(body, _COMMENTS_START_AFTER)
    if not header:
        return body
    found.found += ("comments",)
    return body[:header.start()].rstrip()
