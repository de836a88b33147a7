"""State between runs: story assignments, slugs and the analysis cache."""
import dataclasses
import datetime as dt

from generator.analysis import analyse
from generator.model import Article
from generator.state import State, analysis_from_json, analysis_key, analysis_to_json

TEXT = ("A crane collapsed at the Tarrow terminal on Monday, stranding about 4,200 containers. "
        "\"We will not reopen the berths,\" said harbour master Dana Whitlock.")


def article(text=TEXT, published=dt.date(2026, 11, 3)):
    return Article(id="a1", path="a.txt", text=text, published=published)


def test_an_analysis_survives_the_round_trip_exactly():
    analysis = analyse(article())
    assert analysis.figures and analysis.quotes and analysis.dates
    assert analysis_from_json(analysis_to_json(analysis)) == analysis


def test_the_key_follows_text_and_date():
    base = analysis_key(article())
    assert analysis_key(article()) == base
    assert analysis_key(article(text=TEXT + " More.")) != base
    assert analysis_key(article(published=dt.date(2026, 11, 4))) != base  # "on Monday" resolves anew


def test_cache_stores_and_prunes(tmp_path):
    state = State(tmp_path)
    a, b = analyse(article()), dataclasses.replace(analyse(article()), article_id="a2")
    state.cache_analyses({"k1": a, "k2": b}, keep=["k1", "k2"])
    assert state.cached_analyses(["k1", "k2", "k3"]) == {"k1": a, "k2": b}
    state.cache_analyses({}, keep=["k2"])
    assert set(state.cached_analyses(["k1", "k2"])) == {"k2"}


def test_story_members_and_slugs_persist(tmp_path):
    State(tmp_path).save({"a1": "s1", "a2": "s1"}, {"s1": "crane-falls"})
    state = State(tmp_path)
    assert state.story_of_articles() == {"a1": "s1", "a2": "s1"}
    assert state.slugs() == {"s1": "crane-falls"}
    state.save({"a3": "s2"}, {"s2": "crane-falls"})  # a slug passes to the story that has it now
    assert state.slugs() == {"s2": "crane-falls"}


def test_the_cache_key_covers_every_module_of_ours_the_analysis_imports():
    import re
    from pathlib import Path

    from generator.state import EXTRACTOR_CODE

    package = Path(__file__).resolve().parents[1] / "generator"
    hashed = {p for pattern in EXTRACTOR_CODE for p in package.glob(pattern)}
    imported = {package / f"{name}.py" for code in (package / "analysis").glob("*.py")
                for name in re.findall(r"^from \.\.(\w+) import", code.read_text(encoding="utf-8"), re.M)}
    assert package / "days.py" in imported  # (the check reads the imports)
    assert imported <= hashed, f"edits to {sorted(p.name for p in imported - hashed)} would not refresh the cache"
