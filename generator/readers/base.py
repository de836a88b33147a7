"""What every reader shares: the record it returns and how a record becomes an `Article`.

A reader only knows its format. It turns a file into one or more `Record`s (raw fields as the file
states them); `build_article` then does the format-independent work: field names, dates, datelines
and credits, paragraphs, and a warning for every needed field that stays unknown.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Optional

from ..days import safe_date, written_date
from ..model import Article, Span
from .datelines import strip_furniture

# Field names that news APIs, front matter and scrapers use for the same thing, in order of trust.
TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "content", "body", "article", "description", "summary")
DATE_KEYS = ("date", "published", "publishedAt", "published_at", "pubDate", "time", "datePublished")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "siteName", "sitename")
URL_KEYS = ("url", "link", "canonical_url")
AUTHOR_KEYS = ("author", "byline", "creator")


@dataclass
class Record:
    """One article as a file states it, before any inference."""

    text: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None
    language: Optional[str] = None
    # The text is plain prose whose first line may be a headline (a .txt file).
    headline_in_text: bool = False
    # One of a collection (a JSON list, JSON Lines, a feed): its path gets "#N" even when alone,
    # so that adding a record later does not change its id.
    in_collection: bool = False
    warnings: list[str] = field(default_factory=list)
    # Why the record has no text, when the file says ("content is a list, expected text"); a
    # record without text is skipped, and the warning gives this reason.
    no_text_because: Optional[str] = None

    @classmethod
    def from_mapping(cls, data: dict[str, Any], text: Optional[str] = None) -> "Record":
        """Read the common news-API field names of a JSON record or front matter. A text, title
        or url of a type no reader takes (a list for the text) is said, not dropped silently; a
        number for a title is its text ("title: 1984" in front matter)."""
        record = cls(
            text=text if text is not None else _first_text(data, TEXT_KEYS) or "",
            title=_first_text(data, TITLE_KEYS),
            outlet=_outlet(data),
            date=_first_text(data, DATE_KEYS),
            url=_first_text(data, URL_KEYS),
            author=_author(data),
            language=_first_text(data, ("language", "lang")),
        )
        if not record.text.strip():
            record.no_text_because = None if text is not None else _wrong_type(data, TEXT_KEYS)
            return record  # skipped: what else is wrong with it does not matter
        for value, keys in ((record.title, TITLE_KEYS), (record.url, URL_KEYS)):
            problem = None if value else _wrong_type(data, keys)
            if problem:
                record.warnings.append(f"{problem}; ignored")
        return record


class Reader:
    """A reader of one input format: subclasses name their extensions and implement `records`."""

    extensions: ClassVar[tuple[str, ...]] = ()

    def records(self, content: str) -> list[Record]:
        raise NotImplementedError


def build_article(record: Record, path: str, article_id: str) -> Article:
    """Make an `Article` of a record: strip wire furniture, parse the date, note what is missing."""
    warnings = list(record.warnings)
    text = _clean_text(_detokenized(record.text))
    title = _clean_line(_detokenized(record.title) if record.title else None)
    if record.headline_in_text and not title:
        title, text = _split_headline(text)
    elif title:
        text = _without_leading_title(text, title)
    furniture = strip_furniture(text)
    text = furniture.text
    # the words a page printed above its timestamp are its headline
    title = title or _clean_line(furniture.headline)
    if title and _ALL_CAPS.fullmatch(title):
        title = _cased_as_in(title, text)
    outlet = _clean_line(record.outlet) or furniture.outlet
    stated = parse_date(record.date) if record.date else None
    published = stated or furniture.date
    if not text:
        # said whatever else was said of the record: its article is not read
        warnings.append(f"{record.no_text_because or 'no article text found'}; skipped")
    else:
        if record.date and stated is None:
            warnings.append(f"date {record.date!r} {_why_no_date(record.date)} (use YYYY-MM-DD)")
        if not outlet:
            warnings.append("outlet unknown: no outlet field, dateline or credit names one")
        if not published and not furniture.partial_date:
            warnings.append("date unknown: no date field, header or dateline gives one")
    return Article(
        id=article_id,
        path=path,
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        url=_clean_line(record.url),
        author=_clean_line(record.author) or furniture.author,
        language=record.language,
        paragraphs=paragraph_spans(text),
        warnings=warnings,
        partial_date=None if published else furniture.partial_date,
    )


# "&amp;", "&#124;", "&quot;": character references that plain text and JSON bring from the web
# page they were taken from. Only whole references, with their ";", are read: "AT&T" stays.
_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: Optional[str]) -> Optional[str]:
    """`text` with its HTML character references read: "Tom &amp; Jerry" -> "Tom & Jerry". A
    reference HTML does not know, in capitals ("&QL;", "&UR;": a newsroom system's codes, as in
    TempEval-3's New York Times copy), is markup and goes."""
    if not text or "&" not in text:
        return text
    return _REFERENCE.sub(_read_reference, text)


_SYSTEM_CODE = re.compile(r"&[A-Z]{2,4};")


def _read_reference(m: re.Match) -> str:
    reference = m.group()
    read = html.unescape(reference)
    return "" if read == reference and _SYSTEM_CODE.fullmatch(reference) else read


# A headline set in capitals: letters, but none lower-case.
_ALL_CAPS = re.compile(r"[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*")
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
_OPENS_SENTENCE = frozenset(('', '.', '!', '?', '"', '“', '”', ':'))


def _cased_as_in(title: str, text: str) -> str:
    """An all-capitals headline in the case its article writes its words: "NATO GROWS TO EMBRACE
    3 FORMER ENEMIES" -> "NATO grows to embrace 3 former enemies". A word the text writes in lower
    case somewhere is lower case; else as the text capitalises it, inside a sentence by preference
    (a capital that opens a sentence may be only that); else lower case. The first word is
    capitalised."""
    inside: dict[str, str] = {}  # lower-case form -> the form found inside a sentence
    opening: dict[str, str] = {}  # ... and the form found opening one
    for m in _TITLE_WORD.finditer(text):
        word, lower = m.group(), m.group().lower()
        if word[0].isupper() and not word.isupper() \
                and text[max(0, m.start() - 3):m.start()].rstrip()[-1:] in _OPENS_SENTENCE:
            opening.setdefault(lower, word)
        elif lower not in inside or (inside[lower][0].isupper() and not word[0].isupper()):
            inside[lower] = word  # the lower-case form wins: "Former" in a name, "former" elsewhere
    cased = _TITLE_WORD.sub(lambda m: inside.get(m.group().lower()) or opening.get(m.group().lower())
                            or m.group().lower(), title)
    return cased[:1].upper() + cased[1:]


# Text that an NLP corpus tokenised the Penn Treebank way: spaces around punctuation ("the captain 's
# death , officials say ."), quotation marks as `` and '', brackets as -LRB- and -RRB-.
_TOKENISED = re.compile(r"``|-[LR][RSC]B-| n't\b| 's\b|\\/")
_BRACKET_TOKENS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_BRACKET_TOKEN = re.compile(r"-[LR][RSC]B-")
# A closing single mark the tokeniser set apart ("‘ murdered for money ’"); an apostrophe has no
# space before it.
_SINGLE_CLOSE = re.compile(r"(?<=\S) '(?=[\s,.;:!?]|$)")
_SENTENCE_LINE_BREAK = re.compile(r"[ \t]*(?<!\n)\n(?!\n)[ \t]*")
_SPACE_BEFORE = re.compile(r"[ \t]+(?=[,.;:!?%)\]}”]|(?:'s|'re|'ve|'ll|'d|'m|n't)\b)")
_SPACE_AFTER = re.compile(r"(?<=[(\[{“‘$])[ \t]+")


def _detokenized(text: str) -> str:
    """Penn Treebank tokens back into plain text: "the singer 's death , officials say ." ->
    "the singer's death, officials say."; `` and '' become “ and ”. Text without such tokens is
    returned as it is."""
    if not _TOKENISED.search(text):
        return text
    if "``" in text:
        text = text.replace("``", "“").replace("''", "”")
    if "`" in text:  # single quotation marks: ` murdered for money '
        text = _SINGLE_CLOSE.sub("’", text.replace("`", "‘"))
    text = text.replace("\\/", "/").replace("\\*", "*")  # escaped "/" and "*": "and\/or"
    text = _BRACKET_TOKEN.sub(lambda m: _BRACKET_TOKENS[m.group()], text)
    # Such corpora put one sentence a line: a line break there ends no paragraph, and a quotation
    # of several sentences runs across them ("“Who opened the gate?\nWho saw him?”").
    text = _SENTENCE_LINE_BREAK.sub(" ", text)
    return _SPACE_AFTER.sub("", _SPACE_BEFORE.sub("", text))


def article_id(path: str) -> str:
    """A stable id from the article's path: the same file keeps its id as its text is updated."""
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:12]


def paragraph_spans(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]


def parse_date(value: Any) -> Optional[dt.date]:
    """The calendar date a metadata value states, in its own time zone (ISO 8601, RFC 822 or
    written out with its year: "Dec. 10, 2026")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 18000101 <= value <= 21001231 and float(value).is_integer():  # 20240304: YYYYMMDD
            return parse_date(str(int(value))[:4] + "-" + str(int(value))[4:6] + "-" + str(int(value))[6:])
        if 1e8 < value < 1e11:  # seconds since 1970 (after 1973: smaller numbers are not dates)
            return dt.datetime.fromtimestamp(value, dt.timezone.utc).date()
        return None
    if not isinstance(value, str):
        return None
    value = value.strip()
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        try:
            return dt.date(*map(int, iso.groups()))
        except ValueError:
            return None
    numeric = _NUMERIC_DATE.match(value)
    if numeric:
        day_first, month_first = _numeric_readings(numeric)
        # read only when the order makes no difference or one number is over 12, which tells it
        return None if day_first and month_first and day_first != month_first else day_first or month_first
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return written_date(value, at_start=True)


_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def _numeric_readings(numeric: re.Match) -> tuple[Optional[dt.date], Optional[dt.date]]:
    """A numeric date read day first ("23/02/2027") and month first ("02/23/2027"); "03/04/2027"
    gives two days, "30/02/2027" none."""
    first, second, year = map(int, numeric.groups())
    return safe_date(year, second, first), safe_date(year, first, second)


def _why_no_date(value: Any) -> str:
    numeric = isinstance(value, str) and _NUMERIC_DATE.match(value.strip())
    if numeric and all(_numeric_readings(numeric)):
        return "may be day-first or month-first"
    return "is not a date this tool can read"


def _first_text(data: dict[str, Any], keys: tuple[str, ...]) -> Optional[str]:
    for key in keys:
        value = data.get(key)
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key in DATE_KEYS:
            day = parse_date(value)
            return day.isoformat() if day else str(value)  # kept, so the reader warns about it
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key in TITLE_KEYS:
            return str(value)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _wrong_type(data: dict[str, Any], keys: tuple[str, ...]) -> Optional[str]:
    """The first of `keys` the record has, but not as text: "content is a list, expected text"."""
    for key in keys:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            return f"{key} is {_TYPE_NAMES.get(type(value), type(value).__name__)}, expected text"
    return None


_TYPE_NAMES = {list: "a list", dict: "an object", int: "a number", float: "a number", bool: "true or false"}


def _outlet(data: dict[str, Any]) -> Optional[str]:
    for key in OUTLET_KEYS:
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value
    return None


def _author(data: dict[str, Any]) -> Optional[str]:
    for key in AUTHOR_KEYS:
        value = data.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, list):  # several authors: their names, nothing nested
            names = [v.get("name") if isinstance(v, dict) else v for v in value]
            value = ", ".join(n for n in names if isinstance(n, str))
        if isinstance(value, str) and value.strip():
            return value
    return None


def _clean_line(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = " ".join(_INVISIBLE.sub("", str(value)).split())
    return value or None


# Control characters and bidirectional overrides: invisible, and able to disguise text on a page.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")


def _clean_text(text: str) -> str:
    """Unify white space: one blank line between paragraphs, no trailing spaces."""
    text = _INVISIBLE.sub("", text.replace("\u00a0", " "))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _without_leading_title(text: str, title: str) -> str:
    """HTML extraction often repeats the headline as the first line of the text."""
    first, sep, rest = text.partition("\n")
    return rest.lstrip("\n") if sep and first.strip().lower() == title.lower() else text


def _title_cased(line: str) -> bool:
    """Whether a line is set in Title Case ("Harbour Board Hid Past Safety Problems From Public."): a
    headline, though a corpus may end it with a full stop, and no sentence of prose."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")  # (not "from N.Y. debate site")


def _opens_with_dateline(text: str) -> bool:
    """Whether `text` opens with a dateline, or a byline and then one: "COLUMBUS, Ohio (AP) — ...",
    "By Ana Ruiz" (the one sentence above it is then a headline, however it ends: "Thackeray
    defends plan.")."""
    return bool({"dateline", "byline"} & set(strip_furniture(text[:400]).found))


def _split_headline(text: str) -> tuple[Optional[str], str]:
    """A first line that reads as a headline (short, no closing stop or in Title Case, or above a
    dateline; then a blank line). A full stop a corpus put after a headline goes."""
    first, sep, rest = text.partition("\n\n")
    first = first.strip()
    ends_open = not first.endswith((".", ":", "—", "-"))
    if sep and "\n" not in first and len(first) <= 160 and (
            ends_open or _title_cased(first) or (not _TWO_SENTENCES.search(first) and _opens_with_dateline(rest))):
        # a dateline or a stamp is not a headline; a place before a dash may be one ("Oslo — A Year On")
        furniture = set(strip_furniture(first).found)
        if furniture == {"release"}:  # "EMBARGOED UNTIL ...": the headline may follow it
            title, after = _split_headline(rest)
            return title, f"{first}\n\n{after}"
        if not furniture - {"place"}:
            if first.endswith(".") and not first.endswith("..") and "." not in first.rsplit(None, 1)[-1][:-1]:
                first = first[:-1]  # not the stop of "U.S."
            return first, rest.strip()
    return None, text
