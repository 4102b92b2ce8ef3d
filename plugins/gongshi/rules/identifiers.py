"""统一社会信用代码, 组织机构代码 and 工商注册号 check digits (rules.md › Identifiers)."""

from __future__ import annotations

from collections.abc import Iterator

from ..ids import is_valid_org_code, is_valid_reg_no, is_valid_uscc
from . import Finding, RecordContext, rule

USCC_PATHS = (("party", "uscc"), ("authority_uscc",), ("source_unit_uscc",))
_SHAPE_OK = set("0123456789ABCDEFGHJKLMNPQRTUWXY")


def _lookup(data: dict, path: tuple[str, ...]) -> object:
    for part in path:
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def uscc_problem(value: object, path: tuple[str, ...]) -> Iterator[Finding]:
    """A finding when ``value`` has the USCC shape but a wrong check character."""
    if (
        isinstance(value, str)
        and len(value) == 18
        and set(value.upper()) <= _SHAPE_OK
        and not is_valid_uscc(value)
    ):
        yield Finding(
            path,
            f"统一社会信用代码“{value}”校验位不正确（请核对每一位）",
            f"USCC '{value}' fails its check character",
            "uscc_checksum",
        )


@rule("uscc_checksum", spec="统一社会信用代码 (GB 32100-2015)")
def uscc_checksum(ctx: RecordContext) -> Iterator[Finding]:
    """Every USCC in a record has the right check character."""
    for path in USCC_PATHS:
        yield from uscc_problem(_lookup(ctx.data, path), path)


@rule("org_code_checksum", spec="组织机构代码 (GB 11714)")
def org_code_checksum(ctx: RecordContext) -> Iterator[Finding]:
    """A given 组织机构代码 has the right check character."""
    value = ctx.record.party.get("org_code")
    if isinstance(value, str) and value and not is_valid_org_code(value):
        yield Finding(
            ("party", "org_code"),
            f"组织机构代码“{value}”校验位不正确",
            f"organisation code '{value}' fails its check character",
            "org_code_checksum",
        )


@rule("reg_no_checksum", spec="工商注册号 (15 digits)")
def reg_no_checksum(ctx: RecordContext) -> Iterator[Finding]:
    """A given 15-digit 工商注册号 passes ISO 7064 MOD 11,10."""
    value = ctx.record.party.get("business_reg_no")
    if isinstance(value, str) and len(value) == 15 and value.isdigit() and not is_valid_reg_no(value):
        yield Finding(
            ("party", "business_reg_no"),
            f"工商注册号“{value}”校验位不正确",
            f"business registration number '{value}' fails its check digit",
            "reg_no_checksum",
        )
