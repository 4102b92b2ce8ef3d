"""One spreadsheet row → one record's data, with the column each value came from.

Values equal to a default are left out (许可机关/处罚机关 and 数据来源单位 equal to the department in name and
code, 设定依据 equal to the catalog's, 救济渠道 equal to the department's, 当前状态 有效). What the template keeps
in 备注 comes back out of it: lines ``状态说明：…`` and ``许可类别说明：…`` (written by gongshi's exports) fill
those fields. Where older files lack a column, the record is completed as follows:

* 事项: 事项编码, else 项目名称/处罚事项名称 matched to a catalog item's name, else ``--item``;
* 行政许可决定文书名称: 项目名称 (version A); 许可类别: 审批类别's code, else the catalog item's; 有效期自: the
  decision date;
* 违法行为类型 and 处罚依据: the catalog item's name and legal basis; 案件名称: 行政相对人名称 + 违法行为类型 + 案;
  罚款金额: the one amount 处罚内容 states (罚款人民币2000元) when the file has no amount column;
* 行政相对人类别: 个体工商户 for a 92… code, 法人及非法人组织 for another code, 自然人 for a document only;
  version A's 居民身份证号 is the person's own for a 自然人, the representative's otherwise; a valid 18-digit
  身份证号 is masked (first 6 and last 4 kept); a 自然人's own name given as 法定代表人 is dropped;
* 公示截止期 (one column for two fields): when it is the maximum of some 失信程度's window, that 失信程度 is kept
  (only if it differs from the one the types give) and no 公示截止期; otherwise the date is kept, with the
  失信程度 whose window contains it;
* 公示日期: the import date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import schema
from ..config import Config
from ..lifecycle import Window, severity
from ..model import CatalogItem, Department
from . import fields as F
from . import normalise as N
from .normalise import Cell, ValueProblem

KeyPath = tuple[str, ...]
SEVERITIES = ("轻微", "一般", "严重")
_EMBEDDED = re.compile(r"^(状态说明|许可类别说明)[:：]\s*(\S.*)$")


@dataclass(frozen=True)
class RowContext:
    """What every row of one import shares."""

    kind: str
    department: Department
    config: Config
    version: str
    item: str | None  # --item
    today: date


@dataclass(frozen=True)
class RowProblem:
    """A value that could not be used: the column (as the file names it) and a bilingual message."""

    column: str
    zh: str
    en: str


@dataclass
class Converted:
    """The record data built from a row, where each value came from, and what went wrong."""

    data: dict[str, Any] = field(default_factory=dict)
    origin: dict[KeyPath, str] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    bad: set[KeyPath] = field(default_factory=set)  # fields whose cell could not be read (no second message)

    def column(self, kind: str, path: KeyPath) -> str:
        """The column to name for a field: the header it came from, else the field's Chinese title."""
        for i in range(len(path), 0, -1):
            if path[:i] in self.origin:
                return self.origin[path[:i]]
        return schema.title(kind, path) if path else "行"


def ws(value: str) -> str:
    """Text compared without its white space."""
    return "".join(value.split())


class _Row:
    """Reads the cells of one row by target and assembles the record."""

    def __init__(self, cells: dict[str, list[tuple[str, Cell]]], ctx: RowContext):
        self.cells, self.ctx, self.out = cells, ctx, Converted()

    # --- reading ------------------------------------------------------------------------------------------------
    def header(self, target: str) -> str | None:
        found = self.cells.get(target)
        return found[0][0] if found else None

    def value(self, target: str) -> Cell:
        found = self.cells.get(target)
        return found[0][1] if found else None

    def read(self, target: str, parse: Callable[[Cell], Any], path: KeyPath | None = None) -> Any:
        try:
            return parse(self.value(target))
        except ValueProblem as p:
            self.problem(self.header(target) or target, p.zh, p.en)
            self.out.bad.add(path or tuple(target.split(".")))
            return None

    def text(self, target: str) -> str | None:
        return self.read(target, N.text)

    def problem(self, column: str, zh: str, en: str) -> None:
        self.out.problems.append(RowProblem(column, zh, en))

    # --- writing ------------------------------------------------------------------------------------------------
    def put(self, path: KeyPath, value: Any, column: str | None = None) -> None:
        if value is None or value == "" or value == []:
            return
        holder = self.out.data
        for part in path[:-1]:
            holder = holder.setdefault(part, {})
        holder[path[-1]] = value
        self.out.origin[path] = column or self.header(".".join(path)) or schema.title(self.ctx.kind, path)

    def take(self, target: str, parse: Callable[[Cell], Any] = N.text) -> Any:
        """Read a target whose name is its key path and store it."""
        path = tuple(target.split("."))
        found = self.read(target, parse, path)
        self.put(path, found)
        return found

    # --- shared blocks ------------------------------------------------------------------------------------------
    def item(self) -> CatalogItem | None:
        catalog = self.ctx.department.catalog[self.ctx.kind]
        code = self.text("item")
        if code:
            self.put(("item",), code)
            return catalog.get(code)
        name = self.text(F.ITEM_NAME)
        if name:
            matches = [it for it in catalog.values() if ws(it.name) == ws(name)]
            if len(matches) == 1:
                self.put(("item",), matches[0].code, self.header(F.ITEM_NAME))
                return matches[0]
        if self.ctx.item:
            self.put(("item",), self.ctx.item, "--item")
            return catalog.get(self.ctx.item)
        column = self.header(F.ITEM_NAME) if name else "事项编码"
        what = f"事项目录中没有名为“{name}”的事项" if name else "无法确定事项：文件没有事项编码或项目名称"
        self.problem(column, f"{what}，请用 --item 指定事项编码", "no catalog item for this row: use --item")
        self.out.bad.add(("item",))
        return None

    def party(self) -> None:
        name = self.take("party.name")
        category = self.read("party.category", N.party_category)
        uscc = self.take("party.uscc", lambda v: N.code(v, upper=True))
        self.take("party.business_reg_no", N.code)
        self.take("party.org_code", lambda v: N.code(v, upper=True))
        for key in ("tax_reg_no", "institution_cert_no", "social_org_reg_no"):
            self.take(f"party.{key}", N.code)
        legal_rep = self.text("party.legal_rep")
        rep_type = self.read("party.legal_rep_id_type", N.id_type)
        rep_number = self.read("party.legal_rep_id_number", lambda v: N.id_number(v, rep_type))
        rep_column = self.header("party.legal_rep_id_number")
        id_type = self.read("party.id_type", N.id_type)
        number = self.read("party.id_number", lambda v: N.id_number(v, id_type))
        number_column = self.header("party.id_number")
        card = None  # version A's 居民身份证号: the person's own, or an organisation's representative's
        if self.value(F.ID_CARD) is not None:
            card = self.read(F.ID_CARD, lambda v: N.id_number(v, "身份证"), ("party", "id_number"))
        column = self.header("party.category")
        if category is None and ("party", "category") not in self.out.bad:
            category, column = _infer_category(uscc, number or card), self.header("party.name")
        self.put(("party", "category"), category, column)
        if card and category == "自然人" and number is None:
            number, id_type, number_column = card, id_type or "身份证", self.header(F.ID_CARD)
        elif card and category != "自然人" and rep_number is None:
            rep_number, rep_type, rep_column = card, rep_type or "身份证", self.header(F.ID_CARD)
        if category == "自然人" and legal_rep and name and ws(legal_rep) == ws(name):
            legal_rep = None  # real files repeat a person's name as their own 法定代表人
        self.put(("party", "legal_rep"), legal_rep)
        if rep_number and rep_type is None and len(rep_number) == 18:
            rep_type = "身份证"
        self.put(
            ("party", "legal_rep_id_type"), rep_type, self.header("party.legal_rep_id_type") or rep_column
        )
        self.put(("party", "legal_rep_id_number"), rep_number, rep_column)
        if number and id_type is None and len(number) == 18:
            id_type = "身份证"
        self.put(("party", "id_type"), id_type, self.header("party.id_type") or number_column)
        self.put(("party", "id_number"), number, number_column)

    def bodies(self) -> None:
        dept = self.ctx.department
        for key in ("authority", "source_unit"):
            name = self.text(key)
            uscc = self.read(f"{key}_uscc", lambda v: N.code(v, upper=True), (f"{key}_uscc",))
            same_name = name is None or ws(name) == ws(dept.name)
            same_code = uscc is None or uscc == str(dept.data.get("uscc", "")).upper()
            if not (same_name and same_code):
                self.put((key,), name)
                self.put((f"{key}_uscc",), uscc)

    def status_and_remarks(self) -> dict[str, str]:
        """当前状态, 状态说明 and 备注; returns the ``…说明：`` lines 备注 carried."""
        status, reason = self.read("status", lambda v: N.status(v, self.ctx.version)) or (None, None)
        remarks, embedded = _split_remarks(self.text("remarks"))
        given, remarks_column = self.text("status_reason"), self.header("remarks")
        if status == "无效":
            self.put(("status",), "无效")
            if given:
                self.put(("status_reason",), given)
            elif embedded.get("状态说明"):
                self.put(("status_reason",), embedded["状态说明"], remarks_column)
            elif reason:
                self.put(("status_reason",), reason, self.header("status"))
            elif remarks:  # version A's 3=其他（备注说明）: 备注 is the reason
                self.put(("status_reason",), remarks, remarks_column)
                remarks = None
        else:
            if status == "有效" and reason == "异议":
                remarks = "\n".join(x for x in (remarks, "当前状态：异议") if x)
            self.put(
                ("status_reason",),
                given or embedded.get("状态说明"),
                self.header("status_reason") or remarks_column,
            )
        self.put(("remarks",), remarks, remarks_column)
        return embedded

    def published(self) -> None:
        day = self.read("published_on", N.parse_date)
        if day is None and ("published_on",) not in self.out.bad:
            day = self.ctx.today.isoformat()
        self.put(("published_on",), day)


def _split_remarks(remarks: str | None) -> tuple[str | None, dict[str, str]]:
    """备注 without the ``状态说明：…``/``许可类别说明：…`` lines, and those lines' values."""
    if not remarks:
        return None, {}
    kept, found = [], {}
    for line in remarks.split("\n"):
        m = _EMBEDDED.match(line.strip())
        if m and m.group(1) not in found:
            found[m.group(1)] = m.group(2).strip()
        else:
            kept.append(line)
    return "\n".join(kept).strip() or None, found


def _infer_category(uscc: str | None, number: str | None) -> str | None:
    """行政相对人类别 for files without it (version A): 个体工商户 by a 92… code, 自然人 by a document."""
    if uscc:
        return "个体工商户" if uscc.startswith("92") else "法人及非法人组织"
    return "自然人" if number else None


def convert(cells: dict[str, list[tuple[str, Cell]]], ctx: RowContext) -> Converted:
    """Build the record data of one row (``cells``: target → [(header, value)])."""
    row = _Row(cells, ctx)
    (_license if ctx.kind == "license" else _penalty)(row)
    return row.out


def _license(row: _Row) -> None:
    item = row.item()
    if row.header("document_title"):
        row.take("document_title")
    else:  # version A: 项目名称 is the document's title
        row.put(("document_title",), row.text(F.ITEM_NAME), row.header(F.ITEM_NAME))
    row.take("document_number")
    category, detail = row.read("category", N.license_category) or (None, None)
    column = row.header("category")
    if category is None and row.value(F.APPROVAL_CODE) is not None:
        category, detail = row.read(F.APPROVAL_CODE, N.license_category, ("category",)) or (None, None)
        column = row.header(F.APPROVAL_CODE)
    if category is None and item and item.category and ("category",) not in row.out.bad:
        category, column = item.category, row.header(F.ITEM_NAME) or "事项编码"
    row.put(("category",), category, column)
    for key in ("certificate_name", "certificate_number", "content"):
        row.take(key)
    decided = row.take("decision_date", N.parse_date)
    start = row.take("valid_from", N.parse_date)
    if start is None and ("valid_from",) not in row.out.bad:
        row.put(("valid_from",), decided, row.header("decision_date"))
    row.take("valid_to", lambda v: N.parse_date(v, long_term=True))
    row.party()
    row.bodies()
    embedded = row.status_and_remarks()
    given = row.text("category_detail")
    chosen = given or detail or embedded.get("许可类别说明")
    if chosen and category != "其他" and not given:
        chosen = None
    row.put(("category_detail",), chosen, row.header("category_detail") or column)
    basis = row.text("legal_basis")
    if basis and not (item and ws(basis) == ws(item.legal_basis)):
        row.put(("legal_basis",), basis)
    row.published()


def _penalty(row: _Row) -> None:
    item = row.item()
    row.take("document_number")
    row.party()
    if row.take("violation_type") is None and ("violation_type",) not in row.out.bad and item:
        row.put(("violation_type",), item.name, row.header(F.ITEM_NAME) or "事项编码")
    row.take("violation_facts")
    if row.take("legal_basis") is None and ("legal_basis",) not in row.out.bad and item:
        row.put(("legal_basis",), item.legal_basis, row.header(F.ITEM_NAME) or "事项编码")
    content = row.take("penalty_content") or ""
    action = row.take("license_action") or ""
    values = row.cells.get("penalty_types", [])
    try:
        types = N.penalty_types([v for _, v in values], f"{content}\n{action}")
    except ValueProblem as p:
        row.problem(values[0][0] if values else "处罚类别", p.zh, p.en)
        row.out.bad.add(("penalty_types",))
        types = []
    row.put(("penalty_types",), types, values[0][0] if values else None)
    _amount(row, "fine_yuan", F.FINE_WAN, "罚款" in types, content)
    _amount(
        row, "confiscation_yuan", F.CONFISCATION_WAN, bool({"没收违法所得", "没收非法财物"} & set(types)), ""
    )
    row.take("decision_date", N.parse_date)
    row.take("effective_until", lambda v: N.parse_date(v, long_term=True))
    _disclosure(row)
    row.bodies()
    remedy = row.text("remedy")
    if remedy and ws(remedy) != ws(str(row.ctx.department.data.get("remedy", ""))):
        row.put(("remedy",), remedy)
    row.status_and_remarks()
    name, kind_text = row.out.data.get("party", {}).get("name"), row.out.data.get("violation_type")
    if not row.take("case_name") and name and kind_text and ("case_name",) not in row.out.bad:
        row.put(("case_name",), f"{name}{kind_text}案", row.header("party.name"))
    row.published()


def _amount(row: _Row, key: str, wan_target: str, needed: bool, content: str) -> None:
    """An amount from its 万元 column or its 元 column (or, for a fine, from 处罚内容), in 元."""
    found, column = None, None
    for target, in_wan in ((wan_target, True), (key, False)):
        if found is None and row.value(target) is not None:
            number = row.read(target, N.parse_amount, (key,))
            if number is not None:
                try:
                    found, column = N.to_yuan(number, wan=in_wan), row.header(target)
                except ValueProblem as p:
                    row.problem(row.header(target) or key, p.zh, p.en)
                    row.out.bad.add((key,))
                    return
    if found is None and needed and key == "fine_yuan" and (key,) not in row.out.bad:
        try:
            found, column = N.fine_from_content(content), row.header("penalty_content")
        except ValueProblem:
            found = None
    if found is not None and found == 0 and not needed:
        return  # the template's 0 for 'no fine'
    row.put((key,), found, column)


def _disclosure(row: _Row) -> None:
    """失信程度 and 公示截止期: the date kept only when it is not what the (inferred) severity gives anyway."""
    given = row.read("severity", N.text)
    until = row.read(F.DISCLOSURE_END, N.parse_date, ("disclosure_until",))
    column = row.header(F.DISCLOSURE_END)
    data = row.out.data
    if until is None or "decision_date" not in data or not isinstance(data.get("penalty_types"), list):
        row.put(("severity",), given, row.header("severity"))
        row.put(("disclosure_until",), until, column)
        return
    end = date.fromisoformat(until)
    config = row.ctx.config
    base = {k: v for k, v in data.items() if k != "severity"}
    derived = severity(base)

    def window(level: str) -> Window:
        return Window.of({**base, "severity": level}, config)

    if given:
        row.put(("severity",), given, row.header("severity"))
        if given in SEVERITIES and window(given).maximum == end:
            return
        row.put(("disclosure_until",), until, column)
        return
    order = [derived, *(s for s in SEVERITIES if s != derived)]
    for level in order:
        if window(level).maximum == end:
            row.put(("severity",), level if level != derived else None, column)
            return
    for level in order:
        w = window(level)
        if w.minimum <= end <= w.maximum:
            row.put(("severity",), level if level != derived else None, column)
            break
    row.put(("disclosure_until",), until, column)
