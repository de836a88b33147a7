"""Letter classes for regular expressions. Python's `re` has no \\p{Lu}, and [A-Z] reads a place
such as "ÖRNVIK" or "SÃO RENÉ" as no word at all, so the classes are built from the Unicode database.
Standard library only, so any stage may import it."""
from __future__ import annotations


def _class_body(letters: list[str]) -> str:
    """The inside of a character class ("A-ZÀ-ÖØ-Þ...") of `letters`, in code point order."""
    runs: list[str] = []  # each run as its first and last letter
    for letter in letters:
        if runs and ord(runs[-1][-1]) == ord(letter) - 1:
            runs[-1] = runs[-1][0] + letter
        else:
            runs.append(letter)
    return "".join(run if len(run) == 1 else f"{run[0]}-{run[1]}" for run in runs)


# Letters of the Basic Multilingual Plane, which holds every script that has capitals. Letters
# only: a circled Ⓐ or a Roman numeral Ⅳ is upper case to str.isupper but writes no name.
_LETTERS = list(filter(str.isalpha, map(chr, range(0x10000))))
UPPER = _class_body(list(filter(str.isupper, _LETTERS)))
LOWER = _class_body(list(filter(str.islower, _LETTERS)))
LETTER = _class_body(_LETTERS)
