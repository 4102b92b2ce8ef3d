"""What is never published: unmasked ID numbers, and ID, mobile or bank-card numbers in free text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..ids import is_valid_id_number, is_valid_uscc, luhn_ok
from ..yamlio import KeyPath
from . import Finding, RecordContext, rule

_ID_MASKED = re.compile(r"^[0-9]{6}\*{8}[0-9]{3}[0-9Xx]$")
_ID_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
_CARD = re.compile(r"(?<![0-9A-Za-z.])[0-9]{16,19}(?![0-9A-Za-z])")  # not the decimals of a number
# identifier fields are checked by their own rules; everything else that is a string is free text
NOT_FREE_TEXT = {
    "uscc",
    "authority_uscc",
    "source_unit_uscc",
    "org_code",
    "business_reg_no",
    "tax_reg_no",
    "institution_cert_no",
    "social_org_reg_no",
    "id_number",
    "legal_rep_id_number",
    "id_type",
    "legal_rep_id_type",
    "document_number",
    "certificate_number",
    "item",
}


def mask(span: str) -> str:
    """Show a number in a message without publishing it: keep 3 characters at each end."""
    return span[:3] + "*" * max(len(span) - 6, 0) + span[-3:]


def is_masked(number: str, id_type: Any) -> bool:
    """True when a document number is masked as rules.md requires for its type."""
    if id_type in (None, "身份证") and (len(number) == 18 or id_type == "身份证"):
        return bool(_ID_MASKED.match(number))
    return number.count("*") * 2 >= len(number)


@rule("id_unmasked", spec="`id_number` and `legal_rep_id_number` are accepted only masked")
def id_unmasked(ctx: RecordContext) -> Iterator[Finding]:
    """Document numbers are masked (身份证: first 6 + 8 ``*`` + last 4; others at least half ``*``)."""
    party = ctx.record.party
    for key, type_key in (("id_number", "id_type"), ("legal_rep_id_number", "legal_rep_id_type")):
        number = party.get(key)
        if isinstance(number, str) and number.strip() and not is_masked(number, party.get(type_key)):
            yield Finding(
                ("party", key),
                "证件号码必须脱敏：身份证保留前6位和后4位，中间8位用*代替（如 410106********123X）；其他证件至少一半用*",
                "document numbers must be masked (ID cards: first 6 and last 4 kept, 8 '*' between)",
                "id_unmasked",
            )


def free_text(data: Any, path: KeyPath = ()) -> Iterator[tuple[KeyPath, str]]:
    """Every free-text string of a record with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in NOT_FREE_TEXT:
                yield from free_text(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from free_text(value, (*path, i))
    elif isinstance(data, str):
        yield path, data


_LONG_DIGITS = re.compile(r"[0-9\uff10-\uff19]{11}")
_WIDE = re.compile(r"[\uff10-\uff19\uff38\uff58]")


def personal_numbers(value: str) -> Iterator[tuple[str, str, str]]:
    """``(rule, kind_zh, span)`` for each ID, mobile or bank-card number found in a text."""
    if not _LONG_DIGITS.search(value):
        return
    norm = unicodedata.normalize("NFKC", value) if _WIDE.search(value) else value
    for m in _ID_CANDIDATE.finditer(norm):
        if is_valid_id_number(m.group()):
            yield "text_id_number", "身份证号", m.group()
    for m in _MOBILE.finditer(norm):
        yield "text_mobile", "手机号", m.group()
    for m in _CARD.finditer(norm):
        span = m.group()
        if luhn_ok(span) and not is_valid_uscc(span) and not (len(span) == 18 and is_valid_id_number(span)):
            yield "text_bank_card", "银行卡号", span


def _scan(ctx: RecordContext) -> list[tuple[KeyPath, str, str, str]]:
    """Every personal number in the record's free text, found once and shared by the three rules."""
    if "privacy" not in ctx.cache:
        ctx.cache["privacy"] = [
            (path, *found) for path, value in free_text(ctx.data) for found in personal_numbers(value)
        ]
    return ctx.cache["privacy"]


def _text_rule(rule_id: str, ctx: RecordContext) -> Iterator[Finding]:
    for path, found, kind_zh, span in _scan(ctx):
        if found == rule_id:
            yield Finding(
                path,
                f"文字中含有{kind_zh}“{mask(span)}”，不得公开，请删除或脱敏",
                f"text contains a personal number '{mask(span)}' that must not be published",
                rule_id,
            )


@rule("text_id_number", spec="Any free-text field containing a checksum-valid 18-character ID number")
def text_id_number(ctx: RecordContext) -> Iterator[Finding]:
    """No checksum-valid 身份证号 in free text."""
    return _text_rule("text_id_number", ctx)


@rule("text_mobile", spec="an 11-digit mainland mobile")
def text_mobile(ctx: RecordContext) -> Iterator[Finding]:
    """No mainland mobile number in free text."""
    return _text_rule("text_mobile", ctx)


@rule("text_bank_card", spec="a bank card number (16-19 digits passing Luhn)")
def text_bank_card(ctx: RecordContext) -> Iterator[Finding]:
    """No Luhn-valid 16-19 digit card number in free text."""
    return _text_rule("text_bank_card", ctx)
