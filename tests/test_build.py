"""The build (setup.py): the templates ship inside the package, and the modules it may compile
type-check, since compiled code enforces its annotations at run time."""
from __future__ import annotations

import ast
import fnmatch
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]


def _setup_value(name: str):
    """A literal that setup.py assigns or passes to setup(), read without running it."""
    for node in ast.walk(ast.parse((PROJECT / "setup.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
        if isinstance(node, ast.keyword) and node.arg == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"setup.py sets no {name}")


def test_every_template_ships_with_the_package():
    assert _setup_value("package_dir") == {"generator.templates": "templates"}
    patterns = _setup_value("package_data")["generator.templates"]
    templates = [p.name for p in (PROJECT / "templates").iterdir() if p.is_file()]
    assert "briefing.md.j2" in templates
    assert [t for t in templates if not any(fnmatch.fnmatch(t, p) for p in patterns)] == []


def test_the_modules_compiled_by_setup_type_check(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs the test extra, which holds mypy")
        pytest.skip("mypy is missing (pip install -e '.[test]')")
    modules = _setup_value("COMPILED")
    assert "generator/analysis/entities.py" in modules
    result = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), *modules],
                            cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_compiled_install_runs_compiled_modules():
    if os.environ.get("BRIEFINGS_EXPECT_COMPILED") != "1":
        pytest.skip("only for the compiled build in CI (BRIEFINGS_EXPECT_COMPILED=1)")
    for path in _setup_value("COMPILED"):
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert Path(module.__file__).suffix == ".so", module.__file__


def _backend():
    spec = importlib.util.spec_from_file_location("briefings_backend", PROJECT / "build_backend" / "backend.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_wheel_is_compiled_unless_asked_not_to_or_the_machine_cannot(monkeypatch, capsys):
    backend = _backend()
    monkeypatch.setenv("BRIEFINGS_COMPILE", "0")
    assert not backend.compile_wanted() and backend.get_requires_for_build_wheel() == []
    monkeypatch.delenv("BRIEFINGS_COMPILE")
    monkeypatch.setenv("CC", str(PROJECT / "no-such-compiler"))
    assert backend.missing_for_compiling() == "a C compiler (Debian: apt-get install gcc)"
    assert not backend.compile_wanted()
    assert "building pure Python, since a C compiler" in capsys.readouterr().err
