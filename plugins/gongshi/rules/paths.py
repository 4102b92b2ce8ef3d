"""Rules across files: folders, names, uniqueness and department-level requirements."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Department, Record
from . import Finding, RecordContext, declare, rule

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
YEAR = re.compile(r"^[0-9]{4}$")


@rule("year_folder", spec="The `<YYYY>` folder equals the decision year")
def year_folder(ctx: RecordContext) -> Iterator[Finding]:
    """The record sits in the folder of its decision year."""
    decided = ctx.data.get("decision_date")
    if isinstance(decided, str) and YEAR.match(decided[:4]) and int(decided[:4]) != ctx.record.year:
        yield Finding(
            ("decision_date",),
            f"决定日期在 {decided[:4]} 年，文件却在 {ctx.record.year} 文件夹中（请移到 {decided[:4]}/）",
            f"decided in {decided[:4]} but filed under {ctx.record.year}/",
            "year_folder",
        )


# Rules enforced while walking the tree (corpus.py) or against git history (history.py): declared here so that
# the rule list, the documentation and the fixture meta-test see every rule in one place.


declare(
    "file_name",
    scope="corpus",
    spec="`<dept>` and `<slug>`: `^[a-z0-9][a-z0-9-]{0,62}$`",
    summary="Folder and file names are lower-case slugs; records are ``.yaml`` files in a year folder.",
)


declare(
    "reserved_name",
    scope="corpus",
    spec="its public URL is derived from that identity alone",
    summary="A department or record does not take a name the site needs for its own pages (static, index, page-2…).",
)


declare(
    "unexpected_file",
    scope="corpus",
    spec="Content layout",
    summary="Nothing but the spec's layout lives under ``departments/`` (a misspelt folder is caught).",
)


@rule(
    "file_unreadable",
    scope="corpus",
    spec="YAML subset: UTF-8, no anchors/aliases, no duplicate keys, no custom tags",
)
def file_unreadable(_: object) -> Iterator[Finding]:
    """Every content file is a readable regular file of the YAML subset, inside the content folder."""
    return iter(())


declare(
    "missing_file",
    scope="corpus",
    spec="district.yaml",
    summary="district.yaml and each department's department.yaml exist.",
)


@rule(
    "document_number_duplicate", scope="corpus", spec="`document_number` unique within a department and kind"
)
def document_number_duplicate(records: list[Record]) -> Iterator[tuple[Record, Finding]]:
    """No two records of one department and kind share a 文号; every file of a clash is named."""
    groups: dict[tuple[str, str, str], list[Record]] = {}
    for record in records:
        number = record.data.get("document_number")
        if isinstance(number, str):
            groups.setdefault((record.dept, record.kind, " ".join(number.split())), []).append(record)
    for (_, _, number), group in groups.items():
        for record in group if len(group) > 1 else ():
            others = "、".join(r.source.path for r in group if r is not record)
            yield (
                record,
                Finding(
                    ("document_number",),
                    f"文号“{number}”与 {others} 重复",
                    f"document number '{number}' is also used by {others}",
                    "document_number_duplicate",
                ),
            )


@rule("identity_duplicate", scope="corpus", spec="`<dept>/<kind>/<YYYY>/<slug>` unique")
def identity_duplicate(records: list[Record]) -> Iterator[tuple[Record, Finding]]:
    """No two files give the same record identity (e.g. ``a.yaml`` beside ``a.yml``)."""
    seen: dict[str, Record] = {}
    for record in records:
        first = seen.setdefault(record.identity, record)
        if first is not record:
            yield (
                record,
                Finding(
                    (),
                    f"与 {first.source.path} 是同一条记录（同名文件只能有一个）",
                    f"same record identity as {first.source.path}",
                    "identity_duplicate",
                ),
            )


@rule("catalog_code_duplicate", scope="department", spec="`code` (unique in the department")
def catalog_code_duplicate(dept: Department, items: dict[str, list]) -> Iterator[Finding]:
    """Item codes are unique within a department's catalog."""
    seen: set[str] = set()
    for kind_key, entries in items.items():
        for i, entry in enumerate(entries):
            code = entry.get("code") if isinstance(entry, dict) else None
            if isinstance(code, str):
                if code in seen:
                    yield Finding(
                        (kind_key, i, "code"),
                        f"事项编码“{code}”重复",
                        f"item code '{code}' is not unique",
                        "catalog_code_duplicate",
                    )
                seen.add(code)


@rule("remedy_required", scope="department", spec="Y if the department has penalties")
def remedy_required(dept: Department, has_penalties: bool) -> Iterator[Finding]:
    """A department with penalties states its default 救济渠道."""
    if has_penalties and "remedy" not in dept.data:
        yield Finding(
            ("remedy",),
            "本部门有行政处罚记录，必须填写救济渠道",
            "required when the department has penalties",
            "remedy_required",
        )


@rule("coordinator_unknown", scope="corpus", spec="`<dept>` of the coordinating department")
def coordinator_unknown(coordinator: object, departments: dict[str, Department]) -> Iterator[Finding]:
    """The district's 牵头部门 is one of its departments."""
    if isinstance(coordinator, str) and SLUG.match(coordinator) and coordinator not in departments:
        yield Finding(
            ("coordinator",),
            f"没有名为“{coordinator}”的部门文件夹",
            f"no department folder '{coordinator}'",
            "coordinator_unknown",
        )


declare(
    "published_removed",
    scope="corpus",
    spec="must not be deleted or renamed: withdraw it",
    summary="A record published on the target branch is not deleted or renamed (``--base``); see history.py.",
)
