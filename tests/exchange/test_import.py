"""``gongshi import``: each header style, each messy value, row errors, re-import, encodings, dry run, usage."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from gongshi.cli import main
from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.exchange.importer import UsageError, slug_for
from gongshi.ids import id_check_char, org_code_check_char, reg_no_check_digit, uscc_check_char
from gongshi.yamlio import load_file
from tests.exchange.conftest import AS_OF, records, run_import, write_csv, write_xlsx

USCC = "91410106MA4567890Y"
SOLE = "92410106MA12345" + "67"
SOLE += uscc_check_char(SOLE)  # a 个体工商户 code
ORG = "MA4567890"[:8]
ORG += org_code_check_char(ORG)
REG = "41010600001234"
REG += reg_no_check_digit(REG)
ID17 = "41010619800101123"
ID = ID17 + id_check_char(ID17)
MASKED = ID[:6] + "********" + ID[14:]
DEPT_USCC = "11410106MB1234567K"
LINE = re.compile(r"^(?P<file>.+):(?P<row>\d+): (?P<column>[^:]+): (?P<zh>.+) — (?P<en>.+)$")


def only(tree: Path) -> dict[str, Any]:
    """The data of the one record file under a tree."""
    files = records(tree)
    assert len(files) == 1, files
    return load_file(files[0]).data


def valid(tree: Path) -> None:
    """The tree passes the real validator."""
    corpus = load_corpus(tree, Config(as_of=AS_OF))
    assert [p.format() for p in corpus.errors] == []


# --- header styles --------------------------------------------------------------------------------------------


def test_chinese_headers_with_decorations_and_messy_values(empty_tree: Path, tmp_path: Path) -> None:
    headers = [
        "行政相对人名称（必填）",
        " 行政相对人类别 ",
        "行政相对人代码_1(统一社会信用代码)",
        "法定代表人*",
        "行政处罚决定书文号【必填】",
        "违法行为类型",
        "违法事实",
        "处罚依据",
        "处罚类别",
        "处罚内容",
        "罚款金额（万元）",
        "处罚决定日期",
        "处罚机关",
        "处罚机关统一社会信用代码",
        "当前状态",
    ]
    row = [
        "郑州某某商贸有限公司",
        "法人及非法人组织",
        USCC.lower(),
        "张某某",
        "上市监罚〔2025〕12号",
        "销售超过保质期的食品",
        "当事人销售超过保质期的饼干。\r\n\r\n当事人无异议。",
        "《中华人民共和国食品安全法》第一百二十四条第一款",
        "罚款",
        "罚款人民币2000元",
        "0.2",
        "2025年5月6日",
        "郑州市上街区市场监督管理局",
        DEPT_USCC.lower(),
        "1",
    ]
    ran = run_import(write_csv(tmp_path / "in.csv", [headers, row]), empty_tree, item="CF-SCJG-001")
    assert ran.outcome.rejected == 0, ran.lines
    data = only(empty_tree)
    assert data["party"]["uscc"] == USCC
    assert data["fine_yuan"] == 2000
    assert data["decision_date"] == "2025-05-06"
    assert data["violation_facts"] == "当事人销售超过保质期的饼干。\n\n当事人无异议。"
    assert data["case_name"] == "郑州某某商贸有限公司销售超过保质期的食品案"  # 名称 + 违法行为类型 + 案
    assert data["published_on"] == AS_OF.isoformat()  # no 公示日期 column: the import date
    assert data["item"] == "CF-SCJG-001"  # --item: the file names no item
    for key in ("authority", "authority_uscc", "status", "source_unit"):
        assert key not in data  # equal to the defaults
    assert records(empty_tree)[0].name == "2025-0012.yaml"
    assert ran.lines[-1].startswith("导入 1 条，跳过 0 条，拒绝 0 条")
    valid(empty_tree)


def test_abbreviations_upper_case_in_xlsx_with_typed_cells(empty_tree: Path, tmp_path: Path) -> None:
    headers = ["XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_FRDB", "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS"]
    headers += ["XK_XKBH", "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_YXQZI", "XK_ZT", "BZ", "公示日期"]
    row = ["河南某某餐饮有限公司", "法人及非法人组织", USCC, "李某某", "准予食品经营许可决定书"]
    row += ["上市监食许〔2025〕7号", "普通", "食品经营许可证", "JY14101060000099", "准予从事餐饮服务"]
    row += [datetime(2025, 3, 3), 45719, "2099/12/31", 1, "延续换证", "2025.3.5"]
    path = write_xlsx(tmp_path / "in.xlsx", [headers, row])
    ran = run_import(path, empty_tree, "license", item="XK-SCJG-001")
    assert ran.outcome.rejected == 0, ran.lines
    data = only(empty_tree)
    assert (data["decision_date"], data["valid_from"], data["valid_to"]) == (
        "2025-03-03",
        "2025-03-03",
        "2099-12-31",
    )
    assert data["published_on"] == "2025-03-05"
    assert data["remarks"] == "延续换证"
    assert data["item"] == "XK-SCJG-001"
    valid(empty_tree)


def test_abbreviations_lower_case(empty_tree: Path, tmp_path: Path) -> None:
    headers = ["cf_xdr_mc", "cf_xdr_lb", "cf_xdr_zjlx", "cf_xdr_zjhm", "cf_wsh", "cf_wfxw", "cf_sy", "cf_yj"]
    headers += [
        "cf_cflb",
        "cf_nr",
        "cf_nr_fk",
        "cf_jdrq",
        "cf_yxq",
        "cf_cfjg",
        "cf_cfjgdm",
        "cf_sjly",
        "cf_sjlydm",
    ]
    row = [
        "王某某",
        "自然人",
        "居民身份证",
        ID,
        "上市监罚〔2025〕3号",
        "销售超过保质期的食品",
        "摆摊销售过期食品。",
    ]
    row += [
        "《中华人民共和国食品安全法》第一百二十四条",
        "警告，罚款",
        "警告并罚款500元",
        "0.05",
        "2025-5-22 0:00:00",
    ]
    row += ["", "郑州市上街区市场监督管理局", DEPT_USCC, "郑州市上街区市场监督管理局", DEPT_USCC]
    ran = run_import(write_csv(tmp_path / "in.csv", [headers, row]), empty_tree, item="CF-SCJG-001")
    assert ran.outcome.rejected == 0, ran.lines
    data = only(empty_tree)
    assert data["party"] == {"name": "王某某", "category": "自然人", "id_type": "身份证", "id_number": MASKED}
    assert data["penalty_types"] == ["警告", "罚款"]
    assert data["fine_yuan"] == 500
    assert data["decision_date"] == "2025-05-22"
    valid(empty_tree)


def test_version_a_license(empty_tree: Path, tmp_path: Path) -> None:
    headers = ["行政许可决定书文号", "项目名称", "审批类别", "许可内容", "行政相对人名称", "行政相对人代码_1"]
    headers += ["行政相对人代码_2", "行政相对人代码_3", "行政相对人代码_4", "法定代表人姓名", "许可决定日期"]
    headers += ["许可截止期", "许可机关", "当前状态", "地方编码", "数据更新时间戳", "备注"]
    row = ["上市监食许〔2016〕88号", "食品经营许可", "0", "准予从事食品销售", "郑州某某商贸有限公司", USCC]
    row += [ORG, REG, "", "张某某", "2016/5/4", "2021/5/3", "郑州市上街区市场监督管理局", "0", "410106"]
    row += ["2016/5/5", ""]
    ran = run_import(write_csv(tmp_path / "a.csv", [headers, row]), empty_tree, "license")
    assert ran.outcome.rejected == 0, ran.lines
    data = only(empty_tree)
    assert data["item"] == "XK-SCJG-001"  # 项目名称 matched to the catalog
    assert data["document_title"] == "食品经营许可"  # version A has no 文书名称: 项目名称 stands in
    assert data["category"] == "普通"
    assert data["party"]["org_code"] == ORG  # slot _2 is the 组织机构代码 in version A
    assert data["party"]["business_reg_no"] == REG  # and _3 the 工商登记码
    assert data["party"]["category"] == "法人及非法人组织"  # inferred: version A has no 行政相对人类别
    assert data["valid_from"] == "2016-05-04"
    assert data["valid_to"] == "2021-05-03"
    valid(empty_tree)


def test_version_a_penalty_with_codes(empty_tree: Path, tmp_path: Path) -> None:
    headers = [
        "行政处罚决定书文号",
        "处罚名称",
        "处罚类别1",
        "处罚类别2",
        "处罚事由",
        "处罚依据",
        "行政相对人名称",
    ]
    headers += [
        "行政相对人代码_1",
        "行政相对人代码_5",
        "法定代表人姓名",
        "处罚结果",
        "处罚决定日期",
        "处罚机关",
    ]
    headers += ["当前状态", "备注"]
    rows = [
        headers,
        [
            "上市监罚〔2016〕5号",
            "王某某销售过期食品案",
            "1",
            "0",
            "销售过期食品。",
            "《食品安全法》第一百二十四条",
        ]
        + [
            "王某某",
            "",
            ID,
            "王某某",
            "警告，罚款人民币2000元",
            "2016-05-04",
            "郑州市上街区市场监督管理局",
            "0",
            "",
        ],
        [
            "上市监罚〔2016〕6号",
            "",
            "1",
            "",
            "销售过期食品。",
            "《食品安全法》第一百二十四条",
            "郑州某某商贸有限公司",
        ]
        + [USCC, "", "张某某", "罚款人民币3000元", "2016-05-05", "郑州市上街区市场监督管理局", "1", ""],
    ]
    ran = run_import(write_csv(tmp_path / "a.csv", rows), empty_tree, item="CF-SCJG-001")
    assert ran.outcome.rejected == 0, ran.lines
    first, second = (load_file(p).data for p in records(empty_tree))
    assert first["party"] == {
        "name": "王某某",
        "category": "自然人",
        "id_type": "身份证",
        "id_number": MASKED,
    }
    assert first["penalty_types"] == ["罚款", "警告"]
    assert first["fine_yuan"] == 2000  # version A has no amount column: read from 处罚结果
    assert first["violation_type"] == "经营不符合食品安全标准的食品"  # the catalog item's name
    assert second["status"] == "无效" and second["status_reason"] == "撤销"  # version A: 1 = 撤销
    assert second["case_name"] == "郑州某某商贸有限公司经营不符合食品安全标准的食品案"
    valid(empty_tree)


# --- messy values and rejected rows ---------------------------------------------------------------------------

PENALTY_HEADERS = ["行政相对人名称", "行政相对人类别", "行政相对人代码_1（统一社会信用代码）", "法定代表人"]
PENALTY_HEADERS += ["行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别", "处罚内容"]
PENALTY_HEADERS += [
    "罚款金额（万元）",
    "暂扣或吊销证照名称及编号",
    "处罚决定日期",
    "案件名称",
    "当前状态",
    "备注",
]
PENALTY_HEADERS += ["公示日期", "处罚事项名称"]


def penalty_row(number: str, **changes: Any) -> list[Any]:
    """A good penalty row, with some cells changed by header name."""
    base = {
        "行政相对人名称": "郑州某某商贸有限公司",
        "行政相对人类别": "法人及非法人组织",
        "行政相对人代码_1（统一社会信用代码）": USCC,
        "法定代表人": "张某某",
        "行政处罚决定书文号": number,
        "违法行为类型": "销售超过保质期的食品",
        "违法事实": "销售过期食品。",
        "处罚依据": "《中华人民共和国食品安全法》第一百二十四条第一款",
        "处罚类别": "罚款",
        "处罚内容": "罚款人民币2000元",
        "罚款金额（万元）": "0.2",
        "暂扣或吊销证照名称及编号": "",
        "处罚决定日期": "2025/4/1",
        "案件名称": "",
        "当前状态": "有效",
        "备注": "",
        "公示日期": "",
        "处罚事项名称": "经营不符合食品安全标准的食品",
    }
    base.update(changes)
    return [base[h] for h in PENALTY_HEADERS]


def test_each_messy_value_is_normalised(empty_tree: Path, tmp_path: Path) -> None:
    rows = [
        PENALTY_HEADERS,
        penalty_row("A1", 处罚决定日期="2025.4.1", **{"罚款金额（万元）": "0.123456"}),
        penalty_row(
            "A2", 处罚决定日期="45748", 处罚类别="没收非法财务；罚款", 处罚内容="没收饼干，罚款2000元"
        ),
        penalty_row("A3", 处罚类别="暂扣或者吊销许可证、暂扣或者吊销执照", 处罚内容="吊销食品经营许可证"),
        penalty_row("A4", 当前状态="2", 备注="已缴清罚款\n状态说明：复议撤销"),
        penalty_row("A5", 行政相对人类别="个体户", **{"行政相对人代码_1（统一社会信用代码）": SOLE.lower()}),
        penalty_row("A6", 处罚类别="责令停产停业整顿、罚款", 公示日期="2025年4月3日"),
        penalty_row("A7", 处罚类别="罚款，警告", **{"罚款金额（万元）": "1,000"}),
    ]
    rows[3][PENALTY_HEADERS.index("暂扣或吊销证照名称及编号")] = "食品经营许可证（JY14101060000011）"
    rows[3][PENALTY_HEADERS.index("罚款金额（万元）")] = ""
    rows[3][PENALTY_HEADERS.index("处罚内容")] += "，罚款人民币1000元"
    rows[3][PENALTY_HEADERS.index("处罚类别")] += "；罚款"
    ran = run_import(write_csv(tmp_path / "m.csv", rows), empty_tree)
    got = {load_file(p).data["document_number"]: load_file(p).data for p in records(empty_tree)}
    assert ran.outcome.rejected == 1, ran.lines  # A2: checked below
    assert got["A1"]["fine_yuan"] == Decimal("1234.56") and got["A1"]["decision_date"] == "2025-04-01"
    assert got["A3"]["penalty_types"] == ["吊销许可证件", "罚款"] and got["A3"]["fine_yuan"] == 1000
    assert got["A4"]["status"] == "无效" and got["A4"]["status_reason"] == "复议撤销"
    assert got["A4"]["remarks"] == "已缴清罚款"
    assert got["A5"]["party"]["uscc"] == SOLE and got["A5"]["party"]["category"] == "个体工商户"
    assert (
        got["A6"]["penalty_types"] == ["责令停产停业", "罚款"] and got["A6"]["published_on"] == "2025-04-03"
    )
    assert "A2" not in got  # 没收非法财物 (from 没收非法财务) without an amount: the validator names the row
    assert any(line.startswith(f"{tmp_path / 'm.csv'}:3: 没收") for line in ran.lines), ran.lines
    assert got["A7"]["penalty_types"] == ["罚款", "警告"] and got["A7"]["fine_yuan"] == 10_000_000


def test_a_row_with_an_error_writes_nothing_and_is_named_by_its_row(empty_tree: Path, tmp_path: Path) -> None:
    rows = [
        [
            "某某市场监管局双公示数据（2025年4月）"
        ],  # a title line above the header: row numbers stay the sheet's
        PENALTY_HEADERS,
        penalty_row("B1"),
        penalty_row("B2", 处罚决定日期="2025-02-30"),
        penalty_row("B3", 处罚决定日期="1900-1-1"),
        penalty_row("B4", **{"行政相对人代码_1（统一社会信用代码）": "91410106MA4567890X"}),
        penalty_row("B5", 处罚类别="罚款；训诫"),
        penalty_row("B6", **{"罚款金额（万元）": "0.0000001"}),
        penalty_row("B1"),
        penalty_row("B8", 当前状态="无效"),
        penalty_row("B9"),
    ]
    path = write_csv(tmp_path / "e.csv", rows)
    ran = run_import(path, empty_tree)
    assert ran.outcome.rejected == 7 and ran.outcome.skipped == 0 and len(ran.outcome.written) == 2
    assert sorted(load_file(p).data["document_number"] for p in records(empty_tree)) == ["B1", "B9"]
    errors = [LINE.match(line) for line in ran.lines if "导入" not in line and "跳过" not in line]
    assert all(errors), ran.lines
    by_row = {int(m["row"]): m for m in errors}
    assert all(m["file"] == str(path) for m in errors)
    assert by_row[4]["column"] == "处罚决定日期" and "不是真实存在的日期" in by_row[4]["zh"]
    assert by_row[5]["column"] == "处罚决定日期" and "占位日期" in by_row[5]["zh"]
    assert by_row[6]["column"] == "行政相对人代码_1（统一社会信用代码）"
    assert by_row[7]["column"] == "处罚类别" and "训诫" in by_row[7]["zh"]
    assert by_row[8]["column"] == "罚款金额（万元）" and "两位小数" in by_row[8]["zh"]
    assert by_row[10]["column"] == "状态说明"  # 无效 without a reason: the validator's rule
    assert (
        by_row[9]["column"] == "行政处罚决定书文号" and by_row[9]["zh"] == f"文号与 {path}:3 重复"
    )  # B1 again


def test_reimport_skips_every_row(empty_tree: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [PENALTY_HEADERS, penalty_row("R1"), penalty_row("R2")])
    first = run_import(path, empty_tree)
    before = {p: p.read_bytes() for p in records(empty_tree)}
    second = run_import(path, empty_tree)
    assert len(first.outcome.written) == 2
    assert (len(second.outcome.written), second.outcome.skipped, second.outcome.rejected) == (0, 2, 0)
    assert {p: p.read_bytes() for p in records(empty_tree)} == before
    assert second.lines[-1].startswith("导入 0 条，跳过 2 条，拒绝 0 条")
    # a 文号 written with other spacing is the same 文号
    third = run_import(write_csv(tmp_path / "s.csv", [PENALTY_HEADERS, penalty_row(" R1 ")]), empty_tree)
    assert third.outcome.skipped == 1


def test_slugs_are_unique_and_follow_the_document_number(empty_tree: Path, tmp_path: Path) -> None:
    rows = [PENALTY_HEADERS, penalty_row("上市监罚〔2025〕12号"), penalty_row("上市监罚字〔2025〕12号")]
    run_import(write_csv(tmp_path / "u.csv", rows), empty_tree)
    assert [p.name for p in records(empty_tree)] == ["2025-0012-2.yaml", "2025-0012.yaml"]
    assert slug_for("上市监罚〔２０２５〕123号") == "2025-0123"
    assert slug_for("JY14101060000011") == "jy14101060000011"
    assert slug_for("上市监罚", "2025-03-03") == "20250303"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_encodings(empty_tree: Path, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "enc.csv", [PENALTY_HEADERS, penalty_row("上市监罚〔2025〕1号")], encoding)
    if encoding == "utf-8-sig":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    ran = run_import(path, empty_tree)
    assert ran.outcome.rejected == 0, ran.lines
    data = only(empty_tree)
    assert data["party"]["name"] == "郑州某某商贸有限公司"
    assert data["document_number"] == "上市监罚〔2025〕1号"


def test_dry_run_writes_nothing(empty_tree: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "d.csv", [PENALTY_HEADERS, penalty_row("D1"), penalty_row("D2", 处罚类别="训诫")]
    )
    ran = run_import(path, empty_tree, dry_run=True)
    assert records(empty_tree) == []
    assert len(ran.outcome.written) == 1 and ran.outcome.rejected == 1
    assert "试运行" in ran.lines[-1]


def test_item_from_option_code_or_name(empty_tree: Path, tmp_path: Path) -> None:
    headers = ["行政相对人名称", "行政相对人类别", "统一社会信用代码", "法定代表人", "行政许可决定文书名称"]
    headers += ["行政许可决定文书号", "许可内容", "许可决定日期", "有效期至"]
    row = ["郑州某某商贸有限公司", "法人及非法人组织", USCC, "张某某", "准予许可决定书", "X1", "准予经营"]
    row += ["2025-03-03", "2030-03-02"]
    path = write_csv(tmp_path / "i.csv", [headers, row])
    ran = run_import(path, empty_tree, "license")
    assert ran.outcome.rejected == 1
    assert LINE.match(ran.lines[0])["column"] == "事项编码"
    ran = run_import(path, empty_tree, "license", item="XK-SCJG-001")
    data = only(empty_tree)
    assert data["item"] == "XK-SCJG-001" and data["category"] == "普通"  # 许可类别 from the catalog item
    coded = write_csv(tmp_path / "j.csv", [[*headers, "事项编码"], [*row[:5], "X2", *row[6:], "XK-SCJG-001"]])
    assert run_import(coded, empty_tree, "license").outcome.rejected == 0


# --- usage errors (exit 2) and the command line -----------------------------------------------------------------


def cli(*args: str) -> int:
    return main(["import", *args, "--as-of", AS_OF.isoformat(), "--settings", "/nonexistent.py"])


def test_cli_exit_codes(empty_tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_csv(tmp_path / "g.csv", [PENALTY_HEADERS, penalty_row("C1")])
    bad = write_csv(tmp_path / "b.csv", [PENALTY_HEADERS, penalty_row("C2", 处罚类别="训诫")])
    common = ["--dept", "scjg", "--kind", "penalties", "--content", str(empty_tree)]
    assert cli(str(good), *common) == 0
    assert cli(str(bad), *common) == 1
    out = capsys.readouterr().out
    assert "拒绝 1 条" in out and f"{bad}:2: 处罚类别: " in out
    assert cli(str(tmp_path / "missing.csv"), *common) == 2
    assert cli(str(good), "--dept", "nope", "--kind", "penalties", "--content", str(empty_tree)) == 2
    assert "没有部门 nope（现有：jyj、scjg）" in capsys.readouterr().err
    assert cli(str(good), "--dept", "jyj", "--kind", "penalties", "--content", str(empty_tree)) == 2
    assert "救济渠道" in capsys.readouterr().err
    assert cli(str(good), *common, "--item", "XK-SCJG-001") == 2  # a licence item for penalties


def test_unknown_headers_are_named_with_the_expected_ones(empty_tree: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "h.csv", [[*PENALTY_HEADERS, "经办人", "联系电话"], penalty_row("H1") + ["某", "1"]]
    )
    with pytest.raises(UsageError) as caught:
        run_import(path, empty_tree)
    assert "“经办人”、“联系电话”" in caught.value.zh
    assert "行政处罚决定书文号（CF_WSH）" in caught.value.zh
    assert records(empty_tree) == []
    with pytest.raises(UsageError, match="缺少必需的列"):
        run_import(write_csv(tmp_path / "n.csv", [PENALTY_HEADERS[:4], ["a", "b", "c", "d"]]), empty_tree)
    with pytest.raises(UsageError, match="同一字段"):
        run_import(
            write_csv(tmp_path / "t.csv", [[*PENALTY_HEADERS, "CF_WSH"], penalty_row("T") + ["T"]]),
            empty_tree,
        )


def test_version_a_identity_card_of_an_organisation_is_its_representatives(
    empty_tree: Path, tmp_path: Path
) -> None:
    headers = ["CF_WSH", "CF_CFMC", "CF_CFLB1", "CF_SY", "CF_YJ", "CF_XDR_MC", "CF_XDR_SHXYM", "CF_XDR_SFZ"]
    headers += ["CF_FR", "CF_JG", "CF_JDRQ", "CF_XZJG", "CF_ZT", "DFBM", "SJC"]
    row = ["上市监罚〔2016〕9号", "某案", "0", "事实。", "依据。", "郑州某某商贸有限公司", USCC, ID, "张某某"]
    row += ["警告", "2016/5/4", "郑州市上街区市场监督管理局", "", "410106", "2016/5/5"]
    ran = run_import(write_csv(tmp_path / "a.csv", [headers, row]), empty_tree, item="CF-SCJG-001")
    assert ran.outcome.rejected == 0, ran.lines
    party = only(empty_tree)["party"]
    assert party["category"] == "法人及非法人组织"
    assert (party["legal_rep_id_type"], party["legal_rep_id_number"]) == ("身份证", MASKED)
    assert "id_number" not in party


def test_xlsx_with_a_title_row_and_two_sheets(empty_tree: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "法人"
    first.append(["行政处罚信息（法人）"])
    first.append(PENALTY_HEADERS)
    first.append(penalty_row("S1"))
    first.append(penalty_row("S2", 处罚决定日期="2025-02-30"))
    second = book.create_sheet("自然人")
    second.append(PENALTY_HEADERS)
    second.append([])
    second.append(penalty_row("S3"))
    path = tmp_path / "two.xlsx"
    book.save(path)
    ran = run_import(path, empty_tree)
    assert sorted(load_file(p).data["document_number"] for p in records(empty_tree)) == ["S1", "S3"]
    assert any(line.startswith(f"{path}[法人]:4: 处罚决定日期: ") for line in ran.lines), ran.lines
    assert any(line.startswith(f"{path}[自然人]:3: 导入 ") for line in ran.lines), ran.lines


def test_a_broken_department_is_a_usage_error(empty_tree: Path, tmp_path: Path) -> None:
    (empty_tree / "departments/scjg/department.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    path = write_csv(tmp_path / "x.csv", [PENALTY_HEADERS, penalty_row("X1")])
    with pytest.raises(UsageError, match="department.yaml 有错误"):
        run_import(path, empty_tree)
