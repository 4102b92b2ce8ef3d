"""The history guard: a record published on the target branch is never deleted or renamed (``--base REV``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .problems import ERROR, Problem

_RECORD_FOLDERS = ("/licenses/", "/penalties/")


class HistoryError(Exception):
    """git could not answer (not a repository, unknown revision)."""


def _git(cwd: Path, *args: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    except FileNotFoundError:
        raise HistoryError("找不到 git 命令 — git is not installed") from None
    except subprocess.CalledProcessError as exc:
        raise HistoryError(f"git {' '.join(args)}: {exc.stderr.strip()}") from None
    return out.stdout


def removed_records(root: Path, base: str) -> list[Problem]:
    """Errors for record files that exist at ``base`` under ``root`` but not in the working tree."""
    top = Path(_git(root, "rev-parse", "--show-toplevel").strip())
    prefix = root.resolve().relative_to(top.resolve()).as_posix()
    listing = _git(
        top,
        "ls-tree",
        "-r",
        "--name-only",
        "-z",
        base,
        "--",
        f"{prefix}/departments" if prefix != "." else "departments",
    )
    problems = []
    for name in filter(None, listing.split("\0")):
        rel = name[len(prefix) + 1 :] if prefix != "." else name
        if not any(part in f"/{rel}" for part in _RECORD_FOLDERS) or not rel.endswith((".yaml", ".yml")):
            continue
        if not (top / name).exists():
            problems.append(
                Problem(
                    str(root / rel),
                    1,
                    1,
                    ERROR,
                    "",
                    "文件",
                    f"已在 {base} 上公示的记录不能删除或改名；请恢复文件，用 withdrawn（撤回）或 status（无效）说明变化",
                    f"a record published on {base} must not be deleted or renamed; restore it and withdraw it instead",
                    "published_removed",
                )
            )
    return problems
