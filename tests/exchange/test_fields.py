"""The national template's column table: order, headers, abbreviations, and how headers are recognised."""

from __future__ import annotations

import pytest

from gongshi.exchange import fields as F

# domain-notes.md §1.3.1 and §1.3.2, in the template's order
B2_LICENSE = [
    ("行政相对人名称", "XK_XDR_MC"),
    ("行政相对人类别", "XK_XDR_LB"),
    ("行政相对人代码_1（统一社会信用代码）", "XK_XDR_SHXYM"),
    ("行政相对人代码_2（工商注册号）", "XK_XDR_GSZC"),
    ("行政相对人代码_3（组织机构代码）", "XK_XDR_ZZJG"),
    ("行政相对人代码_4（税务登记号）", "XK_XDR_SWDJ"),
    ("行政相对人代码_5（事业单位证书号）", "XK_XDR_SYDW"),
    ("行政相对人代码_6（社会组织登记证号）", "XK_XDR_SHZZ"),
    ("法定代表人", "XK_FRDB"),
    ("法定代表人证件类型", "XK_FR_ZJLX"),
    ("法定代表人证件号码", "XK_FR_ZJHM"),
    ("证件类型", "XK_XDR_ZJLX"),
    ("证件号码", "XK_XDR_ZJHM"),
    ("行政许可决定文书名称", "XK_XKWS"),
    ("行政许可决定文书号", "XK_WSH"),
    ("许可类别", "XK_XKLB"),
    ("许可证书名称", "XK_XKZS"),
    ("许可编号", "XK_XKBH"),
    ("许可内容", "XK_NR"),
    ("许可决定日期", "XK_JDRQ"),
    ("有效期自", "XK_YXQZ"),
    ("有效期至", "XK_YXQZI"),
    ("许可机关", "XK_XKJG"),
    ("许可机关统一社会信用代码", "XK_XKJGDM"),
    ("当前状态", "XK_ZT"),
    ("数据来源单位", "XK_LYDW"),
    ("数据来源单位统一社会信用代码", "XK_LYDWDM"),
    ("备注", "BZ"),
]
B2_PENALTY = [
    ("行政相对人名称", "CF_XDR_MC"),
    ("行政相对人类别", "CF_XDR_LB"),
    ("行政相对人代码_1（统一社会信用代码）", "CF_XDR_SHXYM"),
    ("行政相对人代码_2（工商注册号）", "CF_XDR_GSZC"),
    ("行政相对人代码_3（组织机构代码）", "CF_XDR_ZZJG"),
    ("行政相对人代码_4（税务登记号）", "CF_XDR_SWDJ"),
    ("行政相对人代码_5（事业单位证书号）", "CF_XDR_SYDW"),
    ("行政相对人代码_6（社会组织登记证号）", "CF_XDR_SHZZ"),
    ("法定代表人", "CF_FRDB"),
    ("法定代表人证件类型", "CF_FR_ZJLX"),
    ("法定代表人证件号码", "CF_FR_ZJHM"),
    ("证件类型", "CF_XDR_ZJLX"),
    ("证件号码", "CF_XDR_ZJHM"),
    ("行政处罚决定书文号", "CF_WSH"),
    ("违法行为类型", "CF_WFXW"),
    ("违法事实", "CF_SY"),
    ("处罚依据", "CF_YJ"),
    ("处罚类别", "CF_CFLB"),
    ("处罚内容", "CF_NR"),
    ("罚款金额（万元）", "CF_NR_FK"),
    ("没收违法所得、没收非法财物的金额（万元）", "CF_NR_WFFF"),
    ("暂扣或吊销证照名称及编号", "CF_NR_ZKDX"),
    ("处罚决定日期", "CF_JDRQ"),
    ("处罚有效期", "CF_YXQ"),
    ("公示截止期", "CF_GSJZQ"),
    ("处罚机关", "CF_CFJG"),
    ("处罚机关统一社会信用代码", "CF_CFJGDM"),
    ("数据来源单位", "CF_SJLY"),
    ("数据来源单位统一社会信用代码", "CF_SJLYDM"),
    ("备注", "BZ"),
]


def test_license_columns_are_b2_in_order_then_the_plan_fields() -> None:
    columns = [(c.header, c.abbrev) for c in F.export_columns("license")]
    assert columns[: len(B2_LICENSE)] == B2_LICENSE
    assert [h for h, _ in columns[len(B2_LICENSE) :]] == ["项目名称", "设定依据", "公示日期"]


def test_penalty_columns_are_b2_in_order_then_the_plan_fields() -> None:
    columns = [(c.header, c.abbrev) for c in F.export_columns("penalty")]
    assert columns[: len(B2_PENALTY)] == B2_PENALTY
    assert [h for h, _ in columns[len(B2_PENALTY) :]] == [
        "案件名称",
        "处罚事项名称",
        "救济渠道",
        "当前状态",
        "公示日期",
    ]


@pytest.mark.parametrize("kind", ["license", "penalty"])
def test_every_alias_has_one_target(kind: str) -> None:
    table = F.aliases(kind)  # raises on a header that would mean two things
    for column in F.export_columns(kind):
        assert table[F.norm(column.header)] == column.target
        if column.abbrev:
            assert table[F.norm(column.abbrev)] == column.target


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("行政相对人名称", "party.name"),
        (" 行政相对人 名称 ", "party.name"),
        ("行政相对人名称(必填)", "party.name"),
        ("行政相对人名称（必填）", "party.name"),
        ("*行政相对人名称", "party.name"),
        ("行政相对人代码_1(统一社会信用代码)", "party.uscc"),
        ("行政相对人代码＿1（统一社会信用代码）", "party.uscc"),
        ("xk_xdr_shxym", "party.uscc"),
        ("Xk_Wsh", "document_number"),
        ("ＸＫ＿ＷＳＨ", "document_number"),
        ("XK_YXQZI", "valid_to"),
        ("XK_YXQZ", "valid_from"),
        ("许可截止期", "valid_to"),
        ("项目名称", F.ITEM_NAME),
        ("审批类别", F.APPROVAL_CODE),
        ("行政许可决定书文号", "document_number"),
    ],
)
def test_license_headers(header: str, target: str) -> None:
    assert F.target_of("license", header, F.VERSION_B) == target


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("cf_wsh", "document_number"),
        ("CF_NR_FK", F.FINE_WAN),
        ("罚款金额（万元）", F.FINE_WAN),
        ("罚款金额(万元)", F.FINE_WAN),
        ("罚款金额（元）", "fine_yuan"),
        ("处罚名称", "case_name"),
        ("处罚类别1", "penalty_types"),
        ("处罚类别2", "penalty_types"),
        ("处罚事由", "violation_facts"),
        ("处罚结果", "penalty_content"),
        ("公示截止期", F.DISCLOSURE_END),
        ("地方编码", F.IGNORE),
        ("数据更新时间戳", F.IGNORE),
        ("unknown column", None),
    ],
)
def test_penalty_headers(header: str, target: str | None) -> None:
    assert F.target_of("penalty", header, F.VERSION_B) == target


def test_code_slots_are_mapped_by_name_not_number() -> None:
    # the same slot number means different codes in the two versions; a named slot says which
    assert F.target_of("license", "行政相对人代码_2（组织机构代码）", F.VERSION_B) == "party.org_code"
    assert F.target_of("license", "行政相对人代码_2（工商注册号）", F.VERSION_A) == "party.business_reg_no"
    assert F.target_of("license", "行政相对人代码_3（工商登记码）", F.VERSION_B) == "party.business_reg_no"
    assert F.target_of("license", "行政相对人代码_5（居民身份证号）", F.VERSION_B) == F.ID_CARD
    assert (
        F.target_of("license", "行政相对人代码_9（社会组织登记证号）", F.VERSION_B)
        == "party.social_org_reg_no"
    )
    # a bare slot follows the file's version
    assert F.target_of("license", "行政相对人代码_2", F.VERSION_B) == "party.business_reg_no"
    assert F.target_of("license", "行政相对人代码_2", F.VERSION_A) == "party.org_code"
    assert F.target_of("penalty", "行政相对人代码_5", F.VERSION_A) == F.ID_CARD
    assert F.target_of("penalty", "行政相对人代码_5", F.VERSION_B) == "party.institution_cert_no"


def test_version_detection() -> None:
    assert F.detect_version(["行政许可决定书文号", "项目名称", "审批类别"]) == F.VERSION_A
    assert F.detect_version(["CF_WSH", "cf_cflb1"]) == F.VERSION_A
    assert F.detect_version([c.header for c in F.export_columns("license")]) == F.VERSION_B
