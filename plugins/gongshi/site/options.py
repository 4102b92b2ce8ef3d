"""Site settings that are not time rules (those are in Config), and what a build reports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_THEME = Path(__file__).resolve().parents[3] / "theme"


@dataclass(frozen=True)
class SiteOptions:
    """Site settings that are not time rules (those are in Config)."""

    theme: Path = DEFAULT_THEME
    siteurl: str = ""
    site_name: str = ""
    feed_items: int = 100
    latest: int = 10
    search: bool = True

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> SiteOptions:
        """From Pelican-style settings: THEME, SITEURL and ``GONGSHI_*``."""
        theme = settings.get("GONGSHI_THEME") or settings.get("THEME") or DEFAULT_THEME
        return cls(
            theme=Path(theme),
            siteurl=str(settings.get("GONGSHI_SITEURL", settings.get("SITEURL", "")) or ""),
            site_name=str(settings.get("GONGSHI_SITE_NAME", "") or ""),
            feed_items=int(settings.get("GONGSHI_FEED_ITEMS", 100)),
            latest=int(settings.get("GONGSHI_COLUMN_LATEST", 10)),
            search=bool(settings.get("GONGSHI_SEARCH", True)),
        )


@dataclass
class BuildStats:
    """What one build wrote."""

    public: int = 0
    withdrawn: int = 0
    pages: int = 0
    written: int = 0
    unchanged: int = 0
    departments: list[str] = field(default_factory=list)
