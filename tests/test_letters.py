import re

from generator.letters import LETTER, LOWER, UPPER


def test_the_classes_hold_the_letters_of_latin_greek_and_cyrillic_by_case():
    upper, lower, letter = (re.compile(f"[{body}]") for body in (UPPER, LOWER, LETTER))
    assert all(upper.fullmatch(c) for c in "AZÀÖØÞĀŽƏẠΣДЯ") and not any(upper.fullmatch(c) for c in "azöσд1_ -Ⅳ")
    assert all(lower.fullmatch(c) for c in "azßöžạσдя") and not any(lower.fullmatch(c) for c in "AÖΣД1_")
    assert all(letter.fullmatch(c) for c in "aZéÉσΣдД") and not any(letter.fullmatch(c) for c in "19_ -.,")
