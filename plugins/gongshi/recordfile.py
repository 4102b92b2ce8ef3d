"""Write a record as a clerk-friendly YAML file: schema order, a Chinese comment above every key."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import yaml

from . import schema

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")

EXAMPLES: dict[str, str] = {
    "license:item": "XK-SCJG-001（见本部门 catalog.yaml）",
    "penalty:item": "CF-SCJG-001（见本部门 catalog.yaml）",
    "document_title": "准予食品经营许可决定书",
    "license:document_number": "上市监食许〔2025〕12号",
    "penalty:document_number": "上市监罚〔2025〕12号",
    "category": "普通",
    "category_detail": "备案",
    "certificate_name": "食品经营许可证",
    "certificate_number": "JY14101060000011",
    "content": "准予从事食品销售经营",
    "decision_date": "2025-03-03",
    "valid_from": "2025-03-03",
    "valid_to": "2030-03-02（长期填 2099-12-31）",
    "published_on": "2025-03-05",
    "case_name": "郑州某某商贸有限公司销售过期食品案",
    "violation_type": "销售超过保质期的食品",
    "violation_facts": "2025年3月10日，执法人员检查发现……",
    "legal_basis": "《中华人民共和国食品安全法》第一百二十四条第一款",
    "penalty_types": "[罚款, 没收违法所得]",
    "penalty_content": "罚款人民币5000元",
    "fine_yuan": "5000",
    "confiscation_yuan": "120",
    "license_action": "食品经营许可证（JY14101060000011）",
    "effective_until": "2025-10-01",
    "severity": "一般",
    "disclosure_until": "2026-04-01",
    "status": "有效",
    "status_reason": "注销",
    "party.name": "郑州某某商贸有限公司",
    "party.category": "法人及非法人组织",
    "party.uscc": "91410106MA4567890Y",
    "party.legal_rep": "张某某",
    "party.id_type": "身份证",
    "party.id_number": "410106********123X",
    "remarks": "无",
    "remedy": "如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议……",
}


def scalar(value: Any) -> str:
    """One YAML scalar as it should appear in a record file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if value is None:
        return '""'
    text = str(value)
    if _DATE.match(text):
        return text
    dumped = yaml.safe_dump(text, allow_unicode=True, width=1 << 30, default_flow_style=True)
    return dumped.removesuffix("\n").removesuffix("\n...").removesuffix("...").rstrip("\n")


def _block(text: str, indent: str) -> str:
    chomp = "" if text.endswith("\n") else "-"
    body = "\n".join(f"{indent}  {line}" if line else "" for line in text.rstrip("\n").split("\n"))
    return f"|{chomp}\n{body}"


def _comment(kind: str, path: tuple, required: bool, indent: str) -> str:
    title = schema.title(kind, path)
    zh, _ = schema.describe(kind, path)
    need = "必填" if required else "选填"
    key = schema.dotted(path)
    example = EXAMPLES.get(f"{kind}:{key}", EXAMPLES.get(key))
    line = f"{indent}# {title}（{need}）"
    if zh:
        line += f"：{zh}"
    if example:
        line += f"。例：{example}"
    return line


def render(kind: str, data: dict[str, Any], *, optional_hints: bool = True) -> str:
    """The YAML text of a record; unset optional keys appear commented out when ``optional_hints``."""
    lines: list[str] = []
    _mapping(kind, (), data, "", lines, optional_hints)
    return "\n".join(lines) + "\n"


def _mapping(kind: str, path: tuple, data: dict, indent: str, lines: list[str], hints: bool) -> None:
    node = schema.subschema(kind, path) or {}
    required = set(node.get("required", []))
    order = list(node.get("properties", {}))
    for key in order + [k for k in data if k not in order]:
        sub = (*path, key)
        if key not in data:
            if hints and key not in required:
                lines.append(_comment(kind, sub, False, indent))
                lines.append(f"{indent}# {key}:")
            continue
        lines.append(_comment(kind, sub, key in required, indent))
        value = data[key]
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            _mapping(kind, sub, value, indent + "  ", lines, hints)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"{indent}{key}:")
            for item in value:
                first = True
                for k, v in item.items():
                    prefix = f"{indent}  - " if first else f"{indent}    "
                    lines.append(f"{prefix}{k}: {_value(v, indent + '    ')}")
                    first = False
        elif isinstance(value, list):
            lines.append(f"{indent}{key}: [{', '.join(scalar(v) for v in value)}]")
        else:
            lines.append(f"{indent}{key}: {_value(value, indent)}")


def _value(value: Any, indent: str) -> str:
    if isinstance(value, str) and "\n" in value.strip("\n"):
        return _block(value, indent)
    return scalar(value)
