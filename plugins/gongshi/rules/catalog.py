"""Catalog references (rules.md › `item` exists in the department's catalog with the right kind)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import KIND_ZH
from . import Finding, RecordContext, rule


@rule("item_unknown", spec="`item` exists in the department's catalog with the right kind")
def item_unknown(ctx: RecordContext) -> Iterator[Finding]:
    """The record's 事项编码 is an item of its own department's catalog, of the record's kind."""
    code = ctx.data.get("item")
    if not isinstance(code, str) or ctx.department is None:
        return
    kind = ctx.record.kind
    catalog = ctx.department.catalog
    if code in catalog[kind]:
        return
    other = "penalty" if kind == "license" else "license"
    if code in catalog[other]:
        zh = f"事项“{code}”是{KIND_ZH[other]}事项，不能用于{KIND_ZH[kind]}记录"
        en = f"item '{code}' is a {other} item, not a {kind} item"
    else:
        zh = f"事项目录（catalog.yaml）中没有编码为“{code}”的{KIND_ZH[kind]}事项"
        en = f"no {kind} item '{code}' in the department's catalog.yaml"
    yield Finding(("item",), zh, en, "item_unknown")
