"""The rules of rules.md that JSON Schema cannot say, one module per theme.

Each rule is a generator registered with :func:`rule`; it yields :class:`Finding` objects for one record (or
one department), never raises on malformed input, and names the rules.md sentence it enforces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..config import Config
from ..model import Department, District, Record
from ..problems import ERROR, WARNING
from ..yamlio import KeyPath


@dataclass(frozen=True)
class Finding:
    """A rule's verdict on one field."""

    path: KeyPath
    zh: str
    en: str
    rule: str
    severity: str = ERROR
    at_key: bool = False
    # where to point when the field itself is missing: the field that requires it
    anchor: KeyPath | None = None


@dataclass(frozen=True)
class RuleInfo:
    """A registered rule: id, severity, what it checks and the rules.md words it enforces."""

    id: str
    severity: str
    scope: str  # "record" | "department" | "corpus"
    spec: str
    summary: str
    check: Callable[..., Iterator[Finding]] | None


@dataclass
class RecordContext:
    """What a record rule may look at."""

    record: Record
    department: Department | None
    district: District | None
    config: Config
    departments: dict[str, Department] = field(default_factory=dict)  # every department of the district
    cache: dict[str, Any] = field(default_factory=dict)  # work shared between rules of one record

    @property
    def data(self) -> dict[str, Any]:
        """The record's data."""
        return self.record.data


RULES: dict[str, RuleInfo] = {}


def rule(rule_id: str, severity: str = ERROR, scope: str = "record", spec: str = "") -> Callable:
    """Register a rule function under ``rule_id``."""

    def wrap(fn: Callable[..., Iterator[Finding]]) -> Callable[..., Iterator[Finding]]:
        RULES[rule_id] = RuleInfo(rule_id, severity, scope, spec, (fn.__doc__ or "").strip(), fn)
        return fn

    return wrap


def declare(rule_id: str, *, scope: str, spec: str, summary: str, severity: str = ERROR) -> None:
    """Register a rule whose check lives in the tree walk (corpus.py) or the history guard (history.py)."""
    RULES[rule_id] = RuleInfo(rule_id, severity, scope, spec, summary, None)


def as_date(value: Any) -> date | None:
    """A valid ISO date, or None."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def text(value: Any) -> str | None:
    """A non-empty string, or None."""
    return value if isinstance(value, str) and value.strip() else None


def warning(path: KeyPath, zh: str, en: str, rule_id: str) -> Finding:
    """A warning finding."""
    return Finding(path, zh, en, rule_id, WARNING)


def record_findings(ctx: RecordContext) -> Iterator[Finding]:
    """Every record-scope rule's findings; a rule that breaks on odd input reports itself instead of raising."""
    load_all()
    for info in RULES.values():
        if info.scope == "record" and info.check is not None:
            try:
                yield from info.check(ctx)
            except Exception as exc:  # noqa: BLE001 - one bad rule must not hide the others' findings
                yield Finding(
                    (), f"检查规则 {info.id} 出错：{exc!r}", f"rule {info.id} failed: {exc!r}", "internal"
                )


def load_all() -> dict[str, RuleInfo]:
    """Import every rule module so that the registry is complete."""
    from . import (  # noqa: F401
        authority,
        catalog,
        consistency,
        dates,
        identifiers,
        lifecycle,
        paths,
        privacy,
        timeliness,
    )

    return RULES
