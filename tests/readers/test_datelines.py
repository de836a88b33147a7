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


@pytest.mark.parametrize("text, outlet, place, partial", [
    ("ÉLVARA, Veskaria (AP) — Thousands marched.", "AP", "ÉLVARA, Veskaria", None),
    ("KÖRNSTADT, Nov 5 (Reuters) - Thousands marched.", "Reuters", "KÖRNSTADT", PartialDate(11, 5)),
    ("SÃO RENÉ, Veskaria, Nov 5 (Harbor Wire) - Thousands marched.", "Harbor Wire", "SÃO RENÉ, Veskaria",
     PartialDate(11, 5)),
    ("Tarrow, Nov 5 (Agência Sul) — Thousands marched.", "Agência Sul", "Tarrow", PartialDate(11, 5)),
    ("ΚΑΡΝΟΣ (AP) — Thousands marched.", "AP", "ΚΑΡΝΟΣ", None),
    ("élvara, veskaria ( ap ) — thousands marched.", "AP", "élvara, veskaria", None),
])
def test_a_dateline_reads_capitals_of_any_alphabet(text, outlet, place, partial):
    found = strip_furniture(text)
    assert (found.outlet, found.place, found.partial_date, found.text) == (outlet, place, partial, "Thousands marched.")


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


@pytest.mark.parametrize("text, date, body", [
    # "updated" stamps: the words announce it; a time before or after the date, zones of any name
    ("Page last updated at 05:32 GMT, Tuesday, 14 April 2026 06:32 UK Ferry sinks off Varna The ferry sank.",
     dt.date(2026, 4, 14), "Ferry sinks off Varna The ferry sank."),
    ("Last updated at 09:10 EDT, April 14, 2026 The ferry sank.", dt.date(2026, 4, 14), "The ferry sank."),
    ("Last updated: 3 march, 2026 - 17:54 GMT Ferry sinks.", dt.date(2026, 3, 3), "Ferry sinks."),
    ("Updated: 14 April 2026 The ferry sank.", dt.date(2026, 4, 14), "The ferry sank."),
    ("14 April 2026 Last updated at 04:46 GMT Help A ferry sank.", dt.date(2026, 4, 14), "A ferry sank."),
    ("First published on Tuesday 14 April 2026 23.10 BST The ferry sank.", dt.date(2026, 4, 14), "The ferry sank."),
    # prose that begins with a date, or with words that could announce one, stays
    ("Tuesday, 14 April 2026 was the day the ferry sank.", None, "Tuesday, 14 April 2026 was the day the ferry sank."),
    ("Published on 14 April 2026, the report found faults.", None,
     "Published on 14 April 2026, the report found faults."),
    ("Updated figures from 14 April 2026 show more damage.", None,
     "Updated figures from 14 April 2026 show more damage."),
])
def test_update_stamps_are_furniture_and_give_the_date(text, date, body):
    found = strip_furniture(text)
    assert (found.date, found.text) == (date, body)


@pytest.mark.parametrize("text", [
    "Ann Lee | 14:07 PM, Monday, 13 April 2026 I went down to the port.",
    "Ann Lee | 16:45 UK time, Monday, 13 April 2026 I went down to the port.",
    "By Ann Lee | April 13, 2026 I went down to the port.",
])
def test_blog_header_gives_author_and_date(text):
    found = strip_furniture(text)
    assert (found.author, found.date, found.text) == ("Ann Lee", dt.date(2026, 4, 13), "I went down to the port.")


def test_a_bar_without_a_date_is_text():
    assert strip_furniture("Ann Lee | The port at night is calm.").text == "Ann Lee | The port at night is calm."


@pytest.mark.parametrize("text, headline", [
    ("Ferry sinks off Varna Page last updated at 08:58 GMT, Thursday, 16 April 2026 09:58 UK The ferry sank.",
     "Ferry sinks off Varna"),
    ("Ferry sinks off Varna Crews say the hull split Thursday 16 April 2026 19.10 BST The ferry sank.",
     "Ferry sinks off Varna Crews say the hull split"),
    # a bulleted standfirst, or one too long for a title, leaves the text but is no headline
    ("• Crews say the hull split • Two missing Thursday 16 April 2026 19.10 BST The ferry sank.", None),
    ("Ferry sinks off Varna as crews on the night shift say the hull split open in a storm that no forecast "
     "had seen coming Thursday 16 April 2026 19.10 BST The ferry sank.", None),
])
def test_a_stamp_after_the_headline_separates_headline_and_text(text, headline):
    found = strip_furniture(text)
    assert (found.headline, found.date, found.text) == (headline, dt.date(2026, 4, 16), "The ferry sank.")


@pytest.mark.parametrize("text", [
    "The crew left on Thursday 16 April 2026 19.10 BST and the ferry sank.",
    "The ferry sank. Crews left Thursday 16 April 2026 19.10 BST after the alarm.",
    "Crews left at 19.10 BST on Thursday 16 April 2026 after the alarm.",
])
def test_a_date_and_time_inside_a_sentence_is_no_stamp(text):
    found = strip_furniture(text)
    assert (found.headline, found.date, found.text) == (None, None, text)


BODY = ("The port closed on Monday. Ships waited outside for two days. The harbour master said the "
        "cranes would be checked one by one, and that the first berth could reopen on Thursday.")


@pytest.mark.parametrize("note", [
    "This article appeared on p7 of the News section of the Harbour Courier on Saturday 2 May 2026.",
    "A version appeared on p7 of the News section of the Harbour Courier on 00.38 BST on Saturday 2 May 2026",
    "A version of this article appears in print on May 2, 2026, on page A7 of the Harbour edition.",
    "This article was published on courier.example at 19.00 BST on Friday 1 May 2026.",
])
def test_print_edition_notes_at_the_end_go_with_what_follows(note):
    text = f"{BODY}\n{note} Follow the Courier's port desk for more. Read our newsletter."
    assert strip_furniture(text).text == BODY


def test_a_print_note_inside_the_text_goes_alone():
    long_body = " ".join(f"Crew {n} came ashore on Monday." for n in range(30))
    text = f"This article was first published in the Harbour Review.\n{long_body}"
    assert strip_furniture(text).text == long_body
    prose = "A version appeared in 1998 that the council rejected. " + long_body
    assert strip_furniture(prose).text == prose.strip()


def test_a_server_error_message_is_furniture():
    found = strip_furniture("Page last updated at 05:32 GMT, Tuesday, 14 April 2026 "
                            "(an error occurred while processing this directive) The ferry sank.")
    assert (found.date, found.text) == (dt.date(2026, 4, 14), "The ferry sank.")


@pytest.mark.parametrize("text, place, body", [
    ("MANILA — The court opened an inquiry.", "MANILA", "The court opened an inquiry."),
    ("ELK RIVER, Minn. - The verdict was swift.", "ELK RIVER, Minn.", "The verdict was swift."),
    ("Manila — The court opened an inquiry.", "Manila", "The court opened an inquiry."),
    # lower-cased text (sentence starts only): the body gets the capital the dateline took
    ("Perth, australia -- search crews have failed to find the jet on monday.", "Perth, australia",
     "Search crews have failed to find the jet on monday."),
    ("Palo alto — the council voted on tuesday.", "Palo alto", "The council voted on tuesday."),
    # places written with accented letters
    ("ÖRNVIK, Veskaria — The court opened an inquiry.", "ÖRNVIK, Veskaria", "The court opened an inquiry."),
    ("Örnvik — The court opened an inquiry.", "Örnvik", "The court opened an inquiry."),
    ("Vila nová — the court opened an inquiry.", "Vila nová", "The court opened an inquiry."),
])
def test_a_place_alone_before_a_dash_is_a_dateline(text, place, body):
    found = strip_furniture(text)
    assert (found.place, found.outlet, found.text, found.found) == (place, None, body, ("place",))


@pytest.mark.parametrize("text", [
    "Jane Doe — a nurse at the clinic — said the ward was full.",  # an aside closed by a second dash
    "Oslo — the port reopened on Monday after Storm Ada.",         # proper case needs a capital after the dash
    "UPDATE — The port reopened on Monday.",                       # a label, no place
    "KESSA VOSS - FIRST CASE Kessa Voss says she feels better.",   # a heading in capitals
    "Spider-Man - the film - opens today.",
    "9 days to the vote -- the parties are tied.",
])
def test_dashes_that_are_no_datelines(text):
    found = strip_furniture(text)
    assert (found.place, found.text) == (None, text)


@pytest.mark.parametrize("text, outlet, place, date, body", [
    ("vatican city ( ap ) — the pope spoke.", "AP", "vatican city", None, "The pope spoke."),
    ("Santa rosa, calif. ( ap ) — a woman is facing charges.", "AP", "Santa rosa, calif.", None,
     "A woman is facing charges."),
    ("New york ( reuters health ) - getting a shot may help.", "reuters health", "New york", None,
     "Getting a shot may help."),
    ("Monday, jan. 25, 2026 ( health wire ) -- rates are rising among men.", "health wire", None,
     dt.date(2026, 1, 25), "Rates are rising among men."),
    # a feed's ISO date and its outlet named twice, without a dash
    ("2026-03-05 kessa radio ( kessa radio ) the minister spoke on sunday.", "kessa radio", None,
     dt.date(2026, 3, 5), "The minister spoke on sunday."),
    # an outlet alone opening the text, without a dash
    ("( kessa radio ) a rare cipher machine was sold at auction on tuesday.", "kessa radio", None, None,
     "A rare cipher machine was sold at auction on tuesday."),
])
def test_lower_cased_datelines_name_the_outlet(text, outlet, place, date, body):
    found = strip_furniture(text)
    assert (found.outlet, found.place, found.date, found.text) == (outlet, place, date, body)


@pytest.mark.parametrize("text", [
    "The agency (FEMA) — which was founded in 1979 — said it would help.",
    "Officials (including the mayor) — all of them — met on Monday.",
    "Jane Doe (left) — a nurse — said the ward was full.",
])
def test_parentheses_before_a_dash_in_a_sentence_are_no_dateline(text):
    found = strip_furniture(text)
    assert (found.outlet, found.text) == (None, text)


def test_an_outlet_alone_in_parentheses_opens_the_text():
    found = strip_furniture("(Kessa Radio) A rare cipher machine was sold at auction in Orlen on Tuesday.")
    assert (found.outlet, found.text) == ("Kessa Radio", "A rare cipher machine was sold at auction in Orlen on Tuesday.")
    # a label, or words that go on in lower case, are none
    for text in ("(Photo) A rare cipher machine was sold at auction in Orlen on Tuesday.",
                 "(Undated) A rare cipher machine was sold at auction in Orlen on Tuesday.",
                 "(Getty Images) A rare cipher machine was sold at auction in Orlen on Tuesday.",
                 "(Part One) A rare cipher machine was sold at auction in Orlen on Tuesday.",
                 "(Most of Them) were sold at auction in Orlen on Tuesday, the Kessa Radio said."):
        assert strip_furniture(text).outlet is None


def test_a_feed_date_does_not_make_any_parenthesis_an_outlet():
    found = strip_furniture("2026-11-02 Officials (FEMA) said the port closed.")
    assert (found.date, found.outlet, found.text) == (dt.date(2026, 11, 2), None, "Officials (FEMA) said the port closed.")


def test_a_pages_picture_labels_and_link_headings_are_no_part_of_the_article():
    page = ("Image source, Northwind Photo\n\nImage caption, Smoke could be seen across the city on Tuesday\n\n"
            "Hundreds of families left their homes after a fire at a warehouse in Tarrow.\n\n"
            "Media caption, Watch: flames over the quay\n\nThe cause of the fire is not yet known.\n\n"
            "Related Topics\n\nTarrow\n\nMore on this story\n\nPublished\n\n14 January\n")
    found = strip_furniture(page)
    assert found.text == ("Hundreds of families left their homes after a fire at a warehouse in Tarrow.\n\n"
                          "The cause of the fire is not yet known.")
    assert "labels" in found.found
    # the words inside a sentence stay, and a heading alone is no article's end
    prose = "The image source, a harbour webcam, showed the crane fall.\n\nMore on this story\n\nAnd more."
    assert strip_furniture(prose).text == "The image source, a harbour webcam, showed the crane fall."
    assert strip_furniture("Related Topics\n\nThe quay reopened on Monday.").text == \
        "Related Topics\n\nThe quay reopened on Monday."
    # a heading near the top is a menu's, the article follows it
    top = ("Tarrow fire: hundreds flee\n\nShare this page\n\nHundreds of families left their homes after a fire "
           "at a warehouse in Tarrow.\n\nThe cause of the fire is not yet known.")
    assert strip_furniture(top).text == top


def test_a_blog_posts_comment_thread_is_no_part_of_the_article():
    article = "The harbour board met on Monday and agreed to rebuild the sea wall before winter. " * 4
    thread = ("\nAt 12:19 26th Apr 2026 , harbourfan wrote : This comment was removed by the moderators.\n"
              "At 2:10 pm on 27 Apr 2026, Bo Hagen wrote: About time too.\nThanks, keep it coming.\n")
    found = strip_furniture(article + thread)
    assert found.text == article.strip() and "comments" in found.found
    # where a corpus joined the lines, the header inside a paragraph ends the article too
    joined = article + "Posted by the editor At 18:20 29th Apr 2026, vampfan wrote: I never comment."
    assert strip_furniture(joined).text == (article + "Posted by the editor").strip()
    # a header at the very top is no thread under an article
    top = "At 12:19 26th Apr 2026, harbourfan wrote: the board met on Monday. " + article
    assert strip_furniture(top).text == top.strip()
    # comments stamped with their date and time at the start of a line
    stamped = ("\n8th May 2026 - 17:42 This comment was removed because it broke the house rules.\n"
               "9th May 2026 - 8:40 About time too.\n")
    assert strip_furniture(article + stamped).text == article.strip()
    # a date and time inside the article's own lines stay
    timed = article + "\nThe vote is on 12 May 2026 - 18:00 at the town hall, the board said."
    assert strip_furniture(timed).text == timed.strip()


def test_a_photo_credit_opening_a_line_leaves_the_text():
    cases = {
        "Crews at the quay.\nPhotograph: Ana Ruiz/AP The port reopened on Friday.": "The port reopened on Friday.",
        "Crews.\nPhotograph : Bo de Haas\\/AFP\\/Getty Images Two cranes fell.": "Two cranes fell.",
        "Crews.\nPhoto: Reuters/Ilse Marten Tarrow lowered its flood alert.": "Tarrow lowered its flood alert.",
        "Crews.\nPhotograph: AP A harbour pilot was hurt.": "A harbour pilot was hurt.",
    }
    for text, after in cases.items():
        found = strip_furniture(text)
        assert found.text.splitlines()[-1] == after and "credit" in found.found
    # a line that only looks like one: no credit named, or a name with nothing to end it
    for text in ("Image: the harbour at dawn was calm.", "Photo: Ana Ruiz The port reopened."):
        assert strip_furniture(text).text == text


def test_a_photo_credit_after_a_sentence_on_the_same_line_goes():
    text = "The WHO met on Monday. Photograph: Ana Ruiz/AP Health officials said the flu was spreading."
    assert strip_furniture(text).text == "The WHO met on Monday. Health officials said the flu was spreading."


@pytest.mark.parametrize("text, date, partial", [
    ("TARROW, 27 October (City Desk) - Shares in Dorvel fell.", None, PartialDate(10, 27)),
    ("TARROW, 27 October 2026 (City Desk) - Shares in Dorvel fell.", dt.date(2026, 10, 27), None),
    ("27 Oct (City Desk) - Shares in Dorvel fell.", None, PartialDate(10, 27)),
])
def test_a_dateline_may_write_the_day_first(text, date, partial):
    found = strip_furniture(text)
    assert (found.outlet, found.date, found.partial_date, found.text) == (
        "City Desk", date, partial, "Shares in Dorvel fell.")


def test_notes_about_the_article_are_no_text():
    text = ("This story has been updated with comments from the mission director.\n"
            "Engineers at Tarrow freed the stuck panel on Wednesday.\n"
            "Correction, Oct. 20: An earlier version of this article gave the probe's mass as 2,510 "
            "kilograms. It is 2,150 kilograms.\n"
            "Read more: Tarrow probe loses power\n"
            "The panel now gives 84% of its power.")
    assert strip_furniture(text).text == ("Engineers at Tarrow freed the stuck panel on Wednesday.\n"
                                          "The panel now gives 84% of its power.")


def test_a_caption_whose_credit_ends_its_line_goes_with_the_credit():
    text = ("Brask United bid £55m for Ruben Altvik.\n"
            "Ruben Altvik celebrates a goal against Lorn in May. Photograph: Fiona Marr\n"
            "The Lorn club want £75m. Photo: Police at the scene were calm.")
    assert strip_furniture(text).text == ("Brask United bid £55m for Ruben Altvik.\n"
                                          "The Lorn club want £75m. Photo: Police at the scene were calm.")


def test_notes_and_captions_are_told_from_text_like_them():
    kept = 'Corrections Commissioner Ada Lenn said: "The inmate was found."'
    assert strip_furniture(kept).text == kept
    credited = "Police said the man, 34, was arrested in Kessel. Photo: Reuters\nThe court sat on Monday."
    assert strip_furniture(credited).text.startswith("Police said the man, 34, was arrested in Kessel.")
    assert strip_furniture("RELATED: Tarrow port closes\nThe court sat on Monday.").text == "The court sat on Monday."


def test_a_byline_on_its_own_line_above_the_dateline_goes():
    found = strip_furniture("By Jonas Eklund\n\nVALDRA, March 16 (EPA) — The court struck down the law.")
    assert (found.outlet, found.author, found.text) == ("EPA", "Jonas Eklund", "The court struck down the law.")
    assert found.partial_date == PartialDate(3, 16)
    # the byline may open the text on its own
    assert strip_furniture("By Jonas Eklund").found == ("byline",)
    # a sentence opening with "By" is text
    assert strip_furniture("By noon the river had risen.").text == "By noon the river had risen."
