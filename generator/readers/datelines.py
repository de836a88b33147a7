"""Datelines, headers and credits: the wire-copy furniture around an article's text.

They state metadata (outlet, date, place) but are not part of what the story says, so readers
strip them from the text the extractors see and keep what they state.

Forms recognised (none tied to any outlet):
  "date 2024-12-31 City:"               a header with an ISO date and a place
  "CITY (AP) —", "CITY (AP) _"          place and outlet
  "CITY, Nov 3 (Reuters) -"             place, month and day, outlet
  "Nov. 3 (Outlet) —"                   month and day without a year, outlet
  "CITY, Nov. 3, 2026 —"                place and full date, no outlet
  "Saturday 25 April 2009 23.24 BST"    a publication timestamp: a full date and a time
  "Mon May 4, 2009 10:22 a.m. EDT"      (the weekday, "a.m." and the zone optional)
  "... last words. (Outlet)"            a closing credit
  "(Reporting by ...; Editing by ...)"  a closing reporting line
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ..days import MONTH_NUMBERS, iso_date, safe_date
from ..model import PartialDate

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# "_" is the dash of older wire copy that was typed on machines without one ("CITY (AP) _ ").
_DASH = r"(?:[—–-]{1,2}|_)"
_OUTLET = r"\((?P<outlet>[A-Z][A-Za-z0-9&.'’ -]{0,38}[A-Za-z0-9.])\)"
_MONTH_DAY = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
_PLACE = r"(?P<place>[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4})"

_HEADER = re.compile(
    r"^\s*date:?\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<place>[^:\n]{1,60}?)\s*:\s*", re.IGNORECASE)
_CREDIT = re.compile(rf"\s*{_OUTLET}\s*$")
_REPORTING = re.compile(r"\s*\((?:Reporting|Writing|Additional reporting|Editing)\b[^()]*\)\s*$", re.IGNORECASE)


@dataclass
class Furniture:
    """What the dateline, header and credit stated; `text` is the article text without them."""

    text: str
    outlet: Optional[str] = None
    place: Optional[str] = None
    date: Optional[dt.date] = None
    partial_date: Optional[PartialDate] = None


def strip_furniture(text: str) -> Furniture:
    """Remove a leading header or dateline and a closing credit, keeping what they state."""
    found = Furniture(text=text)
    body = text
    header = _HEADER.match(body)
    if header:
        found.date = iso_date(header.group("date"))
        found.place = header.group("place").strip()
        body = body[header.end():]
    stamp = _TIMESTAMP_DAY_FIRST.match(body) or _TIMESTAMP_MONTH_FIRST.match(body)
    if stamp:
        # the time a page was published, no event of the story: it stays out of the text
        month, day, year = _month_day_year(stamp.groupdict())
        found.date = found.date or (safe_date(year, month, day) if month and day and year else None)
        body = body[stamp.end():]
    dateline = _match_dateline(body)
    if dateline:
        groups = dateline.groupdict()
        if groups.get("outlet"):
            found.outlet = groups["outlet"].strip()
        if groups.get("place") and not found.place:
            found.place = groups["place"].strip(" ,")
        month, day, year = _month_day_year(groups)
        if month and day and not found.date:
            if year:
                found.date = safe_date(year, month, day)
            else:
                found.partial_date = PartialDate(month, day)
        body = body[dateline.end():]
    body = _REPORTING.sub("", body)
    credit = _CREDIT.search(body)
    if credit and _credit_stands_alone(body, credit.start()):
        found.outlet = found.outlet or credit.group("outlet").strip()
        body = body[:credit.start()]
    found.text = body.strip()
    return found


# A time with a stop or colon, then perhaps "a.m." or "pm" and a named zone ("23.24 BST", "10:22 a.m. EDT").
_TIME = (r"\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?"
         r"(?:\s+(?:BST|GMT|UTC|CET|CEST|EET|EEST|IST|JST|AEST|AEDT|[ECMP][SD]T|ET|PT))?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?,?"
_TIMESTAMP_DAY_FIRST = re.compile(
    rf"^\s*(?:{_WEEKDAY}\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}}),?\s+{_TIME}\s+")
_TIMESTAMP_MONTH_FIRST = re.compile(
    rf"^\s*(?:{_WEEKDAY}\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}),?\s+{_TIME}\s+")

# Named groups cannot repeat across alternatives, so the two dateline forms are separate patterns.
_DATELINE_WITH_OUTLET = re.compile(
    rf"^\s*(?:{_PLACE}(?:\s*,\s*|\s+(?=\()))?(?:{_MONTH_DAY}\s*)?{_OUTLET}\s*{_DASH}\s*")
_DATELINE_DATE_ONLY = re.compile(rf"^\s*(?:{_PLACE}\s*,\s*)?{_MONTH_DAY}\s*{_DASH}\s+")


def _match_dateline(body: str) -> Optional[re.Match]:
    for pattern in (_DATELINE_WITH_OUTLET, _DATELINE_DATE_ONLY):
        m = pattern.match(body)
        if m and m.end() <= 120:
            return m
    return None


def _month_day_year(groups: dict) -> tuple[Optional[int], Optional[int], Optional[int]]:
    month = groups.get("month")
    if not month:
        return None, None, None
    number = MONTH_NUMBERS.get(month.rstrip(".").lower())
    day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    if not number or not 1 <= day <= 31:
        return None, None, None
    return number, day, year


def _credit_stands_alone(body: str, start: int) -> bool:
    """A credit closes the text: it follows a sentence end or stands on its own line."""
    before = body[:start].rstrip()
    return not before or before[-1] in ".!?\"”’)" or "\n" in body[start - 1:start + 1]
