"""State kept between runs in an embedded SQLite database under the output's `.briefings/`.

It remembers which story each article belonged to and each story's slug, so that ids and URLs
stay stable as sources are added: a new article joins an existing story or starts one. It also
caches each article's analysis, keyed by the article's text, its publication date and the code of
the extractors, so a rerun (`mkdocs serve`, `briefings watch`) analyses only what changed.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from contextlib import closing
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .model import Analysis, Article, DateMention, Entity, Figure, Quote, Span

DATABASE = "state.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_members (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_slugs (story_id TEXT PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, analysis TEXT NOT NULL);
"""


class State:
    def __init__(self, state_dir: Path):
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / DATABASE

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path)
        connection.executescript(_SCHEMA)  # no write when the tables exist
        return connection

    def story_of_articles(self) -> dict[str, str]:
        with closing(self._connect()) as db:
            return dict(db.execute("SELECT article_id, story_id FROM story_members"))

    def slugs(self) -> dict[str, str]:
        with closing(self._connect()) as db:
            return dict(db.execute("SELECT story_id, slug FROM story_slugs"))

    def save(self, members: dict[str, str], slugs: dict[str, str]) -> None:
        """Record this run's assignments in one transaction; earlier slugs are kept for reuse.

        Nothing is written when nothing changed: the database lives in the docs folder, which
        `mkdocs serve` watches, and a write on every build would make it rebuild for ever."""
        known_members, known_slugs = self.story_of_articles(), self.slugs()
        new_members = sorted((a, s) for a, s in members.items() if known_members.get(a) != s)
        new_slugs = sorted((s, slug) for s, slug in slugs.items() if known_slugs.get(s) != slug)
        if not new_members and not new_slugs:
            return
        with closing(self._connect()) as db, db:
            db.executemany("INSERT OR REPLACE INTO story_members VALUES (?, ?)", new_members)
            db.executemany("DELETE FROM story_slugs WHERE slug = ? AND story_id != ?",
                           [(slug, story) for story, slug in new_slugs])
            db.executemany("INSERT OR REPLACE INTO story_slugs VALUES (?, ?)", new_slugs)

    def cached_analyses(self, keys: Iterable[str]) -> dict[str, Analysis]:
        wanted = list(keys)
        found: dict[str, Analysis] = {}
        with closing(self._connect()) as db:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                rows = db.execute(f"SELECT key, analysis FROM analyses WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                found.update((key, analysis_from_json(text)) for key, text in rows)
        return found

    def cache_analyses(self, analyses: dict[str, Analysis], keep: Iterable[str]) -> None:
        """Store new analyses and drop those of articles no longer read (`keep`: this run's keys)."""
        with closing(self._connect()) as db, db:
            db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?)",
                           sorted((key, analysis_to_json(a)) for key, a in analyses.items()))
            db.execute("CREATE TEMP TABLE kept (key TEXT PRIMARY KEY)")
            db.executemany("INSERT OR IGNORE INTO kept VALUES (?)", [(k,) for k in keep])
            db.execute("DELETE FROM analyses WHERE key NOT IN (SELECT key FROM kept)")


def analysis_key(article: Article) -> str:
    """Changes when the text, the publication date or any extractor's code changes."""
    published = article.published.isoformat() if article.published else ""
    return hashlib.sha1(f"{_extractors_version()}|{article.id}|{published}|{article.text}".encode()).hexdigest()


# The extractors' code: the analysis package and the modules of ours it imports.
EXTRACTOR_CODE = ("analysis/*.py", "model.py", "days.py", "letters.py")


@lru_cache(maxsize=1)
def _extractors_version() -> str:
    package = Path(__file__).parent
    digest = hashlib.sha1()
    for path in sorted(p for pattern in EXTRACTOR_CODE for p in package.glob(pattern)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def analysis_to_json(analysis: Analysis) -> str:
    return json.dumps(dataclasses.asdict(analysis), ensure_ascii=False, separators=(",", ":"))


def analysis_from_json(text: str) -> Analysis:
    data = json.loads(text)
    return Analysis(
        article_id=data["article_id"],
        sentences=[Span(**s) for s in data["sentences"]],
        figures=[Figure(**f) for f in data["figures"]],
        quotes=[Quote(**q) for q in data["quotes"]],
        dates=[DateMention(**d) for d in data["dates"]],
        entities=[Entity(**e) for e in data["entities"]],
    )
