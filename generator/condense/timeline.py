"""The timeline of a story: dated events merged across sources, in date order.

An event is a sentence that holds a resolved date outside quotation marks (a date inside a quote
is the speaker's, relative to a day we do not know); its date is the first such date at its own
precision (a month stays a month), so a sentence is one event, not one per date it names. The
same date told by several sources in similar words is one event with all its sources.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..model import DateMention, TimelineEvent
from ..words import content_stems
from .summary import overlap

SAME_EVENT = 0.5
MAX_EVENT_WORDS = 45


@dataclass(frozen=True)
class SourcedDate:
    mention: DateMention
    sentence: str
    source: str
    sentence_start: int = 0  # where the sentence begins in its article, to tell sentences apart
    quoted: bool = False  # the mention stands inside quotation marks


def build_timeline(found: list[SourcedDate], keep_dates: Optional[int] = None) -> list[TimelineEvent]:
    events: list[tuple[frozenset[str], TimelineEvent]] = []
    dated_sentences: set[tuple[str, int]] = set()
    for item in found:
        mention = item.mention
        if not mention.value or not mention.precision or item.quoted or not _tells_an_event(item.sentence):
            continue
        if (item.source, item.sentence_start) in dated_sentences:
            continue
        dated_sentences.add((item.source, item.sentence_start))
        stems = frozenset(content_stems(item.sentence))
        for index, (known_stems, event) in enumerate(events):
            if event.date == mention.value and overlap(stems, known_stems) >= SAME_EVENT:
                if item.source not in event.sources:
                    event.sources.append(item.source)
                break
        else:
            events.append((stems, TimelineEvent(mention.value, mention.precision, _event_text(item.sentence),
                                                [item.source], mention.future)))
    timeline = [event for _, event in events]
    if keep_dates is not None:
        timeline = _most_important_dates(timeline, keep_dates)
    return sorted(timeline, key=lambda e: (e.date, e.text))


def _most_important_dates(timeline: list[TimelineEvent], keep: int) -> list[TimelineEvent]:
    """Keep the events of the `keep` dates that most sources and events mention."""
    weight: dict[str, int] = {}
    for event in timeline:
        weight[event.date] = weight.get(event.date, 0) + len(event.sources) + 1
    best = sorted(weight, key=lambda d: (-weight[d], d))[:max(0, keep)]
    return [event for event in timeline if event.date in best]


def _tells_an_event(sentence: str) -> bool:
    """A sentence that stands alone: not a lead-in to a quote, not itself a quotation."""
    stripped = sentence.strip()
    return not stripped.endswith(":") and not stripped.startswith(("\"", "\u201c"))


def _event_text(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= MAX_EVENT_WORDS:
        return sentence
    return " ".join(words[:MAX_EVENT_WORDS]).rstrip(",;:") + " …"
