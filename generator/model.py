"""The things of the domain: articles, what the extractors find in them, stories and briefings.

Every extracted item keeps the character offsets of the words it came from (into `Article.text`),
so each claim on a page can be traced back to its source.
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass, field
from typing import Literal, Optional

Precision = Literal["year", "month", "week", "day"]
EntityType = Literal["person", "organization", "place"]
QuoteKind = Literal["full", "partial"]


# The per-article findings (Span, Figure, Quote, DateMention, Entity) are values: nothing changes
# them after an extractor made them. They are plain slotted dataclasses, not frozen ones, because
# an article makes hundreds and a frozen dataclass costs three times as much to create (about 5%
# of the whole analysis).
@dataclass(slots=True)
class Span:
    """A half-open range [start, end) of character offsets into an article's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class PartialDate:
    """A dateline date without its year ("Dec. 31 (UPI)"): completed after grouping."""

    month: int
    day: int


@dataclass
class Article:
    """One news article as a reader produced it: cleaned text plus metadata."""

    id: str
    path: str
    text: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[dt.date] = None
    url: Optional[str] = None
    author: Optional[str] = None
    language: Optional[str] = None
    paragraphs: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # A dateline that named month and day but no year; the year is found later.
    partial_date: Optional[PartialDate] = None


@dataclass(slots=True)
class Figure:
    """A number with what it counts: "an estimated 11,000 troops"."""

    value: float
    value_max: Optional[float]
    unit: Optional[str]
    text: str
    start: int
    end: int
    qualifier: Optional[str] = None  # "about", "at least", "an estimated", ...


@dataclass(slots=True)
class Quote:
    """Quoted words (without the quotation marks) and who said them."""

    text: str
    speaker: Optional[str]
    kind: QuoteKind
    start: int
    end: int
    cue: Optional[str] = None  # the verb that introduced it: "said", "wrote", ...


@dataclass(slots=True)
class DateMention:
    """A temporal expression resolved against the article's publication date."""

    text: str
    value: Optional[str]  # YYYY, YYYY-MM or YYYY-MM-DD (a week: its Monday)
    precision: Optional[Precision]
    start: int
    end: int
    future: bool = False  # the sentence speaks of something still to come


@dataclass(slots=True)
class Entity:
    name: str
    type: EntityType
    start: int
    end: int


@dataclass
class Analysis:
    """Everything the extractors found in one article."""

    article_id: str
    sentences: list[Span]
    figures: list[Figure]
    quotes: list[Quote]
    dates: list[DateMention]
    entities: list[Entity]

    def entities_in(self, span: Span) -> list[Entity]:
        """The entities that start inside `span` (they come in order of their start)."""
        first = bisect.bisect_left(self.entities, span.start, key=lambda e: e.start)
        return list(itertools.takewhile(lambda e: e.start < span.end, self.entities[first:]))


@dataclass
class Story:
    """Articles about one story. `duplicates` maps an article id to the article it copies."""

    id: str
    article_ids: list[str]
    duplicates: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SummarySentence:
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class FigureReading:
    """One source's wording of a merged figure."""

    value: float
    value_max: Optional[float]
    text: str
    source: str


@dataclass
class MergedFigure:
    value: float
    value_max: Optional[float]
    unit: Optional[str]
    text: str
    context: str
    sources: list[str]
    readings: list[FigureReading] = field(default_factory=list)
    # The readings differ beyond rounding ("3,800" and "4,200"; not "$1.2 billion" and "$1.18
    # billion"): the page says the sources differ.
    discrepant: bool = False
    # "about", "more than", "nearly": the shown reading's hedge, which the value alone drops
    qualifier: Optional[str] = None
    # The readings are a running count, reported day by day ("two dead", then "three dead"): the
    # figure is the newest, the others are earlier readings, no disagreement.
    series: bool = False


@dataclass
class MergedQuote:
    text: str
    speaker: Optional[str]
    kind: QuoteKind
    sources: list[str]
    # Those of `sources` that print only a part of `text` ("neo-Nazism" of a longer statement):
    # they quote the statement, but not these words.
    in_part: list[str] = field(default_factory=list)
    # The sentence of the first source that holds `text`: a few words in marks ("a new high") say
    # little alone, and a page shows them in it.
    context: str = ""


@dataclass
class TimelineEvent:
    date: str
    precision: Precision
    text: str
    sources: list[str]
    future: bool = False


@dataclass(frozen=True)
class EntitySummary:
    name: str
    type: EntityType
    mentions: int


@dataclass(frozen=True)
class SourceRef:
    id: str
    outlet: Optional[str]
    title: Optional[str]
    date: Optional[str]
    url: Optional[str]
    path: str
    duplicate_of: Optional[str] = None


@dataclass
class Briefing:
    id: str
    slug: str
    title: str
    date: Optional[str]
    description: str
    summary: list[SummarySentence]
    figures: list[MergedFigure]
    quotes: list[MergedQuote]
    timeline: list[TimelineEvent]
    entities: list[EntitySummary]
    sources: list[SourceRef]
    tags: list[str] = field(default_factory=list)
