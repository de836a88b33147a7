"""Month names and forgiving date constructors, shared by the readers (datelines), the analysis
(dates, figures) and the timeline. Standard library only, so any stage may import it."""
from __future__ import annotations

import datetime as dt
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


def safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    """The date, or None when there is no such day ("February 30")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_date(value: str) -> Optional[dt.date]:
    """The date of a YYYY-MM-DD text, or None when it is not one."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
