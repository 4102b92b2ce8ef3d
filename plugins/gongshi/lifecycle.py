"""What the public sees of a record at an as-of date: disclosure windows, repair, withdrawal, scheduling."""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date
from typing import Any

from .config import Config

PUBLIC = "public"  # listed, searchable, exported, has its page
WITHDRAWN = "withdrawn"  # only a withdrawal notice at its URL
SCHEDULED = "scheduled"  # published_on is after the as-of date
EXPIRED = "expired"  # disclosure period over
REPAIRED = "repaired"  # publication ended early after credit repair
NOT_SHOWN = "not_shown"  # 轻微 penalty while the district does not publish them
STATES = (PUBLIC, WITHDRAWN, SCHEDULED, EXPIRED, REPAIRED, NOT_SHOWN)

SEVERE_TYPES = {"吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业"}
MINOR_TYPES = {"警告", "通报批评"}
LONG_TERM = "2099-12-31"


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's last day (2024-01-31 + 1 month = 2024-02-29)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, _cal.monthrange(year, month)[1]))


def severity(data: dict[str, Any]) -> str:
    """失信程度: explicit, else derived from the penalty types (the most severe wins)."""
    if data.get("severity") in ("轻微", "一般", "严重"):
        return data["severity"]
    types = set(data.get("penalty_types") or [])
    if types & SEVERE_TYPES:
        return "严重"
    if types and types <= MINOR_TYPES:
        return "轻微"
    return "一般"


@dataclass(frozen=True)
class Window:
    """A penalty's legal disclosure window, counted from its decision date."""

    severity: str
    minimum: date
    maximum: date

    @classmethod
    def of(cls, data: dict[str, Any], config: Config) -> Window:
        """The window of a penalty record (its dates must already be valid)."""
        sev = severity(data)
        low, high = config.periods[sev]
        decided = date.fromisoformat(data["decision_date"])
        return cls(sev, add_months(decided, low), add_months(decided, high))


def disclosure_end(data: dict[str, Any], config: Config) -> date:
    """The last day a penalty is shown: earliest of disclosure_until, repair and the maximum."""
    window = Window.of(data, config)
    ends = [window.maximum]
    if data.get("disclosure_until"):
        ends.append(date.fromisoformat(data["disclosure_until"]))
    if data.get("repaired"):
        ends.append(date.fromisoformat(data["repaired"]["date"]))
    return min(ends)


def state(kind: str, data: dict[str, Any], config: Config) -> str:
    """The public state of a valid record at ``config.as_of``."""
    as_of = config.as_of
    if date.fromisoformat(data["published_on"]) > as_of:
        return SCHEDULED
    if kind == "license":
        return PUBLIC
    if severity(data) == "轻微" and not config.show_minor:
        return NOT_SHOWN
    window = Window.of(data, config)
    natural_end = min(
        [window.maximum]
        + ([date.fromisoformat(data["disclosure_until"])] if data.get("disclosure_until") else [])
    )
    withdrawn = data.get("withdrawn")
    if withdrawn and date.fromisoformat(withdrawn["date"]) <= as_of:
        return WITHDRAWN if as_of <= natural_end else EXPIRED
    if data.get("repaired") and as_of > date.fromisoformat(data["repaired"]["date"]):
        return REPAIRED
    return PUBLIC if as_of <= natural_end else EXPIRED
