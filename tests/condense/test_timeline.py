"""The K most important dates of a story: days that many articles name, above all those that later
articles look back on; quotes, the future and old background do not count."""
from generator.condense.timeline import (NAMED_LATER, NAMED_THAT_DAY, NAMED_WITHIN_A_WEEK, PUBLISHED_THAT_DAY,
                                         SourcedDate, build_timeline, date_weights)
from generator.model import DateMention


def said(day, source, published, sentence="The harbour bridge reopened to traffic.", *, start=0,
         precision="day", quoted=False, future=False):
    """One article (SOURCE, published on PUBLISHED) naming DAY in SENTENCE."""
    return SourcedDate(DateMention(day, day, precision, 0, 5, future), sentence, source, start, quoted, published)


def kept_dates(found, keep):
    return [e.date for e in build_timeline(found, keep_dates=keep)]


def test_a_day_named_weeks_later_outranks_a_day_only_reported_on_the_spot():
    found = [said("2031-03-02", "a", "2031-03-02", "The ferry strike began at dawn."),
             said("2031-03-02", "b", "2031-03-02", "Ferry crews walked out at dawn."),
             said("2031-03-09", "c", "2031-03-09", "Talks opened in the port offices."),
             said("2031-03-09", "d", "2031-04-20", "The talks that opened on March 9 failed.", start=40)]
    weights = date_weights(found)
    assert weights["2031-03-02"] == 2 * NAMED_THAT_DAY + 2 * PUBLISHED_THAT_DAY
    assert weights["2031-03-09"] == NAMED_THAT_DAY + NAMED_LATER + PUBLISHED_THAT_DAY
    assert kept_dates(found, 1) == ["2031-03-09"]


def test_looking_back_weighs_more_the_longer_after():
    found = [said("2031-05-01", "a", "2031-05-03"), said("2031-05-10", "b", "2031-05-30")]
    weights = date_weights(found)
    assert weights["2031-05-01"] == NAMED_WITHIN_A_WEEK
    assert weights["2031-05-10"] == NAMED_LATER
    assert NAMED_THAT_DAY < NAMED_WITHIN_A_WEEK < NAMED_LATER


def test_an_article_counts_once_for_a_day_however_often_it_names_it():
    found = [said("2031-05-01", "a", "2031-05-01", start=n * 50) for n in range(6)]
    found.append(said("2031-05-02", "b", "2031-05-04"))
    found.append(said("2031-05-02", "c", "2031-05-04", start=10))
    assert date_weights(found)["2031-05-01"] == NAMED_THAT_DAY + PUBLISHED_THAT_DAY
    assert kept_dates(found, 1) == ["2031-05-02"]


def test_quotes_future_days_and_days_after_the_newest_source_do_not_count():
    found = [said("2031-06-01", source, "2031-06-20", quoted=True) for source in "abc"]
    found += [said("2031-06-02", source, "2031-06-20", future=True) for source in "de"]
    found += [said("2031-07-15", source, "2031-06-20", start=80) for source in "fg"]
    found.append(said("2031-06-03", "h", "2031-06-20", "Divers found the wreck on June 3."))
    weights = date_weights(found)
    assert "2031-06-01" not in weights and "2031-06-02" not in weights and "2031-07-15" not in weights
    assert kept_dates(found, 1) == ["2031-06-03"]


def test_days_long_before_the_oldest_source_are_background():
    found = [said("1990-02-11", source, "2031-09-0" + str(n), "The founder was born on 11 February 1990.")
             for n, source in enumerate("abc", start=1)]
    found.append(said("2031-09-01", "d", "2031-09-02", "The company filed for bankruptcy on Monday.", start=60))
    assert "1990-02-11" not in date_weights(found)
    assert kept_dates(found, 1) == ["2031-09-01"]
    assert kept_dates(found, 2) == ["1990-02-11", "2031-09-01"]


def test_publication_days_break_ties_between_days_named_alike():
    found = [said("2031-10-04", "a", "2031-10-06", "The dam gave way on Saturday."),
             said("2031-10-05", "b", "2031-10-07", "Rescuers reached the valley on Sunday."),
             said("2031-10-07", "c", "2031-10-05", "Aid convoys left the capital.", precision="week")]
    assert kept_dates(found, 1) == ["2031-10-05"]


def test_budgeted_timeline_keeps_days_before_months_and_one_event_per_day():
    found = [said("2031-11", source, "2031-12-01", "Prices climbed through November.", precision="month")
             for source in "abcd"]
    found += [said("2031-11-20", "d", "2031-12-01", "Lenders queued at branches on 20 November.", start=50),
              said("2031-11-20", "a", "2031-12-01", "The central bank raised rates on 20 November.", start=50),
              said("2031-11-20", "b", "2031-12-01", "The central bank raised interest rates on 20 November.", start=50),
              said("2031-11-20", "c", "2031-12-01", "On 20 November the central bank raised rates.", start=50)]
    timeline = build_timeline(found, keep_dates=1)
    assert len(timeline) == 1 and timeline[0].date == "2031-11-20"
    assert timeline[0].sources == ["a", "b", "c"]  # the event most sources tell, with its sources
    assert [e.date for e in build_timeline(found, keep_dates=2)] == ["2031-11", "2031-11-20"]


def test_without_a_budget_every_event_stays():
    found = [said("2031-11-20", "a", "2031-12-01", "The central bank raised rates on 20 November."),
             said("2031-11-20", "b", "2031-12-01", "Lenders queued at branches on 20 November.")]
    assert len(build_timeline(found)) == 2
    assert len(build_timeline(found, keep_dates=5)) == 1


def test_chosen_dates_do_not_depend_on_the_order_of_mentions():
    found = [said("2031-01-0" + str(n), "s" + str(n), "2031-01-09", f"Event number {n} happened.") for n in range(1, 9)]
    found += [said("2031-01-03", "x", "2031-01-30", "Looking back at event three.", start=20)]
    forward, backward = build_timeline(found, keep_dates=3), build_timeline(found[::-1], keep_dates=3)
    assert [e.date for e in forward] == [e.date for e in backward] == ["2031-01-01", "2031-01-02", "2031-01-03"]
    # Among events told by as many sources, the first told (sources come oldest first) is the day's event.
    assert [e.text for e in forward if e.date == "2031-01-03"] == ["Event number 3 happened."]


def test_a_sentence_is_dated_by_its_finest_date_and_a_year_that_describes_a_thing_dates_nothing():
    sentence = "The 1911 painting, stolen in 2019, was found on Tuesday."
    found = [SourcedDate(DateMention(text, value, precision, sentence.index(text), sentence.index(text) + len(text)),
                         sentence, "a", 0, False, "2031-05-08")
             for text, value, precision in (("1911", "1911", "year"), ("2019", "2019", "year"),
                                            ("Tuesday", "2031-05-06", "day"))]
    assert [(e.date, e.text) for e in build_timeline(found)] == [("2031-05-06", sentence)]
    assert [e.date for e in build_timeline(found[:2])] == ["2019"]  # not the painting's year
    assert build_timeline(found[:1]) == []
    owned = "Crowds recalled 2007's festival."
    assert build_timeline([SourcedDate(DateMention("2007", "2007", "year", 16, 20), owned, "b")]) == []
    plain = "The festival moved in 2007."
    assert [e.date for e in build_timeline([SourcedDate(DateMention("2007", "2007", "year", 22, 26), plain, "b")])] \
        == ["2007"]


def test_a_loose_now_and_the_start_of_a_span_date_no_event_another_date_can():
    def found(sentence, *dates):
        return [SourcedDate(DateMention(text, value, precision, sentence.index(text), sentence.index(text) + len(text)),
                            sentence, "a", 0, False, "2031-05-08") for text, value, precision in dates]
    died = "The composer, who died 50 years ago this month, is still played."
    assert [e.date for e in build_timeline(found(died, ("50 years ago", "1981", "year"),
                                                 ("this month", "2031-05", "month")))] == ["1981"]
    calls = "The line has taken 300 calls since Sunday."
    assert build_timeline(found(calls, ("Sunday", "2031-05-04", "day"))) == []
    closed = "The gallery will stay closed until Friday."
    assert [e.date for e in build_timeline(found(closed, ("Friday", "2031-05-09", "day")))] == ["2031-05-09"]


def test_a_year_described_and_a_month_or_year_in_an_after_clause_date_no_event():
    def dated(sentence, *dates):
        found = [SourcedDate(DateMention(text, value, precision, sentence.index(text), sentence.index(text) + len(text)),
                             sentence, "a", 0, False, "2031-05-08") for text, value, precision in dates]
        return [e.date for e in build_timeline(found)]
    # the year is what is described, not when
    assert dated("The mayor described 2030 as a year of rebuilding.", ("2030", "2030", "year")) == []
    assert dated("Work stopped in 2030 as a strike began.", ("2030", "2030", "year")) == ["2030"]
    # what came before the sentence's event is background
    assert dated("Residents said the wall promised after the floods in March 2029 was never built.",
                 ("March 2029", "2029-03", "month")) == []
    assert dated("After the floods in March 2029, the town built a wall.", ("March 2029", "2029-03", "month")) \
        == ["2029-03"]
    # so is what a "since" clause looks back to: "today" dates the event
    sentence = "The nurse was named today as the first to die since the virus emerged three months ago."
    assert dated(sentence, ("today", "2031-05-08", "day"), ("three months ago", "2031-02", "month")) == ["2031-05-08"]
    # a relative clause tells who someone is, not when the event was
    assert dated("The estate of the painter, who died in 2005, sold the harbour scene in April.",
                 ("2005", "2005", "year"), ("April", "2031-04", "month")) == ["2031-04"]
    # the end of a span opened by "between" is no more the event's date than its start
    assert dated("Residents who paid fines between March and October were told to check their accounts.",
                 ("March", "2031-03", "month"), ("October", "2030-10", "month")) == []
    # a day there is the news of the day before: the site went down on Sunday
    assert dated("The website was knocked offline after hackers replaced its homepage on Sunday.",
                 ("Sunday", "2031-05-04", "day")) == ["2031-05-04"]


def test_a_report_of_a_day_overtakes_the_plan_for_it():
    plan = "The dockworkers' union said it would put the offer to its members in a vote on Tuesday."
    report = "Dockworkers at Port Tarrow voted on Tuesday to accept the offer, ending the strike."
    other = "The mayor will open the new ferry terminal on Tuesday."
    found = [said("2031-05-06", "a", "2031-05-02", plan, future=True), said("2031-05-06", "b", "2031-05-07", report),
             said("2031-05-06", "c", "2031-05-02", other, future=True)]
    assert [(e.text, e.future) for e in build_timeline(found)] == [(report, False), (other, True)]


def test_the_end_of_a_quotation_tells_no_event():
    def dated(sentence):
        found = [SourcedDate(DateMention("Monday", "2031-05-05", "day", sentence.index("Monday"),
                                         sentence.index("Monday") + 6), sentence, "a", 0, False, "2031-05-06")]
        return [e.date for e in build_timeline(found)]
    assert dated('We do not know where the boat is," the harbour master told reporters on Monday.') == []
    assert dated("It is ours again,” the harbour master said on Monday.") == []
    assert dated('The harbour master said on Monday that the "Salt Queen" was safe.') == ["2031-05-05"]


def test_a_date_that_describes_a_thing_dates_no_event_unless_the_thing_is_the_event():
    def dated(sentence, *dates):
        found = [SourcedDate(DateMention(text, value, precision, sentence.index(text), sentence.index(text) + len(text)),
                             sentence, "a", 0, False, "2031-05-08") for text, value, precision in dates]
        return [e.date for e in build_timeline(found)]
    # a possessive, or a date between a determiner and a noun, names a thing the event concerns
    assert dated("A man was arrested in connection with last year's harbour blasts.",
                 ("last year", "2030", "year")) == []
    assert dated("The crews asked the board to end the appeal after Thursday's ruling.",
                 ("Thursday", "2031-05-08", "day")) == []
    assert dated("Hagen was indicted last year in the October 2029 shooting of a ferry captain.",
                 ("last year", "2030", "year"), ("October 2029", "2029-10", "month")) == ["2030"]
    # as the subject or opening phrase, or the occasion "at" which it happened, it is the event
    assert dated("Sunday's memorial service included the lighting of candles.",
                 ("Sunday", "2031-05-04", "day")) == ["2031-05-04"]
    assert dated("In its Friday issue, the Ledger quoted an officer.", ("Friday", "2031-05-02", "day")) \
        == ["2031-05-02"]
    assert dated("The council decided at last year's harbour summit to build the wall.",
                 ("last year", "2030", "year")) == ["2030"]
    # "on the 17th April" is a day, not a thing
    assert dated("I returned from Orlen on the 17th April just before the storm.",
                 ("17th April", "2031-04-17", "day")) == ["2031-04-17"]


def test_what_usually_happens_is_no_event():
    sentence = "Goods for the December holidays normally start arriving in the second half of November."
    assert build_timeline([SourcedDate(DateMention("November", "2031-11", "month", 78, 86), sentence, "a")]) == []
    # a habit told aside is no habit of the sentence
    sentence = "Doctors gave the patient a sedative, typically used in surgery, on Monday."
    found = [SourcedDate(DateMention("Monday", "2031-05-05", "day", 67, 73), sentence, "a")]
    assert [e.date for e in build_timeline(found)] == ["2031-05-05"]


def test_a_sentence_of_a_day_its_source_cannot_resolve_is_not_dated_by_a_year_in_it():
    sentence = "The mayor told crews this weekend he owed his victories in 2028 and 2032 to them."
    found = [SourcedDate(DateMention("this weekend", None, None, 21, 33), sentence, "a"),
             SourcedDate(DateMention("2028", "2028", "year", 61, 65), sentence, "a")]
    assert build_timeline(found) == []
    # resolved, the day dates it
    found[0] = SourcedDate(DateMention("this weekend", "2031-05-05", "week", 21, 33), sentence, "a")
    assert [e.date for e in build_timeline(found)] == ["2031-05-05"]


def test_a_notice_about_the_article_is_no_event():
    sentence = "Correction: October 2, 2031, Sunday."
    assert build_timeline([SourcedDate(DateMention("October 2, 2031", "2031-10-02", "day", 12, 27), sentence, "a")]) == []


def test_the_date_of_what_a_suspect_is_held_for_dates_no_event():
    sentence = "A man has been arrested in connection with the bombing of the Tarrow ferry last year, police said today."
    found = [SourcedDate(DateMention("last year", "2030", "year", sentence.index("last year"),
                                     sentence.index("last year") + 9), sentence, "a"),
             SourcedDate(DateMention("today", "2031-05-05", "day", sentence.index("today"),
                                     sentence.index("today") + 5), sentence, "a")]
    assert [e.date for e in build_timeline(found)] == ["2031-05-05"]
    # a date the sentence's own event has stays
    sentence = "Police arrested a man last year in Tarrow."
    found = [SourcedDate(DateMention("last year", "2030", "year", 21, 30), sentence, "a")]
    assert [e.date for e in build_timeline(found)] == ["2030"]


def test_a_sentence_about_the_reporting_is_no_event():
    for sentence in ("Tarrow police declined to comment Saturday.", "Ana Ruiz could not be reached for comment on Saturday.",
                     "The board did not respond to a request for comment on Saturday."):
        at = sentence.index("Saturday")
        assert build_timeline([SourcedDate(DateMention("Saturday", "2031-05-03", "day", at, at + 8), sentence, "a")]) == []
    # a refusal that is news stays, and so do villages rescuers could not reach
    for sentence in ("The minister refused to resign on Saturday.",
                     "The flooded villages could not be reached by rescuers on Saturday."):
        at = sentence.index("Saturday")
        assert len(build_timeline([SourcedDate(DateMention("Saturday", "2031-05-03", "day", at, at + 8), sentence,
                                               "a")])) == 1
    sentence = "The minister refused to resign on Saturday."
    at = sentence.index("Saturday")
    assert len(build_timeline([SourcedDate(DateMention("Saturday", "2031-05-03", "day", at, at + 8), sentence, "a")])) == 1


def test_a_closed_span_from_one_date_to_another_dates_no_event():
    sentence = "Researchers analysed cancer registry data from 2018 to 2031."
    found = [SourcedDate(DateMention(t, t, "year", sentence.index(t), sentence.index(t) + 4), sentence, "a")
             for t in ("2018", "2031")]
    assert build_timeline(found) == []
    # "from" alone opens what takes effect: the day it does
    sentence = "Masks will be required on the ferries from Monday."
    found = [SourcedDate(DateMention("Monday", "2031-05-05", "day", 43, 49, True), sentence, "a")]
    assert [e.date for e in build_timeline(found)] == ["2031-05-05"]


def test_a_comparisons_baseline_dates_no_event():
    def found(sentence, text, value, precision):
        return [SourcedDate(DateMention(text, value, precision, sentence.index(text), sentence.index(text) + len(text)),
                            sentence, "a", 0, False, "2031-05-08")]
    for sentence in ("The poll put the Civic Union on 31 percent, up 3 points from last month.",
                     "Ferry traffic was 12% lower than last month, the port said.",
                     "Fares rose sharply compared with last month."):
        assert build_timeline(found(sentence, "last month", "2031-04", "month")) == [], sentence
    # a month that is when it happened stays, hedged or not
    hedged = "The port moved its ferries to the north quay less than a month ago."
    assert [e.date for e in build_timeline(found(hedged, "a month ago", "2031-04", "month"))] == ["2031-04"]
    moved = "The port moved its ferries to the north quay last month."
    assert [e.date for e in build_timeline(found(moved, "last month", "2031-04", "month"))] == ["2031-04"]


def test_a_report_of_a_day_tells_it_over_the_plan_it_joins():
    plan = "Dr Hagen is due to be sentenced by the Tarrow court on 29 November."
    report = "Dr Hagen was sentenced by the Tarrow court on 29 November to four years."
    found = [SourcedDate(DateMention("29 November", "2031-11-29", "day", 50, 61, True), plan, "a"),
             SourcedDate(DateMention("29 November", "2031-11-29", "day", 46, 57, False), report, "b")]
    assert [(e.text, e.sources, e.future) for e in build_timeline(found)] == [(report, ["a", "b"], False)]


def test_a_lead_dated_by_its_publication_adds_no_weight_to_its_day():
    lead = SourcedDate(DateMention("", "2031-05-02", "day", 0, 0), "The ferry sank.", "a", 0, False, "2031-05-02")
    assert date_weights([lead]) == {"2031-05-02": PUBLISHED_THAT_DAY}


def test_a_penalty_after_jailed_for_is_no_crime_before_the_date():
    def dated(sentence):
        found = [SourcedDate(DateMention("Friday", "2031-05-02", "day", sentence.index("Friday"),
                                         sentence.index("Friday") + 6), sentence, "a", 0, False, "2031-05-08")]
        return [e.date for e in build_timeline(found)]
    assert dated("Ivo Brask was jailed for life on Friday for the Tarrow killing.") == ["2031-05-02"]
    assert dated("Ivo Brask was jailed for 12 years on Friday.") == ["2031-05-02"]
    assert dated("Ivo Brask was jailed for the killing on Friday of a ferry captain.") == []


def test_a_business_quarter_without_a_value_leaves_the_sentence_its_day():
    sentence = "Dorvel said on Monday that third-quarter profit fell."
    found = [SourcedDate(DateMention("Monday", "2031-05-05", "day", sentence.index("Monday"), sentence.index("Monday") + 6),
                         sentence, "a", 0, False, "2031-05-08"),
             SourcedDate(DateMention("third-quarter", None, None, sentence.index("third"), sentence.index("third") + 13),
                         sentence, "a", 0, False, "2031-05-08")]
    assert [e.date for e in build_timeline(found)] == ["2031-05-05"]


def test_a_day_that_only_opens_a_span_adds_no_weight():
    def named(sentence, day_text, source):
        at = sentence.index(day_text)
        return SourcedDate(DateMention(day_text, "2031-06-28", "day", at, at + len(day_text)), sentence, source,
                           0, False, "2031-07-06")
    unseen = named("The president has not been seen in public since 28 June.", "28 June", "a")
    assert "2031-06-28" not in date_weights([unseen])
    # "since ..., when" tells what happened that day
    shot = named("Protests have grown since 28 June, when police opened fire.", "28 June", "b")
    assert date_weights([unseen, shot])["2031-06-28"] == NAMED_LATER


def test_a_day_named_in_the_possessive_after_in_dates_its_event():
    sentence = "Two students were hurt in Friday's march on the palace."
    at = sentence.index("Friday")
    found = [SourcedDate(DateMention("Friday", "2031-01-11", "day", at, at + 6), sentence, "a", 0, False, "2031-01-12")]
    assert [e.date for e in build_timeline(found)] == ["2031-01-11"]


def test_a_broadcast_named_in_the_possessive_dates_no_event():
    sentence = "Ana Ruiz discusses new research in this week's edition of Harbour Talk."
    at = sentence.index("this week")
    found = [SourcedDate(DateMention("this week", "2031-01-06", "week", at, at + 9), sentence, "a", 0, False, "2031-01-08")]
    assert build_timeline(found) == []
