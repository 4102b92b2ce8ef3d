"""Each invalid fixture produces exactly its expected lines; every rule has a fixture."""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import pytest

from gongshi import validate
from gongshi.rules import load_all
from tests.conftest import FIXTURE_AS_OF, ROOT, VALID_TREE
from tests.validate.fixture_cases import Case, load_cases

CASES = load_cases()
SCHEMA_RULES = {
    "schema.required",
    "schema.unknown",
    "schema.type",
    "schema.enum",
    "schema.format",
    "schema.empty",
    "schema.length",
    "schema.unique",
    "schema.minimum",
}


def run_validate(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *extra: str
) -> tuple[int, list[str]]:
    """Run ``gongshi validate .`` inside ``tree``; return the exit code and the output lines."""
    monkeypatch.chdir(tree)
    parser = argparse.ArgumentParser()
    validate.add_arguments(parser)
    args = parser.parse_args(
        [".", "--as-of", FIXTURE_AS_OF.isoformat(), "--settings", "no-settings.py", *extra]
    )
    code = validate.run(args)
    return code, capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fixture_gives_exact_lines(case: Case, tmp_path: Path, monkeypatch, capsys) -> None:
    tree = tmp_path / "content"
    shutil.copytree(VALID_TREE, tree)
    base = case.install(tree)
    code, lines = run_validate(tree, monkeypatch, capsys, *(["--base", base] if base else []))
    assert case.expect, f"{case.name} has no '# expect:' line"
    assert lines[:-1] == case.expect
    errors = any(" 错误 " in line for line in case.expect)
    assert code == (1 if errors else 0)


def test_valid_tree_has_no_problem(monkeypatch, capsys) -> None:
    code, lines = run_validate(VALID_TREE, monkeypatch, capsys)
    assert code == 0
    assert lines == ["检查了 7 个文件：0 个错误，0 个警告 — checked 7 files: 0 errors, 0 warnings"]


def test_every_rule_has_a_fixture() -> None:
    covered = {c.rule for c in CASES}
    missing = (set(load_all()) | SCHEMA_RULES) - covered
    assert not missing, f"rules without a fixture in tests/fixtures/invalid/: {sorted(missing)}"
    unknown = covered - set(load_all()) - SCHEMA_RULES
    assert not unknown, f"fixtures naming no rule: {sorted(unknown)}"


def test_fixture_names_say_key_and_reason() -> None:
    for case in CASES:
        assert re.fullmatch(r"[a-z_.]+_[a-z_0-9]+", case.name), case.name


RULES_MD = ROOT.parent / "shared" / "spec" / "rules.md"
RECORDS_MD = RULES_MD.with_name("records.md")
# bullets of rules.md that describe what the site shows rather than what validation rejects, and where they are tested
SITE_BEHAVIOUR = {
    "Used to recognise an *unmasked* ID number": "tests/validate (text_id_number fixture)",
    "Masked numbers are still not shown": "tests/site",
    "A department's `responsible` block never reaches a public page": "tests/site",
    "Default severity from `penalty_types`": "tests/unit/test_lifecycle.py",
    "A penalty is public while": "tests/unit/test_lifecycle.py",
    "`withdrawn`: the decision itself disappears": "tests/unit/test_lifecycle.py",
    "Licences stay listed": "tests/unit/test_lifecycle.py",
    "Working days follow the State Council holiday": "tests/unit/test_calendar.py",
}


def _bullets(text: str) -> list[str]:
    sections = re.split(r"^## ", text, flags=re.M)
    wanted = [
        s
        for s in sections
        if s.startswith(("Identifiers", "Privacy", "Dates and", "Timeliness", "Disclosure"))
    ]
    bullets = []
    for section in wanted:
        for chunk in re.split(r"^- ", section, flags=re.M)[1:]:
            bullets.append(" ".join(chunk.split()))
    return bullets


@pytest.mark.skipif(not RULES_MD.exists(), reason="shared/spec is laid beside the checkout")
def test_every_rule_of_rules_md_is_enforced() -> None:
    specs = [info.spec for info in load_all().values()]
    text = RULES_MD.read_text(encoding="utf-8")
    flat = " ".join((text + RECORDS_MD.read_text(encoding="utf-8")).split())
    for spec in specs:
        assert spec in flat, f"rule spec not quoted from rules.md: {spec!r}"
    for bullet in _bullets(text):
        covered = any(spec in bullet for spec in specs) or any(k in bullet for k in SITE_BEHAVIOUR)
        assert covered, f"rules.md bullet with no rule and no fixture: {bullet[:80]}…"
