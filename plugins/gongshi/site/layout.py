"""The frame around every page: masthead, navigation, government meta tags and the footer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import schema
from ..model import Department, District
from . import urls
from .text import one_line

ICP_URL = "https://beian.miit.gov.cn/"
POLICE_URL = "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode="


@dataclass(frozen=True)
class Link:
    """A link with the text people read."""

    label: str
    href: str
    current: bool = False
    aria: str = "page"  # aria-current when current: "page", or "true" for the section a page belongs to


@dataclass(frozen=True)
class FooterItem:
    """One line of the footer: label, value and an optional link."""

    label: str
    value: str
    href: str | None = None


@dataclass(frozen=True)
class Article:
    """What the government meta tags say about a single document."""

    title: str
    pub_date: str
    source: str


@dataclass(frozen=True)
class SiteInfo:
    """The district's identity: names, URL and footer (never a department's internal data)."""

    district_name: str
    site_name: str
    siteurl: str
    site: dict[str, str]

    @classmethod
    def of(cls, district: District | None, site_name: str = "", siteurl: str = "") -> SiteInfo:
        """From district.yaml and the settings."""
        name = district.name if district else ""
        site = {k: one_line(v) for k, v in (district.site if district else {}).items() if v is not None}
        return cls(name, site_name or f"{name}双公示专栏", siteurl.rstrip("/"), site)

    def footer(self) -> tuple[FooterItem, ...]:
        """主办单位, 地址, 邮编, 网站标识码, ICP备案, 公安备案 — those district.yaml gives."""
        site, out = self.site, []
        for key in ("organizer", "address", "postcode", "site_id_code"):
            if site.get(key):
                out.append(FooterItem(schema.title("district", ("site", key)), site[key]))
        if site.get("icp"):
            out.append(FooterItem(schema.title("district", ("site", "icp")), site["icp"], ICP_URL))
        if site.get("police_record"):
            digits = "".join(re.findall(r"[0-9]+", site["police_record"]))
            href = POLICE_URL + digits if digits else None
            out.append(
                FooterItem(schema.title("district", ("site", "police_record")), site["police_record"], href)
            )
        return tuple(out)


@dataclass(frozen=True)
class Chrome:
    """Everything base.html needs for one page."""

    title: str
    up: str  # from this page back to its column root
    site_name: str
    column_name: str
    home: str
    nav: tuple[Link, ...]
    meta: tuple[tuple[str, str], ...]
    footer: tuple[FooterItem, ...]
    search: str | None  # the search page the header box submits to
    feed: str | None
    canonical: str | None
    crumbs: tuple[Link, ...] = ()
    robots: str | None = None
    district: Link | None = None
    contact: tuple[FooterItem, ...] = field(default=())
    contact_heading: str = ""

    @property
    def static(self) -> str:
        """The column's own copy of the theme's static files."""
        return self.up + urls.STATIC


class Frames:
    """Makes the Chrome of every page of one column (the district's or a department's)."""

    def __init__(self, site: SiteInfo, dept: Department | None = None, with_district: bool = True):
        self.site, self.dept = site, dept
        self.prefix = f"{dept.slug}/" if dept else ""
        self.column_name = f"{dept.name}双公示专栏" if dept else site.site_name
        self.footer = site.footer()
        self.contact = _contact(dept) if dept else ()
        self.district = (
            Link(f"{site.district_name}双公示专栏", urls.absolute(site.siteurl, urls.INDEX))
            if dept and site.siteurl and with_district
            else None
        )
        self._nav = self._nav_items()

    def _nav_items(self) -> tuple[tuple[str, str, str], ...]:
        items = [("home", "首页", urls.INDEX)]
        items += [
            ("license", "行政许可", "index.html#licenses"),
            ("penalty", "行政处罚", "index.html#penalties"),
        ]
        items.append(
            ("catalog", "事项目录", urls.CATALOG) if self.dept else ("departments", "部门", urls.DEPARTMENTS)
        )
        items.append(("search", "搜索", urls.SEARCH))
        return tuple(items)

    def page(
        self,
        path: str,
        title: str,
        *,
        current: str = "",
        column_name: str = "",
        crumbs: tuple[Link, ...] = (),
        article: Article | None = None,
        robots: str | None = None,
        search: bool = True,
    ) -> Chrome:
        """The frame of the page at ``path`` (relative to the column root)."""
        up = urls.up(path)
        feed = urls.DEPARTMENT_FEED if self.dept else urls.DISTRICT_FEED
        return Chrome(
            title=f"{title} - {self.column_name}" if title != self.column_name else title,
            up=up,
            site_name=self.site.site_name,
            column_name=self.column_name,
            home=up + urls.INDEX,
            nav=tuple(
                Link(label, up + href, key == current, "true" if "#" in href else "page")
                for key, label, href in self._nav
            ),
            meta=self._meta(column_name or self.column_name, article),
            footer=self.footer,
            search=up + urls.SEARCH if search else None,
            feed=up + feed,
            canonical=urls.absolute(self.site.siteurl, self.prefix + path) if self.site.siteurl else None,
            crumbs=tuple(Link(c.label, up + c.href, c.current) for c in crumbs),
            robots=robots,
            district=self.district,
            contact=self.contact,
            contact_heading=f"{self.dept.name}联系方式" if self.dept else "",
        )

    def _meta(self, column_name: str, article: Article | None) -> tuple[tuple[str, str], ...]:
        site = self.site.site
        meta = [("SiteName", self.site.site_name)]
        if site.get("domain"):
            meta.append(("SiteDomain", site["domain"]))
        if site.get("site_id_code"):
            meta.append(("SiteIDCode", site["site_id_code"]))
        meta.append(("ColumnName", column_name))
        if article:
            meta += [
                ("ArticleTitle", article.title),
                ("PubDate", article.pub_date),
                ("ContentSource", article.source),
            ]
        return tuple(meta)


def _contact(dept: Department) -> tuple[FooterItem, ...]:
    """A department's public contact lines (never its ``responsible`` block)."""
    public = dept.public_view()
    out = []
    for key in ("address", "phone"):
        if public.get(key):
            out.append(FooterItem(schema.title("department", (key,)), one_line(public[key])))
    website = urls.safe_http_url(public.get("website"))
    if website:
        out.append(FooterItem(schema.title("department", ("website",)), website, website))
    return tuple(out)
