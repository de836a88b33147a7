"""Readers: one class per input format, chosen by file extension (the model is Pelican's readers).

Each reader turns a file into `Record`s; `build_article` makes them `Article`s of one shape.
`read_sources` walks files and folders and never stops at a bad file: the file is skipped with a
message that names it, and the run goes on.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..model import Article
from .base import Reader, build_article, article_id
from .encoding import UnreadableFile, decode
from .feeds import FeedReader
from .html import HtmlReader
from .markdown import MarkdownReader
from .records import FileError, JsonLinesReader, JsonReader
from .text import TextReader

READERS: tuple[type[Reader], ...] = (TextReader, MarkdownReader, HtmlReader, JsonReader, JsonLinesReader, FeedReader)
MAX_FILE_BYTES = 20 * 1024 * 1024


def reader_for(path: Path) -> Reader | None:
    suffix = path.suffix.lower()
    for reader in READERS:
        if suffix in reader.extensions:
            return reader()
    return None


def supported_extensions() -> list[str]:
    return sorted(ext for reader in READERS for ext in reader.extensions)


@dataclass(frozen=True)
class InputWarning:
    """A message about one input file (or one record in it)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    files_seen: int = 0


def read_file(path: Path, relative: str) -> list[Article]:
    """Read one file into articles. Raises UnreadableFile or FileError when nothing can be had."""
    reader = reader_for(path)
    if reader is None:
        raise FileError(f"unsupported file type {path.suffix!r} (supported: {', '.join(supported_extensions())})")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(f"the file is {size // (1024 * 1024)} MiB, over the {MAX_FILE_BYTES // (1024 * 1024)} MiB limit; split it")
    records = reader.records(decode(path.read_bytes()))
    many = len(records) > 1 or any(record.in_collection for record in records)
    articles = []
    for number, record in enumerate(records, start=1):
        record_path = f"{relative}#{number}" if many else relative
        articles.append(build_article(record, record_path, article_id(record_path)))
    return articles


def read_sources(sources: Iterable[Path]) -> ReadResult:
    """Read every supported file under `sources` (files or folders), in a stable order."""
    result = ReadResult()
    for path, relative in _walk(sources, result):
        result.files_seen += 1
        try:
            articles = read_file(path, relative)
        except (UnreadableFile, FileError, OSError) as error:
            result.warnings.append(InputWarning(relative, f"skipped: {error}"))
            continue
        for article in articles:
            result.warnings.extend(InputWarning(article.path, message) for message in article.warnings)
            if article.text:
                result.articles.append(article)
    _make_ids_unique(result.articles)
    return result


def _walk(sources: Iterable[Path], result: ReadResult) -> Iterable[tuple[Path, str]]:
    for source in sources:
        source = Path(source)
        if source.is_file():
            yield source, source.name
        elif source.is_dir():
            for path in _files_under(source, result):
                relative = path.relative_to(source)
                if any(part.startswith(".") for part in relative.parts) or path.name.lower() == "readme.md":
                    continue
                if reader_for(path) is not None:
                    yield path, relative.as_posix()
        else:
            result.warnings.append(InputWarning(str(source), "skipped: no such file or folder"))


def _files_under(folder: Path, result: ReadResult) -> list[Path]:
    """Every file below `folder`, following links to folders once each (a link loop ends)."""
    def unreadable(error: OSError) -> None:
        result.warnings.append(InputWarning(str(error.filename), f"skipped: cannot read this folder ({error.strerror})"))

    seen: set[str] = set()
    files = []
    for here, folders, names in os.walk(folder, followlinks=True, onerror=unreadable):
        real = os.path.realpath(here)
        if real in seen:
            folders[:] = []
            continue
        seen.add(real)
        folders.sort()
        files.extend(Path(here, name) for name in names if Path(here, name).is_file())
    return sorted(files)


def fingerprint(sources: Iterable[Path]) -> tuple:
    """What changes when a source file is added, removed or edited: for `briefings watch`."""
    unused = ReadResult()
    return tuple((relative, path.stat().st_mtime_ns, path.stat().st_size)
                 for path, relative in _walk(sources, unused) if path.exists())


def _make_ids_unique(articles: list[Article]) -> None:
    """Two sources can hold files of the same relative path; their ids must still differ."""
    seen: dict[str, int] = {}
    for article in articles:
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            article.id = f"{article.id}-{count + 1}"
