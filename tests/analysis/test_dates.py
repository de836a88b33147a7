"""Temporal expressions: detection, precision and resolution against the publication date.

Unless a test says otherwise, articles are published on Tuesday 2024-12-31. Every fixture is an
invented sentence in wire-copy style.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.analysis.dates import extract_dates
from generator.analysis.sentences import split_sentences

PUBLISHED = dt.date(2024, 12, 31)  # a Tuesday
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def dates(text: str, published: dt.date | None = PUBLISHED):
    found = extract_dates(text, split_sentences(text), published)
    for d in found:
        assert d.text == text[d.start:d.end]
    return found


def triples(text: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    return [(d.text, d.value, d.precision) for d in dates(text, published)]


# --- absolute expressions -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The ministry confirmed the figures on November 4, 2024.", ("November 4, 2024", "2024-11-04", "day")),
    ("The accord was signed on 4 November 2024 in Velmora.", ("4 November 2024", "2024-11-04", "day")),
    ("The council met on Nov. 4, 2024, behind closed doors.", ("Nov. 4, 2024", "2024-11-04", "day")),
    ("The filing is dated 2024-12-31.", ("2024-12-31", "2024-12-31", "day")),
    ("Border clashes began in February 2022.", ("February 2022", "2022-02", "month")),
    ("Talks collapsed in mid-December 2023.", ("mid-December 2023", "2023-12", "month")),
    ("The mine closed in 1998.", ("1998", "1998", "year")),
    ("Output fell sharply in early 2023.", ("early 2023", "2023", "year")),
    ("Prices have risen since mid-2021.", ("mid-2021", "2021", "year")),
    ("The port was built on the 4th of July, 1911.", ("4th of July, 1911", "1911-07-04", "day")),
])
def test_absolute_dates_keep_their_precision(text, expected):
    assert triples(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The governor signed the order on December 17.", ("December 17", "2024-12-17", "day")),
    ("A letter dated Dec. 30 reached the embassy.", ("Dec. 30", "2024-12-30", "day")),
    ("Rail workers walked out on Sept. 3.", ("Sept. 3", "2024-09-03", "day")),
    ("The ferry sank on 12 March.", ("12 March", "2024-03-12", "day")),
    ("The drought began in October.", ("October", "2024-10", "month")),
    ("Fighting resumed in late October.", ("late October", "2024-10", "month")),
    ("The embassy reopened in mid-December.", ("mid-December", "2024-12", "month")),
    ("Shipments stopped in early May.", ("early May", "2024-05", "month")),
])
def test_month_or_day_without_year_is_the_latest_not_after_publication(text, expected):
    assert triples(text) == [expected]


def test_month_without_year_after_publication_month_falls_in_the_year_before():
    published = dt.date(2025, 2, 10)
    assert triples("The strike started in September.", published) == [("September", "2024-09", "month")]
    assert triples("The strike started on Sept. 3.", published) == [("Sept. 3", "2024-09-03", "day")]
    assert triples("The strike started in February.", published) == [("February", "2025-02", "month")]


def test_month_or_day_without_year_in_a_future_clause_is_the_earliest_not_before():
    published = dt.date(2024, 12, 10)
    assert triples("Parliament will vote on the budget in February.", published) == [
        ("February", "2025-02", "month")]
    assert triples("The summit is scheduled for June 12.", published) == [("June 12", "2025-06-12", "day")]
    assert triples("The talks will resume on December 20.", published) == [("December 20", "2024-12-20", "day")]


def test_a_day_without_year_just_ahead_is_read_ahead_even_after_a_past_verb():
    # News copy drops the year of nearby dates: a deadline eight days on, not one a year ago.
    published = dt.date(2025, 1, 6)
    assert triples("A judge ordered the ship released by Jan. 14.", published) == [
        ("Jan. 14", "2025-01-14", "day")]
    # A past verb keeps a date that is not soon in the past ...
    assert triples("The ship sank on Feb. 20.", dt.date(2024, 12, 10)) == [("Feb. 20", "2024-02-20", "day")]
    # ... and a date a few weeks back stays in the past.
    assert triples("The ship was seized on Dec. 2.", published) == [("Dec. 2", "2024-12-02", "day")]
    # Without any tense marker the nearer one wins.
    assert triples("Parliament reconvenes Jan. 24.", dt.date(2025, 1, 13)) == [("Jan. 24", "2025-01-24", "day")]
    assert triples("Parliament reconvenes in March.", dt.date(2025, 2, 13)) == [("March", "2025-03", "month")]


def test_month_with_this_last_or_next_year():
    assert triples("The plant opened in April last year.") == [("April last year", "2023-04", "month")]
    assert triples("Ratification began in February this year.") == [("February this year", "2024-02", "month")]
    assert triples("Members join in April next year.") == [("April next year", "2025-04", "month")]


def test_last_and_next_month_names():
    published = dt.date(2024, 12, 31)
    # "last November" in December is the one just gone; "last December" is a year back.
    assert triples("The mayor resigned last November.", published) == [("last November", "2024-11", "month")]
    assert triples("The mayor resigned last December.", published) == [("last December", "2023-12", "month")]
    assert triples("The election takes place next March.", published) == [("next March", "2025-03", "month")]


def test_weekday_with_date_uses_the_weekday_to_choose_the_year():
    published = dt.date(2025, 1, 3)
    # Friday, Jan. 10, 2025 lies ahead; Jan. 10, 2024 was a Wednesday.
    assert triples("The ruling came out on Friday, Jan. 10:", published) == [
        ("Friday, Jan. 10", "2025-01-10", "day")]


def test_february_29_and_impossible_days():
    assert triples("The levee failed on Feb. 29.") == [("Feb. 29", "2024-02-29", "day")]
    assert triples("The levee failed on Feb. 29.", dt.date(2026, 5, 1)) == [("Feb. 29", "2024-02-29", "day")]
    assert triples("The memo was dated February 30.") == []


# --- bare years ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The law took effect in 2019.", ["2019"]),
    ("Exports have doubled since 2010.", ["2010"]),
    ("The dam should be finished by 2030.", ["2030"]),
    ("Output grew between 2019 and 2022.", ["2019", "2022"]),
    ("The mill ran in 1994, 1995 and 1997.", ["1994", "1995", "1997"]),
    ("The feud dates back to 1961.", ["1961"]),
    ("Analysts called 2024 a lost year.", []),
    ("Officials described 2024 as a turning point.", ["2024"]),
    ("2023 was the warmest year on record.", ["2023"]),
    ("The 2024 election drew record turnout.", ["2024"]),
    ("Voters recalled 2016's upset.", ["2016"]),
    ("The year 2000 began quietly.", ["2000"]),
    ("Revenue for fiscal 2023 rose.", ["2023"]),
    ("The army sent 2024 troops to the border.", []),
    ("The army sent the 2000 soldiers home.", []),
    ("Police counted 2,024 people at the rally.", []),
    ("The ferry carries 1,500 passengers and cost $2010.", []),
    ("Flight 2015 landed safely.", []),
    ("The party won 1700 seats in 1700.", []),
    ("The county raised taxes 4 percent for 2023 and paid for 2000 nurses.", ["2023"]),
    ("Orvik's 1962 album and the firm's 2023 results sold well.", ["1962", "2023"]),
    ("Kopp's 1987 Chevrolet was found.", []),
    ("A 2009 analysis, the 2008 crisis and the 2011 protests.", ["2009", "2008", "2011"]),
    ("Brazil's 2014 World Cup was costly.", ["2014"]),
    ("A 2013 Ryder Cup win lifted him.", ["2013"]),
    ("The shelter has room for 2000 people. That's 2000 more; the bank shut the 2000 accounts.", []),
])
def test_a_bare_year_needs_a_date_context(text, expected):
    assert [d.text for d in dates(text)] == expected
    assert all(d.precision == "year" and d.value == d.text for d in dates(text))


def test_decades_are_reported_without_a_value():
    assert triples("The town boomed in the 1990s.") == [("1990s", None, None)]
    assert triples("Rents climbed through the late 1980s.") == [("late 1980s", None, None)]


# --- weekdays ---------------------------------------------------------------------------------

def test_weekday_in_a_past_sentence_is_the_latest_one_not_after_publication():
    assert triples("The minister resigned on Monday.") == [("Monday", "2024-12-30", "day")]
    assert triples("Rebels shelled the port on Friday.") == [("Friday", "2024-12-27", "day")]
    assert triples("The agency reported on Tuesday that prices fell.") == [("Tuesday", "2024-12-31", "day")]
    assert triples("The minister on Wednesday declared a state of emergency.") == [
        ("Wednesday", "2024-12-25", "day")]


def test_weekday_in_a_future_sentence_is_the_earliest_one_not_before_publication():
    assert triples("The committee will vote on Friday.") == [("Friday", "2025-01-03", "day")]
    assert triples("The committee will vote on Tuesday.") == [("Tuesday", "2024-12-31", "day")]
    assert triples("Officials plan to meet Monday.") == [("Monday", "2025-01-06", "day")]
    assert triples("The rally is expected to draw crowds on Saturday.") == [("Saturday", "2025-01-04", "day")]


def test_last_and_next_weekday_never_mean_the_day_of_publication():
    assert triples("The envoy arrived last Monday.") == [("last Monday", "2024-12-30", "day")]
    assert triples("The envoy arrived last Tuesday.") == [("last Tuesday", "2024-12-24", "day")]
    assert triples("The envoy arrives next Monday.") == [("next Monday", "2025-01-06", "day")]
    assert triples("The envoy arrives next Tuesday.") == [("next Tuesday", "2025-01-07", "day")]
    assert [d.future for d in dates("The envoy arrived last Monday and leaves next Monday.")] == [False, True]


def test_each_clause_has_its_own_tense():
    found = dates("The ministry said on Monday that talks will resume on Friday.")
    assert [(d.text, d.value, d.future) for d in found] == [
        ("Monday", "2024-12-30", False), ("Friday", "2025-01-03", True)]
    found = dates("The talks, which will resume on Thursday, were suspended on Monday.")
    assert [(d.text, d.value) for d in found] == [("Thursday", "2025-01-02"), ("Monday", "2024-12-30")]


def test_a_fronted_weekday_takes_the_tense_of_its_sentence():
    assert triples("On Friday, the board will vote on the merger.") == [("Friday", "2025-01-03", "day")]
    assert triples("On Friday, the board voted on the merger.") == [("Friday", "2024-12-27", "day")]


def test_weekdays_that_name_holidays_or_newspapers_are_not_dates():
    assert dates("Shops opened early on Black Friday.") == []
    # Good Friday is a date, but that of Easter, not the Friday before publication.
    assert triples("Pilgrims gathered on Good Friday.") == [("Good Friday", "2024-03-29", "day")]
    assert dates("The Sunday Times published the memo.") == []
    assert dates("Protests are held on Mondays.") == []


# --- relative expressions ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The port reopened today.", ("today", "2024-12-31", "day")),
    ("Crowds gathered tonight in the square.", ("tonight", "2024-12-31", "day")),
    ("The port reopened yesterday.", ("yesterday", "2024-12-30", "day")),
    ("The port reopens tomorrow.", ("tomorrow", "2025-01-01", "day")),
    ("The regulator fined the bank last week.", ("last week", "2024-12-23", "week")),
    ("The regulator fined the bank this week.", ("this week", "2024-12-30", "week")),
    ("The regulator will rule next week.", ("next week", "2025-01-06", "week")),
    ("The mayor resigned last month.", ("last month", "2024-11", "month")),
    ("Audits began earlier this month.", ("earlier this month", "2024-12", "month")),
    ("The currency will float next month.", ("next month", "2025-01", "month")),
    ("The mill closed last year.", ("last year", "2023", "year")),
    ("Output rose this year.", ("this year", "2024", "year")),
    ("The mill reopens next year.", ("next year", "2025", "year")),
    ("The mill closed late last year.", ("late last year", "2023", "year")),
    ("The bridge will open by the end of the year.", ("the end of the year", "2024", "year")),
    ("The bridge collapsed three days ago.", ("three days ago", "2024-12-28", "day")),
    ("The bridge collapsed a week ago.", ("a week ago", "2024-12-23", "week")),
    ("The bridge collapsed two months ago.", ("two months ago", "2024-10", "month")),
    ("The bridge collapsed 15 years ago.", ("15 years ago", "2009", "year")),
    ("The treaty was signed a decade ago.", ("a decade ago", "2014", "year")),
])
def test_relative_expressions(text, expected):
    assert triples(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Last week the regulator fined the bank.", ("Last week", "2024-12-23", "week")),
    ("Earlier this month, audits began.", ("Earlier this month", "2024-12", "month")),
    ("Two years ago the mill closed.", ("Two years ago", "2022", "year")),
    ("Yesterday the port reopened.", ("Yesterday", "2024-12-30", "day")),
    ("Today the port reopened.", ("Today", "2024-12-31", "day")),
    ("Tomorrow the port reopens.", ("Tomorrow", "2025-01-01", "day")),
    ("Mid-December brought snow.", ("Mid-December", "2024-12", "month")),
    ("Late last year the mill closed.", ("Late last year", "2023", "year")),
    ("Next year will be harder.", ("Next year", "2025", "year")),
    ("This year was harder.", ("This year", "2024", "year")),
    ("Friday's vote was close.", ("Friday", "2024-12-27", "day")),
    ("Dec. 30 was quiet.", ("Dec. 30", "2024-12-30", "day")),
])
def test_expressions_that_open_a_sentence(text, expected):
    assert triples(text) == [expected]


def test_more_future_markers():
    assert triples("Officials say they'll decide on Friday.") == [("Friday", "2025-01-03", "day")]
    assert triples("The envoy could arrive as soon as Thursday.") == [("Thursday", "2025-01-02", "day")]
    assert triples("The hearing is due to start Monday.") == [("Monday", "2025-01-06", "day")]
    assert triples("The new rules are to be applied from Monday.") == [("Monday", "2025-01-06", "day")]


def test_an_ed_word_after_a_linking_verb_tells_no_tense():
    # "closed" here is a state: the modal tells the tense, and Thursday lies ahead
    assert triples("The harbour will remain closed until Thursday.") == [("Thursday", "2025-01-02", "day")]
    assert triples("The mayor said the harbour would stay closed until Thursday.") == [
        ("Thursday", "2025-01-02", "day")]
    # reported plans: "would" with a verb of scheduled action
    assert triples("The union said it would put the offer to a vote on Thursday.") == [
        ("Thursday", "2025-01-02", "day")]
    assert triples("The court said it would announce its ruling on Monday.") == [("Monday", "2025-01-06", "day")]
    # no tense at all: tomorrow's weekday lies ahead, others are the last one (published a Tuesday)
    assert triples("Night ferry crossings on Wednesday: two.") == [("Wednesday", "2025-01-01", "day")]
    assert triples("Night ferry crossings on Saturday: two.") == [("Saturday", "2024-12-28", "day")]
    # a timetable's present lies ahead
    assert triples("The night ferry sails again on Saturday.") == [("Saturday", "2025-01-04", "day")]
    # the linking verb's own past still counts
    assert triples("The harbour remained closed on Thursday.") == [("Thursday", "2024-12-26", "day")]
    assert triples("The harbour was closed on Thursday.") == [("Thursday", "2024-12-26", "day")]

def test_a_weekday_before_a_day_first_date_is_one_date():
    # British style: the weekday is a check on the date, not a second date to resolve
    found = dates("The result came on Saturday 2 May 2009 after a long count.", dt.date(2009, 5, 1))
    assert [(d.text, d.value, d.precision) for d in found] == [("Saturday 2 May 2009", "2009-05-02", "day")]
    found = dates("The vote was held on Tuesday 28 April.", dt.date(2009, 4, 30))
    assert [(d.text, d.value) for d in found] == [("Tuesday 28 April", "2009-04-28")]
    found = dates("The hall reopened on Sunday, the 7th of March, after repairs.", dt.date(2010, 3, 9))
    assert [(d.text, d.value) for d in found] == [("Sunday, the 7th of March", "2010-03-07")]


def test_a_capitalised_today_inside_a_sentence_is_a_name_not_the_day():
    assert triples("The mayor told Today's host the plan was dead.") == []
    assert triples("She spoke to Ostland Today in March.") == [("March", "2024-03", "month")]
    assert triples("Today the council votes.") == [("Today", "2024-12-31", "day")]
    assert triples('She said: "Today we vote."') == [("Today", "2024-12-31", "day")]
    assert triples("The council votes today.") == [("today", "2024-12-31", "day")]


def test_a_weekday_of_a_named_week():
    # published Tuesday 2024-12-31, in the week of Monday 2024-12-30
    assert triples("He was seen on Tuesday last week.") == [("Tuesday last week", "2024-12-24", "day")]
    assert triples("They meet on Friday next week.") == [("Friday next week", "2025-01-10", "day")]
    assert triples("The office shuts on Thursday this week.") == [("Thursday this week", "2025-01-02", "day")]


def test_the_present_of_a_scheduled_event_looks_ahead():
    # published Tuesday 2024-12-31: the timetable's Thursday is the coming one, even when a
    # reporting verb in the past stands outside the quotation
    assert triples('"On Thursday the bridge opens again," the engineer said.') == [
        ("Thursday", "2025-01-02", "day")]
    assert triples("The engineer said the bridge reopens on Friday.") == [("Friday", "2025-01-03", "day")]
    assert triples("The new toll takes effect Monday.") == [("Monday", "2025-01-06", "day")]
    assert triples("The festival kicks off on Saturday.") == [("Saturday", "2025-01-04", "day")]
    assert triples("Sentencing is expected when the court reconvenes on Friday.") == [("Friday", "2025-01-03", "day")]
    assert triples("The league leaders play away; the club hosts Dunmore on Saturday.") == [
        ("Saturday", "2025-01-04", "day")]
    assert triples("He returns to court on Monday.") == [("Monday", "2025-01-06", "day")]
    assert triples("The committee met on Monday and meets again on Thursday.") == [
        ("Monday", "2024-12-30", "day"), ("Thursday", "2025-01-02", "day")]
    # a plural or bare form may be a past ("did not open"), so only the singular present counts
    assert triples("The shops did not open on Saturday.") == [("Saturday", "2024-12-28", "day")]



def test_present_forecasts_and_a_new_verb_after_and():
    assert [d.value for d in dates("Heavy snow is forecast for Saturday and Sunday.")] == [
        "2025-01-04", "2025-01-05"]
    found = dates("The firm reported a loss on Dec. 3 and will report again on Jan. 29.", dt.date(2024, 12, 19))
    assert [(d.text, d.value, d.future) for d in found] == [
        ("Dec. 3", "2024-12-03", False), ("Jan. 29", "2025-01-29", True)]


def test_a_week_is_given_as_its_monday_across_a_year_boundary():
    assert triples("The port closed last week.", dt.date(2025, 1, 5)) == [("last week", "2024-12-23", "week")]
    assert triples("Two weeks ago the port closed.", dt.date(2025, 1, 8)) == [("Two weeks ago", "2024-12-23", "week")]


def test_seasons_and_anaphora_without_an_antecedent_are_reported_without_a_value():
    assert triples("The river flooded last summer.") == [("last summer", None, None)]
    assert triples("The river flooded later that year.") == [("later that year", None, None)]


def test_anaphoric_expressions_take_the_latest_date_named_before_them():
    assert triples("The mayor resigned in 1998 and left town later that year.") == [
        ("1998", "1998", "year"), ("later that year", "1998", "year")]
    assert triples("The dam broke on Oct. 3, 2019. Earlier that day, crews had left.") == [
        ("Oct. 3, 2019", "2019-10-03", "day"), ("Earlier that day", "2019-10-03", "day")]
    # "that month" takes the month of a day; "that week" the Monday of its week.
    assert triples("Rain began on Thursday. Rivers rose that same week and peaked that month.") == [
        ("Thursday", "2024-12-26", "day"), ("that same week", "2024-12-23", "week"),
        ("that month", "2024-12", "month")]
    # "that day" needs a day: a year before it is no antecedent.
    assert triples("The levee held in 2019, and that day nobody left.") == [
        ("2019", "2019", "year"), ("that day", None, None)]
    # Nor is a day named paragraphs before.
    filler = "Crews checked the pumps along the river bank again. " * 8
    assert triples(f"The dam broke on Oct. 3, 2019. {filler}Nobody forgot that day.") == [
        ("Oct. 3, 2019", "2019-10-03", "day"), ("that day", None, None)]



def test_what_is_set_moved_or_closed_for_a_day_and_what_would_be_done_lie_ahead():
    published = dt.date(2025, 3, 4)  # a Tuesday
    for text, value in [("Schools in Brask announced closures for Wednesday.", "2025-03-05"),
                        ("The Orvik hearing was set for Friday.", "2025-03-07"),
                        ("The final was moved to Sunday.", "2025-03-09"),
                        ("Brask council delays budget vote to Thursday", "2025-03-06"),
                        ("Velmar said it would update investors in early June.", "2025-06"),
                        ("The board said it would spend $250 million in September.", "2025-09")]:
        assert [(d.value, d.future) for d in dates(text, published)] == [(value, True)], text
    # a move to a place on a day is past
    assert [(d.value, d.future) for d in dates("He moved to Brask on Sunday.", published)] == [("2025-03-02", False)]
    # nor what was set up or delayed for a day's event, nor a warning told after its day
    for text in ("Police set up barricades for Sunday's march.", "Strikes caused delays to Sunday's trains.",
                 "Forecasters had issued warnings for Sunday, when the storm hit."):
        assert [(d.value, d.future) for d in dates(text, published)] == [("2025-03-02", False)], text


def test_a_weekend_is_the_week_it_falls_in():
    published = dt.date(2025, 3, 12)  # a Wednesday
    assert triples("Police combed the park last weekend and talks were held over the weekend.", published) == [
        ("last weekend", "2025-03-03", "week"), ("the weekend", "2025-03-03", "week")]
    assert [(d.value, d.future) for d in dates("Fans will travel this weekend.", published)] == [("2025-03-10", True)]
    assert [(d.value, d.future) for d in dates("The team plays at the weekend.", published)] == [("2025-03-10", True)]
    # a holiday's weekend is its week (a Monday holiday's, the week before); "spent the weekend" is a
    # duration, "the weekend of March 1" that day's, "the weekend market" none
    assert triples("The storm stranded travelers over the Easter weekend. She spent the weekend in Brask, and "
                   "left on the weekend of March 1. Prices at the weekend market rose.", published) == [
        ("Easter weekend", "2024-03-25", "week"), ("March 1", "2025-03-01", "day")]
    assert triples("Crowds gathered over the Memorial Day weekend.", dt.date(2024, 6, 4)) == [
        ("Memorial Day weekend", "2024-05-20", "week")]
    # "this past weekend" is the latest; "this weekend" told in the past on a Thursday is still ahead
    assert triples("Protesters marched this past weekend.", published) == [("this past weekend", "2025-03-03", "week")]
    assert [(d.value, d.future) for d in dates("Officials said the vote was set for this weekend.",
                                               dt.date(2025, 3, 13))] == [("2025-03-10", True)]


def test_the_current_year_and_what_should_have_been():
    published = dt.date(2025, 3, 12)
    assert triples("The outlook for the current year is grim.", published) == [("the current year", "2025", "year")]
    # "should have", "must have" look back; the noun "forecast" looks nowhere
    assert [(d.value, d.future) for d in dates("They should have cut in February; the bank lowered its forecast "
                                               "in its December projections.", published)] == [
        ("2025-02", False), ("2024-12", False)]
    assert [(d.value, d.future) for d in dates("The bill must be approved by May.", published)] == [("2025-05", True)]
    for text in ("Applicants must have their papers ready by Friday.", "A decision is possible as soon as Friday.",
                 "The forecast for Friday is grim."):
        assert [(d.value, d.future) for d in dates(text, published)] == [("2025-03-14", True)], text


def test_should_or_must_have_and_a_noun_looks_ahead_and_with_a_participle_back():
    published = dt.date(2025, 3, 13)  # a Thursday
    for text in ("The utility said most homes should have power back by Saturday.",
                 "Crews must have the road open by Saturday.", "The shop may have to close on Saturday.",
                 "The city should have seven new buses running by Saturday."):
        assert [(d.value, d.future) for d in dates(text, published)] == [("2025-03-15", True)], text
    for text in ("The board should have finished the audit by Saturday.", "The virus must have already spread Saturday.",
                 "Officials must have known on Saturday.", "The freeze should have hurt crops Saturday.",
                 # after "could", "may", "might", a noun after "have" is as often about the past
                 "Police said the suspect may have ties to Saturday's shooting.",
                 "Doctors say she could have a concussion from Saturday's hit."):
        assert [(d.value, d.future) for d in dates(text, published)] == [("2025-03-08", False)], text


def test_a_days_event_that_something_comes_from_or_after_lies_back_in_a_future_clause():
    published = dt.date(2025, 3, 13)  # a Thursday
    for text in ("The Harriers will look to bounce back from Saturday's loss.",
                 "Crews will keep clearing debris from Saturday's storm.", "Since Saturday's vote, nothing has moved."):
        assert [d.value for d in dates(text, published)] == ["2025-03-08"], text
    assert [d.value for d in dates("Fans will celebrate after Saturday's game.", published)] == ["2025-03-15"]


def test_the_progressive_of_a_plan_looks_ahead():
    published = dt.date(2025, 3, 13)  # a Thursday
    for text in ("The Harriers are playing Saturday, the club said.", "Negotiators are meeting on Saturday.",
                 "The governor is signing the bill Saturday."):
        assert [(d.value, d.future) for d in dates(text, published)] == [("2025-03-15", True)], text
    # not what goes on as the story is written, nor an event of the day
    for text in ("Police are investigating a shooting Saturday.", "Authorities are searching Saturday for a hiker.",
                 "Thousands are marching Saturday in Velmora.", "He is facing charges over Saturday's crash."):
        assert [d.value for d in dates(text, published)] == ["2025-03-08"], text


def test_a_step_from_the_latest_date_named_before_it():
    assert triples("The ferry sank on Oct. 3, 2019. The next day, divers found the hull.") == [
        ("Oct. 3, 2019", "2019-10-03", "day"), ("The next day", "2019-10-04", "day")]
    assert triples("Crews met on Friday and the union replied the following day.") == [
        ("Friday", "2024-12-27", "day"), ("the following day", "2024-12-28", "day")]
    assert triples("Work began in 1923 and the hall opened the following year.") == [
        ("1923", "1923", "year"), ("the following year", "1924", "year")]
    assert triples("The vote came on March 4, 2021. Talks had collapsed the day before.") == [
        ("March 4, 2021", "2021-03-04", "day"), ("the day before", "2021-03-03", "day")]
    assert triples("Output fell in May 2022, after a rise the previous month.") == [
        ("May 2022", "2022-05", "month"), ("the previous month", "2022-04", "month")]
    # spans from now and steps from an event are none
    assert triples("Rain fell on Friday. Within the next week, crews will finish; over the next "
                   "year, fares rise. He rested the day before the final.") == [("Friday", "2024-12-27", "day")]
    # with no date before it, none
    assert triples("The next day, divers found the hull.") == []
    assert triples("The dam broke on Oct. 3, 2019, and crews left the same day. The year before, it leaked.") == [
        ("Oct. 3, 2019", "2019-10-03", "day"), ("the same day", "2019-10-03", "day"),
        ("The year before", "2018", "year")]


def test_the_following_month_or_weekday_counts_from_the_latest_date_named_before_it():
    assert triples("The mill shut on June 3, 2019, and reopened the following January.") == [
        ("June 3, 2019", "2019-06-03", "day"), ("the following January", "2020-01", "month")]
    assert triples("The treaty passed in May 2021; the previous March, Orvik had resigned.") == [
        ("May 2021", "2021-05", "month"), ("the previous March", "2021-03", "month")]
    assert triples("The strike began on Wednesday, Oct. 2, 2024. Talks resumed the following Monday, "
                   "after a walkout the preceding Friday.") == [
        ("Wednesday, Oct. 2, 2024", "2024-10-02", "day"), ("the following Monday", "2024-10-07", "day"),
        ("the preceding Friday", "2024-10-04", "day")]
    # with no date to count from, or a date written after it, the name alone as before
    assert triples("The following January will be cold.") == [("January", "2025-01", "month")]
    assert triples("The ferry sailed again the following Monday, Dec. 2.") == [("Monday, Dec. 2", "2024-12-02", "day")]
    # the previous one of the anchor's own weekday is a week before it
    assert triples("The strike began on Wednesday, Oct. 2, 2024. The previous Wednesday, talks failed.")[-1] == (
        "The previous Wednesday", "2024-09-25", "day")


def test_a_step_passes_over_a_day_of_speaking_named_before_the_speech_verb():
    assert triples("The fire began on 2 December. On Monday, officials said crews contained it the next day.")[-1] == (
        "the next day", "2024-12-03", "day")
    assert triples("The fire began on 2 December and officials said the next day it was out.")[-1] == (
        "the next day", "2024-12-03", "day")
    # "a year earlier" after a day of speaking counts back from publication
    assert triples("On Tuesday, Orvik said revenue fell 8% from a year earlier.")[-1] == ("a year earlier", "2023", "year")
    # "the same day as" an event is no step
    assert [t for t, _, _ in triples("Voters who cast ballots on 2 December vote again on the same day as the "
                                     "election.")] == ["2 December"]


def test_a_step_passes_over_a_day_of_speaking_and_a_plan_and_stops_at_a_coarser_date():
    # the day something was said is no anchor, nor a plan when the step is told in the past
    assert triples("The ferry sank on Dec. 2. Orrin Vask said Friday that crews left the day before.")[-1] == (
        "the day before", "2024-12-01", "day")
    assert triples("Shows were due to start on Jan. 13. The night before, he rehearsed. The next day, "
                   "he fell ill.") == [("Jan. 13", "2025-01-13", "day")]
    # the latest date is a week: no day to step from
    assert triples("Pumps failed on 2 December and again the middle of last week; crews came the "
                   "following day.") == [("2 December", "2024-12-02", "day"),
                                         ("the middle of last week", "2024-12-23", "week")]


def test_counted_steps_later_or_earlier():
    assert triples("Talks opened on April 17, 2023 and collapsed 12 days later. A day earlier, rebels left.") == [
        ("April 17, 2023", "2023-04-17", "day"), ("12 days later", "2023-04-29", "day"),
        ("A day earlier", "2023-04-28", "day")]
    assert triples("The mill closed in 1958. Two years later, it reopened.") == [
        ("1958", "1958", "year"), ("Two years later", "1960", "year")]
    # a year or month earlier with no date before it counts back from publication, as "ago" does
    assert triples("Profit rose to $5 million from $3 million a year earlier.") == [("a year earlier", "2023", "year")]
    # nothing to count from, or a comparison: none; nor a past step that lands after publication
    assert triples("Three days later, the pumps failed. It opened two weeks later than planned.") == []
    assert triples("Pell plays a set tonight. Three weeks later, he found a band.") == [
        ("tonight", "2024-12-31", "day")]


def test_a_deadline_lies_ahead_and_that_month_takes_the_year_before_it():
    published = dt.date(2028, 3, 20)
    for text, value in [("Parliament has until 31 December to legislate.", "2028-12-31"),
                        ("The deadline for bids is 15 January.", "2029-01-15"),
                        ("Applications close on 10 January.", "2029-01-10")]:
        assert [(d.value, d.future) for d in dates(text, published)] == [(value, True)]
    assert triples("The ban passed in June 2026. Since it took effect that September, fines rose.", published) == [
        ("June 2026", "2026-06", "month"), ("that September", "2026-09", "month")]
    # "November of that year": the month in the year told before, one date; with none, no value
    assert triples("Halvik was arrested in 2011 and charged in November of that same year.", published) == [
        ("2011", "2011", "year"), ("November of that same year", "2011-11", "month")]
    assert triples("In May of that year the Orlen mill shut.", published) == [("May of that year", None, None)]
    # a day told without its year tells none: "that year" is the one written before it
    assert triples("Halvik was arrested in 2011, police said Monday. He was charged in November of that year.",
                   published)[-1] == ("November of that year", "2011-11", "month")
    # "that" as a conjunction: the month alone
    assert triples("Records began in 1880. The agency said that February was the warmest yet.", published) == [
        ("1880", "1880", "year"), ("February", "2028-02", "month")]


def test_last_night_and_a_fortnight_ago():
    assert triples("Fire broke out last night. Crews arrived a fortnight ago.") == [
        ("last night", "2024-12-30", "day"), ("a fortnight ago", "2024-12-16", "week")]
    # a last night of something is no date
    assert triples("It was her last night as mayor, the last night of the Orlen festival.") == []


def test_a_call_for_a_strike_for_a_weekday_looks_ahead():
    assert triples("The parties have called a rally for Sunday.") == [("Sunday", "2025-01-05", "day")]
    assert triples("Union leaders called for a general strike for Friday.") == [("Friday", "2025-01-03", "day")]
    # "called (for) a strike on Friday" most often tells when it was called
    assert triples("Union leaders called for a general strike on Friday.") == [("Friday", "2024-12-27", "day")]
    assert triples("The union called a strike on Friday.") == [("Friday", "2024-12-27", "day")]


# --- holidays ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The ferry sank on Thanksgiving Day.", ("Thanksgiving Day", "2024-11-28", "day")),  # 4th Thursday
    ("The ferry sank last Thanksgiving.", ("last Thanksgiving", "2024-11-28", "day")),
    ("Voters went to the polls on Election Day.", ("Election Day", "2024-11-05", "day")),
    ("The shop stayed open over Christmas.", ("Christmas", "2024-12-25", "day")),
    ("Crowds gathered on Christmas Eve.", ("Christmas Eve", "2024-12-24", "day")),
    ("The vigil is held at Easter.", ("Easter", "2024-03-31", "day")),
    ("The markets reopen on New Year's Day.", ("New Year's Day", "2025-01-01", "day")),
])
def test_holidays_resolve_to_their_day_in_the_nearest_year(text, expected):
    assert triples(text) == [expected]


def test_a_holiday_ahead_in_a_future_clause_or_just_ahead():
    assert triples("Celebrations will peak at Easter.", dt.date(2025, 1, 10)) == [("Easter", "2025-04-20", "day")]
    assert triples("The vote is on Thanksgiving.", dt.date(2024, 11, 20)) == [
        ("Thanksgiving", "2024-11-28", "day")]
    assert triples("The fair closes next Christmas.") == [("next Christmas", "2025-12-25", "day")]


def test_one_word_holidays_need_a_preposition_or_to_stand_alone():
    assert dates("Christmas shopping slowed.") == []
    assert dates("Ships sailed to Easter Island.") == []
    assert dates("Shops sold out of Halloween costumes.") == []
    assert triples("Over Christmas I stayed home.") == [("Christmas", "2024-12-25", "day")]
    assert triples("Nobody worked at Easter, the union said.", dt.date(2025, 5, 2)) == [
        ("Easter", "2025-04-20", "day")]


# --- more forms -------------------------------------------------------------------------------

def test_two_days_of_one_month_are_two_dates():
    assert triples("The summit was held on April 24 and 25.") == [
        ("April 24", "2024-04-24", "day"), ("25", "2024-04-25", "day")]
    # A year after the second day is the year of both.
    assert triples("The fair ran on Nov. 3-4, 2019.") == [
        ("Nov. 3", "2019-11-03", "day"), ("4, 2019", "2019-11-04", "day")]
    # A number that counts something, or goes backwards, is no second day.
    assert triples("Four were hurt on May 5 and 6 others fled.") == [("May 5", "2024-05-05", "day")]
    assert triples("Rain fell on March 9 and 2 inches fell later.") == [("March 9", "2024-03-09", "day")]


def test_a_year_after_pre_or_post():
    assert triples("Prices doubled in the post-1990 economy.") == [("1990", "1990", "year")]
    assert triples("The pre-2008 rules were lax.") == [("2008", "2008", "year")]


def test_the_week_of_a_day_is_that_week():
    assert triples("The hearing is set for the week of March 6.") == [
        ("the week of March 6", "2025-03-03", "week")]
    assert triples("Shipping resumed the week of Oct. 9, 2023.") == [
        ("the week of Oct. 9, 2023", "2023-10-09", "week")]


def test_reported_plans_and_postponements_look_ahead():
    assert triples("The envoy said he would be travelling to the capital Thursday.") == [
        ("Thursday", "2025-01-02", "day")]
    assert triples("The judge postponed the hearing until Friday.") == [("Friday", "2025-01-03", "day")]
    assert triples("Officials said the vote was delayed until Monday.") == [("Monday", "2025-01-06", "day")]
    # "until" alone says nothing about the direction.
    assert triples("The strike lasted until Monday.") == [("Monday", "2024-12-30", "day")]


def test_clause_words_glued_to_a_dash_still_break_the_clause():
    found = dates("The talks—which will resume Friday—were suspended on Monday.")
    assert [(d.text, d.value) for d in found] == [("Friday", "2025-01-03"), ("Monday", "2024-12-30")]


def test_ago_is_found_from_the_word_ago_only():
    assert triples("In Chicago, the strike ended two days ago.") == [("two days ago", "2024-12-29", "day")]
    assert triples("A week ago the pier in Santiago closed.") == [("A week ago", "2024-12-23", "week")]
    assert dates("An agonising wait of two days ended in Chicago.") == []


def test_ago_counts_the_whole_number_before_it():
    # "1,300 years ago" is no "300 years ago", nor "2.5 years ago" "5 years ago"
    assert dates("Monks from the coast raised the harbour chapel 1,300 years ago.") == []
    assert dates("The levy rose 2.5 years ago.") == []
    assert triples("The mill shut (12 years ago) and never reopened.") == [("12 years ago", "2012", "year")]


# --- things that are not dates ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ceasefire collapsed in three days.",
    "The crew worked for two weeks without pay.",
    "Wages fell over the past five years.",
    "The minister began a three-day visit.",
    "Prices rose over the last year.",
    "The next week will be decisive, he said.",
    "It was the bloodiest war of the 21st century.",
    "The shelling began at 9 a.m. and ended at 10:30 p.m.",
    "Leaders exchanged New Year greetings.",
    "About 11,000 troops crossed the river.",
    "Officials said the storm may reach the coast.",
    "May I ask a question, the reporter said.",
    "March organizers said the route was approved.",
    "April Ryan asked the first question.",
    "He spoke on USA Today and on the Today programme.",
])
def test_not_dates(text):
    assert dates(text) == []


def test_the_month_may_needs_a_day_a_year_or_a_preposition():
    assert triples("The vote was held in May.") == [("May", "2024-05", "month")]
    assert triples("The vote was held on May 5.") == [("May 5", "2024-05-05", "day")]
    assert triples("The vote was held in May 2021.") == [("May 2021", "2021-05", "month")]
    assert triples("Turnout in the May elections fell.") == [("May", "2024-05", "month")]
    assert dates("Turnout may fall. May it rain.") == []


# --- futurity and missing publication date ----------------------------------------------------

def test_future_flag():
    found = dates("The union hopes that 2025 will bring a deal, after strikes in 2023 and 2024.")
    assert [(d.text, d.future) for d in found] == [("2025", True), ("2023", False), ("2024", False)]
    assert [d.future for d in dates("The plant is scheduled to reopen in March.")] == [True]
    assert [d.future for d in dates("The plant reopened in March.")] == [False]
    assert [d.future for d in dates("Exports rose this year.")] == [False]
    assert [d.future for d in dates("Exports will rise this year.")] == [True]


def test_without_publication_date_relative_expressions_have_no_value():
    text = ("The envoy arrived on Monday, met the mayor last week and will leave in March. "
            "The port closed yesterday, on Dec. 30, and reopened in February 2022 and in 2024.")
    assert triples(text, None) == [
        ("Monday", None, None), ("last week", None, None), ("March", None, None),
        ("yesterday", None, None), ("Dec. 30", None, None),
        ("February 2022", "2022-02", "month"), ("2024", "2024", "year")]
    assert [d.future for d in dates(text, None)] == [False, False, True, False, False, False, False]


def test_offsets_and_order():
    text = "On Dec. 30, 2024, officials said talks would start on Friday, Jan. 3, and end last week."
    found = dates(text)
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert [d.text for d in found] == ["Dec. 30, 2024", "Friday, Jan. 3", "last week"]
    assert found[0].start == 3 and found[0].end == 16


def test_long_text_is_scanned_whole():
    paragraph = ("The ministry said on Monday that talks will resume on Friday, after clashes in "
                 "October and a ceasefire signed on Dec. 3, 2024, that 11,000 troops broke last week. ")
    text = "\n".join([paragraph] * 400)  # about 65 KB
    sentences = split_sentences(text)
    found = extract_dates(text, sentences, PUBLISHED)  # its speed is measured in benchmarks/speed.py
    assert len(found) == 5 * 400


# --- the seeds --------------------------------------------------------------------------------

def _seed_texts() -> list[str]:
    """The seeds' text with the dateline and credit stripped, as the reader will give it."""
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds is absent")
    texts = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^\s*(?:[A-Z][a-z]{2}\. \d{1,2} \([A-Z]+\) — |date \d{4}-\d\d-\d\d [^:]{1,40}: )", "", text)
        texts.append(re.sub(r"\s*\([A-Z]{2,}\)\s*$", "", text))
    return texts


def test_seed_dates():
    found = [(d.text, d.value, d.precision, d.future) for text in _seed_texts() for d in dates(text)]
    assert found == [
        ("Monday", "2024-12-30", "day", False),
        ("2025", "2025", "year", True),
        ("Dec. 30", "2024-12-30", "day", False),
        ("Tuesday", "2024-12-31", "day", False),
        ("2024", "2024", "year", False),
        ("2025", "2025", "year", True),
        ("February 2022", "2022-02", "month", False),
        ("June", "2024-06", "month", False),
        ("December", "2024-12", "month", False),
        ("last week", "2024-12-23", "week", False),
        ("Friday", "2024-12-27", "day", False),
        ("August", "2024-08", "month", False),
        ("Tuesday", "2024-12-31", "day", False),
        ("2024", "2024", "year", False),
        ("November 4", "2024-11-04", "day", False),
        ("October", "2024-10", "month", False),
        ("December 17", "2024-12-17", "day", False),
        ("December 17", "2024-12-17", "day", False),
    ]
    texts = " ".join(_seed_texts())
    assert "in three days" in texts and "21st century" in texts  # present, and not reported above


def test_would_with_a_scheduling_verb_looks_ahead():
    import datetime as dt
    from generator.analysis.dates import extract_dates
    from generator.analysis.sentences import split_sentences
    text = "The minister said the first shift would start at 6 a.m. on Thursday."
    published = dt.date(2026, 11, 4)  # a Wednesday
    (mention,) = extract_dates(text, split_sentences(text), published)
    assert (mention.text, mention.value, mention.future) == ("Thursday", "2026-11-05", True)


def test_could_with_a_verb_looks_ahead_but_could_have_does_not():
    import datetime as dt
    from generator.analysis.dates import extract_dates
    from generator.analysis.sentences import split_sentences
    published = dt.date(2026, 10, 29)  # a Thursday
    ahead = "Forecasters warned that more rain could fall on Friday."
    behind = "Officials said the dam could have failed on Friday."
    assert extract_dates(ahead, split_sentences(ahead), published)[0].value == "2026-10-30"
    assert extract_dates(behind, split_sentences(behind), published)[0].value == "2026-10-23"


def test_a_day_ahead_of_which_things_happen_is_still_to_come():
    # published on a Tuesday: "ahead of Saturday's concert" is the coming Saturday, past verb or not
    assert triples("Fans gathered in Tarrow ahead of Saturday's concert.") == [("Saturday", "2025-01-04", "day")]
    assert triples("Prices rose in the run-up to Friday's vote.") == [("Friday", "2025-01-03", "day")]
    # "ahead of schedule" is no event to come
    assert triples("The crews finished ahead of schedule on Monday.") == [("Monday", "2024-12-30", "day")]


def test_and_with_a_new_subject_before_a_modal_ends_the_clause():
    text = "Samples arrived at the Tarrow laboratory this week and scientists there will now test them."
    assert [(d.text, d.future) for d in dates(text)] == [("this week", False)]
    text = "The board met on Monday and will vote on Friday."
    assert [(d.text, d.future) for d in dates(text)] == [("Monday", False), ("Friday", True)]


def test_had_been_due_tells_a_plan_given_up_not_one_to_come():
    # published on a Tuesday
    assert [(d.value, d.future) for d in dates("The school had been due to reopen on Sunday.")] == [("2024-12-29", False)]
    assert [(d.value, d.future) for d in dates("No talks had been scheduled as of Monday.")] == [("2024-12-30", False)]
    assert [(d.value, d.future) for d in dates("The school is due to reopen on Sunday.")] == [("2025-01-05", True)]


def test_what_was_planned_lies_ahead_but_the_planning_is_past():
    # published on a Tuesday
    assert [(d.value, d.future) for d in dates("The crews planned to leave Tarrow on Thursday.")] == [
        ("2025-01-02", True)]
    assert [(d.value, d.future) for d in dates("On Friday, the council planned to pay the first claims.")] == [
        ("2024-12-27", False)]
    assert [(d.value, d.future) for d in dates("The crews had planned to leave on Thursday.")] == [
        ("2024-12-26", False)]
    # a plan with its object, and planning for an event; what was planned and done is past
    assert [(d.value, d.future) for d in dates("Dockworkers plan a march through Tarrow on Thursday.")] == [
        ("2025-01-02", True)]
    assert [(d.value, d.future) for d in dates("Police said the gunman planned the attack on Thursday.")] == [
        ("2024-12-26", False)]
    assert [(d.value, d.future) for d in dates("Ministers are planning for the harbour summit in April.")] == [
        ("2025-04", True)]


def test_a_state_that_lasts_until_a_day_looks_ahead():
    # published on a Tuesday
    assert [(d.value, d.future) for d in dates("The school has been closed until Thursday.")] == [("2025-01-02", True)]
    assert [(d.value, d.future) for d in dates("Classrooms shut until at least Friday.")] == [("2025-01-03", True)]
    # a past closure stays past
    assert [(d.value, d.future) for d in dates("The school was closed until Monday.")] == [("2024-12-30", False)]


def test_a_month_name_before_a_speech_verb_is_a_first_name():
    assert dates("June tells the radio host about her life in Tarrow.") == []
    assert [d.text for d in dates("June was the wettest month in Tarrow.")] == ["June"]


def test_a_verb_right_before_the_preposition_of_a_date_gives_its_tense():
    # Tuesday 17 March: the ban was announced on the Monday before; it takes effect later
    published = dt.date(2026, 3, 17)
    assert triples("The hosepipe ban announced on Monday takes effect on April 1.", published) == [
        ("Monday", "2026-03-16", "day"), ("April 1", "2026-04-01", "day")]
    assert triples("The ban takes effect on Monday.", published) == [("Monday", "2026-03-23", "day")]


def test_what_would_go_on_until_a_day_ends_ahead():
    published = dt.date(2026, 2, 27)  # a Friday
    assert triples("Flags would fly at half-mast until Monday, the mayor said.", published) == [
        ("Monday", "2026-03-02", "day")]
    # "would not ... until" narrates what was held back
    assert triples("The firm found the breach on Saturday but would not say so until Monday.",
                   dt.date(2026, 3, 18)) == [("Saturday", "2026-03-14", "day"), ("Monday", "2026-03-16", "day")]


def test_a_lower_cased_date_with_its_year_is_read():
    # feeds that lower-case their text; the mention keeps the text's own letters
    assert triples("The race ended at the finish line on april 28, 2015, and again 3 june 2016.", None) == [
        ("april 28, 2015", "2015-04-28", "day"), ("3 june 2016", "2016-06-03", "day")]
    assert triples("It reopened on september 30th,  2015.", None) == [("september 30th,  2015", "2015-09-30", "day")]
    # without a year, or a month that is also a word, it is none this can tell
    assert dates("They may 5 times march 2015 ways; we met on june 3.", None) == []


def test_a_state_that_lasts_until_a_day_and_a_course_set_look_ahead():
    # published Tuesday 2024-12-31
    assert triples("A curfew remains in force until 8 a.m. on Friday.") == [("Friday", "2025-01-03", "day")]
    assert triples("The bridge is closed until Monday.") == [("Monday", "2025-01-06", "day")]
    assert triples("The bridge was closed until Monday.") == [("Monday", "2024-12-30", "day")]
    assert triples("The storm is on course to make landfall late on Thursday.") == [("Thursday", "2025-01-02", "day")]


def test_what_someone_said_they_would_do_on_a_day_lies_ahead():
    # published Tuesday 2024-12-31
    assert triples("The company said it would report its results on Thursday.") == [("Thursday", "2025-01-02", "day")]
    assert triples("She said investigators would reach the site on Sunday.") == [("Sunday", "2025-01-05", "day")]
    assert triples("He said on Monday that he would testify on Friday.") == [
        ("Monday", "2024-12-30", "day"), ("Friday", "2025-01-03", "day")]


def test_a_count_of_days_or_weeks_from_now_lies_ahead():
    # published Tuesday 2024-12-31
    assert triples("Two days from now the toll takes effect.") == [("Two days from now", "2025-01-02", "day")]
    assert triples("The vote is seven weeks from today.") == [("seven weeks from today", "2025-02-17", "week")]
    assert triples("The ferry sank two weeks ago.") == [("two weeks ago", "2024-12-16", "week")]


def test_a_days_event_that_now_brings_something_about_is_past():
    # published Tuesday 2024-12-31
    assert triples("Monday's vote means the bill will go to the Senate.") == [("Monday", "2024-12-30", "day")]
    assert triples("Friday's march will go ahead, police said.") == [("Friday", "2025-01-03", "day")]


def test_the_new_end_of_what_is_extended_or_kept_going_lies_ahead():
    # published Tuesday 2024-12-31
    assert triples("The House voted to keep the agency funded through March 9.") == [("March 9", "2025-03-09", "day")]
    assert triples("The regulator extended its deadline until Friday.") == [("Friday", "2025-01-03", "day")]
    assert triples("The bank extended the loan in March.") == [("March", "2024-03", "month")]


def test_ordinary_presents_and_pasts_around_a_weekday_do_not_look_ahead():
    # published Tuesday 2024-12-31
    for text, day in (("A shark bit a surfer at Bondi Beach Sunday.", "2024-12-29"),
                      ("Investigators are combing through footage from Saturday.", "2024-12-28"),
                      ("The house is where she lived until Friday.", "2024-12-27"),
                      ("The driver faces charges over the crash on Sunday.", "2024-12-29"),
                      ("The blaze would appear to have begun on Monday.", "2024-12-30"),
                      ("Ruiz was on course to win on Sunday before she crashed.", "2024-12-29")):
        assert [t[1] for t in triples(text)] == [day], text


def test_every_weekday_is_no_one_day():
    assert triples("The council meets every Friday and each Monday.") == []
    # a weekday as an attribute names its day: the service was held on the Sunday just past
    assert triples("About 200 people attended a Sunday night vigil.") == [("Sunday", "2024-12-29", "day")]


# --- from a stress set in the style of 1990s wire and business copy ---------------------------

@pytest.mark.parametrize("text, expected", [
    # an "-ed" word after a determiner describes a noun; the modal tells the tense
    ("The Tarrow council will vote on the proposed levy Thursday.", ("Thursday", "2025-01-02", "day")),
    ("The verdict in the Brask case is expected Thursday.", ("Thursday", "2025-01-02", "day")),
    ("The ruling is set for Friday.", ("Friday", "2025-01-03", "day")),
    ("Mayor Ilse Norrby takes office Thursday.", ("Thursday", "2025-01-02", "day")),
    ("The Velmora union will strike if talks fail Thursday.", ("Thursday", "2025-01-02", "day")),
    ("Talks resumed. If they fail Thursday, the Velmora union will strike.", ("Thursday", "2025-01-02", "day")),
    # a bare present before a weekday is a timetable; a noun or an infinitive is none
    ("The Orlen championships open on Saturday.", ("Saturday", "2025-01-04", "day")),
    ("Orlen shares fell at the close on Friday.", ("Friday", "2024-12-27", "day")),
    ("The Brask talks came to an end Friday.", ("Friday", "2024-12-27", "day")),
    ("The Orlen plant was forced to close on Friday.", ("Friday", "2024-12-27", "day")),
    ("The Brask school had been due to re-open on Monday.", ("Monday", "2024-12-30", "day")),
    ("Negotiators resume Monday.", ("Monday", "2025-01-06", "day")),
    ("The Brask court hears the appeal Friday.", ("Friday", "2025-01-03", "day")),
    ("The Orlen stores did not open Monday.", ("Monday", "2024-12-30", "day")),
    # a day or month with its year named after it
    ("Sales at Orlen rose in January of last year.", ("January of last year", "2023-01", "month")),
    ("The Brask mill closed on the 5th of August last year.", ("5th of August last year", "2023-08-05", "day")),
    ("The Orlen ferry resumes this Friday.", ("this Friday", "2025-01-03", "day")),
    ("The Orlen ferry ran this Monday.", ("this Monday", "2024-12-30", "day")),
])
def test_weekdays_ahead_from_stress_set(text, expected):
    assert triples(text) == [expected]


def test_the_verb_of_a_reduced_relative_still_dates_its_day():
    assert triples("The council will debate the levy proposed on Friday.") == [("Friday", "2024-12-27", "day")]


def test_us_holidays_by_their_rule():
    assert triples("Tarrow banks will shut on Memorial Day, Labor Day, Presidents' Day, Veterans Day, "
                   "the Fourth of July, and Martin Luther King Jr. Day.", dt.date(2025, 1, 6)) == [
        ("Memorial Day", "2025-05-26", "day"), ("Labor Day", "2025-09-01", "day"),
        ("Presidents' Day", "2025-02-17", "day"), ("Veterans Day", "2025-11-11", "day"),
        ("Fourth of July", "2025-07-04", "day"), ("Martin Luther King Jr. Day", "2025-01-20", "day")]


def test_a_decade_with_an_apostrophe_is_no_year():
    assert triples("Dorvel grew in the 1930's and the late 1960's.") == [
        ("1930's", None, None), ("late 1960's", None, None)]


def test_business_quarters_and_halves():
    assert triples("Dorvel's third-quarter profit fell; in the third quarter and the year-earlier quarter "
                   "sales slid, and in the first half of 2023 and the first half of this year they rose. "
                   "Goods arrive in the second half of November.") == [
        ("third-quarter", None, None), ("the third quarter", None, None), ("the year-earlier quarter", None, None),
        ("the first half of 2023", "2023", "year"), ("the first half of this year", "2024", "year"),
        ("November", "2024-11", "month")]


def test_a_month_of_a_year_and_strict_months_after_between():
    assert triples("The fund moved money between May and July, and again in June of 1992.") == [
        ("May", "2024-05", "month"), ("July", "2024-07", "month"), ("June of 1992", "1992-06", "month")]


def test_a_day_without_its_year_takes_the_year_its_sentence_wrote_out():
    assert triples("In 1992, Ilse Norrby signed the Brask order on June 19 and left.") == [
        ("1992", "1992", "year"), ("June 19", "1992-06-19", "day")]
    assert triples("The 1996 Brask charter will take effect on June 1.", dt.date(1994, 11, 17)) == [
        ("1996", "1996", "year"), ("June 1", "1995-06-01", "day")]


def test_the_year_a_sentence_sets_holds_for_a_day_yet_to_come_and_for_a_when_clause():
    # a past day, though this year's June 19 is still ahead of publication
    assert triples("In 2012, Ilse Norrby tore a hamstring on June 19.", dt.date(2013, 6, 17)) == [
        ("2012", "2012", "year"), ("June 19", "2012-06-19", "day")]
    # a year a clause with "when" goes on to tell
    assert triples("The last late Brask budget was in 2010, when it was signed on Aug. 3.",
                   dt.date(2013, 3, 12)) == [("2010", "2010", "year"), ("Aug. 3", "2010-08-03", "day")]
    # a sentence that opens with last year
    assert triples("Last year the Brask fair opened on April 8.", dt.date(2013, 3, 29)) == [
        ("Last year", "2012", "year"), ("April 8", "2012-04-08", "day")]
    # not a year told in passing, nor a day yet to come
    assert triples("Mayor Norrby, elected in 2009, will retire on March 31.", dt.date(2013, 3, 12)) == [
        ("2009", "2009", "year"), ("March 31", "2013-03-31", "day")]
    assert triples("In 2012, Norrby said the fair will open on June 19.", dt.date(2013, 6, 17)) == [
        ("2012", "2012", "year"), ("June 19", "2013-06-19", "day")]
    # from a review on ordinary news: the year of a "when" clause holds in the clause only, a
    # day something was said on is the story's, and "Last year's" sets no year
    assert triples("She joined Brask in 2015, when it had 12 employees, and was named chief on Jan. 8.",
                   dt.date(2024, 2, 10)) == [("2015", "2015", "year"), ("Jan. 8", "2024-01-08", "day")]
    assert triples("Last year, Brask lost $2 billion, it said in a regulatory filing on Feb. 14.",
                   dt.date(2024, 3, 1)) == [("Last year", "2023", "year"), ("Feb. 14", "2024-02-14", "day")]
    assert triples("Last year's champion, Jane Norrby, announced on Jan. 12 that she would retire.",
                   dt.date(2024, 3, 4)) == [("Last year", "2023", "year"), ("Jan. 12", "2024-01-12", "day")]


def test_a_condition_speaks_of_what_follows_it_only():
    assert triples("Wardens asked crews not to sail on Saturday unless they had a permit.") == [
        ("Saturday", "2024-12-28", "day")]


def test_what_a_judge_would_do_lies_ahead():
    assert triples("The judge said he would pass sentence on Friday.") == [("Friday", "2025-01-03", "day")]


def test_from_the_review_of_the_stress_set_rules():
    # an undated article's relative quarter has no value (it raised an error)
    assert triples("Profit fell in the fourth quarter of last year.", None) == [
        ("the fourth quarter of last year", None, None)]
    # the fiscal year, and the quarter that ended or is ending on a day: periods with no calendar value
    assert triples("Sales for the quarter ended Feb. 2 fell; the fiscal year began in October.",
                   dt.date(2025, 3, 12)) == [
        ("the quarter", None, None), ("Feb. 2", "2025-02-02", "day"), ("the fiscal year", None, None),
        ("October", "2024-10", "month")]
    assert triples("Last fiscal year, Dorvel lost money; the current fiscal year looks better.") == [
        ("Last fiscal year", None, None), ("the current fiscal year", None, None)]
    assert triples("The quarter was weak; in a fiscal year revenue varies; fiscal year 2023 was good.") == [
        ("2023", "2023", "year")]
    assert triples("The Harriers led 30-28 when the quarter ended; the new fiscal year starts soon.") == [
        ("the new fiscal year", None, None)]
    # a half is one only with its year; "quarter-final" is no quarter
    assert triples("The first quarter-final was on Monday; Brask scored in the first half.") == [
        ("Monday", "2024-12-30", "day")]
    # an "if" that asks sets no condition
    assert triples("Police did not say if Saturday's fire was arson.") == [("Saturday", "2024-12-28", "day")]
    # a year in an apposition, a modifier or across a semicolon lends itself to no day
    assert triples("Mayor Ilse Norrby, elected in 2019, resigned on June 19.")[1] == ("June 19", "2024-06-19", "day")
    assert triples("The council set a 2026 target on Nov. 4.")[1] == ("Nov. 4", "2024-11-04", "day")
    assert triples("In 2010 the mine closed; it reopened May 4.")[1] == ("May 4", "2024-05-04", "day")
    # a holiday takes the year written after it
    assert triples("Ilse Norrby was born on the Fourth of July, 1950.") == [("Fourth of July, 1950", "1950-07-04", "day")]
    # "this Friday" follows the tense when there is one
    assert triples("The Brask council meets this Friday.", dt.date(2025, 1, 4)) == [("this Friday", "2025-01-10", "day")]


def test_march_and_may_inside_a_sentence_after_a_word_that_opens_a_month():
    published = dt.date(2025, 3, 20)
    assert triples("Orchards braced for the coldest start to March since 1962.", published) == [
        ("March", "2025-03", "month"), ("1962", "1962", "year")]
    assert triples("Velmora enjoyed its warmest March on record.", published) == [("March", "2025-03", "month")]
    assert triples("A memorial concert is planned for May.", published) == [("May", "2025-05", "month")]
    assert triples("The valley expects rain in April, May and June.", dt.date(2025, 4, 10)) == [
        ("April", "2025-04", "month"), ("May", "2025-05", "month"), ("June", "2025-06", "month")]
    assert triples("The report for March is due on Friday.", published)[0] == ("March", "2025-03", "month")
    # a date opening the text names no one
    assert triples("On May 5 the mill closed. A concert is planned for May.", published)[1] == ("May", "2025-05", "month")
    # names, and the words before a person rather than a month
    for text in ("Talks between Theresa May and Orvik ended.", "He spoke to May about the plan.",
                 "The Women's March drew crowds.", "Tickets for March Madness sold out.",
                 "The interest May paid was high.", "Orvik said, according to May, nothing.",
                 "Pressure grew after May lost her majority.", "Pressure grew after May's defeat.",
                 "The protest May faced was large.", "The best May could hope for was a draw.",
                 "Thousands gathered for March on Kessa.",
                 "Prime Minister Ilse May spoke. The vote is set for May."):
        assert dates(text, published) == [], text


def test_a_month_just_after_publication_in_a_past_clause_is_last_years():
    published = dt.date(2025, 3, 20)
    assert triples("The vote took place in April.", published) == [("April", "2024-04", "month")]
    assert triples("The vote will take place in April.", published) == [("April", "2025-04", "month")]
    # most past verbs before a month soon to come announce or plan it; a deadline set in the past
    # may still lie ahead; a passive's tense is its linking verb's
    assert triples("The union announced a strike in April.", published) == [("April", "2025-04", "month")]
    assert triples("The council was ordered to leave by April.", published) == [("April", "2025-04", "month")]
    assert triples("The case is heard in May, court officials said.", published) == [("May", "2025-05", "month")]


def test_the_figures_of_a_month_are_out_after_it():
    published = dt.date(2025, 3, 3)  # a Monday
    assert triples("The ministry will report January sales on Tuesday.", published) == [
        ("January", "2025-01", "month"), ("Tuesday", "2025-03-04", "day")]
    assert triples("Economists await the February jobs report.", published) == [("February", "2025-02", "month")]


def test_what_is_planned_or_hoped_for_lies_ahead():
    published = dt.date(2025, 3, 20)  # a Thursday
    assert triples("A concert is planned for June.", published) == [("June", "2025-06", "month")]
    assert triples("He said he hoped to pass the bill by Memorial Day.", published) == [
        ("Memorial Day", "2025-05-26", "day")]
    assert triples("He had hoped to finish by Friday.", published) == [("Friday", "2025-03-14", "day")]
    # an "-ed" word after a hyphen is an adjective, no past verb, but for a verb's prefix
    assert triples("Velmora will face fourth-seeded Orvik on Saturday.", dt.date(2025, 3, 16)) == [
        ("Saturday", "2025-03-22", "day")]
    assert triples("The board re-elected Velde as chair on Friday.", published) == [("Friday", "2025-03-14", "day")]


def test_a_year_after_to_and_a_holiday_in_a_list():
    assert triples("The plan was delayed to 2027.") == [("2027", "2027", "year")]
    assert triples("He was referring to 2026.") == [("2026", "2026", "year")]
    for text in ("Attendance rose to 2000 from 1500.", "Seats were increased from 1500 to 2000.",
                 "Ticket sales dropped 40 percent to 1900.", "Membership has swelled to 2000."):
        assert dates(text) == [], text
    assert triples("On March 3 the plan was delayed to 2027.", dt.date(2025, 3, 20))[1] == ("2027", "2027", "year")
    assert dates("The office moved to 1999 Harbour Road.") == []
    assert triples("The season included Thanksgiving, Christmas and the sales after.", dt.date(2025, 1, 10)) == [
        ("Thanksgiving", "2024-11-28", "day"), ("Christmas", "2024-12-25", "day")]


def test_a_season_after_a_preposition_and_a_decade_in_apostrophe_form_are_dates_without_a_value():
    assert triples("The ban takes effect in the summer.") == [("the summer", None, None)]
    assert triples("She trained over the winter.") == [("the winter", None, None)]
    assert triples("Velmora was popular in the early '80s and the '90s.") == [
        ("early '80s", None, None), ("90s", None, None)]
    # an event, a change and a season with its year are not
    for text in ("The fall of Kessa was sudden.", "A rise in the fall in prices hurt.", "She is in her 60s.",
                 "She broke her hip in the fall.", "Two climbers died in the fall.", "He was hurt in the fall from a ladder."):
        assert dates(text) == [], text
    assert triples("Sales peaked in the summer of 2011.") == [("2011", "2011", "year")]
    assert triples("Sales peaked last fall in Orvik.", dt.date(2025, 3, 1))[0][0] == "last fall"


def test_the_year_earlier_period_is_a_date_without_a_value():
    assert triples("Profit rose from the year-earlier period.") == [("year-earlier", None, None)]
    assert triples("Year-ago sales were lower.") == [("Year-ago", None, None)]
    assert dates("The 10-year-old boy left.") == []
    assert dates("A 10-year-ago photo resurfaced.") == []


@pytest.mark.parametrize("text", [
    "Good Friday was calm, and the next Friday too.",  # a trigger at the start that holds another
    "this week the vote; the past weekend was quiet",
    "Songs of the ’90s and the '80s, and 1990s fashion.",
    "«March 5» and ñMarch 6 are not triggers, but “March 7” is.",
    "On\u00a0March 3, then\u2009Tuesday, then the end of May.",
    "Voters went to the polls Friday—next week the count. The—next day.",
    "Café Tuesday: naïve Sunday, 12 March, 3 weeks, that same day, tomorrow, Mid-March.",
    "",
])
def test_triggers_found_in_the_folded_copy_are_those_of_the_text_itself(text):
    # The scan looks for triggers in an ASCII copy and confirms each on the text: it must find
    # what scanning the text itself with the trigger pattern finds.
    from generator.analysis import dates

    direct = [(m.start() + 1, m.lastgroup) for m in dates._TRIGGER.finditer(text)]
    first = dates._TRIGGER_AT_START.match(text)
    if first:
        direct.insert(0, (0, first.lastgroup))
    extra = sorted(set(dates._triggers(text)) - set(direct))
    assert [t for t in dates._triggers(text) if t not in extra] == direct
    assert direct or not text  # each text but the empty one holds triggers


def test_a_timetable_with_a_month_and_the_second_of_two_weekdays_lie_ahead():
    published = dt.date(2013, 4, 11)
    assert triples("Norrby is up for re-election in November.", dt.date(2013, 4, 2)) == [
        ("November", "2013-11", "month")]
    assert triples("The stopgap bill keeps the agency open through Sept. 30.", published) == [
        ("Sept. 30", "2013-09-30", "day")]
    # the second of two weekdays to come follows the first
    assert triples("Forecasters expect sleet on Sunday and Monday.", dt.date(2013, 3, 23)) == [
        ("Sunday", "2013-03-24", "day"), ("Monday", "2013-03-25", "day")]
    # from a review on ordinary news: past days each take their latest, a game moved may move
    # back, and "was up for" is past
    assert triples("Police searched the Brask depot on Friday and Monday.", dt.date(2013, 3, 20)) == [
        ("Friday", "2013-03-15", "day"), ("Monday", "2013-03-18", "day")]
    assert triples("The Brask store was closed Monday and Sunday for repairs.", dt.date(2024, 6, 12)) == [
        ("Monday", "2024-06-10", "day"), ("Sunday", "2024-06-09", "day")]
    assert triples("Norrby, who was up for re-election in November, lost.", dt.date(2024, 12, 15)) == [
        ("November", "2024-11", "month")]
    # headlines tell a month just past in the present: no timetable
    assert triples("Brask index closes in December at 3.4 percent.", dt.date(2024, 1, 11)) == [
        ("December", "2023-12", "month")]


def test_a_week_told_by_its_place_in_a_month_and_a_weekday_that_points_back():
    assert triples("Brask staff were trained in the last week of February.", dt.date(2013, 3, 4)) == [
        ("the last week of February", "2013-02-25", "week")]
    assert triples("The Brask fair opens in the first week of June 2014.", dt.date(2013, 3, 4)) == [
        ("the first week of June 2014", "2014-06-02", "week")]
    assert triples("Norrby quit on May 1, 2012. That Tuesday, crowds rallied at the Brask depot.",
                   dt.date(2013, 4, 2)) == [("May 1, 2012", "2012-05-01", "day"), ("That Tuesday", "2012-05-01", "day")]
    assert triples("The storm hit on March 4. By that Friday, the Brask schools had reopened.",
                   dt.date(2013, 3, 20)) == [("March 4", "2013-03-04", "day"), ("that Friday", "2013-03-08", "day")]
    # a conjunction before a weekday alone
    assert triples("Officials said that Tuesday was quiet.", dt.date(2013, 4, 4)) == [("Tuesday", "2013-04-02", "day")]
    # no month before a name ("March Madness"), no day of speaking to count from
    assert "week" not in [p for _, _, p in triples("It was the second week of March Madness.", dt.date(2024, 3, 20))]
    assert triples("Brask announced the closure on Wednesday, March 6. That Monday, workers had already begun.",
                   dt.date(2024, 3, 20)) == [("Wednesday, March 6", "2024-03-06", "day"), ("That Monday", "2024-03-04", "day")]
    # with no day told before (or only days of speaking), no value rather than a guess
    assert triples("“That Friday was the last time I saw him,” she said of her son, killed on June 14, 2019.",
                   dt.date(2024, 6, 20)) == [("That Friday", None, None), ("June 14, 2019", "2019-06-14", "day")]
