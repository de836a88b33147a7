"""Letter classes for regular expressions. Python's `re` has no \\p{Lu}, and [A-Z] reads a place
such as "ÖRNVIK" or "SÃO RENÉ" as no word at all, so the classes are built from the Unicode
database. Standard library only, so any stage may import it."""
from __future__ import annotations

# The scripts that news in Latin letters names places and people in: Latin with its accents
# (Vietnamese's included), Greek and Cyrillic. Kept to these blocks, the classes cost under a
# millisecond to build and keep the patterns using them small.
_BLOCKS = ((0x41, 0x24F), (0x1E00, 0x1EFF), (0x370, 0x3FF), (0x400, 0x52F))


def _class_body(letters: list[str]) -> str:
    """The inside of a character class ("A-ZÀ-ÖØ-Þ...") of `letters`, in code point order."""
    runs: list[str] = []  # each run as its first and last letter
    for letter in letters:
        if runs and ord(runs[-1][-1]) == ord(letter) - 1:
            runs[-1] = runs[-1][0] + letter
        else:
            runs.append(letter)
    return "".join(run if len(run) == 1 else f"{run[0]}-{run[1]}" for run in runs)


# Letters only: a Roman numeral Ⅳ is upper case to str.isupper but writes no name.
_LETTERS = sorted(chr(code) for first, last in _BLOCKS for code in range(first, last + 1) if chr(code).isalpha())
UPPER = _class_body([letter for letter in _LETTERS if letter.isupper()])
LOWER = _class_body([letter for letter in _LETTERS if letter.islower()])
LETTER = _class_body(_LETTERS)
