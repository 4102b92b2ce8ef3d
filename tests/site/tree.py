"""The site tests' content tree: the valid fixture plus records in every public state and hostile strings."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from gongshi.ids import uscc_check_char

from ..conftest import FIXTURE_AS_OF, VALID_TREE

AS_OF = FIXTURE_AS_OF.isoformat()
HOSTILE_STRINGS = (
    "<script>alert(1)</script>",
    '" onerror=alert(1) x="',
    "javascript:alert(1)",
    "{{ 7*7 }}",
    "{% raw %}",
)
HOSTILE = " ".join(HOSTILE_STRINGS)
RESPONSIBLE = {"leader": "责任领导甲某某", "liaison": "联络员乙某某"}


def uscc(body: str) -> str:
    """A checksum-valid USCC from its first 17 characters."""
    return body + uscc_check_char(body)


def company(name: str, code: str) -> dict[str, Any]:
    """A 法人 party."""
    return {"name": name, "category": "法人及非法人组织", "uscc": code, "legal_rep": "赵某某"}


def penalty(name: str, code: str, docno: str, decided: str, published: str, **extra: Any) -> dict[str, Any]:
    """A penalty record (a fine unless ``extra`` says otherwise)."""
    data = {
        "item": "CF-SCJG-001",
        "case_name": f"{name}销售过期食品案",
        "document_number": docno,
        "party": company(name, code),
        "violation_type": "销售超过保质期的食品",
        "violation_facts": f"{name}销售超过保质期的食品。",
        "legal_basis": "《中华人民共和国食品安全法》第一百二十四条第一款",
        "penalty_types": ["罚款"],
        "penalty_content": "罚款人民币3000元",
        "fine_yuan": 3000,
        "decision_date": decided,
        "published_on": published,
    }
    data.update(extra)
    return data


# identity → (expected state, data); the docno and party name of each are unique in the tree
SCJG_RECORDS: dict[str, tuple[str, dict[str, Any]]] = {
    "licenses/2025/long-term": (
        "public",
        {
            "item": "XK-SCJG-001",
            "document_title": "准予食品经营许可决定书（长期）",
            "document_number": "上市监食许〔2025〕2号",
            "category": "其他",
            "category_detail": "备案类许可",
            "content": "准予从事预包装食品销售",
            "decision_date": "2025-04-10",
            "valid_from": "2025-04-10",
            "valid_to": "2099-12-31",
            "party": company("长期某某食品有限公司", uscc("91410106MA0000001")),
            "authority": "郑州市市场监督管理局",
            "authority_uscc": uscc("11410100MB0000001"),
            "status": "无效",
            "status_reason": "注销：经营者申请注销",
            "legal_basis": "《食品经营许可和备案管理办法》第十条（记录自带）",
            "published_on": "2025-04-12",
            "corrections": [{"date": "2025-05-10", "note": "更正许可内容中的错别字"}],
        },
    ),
    "penalties/2025/decimals": (
        "public",
        penalty(
            "小数某某商行",
            uscc("92410106MA0000002"),
            "上市监罚〔2025〕10号",
            "2025-05-12",
            "2025-05-14",
            penalty_types=["罚款", "没收违法所得"],
            fine_yuan="__12345.5",
            confiscation_yuan="__1234567.89",
            penalty_content="没收违法所得1234567.89元，罚款12345.5元",
            party={
                "name": "小数某某商行",
                "category": "个体工商户",
                "uscc": uscc("92410106MA0000002"),
                "legal_rep": "钱某某",
                "legal_rep_id_type": "身份证",
                "legal_rep_id_number": "410106********567X",
            },
        ),
    ),
    "penalties/2023/expired": (
        "expired",
        penalty(
            "过期某某商贸有限公司",
            uscc("91410106MA0000003"),
            "上市监罚〔2023〕3号",
            "2023-03-01",
            "2023-03-03",
        ),
    ),
    "penalties/2025/scheduled": (
        "scheduled",
        penalty(
            "定时某某超市有限公司",
            uscc("91410106MA0000004"),
            "上市监罚〔2025〕4号",
            "2025-05-28",
            "2025-06-03",
        ),
    ),
    "penalties/2024/repaired": (
        "repaired",
        penalty(
            "修复某某餐饮有限公司",
            uscc("91410106MA0000005"),
            "上市监罚〔2024〕5号",
            "2024-09-02",
            "2024-09-04",
            repaired={"date": "2025-01-10", "note": "已履行行政处罚决定并提交信用承诺"},
        ),
    ),
    "penalties/2025/minor": (
        "not_shown",
        penalty(
            "轻微某某小吃店有限公司",
            uscc("91410106MA0000006"),
            "上市监罚〔2025〕6号",
            "2025-05-02",
            "2025-05-06",
            penalty_types=["警告"],
            penalty_content="警告",
            fine_yuan=None,
        ),
    ),
    "penalties/2025/withdrawn": (
        "withdrawn",
        penalty(
            "撤回某某药房有限公司",
            uscc("91410106MA0000007"),
            "上市监罚〔2025〕7号",
            "2025-04-20",
            "2025-04-22",
            withdrawn={"date": "2025-05-15", "reason": "行政复议决定撤销原处罚决定（撤回理由甲）"},
        ),
    ),
}


def _hostile_dept() -> dict[str, Any]:
    return {
        "name": f"恶意部门{HOSTILE}",
        "short_name": "恶意<script>alert(1)</script>{{ 7*7 }}",
        "uscc": uscc("11410106MB0000009"),
        "website": "https://evil.example.gov.cn/?q=%3Cscript%3E",
        "address": f"地址{HOSTILE}",
        "phone": "0371-12345678",
        "remedy": f"救济{HOSTILE}",
        "responsible": RESPONSIBLE,
    }


def _hostile_catalog() -> dict[str, Any]:
    return {
        "licenses": [
            {
                "code": "XK-E-1",
                "name": f"许可事项{HOSTILE}",
                "legal_basis": f"设定{HOSTILE}",
                "category": "普通",
            }
        ],
        "penalties": [{"code": "CF-E-1", "name": f"处罚事项{HOSTILE}", "legal_basis": f"执法{HOSTILE}"}],
    }


def _hostile_license() -> dict[str, Any]:
    return {
        "item": "XK-E-1",
        "document_title": f"文书{HOSTILE}",
        "document_number": f"文号{HOSTILE}许1号",
        "category": "其他",
        "category_detail": f"类别{HOSTILE}",
        "certificate_name": f"证书{HOSTILE}",
        "certificate_number": f"编号{HOSTILE}",
        "content": f"内容{HOSTILE}\n\n第二段{HOSTILE}",
        "decision_date": "2025-05-20",
        "valid_from": "2025-05-20",
        "valid_to": "2030-05-19",
        "party": {
            "name": f"相对人{HOSTILE}",
            "category": "法人及非法人组织",
            "uscc": uscc("91410106MA0000010"),
            "legal_rep": f"代表{HOSTILE}",
        },
        "authority": f"机关{HOSTILE}",
        "source_unit": f"来源{HOSTILE}",
        "status": "无效",
        "status_reason": f"状态{HOSTILE}",
        "legal_basis": f"依据{HOSTILE}",
        "published_on": "2025-05-22",
        "remarks": f"备注{HOSTILE}",
        "corrections": [{"date": "2025-05-25", "note": f"更正{HOSTILE}"}],
    }


def _hostile_penalty(withdrawn: bool = False) -> dict[str, Any]:
    data = penalty(
        f"相对人{HOSTILE}",
        uscc("91410106MA0000011" if not withdrawn else "91410106MA0000012"),
        f"文号{HOSTILE}罚{2 if withdrawn else 1}号",
        "2025-05-21",
        "2025-05-23",
        item="CF-E-1",
        case_name=f"案件{HOSTILE}",
        violation_type=f"类型{HOSTILE}",
        violation_facts=f"事实{HOSTILE}\n第二行{HOSTILE}\n\n第二段{HOSTILE}",
        legal_basis=f"处罚依据{HOSTILE}",
        penalty_types=["罚款", "吊销许可证件"],
        penalty_content=f"内容{HOSTILE}",
        license_action=f"证照{HOSTILE}",
        authority=f"机关{HOSTILE}",
        source_unit=f"来源{HOSTILE}",
        remedy=f"渠道{HOSTILE}",
        remarks=f"备注{HOSTILE}",
        corrections=[{"date": "2025-05-26", "note": f"更正{HOSTILE}"}],
    )
    data["party"]["legal_rep"] = f"代表{HOSTILE}"
    if withdrawn:
        data["withdrawn"] = {"date": "2025-05-28", "reason": f"理由{HOSTILE}"}
    return data


def _dump(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    # amounts written as "__1.5" are decimals: unquote them so YAML reads a number, not a string
    text = text.replace("'__", "").replace("__", "")
    for digits in ("12345.5", "1234567.89"):
        text = text.replace(f"{digits}'", digits)
    path.write_text(text, encoding="utf-8")


def make_tree(target: Path) -> Path:
    """Write the test tree at ``target`` and return it."""
    shutil.copytree(VALID_TREE, target)
    scjg = target / "departments" / "scjg"
    dept = yaml.safe_load((scjg / "department.yaml").read_text(encoding="utf-8"))
    dept["responsible"] = RESPONSIBLE
    _dump(scjg / "department.yaml", dept)
    for identity, (_, data) in SCJG_RECORDS.items():
        _dump(scjg / f"{identity}.yaml", {k: v for k, v in data.items() if v is not None})
    evil = target / "departments" / "evil"
    _dump(evil / "department.yaml", _hostile_dept())
    _dump(evil / "catalog.yaml", _hostile_catalog())
    _dump(evil / "licenses" / "2025" / "x-1.yaml", _hostile_license())
    _dump(evil / "penalties" / "2025" / "x-1.yaml", _hostile_penalty())
    _dump(evil / "penalties" / "2025" / "x-2.yaml", _hostile_penalty(withdrawn=True))
    district = yaml.safe_load((target / "district.yaml").read_text(encoding="utf-8"))
    district["site"]["organizer"] = f"主办{HOSTILE}"
    district["site"]["address"] = f"地址{HOSTILE}"
    _dump(target / "district.yaml", district)
    pages = target / "pages"
    pages.mkdir()
    (pages / "about.md").write_text(
        "Title: 关于本栏目\n\n本栏目依法公示。\n\n<script>alert(1)</script>\n\n[链接](javascript:alert(1))\n",
        encoding="utf-8",
    )
    return target
