"""What later reports overtake: the sentences of a story's articles that a summary should no longer
tell, since a report of a later day has told how things went.

- A plan for a day the newest report has reached ("The minister is scheduled to visit on
  Tuesday", read on Wednesday): it has happened or not.
- A plan with no day that a later report tells as done ("The ceremony will take place at the
  Truman Library", then "The ceremony was held at the Truman Library"): shared words tell it.
- A person's state that a later report ends ("Ivo Hagen is in critical condition", then "Hagen
  died"): people are matched by surname.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from typing import Mapping, Optional

from ..model import Analysis, Article, Span
from ..words import content_stems

# The share of a plan's content words a later report's sentence must hold to tell it as done.
# (The timeline asks only a fifth, OVERTAKEN in timeline.py: there the plan and the report already
# share their day; here nothing but the words ties them.)
REPORTED = 0.5
# Content words a plan needs to be recognised in a report: "will meet on Tuesday" says too little.
MIN_PLAN_WORDS = 3


def overtaken_sentences(members: list[Article], analyses: Mapping[str, Analysis]) -> dict[str, frozenset[int]]:
    """For each article, the indices of its sentences that later reports overtake."""
    newest = max((a.published.isoformat() for a in members if a.published), default=None)
    outcomes = _outcomes(members, analyses)
    reports = _reported_sentences(members, analyses)
    return {a.id: _overtaken_plans(analyses[a.id], newest) | _overtaken_states(a, analyses[a.id], outcomes)
            | _plans_told_as_done(a, analyses[a.id], reports)
            for a in members}


def _overtaken_plans(analysis: Analysis, newest: Optional[str]) -> frozenset[int]:
    """The sentences that look ahead to a day no later than the story's newest report ("The
    minister is scheduled to spend five hours in Tarrow on Tuesday", when a report of Wednesday is
    in): what they announce has happened or not, and a summary should not announce it again."""
    if newest is None:
        return frozenset()
    starts = [s.start for s in analysis.sentences]
    return frozenset(bisect.bisect_right(starts, d.start) - 1 for d in analysis.dates
                     if d.future and d.value and d.value < newest[:len(d.value)])


# A person's state that news carries from day to day, and the outcomes that end it: "Ana Ruiz is
# in critical condition" is overtaken once a later report says she died or was released.
_STATE = re.compile(r"\b(?:in (?:a )?(?:critical|serious|grave|stable|fair|guarded) condition|missing|"
                    r"at large|on the run|in a coma|being (?:treated|sought|questioned)|in hospital|"
                    r"hospitali[sz]ed|fighting for (?:his|her) life)\b", re.IGNORECASE)
_OUTCOME = re.compile(r"\b(?:died|dies|has died|was found|were found|is dead|was killed|succumbed|"
                      r"(?:was|were|has been|have been) (?:arrested|captured|caught|released|discharged|"
                      r"rescued|located|charged))\b", re.IGNORECASE)


def _outcomes(members: list[Article], analyses: Mapping[str, Analysis]) -> list[tuple[str, frozenset[str]]]:
    """For each dated sentence that tells an outcome (see `_OUTCOME`): its article's day, and the
    surnames of the people it names."""
    out = []
    for article in members:
        if article.published is None:
            continue
        analysis = analyses[article.id]
        for sentence in analysis.sentences:
            if _OUTCOME.search(article.text, sentence.start, sentence.end):
                people = _people_in(analysis, sentence)
                if people:
                    out.append((article.published.isoformat(), people))
    return out


def _overtaken_states(article: Article, analysis: Analysis, outcomes: list[tuple[str, frozenset[str]]]
                      ) -> frozenset[int]:
    """The sentences that tell a person's state ("in critical condition", "still missing") when a
    report of a later day tells that person's outcome: a summary should not say where things stood
    before."""
    if article.published is None or not outcomes:
        return frozenset()
    day = article.published.isoformat()
    later = [people for outcome_day, people in outcomes if outcome_day > day]
    if not later:
        return frozenset()
    return frozenset(n for n, sentence in enumerate(analysis.sentences)
                     if _STATE.search(article.text, sentence.start, sentence.end)
                     and any(_people_in(analysis, sentence) & people for people in later))


def _people_in(analysis: Analysis, span: Span) -> frozenset[str]:
    """The surnames of the people named in `span` (a report may name "Ivo Hagen" what another
    calls "Deckhand Ivo Hagen" or "Hagen")."""
    return frozenset(e.name.rsplit(None, 1)[-1] for e in analysis.entities_in(span) if e.type == "person")


# What tells that a sentence looks ahead.
# (Its own list, not the dates module's: that one tells a date's tense within a clause; this one
# whether a sentence, dated or not, tells a plan. "was scheduled to", "would" tell a plan seen from
# later, no report of it being done.)
_FUTURE = re.compile(r"\b(?:will|shall|would|(?:is|are|was|were) (?:scheduled|expected|due|set|slated|going) to|"
                     r"plans? to|(?:is|are|was|were) to be)\b", re.IGNORECASE)


class _Reports:
    """The content words of the sentences that tell what happened (no future in them) in dated
    articles, indexed by word, with each sentence's day."""

    def __init__(self) -> None:
        self.days: list[str] = []
        self.words: list[frozenset[str]] = []
        self.by_word: dict[str, list[int]] = defaultdict(list)

    def add(self, day: str, words: frozenset[str]) -> None:
        for word in words:
            self.by_word[word].append(len(self.days))
        self.days.append(day)
        self.words.append(words)

    def tell(self, plan: frozenset[str], after: str) -> bool:
        """Whether a sentence of a day after `after` holds REPORTED of the plan's words. Such a
        sentence holds one of the plan's rarest words at least (all but the number it must hold,
        and one), so only their sentences are compared: a story of thousands of sentences holds
        "said" in most."""
        needed = math.ceil(REPORTED * len(plan))
        rarest = sorted(plan, key=lambda word: (len(self.by_word.get(word, ())), word))[:len(plan) - needed + 1]
        candidates = {n for word in rarest for n in self.by_word.get(word, ()) if self.days[n] > after}
        return any(len(plan & self.words[n]) >= needed for n in candidates)


def _reported_sentences(members: list[Article], analyses: Mapping[str, Analysis]) -> _Reports:
    reports = _Reports()
    for article in members:
        if article.published is None:
            continue
        for sentence in analyses[article.id].sentences:
            text = sentence.slice(article.text)
            if not _FUTURE.search(text):
                reports.add(article.published.isoformat(), frozenset(content_stems(text)))
    return reports


def _plans_told_as_done(article: Article, analysis: Analysis, reports: _Reports) -> frozenset[int]:
    """The sentences that look ahead to what a report of a later day tells as done."""
    if article.published is None:
        return frozenset()
    day = article.published.isoformat()
    out = []
    for n, sentence in enumerate(analysis.sentences):
        text = sentence.slice(article.text)
        if _FUTURE.search(text):
            plan = frozenset(content_stems(text))
            if len(plan) >= MIN_PLAN_WORDS and reports.tell(plan, day):
                out.append(n)
    return frozenset(out)
