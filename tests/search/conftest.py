"""Make ``gongshi`` importable from the checkout when it is not installed."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
try:
    import gongshi.search  # noqa: F401
except ModuleNotFoundError:
    sys.path.insert(0, str(REPO / "plugins"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
