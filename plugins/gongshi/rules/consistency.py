"""Fields that go together (rules.md › Dates and consistency: parties, categories, status, amounts)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from . import Finding, RecordContext, rule

CONFISCATION_TYPES = {"没收违法所得", "没收非法财物"}
LICENSE_ACTION_TYPES = {"暂扣许可证件", "吊销许可证件"}


@rule(
    "party_natural_person",
    spec="自然人 parties: `id_type` and `id_number` present, `uscc` and `legal_rep` absent",
)
def party_natural_person(ctx: RecordContext) -> Iterator[Finding]:
    """A 自然人 has a (masked) document and no USCC or legal representative."""
    party = ctx.record.party
    if party.get("category") != "自然人":
        return
    for key in ("id_type", "id_number"):
        if key not in party:
            yield Finding(
                ("party", key),
                "行政相对人是自然人时必填",
                "required for a natural person",
                "party_natural_person",
                anchor=("party", "category"),
            )
    for key in ("uscc", "legal_rep"):
        if key in party:
            yield Finding(
                ("party", key),
                "行政相对人是自然人时不应填写",
                "must be absent for a natural person",
                "party_natural_person",
                at_key=True,
            )


@rule("party_organisation", spec="Other parties: `uscc` and `legal_rep` present")
def party_organisation(ctx: RecordContext) -> Iterator[Finding]:
    """法人及非法人组织 and 个体工商户 have a USCC and a legal representative, and no personal document."""
    party = ctx.record.party
    if party.get("category") not in ("法人及非法人组织", "个体工商户"):
        return
    for key in ("uscc", "legal_rep"):
        if key not in party:
            yield Finding(
                ("party", key),
                "行政相对人不是自然人时必填",
                "required unless the party is a natural person",
                "party_organisation",
                anchor=("party", "category"),
            )
    for key in ("id_type", "id_number"):
        if key in party:
            yield Finding(
                ("party", key),
                "只有自然人填写证件类型和证件号码（法定代表人的证件请填 legal_rep_id_type / legal_rep_id_number）",
                "only natural persons have id_type/id_number (use legal_rep_id_* for the representative)",
                "party_organisation",
                at_key=True,
            )


@rule("category_detail", spec="`category: 其他` needs `category_detail`")
def category_detail(ctx: RecordContext) -> Iterator[Finding]:
    """许可类别说明 is given exactly when the category is 其他."""
    if ctx.record.kind != "license":
        return
    other, has = ctx.data.get("category") == "其他", "category_detail" in ctx.data
    if other and not has:
        yield Finding(
            ("category_detail",),
            "许可类别为“其他”时必须说明具体类别",
            "required when category is 其他",
            "category_detail",
            anchor=("category",),
        )
    elif has and not other and "category" in ctx.data:
        yield Finding(
            ("category_detail",),
            "只有许可类别为“其他”时才填写",
            "only allowed when category is 其他",
            "category_detail",
            at_key=True,
        )


@rule("status_reason", spec="`status: 无效` needs `status_reason`")
def status_reason(ctx: RecordContext) -> Iterator[Finding]:
    """状态说明 is given exactly when the status is 无效."""
    invalid, has = ctx.data.get("status") == "无效", "status_reason" in ctx.data
    if invalid and not has:
        yield Finding(
            ("status_reason",),
            "当前状态为“无效”时必须填写状态说明",
            "required when status is 无效",
            "status_reason",
            anchor=("status",),
        )
    elif has and not invalid:
        yield Finding(
            ("status_reason",),
            "只有当前状态为“无效”时才填写",
            "only allowed when status is 无效",
            "status_reason",
            at_key=True,
        )


def _types(ctx: RecordContext) -> set[str]:
    types = ctx.data.get("penalty_types")
    return {t for t in types if isinstance(t, str)} if isinstance(types, list) else set()


def _positive(value: Any) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool) and value > 0


def _amount_rule(ctx: RecordContext, key: str, needed: bool, what_zh: str, rule_id: str) -> Iterator[Finding]:
    if ctx.record.kind != "penalty" or "penalty_types" not in ctx.data:
        return
    value = ctx.data.get(key)
    if needed and not _positive(value):
        yield Finding(
            (key,),
            f"处罚类别含{what_zh}时必须填写大于0的金额（元）",
            f"must be > 0 when the types include {what_zh}",
            rule_id,
            anchor=("penalty_types",),
        )
    elif not needed and key in ctx.data:
        yield Finding(
            (key,),
            f"处罚类别不含{what_zh}，不应填写此金额",
            f"only allowed when the types include {what_zh}",
            rule_id,
            at_key=True,
        )


@rule("fine_amount", spec="`罚款` in `penalty_types` ⇔ `fine_yuan > 0`")
def fine_amount(ctx: RecordContext) -> Iterator[Finding]:
    """罚款金额 is positive exactly when 罚款 is a penalty type."""
    return _amount_rule(ctx, "fine_yuan", "罚款" in _types(ctx), "“罚款”", "fine_amount")


@rule("confiscation_amount", spec="a `没收…` type ⇔ `confiscation_yuan > 0`")
def confiscation_amount(ctx: RecordContext) -> Iterator[Finding]:
    """没收金额 is positive exactly when a 没收 type is given."""
    return _amount_rule(
        ctx, "confiscation_yuan", bool(_types(ctx) & CONFISCATION_TYPES), "“没收…”", "confiscation_amount"
    )


@rule("amount_precision", spec="Amounts are decimals")
def amount_precision(ctx: RecordContext) -> Iterator[Finding]:
    """Amounts in 元 have at most two decimals (分)."""
    for key in ("fine_yuan", "confiscation_yuan"):
        value = ctx.data.get(key)
        if (
            isinstance(value, Decimal)
            and value.as_tuple().exponent < -2
            and value != value.quantize(Decimal("0.01"))
        ):
            yield Finding(
                (key,),
                "金额以元为单位，最多两位小数",
                "amounts in yuan have at most two decimals",
                "amount_precision",
            )


@rule("license_action", spec="`暂扣许可证件`/`吊销许可证件` ⇔ `license_action` present")
def license_action(ctx: RecordContext) -> Iterator[Finding]:
    """暂扣或吊销证照名称及编号 is given exactly when a licence is suspended or revoked."""
    if ctx.record.kind != "penalty" or "penalty_types" not in ctx.data:
        return
    needed, has = bool(_types(ctx) & LICENSE_ACTION_TYPES), "license_action" in ctx.data
    if needed and not has:
        yield Finding(
            ("license_action",),
            "处罚类别含暂扣或吊销许可证件时必须填写证照名称及编号",
            "required for 暂扣/吊销许可证件",
            "license_action",
            anchor=("penalty_types",),
        )
    elif has and not needed:
        yield Finding(
            ("license_action",),
            "处罚类别不含暂扣或吊销许可证件，不应填写",
            "only allowed for 暂扣/吊销许可证件",
            "license_action",
            at_key=True,
        )
