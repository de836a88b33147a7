import datetime as dt

import pytest

from generator.model import PartialDate
from generator.readers.datelines import strip_furniture


@pytest.mark.parametrize("text, outlet, place, date, partial, body", [
    ("VARNA, Bulgaria (AP) — The ferry docked late.", "AP", "VARNA, Bulgaria", None, None, "The ferry docked late."),
    ("VARNA, Bulgaria (AP) _ The ferry docked late.", "AP", "VARNA, Bulgaria", None, None, "The ferry docked late."),
    ("OSLO, Aug. 7 (Harbor Wire) -- Shares fell.", "Harbor Wire", "OSLO", None, PartialDate(8, 7), "Shares fell."),
    ("OSLO, Nov 3 (Reuters) - Shares fell.", "Reuters", "OSLO", None, PartialDate(11, 3), "Shares fell."),
    ("Oct. 9 (Harbor Wire) — A crane fell.", "Harbor Wire", None, None, PartialDate(10, 9), "A crane fell."),
    ("date 2026-11-02 Tarrow: The port closed.", None, "Tarrow", dt.date(2026, 11, 2), None, "The port closed."),
    ("KELVEDON, Nov. 3, 2026 — Water rose.", None, "KELVEDON", dt.date(2026, 11, 3), None, "Water rose."),
    ("Water rose overnight (slowly) in the town.", None, None, None, None, "Water rose overnight (slowly) in the town."),
    # a publication timestamp: a full date and a time, a weekday and a zone optional
    ("Saturday 14 March 2026 23.24 GMT Water rose.", None, None, dt.date(2026, 3, 14), None, "Water rose."),
    ("Tue Mar 17, 2026 10:22 a.m. EDT Water rose.", None, None, dt.date(2026, 3, 17), None, "Water rose."),
    ("14 March 2026 09:05 NATO ships sailed.", None, None, dt.date(2026, 3, 14), None, "NATO ships sailed."),
    # a date without a time is prose
    ("Saturday 14 March 2026 was the wettest day.", None, None, None, None,
     "Saturday 14 March 2026 was the wettest day."),
])
def test_leading_datelines_and_headers(text, outlet, place, date, partial, body):
    found = strip_furniture(text)
    assert (found.outlet, found.place, found.date, found.partial_date, found.text) == (outlet, place, date, partial, body)


def test_closing_credit_names_the_outlet_and_is_removed():
    found = strip_furniture("date 2026-11-02 Tarrow: The port closed. More ships waited.\n\n(NPA)")
    assert found.outlet == "NPA"
    assert found.text == "The port closed. More ships waited."


def test_reporting_line_is_removed_but_is_no_outlet():
    found = strip_furniture("OSLO, Nov 3 (Reuters) - Shares fell.\n\n(Reporting by Ann Lee; Editing by Bo Ek)")
    assert found.outlet == "Reuters"
    assert found.text == "Shares fell."


def test_parentheses_inside_a_sentence_are_no_credit():
    found = strip_furniture("The council met on Monday (its third meeting)")
    assert found.outlet is None
    assert found.text.endswith("(its third meeting)")


def test_seed_furniture(seeds_dir):
    first, second = sorted(seeds_dir.glob("*.txt"))
    a = strip_furniture(first.read_text(encoding="utf-8"))
    assert (a.outlet, a.partial_date) == ("UPI", PartialDate(12, 31))
    assert not a.text.startswith("Dec.")
    b = strip_furniture(second.read_text(encoding="utf-8"))
    assert (b.outlet, b.date, b.place) == ("ANI", dt.date(2024, 12, 31), "Pyongyang")
    assert not b.text.endswith("(ANI)") and not b.text.startswith("date")
