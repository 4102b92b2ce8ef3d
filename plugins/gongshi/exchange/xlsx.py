"""XLSX files with the same bytes for the same content: fixed timestamps, fixed zip entry dates.

openpyxl stamps ``docProps/core.xml`` with the time of saving and gives every zip entry the current time; both
are replaced by midnight of the as-of date, so that a rebuild of unchanged data changes no file.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal

from .normalise import FORMULA_START

CORE = "docProps/core.xml"
_STAMPS = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
WIDE_COLUMNS = 40
NARROW_COLUMNS = 20


def write_xlsx(
    headers: Sequence[str], rows: Sequence[Sequence[str | Decimal | None]], *, title: str, day: date
) -> bytes:
    """One sheet: a bold, frozen header row and the rows; text that looks like a formula stays text."""
    from openpyxl import Workbook  # imported when a file is written, not when the command line starts
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title
    bold = Font(bold=True)
    for col, header in enumerate(headers, start=1):
        sheet.cell(row=1, column=col, value=header).font = bold
        width = WIDE_COLUMNS if len(header) > 8 else NARROW_COLUMNS
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            if value is None:
                continue
            target = sheet.cell(row=r, column=col)
            target.value = value
            if isinstance(value, str) and value[:1] and value[0] in FORMULA_START:
                target.data_type = "s"  # never a formula
                target.quotePrefix = True  # and Excel keeps it text when the cell is edited
    stamp = datetime.combine(day, time(0, 0))
    book.properties.creator = "gongshi"
    book.properties.created = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    return fixed(buffer.getvalue(), stamp)


def fixed(data: bytes, stamp: datetime) -> bytes:
    """The same zip with every entry dated ``stamp`` and the document properties stamped with it."""
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == CORE:
                content = _STAMPS.sub(lambda m: f"{m.group(1)}{iso}{m.group(3)}", content.decode()).encode()
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()
