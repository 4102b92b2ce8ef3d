"""Shared test helpers: the valid fixture tree and the as-of date its records are checked against."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VALID_TREE = ROOT / "tests" / "fixtures" / "valid"
FIXTURE_AS_OF = date(2025, 6, 1)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture
def valid_tree(tmp_path: Path) -> Path:
    """A fresh copy of the minimal valid content tree."""
    target = tmp_path / "content"
    shutil.copytree(VALID_TREE, target)
    return target


def need_tool(path: str) -> None:
    """Skip when a tool is missing, except in CI where every test must run."""
    if shutil.which(path) is None and not Path(path).exists():
        if IN_CI:
            pytest.fail(f"{path} is required in CI")
        pytest.skip(f"{path} not installed")


DEMO_AS_OF = "2026-11-26"


def build_site(content: Path, out: Path, *extra: str) -> None:
    """Build a site with ``gongshi build`` (fails the test with the build's messages)."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "gongshi.cli", "build", str(content), "--output", str(out), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo district built once per test session, as of the demo's date."""
    out = tmp_path_factory.mktemp("demo") / "site"
    build_site(ROOT / "content", out, f"--as-of={DEMO_AS_OF}")
    return out


def check_site(site: Path, content: Path, *extra: str):  # noqa: ANN201 - subprocess.CompletedProcess[str]
    """Run ``gongshi check-site`` on a built site (stale columns not flagged unless asked)."""
    import subprocess
    import sys

    return subprocess.run(
        [
            sys.executable,
            "-m",
            "gongshi.cli",
            "check-site",
            str(site),
            "--content",
            str(content),
            "--stale-days=0",
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
