"""The whole site from a checked corpus: which records are public, and every page, feed and index."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .. import lifecycle, schema
from ..config import Config
from ..corpus import Corpus
from ..model import KIND_ZH, Department, Record
from ..problems import ERROR, ContentError, Problem
from . import urls
from .columns import Column
from .feeds import FeedInfo, atom
from .layout import Article, Chrome, Frames, Link, SiteInfo
from .pages import SECTION_IDS, ColumnPages, Page
from .render import Renderer
from .searchdocs import write_search_index
from .sitemap import sitemap
from .text import one_line, paragraphs
from .views import Entry, entry, record_view
from .writer import SiteWriter

DEFAULT_THEME = Path(__file__).resolve().parents[3] / "theme"


@dataclass(frozen=True)
class SiteOptions:
    """Site settings that are not time rules (those are in Config)."""

    theme: Path = DEFAULT_THEME
    siteurl: str = ""
    site_name: str = ""
    feed_items: int = 100
    latest: int = 10
    search: bool = True

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> SiteOptions:
        """From Pelican-style settings: THEME, SITEURL and ``GONGSHI_*``."""
        theme = settings.get("GONGSHI_THEME") or settings.get("THEME") or DEFAULT_THEME
        return cls(
            theme=Path(theme),
            siteurl=str(settings.get("GONGSHI_SITEURL", settings.get("SITEURL", "")) or ""),
            site_name=str(settings.get("GONGSHI_SITE_NAME", "") or ""),
            feed_items=int(settings.get("GONGSHI_FEED_ITEMS", 100)),
            latest=int(settings.get("GONGSHI_COLUMN_LATEST", 10)),
            search=bool(settings.get("GONGSHI_SEARCH", True)),
        )


@dataclass
class BuildStats:
    """What one build wrote."""

    public: int = 0
    withdrawn: int = 0
    pages: int = 0
    written: int = 0
    unchanged: int = 0
    departments: list[str] = field(default_factory=list)


def reserved_names(corpus: Corpus) -> list[Problem]:
    """Departments and records whose names would take the place of a site page."""
    out = []
    for slug, dept in sorted(corpus.departments.items()):
        if slug in urls.RESERVED_DEPARTMENTS:
            out.append(
                Problem(
                    dept.source.path, 1, 1, ERROR, "", "文件",
                    f"部门文件夹名“{slug}”是网站保留名，请改用其他名称",
                    f"department folder name '{slug}' is reserved by the site",
                    "reserved_name",
                )
            )  # fmt: skip
    for record in corpus.records:
        if urls.RESERVED_SLUG.match(record.slug):
            out.append(
                Problem(
                    record.source.path, 1, 1, ERROR, "", "文件",
                    f"记录文件名“{record.slug}”是网站保留名（列表页使用），请改用其他名称",
                    f"record file name '{record.slug}' is reserved for list pages",
                    "reserved_name",
                )
            )  # fmt: skip
    return out


class Site:
    """The public site of one corpus at one as-of date."""

    def __init__(self, corpus: Corpus, config: Config, options: SiteOptions | None = None):
        problems = corpus.errors + reserved_names(corpus)
        if problems:
            raise ContentError(sorted(problems))
        self.config, self.options = config, options or SiteOptions()
        self.departments = corpus.departments
        self.info = SiteInfo.of(corpus.district, self.options.site_name, self.options.siteurl)
        self.render = Renderer(self.options.theme)
        self.public: dict[str, list[Entry]] = {slug: [] for slug in self.departments}
        self.withdrawn: dict[str, list[Record]] = {slug: [] for slug in self.departments}
        for record in sorted(corpus.records, key=lambda r: r.identity):
            state = lifecycle.state(record.kind, record.data, config)
            if state == lifecycle.PUBLIC:
                self.public[record.dept].append(entry(record, self.departments[record.dept]))
            elif state == lifecycle.WITHDRAWN:
                self.withdrawn[record.dept].append(record)
        self.district_frames = Frames(self.info)

    # --- for Pelican's own pages ------------------------------------------------------------------------------
    def chrome(self, path: str, title: str) -> Chrome:
        """The district frame for a page at ``path`` (used by theme/templates/page.html)."""
        return self.district_frames.page(path, one_line(title))

    # --- writing ------------------------------------------------------------------------------------------------
    def write(self, out: Path, previous: Path | None = None, guides: Iterable[Link] = ()) -> BuildStats:
        """Write the district and every department column into ``out``."""
        writer, stats = SiteWriter(out, previous), BuildStats()
        listed: list[tuple[str, str]] = [(p.href, "") for p in guides]
        for slug in sorted(self.departments):
            listed += self._department(writer, out, slug, f"{slug}/", stats)
        listed += self._district(writer, out, tuple(guides), stats)
        loc = [(urls.absolute(self.info.siteurl, path), mod) for path, mod in listed]
        writer.put(urls.SITEMAP, sitemap(loc))
        if writer.previous is None:
            owned = [f"{slug}/" for slug in sorted(self.departments)] + [
                "licenses/",
                "penalties/",
                "feeds/",
                "static/",
            ]
            writer.prune(owned)
        return self._done(writer, stats)

    def write_department(self, slug: str, out: Path, previous: Path | None = None) -> BuildStats:
        """Write one department's column alone, at the root of ``out`` (the same bytes as in the full site)."""
        if slug not in self.departments:
            raise KeyError(slug)
        writer, stats = SiteWriter(out, previous), BuildStats()
        self._department(writer, out, slug, "", stats)
        if writer.previous is None:
            writer.prune([""])
        return self._done(writer, stats)

    def _done(self, writer: SiteWriter, stats: BuildStats) -> BuildStats:
        stats.written, stats.unchanged = writer.written, writer.unchanged
        return stats

    def _put(self, writer: SiteWriter, prefix: str, page: Page, stats: BuildStats) -> list[tuple[str, str]]:
        writer.put(prefix + page.path, page.html)
        stats.pages += 1
        return [(prefix + page.path, page.lastmod)] if page.listed else []

    def _district(
        self, writer: SiteWriter, out: Path, guides: tuple[Link, ...], stats: BuildStats
    ) -> list[tuple[str, str]]:
        entries = [e for slug in sorted(self.public) for e in self.public[slug]]
        column = Column.of(entries)
        pages = ColumnPages(
            self.render,
            self.district_frames,
            column,
            dept=None,
            per_page=self.config.per_page,
            latest=self.options.latest,
            guides=guides,
        )
        listed: list[tuple[str, str]] = []
        for page in pages.all():
            listed += self._put(writer, "", page, stats)
        listed += self._put(writer, "", self._directory(column), stats)
        writer.put(urls.DISTRICT_FEED, self._feed(column, None, self.info.site_name))
        writer.copy_tree(self.options.theme / "static", urls.STATIC)
        if self.options.search:
            write_search_index(column_entries(column), out / urls.SEARCH_DIR, district=True)
        return listed

    def _directory(self, column: Column) -> Page:
        """departments.html: every department with its counts and public contact."""
        chrome = self.district_frames.page(urls.DEPARTMENTS, "部门目录", current="departments")
        rows = []
        for slug in sorted(self.departments):
            dept = self.departments[slug]
            counts = {k: sum(e.kind == k for e in self.public[slug]) for k in KIND_ZH}
            rows.append((slug, dept.public_view(), counts, urls.safe_http_url(dept.data.get("website"))))
        html = self.render("departments.html", L=chrome, rows=rows)
        return Page(urls.DEPARTMENTS, html, column.newest_date())

    def _department(
        self, writer: SiteWriter, out: Path, slug: str, prefix: str, stats: BuildStats
    ) -> list[tuple[str, str]]:
        dept = self.departments[slug]
        frames = Frames(self.info, dept)
        column = Column.of(self.public[slug])
        pages = ColumnPages(
            self.render, frames, column, dept=dept, per_page=self.config.per_page, latest=self.options.latest
        )
        listed: list[tuple[str, str]] = []
        for page in (*pages.all(), pages.catalog()):
            listed += self._put(writer, prefix, page, stats)
        for item in column_entries(column):
            listed += self._put(writer, prefix, self._record_page(frames, dept, item), stats)
            stats.public += 1
        for record in self.withdrawn[slug]:
            self._put(writer, prefix, self._withdrawn_page(frames, dept, record), stats)
            stats.withdrawn += 1
        feed = self._feed(column, dept, frames.column_name)
        writer.put(prefix + urls.DEPARTMENT_FEED, feed)
        writer.copy_tree(self.options.theme / "static", prefix + urls.STATIC)
        if self.options.search:
            write_search_index(column_entries(column), out / prefix / urls.SEARCH_DIR, district=False)
        stats.departments.append(slug)
        return listed

    def _crumbs(self, frames: Frames, kind: str, year: int) -> tuple[Link, ...]:
        return (
            Link(frames.column_name, urls.INDEX),
            Link(KIND_ZH[kind], f"index.html#{SECTION_IDS[kind]}"),
            Link(f"{year}年", urls.list_page(kind, year)),
        )

    def _record_page(self, frames: Frames, dept: Department, item: Entry) -> Page:
        view = record_view(item.record, dept, self.config, item)
        chrome = frames.page(
            item.column_path,
            view.heading,
            current=item.kind,
            column_name=KIND_ZH[item.kind],
            crumbs=self._crumbs(frames, item.kind, item.record.year),
            article=Article(view.heading, item.published, view.source),
        )
        html = self.render(
            "record.html", L=chrome, view=view, kind_zh=KIND_ZH[item.kind], dept_name=dept.name
        )
        return Page(item.column_path, html, item.updated)

    def _withdrawn_page(self, frames: Frames, dept: Department, record: Record) -> Page:
        """Only the date and reason of the withdrawal: none of the decision's facts."""
        path = urls.in_column(record)
        kind_zh = KIND_ZH[record.kind]
        title = f"{kind_zh}信息撤回说明"
        withdrawn = record.data["withdrawn"]
        chrome = frames.page(
            path,
            title,
            current=record.kind,
            column_name=kind_zh,
            crumbs=self._crumbs(frames, record.kind, record.year)[:2],
            article=Article(title, str(withdrawn["date"]), dept.name),
            robots="noindex",
        )
        html = self.render(
            "withdrawn.html",
            L=chrome,
            title=title,
            kind_zh=kind_zh,
            date=str(withdrawn["date"]),
            reason=paragraphs(withdrawn.get("reason", "")),
            labels=(
                schema.title(record.kind, ("withdrawn", "date")),
                schema.title(record.kind, ("withdrawn", "reason")),
            ),
            dept_name=dept.name,
        )
        return Page(path, html, listed=False)

    def _feed(self, column: Column, dept: Department | None, title: str) -> str:
        """The Atom feed of a column: its newest publications (the same bytes wherever the column is built)."""
        siteurl = self.info.siteurl
        base = f"{dept.slug}/" if dept else ""
        path = base + (urls.DEPARTMENT_FEED if dept else urls.DISTRICT_FEED)
        up = "" if dept else urls.up(urls.DISTRICT_FEED)
        newest = sorted(column_entries(column), key=lambda e: (e.published, e.record.identity), reverse=True)

        def href(item: Entry) -> str:
            target = item.column_path if dept else item.site_path
            return urls.absolute(siteurl, base + target) if siteurl else up + target

        authority = self.info.site.get("domain") or urlsplit(siteurl).hostname or "gongshi.invalid"
        info = FeedInfo(
            title=title,
            feed_id=f"tag:{authority},2015:{path}",
            self_href=urls.absolute(siteurl, path) if siteurl else path.rsplit("/", 1)[-1],
            home_href=urls.absolute(siteurl, base + urls.INDEX) if siteurl else up + urls.INDEX,
            updated=self.config.as_of.isoformat(),
            author=title,
            tag_authority=authority,
        )
        return atom(info, ((item, href(item)) for item in newest[: self.options.feed_items]))


def column_entries(column: Column) -> list[Entry]:
    """Every entry of a column, licences then penalties, each newest first."""
    return [e for items in column.entries.values() for e in items]
