"""The build backend: setuptools', deciding whether the wheel compiles the per-article analysis.

`pip install .` compiles it with mypyc (see setup.py) when the machine can: a C compiler and the
Python headers (Debian: gcc, python3-dev), and mypyc (pip's isolated build installs it; without
isolation it must be installed). Else, or with BRIEFINGS_COMPILE=0, the wheel is pure Python, the
same code, whose analysis takes about half as long again, and the build says so (`pip install
-v`). BRIEFINGS_COMPILE=1 changes nothing: compiling is the default where it can be done. Editable installs are never
compiled: a compiled module shadows its source, so edits to it would silently not run.
The decision reaches setup.py as BRIEFINGS_COMPILE=1 or 0.
"""
from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import sys
import sysconfig

from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F401,F403  (the rest of the PEP 517 hooks, unchanged)

COMPILER = "mypy==2.4.1"  # mypyc ships with mypy


def missing_for_compiling() -> str:
    """What this machine lacks to compile C extensions for this Python, or "" when nothing."""
    if not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")):
        return "the Python headers (Debian: apt-get install python3-dev)"
    compiler = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")[:1]
    if not compiler or shutil.which(compiler[0]) is None:
        return "a C compiler (Debian: apt-get install gcc)"
    return ""


def compile_wanted() -> bool:
    """Whether to compile: unless BRIEFINGS_COMPILE=0 asks not to, or the machine cannot."""
    if os.environ.get("BRIEFINGS_COMPILE") == "0":
        return False
    missing = missing_for_compiling()
    if missing:
        print(f"briefings: building pure Python, since {missing} is missing; its analysis takes "
              "about half as long again (install it and reinstall to compile)", file=sys.stderr)
        return False
    return True


def get_requires_for_build_wheel(config_settings=None):
    # (not setuptools' own hook: it runs setup.py, which needs mypyc before this returns it)
    return [COMPILER] if compile_wanted() else []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    wanted = compile_wanted()
    if wanted and importlib.util.find_spec("mypyc") is None:
        # pip --no-build-isolation installs no build requirements: mypy must be there already
        print(f"briefings: building pure Python, since mypyc is missing ({COMPILER} provides it)",
              file=sys.stderr)
        wanted = False
    os.environ["BRIEFINGS_COMPILE"] = "1" if wanted else "0"
    return build_meta.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    if os.environ.get("BRIEFINGS_COMPILE") == "1":
        print("briefings: BRIEFINGS_COMPILE is ignored for an editable install (a compiled module "
              "would hide later edits of its source); use `pip install .` to compile", file=sys.stderr)
    os.environ["BRIEFINGS_COMPILE"] = "0"
    return build_meta.build_editable(wheel_directory, config_settings, metadata_directory)
