"""Pelican wiring only: a generator that hands the content tree to :mod:`gongshi.site`.

List it as ``PLUGINS = ["gongshi.pelican_adapter"]``. The domain code never imports Pelican; this module and
nothing else does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.settings import read_settings

from .config import Config
from .problems import WARNING, ContentError, Problem
from .site.options import BuildStats, SiteOptions

if TYPE_CHECKING:
    from .corpus import Corpus
    from .site.generator import Site

# The checker and the site are imported when the generator runs: `gongshi build` reads the settings through
# this module first, and a build with nothing to do stops right after that.

PLUGIN_NAME = __name__
# Handed over by `gongshi build`, which has already loaded and checked the content:
CORPUS_SETTING = "GONGSHI_CORPUS"
CONFIG_SETTING = "GONGSHI_CONFIG"
PREVIOUS_SETTING = "GONGSHI_PREVIOUS_OUTPUT"  # the last build, to link unchanged files from
STATS_SETTING = "GONGSHI_STATS"  # a list the generator appends its BuildStats to
MEMO_SETTING = "GONGSHI_RENDER_MEMO"  # the file that says what each file of the previous build came from


def report_warnings(problems: Iterable[Problem]) -> None:
    """Print content warnings (late or scheduled records); they never stop a build."""
    for problem in problems:
        if problem.severity == WARNING:
            print(f"gongshi: {problem.format()}", file=sys.stderr)


class GongshiGenerator(Generator):
    """Checks the corpus while Pelican gathers context, writes the columns when Pelican writes output."""

    site: Site
    stats: BuildStats | None = None

    def generate_context(self) -> None:
        """Load and check the content (any error stops the build before anything is written)."""
        from .corpus import load_corpus
        from .site.generator import Site

        config = self.settings.get(CONFIG_SETTING) or Config.from_settings(self.settings)
        corpus: Corpus | None = self.settings.get(CORPUS_SETTING)
        if corpus is None:
            corpus = load_corpus(Path(self.path), config)
            report_warnings(corpus.problems)
        self.corpus, self.config = corpus, config
        try:
            self.site = Site(corpus, config, SiteOptions.from_settings(self.settings))
        except ContentError as exc:
            for problem in exc.problems:
                print(problem.format(), file=sys.stderr)
            raise
        self.context["gongshi_chrome"] = self.site.chrome

    def generate_output(self, writer: Any) -> None:
        """Write every gongshi page, feed, sitemap and search index."""
        from .manifest import write_manifest
        from .site.layout import Link
        from .site.memo import RenderMemo

        pages = sorted(self.context.get("pages", []), key=lambda p: p.url)
        guides = tuple(Link(str(p.title), str(p.url)) for p in pages)
        previous = self.settings.get(PREVIOUS_SETTING)
        memo_file = self.settings.get(MEMO_SETTING)
        memo = RenderMemo(Path(memo_file)) if memo_file else None
        base = Path(previous) if previous else None
        self.stats = self.site.write(Path(self.output_path), base, guides, memo)
        write_manifest(self.corpus, self.config, Path(self.output_path), previous=base)
        sink = self.settings.get(STATS_SETTING)
        if isinstance(sink, list):
            sink.append(self.stats)


def _template_helpers(generator: Generator) -> None:
    """Every Pelican template autoescapes and can sanitise Markdown HTML."""
    from .site.render import Fragments, sanitize_html

    generator.env.autoescape = True
    generator.env.filters["sanitize"] = sanitize_html
    generator.env.globals["fragment"] = Fragments(generator.env)


def _generators(_: Pelican) -> type[Generator]:
    return GongshiGenerator


def register() -> None:
    """Pelican's plugin entry point."""
    signals.get_generators.connect(_generators)
    signals.generator_init.connect(_template_helpers)


def load_settings(settings_file: Path | None, overrides: Mapping[str, Any]) -> dict[str, Any]:
    """Pelican settings from a settings file with ``overrides`` on top (paths in overrides must be absolute)."""
    return read_settings(str(settings_file) if settings_file else None, override=dict(overrides))


def run(settings: dict[str, Any]) -> BuildStats:
    """Run Pelican and return what the gongshi generator wrote.

    Refuses to go on when this plugin is not among the loaded ones: a misnamed plugin only logs an error.
    """
    sink: list[BuildStats] = []
    pelican = Pelican({**settings, STATS_SETTING: sink})
    if PLUGIN_NAME not in pelican.settings["PLUGINS"]:
        raise RuntimeError(
            f"插件 {PLUGIN_NAME} 未加载，请检查 PLUGINS 设置 — plugin {PLUGIN_NAME} is not loaded; check PLUGINS"
        )
    pelican.run()
    if not sink:
        raise RuntimeError("gongshi 生成器没有运行 — the gongshi generator did not run")
    return sink[0]
