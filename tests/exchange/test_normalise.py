"""Messy values as real spreadsheets carry them, normalised or refused."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from gongshi.exchange import normalise as N
from gongshi.exchange.fields import VERSION_A, VERSION_B


@pytest.mark.parametrize(
    "value",
    [
        "2024/1/5",
        "2024-01-05",
        "2024-1-5",
        "2024.1.5",
        "2024年1月5日",
        "2024 年 1 月 5 日",
        "2024-01-05 0:00:00",
        "2024/1/5 00:00",
        "2024-01-05T00:00:00",
        "20240105",
        "01/05/2024",
        "２０２４／１／５",
        45296,
        45296.0,
        45296.75,
        "45296",
        datetime(2024, 1, 5, 0, 0),
        date(2024, 1, 5),
    ],
)
def test_dates(value: object) -> None:
    assert N.parse_date(value) == "2024-01-05"


@pytest.mark.parametrize("value", ["1900-1-1", "1900/01/01", 1, "1899-12-30", date(1900, 1, 1)])
def test_placeholder_dates_are_refused(value: object) -> None:
    with pytest.raises(N.ValueProblem, match="占位日期"):
        N.parse_date(value)


@pytest.mark.parametrize("value", ["2024-02-30", "2024/13/1", "无处罚期限", "明天", "2100-01-01", True])
def test_bad_dates_are_refused(value: object) -> None:
    with pytest.raises(N.ValueProblem):
        N.parse_date(value)


def test_long_term() -> None:
    assert N.parse_date("2099/12/31", long_term=True) == "2099-12-31"
    assert N.parse_date("2099/12/31") == "2099-12-31"
    assert N.parse_date("长期", long_term=True) == "2099-12-31"
    with pytest.raises(N.ValueProblem):
        N.parse_date("长期")


@pytest.mark.parametrize("value", [None, "", "  ", "-", "/", "无"])
def test_empty_dates(value: object) -> None:
    assert N.parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "yuan"),
    [
        ("0.2", 2000),
        (0.2, 2000),  # a numeric cell: read through repr, never float arithmetic
        (0.1 + 0.2, Decimal("3000.00000000000044")),  # what the cell holds, exactly: refused below
        ("0.012", 120),
        ("0.123456", Decimal("1234.56")),
        (0.123456, Decimal("1234.56")),
        ("1,000", 10000000),
        ("0.50万元", 5000),
        ("0", 0),
        (3, 30000),
    ],
)
def test_amounts_in_wan_become_yuan_exactly(value: object, yuan: object) -> None:
    amount = N.parse_amount(value)
    assert amount is not None
    if isinstance(yuan, Decimal) and yuan.as_tuple().exponent < -2:
        with pytest.raises(N.ValueProblem, match="两位小数"):
            N.to_yuan(amount, wan=True)
        return
    result = N.to_yuan(amount, wan=True)
    assert result == yuan and type(result) is type(yuan)


def test_amount_in_yuan_and_refusals() -> None:
    assert N.to_yuan(N.parse_amount("2000.50"), wan=False) == Decimal("2000.5")
    assert N.parse_amount("") is None
    for bad in ("-1", "二千", "1e400x", True):
        with pytest.raises(N.ValueProblem):
            N.parse_amount(bad)


def test_wan_is_exact() -> None:
    assert N.decimal_text(N.wan(2000)) == "0.2"
    assert N.decimal_text(N.wan(Decimal("1234.56"))) == "0.123456"
    assert N.decimal_text(N.wan(100000)) == "10"
    assert N.decimal_text(N.wan(120)) == "0.012"


def test_codes() -> None:
    assert N.code("91330282l07196379d", upper=True) == "91330282L07196379D"
    assert N.code(" 9141 0106MA4567890y ", upper=True) == "91410106MA4567890Y"
    assert N.code("９１４１", upper=True) == "9141"
    assert N.code("/", upper=True) is None
    assert N.code(410106003174514.0) == "410106003174514"


def test_id_numbers_are_masked() -> None:
    assert N.id_number("11010519491231002X", "身份证") == "110105********002X"
    assert N.id_number("11010519491231002x", None) == "110105********002X"
    assert N.id_number("410106********123X", "身份证") == "410106********123X"
    assert N.id_number("E12345678", "护照号") == "E12345678"  # left to the validator


def test_text_removes_the_formula_guard_only_before_formula_characters() -> None:
    assert N.text("'=1+1") == "=1+1"
    assert N.text("'-5") == "-5"
    assert N.text("'quoted'") == "'quoted'"
    assert N.text("a\r\nb\r") == "a\nb"


@pytest.mark.parametrize(
    ("value", "version", "expected"),
    [
        ("1", VERSION_B, (None, None)),
        ("2", VERSION_B, ("无效", None)),
        ("有效", VERSION_B, (None, None)),
        ("无效", VERSION_B, ("无效", None)),
        ("注销", VERSION_B, ("无效", "注销")),
        ("已撤销", VERSION_B, ("无效", "撤销")),
        ("", VERSION_B, (None, None)),
        ("0", VERSION_A, (None, None)),
        ("1", VERSION_A, ("无效", "撤销")),
        ("2", VERSION_A, ("有效", "异议")),
        ("3", VERSION_A, ("无效", None)),
        (1, VERSION_B, (None, None)),
    ],
)
def test_status(value: object, version: str, expected: tuple) -> None:
    assert N.status(value, version) == expected


def test_bad_status() -> None:
    with pytest.raises(N.ValueProblem):
        N.status("0", VERSION_B)
    with pytest.raises(N.ValueProblem):
        N.status("正在审查", VERSION_B)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("普通", ("普通", None)),
        ("普通许可", ("普通", None)),
        ("0", ("普通", None)),
        ("3", ("核准", None)),
        (5, ("其他", None)),
        ("其他（备案）", ("其他", "备案")),
        ("其他-告知承诺", ("其他", "告知承诺")),
        ("其他（须注明）", ("其他", None)),
    ],
)
def test_license_category(value: object, expected: tuple) -> None:
    assert N.license_category(value) == expected


def test_party_category() -> None:
    assert N.party_category("法人和其他组织") == "法人及非法人组织"
    assert N.party_category("个体户") == "个体工商户"
    assert N.party_category(" 自然人 ") == "自然人"
    with pytest.raises(N.ValueProblem):
        N.party_category("机关")


@pytest.mark.parametrize(
    ("cells", "content", "expected"),
    [
        (["罚款"], "", ["罚款"]),
        (["警告；罚款"], "", ["警告", "罚款"]),
        (
            ["警告;罚款,没收违法所得，通报批评、限制从业"],
            "",
            ["警告", "罚款", "没收违法所得", "通报批评", "限制从业"],
        ),
        (["没收违法所得、没收非法财物"], "", ["没收违法所得", "没收非法财物"]),
        (["罚款、没收违法所得、没收非法财物"], "", ["罚款", "没收违法所得", "没收非法财物"]),
        (["没收非法财务"], "", ["没收非法财物"]),
        (["责令停产停业整顿"], "", ["责令停产停业"]),
        (["吊销营业执照"], "", ["吊销许可证件"]),
        (["暂扣或者吊销许可证、暂扣或者吊销执照"], "吊销食品经营许可证", ["吊销许可证件"]),
        (["暂扣或者吊销许可证、暂扣或者吊销执照"], "暂扣许可证三个月", ["暂扣许可证件"]),
        (
            ["罚款", "暂扣或者吊销许可证、暂扣或者吊销执照"],
            "罚款并暂扣后吊销",
            ["罚款", "暂扣许可证件", "吊销许可证件"],
        ),
        (["其他（责令改正）"], "", ["其他"]),
        (["1", "2"], "", ["罚款", "没收违法所得", "没收非法财物"]),  # version A codes in 处罚类别1/2
        (["0", "4"], "吊销许可证", ["警告", "吊销许可证件"]),
        (["罚款；罚款"], "", ["罚款"]),
        ([None, ""], "", []),
    ],
)
def test_penalty_types(cells: list, content: str, expected: list) -> None:
    assert N.penalty_types(cells, content) == expected


def test_penalty_types_refused() -> None:
    with pytest.raises(N.ValueProblem, match="暂扣还是吊销"):
        N.penalty_types(["暂扣或者吊销许可证、暂扣或者吊销执照"], "罚款1000元")
    with pytest.raises(N.ValueProblem, match="不是处罚类别"):
        N.penalty_types(["罚款；训诫"], "")


def test_fine_from_content() -> None:
    assert N.fine_from_content("罚款人民币2000元") == 2000
    assert N.fine_from_content("没收违法所得120元，罚款人民币5,000元") == 5000
    assert N.fine_from_content("罚款0.5万元") == 5000
    assert N.fine_from_content("罚款1000元，并处罚款2000元") is None
