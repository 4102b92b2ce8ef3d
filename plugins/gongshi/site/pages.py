"""The pages of one column (the district's or a department's): index, year lists, catalog, search."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import KIND_FOLDERS, KIND_ZH, Department
from . import urls
from .columns import KINDS, Column, ListPage
from .layout import Frames, Link
from .render import Renderer
from .views import Entry

SECTION_IDS = {"license": "licenses", "penalty": "penalties"}


@dataclass(frozen=True)
class Page:
    """A rendered page: where it goes (column-relative), its HTML and its sitemap date."""

    path: str
    html: str
    lastmod: str = ""
    listed: bool = True  # in the sitemap


@dataclass(frozen=True)
class YearLink:
    """A link to one year's list."""

    year: int
    count: int
    href: str
    current: bool = False


@dataclass(frozen=True)
class Section:
    """One kind's part of a column index."""

    kind: str
    anchor: str
    total: int
    latest: tuple[Entry, ...]
    years: tuple[YearLink, ...]


class ColumnPages:
    """Renders the pages of one column."""

    def __init__(
        self,
        render: Renderer,
        frames: Frames,
        column: Column,
        *,
        dept: Department | None,
        per_page: int,
        latest: int,
        guides: tuple[Link, ...] = (),
        report: bool = False,
    ):
        self.render, self.frames, self.column, self.dept = render, frames, column, dept
        self.per_page, self.latest, self.guides, self.report = per_page, latest, guides, report
        self.district = dept is None

    def link(self, entry: Entry) -> str:
        """The entry's page relative to this column's root."""
        return entry.site_path if self.district else entry.column_path

    def year_links(self, kind: str, up: str, current: int | None = None) -> tuple[YearLink, ...]:
        """Links to every year list of one kind."""
        return tuple(
            YearLink(year, count, up + urls.list_page(kind, year), year == current)
            for year, count in self.column.years(kind)
        )

    def all(self) -> Iterator[Page]:
        """Every page of the column."""
        yield self.index()
        for page in self.list_pages():
            yield self.list_page(page)
        yield self.search()

    def list_pages(self) -> Iterator[ListPage]:
        """Every non-empty year-list page, licences first."""
        for kind in KINDS:
            for page in self.column.pages(kind, self.per_page):
                if page.entries:
                    yield page

    @staticmethod
    def lastmod(page: ListPage) -> str:
        """A list page's sitemap date: its newest 公示/更正 date."""
        return max((e.updated for e in page.entries), default="")

    def index(self) -> Page:
        """The column's front page: both kinds apart, newest first, with year links."""
        chrome = self.frames.page(urls.INDEX, self.frames.column_name, current="home")
        sections = tuple(
            Section(
                kind,
                SECTION_IDS[kind],
                len(self.column.entries[kind]),
                tuple(self.column.latest(kind, self.latest)),
                self.year_links(kind, chrome.up),
            )
            for kind in KINDS
        )
        html = self.render(
            "column.html",
            L=chrome,
            sections=sections,
            dept=self.dept.public_view() if self.dept else None,
            dept_uscc=self.dept.data.get("uscc", "") if self.dept else "",
            link=self.link,
            district=self.district,
            guides=self.guides,
            report_href=urls.REPORT if self.district and self.report else "",
        )
        return Page(urls.INDEX, html, self.column.newest_date())

    def list_page(self, page: ListPage) -> Page:
        """One page of one year's list of one kind."""
        kind_zh = KIND_ZH[page.kind]
        title = f"{page.year}年{kind_zh}"
        if page.count > 1:
            title += f"（第{page.number}页）"
        chrome = self.frames.page(
            page.path,
            title,
            current=page.kind,
            column_name=kind_zh,
            crumbs=(
                Link(self.frames.column_name, urls.INDEX),
                Link(kind_zh, f"index.html#{SECTION_IDS[page.kind]}"),
            ),
        )
        other = next(k for k in KINDS if k != page.kind)
        other_years = dict(self.column.years(other))
        html = self.render(
            "list.html",
            L=chrome,
            page=page,
            title=title,
            years=self.year_links(page.kind, chrome.up, page.year),
            pager=_pager(page, chrome.up),
            neighbours=pager_neighbours(page, chrome.up),
            other=(other, chrome.up + urls.list_page(other, page.year) if page.year in other_years else None),
            link=self.link,
            district=self.district,
        )
        return Page(page.path, html, self.lastmod(page))

    def search(self) -> Page:
        """The search page: a GET form the search scripts enhance, and a message without JavaScript."""
        chrome = self.frames.page(urls.SEARCH, "搜索", current="search", search=False, robots="noindex")
        depts = ()
        if self.district:
            depts = tuple(
                sorted(
                    {(e.record.dept, e.dept_name) for items in self.column.entries.values() for e in items}
                )
            )
        html = self.render(
            "search.html",
            L=chrome,
            index_dir=urls.SEARCH_DIR,
            kinds=tuple((k, KIND_ZH[k]) for k in KINDS),
            depts=depts,
            years=tuple(self.column.all_years()),
            district=self.district,
        )
        return Page(urls.SEARCH, html, listed=False)

    def catalog(self) -> Page:
        """The department's 事项目录."""
        assert self.dept is not None
        chrome = self.frames.page(urls.CATALOG, "事项目录", current="catalog")
        items = {
            kind: sorted(self.dept.catalog[kind].values(), key=lambda i: i.code) for kind in KIND_FOLDERS
        }
        html = self.render("catalog.html", L=chrome, items=items, dept_name=self.dept.name)
        return Page(urls.CATALOG, html)


def _pager(page: ListPage, up: str) -> tuple[Link, ...]:
    """Page links of a year list (empty when the year fits one page)."""
    if page.count <= 1:
        return ()
    return tuple(Link(str(n), up + page.neighbour(n), n == page.number) for n in range(1, page.count + 1))


def pager_neighbours(page: ListPage, up: str) -> tuple[str | None, str | None]:
    """(previous, next) page links."""
    prev = up + page.neighbour(page.number - 1) if page.number > 1 else None
    nxt = up + page.neighbour(page.number + 1) if page.number < page.count else None
    return prev, nxt
