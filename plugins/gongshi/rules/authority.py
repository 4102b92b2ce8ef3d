"""A record speaks for its own department: it cannot name another department of the district as its authority."""

from __future__ import annotations

from collections.abc import Iterator

from . import Finding, RecordContext, rule

FIELDS = (("authority", "authority_uscc"), ("source_unit", "source_unit_uscc"))


@rule("other_department", spec="a record never names another department")
def other_department(ctx: RecordContext) -> Iterator[Finding]:
    """许可/处罚机关 and 数据来源单位 are the record's own department or a body outside the district's departments."""
    for slug, dept in ctx.departments.items():
        if slug == ctx.record.dept:
            continue
        names = {dept.name, dept.short_name}
        for name_key, code_key in FIELDS:
            name, code = ctx.data.get(name_key), ctx.data.get(code_key)
            name = name if isinstance(name, str) else None
            if name in names or (
                isinstance(code, str) and code.upper() == str(dept.data.get("uscc", "")).upper()
            ):
                key = name_key if name in names else code_key
                yield Finding(
                    (key,),
                    f"记录只能以本部门名义公示，不能填写{dept.name}（请由该部门在自己的文件夹中公示）",
                    f"a record cannot be published in the name of another department ({slug})",
                    "other_department",
                )
