"""Disclosure periods of penalties (rules.md › Disclosure periods)."""

from __future__ import annotations

from collections.abc import Iterator

from ..lifecycle import Window
from . import Finding, RecordContext, as_date, rule


def _window(ctx: RecordContext) -> Window | None:
    if ctx.record.kind != "penalty" or not as_date(ctx.data.get("decision_date")):
        return None
    try:
        return Window.of(ctx.data, ctx.config)
    except (KeyError, TypeError, ValueError):
        return None


@rule("disclosure_window", spec="`disclosure_until` when given must lie between minimum and maximum")
def disclosure_window(ctx: RecordContext) -> Iterator[Finding]:
    """公示截止期 lies inside the legal window of the record's severity."""
    window, until = _window(ctx), as_date(ctx.data.get("disclosure_until"))
    if window and until and not (window.minimum <= until <= window.maximum):
        yield Finding(
            ("disclosure_until",),
            f"失信程度“{window.severity}”的公示截止期应在 {window.minimum} 至 {window.maximum} 之间",
            f"for severity {window.severity} it must lie between {window.minimum} and {window.maximum}",
            "disclosure_window",
        )


@rule("repair_too_early", spec="credit repair; not before the minimum")
def repair_too_early(ctx: RecordContext) -> Iterator[Finding]:
    """Credit repair ends publication no earlier than the minimum period."""
    window = _window(ctx)
    repaired = ctx.data.get("repaired")
    day = as_date(repaired.get("date")) if isinstance(repaired, dict) else None
    if window and day and day < window.minimum:
        yield Finding(
            ("repaired", "date"),
            f"信用修复不得早于最短公示期满（{window.minimum}）",
            f"credit repair cannot end publication before the minimum period ({window.minimum})",
            "repair_too_early",
        )
