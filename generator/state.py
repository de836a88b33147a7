"""State kept between runs in an embedded SQLite database under the output's `.briefings/`.

It remembers which story each article belonged to and each story's slug, so that ids and URLs
stay stable as sources are added: a new article joins an existing story or starts one.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

DATABASE = "state.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_members (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_slugs (story_id TEXT PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
"""


class State:
    def __init__(self, state_dir: Path):
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / DATABASE

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path)
        connection.executescript(_SCHEMA)
        return connection

    def story_of_articles(self) -> dict[str, str]:
        with closing(self._connect()) as db:
            return dict(db.execute("SELECT article_id, story_id FROM story_members"))

    def slugs(self) -> dict[str, str]:
        with closing(self._connect()) as db:
            return dict(db.execute("SELECT story_id, slug FROM story_slugs"))

    def save(self, members: dict[str, str], slugs: dict[str, str]) -> None:
        """Record this run's assignments in one transaction; earlier slugs are kept for reuse."""
        with closing(self._connect()) as db, db:
            db.executemany("INSERT OR REPLACE INTO story_members VALUES (?, ?)", sorted(members.items()))
            db.executemany("DELETE FROM story_slugs WHERE slug = ? AND story_id != ?",
                           [(slug, story) for story, slug in sorted(slugs.items())])
            db.executemany("INSERT OR REPLACE INTO story_slugs VALUES (?, ?)", sorted(slugs.items()))
