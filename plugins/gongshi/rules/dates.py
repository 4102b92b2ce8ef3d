"""Dates and their order (rules.md › Dates and consistency)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..yamlio import KeyPath
from . import Finding, RecordContext, as_date, rule

_SHAPE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
DATE_KEYS = {
    "decision_date",
    "valid_from",
    "valid_to",
    "published_on",
    "effective_until",
    "disclosure_until",
    "date",
}


def date_values(data: Any, path: KeyPath = ()) -> Iterator[tuple[KeyPath, str]]:
    """Every value under a date key, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in DATE_KEYS and isinstance(value, str):
                yield (*path, key), value
            else:
                yield from date_values(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from date_values(value, (*path, i))


@rule("date_invalid", spec="Every date is a real calendar date")
def date_invalid(ctx: RecordContext) -> Iterator[Finding]:
    """A date of the right shape is a real day (no 2025-02-30)."""
    for path, value in date_values(ctx.data):
        if _SHAPE.match(value) and as_date(value) is None:
            yield Finding(
                path, f"“{value}”不是真实存在的日期", f"'{value}' is not a real calendar date", "date_invalid"
            )


@rule("published_before_decision", spec="`published_on >= decision_date`")
def published_before_decision(ctx: RecordContext) -> Iterator[Finding]:
    """公示日期 is not before the decision date."""
    decided, published = as_date(ctx.data.get("decision_date")), as_date(ctx.data.get("published_on"))
    if decided and published and published < decided:
        yield Finding(
            ("published_on",),
            f"公示日期 {published} 早于决定日期 {decided}",
            f"published_on {published} is before decision_date {decided}",
            "published_before_decision",
        )


@rule("valid_to_before_from", spec="licences `valid_from <= valid_to`")
def valid_to_before_from(ctx: RecordContext) -> Iterator[Finding]:
    """有效期至 is not before 有效期自."""
    start, end = as_date(ctx.data.get("valid_from")), as_date(ctx.data.get("valid_to"))
    if start and end and end < start:
        yield Finding(
            ("valid_to",),
            f"有效期至 {end} 早于有效期自 {start}",
            f"valid_to {end} is before valid_from {start}",
            "valid_to_before_from",
        )


@rule("date_before_decision", spec="`corrections[].date` not before `decision_date`")
def date_before_decision(ctx: RecordContext) -> Iterator[Finding]:
    """撤回、信用修复和更正的日期不早于决定日期."""
    decided = as_date(ctx.data.get("decision_date"))
    if not decided:
        return
    blocks: list[tuple[KeyPath, Any]] = [
        (("withdrawn",), ctx.data.get("withdrawn")),
        (("repaired",), ctx.data.get("repaired")),
    ]
    corrections = ctx.data.get("corrections")
    if isinstance(corrections, list):
        blocks += [(("corrections", i), c) for i, c in enumerate(corrections)]
    for path, block in blocks:
        day = as_date(block.get("date")) if isinstance(block, dict) else None
        if day and day < decided:
            yield Finding(
                (*path, "date"),
                f"日期 {day} 早于决定日期 {decided}",
                f"date {day} is before decision_date {decided}",
                "date_before_decision",
            )
