"""The `briefings` MkDocs plugin: `mkdocs build` and `mkdocs serve` run the generator.

Its options in `mkdocs.yml` are the project's one place of configuration; the CLI reads them too.
Pages are written into `docs_dir` only when their content changed, so `mkdocs serve` (which
watches `docs_dir`) does not rebuild in a loop, and the sources are watched so that adding an
article regenerates the site.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Optional

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File

from .pipeline import Settings, generate
from .render import DEFAULT_TEMPLATES, BrokenTemplate
from .words import counted

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    sources = c.ListOfItems(c.Type(str), default=["examples/sources"])
    output = c.Type(str, default="briefings")
    summary_words = c.Type(int, default=120)
    timeline_dates = c.Optional(c.Type(int))
    one_story = c.Type(bool, default=False)
    templates = c.Optional(c.Type(str))
    strict = c.Type(bool, default=False)


# The site's style for the briefing pages (templates/site.css), added to every site the plugin builds.
SITE_CSS = "briefings.css"


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    # Set by `briefings build`: the command line's sources and options over the plugin's, for this build.
    settings_override: Optional[Callable[[Settings], Settings]] = None
    failed_strict: bool = False
    failed_template: bool = False

    def on_pre_build(self, config) -> None:
        if not self.config.enabled:
            return
        settings = self.settings(config)
        try:
            result = generate(settings, progress=lambda message: log.info("briefings: %s", message))
        except BrokenTemplate as error:
            self.failed_template = True
            raise PluginError(f"briefings: {error}") from None
        for warning in result.warnings:
            log.warning("briefings: %s", warning)
        if not result.articles:
            raise PluginError(f"briefings: no article could be read from {', '.join(map(str, settings.sources))}; "
                              "set the plugin's `sources` option in mkdocs.yml")
        if self.config.strict and result.warnings:
            self.failed_strict = True  # MkDocs turns every plugin error into one "Aborted": say which
            raise PluginError(f"briefings: {counted(len(result.warnings), 'warning')} and `strict: true`")

    def on_config(self, config):
        if self.config.enabled:
            config.extra_css.append(SITE_CSS)
        return config

    def on_files(self, files, config):
        if self.config.enabled:
            css = (DEFAULT_TEMPLATES / "site.css").read_text(encoding="utf-8")
            files.append(File.generated(config, SITE_CSS, content=css))
        return files

    def settings(self, config) -> Settings:
        settings = settings_from(self.config, config)
        return self.settings_override(settings) if self.settings_override else settings

    def on_serve(self, server, config, builder):
        if self.config.enabled:
            for source in self.settings(config).sources:
                if source.exists():
                    server.watch(str(source))
        return server


def project_dir(mkdocs_config) -> Path:
    return Path(mkdocs_config.config_file_path or "mkdocs.yml").resolve().parent


def settings_from(plugin_config: BriefingsConfig, mkdocs_config, sources: Optional[list[Path]] = None) -> Settings:
    """Settings from the plugin's options, paths resolved against the folder of mkdocs.yml."""
    root = project_dir(mkdocs_config)
    templates = plugin_config.templates
    return Settings(
        sources=sources if sources is not None else [root / s for s in plugin_config.sources],
        docs_dir=Path(mkdocs_config.docs_dir),
        subdir=plugin_config.output,
        summary_words=plugin_config.summary_words,
        timeline_dates=plugin_config.timeline_dates,
        one_story=plugin_config.one_story,
        templates=root / templates if templates else None,
    )
