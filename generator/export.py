"""The JSON exports of the contract: briefings (`generate --json`) and articles (`analyse --json`).

Text fields hold plain text, never escaped. Numbers that are whole are written as integers.
"""
from __future__ import annotations

import json
from typing import Iterable, Optional

from .model import Analysis, Article, Briefing

VERSION = 1


def briefings_export(briefings: Iterable[Briefing]) -> dict:
    return {"version": VERSION, "briefings": [_briefing(b) for b in briefings]}


def articles_export(pairs: Iterable[tuple[Article, Analysis]], with_text: bool = False) -> dict:
    return {"version": VERSION, "articles": [_article(a, x, with_text) for a, x in pairs]}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _number(value: Optional[float]):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _briefing(b: Briefing) -> dict:
    return {
        "id": b.id, "slug": b.slug, "title": b.title, "date": b.date, "description": b.description,
        "summary": [{"text": s.text, "sources": list(s.sources)} for s in b.summary],
        "figures": [{"value": _number(f.value), "value_max": _number(f.value_max), "unit": f.unit,
                     "text": f.text, "context": f.context, "sources": f.sources,
                     "discrepant": f.discrepant, "qualifier": f.qualifier, "series": f.series,
                     "readings": [{"value": _number(r.value), "value_max": _number(r.value_max),
                                   "text": r.text, "source": r.source} for r in f.readings]}
                    for f in b.figures],
        "quotes": [{"text": q.text, "speaker": q.speaker, "kind": q.kind, "sources": q.sources,
                    "in_part": q.in_part, "context": q.context} for q in b.quotes],
        "timeline": [{"date": e.date, "precision": e.precision, "text": e.text, "sources": e.sources,
                      "future": e.future} for e in b.timeline],
        "entities": [{"name": e.name, "type": e.type, "mentions": e.mentions} for e in b.entities],
        "sources": [{"id": s.id, "outlet": s.outlet, "title": s.title, "date": s.date, "url": s.url,
                     "path": s.path, "duplicate_of": s.duplicate_of} for s in b.sources],
        "tags": b.tags,
    }


def _article(a: Article, x: Analysis, with_text: bool) -> dict:
    out = {
        "id": a.id, "path": a.path, "outlet": a.outlet,
        "date": a.published.isoformat() if a.published else None, "title": a.title,
        "url": a.url, "author": a.author, "warnings": a.warnings,
        "sentences": [{"start": s.start, "end": s.end} for s in x.sentences],
        "quotes": [{"text": q.text, "speaker": q.speaker, "kind": q.kind, "cue": q.cue,
                    "start": q.start, "end": q.end} for q in x.quotes],
        "figures": [{"value": _number(f.value), "value_max": _number(f.value_max), "unit": f.unit,
                     "text": f.text, "qualifier": f.qualifier, "start": f.start, "end": f.end}
                    for f in x.figures],
        "dates": [{"text": d.text, "value": d.value, "precision": d.precision, "future": d.future,
                   "start": d.start, "end": d.end} for d in x.dates],
        "entities": [{"name": e.name, "type": e.type, "start": e.start, "end": e.end} for e in x.entities],
    }
    if with_text:
        out["text"] = a.text
    return out
