"""Disclosure windows, repair, withdrawal and scheduling against an as-of date (rules.md)."""

from __future__ import annotations

from datetime import date

import pytest

from gongshi import lifecycle as lc
from gongshi.config import Config


def penalty(**extra) -> dict:
    data = {"penalty_types": ["罚款"], "decision_date": "2025-01-31", "published_on": "2025-02-05"}
    data.update(extra)
    return data


def at(day: str, **kw) -> Config:
    return Config(as_of=date.fromisoformat(day), **kw)


@pytest.mark.parametrize(
    "types, expected",
    [
        (["警告"], "轻微"),
        (["警告", "通报批评"], "轻微"),
        (["罚款"], "一般"),
        (["警告", "罚款"], "一般"),
        (["罚款", "吊销许可证件"], "严重"),
        (["责令关闭"], "严重"),
        (["其他"], "一般"),
    ],
)
def test_default_severity(types, expected) -> None:
    assert lc.severity({"penalty_types": types}) == expected


def test_explicit_severity_wins() -> None:
    assert lc.severity({"penalty_types": ["吊销许可证件"], "severity": "一般"}) == "一般"


def test_month_arithmetic_clamps() -> None:
    assert lc.add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert lc.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


def test_general_penalty_window() -> None:
    data = penalty()
    assert lc.state("penalty", data, at("2025-02-04")) == lc.SCHEDULED
    assert lc.state("penalty", data, at("2025-02-05")) == lc.PUBLIC
    assert lc.state("penalty", data, at("2026-01-31")) == lc.PUBLIC  # last day of the one-year maximum
    assert lc.state("penalty", data, at("2026-02-01")) == lc.EXPIRED


def test_disclosure_until_and_repair_end_early() -> None:
    assert lc.state("penalty", penalty(disclosure_until="2025-06-30"), at("2025-07-01")) == lc.EXPIRED
    repaired = penalty(repaired={"date": "2025-05-10", "note": "已修复"})
    assert lc.state("penalty", repaired, at("2025-05-10")) == lc.PUBLIC
    assert lc.state("penalty", repaired, at("2025-05-11")) == lc.REPAIRED
    assert lc.disclosure_end(repaired, at("2025-05-11")) == date(2025, 5, 10)


def test_withdrawal_shows_a_notice_while_it_would_have_been_shown() -> None:
    data = penalty(withdrawn={"date": "2025-03-01", "reason": "复议撤销"})
    assert lc.state("penalty", data, at("2025-02-20")) == lc.PUBLIC
    assert lc.state("penalty", data, at("2025-03-01")) == lc.WITHDRAWN
    assert lc.state("penalty", data, at("2026-02-01")) == lc.EXPIRED


def test_minor_penalties_only_when_the_district_says_so() -> None:
    data = penalty(penalty_types=["警告"])
    assert lc.state("penalty", data, at("2025-03-01")) == lc.NOT_SHOWN
    assert lc.state("penalty", data, at("2025-03-01", show_minor=True)) == lc.PUBLIC
    assert lc.state("penalty", data, at("2025-05-01", show_minor=True)) == lc.EXPIRED  # three months at most


def test_severe_penalty_three_years() -> None:
    data = penalty(penalty_types=["吊销许可证件"])
    assert lc.state("penalty", data, at("2028-01-31")) == lc.PUBLIC
    assert lc.state("penalty", data, at("2028-02-01")) == lc.EXPIRED


def test_licences_stay_listed() -> None:
    lic = {
        "decision_date": "2020-01-01",
        "published_on": "2020-01-02",
        "status": "无效",
        "status_reason": "注销",
    }
    assert lc.state("license", lic, at("2030-01-01")) == lc.PUBLIC


def test_periods_are_configuration() -> None:
    old_regime = at("2026-01-31", periods={"轻微": (0, 3), "一般": (3, 36), "严重": (12, 36)})
    assert lc.state("penalty", penalty(), old_regime) == lc.PUBLIC
