"""HTML pages (`.html`, `.htm`): main text and metadata by trafilatura, boilerplate dropped."""
from __future__ import annotations

import trafilatura

from ..words import counted
from .base import Reader, Record


MIN_WORDS = 12
MAX_DATE = "2199-12-31"


class HtmlReader(Reader):
    extensions = (".html", ".htm")

    def records(self, content: str) -> list[Record]:
        document = trafilatura.bare_extraction(
            content,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            # Only dates the page states; never the extraction day (output must be reproducible).
            # (and not bounded by it: htmldate rejects dates after "today" by default, so a page dated
            # tomorrow on the machine's clock fell back to another date)
            date_extraction_params={"extensive_search": False, "original_date": True, "max_date": MAX_DATE},
        )
        if document is None:
            return [Record(text="", no_text_because="no article text found in the HTML (only navigation or boilerplate)")]
        data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
        text = data.get("text") or ""
        if len(text.split()) < MIN_WORDS:
            # trafilatura falls back to any text it finds; a few words of navigation are no article.
            return [Record(text="", no_text_because=f"no article text found in the HTML (only "
                                                    f"{counted(len(text.split()), 'word')} outside navigation "
                                                    "and boilerplate)")]
        return [Record(
            text=text,
            title=data.get("title"),
            outlet=data.get("sitename"),
            date=data.get("date"),
            url=data.get("url"),
            author=data.get("author"),
            language=data.get("language"),
        )]
