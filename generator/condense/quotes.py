"""Quotes of a story: the same quote in several sources listed once, with all its sources.

Two quotes are the same when one is a stretch of the other (a source may quote a longer or
shorter stretch of the same statement), though transcribed a little differently (most of the
shorter's words in the other's order, three content words at least), or of fewer than five words
only when both name the speaker (a few words in quotation marks are in many statements); and their
speakers agree (one unnamed, or one name within the other: "Joseph", "Joseph Varga"). The
merged quote keeps the fullest wording, with the source that printed it first among its sources,
a named speaker over none, and `full` over `partial`; the sources that print only a part of it
(fewer than four in five of its words) are told apart (`in_part`).

A partial quote that no source gives a speaker is left out: words in quotation marks within
narration that nobody says are a title, a name or a term ("The Salt Harvest"), not a quote.

A story of many articles holds hundreds of quotes (one T17 topic: 400); a briefing
keeps MAX_QUOTES of them, in the order they come: those most sources carry, then those with a
named speaker, then whole statements over partial ones, spread over the sources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..analysis.sentences import ABBREVIATIONS
from ..model import MergedQuote, Quote
from ..words import content_stems_of, tokens
from .summary import overlap

SAME_QUOTE = 0.8
WHOLE_QUOTE = 0.8  # the share of a merged quote's words a source must print to be cited for it whole
MAX_QUOTES = 30
# Words (content words, for two wordings that differ) a quote needs to be one with another:
# "likely" or "pandemic" in quotation marks is in many a long statement without being a report of it.
MIN_CONTAINED_WORDS = 3
# Words a stretch of a quote needs to be one with it when not both name the speaker ("as a
# precautionary measure", "justice for Michael" are in many statements).
MIN_UNNAMED_STRETCH = 5
SAME_SPELLING = 0.85  # two spellings of one name ("Jose Angel Cordova", "Jos Angel Crdova")


@dataclass(frozen=True)
class SourcedQuote:
    quote: Quote
    source: str
    context: str = ""  # the sentence that holds it


@dataclass
class _Statement:
    """A quote merged so far, with what comparing it needs: the words of every wording merged into
    it, and the words of its fullest wording in order and as content stems."""

    words: frozenset[str]
    wording: _Wording
    quote: MergedQuote
    printed: dict[str, int]  # the most words of it each source prints


@dataclass(frozen=True)
class _Wording:
    """A quote's words in order, joined by spaces with a space on either end (so that a stretch is
    a substring), as a set, and its content stems."""

    words: tuple[str, ...]
    joined: str
    vocabulary: frozenset[str]
    content: frozenset[str]


def _wording(text: str) -> _Wording:
    words = tokens(text)
    return _Wording(tuple(words), f" {' '.join(words)} ", frozenset(words), frozenset(content_stems_of(words)))


def merge_quotes(found: list[SourcedQuote]) -> list[MergedQuote]:
    merged: list[_Statement] = []
    for item in found:
        wording = _wording(item.quote.text)
        words = wording.vocabulary
        if not words:
            continue
        for known in merged:
            # The same words in full are one quote when the sources call one speaker by a role or
            # two spellings ("Jose Angel Cordova", "Mexico's health secretary", "Jos Angel Crdova");
            # two people may say the same ("We stand together as a family").
            same_statement = words == known.words and len(words) >= MIN_CONTAINED_WORDS + 1 \
                and _one_speaker(item.quote.speaker, known.quote.speaker)
            if (same_statement or _speakers_agree(item.quote.speaker, known.quote.speaker)) and _same_words(
                    wording, known.wording, bool(item.quote.speaker and known.quote.speaker)):
                combined = _combine(known.quote, item)
                if combined.text != known.quote.text:
                    known.wording = wording
                known.words |= words
                known.quote = combined
                known.printed[item.source] = max(known.printed.get(item.source, 0), len(wording.words))
                break
        else:
            merged.append(_Statement(words, wording,
                                     MergedQuote(item.quote.text, item.quote.speaker, item.quote.kind, [item.source],
                                                 context=item.context),
                                     {item.source: len(wording.words)}))
    for statement in merged:
        statement.quote.in_part = [source for source in statement.quote.sources
                                   if statement.printed[source] < WHOLE_QUOTE * len(statement.wording.words)]
        statement.quote.text = _without_sentence_marks(statement.quote)
    quotes = [statement.quote for statement in merged if statement.quote.speaker or statement.quote.kind == "full"]
    if len(quotes) <= MAX_QUOTES:
        return quotes
    # Within each rank, a source's first quote before any source's second, and so on: a long story's
    # later reports (its newest news) keep their voices.
    nth: list[int] = []
    seen: dict[str, int] = {}
    for quote in quotes:
        nth.append(seen.get(quote.sources[0], 0))
        seen[quote.sources[0]] = nth[-1] + 1
    ranked = sorted(range(len(quotes)), key=lambda n: (-len(quotes[n].sources), quotes[n].speaker is None,
                                                        quotes[n].kind != "full", nth[n], n))
    return [quotes[n] for n in sorted(ranked[:MAX_QUOTES])]


def _without_sentence_marks(quote: MergedQuote) -> str:
    """The quote's words without the marks of the sentence around it that the writer put inside
    the quotation marks: the comma before an attribution ("... decide," she said), and a partial
    quote's full stop (called the offer "fair and final."). Shown alone, the quote would read as cut."""
    text = quote.text.rstrip(",; ")
    if quote.kind == "partial" and text.endswith(".") and not _ENDS_IN_ABBREVIATION.search(text):
        text = text[:-1]
    return text


# "..." and abbreviations whose full stop is their own: "the U.S.", "at 5 p.m.", "Acme Corp."
_ENDS_IN_ABBREVIATION = re.compile(r"\.\.$|(?<![\w.])(?:[A-Za-z]\.){2,}$|\b(?:%s)\.$" % "|".join(
    sorted(ABBREVIATIONS, key=len, reverse=True)), re.IGNORECASE)


def _same_words(a: _Wording, b: _Wording, both_named: bool) -> bool:
    """Whether two wordings are one quote: the same words, or one a stretch of the other, though
    transcribed a little differently ("colon cancer has been thought of" in "colorectal cancer has
    been thought of ...").
    The same words of fewer than three, or a stretch of fewer than five, are one with the other
    only when both name the speaker: "neo-Nazism" of a statement is; not "This Is It" of "this is
    how he would have wanted it", a chant's "justice for Michael" of a family's statement, an
    agency's "as a precautionary measure" of a school's notice, or a term ("Swine flu") of a
    governor's words. A wording that differs needs three content words in common and most of its
    words in the other's order: counting shared words in any order, "There is no need to panic"
    was in a reader's comment that there was "no need to take any measures"."""
    shorter, longer = (a, b) if len(a.joined) <= len(b.joined) else (b, a)
    if shorter.joined == longer.joined:
        return both_named or len(shorter.words) >= MIN_CONTAINED_WORDS
    if shorter.joined in longer.joined:
        return both_named or len(shorter.words) >= MIN_UNNAMED_STRETCH
    if len(a.content & b.content) < MIN_CONTAINED_WORDS or overlap(a.vocabulary, b.vocabulary) < SAME_QUOTE:
        return False
    in_order = SequenceMatcher(None, shorter.words, longer.words, autojunk=False).get_matching_blocks()
    return sum(block.size for block in in_order) >= SAME_QUOTE * len(shorter.words)


def _speakers_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    # "Varga" and "Elena Varga" may be one person; "Elena Varga" and "Ivo Varga" are two.
    words_a, words_b = set(a.split()), set(b.split())
    return words_a <= words_b or words_b <= words_a


def _one_speaker(a: str | None, b: str | None) -> bool:
    """Whether two sources' speakers of the same words may be one person: one of them is no name
    but a role, or the names are one spelt two ways."""
    if not a or not b:
        return True
    if not _naming(a)[0] or not _naming(b)[0]:
        return True
    return SequenceMatcher(None, a, b).ratio() >= SAME_SPELLING or _abbreviates(a, b) or _abbreviates(b, a)


def _abbreviates(short: str, full: str) -> bool:
    """Whether each word of one name begins the same word of another: "Jos Angel C" (a letter
    lost to a bad encoding) or "J. A. Cordova" of "Jose Angel Cordova"."""
    short_words, full_words = short.replace(".", "").split(), full.split()
    return len(short_words) == len(full_words) and all(
        f.startswith(s) for s, f in zip(short_words, full_words))


def _naming(speaker: str) -> tuple[bool, int]:
    """How well a speaker is named: a name ("Jose Angel Cordova") over a role ("Mexico's health
    secretary"), then the fuller."""
    return all(word[:1].isupper() for word in speaker.split()), len(speaker)


def _combine(known: MergedQuote, item: SourcedQuote) -> MergedQuote:
    quote = item.quote
    others = [source for source in known.sources if source != item.source]
    if len(quote.text) > len(known.text):  # the fuller wording, and first the source that printed it
        longer, sources, context = quote.text, [item.source] + others, item.context
    else:
        longer, sources = known.text, known.sources + ([item.source] if item.source not in known.sources else [])
        context = known.context
    speaker = known.speaker or quote.speaker
    if known.speaker and quote.speaker and _naming(quote.speaker) > _naming(known.speaker):
        speaker = quote.speaker
    kind = "full" if "full" in (known.kind, quote.kind) else "partial"
    return MergedQuote(longer, speaker, kind, sources, context=context)
