"""National-format exports: ``licenses|penalties.csv|.xlsx|.json`` for the records a caller chooses.

CSV and XLSX follow the national template (B2): its columns in its order with its Chinese headers, then the
plan's fields, 公示日期 last; amounts in 万元 (exact decimals), dates ``YYYY-MM-DD``, 当前状态 有效/无效, and
every default resolved (机关 and 数据来源单位 = the department, 项目名称/设定依据 from the catalog, 救济渠道 from the
department). JSON has the spec's English keys with the same defaults resolved, plus ``url`` and ``department``.

What the template has no column for rides in 备注 as extra lines (``状态说明：…``, ``许可类别说明：…``) so that an
import of the file restores it. Masked document numbers are left out unless ``show_masked_ids``; a
department's internal ``responsible`` block is never read. Cells that a spreadsheet would run as a formula are
neutralised. The same input gives the same bytes (XLSX timestamps come from the as-of date).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..config import Config
from ..lifecycle import Window, severity
from ..model import KIND_FOLDERS, CatalogItem, Department, Record
from . import fields as F
from .normalise import FORMULA_START, decimal_text, wan
from .xlsx import write_xlsx

Value = str | Decimal | None
MASKED_KEYS = ("legal_rep_id_number", "id_number")
TYPE_SEPARATOR = "；"
SHEET_TITLES = {"license": "行政许可", "penalty": "行政处罚"}


def export_files(
    records: Iterable[Record],
    *,
    departments: dict[str, Department],
    config: Config,
    siteurl: str = "",
) -> dict[str, bytes]:
    """``licenses.csv|.xlsx|.json`` and ``penalties.csv|.xlsx|.json`` of ``records``: file name → bytes.

    The caller passes only the records to publish (public at the as-of date); ``siteurl`` makes ``url``
    absolute. Every file is produced, empty kinds included (a header row, an empty list).
    """
    chosen = ordered(records)
    files: dict[str, bytes] = {}
    for kind, stem in KIND_FOLDERS.items():
        mine = [r for r in chosen if r.kind == kind]
        headers, rows = table(kind, mine, departments, config)
        files[f"{stem}.csv"] = csv_bytes(headers, rows)
        files[f"{stem}.xlsx"] = write_xlsx(headers, rows, title=SHEET_TITLES[kind], day=config.as_of)
        files[f"{stem}.json"] = json_bytes(
            [record_object(r, departments[r.dept], config, siteurl) for r in mine]
        )
    return files


def write_exports(
    records: Iterable[Record],
    out_dir: Path,
    *,
    departments: dict[str, Department],
    config: Config,
    siteurl: str = "",
) -> list[Path]:
    """Write :func:`export_files` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in export_files(records, departments=departments, config=config, siteurl=siteurl).items():
        (out_dir / name).write_bytes(data)
        written.append(out_dir / name)
    return written


def ordered(records: Iterable[Record]) -> list[Record]:
    """Newest decision first, then by identity (a stable, deterministic order)."""
    by_identity = sorted(records, key=lambda r: r.identity)
    return sorted(by_identity, key=lambda r: str(r.data.get("decision_date", "")), reverse=True)


# --- the template's rows ------------------------------------------------------------------------------------


def table(
    kind: str, records: Sequence[Record], departments: dict[str, Department], config: Config
) -> tuple[list[str], list[list[Value]]]:
    """The header row and one row per record, in the template's column order."""
    columns = F.export_columns(kind)
    headers = [c.header for c in columns]
    rows = [[cell(c.target, r, departments[r.dept], config) for c in columns] for r in records]
    return headers, rows


def cell(target: str, record: Record, dept: Department, config: Config) -> Value:
    """The exported value of one column for one record (defaults resolved)."""
    data = record.data
    if target.startswith("party."):
        key = target.removeprefix("party.")
        if key in MASKED_KEYS and not config.show_masked_ids:
            return None
        return _text(record.party.get(key))
    if target in (F.FINE_WAN, F.CONFISCATION_WAN):
        amount = data.get("fine_yuan" if target == F.FINE_WAN else "confiscation_yuan")
        return None if amount is None else Decimal(decimal_text(wan(amount)))
    if target == F.ITEM_NAME:
        item = catalog_item(record, dept)
        return item.name if item else None
    if target == F.DISCLOSURE_END:
        return publication_end(data, config).isoformat()
    if target in ("authority", "authority_uscc", "source_unit", "source_unit_uscc"):
        name, uscc = body(data, dept, target.removesuffix("_uscc"))
        return uscc if target.endswith("_uscc") else name
    if target == "legal_basis" and record.kind == "license":
        item = catalog_item(record, dept)
        return _text(data.get("legal_basis") or (item.legal_basis if item else None))
    if target == "status":
        return str(data.get("status") or "有效")
    if target == "remedy":
        return _text(data.get("remedy") or dept.data.get("remedy"))
    if target == "penalty_types":
        types = data.get("penalty_types") or []
        return TYPE_SEPARATOR.join(str(t) for t in types) or None
    if target == "remarks":
        return remarks(data)
    return _text(data.get(target))


def _text(value: Any) -> str | None:
    """A value as cell text (outer line breaks trimmed); None for empty."""
    if value is None:
        return None
    text = str(value).strip("\n")
    return text or None


def catalog_item(record: Record, dept: Department) -> CatalogItem | None:
    """The catalog item a record names."""
    return dept.catalog[record.kind].get(str(record.data.get("item", "")))


def body(data: dict[str, Any], dept: Department, key: str) -> tuple[str, str]:
    """(name, USCC) of the authority or the source unit: the record's own when named, else the department's."""
    if data.get(key):
        return str(data[key]), str(data.get(f"{key}_uscc") or "")
    return dept.name, str(data.get(f"{key}_uscc") or dept.data.get("uscc") or "").upper()


def publication_end(data: dict[str, Any], config: Config) -> date:
    """公示截止期: ``disclosure_until`` when given, else the end of the legal window of the record's severity."""
    end = Window.of(data, config).maximum
    if data.get("disclosure_until"):
        end = min(end, date.fromisoformat(data["disclosure_until"]))
    return end


def remarks(data: dict[str, Any]) -> str | None:
    """备注, with the lines that carry 状态说明 and 许可类别说明 (the template has no columns for them)."""
    lines = [_text(data.get("remarks"))]
    if data.get("status") == "无效" and data.get("status_reason"):
        lines.append(f"状态说明：{_text(data['status_reason'])}")
    if data.get("category") == "其他" and data.get("category_detail"):
        lines.append(f"许可类别说明：{_text(data['category_detail'])}")
    return "\n".join(x for x in lines if x) or None


# --- CSV ----------------------------------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading apostrophe."""
    return f"'{text}" if text[:1] and text[0] in FORMULA_START else text


def csv_bytes(headers: list[str], rows: list[list[Value]]) -> bytes:
    """UTF-8 with BOM (Excel opens it as Unicode), CRLF line ends, formulas neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            ["" if v is None else decimal_text(v) if isinstance(v, Decimal) else neutralise(v) for v in row]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# --- JSON ---------------------------------------------------------------------------------------------------


def record_object(record: Record, dept: Department, config: Config, siteurl: str = "") -> dict[str, Any]:
    """A record with the spec's English keys, defaults resolved, plus ``url`` and ``department``."""
    data = dict(record.data)  # only top-level keys and the party's are changed below
    party = data.get("party")
    if isinstance(party, dict) and not config.show_masked_ids:
        data["party"] = party = dict(party)
        for key in MASKED_KEYS:
            party.pop(key, None)
    for key in ("withdrawn", "repaired"):  # not yet in effect at the as-of date: not yet public
        block = data.get(key)
        if isinstance(block, dict) and str(block.get("date", "")) > config.as_of.isoformat():
            del data[key]
    for key in ("authority", "source_unit"):
        name, uscc = body(record.data, dept, key)
        data[key] = name
        if uscc:
            data[f"{key}_uscc"] = uscc
    data["status"] = str(data.get("status") or "有效")
    item = catalog_item(record, dept)
    if item:
        data["item_name"] = item.name
    if record.kind == "license":
        if item and not data.get("legal_basis"):
            data["legal_basis"] = item.legal_basis
    else:
        if dept.data.get("remedy") and not data.get("remedy"):
            data["remedy"] = dept.data["remedy"]
        data["severity"] = severity(record.data)
        data["disclosure_until"] = publication_end(record.data, config).isoformat()
    data["url"] = f"{siteurl.rstrip('/')}/{record.url}" if siteurl else record.url
    data["department"] = record.dept
    data["department_name"] = dept.name
    return data


def json_bytes(objects: list[dict[str, Any]]) -> bytes:
    """A JSON array, one record a line (a change shows as one changed line), sorted keys, exact amounts."""
    if not objects:
        return b"[]\n"
    return ("[\n" + ",\n".join(map(_one_line, objects)) + "\n]\n").encode()


def _number(value: Any) -> Any:
    """Decimals as JSON numbers: integers exactly, fractions via their shortest exact float (≤ 15 digits)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


_one_line = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(", ", ": "), default=_number
).encode  # no indent: the C encoder
