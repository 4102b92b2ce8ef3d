"""Build aside, then swap: the previous output stays exactly as it was until a build has fully succeeded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

_REMOVE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def _old(output: Path) -> Path:
    return output.with_name(f".{output.name}.previous")


def _building_prefix(output: Path) -> str:
    return f".{output.name}.building-"


def _discard_prefix(output: Path) -> str:
    return f".{output.name}.discard-"


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
            stale = entry.name.startswith((_building_prefix(output), _discard_prefix(output)))
            if stale and entry.is_dir():
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


def swap(tmp: Path, output: Path, *, wait: bool = True) -> None:
    """Put the finished build in place of ``output`` and remove the previous one.

    With ``wait=False`` the previous output is renamed aside and deleted by a detached process, so the build
    ends without waiting for tens of thousands of unlinks; a deletion cut short is finished by the next build.
    """
    old = _old(output)
    if output.exists():
        os.rename(output, old)
    os.rename(tmp, output)
    if not old.exists():
        return
    if wait:
        shutil.rmtree(old)
        return
    doomed = output.with_name(f"{_discard_prefix(output)}{os.getpid()}")
    os.rename(old, doomed)
    try:
        subprocess.Popen(
            [sys.executable, "-c", _REMOVE, str(doomed)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        shutil.rmtree(doomed, ignore_errors=True)


def discard(tmp: Path) -> None:
    """Remove a failed build's folder."""
    shutil.rmtree(tmp, ignore_errors=True)
