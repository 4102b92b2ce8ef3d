"""Who may change what: CODEOWNERS covers each department folder exactly; records speak for their own department."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from gongshi.codeowners import codeowners
from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.yamlio import load_file
from tests.conftest import FIXTURE_AS_OF, ROOT

CONTENT = ROOT / "content"


def owners_of(rules: list[tuple[str, list[str]]], path: str) -> list[str]:
    """CODEOWNERS semantics: the last matching pattern wins; a trailing slash owns everything below."""
    found: list[str] = []
    for pattern, owners in rules:
        anchored = pattern.lstrip("/")
        if (anchored.endswith("/") and path.startswith(anchored)) or fnmatch.fnmatch(path, anchored):
            found = owners
    return found


def parse(text: str) -> list[tuple[str, list[str]]]:
    rules = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            pattern, *owners = line.split()
            rules.append((pattern, owners))
    return rules


def test_every_department_path_has_its_own_maintainers_and_nothing_else() -> None:
    rules = parse(codeowners(CONTENT, ["@shangjie/fgw"]))
    departments = sorted(p for p in (CONTENT / "departments").iterdir() if p.is_dir())
    assert len(departments) >= 10
    for folder in departments:
        maintainers = load_file(folder / "department.yaml").data["maintainers"]
        assert maintainers, folder.name
        for path in folder.rglob("*"):
            rel = path.relative_to(ROOT).as_posix()
            assert owners_of(rules, rel) == maintainers, rel
    # nothing outside the department folders belongs to a department
    department_owners = {o for _, owners in rules if _ != "/content/district.yaml" for o in owners}
    for path in [CONTENT / "district.yaml", *sorted((CONTENT / "pages").rglob("*"))]:
        assert not set(owners_of(rules, path.relative_to(ROOT).as_posix())) & (
            department_owners - {"@shangjie/fgw"}
        )
    assert all(p == "/content/district.yaml" or p.startswith("/content/departments/") for p, _ in rules)


def test_a_record_cannot_speak_for_another_department(valid_tree: Path) -> None:
    path = valid_tree / "departments/scjg/penalties/2025/cf-0001.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "source_unit_uscc: 11410106mb7654321g\n", encoding="utf-8")
    problems = load_corpus(valid_tree, Config(as_of=FIXTURE_AS_OF)).problems
    assert [(p.rule, p.key) for p in problems] == [("other_department", "source_unit_uscc")]
    path.write_text(
        text + "authority: 郑州市市场监督管理局\n", encoding="utf-8"
    )  # a body outside the district: allowed
    assert load_corpus(valid_tree, Config(as_of=FIXTURE_AS_OF)).problems == []
