"""Markdown articles (`.md`): YAML front matter for metadata, the body parsed by markdown-it-py.

The body is reduced to plain prose: headings, emphasis and links become their words, so that no
Markdown structure of an article can reach a briefing page.
"""
from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from .base import AUTHOR_KEYS, DATE_KEYS, OUTLET_KEYS, TEXT_KEYS, TITLE_KEYS, URL_KEYS, Reader, Record

class _NoAliasLoader(yaml.SafeLoader):
    """Front matter has no use for anchors and aliases, and an alias chain can blow up memory."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", event.start_mark)
        return super().compose_node(parent, index)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_OPENING = re.compile(r"\A---[ \t]*\n")
# A line of front matter: a field ("date: 2026-11-05"), or an indented line of a value left empty
# on its field's line ("tags:" then "  - port").
_FIELD_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")
_CONTINUATION_LINE = re.compile(r"[ \t]+\S")
# Fields an article's front matter has: a text opening with "TARROW:" or "Update:" after a rule
# has none of them.
_KNOWN_FIELDS = frozenset(TITLE_KEYS + DATE_KEYS + OUTLET_KEYS + URL_KEYS + AUTHOR_KEYS + TEXT_KEYS
                          + ("tags", "lang", "language", "categories"))


class MarkdownReader(Reader):
    extensions = (".md", ".markdown")

    def records(self, content: str) -> list[Record]:
        metadata, body, warnings = split_front_matter(content)
        record = Record.from_mapping(metadata, text=markdown_to_text(body))
        record.warnings.extend(warnings)
        return [record]


def split_front_matter(content: str) -> tuple[dict, str, list[str]]:
    content = content.lstrip("\ufeff")
    match = _FRONT_MATTER.match(content)
    if not match:
        return _unclosed_front_matter(content)
    data, warnings = _fields(match.group(1))
    return data, content[match.end():], warnings


def _unclosed_front_matter(content: str) -> tuple[dict, str, list[str]]:
    """Front matter opened with --- but never closed: the field lines right after the opening are
    its fields all the same, and the text starts after them; they must not become article text.
    With no field line after it, the --- is a Markdown rule opening the text."""
    if not _OPENING.match(content):
        return {}, content, []
    lines = content.split("\n")
    keys: list[str] = []
    end, value_follows = 1, False
    while end < len(lines):
        field = _FIELD_LINE.match(lines[end])
        if field:
            keys.append(field.group(1))
            value_follows = not lines[end][field.end():].strip()
        elif not (value_follows and _CONTINUATION_LINE.match(lines[end])):
            break  # a blank line, prose, or an indented line after a field that has its value
        end += 1
    if not _KNOWN_FIELDS.intersection(keys):
        return {}, content, []
    data, warnings = _fields("\n".join(lines[1:end]))
    fields = "line 2 was" if end == 2 else f"lines 2-{end} were"
    warnings.insert(0, f"front matter opened with --- on line 1 is never closed; {fields} read as its "
                       "fields, the rest as text: close it with a --- line")
    return data, "\n".join(lines[end:]), warnings


def _fields(front_matter: str) -> tuple[dict, list[str]]:
    """The fields of front matter (the YAML between its --- lines), and what was wrong with it."""
    try:
        data = yaml.load(front_matter, Loader=_NoAliasLoader)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 2})" if where else ""
        data = _fields_one_by_one(front_matter)
        if data:
            # "title: Storm Ada: what we know" (an unquoted colon) must not cost the date and outlet
            return data, [f"front matter is not valid YAML{line}; its fields were read one by one, values "
                          "that are not valid YAML as plain text: quote values that hold a colon"]
        return {}, [f"front matter is not valid YAML{line}; its fields were ignored: fix the YAML"]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, ["front matter is not a mapping of fields; it was ignored"]
    return data, []


_YAML_INDICATORS = frozenset("*&!|>%@`[{")


def _fields_one_by_one(front_matter: str) -> dict:
    """Each field of front matter that is no valid YAML as a whole, read alone (with the indented
    lines of its value): as YAML where it is, else, on one line, as the plain text after its colon."""
    blocks: list[list[str]] = []
    for line in front_matter.split("\n"):
        if _FIELD_LINE.match(line):
            blocks.append([line])
        elif blocks and _CONTINUATION_LINE.match(line):
            blocks[-1].append(line)
    data: dict = {}
    for block in blocks:
        try:
            field = yaml.load("\n".join(block), Loader=_NoAliasLoader)
        except yaml.YAMLError:
            if len(block) > 1:
                continue
            key, _, value = block[0].partition(":")
            value = value.strip()
            if value[:1] in _YAML_INDICATORS:
                continue  # an alias ("*b"), a tag, a flow list: YAML that failed, not plain text
            if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]  # a quoted value, its marks dropped ("'It's over' says Lenn" keeps its own)
            field = {key.strip(): value}
        if isinstance(field, dict):
            data.update(field)
    return data


def markdown_to_text(body: str) -> str:
    """The words of a Markdown body, one paragraph per line group, markup dropped."""
    parser = MarkdownIt("commonmark")
    paragraphs: list[str] = []
    for token in parser.parse(body):
        if token.type == "inline":
            paragraphs.append(_inline_text(token))
        elif token.type in ("fence", "code_block") and token.content.strip():
            paragraphs.append(token.content.strip())
    return "\n\n".join(p for p in paragraphs if p.strip())


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
        # Inline HTML is markup, not words of the article: it is dropped.
    return "".join(parts)
