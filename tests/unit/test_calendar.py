"""Working days: 调休 make-up Saturdays count, holidays do not, and years past the data fall back loudly."""

from __future__ import annotations

from datetime import date

from gongshi.calendar import calendar_years, is_workday, nth_workday_after, workdays_between


def test_spring_festival_with_make_up_saturday() -> None:
    # 2026-02-14 (Sat) is a make-up working day; 02-15..02-23 are holidays
    assert nth_workday_after(date(2026, 2, 10), 7) == (date(2026, 2, 26), ())
    assert is_workday(date(2026, 2, 14)) == (True, False)
    assert is_workday(date(2026, 2, 16)) == (False, False)


def test_counting_starts_the_day_after() -> None:
    assert nth_workday_after(date(2025, 5, 6), 7)[0] == date(2025, 5, 15)
    assert workdays_between(date(2025, 5, 6), date(2025, 5, 15)) == 7


def test_fallback_past_the_data_is_reported() -> None:
    last = calendar_years()[1]
    day, years = nth_workday_after(date(last, 12, 28), 7)
    assert years == (last + 1,)
    assert day.year == last + 1 and day.weekday() < 5
