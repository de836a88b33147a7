"""Multi-document summaries: central, non-redundant sentences across sources.

Each algorithm is a small class behind one call signature (the model is sumy's summarizers):
    summarizer(documents, max_words) -> list[SummarySentence]
where `documents` are the story's articles as lists of sentences, in source order.

`WordCoverageSummarizer`, the default, opens with the first report's opening sentence and takes
the latest report's (with no dates, it opens with the article opening that carries most of what
the story repeats), then adds the sentences whose words the story as a whole repeats most (a word
several sources use is likely in any summary of the story), a word at a time: a word already in
the summary counts less each time it comes back. It fills the word budget as
closely as whole sentences allow, never takes two sentences sharing more than half their words,
and cites every source that carries the same information. Sentences go in compressed: datelines,
parentheses, page furniture and a leading connective left out, nothing reworded; an attribution
("..., police said.") stays, since without it a claim would read as established fact. A
sentence a truncated text cut short ends in "…", or is left out when it ends on a word that leaves
it hanging; a plan whose day a later report has reached ("is scheduled to visit on Tuesday") is left
out too (`Document.overtaken`).
`CentralLeadSummarizer`, the earlier default, weighs pairwise agreement between sources with the
position in the article.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional, Protocol, Sequence

from ..analysis.dates import WEEKDAY_NUMBERS
from ..days import MONTH_NUMBERS
from ..letters import LETTER
from ..model import SummarySentence
from ..words import HANGING_WORDS, content_stems, content_stems_of, tokens

REDUNDANCY = 0.5  # two sentences sharing more than this share of words say the same thing
SAME_NUMBER_REDUNDANCY = 0.4  # ... or this share and the same large number (see `says_the_same`)
BARE_QUOTE = 0.9  # a sentence with this share of its characters quoted is a quote with no speaker
MIN_WORDS = 6
MAX_POSITION = 25  # sentences of each document considered
MAX_POOL = 600
# Tuned on Multi-News dev (ROUGE-1 45.8 -> 46.0); the score is flat around these values.
LEAD_DECAY = 0.2
SUPPORT_WEIGHT = 2.0


@dataclass(frozen=True)
class Candidate:
    """A sentence of one source, with its position in that source."""

    text: str
    source: str
    position: int
    words: int
    stems: frozenset[str]


@dataclass(frozen=True)
class Document:
    source: str
    sentences: tuple[str, ...]
    published: Optional[str] = None  # ISO date, when the article has one
    # The sentences (by index) that speak of something still to come on a day a later report has
    # reached ("The minister is scheduled to visit on Tuesday", read after Tuesday): overtaken.
    overtaken: frozenset[int] = frozenset()


class Summarizer(Protocol):
    def __call__(self, documents: Sequence[Document], max_words: int) -> list[SummarySentence]: ...


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller word set found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def candidates(documents: Sequence[Document]) -> list[Candidate]:
    """Sentences that can stand in a summary: the leads of the documents, at most MAX_POOL of
    them, earliest positions first (scoring compares every pair, so the pool stays bounded)."""
    out = []
    for document in documents:
        for position, text in enumerate(document.sentences[:MAX_POSITION]):
            words = len(text.split())
            stems = frozenset(content_stems(text))
            if words >= MIN_WORDS and len(stems) >= 3:
                out.append(Candidate(text, document.source, position, words, stems))
    out.sort(key=lambda c: c.position)
    return out[:MAX_POOL]


class CentralLeadSummarizer:
    """The earlier default: cross-source centrality times a lead bonus, redundancy removed."""

    def __call__(self, documents: Sequence[Document], max_words: int) -> list[SummarySentence]:
        pool = candidates(documents)
        scored = sorted(pool, key=lambda c: (-self.score(c, pool), c.source, c.position))
        chosen: list[Candidate] = []
        used = 0
        for candidate in scored:
            if used + candidate.words > max_words:
                continue
            if any(overlap(candidate.stems, other.stems) > REDUNDANCY for other in chosen):
                continue
            chosen.append(candidate)
            used += candidate.words
        order = {d.source: n for n, d in enumerate(documents)}
        chosen.sort(key=lambda c: (c.position, order[c.source]))
        return [SummarySentence(c.text, supporting_sources(c, pool, order)) for c in chosen]

    @staticmethod
    def score(candidate: Candidate, pool: list[Candidate]) -> float:
        support = sum(len(candidate.stems & other.stems) / (len(candidate.stems | other.stems) or 1)
                      for other in pool if other.source != candidate.source)
        lead = 1.0 / (1.0 + LEAD_DECAY * candidate.position)
        # A summary tells; long quotations and sentences that lean on an earlier one read badly alone.
        narrative = 1.0 - 0.6 * quoted_share(candidate.text)
        standalone = 0.5 if _DEPENDENT_START.match(candidate.text) else 1.0
        length = min(1.0, candidate.words / 15)
        return (1.0 + SUPPORT_WEIGHT * support) * lead * narrative * standalone * length


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_DEPENDENT_START = re.compile(
    r"^(?:He|She|It|They|This|That|These|Those|The (?:country|company|group|move|decision|official|agency)|"
    r"But|And|Also|However|Meanwhile|Alongside)\b")


def quoted_share(text: str) -> float:
    """The share of a sentence's characters that stand inside quotation marks."""
    inside = sum(len(m.group(0)) for m in _QUOTED.finditer(text))
    return inside / len(text) if text else 0.0


SAYS_THE_SAME = 0.6  # share of the shorter sentence's content words the other must have...
SUPPORTS = 0.5       # ...and share of a summary sentence's content words a source citing it must have,
SAYS_WHAT = 0.4      # ...and of those that are no name or title
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def supporting_sources(candidate: Candidate, pool: list[Candidate], order: dict[str, int]) -> tuple[str, ...]:
    """The candidate's own source and every other source with a sentence saying the same: most
    content words in common; half the candidate's at least (a short "Swine flu reached Mexico
    City." says little of a long sentence holding those words), and 40% of those that are no name
    or title (the names say who, the rest what: "Ilse Dragomir said members were left with no
    other door" is not in "Nobody won everything, general secretary Ilse Dragomir said"); and
    every number the candidate gives ("a 9 percent rise" is not supported by "a 7 percent rise")."""
    sources = {candidate.source}
    numbers: Optional[set[str]] = None
    said: Optional[frozenset[str]] = None
    needed = SUPPORTS * len(candidate.stems)
    for other in pool:
        if other.source in sources or overlap(candidate.stems, other.stems) <= SAYS_THE_SAME \
                or len(candidate.stems & other.stems) < needed:
            continue
        if said is None:
            said = _lower_case_stems(candidate.text)
            numbers = set(_NUMBER.findall(candidate.text))
        if len(said & _lower_case_stems(other.text)) >= SAYS_WHAT * len(said) \
                and numbers is not None and numbers <= set(_NUMBER.findall(other.text)):
            sources.add(other.source)
    return tuple(sorted(sources, key=lambda s: order[s]))


def _lower_case_stems(text: str) -> frozenset[str]:
    """The content stems of what a sentence says of whom: its words that are neither capitalised
    nor one of the two right before a capitalised one (a title: "general secretary Ilse")."""
    words = text.split()
    named = [w[:1].isupper() and _DAY_OR_MONTH_NAME.fullmatch(w) is None for w in words]
    said = [w for i, w in enumerate(words) if not w[:1].isupper() and not any(named[i + 1:i + 3])]
    return frozenset(content_stems(" ".join(said)))


_DAY_OR_MONTH_NAME = re.compile(r"(?i)(?:%s)[.,;:]*" % "|".join(sorted(
    set(MONTH_NUMBERS) | set(WEEKDAY_NUMBERS), key=len, reverse=True)))


# --- word coverage ------------------------------------------------------------------------------
# The chance that a summary of the story uses a content word rises with how often the story's
# articles use it, and faster when several articles do. Fitted on Multi-News dev (ROUGE-1 46.0 -> 47.3);
# the score is flat within +-0.2 around these values.
UNSEEN = 0.8            # 1 - chance for a word used once in one article (about 0.2)
REPEAT_RATE = 0.85      # each further use of the word...
SPREAD_RATE = 0.5       # ...and each further article using it shrink the remaining doubt
AGAIN = 0.4             # a word already in the summary keeps this share of its worth each time it returns
FUNCTION_WORD = 0.9     # the commonest function words are in nearly any summary
OTHER_STOPWORD = 0.6    # other stop words ("said", "would", "you") much less often
FUNCTION_WORDS = frozenset("the a an to of and in that for is on".split())
# When the articles hold barely more than the budget, what counts is how much is left out, not
# which words: rank by gain per word only when there is a real choice.
PLENTY = 1.3            # articles' words per budget word above which gain per word ranks
DENSITY = 0.8           # gain / words ** DENSITY: below 1, longer sentences fill the budget better
# A sentence of fewer words rarely stands on its own in a briefing ("Turnout was 88 percent.");
# leaving them out cost 0.02 ROUGE-1 on Multi-News dev.
COVERAGE_MIN_WORDS = MIN_WORDS


@dataclass(frozen=True)
class WordedSentence:
    """A candidate sentence with the words the coverage score counts."""

    order: tuple[int, int]      # (position in its article, article index): ties and final order
    text: str
    source: str
    words: int
    stems: frozenset[str]
    content: tuple[str, ...]    # content stems, with repeats
    function_words: int
    other_stopwords: int
    overtaken: bool = False     # see `Document.overtaken`: it counts in the story's words, but is no summary sentence

    def candidate(self) -> Candidate:
        return Candidate(self.text, self.source, self.order[0], self.words, self.stems)


# --- compression: the pieces of a sentence a summary can do without -----------------------------
# Only whole pieces are deleted, never a word changed, so a summary sentence stays an excerpt of
# its source; the words freed let one more sentence in. On Multi-News dev, ROUGE-1 47.30 -> 47.44;
# each removal measured alone is neutral to +0.1. A trailing attribution (", a spokesman said.")
# is kept although deleting it gained 0.12: "The suspect fled, police said" is a claim, and a
# briefing must not state it as fact.
# "Springfield (Wire Service) - The council..." : the dateline and agency before the news
_DATELINE = re.compile(rf"^[{LETTER}][\w .,'’-]{{0,30}}?\(\s*[^()]{{1,25}}?\s*\)\s*[-–—]+\s*")
# A wire's dateline inside a sentence ("... the first four games. ( ap ) foxborough, mass. ( ap ) —
# tom brady has appealed"): what stands before it is a caption's or a headline's tail.
_INNER_DATELINE = re.compile(r"^.{1,200}?\(\s*(?:ap|reuters|afp|upi|ani)\s*\)\s*[-–—]+\s*", re.IGNORECASE)
# "(photo: ...)", "(file)", "(a note in passing)": a summary reads on without them
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# web-page furniture that text extraction leaves inside sentences; the words that are also
# ordinary English ("advertisement", "read more") only where they open the sentence
_FURNITURE = re.compile(r"\b(?:enlarge this image|toggle caption|hide caption|image copyright|image caption|"
                        r"buy photo|play slideshow|click (?:here )?to (?:enlarge|expand|play|watch|view|see|read|open)"
                        r"(?: (?:the |this )?(?:image|photo|video|gallery|story|more))?|"
                        r"text size\s*-\s*\+\s*reset|story continued below|article excerpt|related video|"
                        r"share on (?:facebook|twitter|google plus|linkedin|pinterest|reddit|whatsapp)|log in to save|"
                        r"email this|share this (?:article|story)(?: facebook)?(?: twitter)?(?: linkedin)?(?: email)?|"
                        r"listen to (?:this )?article(?: \d+: ?\d+)?|skip in skip x embed x share|"
                        r"(?:please )?enable javascript to (?:watch|view|play) this (?:video|content)|"
                        r"get push notifications with news, features and more\.|"
                        r"(?:(?:more )?photos?:.*?)?image \d+ of (?:/ )?\d+|caption close|buy this photo|"
                        r"font size(?: a)+|media caption)\b\s*"
                        r"|\bpage \d+ of \d+ updated\b:?\s*"
                        r"|^(?:story highlights|advertisement|read more)\b:?\s*"
                        r"|^(?:[\w ]{0,25}\|){2,}\s*", re.IGNORECASE)  # a menu: "Home | News | World |"
MAX_LINK_CHARACTERS = 100  # a link's headline is shorter than this; a longer "More: ..." ran into the news
# whole sentences that speak of the page, the browser or the archive rather than the news; with the
# labels above, ROUGE-1 47.42 -> 47.48 on Multi-News dev, and no "Learn more" in a briefing. An
# agency's photo caption describes a picture, not the news: leaving captions out cost 0.09 (three
# clusters changed; one now opens with the player's death, which the caption had pushed out).
_PAGE_NOTICE = re.compile(r"learn more\W*|.*\b(?:tweet with a location|tweet location history|tweets not working|"
                          r"a tweet you love|thoughts about any tweet|add this tweet to your website|"
                          r"javascript is disabled|breaking news emails|file photo|"
                          r"the news and stories that matter|replay more videos|this timeline is where you['’]ll spend)\b.*"
                          r"|.*\bcrawl(?:s| data)\b.*\barchiv.*"
                          r"|file ?[-–—] .*"  # an agency's photo caption: "FILE - In this May 7 file photo, ..."
                          r"|(?:correction|clarification|editor['’]s note)s?:.*"  # a notice about the article
                          r"|(?:you might also like|related(?: stories| coverage| articles)?)\s*:.*"  # links to others
                          # ... and a link's headline after "Read:", "More:" (a longer sentence is the
                          # link run into the news, as a page flattened to text has it)
                          rf"|(?:read|more|see also|watch)\s*:.{{0,{MAX_LINK_CHARACTERS}}}"
                          r"|(?:for (?:the latest |more )?updates,? )?please see\b.*"  # a pointer to other pages
                          r"|follow\s.{0,80}\bhere\W*",  # "Follow Friday's updates on the hearing here"
                          re.IGNORECASE)
# a picture credit left at the start of the next sentence: "Photograph: AP", "Photo: Ann Lee/Reuters"
_PICTURE_CREDIT = re.compile(r"^(?:Photograph|Photo|Picture|Image|Illustration)s?:\s+(?:[A-Z][\w.'’-]*\s+){0,3}?"
                             r"(?:[A-Z][\w.'’-]*/[A-Z][\w.'’-]*|AP|AFP|Reuters|Getty Images|PA|EPA|Rex Features|"
                             r"Corbis|Alamy|Bloomberg|Xinhua)\s+(?=[A-Z0-9“\"])")
# a photo credit "first last/agency" printed twice, as caption toggles leave it
_CREDIT_TWICE = re.compile(r"((?:[\w.'-]+ ){0,3}[\w.'-]+/[\w.'-]+(?: [\w.'-]+){0,2}) \1\s*")
# a connective that ties the sentence to one the summary may not have; those that also begin
# ordinary phrases ("So far", "Now that", "Instead of") only with their comma
_CONNECTIVE = re.compile(r"^(?:(?:But|And|Yet|Also)\s+|(?:But|And|Also|However|Meanwhile|Still|So|Now|Instead|"
                         r"Plus|Indeed|In addition|Additionally|Moreover|Furthermore),\s+)")
# cheap substring checks before the furniture pattern, which would otherwise try every position
_FURNITURE_HINTS = ("image", "caption", "highlights", "click", "read more", "advertisement", "photo", "slideshow",
                    "font size", "text size", "continued below", "excerpt", "related video", "share", "log in",
                    "email this", "listen to", "javascript", "push notifications", "updated", "|")
_PAGE_NOTICE_HINTS = ("learn more", "tweet", "javascript", "breaking news emails", "crawl", "file",
                      "stories that matter", "correction", "clarification", "note:", "might also like", "related",
                      "read:", "more:", "see also", "watch:",
                      "replay more videos", "this timeline is where", "please see", "follow")


def compressed(text: str) -> str:
    """The sentence without datelines, parentheses, page furniture and a leading connective;
    capitalised again if its capitalised start went."""
    out = text.strip()
    if is_page_notice(out):
        return ""
    if "(" in out:
        out = _outside_quotes(_PARENTHESIS, _DATELINE.sub("", _INNER_DATELINE.sub("", out)))
    if out.count("/") >= 2:
        out = _CREDIT_TWICE.sub("", out)
    lower = out.lower()
    if any(hint in lower for hint in _FURNITURE_HINTS):
        out = _FURNITURE.sub("", _PICTURE_CREDIT.sub("", out))
    out = _CONNECTIVE.sub("", out)
    out = out.strip()
    if out[:1].islower() and text.lstrip()[:1].isupper():
        out = out[0].upper() + out[1:]
    return out


# A quotation in double marks, straight or curly.
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _outside_quotes(pattern: re.Pattern, text: str) -> str:
    """`text` without what `pattern` finds outside quotation marks: a quotation keeps its words
    (its brackets are the speaker's, or the writer's insertion: "a more principled (Internet
    service provider)")."""
    out, at = [], 0
    for quoted in _QUOTATION.finditer(text):
        out.append(pattern.sub("", text[at:quoted.start()]))
        out.append(quoted.group())
        at = quoted.end()
    out.append(pattern.sub("", text[at:]))
    return "".join(out)


def worded_sentences(documents: Sequence[Document]) -> list[WordedSentence]:
    out = []
    for index, document in enumerate(documents):
        position = 0
        for number, text in enumerate(document.sentences):
            text = compressed(text)
            if not text:
                continue  # page furniture: the sentence after it opens the article
            words = tokens(text)
            content = tuple(content_stems_of(words))
            function = sum(w in FUNCTION_WORDS for w in words)
            out.append(WordedSentence((position, index), text, document.source, len(text.split()),
                                      frozenset(content), content, function, len(words) - len(content) - function,
                                      number in document.overtaken))
            position += 1
    return out


def word_chances(sentences: Sequence[WordedSentence]) -> dict[str, float]:
    """Each content stem's chance of being in a summary, from its uses and the articles using it."""
    uses: Counter = Counter()
    articles: dict[str, set[int]] = {}
    for sentence in sentences:
        uses.update(sentence.content)
        for word in sentence.stems:
            articles.setdefault(word, set()).add(sentence.order[1])
    return {w: 1.0 - UNSEEN * REPEAT_RATE ** (n - 1) * SPREAD_RATE ** (len(articles[w]) - 1)
            for w, n in uses.items()}


# An e-mail address, a web address or a telephone number: a sentence holding one tells readers
# whom to contact or where to click ("Anyone with information should call 020 7946 0321"), which
# is page furniture or an appeal, not what happened.
CONTACT_DETAILS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://|\bwww\.\w|"
                             r"(?:\+\d{1,3}[ .-]?)?\(?\b\d{2,4}\)?[ .-]\d{3,4}[ .-]\d{3,4}\b")


# A sentence that ends without its full stop was cut short (a truncated page or feed item). One
# that ends on a function word ("... is still", "... the age of") says too little to keep; another
# is kept, marked as cut: it often holds the story's words (leaving all of them out cost 0.5
# ROUGE-1 on Multi-News dev, where a tenth of the articles end mid-sentence; this rule gains 0.09).
_ENDED = re.compile(r"[.!?…](?:\s*[\"'”’)\]])*$")  # closing marks may stand apart: "violence. \""
# ... and on these, which leave a clause hanging too ("... is still", "... that would").
_CUT_SHORT_AFTER = HANGING_WORDS | frozenset("""is was are were be been has have had would will could can
as against about between during without through until since while because if when where still not
didn't don't doesn't can't won't isn't wasn't""".split())


def cut_short(text: str) -> bool:
    """Whether a sentence ends without its full stop, on a word or a comma that leaves it hanging."""
    words = text.rsplit(None, 1)
    return bool(words) and (words[-1].lower() in _CUT_SHORT_AFTER or words[-1].endswith((",", ";")))


# A writer opening with themselves ("I've been investigating news from Denmark"): a blog's or a
# column's voice, no summary sentence (leaving out every first-person sentence cost 0.14 ROUGE-1:
# Multi-News's lower-cased quotations lose their marks).
_FIRST_PERSON = re.compile(r"(?:I|I['’](?:ve|m|d|ll))\s")


def _balanced(text: str) -> bool:
    """Whether a sentence's quotation marks pair up: one that opens or closes a quotation alone
    ("This is dangerous for a president.”, or a straight mark opening the sentence and never
    closed) is a piece of it, with no speaker. (Straight marks are not counted elsewhere in the
    sentence: Multi-News spaces and splits them, and leaving out every sentence with an odd
    number cost 1.2 ROUGE-1; this costs 0.03.)"""
    return text.count("“") == text.count("”") and not starts_inside_quote(text) \
        and not (text.startswith('"') and text.count('"') % 2)


# A closing quotation mark before any opening one.
_STARTS_INSIDE_QUOTE = re.compile(r"[^\"“”]*(?:”|[^\s\"“”]\")")


def is_page_notice(text: str) -> bool:
    """Whether a sentence speaks of the page, the browser or the article itself, not the news."""
    lower = text.lower()
    return any(hint in lower for hint in _PAGE_NOTICE_HINTS) and _PAGE_NOTICE.fullmatch(text.strip()) is not None


def starts_inside_quote(text: str) -> bool:
    """Whether a sentence begins inside a quotation: a closing mark comes before any opening one
    ('We are not yet confident," the inspector said.')."""
    return _STARTS_INSIDE_QUOTE.match(text) is not None


class WordCoverageSummarizer:
    """The default: the best article opening, then the story's most repeated words, covered once
    each, in as many words as allowed."""

    def __call__(self, documents: Sequence[Document], max_words: int) -> list[SummarySentence]:
        sentences = worded_sentences(documents)
        chance = word_chances(sentences)
        # A sentence all in quotation marks names no speaker, and one that ends in a colon
        # introduces what follows it ("Beneath it was the line:"): in a summary neither stands alone.
        pool = [s for s in sentences if s.words >= COVERAGE_MIN_WORDS and len(s.stems) >= 2 and not s.overtaken
                and quoted_share(s.text) < BARE_QUOTE and not s.text.endswith(":")
                and not CONTACT_DETAILS.search(s.text) and not cut_short(s.text) and _balanced(s.text)
                and not (s.order[0] == 0 and _FIRST_PERSON.match(s.text))]
        pool = sorted(pool, key=lambda s: s.order)[:MAX_POOL]
        plenty = sum(s.words for s in pool) >= PLENTY * max_words
        density = DENSITY if plenty else 0.0
        # The openings the summary starts from: the first and latest reports', else the best lead.
        opening = self.reports(documents, pool, max_words)
        if not opening:
            lead = self.lead(pool, chance, max_words, density)
            opening = [lead] if lead else []
        chosen = self.select(pool, chance, max_words, density, opening)
        order = {d.source: n for n, d in enumerate(documents)}
        cited = [s.candidate() for s in pool]
        # The openings as `reports` orders them (where the story stands now, how it began, what
        # undated reports add), then the rest in article order.
        ordered = opening + sorted(chosen[len(opening):], key=lambda s: s.order)
        return [SummarySentence(s.text if _ENDED.search(s.text) else s.text + "…",
                                supporting_sources(s.candidate(), cited, order)) for s in ordered]

    @staticmethod
    def reports(documents: Sequence[Document], pool: list[WordedSentence],
                max_words: int) -> list[WordedSentence]:
        """The opening sentences the summary starts from, in the order it gives them: the latest
        dated report's, the first's, then those of reports with no date, each when it fits and
        says something the others do not.
        A story is named after its first report, and that report's opening says what happened;
        later articles open with what changed ("Police arrested two men", "Workers voted to
        end the strike"), which reads as the story only to those who saw the first report. The
        latest report's opening says where the story stands now, which the sources repeat least
        and a reader coming back wants first. A report with no date may be the newest of all
        ("Police have recovered the painting"): its opening is news no date can rank, so it
        follows. (Multi-News articles carry no dates: `lead` decides.)"""
        dated = sorted((d.published, n) for n, d in enumerate(documents) if d.published)
        if not dated:
            return []
        openings = {s.order[1]: s for s in pool if s.order[0] == 0}
        first, latest = openings.get(dated[0][1]), openings.get(dated[-1][1])
        if first is None or first.words > max_words:
            return []
        later = [latest] if latest is not None and dated[-1][0] != dated[0][0] else []
        if later and latest.words <= max_words and says_the_same(first, latest):
            # The latest opening retells the first with what changed ("Police arrested two men
            # over the theft of the painting"): it alone opens the summary.
            first, later = latest, []
        undated = [openings[n] for n, d in enumerate(documents) if not d.published and n in openings]
        kept, used = [first], first.words
        for opening in later + undated:
            if used + opening.words <= max_words and not any(says_the_same(opening, s) for s in kept):
                kept.append(opening)
                used += opening.words
        if later and kept[1:2] == later:
            kept[:2] = [latest, first]
        return kept

    @staticmethod
    def lead(pool: list[WordedSentence], chance: dict[str, float], max_words: int,
             density: float) -> Optional[WordedSentence]:
        """The opening sentence of the article whose opening says most of what the story
        repeats. A briefing should open with what happened, and an article's first sentence is
        written to say just that; left to the word count alone, a story's core event could go
        unsaid when later sentences cover its words. (On Multi-News dev, ROUGE-1 47.48 -> 47.67,
        ROUGE-2 17.46 -> 17.89, up on both halves.)"""
        openings = [s for s in pool if s.order[0] == 0 and s.words <= max_words]
        return max(openings, key=lambda s: (expected_gain(s, chance, Counter(), density), -s.order[1]),
                   default=None)

    @staticmethod
    def select(pool: list[WordedSentence], chance: dict[str, float], max_words: int,
               density: float, chosen: list[WordedSentence]) -> list[WordedSentence]:
        """`chosen` and the sentences that best add to it, greedy by gain, lazily: a sentence's
        gain only falls as the summary grows, so a stale gain is an upper bound and only the top
        of the heap needs recomputing (CELF)."""
        chosen = list(chosen)
        covered: Counter = Counter(word for s in chosen for word in s.content)
        used = sum(s.words for s in chosen)
        heap = [(-expected_gain(s, chance, covered, density), s.order, n) for n, s in enumerate(pool)]
        heapq.heapify(heap)
        fresh = set(range(len(pool)))  # gains computed against the current summary
        while heap:
            _, order, n = heapq.heappop(heap)
            sentence = pool[n]
            if used + sentence.words > max_words:
                continue
            if any(says_the_same(sentence, other) for other in chosen):
                continue
            if n not in fresh:
                heapq.heappush(heap, (-expected_gain(sentence, chance, covered, density), order, n))
                fresh.add(n)
                continue
            chosen.append(sentence)
            used += sentence.words
            covered.update(sentence.content)
            fresh = set()
        return chosen


# A number of three digits or more that is no year: two sentences giving the same one are likely
# about one fact (a year is in many facts: "the recession in 2007" made a census sentence a repeat).
_BIG_NUMBER = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|(?!(?:1[89]|20)\d\d\b)\d{3,})\b")


def says_the_same(a: WordedSentence, b: WordedSentence) -> bool:
    """Whether two sentences say the same: more than half their words in common, or 40% and the
    same large number ("A hoax caller cost the coast guard about $500,000 ..." and "The coast
    guard says a man has cost it about $500,000 ..."; on Multi-News dev, ROUGE-1 -0.01)."""
    share = overlap(a.stems, b.stems)
    if share > REDUNDANCY:
        return True
    return share > SAME_NUMBER_REDUNDANCY and bool(
        set(_BIG_NUMBER.findall(a.text)) & set(_BIG_NUMBER.findall(b.text)))


def expected_gain(sentence: WordedSentence, chance: dict[str, float], covered: Counter, density: float) -> float:
    """The words of `sentence` a summary of the story is expected to share, beyond those
    `covered` already, per word of budget (`density` below 1 favours longer sentences)."""
    total = FUNCTION_WORD * sentence.function_words + OTHER_STOPWORD * sentence.other_stopwords
    seen: Counter = Counter()
    for word in sentence.content:
        total += chance[word] * AGAIN ** (covered[word] + seen[word])
        seen[word] += 1
    return total / sentence.words ** density
