"""PDF output: one PDF per briefing page and a combined edition, from the rendered Markdown pages.

The pages go through Python-Markdown with the site's extensions (tables, toc), so the PDF shows what
the site shows, then through WeasyPrint with `templates/print.css`. Article text in the pages is
already inert (render.py's `md` filter); nothing here unescapes it. WeasyPrint may read only data:
URLs and files under the templates folder, so no page can make it fetch anything over the network.

Output is byte-identical for the same input: the PDF dates come from the briefing dates (never the
clock) and the file identifier is a hash of the document, so two runs give the same bytes.

Importing this module loads WeasyPrint and its system libraries (Pango): import it lazily.
"""
from __future__ import annotations

import hashlib
import html
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlsplit

import markdown
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

from .readers.markdown import split_front_matter
from .render import DEFAULT_TEMPLATES, Page
from .words import counted
from .write import atomic_write, list_generated_files, replace_generated_files

PRINT_CSS = DEFAULT_TEMPLATES / "print.css"
MARKDOWN_EXTENSIONS = ["tables", "toc"]  # as mkdocs.yml; toc's permalink marks are for screens only
INDEX_PAGE = "index.md"
# Lists the PDFs the last run wrote, so the PDF of a briefing that is gone is removed, and nothing
# else in the folder ever is.
PDF_MANIFEST = ".briefings-pdf.json"

# Article text cannot hold "<" (the `md` filter made it "&lt;"), so every tag here is markup of the
# template or of Markdown, and rewriting attributes inside tags never touches article words.
_TAG = re.compile(r"<[A-Za-z][^>]*>")
_ANCHOR_ATTRIBUTE = re.compile(r'(?<=\s)(id|href)="(#?)([^"]*)"')  # whole attributes: not data-id=
_NOT_ID = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class PrintPage:
    """A briefing page ready for print: its slug, front matter values and body as HTML."""

    slug: str
    title: str  # plain text
    date: Optional[str]
    body: str


def write_pdfs(pages: list[Page], out_dir: Path, title: str = "Briefings") -> list[Path]:
    """Write out_dir/<slug>.pdf per briefing page (index.md skipped) and out_dir/edition.pdf, the
    briefings in the order given (newest first) behind a cover and a contents list. PDFs an earlier
    run wrote for briefings that are gone are removed; other files in out_dir are left alone."""
    stylesheet = CSS(filename=str(PRINT_CSS), url_fetcher=LocalOnlyFetcher())
    briefings = [to_print_page(p) for p in pages if Path(p.path).name != INDEX_PAGE]
    written = [out_dir / f"{briefing.slug}.pdf" for briefing in briefings] + [out_dir / "edition.pdf"]
    out_dir.mkdir(parents=True, exist_ok=True)
    list_generated_files(out_dir, PDF_MANIFEST, [p.name for p in written])
    for briefing, path in zip(briefings, written):
        document = html_document(briefing.title, briefing.date, article(briefing, prefix=""))
        atomic_write(path, render_pdf(document, stylesheet))
    atomic_write(written[-1], render_pdf(edition_html(briefings, title), stylesheet))
    replace_generated_files(out_dir, PDF_MANIFEST, [p.name for p in written])
    return written


def to_print_page(page: Page) -> PrintPage:
    front, body, _ = split_front_matter(page.content)
    slug = _NOT_ID.sub("-", Path(page.path).stem).strip("-") or "briefing"
    # render.py HTML-escapes front matter values (MkDocs shows them unescaped): undo it once here,
    # and escape again wherever the title goes into HTML.
    title = html.unescape(str(front.get("title") or slug))
    date = str(front["date"]) if front.get("date") else None
    return PrintPage(slug, title, date, markdown.markdown(body, extensions=MARKDOWN_EXTENSIONS))


def prefix_anchors(body: str, prefix: str) -> str:
    """Make every id and in-page link unique to one briefing: id="x" and href="#x" become prefix+x."""
    def attribute(match: re.Match) -> str:
        name, hash_mark, value = match.groups()
        if name == "href" and not hash_mark:
            return match.group(0)  # a link out of the page
        return f'{name}="{hash_mark}{prefix}{value}"'

    return _TAG.sub(lambda tag: _ANCHOR_ATTRIBUTE.sub(attribute, tag.group(0)), body)


def article(briefing: PrintPage, prefix: str) -> str:
    if not prefix:
        return f'<article class="briefing">\n{briefing.body}</article>\n'
    # Ids inside carry "<slug>--"; the article's own id is the bare slug, which none of them can be.
    return f'<article class="briefing" id="{briefing.slug}">\n{prefix_anchors(briefing.body, prefix)}</article>\n'


def edition_html(briefings: list[PrintPage], title: str) -> str:
    dates = sorted(b.date for b in briefings if b.date)
    span = (f"{dates[0]} – {dates[-1]}" if dates[0] != dates[-1] else dates[0]) if dates else "undated"
    count = counted(len(briefings), "briefing")
    cover = (f'<section class="cover">\n<h1 class="edition-title">{html.escape(title)}</h1>\n'
             f'<p class="date-range">{html.escape(span)}</p>\n<p class="count">{count}, newest first</p>\n'
             f'</section>\n')
    entries = "".join(
        f'<li><a href="#{b.slug}"><span class="entry-date">{html.escape(b.date or "undated")}</span>'
        f'<span class="entry-title">{html.escape(b.title)}</span></a></li>\n' for b in briefings)
    contents = (f'<nav class="contents">\n<h2>Contents</h2>\n<ol>\n{entries}</ol>\n</nav>\n' if briefings
                else '<nav class="contents">\n<h2>Contents</h2>\n<p><em>No briefings yet.</em></p>\n</nav>\n')
    articles = "".join(article(b, prefix=f"{b.slug}--") for b in briefings)
    return html_document(title, dates[-1] if dates else None, cover + contents + articles)


def html_document(title: str, date: Optional[str], body: str) -> str:
    # The PDF's creation and modification dates are the (newest) briefing date, never the clock.
    dated = (f'<meta name="dcterms.created" content="{html.escape(date)}">\n'
             f'<meta name="dcterms.modified" content="{html.escape(date)}">\n') if date else ""
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{html.escape(title)}</title>\n<meta name="generator" content="briefings">\n{dated}'
            f'</head>\n<body>\n{body}</body>\n</html>\n')


def render_pdf(document: str, stylesheet: CSS) -> bytes:
    # A file identifier from the content, not a random one: same document, same bytes.
    identifier = hashlib.sha256(document.encode("utf-8")).hexdigest()[:32].encode("ascii")
    return HTML(string=document, url_fetcher=LocalOnlyFetcher()).write_pdf(
        stylesheets=[stylesheet], pdf_identifier=identifier)


class LocalOnlyFetcher(URLFetcher):
    """Fetches data: URLs and files under the templates folder; refuses everything else."""

    def fetch(self, url, headers=None):
        if not allowed_url(url):
            raise ValueError(f"briefings PDF: refused to fetch {url[:80]}")
        return super().fetch(url, headers)


def allowed_url(url: str, root: Path = DEFAULT_TEMPLATES) -> bool:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "data":
        return True
    if scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    path = Path(os.path.realpath(unquote(parts.path)))
    return path.is_relative_to(root.resolve())
