"""Spreadsheet readers: .xlsx (openpyxl, read-only, cached values) and .csv (UTF-8 with or without BOM, or GB18030).

A table is a header row and data rows, each row with its spreadsheet row number (the header is row 1 when it
is the first row). A title line above the header (common in templates) is skipped: the header is the first of
the top rows in which at least two cells are known column names.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .normalise import Cell

HEADER_SEARCH_ROWS = 10
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv",)


class ReadError(Exception):
    """The file cannot be read as a table; bilingual message."""

    def __init__(self, zh: str, en: str):
        super().__init__(f"{zh} — {en}")
        self.zh, self.en = zh, en


@dataclass
class Sheet:
    """One table: its name, its header row (number and cells) and its data rows."""

    name: str
    header_row: int = 0
    headers: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)


def read_table(path: Path, is_header: Callable[[str], bool]) -> list[Sheet]:
    """The non-empty sheets of a file (a CSV has one); ``is_header`` says whether a cell is a known column."""
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        raw_sheets = _xlsx_rows(path)
    elif suffix in CSV_SUFFIXES:
        raw_sheets = [(path.stem, _csv_rows(path))]
    else:
        raise ReadError(
            f"只能导入 .xlsx 或 .csv 文件：{path.name}",
            f"only .xlsx and .csv files can be imported: {path.name}",
        )
    sheets = []
    for name, rows in raw_sheets:
        sheet = _table(name, rows, is_header)
        if sheet is not None:
            sheets.append(sheet)
    if not sheets:
        raise ReadError("文件中没有表头和数据", "the file has no header row")
    return sheets


def _table(name: str, rows: Iterator[list[Cell]], is_header: Callable[[str], bool]) -> Sheet | None:
    sheet = Sheet(name)
    first_nonempty: tuple[int, list[Cell]] | None = None
    pending: list[tuple[int, list[Cell]]] = []
    for number, cells in enumerate(rows, start=1):
        if not sheet.headers:
            if not any(_filled(c) for c in cells):
                continue
            if first_nonempty is None:
                first_nonempty = (number, cells)
            pending.append((number, cells))
            if sum(is_header(str(c)) for c in cells if _filled(c)) >= 2:
                sheet.header_row, sheet.headers = number, [_header(c) for c in cells]
                pending.clear()
            elif len(pending) >= HEADER_SEARCH_ROWS:
                break
            continue
        if any(_filled(c) for c in cells):
            sheet.rows.append((number, list(cells)))
    if not sheet.headers:
        if first_nonempty is None:
            return None
        sheet.header_row, sheet.headers = first_nonempty[0], [_header(c) for c in first_nonempty[1]]
    while sheet.headers and not sheet.headers[-1]:
        sheet.headers.pop()
    return sheet


def _filled(cell: Cell) -> bool:
    return cell is not None and str(cell).strip() != ""


def _header(cell: Cell) -> str:
    return "" if cell is None else str(cell).strip()


def _xlsx_rows(path: Path) -> list[tuple[str, Iterator[list[Cell]]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for a damaged file
        raise ReadError(
            f"无法读取 Excel 文件（{type(exc).__name__}）", f"cannot read the Excel file: {exc}"
        ) from None
    try:
        return [
            (ws.title, iter([list(row) for row in ws.iter_rows(values_only=True)])) for ws in book.worksheets
        ]
    finally:
        book.close()


def decode_csv(raw: bytes) -> str:
    """UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else GB18030."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        raise ReadError(
            "CSV 文件既不是 UTF-8 也不是 GB18030 编码", "the CSV file is neither UTF-8 nor GB18030"
        ) from None


def _csv_rows(path: Path) -> Iterator[list[Cell]]:
    try:
        content = decode_csv(path.read_bytes())
    except OSError as exc:
        raise ReadError(f"无法读取文件（{exc.strerror}）", f"cannot read the file ({exc.strerror})") from None
    try:
        rows = list(csv.reader(io.StringIO(content, newline="")))
    except csv.Error as exc:
        raise ReadError(f"CSV 格式错误：{exc}", f"malformed CSV: {exc}") from None
    return iter([list(r) for r in rows])
