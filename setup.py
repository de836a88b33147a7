"""What pyproject.toml cannot say: the templates shipped inside the package, and the optional
compiled build of the per-article analysis. Everything else is in pyproject.toml.

The templates live in the project's top-level templates/ (users copy and override them there);
an installed package carries them as generator/templates.

With BRIEFINGS_COMPILE=1 (`BRIEFINGS_COMPILE=1 pip install .`, which needs a C compiler and the
Python headers), mypyc compiles the modules below to C extensions: the same source, type-checked,
about a fifth faster (benchmarks/speed.py prints which form it measured). Output is identical.
Without it, the package is pure Python.
"""
import os
import sys

from setuptools import find_packages, setup

# The analysis that runs on every article, and the date helpers it calls.
COMPILED = [
    "generator/analysis/sentences.py",
    "generator/analysis/figures.py",
    "generator/analysis/dates.py",
    "generator/analysis/entities.py",
    "generator/analysis/quotes.py",
    "generator/days.py",
]

ext_modules = []
# Only when building: reading the metadata runs this file too, and compiling takes a minute.
if os.environ.get("BRIEFINGS_COMPILE") == "1" and {"bdist_wheel", "build_ext", "build"} & set(sys.argv):
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")

setup(
    packages=find_packages(include=["generator*"]) + ["generator.templates"],
    package_dir={"generator.templates": "templates"},
    package_data={"generator.templates": ["*.j2", "*.css"]},
    ext_modules=ext_modules,
)
