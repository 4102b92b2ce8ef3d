"""Build aside, then swap: the previous output stays exactly as it was until a build has fully succeeded."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def _old(output: Path) -> Path:
    return output.with_name(f".{output.name}.previous")


def _building_prefix(output: Path) -> str:
    return f".{output.name}.building-"


def recover(output: Path) -> None:
    """Finish or undo a swap that was interrupted, and clear folders of builds that died."""
    old = _old(output)
    if old.is_dir():
        if output.exists():
            shutil.rmtree(old)  # the swap finished; only the clean-up was cut short
        else:
            os.rename(old, output)  # cut between the two renames: put the previous output back
    parent = output.parent
    if parent.is_dir():
        for entry in sorted(parent.iterdir()):
            if entry.name.startswith(_building_prefix(output)) and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)


def staging(output: Path) -> Path:
    """A fresh, empty folder beside ``output`` to build into."""
    recover(output)
    if output.exists() and not output.is_dir():
        raise NotADirectoryError(f"{output} 不是文件夹 — is not a directory")
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f"{_building_prefix(output)}{os.getpid()}")
    tmp.mkdir()
    return tmp


def swap(tmp: Path, output: Path) -> None:
    """Put the finished build in place of ``output`` and remove the previous one."""
    old = _old(output)
    if output.exists():
        os.rename(output, old)
    os.rename(tmp, output)
    if old.exists():
        shutil.rmtree(old)


def discard(tmp: Path) -> None:
    """Remove a failed build's folder."""
    shutil.rmtree(tmp, ignore_errors=True)
