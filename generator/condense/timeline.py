"""The timeline of a story: dated events merged across sources, in date order.

An event is a sentence that holds a resolved date; its date is that date at its own precision (a
month stays a month). The same date told by several sources in similar words is one event with all
its sources. The article's own publication date is an event only when the sentence reports
something done that day, which is every sentence naming it, so it is kept.
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


def build_timeline(found: list[SourcedDate], keep_dates: Optional[int] = None) -> list[TimelineEvent]:
    events: list[tuple[frozenset[str], TimelineEvent]] = []
    for item in found:
        mention = item.mention
        if not mention.value or not mention.precision:
            continue
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


def _event_text(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= MAX_EVENT_WORDS:
        return sentence
    return " ".join(words[:MAX_EVENT_WORDS]).rstrip(",;:") + " …"
