"""The timeline of a story: dated events merged across sources, in date order.

An event is a sentence that holds a resolved date outside quotation marks (a date inside a quote
is the speaker's, relative to a day we do not know); its date is the finest such date, the first
of those, at its own precision (a month stays a month), so a sentence is one event, not one per
date it names: "The 1911 painting was found on Tuesday" happened on Tuesday. A date that
describes a thing ("the 1911 painting", "arrested over last year's blasts", "after Thursday's
ruling"), unless that thing is the sentence's subject or occasion ("Sunday's service included",
"decided at last year's summit"), or a date that opens or closes a span ("since Sunday", "between
March and October", "from 1998 to 2011") dates no event, and "today" or "this month" only when
nothing else does. A sentence of what usually happens ("Goods normally arrive in November") is no
event; an article's opening sentence that reports and names no date is the news of its
publication day. The same date told by several sources in similar words is one event with all its
sources, told by a report rather than a plan for the day.

With a budget of K dates the timeline keeps the K most important days, one event each (see
`date_weights`): the days most articles name, above all those that later articles look back on.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..days import iso_date
from ..model import DateMention, TimelineEvent
from ..words import content_stems
from .summary import is_page_notice, overlap, starts_inside_quote

SAME_EVENT = 0.5
OVERTAKEN = 0.2  # the share of words a report of a day shares with a plan for it that it overtakes
MAX_EVENT_WORDS = 45

# How much one article adds to a day's importance. An article that names a day it was published
# after looks back on it, and the longer after, the more the day has lasted in the story: within
# the week that is still the news cycle ("yesterday's vote"), a week or more later the day has
# become a landmark ("since the March 3 ruling"). An article merely published that day reports
# something of it, but what is often not that day's own event.
NAMED_THAT_DAY = 1.0
NAMED_WITHIN_A_WEEK = 2.0
NAMED_LATER = 4.0
PUBLISHED_THAT_DAY = 0.5
A_WEEK = 7
BACKGROUND_DAYS = 365  # a day further before the oldest source is background, not this story


@dataclass(frozen=True)
class SourcedDate:
    mention: DateMention
    sentence: str
    source: str
    sentence_start: int = 0  # where the sentence begins in its article, to tell sentences apart
    quoted: bool = False  # the mention stands inside quotation marks
    published: Optional[str] = None  # the source's publication day, YYYY-MM-DD


def build_timeline(found: list[SourcedDate], keep_dates: Optional[int] = None) -> list[TimelineEvent]:
    timeline = _without_overtaken_plans(_merged_events(found))
    if keep_dates is not None:
        timeline = _most_important_dates(timeline, date_weights(found), keep_dates)
    return sorted(timeline, key=lambda e: (e.date, e.text))


def _merged_events(found: list[SourcedDate]) -> list[tuple[frozenset[str], TimelineEvent]]:
    """The events, each with the content words of its text."""
    events: list[tuple[frozenset[str], TimelineEvent]] = []
    for item in _event_dates(found):
        mention = item.mention
        stems = frozenset(content_stems(item.sentence))
        for known_stems, event in events:
            if event.date == mention.value and overlap(stems, known_stems) >= SAME_EVENT:
                if item.source not in event.sources:
                    event.sources.append(item.source)
                if event.future and not mention.future:
                    # "is due to be sentenced on 29 November", then "was sentenced on 29 November":
                    # the report tells the day, the plan only foretold it
                    event.text, event.future = _event_text(item.sentence), False
                break
        else:
            events.append((stems, TimelineEvent(mention.value, mention.precision, _event_text(item.sentence),
                                                [item.source], mention.future)))
    return events


def _without_overtaken_plans(events: list[tuple[frozenset[str], TimelineEvent]]) -> list[TimelineEvent]:
    """Without an event still to come in its source ("members will vote on Tuesday") when a
    source reports an event of that day in words it shares ("members voted on Tuesday"): the
    report has overtaken the plan."""
    reported: dict[str, list[frozenset[str]]] = {}
    for stems, event in events:
        if not event.future:
            reported.setdefault(event.date, []).append(stems)
    return [event for stems, event in events if not event.future or not any(
        overlap(stems, told) >= OVERTAKEN for told in reported.get(event.date, ()))]


_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3}
# What stands before a year that describes a thing: "the 1911 painting", "a 1960 film", "her 2019 album".
_DESCRIBING_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our|whose)\s+$", re.IGNORECASE)


_PERIOD_OF_A_YEAR = re.compile(r"(?i)\b(?:quarter|half)\b")


def _event_dates(found: list[SourcedDate]) -> list[SourcedDate]:
    """For each sentence that tells an event, the mention that dates it: the finest date, the
    first of those; in the order the sentences come."""
    best: dict[tuple[str, int], SourcedDate] = {}
    # A sentence dated by a day its source cannot resolve ("this weekend", in an undated article)
    # tells of a day unknown: a year elsewhere in it ("his victories in 2008") is no date of it.
    # (A business quarter or half has no value in any article, and dates no day: "said on Monday
    # that third-quarter profit fell" is Monday's.)
    unresolved = {(item.source, item.sentence_start) for item in found
                  if not item.mention.value and not item.quoted and not _PERIOD_OF_A_YEAR.search(item.mention.text)}
    for item in found:
        mention = item.mention
        if not mention.value or not mention.precision or item.quoted or not _tells_an_event(item.sentence) \
                or (item.source, item.sentence_start) in unresolved \
                or _describes_a_thing(item) or _bounds_a_span(item) or _in_background_clause(item):
            continue
        key = (item.source, item.sentence_start)
        known = best.get(key)
        if known is None or _rank(mention) < _rank(known.mention):
            best[key] = item
    return list(best.values())


# "Today", "this month" often mean the present at large ("in classical music today", "who died
# 50 years ago this month"): another date in the sentence tells its event better.
_LOOSE_NOW = frozenset(("today", "tonight", "this week", "this month", "this year"))


def _rank(mention: DateMention) -> tuple[bool, int]:
    return mention.text.lower() in _LOOSE_NOW, _FINENESS[mention.precision or "year"]


_BOUNDARY_BEFORE = re.compile(r"\b(?:since|between)\s+(?:the\s+)?$", re.IGNORECASE)
# The end of a span opened by "between": "paid fines between March and October".
_SPAN_END_BEFORE = re.compile(r"\bbetween\s+\S+(?:\s+\S+){0,2}\s+and\s+$", re.IGNORECASE)


# A comparison's baseline: "up 3 points from last month", "12% higher than a year ago",
# "compared with last year": when the figure compared stood, not when the event happened.
_BASELINE_BEFORE = re.compile(r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?)?\s+from"
                              r"|(?<!less\s)(?<!more\s)(?<!fewer\s)\bthan|\bcompared\s+(?:with|to))\s+$",
                              re.IGNORECASE)  # ("less than a month ago" is a hedge, no comparison)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*(?:to|until|through|[-–])\s*\w")
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+\S+(?:\s+\S+){0,2}\s+(?:to|until|through)\s+$", re.IGNORECASE)


def _offset_in_sentence(item: SourcedDate) -> Optional[int]:
    """Where the mention starts in its sentence, or None when the offsets do not agree."""
    at = item.mention.start - item.sentence_start
    return at if 0 <= at <= len(item.sentence) else None


def _bounds_a_span(item: SourcedDate) -> bool:
    """A date that opens a span ("300 calls since Sunday", "between March and October"), ends one
    opened by "between", or is a comparison's baseline ("up 3 points from last month"), is not
    when the sentence's event happened. ("Closed until Friday" is: the day it ends.)"""
    at = _offset_in_sentence(item)
    if at is None:
        return False
    if _BOUNDARY_BEFORE.search(item.sentence, max(0, at - 14), at) \
            or _SPAN_END_BEFORE.search(item.sentence, max(0, at - 40), at) \
            or _BASELINE_BEFORE.search(item.sentence, max(0, at - 40), at):
        return True
    # "registry data from 1998 to 2011": a closed span, from its start to its end
    end = at + len(item.mention.text)
    return bool(_FROM_BEFORE.search(item.sentence, max(0, at - 6), at) and _TO_AFTER.match(item.sentence, end)
                or _FROM_TO_BEFORE.search(item.sentence, max(0, at - 40), at))


def _describes_a_thing(item: SourcedDate) -> bool:
    """A date that describes a thing rather than dating the sentence's event: a possessive
    ("last year's blasts", "Wednesday's ruling"), a date between a determiner and a noun ("the
    Aug. 7 bombings", "the 1911 painting"), the date of what a suspect is held or charged for
    ("arrested in connection with the bombings last year"); or a year itself described ("Kim
    described 2024 as a year of change", not "in 2024 as ...")."""
    mention = item.mention
    at = _offset_in_sentence(item)
    if at is None:
        return False
    end = at + len(mention.text)
    bare_year = mention.precision == "year" and mention.text.isdigit()
    # The sentence's subject or opening phrase ("Sunday's service included ...", "In its Friday
    # issue, the paper quoted ..."), or the occasion "at", "during" or "in" which something
    # happened ("decided at last year's summit", "killed in Thursday's attack", not "indicted in
    # the October 2029 shooting"): the thing described is the event.
    possessive = item.sentence[end:end + 2] in ("'s", "’s")
    describes = possessive or bool(
        _DESCRIBING_BEFORE.search(item.sentence, max(0, at - 8), at)
        and (bare_year or (_NOUN_AFTER.match(item.sentence, end)
                           and not item.sentence.endswith(("on the ", "On the "), 0, at))))
    if describes and (bare_year or (len(item.sentence[:at].split()) > 2
                                    and not _OCCASION_BEFORE.search(item.sentence, max(0, at - 16), at)
                                    and not (possessive and _IN_BEFORE.search(item.sentence, max(0, at - 4), at)
                                             and _OCCASION_AFTER.match(item.sentence, end + 2)
                                             and mention.text.lower() not in _LOOSE_NOW))):
        return True
    if _CASE_OF_BEFORE.search(item.sentence, max(0, at - _CASE_REACH), at):
        return True  # "arrested in connection with the bombings ... last year": the crime's date
    return mention.precision == "year" and mention.text.isdigit() and bool(_DESCRIBED_AS.match(
        item.sentence, end)) and not _PREPOSITION_BEFORE.search(item.sentence, max(0, at - 8), at)


# A penalty after "jailed for", "sentenced to": the sentence is that day's event, no crime's date
# ("jailed for life on Friday", "sentenced for 12 years on Monday").
_PENALTY = (r"(?:life|a\s+(?:minimum|maximum|term|total|year|decade)|(?:at\s+least\s+|up\s+to\s+)?"
            r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
            r"[\s-]+(?:and\s+a\s+half\s+)?(?:years?|months?|weeks?|days?))\b")
# What a suspect is held, charged or wanted for, up to the date: the date is the crime's, and the
# sentence's event (the arrest, the charge) is another day's.
_CASE_OF_BEFORE = re.compile(
    r"\b(?:in connection with|(?:arrested|charged|indicted|convicted|sentenced|accused|wanted|sought|"
    r"questioned|held|jailed|tried)\s+(?:in|for|over))\s+(?!" + _PENALTY + r")(?:the\s+)?[^,;:]*\s$", re.IGNORECASE)
_CASE_REACH = 80


_OCCASION_BEFORE = re.compile(r"\b(?:at|during)\s+(?:(?:the|its|his|her|their)\s+)?$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
# ... what happens on an occasion, not a paper or a broadcast ("in today's edition of ...")
_OCCASION_AFTER = re.compile(r"\s+(?!(?:edition|issue|papers?|show|programmes?|programs?|episode|broadcast|column"
                             r"|chart|offering)\b)[a-z]")
# A lower-case word after a date: the noun it describes ("the Aug. 7 bombings").
_NOUN_AFTER = re.compile(r"[ \t]+(?!(?:night|morning|afternoon|evening|noon|midnight)\b)[a-z]{3,}\b")
_DESCRIBED_AS = re.compile(r"\s+as\s+(?:a|an|the)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|by|since|until|from|during|of|for|to|before|after)\s+$",
                                 re.IGNORECASE)
# A clause that tells what came before the sentence's event or who someone is: "He hoped for
# victory after Russia invaded Ukraine in February 2022", "the first to die since the virus
# emerged three months ago", "the estate of Strauss, who died in 2005, sold it". Its date is the
# background's, not the event's.
_BACKGROUND_CLAUSE = re.compile(r"\b(?:after|following|since|who|which|whose)\s+[^,;:]*$", re.IGNORECASE)


def _in_background_clause(item: SourcedDate) -> bool:
    """A month or year in an "after ..." or a relative clause that follows the sentence's main
    clause. (A day there is most often the news of the day before: "was knocked offline after
    hackers replaced its homepage on Sunday".)"""
    if item.mention.precision not in ("month", "year"):
        return False
    at = _offset_in_sentence(item)
    if at is None:
        return False
    clause = _BACKGROUND_CLAUSE.search(item.sentence, max(0, at - 80), at)
    return clause is not None and len(item.sentence[:clause.start()].split()) >= 4


def date_weights(found: list[SourcedDate]) -> dict[str, float]:
    """How important each day is to the story, from the articles that name it or appeared on it.

    Only plain statements count: a day inside a quote is the speaker's, a day still to come is
    no event yet, and neither is a day after the newest source (a schedule, not a record); a lead
    dated only by its article's publication (a mention with no text) names no day, nor does a day
    that only opens a span ("has not been seen since 28 June", unless "..., when" tells what
    happened then). A day long before the oldest source is background (a birth, an earlier
    crisis), not this story's."""
    published = Counter(day for day in {item.source: item.published for item in found}.values() if day)
    newest = max(published, default=None)
    background = _days_before(min(published), BACKGROUND_DAYS) if published else None
    days_later: dict[str, dict[str, int]] = {}  # day -> source naming it -> days from the day to the source
    for item in found:
        day = item.mention.value
        if item.mention.precision != "day" or not day or item.quoted or item.mention.future or not item.mention.text:
            continue
        if (newest and day > newest) or (background and day < background) or _only_opens_a_span(item):
            continue
        days_later.setdefault(day, {})[item.source] = _days_between(day, item.published)
    weights = {day: PUBLISHED_THAT_DAY * count for day, count in published.items()}
    for day, sources in days_later.items():
        weights[day] = weights.get(day, 0.0) + sum(map(_naming_weight, sources.values()))
    return weights


def _only_opens_a_span(item: SourcedDate) -> bool:
    """A day after "since" or "between" that no clause after it ties to an event ("since Tuesday,
    when police raided her home", "since Tuesday after police raided her home" tell one)."""
    at = _offset_in_sentence(item)
    return at is not None and _BOUNDARY_BEFORE.search(item.sentence, max(0, at - 14), at) is not None \
        and _WHEN_AFTER.match(item.sentence, at + len(item.mention.text)) is None


_WHEN_AFTER = re.compile(r",?\s+(?:when|as|after)\b")


def _naming_weight(days_later: int) -> float:
    if days_later >= A_WEEK:
        return NAMED_LATER
    return NAMED_WITHIN_A_WEEK if days_later >= 1 else NAMED_THAT_DAY


def _days_before(day: str, days: int) -> Optional[str]:
    date = iso_date(day)
    return (date - dt.timedelta(days=days)).isoformat() if date else None


def _days_between(day: str, published: Optional[str]) -> int:
    start, end = iso_date(day), iso_date(published) if published else None
    return (end - start).days if start and end else 0


def _most_important_dates(timeline: list[TimelineEvent], weights: dict[str, float],
                          keep: int) -> list[TimelineEvent]:
    """One event for each of the `keep` most important dates: days first, by weight, then the
    coarser dates (a month is a period, not an event's date) by how many events tell them."""
    best_event: dict[str, TimelineEvent] = {}
    told: Counter = Counter()
    for event in timeline:
        told[event.date] += len(event.sources)
        known = best_event.get(event.date)
        if known is None or len(event.sources) > len(known.sources):
            best_event[event.date] = event

    def rank(date: str) -> tuple:
        if best_event[date].precision == "day":
            return (0, -weights.get(date, 0.0), date)
        return (1, -told[date], date)

    chosen = sorted(best_event, key=rank)[:max(0, keep)]
    return [best_event[date] for date in chosen]


def _tells_an_event(sentence: str) -> bool:
    """A sentence that stands alone: not a lead-in to a quote, not itself a quotation, nor the
    end of one ('We are not yet confident," the inspector said.'), nor a notice about the article
    ("Correction: October 2, 2016") or about the reporting ("Police declined to comment Saturday");
    and tells what happened, not what usually does ("Goods normally start arriving in the second
    half of November")."""
    stripped = sentence.strip()
    return not stripped.endswith(":") and not stripped.startswith(("\"", "\u201c")) \
        and not starts_inside_quote(stripped) and not _HABITUAL.search(stripped) and not is_page_notice(stripped) \
        and not _NO_COMMENT.search(stripped)


# A habitual adverb in the main clause, with no comma or bracket before it (not "a drug, typically
# given in hospital, ...").
_HABITUAL = re.compile(r"^[^,;:()\[\]—–]*\b(?:normally|usually|typically|traditionally|customarily)\b",
                       re.IGNORECASE)
# A sentence about the reporting, not the story: someone would not comment or could not be reached,
# or something was not yet known ("Police declined to comment Saturday").
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|would not|wouldn't|did not|didn't) (?:to )?(?:comment|respond to (?:a |the )?requests? for comment"
    r"|return (?:calls|messages|phone calls))\b|\bcould not (?:immediately )?be reached for comment\b"
    r"|\bwas not immediately (?:known|clear|available)\b"
    r"|\bdid not immediately respond\b", re.IGNORECASE)


def _event_text(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= MAX_EVENT_WORDS:
        return sentence
    return " ".join(words[:MAX_EVENT_WORDS]).rstrip(",;:") + " …"
