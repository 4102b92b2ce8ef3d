"""The national exchange template's columns: record field ↔ Chinese header ↔ abbreviations, in both versions.

Version B2 (2019+, single sheet) is what exports write, in its column order, followed by the plan's fields.
Imports accept B2's Chinese names, the abbreviations (any case), the schema titles, and the 2015/2016
template's names and abbreviations (version A). Headers are matched by name, never by position; the code
slots 行政相对人代码_N changed order between versions, so a bare slot name is resolved by the detected version.

A *target* is what the importer fills: a record key path such as ``party.uscc``, or one of the pseudo
targets below that need conversion (units, codes, defaults).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .. import schema

# Pseudo targets (everything else is a dotted record key path).
FINE_WAN = "_fine_wan"  # 罚款金额（万元）
FINE_YUAN = "fine_yuan"  # 罚款金额（元）
CONFISCATION_WAN = "_confiscation_wan"
CONFISCATION_YUAN = "confiscation_yuan"
ITEM_NAME = "_item_name"  # 项目名称 / 处罚事项名称: the catalog item's name
DISCLOSURE_END = "_disclosure_end"  # 公示截止期: disclosure_until, or the computed end
APPROVAL_CODE = "_approval_category"  # version A 审批类别 (codes 0–5)
ID_CARD = "_id_card"  # version A 行政相对人代码_5（居民身份证号）
IGNORE = "_ignore"  # known columns that carry nothing gongshi keeps (地方编码, 数据更新时间戳, 序号)

VERSION_A = "A"
VERSION_B = "B"


@dataclass(frozen=True)
class Column:
    """One exported column: its target, its Chinese header and its B2 abbreviation ("" for plan fields)."""

    target: str
    header: str
    abbrev: str = ""


# (target, B2 abbreviation without the XK_/CF_ prefix, header when it differs from the schema title)
_PARTY = (
    ("party.name", "XDR_MC", ""),
    ("party.category", "XDR_LB", ""),
    ("party.uscc", "XDR_SHXYM", "行政相对人代码_1（统一社会信用代码）"),
    ("party.business_reg_no", "XDR_GSZC", "行政相对人代码_2（工商注册号）"),
    ("party.org_code", "XDR_ZZJG", "行政相对人代码_3（组织机构代码）"),
    ("party.tax_reg_no", "XDR_SWDJ", "行政相对人代码_4（税务登记号）"),
    ("party.institution_cert_no", "XDR_SYDW", "行政相对人代码_5（事业单位证书号）"),
    ("party.social_org_reg_no", "XDR_SHZZ", "行政相对人代码_6（社会组织登记证号）"),
    ("party.legal_rep", "FRDB", ""),
    ("party.legal_rep_id_type", "FR_ZJLX", ""),
    ("party.legal_rep_id_number", "FR_ZJHM", ""),
    ("party.id_type", "XDR_ZJLX", ""),
    ("party.id_number", "XDR_ZJHM", ""),
)
_LICENSE_B2 = (
    *_PARTY,
    ("document_title", "XKWS", ""),
    ("document_number", "WSH", ""),
    ("category", "XKLB", ""),
    ("certificate_name", "XKZS", ""),
    ("certificate_number", "XKBH", ""),
    ("content", "NR", ""),
    ("decision_date", "JDRQ", ""),
    ("valid_from", "YXQZ", ""),
    ("valid_to", "YXQZI", ""),
    ("authority", "XKJG", ""),
    ("authority_uscc", "XKJGDM", ""),
    ("status", "ZT", ""),
    ("source_unit", "LYDW", ""),
    ("source_unit_uscc", "LYDWDM", ""),
    ("remarks", "!BZ", ""),
)
_PENALTY_B2 = (
    *_PARTY,
    ("document_number", "WSH", ""),
    ("violation_type", "WFXW", ""),
    ("violation_facts", "SY", ""),
    ("legal_basis", "YJ", ""),
    ("penalty_types", "CFLB", ""),
    ("penalty_content", "NR", ""),
    (FINE_WAN, "NR_FK", "罚款金额（万元）"),
    (CONFISCATION_WAN, "NR_WFFF", "没收违法所得、没收非法财物的金额（万元）"),
    ("license_action", "NR_ZKDX", ""),
    ("decision_date", "JDRQ", ""),
    ("effective_until", "YXQ", ""),
    (DISCLOSURE_END, "GSJZQ", "公示截止期"),
    ("authority", "CFJG", ""),
    ("authority_uscc", "CFJGDM", ""),
    ("source_unit", "SJLY", ""),
    ("source_unit_uscc", "SJLYDM", ""),
    ("remarks", "!BZ", ""),
)
# The plan's fields after the template's columns; 公示日期 last.
_LICENSE_PLAN = ((ITEM_NAME, "", "项目名称"), ("legal_basis", "", "设定依据"), ("published_on", "", ""))
_PENALTY_PLAN = (
    ("case_name", "", ""),
    (ITEM_NAME, "", "处罚事项名称"),
    ("remedy", "", ""),
    ("status", "", ""),
    ("published_on", "", ""),
)
PREFIX = {"license": "XK_", "penalty": "CF_"}


def _path(target: str) -> tuple[str, ...]:
    return tuple(target.split("."))


def _title(kind: str, target: str) -> str:
    return schema.title(kind, _path(target))


@cache
def export_columns(kind: str) -> tuple[Column, ...]:
    """The exported columns of a kind: B2's in template order, then the plan's fields."""
    out = []
    for table in (_LICENSE_B2, _LICENSE_PLAN) if kind == "license" else (_PENALTY_B2, _PENALTY_PLAN):
        for target, abbrev, header in table:
            code = abbrev[1:] if abbrev.startswith("!") else (PREFIX[kind] + abbrev if abbrev else "")
            out.append(Column(target, header or _title(kind, target), code))
    return tuple(out)


# --- import aliases -----------------------------------------------------------------------------------------

_COMMON_ALIASES: dict[str, str] = {
    "序号": IGNORE,
    "地方编码": IGNORE,
    "DFBM": IGNORE,
    "数据更新时间戳": IGNORE,
    "SJC": IGNORE,
    "统一社会信用代码": "party.uscc",
    "行政相对人统一社会信用代码": "party.uscc",
    "法定代表人姓名": "party.legal_rep",
    "法定代表人（负责人）": "party.legal_rep",
    "法定代表人身份证号": "party.legal_rep_id_number",
    "状态说明": "status_reason",
    "事项编码": "item",
    "数据来源单位代码": "source_unit_uscc",
}
_LICENSE_ALIASES: dict[str, str] = {
    "行政许可决定书文号": "document_number",
    "XK_XMMC": ITEM_NAME,
    "审批类别": APPROVAL_CODE,
    "XK_SPLB": APPROVAL_CODE,
    "XK_XDR": "party.name",
    "XK_FR": "party.legal_rep",
    "许可截止期": "valid_to",
    "许可截止日期": "valid_to",
    "XK_JZQ": "valid_to",
    "有效期起": "valid_from",
    "有效期止": "valid_to",
    "XK_XZJG": "authority",
    "XK_DFBM": IGNORE,
    "XK_SJC": IGNORE,
    "许可类别说明": "category_detail",
    "审核类型": APPROVAL_CODE,
}
_PENALTY_ALIASES: dict[str, str] = {
    "处罚名称": "case_name",
    "CF_CFMC": "case_name",
    "处罚类别1": "penalty_types",
    "处罚类别2": "penalty_types",
    "CF_CFLB1": "penalty_types",
    "CF_CFLB2": "penalty_types",
    "处罚事由": "violation_facts",
    "处罚结果": "penalty_content",
    "CF_JG": "penalty_content",
    "CF_FR": "party.legal_rep",
    "CF_ZT": "status",
    "CF_XZJG": "authority",
    "CF_DFBM": IGNORE,
    "CF_SJC": IGNORE,
    "罚款金额": FINE_WAN,
    "没收违法所得、没收非法财物的金额": CONFISCATION_WAN,
    "没收金额（万元）": CONFISCATION_WAN,
    "处罚截止期": "effective_until",
    "处罚事项": ITEM_NAME,
    "失信程度": "severity",
}
# Version A's named code slots (its slot order differs from B2's, so these carry their own names).
_A_SLOTS: dict[str, str] = {
    "行政相对人代码_2（组织机构代码）": "party.org_code",
    "行政相对人代码_3（工商登记码）": "party.business_reg_no",
    "行政相对人代码_4（税务登记号）": "party.tax_reg_no",
    "行政相对人代码_5（居民身份证号）": ID_CARD,
    "XDR_ZDM": "party.org_code",
    "XDR_GSDJ": "party.business_reg_no",
    "XDR_SFZ": ID_CARD,
}
# The names a code slot may carry in brackets, whatever its number.
SLOT_NAMES: dict[str, str] = {
    "统一社会信用代码": "party.uscc",
    "工商注册号": "party.business_reg_no",
    "工商登记码": "party.business_reg_no",
    "工商登记号": "party.business_reg_no",
    "注册号": "party.business_reg_no",
    "组织机构代码": "party.org_code",
    "税务登记号": "party.tax_reg_no",
    "事业单位证书号": "party.institution_cert_no",
    "社会组织登记证号": "party.social_org_reg_no",
    "居民身份证号": ID_CARD,
    "身份证号": ID_CARD,
}
# Bare slot names (行政相对人代码_N without a name) by version.
BARE_SLOTS: dict[str, dict[int, str]] = {
    VERSION_B: {
        1: "party.uscc",
        2: "party.business_reg_no",
        3: "party.org_code",
        4: "party.tax_reg_no",
        5: "party.institution_cert_no",
        6: "party.social_org_reg_no",
    },
    VERSION_A: {
        1: "party.uscc",
        2: "party.org_code",
        3: "party.business_reg_no",
        4: "party.tax_reg_no",
        5: ID_CARD,
    },
}
# Headers only the 2015/2016 template has: their presence marks a version-A file.
_A_MARKERS = (
    "审批类别",
    "许可截止期",
    "行政许可决定书文号",
    "处罚名称",
    "处罚类别1",
    "处罚类别2",
    "处罚事由",
    "处罚结果",
    "法定代表人姓名",
    "地方编码",
    "数据更新时间戳",
    "XK_XMMC",
    "XK_SPLB",
    "XK_JZQ",
    "XK_FR",
    "XK_XZJG",
    "XK_XDR",
    "CF_CFMC",
    "CF_CFLB1",
    "CF_CFLB2",
    "CF_JG",
    "CF_FR",
    "CF_XZJG",
    "DFBM",
    "SJC",
)
_MARKS = re.compile(r"[(\[【](?:必填|选填|非必填|可选|必须|可空|必填项|选填项)[)\]】]")
_SLOT = re.compile(r"^行政相对人代码(\d)(?:\((.+)\))?$")


def norm(header: object) -> str:
    """A header reduced for matching: NFKC, no spaces, no 必填/选填 marks, no ``_``/``*``, lower case."""
    text = unicodedata.normalize("NFKC", str(header or ""))
    text = re.sub(r"\s+", "", text)
    text = _MARKS.sub("", text)
    text = text.replace("_", "").replace("*", "").strip(":")
    return text.lower()


@cache
def aliases(kind: str) -> dict[str, str]:
    """Every accepted header of a kind, normalised, with its target (version-independent names only)."""
    table: dict[str, str] = {}

    def add(name: str, target: str) -> None:
        key = norm(name)
        if table.get(key, target) != target:
            raise ValueError(f"header {name!r} maps to {table[key]!r} and {target!r}")
        table[key] = target

    prefix = PREFIX[kind]
    for column in export_columns(kind):
        add(column.header, column.target)
        if column.abbrev:
            add(column.abbrev, column.target)
    for target in _schema_targets(kind):
        add(_title(kind, target), DISCLOSURE_END if target == "disclosure_until" else target)
    for name, target in {
        **_COMMON_ALIASES,
        **(_LICENSE_ALIASES if kind == "license" else _PENALTY_ALIASES),
    }.items():
        add(name, target)
    for name, target in _A_SLOTS.items():
        add(name if not name.startswith("XDR") else prefix + name, target)
    return table


def _schema_targets(kind: str) -> list[str]:
    """The dotted paths of a kind's scalar and list fields (blocks such as ``withdrawn`` are not columns)."""
    out = []
    for key in schema.subschema(kind, ()).get("properties", {}):
        if key == "party":
            out += [f"party.{k}" for k in schema.subschema(kind, ("party",)).get("properties", {})]
        elif (schema.subschema(kind, (key,)) or {}).get("type") != "object" and key != "corrections":
            out.append(key)
    return out


def detect_version(headers: list[str]) -> str:
    """``A`` when the headers include a name only the 2015/2016 template has, else ``B``."""
    markers = {norm(m) for m in _A_MARKERS}
    return VERSION_A if any(norm(h) in markers for h in headers) else VERSION_B


def target_of(kind: str, header: str, version: str) -> str | None:
    """The target of one header, or None when it is not recognised."""
    key = norm(header)
    if not key:
        return IGNORE
    found = aliases(kind).get(key)
    if found:
        return found
    slot = _SLOT.match(key)
    if slot:
        number, name = int(slot.group(1)), slot.group(2)
        if name:
            return SLOT_NAMES.get(name)
        return BARE_SLOTS[version].get(number)
    return None


def expected_headers(kind: str) -> list[str]:
    """The headers to show a user whose file was not understood: the export's, with abbreviations."""
    return [f"{c.header}（{c.abbrev}）" if c.abbrev else c.header for c in export_columns(kind)]
