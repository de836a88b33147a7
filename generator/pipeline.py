"""The build, as a visible sequence of named stages: read, group, complete, analyse, condense,
render, write. Each stage is a function from data to data; this module only runs them in order.

Grouping runs before analysis (the design lists them the other way): grouping needs only words,
and analysis needs the completed publication date to resolve "on Monday" (a dateline without a
year gets its year from the story's other sources), so each article is analysed once, right.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Callable, Optional

from .analysis import analyse
from .analysis.sentences import split_sentences
from .condense import CondenseOptions, condense
from .model import Analysis, Article, Briefing, Span, Story
from .readers import InputWarning, read_sources
from .days import nearest_day, safe_date
from .render import Page, Renderer
from .state import State, analysis_key
from .stories import Grouping, group
from .words import counted
from .write import WriteReport, hand_written, write_pages

Progress = Callable[[str], None]


@dataclass
class Settings:
    sources: list[Path]
    docs_dir: Path
    subdir: str = "briefings"
    summary_words: int = 120
    timeline_dates: Optional[int] = None
    one_story: bool = False
    templates: Optional[Path] = None

    @property
    def state_dir(self) -> Path:
        return self.docs_dir / ".briefings"


@dataclass
class RunResult:
    articles: list[Article] = field(default_factory=list)
    analyses: dict[str, Analysis] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    briefings: list[Briefing] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)  # the briefing pages, then the index
    warnings: list[InputWarning] = field(default_factory=list)
    written: Optional[WriteReport] = None
    files_seen: int = 0


def generate(settings: Settings, progress: Progress = lambda message: None) -> RunResult:
    """Run every stage and write the pages; the result holds what each stage produced."""
    renderer = Renderer(settings.templates)  # a broken template fails now, not after the analysis
    result = read_and_analyse(settings.sources, progress, settings.state_dir, settings.one_story)
    if not result.articles:
        return result
    state = State(settings.state_dir)
    stories = result.stories
    progress(f"condense: {counted(len(stories), 'story', 'stories')}")
    options = CondenseOptions(settings.summary_words, settings.timeline_dates)
    by_id = {a.id: a for a in result.articles}
    briefings = [condense(s, by_id, result.analyses, options) for s in stories]
    slugs = assign_slugs(briefings, state.slugs(),
                         {Path(n).stem for n in hand_written(settings.docs_dir, settings.subdir, settings.state_dir)})
    for briefing in briefings:
        briefing.slug = slugs[briefing.id]
    result.briefings = sorted(briefings, key=lambda b: (b.date or "", b.slug), reverse=True)
    progress(f"render: {counted(len(briefings), 'page')} and the index")
    result.pages = [renderer.briefing(b) for b in result.briefings] + [renderer.index(result.briefings)]
    result.written = write_pages(settings.docs_dir, settings.subdir, result.pages, settings.state_dir)
    result.warnings.extend(InputWarning(str(settings.docs_dir / kept), "not overwritten: the generator did not write "
                                        "this file; move it away to let the generated page take its place")
                           for kept in result.written.kept)
    state.save({a: s.id for s in stories for a in s.article_ids}, slugs)
    progress(f"write: {len(result.written.written)} written, {len(result.written.unchanged)} unchanged, "
             f"{len(result.written.removed)} removed under {settings.docs_dir / settings.subdir}")
    return result


def read_and_analyse(sources: list[Path], progress: Progress, state_dir: Optional[Path] = None,
                     one_story: bool = False) -> RunResult:
    """The stages up to analysis: read, group, complete the dates, analyse."""
    progress(f"read: {', '.join(str(s) for s in sources)}")
    read = read_sources(sources)
    result = RunResult(articles=read.articles, warnings=list(read.warnings), files_seen=read.files_seen)
    progress(f"read: {counted(len(read.articles), 'article')} from {counted(read.files_seen, 'file')}, "
             f"{counted(len(read.warnings), 'warning')}")
    if not read.articles:
        return result
    previous = State(state_dir).story_of_articles() if state_dir else {}
    stories = group(read.articles, previous, Grouping(one_story=one_story))
    progress(f"group: {counted(len(stories), 'story', 'stories')}")
    result.warnings.extend(complete_dates(stories, {a.id: a for a in read.articles}))
    result.analyses = analyse_all(read.articles, State(state_dir) if state_dir else None, progress, result.warnings)
    result.stories = stories
    return result


def analyse_all(articles: list[Article], state: Optional[State], progress: Progress,
                warnings: list[InputWarning]) -> dict[str, Analysis]:
    """Each article's analysis, from the cache where its text, date and the extractors are unchanged.
    An article an extractor fails on gets a warning and an analysis of its sentences alone (not
    cached: a fixed extractor will read it again), and the run goes on with the others."""
    keys = {a.id: analysis_key(a) for a in articles}
    cached = state.cached_analyses(keys.values()) if state else {}
    fresh: dict[str, Analysis] = {}
    failed: dict[str, Analysis] = {}
    for article in articles:
        if keys[article.id] in cached:
            continue
        try:
            fresh[keys[article.id]] = analyse(article)
        except Exception as error:  # a bug met on unforeseen text must not cost the other articles
            warnings.append(InputWarning(article.path, f"analysis failed ({type(error).__name__}: {error}); "
                                         "its figures, quotes and dates are left out. Please report this text."))
            failed[article.id] = Analysis(article.id, _sentences_or_none(article.text), [], [], [], [])
    progress(f"analyse: {counted(len(fresh), 'article')} analysed, {len(cached)} from the cache"
             + (f", {len(failed)} failed" if failed else ""))
    if state and (fresh or len(cached) < len(keys)):
        state.cache_analyses(fresh, keys.values())
    return {a.id: failed.get(a.id) or cached.get(keys[a.id]) or fresh[keys[a.id]] for a in articles}


def _sentences_or_none(text: str) -> list[Span]:
    """The sentences of a text an extractor failed on, or none should splitting be what failed."""
    try:
        return split_sentences(text)
    except Exception:  # the failure is reported already; an article without sentences still has its source line
        return []


def complete_dates(stories: list[Story], articles: dict[str, Article]) -> list[InputWarning]:
    """Give a dateline without a year the year that puts it nearest the story's other sources."""
    warnings = []
    for story in stories:
        known = [articles[i].published for i in story.article_ids if articles[i].published]
        for article_id in story.article_ids:
            article = articles[article_id]
            if article.published or not article.partial_date:
                continue
            month, day = article.partial_date.month, article.partial_date.day
            if known:
                anchor = dt.date.fromordinal(int(median(d.toordinal() for d in known)))
                article.published = nearest_day(anchor, month, day)
            else:
                year = year_from_text(article.text)
                if year:
                    article.published = safe_date(year, month, day)
                    message = (f"date: the dateline gives no year; {year} was taken from the years the text "
                               "names (add a date field to be sure)")
                else:
                    message = "date unknown: the dateline gives no year and no other source of the story does"
                warnings.append(InputWarning(article.path, message))
                article.warnings.append(message)
            article.partial_date = None if article.published else article.partial_date
    return warnings


_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_FUTURE = re.compile(r"\b(will|would|hope[sd]?|plans?|expect\w*|next|until|by)\b", re.IGNORECASE)


def year_from_text(text: str) -> Optional[int]:
    """The latest year the text names outside sentences about the future."""
    years = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not _FUTURE.search(sentence):
            years.extend(int(y) for y in _YEAR.findall(sentence))
    return max(years) if years else None


def assign_slugs(briefings: list[Briefing], previous: dict[str, str], reserved: set[str] = frozenset()) -> dict[str, str]:
    """A URL-safe slug per story: the one it had before, else one made from its title, never one
    of `reserved` (the names of hand-written pages)."""
    slugs: dict[str, str] = {}
    taken = set(reserved)
    for briefing in sorted(briefings, key=lambda b: b.id):
        if briefing.id in previous and previous[briefing.id] not in taken:
            slugs[briefing.id] = previous[briefing.id]
            taken.add(previous[briefing.id])
    for briefing in sorted(briefings, key=lambda b: (b.date or "", b.id)):
        if briefing.id in slugs:
            continue
        base = slugify(briefing.title) or f"briefing-{briefing.id}"
        slug, n = base, 2
        while slug in taken or slug == "index":
            slug, n = f"{base}-{n}", n + 1
        slugs[briefing.id] = slug
        taken.add(slug)
    return slugs


def slugify(text: str, max_length: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > max_length:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug
