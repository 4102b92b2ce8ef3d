"""National-format exports: column order, BOM and CRLF, 万元, defaults, privacy, formula guard, determinism."""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
import zipfile
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from gongshi.config import Config
from gongshi.corpus import Corpus, load_corpus
from gongshi.exchange import fields as F
from gongshi.exchange.export import write_exports
from tests.conftest import FIXTURE_AS_OF, VALID_TREE
from tests.exchange.conftest import empty_copy, records, run_import

NAMES = [f"{stem}.{ext}" for stem in ("licenses", "penalties") for ext in ("csv", "xlsx", "json")]


def corpus_of(root: Path, **config: object) -> tuple[Corpus, Config]:
    cfg = Config(as_of=FIXTURE_AS_OF, **config)  # type: ignore[arg-type]
    corpus = load_corpus(root, cfg)
    assert corpus.errors == []
    return corpus, cfg


def export(root: Path, out: Path, **config: object) -> list[Path]:
    corpus, cfg = corpus_of(root, **config)
    return write_exports(corpus.records, out, departments=corpus.departments, config=cfg)


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def all_text(paths: list[Path]) -> str:
    """Every file's text, XLSX entries unzipped."""
    out = []
    for path in paths:
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                out += [z.read(n).decode() for n in z.namelist()]
        else:
            out.append(path.read_bytes().decode("utf-8-sig"))
    return "\n".join(out)


def test_files_headers_and_order(tmp_path: Path) -> None:
    paths = export(VALID_TREE, tmp_path)
    assert [p.name for p in paths] == NAMES
    for kind, stem in (("license", "licenses"), ("penalty", "penalties")):
        headers = [c.header for c in F.export_columns(kind)]
        raw = (tmp_path / f"{stem}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf" + ",".join(headers).encode() + b"\r\n")
        assert raw.endswith(b"\r\n")
        sheet = load_workbook(tmp_path / f"{stem}.xlsx").active
        assert [c.value for c in sheet[1]] == headers
        assert sheet.title == ("行政许可" if kind == "license" else "行政处罚")
    rows = csv_rows(tmp_path / "penalties.csv")
    assert [r["行政处罚决定书文号"] for r in rows] == [
        "上市监罚〔2025〕2号",
        "上市监罚〔2025〕1号",
    ]  # newest first


def test_values_units_and_defaults(tmp_path: Path) -> None:
    export(VALID_TREE, tmp_path)
    first, second = csv_rows(tmp_path / "penalties.csv")
    assert (first["罚款金额（万元）"], second["罚款金额（万元）"]) == ("0.2", "0.5")  # 2000 元, 5000 元
    assert second["没收违法所得、没收非法财物的金额（万元）"] == "0.012"  # 120 元
    assert second["处罚类别"] == "罚款；没收违法所得"
    assert second["处罚机关"] == "郑州市上街区市场监督管理局"
    assert (
        second["处罚机关统一社会信用代码"] == second["数据来源单位统一社会信用代码"] == "11410106MB1234567K"
    )
    assert second["救济渠道"].startswith("如不服本处罚决定")
    assert second["当前状态"] == "有效"
    assert second["公示截止期"] == "2026-04-01"  # 一般: one year from the decision
    assert second["处罚事项名称"] == "经营不符合食品安全标准的食品"
    assert "\n\n当事人对上述事实无异议。" in second["违法事实"]
    (lic,) = csv_rows(tmp_path / "licenses.csv")
    assert lic["项目名称"] == "食品经营许可" and lic["设定依据"] == "《中华人民共和国食品安全法》第三十五条"
    assert (lic["许可决定日期"], lic["有效期至"], lic["公示日期"]) == (
        "2025-03-03",
        "2030-03-02",
        "2025-03-05",
    )
    sheet = load_workbook(tmp_path / "penalties.xlsx").active
    column = [c.value for c in sheet[1]].index("罚款金额（万元）") + 1
    assert [sheet.cell(row=r, column=column).value for r in (2, 3)] == [0.2, 0.5]  # numbers, not text


def test_json(tmp_path: Path) -> None:
    export(VALID_TREE, tmp_path)
    (lic,) = json.loads((tmp_path / "licenses.json").read_text(encoding="utf-8"))
    assert lic["url"] == "scjg/licenses/2025/jy-0001.html" and lic["department"] == "scjg"
    assert lic["authority"] == "郑州市上街区市场监督管理局" and lic["status"] == "有效"
    assert (
        lic["legal_basis"] == "《中华人民共和国食品安全法》第三十五条" and lic["item_name"] == "食品经营许可"
    )
    first, second = json.loads((tmp_path / "penalties.json").read_text(encoding="utf-8"))
    assert second["fine_yuan"] == 5000 and second["penalty_types"] == ["罚款", "没收违法所得"]
    assert second["severity"] == "一般" and second["disclosure_until"] == "2026-04-01"
    assert "id_number" not in first["party"]
    assert list(second) == sorted(second)


def test_masked_ids_only_with_the_setting_and_responsible_never(tmp_path: Path) -> None:
    tree = tmp_path / "content"
    shutil.copytree(VALID_TREE, tree)
    dept = tree / "departments/scjg/department.yaml"
    dept.write_text(
        dept.read_text(encoding="utf-8").replace("王某某", "领导甲某").replace("李某某", "联络员乙某")
    )
    hidden = all_text(export(tree, tmp_path / "hidden"))
    assert "410106********123X" not in hidden
    assert "领导甲某" not in hidden and "联络员乙某" not in hidden
    shown = all_text(export(tree, tmp_path / "shown", show_masked_ids=True))
    assert "410106********123X" in shown
    assert "领导甲某" not in shown and "联络员乙某" not in shown


DANGEROUS = {
    "remarks": '=HYPERLINK("http://x.example","点击")',
    "case_name": "@SUM(1+1)案",
    "violation_type": "+1销售过期食品",
    "penalty_content": "-2+3",
    "violation_facts": "\t当事人销售过期食品。",
}


@pytest.fixture
def dangerous_tree(tmp_path: Path) -> Path:
    """The fixture with a penalty whose texts start like formulas."""
    tree = tmp_path / "content"
    shutil.copytree(VALID_TREE, tree)
    path = tree / "departments/scjg/penalties/2025/cf-0002.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.split(":")[0] not in DANGEROUS]
    kept += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in DANGEROUS.items()]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return tree


def test_formula_injection_is_neutralised(dangerous_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(dangerous_tree, out)
    row = next(r for r in csv_rows(out / "penalties.csv") if r["行政处罚决定书文号"] == "上市监罚〔2025〕2号")
    assert row["备注"] == "'" + DANGEROUS["remarks"]
    assert row["案件名称"] == "'" + DANGEROUS["case_name"]
    assert row["违法行为类型"] == "'" + DANGEROUS["violation_type"]
    assert row["处罚内容"] == "'" + DANGEROUS["penalty_content"]
    assert row["违法事实"] == "'" + DANGEROUS["violation_facts"]
    with zipfile.ZipFile(out / "penalties.xlsx") as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
        styles = z.read("xl/styles.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula anywhere
    assert 'quotePrefix="1"' in styles
    book = load_workbook(out / "penalties.xlsx")
    values = {c.value for r in book.active.iter_rows(min_row=2) for c in r}
    assert DANGEROUS["remarks"] in values and DANGEROUS["case_name"] in values  # the text itself, unchanged
    quoted = [c for r in book.active.iter_rows(min_row=2) for c in r if c.value == DANGEROUS["remarks"]]
    assert quoted[0].data_type == "s" and quoted[0].quotePrefix


def test_neutralised_files_import_back_to_the_original_text(dangerous_tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    export(dangerous_tree, out, show_masked_ids=True)
    for ext in ("csv", "xlsx"):
        target = empty_copy(dangerous_tree, tmp_path / f"empty-{ext}")
        ran = run_import(out / f"penalties.{ext}", target)
        assert ran.outcome.rejected == 0, ran.lines
        data = next(
            d
            for d in (load_corpus(target, Config(as_of=FIXTURE_AS_OF)).records)
            if d.data["case_name"][0] == "@"
        ).data
        for key, value in DANGEROUS.items():
            assert data[key] == value.strip(), key
        assert len(records(target)) == 2


def test_same_input_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = {p.name: p.read_bytes() for p in export(VALID_TREE, tmp_path / "a")}

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return datetime(2031, 1, 2, 3, 4, 5, tzinfo=tz)

    import openpyxl.writer.excel as excel

    monkeypatch.setattr(excel, "datetime", SimpleNamespace(datetime=Later, timezone=timezone))
    monkeypatch.setattr(time, "time", lambda: 1_900_000_000.0)
    second = {p.name: p.read_bytes() for p in export(VALID_TREE, tmp_path / "b")}
    assert first == second
    with zipfile.ZipFile(tmp_path / "b" / "licenses.xlsx") as z:
        assert {i.date_time for i in z.infolist()} == {(2025, 6, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert core.count("2025-06-01T00:00:00Z") == 2 and "2031" not in core


def test_empty_kinds_still_get_files(tmp_path: Path) -> None:
    corpus, cfg = corpus_of(VALID_TREE)
    only_licences = [r for r in corpus.records if r.kind == "license"]
    write_exports(only_licences, tmp_path, departments=corpus.departments, config=cfg)
    assert csv_rows(tmp_path / "penalties.csv") == []
    assert json.loads((tmp_path / "penalties.json").read_text()) == []
    assert load_workbook(tmp_path / "penalties.xlsx").active.max_row == 1


def test_decimal_amounts_are_exact(tmp_path: Path) -> None:
    tree = tmp_path / "content"
    shutil.copytree(VALID_TREE, tree)
    path = tree / "departments/scjg/penalties/2025/cf-0002.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("fine_yuan: 2000", "fine_yuan: 1234.56"))
    export(tree, tmp_path / "out")
    row = next(r for r in csv_rows(tmp_path / "out/penalties.csv") if r["行政处罚决定书文号"].endswith("2号"))
    assert row["罚款金额（万元）"] == "0.123456"
    sheet = load_workbook(tmp_path / "out/penalties.xlsx").active
    column = [c.value for c in sheet[1]].index("罚款金额（万元）") + 1
    assert Decimal(repr(sheet.cell(row=2, column=column).value)) == Decimal("0.123456")
    data = json.loads((tmp_path / "out/penalties.json").read_text())
    assert any(repr(d.get("fine_yuan")) == "1234.56" for d in data)


def test_json_leaves_out_what_is_not_yet_in_effect(tmp_path: Path) -> None:
    tree = tmp_path / "content"
    shutil.copytree(VALID_TREE, tree)
    path = tree / "departments/scjg/penalties/2025/cf-0002.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "withdrawn:\n  date: 2025-06-20\n  reason: 复议撤销\n")
    export(tree, tmp_path / "out")
    data = json.loads((tmp_path / "out/penalties.json").read_text(encoding="utf-8"))
    assert all("withdrawn" not in d for d in data)  # dated after the as-of date (2025-06-01)
