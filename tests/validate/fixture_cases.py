"""Reading the invalid-record fixtures: directives in leading comments, then the file body."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

INVALID = Path(__file__).resolve().parents[1] / "fixtures" / "invalid"


@dataclass
class Case:
    """One fixture: which rule it shows, where it goes and the exact lines it must produce."""

    name: str
    rule: str
    target: str
    body: str
    expect: list[str] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    git_delete: list[str] = field(default_factory=list)

    def install(self, tree: Path) -> str | None:
        """Put the fixture into a copy of the valid tree; returns the git base to check against, if any."""
        base = None
        if self.git_delete:
            _git(tree, "init", "-q")
            _git(tree, "add", "-A")
            _git(tree, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base")
            base = "HEAD"
            for rel in self.git_delete:
                (tree / rel).unlink()
        for rel in self.delete:
            (tree / rel).unlink()
        target = tree / self.target
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.body.encode(self.encoding))
        return base


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def load_cases() -> list[Case]:
    """Every fixture under tests/fixtures/invalid/, sorted by name."""
    cases = []
    for path in sorted(INVALID.glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        directives = 0
        while directives < len(lines) and _is_directive(lines[directives]):
            directives += 1
        case = Case(path.stem, "", "", "".join(lines[directives:]))
        for line in lines[:directives]:
            key, _, value = line[2:].rstrip("\n").partition(": ")
            if key == "rule":
                case.rule = value
            elif key == "target":
                case.target = value
            elif key == "expect":
                case.expect.append(value)
            elif key == "delete":
                case.delete.append(value)
            elif key == "encoding":
                case.encoding = value
            elif key == "git-base":
                case.git_delete.append(value.removeprefix("delete "))
        cases.append(case)
    return cases


def _is_directive(line: str) -> bool:
    return line.startswith("# ") and line[2:].split(":", 1)[0] in DIRECTIVES


DIRECTIVES = {"rule", "target", "expect", "delete", "encoding", "git-base"}


def git_available() -> bool:
    """True when git is on PATH."""
    return shutil.which("git") is not None
