"""Atom feeds of newly published records, written by hand so every byte is predictable."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from ..model import KIND_ZH
from . import urls
from .text import one_line, xml_safe
from .views import Entry

TIMEZONE = "+08:00"  # China Standard Time: decision dates are local dates


@dataclass(frozen=True)
class FeedInfo:
    """The feed itself: title, stable id, links and the date it is as of."""

    title: str
    feed_id: str
    self_href: str
    home_href: str
    updated: str  # YYYY-MM-DD: the build's as-of date
    author: str
    tag_authority: str


def stamp(day: str) -> str:
    """An ISO date as an Atom timestamp (midnight, China Standard Time)."""
    return f"{day}T00:00:00{TIMEZONE}"


def _text(tag: str, value: object) -> str:
    return f"<{tag}>{escape(xml_safe(one_line(value)))}</{tag}>"


def entry_id(info: FeedInfo, item: Entry) -> str:
    """A tag URI from the record's identity: it never changes while the record exists."""
    return f"tag:{info.tag_authority},{item.record.year}:{item.record.identity}"


def _entry(info: FeedInfo, item: Entry, href: str) -> str:
    kind = KIND_ZH[item.kind]
    summary = f"文号：{item.docno}；行政相对人：{item.name}；决定日期：{item.date}；部门：{item.dept_name}"
    return "".join(
        (
            "<entry>",
            _text("title", f"[{kind}] {item.title}（{item.name}）"),
            f'<link rel="alternate" type="text/html" href={quoteattr(xml_safe(href))}/>',
            _text("id", entry_id(info, item)),
            _text("published", stamp(item.published)),
            _text("updated", stamp(item.updated)),
            f"<category term={quoteattr(item.kind)} label={quoteattr(kind)}/>",
            _text("summary", summary),
            "</entry>\n",
        )
    )


def atom(info: FeedInfo, items: Iterable[tuple[Entry, str]]) -> str:
    """The feed document for (entry, link) pairs, in the order given."""
    head = "".join(
        (
            '<?xml version="1.0" encoding="utf-8"?>\n',
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">\n',
            _text("title", info.title),
            _text("id", info.feed_id),
            f'<link rel="self" type="application/atom+xml" href={quoteattr(xml_safe(info.self_href))}/>',
            f'<link rel="alternate" type="text/html" href={quoteattr(xml_safe(info.home_href))}/>',
            _text("updated", stamp(info.updated)),
            f"<author>{_text('name', info.author)}</author>\n",
        )
    )
    return head + "".join(_entry(info, item, href) for item, href in items) + "</feed>\n"


def column_feed(
    entries: Sequence[Entry],
    *,
    dept: str | None,
    title: str,
    siteurl: str,
    domain: str,
    as_of: str,
    limit: int,
) -> str:
    """The feed of the district (``dept`` None) or of one department: its newest publications.

    A department's feed is the same bytes whether its column is built alone or within the district.
    """
    base = f"{dept}/" if dept else ""
    path = base + (urls.DEPARTMENT_FEED if dept else urls.DISTRICT_FEED)
    up = "" if dept else urls.up(urls.DISTRICT_FEED)
    newest = sorted(entries, key=lambda e: (e.published, e.record.identity), reverse=True)[:limit]

    def href(item: Entry) -> str:
        target = item.column_path if dept else item.site_path
        return urls.absolute(siteurl, base + target) if siteurl else up + target

    authority = domain or urlsplit(siteurl).hostname or "gongshi.invalid"
    info = FeedInfo(
        title=title,
        feed_id=f"tag:{authority},2015:{path}",
        self_href=urls.absolute(siteurl, path) if siteurl else path.rsplit("/", 1)[-1],
        home_href=urls.absolute(siteurl, base + urls.INDEX) if siteurl else up + urls.INDEX,
        updated=as_of,
        author=title,
        tag_authority=authority,
    )
    return atom(info, ((item, href(item)) for item in newest))
