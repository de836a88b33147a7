"""What pyproject.toml cannot say: the templates shipped inside the package, and the compiled
build of the per-article analysis. Everything else is in pyproject.toml.

The templates live in the project's top-level templates/ (users copy and override them there);
an installed package carries them as generator/templates.

`pip install .` compiles the modules below with mypyc to C extensions when the machine has a C
compiler and the Python headers (the build backend, build_backend/backend.py, decides and passes
BRIEFINGS_COMPILE=1): the same source, type-checked, its analysis taking about two thirds of
pure Python's time (benchmarks/speed.py prints which form it measured). Output is identical. BRIEFINGS_COMPILE=0,
a machine that cannot compile, a compiler that fails, and editable installs give pure Python.
"""
import os
import sys

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext
from setuptools.errors import CCompilerError, ExecError, PlatformError

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


class BuildExtOrPure(build_ext):
    """Compiles the extensions, or, when the compiler fails, leaves none behind: the package is
    then pure Python, which runs the same code."""

    def run(self):
        try:
            super().run()
        except (CCompilerError, ExecError, PlatformError, OSError) as error:
            print(f"briefings: compiling failed ({error}); installing pure Python, whose analysis takes "
                  "about half as long again", file=sys.stderr)
            for extension in self.extensions:
                built = self.get_ext_fullpath(extension.name)
                if os.path.exists(built):
                    os.remove(built)


setup(
    cmdclass={"build_ext": BuildExtOrPure},
    packages=find_packages(include=["generator*"]) + ["generator.templates"],
    package_dir={"generator.templates": "templates"},
    package_data={"generator.templates": ["*.j2", "*.css", "site/*"]},
    ext_modules=ext_modules,
)
