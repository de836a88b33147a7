"""Sentence boundaries in news text.

A period ends a sentence unless the word before it is an abbreviation that news copy uses before
a name or a number: "Maj. Gen. Pat Ryder", "Dec. 30", "U.S. officials". Newlines always end a
sentence, since readers put one paragraph (or headline) per line.
"""
from __future__ import annotations

import re
import string

from ..model import Span

# Abbreviations that never end a sentence: titles before a name.
TITLES = frozenset(
    "mr mrs ms dr prof gen maj col lt capt cmdr sgt cpl pvt adm brig sen rep gov pres supt insp "
    "rev hon fr st mt ft gov amb sec atty det lt.col".split()
)
# Abbreviations that end a sentence only when a sentence plainly starts after them.
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
OTHER = frozenset("no nos vs approx est dept univ inc corp co ltd jr sr bros fig etc al e.g i.e".split())
# "Del." is a delegate before a name ("said Del. Ana Roe"), and Delaware after a town, where a
# sentence may end ("based in Wilmington, Del. Police said ...").
_DELAWARE = re.compile(r"[A-Z][\w.'’-]*,[ \t]+Del$")
ABBREVIATIONS = TITLES | MONTHS | OTHER  # every one whose full stop is its own

# Words that plainly open a sentence: after "U.S." or "Inc." they mean a new one has begun.
SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i this that these those but and however in on at after before "
    "his her its their our there here when while if as meanwhile earlier later last yet so".split()
)

# Closing quotation marks and brackets, then a space on the same line.
_CLOSE = r"[\"'”’)\]]*(?=[^\S\n])"
# A line's end, or an ellipsis, a stop, "!" or "?" closing a word: one pass over the whole text
# finds every place a sentence may end. (Each branch opens with a plain character, so the regex
# engine skips to the next of them at C speed.) A line's end takes the blank lines and spaces
# after it along: they would only make empty sentences.
_BREAK = re.compile(rf"\n\s*|\.\.\.{_CLOSE}|…{_CLOSE}|\.{_CLOSE}|!{_CLOSE}|\?{_CLOSE}")
_NEXT_WORD = re.compile(r"[^\S\n]+[\"“‘'(\[]*(\S+)")  # on the same line
# What `_word_before` keeps: "Gen", "U.S", "a.m".
_LETTERS_AND_STOPS = string.ascii_letters + "."
# From the first to the last character that is not white space.
def split_sentences(text: str) -> list[Span]:
    """Return the sentences of `text` as spans, trimmed of surrounding white space."""
    spans: list[Span] = []
    start = 0
    for m in _BREAK.finditer(text):
        if text[m.start()] == "\n" or _ends_sentence(text, m):
            _add_trimmed(spans, text, start, m.end())
            start = m.end()
    _add_trimmed(spans, text, start, len(text))
    return spans


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    # (a loop over the few spaces at each end: a regex that finds the last non-space reads the
    # whole sentence, and this runs for every sentence)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


def _ends_sentence(text: str, m: re.Match) -> bool:
    """Whether the stop, "!", "?" or ellipsis `m` ends its sentence."""
    nxt = _NEXT_WORD.match(text, m.end())
    if not nxt:
        return False
    word = nxt.group(1)
    first = word[0]
    if not (first.isupper() or first.isdigit()):
        return False
    mark = m.group()
    if mark in ("...", "…"):
        return first.isupper()
    if mark != ".":  # "!", "?", a stop before a closing quotation mark
        return True
    token = _word_before(text, m.start())
    if not token:
        return True
    lower = token.lower().rstrip(".")
    if lower in TITLES:
        return False
    if len(token) == 1 and token.isalpha() and text[m.start() - 2:m.start() - 1] not in ("'", "’"):
        # An initial ("John F. Kennedy", "adam m. Aron" in lower-cased copy), unless a plain
        # sentence opener follows.
        return _plain_opener(word)
    if "." in token:  # U.S., U.N., a.m.
        return _plain_opener(word)
    if lower in MONTHS or lower in OTHER:
        return not first.isdigit() and _plain_opener(word)
    if lower == "del":
        return _DELAWARE.search(text, max(0, m.start() - 40), m.start()) is not None or _plain_opener(word)
    return True


def _word_before(text: str, stop: int) -> str:
    """The letters and stops just before the stop at `stop`, from the first letter ("U.S" in
    "U.S."), looking back only a short window (a line break ends it too)."""
    window = text[max(0, stop - 40):stop]
    return window[len(window.rstrip(_LETTERS_AND_STOPS)):].lstrip(".")


def _plain_opener(word: str) -> bool:
    return word.strip("\"“‘'(").lower().strip(",.;:") in SENTENCE_STARTERS
