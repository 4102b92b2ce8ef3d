"""Names the site itself needs: a department or record may not take them."""

from __future__ import annotations

from ..corpus import Corpus
from ..problems import ERROR, Problem
from . import urls


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
