"""Condensing a story's articles into one briefing: summary, figures, quotes, timeline, sources."""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Optional

from ..analysis.entities import listed, lower_cased
from ..analysis.sentences import ABBREVIATIONS
from ..days import WEEKDAY_ALTERNATION
from ..letters import UPPER
from ..model import (Analysis, Article, Briefing, DateMention, EntitySummary, Span, SourceRef,
                     Story, SummarySentence)
from ..words import content_stems
from .figures import SourcedFigure, is_conversion, merge_figures, refers_back
from .overtaken import overtaken_sentences
from .quotes import SourcedQuote, merge_quotes
from .summary import Document, Summarizer, WordCoverageSummarizer, overlap
from .timeline import SourcedDate, build_timeline

MAX_TAGS = 6
MAX_TITLE_WORDS = 14
MAX_WHOLE_TITLE_WORDS = 20  # a lead's main clause up to this long is a title whole


@dataclass(frozen=True)
class CondenseOptions:
    summary_words: int = 120
    timeline_dates: Optional[int] = None


def condense(story: Story, articles: Mapping[str, Article], analyses: Mapping[str, Analysis],
             options: CondenseOptions = CondenseOptions(),
             summarizer: Summarizer = WordCoverageSummarizer()) -> Briefing:
    members = sorted((articles[i] for i in story.article_ids), key=_source_order)
    # A copy adds nothing to the summary but a new lead of its own (see `_updated_copy`): its
    # other sentences would count the original's words twice.
    updates = {a.id for a in members if a.id in story.duplicates
               and _updated_copy(a, articles[story.duplicates[a.id]], analyses[a.id])}
    originals = [a for a in members if a.id not in story.duplicates or a.id in updates]
    overtaken = overtaken_sentences(members, analyses)
    documents = []
    for a in originals:
        told = analyses[a.id].sentences[:1] if a.id in updates else analyses[a.id].sentences
        documents.append(Document(a.id, tuple(s.slice(a.text) for s in told),
                                  a.published.isoformat() if a.published else None, overtaken[a.id]))
    summary = _cite_copies(summarizer(documents, options.summary_words), story, articles, analyses)
    title = _title(members, summary)
    dated = [a.published for a in members if a.published]
    entities = _entities(members, analyses)
    return Briefing(
        id=story.id,
        slug="",  # given by the pipeline, which knows the slugs already taken
        title=title,
        date=max(dated).isoformat() if dated else None,
        description=_description(summary),
        summary=summary,
        # A figure without the noun it counts ("the index rose to 42") says too little to list.
        figures=merge_figures([SourcedFigure(f, _sentence_of(a, analyses[a.id], f.start), a.id,
                                             f.start / max(1, len(a.text)), _places_near(a, analyses[a.id], f.start),
                                             a.published.isoformat()[:10] if a.published else None)
                               for a in members for f in analyses[a.id].figures
                               if f.unit and not refers_back(a.text, f) and not is_conversion(a.text, f)],
                              story.duplicates),
        quotes=merge_quotes([SourcedQuote(q, a.id, " ".join(_sentence_of(a, analyses[a.id], q.start).split()))
                             for a in members for q in analyses[a.id].quotes]),
        timeline=build_timeline([_sourced_date(a, analyses[a.id], d) for a in members
                                 for d in _timeline_dates(a, story, articles, analyses)],
                                options.timeline_dates),
        entities=entities,
        sources=[_source_ref(a, story) for a in members],
        tags=[e.name for e in entities[:MAX_TAGS]],
    )


def _updated_copy(copy: Article, original: Article, analysis: Analysis) -> bool:
    """Whether a copy of another article opens with a new lead, as a wire's update does ("The
    captain has been found guilty", over the trial report it copies): its lead is news the summary
    may tell, though the rest repeats the original."""
    if not analysis.sentences:
        return False
    return analysis.sentences[0].slice(copy.text) not in original.text


def _source_order(article: Article) -> tuple:
    return (article.published.isoformat() if article.published else "9999", article.path)


def _sentence_span(article: Article, analysis: Analysis, offset: int) -> Span:
    if not analysis.sentences:
        return Span(0, len(article.text))
    index = bisect.bisect_right(analysis.sentences, offset, key=lambda s: s.start)
    return analysis.sentences[max(0, index - 1)]


def _sentence_of(article: Article, analysis: Analysis, offset: int) -> str:
    return _sentence_span(article, analysis, offset).slice(article.text)


def _places_near(article: Article, analysis: Analysis, offset: int) -> frozenset[str]:
    """The places named in the sentence at `offset`."""
    return frozenset(e.name for e in analysis.entities_in(_sentence_span(article, analysis, offset))
                     if e.type == "place")


# A date that names its month or year reads the same whatever day its article is dated.
_ANCHORED = re.compile(r"\b(?:1\d|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _timeline_dates(article: Article, story: Story, articles: Mapping[str, Article],
                    analyses: Mapping[str, Analysis]) -> list[DateMention]:
    """The article's dates for the timeline. A copy republished on another day than the article
    it copies read the copied sentences' "on Wednesday" against its own day, which is not the
    writer's: those sentences take the dates the original gives them (else the week's events
    recur a week on). What the copy adds of its own is dated by its own day."""
    analysis = analyses[article.id]
    original = story.duplicates.get(article.id)
    if original is None or articles[original].published == article.published:
        return _with_lead_dated(article, analysis)
    source, source_dates = articles[original].text, analyses[original].dates
    dates: list[DateMention] = []
    done: set[int] = set()  # the sentences whose dates the original gave
    for mention in analysis.dates:
        span = _sentence_span(article, analysis, mention.start)
        if span.start in done:
            continue
        at = source.find(span.slice(article.text)) if not _ANCHORED.search(mention.text) else -1
        if at < 0:
            dates.append(mention)
            continue
        done.add(span.start)
        shift = span.start - at
        dates.extend(dataclasses.replace(d, start=d.start + shift, end=d.end + shift)
                     for d in source_dates if at <= d.start < at + (span.end - span.start))
    return sorted(dates, key=lambda d: d.start)


# A lead that reports: a sentence of eight words or more, opening with a word (no time stamp, no
# "I"), ending in a full stop (no question), told in the past or the perfect ("has been
# sentenced", "died", "were confirmed").
_REPORTED = re.compile(r"^(?!I\b|I['’])[A-Za-z“\"‘'](?=(?:\S+\s+){7})"  # a word first, eight words or more
                       r"[^?]*\b(?:has|have|had|was|were|[a-z]{3,}ed)\b[^?]*[.!]\W*$")


def _with_lead_dated(article: Article, analysis: Analysis) -> list[DateMention]:
    """The article's dates, and its publication day for its opening sentence when that names no
    date: a report's lead tells the news of its day ("The ferry's captain has been banned from the
    sea for three years") and often says no "on Tuesday"."""
    if not article.published or not analysis.sentences:
        return analysis.dates
    lead = analysis.sentences[0]
    if any(lead.start <= d.start < lead.end for d in analysis.dates) \
            or not _REPORTED.search(lead.slice(article.text)):
        return analysis.dates
    day = article.published.isoformat()[:10]
    return [DateMention("", day, "day", lead.start, lead.start)] + analysis.dates


def _sourced_date(article: Article, analysis: Analysis, mention: DateMention) -> SourcedDate:
    span = _sentence_span(article, analysis, mention.start)
    index = bisect.bisect_right(analysis.quotes, mention.start, key=lambda q: q.start) - 1
    inside_quote = index >= 0 and mention.start < analysis.quotes[index].end
    published = article.published.isoformat()[:10] if article.published else None
    return SourcedDate(mention, span.slice(article.text), article.id, span.start, inside_quote, published)


def _cite_copies(summary: list[SummarySentence], story: Story, articles: Mapping[str, Article],
                 analyses: Mapping[str, Analysis]) -> list[SummarySentence]:
    """A copy of a cited article is cited too where it carries the same sentence."""
    if not story.duplicates:
        return summary
    out = []
    for sentence in summary:
        stems = frozenset(content_stems(sentence.text))
        sources = list(sentence.sources)
        for copy, original in sorted(story.duplicates.items()):
            if original in sources and copy not in sources:
                copy_sentences = (s.slice(articles[copy].text) for s in analyses[copy].sentences)
                if any(overlap(stems, frozenset(content_stems(s))) > 0.6 for s in copy_sentences):
                    sources.append(copy)
        position = {a: n for n, a in enumerate(story.article_ids)}
        out.append(SummarySentence(sentence.text, tuple(sorted(sources, key=lambda a: position.get(a, 0)))))
    return out


def _title(members: list[Article], summary: list[SummarySentence]) -> str:
    """The latest dated report's headline, which says where the story stands ("Dockworkers back
    deal, port reopens Thursday", not the first report's "Strike shuts port"); the summary opens
    with what happened first. Without dates, the first headline; without any, one made from the
    summary, as when few articles have a headline and the summary cites none of them. A headline
    made of a quotation or an explainer's is the title only when no other report has a headline. (A page keeps its
    first slug, so its address stays when the title changes.)"""
    headlines = {a.id: headline for a in members if a.title and (headline := _headline(a.title))}
    titled = [a for a in members if a.id in headlines]
    cited = {source for sentence in summary for source in sentence.sources}
    if summary and 2 * len(titled) < len(members) and not any(a.id in cited for a in titled):
        # A few headlines among many articles, from none the summary draws on (a T17 topic: one
        # headline in 138 articles, a side claim's): the summary's lead names the story better.
        return generated_title(summary[0].text)
    # A headline that is someone's words ("Hydrologist: 'We are borrowing water'") or an
    # explainer's question ("What the budget spends, and on what") names no event: another
    # report's headline names the story better, when there is one.
    eventless = {a.id for a in titled if _QUOTE_HEADLINE.match(headlines[a.id]) or _EXPLAINER.search(headlines[a.id])}
    if len(eventless) < len(titled):
        titled = [a for a in titled if a.id not in eventless]
    dated = [a for a in titled if a.published]
    if dated:
        latest = max(a.published for a in dated if a.published)
        return next(headlines[a.id] for a in dated if a.published == latest)
    if titled:
        return headlines[titled[0].id]
    if summary:
        return generated_title(summary[0].text)
    return generated_title(members[0].text) if members else "Untitled briefing"


# A wire's dateline before a headline: "AMHERST, N.Y.:", "WASHINGTON -" (not "NATO: Allies agree",
# "US - China talks").
_HEADLINE_DATELINE = re.compile(rf"^[{UPPER}][{UPPER} .'-]{{3,}}(?:,\s*[{UPPER}][\w.]*\s*:|\s[-–—])\s+")


# A headline made of a quotation: after its speaker ("Mayor: 'Not this year'") or before the
# rest ("'We will rebuild': town counts cost"); not one that quotes a word ("Tarrow fire:
# 'Hundreds' flee", "'Cover-up' claims as port chief resigns").
_QUOTED_WORDS = r"(?:[^\"”’']|['’](?=\w)){12,}"  # (an apostrophe inside a word: "won't")
_QUOTE_HEADLINE = re.compile(rf"[^:\"“‘']{{1,40}}:\s*[\"“‘']{_QUOTED_WORDS}[\"”’']?\s*$"
                             rf"|[\"“‘']{_QUOTED_WORDS}[\"”’']\s*:")


# An explainer's, a live page's or a comment's headline: "What the budget means for you", "How
# the storm grew", "Analysis: ...", "Storm Ada: what we know", "Live: ...".
# (Only a capital W opens a question: "WHO declares ..." is news of the World Health Organization;
# a label needs a colon, a bar or a spaced dash: "Live-fire drills close coast road" is news.)
_EXPLAINER = re.compile(r"^(?:(?:What|How|Why|Who|Where)\s|(?i:explainer|analysis|opinion|comment|editorial|q&a|live"
                        r"|live updates|in pictures|watch|factbox|fact check)(?:\s*[:|]|\s+[–—-]\s))"
                        r"|:\s*(?i:what|how|why)\s|(?i:what (?:we|you) (?:know|need to know)|everything you need to know)")


def _headline(title: str) -> str:
    """The headline in an article's title, without a dateline before it, or "" when what is left
    is no headline: a fragment of fewer than three words or one that begins in lower case (a
    corpus's "AMHERST, N.Y.: happen here.")."""
    headline = _HEADLINE_DATELINE.sub("", title.strip())
    if len(headline.split()) < 3 or headline[:1].islower():
        return ""
    return headline


_WHEN = re.compile(rf"\s+(?:on|last|this|early|late)\s+(?:{WEEKDAY_ALTERNATION}|"
                   r"week|month|year|morning|evening|night)(?:\s+(?:morning|afternoon|evening|night))?\b"
                   r"|\s+(?:yesterday|today)\b", re.IGNORECASE)


# A word in lower case that ends a sentence: "... from florida beaches. a texas tourist"; not an
# abbreviation ("jan.", "corp.").
_SENTENCE_END_IN_WORD = re.compile(r"[a-z]{3,}[.!?]")
_CLAUSE_OPENERS = frozenset("after while because as amid since although though when where which who".split())
_PHRASE_OPENERS = frozenset("and or but between with in on at over to for of from by into against than".split())
# Words a headline cannot end on: they open what was cut.
_DANGLING = _PHRASE_OPENERS | _CLAUSE_OPENERS | frozenset("""that the a an its their his her is are was were be
been has have had do does did don't doesn't didn't can can't could will would should may might must need needs
not""".split())


def generated_title(sentence: str) -> str:
    """A headline from a lead sentence: its main clause without its "when" (and without a clause
    or phrase before it: "After the ferry sank, ..."), whole up to 20 words, else cut where a second
    verb phrase begins ("... declared a new high in relations with Tarrow and hoped for ...") or at
    most 14 words cut where a phrase begins rather than in the middle of one, and never on a word
    that leaves it hanging."""
    lead = _WHEN.sub("", re.sub(r"\s+", " ", sentence)).strip().rstrip(".")
    words = _without_apposition(_main_clause(lead.split(" ")))
    cut = words[:_main_clause_end(words)]
    if len(cut) > MAX_WHOLE_TITLE_WORDS:
        # (a whole clause of a few words more reads better than one cut short: "The row over the
        # fees of dozens of harbour pilots has reached the courts", not "... fees of dozens")
        second_verb = next((n for n in range(6, MAX_WHOLE_TITLE_WORDS)
                            if words[n] in ("and", "but") and _opens_verb_phrase(words[n + 1:n + 3])), None)
        breaks = [n for n in range(6, MAX_TITLE_WORDS + 1) if words[n].lower() in _PHRASE_OPENERS]
        if second_verb is not None:
            cut = words[:second_verb]
        else:
            cut = words[:breaks[-1]] if breaks else words[:MAX_TITLE_WORDS]
    while len(cut) > 6 and cut[-1] in _DANGLING:  # "... confirmed Thursday that" (not "Theresa May")
        cut = cut[:-1]
    text = " ".join(_without_open_quote(cut)).rstrip(",;:")
    if text.endswith(".") and text.rsplit(None, 1)[-1][:-1].lower() not in ABBREVIATIONS:
        text = text[:-1]  # "... from florida beaches", but "... lubrizol corp."
    return text[:1].upper() + text[1:] if text else "Untitled briefing"


_PAST_VERB = re.compile(r"[a-z]{3,}ed")
# What a verb takes after it: "hoped for a victory", "wounded 12", "declared a truce", "named Ana".
_VERB_OBJECT_START = re.compile(r"(?:a|an|the|his|her|its|their|for|to|in|on|at|with|from|by|that)|\d.*|[A-Z].*")


def _opens_verb_phrase(words: list[str]) -> bool:
    """Whether a past verb and what it takes begin `words`: "hoped for ...", "wounded 12", not
    the adjective of "skilled and qualified pilots" or "dead and injured workers"."""
    return len(words) == 2 and _PAST_VERB.fullmatch(words[0]) is not None \
        and _VERB_OBJECT_START.fullmatch(words[1]) is not None


# Words after which "after" opens no clause: "less than 24 hours after the shooting", "shortly after".
_BEFORE_A_TIME_AFTER = frozenset("""seconds minutes hours days weeks months years minute hour day week month year
moments shortly soon just right""".split())


# Words after which "while" is a noun ("for a little while") and "as" a preposition or a
# comparison ("as a running mate", "as well as").
_BEFORE_A_WHILE = frozenset("a little short long brief good great".split())
_AFTER_A_PREPOSITION_AS = frozenset("a an well long many much soon far part such of".split())


def _lists_on(words: list[str], n: int) -> bool:
    """Whether the words from `n` go on with a list whose comma came before them: "Customs and
    Border Protection, air and marine operations", "stars, as well as several sports"."""
    following = [w.lower() for w in words[n:n + 3]]
    return following[:3] == ["as", "well", "as"] or any(w in ("and", "or") for w in following[1:3])


def _opens_no_clause(words: list[str], n: int) -> bool:
    """Whether the clause opener at `n` opens no clause there: "less than 24 hours after",
    "for a little while", "as a running mate", "as patriotic as they claim"."""
    word, before = words[n].lower(), words[n - 1].lower()
    following = words[n + 1].lower() if n + 1 < len(words) else ""
    if word == "after":
        return before in _BEFORE_A_TIME_AFTER
    if word == "while":
        return before in _BEFORE_A_WHILE
    if word == "as":
        return following in _AFTER_A_PREPOSITION_AS or any(w.lower() in ("as", "so") for w in words[max(0, n - 3):n])
    return False


def _main_clause_end(words: list[str]) -> int:
    """The number of words the main clause takes from the start of `words` (at least six): up to a
    clause it introduces ("after a crane collapsed", "although ..."), a dash, a comma, semicolon or
    colon, or a full stop the sentence splitter missed. A list in the subject goes on past its
    commas ("Harbour pilots, as well as tug crews and their owners, have pledged ..."); a comma
    after the main verb ends the clause, list or not ("in cases of rape, incest and ...")."""
    in_list = False
    for n, word in enumerate(words[:MAX_WHOLE_TITLE_WORDS + 1]):
        if word.endswith(",") and (in_list or (n < 6 and _lists_on(words, n + 1))):
            in_list = not in_list  # the comma that opens the subject's list, then the one that closes it
            continue
        if n < 6:
            continue
        if word.lower() in _CLAUSE_OPENERS and not _opens_no_clause(words, n):
            return n
        if word in ("—", "–", "-", "--"):
            return n
        if word.endswith((",", ";", ":")):
            return n + 1
        if _SENTENCE_END_IN_WORD.fullmatch(word) and word[:-1] not in ABBREVIATIONS:
            return n + 1  # (a full stop after a word in lower case: the lead ran into more text)
    return len(words)


# What opens an apposition to a subject: "Lena Marsh, the agency staffer under fire, has ...".
_APPOSITION_OPENERS = frozenset("the a an who whose which".split())
MAX_SUBJECT_WORDS = 4  # a subject's name, set off by the comma of its apposition


def _without_apposition(words: list[str]) -> list[str]:
    """The words without an apposition set off by commas after a short subject: a headline says
    "Lena Marsh has been placed on leave", and the main clause's verb comes after the apposition
    (cut at its first comma, the title would be the subject and its description alone)."""
    opening = next((n for n, word in enumerate(words[:MAX_SUBJECT_WORDS]) if word.endswith(",")), None)
    if opening is None or opening + 1 >= len(words) or words[opening + 1].lower() not in _APPOSITION_OPENERS:
        return words
    closing = next((n for n in range(opening + 2, min(len(words), MAX_WHOLE_TITLE_WORDS)) if words[n].endswith(",")),
                   None)
    if closing is None or len(words) - closing <= 3:
        return words
    return words[:opening] + [words[opening].rstrip(",")] + words[closing + 1:]


# Words that open a clause before the main one: "After a freshman died, Princeton banned ...".
_LEADING_CLAUSE_OPENERS = frozenset("after while because although though when since as if before once despite "
                                    "amid".split())
# ... and a phrase before it: "In the first such case in years, a soldier has crossed ..."
_LEADING_PHRASE_OPENERS = frozenset("in for on at with during under following like".split())


def _main_clause(words: list[str]) -> list[str]:
    """The words from the main clause on: a leading clause or phrase set off by a comma goes, with
    any list it ends in ("After he drank beer, rum and gin at a party, police said ...")."""
    opener = words[0].lower() if words else ""
    if opener not in _LEADING_CLAUSE_OPENERS and opener not in _LEADING_PHRASE_OPENERS:
        return words
    commas = [n for n, word in enumerate(words[:MAX_WHOLE_TITLE_WORDS]) if word.endswith(",")]
    if opener in _LEADING_PHRASE_OPENERS:
        # A phrase has no clause of its own to end at a comma: its first comma ends it unless what
        # follows is a place's country, an aside or a relative clause ("In Tarrow, Veskaria,", "the
        # mayor, a former docker, said", "the port, which ..."): then it is no phrase to drop.
        if not commas or len(words) - commas[0] <= 4 or words[commas[0] + 1].lower() in _CLAUSE_CONTINUERS \
                or any(n - commas[0] <= 4 for n in commas[1:]):
            return words
        return words[commas[0] + 1:]
    for at, following in zip(commas, commas[1:] + [len(words)]):
        listed = following < len(words) and any(w in ("and", "or") for w in words[at + 1:following])
        if not listed and len(words) - at > 4:
            return words[at + 1:]
    return words


_CLAUSE_CONTINUERS = frozenset("which who whose where when that and but or".split())


def _without_open_quote(words: list[str]) -> list[str]:
    """`words` with a quotation they open but do not close closed after an ellipsis, as a cut
    quotation is written: a headline that ends inside one would misquote ("the fire was 'not")."""
    text = " ".join(words)
    if not words or (text.count('"') % 2 == 0 and text.count("“") <= text.count("”")):
        return words
    closing = "”" if text.rfind("“") > text.rfind('"') else '"'
    return words[:-1] + [words[-1].rstrip(",;:.") + "…" + closing]


def _description(summary: list[SummarySentence]) -> str:
    if not summary:
        return ""
    text = summary[0].text
    return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"


def _entities(members: list[Article], analyses: Mapping[str, Analysis]) -> list[EntitySummary]:
    """The story's names by mentions. An article set in lower case gives only the places and
    organisations the extractor lists: its other capitals are mostly sentence openings ("Coast")."""
    counts: Counter = Counter()
    for article in members:
        analysis = analyses[article.id]
        plain_case = not lower_cased(article.text, analysis.sentences)
        for entity in analysis.entities:
            if plain_case or listed(entity.name):
                counts[(entity.name, entity.type)] += 1
    return [EntitySummary(name, kind, n) for (name, kind), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _source_ref(article: Article, story: Story) -> SourceRef:
    return SourceRef(
        id=article.id,
        outlet=article.outlet,
        title=article.title,
        date=article.published.isoformat() if article.published else None,
        url=article.url,
        path=article.path,
        duplicate_of=story.duplicates.get(article.id),
    )
