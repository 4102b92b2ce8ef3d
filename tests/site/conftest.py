"""Fixtures of the site tests: the test tree, built once per session."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from .tree import AS_OF, make_tree

ROOT = Path(__file__).resolve().parents[2]
PER_PAGE = 2  # small pages so the tree has paginated years


@dataclass
class Built:
    """A finished build: content, output and what the command printed."""

    content: Path
    output: Path
    settings: Path
    stdout: str
    stderr: str


def gongshi(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the gongshi command in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "gongshi.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def write_settings(folder: Path) -> Path:
    """A settings file: the project's pelicanconf.py with small list pages."""
    path = folder / "testconf.py"
    path.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
        f"GONGSHI_PER_PAGE = {PER_PAGE}\n",
        encoding="utf-8",
    )
    return path


def build(content: Path, output: Path, settings: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """``gongshi build`` at the tree's as-of date."""
    return gongshi(
        "build", str(content), "--settings", str(settings), "--output", str(output), "--as-of", AS_OF, *extra
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The test tree, built once."""
    base = tmp_path_factory.mktemp("site")
    content = make_tree(base / "content")
    settings = write_settings(base)
    output = base / "output"
    done = build(content, output, settings)
    assert done.returncode == 0, done.stderr
    return Built(content, output, settings, done.stdout, done.stderr)
