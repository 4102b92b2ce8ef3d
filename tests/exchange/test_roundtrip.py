"""Round trip: a tree's records → national-format XLSX and CSV → imported into an empty tree → the same records.

Equality is defined on what the national format carries, with every default resolved the same way on both
sides (机关 and 数据来源单位 = the department, 当前状态 有效, 设定依据 from the catalog, 救济渠道 from the
department), text compared without outer white space, amounts as decimals:

* every exported row is identical (all template columns and plan fields, 公示截止期 included), and
* every field of the record data is equal, except what the national format cannot carry: ``corrections``,
  ``withdrawn`` and ``repaired`` (dated histories with no column), and ``severity`` and ``disclosure_until`` as
  written (the template has one 公示截止期 column: the import keeps the date only when the inferred 失信程度
  would not give it anyway, so these two are compared through the exported 公示截止期 and the effective
  severity instead). 状态说明 and 许可类别说明 travel as lines of 备注 and are compared as fields.

Masked document numbers travel only with ``show_masked_ids`` (the export leaves them out otherwise, and a 自然人
record without one cannot be imported).
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from gongshi.config import Config
from gongshi.corpus import Corpus, load_corpus
from gongshi.exchange.export import body, table, write_exports
from gongshi.lifecycle import severity
from gongshi.model import Department, Record
from tests.conftest import FIXTURE_AS_OF, ROOT, VALID_TREE
from tests.exchange.conftest import empty_copy, run_import

NOT_CARRIED = ("corrections", "withdrawn", "repaired", "severity", "disclosure_until")
DEMO_AS_OF = date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo district: content/ when it is there and valid, else freshly generated."""
    content = ROOT / "content"
    if (content / "district.yaml").is_file() and not load_corpus(content, Config(as_of=DEMO_AS_OF)).errors:
        return content
    demo = pytest.importorskip("gongshi.demo")
    out = tmp_path_factory.mktemp("demo") / "content"
    demo.write_curated_demo(out)
    return out


def effective(record: Record, dept: Department) -> dict[str, Any]:
    """A record's data as the national format carries it, defaults resolved."""
    data = copy.deepcopy(record.data)
    for key in NOT_CARRIED:
        data.pop(key, None)
    data["status"] = data.get("status") or "有效"
    for key in ("authority", "source_unit"):
        data[key], data[f"{key}_uscc"] = body(record.data, dept, key)
    item = dept.catalog[record.kind][record.data["item"]]
    if record.kind == "license":
        data["legal_basis"] = data.get("legal_basis") or item.legal_basis
    else:
        data["remedy"] = data.get("remedy") or dept.data["remedy"]
        data["severity"] = severity(record.data)
    return _plain(data)


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    return value


def round_trip(tree: Path, as_of: date, fmt: str, tmp_path: Path) -> tuple[Corpus, Corpus, Config]:
    """Export every record of ``tree`` per department, import each file into an empty copy."""
    config = Config(as_of=as_of, show_masked_ids=True)
    source = load_corpus(tree, config)
    assert source.errors == [] and source.records
    target = empty_copy(tree, tmp_path / "imported")
    for slug in sorted({r.dept for r in source.records}):
        out = tmp_path / "exports" / slug
        mine = [r for r in source.records if r.dept == slug]
        write_exports(mine, out, departments=source.departments, config=config)
        for kind, stem in (("license", "licenses"), ("penalty", "penalties")):
            if any(r.kind == kind for r in mine):
                ran = run_import(out / f"{stem}.{fmt}", target, kind, dept=slug, as_of=as_of)
                assert ran.outcome.rejected == 0, ran.lines
                assert len(ran.outcome.written) == sum(r.kind == kind for r in mine)
    imported = load_corpus(target, config)
    return source, imported, config


def check_equal(source: Corpus, imported: Corpus, config: Config) -> None:
    assert [p.format() for p in imported.errors] == []
    key = lambda r: (r.dept, r.kind, r.data["document_number"])  # noqa: E731
    before = {key(r): r for r in source.records}
    after = {key(r): r for r in imported.records}
    assert sorted(after) == sorted(before)
    for k, original in before.items():
        copy_ = after[k]
        dept_a, dept_b = source.departments[original.dept], imported.departments[copy_.dept]
        assert table(original.kind, [original], source.departments, config) == table(
            copy_.kind, [copy_], imported.departments, config
        ), k
        assert effective(copy_, dept_b) == effective(original, dept_a), k


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_fixture_round_trip(fmt: str, tmp_path: Path) -> None:
    check_equal(*round_trip(VALID_TREE, FIXTURE_AS_OF, fmt, tmp_path))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_demo_round_trip(fmt: str, demo_tree: Path, tmp_path: Path) -> None:
    source, imported, config = round_trip(demo_tree, DEMO_AS_OF, fmt, tmp_path)
    assert len(source.records) > 300
    kinds = {r.kind for r in source.records}
    assert kinds == {"license", "penalty"}
    check_equal(source, imported, config)
