"""Quotes: pairing of quotation marks, full or partial, speaker and cue.

The fixtures are invented stories in wire style; the seed test reads the real seed articles.
"""
from __future__ import annotations


from generator.analysis.entities import extract_entities
from generator.analysis.quotes import extract_quotes
from generator.analysis.sentences import split_sentences


def quotes(text: str):
    sentences = split_sentences(text)
    return extract_quotes(text, sentences, extract_entities(text, sentences))


def summary(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(q.text, q.speaker, q.kind, q.cue) for q in quotes(text)]


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes(text)]


# --- pairing --------------------------------------------------------------------------------


def test_offsets_are_the_words_inside_the_marks():
    text = 'Officials met on Monday. "The bridge is safe," engineer Rui Costa said.'
    [quote] = quotes(text)
    assert text[quote.start:quote.end] == quote.text == "The bridge is safe,"
    assert (quote.start, quote.end) == (26, 45)


def test_straight_and_curly_marks_in_document_order():
    text = ("Economy Minister Sara Kroll signed the accord on Monday. Kroll described the deal as "
            "a “historic step” for the region and a \"fair bargain\" for farmers.")
    assert summary(text) == [
        ("historic step", "Sara Kroll", "partial", "described"),
        ("fair bargain", "Sara Kroll", "partial", "described"),
    ]


def test_quote_running_across_sentences():
    text = ('"The wind came first. Then the water. Nothing was left," said Ines Dalca, '
            'a harbour master.')
    assert summary(text) == [
        ("The wind came first. Then the water. Nothing was left,", "Ines Dalca", "full", "said")]


def test_multi_paragraph_quote_continues_when_the_next_paragraph_opens_with_a_mark():
    text = ("Harbour master Ines Dalca said the storm arrived without warning.\n"
            "\"The wind came first, then the water. Boats broke loose.\n"
            "\"By dawn the pier was gone,\" Dalca said.\n"
            "Repairs begin next week.")
    [quote] = quotes(text)
    assert quote.text == ("The wind came first, then the water. Boats broke loose. "
                          "By dawn the pier was gone,")
    assert (quote.speaker, quote.kind, quote.cue) == ("Ines Dalca", "full", "said")
    assert text[quote.start:quote.start + 8] == "The wind"
    assert text[quote.end - 5:quote.end] == "gone,"


def test_a_quote_goes_on_where_a_sentence_opens_with_a_mark_though_the_paragraph_break_was_lost():
    # a corpus's sentence lines joined: the new paragraph's mark stands after a full stop
    text = ("Harbour master Ines Dalca said: \u201cThe wind came first. Boats broke loose. \u201cBy dawn the pier "
            "was gone.\u201d Repairs begin next week. She called it a \u201cdisaster. Later, \u201cwe rebuild,\u201d "
            "Dalca said.")
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("The wind came first. Boats broke loose. By dawn the pier was gone.", "Ines Dalca"),
        ("we rebuild,", "Ines Dalca")]
    # what follows a stray mark is narration when it attributes words
    text = ("\u201cStrains grow at different rates. This may be a mistake, warn scientists. \u201cCoat proteins "
            "raise antibodies,\u201d said Bo Hagen.")
    assert [(q.text, q.speaker) for q in quotes(text)] == [("Coat proteins raise antibodies,", "Bo Hagen")]


def test_a_name_set_off_after_a_role_subject_speaks():
    text = ('A senior port official, Dr Ana Ruiz of the Tarrow Harbour Board, said: "We are ready." '
            'Bo Hagen, a senior adviser to the board, said "the cuts are wrong."')
    assert [(q.text, q.speaker) for q in quotes(text)] == [("We are ready.", "Ana Ruiz"),
                                                          ("the cuts are wrong.", "Bo Hagen")]


def test_the_role_stands_for_the_person_named_with_its_abbreviation():
    text = ('Velmar Sen. Bo Hagen is against the plan. Ana Ruiz agreed on Tuesday.\n\n'
            'The senator said he would "bring a bill of his own."')
    assert [(q.text, q.speaker) for q in quotes(text)] == [("bring a bill of his own.", "Bo Hagen")]
    # an abbreviation's letters at a word's end ("Hansen.") are none
    text = ('The inquiry was led by Tom Hansen. Ana Ruiz, a teacher, met the senator on Monday.\n\n'
            '"We need answers now," the senator said.')
    assert [(q.text, q.speaker) for q in quotes(text)] == [("We need answers now,", "senator")]


def test_a_text_that_quotes_in_single_marks_is_read_as_one_that_quotes_in_double():
    text = ("A harbour board spokesman said: \u2018The ferry will sail again on Monday.\u2019\n\n"
            "The minister called the plan \u2018a waste of money\u2019 and Bo Hagen\u2019s crew agreed.\n\n"
            "'We will not stop,' said Ana Ruiz. The dockers' union played rock 'n' roll from the '90s.")
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("The ferry will sail again on Monday.", "board spokesman"), ("a waste of money", "minister"),
        ("We will not stop,", "Ana Ruiz")]
    # single marks inside a text that quotes with '' are its quotations' own
    assert quotes("Ruiz said ''we were told 'no more ferries' by the board.''") == []


def test_an_unmatched_mark_does_not_cost_the_rest_of_the_article():
    text = ("The council called the plan \"reckless and walked out.\n"
            "Councillor Amir Haddad said: \"We were never asked.\"\n"
            "He called it a \"disaster and left. Later, \"We will return,\" Haddad said.")
    assert summary(text) == [
        ("We were never asked.", "Amir Haddad", "full", "said"),
        ("We will return,", "Amir Haddad", "full", "said"),
    ]


def test_nested_quote_in_the_other_style_stays_inside():
    text = "“They shouted \"no surrender\" all night,” said Lisa Oduya, a witness."
    assert summary(text) == [
        ('They shouted "no surrender" all night,', "Lisa Oduya", "full", "said")]


def test_no_marks_no_quotes_and_empty_marks_are_skipped():
    assert quotes("Nothing was quoted here. Officials said so on Monday.") == []
    assert quotes('An empty pair "" and a stray one".') == []


# --- kind -----------------------------------------------------------------------------------


def test_full_quotes_set_off_by_comma_colon_or_as_their_own_sentence():
    text = ('"We will rebuild," she said. He wrote, "Prices will fall." '
            'The mayor said: "Stay home." "The roads are closed."')
    assert [q.kind for q in quotes(text)] == ["full", "full", "full", "full"]


def test_scare_quotes_and_embedded_fragments_are_partial_without_a_speaker():
    text = ('The so-called "peace dividend" never arrived. Critics of the "reform" were '
            'ignored, and the “historic” vote was delayed.')
    assert summary(text) == [
        ("peace dividend", None, "partial", None),
        ("reform", None, "partial", None),
        ("historic", None, "partial", None),
    ]


def test_a_title_in_marks_gets_no_speaker():
    text = 'Senator Dara Quist said she would appear on "Morning Report" on Sunday.'
    assert summary(text) == [("Morning Report", None, "partial", None)]


# --- speakers -------------------------------------------------------------------------------


def test_speaker_after_the_quote_in_either_order():
    assert summary('"Never," said Ana Ruiz.') == [("Never,", "Ana Ruiz", "full", "said")]
    assert summary('"Never," Ana Ruiz said.') == [("Never,", "Ana Ruiz", "full", "said")]


def test_speaker_title_before_the_name_is_not_part_of_the_speaker():
    text = 'Deputy Foreign Minister Kalle Mäkinen said on Friday, "Talks will resume soon."'
    assert summary(text) == [("Talks will resume soon.", "Kalle Mäkinen", "full", "said")]


def test_apposition_between_name_and_verb():
    text = '"We acted within the law," Mara Lind, the agency\'s director, said.'
    assert summary(text) == [("We acted within the law,", "Mara Lind", "full", "said")]


def test_pronoun_resolved_to_the_person_last_named_as_subject():
    text = ("Mayor Lena Okafor toured the flooded district on Tuesday. She later met volunteers.\n"
            "She told reporters the repairs would take months. "
            "\"We will rebuild every street,\" she said.")
    assert summary(text) == [("We will rebuild every street,", "Lena Okafor", "full", "said")]


def test_pronoun_skips_an_organisation_that_is_part_of_a_title():
    # The sentence before is read for its roles too: "Harbour Authority" belongs to the title.
    text = ("Harbour Authority director Mara Velde toured the docks on Monday. "
            "\"Boats are ready,\" she said.")
    assert summary(text) == [("Boats are ready,", "Mara Velde", "full", "said")]
    # "general secretary" is a title too, with the organisation named before it (the union is an
    # organisation of the article, and the mediator the last person named before the union's leader)
    text = ("The Pellmar Ferry Workers' Union called the strike. \"Talks went well,\" mediator Ivo Brandt said.\n"
            "Union general secretary Mara Velde declined to say more. \"We will let the members decide,\" she said.")
    assert summary(text)[-1] == ("We will let the members decide,", "Mara Velde", "full", "said")


def test_pronoun_resolved_to_the_person_an_opening_for_phrase_is_about():
    text = ("Columnist Ilse Marren said the dean had crossed a line. For Tobin Raskel, the student who "
            "posted the email, the week has been strange. \"I just wanted a job,\" he said.")
    assert summary(text)[-1] == ("I just wanted a job,", "Tobin Raskel", "full", "said")
    text = "Bo Hagen spoke first. For most voters, the vote was a betrayal. \"We were lied to,\" he said."
    assert summary(text) == [("We were lied to,", "Bo Hagen", "full", "said")]
    # not someone whose family the sentence is about
    text = "For Pete Calvert's family, the arrest brought little relief. \"Nothing brings him back,\" he said."
    assert summary(text) == [("Nothing brings him back,", None, "full", "said")]


def test_it_resolved_to_the_organisation_named_as_subject():
    text = 'The Harbour Authority closed the docks on Monday. "Boats must wait," it said.'
    assert summary(text) == [("Boats must wait,", "Harbour Authority", "full", "said")]


def test_pronoun_in_the_governing_clause_before_the_quote():
    text = ("Trade envoy Hugo Brandt met farmers on Monday. He also expressed hope that the "
            "deal would bring “a decade of growth” to the valley.")
    assert summary(text) == [("a decade of growth", "Hugo Brandt", "partial", "expressed")]


def test_surname_resolved_to_the_full_name():
    text = ("Transport Minister Tomas Reyes opened the new line on Friday.\n"
            "\"The tunnel will carry 40,000 people a day,\" Reyes said.")
    assert summary(text)[0][1] == "Tomas Reyes"


def test_according_to_a_name_or_a_phrase():
    text = ('The dam was "close to failing" by Sunday, according to the Marlow Water Board. '
            'Engineers were "cautiously hopeful," according to a statement from the county.')
    assert summary(text) == [
        ("close to failing", "Marlow Water Board", "partial", "according to"),
        ("cautiously hopeful,", "statement from the county", "partial", "according to"),
    ]


def test_quote_split_by_she_said_reads_as_one_quote():
    text = ("Harbour master Ines Dalca walked the pier on Monday.\n"
            "\"We are not giving up,\" she said, \"and we never will.\"")
    [quote] = quotes(text)
    assert (quote.text, quote.speaker, quote.kind, quote.cue) == (
        "We are not giving up, and we never will.", "Ines Dalca", "full", "said")
    assert text[quote.start:quote.start + 6] == "We are"
    assert text[quote.end - 11:quote.end] == "never will." and quote.end == len(text) - 1


def test_inverted_split_and_a_following_quote_sentence_read_as_one_quote():
    text = ('"The ice is thinner every year," said glaciologist Bo Hagen. '
            '"We measure it every spring."')
    assert summary(text) == [
        ("The ice is thinner every year. We measure it every spring.", "Bo Hagen", "full", "said")]


def test_a_quote_in_the_next_paragraph_inherits_the_speaker_but_stays_apart():
    text = ('"The ice is thinner every year," said glaciologist Bo Hagen.\n'
            '"We measure it every spring."')
    assert summary(text) == [
        ("The ice is thinner every year,", "Bo Hagen", "full", "said"),
        ("We measure it every spring.", "Bo Hagen", "full", None),
    ]


def test_quotes_with_their_own_cues_or_a_sentence_between_stay_apart():
    # Each has its own cue: two statements, even from one speaker.
    text = '"We won," Ana Ruiz said. "We will win again," she added.'
    assert summary(text) == [("We won,", "Ana Ruiz", "full", "said"),
                             ("We will win again,", "Ana Ruiz", "full", "added")]
    # A narrating sentence, not the cue, stands between them.
    text = ('Ana Ruiz said: "We won." The crowd cheered for an hour, and then she '
            'spoke again: "We will win again."')
    assert [q.text for q in quotes(text)] == ["We won.", "We will win again."]


def test_organisation_speaker():
    text = '"The outage affected 40,000 homes," the Norland Power Corporation said in a statement.'
    assert summary(text) == [
        ("The outage affected 40,000 homes,", "Norland Power Corporation", "full", "said")]


def test_they_can_mean_an_organisation():
    text = ("The Velmar Rail Union announced a strike on Monday. "
            "They called the offer \"an insult to every driver.\"")
    assert summary(text) == [
        ("an insult to every driver.", "Velmar Rail Union", "partial", "called")]


def test_unnamed_role_when_no_name_fits():
    text = ("Flights resumed on Sunday, with a Vantor Airlines spokesperson saying the delays "
            "were \"regrettable but necessary.\"")
    assert summary(text) == [
        ("regrettable but necessary.", "Vantor Airlines spokesperson", "partial", "saying")]


def test_subject_of_the_verb_that_governs_the_quote():
    text = ("Health Minister Noor Aziz visited the clinic on Monday. "
            "Aziz wished the staff \"strength for the winter\" and thanked the nurses.")
    assert summary(text) == [("strength for the winter", "Noor Aziz", "partial", "wished")]


def test_quote_after_a_dash_names_its_speaker():
    assert summary("“It was the best summer of my life.” ― Pia Sorensen") == [
        ("It was the best summer of my life.", "Pia Sorensen", "full", None)]


def test_no_speaker_is_made_up():
    text = "The storm hit the coast on Monday. \"Nobody expected this.\""
    assert summary(text) == [("Nobody expected this.", None, "full", None)]
    text = "\"We are ready,\" they said."
    assert summary(text) == [("We are ready,", None, "full", "said")]
    text = "Rain fell all week. The bulletin was titled \"Storm Watch Update\" in the end."
    assert summary(text) == [("Storm Watch Update", None, "partial", None)]


def test_a_name_in_another_clause_is_not_the_speaker():
    text = ("If she resigned, party rules would let members call a \"special session\" "
            "in March.")
    assert summary(text) == [("special session", None, "partial", None)]


# --- the seeds ------------------------------------------------------------------------------

# Each seed quote by its first words (never a whole sentence of the seeds), with its speaker and,
# where it matters, its kind; in the order of the seed files.
SEED_QUOTES = [
    ("new high", "Kim Jong Un", "partial"),
    ("The respected comrade", "Korean Central News Agency", "full"),
    ("strategic and cooperative", "Kim Jong Un", "partial"),
    ("sworn friends.", "Kim Jong Un", "partial"),
    ("war victory in the 21st century", "Kim Jong Un", None),
    ("neo-Nazism.", "Kim Jong Un", None),
    ("his willingness to design", "Kim Jong Un", None),
    ("further strengthening the", "Kim Jong Un", None),
    ("greater success", "Kim Jong Un", None),
    ("likely out of fear", "John Kirby", None),
    ("dearest friend and comrade", "Kim Jong Un", None),
    ("greater success in his", "Kim Jong Un", None),
    ("design and push ahead", "Kim Jong Un", None),
    ("meaningful journey", "Kim Jong Un", None),
    ("neo-Nazism and achieve a great victory", "Kim Jong Un", None),
    # The Pentagon press secretary is not named in the article: the role is the speaker.
    ("legitimate targets", "Pentagon press secretary", None),
    ("Russians are trying...", "Volodymyr Zelenskyy", "full"),
]
def test_seed_quotes(seed_texts):
    found = [q for article in seed_texts.values() for q in quotes(article.text)]
    assert len(found) == len(SEED_QUOTES) == 17
    for (prefix, speaker, kind), quote in zip(SEED_QUOTES, found):
        assert quote.text.startswith(prefix), (prefix, quote.text)
        assert quote.speaker == speaker, (prefix, quote.speaker)
        if kind:
            assert quote.kind == kind, (prefix, quote.kind)
    by_prefix = {q.text[:12]: q for q in found}
    assert by_prefix["Russians are"].cue == "wrote"
    assert by_prefix["The respecte"].cue == "reported"
    assert by_prefix["likely out o"].cue == "said"




def test_a_participle_phrase_between_name_and_cue_keeps_the_name():
    text = ('Interior Minister Lukas Arvan, visiting a shelter in the town\'s sports hall, told reporters, '
            '"Nobody here will be left alone."')
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [("Nobody here will be left alone.", "Lukas Arvan")]


def test_a_lead_in_ending_with_a_colon_gives_its_subject_to_the_next_paragraph_quote():
    text = ("The mediator Beatrix Soren met both sides on Monday.\n\n"
            "In a statement on Thursday she struck a more open tone:\n\n"
            '"We are ready to sit down tomorrow."')
    found = quotes(text)
    assert [(q.text, q.speaker) for q in found] == [("We are ready to sit down tomorrow.", "Beatrix Soren")]


def test_a_lead_in_with_no_cue_ending_in_a_colon_gives_its_opening_subject_to_its_quote():
    text = ("Lena Marr wrote to us last week. \u201cI hope to find my aunt,\u201d she wrote.\n\n"
            "Ivo Hagen from Tarrow got in touch about his family: \u201cI am trying to trace my grandfather.\u201d\n\n"
            "The jurors must say how far they agree with statements on Bo Hagen such as: \u201cI would trust "
            "a famous man.\u201d")
    assert [(q.text, q.speaker) for q in quotes(text)] == [
        ("I hope to find my aunt,", "Lena Marr"), ("I am trying to trace my grandfather.", "Ivo Hagen"),
        ("I would trust a famous man.", "jurors")]


def test_a_headline_in_marks_with_no_cue_is_nobodys_statement():
    text = ("Ana Ruiz said the plan was sound. \u201cIt will work,\u201d she said.\n\n"
            "\u201cPrepared For The Worst,\u201d the Tarrow Ledger thunders on its front page.")
    assert speakers(text) == [("It will work,", "Ana Ruiz"), ("Prepared For The Worst,", None)]
    # a lead-in's subject speaks words in Title Case all the same
    assert speakers("Bo Hagen got in touch: \u201cThank You So Much For Everything\u201d") == [
        ("Thank You So Much For Everything", "Bo Hagen")]


def test_a_role_or_document_before_a_role_qualifies_it():
    assert speakers('"This is a wake-up call," said senior study author dr. ana ruiz.') == [
        ("This is a wake-up call,", "senior study author")]


def test_a_crowd_speaks_and_a_name_before_it_qualifies_it():
    assert speakers('Bo Hagen fans waited outside, chanting: "Justice for Bo."') == [
        ("Justice for Bo.", "Bo Hagen fans")]
    assert speakers("I'm Ana Ruiz, the health correspondent. \"It spreads fast,\" she said.") == [
        ("It spreads fast,", "Ana Ruiz")]


def test_common_roles_speak_with_the_place_before_them():
    text = ("The Tarrow coroner disclosed the \u201cprimary causes of the deaths\u201d on Friday. A neighbour "
            "told reporters she \u201cheard nothing at all.\u201d")
    assert speakers(text) == [("primary causes of the deaths", "Tarrow coroner"), ("heard nothing at all.", "neighbour")]


# --- titles before a name -------------------------------------------------------------------


def test_a_lower_case_role_before_a_name_is_its_title():
    text = ('The vote passed on Monday. "We are done here," said board chair Lene Marr.\n'
            '"The ice is going," said police chief Ana Ruiz.\n'
            '"It will not wait," board member Tomas Brek said.\n'
            '"Boats are ready," said Harbour Authority director Mara Velde.')
    assert summary(text) == [
        ("We are done here,", "Lene Marr", "full", "said"),
        ("The ice is going,", "Ana Ruiz", "full", "said"),
        ("It will not wait,", "Tomas Brek", "full", "said"),
        ("Boats are ready,", "Mara Velde", "full", "said"),
    ]


def test_a_role_before_a_verb_and_a_name_stays_the_speaker():
    # "met" and "told" are no titles: the role is the subject, the name an object.
    assert summary('The minister met Lene Marr and said: "We agree."') == [
        ("We agree.", "minister", "full", "said")]
    assert summary('"We are done," the board told Lene Marr.') == [
        ("We are done,", "board", "full", "told")]


# --- size -----------------------------------------------------------------------------------


def test_a_cue_between_two_quotes_reads_a_bounded_window_on_a_3_mb_text():
    # Each paragraph makes the speaker finder look back from the cue for the closing mark. Copying
    # the text up to each cue, as it once did, took minutes here (60,000 cues times 1.5 MB).
    from generator.model import Entity

    paragraph = '"We won," said Ana Ruiz, "and we will win again."\n'
    count = 3_000_000 // len(paragraph)
    text = paragraph * count
    name_at = paragraph.index("Ana Ruiz")
    entities = [Entity("Ana Ruiz", "person", i * len(paragraph) + name_at,
                       i * len(paragraph) + name_at + 8) for i in range(count)]
    found = extract_quotes(text, split_sentences(text), entities)
    assert len(found) == count
    assert {(q.text, q.speaker, q.cue) for q in found} == {
        ("We won, and we will win again.", "Ana Ruiz", "said")}
    assert found[-1].end == len(text) - 2


# --- single words, lists and titles ---------------------------------------------------------


def test_one_word_in_marks_within_narration_gets_no_speaker():
    text = ('Councillor Amir Haddad called the budget a "disgrace" on Monday. '
            'He called it a "back-room" deal.')
    assert summary(text) == [
        ("disgrace", None, "partial", None),
        ("back-room", "Amir Haddad", "partial", "called"),  # a hyphenated compound is a phrase
    ]


def test_one_word_set_off_without_a_cue_of_its_own_is_no_statement():
    text = 'The film was called "Undertow." "Undertow," the poster read in red.'
    assert [(q.text, q.speaker, q.kind) for q in quotes(text)][0] == ("Undertow.", None, "partial")
    # With a cue of its own a one-word reply stays a full quote.
    assert summary('"Never," said Ana Ruiz.') == [("Never,", "Ana Ruiz", "full", "said")]


def test_partial_quotes_listed_under_one_cue_join_with_an_ellipsis():
    text = ('Senator Ola Brandt called the plan a "costly mistake" who is "blind to renters," '
            'a "gift to landlords" and a "relic of the past."')
    [quote] = quotes(text)
    assert (quote.text, quote.speaker, quote.kind, quote.cue) == (
        "costly mistake … blind to renters, … gift to landlords … relic of the past.",
        "Ola Brandt", "partial", "called")
    assert text[quote.start:quote.end].startswith("costly mistake\" who is")
    assert text[quote.end - 5:quote.end] == "past." and quote.end == len(text) - 1


def test_a_name_in_marks_used_by_a_speaker_is_quoted_but_a_show_is_not():
    text = ('Mayor Tomas Reyes called the rival plan "Operation Empty Promise" on Monday. '
            'He repeated it later on MSNBC\'s "Morning Hour" and at the "Harbour Forum."')
    assert summary(text) == [
        ("Operation Empty Promise", "Tomas Reyes", "partial", "called"),
        ("Morning Hour", None, "partial", None),
        ("Harbour Forum.", None, "partial", None),
    ]


# --- pairing across paragraphs --------------------------------------------------------------


def test_a_paragraph_continues_a_quote_only_with_a_mark_of_the_same_style():
    text = ('"The old pier was built in a hurry and never inspected.\n'
            '“We knew it would fail,” engineer Rui Costa said.')
    assert summary(text) == [("We knew it would fail,", "Rui Costa", "full", "said")]


# --- cues -----------------------------------------------------------------------------------


def test_more_reporting_verbs_and_writings_as_speakers():
    text = ('The Harbour Gazette reports that the council moved "to shut the pier for good." '
            'Governor Lise Varga lauded the crews for "work done in the worst weather." '
            'A new memo states that repairs are "years away."')
    assert summary(text) == [
        ("to shut the pier for good.", "Harbour Gazette", "partial", "reports"),
        ("work done in the worst weather.", "Lise Varga", "partial", "lauded"),
        ("years away.", "memo", "partial", "states"),
    ]


def test_a_writing_is_no_speaker_as_an_object():
    text = ('Mayor Lena Okafor toured the port on Friday. She mocked the complaint, saying '
            'anyone who complains about the noise "has never lived near a port."')
    assert summary(text)[0][:2] == ("has never lived near a port.", "Lena Okafor")


def test_a_pronoun_before_a_contraction_is_a_subject_not_a_possessive():
    text = ('Trade envoy Hugo Brandt spoke in Lyon on Tuesday. He’s claiming that the tariffs '
            'are "a tax on every kitchen."')
    assert summary(text) == [("a tax on every kitchen.", "Hugo Brandt", "partial", "claiming")]


def test_a_possessive_before_a_cue_noun_names_the_speaker():
    text = ('The auditors checked Ana Ruiz’s claim that the bridge was "perfectly safe" '
            'on Monday.')
    assert summary(text) == [("perfectly safe", "Ana Ruiz", "partial", "claim")]


def test_per_after_a_comma_attributes_but_a_rate_does_not():
    text = ('Proxy votes are barred when filling "a vacancy on the board," per the club\'s '
            'bylaws. Tickets cost $5 per "weekend pass" holder.')
    assert summary(text) == [
        ("a vacancy on the board,", "club's bylaws", "partial", "per"),
        ("weekend pass", None, "partial", None),
    ]


def test_as_someone_put_it_before_or_after_the_quote():
    text = ('The new tunnel is, as The Harbour Ledger put it, "a hole full of money." '
            'The rules demand a "clean record," as one senior aide put it.')
    assert summary(text) == [
        ("a hole full of money.", "Harbour Ledger", "full", "put"),
        ("clean record,", "senior aide", "partial", "put"),
    ]


def test_an_attribution_set_off_by_commas_takes_the_whole_sentence():
    text = ('Senator Ola Brandt met the bank chiefs on Tuesday.\n'
            '"You squeezed every branch to the bone" to lift the share price, she said, '
            'pointing at the chart.')
    assert summary(text) == [
        ("You squeezed every branch to the bone", "Ola Brandt", "partial", "said")]


def test_someone_casting_someone_as_the_quoted_words_speaks_them():
    text = ('Senator Ola Brandt has been pounding the governor as a "fair-weather friend" '
            'all week. Bo Hagen served as "acting director" until May.')
    assert summary(text) == [
        ("fair-weather friend", "Ola Brandt", "partial", None),
        ("acting director", None, "partial", None),
    ]


def test_an_unnamed_speaker_no_list_knows():
    text = ('"The water came in an hour," a ferryman said. At the meeting one caller '
            'claimed that the plan was "a disaster for renters."')
    assert summary(text) == [
        ("The water came in an hour,", "ferryman", "full", "said"),
        ("a disaster for renters.", "caller", "partial", "claimed"),
    ]


def test_a_role_in_apposition_gives_way_to_the_name_before_it():
    text = ('Lena Varga, the agency’s press secretary, noted: "The figures are final." '
            'The committee chairman, who opened the hearing, said: "We need answers."')
    assert summary(text) == [
        ("The figures are final.", "Lena Varga", "full", "noted"),
        ("We need answers.", "committee chairman", "full", "said"),
    ]


# --- attributions with appositions, counts and inversion ------------------------------------


def test_a_long_apposition_after_the_quote_keeps_the_name_before_it():
    text = ('"The harbour will not reopen this year," Mara Lind, a reporter for the Coast '
            'Ledger who has covered the port since 2009, said on Monday.')
    assert summary(text) == [
        ("The harbour will not reopen this year,", "Mara Lind", "full", "said")]


def test_a_count_before_a_role_and_a_numbered_title_before_a_name():
    text = ('"The vote is lost," said one senior official on the panel. '
            '"We will keep asking," said 9/11 widow Lise Varga.')
    assert summary(text) == [
        ("The vote is lost,", "senior official", "full", "said"),
        ("We will keep asking,", "Lise Varga", "full", "said"),
    ]


def test_plain_words_between_a_determiner_and_a_role_after_a_cue_qualify_the_role():
    text = ('"Prices will swing before the vote," said a commodities analyst in Brenford. '
            '"The harbour is quiet," said one longtime grain analyst. '
            '"It is done," said a deal would help analysts.')
    assert [(q.speaker, q.kind) for q in quotes(text)] == [
        ("commodities analyst", "full"), ("longtime grain analyst", "full"), (None, "full")]
    # the role noun must head its phrase, and no clause stands before it
    for said in ("said a longtime family friend.", "said a woman waving a campaign sign.",
                 "said a woman whose family owns the diner."):
        assert [q.speaker for q in quotes(f'"It is over," {said}')] == [None]


def test_an_inverted_cue_opening_the_sentence_names_the_speaker_after_it():
    # (With a name, "Said Tomas Reyes" is read by the entity finder as one name, cue and all.)
    text = 'The budget passed on Friday. Added the deputy mayor: "Nobody got what they wanted."'
    assert summary(text) == [
        ("Nobody got what they wanted.", "deputy mayor", "full", "added")]


def test_a_reporting_verb_before_the_name_opens_the_sentence():
    text = 'Said Tomas Reyes: "We will win this."\n\nWrote Mira Olsen, in a post: "It is over."'
    assert [q.speaker for q in quotes(text)] == ["Tomas Reyes", "Mira Olsen"]


def test_a_question_in_marks_keeps_the_attribution_the_splitter_cut_off():
    text = "Lena Varga came.\n\n“Why now?” Sen. Mira Olsen asked reporters on Monday."
    assert summary(text) == [("Why now?", "Mira Olsen", "full", "asked")]


def test_the_verb_subject_speaks_not_the_possessor_of_its_object():
    text = ("Mira Olsen, an aide to the mayor, called Mr. Varga's remarks on Sunday "
            "“a real turning point” for the city.")
    assert summary(text) == [("a real turning point", "Mira Olsen", "partial", "called")]
    text = "Tomas Reyes's statement called the plan “a bold step.”"
    assert [q.speaker for q in quotes(text)] == ["Tomas Reyes"]


def test_the_role_stands_for_the_person_named_with_it_earlier():
    text = ("Green Party presidential nominee Mira Olsen visited the port on Monday.\n\n"
            "Later the presidential nominee said the plan was “a disaster.”")
    assert [q.speaker for q in quotes(text)] == ["Mira Olsen"]
    text = ("Tomas Reyes, the campaign spokesman, came.\n\n"
            "The campaign spokesman said it was “far too late.”")
    assert [q.speaker for q in quotes(text)] == ["Tomas Reyes"]
    text = "A senior official said it was “too late.”"
    assert [q.speaker for q in quotes(text)] == ["senior official"]


# --- partial quotes whose speaker stands away from the quote ----------------------------------


def test_a_long_according_to_phrase_is_named_by_the_organisation_in_it():
    text = ("According to a lengthy civil complaint filed on Tuesday by the Harbor Safety Board "
            "and two former tenants of the site, the owners ran a \"reckless scheme for years\" there.")
    assert speakers(text) == [("reckless scheme for years", "Harbor Safety Board")]


def test_a_short_according_to_phrase_is_still_the_phrase():
    text = 'According to a leaked memo, the plan was "dead on arrival" in the capital.'
    assert speakers(text) == [("dead on arrival", "leaked memo")]


def test_an_unresolved_he_speaks_on_for_the_unnamed_speaker_just_before():
    text = ('"The river will rise again," my mother often said.\n\n'
            'She also told the neighbours every spring that "nothing built here will last."')
    assert speakers(text)[1] == ("nothing built here will last.", "mother")


def test_an_unresolved_he_far_from_the_last_quote_stays_unknown():
    text = ('"The river will rise again," my mother often said.\n\nThe farm was sold. '
            'The barn burned down. The fields flooded twice.\n\n'
            'She also told the neighbours every spring that "nothing built here will last."')
    assert speakers(text)[1] == ("nothing built here will last.", None)


def test_an_opening_participle_clause_is_spoken_by_the_main_subject():
    text = ("Mayor Lena Brandt toured the flooded district on Sunday. After saying the levee was "
            "\u201cweaker than anyone admitted,\u201d Brandt ordered an inspection.")
    assert speakers(text) == [("weaker than anyone admitted,", "Lena Brandt")]


def test_a_participle_clause_needs_the_subject_right_after_its_comma():
    text = ("After saying the levee was \u201cweaker than anyone admitted,\u201d the river rose "
            "again and Lena Brandt left.")
    assert speakers(text) == [("weaker than anyone admitted,", None)]


def test_quoted_words_opening_a_sentence_go_on_from_the_speaker_before():
    text = ('The bank cut jobs, Senator Ada Moreau said, calling the move "cowardly." '
            '"You went on television to blame your cashiers" for the losses.')
    assert speakers(text)[1] == ("You went on television to blame your cashiers", "Ada Moreau")


def test_a_title_opening_a_sentence_is_not_given_the_speaker_before():
    text = ('"We will not wait," Senator Ada Moreau said. "The Long Winter Road" opens in May at '
            'the city theatre.')
    assert speakers(text)[1] == ("The Long Winter Road", None)


def test_a_country_set_off_by_an_apposition_speaks():
    text = ("Even Norway, the treaty's longest-standing member, said it was \"firmly opposed\" "
            "to the change.")
    assert speakers(text) == [("firmly opposed", "Norway")]


def test_a_country_before_a_participle_after_a_comma_does_not_speak():
    text = ("Mayor Lena Brandt criticised the plans for Norway and Sweden, saying "
            "\"They are far too costly.\"")
    assert speakers(text) == [("They are far too costly.", "Lena Brandt")]


def test_she_is_the_kin_named_in_apposition_before():
    text = ("Dr Alvar Quint said the patient took the drug himself. Afterwards, one of the patient's sisters, "
            "Liridona, said the family was relieved. \"He was watching over us,\" she said.")
    assert speakers(text) == [("He was watching over us,", "Liridona")]


def test_he_and_she_skip_a_person_the_article_shows_to_be_of_the_other_sex():
    text = "Mr. Halvard Brin met his sister, Ylva Lund, at the court. \"We can rest now,\" she said."
    assert speakers(text) == [("We can rest now,", "Ylva Lund")]
    text = ("Mrs. Ylva Lund thanked Halvard Brin. The verdict came on Monday. \"We can rest now,\" she said. "
            "\"It is over,\" he said.")
    assert speakers(text) == [("We can rest now,", "Ylva Lund"), ("It is over,", "Halvard Brin")]
    # nothing known of either: the subject before, as always
    text = "Halvard Brin met Ylva Lund at the court. \"We can rest now,\" she said."
    assert speakers(text) == [("We can rest now,", "Halvard Brin")]


def test_a_name_with_its_affiliation_after_the_quote_speaks():
    text = "\"I do fear the worst,\" Dr Ines Kovac of the Ostland Institute for Public Health told reporters."
    assert speakers(text) == [("I do fear the worst,", "Ines Kovac")]
    # a clause between the name and the verb is no affiliation
    text = "\"We are ready,\" Ana Ruiz of the firm that Bo Hagen runs said."
    assert speakers(text) == [("We are ready,", None)]


def test_a_role_that_serves_someone_speaks_for_them():
    text = "A spokesman for President Ilse Varga said: \"We will not comment.\""
    assert speakers(text) == [("We will not comment.", "spokesman for Ilse Varga")]
    text = "Ana Ruiz spoke to Ilse Varga and said: \"We will not comment.\""
    assert speakers(text) == [("We will not comment.", "Ana Ruiz")]


def test_an_unnamed_speaker_is_a_noun_phrase_without_function_words():
    assert speakers("\"We are ready,\" one senior questioner claimed.") == [("We are ready,", "senior questioner")]
    # "patients have been admitted", "left him accused", "stranger by asking": no speakers
    assert speakers("The patients have been admitted to the ward \"as a precaution\".") == [("as a precaution", None)]
    assert speakers("The move left him accused of being \"soft on crime\".") == [("soft on crime", None)]


def test_a_statement_speaks_for_whoever_issued_it():
    text = "Dr Alvar Quint met the family. \"The cause of death was a fall,\" a statement from the coroner said."
    assert speakers(text) == [("The cause of death was a fall,", "coroner")]
    text = "\"We will appeal,\" a statement from Ana Ruiz said on Monday."
    assert speakers(text) == [("We will appeal,", "Ana Ruiz")]
    # issued by two: no single speaker to name
    text = "\"We will appeal,\" a statement from the family and their lawyer said."
    assert speakers(text) == [("We will appeal,", None)]


def test_words_cast_in_another_clause_are_the_casters():
    text = "Ana Ruiz said the doctor was reckless, while Bo Hagen portrayed him as \"a little fish in a big pond\"."
    assert speakers(text) == [("a little fish in a big pond", "Bo Hagen")]
    # a subject of two nouns is one subject
    text = "Critics and supporters alike cast the mayor as a \"fair-weather friend\" for weeks."
    assert speakers(text) == [("fair-weather friend", "Critics")]


def test_a_quote_rejoined_across_its_attribution_keeps_its_sentences():
    assert [q.text for q in quotes('"We won," said Ana Ruiz. "We will again."')] == ["We won. We will again."]
    assert [q.text for q in quotes('"We won," said Ana Ruiz, "and we will again."')] == ["We won, and we will again."]


def test_a_name_after_an_inverted_said_speaks_the_quote_after_a_colon():
    text = ('The fever spreads fast in the camps, said Dr Ilse Marten of the Tarrow Institute: '
            '"Hundreds of families move between them every day."')
    assert speakers(text) == [("Hundreds of families move between them every day.", "Ilse Marten")]
    # only the cue nearest the quote: another clause's verb keeps its own subject
    text = 'The port is closed, said Ana Ruiz, who called the strike "a disaster for the town".'
    assert speakers(text) == [("a disaster for the town", "Ana Ruiz")]


def test_a_plural_noun_after_a_determiner_is_no_speech_cue():
    # "states" (one of the states suing) is a noun here; the verb after the apposition is the cue
    text = ('"It is an invasion of the port\'s affairs," Ilse Marten, the harbour master of Tarrow, '
            'one of the towns suing the ministry, said.')
    assert speakers(text)[0][1] == "Ilse Marten"
    text = ('"It is an invasion of the port\'s affairs," Ilse Marten, the harbour master of Tarrow, '
            'one of the states suing the ministry, said.')
    assert speakers(text)[0][1] == "Ilse Marten"


def test_a_question_is_joined_to_the_name_and_verb_after_it():
    text = 'Ana Ruiz spoke first. "Why is the quay still closed?" Senator Ilse Marten demanded.'
    assert speakers(text) == [("Why is the quay still closed?", "Ilse Marten")]


def test_the_name_of_a_work_in_marks_is_no_quote_of_anyone():
    text = ('Minister Ana Ruiz spoke on Friday. She condemned the film "the salt harvest of tarrow," '
            'and a song titled "Harbour Lights" was pulled from the radio.')
    assert speakers(text) == [("the salt harvest of tarrow,", None), ("Harbour Lights", None)]
    assert speakers('Police said the house from the comedy blockbuster "mrs. doubtfire," was hit.') == [
        ("mrs. doubtfire,", None)]
    # words set off by their attribution stay the speaker's, a work's noun before them or not
    assert speakers('The show "is a disgrace," said Ana Ruiz.') == [("is a disgrace,", "Ana Ruiz")]
    # a title after a work's noun, or with one set off after it, though an attribution follows
    assert speakers('She starred in the comedy "Salt And Silver," police said.') == [
        ("Salt And Silver,", None)]
    assert speakers('The councillors cited "The Harbour Within: A Warning," a four-part video course, '
                    'in their letter.') == [("The Harbour Within: A Warning,", None)]
    assert speakers('"We Will Win This Fight," the senator said.') == [("We Will Win This Fight,", "senator")]
    # an event's or a campaign's name, its noun right after the marks
    assert speakers('Residents said the protests faded after the "Harbour Spring" rallies of 2019.') == [
        ("Harbour Spring", None)]


def test_a_role_after_said_is_the_title_of_the_name_after_it():
    text = ('"It is too soon to change the rules," said senior study author Dr. Ilse Marten of the '
            'Tarrow Institute.')
    assert speakers(text) == [("It is too soon to change the rules,", "Ilse Marten")]
    assert speakers('"We won," said union spokesman Bo Hagen.') == [("We won,", "Bo Hagen")]


def test_a_participle_after_while_or_a_comma_speaks_for_the_sentences_subject():
    text = ('The protesters marched past the terminal, where the Velmar Lions played the Ostrand Bears, '
            'while chanting, "Open the gates."')
    assert speakers(text) == [("Open the gates.", "protesters")]
    # no subject to be found: no speaker, never a noun phrase holding "while"
    text = 'Small groups of dockworkers marched past the terminal while chanting, "Open the gates."'
    assert speakers(text) == [("Open the gates.", None)]


def test_more_speech_cues_and_roles():
    assert speakers('"Stay with me," Ana Ruiz sings to the crowd.') == [("Stay with me,", "Ana Ruiz")]
    text = ('Ana Ruiz asked the mayor to act on meddling the Velmar congressman said is designed to '
            '"sow discord" in the port.')
    assert speakers(text) == [("sow discord", "Velmar congressman")]


def test_a_name_glossed_in_brackets_is_no_subject_for_he():
    text = ('Harbour master Bo Hagen said the quay was "a little premature" to reopen.\n\n'
            'The director of the Velmar Port Authority (VPA), Ilse Marten, said that the cranes were safe.\n\n'
            '"It is clear that the cranes can work again," she told reporters in Tarrow.')
    assert speakers(text)[-1] == ("It is clear that the cranes can work again,", "Ilse Marten")
    text = text.replace("Ilse Marten", "Ivo Marten").replace("she told", "he told")
    assert speakers(text)[-1] == ("It is clear that the cranes can work again,", "Ivo Marten")


def test_a_person_tied_by_a_role_to_the_name_before_speaks():
    assert speakers('"We have never had a queue like this," Tarrow Grill owner Dana Whitlock tells '
                    'Harbour Radio.') == [("We have never had a queue like this,", "Dana Whitlock")]
    assert speakers('"It was a fair result," Halden City manager Bo Hagen told reporters.') == [
        ("It was a fair result,", "Bo Hagen")]
    # a role of someone named after a preposition is the role's
    assert speakers('"It was a fair result," the mother of striker Bo Hagen said.') == [
        ("It was a fair result,", "mother")]


def test_words_said_are_no_speaker_nor_is_a_passive_subject():
    # the phrase after the marks names the words, not who says them
    text = ('Crowds in Tarrow carried signs demanding "Justice for the crews," the same slogan '
            'regularly chanted at the harbour.')
    assert speakers(text) == [("Justice for the crews,", None)]
    # a passive names whom the words are about; by whom, it does not say
    assert speakers('Since the rescue, Bo Hagen has been increasingly referred to in Tarrow as "our son."') == [
        ("our son.", None)]
    assert speakers('Officially, Bo Hagen is being sought as a "material witness" in the case.') == [
        ("material witness", None)]
    # a plain plural noun before a participle is its subject, not a name further back
    text = ('Velmar marked the birthday of poet Ilse Marten with rallies calling for the return of '
            'Bo Hagen, the "harbour boy" at the centre of the dispute.')
    assert speakers(text) == [("harbour boy", None)]
    # a cue before them may still name the speaker; a progressive is no passive
    assert speakers('Ana Ruiz says the mayor\'s tweets accusing the crews are "lies and tricks."') == [
        ("lies and tricks.", "Ana Ruiz")]
    assert speakers('Ana Ruiz is promising lower fares and "ferries, ferries, ferries."') == [
        ("ferries, ferries, ferries.", "Ana Ruiz")]


def test_a_relative_clause_after_a_name_joins_nothing_to_its_verb():
    text = ('The U.S. envoy to Tarrow, Dan Holm, who was then on the Harbour Safety Council, said Friday '
            'that "this wish became a policy."')
    assert speakers(text) == [("this wish became a policy.", "Dan Holm")]


def test_the_author_of_a_writing_read_out_speaks_its_words():
    text = ('"I am willing to leave tomorrow," Ana Ruiz read from a letter signed by Bo Hagen.\n\n'
            '"Only the port can decide," continued the letter.')
    assert speakers(text) == [("I am willing to leave tomorrow,", "Bo Hagen"),
                              ("Only the port can decide,", "Bo Hagen")]
    assert speakers('Ana Ruiz read from a letter written by Bo Hagen: "I am willing to leave tomorrow."') == [
        ("I am willing to leave tomorrow.", "Bo Hagen")]
    # "the letter said" points back to the writing and its author, not to who released it
    text = ('The campaign released a letter from Dr. Vera Lind on Monday. "He is fit to serve," the letter '
            'said. The ministry issued a statement. "We regret it," the statement said.')
    assert speakers(text) == [("He is fit to serve,", "Vera Lind"), ("We regret it,", "ministry")]


def test_no_name_in_a_place_or_a_clause_before_the_subject_speaks():
    # a place after "around" is no subject
    assert speakers('In Tarrow, hundreds of children marched around the Harbour Square chanting "Free the crews!"') \
        == [("Free the crews!", None)]
    # after the comma the clause has a subject of its own
    text = ('With Ruiz in the front row of Tarrow\'s Harbour Hall, a string of former crewmen called for the '
            'return of "our ferry" to the port.')
    assert speakers(text) == [("our ferry", None)]
    # a relative clause describes the name before it, whatever it names
    assert speakers('Senator Bo Hagen, who was endorsed by Ana Ruiz, said: "We will win."') == [
        ("We will win.", "Bo Hagen")]


def test_a_sentence_final_inverted_attribution_and_a_role_set_off_before_the_name():
    # ", said NAME" at the end takes the whole sentence, a partial quote in its first clause too
    assert speakers('"It is high time" the ferry was sent back to Tarrow, said Bo Hagen, a former adviser.') == [
        ("It is high time", "Bo Hagen")]
    text = ('"Today is a sad day for the crews," who lost their jobs when the yard closed, said Ana Ruiz, '
            'representing the union.')
    assert speakers(text) == [("Today is a sad day for the crews,", "Ana Ruiz")]
    # "said his daughter, Rosa": the role is the name's
    assert speakers('"He must go to work," said his daughter, Rosa, who runs the shop.') == [
        ("He must go to work,", "Rosa")]
    assert speakers('"She never came home," said her stepmother, Rosa Hagen.') == [
        ("She never came home,", "Rosa Hagen")]
    # an adverb before the cue is no part of an unnamed speaker
    assert speakers("The coast guard also said \"the search goes on.\"") == [("the search goes on.", "coast guard")]
    assert speakers('An accompanying statement specifically warned "against all travel to Orlen."') == [
        ("against all travel to Orlen.", "accompanying statement")]


def test_a_role_with_a_title_before_a_name_is_the_names_and_a_name_given_is_no_quote():
    assert speakers('"We have arrested two men," police spokesman Capt. Rod Beer said.') == [
        ("We have arrested two men,", "Rod Beer")]
    text = 'Children sang for Bo Hagen, dubbed Tarrow\'s "harbour hero" and "brave boy," and for the crews.'
    assert speakers(text) == [("harbour hero", None), ("brave boy,", None)]
    text = 'Mayor Tomas Velde, known to dockers across the whole harbour as "the Hammer," spoke first.'
    assert speakers(text) == [("the Hammer,", None)]


def test_a_pronoun_goes_on_past_a_sentence_the_same_pronoun_opens():
    text = ('"It is time to act," said Dan Holm, who chaired the board.\n\n'
            '"You would be a fool not to prepare," he said on Monday. He then warned the board, in case '
            'Ana Ruiz came back to the harbour early.\n\n'
            '"She better get well first," he said.')
    assert speakers(text) == [("It is time to act,", "Dan Holm"), ("You would be a fool not to prepare,", "Dan Holm"),
                              ("She better get well first,", "Dan Holm")]


def test_a_given_name_tells_whom_he_or_she_can_stand_for():
    text = ('Hillary Ruiz met Leslie Hagen and Donald Marten at the harbour. Marten spoke first.\n\n'
            '"The crews deserve better," she said.')
    assert speakers(text) == [("The crews deserve better,", "Hillary Ruiz")]
    text = ('Kevin Ruiz walked on stage at the end of the night.\n\nMelanie Hagen cheered and waved a flag.\n\n'
            '"Thank you all," he said.')
    assert speakers(text) == [("Thank you all,", "Kevin Ruiz")]


def test_a_body_and_a_title_before_a_name_are_the_names():
    assert speakers('"We will pass the bill," House Speaker Ana Ruiz said.') == [
        ("We will pass the bill,", "Ana Ruiz")]
    assert speakers('"We will pass the bill," said Senate Majority Leader Ana Ruiz.') == [
        ("We will pass the bill,", "Ana Ruiz")]


def test_a_name_after_a_preposition_and_a_title_is_no_subject():
    text = 'Crowds criticised the trial of Dr Bo Hagen on Monday.\n\n"It is bad timing," he said.'
    assert speakers(text) == [("It is bad timing,", None)]
    # the one a role is for stays named with it
    assert speakers('A spokesman for President Ilse Varga said "we will not comment."') == [
        ("we will not comment.", "spokesman for Ilse Varga")]


def test_an_honorific_picks_the_namesake_of_its_sex_that_a_given_name_tells():
    text = 'Katherine Hagen sued the promoter. Michael Hagen died in 2009. "They pushed him too hard," Mrs Hagen said.'
    assert speakers(text) == [("They pushed him too hard,", "Katherine Hagen")]


def test_the_one_quoted_as_saying_speaks():
    assert speakers('The magazine Harbour Lawyer quoted Bo Hagen as saying: "If they had paid me, I would have won."') \
        == [("If they had paid me, I would have won.", "Bo Hagen")]
    assert speakers('The Ledger quoted a senior official as saying that "the port is safe."') == [
        ("the port is safe.", "senior official")]


def test_names_joined_by_and_before_the_cue_speak_together():
    assert speakers('Ivo and Bo Hagen said the timing was "wholly inappropriate."') == [
        ("wholly inappropriate.", "Ivo and Bo Hagen")]
    # a name after another clause's object speaks alone
    assert speakers('Ruiz met Hagen and Bo Varga said "we are done."') == [("we are done.", "Bo Varga")]


def test_a_role_keeps_its_office():
    assert speakers('The Tarrow secretary of state said the council "prays for the crews."') == [
        ("prays for the crews.", "Tarrow secretary of state")]
    assert speakers('"We will act," said the chief of staff.') == [("We will act,", "chief of staff")]


def test_a_speaker_before_a_partial_quote_outranks_the_outlet_reporting_it():
    assert speakers("Deputy minister Ivo Brannstad said the harbour's radar \"does not work and lacks the capacity "
                    "it needs\", the Veskaria News Agency reported.") == [
        ("does not work and lacks the capacity it needs", "Ivo Brannstad")]
    assert speakers("Harbour master Dana Whitlock said the pier was \"unsafe for any crew\", according to the "
                    "Tarrow Courier.") == [("unsafe for any crew", "Dana Whitlock")]
    # with no speaker before it, or one of another clause, the report names the source
    assert speakers("The pier was \"unsafe for any crew\", according to the Tarrow Courier.") == [
        ("unsafe for any crew", "Tarrow Courier")]
    assert speakers("Dana Whitlock said the pier was closed; it was \"unsafe for any crew\", according to the "
                    "Tarrow Courier.") == [("unsafe for any crew", "Tarrow Courier")]
    # a thing in lower case before the quote is no speaker ("the outage indicated that ...")
    assert speakers("The outage indicated that the radar \"does not work and lacks the capacity\", the Tarrow News "
                    "Agency reported.") == [("does not work and lacks the capacity", "Tarrow News Agency")]
    for report in ("per the Tarrow Courier", "the Tarrow Courier reports"):
        assert speakers(f"Harbour master Dana Whitlock said the pier was \"unsafe for any crew\", {report}.") == [
            ("unsafe for any crew", "Dana Whitlock")]


def test_representatives_for_someone_speak_for_them():
    assert speakers('Representatives for the couple tell the Tarrow Courier, "They remain close friends."') == [
        ("They remain close friends.", "Representatives")]


def test_after_said_the_name_holding_a_role_speaks_not_what_the_role_is_of():
    assert speakers('"The pier was built on older stones," said Tarrow Weekly harbour writer Mira Osk.') == [
        ("The pier was built on older stones,", "Mira Osk")]
    assert speakers('"He loved the water," said Marcus Delane\'s former swimming coach, Teo Brand.') == [
        ("He loved the water,", "Teo Brand")]
    assert speakers('"We will rebuild," said the Tarrow Courier\'s editor, Ana Ruiz.') == [
        ("We will rebuild,", "Ana Ruiz")]


def test_a_speech_act_named_as_a_noun_is_made_by_its_subject_not_named_by_it():
    # the listener after "told" is no speaker, nor is the noun of "on a call"
    assert speakers('Tessa Marl, the chief executive, told analysts on a call that the firm had been '
                    '"talking to Brovik for a year".') == [("talking to Brovik for a year", "Tessa Marl")]
    # a word describing the act is no speaker: the one who issued it speaks
    assert speakers('Ivo Brannstad spoke first. On Monday the Tarrow Port Authority issued a short statement: '
                    '"We are cooperating fully with the inquiry."') == [
        ("We are cooperating fully with the inquiry.", "Tarrow Port Authority")]
    # ... and a quote after an act whose maker the sentence does not name is nobody else's
    assert speakers('"The pier is safe," Ivo Brannstad said. Its parent firm has issued a brief statement: '
                    '"We are cooperating fully."') == [
        ("The pier is safe,", "Ivo Brannstad"), ("We are cooperating fully.", None)]
    assert speakers('The hotel issued a brief statement saying it was "deeply saddened" by the loss.') == [
        ("deeply saddened", None)]
    # an act that is a verb's object is its subject's, whoever reports it
    assert speakers('Ana Ruiz said Teo Brand issued a short statement: "I will not resign."') == [
        ("I will not resign.", "Teo Brand")]
    assert speakers('Ana Ruiz told reporters that Teo Brand issued a statement saying he was "deeply sorry".') == [
        ("deeply sorry", "Teo Brand")]
    # a possessive's act is the possessor's
    assert speakers('The agency reported that in a letter, Kim Dal extended his greetings to his '
                    '"dearest friend and comrade".') == [("dearest friend and comrade", "Kim Dal")]


def test_a_quote_interrupted_by_its_attribution_is_one_quote_whoever_speaks():
    # the rest of the sentence after the attribution's commas
    assert speakers('"I want answers," Mayor Ana Ruiz said, "not excuses."') == [
        ("I want answers, not excuses.", "Ana Ruiz")]
    # a speaker the text does not name
    assert speakers('"The pier held," he said. "The crane did not."') == [("The pier held. The crane did not.", None)]
    # narration between them is no attribution: two quotations
    assert [q for q, _ in speakers('"I love the port," Ana Ruiz said, but "when it comes to cranes, '
                                   'it has a poor record".')] == ["I love the port,", "when it comes to cranes, it has a poor record"]
    assert len(speakers('"We will rebuild," she said. He wrote, "Prices will fall."')) == 2
    # a question is no statement its answer goes on
    assert len(speakers('"Where were you?" he asked. "At home."')) == 2


def test_an_interviews_answers_are_the_interviewees_words():
    qa = ("Dr Lena Varga has studied the Tarrow estuary for 20 years. We asked her about the flood.\n\n"
          "Q: Is this the worst flood Tarrow has seen?\n"
          "A: Since records began, yes. The river rose faster than in 1962.\n\n"
          "Q: What should the town do?\n"
          "A: Raise the sea wall. My mentor used to say, \"Water always wins.\"\n")
    assert summary(qa) == [
        ("Since records began, yes. The river rose faster than in 1962.", "Lena Varga", "full", "answered"),
        ("Raise the sea wall. My mentor used to say, \"Water always wins.\"", "Lena Varga", "full", "answered"),
        ("Water always wins.", None, "full", None)]
    named = ("Harbour chief Ivo Brannstad spoke to the Courier on Friday.\n\n"
             "Why now?\n\nBrannstad: Because the cranes are old.\n\nWhen will it close?\n\nBrannstad: By October.\n")
    assert speakers(named) == [("Because the cranes are old.", "Ivo Brannstad"), ("By October.", "Ivo Brannstad")]
    # a label that names nobody, or an answer without questions, is no interview
    assert quotes("Correction: an earlier version misspelt a name.\n\nCorrection: the date was wrong.\n") == []
    assert quotes("A: the first option.\n\nA: the second option.\n") == []


def test_it_read_after_a_writing_is_its_makers():
    assert speakers('Mayor Ana Ruiz posted a message on the council website. "We regret the delay and will '
                    'compensate residents," it read.') == [
        ("We regret the delay and will compensate residents,", "Ana Ruiz")]
    # a sign's words are nobody's, nor a letter's its recipient's
    assert speakers('Ana Ruiz said the gate was locked. "No entry," it read.') == [("No entry,", None)]
    assert speakers('Ana Ruiz, 34, received the letter on Monday. "Your claim has been refused," it read.') == [
        ("Your claim has been refused,", None)]


def test_a_role_set_off_before_its_holders_name_gives_the_name():
    assert speakers('"Rates will rise," the bank\'s chief economist, Lea Moritz, said.') == [
        ("Rates will rise,", "Lea Moritz")]
    assert speakers('"We have come a long way," the rebels\' chief negotiator, Ilario Benk, said.') == [
        ("We have come a long way,", "Ilario Benk")]
    assert speakers('"The voters spoke," the state Republican chairman, Dwight Halvorsen, said in a statement.') == [
        ("The voters spoke,", "Dwight Halvorsen")]
    assert speakers('"We will not sign," said the union\'s president, Ada Krall.') == [
        ("We will not sign,", "Ada Krall")]


def test_a_name_with_its_party_or_place_then_an_apposition_speaks():
    assert speakers('Rep. Jim Tully (R-Ohio), a member of the Freedom Caucus, said the bill was "dead on arrival."') == [
        ("dead on arrival.", "Jim Tully")]
    assert speakers('Rep. Jim Tully (R-Ohio), who leads the Freedom Caucus, called the bill "a total disaster."') == [
        ("a total disaster.", "Jim Tully")]
    assert speakers('Mayor Linda Okafor of Lorain, a Democrat, said the visit was "welcome attention" for the city.') == [
        ("welcome attention", "Linda Okafor")]
    assert speakers('"It is the best phone this year," said its technology editor, Nadia Oyelaran.') == [
        ("It is the best phone this year,", "Nadia Oyelaran")]
    # a role with the place of its office is no name: the name before it speaks
    assert speakers('Jean-Paul Roche, the foreign minister of Veskaria, a council member, said the missile test was a '
                    '"reckless stunt that must carry a price."') == [
        ("reckless stunt that must carry a price.", "Jean-Paul Roche")]


def test_a_title_naming_an_office_stands_before_the_speakers_name():
    assert speakers('"We will not sign," said Secretary of State Jo Lindqvist.') == [
        ("We will not sign,", "Jo Lindqvist")]
    assert speakers('"Costs are rising," said Deputy Secretary of Commerce Ann Bellweather.') == [
        ("Costs are rising,", "Ann Bellweather")]
    assert speakers('"Go," said Bank of England Governor Ana Ruiz.') == [("Go,", "Ana Ruiz")]
    assert speakers('"Go," said the Bank of England on Monday.') == [("Go,", "Bank of England")]


def test_a_quote_with_its_own_unnamed_speaker_does_not_go_on_the_previous_one():
    assert speakers('Nina Abel spoke first. "We are ready," she said. "We built this from nothing," '
                    'said a man in the crowd.') == [
        ("We are ready,", "Nina Abel"), ("We built this from nothing,", None)]


def test_a_role_before_a_comma_that_closes_a_phrase_is_no_apposition():
    assert speakers("In a letter to the mayor, Ana Ruiz complained about the noise. "
                    '"We will fix it," the mayor said.') == [("We will fix it,", "mayor")]


def test_the_role_a_person_was_named_with_stands_for_them():
    assert speakers("Port Veradale's mayor, Benedict Osei-Grant, ordered an evacuation. "
                    '"Leave now," the mayor said.') == [("Leave now,", "Benedict Osei-Grant")]
    assert speakers('Speaker Glenn Harwell opened the session. "It is not the bill I would have written," '
                    'the speaker said.') == [("It is not the bill I would have written,", "Glenn Harwell")]
    assert speakers('The band played on. "Turn it down," the speaker said.') == [("Turn it down,", "speaker")]


def test_a_surname_alone_that_speaks_is_a_speaker_though_never_named_in_full():
    text = ('"These emails are a disgrace," said Bishop Anthony Moreau.\n\n'
            'Whitcombe said he was "shocked but not surprised." "They hate you," he told the crowd.')
    assert speakers(text) == [("These emails are a disgrace,", "Anthony Moreau"),
                              ("shocked but not surprised.", "Whitcombe"), ("They hate you,", "Whitcombe")]
    # a group opening the sentence is no name
    assert speakers('Ana Ruiz spoke. "We are ready," she said.\n\nRetailers said sales were "flat at best."')[1][1] != "Retailers"
    assert speakers('Ana Ruiz spoke. "We are ready," she said.\n\nHaving said that, if the ministry\'s "Wash it, '
                    'dry it, bin it" campaign saves one life, it will be worth it.')[1][1] != "Having"


def test_he_after_a_sentence_whose_subject_is_a_role_is_the_roles_holder():
    text = ('Dale Whitcombe, the Republican nominee, spoke for an hour. "I am done with them," said Tom Reisling, '
            'a retired pipe fitter.\n\nThe nominee closed with a joke as he left the stage. "We are going to win '
            'Ohio," he said.')
    assert speakers(text)[1] == ("We are going to win Ohio,", "Dale Whitcombe")


# --- from a stress set of invented 2016-style political stories --------------------------------

def test_a_name_and_any_past_verb_after_a_quote_set_off_by_its_comma_attribute_it():
    text = ('Sen. Ada Lowrie and Gov. Mark Bellwether debated on Tuesday.\n\n'
            '"You raised the levy twice," Lowrie said.\n\n'
            '"Because you would be in jail," Bellwether shot back.\n\n'
            '"The moderator is right," Lowrie laughed.')
    assert [s for _, s in speakers(text)] == ["Ada Lowrie", "Mark Bellwether", "Ada Lowrie"]


def test_a_name_inside_an_unnamed_role_only_says_whose_role():
    text = ('Conrad Vail toured Tarrow on Tuesday.\n\n'
            '"He has made his choice," said a Vail adviser.\n\n"We will see," said one Vail aide.')
    assert speakers(text) == [("He has made his choice,", "Vail adviser"), ("We will see,", "Vail aide")]


def test_the_agent_of_an_opening_participle_is_not_the_subject():
    text = ('Conrad Vail and Helena Crane debated on Tuesday. Moderator Gwen Halloway questioned them. '
            '"Is that true?" she asked.\n\n'
            'Asked by Halloway whether he had paid the levy, Vail did not deny it. "Of course I do," he said.\n\n'
            'Pressed by the co-moderator, Martin Esquivel, he pivoted: "We have a port to run."')
    assert [s for _, s in speakers(text)][1:] == ["Conrad Vail", "Conrad Vail"]


def test_a_bare_verb_attributes_only_a_quote_that_opens_its_sentence():
    text = ('Coach Ivo Brask spoke.\n\n"We lost," the coach sighed.\n\n'
            'When the band played "Home Again," Tarn Oddson cried.\n\n'
            'Pressed by the committee, Ben Corr, the chief executive, defended the cuts. "We had no choice," he said.')
    assert [(t, s) for t, s in speakers(text) if s] == [("We lost,", "Ivo Brask"), ("We had no choice,", "Ben Corr")]


def test_a_nickname_inside_a_name_is_no_quote():
    text = ('Sen. Margaret "Peg" Thistlewood spoke on Monday.\n\n'
            '"We will not back down," Thistlewood said. She called the levy "folly".')
    assert speakers(text) == [("We will not back down,", "Margaret Thistlewood"), ("folly", None)]


def test_speakers_named_by_a_month_or_a_local_title():
    text = ('"We are ready," said April Fennimore.\n\n"Not yet," June Dellacourt told reporters.\n\n'
            '"Stay inside," Tamsen County Sheriff Wade Hartigan said.')
    assert [s for _, s in speakers(text)] == ["April Fennimore", "June Dellacourt", "Wade Hartigan"]


def test_a_name_set_after_a_possessive_role_is_the_speaker():
    text = ('Warren Thackeray and Lorraine Oduya met on Monday.\n\n'
            '"It was a clear win for us," said Thackeray\'s running mate, Dale Pruitt.\n\n'
            '"She made it personal," Thackeray\'s campaign manager, Roland Kessler, told reporters.\n\n'
            '"Our job is not to apportion blame," said the board\'s chief inspector, Dr Annika Feld.\n\n'
            '"Look now," said Ratewise\'s head of research, Callum Doyle.')
    assert [s for _, s in speakers(text)] == ["Dale Pruitt", "Roland Kessler", "Annika Feld", "Callum Doyle"]


def test_the_holder_of_a_long_office_title_speaks():
    text = ('"There is no evidence of fraud," Secretary of the Commonwealth Darnell Hughes said.\n\n'
            '"We are confident," Director of National Intelligence Harold Minsky said.')
    assert [s for _, s in speakers(text)] == ["Darnell Hughes", "Harold Minsky"]


def test_a_phrase_of_place_or_time_opening_a_sentence_hides_no_subject():
    text = ('Warren Thackeray faces Lorraine Oduya.\n\nThackeray has largely ignored Oduya. At a rally in Toledo, '
            'he attacked Gideon Farkas.\n\n"I have never met a voter like that," he said.')
    assert speakers(text) == [("I have never met a voter like that,", "Warren Thackeray")]
    text = ('Rep. Kevin Dunleavy faces Sharon Whitlock. Whitlock\'s aide, Tom Lyle, called the race "a dead heat."\n\n'
            'On Tuesday the congressman said it came down to one thing. "People here know me," he said.')
    assert speakers(text)[-1] == ("People here know me,", "Kevin Dunleavy")
    # without a comma, only a few words of time open the sentence: here Brenner is its subject
    text = ('Governor Tom Hale faces Senator Mark Brenner. Last year Brenner beat the governor in a primary. '
            '"It was close," he said.')
    assert speakers(text) == [("It was close,", "Mark Brenner")]


def test_a_quote_goes_on_after_a_long_attribution():
    text = ('"These are strange days," said Piet Morrow, a lawyer for the Tarrow River Trust, who has been '
            'challenging the quarry over water pollution for years. "I am doubtful he can pull it off."')
    assert speakers(text) == [("These are strange days. I am doubtful he can pull it off.", "Piet Morrow")]


def test_the_group_or_the_company_speaks_for_the_organisation_named_before():
    text = ('The Tarrow Voting Rights Coalition welcomed the ruling. "The court confirmed what we said," the group '
            'said.\n\nOrlen Shipping Corp. cut 300 jobs on Monday. "We had no choice," the company also said.\n\n'
            'The Brask Party and the Tarrow Dockers Union met. "No deal," the union said.')
    assert [s for _, s in speakers(text)] == ["Tarrow Voting Rights Coalition", "Orlen Shipping Corp.",
                                               "Tarrow Dockers Union"]


def test_a_described_role_stands_for_the_holder_whom_every_word_describes():
    text = ('Sen. Ada Velmar of Ohio spoke to farmers in Lima. The Ohio senator said they were "left behind by both '
            'parties."\n\nFormer Gov. Piet Orrin also spoke. "Nobody here understands corn prices," the former governor '
            'said.')
    assert [s for _, s in speakers(text)] == ["Ada Velmar", "Piet Orrin"]
    # a nominee of the other party is not the one meant
    text = ('Republican nominee Dale Brask met Democratic nominee Ines Tarrow. "We disagree," the Democratic '
            'nominee said.')
    assert [s for _, s in speakers(text)] == ["Ines Tarrow"]
    text = ('Democratic nominee Ines Tarrow met Republican nominee Dale Brask. "We disagree," the Democratic '
            'nominee said.')
    assert [s for _, s in speakers(text)] == ["Ines Tarrow"]
    # the words must describe the holder, not a neighbour
    text = 'Sen. Bo Lin met Ohio Gov. Ann Roe in Toledo. "Farmers are hurting," the Ohio senator said.'
    assert [s for _, s in speakers(text)] == ["Ohio senator"]


def test_an_ing_clause_after_a_quote_is_the_sentence_subjects():
    text = ('Ruben Falk said the council should "do its job and stop the games," adding that the Assembly would not '
            'take up a bill with "billions in new spending."')
    assert [s for _, s in speakers(text)] == ["Ruben Falk", "Ruben Falk"]


def test_those_who_answer_the_words_in_apposition_do_not_say_them():
    text = ('Sen. Ada Velmar has told reporters she will "never give up on Ohio," a line the Orrin campaign mocked '
            'in an email.')
    assert speakers(text) == [("never give up on Ohio,", "Ada Velmar")]
    # a line the speaker repeats is hers
    assert speakers('"We will never give up," a line Sen. Ada Velmar repeated at every stop.') == [
        ("We will never give up,", "Ada Velmar")]


def test_the_next_sentence_names_the_speaker_or_the_one_who_paused_goes_on():
    text = ('"Her silence is an answer," Lt. Gov. Dena Corvo said.\n\n"You stand with him or you don\'t." That is '
            'how Rep. Kevin Marsh, a Republican from Dayton, put it.')
    assert [s for _, s in speakers(text)] == ["Dena Corvo", "Kevin Marsh"]
    text = ('"These people have been with us forever," said Dale Henning, the county chairman.\n\nHe paused. '
            '"Darlene will vote. Darlene always votes."')
    assert [s for _, s in speakers(text)] == ["Dale Henning", "Dale Henning"]
    # a pointing sentence without a verb of speech names no speaker
    text = '"Prices will double," the report said.\n\n"Families cannot cope." That is what worries Mayor Ann Roe.'
    assert [s for _, s in speakers(text)] == ["report", "report"]


def test_local_offices_are_titles_and_del_is_a_delegate_before_a_name():
    text = ('"This is a waste of time," said Del. Teresa Quinata of Guam. Alameda County Supervisor Dan Ferrow '
            'said the fee was "fair to everyone." Assemblywoman Lucia Ferrow called it "a tax."\n\n'
            'A former Oversight Committee staffer who worked with Feld said he was "tough and fair."')
    assert [s for _, s in speakers(text)] == ["Teresa Quinata", "Dan Ferrow", "Lucia Ferrow",
                                               "former Oversight Committee staffer"]


def test_a_place_or_a_reflexive_before_the_comma_of_an_interruption_keeps_the_subject():
    text = ('Mike Sandoval has worked for Sen. Ann Velmar.\n\nVelmar herself, asked about the shift during a stop in '
            'Zanesville, said only that she was "running my own race."\n\nA Democratic strategist in Raleigh, who '
            'asked not to be named, said the numbers were "encouraging but not decisive."\n\nMarc Orrin, the chief '
            'executive of the Brask Urban League, told a student that "this is not the first generation to wait."')
    assert [s for _, s in speakers(text)] == ["Ann Velmar", "Democratic strategist", "Marc Orrin"]


def test_remarks_after_a_preposition_are_not_the_speakers_but_a_claim_that_is():
    text = ('Assemblyman Victor Orrin criticized the measure.\n\nAssemblywoman Lucia Ferrow, asked about Orrin\'s '
            'comments, was terse: "Victor is entitled to his opinion."\n\nThe fact-checkers seized on Orrin\'s claim '
            'that there had been "thousands of break-ins" this year.')
    assert [s for _, s in speakers(text)] == ["Lucia Ferrow", "Victor Orrin"]
    # remarks after a preposition outside an interruption still name their maker
    text = ('Victor Orrin spoke on Monday.\n\nThe uproar over Orrin\'s comments, made on Fox, centered on his call '
            'for a "total shutdown."')
    assert [s for _, s in speakers(text)] == ["Victor Orrin"]


def test_titles_after_a_work_noun_labels_and_more_verbs_of_speech():
    text = ('In his 2009 memoir, "The Long Game," Leo Ashby wrote that Orrin was "the only opponent who read every '
            'page." The crowd sang the unofficial anthem, "Stand Up, Brask," at the end.\n\nKessler\'s chief of staff '
            '- identified only as "Staffer A" - warned him.\n\nThe bureau defines an establishment as "a single place '
            'of business." Ines Orrin also jokes that she has "a binder full of generals."')
    assert [(t, s) for t, s in speakers(text) if s] == [
        ("the only opponent who read every page.", "Leo Ashby"), ("a single place of business.", "bureau"),
        ("a binder full of generals.", "Ines Orrin")]
    # a speaker quoted on a podcast or about a study still speaks; a defined "red line" is no quote of hers
    text = ('Ana Ruiz said on the podcast "it was a mistake to trust them." The study "found no link" between '
            'the two, Ruiz said. Ruiz drew a clearly defined "red line" on Brask.')
    assert [s for _, s in speakers(text)] == ["Ana Ruiz", "Ana Ruiz", None]


def test_a_quote_broken_by_an_aside_between_dashes_goes_on():
    text = ('"Intent is the hardest thing to show," said Eva Marchbank, a former prosecutor. "But an email like that '
            'one" - she paused - "that\'s what keeps lawyers up at night."')
    assert speakers(text)[-1] == ("But an email like that one … that's what keeps lawyers up at night.",
                                  "Eva Marchbank")


def test_a_quote_without_a_cue_is_spoken_by_the_subject_of_the_sentence_before():
    assert speakers('Rep. Mara Velde toured Kessa on Sunday.\n\nAsked about the ads, Velde was blunter. '
                    '"They have spent more here in a week than anyone."') == [
        ("They have spent more here in a week than anyone.", "Mara Velde")]
    assert speakers('A Varnish Party strategist, Tomas Ekberg, was more hopeful. "He fits the district."') == [
        ("He fits the district.", "Tomas Ekberg")]
    assert speakers("Gov. Ilan Ferrow is seeking a third term.\n\nFerrow's wife, Annika, was less amused. "
                    '"People ask if he is slowing down."') == [("People ask if he is slowing down.", "Annika")]
    # the quote opening the next paragraph, after a pronoun's pause
    assert speakers("Rep. Mara Velde spoke in Kessa. Asked whether she worried, she paused.\n\n"
                    '"Of course I worry about it."') == [("Of course I worry about it.", "Mara Velde")]
    # one who presses another: a question is the presser's, an answer may be either's
    text = "The debate was run by Jill Orsk. Orsk pressed Ted Varga on the fuel tax. "
    assert speakers(text + '"Governor, would you sign it again?"') == [
        ("Governor, would you sign it again?", "Jill Orsk")]
    assert speakers(text + '"I would not sign it again."') == [("I would not sign it again.", None)]
    # a quote inside its own sentence's narration is not the sentence before's
    assert speakers('He was sick in the head. My aunt still says things such as, "We are not all equal."')[0][1] \
        != "He"


def test_a_story_opening_on_a_quote_names_its_speaker_in_the_next_sentence():
    # a dateline before the words leaves the quote whole
    text = ('KESSA, Ohio — "I have voted in every election since 1970, and this is the first time I thought '
            'about leaving it blank."\n\nThat was how Berit Kowal, 71, a retired teacher, summed up her feelings.')
    assert summary(text)[0][1:3] == ("Berit Kowal", "full")
    assert speakers('"We are making changes because we want to win." That was the message from campaign '
                    'chairman Hal Grenn on Thursday.') == [("We are making changes because we want to win.", "Hal Grenn")]
    assert speakers('VARNA, Pa. — "This is not a normal election."\n\nKatya Velund said it twice on Monday.') == [
        ("This is not a normal election.", "Katya Velund")]
    # no speech, no speaker
    assert speakers('"We are losing." That was the fear of Hal Grenn on Thursday.')[0][1] is None


def test_a_role_named_after_its_phrase_a_passive_request_and_a_titled_lead_in():
    assert speakers("A spokeswoman for the committee, Jenna Marr, declined to comment but said the committee "
                    'remained "fully committed" to the seat.') == [("fully committed", "Jenna Marr")]
    # "been asked by the party" is no one speaking: the pieces after it stay the manager's
    text = ('Her campaign manager, Derek Oyel, said the campaign had "never once" been asked by the party to '
            'pull its ads, and that its polling showed the race "well within reach."')
    assert [s for _, s in speakers(text)] == ["Derek Oyel", "Derek Oyel"]
    assert speakers('Kessa Democratic Party chairman Raul Espin: "Lucia is winning because she works harder."') == [
        ("Lucia is winning because she works harder.", "Raul Espin")]


def test_the_sentence_before_or_after_names_no_speaker_it_only_tells_of():
    # what the words are about, not who says them
    for text in ('Hal Grenn died in the fire on Monday.\n\n"He was the best of us."',
                 'Ana Velde was killed in a crash on Monday.\n\n"She lit up every room."',
                 'Velde and her rival, Hal Grenn, will debate on Friday. "I look forward to it."',
                 'Orsk pressed Varga. "I will not sign it."'):
        assert speakers(text)[0][1] is None, text
    # "said that ..." opens new words, not a pointer back
    text = ('Ana Velde said the tax was fair.\n\n"It pays for schools and roads."\n\n'
            'Tomas Ekberg said that the tax would hurt farmers.')
    assert speakers(text) == [("It pays for schools and roads.", "Ana Velde")]
    assert speakers('"We will win this seat." Hal Grenn says it is too early to tell.')[0][1] is None
    # the message from whom: the name right after "from"
    for text in ('"The plant will close." That was the message from workers who left, angry at manager Hal Grenn.',
                 '"I lost everything." That was the case of Hal Grenn, a farmer.'):
        assert speakers(text)[0][1] != "Hal Grenn", text


def test_a_subject_that_was_never_or_under_something_carried_itself_no_way():
    assert speakers('Hal Grenn was under investigation for fraud last year. "He lied to all of us."')[0][1] is None
    assert speakers('Ana Velde was never going to win the county.\n\n"We knew it."')[0][1] is None


def test_cues_that_speak_with_back_and_a_few_more_verbs():
    text = ("Maribel Ocampo met Hank Dorsey on Tuesday. Ocampo shot back that Millbrook was "
            "\u201cnot Philadelphia, not by a long way.\u201d \"That is a lie,\" Dorsey hit back. Tarno Vell "
            "scoffed at the idea that the dam \"would pay for itself in a decade.\" Ines Vell reminded the "
            "crowd that the mill \"will never come back to this valley.\"")
    assert speakers(text) == [("not Philadelphia, not by a long way.", "Maribel Ocampo"),
                              ("That is a lie,", "Hank Dorsey"),
                              ("would pay for itself in a decade.", "Tarno Vell"),
                              ("will never come back to this valley.", "Ines Vell")]
    # "shot" without "back" is no cue, nor "back" before an object or "at", "with"
    assert speakers('Mayor Ann Roe was shot in the arm. "It hurt a lot," she said.') == [("It hurt a lot,", "Ann Roe")]
    assert speakers('Orlen Motors pushed back the launch of the car to "early next year."') == [
        ("early next year.", None)]
    assert speakers('Officers fired back at the gunman, who had shouted "you will all pay for this."') == [
        ("you will all pay for this.", None)]


def test_long_titles_and_bodies_before_a_name_and_a_clause_after_it():
    text = ('"We are not bluffing this time," Rep. Dan Ambro (R-Tenn.), who leads the group, said. '
            '"They should believe it."')
    assert speakers(text) == [("We are not bluffing this time. They should believe it.", "Dan Ambro")]
    text = '"We will answer for this," said Democratic Senatorial Campaign Committee spokesman Isak Thorne.'
    assert speakers(text) == [("We will answer for this,", "Isak Thorne")]
    text = 'House Minority Whip Rosa Pryor (D-Md.) said the bill was "a bad deal for every family."'
    assert speakers(text) == [("a bad deal for every family.", "Rosa Pryor")]
    # a country that is a given name opens a person's name set off after a role
    text = 'The aide, Jordan Ashby, said in an email that Marsh "will always put workers first."'
    assert speakers(text) == [("will always put workers first.", "Jordan Ashby")]
    # a role in lower case set off after a role, then the name
    text = ('The moderator, local news anchor Carla Mendes, pushed back, telling viewers that '
            '"no question was shared in advance."')
    assert speakers(text) == [("no question was shared in advance.", "Carla Mendes")]


def test_a_cue_noun_that_the_earlier_cue_describes_names_no_speaker():
    text = ('At a rally in Scranton, Hale spoke. Party chairman Walt Kaminski said the Scranton speech '
            'was "red meat, and red meat is fine."')
    assert speakers(text) == [("red meat, and red meat is fine.", "Walt Kaminski")]
    # the noun as the subject of the quoted words, after "the"
    text = ('Gov. Ilse Marren praised the host, telling radio host Tomas Brel on Thursday that the '
            'interview "said everything about where the other side stands."')
    assert speakers(text) == [("said everything about where the other side stands.", "Ilse Marren")]
    # a message its sender sent, not what the earlier cue's speaker describes
    text = 'Prosecutors told jurors that Dale Mossel sent the message "You will regret this" at midnight.'
    assert speakers(text) == [("You will regret this", "Dale Mossel")]


def test_an_ads_title_is_no_quote_and_a_dash_may_open_the_next_line():
    assert speakers('The Marsh campaign\u2019s new ad, \u201cMade Elsewhere,\u201d features his products.') == [
        ("Made Elsewhere,", None)]
    text = "\u201cShe finally sounded like a person, not a r\u00e9sum\u00e9.\u201d\n\n\u2015 Tamika Hollins, 34, Port Alder\n"
    assert speakers(text) == [("She finally sounded like a person, not a r\u00e9sum\u00e9.", "Tamika Hollins")]
    # not a byline after a paragraph that quotes within its sentence
    text = 'Mayor Ann Roe said the vote was "a travesty."\n\n\u2014 Jane Lind, Kessa Ledger\n'
    assert speakers(text) == [("a travesty.", "Ann Roe")]


def test_a_transcripts_turns_are_no_quotes_but_the_quotes_inside_are_their_speakers():
    text = ("Governor Tal Brenner spoke to Radio Kessa on Sunday.\n\n"
            "Partial transcript as follows:\n\n"
            "\"HOST: Governor Brenner, as \u201cThe Kessa Ledger\u201d wrote, the dam is late.\n\n"
            "\"BRENNER: Well, look, my rival thinks this is an episode of \u201cShark Pool.\u201d It is not.\n\n"
            "\"It is serious business for the valley.\n\n"
            "\"HOST: Thank you, Governor.\"\n\n"
            "Brenner left for Orlen.")
    assert speakers(text) == [("The Kessa Ledger", "Host"), ("Shark Pool.", "Tal Brenner")]
    # quotes of alerts that open with a label and close before their attribution are no turns
    text = ('"EMERGENCY ALERT: Leave the valley now," the message read.\n\n'
            '"WARNING: The river is rising," a second alert said.\n\n'
            '"We had already lost everything," said resident Mara Lind, 54.')
    assert [q for q, _ in speakers(text)] == ["EMERGENCY ALERT: Leave the valley now,",
                                              "WARNING: The river is rising,", "We had already lost everything,"]


def test_a_new_sentence_that_leads_in_to_a_quote_starts_a_new_statement():
    text = ('"He will have to come to us, and we will have a list," Rosa Pryor told reporters. '
            'Asked what would be on it, she laughed: "You will see."')
    assert speakers(text) == [("He will have to come to us, and we will have a list,", "Rosa Pryor"),
                              ("You will see.", "Rosa Pryor")]


def test_the_united_states_is_no_speech_verb():
    text = ('Helen Castor said in a 2015 speech to a refugee advocacy group that the United States '
            'should take in "many, many more" of them.')
    assert speakers(text) == [("many, many more", "Helen Castor")]
    # nor is the so-called "blend wall" anyone's quote; a caption is its poster's; an administrator is titled
    assert speakers('The agency relies on the so-called "blend wall" to set the limits.') == [("blend wall", None)]
    assert speakers('"Proud of this team, every one," Tal Abern captioned the photo.') == [
        ("Proud of this team, every one,", "Tal Abern")]
    assert speakers('Administrator Rhonda Vell defended the rule. "It is lawful," she told senators.') == [
        ("It is lawful,", "Rhonda Vell")]


def test_a_name_an_apposition_describes_before_who_is_the_subject():
    text = ('Council Chairman Ray Pelgrom, a Republican who has endorsed Dwight Barlund, said on Wednesday '
            'that the account was "basically accurate," though the freeze had ended.')
    assert speakers(text) == [("basically accurate,", "Ray Pelgrom")]


def test_a_role_with_capitalised_qualifiers_after_or_before_its_cue():
    text = ('"Eight years, and now it is an emergency?" said a senior House GOP leadership aide. '
            '"Give me a break."\n\n'
            '"What happens," one veteran GOP pollster asked me, "if half the country stays home?"')
    assert speakers(text) == [
        ("Eight years, and now it is an emergency? Give me a break.", "senior House GOP leadership aide"),
        ("What happens, if half the country stays home?", "veteran GOP pollster")]
    # a role before another is no qualifier of it: "the commander [whom] U.S. officials blamed"
    assert speakers('"We were hit hard," the commander U.S. officials blamed for the attack said.') == [
        ("We were hit hard,", "commander")]


def test_a_relative_clause_about_the_noun_after_a_role_leaves_the_role_the_subject():
    text = ('A spokesman for the regional health network, which oversees the Ashford clinic, said in an '
            'email that waits had fallen "by more than a third" and that the agency "cannot comment on cases."')
    assert speakers(text) == [("by more than a third", "spokesman"), ("cannot comment on cases.", "spokesman")]
    # a relative clause about a name after the sentence's first name still ends a clause
    text = 'Ana Ruiz, a senior adviser to the party, which lost, said it was "over and done."'
    assert speakers(text) == [("over and done.", "Ana Ruiz")]


def test_a_shows_title_in_the_attribution_does_not_part_a_quote():
    text = ('"Nobody has asked me about his taxes," Gov. Mitchell Harrow said on CNN\'s "Sunday Ledger." '
            '"They ask me about their premiums."')
    assert summary(text) == [
        ("Nobody has asked me about his taxes. They ask me about their premiums.", "Mitchell Harrow", "full", "said")]


def test_a_so_called_term_is_no_statement_though_a_comma_ends_it():
    text = 'Every cycle brings its so-called "October surprise," and most are forgotten by Thanksgiving.'
    assert summary(text) == [("October surprise,", None, "partial", None)]


def test_a_relative_or_role_after_his_or_her_is_the_last_named_speakers():
    text = ('"I like that he says what he thinks," Marcus Brandel says. "That is the whole election '
            'right there," his wife says.\n\n"We did nothing wrong," Joan Pellmar said. Her campaign '
            'has said the payments were "routine and fully disclosed."')
    assert speakers(text) == [
        ("I like that he says what he thinks,", "Marcus Brandel"),
        ("That is the whole election right there,", "Marcus Brandel's wife"),
        ("We did nothing wrong,", "Joan Pellmar"),
        ("routine and fully disclosed.", "Joan Pellmar's campaign")]
    # not the one a crime story named before, nor someone after "another" or "this"
    text = ('Officer Tom Quill shot a man on Sunday. His family said he was "unarmed and scared."\n\n'
            'Ana Ruiz won the primary. "The count was accurate," said another official.')
    assert speakers(text) == [("unarmed and scared.", "family"), ("The count was accurate,", "official")]
    # a relative named after the kin noun speaks by name
    text = ('Gov. Ilan Ferrow is seeking a third term.\n\nFerrow\'s wife, Annika, was less amused. '
            '"People ask if he is slowing down."')
    assert speakers(text) == [("People ask if he is slowing down.", "Annika")]


def test_asking_not_to_be_named_is_no_speech():
    text = ('Ana Ruiz spoke first. A nurse at the counter, who asks not to be named, offers only '
            'this: "A lot of people will be sad."')
    assert speakers(text) == [("A lot of people will be sad.", "nurse")]
    assert speakers('The defendant\'s mother asked not to be "punished for what my son did."') == [
        ("punished for what my son did.", "mother")]


def test_an_attribution_ending_the_sentence_speaks_every_quote_before_it():
    text = ('Top aides to Gov. Carla Wint worried that the reversal would look "transparently political" '
            'and could leave her with "the worst of both worlds," according to emails published by Ledgerwatch.')
    assert speakers(text) == [("transparently political", "emails published by Ledgerwatch"),
                              ("the worst of both worlds,", "emails published by Ledgerwatch")]
    # a speaker named before the quotes comes first
    text = 'Bo Hagen said the plan was "a sham deal" and would bring "the worst of both worlds," according to a memo.'
    assert speakers(text) == [("a sham deal", "Bo Hagen"), ("the worst of both worlds,", "Bo Hagen")]
    # not over a clause of its own, a name's marks, or a cue that gives the first quote to no one named
    for text in ('Ruiz has attacked the probe as a "witch hunt," but investigators found "serious problems," '
                 'according to a person familiar with it.',
                 'The operation, code-named "Iron Shield," killed "dozens of fighters," according to the army.',
                 'Republicans have branded the bill a "job killer" as it would "create thousands of jobs," '
                 'according to Sen. Dana Whitfell.'):
        assert speakers(text)[0][1] is None


def test_a_writing_someone_put_out_speaks_as_its_maker():
    text = ('In the 10th District, Democratic challenger Renee Castell has aired ads accusing Rep. Mark '
            'Dunmore of "voting to let the crisis grow." The Harbor Group released a report accusing the '
            'city of "ignoring the flood maps."')
    assert speakers(text) == [("voting to let the crisis grow.", "Renee Castell"),
                              ("ignoring the flood maps.", "Harbor Group")]
    # signs are no one's writing: no maker stands before them; nor is a name inside the subject
    # its maker, nor is the one the ads accuse
    assert speakers('Protesters carried signs demanding "justice for all now."') == [("justice for all now.", None)]
    assert speakers('A super PAC supporting Ron Desmond released an ad calling Hale "a total loser."') == [
        ("a total loser.", "ad")]
    assert speakers('Jane Ortell pointed to ads accusing her of "lying to voters."') == [("lying to voters.", None)]


def test_a_surname_in_capitals_labelling_a_claim_names_its_speaker():
    text = ('DENVER (AP) — Republican Roland Pettimore and Democrat Janet Okafore made shaky claims.\n\n'
            'PETTIMORE: "Families here pay the highest taxes in the world."\n\n'
            'THE FACTS: That is not true, analysts say.\n\n'
            'OKAFORE: "His plan gives half of its benefits to millionaires."\n\n'
            'PETTIMORE, asked about his record: "I built one of the great companies."')
    assert speakers(text) == [("Families here pay the highest taxes in the world.", "Roland Pettimore"),
                              ("His plan gives half of its benefits to millionaires.", "Janet Okafore"),
                              ("I built one of the great companies.", "Roland Pettimore")]
    # a dateline in capitals is no label where a cue names the speaker
    text = 'Singer Dana Houstell left early.\n\nHOUSTELL: "The storm is not over," Mayor Sylvia Turnell said.'
    assert speakers(text) == [("The storm is not over,", "Sylvia Turnell")]


def test_a_question_joins_its_attribution_with_a_cue_of_two_words():
    text = ('"I cannot discuss it here," Holmer replied.\n\n'
            '"Then when will you be?" Arrowby shot back. "Because the election is in seven weeks."')
    assert speakers(text) == [("I cannot discuss it here,", "Holmer"),
                              ("Then when will you be? Because the election is in seven weeks.", "Arrowby")]
    # not a question inside a sentence that has its own cue; but one that a quote opened before
    assert speakers('Holmer said, "Why would I?" Ortell retorted that it was fine.') == [("Why would I?", "Holmer")]
    assert speakers('"People say he should pivot. Pivot to what?" Birchall said. "He is the guy."') == [
        ("People say he should pivot. Pivot to what? He is the guy.", "Birchall")]


def test_donors_operatives_and_allies_are_roles():
    text = ('"They are spending like it will rain money," said one Republican bundler. "The checks stopped."\n\n'
            '"It is over," said one GOP operative.')
    assert speakers(text) == [("They are spending like it will rain money. The checks stopped.", "Republican bundler"),
                              ("It is over,", "GOP operative")]


def test_verbs_joined_in_a_relative_clause_are_its_names():
    text = ('Nominee Gordon Pratley attacked retired Gen. Thomas Wellby, who endorsed Lena Ortez a day earlier '
            'and called Pratley "unfit to command the armed forces."')
    assert speakers(text) == [("unfit to command the armed forces.", "Thomas Wellby")]


def test_the_sentence_after_names_the_speaker_behind_a_title_in_lower_case():
    text = ('Deputy Secretary Frances Holmer testified on Wednesday.\n\n'
            '"Nineteen out of 50 is not a passing grade."\n\n'
            'That was the verdict of subcommittee Chairman Curtis Langer (R-Ind.), who opened the hearing.')
    assert speakers(text) == [("Nineteen out of 50 is not a passing grade.", "Curtis Langer")]
    # but not a name after a preposition: the message was to him
    text = '"We are not going anywhere."\n\nThat was the message from Democrats to Sen. Tom Hallby.'
    assert speakers(text) == [("We are not going anywhere.", None)]


def test_he_after_an_opening_clause_that_presses_someone_is_the_one_pressed():
    text = ('Moderator Colin Averell questioned the candidates. When Averell pressed Gregory Tallby on how he '
            'would replace the law, he said, "We will have something much better."')
    assert speakers(text) == [("We will have something much better.", "Gregory Tallby")]
    # unless the one pressed cannot be "he"
    text = ('When Colin Averell pressed Mary Tallby on the law, he said, "We will have something better."')
    assert speakers(text) == [("We will have something better.", "Colin Averell")]


def test_a_question_put_to_poll_takers_is_no_ones_statement():
    text = ('The survey was taken Oct. 7-10. Asked whether Warren Stoddel has "the temperament to serve as '
            'president," 61% said no.')
    assert speakers(text) == [("the temperament to serve as president,", None)]
    assert speakers('Asked Ana Ruiz: "Why now?"') == [("Why now?", "Ana Ruiz")]


def test_in_the_words_of_names_the_speaker_after_it():
    assert speakers("“We are not done,” in the words of Senator Ana Brask.") == [("We are not done,", "Ana Brask")]
    assert speakers("Early returns have Democrats feeling “cautiously giddy,” in the words of a Norrby staffer.") == [
        ("cautiously giddy,", "Norrby staffer")]
    # other words are no cue
    assert speakers("The words “never again” were painted on the Brask depot.") == [("never again", None)]
    # a speaker named before them borrows the words
    assert speakers("Rep. Tom Norrby said the bill would, in the words of the late Sen. Ed Brask, "
                    "“make health care a right.”") == [("make health care a right.", "Tom Norrby")]


def test_a_verb_joined_to_the_subject_after_an_opening_participle_phrase():
    # "Asked whether ...," tells what the subject was asked: its words are no subject
    assert speakers("Asked whether the campaign had a path, adviser Sam Norrby said it did, but conceded "
                    "that it was “the narrow road, not the highway.”") == [
        ("the narrow road, not the highway.", "Sam Norrby")]
    # the phrase may hold an abbreviation and a name's apposition
    assert speakers("Pressed by Sen. Tom Brask on the budget, Treasury Secretary Mark Norrby said the cuts were "
                    "needed, but added that they were “painful for everyone.”") == [("painful for everyone.", "Mark Norrby")]
    assert speakers("Asked whether Tom Brask, the committee chairman, would support the bill, Speaker Jane Norrby "
                    "said she hoped so, but added that it was “far from certain.”") == [("far from certain.", "Jane Norrby")]


def test_a_leadership_aide_is_one_role():
    assert speakers("One GOP leadership aide described the mood as “hunker down and hope.”") == [
        ("hunker down and hope.", "One GOP leadership aide")]


def test_an_organisation_in_a_title_is_no_subject_for_a_pronoun():
    assert speakers("Strategist Tom Brask said undecided voters would come home. CNN commentator Renee Norrby "
                    "wasn't buying it. “You've been saying that since July,” she said.") == [
        ("You've been saying that since July,", "Renee Norrby")]
    # and a contributor is a role
    assert speakers("“We are done,” said a CNN contributor.") == [("We are done,", "CNN contributor")]


def test_the_writer_speaking_and_a_role_after_a_dash():
    # "I told her" is the writer's, not the last person the story named
    assert speakers("My daughter asked me whether it is always like this. Then I told her the truth: "
                    "“Sometimes it's worse, and you vote anyway.”") == [("Sometimes it's worse, and you vote anyway.", None)]
    # a role after a dash, with its article
    assert speakers("Campaign manager Brett Norrby called the attack “cute, but wrong.”\n\n"
                    "QUOTE OF THE DAY: “I've never seen a campaign like it.” — A GOP consultant working on "
                    "three House races, to Playbook.") == [
        ("cute, but wrong.", "Brett Norrby"), ("I've never seen a campaign like it.", "GOP consultant")]


def test_the_pronoun_i_is_no_word_of_a_name():
    from generator.analysis.entities import extract_entities as entities_of
    text = "My daughter asked me. I told her no. Then I told her the truth. Queen Elizabeth I was there."
    assert [e.name for e in entities_of(text, split_sentences(text))] == ["Elizabeth I"]


def test_from_the_sixth_probe():
    # a lower-case clause after "program" is a statement, not a programme's name
    assert speakers("Mayoral spokeswoman Ana Brask said the program “simply puts forms where residents are” "
                    "and would cost “little to nothing.”") == [
        ("simply puts forms where residents are", "Ana Brask"), ("little to nothing.", "Ana Brask")]
    # a possessor inside the clause an earlier speaker reports is no speaker
    assert speakers("Adviser Dale Norrby said on a call that Director Tom Brask's latest letter “changes nothing” "
                    "about the race.") == [("changes nothing", "Dale Norrby")]
    # a statement from someone, and a speaker who interrupts
    assert speakers("The release included a statement from Ron Brask, a wheat farmer: “The agency treats every "
                    "ditch like a river.”") == [("The agency treats every ditch like a river.", "Ron Brask")]
    assert speakers("“My grandfather registered voters in this ward,” Norrby said.\n\n"
                    "“When I was what, alderman?” Whitfield interrupted.") == [
        ("My grandfather registered voters in this ward,", "Norrby"), ("When I was what, alderman?", "Whitfield")]
    # a title after "title" or before the thing it names is no statement
    assert speakers("The measure's ballot title, “Brask County Traffic Relief Plan,” is in dispute.") == [
        ("Brask County Traffic Relief Plan,", None)]
    assert summary("The release cited the agency's 2015 “Waters of the Brask” rule.")[0][:3] == (
        "Waters of the Brask", None, "partial")


def test_a_name_in_the_clause_about_a_subject_not_found_is_no_speaker():
    # "The United Steelworkers" is no name this text finds: better no speaker than the one it endorsed
    assert speakers("The United Steelworkers, which endorsed Ana Brask in June, said in a statement that its "
                    "members “know who stood with them.”") == [("know who stood with them.", None)]
    assert speakers("The Brask Union, which endorsed Ana Norrby in June, said its members “know who stood "
                    "with them.”") == [("know who stood with them.", "Brask Union")]


def test_from_a_review_of_the_sixth_probes_rules():
    # a title that the clause goes on to say something of stays a title
    assert speakers("Rodrigo said the song “drivers license” was about a breakup.") == [("drivers license", None)]
    # "from" a place is no sender
    assert speakers("Brask spoke in a speech from the Oval Office: “It is time to pass the torch.”")[0][1] != "Oval Office"
    # a label the speaker coins, and a name set off before its speaker's title, are quotes
    assert speakers("Norrby said the “Fake News” report was a disgrace.") == [("Fake News", "Norrby")]
    assert speakers("“Never Again,” study co-author Maria Brask wrote in the report.") == [("Never Again,", "Maria Brask")]
    # an apposition with a possessive inside an opening participle phrase
    assert speakers("Asked whether Dr. Tom Brask, the agency's top disease expert, had his confidence, Ana Norrby "
                    "said yes, but added that it was “a complicated relationship.”") == [
        ("a complicated relationship.", "Ana Norrby")]


def test_plural_nouns_that_are_also_cues_after_a_number_or_a_quantifier():
    # "18 states had requested", "in several states": a noun, not "the memo states"
    assert speakers("Janice Morrow testified Wednesday. She told the panel that 18 states had requested the "
                    "scans and that the offer was “voluntary, period.”") == [("voluntary, period.", "Janice Morrow")]
    assert speakers("The memo states that the fee is “not negotiable.”") == [("not negotiable.", "memo")]
    assert speakers("Candidates in swing states have tried to keep their distance, a balancing act that "
                    "party officials describe as “threading a needle.”") == [("threading a needle.", "party officials")]


def test_show_after_a_plural_subject_is_a_verb_not_a_work():
    assert speakers("The Harbor Alliance released a letter Wednesday saying the attacks show “a contempt "
                    "for the rule of law.”") == [("a contempt for the rule of law.", "Harbor Alliance")]
    assert speakers("She hosts the news show “Face the Nation.”") == [("Face the Nation.", None)]


def test_a_title_after_a_participle_of_naming_is_no_statement():
    assert summary("The 30-second spot, called “Stand Tall,” will air in Kessa, according to the campaign.") == [
        ("Stand Tall,", None, "partial", None)]
    # words someone called a person are still quoted: "called “a disgrace” by Christie"
    assert [(q.text, q.kind) for q in quotes("The mayor, called “a disgrace” by Lena Varga, said nothing.")] == [
        ("a disgrace", "partial")]
    assert speakers("The plan, called “Better Way,” was praised, Ryan said.") == [("Better Way,", None)]


def test_a_cue_in_a_relative_clause_gives_way_to_the_earlier_cue_when_the_quote_goes_on_with_its_clause():
    text = ("Marian Hollister directs the polling institute. She adds that about one in five voters who call "
            "themselves undecided “have not paid close attention yet.”")
    assert speakers(text) == [("have not paid close attention yet.", "Marian Hollister")]
    assert speakers("Voters who say the plan “is a scam” are angry.") == [("is a scam", "Voters")]


def test_he_after_an_unnamed_speaker_is_that_speaker_not_a_name_further_back():
    text = ('Marcus Webb, 44, said he voted for the Republican. "I will hold my nose," Webb said. One man in '
            'line, who declined to give his name, said he was voting for the Libertarian ticket. "I am not '
            'wasting my vote," he said.')
    assert speakers(text)[-1] == ("I am not wasting my vote,", "man")
    text = 'Marcus Webb said he voted. A spokeswoman for the county said turnout was high. "We are ready," he said.'
    assert speakers(text)[-1] == ("We are ready,", "Marcus Webb")  # not the spokeswoman


def test_the_group_after_an_unnamed_group_is_no_organisation_named_before():
    text = ("Harbor Alliance spokeswoman Dana Whitcomb declined to comment. A group of 31 former attorneys "
            "general says Varga is unfit. The group released a letter Wednesday saying his attacks show "
            "“a contempt for the rule of law.”")
    assert speakers(text)[-1] == ("a contempt for the rule of law.", "group")


def test_from_the_review_of_the_seventh_probes_rules():
    # a writing still states without "that"; adverbs are no quantifiers; a number in a name
    assert speakers("The lawsuit states the company “knowingly misled” investors.") == [
        ("knowingly misled", "lawsuit")]
    assert speakers("The union once more demands “a fair share.”") == [("a fair share.", "union")]
    assert speakers("Dockers Local 705 calls the offer “an insult to every member.”")[0][1] is not None
    # a verb of saying in the relative clause says the words
    assert speakers("Ruiz said critics who say the project “will never pay for itself” have been proven "
                    "wrong.") == [("will never pay for itself", "critics")]
    # "him" in the unnamed one's sentence is whom "he" means
    assert speakers('Sen. Tom Brask defended the bill. A reporter told him the vote was close. "We have the '
                    'votes," he said.') == [("We have the votes,", "Tom Brask")]
    # "the company" after an apposition or a company spokeswoman is the one named
    assert speakers("Orlen Shipping Corp., a Kessa-based company, recalled 40,000 heaters. The company said it "
                    "would offer “every possible remedy.”") == [("every possible remedy.", "Orlen Shipping Corp.")]
    assert speakers("Orlen Shipping Corp. will close two plants. A company spokeswoman said 1,200 workers are "
                    "affected. The company said it would offer “every possible opportunity.”")[-1] == (
        "every possible opportunity.", "Orlen Shipping Corp.")


def test_he_after_an_unnamed_spokesman_who_named_someone_in_what_he_said():
    text = ('Dale Morrow, 31, was arrested Friday. A police spokesman said Morrow was being held without bail. '
            '"He is cooperating," he said.')
    assert speakers(text)[-1] == ("He is cooperating,", "police spokesman")
    text = ('Mayor Ann Ruiz spoke Monday. A spokesman for Ruiz said the plan was final. "She will not back '
            'down," he said.')
    assert speakers(text)[-1] == ("She will not back down,", "spokesman")
    # unless the quote speaks as the one named, not of him
    text = ('Jim Ortell, 54, lost his home in the fire. A neighbor said Ortell had lived there for 30 years. '
            '"I have nothing left," he said.')
    assert speakers(text)[-1] == ("I have nothing left,", "Jim Ortell")
    # a name set off after the role is the speaker's own
    assert speakers('A spokeswoman, Jenna Marr, said the plant would close. "We are sorry," she said.') == [
        ("We are sorry,", "Jenna Marr")]


def test_no_antecedent_inside_quotation_marks_or_before_a_noun_it_modifies():
    text = ('Patricia Hollin said she was not a Varga supporter when the campaign began. "I did not like the '
            'way Mr. Varga talked," she said. "She made up her own mind," he said.')
    assert speakers(text)[-1] == ("She made up her own mind,", None)
    text = ("During a Harbor Authority town hall, Marisol Penhale stood up with a question for the mayor. "
            "“As a mother, I want an answer,” she said.")
    assert speakers(text) == [("As a mother, I want an answer,", "Marisol Penhale")]


def test_he_or_she_after_a_relatives_or_an_unnamed_neighbours_opening():
    text = ('Dale Kittredge, 66, repairs the water lines every morning. "My dad would not recognize the party '
            'now," he said. His wife laughed at that. "Dale still leaves the keys in the truck," she said.')
    assert speakers(text)[-1] == ("Dale still leaves the keys in the truck,", "Dale Kittredge's wife")
    text = ('Nora Kittredge has called the Border Patrol 19 times. "By then they are gone," she said. Their '
            'neighbor to the east, a widow who has run cattle alone since 2009, said she keeps a dog in the '
            'house now. "I sleep with the lights on," she said.')
    assert speakers(text)[-1] == ("I sleep with the lights on,", "neighbor")
    # an organisation is no "he": "A parole board decided ..."
    text = 'Orr spoke to the board. A parole board decided he should be freed. "I feel fine," he said.'
    assert speakers(text)[-1][1] != "parole board"
