"""Entities: people, organisations and places told apart by cues, with merged names.

The fixtures are invented stories with invented people and places; the seed test reads the real
seed articles.
"""
from __future__ import annotations

from generator.analysis.entities import extract_entities, listed, lower_cased
from generator.analysis.sentences import split_sentences


def entities(text: str) -> list[tuple[str, str, str]]:
    """(type, canonical name, the words of the mention) in document order."""
    found = extract_entities(text, split_sentences(text))
    return [(e.type, e.name, text[e.start:e.end]) for e in found]


def test_titles_before_names_and_later_surnames():
    text = ("Prime Minister Elena Varga met Air Force Brig. Gen. Owen Mercer in Velmar on "
            "Monday. Varga later thanked spokeswoman Lisa Oduya.")
    assert entities(text) == [
        ("person", "Elena Varga", "Elena Varga"),
        ("organization", "Air Force", "Air Force"),
        ("person", "Owen Mercer", "Owen Mercer"),
        ("place", "Velmar", "Velmar"),
        ("person", "Elena Varga", "Varga"),
        ("person", "Lisa Oduya", "Lisa Oduya"),
    ]


def test_a_speakers_title_is_a_role_not_an_organisation():
    text = "U.S. National Security Adviser Dana Whitlock said the talks had stalled."
    assert entities(text) == [
        ("place", "United States", "U.S."),
        ("person", "Dana Whitlock", "Dana Whitlock"),
    ]


def test_organisations_by_head_word_acronym_and_outlet_cues():
    text = ("The Ministry of Water Resources and the Norland Power Corporation (NPC) signed the "
            "deal. NPC shares rose. The state-run Lumen reported the news, citing Ostend Wire.")
    assert entities(text) == [
        ("organization", "Ministry of Water Resources", "Ministry of Water Resources"),
        ("organization", "Norland Power Corporation", "Norland Power Corporation"),
        ("organization", "Norland Power Corporation", "NPC"),
        ("organization", "Norland Power Corporation", "NPC"),
        ("organization", "Lumen", "Lumen"),
        ("organization", "Ostend Wire", "Ostend Wire"),
    ]


def test_an_outlet_that_reported_is_an_organisation_not_a_person():
    assert entities("Norvik Tidende reported on Friday that the port had closed.") == [
        ("organization", "Norvik Tidende", "Norvik Tidende")]


def test_a_name_run_on_after_an_organisation_is_cut_only_before_its_verb():
    text = ("Prime Minister Elena Varga spoke to the Velmar Times. In an interview with the "
            "Velmar Times Varga said she would stay. The Velmar Press Agency reported the talks.")
    assert entities(text) == [
        ("person", "Elena Varga", "Elena Varga"),
        ("organization", "Velmar Times", "Velmar Times"),
        ("organization", "Velmar Times", "Velmar Times"),
        ("person", "Elena Varga", "Varga"),
        ("organization", "Velmar Press Agency", "Velmar Press Agency"),
    ]


def test_places_from_cues_not_lists():
    text = ("Fighting spread to the Brask region and the town of Oleny, about 40 miles north of "
            "Tavrin, Poland. Troops in Dunmere held Kessa Oblast. Later the Kessa area was quiet.")
    assert entities(text) == [
        ("place", "Brask", "Brask"),
        ("place", "Oleny", "Oleny"),
        ("place", "Tavrin", "Tavrin"),
        ("place", "Poland", "Poland"),
        ("place", "Dunmere", "Dunmere"),
        ("place", "Kessa", "Kessa Oblast"),
        ("place", "Kessa", "Kessa"),
    ]


def test_a_place_by_a_comma_and_a_country():
    assert entities("Shells fell on Orvik, Ukraine, overnight.") == [
        ("place", "Orvik", "Orvik"), ("place", "Ukraine", "Ukraine")]


def test_countries_capitals_continents_and_short_forms():
    text = ("Delegates from France, Japan and the United States met in Nairobi. "
            "The U.S. and the UK agreed; Africa and Asia watched.")
    assert entities(text) == [
        ("place", "France", "France"), ("place", "Japan", "Japan"),
        ("place", "United States", "United States"), ("place", "Nairobi", "Nairobi"),
        ("place", "United States", "U.S."), ("place", "United Kingdom", "UK"),
        ("place", "Africa", "Africa"), ("place", "Asia", "Asia"),
    ]


def test_sentence_initial_capitals_weekdays_and_months_are_not_entities():
    text = ("Earlier, officials met. The talks ended. He left on Tuesday. Reports suggested a "
            "deal in December. Officials said nothing. Alongside them stood two diplomats.")
    assert entities(text) == []


def test_demonyms_are_not_entities():
    text = ("Russian troops and North Korean soldiers crossed into Ukrainian territory, "
            "a Ukrainian official said, as Polish and Brazilian diplomats watched.")
    assert entities(text) == []


def test_family_name_first_and_hyphenated_given_names():
    text = ("North Korean leader Kim Jong Un met President Moon Jae-in. "
            "Kim and Moon spoke for an hour.")
    assert entities(text) == [
        ("person", "Kim Jong Un", "Kim Jong Un"),
        ("person", "Moon Jae-in", "Moon Jae-in"),
        ("person", "Kim Jong Un", "Kim"),
        ("person", "Moon Jae-in", "Moon"),
    ]


def test_possessives_are_cut_and_honorifics_dropped():
    text = ("Velmar's president, Ida Falk, visited Russia's border. Falk's aides stayed in "
            "Moscow with Dr. Hana Ito.")
    assert entities(text) == [
        ("person", "Ida Falk", "Ida Falk"),
        ("place", "Russia", "Russia"),
        ("person", "Ida Falk", "Falk"),
        ("place", "Moscow", "Moscow"),
        ("person", "Hana Ito", "Hana Ito"),
    ]


def test_speaker_after_a_speech_verb_is_a_person():
    assert entities('"Never," said Ana Ruiz. Ruiz left.') == [
        ("person", "Ana Ruiz", "Ana Ruiz"), ("person", "Ana Ruiz", "Ruiz")]


def test_deterministic_and_in_document_order():
    text = "Kessa Oblast. Troops in Kessa. The Kessa region. Lena Okafor of Kessa said so."
    first = extract_entities(text, split_sentences(text))
    assert first == extract_entities(text, split_sentences(text))
    assert [e.start for e in first] == sorted(e.start for e in first)
    assert {e.name for e in first if e.type == "place"} == {"Kessa"}


def test_empty_text():
    assert extract_entities("", []) == []


# --- the seeds ------------------------------------------------------------------------------

def test_seed_entities(seed_texts):
    per_article = [{(e.type, e.name) for e in extract_entities(a.text, split_sentences(a.text))}
                   for a in seed_texts.values()]
    found = set().union(*per_article)
    # Both articles name the news agency, one in full and by its acronym, one in full.
    assert all(("organization", "Korean Central News Agency") in names for names in per_article)
    people = {"Kim Jong Un", "Vladimir Putin", "John Kirby", "Pat Ryder", "Volodymyr Zelenskyy"}
    places = {"North Korea", "Russia", "Ukraine", "Kursk", "Kharkiv", "Pyongyang", "Moscow",
              "United States"}
    organisations = {"Korean Central News Agency", "Pentagon", "Al Jazeera"}
    assert {name for kind, name in found if kind == "person"} == people
    assert {name for kind, name in found if kind == "place"} == places
    assert organisations <= {name for kind, name in found if kind == "organization"}
    names = {name for _, name in found}
    for never in ("The", "He", "Earlier", "Russian", "North Korean", "Ukrainian", "Monday",
                  "December", "National Security Adviser", "KCNA", "Kim", "Kirby", "New Year",
                  "Agency", "Korean Central News"):
        assert never not in names


def test_business_and_possessive_organisations():
    text = ("Brannock Foods agreed to buy Elsmere Dairies. The Halden Dockworkers' Union said 3,200 members "
            "joined, and the Veskarian Chamber of Commerce put the cost at $40 million a day.")
    sentences = split_sentences(text)
    found = {(e.name, e.type) for e in extract_entities(text, sentences)}
    assert found == {("Brannock Foods", "organization"), ("Elsmere Dairies", "organization"),
                     ("Halden Dockworkers' Union", "organization"),
                     ("Veskarian Chamber of Commerce", "organization")}


def test_a_name_after_of_is_not_the_speaker():
    text = "Mayor Ines Kovac of Lissow said the river had crested."
    types = {e.name: e.type for e in extract_entities(text, split_sentences(text))}
    assert types.get("Ines Kovac") == "person" and types.get("Lissow") != "person"


def test_a_sentence_opening_word_is_dropped_when_it_is_also_written_in_lower_case():
    # "protesters" stands in lower case later, so "Protesters" only opens the sentence; in
    # "anti-protesters" it is part of another word and does not count.
    opening = "Protesters Ana Ruiz and Ben Odell marched to the square. "
    assert entities(opening + "Later the protesters went home.") == [
        ("person", "Ana Ruiz", "Ana Ruiz"), ("person", "Ben Odell", "Ben Odell")]
    assert entities(opening + "Later the anti-protesters went home.")[0] == (
        "person", "Protesters Ana Ruiz", "Protesters Ana Ruiz")


def test_abbreviated_titles_initials_acronyms_and_plural_possessives():
    text = ("Maj. Gen. Pat Ryder said Capt. Ines Kovac and Supt. Omar Haddad of Kessa left. "
            "John F. Kennedy Airport reopened, U.S. officials said. The Dockworkers' Union met.")
    assert entities(text) == [
        ("person", "Pat Ryder", "Pat Ryder"),
        ("person", "Ines Kovac", "Ines Kovac"),
        ("person", "Omar Haddad", "Omar Haddad"),
        ("organization", "John F. Kennedy Airport", "John F. Kennedy Airport"),
        ("place", "United States", "U.S."),
        ("organization", "Dockworkers' Union", "Dockworkers' Union"),
    ]


def test_capitals_beyond_ascii_begin_names():
    text = "Élodie Marchand met Ōtani Ryō in Lissow."
    assert entities(text) == [
        ("person", "Élodie Marchand", "Élodie Marchand"),
        ("person", "Ōtani Ryō", "Ōtani Ryō"),
        ("place", "Lissow", "Lissow"),
    ]


def test_the_word_after_a_name_is_read_through_quotation_marks_and_tabs():
    # The cue words after a name are matched after a tab and inside quotation marks too; without
    # them neither name gets a type.
    assert entities('Crews waited by Dunmore "region" gates. Talks with Brel\tsaid little.') == [
        ("place", "Dunmore", "Dunmore"), ("person", "Brel", "Brel")]
    assert entities("Crews waited by Dunmore gates. Talks with Brel ended.") == []


def test_a_reporting_verb_opening_a_sentence_is_no_part_of_the_name():
    text = 'Said Tomas Reyes: "We will win." Added Reyes: "Soon." Wrote Mira Olsen: "It is over."'
    assert [(kind, name) for kind, name, _ in entities(text)] == [
        ("person", "Tomas Reyes"), ("person", "Tomas Reyes"), ("person", "Mira Olsen")]


def test_an_honorific_picks_the_spouse_it_fits():
    text = ("Senator Tomas Varga spoke first. His wife, Lena Varga, spoke next.\n\n"
            "Later Mr. Varga said it was over. Mrs. Varga smiled. Varga left.")
    assert [(name, mention) for _, name, mention in entities(text)] == [
        ("Tomas Varga", "Tomas Varga"), ("Lena Varga", "Lena Varga"),
        ("Tomas Varga", "Varga"), ("Lena Varga", "Varga"), ("Lena Varga", "Varga")]


def test_a_mister_of_untold_sex_named_before_is_not_a_namesake_named_only_after():
    # (Halden is in no list of given names: only the son's, named later, tells a man.)
    text = ("Halden Moric, 77, ran the groves. Mr. Moric votes early. So does his son, Peter, 49. "
            "Mr. Moric laughed. Peter Moric did not.")
    assert [(name, mention) for _, name, mention in entities(text)] == [
        ("Halden Moric", "Halden Moric"), ("Halden Moric", "Moric"), ("Peter Moric", "Peter"),
        ("Halden Moric", "Moric"), ("Peter Moric", "Peter Moric")]


def test_an_age_set_off_after_a_name_tells_a_person_though_it_opens_with_a_place():
    assert entities("Georgia Linwell, 52, owns the diner. Sofia Markel, 48, cooks.") == [
        ("person", "Georgia Linwell", "Georgia Linwell"), ("person", "Sofia Markel", "Sofia Markel")]
    # not a place with a head word, nor a name of one word
    assert entities("Cases rose in Lake County, 12, and in Georgia, 9.") == [
        ("place", "Lake County", "Lake County"), ("place", "Georgia", "Georgia")]
    # nor a list of results
    assert ("person", "Sofia Marel", "Sofia Marel") not in entities("Sofia Marel, 3, Varna Tosk, 1.")


def test_a_role_capitalised_to_open_a_sentence_is_no_part_of_the_name():
    assert entities("Analyst Miriam Feldt noted the rise. Columnist Ellen Marchant agreed.") == [
        ("person", "Miriam Feldt", "Miriam Feldt"), ("person", "Ellen Marchant", "Ellen Marchant")]
    assert entities("General Electric Company said so.") == [
        ("organization", "General Electric Company", "General Electric Company")]
    assert entities("Son Heung Min scored twice.") == [("person", "Son Heung Min", "Son Heung Min")]


def test_a_first_name_given_alone_is_a_person():
    text = "A woman who would give only her first name, Teresa, said she had waited two hours."
    assert ("person", "Teresa", "Teresa") in entities(text)
    assert entities("The firm took its new name, Metaline, in June.") == []


def test_a_mister_is_not_the_only_woman_named_in_full():
    text = ("The mayor came with his wife, Lena Varga.\n\n"
            "Mr. Varga spoke first. Ms Varga left. Varga stayed.")
    assert [(name, mention) for _, name, mention in entities(text)] == [
        ("Lena Varga", "Lena Varga"), ("Varga", "Varga"), ("Lena Varga", "Varga"),
        ("Varga", "Varga")]


def test_a_first_name_set_off_after_a_kinship_noun_is_a_person():
    text = ("The skipper spoke on Monday. Later one of his sisters, Marisol, thanked the crew, and his son, "
            "Teodor. Asked about the vote, Kessa backed the plan.")
    found = entities(text)
    assert ("person", "Marisol", "Marisol") in found and ("person", "Teodor", "Teodor") in found
    # only kin: after another role noun the comma may end a clause
    text = "If Varga becomes vice president, Kessa would host the summit."
    assert ("person", "Kessa", "Kessa") not in entities(text)


def test_the_word_before_a_name_tells_a_persons_sex():
    from generator.analysis.entities import told_sex
    text = "Mrs. Ylva Lund spoke. Her husband, Halvard Lund, and one of her sisters, Ines, stayed. Ines Lund left."
    at = text.index
    assert told_sex(text, [at("Ylva")]) == "f"
    assert told_sex(text, [at("Halvard")]) == "m"
    assert told_sex(text, [at("Ines,"), at("Ines Lund")]) == "f"  # the plural counts, the bare mention tells nothing
    assert told_sex(text, [at("Halvard"), at("Ylva")]) == ""      # mentions that disagree tell nothing
    assert told_sex(text, [at("Lund left")]) == ""


def test_an_organisation_named_on_after_for_or_on():
    text = ("A report by the Center for Harbour Safety said on Monday that cranes were old. "
            "The Council on Port Relations agreed, and the Velmar Chamber of Commerce said so too.")
    orgs = [name for kind, name, _ in entities(text) if kind == "organization"]
    assert orgs == ["Center for Harbour Safety", "Council on Port Relations", "Velmar Chamber of Commerce"]
    # a party is no name that goes on after "for": a headline's "Party for Elena Varga"
    text = "Voters Leave Velmar Party for Elena Varga\n\nVoters left the party, Elena Varga said."
    assert ("person", "Elena Varga", "Elena Varga") in entities(text)
    assert not any("for" in name for _, name, _ in entities(text))


def test_words_a_title_case_headline_capitalises_are_in_no_name():
    text = "Relenza Is Effective, Say Doctors\n\nThis Is It opened in Velmar on Friday, said Ana Ruiz."
    people = [name for kind, name, _ in entities(text) if kind == "person"]
    assert people == ["Ana Ruiz"]
    # the name before such a word is kept, and names that are such words stay names
    text = "Ana Ruiz Says Port Is Safe\n\nThe critic Edward Said said the quay was old."
    people = [name for kind, name, _ in entities(text) if kind == "person"]
    assert people == ["Ana Ruiz", "Edward Said"]


def test_a_companys_first_word_alone_names_the_company():
    text = ("Halden Shipping said on Monday it would buy two cranes. The purchase, Halden said, would be "
            "paid in cash. The DNT Rules Committee met the DNT on Friday.")
    found = entities(text)
    assert ("organization", "Halden Shipping", "Halden") in found
    # an organisation of its own stays itself, and a titled person stays a person
    assert ("organization", "DNT", "DNT") in found
    text = "Halden Shipping was founded by Mr. Halden in 1990. Halden said he was proud."
    assert ("person", "Halden", "Halden") in entities(text)


def test_a_surname_after_a_namesake_named_as_an_object_is_the_article_subject():
    text = ("Tomas Varga, the younger brother of President Anton Varga, spoke in Velmar. "
            "Varga praised the crews. A photo of Lena Varga was shown. Varga left early.")
    people = [(name, words) for kind, name, words in entities(text) if kind == "person"]
    assert people == [("Tomas Varga", "Tomas Varga"), ("Anton Varga", "Anton Varga"),
                      ("Tomas Varga", "Varga"), ("Lena Varga", "Lena Varga"), ("Tomas Varga", "Varga")]
    # a former office between the preposition and the name changes nothing
    text = "Tomas Varga, the son of former President Anton Varga, spoke in Velmar. Varga praised the crews."
    assert [name for kind, name, _ in entities(text) if kind == "person"][-1] == "Tomas Varga"
    # a namesake named as a subject is the one a surname after it stands for
    text = "Tomas Varga spoke first. Then Anton Varga took the stage. Varga praised the crews."
    assert [name for kind, name, _ in entities(text) if kind == "person"][-1] == "Anton Varga"
    # a relative after a preposition and a kin noun is an object too
    text = "Dana Ferrow campaigned for her father, former Mayor Carl Ferrow, in Orlen. Ferrow said so."
    assert [name for kind, name, _ in entities(text) if kind == "person"][-1] == "Dana Ferrow"
    # but a relative named as a subject may be whom the story goes on with
    text = "Mara Ferrow, 34, was found dead. Her husband, Jan Ferrow, was arrested. Ferrow is held."
    assert [name for kind, name, _ in entities(text) if kind == "person"][-1] == "Jan Ferrow"
    # the first one called by the first name alone, as news calls a child, and never by the
    # surname alone before: the surname is the relative's
    text = ("Emil Ferrow, 6, is in Orlen. A trip by his father, Jan Ferrow, is planned. Ferrow said so. "
            "Later, Emil slept; Emil's aunt stayed.")
    assert [name for kind, name, words in entities(text) if words == "Ferrow"] == ["Jan Ferrow"]
    # (not a first name before another capitalised word, nor once: "Lyin' Dana")
    text = ("Dana Ferrow ran, with her father, Carl Ferrow, at her side. Ferrow said so. Foes call her "
            "Lyin' Dana, and she backs Dana Point.")
    assert [name for kind, name, words in entities(text) if words == "Ferrow"] == ["Dana Ferrow"]
    # nor when the surname alone was hers before the relative came
    text = ("Emil Ferrow sang. Ferrow bowed. A song by his father, Jan Ferrow, followed. Ferrow smiled. "
            "Later, Emil slept; Emil's aunt stayed.")
    assert [name for kind, name, words in entities(text) if words == "Ferrow"] == ["Emil Ferrow", "Emil Ferrow"]


def test_a_hyphenated_title_is_no_part_of_the_name():
    text = "NATO Secretary-General Ilse Varga spoke in Orlen. Director-General Bo Hagen agreed."
    assert [(kind, name) for kind, name, _ in entities(text)] == [
        ("organization", "NATO"), ("person", "Ilse Varga"), ("place", "Orlen"), ("person", "Bo Hagen")]


def test_a_word_in_capitals_that_names_no_organisation_is_no_entity():
    text = "Hundreds were hurt, a local TV said. The CEO said GDP fell. NBC said the port closed."
    assert entities(text) == [("organization", "NBC", "NBC")]


def test_a_text_in_lower_case_is_told_apart_from_news_copy():
    sentences = lambda t: split_sentences(t)  # noqa: E731
    text = ("The coast guard said on monday that sara lund was rescued off tarrow. Officials thanked the crew. "
            "U.s. Government agencies helped, the coast guard said. Dr. Douglas ousterhout treated her. "
            "She was sent home on tuesday. Her family said she was well. The ferry sailed again.")
    assert lower_cased(text, sentences(text))
    text = ("The coast guard said on Monday that Sara Lund was rescued off Tarrow. Officials thanked the crew. "
            "Agencies helped, the coast guard said.")
    assert not lower_cased(text, sentences(text))
    assert listed("Israel") and listed("NATO") and not listed("Coast")


def test_given_names_that_end_like_adjectives_are_given_names():
    text = "Hillary Clinton met Gregory Meeks, Ted Cruz and Kelly Ayotte. Military Police and Primary Care came."
    people = [name for kind, name, _ in entities(text) if kind == "person"]
    assert people == ["Hillary Clinton", "Gregory Meeks", "Ted Cruz", "Kelly Ayotte"]
    # a headline's verb is no part of the name
    assert [name for _, name, _ in entities("Hillary Clinton Speaks In Ohio\n\nShe spoke for an hour.")][:1] == [
        "Hillary Clinton"]


def test_a_month_after_a_given_name_is_a_surname():
    people = [name for kind, name, _ in entities("Prime Minister Ilse May met Bo Hagen. The vote is on Friday May 5.")
              if kind == "person"]
    assert people == ["Ilse May", "Bo Hagen"]


def test_a_strain_code_is_no_organisation():
    assert entities("The H5N1 virus spread fast, H5N1 experts said. The WHO said so.") == [
        ("organization", "WHO", "WHO")]


def test_a_sports_clubs_name_is_an_organisation():
    text = ("Stellhaven United lost 3-1 to Lindequay FC. The United States pledged help. "
            "Together we are united, fans said.")
    found = [(e.name, e.type) for e in extract_entities(text, split_sentences(text))]
    assert ("Stellhaven United", "organization") in found and ("Lindequay FC", "organization") in found
    assert ("United States", "place") in found


def test_a_name_in_ly_opening_a_sentence_is_kept_whole():
    assert [(n, t) for t, n, _ in entities("Camberly Financial said its offer stood.")] == [
        ("Camberly Financial", "organization")]
    assert [n for _, n, _ in entities("Kelly Brandt voted against the plan.")] == ["Kelly Brandt"]
    # an adverb opening the sentence is no part of the name after it
    assert [n for _, n, _ in entities("Only Ana Ruiz voted against the plan.")] == ["Ana Ruiz"]
    assert [(n, t) for t, n, _ in entities("Wembley Stadium was full.")] == [("Wembley Stadium", "place")]
    assert [(n, t) for t, n, _ in entities("Bruce Arena praised his players.")] == [("Bruce Arena", "person")]


def test_the_holder_of_an_office_of_a_place_is_named_from_the_given_name():
    assert [(t, n) for t, n, _ in entities("Former President of Castermoor Lydia Okonkwo-Park spoke.")] == [
        ("person", "Lydia Okonkwo-Park")]
    assert [n for _, n, _ in entities("Secretary of State John Kerry spoke.")] == ["John Kerry"]
    # a given name inside a place's name opens no holder's name
    assert "Elizabeth Nomvuyo Mposelwa" not in [n for _, n, _ in entities(
        "The Mayor of Port Elizabeth Nomvuyo Mposelwa visited the site.")]


def test_a_name_may_hold_two_particles():
    found = entities("Ilse von der Marten met Pieter van der Brask and Ana Maria de la Orla in Tarrow. "
                     "Von der Marten spoke first; later de la Orla said no.")
    people = {name for kind, name, _ in found if kind == "person"}
    assert people == {"Ilse von der Marten", "Pieter van der Brask", "Ana Maria de la Orla"}


def test_a_month_that_is_a_given_name_opens_the_name():
    people = [n for t, n, _ in entities("June Dellacourt said no. Later, April Fennimore said yes "
                                        "and Jan Orvik said no.") if t == "person"]
    assert people == ["June Dellacourt", "April Fennimore", "Jan Orvik"]
    # after a word that takes a date, the month is a date
    assert [n for _, n, _ in entities("In June Dellacourt said no.")] == ["Dellacourt"]


def test_titles_of_local_offices_and_trades_are_cut_from_the_name():
    found = [n for t, n, _ in entities("Tamsen County Sheriff Wade Hartigan met Moderator Gwen Halloway, "
                                       "Treasurer Mo Kellard and Historian Rita Vancek.") if t == "person"]
    assert found == ["Wade Hartigan", "Gwen Halloway", "Mo Kellard", "Rita Vancek"]


def test_a_nickname_in_marks_is_left_out_of_the_name():
    found = entities('Sen. Margaret "Peg" Thistlewood and Dwayne “The Anvil” Orrick said no. '
                     'Later Thistlewood left.')
    assert [n for t, n, _ in found if t == "person"] == ["Margaret Thistlewood", "Dwayne Orrick",
                                                         "Margaret Thistlewood"]
    assert [n for t, n, _ in entities('Robert C. "Bobby" Scott and Thomas "Tommy" O\'Neill said no.')] == [
        "Robert C. Scott", "Thomas O'Neill"]
    # a word in marks ending a sentence is no nickname, and no name runs across sentences
    assert [n for t, n, _ in entities('Orvik told Reuters "Never." Brenner said she would.')] == [
        "Orvik", "Reuters", "Brenner"]


def test_and_or_an_ampersand_joins_no_two_names():
    found = [n for _, n, _ in entities("The deal between Velm Holdings and Sorvik Group Ltd collapsed. "
                                       "Marta Sorvik & Lars Brenner said no. The Economist reported it.")]
    assert found == ["Velm Holdings", "Sorvik Group Ltd", "Marta Sorvik", "Lars Brenner", "Economist"]
    # a month after "March or" is a date
    assert "April Kessler" not in [n for _, n, _ in entities("The vote, held in March or April Kessler said, was close.")]


def test_and_or_an_ampersand_inside_an_organisations_name():
    assert [n for _, n, _ in entities("The Securities and Exchange Commission sued.")] == [
        "Securities and Exchange Commission"]
    found = entities("The Food and Drug Administration and the Competition and Markets Board said no. "
                     "Calusa Power & Light said so. Britain and France Telecom said no.")
    assert [(t, n) for t, n, _ in found] == [
        ("organization", "Food and Drug Administration"), ("organization", "Competition and Markets Board"),
        ("organization", "Calusa Power & Light"), ("place", "United Kingdom"), ("organization", "France Telecom")]


def test_the_holder_of_a_long_office_title_is_named_from_the_end():
    for text, name in [("Secretary of the Commonwealth Darnell Hughes said no.", "Darnell Hughes"),
                       ("Speaker of the House Tomasz Wendle said no.", "Tomasz Wendle"),
                       ("Director of the Tarrow Intelligence Agency Gina Haskell said no.", "Gina Haskell")]:
        assert ("person", name) in [(t, n) for t, n, _ in entities(text)]


def test_given_names_that_end_like_adjectives_or_participles_open_names():
    # "-ed" and "-ly" end "Jared" and "Carly" as they end participles and adverbs
    assert entities("Officials met Jared Pellow and Carly Brask on Monday.") == [
        ("person", "Jared Pellow", "Jared Pellow"), ("person", "Carly Brask", "Carly Brask")]


def test_a_relative_named_in_a_whose_clause_may_be_the_surname_after():
    # (a rule that passed over such a relative was withdrawn: obituaries name the dead first and
    # quote the relative by surname)
    text = ("Mary Ellen Norrby, whose son, Mayor Marty Norrby, delivered the eulogy, died Tuesday at 84. "
            "Norrby said she taught him everything.")
    assert [name for _, name, _ in entities(text)][-1] == "Marty Norrby"

def test_a_name_after_toward_is_a_person_when_a_given_name_opens_it():
    assert entities("Voters had been leaning toward Hillary Marsh; the convoy drove toward Kessa.") == [
        ("person", "Hillary Marsh", "Hillary Marsh"), ("place", "Kessa", "Kessa")]


def test_a_pronoun_after_a_surnames_verb_of_saying_tells_which_namesake_it_is():
    text = ("Retired miner Bobby Hensley watched the debate. His wife, Crystal Hensley, said the family lost "
            "its insurance. Hensley said he has voted for Democrats for years.")
    assert [name for _, name, _ in entities(text)][-1] == "Bobby Hensley"
    # only against a namesake known to be of the other sex: "Ms Varga said she" stays the nearest
    text = ("Lena Varga spoke first. La Toya Varga said she would not attend. Ms Varga said she asked "
            "her mother.")
    assert [name for _, name, _ in entities(text)][-1] == "La Toya Varga"


def test_from_the_review_of_the_seventh_probes_name_rules():
    # a place that opens with a given name stays a place after "toward"
    assert entities("The convoy drove toward Virginia Beach.") == [("place", "Virginia Beach", "Virginia Beach")]
    # an obituary's survivor speaks of the dead with the dead one's pronoun
    text = ("Ruth Kessler, 88, died Sunday at her home. Her son, Dale Kessler, said she taught school for 40 "
            "years. Kessler said she never missed a day.")
    assert [name for _, name, _ in entities(text)][-1] == "Dale Kessler"


def test_a_bare_surname_is_the_nearest_namesake_named_before():
    # (a rule that took the namesake named most was withdrawn: local copy quotes the relative
    # just introduced by surname, "His mother, Angela Reed, said ... “...,” Reed said")
    text = ("Marcus Reed, 19, was fatally shot Saturday. Reed had just finished a shift. Reed played "
            "football. His mother, Angela Reed, said he wanted to be a nurse. Reed said she wants justice.")
    assert [name for _, name, _ in entities(text)][-1] == "Angela Reed"
