"""Problems found in content: one located, bilingual message each."""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"
_SEVERITY_ZH = {ERROR: "错误", WARNING: "警告"}


@dataclass(frozen=True, order=True)
class Problem:
    """A located finding: ``path:line:col: 错误 字段（key）：中文 — English``."""

    path: str
    line: int
    col: int
    severity: str = field(compare=False)
    key: str  # dotted key path inside the file, e.g. ``party.uscc``; "" for the whole file
    title: str  # Chinese field name from the schema, e.g. 统一社会信用代码
    zh: str
    en: str
    rule: str = field(default="", compare=False)

    def format(self) -> str:
        """The one-line text form used by ``gongshi validate`` and the build."""
        sev = _SEVERITY_ZH[self.severity]
        where = f"{self.title}（{self.key}）" if self.key else (self.title or "文件")
        return f"{self.path}:{self.line}:{self.col}: {sev} {where}：{self.zh} — {self.en}"

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready mapping."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.col,
            "severity": self.severity,
            "rule": self.rule,
            "key": self.key,
            "title": self.title,
            "message_zh": self.zh,
            "message_en": self.en,
        }


class GongshiError(Exception):
    """Base of gongshi's own exceptions."""


class ContentError(GongshiError):
    """Content has errors; carries the problems that caused it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems if p.severity == ERROR))
