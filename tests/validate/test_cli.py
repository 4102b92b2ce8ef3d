"""``gongshi validate`` as a command: exit codes, output formats, file selection; ``new`` and ``codeowners``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_AS_OF

LATE = "departments/scjg/penalties/2025/cf-0002.yaml"


def gongshi(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("GONGSHI_AS_OF", None)
    return subprocess.run(
        [sys.executable, "-m", "gongshi.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def make_late(tree: Path) -> None:
    path = tree / LATE
    path.write_text(
        path.read_text(encoding="utf-8").replace("published_on: 2025-05-08", "published_on: 2025-05-30")
    )


def break_one(tree: Path) -> None:
    path = tree / "departments/scjg/licenses/2025/jy-0001.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("category: 普通", "category: 普遍"), encoding="utf-8"
    )


def test_exit_codes(valid_tree: Path) -> None:
    as_of = f"--as-of={FIXTURE_AS_OF}"
    assert gongshi("validate", "content", as_of, cwd=valid_tree.parent).returncode == 0
    make_late(valid_tree)
    warned = gongshi("validate", "content", as_of, cwd=valid_tree.parent)
    assert warned.returncode == 0 and "警告" in warned.stdout
    assert gongshi("validate", "content", as_of, "--strict", cwd=valid_tree.parent).returncode == 1
    break_one(valid_tree)
    failed = gongshi("validate", "content", as_of, cwd=valid_tree.parent)
    assert failed.returncode == 1
    assert (
        "content/departments/scjg/licenses/2025/jy-0001.yaml:4:11: 错误 许可类别（category）：“普遍”不是允许的取值"
        in failed.stdout
    )
    assert failed.stdout.strip().splitlines()[-1].startswith("检查了 7 个文件：1 个错误，1 个警告")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert gongshi("validate", "nowhere", cwd=tmp_path).returncode == 2
    (tmp_path / "x").mkdir()
    assert gongshi("validate", "x", cwd=tmp_path).returncode == 2
    assert gongshi("validate", "--format", "xml", cwd=tmp_path).returncode == 2


def test_bad_as_of_is_a_usage_error(valid_tree: Path) -> None:
    result = gongshi("validate", "content", "--as-of", "2025/06/01", cwd=valid_tree.parent)
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


def test_only_named_files_are_reported(valid_tree: Path) -> None:
    make_late(valid_tree)
    break_one(valid_tree)
    result = gongshi("validate", f"content/{LATE}", f"--as-of={FIXTURE_AS_OF}", cwd=valid_tree.parent)
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0
    assert len(lines) == 2 and lines[0].startswith(f"content/{LATE}:16:15: 警告 公示日期（published_on）")


def test_json_and_github_formats(valid_tree: Path) -> None:
    break_one(valid_tree)
    data = json.loads(
        gongshi(
            "validate", "content", "--format=json", f"--as-of={FIXTURE_AS_OF}", cwd=valid_tree.parent
        ).stdout
    )
    assert data == [
        {
            "path": "content/departments/scjg/licenses/2025/jy-0001.yaml",
            "line": 4,
            "column": 11,
            "severity": "error",
            "rule": "schema.enum",
            "key": "category",
            "title": "许可类别",
            "message_zh": "“普遍”不是允许的取值；可选：普通、特许、认可、核准、登记、其他",
            "message_en": "'普遍' is not one of: 普通、特许、认可、核准、登记、其他",
        }
    ]
    github = gongshi(
        "validate", "content", "--format=github", f"--as-of={FIXTURE_AS_OF}", cwd=valid_tree.parent
    ).stdout
    assert github.startswith(
        "::error file=content/departments/scjg/licenses/2025/jy-0001.yaml,line=4,col=11,title=许可类别（category）::“普遍”"
    )


def test_new_record_fails_only_on_values_to_fill(valid_tree: Path) -> None:
    created = gongshi(
        "new",
        "penalty",
        "--dept",
        "scjg",
        "--content",
        "content",
        "--date",
        "2025-05-20",
        cwd=valid_tree.parent,
    )
    assert created.returncode == 0
    path = valid_tree.parent / created.stdout.strip()
    assert path == valid_tree / "departments/scjg/penalties/2025/20250520-1.yaml"
    text = path.read_text(encoding="utf-8")
    assert "# 案件名称（必填）" in text and "item: CF-SCJG-001" in text
    result = gongshi(
        "validate",
        str(path.relative_to(valid_tree.parent)),
        f"--as-of={FIXTURE_AS_OF}",
        cwd=valid_tree.parent,
    )
    keys = {re.search(r"（([a-z_.]+)）：", line).group(1) for line in result.stdout.splitlines()[:-1]}
    assert keys == {
        "case_name",
        "document_number",
        "party.name",
        "party.uscc",
        "party.legal_rep",
        "violation_facts",
        "penalty_content",
        "fine_yuan",
    }


def test_new_refuses_unknown_department(valid_tree: Path) -> None:
    result = gongshi("new", "license", "--dept", "nope", "--content", "content", cwd=valid_tree.parent)
    assert result.returncode == 2 and "nope" in result.stderr


def test_codeowners(valid_tree: Path) -> None:
    out = gongshi(
        "codeowners", "content", "--coordinator-owners", "shangjie/fgw", cwd=valid_tree.parent
    ).stdout
    assert out.splitlines()[1:] == [
        "/content/district.yaml @shangjie/fgw",
        "/content/departments/scjg/ @shangjie/scjg",
    ]


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_clean_tree_in_every_format(valid_tree: Path, fmt: str) -> None:
    result = gongshi(
        "validate", "content", f"--format={fmt}", f"--as-of={FIXTURE_AS_OF}", cwd=valid_tree.parent
    )
    assert result.returncode == 0


def test_gitlab_code_quality_report(valid_tree: Path) -> None:
    break_one(valid_tree)
    problems = gongshi(
        "validate", "content", "--format=json", f"--as-of={FIXTURE_AS_OF}", cwd=valid_tree.parent
    ).stdout
    (valid_tree.parent / "p.json").write_text(problems, encoding="utf-8")
    report = json.loads(gongshi_module("gongshi.codequality", "p.json", cwd=valid_tree.parent).stdout)
    assert len(report) == 1
    assert report[0]["location"] == {
        "path": "content/departments/scjg/licenses/2025/jy-0001.yaml",
        "lines": {"begin": 4},
    }
    assert report[0]["severity"] == "major" and report[0]["description"].startswith(
        "许可类别（category）：“普遍”"
    )


def gongshi_module(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=cwd, capture_output=True, text=True, check=True
    )
