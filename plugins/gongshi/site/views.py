"""What a record shows: labelled field rows in the national template's order, and its list row."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from .. import schema
from ..config import Config
from ..lifecycle import disclosure_end, severity
from ..model import KIND_ZH, CatalogItem, Department, Record
from . import urls
from .text import Paragraphs, long_term, one_line, paragraphs, yuan

PARTY_KEYS = (
    "name",
    "category",
    "uscc",
    "business_reg_no",
    "org_code",
    "tax_reg_no",
    "institution_cert_no",
    "social_org_reg_no",
    "legal_rep",
    "legal_rep_id_type",
    "legal_rep_id_number",
    "id_type",
    "id_number",
)
MASKED_KEYS = frozenset({"legal_rep_id_number", "id_number"})


class Row(NamedTuple):
    """One labelled value of a record page."""

    label: str
    text: Paragraphs
    css: str = ""

    @property
    def line(self) -> str | None:
        """The value when it is a single line (the common case, rendered without paragraphs)."""
        return self.text[0][0] if len(self.text) == 1 and len(self.text[0]) == 1 else None

    @property
    def multi(self) -> bool:
        """More than one paragraph."""
        return len(self.text) > 1


@cache
def title(kind: str, path: tuple[str | int, ...]) -> str:
    """The schema title of a field (cached: titles never change while a build runs)."""
    return schema.title(kind, path)


@dataclass(frozen=True)
class Entry:
    """A public record as lists, feeds, the sitemap and search see it."""

    record: Record
    dept_name: str
    date: str  # 决定日期
    published: str  # 公示日期
    updated: str  # 公示日期 or the latest 更正 date
    docno: str
    name: str
    uscc: str
    title: str  # 项目名称 (licence) or 案件名称 (penalty)
    amount: str  # 罚款金额 shown in 元, "" when none

    @property
    def kind(self) -> str:
        """``license`` or ``penalty``."""
        return self.record.kind

    @property
    def site_path(self) -> str:
        """The page relative to the site root."""
        return urls.in_site(self.record)

    @property
    def column_path(self) -> str:
        """The page relative to its department column."""
        return urls.in_column(self.record)

    def sort_key(self) -> tuple[str, str, str]:
        """Newest decision first, then newest publication, then identity (for a stable order)."""
        return (_desc(self.date), _desc(self.published), self.record.identity)


@dataclass(frozen=True)
class RecordView:
    """Everything a record page shows."""

    entry: Entry
    heading: str
    rows: tuple[Row, ...]
    corrections: tuple[tuple[str, str], ...]
    invalid_reason: str | None
    source: str  # ContentSource: the body that decided
    correction_labels: tuple[str, str] = ("日期", "说明")


def _desc(day: str) -> str:
    """A sort key that orders ISO dates newest first."""
    return "".join(chr(0x39 - ord(c) + 0x30) if c.isdigit() else c for c in day)


def catalog_item(record: Record, dept: Department) -> CatalogItem | None:
    """The 事项 the record names."""
    return dept.catalog[record.kind].get(str(record.data.get("item", "")))


def body(record: Record, dept: Department, key: str) -> tuple[str, str]:
    """(name, USCC) of the authority or source unit: the record's own when named, else the department."""
    data = record.data
    if data.get(key):
        return one_line(data[key]), str(data.get(f"{key}_uscc") or "")
    return dept.name, str(data.get(f"{key}_uscc") or dept.data.get("uscc") or "")


def entry(record: Record, dept: Department) -> Entry:
    """The list row of a public record."""
    data, party = record.data, record.party
    if record.kind == "license":
        item = catalog_item(record, dept)
        title = item.name if item else str(data.get("document_title", ""))
    else:
        title = str(data.get("case_name", ""))
    dates = [str(data["published_on"])] + [str(c.get("date", "")) for c in _corrections(data)]
    fine = data.get("fine_yuan")
    return Entry(
        record=record,
        dept_name=dept.short_name,
        date=str(data["decision_date"]),
        published=str(data["published_on"]),
        updated=max(dates),
        docno=one_line(data.get("document_number", "")),
        name=one_line(party.get("name", "")),
        uscc=str(party.get("uscc") or ""),
        title=one_line(title),
        amount=yuan(fine) if fine is not None and record.kind == "penalty" else "",
    )


def _corrections(data: dict[str, Any]) -> list[dict[str, Any]]:
    value = data.get("corrections")
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


class _Rows:
    """Collects rows, skipping empty values, with titles from the schema."""

    def __init__(self, kind: str):
        self.kind = kind
        self.rows: list[Row] = []

    def add(self, path: tuple[str, ...], value: Any, fmt: Callable[[Any], str] = str, css: str = "") -> None:
        self.label(title(self.kind, path), value, fmt, css)

    def label(self, label: str, value: Any, fmt: Callable[[Any], str] = str, css: str = "") -> None:
        if value is None or value == "" or value == []:
            return
        text = paragraphs(fmt(value))
        if text:
            self.rows.append(Row(label, text, css))


def _party(out: _Rows, party: dict[str, Any], config: Config) -> None:
    for key, label in _party_labels(out.kind, config.show_masked_ids):
        value = party.get(key)
        if value is not None:
            out.label(label, value)


@cache
def _party_labels(kind: str, show_masked: bool) -> tuple[tuple[str, str], ...]:
    """(key, title) of the party fields a page shows, in the template's order."""
    return tuple(
        (key, title(kind, ("party", key))) for key in PARTY_KEYS if show_masked or key not in MASKED_KEYS
    )


def _status(out: _Rows, data: dict[str, Any]) -> None:
    out.add(("status",), data.get("status") or "有效")
    out.add(("status_reason",), data.get("status_reason"))


def license_rows(record: Record, dept: Department, config: Config) -> Iterator[Row]:
    """A licence's rows in the order of the national template (B2), with the plan's fields beside theirs."""
    data, item = record.data, catalog_item(record, dept)
    out = _Rows("license")
    _party(out, record.party, config)
    out.label(title("catalog", ("licenses", 0, "name")), item.name if item else None)
    out.add(("item",), data.get("item"))
    out.add(("legal_basis",), data.get("legal_basis") or (item.legal_basis if item else None))
    for key in ("document_title", "document_number", "category", "category_detail"):
        out.add((key,), data.get(key))
    for key in ("certificate_name", "certificate_number", "content", "decision_date", "valid_from"):
        out.add((key,), data.get(key))
    out.add(("valid_to",), data.get("valid_to"), long_term)
    _bodies_in_order(out, record, dept, data)
    out.add(("published_on",), data.get("published_on"))
    out.add(("remarks",), data.get("remarks"))
    yield from out.rows


def _bodies_in_order(out: _Rows, record: Record, dept: Department, data: dict[str, Any]) -> None:
    """许可/处罚机关, 当前状态, 数据来源单位 — the template's order."""
    name, uscc = body(record, dept, "authority")
    out.add(("authority",), name)
    out.add(("authority_uscc",), uscc)
    _status(out, data)
    name, uscc = body(record, dept, "source_unit")
    out.add(("source_unit",), name)
    out.add(("source_unit_uscc",), uscc)


def penalty_rows(record: Record, dept: Department, config: Config) -> Iterator[Row]:
    """A penalty's rows in the order of the national template (B2), with the plan's fields beside theirs."""
    data, item = record.data, catalog_item(record, dept)
    out = _Rows("penalty")
    _party(out, record.party, config)
    out.add(("case_name",), data.get("case_name"))
    out.add(("document_number",), data.get("document_number"))
    out.label(title("catalog", ("penalties", 0, "name")), item.name if item else None)
    out.add(("item",), data.get("item"))
    for key in ("violation_type", "violation_facts", "legal_basis"):
        out.add((key,), data.get(key))
    if item and one_line(item.legal_basis) != one_line(data.get("legal_basis", "")):
        out.label(title("catalog", ("penalties", 0, "legal_basis")), item.legal_basis)
    out.add(("penalty_types",), data.get("penalty_types"), "、".join)
    out.add(("penalty_content",), data.get("penalty_content"))
    out.add(("fine_yuan",), data.get("fine_yuan"), _yuan_text, "amount")
    out.add(("confiscation_yuan",), data.get("confiscation_yuan"), _yuan_text, "amount")
    out.add(("license_action",), data.get("license_action"))
    out.add(("decision_date",), data.get("decision_date"))
    out.add(("effective_until",), data.get("effective_until"), long_term)
    out.add(("severity",), severity(data))
    out.add(("disclosure_until",), disclosure_end(data, config).isoformat())
    _bodies_in_order(out, record, dept, data)
    out.add(("remedy",), data.get("remedy") or dept.public_view().get("remedy"))
    out.add(("published_on",), data.get("published_on"))
    out.add(("remarks",), data.get("remarks"))
    yield from out.rows


def _yuan_text(value: Any) -> str:
    return f"{yuan(value)} 元"


def record_view(record: Record, dept: Department, config: Config, row: Entry | None = None) -> RecordView:
    """The page of a public record (``row``: its list entry, when already made)."""
    rows = license_rows if record.kind == "license" else penalty_rows
    data = record.data
    invalid = data.get("status") == "无效"
    heading = one_line(data.get("document_title" if record.kind == "license" else "case_name", ""))
    return RecordView(
        entry=row or entry(record, dept),
        heading=heading or KIND_ZH[record.kind],
        rows=tuple(rows(record, dept, config)),
        corrections=tuple(
            (str(c.get("date", "")), str(c.get("note", ""))) for c in sorted(_corrections(data), key=_by_date)
        ),
        invalid_reason=one_line(data.get("status_reason") or "") if invalid else None,
        source=body(record, dept, "authority")[0],
        correction_labels=(
            title(record.kind, ("corrections", 0, "date")),
            title(record.kind, ("corrections", 0, "note")),
        ),
    )


def _by_date(correction: dict[str, Any]) -> str:
    return str(correction.get("date", ""))
