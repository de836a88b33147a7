"""Writing: atomic, untouched when unchanged, stale generated pages removed, others kept."""
import json
import os

import pytest

from generator.render import Page
from generator.write import atomic_write, write_pages


def test_unchanged_file_is_not_rewritten(tmp_path):
    path = tmp_path / "a.md"
    assert atomic_write(path, "one") is True
    before = os.stat(path).st_mtime_ns
    assert atomic_write(path, "one") is False
    assert os.stat(path).st_mtime_ns == before
    assert atomic_write(path, "two") is True and path.read_text() == "two"


def test_a_failed_write_leaves_the_previous_file(tmp_path, monkeypatch):
    path = tmp_path / "a.md"
    atomic_write(path, "previous")

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(path, "new")
    assert path.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary file left behind


def test_manifest_removes_only_stale_generated_pages(tmp_path):
    docs, state = tmp_path / "docs", tmp_path / "docs" / ".briefings"
    (docs / "briefings").mkdir(parents=True)
    (docs / "briefings" / "hand-written.md").write_text("mine")
    first = write_pages(docs, "briefings", [Page("a.md", "A"), Page("b.md", "B")], state)
    assert first.written == ["briefings/a.md", "briefings/b.md"]
    second = write_pages(docs, "briefings", [Page("a.md", "A")], state)
    assert (second.unchanged, second.removed) == (["briefings/a.md"], ["briefings/b.md"])
    assert (docs / "briefings" / "hand-written.md").read_text() == "mine"
    assert json.loads((state / "manifest.json").read_text())["files"] == ["briefings/a.md"]


def test_a_tampered_manifest_cannot_delete_outside_the_docs(tmp_path):
    docs, state = tmp_path / "docs", tmp_path / "docs" / ".briefings"
    outside = tmp_path / "precious.txt"
    outside.write_text("keep")
    state.mkdir(parents=True)
    (state / "manifest.json").write_text(json.dumps({"files": ["../precious.txt", str(outside)]}))
    write_pages(docs, "briefings", [Page("a.md", "A")], state)
    assert outside.read_text() == "keep"


def test_replace_folder_swaps_a_whole_site_in(tmp_path):
    from generator.write import replace_folder
    site, new = tmp_path / "site", tmp_path / "new"
    site.mkdir(); (site / "old.html").write_text("old")
    new.mkdir(); (new / "index.html").write_text("new")
    replace_folder(new, site)
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_hand_written_files_in_the_way_are_kept(tmp_path):
    docs, state = tmp_path / "docs", tmp_path / "docs" / ".briefings"
    (docs / "briefings").mkdir(parents=True)
    (docs / "briefings" / "index.md").write_text("MINE")
    report = write_pages(docs, "briefings", [Page("index.md", "generated"), Page("a.md", "A")], state)
    assert report.kept == ["briefings/index.md"] and report.written == ["briefings/a.md"]
    assert (docs / "briefings" / "index.md").read_text() == "MINE"
    assert json.loads((state / "manifest.json").read_text())["files"] == ["briefings/a.md"]
