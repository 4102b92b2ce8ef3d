"""Search documents of public records, and the one place the site calls the index writer."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..search import IndexStats, SearchDoc, write_index
from .text import one_line
from .views import Entry


def search_doc(entry: Entry, *, district: bool) -> SearchDoc:
    """What the index knows of one public record (its URL relative to the column the index serves)."""
    data = entry.record.data
    text = data.get("violation_facts") if entry.kind == "penalty" else data.get("content")
    cert = data.get("certificate_number")
    return SearchDoc(
        url=entry.site_path if district else entry.column_path,
        kind=entry.kind,
        dept=entry.record.dept,
        dept_name=entry.dept_name,
        year=entry.record.year,
        date=entry.date,
        name=entry.name,
        uscc=entry.uscc or None,
        docno=entry.docno,
        cert_no=one_line(cert) if cert else None,
        title=entry.title,
        text=one_line(text or ""),
    )


def write_search_index(entries: Iterable[Entry], out_dir: Path, *, district: bool) -> IndexStats:
    """Write the index of ``entries`` (public records only) into ``out_dir`` (``search/`` of a column)."""
    docs = [search_doc(e, district=district) for e in entries]
    return write_index(docs, out_dir, root="../")
