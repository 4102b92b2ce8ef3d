"""The sheet-XML writer: what a spreadsheet program reads back from it."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from io import BytesIO
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from gongshi.exchange.xlsx import column_letter, row_cells, write_xlsx

DAY = date(2026, 11, 26)
HEADERS = ["行政相对人名称", "罚款金额（万元）", "备注"]


def _book(data: bytes):
    return load_workbook(BytesIO(data))


def test_values_read_back_exactly() -> None:
    rows = [
        ["某某 <公司> & “有限”", Decimal("0.2"), "第一行\r\n第二行\n\t缩进"],
        ["=SUM(A1:A2)", None, "+1"],
        ["𠮷野家（非 BMP 字符）", Decimal("12345.123456"), None],
    ]
    sheet = _book(write_xlsx(HEADERS, rows, title="行政处罚", day=DAY)).active
    assert sheet.title == "行政处罚"
    assert [c.value for c in sheet[1]] == HEADERS
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 20 and sheet.column_dimensions["B"].width == 20
    got = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert got == [
        ["某某 <公司> & “有限”", 0.2, "第一行\r\n第二行\n\t缩进"],
        ["=SUM(A1:A2)", None, "+1"],
        ["𠮷野家（非 BMP 字符）", 12345.123456, None],
    ]
    formula = sheet["A3"]
    assert formula.data_type == "s" and formula.quotePrefix
    assert not sheet["A2"].quotePrefix
    assert sheet.max_row == 4


def test_every_part_is_well_formed_xml_and_dated_as_of() -> None:
    data = write_xlsx(HEADERS, [["a", Decimal("1"), "b"]], title="行政许可", day=DAY)
    with zipfile.ZipFile(BytesIO(data)) as archive:
        assert archive.testzip() is None
        for info in archive.infolist():
            assert info.date_time == (2026, 11, 26, 0, 0, 0)
            ElementTree.fromstring(archive.read(info.filename))
        core = archive.read("docProps/core.xml").decode()
    assert core.count("2026-11-26T00:00:00Z") == 2


def test_same_input_same_bytes_and_cells_give_the_same_file() -> None:
    rows = [["甲", Decimal("3"), None], ["乙", None, "注"]]
    first = write_xlsx(HEADERS, rows, title="t", day=DAY)
    assert write_xlsx(HEADERS, rows, title="t", day=DAY) == first
    assert write_xlsx(HEADERS, title="t", day=DAY, cells=[row_cells(r) for r in rows]) == first
    assert write_xlsx(HEADERS, rows, title="t", day=date(2026, 11, 27)) != first


def test_control_characters_are_refused() -> None:
    with pytest.raises(ValueError, match="控制字符"):
        write_xlsx(HEADERS, [["a\x07b", None, None]], title="t", day=DAY)


def test_no_rows_is_a_header_only_sheet() -> None:
    sheet = _book(write_xlsx(HEADERS, [], title="t", day=DAY)).active
    assert sheet.max_row == 1 and sheet.max_column == 3


@pytest.mark.parametrize(("number", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
def test_column_letters(number: int, letters: str) -> None:
    assert column_letter(number) == letters
