"""Rendering briefings to Markdown pages with Jinja2 templates.

Article text is untrusted. Every piece of it reaches a page through one filter, `md`, which makes
it inert as HTML (entities), as Markdown (backslash escapes) and as template syntax (it is data
given to the template, never template source). Front matter is written by a YAML serializer.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Iterable, Optional
from urllib.parse import quote, urlsplit

import jinja2
import yaml

from .analysis.figures import SCALE_WORDS, SMALL_NUMBERS, TENS, is_money
from .model import Briefing, MergedFigure, TimelineEvent
from .words import HANGING_WORDS

# The project's templates/ folder: installed as generator/templates (see setup.py), read in place
# from a source checkout.
_PACKAGE = Path(__file__).resolve().parent
DEFAULT_TEMPLATES = next((p for p in (_PACKAGE / "templates", _PACKAGE.parent / "templates") if p.is_dir()),
                         _PACKAGE / "templates")

# Python-Markdown (MkDocs' parser) honours a backslash before these; each can start markup.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+!|~^])")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])")
_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()
_WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
# The templates a user's folder may override, one per kind of page.
PAGE_TEMPLATES = ("briefing.md.j2", "index.md.j2")


def md(value: object) -> str:
    """Article-derived text as inert Markdown: one line, HTML-escaped, Markdown specials escaped."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = html.escape(text, quote=False)  # quotes are inert outside attributes; keep them readable
    text = _MARKDOWN_SPECIALS.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\2\\\3", text)
    if text.startswith(("-", "=", ">")):
        text = "\\" + text
    return text


def html_text(value: object) -> str:
    return html.escape(" ".join(str(value or "").split()), quote=True)


def safe_url(value: Optional[str]) -> Optional[str]:
    """An http(s) URL fit for a link target, or None: no other scheme becomes a link."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(value.strip(), safe=":/?#[]@!$&'*+,;=%-._~")


def format_number(value: Optional[float]) -> str:
    if value is None:
        return ""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        # whole thousandths of the scale, fewer than a thousand of it but for the largest ("1.519
        # billion", not "1519 million"); 2.3e6 / 1e6 is 2.2999999999999998, so they are compared
        # with a tolerance
        thousandths = value / size * 1000
        if size <= abs(value) and (abs(value) < 1000 * size or size == 1e12) \
                and abs(thousandths - round(thousandths)) < 1e-6:
            return f"{round(thousandths) / 1000:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")  # as written: "3.125", not "3.12"


def earlier_readings(figure: MergedFigure) -> list:
    """The readings a running count has left behind (a figure shown as its newest report gives
    it, the sources not differing): "two people" before "three people" were found dead."""
    if not figure.series:
        return []
    return [r for r in figure.readings if (r.value, r.value_max) != (figure.value, figure.value_max)]


def format_figure(figure: MergedFigure) -> str:
    """The figure's value or range, with its hedge ("about 1,400", "more than 4 trillion") unless
    the sources differ, when the range they span is the figure. An amount of money in units and
    cents keeps both its decimals ("41.50 dollars per share", not "41.5")."""
    values = [v for v in (figure.value, figure.value_max) if v is not None]
    money = is_money(figure.unit)
    cents = money and all(abs(v) < 1e6 and round(v, 2) == v for v in values) \
        and not all(float(v).is_integer() for v in values)
    low, *high = (f"{v:,.2f}" if cents else format_number(v) for v in values)
    shown = f"{low} – {high[0]}" if high else low
    return f"{figure.qualifier} {shown}" if figure.qualifier and not figure.discrepant else shown


# Words either side of a figure that `figure_in_context` shows, at most.
CONTEXT_WORDS = 5
# A clause's edge: a comma, semicolon or colon before a space (not the comma of "3,000"), a
# bracket, a dash set off by spaces.
_CLAUSE_MARK = re.compile(r"[,;:](?=\s|$)|[()]| [—–] ")
_WORD_RUN = re.compile(r"\S+")
_SENTENCE_END = ".!?\"'”’ "


# A number or scale word, which says nothing without its neighbour ("over three…", "…billion deal").
_NUMBER_WORD = re.compile(r"(?i)[$€£]?\d[\d,.]*$|(?:%s|dozen)$" % "|".join(sorted(
    set(SMALL_NUMBERS) | set(TENS) | set(SCALE_WORDS), key=len, reverse=True)))


def figure_in_context(figure: MergedFigure) -> str:
    """The figure's words with the few around them in its sentence, up to the clause's edges:
    "…sought a pay rise of 9 percent over two years" says what "9 percent" counts, which the
    unit alone ("percent") does not. An ellipsis marks where the sentence goes on."""
    at = figure.context.find(figure.text)
    if at < 0:
        return figure.text
    before, opened = _words_before(figure.context[:at])
    after, closed = _words_after(figure.context[at + len(figure.text):])
    return ("…" if opened else "") + " ".join(before + [figure.text]) + after + ("" if closed else "…")


def _words_before(left: str) -> tuple[list[str], bool]:
    """The words of `left` (the sentence before a figure) to show, and whether more stand before them."""
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(left)), default=0)
    words = left[clause_start:].split()
    if len(words) < 3:
        # "Sales rose 7 percent, to $5.4 billion", "the operator, Halden Terminal Group, has
        # offered 4.5 percent": a word or two say too little; the words before say who.
        clause_start, words = 0, left.split()
    kept = words[-CONTEXT_WORDS:]
    while len(kept) < min(len(words), CONTEXT_WORDS + 2) and _NUMBER_WORD.match(kept[0]):
        kept = words[-len(kept) - 1:]  # "…billion deal" -> "…$1.2 billion deal"
    return kept, len(kept) < len(words) or bool(left[:clause_start].strip())


def _words_after(right: str) -> tuple[str, bool]:
    """The text of `right` (the sentence after a figure) to show, spaces kept, and whether the
    sentence ends there."""
    clause_end = next((m.start() for m in _CLAUSE_MARK.finditer(right)), len(right))
    words = list(_WORD_RUN.finditer(right[:clause_end]))
    if len(words) > CONTEXT_WORDS:
        # End on a word that closes a phrase: two words more finish "…voted for the deal",
        # else the open words go ("…over two years before the" -> "…over two years").
        end = CONTEXT_WORDS
        while end < min(len(words), CONTEXT_WORDS + 2) and _hangs(words[end - 1].group()):
            end += 1
        words = words[:end]
        while words and _hangs(words[-1].group()):
            words.pop()
    after = right[:words[-1].end()] if words else ""
    if after.rstrip(_SENTENCE_END) != after and not right[len(after):].strip():
        after = after.rstrip(_SENTENCE_END)  # the sentence's own end: no ellipsis, no full stop
    return after.rstrip(",;:"), not right[len(after):].strip(_SENTENCE_END)


def _hangs(word: str) -> bool:
    return word.lower() in HANGING_WORDS or _NUMBER_WORD.match(word) is not None


def format_date(value: Optional[str], precision: Optional[str] = "day") -> str:
    """A timeline date as a reader says it, at its precision: "Mon 30 Dec 2024", "February 2022"."""
    if not value:
        return "date unknown"
    parts = [int(p) for p in value.split("-")]
    if precision == "year" or len(parts) == 1:
        return str(parts[0])
    if precision == "month" or len(parts) == 2:
        return f"{_MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    day = dt.date(*parts)
    label = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTH_NAMES[day.month - 1][:3]} {day.year}"
    return f"week of {label}" if precision == "week" else label


def plan_mark(event: TimelineEvent, briefing_date: Optional[str]) -> str:
    """What a timeline row says of an event still to come in its source: "expected" while its
    date has not passed by the briefing's newest source, "was expected" once it has and no
    source reports it (a page does not call a day before its own date expected)."""
    if not event.future:
        return ""
    return " (was expected)" if briefing_date and _period_end(event) < briefing_date else " (expected)"


def _period_end(event: TimelineEvent) -> str:
    """The last day of the event's date at its precision, as YYYY-MM-DD ("2026-11" -> "2026-11-31"
    is as good as the 30th for comparing)."""
    if event.precision == "week":
        return (dt.date.fromisoformat(event.date) + dt.timedelta(days=6)).isoformat()
    return event.date + {4: "-12-31", 7: "-31"}.get(len(event.date), "")


class BrokenTemplate(Exception):
    """A template that cannot be compiled or rendered, said in one line: its file, its line and
    what is wrong ("template mine/briefing.md.j2 line 3: unexpected '}'")."""


# The module path Jinja puts in the name of an object without some attribute
# ("'generator.model.Briefing object' has no attribute 'titel'"): a template's author knows none.
_OBJECT_NAME = re.compile(r"'(?:\w+\.)+(\w+ object)'")


def _broken(error: Exception, name: str) -> BrokenTemplate:
    """Where and how a template failed. A syntax error knows its file and line; an error raised
    while rendering (an undefined name) knows neither, but Jinja's traceback has a frame for the
    template line that raised it."""
    filename, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    if line is None:
        filename, line = _template_line(error.__traceback__) or (None, None)
    message = error.message if isinstance(error, jinja2.TemplateError) else str(error)
    what = (f"template {error.name!r} not found" if isinstance(error, jinja2.TemplateNotFound)
            else _OBJECT_NAME.sub(r"'\1'", " ".join((message or type(error).__name__).split())))
    where = f"template {filename or name}" + (f" line {line}" if line else "")
    return BrokenTemplate(f"{where}: {what}")


def _frames(traceback: Optional[TracebackType]) -> list[TracebackType]:
    """A traceback's entries, outermost first."""
    entries = []
    while traceback is not None:
        entries.append(traceback)
        traceback = traceback.tb_next
    return entries


def _in_template(entry: TracebackType) -> bool:
    """Whether a traceback entry is a template's line (Jinja marks their frames)."""
    return "__jinja_exception__" in entry.tb_frame.f_globals


def _raised_in_template(traceback: Optional[TracebackType]) -> bool:
    """Whether the innermost frame of a traceback is a template's line."""
    entries = _frames(traceback)
    return bool(entries) and _in_template(entries[-1])


def _template_line(traceback: Optional[TracebackType]) -> Optional[tuple[str, int]]:
    """The file and line of the innermost template frame (an include's frame is inner to the page's)."""
    lines = [(entry.tb_frame.f_globals["__file__"], entry.tb_lineno) for entry in _frames(traceback)
             if _in_template(entry)]
    return lines[-1] if lines else None


@dataclass(frozen=True)
class Page:
    """A rendered page: its path under the briefings folder and its Markdown."""

    path: str
    content: str


class Renderer:
    """Pages from the templates of `template_dir`, the shipped ones where it has none. Both page
    templates are compiled here, so a broken one fails before any article is read."""

    def __init__(self, template_dir: Optional[Path] = None):
        loaders = [jinja2.FileSystemLoader(str(template_dir))] if template_dir else []
        loaders.append(jinja2.FileSystemLoader(str(DEFAULT_TEMPLATES)))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=False,  # Markdown output: escaping is the `md` filter's, applied to all article text
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(md=md, html_text=html_text, safe_url=safe_url, number=format_number,
                                figure=format_figure, date=format_date,
                                in_context=figure_in_context, plan_mark=plan_mark, earlier=earlier_readings)
        for name in PAGE_TEMPLATES:
            self._template(name)

    def briefing(self, briefing: Briefing) -> Page:
        numbers = {source.id: n for n, source in enumerate(briefing.sources, start=1)}
        outlets = {source.id: source.outlet or "unknown outlet" for source in briefing.sources}
        dates = {source.id: source.date for source in briefing.sources}
        # MkDocs and Material put front matter values into HTML unescaped (the page title, the
        # description attribute), so article-derived values are HTML-escaped here.
        front = front_matter({"title": html_text(briefing.title), "description": html_text(briefing.description),
                              "date": briefing.date, "tags": [html_text(t) for t in briefing.tags]})
        # a citation's tooltip names its source: "Valley Courier, 2026-11-06"
        tooltips = {i: _link_title(", ".join(filter(None, (outlets[i], dates[i])))) for i in numbers}
        content = self._render(
            "briefing.md.j2", briefing=briefing, front_matter=front,
            cite=lambda ids: "".join(f'[[{numbers[i]}]](#source-{numbers[i]} "{tooltips[i]}")'
                                     for i in ids if i in numbers),
            number_of=numbers, outlet_of=outlets, date_of=dates,
        )
        return Page(f"{briefing.slug}.md", _tidy(content))

    def index(self, briefings: Iterable[Briefing]) -> Page:
        newest_first = sorted(briefings, key=lambda b: (b.date or "", b.slug), reverse=True)
        front = front_matter({"title": "Briefings", "description": "All briefings, newest first."})
        content = self._render("index.md.j2", briefings=newest_first, front_matter=front)
        return Page("index.md", _tidy(content))

    def _template(self, name: str) -> jinja2.Template:
        try:
            return self.env.get_template(name)
        except jinja2.TemplateError as error:
            raise _broken(error, name) from None

    def _render(self, name: str, **context) -> str:
        template = self._template(name)
        try:
            return template.render(**context)
        except jinja2.TemplateError as error:
            raise _broken(error, template.filename or name) from None
        except (TypeError, ValueError, ArithmeticError, LookupError) as error:
            # ("{{ briefing.title + 1 }}"): the template's own line failed, not a filter of ours
            if not _raised_in_template(error.__traceback__):
                raise
            raise _broken(error, template.filename or name) from None


# What a Markdown link title may hold of article text: anything else (a quotation mark, a
# bracket, a backslash) could end the title and open markup, so it becomes a space.
_LINK_TITLE_UNSAFE = re.compile(r"[^\w ,.'’&:/-]+")


def _link_title(text: str) -> str:
    return " ".join(_LINK_TITLE_UNSAFE.sub(" ", text).split())


def front_matter(fields: dict) -> str:
    """YAML front matter, written by the serializer so that any title is valid YAML."""
    kept = {k: v for k, v in fields.items() if v not in (None, "", [])}
    return yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=1000)


def _tidy(content: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", content).rstrip() + "\n"
