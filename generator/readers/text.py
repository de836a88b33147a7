"""Plain-text articles (`.txt`): the wire form, with datelines, headers and credits."""
from __future__ import annotations

from .base import Reader, Record, decode_references


class TextReader(Reader):
    extensions = (".txt", ".text")

    def records(self, content: str) -> list[Record]:
        # Text copied from a web page may carry its character references ("&quot;", "&#124;").
        return [Record(text=decode_references(content) or "", headline_in_text=True)]
