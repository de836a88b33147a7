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


def briefings_command() -> list[str]:
    """The installed console script beside this Python, else the module."""
    import shutil
    import sys

    script = Path(sys.executable).parent / "briefings"
    if script.exists():
        return [str(script)]
    found = shutil.which("briefings")
    return [found] if found else [sys.executable, "-m", "generator.cli"]


@pytest.fixture(scope="session")
def briefings_cmd() -> list[str]:
    return briefings_command()


@pytest.fixture
def run_briefings():
    """Run the real `briefings` command; returns the CompletedProcess."""
    import subprocess

    def run(*args, cwd=None, check=True):
        result = subprocess.run(briefings_command() + [str(a) for a in args], cwd=cwd,
                                capture_output=True, text=True, timeout=600)
        if check and result.returncode != 0:
            raise AssertionError(f"briefings {' '.join(map(str, args))} exited {result.returncode}:\n"
                                 f"{result.stdout}\n{result.stderr}")
        return result
    return run


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A fresh copy of the project folder's site configuration and hand-written docs."""
    import shutil

    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(PROJECT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs").mkdir()
    shutil.copy(PROJECT / "docs" / "index.md", root / "docs" / "index.md")
    shutil.copytree(PROJECT / "examples", root / "examples")
    return root
