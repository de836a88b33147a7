"""Markdown articles (`.md`): YAML front matter for metadata, the body parsed by markdown-it-py.

The body is reduced to plain prose: headings, emphasis and links become their words, so that no
Markdown structure of an article can reach a briefing page.
"""
from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from .base import Reader, Record

class _NoAliasLoader(yaml.SafeLoader):
    """Front matter has no use for anchors and aliases, and an alias chain can blow up memory."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed", event.start_mark)
        return super().compose_node(parent, index)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class MarkdownReader(Reader):
    extensions = (".md", ".markdown")

    def records(self, content: str) -> list[Record]:
        metadata, body, warnings = split_front_matter(content)
        record = Record.from_mapping(metadata, text=markdown_to_text(body))
        record.warnings.extend(warnings)
        return [record]


def split_front_matter(content: str) -> tuple[dict, str, list[str]]:
    match = _FRONT_MATTER.match(content.lstrip("\ufeff"))
    if not match:
        return {}, content, []
    body = content[match.end():]
    try:
        data = yaml.load(match.group(1), Loader=_NoAliasLoader)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 2})" if where else ""
        return {}, body, [f"front matter is not valid YAML{line}; its fields were ignored: fix the YAML"]
    if data is None:
        return {}, body, []
    if not isinstance(data, dict):
        return {}, body, ["front matter is not a mapping of fields; it was ignored"]
    return data, body, []


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
