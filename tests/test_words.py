from generator.words import content_stems, counted, stem, tokens


def test_tokens_are_lower_cased_words_and_numbers_with_one_apostrophe():
    assert tokens("The Mayor’s 2,400 farms, at 3.5%") == ["the", "mayor's", "2,400", "farms", "at", "3.5"]


def test_inflections_of_one_word_share_a_stem():
    assert stem("killed") == stem("kills") == stem("killing") == stem("kill")
    assert stem("mayor's") == stem("mayor")


def test_plurals_and_pasts_in_ies_and_ied_meet_their_word_in_y():
    assert stem("embassies") == stem("embassy")
    assert stem("families") == stem("family")
    assert stem("carried") == stem("carries") == stem("carry")
    assert stem("countries") == stem("country")


def test_short_words_keep_their_letters():
    assert stem("lies") == "lie" and stem("dies") == "die"


def test_content_stems_leave_out_stop_words_and_single_letters():
    assert content_stems("The council said it would vote on a new budget") == ["council", "vote", "budget"]


def test_counted_says_one_in_the_singular():
    assert [counted(n, "story", "stories") for n in (0, 1, 2)] == ["0 stories", "1 story", "2 stories"]
    assert [counted(n, "warning") for n in (0, 1, 2)] == ["0 warnings", "1 warning", "2 warnings"]
