"""gongshi's settings: read from Pelican settings (``GONGSHI_*``) or a settings file, with defaults."""

from __future__ import annotations

import os
import runpy
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

# 信用修复管理办法 (国家发展改革委令第36号, from 2026-04-01): months (minimum, maximum) by severity.
DEFAULT_PERIODS: dict[str, tuple[int, int]] = {"轻微": (0, 3), "一般": (3, 12), "严重": (12, 36)}


@dataclass(frozen=True)
class Config:
    """Everything time- and policy-dependent that a build or a check needs."""

    as_of: date = field(default_factory=date.today)
    periods: dict[str, tuple[int, int]] = field(default_factory=lambda: dict(DEFAULT_PERIODS))
    show_minor: bool = False  # 轻微 penalties are, in principle, not published (36号令)
    show_masked_ids: bool = False
    deadline_workdays: int = 7
    stale_days: int = 30
    publish_report: bool = False
    per_page: int = 50

    @classmethod
    def from_settings(cls, settings: dict[str, Any], as_of: str | date | None = None) -> Config:
        """Build from ``GONGSHI_*`` settings; ``as_of`` (or env ``GONGSHI_AS_OF``) overrides the setting."""
        chosen = as_of or os.environ.get("GONGSHI_AS_OF") or settings.get("GONGSHI_AS_OF")
        periods = settings.get("GONGSHI_DISCLOSURE_PERIODS") or DEFAULT_PERIODS
        return cls(
            as_of=parse_as_of(chosen) if chosen else date.today(),
            periods={k: (int(v[0]), int(v[1])) for k, v in periods.items()},
            show_minor=bool(settings.get("GONGSHI_SHOW_MINOR_PENALTIES", False)),
            show_masked_ids=bool(settings.get("GONGSHI_SHOW_MASKED_IDS", False)),
            deadline_workdays=int(settings.get("GONGSHI_DEADLINE_WORKDAYS", 7)),
            stale_days=int(settings.get("GONGSHI_STALE_DAYS", 30)),
            publish_report=bool(settings.get("GONGSHI_PUBLISH_REPORT", False)),
            per_page=int(settings.get("GONGSHI_PER_PAGE", 50)),
        )


def parse_as_of(value: str | date) -> date:
    """A date from ``YYYY-MM-DD`` (a ``date`` passes through)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(
            f"as-of 日期格式应为 YYYY-MM-DD：{value!r} — as-of date must be YYYY-MM-DD"
        ) from None


def from_command(settings_file: Path, as_of: str | None) -> Config:
    """The Config of a sub-command: ``GONGSHI_*`` from its ``--settings`` file, ``--as-of`` on top.

    Raises ``ValueError`` (with a bilingual message) for a malformed date.
    """
    return Config.from_settings(read_settings_file(settings_file), as_of and parse_as_of(as_of))


def read_settings_file(path: Path) -> dict[str, Any]:
    """The ``GONGSHI_*`` names of a Pelican settings file (empty when the file does not exist)."""
    if not path.is_file():
        return {}
    names = runpy.run_path(str(path))
    return {k: v for k, v in names.items() if k.startswith("GONGSHI_")}
