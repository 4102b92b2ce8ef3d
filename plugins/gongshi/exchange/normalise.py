"""Messy spreadsheet values → record values: dates, amounts, codes, statuses, categories and penalty types.

Every parser takes what a reader returns (``str``, ``int``, ``float``, ``datetime``, ``date`` or ``None``) and
either returns the normalised value or raises :class:`ValueProblem` with a Chinese and an English message.
Amounts never pass through binary floating point: a numeric cell is read through ``repr`` into ``Decimal``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from ..ids import is_valid_id_number
from ..lifecycle import LONG_TERM
from .fields import VERSION_A

Cell = str | int | float | Decimal | datetime | date | None

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 in Excel's 1900 date system (with its leap-year bug)
MIN_YEAR = 1950  # earlier years are placeholders such as 1900-01-01, never real 双公示 decisions
MAX_DATE = date.fromisoformat(LONG_TERM)
LONG_TERM_WORDS = {"长期", "永久", "长期有效", "无期限", "无固定期限"}
PLACEHOLDERS = {"", "-", "--", "—", "——", "/", "\\", "无", "空", "null", "none", "n/a", "na"}
FORMULA_START = "=+-@\t\r"
PENALTY_TYPES = (
    "警告",
    "通报批评",
    "罚款",
    "没收违法所得",
    "没收非法财物",
    "暂扣许可证件",
    "降低资质等级",
    "吊销许可证件",
    "限制开展生产经营活动",
    "责令停产停业",
    "责令关闭",
    "限制从业",
    "行政拘留",
    "其他",
)
LICENSE_CATEGORIES = ("普通", "特许", "认可", "核准", "登记", "其他")


class ValueProblem(ValueError):
    """A cell value that cannot be used; carries a Chinese and an English message."""

    def __init__(self, zh: str, en: str):
        super().__init__(f"{zh} — {en}")
        self.zh, self.en = zh, en


# --- text ---------------------------------------------------------------------------------------------------


def text(value: Cell) -> str | None:
    """A cell as text: exports' formula guard removed, line breaks unified, outer space stripped; None if empty."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, float):
        out = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, date):
        out = value.isoformat()
    else:
        out = str(value)
    if len(out) > 1 and out[0] == "'" and out[1] in FORMULA_START:
        out = out[1:]
    out = out.replace("\r\n", "\n").replace("\r", "\n").strip()
    return out or None


def _fold(value: str) -> str:
    """Width-folded text without spaces, for codes and enumerations (full-width ＡＢＣ１２３ become ASCII)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def code(value: Cell, *, upper: bool = False) -> str | None:
    """An identifier: width-folded, spaces removed, placeholders (无, /, -) treated as empty."""
    raw = text(value)
    if raw is None:
        return None
    out = _fold(raw)
    if out.lower() in PLACEHOLDERS:
        return None
    return out.upper() if upper else out


# --- dates --------------------------------------------------------------------------------------------------

_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?" + _TIME + "$")
_MDY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})" + _TIME + "$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{4,6}(?:\.\d+)?$")


def parse_date(value: Cell, *, long_term: bool = False) -> str | None:
    """An ISO date from any of the forms real files use; None when empty. ``long_term`` accepts 长期 etc."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueProblem(f"“{value}”不是日期", f"'{value}' is not a date")
    if isinstance(value, datetime):
        return _checked(value.date(), str(value))
    if isinstance(value, date):
        return _checked(value, str(value))
    if isinstance(value, (int, float, Decimal)):
        return _serial(Decimal(repr(value)) if isinstance(value, float) else Decimal(value), str(value))
    raw = text(value)
    if raw is None:
        return None
    folded = _fold(raw) if not re.search(r"\d\s+\d", raw) else unicodedata.normalize("NFKC", raw).strip()
    if folded.lower() in PLACEHOLDERS:
        return None
    if folded in LONG_TERM_WORDS:
        if long_term:
            return LONG_TERM
        raise ValueProblem(f"此处不能填“{raw}”，请填日期", f"'{raw}' is not allowed here: give a date")
    for pattern, order in ((_YMD, (0, 1, 2)), (_COMPACT, (0, 1, 2)), (_MDY, (2, 0, 1))):
        m = pattern.match(folded)
        if m:
            parts = m.groups()
            y, mo, d = (int(parts[i]) for i in order)
            try:
                day = date(y, mo, d)
            except ValueError:
                raise ValueProblem(
                    f"“{raw}”不是真实存在的日期", f"'{raw}' is not a real calendar date"
                ) from None
            return _checked(day, raw)
    if _SERIAL.match(folded):
        return _serial(Decimal(folded), raw)
    raise ValueProblem(
        f"无法识别的日期“{raw}”（可用 2024-01-05、2024/1/5、2024.1.5、2024年1月5日）",
        f"unrecognised date '{raw}' (use 2024-01-05, 2024/1/5, 2024.1.5 or 2024年1月5日)",
    )


def _serial(number: Decimal, raw: str) -> str:
    """An Excel serial day number (1900 date system) as an ISO date."""
    if not number.is_finite() or number < 1 or number > 2958465:
        raise ValueProblem(f"“{raw}”不是日期", f"'{raw}' is not a date")
    return _checked(EXCEL_EPOCH + timedelta(days=int(number)), raw)


def _checked(day: date, raw: str) -> str:
    """Refuse placeholder dates (1900-01-01 and the like) and dates after 2099-12-31."""
    if day.year < MIN_YEAR:
        raise ValueProblem(
            f"“{raw}”是占位日期，不是真实日期（请填写实际日期或留空）",
            f"'{raw}' is a placeholder, not a real date",
        )
    if day > MAX_DATE:
        raise ValueProblem(f"日期“{raw}”晚于 2099-12-31", f"date '{raw}' is after 2099-12-31")
    return day.isoformat()


# --- amounts ------------------------------------------------------------------------------------------------

_CENT = Decimal("0.01")


def parse_amount(value: Cell) -> Decimal | None:
    """A non-negative decimal from a cell; numeric cells go through ``repr`` so 0.2 stays 0.2."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueProblem(f"“{value}”不是金额", f"'{value}' is not an amount")
    if isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, (int, Decimal)):
        number = Decimal(value)
    else:
        raw = text(value)
        if raw is None:
            return None
        folded = _fold(raw).replace(",", "").lstrip("¥").removesuffix("元").removesuffix("万")
        if folded.lower() in PLACEHOLDERS:
            return None
        try:
            number = Decimal(folded)
        except InvalidOperation:
            raise ValueProblem(f"“{raw}”不是金额（应为数字）", f"'{raw}' is not an amount") from None
    if not number.is_finite() or number < 0:
        raise ValueProblem(f"金额“{value}”不能为负数", f"amount '{value}' must not be negative")
    return number


def to_yuan(amount: Decimal, *, wan: bool) -> int | Decimal:
    """An amount in 元 (from 万元 when ``wan``), exact, as ``int`` when whole; at most two decimals."""
    yuan = amount.scaleb(4) if wan else amount
    if yuan == yuan.to_integral_value():
        return int(yuan)
    if yuan != yuan.quantize(_CENT):
        unit = "万元" if wan else "元"
        raise ValueProblem(
            f"金额 {amount}{unit} 换算为元后超过两位小数（精确到分）",
            f"amount {amount} {unit} has more than two decimals in yuan",
        )
    return yuan.normalize()


def wan(yuan: Any) -> Decimal:
    """An amount in 元 as 万元, exactly (a decimal shift, no rounding)."""
    return Decimal(str(yuan)).scaleb(-4)


def decimal_text(number: Decimal) -> str:
    """A decimal without exponent or trailing zeros: ``0.2``, ``5``, ``0.123456``."""
    return format(number.normalize(), "f")


# --- enumerations -------------------------------------------------------------------------------------------

_PARTY_CATEGORIES = {
    "法人及非法人组织": "法人及非法人组织",
    "法人和非法人组织": "法人及非法人组织",
    "法人及其他组织": "法人及非法人组织",
    "法人和其他组织": "法人及非法人组织",
    "法人": "法人及非法人组织",
    "非法人组织": "法人及非法人组织",
    "企业": "法人及非法人组织",
    "单位": "法人及非法人组织",
    "自然人": "自然人",
    "个人": "自然人",
    "个体工商户": "个体工商户",
    "个体户": "个体工商户",
    "个体": "个体工商户",
}


def party_category(value: Cell) -> str | None:
    """行政相对人类别 in the template's three values."""
    raw = code(value)
    if raw is None:
        return None
    found = _PARTY_CATEGORIES.get(raw)
    if found is None:
        raise ValueProblem(
            f"“{raw}”不是行政相对人类别（可选：法人及非法人组织、自然人、个体工商户）",
            f"'{raw}' is not a party category (法人及非法人组织, 自然人 or 个体工商户)",
        )
    return found


_ID_TYPES = {
    "身份证": "身份证",
    "居民身份证": "身份证",
    "身份证号": "身份证",
    "二代身份证": "身份证",
    "护照": "护照号",
    "护照号": "护照号",
    "港澳居民来往内地通行证": "港澳居民来往内地通行证",
    "台湾居民来往大陆通行证": "台湾居民来往大陆通行证",
    "台胞证": "台湾居民来往大陆通行证",
    "外国人永久居留身份证": "外国人永久居留身份证",
    "外国人永久居留证": "外国人永久居留身份证",
}


def id_type(value: Cell) -> str | None:
    """证件类型: common spellings mapped to the template's values (others are left for the validator)."""
    raw = text(value)
    if raw is None:
        return None
    folded = _fold(raw)
    if folded.lower() in PLACEHOLDERS:
        return None
    return _ID_TYPES.get(folded, raw)


def id_number(value: Cell, kind: str | None) -> str | None:
    """证件号码: a checksum-valid 18-character 身份证号 is masked (first 6 and last 4 kept); others as given."""
    raw = code(value, upper=True)
    if raw is None:
        return None
    if kind in (None, "身份证") and is_valid_id_number(raw):
        return raw[:6] + "*" * 8 + raw[14:]
    return raw


_STATUS_VALID = {"有效", "正常", "存续", "在业", "在营", "公示中"}
_STATUS_REASONS = ("撤销", "撤回", "注销", "吊销", "失效", "过期", "有效期届满", "异议")


def status(value: Cell, version: str) -> tuple[str | None, str | None]:
    """当前状态 → (status, reason): B2 1 有效 / 2 无效, version A 0 正常 / 1 撤销 / 2 异议 / 3 其他, or words.

    Version A's 异议 (an objection under review) keeps the decision valid: ``("有效", "异议")`` asks the caller
    to note it in 备注; its 其他 means invalid for the reason given in 备注.
    """
    raw = code(value)
    if raw is None or raw in _STATUS_VALID:
        return None, None
    if raw.isdigit():
        table = (
            {"0": (None, None), "1": ("无效", "撤销"), "2": ("有效", "异议"), "3": ("无效", None)}
            if version == VERSION_A
            else {"1": (None, None), "2": ("无效", None)}
        )
        if raw in table:
            return table[raw]
    elif raw == "无效":
        return "无效", None
    else:
        word = raw.removeprefix("已")
        if word in _STATUS_REASONS:
            return ("有效", "异议") if word == "异议" else ("无效", word)
    codes = "0 正常、1 撤销、2 异议、3 其他" if version == VERSION_A else "1 有效、2 无效"
    raise ValueProblem(
        f"“{raw}”不是当前状态（可填 有效、无效 或代码 {codes}）",
        f"'{raw}' is not a status (有效, 无效 or a code)",
    )


_APPROVAL_CODES = dict(enumerate(LICENSE_CATEGORIES))
_OTHER_DETAIL = re.compile(r"^其他(?:许可)?(?:[(:\-—](.*?)\)?)?$")


def license_category(value: Cell) -> tuple[str | None, str | None]:
    """许可类别 or version A's 审批类别 code (0 普通 … 5 其他) → (category, detail of 其他)."""
    raw = code(value)
    if raw is None:
        return None, None
    if raw.isdigit() and int(raw) in _APPROVAL_CODES:
        return _APPROVAL_CODES[int(raw)], None
    other = _OTHER_DETAIL.match(raw)
    if other:
        detail = (other.group(1) or "").strip()
        return "其他", (detail if detail and detail not in ("须注明", "需注明") else None)
    word = raw.removesuffix("类").removesuffix("许可") or raw
    if word in LICENSE_CATEGORIES:
        return word, None
    raise ValueProblem(
        f"“{raw}”不是许可类别（可选：{'、'.join(LICENSE_CATEGORIES)}，或代码 0–5）",
        f"'{raw}' is not a licence category",
    )


# --- penalty types ------------------------------------------------------------------------------------------

JUDGE = "暂扣或吊销"  # the legacy combined type: decided from 处罚内容 (see penalty_types)
_TYPE_ALIASES: dict[str, tuple[str, ...]] = {
    **{t: (t,) for t in PENALTY_TYPES},
    "没收违法所得、没收非法财物": ("没收违法所得", "没收非法财物"),
    "没收违法所得和非法财物": ("没收违法所得", "没收非法财物"),
    "没收违法所得及非法财物": ("没收违法所得", "没收非法财物"),
    "没收违法所得、非法财物": ("没收违法所得", "没收非法财物"),
    "没收非法财务": ("没收非法财物",),
    "没收财物": ("没收非法财物",),
    "暂扣许可证": ("暂扣许可证件",),
    "暂扣执照": ("暂扣许可证件",),
    "暂扣营业执照": ("暂扣许可证件",),
    "暂扣许可证、执照": ("暂扣许可证件",),
    "吊销许可证": ("吊销许可证件",),
    "吊销执照": ("吊销许可证件",),
    "吊销营业执照": ("吊销许可证件",),
    "吊销许可证、执照": ("吊销许可证件",),
    "暂扣或者吊销许可证、暂扣或者吊销执照": (JUDGE,),
    "暂扣或者吊销许可证": (JUDGE,),
    "暂扣或者吊销执照": (JUDGE,),
    "暂扣或吊销许可证件": (JUDGE,),
    "暂扣或吊销许可证、执照": (JUDGE,),
    "责令停产停业整顿": ("责令停产停业",),
    "责令停业整顿": ("责令停产停业",),
    "责令停产整顿": ("责令停产停业",),
    "责令停产": ("责令停产停业",),
    "责令停业": ("责令停产停业",),
    "拘留": ("行政拘留",),
    "其他行政处罚": ("其他",),
    "其他(需注明)": ("其他",),
    "其它": ("其他",),
}
# version A's 处罚类别 codes
_TYPE_CODES: dict[str, tuple[str, ...]] = {
    "0": ("警告",),
    "1": ("罚款",),
    "2": ("没收违法所得", "没收非法财物"),
    "3": ("责令停产停业",),
    "4": (JUDGE,),
    "5": ("行政拘留",),
    "6": ("其他",),
}
_SEPARATORS = ";,、/|\n"
_PHRASES = sorted(((_fold(k), v) for k, v in _TYPE_ALIASES.items()), key=lambda kv: -len(kv[0]))


def penalty_types(values: list[Cell], content: str) -> list[str]:
    """处罚类别 cells → the schema's values, in order, without repeats.

    Values may be joined by ；;,，、/; legacy strings go through an alias table (the longest match first, so
    “没收违法所得、没收非法财物” is one value meaning both). The legacy “暂扣或者吊销许可证、暂扣或者吊销执照”
    is decided from ``content`` (处罚内容 and 证照名称): 暂扣许可证件 if it says 暂扣, 吊销许可证件 if it says
    吊销, both if both; a value that says neither is refused.
    """
    out: list[str] = []
    for value in values:
        for found in _split_types(value):
            if found == JUDGE:
                judged = [t for w, t in (("暂扣", "暂扣许可证件"), ("吊销", "吊销许可证件")) if w in content]
                if not judged:
                    raise ValueProblem(
                        "“暂扣或者吊销许可证、暂扣或者吊销执照”须明确是暂扣还是吊销：请在处罚内容中写明，"
                        "或改填“暂扣许可证件”或“吊销许可证件”",
                        "the legacy 暂扣或者吊销 type needs 暂扣 or 吊销 stated in 处罚内容",
                    )
                found_types: tuple[str, ...] = tuple(judged)
            else:
                found_types = (found,)
            out += [t for t in found_types if t not in out]
    return out


def _split_types(value: Cell) -> list[str]:
    raw = text(value)
    if raw is None:
        return []
    folded = _fold(raw)
    if folded.lower() in PLACEHOLDERS:
        return []
    found: list[str] = []
    i = 0
    while i < len(folded):
        if folded[i] in _SEPARATORS:
            i += 1
            continue
        match = next(((k, v) for k, v in _PHRASES if folded.startswith(k, i)), None)
        if match is None:
            end = min((folded.find(s, i) for s in _SEPARATORS if folded.find(s, i) >= 0), default=len(folded))
            token = folded[i:end]
            if token.isdigit() and token in _TYPE_CODES:
                found += _TYPE_CODES[token]
                i = end
                continue
            raise ValueProblem(
                f"“{token}”不是处罚类别（可选：{'、'.join(PENALTY_TYPES)}）",
                f"'{token}' is not a penalty type",
            )
        phrase, types = match
        i += len(phrase)
        if types == ("其他",) and i < len(folded) and folded[i] in "(-:—":
            while i < len(folded) and folded[i] not in _SEPARATORS:  # 其他-…, 其他（…）: the note is dropped
                i += 1
        found += types
    return found


_FINE_IN_TEXT = re.compile(r"罚款(?:人民币)?(?:计|共计)?([0-9][0-9,]*(?:\.[0-9]+)?)(万?)元")


def fine_from_content(content: str) -> int | Decimal | None:
    """The fine stated in 处罚内容 (罚款人民币2000元, 罚款0.5万元), when it states exactly one."""
    found = _FINE_IN_TEXT.findall(_fold(content))
    if len(found) != 1:
        return None
    number, unit = found[0]
    return to_yuan(Decimal(number.replace(",", "")), wan=bool(unit))
