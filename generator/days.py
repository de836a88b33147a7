"""Month and weekday names and forgiving date constructors, shared by the readers (datelines), the
analysis (dates, figures, quotes) and the timeline. Standard library only, so any stage may import it."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

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
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ALTERNATION = "|".join(name.capitalize() for name in WEEKDAY_NAMES)  # for regexes: "Monday|Tuesday|..."


def safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    """The date, or None when there is no such day ("February 30")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_day(anchor: dt.date, month: int, day: int) -> Optional[dt.date]:
    """The day `month`/`day` of the year before, of or after `anchor`'s that lies nearest it (the
    earlier of two as near): a dateline's "Dec 31" for a story of Jan 1 is the day before."""
    options = [d for d in (safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(options, key=lambda d: (abs((d - anchor).days), d)) if options else None


def iso_date(value: str) -> Optional[dt.date]:
    """The date of a YYYY-MM-DD text, or None when it is not one."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# A date written out with its year: "Dec. 10, 2026", "10 December 2026", "December 10th 2026",
# "the 10th of December 2026"; at the start of a value a weekday may open it ("Thursday, ...").
_WRITTEN = (r"(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>[A-Za-z]{3,9})\.?),?\s+(?P<year>\d{4})\b")
_WRITTEN_ANYWHERE = re.compile(_WRITTEN)
_WRITTEN_AT_START = re.compile(r"^(?:[A-Za-z]+\.?,?\s+)??(?:the\s+)?" + _WRITTEN)


def written_date(text: str, at_start: bool = False) -> Optional[dt.date]:
    """The first date written out with its year in `text` (with `at_start`, only one opening it)."""
    found = [_WRITTEN_AT_START.match(text)] if at_start else _WRITTEN_ANYWHERE.finditer(text)
    for m in found:
        if m is None:
            continue
        month = MONTH_NUMBERS.get((m.group("month") or m.group("month2")).lower())
        if month:
            return safe_date(int(m.group("year")), month, int(m.group("day") or m.group("day2")))
    return None
