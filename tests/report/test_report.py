"""The compliance report against counts made independently of gongshi's own calendar code."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import yaml

from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.report import build_report
from tests.conftest import FIXTURE_AS_OF, ROOT


def deadline(decided: date, n: int = 7) -> date:
    """Independent: walk forward day by day with chinese_calendar directly."""
    day, count = decided, 0
    while count < n:
        day += timedelta(days=1)
        count += chinese_calendar.is_workday(day)
    return day


def independent_late(tree: Path, start: date, end: date, as_of: date) -> set[str]:
    late = set()
    for path in (tree / "departments").glob("*/*/*/*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        decided, published = (
            date.fromisoformat(str(data["decision_date"])),
            date.fromisoformat(str(data["published_on"])),
        )
        if start <= published <= min(end, as_of) and published > deadline(decided):
            late.add(data["document_number"])
    return late


def make_late(tree: Path) -> None:
    path = tree / "departments/scjg/penalties/2025/cf-0002.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("published_on: 2025-05-08", "published_on: 2025-05-30")
    )


def test_late_records_are_exactly_the_late_ones(valid_tree: Path) -> None:
    make_late(valid_tree)
    config = Config(as_of=FIXTURE_AS_OF)
    report = build_report(load_corpus(valid_tree, config), config, date(2025, 1, 1), FIXTURE_AS_OF)
    listed = {late.document_number for late in report.total.late}
    assert (
        listed
        == independent_late(valid_tree, date(2025, 1, 1), FIXTURE_AS_OF, FIXTURE_AS_OF)
        == {"上市监罚〔2025〕2号"}
    )
    scjg = next(r for r in report.rows if r.dept == "scjg")
    assert (scjg.published, scjg.on_time, len(scjg.late), scjg.warnings) == (3, 2, 1, 1)
    assert scjg.late[0].deadline == "2025-05-15" and scjg.late[0].workdays_late == 11
    assert report.total.published == sum(r.published for r in report.rows)
    assert report.no_catalog == ["jyj"] and report.no_record == []
    assert scjg.days_since_last == (FIXTURE_AS_OF - date(2025, 5, 30)).days


def test_period_filters_and_internal_contacts(valid_tree: Path) -> None:
    config = Config(as_of=FIXTURE_AS_OF)
    corpus = load_corpus(valid_tree, config)
    april = build_report(corpus, config, date(2025, 4, 1), date(2025, 4, 30))
    assert april.total.published == 1 and april.total.penalties == 1 and april.no_record == []
    report = build_report(corpus, config, date(2025, 1, 1), date(2025, 2, 28))
    assert report.total.published == 0 and report.no_record == ["scjg"]
    public = report.as_dict(internal=False)
    assert "王某某" not in json.dumps(public, ensure_ascii=False)
    assert "王某某" in json.dumps(report.as_dict(), ensure_ascii=False)


def test_command_formats(valid_tree: Path) -> None:
    make_late(valid_tree)

    def run(*extra: str) -> str:
        argv = [
            sys.executable,
            "-m",
            "gongshi.cli",
            "report",
            "--content",
            str(valid_tree),
            f"--as-of={FIXTURE_AS_OF}",
        ]
        return subprocess.run([*argv, *extra], capture_output=True, text=True, check=True).stdout

    data = json.loads(run("--format", "json"))
    assert data["total"]["late_count"] == 1 and data["total"]["on_time_rate"] == 2 / 3
    assert "| 郑州市上街区市场监督管理局 | 3 | 1 | 2 | 66.7% | 1 |" in run("--format", "markdown")
    table = run()
    assert (
        "上市监罚〔2025〕2号 决定 2025-05-06 公示 2025-05-30（应不晚于 2025-05-15，迟 11 个工作日）" in table
    )


def test_demo_late_records_match_an_independent_count() -> None:
    """On the demo district: the report's late records are exactly those the data makes late."""
    as_of = date(2026, 11, 26)
    config = Config(as_of=as_of)
    content = ROOT / "content"
    report = build_report(load_corpus(content, config), config, date(2025, 1, 1), as_of)
    expected = independent_late(content, date(2025, 1, 1), as_of, as_of)
    assert expected, "the demo has late records"
    assert {late.document_number for late in report.total.late} == expected
    assert any(late.path.endswith("jtj/licenses/2026/freight-late.yaml") for late in report.total.late)
    assert report.total.published == sum(r.published for r in report.rows)
