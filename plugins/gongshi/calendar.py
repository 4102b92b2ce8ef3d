"""Working days under the State Council holiday calendar (调休 make-up days count as working days).

``chinese_calendar`` carries the official calendar up to its latest published year; past that we fall back to
Monday-Friday and report the years that fell back, so the caller can warn loudly instead of crashing.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar


@lru_cache(maxsize=8192)
def is_workday(day: date) -> tuple[bool, bool]:
    """Return ``(is_workday, fell_back)`` for one day."""
    try:
        return bool(chinese_calendar.is_workday(day)), False
    except NotImplementedError:
        return day.weekday() < 5, True


@lru_cache(maxsize=65536)
def nth_workday_after(start: date, n: int) -> tuple[date, tuple[int, ...]]:
    """The n-th working day after ``start`` and the years for which Monday-Friday was assumed."""
    day, count, fallback = start, 0, set()
    while count < n:
        day += timedelta(days=1)
        work, fell_back = is_workday(day)
        if fell_back:
            fallback.add(day.year)
        if work:
            count += 1
    return day, tuple(sorted(fallback))


def workdays_between(start: date, end: date) -> int:
    """Working days in ``(start, end]`` (0 when ``end <= start``)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += is_workday(day)[0]
    return count


def calendar_years() -> tuple[int, int]:
    """The first and last year the holiday data covers."""
    years = sorted({d.year for d in chinese_calendar.constants.holidays})
    return years[0], years[-1]
