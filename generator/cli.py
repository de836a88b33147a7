"""The `briefings` command: generate briefing pages, analyse articles, build the site.

Defaults come from the `briefings` plugin's options in mkdocs.yml (the project's one place of
configuration); flags override them for one run.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .export import articles_export, briefings_export, dumps
from .pipeline import RunResult, Settings, generate, read_and_analyse
from .readers import fingerprint, supported_extensions
from .render import DEFAULT_TEMPLATES, BrokenTemplate
from .words import counted
from .write import atomic_write, replace_folder

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE, EXIT_STRICT = 0, 1, 2, 3

DESCRIPTION = """\
Turn a folder of news articles into a searchable static briefing site: one Markdown page per
story (summary, key figures, quotes, timeline, sources), built by MkDocs Material.

Start a project folder (mkdocs.yml, docs/index.md and a folder for articles):
  briefings init mysite                   then put articles in mysite/articles/ and run build there

Typical use, in a project folder with mkdocs.yml:
  briefings generate                      pages for the configured sources, under docs/briefings/
  briefings generate news/ --json b.json  pages for news/ only, plus the JSON export
  briefings build                         generate, then build the site into site/
  briefings pdf                           generate, then one PDF per briefing and an edition
  briefings analyse article.txt           what each extractor finds in one article
  briefings watch                         regenerate whenever a source changes

Input formats: {formats}.
"""

EPILOG = """\
Exit status: 0 when every readable article was processed (files skipped with a warning
included), 1 when nothing could be read, 2 for a usage error (a broken template included), 3
when --strict and there were warnings. Run `briefings COMMAND --help` for each command's options."""


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except (ConfigError, BrokenTemplate) as error:  # a user's template is configuration too
        print(f"briefings: {error}", file=sys.stderr)
        return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefings", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=DESCRIPTION.format(formats=", ".join(supported_extensions())), epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"briefings {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gen = _generating_command(
        commands, "generate", run_generate, help="read, analyse, group and condense articles into briefing pages",
        description="Read the sources, group their articles into stories and write one briefing page per "
                    "story under DOCS/briefings/, plus an index page, newest first.\n\n"
                    "Example: briefings generate ~/news --docs /tmp/out/docs --json /tmp/out/briefings.json")
    gen.add_argument("--json", type=Path, metavar="FILE", help="also write the briefings export (JSON) to FILE")

    ana = commands.add_parser(
        "analyse", aliases=["analyze"], help="show what the extractors find in each article",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run the per-article extractors (sentences, figures, quotes, dates, entities) and print "
                    "what they find, or write it as JSON. No pages are written.\n\n"
                    "Example: briefings analyse story/*.txt --json analysis.json")
    ana.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article files or folders")
    ana.add_argument("--json", type=Path, metavar="FILE", help="write the per-article export (JSON) to FILE")
    ana.add_argument("--with-text", action="store_true", help="include each article's text in the JSON")
    ana.add_argument("--strict", action="store_true", help="fail (exit 3) when any input gave a warning")
    ana.add_argument("-q", "--quiet", action="store_true", help="print warnings only, no progress")
    ana.set_defaults(run=run_analyse)

    pdf = _generating_command(
        commands, "pdf", run_pdf, help="generate, then write one PDF per briefing and a combined edition",
        description="Generate the briefing pages, then print each to OUT/<slug>.pdf and all of them, newest "
                    "first behind a cover and contents, to OUT/edition.pdf.\n\n"
                    "Example: briefings pdf ~/news --out /tmp/pdf")
    pdf.add_argument("--out", type=Path, default=Path("pdf"), metavar="DIR",
                     help="where the PDFs go (default: pdf/)")

    watch = _generating_command(
        commands, "watch", run_watch, help="regenerate the pages whenever a source file is added, changed or removed",
        description="Generate, then keep watching the sources and generate again when they change. Stop "
                    "with Ctrl-C. (`mkdocs serve` does the same and also serves the site.)\n\n"
                    "Example: briefings watch ~/news --docs docs")
    watch.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                       help="how often to look at the sources (default 1)")

    init = commands.add_parser(
        "init", help="start a project folder: mkdocs.yml, docs/index.md and a folder for articles",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write a new project into DIR (default: this folder): mkdocs.yml with the briefings "
                    "plugin, docs/index.md (a home page you may edit) and the folder the articles go in. "
                    "Nothing that exists is overwritten.\n\n"
                    "Example: briefings init mysite && cd mysite && cp ~/news/*.html articles/ && briefings build")
    init.add_argument("directory", nargs="?", type=Path, default=Path("."), metavar="DIR",
                      help="the project folder (created if missing; default: .)")
    init.add_argument("--sources", type=Path, action="append", metavar="FOLDER",
                      help="where the articles are, relative to DIR or absolute; repeat for more folders "
                           "(default: articles; a missing folder is created)")
    init.set_defaults(run=run_init)

    build = commands.add_parser(
        "build", help="generate, then build the site with MkDocs",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Generate the briefing pages and build the site of this project folder (its mkdocs.yml) "
                    "into DIR.\n\nExample: briefings build ~/news --site public/")
    _source_arguments(build)
    _condensing_arguments(build)
    build.add_argument("--site", type=Path, metavar="DIR", help="build the site into DIR (default: site/)")
    build.set_defaults(run=run_build)
    return parser


def _generating_command(commands, name: str, run, help: str, description: str) -> argparse.ArgumentParser:
    """A command that runs the generator: sources, output folder and condensing options."""
    parser = commands.add_parser(name, help=help, description=description,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    _source_arguments(parser)
    parser.add_argument("--docs", type=Path, metavar="DIR",
                        help="write pages under DIR/briefings/ and keep state in DIR/.briefings/ "
                             "(default: docs_dir of mkdocs.yml)")
    _condensing_arguments(parser)
    parser.set_defaults(run=run)
    return parser


def _condensing_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--one-story", action="store_true", help="treat all sources as one story")
    parser.add_argument("--summary-words", type=_positive, metavar="N",
                        help="summary length cap in words (default: the plugin's summary_words, else 120)")
    parser.add_argument("--timeline-dates", type=_positive, metavar="K",
                        help="keep the events of the K most important distinct dates (default: all)")
    parser.add_argument("--templates", type=_folder, metavar="DIR",
                        help="a folder of your own Jinja2 templates (briefing.md.j2, index.md.j2)")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def _folder(value: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is not a folder")
    return path


def _source_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="*", type=Path, metavar="SOURCES",
                        help="article files or folders (searched recursively); replace the configured sources")
    parser.add_argument("-f", "--config-file", type=Path, metavar="FILE",
                        help="the mkdocs.yml holding the briefings options (default: ./mkdocs.yml)")
    parser.add_argument("--strict", action="store_true", help="fail (exit 3) when any input gave a warning")
    parser.add_argument("-q", "--quiet", action="store_true", help="print warnings only, no progress")


class ConfigError(Exception):
    pass


def load_project(config_file: Optional[Path], site_dir: Optional[Path] = None):
    """The MkDocs config and our plugin in it, or (None, None) when there is no mkdocs.yml."""
    path = config_file or Path("mkdocs.yml")
    if not path.is_file():
        if config_file:
            raise ConfigError(f"{config_file}: no such file")
        return None, None
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    try:
        config = load_config(str(path), site_dir=str(site_dir) if site_dir else None)
    except ConfigurationError as error:
        raise ConfigError(f"{path}: {error}") from None
    plugin = config.plugins.get("briefings")
    return config, plugin


def settings_for(args) -> Settings:
    from .plugin import settings_from

    config, plugin = load_project(args.config_file)
    sources = list(args.sources) or None
    if plugin is not None:
        settings = settings_from(plugin.config, config, sources)
    else:
        if not sources:
            raise ConfigError("no SOURCES given and no mkdocs.yml with a `briefings` plugin here; "
                              "name the article folders: briefings generate FOLDER")
        settings = Settings(sources=sources, docs_dir=Path(config.docs_dir) if config else Path("docs"))
    return with_flags(settings, args)


def with_flags(settings: Settings, args) -> Settings:
    """`settings` with the command line's options over the configured ones, for one run."""
    if getattr(args, "docs", None):
        settings.docs_dir = args.docs
    for field in ("summary_words", "timeline_dates", "templates"):
        if getattr(args, field, None) is not None:
            setattr(settings, field, getattr(args, field))
    if getattr(args, "one_story", False):
        settings.one_story = True
    return settings


def _progress(args):
    if args.quiet:
        return lambda message: None
    return lambda message: print(f"briefings: {message}", file=sys.stderr)


def _finish(result: RunResult, args) -> int:
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not result.articles:
        print("briefings: no article could be read; check the SOURCES paths and formats "
              f"({', '.join(supported_extensions())})", file=sys.stderr)
        return EXIT_NOTHING_READ
    if getattr(args, "strict", False) and result.warnings:
        print(f"briefings: {counted(len(result.warnings), 'warning')} and --strict", file=sys.stderr)
        return EXIT_STRICT
    return EXIT_OK


def run_generate(args) -> int:
    settings = settings_for(args)
    result = generate(settings, _progress(args))
    if args.json and result.articles:
        atomic_write(args.json, dumps(briefings_export(result.briefings)))
    return _finish(result, args)


def run_pdf(args) -> int:
    settings = settings_for(args)
    progress = _progress(args)
    result = generate(settings, progress)
    status = _finish(result, args)
    if not result.articles:
        return status
    from .pdf import write_pdfs  # WeasyPrint loads Pango: only when PDFs are asked for

    progress(f"pdf: {counted(len(result.briefings), 'briefing')} and the edition into {args.out}")
    written = write_pdfs(result.pages, args.out)  # it leaves out the index page
    progress(f"pdf: wrote {counted(len(written), 'file')}")
    return status


def run_watch(args) -> int:
    settings = settings_for(args)
    progress = _progress(args)
    seen = None
    print(f"briefings: watching {', '.join(map(str, settings.sources))}; Ctrl-C stops", file=sys.stderr)
    try:
        while True:
            current = fingerprint(settings.sources)
            if current != seen:
                seen = current
                result = generate(settings, progress)
                for warning in result.warnings:
                    print(f"warning: {warning}", file=sys.stderr)
            time.sleep(args.interval)
    except KeyboardInterrupt:
        return EXIT_OK


def run_analyse(args) -> int:
    result = read_and_analyse(list(args.files), _progress(args))
    pairs = [(a, result.analyses[a.id]) for a in result.articles]
    if args.json:
        atomic_write(args.json, dumps(articles_export(pairs, args.with_text)))
    else:
        print(describe_analyses(pairs))
    return _finish(result, args)


def describe_analyses(pairs) -> str:
    """A reader's listing of what the extractors found, article by article."""
    lines = []
    for article, analysis in pairs:
        lines.append(f"== {article.path}  ({article.outlet or 'outlet unknown'}, "
                     f"{article.published or 'date unknown'})")
        lines.append(f"  {counted(len(analysis.sentences), 'sentence')}")
        for f in analysis.figures:
            extent = f"{f.value:g}" + (f"–{f.value_max:g}" if f.value_max is not None else "")
            lines.append(f"  figure  {extent} {f.unit or ''}  « {f.text} »")
        for q in analysis.quotes:
            lines.append(f"  quote   [{q.kind}] {q.speaker or '(speaker unknown)'}: “{_short(q.text)}”")
        for d in analysis.dates:
            lines.append(f"  date    {d.value or '(unresolved)'} ({d.precision or '-'}{', future' if d.future else ''})"
                         f"  « {d.text} »")
        for e in sorted({(e.type, e.name) for e in analysis.entities}):
            lines.append(f"  entity  {e[0]}: {e[1]}")
    return "\n".join(lines)


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def run_init(args) -> int:
    """Write mkdocs.yml and docs/index.md from the shipped site templates, and the sources' folders."""
    project: Path = args.directory
    sources: list[Path] = args.sources or [Path("articles")]
    if project.exists() and not project.is_dir():
        raise ConfigError(f"{project} is a file: give a folder for the new project")
    config_file, home = project / "mkdocs.yml", project / "docs" / "index.md"
    existing = [str(path) for path in (config_file, home) if path.exists()]
    if existing:
        raise ConfigError(f"{' and '.join(existing)} already there: `briefings init` only starts a new project "
                          "(edit the existing files, or init another folder)")
    scaffold = DEFAULT_TEMPLATES / "site"
    # JSON strings are YAML strings: any path, quoted safely
    listed = "[" + ", ".join(json.dumps(str(source)) for source in sources) + "]"
    home.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(config_file, (scaffold / "mkdocs.yml").read_text(encoding="utf-8").replace(
        "sources: SOURCES", f"sources: {listed}", 1))
    atomic_write(home, (scaffold / "index.md").read_text(encoding="utf-8"))
    for source in sources:
        (project / source).mkdir(parents=True, exist_ok=True)
    print(f"briefings: wrote {config_file} and {home}; put articles in "
          f"{', '.join(str(project / s) for s in sources)}, then run `briefings build` in {project} "
          "(the site goes to site/)", file=sys.stderr)
    return EXIT_OK


def run_build(args) -> int:
    from mkdocs.commands.build import build
    from mkdocs.exceptions import MkDocsException

    config, plugin = load_project(args.config_file, args.site)
    if config is None:
        raise ConfigError("no mkdocs.yml here: run `briefings build` in a project folder (or give -f FILE); "
                          "`briefings init` starts one")
    if plugin is None:
        result = generate(settings_for(args), _progress(args))
        status = _finish(result, args)
        if status != EXIT_OK:
            return status
    else:
        sources = [s.resolve() for s in args.sources]
        plugin.config.strict = plugin.config.strict or args.strict
        plugin.settings_override = lambda settings: with_flags(
            replace(settings, sources=sources) if sources else settings, args)
    _show_mkdocs_log(quiet=args.quiet)
    site_dir = Path(config.site_dir)
    # MkDocs builds into a fresh folder beside the site, swapped in only when the build succeeded,
    # so a failed or interrupted build leaves the previous site whole.
    building = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-", dir=site_dir.parent))
    config.site_dir = str(building)
    try:
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        config.plugins.on_shutdown()
    except MkDocsException as error:
        shutil.rmtree(building, ignore_errors=True)
        print(f"briefings: the site was not built ({error}); the previous site is unchanged", file=sys.stderr)
        return _failed_build_status(plugin)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    replace_folder(building, site_dir)
    print(f"briefings: site built in {site_dir}", file=sys.stderr)
    return EXIT_OK


def _failed_build_status(plugin) -> int:
    """MkDocs turns every plugin error into one "Aborted": the plugin remembers which it was."""
    if plugin is not None and plugin.failed_strict:
        return EXIT_STRICT
    if plugin is not None and plugin.failed_template:
        return EXIT_USAGE
    return EXIT_NOTHING_READ


def _show_mkdocs_log(quiet: bool) -> None:
    import logging

    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.WARNING if quiet else logging.INFO)


if __name__ == "__main__":
    sys.exit(main())
