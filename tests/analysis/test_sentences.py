from generator.analysis.sentences import split_sentences


def sentences(text):
    return [s.slice(text) for s in split_sentences(text)]


def test_abbreviations_before_names_and_numbers_do_not_end_a_sentence():
    text = ("Brig. Gen. Ada Norberg arrived on Jan. 4 with U.S. envoys. "
            "The talks began at 9 a.m. on Friday. Dr. Lee agreed.")
    assert sentences(text) == [
        "Brig. Gen. Ada Norberg arrived on Jan. 4 with U.S. envoys.",
        "The talks began at 9 a.m. on Friday.",
        "Dr. Lee agreed.",
    ]


def test_acronym_at_the_end_of_a_sentence_still_ends_it():
    assert sentences("Aid came from the U.S. The rest came later.") == [
        "Aid came from the U.S.", "The rest came later."]



def test_del_is_a_delegate_before_a_name_and_delaware_at_a_sentence_end():
    assert sentences("She grew up in Dover, Del. The vote came later, said Del. Ana Roe.") == [
        "She grew up in Dover, Del.", "The vote came later, said Del. Ana Roe."]
    assert sentences("The firm is based in Wilmington, Del. Police said the fire began at noon.") == [
        "The firm is based in Wilmington, Del.", "Police said the fire began at noon."]

def test_quotes_question_marks_and_ellipses():
    text = '"Is it over?" she asked. "No." He left... and came back. It rained... Then it stopped.'
    assert sentences(text) == [
        '"Is it over?" she asked.', '"No."', "He left... and came back.", "It rained...",
        "Then it stopped."]


def test_newlines_end_sentences_and_spans_are_trimmed():
    text = "  Headline without stop\n\nFirst line. Second line.\n"
    spans = split_sentences(text)
    assert [s.slice(text) for s in spans] == ["Headline without stop", "First line.", "Second line."]
    assert all(text[s.start] != " " for s in spans)


def test_seed_sentences(seed_texts):
    for article in seed_texts.values():
        found = sentences(article.text)
        assert not any(s.endswith(("Dec.", "U.S.", "Maj.", "Gen.")) for s in found)


def test_a_line_break_ends_a_sentence_and_nothing_looks_across_it():
    assert sentences("It ended.  \nthe next line stays apart.") == [
        "It ended.", "the next line stays apart."]
    assert sentences("He met Dr.\nLee then. Jan.\n4 people came.") == [
        "He met Dr.", "Lee then.", "Jan.", "4 people came."]
    assert sentences("Aid came from the U.S.\nThe rest came later.") == [
        "Aid came from the U.S.", "The rest came later."]


def test_carriage_returns_tabs_and_blank_lines():
    text = "One.\r\nTwo.\r\n\r\n  Three... Four?\tFive!\r\n"
    spans = split_sentences(text)
    assert [s.slice(text) for s in spans] == ["One.", "Two.", "Three...", "Four?", "Five!"]
    assert spans[-1].end == len(text) - 2


def test_a_lower_case_initial_ends_no_sentence_but_a_possessive_does():
    def texts(t):
        return [s.slice(t) for s in split_sentences(t)]
    assert texts("the harbour master, dana m. Whitlock, spoke. In Hagen v. Tarrow the court ruled.") == [
        "the harbour master, dana m. Whitlock, spoke.", "In Hagen v. Tarrow the court ruled."]
    assert texts("The boat is Mr. Hagen's. Despite that, it sails.") == ["The boat is Mr. Hagen's.", "Despite that, it sails."]
