"""Columns as data: public entries grouped by kind and year, newest first, in stable per-year pages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import KIND_FOLDERS
from . import urls
from .views import Entry

KINDS = tuple(KIND_FOLDERS)


@dataclass(frozen=True)
class ListPage:
    """One page of a year list: its entries and where it and its neighbours live (column-relative)."""

    kind: str
    year: int
    number: int
    count: int  # pages in this year
    total: int  # entries in this year
    entries: tuple[Entry, ...]

    @property
    def path(self) -> str:
        """This page, relative to its column root."""
        return urls.list_page(self.kind, self.year, self.number)

    def neighbour(self, number: int) -> str:
        """Another page of the same year, relative to its column root."""
        return urls.list_page(self.kind, self.year, number)


@dataclass
class Column:
    """The public entries of one column (the district or a department), by kind and year."""

    entries: dict[str, list[Entry]] = field(default_factory=lambda: {k: [] for k in KINDS})
    _years: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Column:
        """Group and sort entries (newest decision first)."""
        column = cls()
        for item in entries:
            column.entries[item.kind].append(item)
        for items in column.entries.values():
            items.sort(key=Entry.sort_key)
        return column

    def years(self, kind: str) -> list[tuple[int, int]]:
        """(year, count) of one kind, newest year first."""
        if kind not in self._years:
            counts: dict[int, int] = {}
            for item in self.entries[kind]:
                counts[item.record.year] = counts.get(item.record.year, 0) + 1
            self._years[kind] = sorted(counts.items(), reverse=True)
        return self._years[kind]

    def all_years(self) -> list[int]:
        """Every year with a public entry of either kind, newest first."""
        return sorted({e.record.year for items in self.entries.values() for e in items}, reverse=True)

    def latest(self, kind: str, limit: int) -> list[Entry]:
        """The newest entries of one kind."""
        return self.entries[kind][:limit]

    def pages(self, kind: str, per_page: int) -> list[ListPage]:
        """Every list page of one kind: each year paginated on its own, so pages stay put across years."""
        by_year: dict[int, list[Entry]] = {}
        for item in self.entries[kind]:
            by_year.setdefault(item.record.year, []).append(item)
        out = []
        for year in sorted(by_year, reverse=True):
            items = by_year[year]
            count = max(1, -(-len(items) // per_page))
            for n in range(count):
                chunk = tuple(items[n * per_page : (n + 1) * per_page])
                out.append(ListPage(kind, year, n + 1, count, len(items), chunk))
        return out

    def newest_date(self) -> str:
        """The latest 公示/更正 date in the column ("" when empty)."""
        return max((e.updated for items in self.entries.values() for e in items), default="")

    def __len__(self) -> int:
        return sum(len(items) for items in self.entries.values())
