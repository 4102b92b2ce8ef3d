"""The search document: what the index knows about one published record."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

KINDS = ("license", "penalty")
URL_RE = re.compile(r"^[a-z0-9][a-z0-9/_.-]*\.html$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


@dataclass(frozen=True)
class SearchDoc:
    """One published record as the search index sees it."""

    url: str  # site-root-relative, e.g. scjg/penalties/2025/abc.html
    kind: str  # license | penalty
    dept: str  # department slug
    dept_name: str
    year: int
    date: str  # YYYY-MM-DD (decision date)
    name: str  # 行政相对人名称
    uscc: str | None
    docno: str  # 文号
    cert_no: str | None  # 许可编号
    title: str  # 项目名称 or 案件名称
    text: str  # 违法事实 / 许可内容

    def row(self) -> list[str | int]:
        """The display row written to rows/ (order given by ROW_FIELDS)."""
        return [
            self.url,
            self.kind,
            self.dept,
            self.dept_name,
            self.year,
            self.date,
            self.name,
            self.docno,
            self.title,
        ]


ROW_FIELDS = ("url", "kind", "dept", "dept_name", "year", "date", "name", "docno", "title")


def check_doc(doc: SearchDoc) -> None:
    """Raise ValueError when a document would produce an unsafe or unusable index entry."""
    if doc.kind not in KINDS:
        raise ValueError(f"{doc.url}: kind {doc.kind!r} is not one of {KINDS}")
    if not URL_RE.match(doc.url) or ".." in doc.url.split("/"):
        raise ValueError(f"{doc.url!r}: url must be site-relative and match {URL_RE.pattern}")
    if not SLUG_RE.match(doc.dept):
        raise ValueError(f"{doc.url}: dept {doc.dept!r} is not a slug")
    if not DATE_RE.match(doc.date) or int(doc.date[:4]) != doc.year:
        raise ValueError(f"{doc.url}: date {doc.date!r} does not match year {doc.year}")


def ordered(docs: Iterable[SearchDoc]) -> list[SearchDoc]:
    """Checked documents in doc-id order: newest date first, then url; urls must be unique."""
    out = sorted(docs, key=attrgetter("url"))
    for a, b in zip(out, out[1:], strict=False):
        if a.url == b.url:
            raise ValueError(f"duplicate url {a.url}")
    for doc in out:
        check_doc(doc)
    out.sort(key=attrgetter("date"), reverse=True)
    return out
