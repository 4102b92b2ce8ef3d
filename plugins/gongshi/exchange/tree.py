"""What an import needs of the content tree: one department with its catalog, the district, and known 文号.

The department and catalog are loaded by the same walker ``gongshi validate`` uses (so they mean the same
thing), but the department's existing records are only read for their 文号, not checked: an import into a
large tree stays fast, and the imported rows themselves are checked in full.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..corpus import load_department
from ..model import Department, District
from ..yamlio import YamlError, load_file


@dataclass
class Target:
    """The department an import writes into, and the 文号 its records of the kind already use."""

    department: Department | None
    district: District | None
    known: list[str] = field(default_factory=list)  # department folders, for a helpful message
    numbers: dict[str, str] = field(default_factory=dict)  # 文号 (white space collapsed) → file
    problems: list[str] = field(default_factory=list)  # why an existing department folder could not be loaded


def number_key(number: str) -> str:
    """文号 as the uniqueness rule compares them (white space collapsed)."""
    return " ".join(number.split())


def load_target(root: Path, dept: str, kind: str, config: Config) -> Target:
    """Load ``departments/<dept>`` and the district of the tree at ``root``."""
    tree = load_department(root, dept, config)
    folder = root / "departments" / dept
    known = sorted(p.name for p in (root / "departments").iterdir() if (p / "department.yaml").is_file())
    if not (folder / "department.yaml").is_file():
        return Target(None, tree.district, known)
    target = Target(tree.department, tree.district, known)
    if target.department is None:
        target.problems = [p.format() for p in tree.problems]
        return target
    for job_kind, path in tree.record_files:
        if job_kind != kind:
            continue
        try:
            data = load_file(path).data
        except (OSError, YamlError):
            continue  # validate reports it; its 文号 cannot be known
        number = data.get("document_number") if isinstance(data, dict) else None
        if number is not None:
            target.numbers.setdefault(number_key(str(number)), str(path))
    return target
