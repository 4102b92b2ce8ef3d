"""Timeliness warnings: the 7-working-day deadline and scheduled records (never a rejection)."""

from __future__ import annotations

from collections.abc import Iterator

from ..calendar import nth_workday_after
from ..problems import WARNING
from . import Finding, RecordContext, as_date, rule, warning


@rule("late", severity=WARNING, spec="A decision must be public within **7 working days**")
def late(ctx: RecordContext) -> Iterator[Finding]:
    """公示日期 is no later than the 7th working day after the decision."""
    decided, published = as_date(ctx.data.get("decision_date")), as_date(ctx.data.get("published_on"))
    if not (decided and published and published >= decided):
        return
    n = ctx.config.deadline_workdays
    deadline, _ = nth_workday_after(decided, n)
    if published > deadline:
        yield warning(
            ("published_on",),
            f"超过{n}个工作日才公示（应不晚于 {deadline}）",
            f"published later than {n} working days after the decision (deadline {deadline})",
            "late",
        )


@rule("calendar_fallback", severity=WARNING, spec="falls back to Monday-Friday and says so loudly")
def calendar_fallback(ctx: RecordContext) -> Iterator[Finding]:
    """Say loudly when the holiday calendar has no data for the years the deadline spans."""
    decided = as_date(ctx.data.get("decision_date"))
    if not decided:
        return
    _, years = nth_workday_after(decided, ctx.config.deadline_workdays)
    if years:
        listed = "、".join(map(str, years))
        yield warning(
            ("decision_date",),
            f"节假日数据不含 {listed} 年，工作日按周一至周五计算（请升级 chinesecalendar）",
            f"no holiday data for {listed}; working days counted as Monday-Friday (upgrade chinesecalendar)",
            "calendar_fallback",
        )


@rule("scheduled", severity=WARNING, spec="`published_on` later than the build's as-of date")
def scheduled(ctx: RecordContext) -> Iterator[Finding]:
    """A record whose 公示日期 is after the as-of date is not shown yet."""
    published = as_date(ctx.data.get("published_on"))
    if published and published > ctx.config.as_of:
        yield warning(
            ("published_on",),
            f"公示日期晚于 {ctx.config.as_of}，到期前不会显示",
            f"scheduled: not shown before {published} (as of {ctx.config.as_of})",
            "scheduled",
        )
