"""Shared fixtures: the project root, and the real articles in ../shared/seeds when present."""
from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT.parent / "shared" / "seeds"


@pytest.fixture
def project_root() -> Path:
    return PROJECT


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds is absent")
    return SEEDS


@pytest.fixture
def seed_texts(seeds_dir: Path) -> dict[str, str]:
    """Each seed's text as the reader produces it, keyed by the outlet its credit names."""
    from generator.readers import read_file

    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        article = read_file(path, path.name)[0]
        out[article.outlet or path.name] = article
    return out
