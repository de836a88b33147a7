"""The default summarizer: the story's shared words, no repetition, the word budget filled."""
from generator.condense.summary import (Document, WordCoverageSummarizer, compressed, cut_short, overlap,
                                        word_chances, worded_sentences)
from generator.words import content_stems

# An invented story in three articles: a ferry stranded on a sandbank near Orlen harbour.
FERRY_A = Document("a", (
    "The ferry Marisol ran aground on a sandbank outside Orlen harbour with 212 passengers aboard.",
    "Tugboats tried twice to pull the ferry off the sandbank before the tide turned.",
    "The harbour cafe reopened its terrace after a long winter of repairs.",
))
FERRY_B = Document("b", (
    "A ferry carrying 212 passengers ran aground on a sandbank near Orlen harbour late on Friday.",
    "Coastguard boats carried the ferry passengers ashore in small groups through the night.",
    "Local football fans celebrated a rare away victory in the northern league.",
))
FERRY_C = Document("c", (
    "Passengers of the stranded ferry were brought ashore by coastguard boats, officials confirmed.",
    "Inspectors will examine the hull of the ferry once it is towed back into Orlen harbour.",
))
STORY = (FERRY_A, FERRY_B, FERRY_C)


def words(summary) -> int:
    return sum(len(s.text.split()) for s in summary)


def test_a_word_several_articles_use_is_likelier_than_one_repeated_in_one_article():
    chance = word_chances(worded_sentences(STORY))
    # "ferry": many uses in every article; "sandbank": twice in a, once in b; "terrace": once.
    assert chance["ferry"] > chance["sandbank"] > chance["terrace"]
    assert 0.0 < chance["terrace"] < 0.5 < chance["ferry"] < 1.0


def test_the_sentence_the_articles_share_comes_first_and_off_topic_ones_are_left_out():
    summary = WordCoverageSummarizer()(STORY, 40)
    texts = [s.text for s in summary]
    assert any("ran aground" in t for t in texts)
    assert not any("terrace" in t or "football" in t for t in texts)
    assert words(summary) <= 40


def test_never_two_sentences_sharing_more_than_half_their_words():
    summary = WordCoverageSummarizer()(STORY, 200)
    stems = [frozenset(content_stems(s.text)) for s in summary]
    assert all(overlap(x, y) <= 0.5 for i, x in enumerate(stems) for y in stems[i + 1:])
    # the two "ran aground" leads say the same: one of them is taken, citing both articles
    aground = [s for s in summary if "ran aground" in s.text]
    assert len(aground) == 1 and set(aground[0].sources) >= {"a", "b"}


def test_the_budget_is_a_cap_filled_as_closely_as_whole_sentences_allow():
    docs = (Document("a", ("Flood water closed the valley road for a third day on Monday.",   # 12 words
                           "Flood water also reached the valley school and its playground.",  # 10 words
                           "Volunteers stacked sandbags along the valley road all night.")),  # 9 words
            Document("b", ("The valley road stayed closed as flood water kept rising.",))) # 10 words
    for budget in (9, 10, 21, 22, 31):
        summary = WordCoverageSummarizer()(docs, budget)
        assert words(summary) == budget  # each budget is some sum of non-redundant sentences
    assert WordCoverageSummarizer()(docs, 8) == []  # no sentence fits: nothing, never a cut sentence


def test_a_word_already_in_the_summary_counts_less_when_it_returns():
    docs = (Document("a", ("The bridge over the Tamsin river closed after engineers found a crack.",
                           "The bridge crack runs along the river side of the bridge deck.",
                           "Commuters face a detour of forty minutes through the hill villages.")),
            Document("b", ("Engineers closed the Tamsin river bridge when a crack was found.",
                           "A detour through the hill villages adds forty minutes for commuters.")))
    summary = WordCoverageSummarizer()(docs, 24)
    # after the lead, the detour (new shared words) beats more about the crack (words already in)
    assert [s.text for s in summary] == [docs[0].sentences[0], docs[1].sentences[1]]
    assert summary[1].sources == ("a", "b")  # the other article's detour sentence says the same


def test_after_the_opening_sentences_keep_their_article_order_and_output_is_deterministic():
    first = WordCoverageSummarizer()(STORY, 120)
    again = WordCoverageSummarizer()(STORY, 120)
    assert first == again
    positions = [next((n, i) for i, d in enumerate(STORY) for n, t in enumerate(d.sentences) if t == s.text)
                 for s in first]
    assert positions[0][0] == 0 and positions[1:] == sorted(positions[1:])


LANDSLIDE = (
    Document("a", ("A landslide buried part of the mountain road above Tevra on Sunday.",
                   "Crews from Tevra and Ostrin cleared the landslide from the mountain road by Tuesday, "
                   "and the mountain road to Tevra reopened to traffic.",
                   "The village bakery in Tevra sold out of bread before noon.")),
    Document("b", ("Drivers faced long queues at the Ostrin junction on Monday morning.",
                   "The mountain road between Ostrin and Tevra reopened on Tuesday after crews cleared the landslide.")),
)


def test_the_summary_opens_with_the_article_opening_that_says_most_of_the_story():
    summary = WordCoverageSummarizer()(LANDSLIDE, 60)
    # of the two openings, the landslide (the story's repeated words) beats the queues
    assert summary[0].text == LANDSLIDE[0].sentences[0]
    # by word coverage alone a later, denser sentence would have come first
    sentences = [s for s in worded_sentences(LANDSLIDE) if s.words >= 6]
    alone = WordCoverageSummarizer.select(sentences, word_chances(sentences), 60, 0.8, [])
    assert alone[0].order[0] > 0
    # an opening longer than the budget (12 words) is not forced in: the one that fits opens
    short = WordCoverageSummarizer()(LANDSLIDE, 11)
    assert [s.text for s in short] == [LANDSLIDE[1].sentences[0]]


# The same invented landslide story, its articles dated: b reports the queues a day later.
DATED = (Document("a", LANDSLIDE[0].sentences, "2026-03-01"), Document("b", LANDSLIDE[1].sentences, "2026-03-02"))


def test_dated_sources_open_with_the_latest_report_then_the_first():
    late_first = (Document("b", LANDSLIDE[1].sentences, "2026-03-01"), Document("a", LANDSLIDE[0].sentences, "2026-03-02"))
    summary = WordCoverageSummarizer()(late_first, 60)
    # where the story stands now (the latest report, the landslide) first, then how it began (the
    # queues story, the first report), although the landslide says more of the story
    assert [s.text for s in summary[:2]] == [LANDSLIDE[0].sentences[0], LANDSLIDE[1].sentences[0]]
    assert WordCoverageSummarizer.reports(late_first, [s for s in worded_sentences(late_first) if s.words >= 6],
                                          60)[0].text == LANDSLIDE[0].sentences[0]


def test_the_latest_opening_is_left_out_when_it_is_the_same_day_or_overflows_and_replaces_a_first_it_retells():
    pool = [s for s in worded_sentences(DATED) if s.words >= 6]
    assert [s.text for s in WordCoverageSummarizer.reports(DATED, pool, 60)] == [
        LANDSLIDE[1].sentences[0], LANDSLIDE[0].sentences[0]]  # the latest, then the first
    same_day = tuple(Document(d.source, d.sentences, "2026-03-01") for d in DATED)
    assert [s.text for s in WordCoverageSummarizer.reports(same_day, pool, 60)] == [LANDSLIDE[0].sentences[0]]
    # 12 + 11 words: both fit 23, not 22
    assert len(WordCoverageSummarizer.reports(DATED, pool, 23)) == 2
    assert len(WordCoverageSummarizer.reports(DATED, pool, 22)) == 1
    retold = (DATED[0], Document("c", ("A landslide buried part of the mountain road near Tevra on Sunday night.",),
                                 "2026-03-03"))
    retold_pool = [s for s in worded_sentences(retold) if s.words >= 6]
    # a latest opening that retells the first says where the story stands: it alone opens
    assert [s.text for s in WordCoverageSummarizer.reports(retold, retold_pool, 60)] == [retold[1].sentences[0]]
    # undated articles: no first report, and the best opening leads
    assert WordCoverageSummarizer.reports(LANDSLIDE, pool, 60) == []


def test_a_report_with_no_date_adds_its_opening_after_the_dated_ones():
    found = Document("c", ("Police recovered the stolen harbour bell from a storage unit in Brackwater.",
                           "A woman was arrested at the scene."))
    docs = DATED + (found,)
    pool = [s for s in worded_sentences(docs) if s.words >= 6]
    assert [s.text for s in WordCoverageSummarizer.reports(docs, pool, 60)] == [
        LANDSLIDE[1].sentences[0], LANDSLIDE[0].sentences[0], found.sentences[0]]
    # when it does not fit, the dated openings stay
    assert len(WordCoverageSummarizer.reports(docs, pool, 30)) == 2


def test_a_sentence_all_in_quotation_marks_is_left_out_for_want_of_a_speaker():
    bare = "\u201cNobody expected the river to reach the bridge railings this fast.\u201d"
    a = ("Flood water closed the valley road for a third day on Monday.", bare,
         "Farmers moved cattle to higher pastures above the village.")
    b = Document("b", ("The river reached the bridge railings before dawn, officials said.",
                       "Engineers will inspect the bridge once the river falls."))
    texts = [s.text for s in WordCoverageSummarizer()((Document("a", a), b), 45)]
    # the quote's words are the story's own, yet the sentence that says them unquoted is taken
    assert bare not in texts and "The river reached the bridge railings before dawn, officials said." in texts
    # with its speaker named, the quote is a candidate like any other sentence
    said = bare[:-2] + ",\u201d the mayor said."
    alone = WordCoverageSummarizer()((Document("a", a),), 45)
    spoken = WordCoverageSummarizer()((Document("a", (a[0], said, a[2])),), 45)
    assert bare not in [s.text for s in alone] and said in [s.text for s in spoken]


def test_nothing_to_summarize_gives_an_empty_summary():
    assert WordCoverageSummarizer()([], 50) == []
    assert WordCoverageSummarizer()([Document("a", ("Too short.", "Also brief here."))], 50) == []


def test_when_the_articles_barely_exceed_the_budget_the_longer_of_two_versions_is_taken():
    longer = "Upstream rain gauges broke records, hydrologists Ferrand Okoye and Lisbet Varga noted Sunday."
    docs = (Document("a", ("Rain gauges upstream broke records.", "Rivers kept rising through the evening.",
                           "Rain gauges upstream showed rivers rising.")),
            Document("b", (longer,)))
    # 30 words against a budget of 24: little to choose from, so what counts is leaving less out
    summary = WordCoverageSummarizer()(docs, 24)
    assert [s.text for s in summary] == [longer, "Rivers kept rising through the evening."]


# --- compression: whole pieces left out, nothing reworded ---------------------------------------

def test_a_dateline_with_its_agency_goes_and_the_news_starts_the_sentence():
    assert (compressed("Port Elsin (Harbour Wire) - The city council voted to close the old pier on Tuesday.")
            == "The city council voted to close the old pier on Tuesday.")
    assert (compressed("Örnvik (Harbour Wire) - The city council voted to close the old pier on Tuesday.")
            == "The city council voted to close the old pier on Tuesday.")


def test_parentheses_go_whatever_they_hold_but_a_quotation_keeps_its_own():
    assert (compressed("The new tram line (opened in spring) carries 40,000 riders (photo: file) a day.")
            == "The new tram line carries 40,000 riders a day.")
    assert (compressed('"We want a bolder (tram) operator," the mayor (a former driver) said.')
            == '"We want a bolder (tram) operator," the mayor said.')


def test_caption_furniture_and_a_credit_printed_twice_go():
    text = ("Ferry strike ends enlarge this image toggle caption tomas brel/wire tomas brel/wire "
            "ferry crews returned to work on Monday after a week-long strike.")
    assert compressed(text) == "Ferry strike ends ferry crews returned to work on Monday after a week-long strike."
    assert compressed("Advertisement the flood defences held in all the valley towns.") == \
        "The flood defences held in all the valley towns."
    # the same words as ordinary English stay
    for text in ("Children who read more books sleep better, the survey found.",
                 "The advertisement showed a cat playing the piano on a rooftop."):
        assert compressed(text) == text


def test_a_gallery_counter_and_font_size_buttons_go():
    assert compressed("Photo: ann lee, the ledger image 4 of / 12 buy this photo ferry crews cleared the "
                      "harbour road by noon.") == "Ferry crews cleared the harbour road by noon."
    assert compressed("Rain fell caption close on the harbour road all night.") == "Rain fell on the harbour road all night."
    assert compressed("Font size a a a the flu jab may also protect the heart, a study found.") == \
        "The flu jab may also protect the heart, a study found."
    assert compressed("Home | News | World | The harbour reopened on Monday.") == "The harbour reopened on Monday."
    assert compressed("Page 1 of 1 updated: The harbour reopened on Monday.") == "The harbour reopened on Monday."
    for text in ("The vote was 5 | 4 in favour, officials said.", "See page 3 of 10 in the ferry report."):
        assert compressed(text) == text


def test_a_photo_caption_is_no_summary_sentence_and_the_next_sentence_opens_its_article():
    for caption in ("FILE - In this May 7, 2025, file photo, ferry captain Bo Hagen waves at the quay.",
                    "File- in this file photo taken on Saturday, crews load the ferry at Orlen."):
        assert compressed(caption) == ""
    documents = [Document("a", ("FILE - This March 2, 2024, file photo shows the ferry Marisol at Orlen.",
                                "The ferry Marisol ran aground outside Orlen harbour with 212 passengers aboard.",
                                "Tugboats tried twice to pull the ferry off the sandbank."))]
    summary = WordCoverageSummarizer()(documents, 16)
    assert [s.text for s in summary] == ["The ferry Marisol ran aground outside Orlen harbour with 212 passengers aboard."]
    # a file of papers is no caption
    assert compressed("File-sharing sites were blocked by the court on Monday.") == \
        "File-sharing sites were blocked by the court on Monday."


def test_share_buttons_and_page_labels_inside_a_sentence_go():
    assert compressed("Text size - + reset the harbour board approved the new dredging plan on Friday.") == \
        "The harbour board approved the new dredging plan on Friday."
    assert compressed("Share on google plus log in to save the lighthouse keeper retired after 40 years.") == \
        "The lighthouse keeper retired after 40 years."
    assert compressed("Story continued below the council will vote on the tram budget next week.") == \
        "The council will vote on the tram budget next week."
    # ordinary English around the same words stays
    for text in ("She said she would share the prize money with the whole crew.",
                 "The story continued for three more seasons on local radio."):
        assert compressed(text) == text


def test_a_picture_credit_left_before_a_sentence_goes():
    assert compressed("Photograph: AP Nine more ferries were held in port on Monday.") == \
        "Nine more ferries were held in port on Monday."
    assert compressed("Photo: Ann Lee/Reuters The bridge reopened to traffic.") == "The bridge reopened to traffic."
    # a caption that names no agency or photographer/outlet stays
    for text in ("Photograph: The mayor at the opening of the bridge.", "Photos: AP archive shows the flood."):
        assert compressed(text) == text


def test_sentences_about_the_page_itself_are_left_out_of_a_summary():
    for notice in ("Remember that you can clear your tweet location history in settings.",
                   "Learn more",
                   "Sorry, JavaScript is disabled here, so the video player cannot start.",
                   "Since 2003 a robot has sent its crawl data from this site to a public web archive.",
                   "You might also like: how will the harbour cope with 20 billion tonnes of silt?",
                   "Related: ferry crews vote on new pay deal the strike began in May.",
                   "Must watch: the storm 01: 01 just watched the harbour replay more videos...",
                   "Welcome! This timeline is where you'll spend most of your time, getting updates.",
                   "For updates, please see the individual day pages.",
                   "Read: Tarrow's mayor defends the new harbour fees",
                   "More: ten things to do on the Tarrow coast this summer",
                   "See also: the ferry timetable for the winter months",
                   "Watch: crews clear the quay after the storm",
                   "Follow Friday's updates on the harbour hearing here."):
        assert compressed(notice) == ""
    assert compressed("Media caption waves hit the harbour wall.") == "Waves hit the harbour wall."
    documents = [Document("a", ("Learn more",
                                "The ferry crews returned to work on Monday after a week-long strike.",
                                "Remember that you can clear your tweet location history in settings."))]
    summary = WordCoverageSummarizer()(documents, 40)
    assert [s.text for s in summary] == ["The ferry crews returned to work on Monday after a week-long strike."]
    # a sentence that mentions a tweet is news, not a notice
    for news in ("The mayor deleted the tweet an hour later and apologised to the ferry crews.",
                 "Traffic crawled past the city archive for most of the afternoon.",
                 "Related talks between the unions ended on Friday.",
                 "Follow-up crews from Osterby arrived here.",
                 # (a long sentence after a link is the link run into the news: it stays)
                 "More: ferry strike photos the ferry crews returned to work on Monday after a week-long "
                 "strike over pay, the union said, and the first sailings left Tarrow at dawn with every "
                 "seat taken by commuters who had waited a week."):
        assert compressed(news) == news


def test_a_leading_connective_goes_and_the_next_word_is_capitalised():
    assert compressed("But the mayor refused to sign the budget for the third time.") == \
        "The mayor refused to sign the budget for the third time."
    assert compressed("However, the storm turned north before it reached the coast.") == \
        "The storm turned north before it reached the coast."
    # a word that merely begins like a connective, or a phrase a connective begins, stays
    for text in ("Nowhere else in the region saw so much rain.", "So far the river has not burst its banks.",
                 "Instead of a bridge, the town will build a ferry landing."):
        assert compressed(text) == text


def test_an_attribution_stays_so_that_a_claim_does_not_read_as_fact():
    for text in ("The suspect fled in a white van, police said.",
                 "The bridge will reopen in two weeks, she told reporters.",
                 '"We will reopen the bridge in two weeks, " the minister said.'):
        assert compressed(text) == text


def test_a_summary_holds_the_compressed_sentences_and_the_freed_words_let_more_in():
    docs = (Document("a", ("Lakeview (City Desk) - Divers found a sunken barge near the lakeview marina.",
                           "The sunken barge (built in 1931) carried coal across the lake, divers said.")),)
    summary = WordCoverageSummarizer()(docs, 19)
    # whole, the first two need 11 + 13 words; compressed, 9 + 10 fill the 19 exactly
    assert [s.text for s in summary] == ["Divers found a sunken barge near the lakeview marina.",
                                         "The sunken barge carried coal across the lake, divers said."]
    assert summary[0].sources == ("a",)


def test_a_sentence_too_short_to_stand_alone_does_not_fill_the_budget():
    docs = (Document("a", ("Flood water closed the valley road for a third day on Monday.",   # 12 words
                           "Flood turnout stayed low.",                                       # 4 words
                           "Valley flood levels rose again.")),                               # 5 words
            Document("b", ("The valley road stayed closed as flood water kept rising.",)))  # 10 words
    texts = [s.text for s in WordCoverageSummarizer()(docs, 17)]
    assert texts == ["Flood water closed the valley road for a third day on Monday."]


def test_a_sentence_that_introduces_what_follows_is_left_out():
    docs = (Document("a", ("The storm flooded the harbour road on Monday night.",
                           "Beneath the sea wall, painted in large red letters, was a warning:",
                           "Crews pumped water from the harbour road until dawn.")),)
    texts = [s.text for s in WordCoverageSummarizer()(docs, 40)]
    assert texts and not any(t.endswith(":") for t in texts)


def test_a_source_supports_a_summary_sentence_only_if_it_gives_its_numbers():
    docs = (Document("a", ("The union wants a 9 percent rise over two years for its dockworkers.",)),
            Document("b", ("The union accepted a 7 percent rise over two years for its dockworkers.",)),
            Document("c", ("The dockworkers' union wants a 9 percent rise over two years.",)))
    (sentence,) = WordCoverageSummarizer()(docs, 13)
    assert sentence.text.startswith("The union wants a 9 percent") and sentence.sources == ("a", "c")


def test_a_short_sentence_sharing_a_few_words_is_no_citation_for_a_long_one():
    long_lead = ("When the harbour pilot Ilse Marten came home from Tarrow after the crane collapse, her "
                 "neighbours kept away from her as if she carried the port's bad luck.")
    docs = (Document("a", (long_lead,)),
            Document("b", ("The crane collapse closed Tarrow harbour.", "Pilots went back to work on Friday.")))
    summary = WordCoverageSummarizer()(docs, 40)
    cited = [s.sources for s in summary if s.text == long_lead]
    # "b" holds most of its own sentence's words in the lead, but says nothing of the pilot's return
    assert cited == [("a",)]


def test_contact_details_are_no_summary_sentence():
    docs = (Document("a", ("Police in Tarrow arrested two men over the theft of the harbour bell on Monday.",
                           "Anyone with information should call detectives on 020 7946 0321 or write to tips@tarrow.example.",
                           "The bell was found undamaged in a garage near the quay.")),)
    summary = WordCoverageSummarizer()(docs, 60)
    assert summary and not any("0321" in s.text or "@" in s.text for s in summary)
    assert any("garage" in s.text for s in summary)


def test_a_source_naming_the_same_speaker_is_no_citation_for_what_was_said():
    said = 'Union general secretary Ilse Marten has said members were "left with no other door to knock on."'
    docs = (Document("a", (said, "The strike closed the port of Tarrow for nine days.")),
            Document("b", ('"Nobody won everything," union general secretary Ilse Marten told the members.',
                           "Ships began to leave the port of Tarrow on Friday.")))
    summary = WordCoverageSummarizer()(docs, 80)
    assert [s.sources for s in summary if s.text == said] == [("a",)]


def test_a_sentence_cut_short_is_marked_or_left_out_when_it_hangs():
    docs = (Document("a", ("The storm flooded the harbour road on Monday night.",
                           "Crews pumped water from the harbour road until dawn while the mayor",
                           "The investigation into the storm damage at the harbour road is still")),)
    texts = [s.text for s in WordCoverageSummarizer()(docs, 60)]
    for hanging in ("Immigrants who entered the country illegally as", "The vote was set for dec 31,",
                    "The crews said they didn't"):
        assert cut_short(hanging)
    # a sentence a truncated page cut short is marked as cut; one ending on "is" says too little
    assert texts == ["The storm flooded the harbour road on Monday night.",
                     "Crews pumped water from the harbour road until dawn while the mayor…"]


def test_a_wire_dateline_inside_a_sentence_ends_a_caption_and_closing_marks_apart_end_a_sentence():
    assert compressed("The league suspended him for four games... ( associated press ) orlen ( ap ) — "
                      "tom hagen has appealed his suspension.") == "Tom hagen has appealed his suspension."
    assert compressed("Get the news and stories that matter to ferry crews in Orlen.") == ""
    docs = (Document("a", ('She called it "a diabolical act of violence. "',
                           "The harbour board met on Monday to discuss the ferry strike.")),)
    assert [s.text for s in WordCoverageSummarizer()(docs, 40)][0] == 'She called it "a diabolical act of violence. "'


def test_a_piece_of_a_quotation_is_no_summary_sentence():
    docs = (Document("a", ("The mayor spoke to the ferry crews at the Tarrow quay on Monday morning.",
                           "This is dangerous for the whole harbour and its crews.”",
                           '“The crews deserve better pay and better boats, said the union leader at the quay.')),)
    texts = [s.text for s in WordCoverageSummarizer()(docs, 60)]
    assert texts == ["The mayor spoke to the ferry crews at the Tarrow quay on Monday morning."]
    # straight marks: a sentence opening a quotation it does not close is its first piece
    docs = (Document("a", ("The mayor spoke to the ferry crews at the Tarrow quay on Monday morning.",
                           '"I now think the crews had every right to walk out over the new rota.',
                           '"We will rebuild the old pier," the harbour master said after the storm.')),)
    texts = [s.text for s in WordCoverageSummarizer()(docs, 60)]
    assert texts == ["The mayor spoke to the ferry crews at the Tarrow quay on Monday morning.",
                     '"We will rebuild the old pier," the harbour master said after the storm.']


def test_two_sentences_giving_the_same_large_number_in_many_same_words_say_one_thing():
    docs = (Document("a", ("A hoax caller in Tarrow cost the harbour police about $120,000 over two years with false "
                           "distress alerts.",)),
            Document("b", ("The harbour police say a man has cost the service about $120,000 by raising nearly 30 "
                           "fake distress alarms.", "Ferry crews on the Tarrow quay voted on Monday to accept the new rota.")))
    texts = [s.text for s in WordCoverageSummarizer()(docs, 80)]
    assert len([t for t in texts if "120,000" in t]) == 1 and len(texts) == 2
    # a year is no such number
    docs = (Document("a", ("The Tarrow harbour police recorded fewer false distress alerts than in 2019, the last "
                           "year of the old radio.",)),
            Document("b", ("Harbour police crews in Tarrow have answered more distress calls every winter since "
                           "2019, their union said.", "Ferry crews on the Tarrow quay voted on Monday to accept the new rota.")))
    assert len([t for t in (s.text for s in WordCoverageSummarizer()(docs, 80)) if "2019" in t]) == 2
