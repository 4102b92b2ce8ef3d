"""The whole site from a checked corpus: which records are public, and every page, feed and index."""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from pathlib import Path

from .. import lifecycle
from ..config import Config
from ..corpus import Corpus
from ..exchange.export import export_files
from ..model import KIND_FOLDERS, KIND_ZH, Department, Record
from ..problems import ContentError
from ..report import build_report
from . import urls
from .background import Background
from .columns import Column
from .feeds import column_feed
from .layout import Chrome, Frames, Link, SiteInfo
from .memo import RenderMemo, digest, site_version, tree_digest
from .options import BuildStats, SiteOptions
from .pages import ColumnPages, Page
from .records import RecordPages
from .render import Renderer
from .searchdocs import write_search_index
from .sitemap import sitemap
from .text import one_line
from .views import Entry, entry
from .writer import SiteWriter

EXPORT_NAMES = tuple(f"{stem}.{ext}" for stem in KIND_FOLDERS.values() for ext in ("csv", "xlsx", "json"))
RECORD_CHUNK = 400  # record pages a background job renders
RECORDS_MIN = 1000  # fewer record pages to render than this are rendered in this process


class Site:
    """The public site of one corpus at one as-of date."""

    def __init__(self, corpus: Corpus, config: Config, options: SiteOptions | None = None):
        problems = corpus.errors
        if problems:
            raise ContentError(sorted(problems))
        self.config, self.options = config, options or SiteOptions()
        self.departments = corpus.departments
        self.corpus = corpus
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
        self._memo: RenderMemo | None = None
        self._fingerprint = ""
        self._digests: dict[str, str] = {}
        self._columns: dict[str, Column] = {}
        self._background = Background({}, 0)
        self._record_jobs: dict[str, list[tuple[tuple[str, str, int], int]]] = {}  # (job, its first position)

    # --- for Pelican's own pages ------------------------------------------------------------------------------
    def chrome(self, path: str, title: str) -> Chrome:
        """The district frame for a page at ``path`` (used by theme/templates/page.html)."""
        return self.district_frames.page(path, one_line(title))

    # --- writing ------------------------------------------------------------------------------------------------
    def write(
        self,
        out: Path,
        previous: Path | None = None,
        guides: Iterable[Link] = (),
        memo: RenderMemo | None = None,
    ) -> BuildStats:
        """Write the district and every department column into ``out``.

        With a ``memo`` of the previous build, a file whose inputs are unchanged is kept without rendering it.
        """
        stats = BuildStats()
        self._memo = memo
        self._background = self._start_background(previous if previous and previous.is_dir() else out)
        try:
            with SiteWriter(out, previous, memo) as writer:
                listed: list[tuple[str, str]] = [(p.href, "") for p in guides]
                for slug in sorted(self.departments):
                    listed += self._department(writer, out, slug, f"{slug}/", stats)
                listed += self._district(writer, out, tuple(guides), stats)
                loc = [(urls.absolute(self.info.siteurl, path), mod) for path, mod in listed]
                writer.put(urls.SITEMAP, sitemap(loc))
        finally:
            self._background.close()
        if writer.previous is None:
            owned = [f"{slug}/" for slug in sorted(self.departments)] + [
                "licenses/",
                "penalties/",
                "feeds/",
                "static/",
            ]
            writer.prune(owned)
        if memo is not None:
            memo.save()
        return self._done(writer, stats)

    def write_department(self, slug: str, out: Path, previous: Path | None = None) -> BuildStats:
        """Write one department's column alone, at the root of ``out`` (the same bytes as in the full site)."""
        if slug not in self.departments:
            raise KeyError(slug)
        stats = BuildStats()
        with SiteWriter(out, previous) as writer:
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
        column = self._column_of("")
        pages = ColumnPages(
            self.render,
            self.district_frames,
            column,
            dept=None,
            per_page=self.config.per_page,
            latest=self.options.latest,
            guides=guides,
            report=self.config.publish_report,
        )
        listed: list[tuple[str, str]] = []
        listed = self._column(writer, "", pages, stats)
        listed += self._put(writer, "", self._directory(column), stats)
        if self.config.publish_report:
            listed += self._put(writer, "", self._report(), stats)
        self._exports(writer, column, urls.DATA_DIR, "")
        writer.put(urls.DISTRICT_FEED, self._feed(column, None, self.info.site_name))
        writer.copy_tree(self.options.theme / "static", urls.STATIC)
        if self.options.search:
            self._search(writer, out, column, "", district=True)
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
        column = self._column_of(slug)
        pages = ColumnPages(
            self.render, frames, column, dept=dept, per_page=self.config.per_page, latest=self.options.latest
        )
        listed = self._column(writer, prefix, pages, stats)
        listed += self._put(writer, prefix, pages.catalog(), stats)
        records = RecordPages(self.render, self.config, frames, dept)
        rendered: dict[int, bytes] = {}
        jobs = collections.deque(self._record_jobs.get(slug, ()))
        for position, item in enumerate(column_entries(column)):
            while jobs and position >= jobs[0][1]:  # a chunk's pages are taken when the first is reached
                rendered.update(self._background.take(jobs.popleft()[0]) or {})
            rel = prefix + item.column_path
            key = self._record_key(rel, item.record)
            html = rendered.pop(position, None)
            if html is not None:
                writer.put(rel, html, key)
            elif not writer.reuse([rel], key):
                writer.put(rel, records.record(item).html, key)
            stats.pages += 1
            listed.append((rel, item.updated))
            stats.public += 1
        for record in self.withdrawn[slug]:
            self._put(writer, prefix, records.withdrawn(record), stats)
            stats.withdrawn += 1
        feed_key = self._key("feed", prefix, self._column_digest(column))
        if not writer.reuse([prefix + urls.DEPARTMENT_FEED], feed_key):
            writer.put(prefix + urls.DEPARTMENT_FEED, self._feed(column, dept, frames.column_name), feed_key)
        self._exports(writer, column, prefix + urls.DATA_DIR, slug)
        writer.copy_tree(self.options.theme / "static", prefix + urls.STATIC)
        if self.options.search:
            self._search(writer, out, column, prefix, district=False)
        stats.departments.append(slug)
        return listed

    def _exports(self, writer: SiteWriter, column: Column, folder: str, slug: str) -> None:
        """数据下载: the column's public records in the national exchange format (CSV, XLSX, JSON)."""
        key = self._key("exports", folder, self._column_digest(column))
        if writer.reuse([folder + name for name in EXPORT_NAMES], key):
            return
        files = self._background.take(("exports", slug)) or self._export_files(slug)
        for name, data in files.items():
            writer.put(folder + name, data, key if name in EXPORT_NAMES else "")

    def _column_of(self, slug: str) -> Column:
        """A department's column, or the district's for ``""``, grouped once."""
        if slug not in self._columns:
            slugs = [slug] if slug else sorted(self.public)
            self._columns[slug] = Column.of(e for s in slugs for e in self.public[s])
        return self._columns[slug]

    def _export_files(self, slug: str) -> dict[str, bytes]:
        """The export files of a department's column, or of the district's for ``""``."""
        records = [e.record for e in column_entries(self._column_of(slug))]
        return export_files(
            records, departments=self.departments, config=self.config, siteurl=self.info.siteurl
        )

    def _start_background(self, base: Path) -> Background:
        """Hand the record pages and exports that cannot be kept from the previous build to forked workers.

        Jobs go in the order this process will want them: each department's record pages, then its exports;
        the district's exports last.
        """
        pages: dict[str, list[int]] = {}
        for slug in sorted(self.departments):
            pages[slug] = [
                position
                for position, item in enumerate(column_entries(self._column_of(slug)))
                if not self._kept(
                    rel := f"{slug}/{item.column_path}", self._record_key(rel, item.record), base
                )
            ]
        with_pages = sum(map(len, pages.values())) >= RECORDS_MIN
        jobs: dict[Hashable, Callable[[], object]] = {}
        self._record_jobs = {}
        for slug in [*sorted(self.departments), ""]:
            todo = pages.get(slug, []) if with_pages else []
            for start in range(0, len(todo), RECORD_CHUNK):
                job = ("records", slug, start)
                chunk = todo[start : start + RECORD_CHUNK]
                jobs[job] = functools.partial(self._render_records, slug, chunk)
                self._record_jobs.setdefault(slug, []).append((job, chunk[0]))
            folder = (f"{slug}/" if slug else "") + urls.DATA_DIR
            key = self._key("exports", folder, self._column_digest(self._column_of(slug)))
            if not all(self._kept(folder + name, key, base) for name in EXPORT_NAMES):
                jobs[("exports", slug)] = functools.partial(self._export_files, slug)
        return Background(jobs, sum(len(v) for v in self.public.values()))

    def _kept(self, rel: str, key: str, base: Path) -> bool:
        """True when the previous build's file ``rel`` was made from inputs ``key`` and can be kept."""
        return self._memo is not None and self._memo.fresh(rel, key, base / rel)

    def _record_key(self, rel: str, record: Record) -> str:
        """The inputs of the record page at ``rel``."""
        return self._key("record", rel, self._digest(record))

    def _render_records(self, slug: str, positions: list[int]) -> dict[int, bytes]:
        """The pages of a department's records at ``positions`` of its column (a background job)."""
        dept = self.departments[slug]
        records = RecordPages(self.render, self.config, Frames(self.info, dept), dept)
        entries = column_entries(self._column_of(slug))
        return {p: records.record(entries[p]).html.encode("utf-8") for p in positions}

    def _search(self, writer: SiteWriter, out: Path, column: Column, prefix: str, *, district: bool) -> None:
        """The column's search index, kept whole from the previous build when its entries are unchanged."""
        folder = prefix + urls.SEARCH_DIR
        key = self._key("search", folder, self._column_digest(column))
        if writer.reuse_folder(folder, key):
            return
        write_search_index(column_entries(column), out / folder, district=district)
        writer.note_folder(folder, key)

    def _column(
        self, writer: SiteWriter, prefix: str, pages: ColumnPages, stats: BuildStats
    ) -> list[tuple[str, str]]:
        """A column's index, its year lists (each kept when its rows are unchanged) and its search page."""
        listed = self._put(writer, prefix, pages.index(), stats)
        years = [pages.column.years(kind) for kind in KIND_ZH]
        for page in pages.list_pages():
            rel = prefix + page.path
            rows = [self._digest(e.record) for e in page.entries]
            key = self._key(
                "list", rel, years, page.kind, page.year, page.number, page.count, page.total, rows
            )
            if not writer.reuse([rel], key):
                writer.put(rel, pages.list_page(page).html, key)
            stats.pages += 1
            listed.append((rel, pages.lastmod(page)))
        return listed + self._put(writer, prefix, pages.search(), stats)

    # --- what a file is rendered from ---------------------------------------------------------------------
    def _key(self, *parts: object) -> str:
        """The digest of a file's inputs: the site's fingerprint and ``parts`` ("" when there is no memo)."""
        if self._memo is None:
            return ""
        if not self._fingerprint:
            self._fingerprint = self.fingerprint()
        return digest(self._fingerprint, parts)

    def _digest(self, record: Record) -> str:
        """A record's data, digested once per build."""
        if self._memo is None:
            return ""
        found = self._digests.get(record.identity)
        if found is None:
            found = self._digests[record.identity] = digest(record.data)
        return found

    def _column_digest(self, column: Column) -> str:
        """Every entry of a column, in order."""
        if self._memo is None:
            return ""
        return digest([(e.record.identity, self._digest(e.record)) for e in column_entries(column)])

    def fingerprint(self) -> str:
        """What every page depends on: gongshi's code, the theme, settings, district and departments."""
        depts = [(slug, d.data, d.catalog) for slug, d in sorted(self.departments.items())]
        district = self.corpus.district.data if self.corpus.district else None
        return digest(
            site_version(),
            tree_digest(self.options.theme),
            repr(self.options),
            repr(self.config),
            district,
            depts,
            self.info.siteurl,
        )

    def _report(self) -> Page:
        """report.html: the compliance report of the year so far, without internal contacts."""
        as_of = self.config.as_of
        report = build_report(self.corpus, self.config, date(as_of.year, 1, 1), as_of)
        chrome = self.district_frames.page(urls.REPORT, "双公示工作考核情况")
        html = self.render("report.html", L=chrome, report=report.as_dict(internal=False))
        return Page(urls.REPORT, html, as_of.isoformat())

    def _feed(self, column: Column, dept: Department | None, title: str) -> str:
        """The Atom feed of a column."""
        return column_feed(
            column_entries(column),
            dept=dept.slug if dept else None,
            title=title,
            siteurl=self.info.siteurl,
            domain=self.info.site.get("domain", ""),
            as_of=self.config.as_of.isoformat(),
            limit=self.options.feed_items,
        )


def column_entries(column: Column) -> list[Entry]:
    """Every entry of a column, licences then penalties, each newest first."""
    return [e for items in column.entries.values() for e in items]
