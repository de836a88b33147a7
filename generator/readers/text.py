"""Plain-text articles (`.txt`): the wire form, with datelines, headers and credits."""
from __future__ import annotations

from .base import Reader, Record


class TextReader(Reader):
    extensions = (".txt", ".text")

    def records(self, content: str) -> list[Record]:
        return [Record(text=content, headline_in_text=True)]
