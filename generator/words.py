"""Words for comparing texts: tokens, stop words and a light stemmer, shared by grouping and summary;
and `counted`, a number with its noun, for messages."""
from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't
down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her
here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its
itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours
ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that
that's the their theirs them themselves then there there's these they they'd they'll they're they've
this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
what's when when's where where's which while who who's whom why why's with won't would wouldn't you
you'd you'll you're you've your yours yourself yourselves said says say told according will may might
also would one two three new year years last first monday tuesday wednesday thursday friday saturday
sunday week weeks month months day days mr mrs ms dr just like even still many much well since per
""".split())

# Words a cut phrase must not end on: they open what was cut ("…before the…", "the age of…").
HANGING_WORDS = frozenset("""a an the of to in on at by for from with and or but nor before after into
over than that which who whose its their his her our my your this these those""".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_SUFFIXES = ("ational", "ization", "fulness", "ousness", "iveness", "ments", "ingly", "ation", "ness",
             "ment", "ings", "ing", "edly", "ers", "ed", "es", "er", "ly", "s")


def tokens(text: str) -> list[str]:
    """Lower-cased words and numbers, apostrophes unified."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=1 << 16)  # a story repeats its words: each is stemmed once (a pure function)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "killed"/"kills"/"killing" across sources. A
    plural or past in "-ies"/"-ied" first takes back its "y", so that "embassies" meets "embassy"
    and "families" meets "family" (whose "-ly" then goes from both alike); the few words whose
    singular ends in "-ie" part from it ("movies" is "movy", "movie" stays)."""
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith(("ies", "ied")) and len(word) >= 6:
        word = word[:-3] + "y"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning: stop words and one-letter tokens dropped."""
    return content_stems_of(tokens(text))


def content_stems_of(words: list[str]) -> list[str]:
    """`content_stems` of words already tokenised."""
    return [stem(w) for w in words if w not in STOPWORDS and len(w) > 1]


def counted(number: int, noun: str, plural: str = "") -> str:
    """A number with its noun, in the singular for one: "1 story", "2 stories" (the plural is
    noun + "s" unless `plural` is given)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
