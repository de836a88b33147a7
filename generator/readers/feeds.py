"""RSS and Atom feeds (`.xml`, `.rss`, `.atom`), by feedparser: one article per entry.

Entry bodies are HTML; they go through trafilatura's HTML-to-text so that markup never reaches
the text the extractors see.
"""
from __future__ import annotations

import time

import feedparser
import lxml.html

from .base import Reader, Record, parse_date
from .records import FileError


class FeedReader(Reader):
    extensions = (".xml", ".rss", ".atom")

    def records(self, content: str) -> list[Record]:
        feed = feedparser.parse(content)
        if not feed.entries:
            problem = f": {feed.bozo_exception}" if feed.get("bozo") else ""
            raise FileError(f"not an RSS or Atom feed with entries{problem}")
        outlet = _plain(feed.feed.get("title"))
        records = [_record(entry, outlet) for entry in feed.entries]
        if feed.get("bozo"):
            _say_what_was_recovered(records, feed.bozo_exception)
        return records


def _say_what_was_recovered(records: list[Record], problem: Exception) -> None:
    """A feed that is not well-formed XML (cut short, most often) still gives the entries
    feedparser could read, some perhaps without their text: the warning says how many came
    with it, once, with the first entry, and a feed of which none did is no feed."""
    with_text = sum(1 for record in records if record.text.strip())
    where = _where(problem)
    if not with_text:
        raise FileError(f"the feed is not well-formed XML ({where}) and no entry with its text could be recovered")
    records[0].warnings.append(f"the feed is not well-formed XML ({where}); entries recovered with their "
                               f"text: {with_text} of {len(records)}")


def _where(problem: Exception) -> str:
    """The XML parser's complaint as "line 4: no element found" (it names the file "<unknown>")."""
    if hasattr(problem, "getLineNumber") and hasattr(problem, "getMessage"):
        return f"line {problem.getLineNumber()}: {problem.getMessage()}"
    return str(problem)


def _record(entry, outlet: str | None) -> Record:
    body = ""
    if entry.get("content"):
        body = max((c.get("value", "") for c in entry.content), key=len)
    body = body or entry.get("summary", "")
    return Record(
        text=html_to_text(body),
        title=_plain(entry.get("title")),
        outlet=_plain((entry.get("source") or {}).get("title")) or outlet,
        date=_entry_date(entry),
        url=entry.get("link"),
        author=_plain(entry.get("author")),
        in_collection=True,
    )


def _plain(value: str | None) -> str | None:
    """Feed titles may be HTML ("Tom &amp; Jerry <b>win</b>"): the export holds plain text."""
    return " ".join(html_to_text(value).split()) if value else value


def _entry_date(entry) -> str | None:
    """The date as the feed states it, in the feed's own time zone (feedparser's *_parsed
    fields are in UTC, which would move a late-evening story to the next day)."""
    for key in ("published", "updated", "created"):
        if entry.get(key) and parse_date(entry[key]):
            return parse_date(entry[key]).isoformat()
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return time.strftime("%Y-%m-%d", entry[key])
    return None


def html_to_text(fragment: str) -> str:
    """Paragraph text of an HTML fragment: block elements become paragraphs, tags are dropped."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on broken markup; the text is still wanted
        return fragment
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = root.xpath(".//p|.//h1|.//h2|.//h3|.//li|.//blockquote")
    if not blocks:
        return root.text_content()
    return "\n\n".join(" ".join(b.text_content().split()) for b in blocks if b.text_content().strip())
