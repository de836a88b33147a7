"""Sentence boundaries in news text.

A period ends a sentence unless the word before it is an abbreviation that news copy uses before
a name or a number: "Maj. Gen. Pat Ryder", "Dec. 30", "U.S. officials". Newlines always end a
sentence, since readers put one paragraph (or headline) per line.
"""
from __future__ import annotations

import re

from ..model import Span

# Abbreviations that never end a sentence: titles before a name.
TITLES = frozenset(
    "mr mrs ms dr prof gen maj col lt capt cmdr sgt cpl pvt adm brig sen rep gov pres supt insp "
    "rev hon fr st mt ft gov amb sec atty det lt.col".split()
)
# Abbreviations that end a sentence only when a sentence plainly starts after them.
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
OTHER = frozenset("no nos vs approx est dept univ inc corp co ltd jr sr bros fig etc al e.g i.e".split())

# Words that plainly open a sentence: after "U.S." or "Inc." they mean a new one has begun.
SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i this that these those but and however in on at after before "
    "his her its their our there here when while if as meanwhile earlier later last yet so".split()
)

_CANDIDATE = re.compile(r"(?:\.\.\.|…|[.!?])[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_NEXT_WORD = re.compile(r"\s+([\"“‘'(\[]*)(\S+)")


def split_sentences(text: str) -> list[Span]:
    """Return the sentences of `text` as spans, trimmed of surrounding white space."""
    spans: list[Span] = []
    for line in _lines(text):
        start = line.start
        for end in _boundaries(text, line):
            spans.extend(_trimmed(text, start, end))
            start = end
        spans.extend(_trimmed(text, start, line.end))
    return spans


def _lines(text: str) -> list[Span]:
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append(Span(start, m.start()))
        start = m.end()
    out.append(Span(start, len(text)))
    return out


def _boundaries(text: str, line: Span) -> list[int]:
    segment = text[line.start:line.end]
    ends = []
    for m in _CANDIDATE.finditer(segment):
        if _ends_sentence(segment, m):
            ends.append(line.start + m.end())
    return ends


def _ends_sentence(segment: str, m: re.Match) -> bool:
    nxt = _NEXT_WORD.match(segment, m.end())
    if not nxt:
        return False
    opener, word = nxt.group(1), nxt.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit()) and not opener:
        return False
    if opener and not (first.isupper() or first.isdigit()):
        return False
    mark = m.group(0)
    if mark in ("...", "…"):
        return first.isupper()
    if not mark.startswith(".") or len(mark) > 1:
        return True
    # Look back only a short window: the word before the stop, never the whole line.
    before = _WORD_BEFORE.search(segment[max(0, m.start() - 40):m.start() + 1])
    if not before:
        return True
    token = before.group(1)
    lower = token.lower().rstrip(".")
    starts_sentence = word.strip("\"“‘'(").lower().strip(",.;:") in SENTENCE_STARTERS
    if lower in TITLES:
        return False
    if len(token) == 1 and token.isupper():
        # An initial ("John F. Kennedy"), unless a plain sentence opener follows.
        return starts_sentence
    if "." in token:  # U.S., U.N., a.m.
        return starts_sentence
    if lower in MONTHS:
        return not first.isdigit() and starts_sentence
    if lower in OTHER:
        return not first.isdigit() and starts_sentence
    return True


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if end > start else []
