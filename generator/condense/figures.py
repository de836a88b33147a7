"""Key figures of a story: the same quantity from several sources merged, disagreements flagged.

Two figures are one quantity when they count the same noun and their sentences share most of their
content words. Equal values merge silently; different values are kept as readings of the merged
figure, and the page says the sources differ.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Figure, FigureReading, MergedFigure
from ..words import content_stems, stem
from .summary import overlap

SAME_QUANTITY = 0.5


@dataclass(frozen=True)
class SourcedFigure:
    figure: Figure
    context: str
    source: str


def merge_figures(found: list[SourcedFigure]) -> list[MergedFigure]:
    groups: list[list[SourcedFigure]] = []
    for item in found:
        for group in groups:
            if _same_quantity(item, group[0]):
                group.append(item)
                break
        else:
            groups.append([item])
    return [_merged(group) for group in groups]


def _same_quantity(a: SourcedFigure, b: SourcedFigure) -> bool:
    if _unit_key(a.figure) != _unit_key(b.figure):
        return False
    if (a.figure.value, a.figure.value_max) == (b.figure.value, b.figure.value_max):
        return a.source != b.source or a.context == b.context
    if a.source == b.source:
        return False
    return overlap(frozenset(content_stems(a.context)), frozenset(content_stems(b.context))) >= SAME_QUANTITY


def _unit_key(figure: Figure) -> str:
    return stem(figure.unit.lower()) if figure.unit else ""


def _merged(group: list[SourcedFigure]) -> MergedFigure:
    first = group[0]
    sources: list[str] = []
    for item in group:
        if item.source not in sources:
            sources.append(item.source)
    readings = [FigureReading(i.figure.value, i.figure.value_max, i.figure.text, i.source) for i in group]
    values = [v for r in readings for v in (r.value, r.value_max) if v is not None]
    discrepant = len({(r.value, r.value_max) for r in readings}) > 1
    return MergedFigure(
        value=min(values) if discrepant else first.figure.value,
        value_max=max(values) if discrepant else first.figure.value_max,
        unit=first.figure.unit,
        text=first.figure.text,
        context=first.context,
        sources=sources,
        readings=readings,
    )
