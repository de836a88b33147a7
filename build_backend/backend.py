"""The build backend: setuptools', asking for mypy only when a compiled build is wanted.

`BRIEFINGS_COMPILE=1 pip install .` compiles the per-article analysis with mypyc (see setup.py);
a plain install builds pure Python and needs nothing beyond setuptools. Editable installs are
never compiled: a compiled module shadows its source, so edits to it would silently not run.
"""
from __future__ import annotations

import os

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F401,F403  (the rest of the PEP 517 hooks, unchanged)

COMPILER = "mypy==2.4.1"  # mypyc ships with mypy


def compile_wanted() -> bool:
    return os.environ.get("BRIEFINGS_COMPILE") == "1"


def get_requires_for_build_wheel(config_settings=None):
    # (not setuptools' own hook: it runs setup.py, which needs mypyc before this returns it)
    return [COMPILER] if compile_wanted() else []


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    if compile_wanted():
        print("briefings: BRIEFINGS_COMPILE is ignored for an editable install (a compiled module "
              "would hide later edits of its source); use `pip install .` to compile")
    os.environ["BRIEFINGS_COMPILE"] = "0"
    return build_meta.build_editable(wheel_directory, config_settings, metadata_directory)
