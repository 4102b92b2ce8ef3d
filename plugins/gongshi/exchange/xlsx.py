"""XLSX files written as sheet XML directly, with the same bytes for the same content.

One sheet: a bold, frozen header row, fixed column widths, then one row per record. Text goes in inline
strings (no shared-string table to build), numbers as numbers; text that a spreadsheet would run as a formula
stays text and keeps a quote prefix, so Excel does not turn it into one when the cell is edited. Every zip
entry and the document properties are dated midnight of the as-of date, so a rebuild of unchanged data
changes no byte.

A row is made from its values alone (:func:`row_cells`), so a caller may keep the cells of unchanged records
between builds and only number the rows (:func:`sheet_row`).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import quoteattr

from .normalise import FORMULA_START, decimal_text

WIDE_COLUMNS = 40
NARROW_COLUMNS = 20
STYLE_HEADER = 1
STYLE_TEXT_KEPT = 2

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Characters XML 1.0 cannot carry at all, even as references (the loader refuses them in records).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

CONTENT_TYPES = (
    _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
PACKAGE_RELS = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
WORKBOOK_RELS = (
    _HEAD + f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
APP = (
    _HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>gongshi</Application></Properties>"
)
# Style 0 plain, 1 the bold header, 2 text kept as text (quote prefix).
STYLES = (
    _HEAD + f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def column_letter(number: int) -> str:
    """Spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_cells(values: Sequence[str | Decimal | None], style: int = 0) -> list[tuple[int, str]]:
    """The cells of one row as (column number, XML after the cell reference); empty values are left out."""
    if _ILLEGAL.search("\n".join(v for v in values if isinstance(v, str))):
        raise ValueError("XLSX 单元格含有控制字符 — a cell holds a control character XML cannot carry")
    cells = []
    for col, value in enumerate(values, start=1):
        if value is None:
            continue
        if isinstance(value, Decimal):
            cells.append((col, f"><v>{decimal_text(value)}</v></c>"))
            continue
        kept = value[:1] != "" and value[0] in FORMULA_START
        s = f' s="{STYLE_TEXT_KEPT if kept else style}"' if kept or style else ""
        text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
        cells.append((col, f'{s} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'))
    return cells


def sheet_row(number: int, cells: Iterable[tuple[int, str]], letters: Sequence[str]) -> str:
    """One ``<row>`` of :func:`row_cells`, numbered ``number`` (1-based)."""
    r = str(number)
    return f'<row r="{r}">' + "".join(f'<c r="{letters[c]}{r}"{xml}' for c, xml in cells) + "</row>"


def write_xlsx(
    headers: Sequence[str],
    rows: Iterable[Sequence[str | Decimal | None]] | None = None,
    *,
    title: str,
    day: date,
    cells: Iterable[list[tuple[int, str]]] | None = None,
) -> bytes:
    """The workbook of ``headers`` and ``rows`` (or rows already made by :func:`row_cells`, as ``cells``)."""
    letters = [""] + [column_letter(c) for c in range(1, len(headers) + 1)]
    body = cells if cells is not None else (row_cells(row) for row in rows or ())
    parts = [sheet_row(1, row_cells(headers, STYLE_HEADER), letters)]
    parts.extend(sheet_row(n, row, letters) for n, row in enumerate(body, start=2))
    last = f"{letters[-1]}{len(parts)}" if len(headers) else "A1"
    widths = "".join(
        f'<col min="{c}" max="{c}" width="{WIDE_COLUMNS if len(h) > 8 else NARROW_COLUMNS}" customWidth="1"/>'
        for c, h in enumerate(headers, start=1)
    )
    sheet = (
        _HEAD + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f'<dimension ref="A1:{last}"/>'
        '<sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{widths}</cols>" if widths else "")
        + "<sheetData>"
    )
    workbook = (
        _HEAD + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
        f'<sheets><sheet name={quoteattr(title)} sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    iso = f"{day.isoformat()}T00:00:00Z"
    core = (
        _HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>gongshi</dc:creator>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>'
    )
    entries = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/app.xml": APP,
        "docProps/core.xml": core,
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/styles.xml": STYLES,
        "xl/worksheets/sheet1.xml": sheet + "".join(parts) + "</sheetData></worksheet>",
    }
    out = io.BytesIO()
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in entries.items():
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, text.encode("utf-8"))
    return out.getvalue()
