"""``gongshi export --since``: the batch for the upstream platforms, withdrawn.json and manifest.json."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from gongshi.cli import main
from tests.conftest import FIXTURE_AS_OF, VALID_TREE

PENALTY = """item: CF-SCJG-001
case_name: {name}案
document_number: {number}
party:
  name: 郑州某某商贸有限公司
  category: 法人及非法人组织
  uscc: 91410106MA4567890Y
  legal_rep: 张某某
violation_type: 销售超过保质期的食品
violation_facts: 销售过期食品。
legal_basis: 《中华人民共和国食品安全法》第一百二十四条第一款
penalty_types: [罚款]
penalty_content: 罚款人民币1000元
fine_yuan: 1000
decision_date: {decided}
published_on: {published}
"""


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The fixture plus a withdrawn, a repaired, a scheduled and a corrected record (as of 2025-06-01)."""
    root = tmp_path / "content"
    shutil.copytree(VALID_TREE, root)
    folder = root / "departments/scjg/penalties/2025"
    extra = {
        "withdrawn": (
            "上市监罚〔2025〕3号",
            "2025-04-08",
            "2025-04-10",
            "withdrawn:\n  date: 2025-05-15\n  reason: 复议撤销\n",
        ),
        "repaired": (
            "上市监罚〔2025〕4号",
            "2025-01-02",
            "2025-01-06",
            "repaired:\n  date: 2025-05-02\n  note: 已修复\n",
        ),
        "scheduled": ("上市监罚〔2025〕5号", "2025-05-29", "2025-07-01", ""),
        "old-withdrawn": (
            "上市监罚〔2025〕6号",
            "2025-02-03",
            "2025-02-05",
            "withdrawn:\n  date: 2025-03-01\n  reason: 撤销\n",
        ),
    }
    for slug, (number, decided, published, tail) in extra.items():
        text = PENALTY.format(name=slug, number=number, decided=decided, published=published) + tail
        (folder / f"{slug}.yaml").write_text(text, encoding="utf-8")
    lic = root / "departments/scjg/licenses/2025/jy-0001.yaml"  # published 2025-03-05, corrected since
    lic.write_text(
        lic.read_text(encoding="utf-8") + "corrections:\n  - date: 2025-05-20\n    note: 更正许可内容\n"
    )
    return root


def run(tree: Path, out: Path, since: str, *extra: str) -> int:
    args = ["export", "--since", since, "--out", str(out), "--content", str(tree)]
    return main([*args, "--as-of", FIXTURE_AS_OF.isoformat(), "--settings", "/nonexistent.py", *extra])


def numbers(path: Path) -> list[str]:
    rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))
    header = next(rows)
    column = next(i for i, h in enumerate(header) if h.endswith("文号") or h.endswith("文书号"))
    return sorted(r[column] for r in rows)


def test_batch_since_a_date(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "batch"
    assert run(tree, out, "2025-05-01") == 0
    assert "导出 1 条行政许可、1 条行政处罚、2 条撤下" in capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [
            "licenses.csv",
            "licenses.xlsx",
            "licenses.json",
            "penalties.csv",
            "penalties.xlsx",
            "penalties.json",
        ]
        + ["withdrawn.json", "manifest.json"]
    )
    # cf-0001 (published 04-03) is not in: unchanged since; cf-0002 (05-08) is; jy-0001 was corrected on 05-20
    assert numbers(out / "penalties.csv") == ["上市监罚〔2025〕2号"]
    assert numbers(out / "licenses.csv") == ["上市监食许〔2025〕1号"]
    removed = json.loads((out / "withdrawn.json").read_text(encoding="utf-8"))
    assert [(e["type"], e["document_number"], e["date"]) for e in removed] == [
        ("repaired", "上市监罚〔2025〕4号", "2025-05-02"),
        ("withdrawn", "上市监罚〔2025〕3号", "2025-05-15"),
    ]
    assert removed[1]["reason"] == "复议撤销" and removed[1]["url"] == "scjg/penalties/2025/withdrawn.html"
    assert removed[1]["authority_uscc"] == "11410106MB1234567K"


def test_manifest(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "batch"
    assert run(tree, out, "2025-01-01", "--siteurl", "https://xy.example.gov.cn/") == 0
    text = (out / "manifest.json").read_text(encoding="utf-8")
    manifest = json.loads(text)
    assert text == json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert manifest["district"] == "郑州市上街区"
    assert (manifest["as_of"], manifest["since"]) == ("2025-06-01", "2025-01-01")
    assert manifest["counts"]["licenses"] == {"total": 1, "departments": {"scjg": 1}}
    assert manifest["counts"]["penalties"] == {"total": 2, "departments": {"scjg": 2}}
    assert manifest["counts"]["withdrawn"]["total"] == 3
    assert set(manifest["files"]) == {p.name for p in out.iterdir()} - {"manifest.json"}
    for name, info in manifest["files"].items():
        data = (out / name).read_bytes()
        assert info == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    urls = [d["url"] for d in json.loads((out / "penalties.json").read_text(encoding="utf-8"))]
    assert all(u.startswith("https://xy.example.gov.cn/scjg/penalties/2025/") for u in urls)
    again = tmp_path / "again"
    run(tree, again, "2025-01-01", "--siteurl", "https://xy.example.gov.cn/")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        p.name: p.read_bytes() for p in again.iterdir()
    }


def test_exit_codes(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tree, tmp_path / "x", "2025-13-01") == 2
    assert run(tmp_path / "nowhere", tmp_path / "x", "2025-01-01") == 2
    broken = tree / "departments/scjg/penalties/2025/cf-0002.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("fine_yuan: 2000", "fine_yuan: -1"))
    assert run(tree, tmp_path / "y", "2025-01-01") == 1
    assert "未导出" in capsys.readouterr().err
    assert not (tmp_path / "y").exists()
