"""The domain code never imports Pelican: only the adapter does."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "plugins" / "gongshi"
ADAPTER = PACKAGE / "pelican_adapter.py"
CLI_ENTRY = PACKAGE / "build.py"  # the command may start the adapter, never Pelican itself


def imported(path: Path) -> set[str]:
    """Every module name a file imports (relative imports resolved inside gongshi)."""
    names: set[str] = set()
    package = ["gongshi", *path.relative_to(PACKAGE).parent.parts]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def test_only_the_adapter_imports_pelican() -> None:
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == ADAPTER:
            continue
        bad = {n for n in imported(path) if n == "pelican" or n.startswith("pelican.")}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_the_site_package_knows_nothing_of_the_adapter() -> None:
    for path in sorted((PACKAGE / "site").rglob("*.py")):
        names = imported(path)
        assert not any("pelican" in n for n in names), path
