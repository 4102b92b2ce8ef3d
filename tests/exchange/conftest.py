"""Helpers for the exchange tests: an empty content tree, spreadsheets written on the fly, an import runner."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from gongshi.config import Config
from gongshi.exchange.importer import Outcome, import_file
from tests.conftest import FIXTURE_AS_OF, VALID_TREE

AS_OF = FIXTURE_AS_OF  # 2025-06-01: the import date when a row has no 公示日期


def empty_copy(source: Path, target: Path) -> Path:
    """A copy of a content tree with its district, departments and catalogs but no records."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("licenses", "penalties", "pages", "*.md"))
    return target


@pytest.fixture
def empty_tree(tmp_path: Path) -> Path:
    """The valid fixture's district, departments and catalogs, without records."""
    return empty_copy(VALID_TREE, tmp_path / "content")


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8") -> Path:
    """A CSV file in the given encoding (``utf-8-sig`` for a BOM)."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([["" if v is None else v for v in r] for r in rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    """An XLSX file with the rows as given (numbers stay numbers, datetimes stay dates)."""
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@dataclass
class Ran:
    """An import's outcome and the lines it printed."""

    outcome: Outcome
    lines: list[str]


def run_import(
    path: Path,
    content: Path,
    kind: str = "penalty",
    *,
    dept: str = "scjg",
    as_of: date = AS_OF,
    **options: Any,
) -> Ran:
    """Import one file with its printed lines collected."""
    lines: list[str] = []
    outcome = import_file(
        path, content=content, dept=dept, kind=kind, config=Config(as_of=as_of), emit=lines.append, **options
    )
    return Ran(outcome, lines)


def records(root: Path) -> list[Path]:
    """Record files under a tree."""
    return sorted(root.glob("departments/*/*/*/*.yaml"))
