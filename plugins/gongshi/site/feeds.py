"""Atom feeds of newly published records, written by hand so every byte is predictable."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from ..model import KIND_ZH
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
