"""Check one record exactly as ``gongshi validate`` would check its file, before the file exists.

The record's YAML text is parsed by the hardened loader, given back the clerk's strings where YAML read a
number (as corpus.py does), then checked against the JSON Schema and every record rule of rules.md.
"""

from __future__ import annotations

from typing import Any

from .. import schema
from ..config import Config
from ..model import Department, District, Record, SourceFile
from ..problems import ERROR
from ..rules import Finding, RecordContext, record_findings
from ..yamlio import YamlError, loads


def check_text(
    kind: str,
    text: str,
    *,
    department: Department,
    district: District | None,
    config: Config,
    year: int,
    slug: str,
    path: str = "<import>",
) -> tuple[dict[str, Any] | None, list[Finding]]:
    """The data the file would load as, and every finding (errors and warnings) the validator would report."""
    try:
        doc = loads(text)
    except YamlError as exc:
        return None, [Finding((), exc.zh, exc.en, "file_unreadable")]
    data = schema.coerce_plain_strings(kind, doc.data, doc.plain)
    findings = [Finding(i.path, i.zh, i.en, i.rule, ERROR, i.at_key) for i in schema.check(kind, data)]
    record = Record(department.slug, kind, year, slug, data, SourceFile(path, doc))
    findings += list(record_findings(RecordContext(record, department, district, config)))
    return data, findings
