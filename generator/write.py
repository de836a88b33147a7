"""Writing pages: atomic, only when changed, with a manifest so stale pages go and others stay.

Each file is written to a temporary file beside it and renamed into place, so a crash leaves the
previous version. A page whose content is unchanged is not touched, which keeps `mkdocs serve`
from rebuilding in a loop. The manifest (`.briefings/manifest.json` under the docs folder) lists
what the generator wrote; only those files are ever removed, never a hand-written page.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .render import Page

MANIFEST = "manifest.json"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # hand-written files in the way, left alone


def atomic_write(path: Path, content: str | bytes) -> bool:
    """Write `content` to `path` atomically; return False when the file already held it."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(handle, 0o644)  # mkstemp makes the file private; pages and PDFs are for sharing
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def write_pages(docs_dir: Path, subdir: str, pages: list[Page], state_dir: Path) -> WriteReport:
    """Write `pages` under docs_dir/subdir and remove the pages a previous run wrote and this one
    did not. A file the generator did not write (not in the manifest) is never overwritten."""
    report = WriteReport()
    manifest_path = state_dir / MANIFEST
    previous = set(read_manifest(state_dir))
    current = [f"{subdir}/{page.path}" for page in pages]
    # Listed before they are written: a crash midway must not leave pages that look hand-written.
    _write_manifest(manifest_path, previous | set(current))
    for page, relative in zip(pages, current):
        target = docs_dir / relative
        if target.exists() and relative not in previous and target.read_text(errors="replace") != page.content:
            report.kept.append(relative)
        elif atomic_write(target, page.content):
            report.written.append(relative)
        else:
            report.unchanged.append(relative)
    report.removed = _remove_files(docs_dir, previous - set(current))
    _write_manifest(manifest_path, set(current) - set(report.kept))
    return report


def hand_written(docs_dir: Path, subdir: str, state_dir: Path) -> set[str]:
    """Names of the pages under docs_dir/subdir that the generator did not write."""
    folder = docs_dir / subdir
    if not folder.is_dir():
        return set()
    ours = set(read_manifest(state_dir))
    return {p.name for p in folder.iterdir() if p.is_file() and f"{subdir}/{p.name}" not in ours}


def _write_manifest(path: Path, files: set[str]) -> None:
    atomic_write(path, json.dumps({"version": 1, "files": sorted(files)}, indent=2) + "\n")


def list_generated_files(folder: Path, manifest_name: str, names: list[str]) -> None:
    """Add `names` (under folder) to folder/manifest_name before they are written: a crash midway
    must not leave generated files that no manifest lists, as those would never be removed."""
    manifest = folder / manifest_name
    _write_manifest(manifest, set(read_manifest_file(manifest)) | set(names))


def replace_generated_files(folder: Path, manifest_name: str, written: list[str]) -> list[str]:
    """Record `written` (names under folder) in folder/manifest_name and remove the files a previous
    run recorded there and this one did not write. Returns the names removed."""
    manifest = folder / manifest_name
    removed = _remove_files(folder, set(read_manifest_file(manifest)) - set(written))
    _write_manifest(manifest, set(written))
    return removed


def _remove_files(folder: Path, names: set[str]) -> list[str]:
    """Remove the files `names` (relative to folder) that are there; return those removed, sorted."""
    removed = []
    for name in sorted(names):
        if (folder / name).is_file():
            (folder / name).unlink()
            removed.append(name)
    return removed


def read_manifest(state_dir: Path) -> list[str]:
    return read_manifest_file(state_dir / MANIFEST)


def read_manifest_file(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return []
    files = data.get("files", []) if isinstance(data, dict) else []
    # Only paths below the docs folder: a tampered manifest must not delete anything else.
    return [f for f in files if isinstance(f, str) and ".." not in Path(f).parts and not Path(f).is_absolute()]


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder `new` in the place of `target` by renames: at every moment one whole
    version (the old or the new) is there, under `target` or beside it."""
    if not target.exists():
        os.replace(new, target)
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)
