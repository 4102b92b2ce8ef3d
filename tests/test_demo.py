"""The demo generator: deterministic, exact in size, schema-valid, checksum-valid, and the curated district."""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from gongshi import demo
from gongshi.ids import id_check_char, is_valid_org_code, is_valid_reg_no, is_valid_uscc, luhn_ok
from gongshi.yamlio import loads

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
SCHEMA_DIR = ROOT / "schema"
TODAY = date(2026, 11, 26)
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
MASKED_ID = re.compile(r"^[0-9]{6}\*{8}[0-9]{3}[0-9X]$")
FOLDER_KIND = {"licenses": "license", "penalties": "penalty"}


# ---------------------------------------------------------------------------------------------------- helpers


def tree_digest(root: Path) -> str:
    """One hash over every file's relative path and bytes."""
    h = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def validators() -> dict[str, Draft202012Validator]:
    """A validator per schema file, resolving ``common.schema.json#/$defs/...`` through a registry."""
    schemas = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SCHEMA_DIR.glob("*.schema.json"))]
    registry: Registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas)
    by_name = {s["$id"].rsplit("/", 1)[1].removesuffix(".schema.json"): s for s in schemas}
    return {name: Draft202012Validator(s, registry=registry) for name, s in by_name.items()}


def plain(value: Any) -> Any:
    """PyYAML's dates and floats as the JSON-ish values the schema expects (dates are strings there)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def records(root: Path) -> list[tuple[Path, str, str, int, str]]:
    """``(file, dept, kind, year, slug)`` of every decision file."""
    out = []
    for path in sorted((root / "departments").glob("*/*/*/*.yaml")):
        dept, folder, year = path.parts[-4:-1]
        out.append((path, dept, FOLDER_KIND[folder], int(year), path.stem))
    return out


def schema_for(path: Path, root: Path) -> str:
    """Which schema a file of the tree follows."""
    rel = path.relative_to(root).parts
    if rel == ("district.yaml",):
        return "district"
    if rel[-1] in ("department.yaml", "catalog.yaml"):
        return rel[-1].removesuffix(".yaml")
    return FOLDER_KIND[rel[2]]


def strings(data: Any, key: str = "") -> list[tuple[str, str]]:
    """Every ``(key, string)`` in a record."""
    if isinstance(data, dict):
        return [pair for k, v in data.items() for pair in strings(v, k)]
    if isinstance(data, list):
        return [pair for v in data for pair in strings(v, key)]
    return [(key, data)] if isinstance(data, str) else []


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 400-record synthetic tree."""
    out = tmp_path_factory.mktemp("demo") / "content"
    summary = demo.write_demo_tree(out, 400, seed=3)
    assert summary.records == 400
    return out


@pytest.fixture(scope="module")
def loaded(tree: Path) -> dict[Path, Any]:
    """Every YAML file of the tree loaded by PyYAML."""
    return {p: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(tree.rglob("*.yaml"))}


# ---------------------------------------------------------------------------------------------------- generator


def test_same_seed_gives_identical_trees(tmp_path: Path) -> None:
    demo.write_demo_tree(tmp_path / "a", 300, seed=11)
    demo.write_demo_tree(tmp_path / "b", 300, seed=11)
    demo.write_demo_tree(tmp_path / "c", 300, seed=12)
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    assert tree_digest(tmp_path / "a") != tree_digest(tmp_path / "c")


def test_rewriting_replaces_the_previous_tree(tmp_path: Path) -> None:
    demo.write_demo_tree(tmp_path / "a", 500, seed=1)
    demo.write_demo_tree(tmp_path / "a", 120, seed=1)
    demo.write_demo_tree(tmp_path / "b", 120, seed=1)
    assert len(records(tmp_path / "a")) == 120
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


@pytest.mark.parametrize("count", [0, 1, 7, 30, 123])
def test_exact_record_count(tmp_path: Path, count: int) -> None:
    summary = demo.write_demo_tree(tmp_path, count, seed=count)
    assert len(records(tmp_path)) == count == summary.records == summary.licenses + summary.penalties
    assert summary.files == len([p for p in tmp_path.rglob("*") if p.is_file()])


def test_start_year_moves_the_two_years(tmp_path: Path) -> None:
    demo.write_demo_tree(tmp_path, 60, seed=2, start_year=2030)  # past the holiday data: Monday-Friday
    years = {year for *_, year, _ in records(tmp_path)}
    assert years == {2030, 2031}
    for path, *_ in records(tmp_path):
        rec = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert rec["decision_date"] <= date(2031, 11, 20) and rec["decision_date"].weekday() < 5


def test_spread_over_departments_years_and_kinds(tree: Path, loaded: dict[Path, Any]) -> None:
    recs = records(tree)
    assert len({dept for _, dept, _, _, _ in recs}) >= 10
    assert {year for _, _, _, year, _ in recs} == {2025, 2026}
    kinds = Counter(kind for _, _, kind, _, _ in recs)
    assert kinds["license"] == 240 and kinds["penalty"] == 160
    for path, _, _, year, _ in recs:
        decided = loaded[path]["decision_date"]
        assert date(2025, 1, 1) <= decided <= date(2026, 11, 20)
        assert decided.year == year
        assert loaded[path]["published_on"] <= TODAY


def test_skeleton_files(tree: Path) -> None:
    assert (tree / "district.yaml").is_file()
    assert (tree / "pages" / "about.md").read_text(encoding="utf-8").startswith("Title: 关于本栏目\n")
    assert "{filename}credit-repair.md" in (tree / "pages" / "about.md").read_text(encoding="utf-8")
    assert (tree / "pages" / "credit-repair.md").read_text(encoding="utf-8").startswith("Title: 信用修复")
    depts = sorted(p.name for p in (tree / "departments").iterdir())
    assert len(depts) >= 10
    for dept in depts:
        assert (tree / "departments" / dept / "department.yaml").is_file()
        assert (tree / "departments" / dept / "catalog.yaml").is_file()
    district = yaml.safe_load((tree / "district.yaml").read_text(encoding="utf-8"))
    assert district["coordinator"] == "fgw" and "fgw" in depts


def test_every_file_is_schema_valid_with_both_loaders(tree: Path, loaded: dict[Path, Any]) -> None:
    checks = validators()
    for path, data in loaded.items():
        name = schema_for(path, tree)
        errors = [e.message for e in checks[name].iter_errors(plain(data))]
        assert not errors, f"{path}: {errors}"
        ours = loads(path.read_text(encoding="utf-8")).data  # dates stay strings, decimals are Decimal
        assert not [e.message for e in checks[name].iter_errors(ours)], path
        assert plain(ours) == plain(data), f"{path}: the two loaders disagree"


def test_slugs_folders_and_document_numbers(tree: Path, loaded: dict[Path, Any]) -> None:
    numbers: Counter[tuple[str, str, str]] = Counter()
    for path, dept, kind, year, slug in records(tree):
        assert SLUG.match(dept) and SLUG.match(slug), path
        assert loaded[path]["decision_date"].year == year
        numbers[(dept, kind, loaded[path]["document_number"])] += 1
    assert numbers and max(numbers.values()) == 1


def test_items_exist_in_the_catalog(tree: Path, loaded: dict[Path, Any]) -> None:
    for path, dept, kind, _, _ in records(tree):
        catalog = loaded[tree / "departments" / dept / "catalog.yaml"]
        codes = {item["code"] for item in catalog["licenses" if kind == "license" else "penalties"]}
        assert loaded[path]["item"] in codes, path


def test_identifiers_are_checksum_valid_and_ids_masked(tree: Path, loaded: dict[Path, Any]) -> None:
    for path, data in loaded.items():
        if path.name == "department.yaml":
            assert is_valid_uscc(data["uscc"]) and data["uscc"].startswith("11410106")
        for key in ("authority_uscc", "source_unit_uscc"):
            if key in data:
                assert is_valid_uscc(data[key])
        party = data.get("party") if isinstance(data, dict) else None
        if not party:
            continue
        if party["category"] == "自然人":
            assert "uscc" not in party and "legal_rep" not in party
            assert party["id_type"] == "身份证" and MASKED_ID.match(party["id_number"]), path
        else:
            assert is_valid_uscc(party["uscc"]) and party["legal_rep"]
            prefix = "92410106" if party["category"] == "个体工商户" else ("91410106", "52410106")
            assert party["uscc"].startswith(prefix), path
        assert "org_code" not in party or is_valid_org_code(party["org_code"])
        assert "business_reg_no" not in party or is_valid_reg_no(party["business_reg_no"])
        assert "legal_rep_id_number" not in party or MASKED_ID.match(party["legal_rep_id_number"])


def test_some_parties_carry_old_codes(loaded: dict[Path, Any]) -> None:
    parties = [d["party"] for d in loaded.values() if isinstance(d, dict) and "party" in d]
    assert any("org_code" in p and "business_reg_no" in p for p in parties)
    assert Counter(p["category"] for p in parties).keys() == {"法人及非法人组织", "个体工商户", "自然人"}


def test_no_personal_numbers_in_free_text(loaded: dict[Path, Any]) -> None:
    id_like = re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9X](?![0-9A-Za-z])")
    mobile = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
    long_digits = re.compile(r"(?<![0-9])[0-9]{16,19}(?![0-9])")
    for path, data in loaded.items():
        for key, text in strings(data):
            if key in demo.ALWAYS_QUOTED:
                continue
            assert not mobile.search(text), (path, key)
            assert not any(id_check_char(m[:17]) == m[17] for m in id_like.findall(text)), (path, key)
            assert not any(luhn_ok(m) for m in long_digits.findall(text)), (path, key)


def test_penalty_amounts_match_types_and_content(tree: Path, loaded: dict[Path, Any]) -> None:
    for path, _, kind, _, _ in records(tree):
        if kind != "penalty":
            continue
        rec = loaded[path]
        types = set(rec["penalty_types"])
        assert ("罚款" in types) == (rec.get("fine_yuan", 0) > 0), path
        assert bool(types & {"没收违法所得", "没收非法财物"}) == (rec.get("confiscation_yuan", 0) > 0), path
        assert bool(types & {"暂扣许可证件", "吊销许可证件"}) == ("license_action" in rec), path
        if "罚款" in types:
            ours = loads(path.read_text(encoding="utf-8")).data
            assert f"罚款人民币{ours['fine_yuan']}元" in rec["penalty_content"], path
        for amount in (rec.get("fine_yuan"), rec.get("confiscation_yuan")):
            assert amount is None or round(amount, 2) == amount


def test_licence_fields(tree: Path, loaded: dict[Path, Any]) -> None:
    for path, _, kind, _, _ in records(tree):
        if kind != "license":
            continue
        rec = loaded[path]
        assert rec["valid_from"] <= rec["valid_to"]
        assert rec["decision_date"] <= rec["published_on"]
        assert (rec["category"] == "其他") == ("category_detail" in rec)
        assert (rec.get("status") == "无效") == ("status_reason" in rec)


def test_most_records_are_published_within_five_working_days(tree: Path, loaded: dict[Path, Any]) -> None:
    cal = demo.Calendar.for_years(2025)
    on_time = sum(
        loaded[p]["published_on"] <= cal.after(loaded[p]["decision_date"], 5) for p, *_ in records(tree)
    )
    assert on_time >= 0.95 * len(records(tree))


# ---------------------------------------------------------------------------------------------------- YAML emitter


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "no",
        "null",
        "~",
        "123",
        "0123",
        "1e3",
        "2025-01-01",
        "a: b",
        "#x",
        "上街 #1",
        "中文: 冒号",
        "- 列表",
        "“引号”开头",
        '含有"双引号"',
        "带\\反斜杠",
        "尾随空格 ",
        "@shangjie/scjg",
        "XK-SCJG-001",
        "91410106MA9KDG3T4F",
        "1\n2",
        "2025年1月7日，检查",
        "yes中文",
        "1e3中",
        "0x1F号",
        "12:30中",
        "3名 #劳动者",
        "第一段\n\n第二段\n",
    ],
)
def test_emitter_round_trips(text: str) -> None:
    doc = demo.dump({"k": text, "uscc": text, "nested": {"list": [text, {"x": text}]}})
    expected = {"k": text, "uscc": text, "nested": {"list": [text, {"x": text}]}}
    assert yaml.safe_load(doc) == expected
    assert loads(doc).data == expected


def test_emitter_dates_and_amounts() -> None:
    doc = demo.dump({"d": date(2026, 1, 2), "n": Decimal(2000), "m": Decimal("1234.50")})
    assert doc == "d: 2026-01-02\nn: 2000\nm: 1234.50\n"
    assert loads(doc).data == {"d": "2026-01-02", "n": 2000, "m": Decimal("1234.50")}


# ---------------------------------------------------------------------------------------------------- command line


def _args(out: Path, *extra: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    demo.add_arguments(parser)
    return parser.parse_args(["--out", str(out), *extra])


def test_cli_writes_and_refuses_a_non_empty_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tree"
    assert demo.run(_args(out, "--records", "25", "--seed", "5")) == 0
    assert len(records(out)) == 25
    digest = tree_digest(out)
    assert demo.run(_args(out, "--records", "40")) == 1
    assert "--force" in capsys.readouterr().err
    assert tree_digest(out) == digest
    assert demo.main(["--out", str(out), "--records", "40", "--force"]) == 0
    assert len(records(out)) == 40


def test_cli_rejects_a_negative_count(tmp_path: Path) -> None:
    assert demo.run(_args(tmp_path / "x", "--records", "-1")) == 2


# ---------------------------------------------------------------------------------------------------- curated demo


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh copy of the demo district as the generator writes it."""
    out = tmp_path_factory.mktemp("curated") / "content"
    summary = demo.write_curated_demo(out)
    assert summary.records == len(records(out))
    return out


def test_committed_content_is_what_the_generator_writes(curated: Path) -> None:
    hint = "differs from the generator: run `gongshi demo --curated --out content --force`"
    assert tree_digest(curated / "departments") == tree_digest(CONTENT / "departments"), (
        f"departments/ {hint}"
    )
    for rel in ("district.yaml", "pages/about.md", "pages/credit-repair.md", "README.md"):
        assert (curated / rel).read_bytes() == (CONTENT / rel).read_bytes(), f"content/{rel} {hint}"


def test_curated_district_size_and_spread(curated: Path) -> None:
    recs = records(curated)
    assert len(recs) >= 320
    assert len({dept for _, dept, *_ in recs}) >= 10
    assert {year for *_, year, _ in recs} == {2025, 2026}
    district = yaml.safe_load((curated / "district.yaml").read_text(encoding="utf-8"))
    assert district["site"]["organizer"] == "郑州市上街区人民政府办公室"
    assert district["site"]["postcode"] == "450041"
    assert (curated / "pages" / "credit-repair.md").read_text(encoding="utf-8").startswith("Title: ")


def test_curated_is_schema_valid(curated: Path) -> None:
    checks = validators()
    for path in sorted(curated.rglob("*.yaml")):
        data = loads(path.read_text(encoding="utf-8")).data
        assert not [e.message for e in checks[schema_for(path, curated)].iter_errors(data)], path


def test_readme_lists_every_edge_case_file(curated: Path) -> None:
    readme = (curated / "README.md").read_text(encoding="utf-8")
    for edge in demo.edge_cases():
        dept, folder, year, slug = edge.path.split("/")
        rel = f"departments/{dept}/{folder}/{year}/{slug}.yaml"
        assert (curated / rel).is_file() and f"`{rel}`" in readme


def _curated_records(curated: Path) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (f"{dept}/{kind}/{year}/{slug}", kind, loads(p.read_text(encoding="utf-8")).data)
        for p, dept, kind, year, slug in records(curated)
    ]


def _d(text: str) -> date:
    return date.fromisoformat(text)


def test_every_edge_case_is_present(curated: Path) -> None:
    recs = _curated_records(curated)
    lic = [r for _, k, r in recs if k == "license"]
    pen = [r for _, k, r in recs if k == "penalty"]
    cal = demo.Calendar.for_years(2025)

    def end(r: dict[str, Any]) -> date:
        level = r.get("severity") or demo.derived_severity(r["penalty_types"])
        months = {"轻微": 3, "一般": 12, "严重": 36}[level]
        ends = [demo.add_months(_d(r["decision_date"]), months)]
        ends += [_d(r[k]) for k in ("disclosure_until",) if k in r]
        return min(ends + ([_d(r["repaired"]["date"])] if "repaired" in r else []))

    cases = {
        "natural person": any(r["party"]["category"] == "自然人" for r in lic + pen),
        "individual business": any(r["party"]["category"] == "个体工商户" for r in lic + pen),
        "long term": any(r["valid_to"] == "2099-12-31" for r in lic),
        "invalid licence": any(r.get("status") == "无效" and r.get("status_reason") for r in lic),
        "category other": any(r["category"] == "其他" and r.get("category_detail") for r in lic),
        "withdrawn": any("withdrawn" in r for r in pen),
        "repaired": any(
            "repaired" in r and _d(r["repaired"]["date"]) >= demo.add_months(_d(r["decision_date"]), 3)
            for r in pen
        ),
        "expired": any(end(r) < TODAY and "withdrawn" not in r and "repaired" not in r for r in pen),
        "serious": any("吊销许可证件" in r["penalty_types"] and r.get("license_action") for r in pen),
        "minor": any(r["penalty_types"] == ["警告"] for r in pen),
        "late": any(_d(r["published_on"]) > cal.after(_d(r["decision_date"]), 7) for r in lic + pen),
        "scheduled": any(_d(r["published_on"]) > TODAY for r in lic + pen),
        "corrections": any(r.get("corrections") for r in lic) and any(r.get("corrections") for r in pen),
        "remarks": any(r.get("remarks") for r in lic + pen),
        "legal basis override": any("legal_basis" in r for r in lic),
        "own remedy": any("remedy" in r for r in pen),
        "confiscation": any(r.get("confiscation_yuan") for r in pen),
        "paragraphs": any("\n\n" in r["violation_facts"] for r in pen),
        "no document number": any(r["document_number"] == r.get("certificate_number") for r in lic),
        "explicit severity": any("severity" in r and "disclosure_until" in r for r in pen),
    }
    assert [name for name, ok in cases.items() if not ok] == []


def test_readme_claims_about_the_generated_part_hold(curated: Path) -> None:
    generated = [r for name, _, r in _curated_records(curated) if re.search(r"/(xk|cf)-[0-9]+$", name)]
    names = Counter(r["party"]["name"] + r["party"].get("uscc", "") for r in generated)
    assert max(names.values()) > 1  # the same party appears more than once
    assert any(r.get("penalty_types") == ["警告"] for r in generated)
    assert any("行政拘留" in r.get("penalty_types", []) for r in generated)
    assert any(r.get("status") == "无效" for r in generated)
    for key in ("severity", "repaired", "withdrawn", "corrections", "remarks"):
        assert any(key in r for r in generated), key


def test_curated_dates_and_people(curated: Path) -> None:
    birth_date_id = re.compile(r"[0-9]{6}(19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9X]")
    for name, _, rec in _curated_records(curated):
        assert _d(rec["decision_date"]) <= date(2026, 11, 20), name
        assert not any(birth_date_id.search(text) for _, text in strings(rec)), name
        party = rec["party"]
        assert "某" in party["name"] and "某" in party.get("legal_rep", "某"), name


def test_the_validator_accepts_the_demo(
    curated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    validate = pytest.importorskip("gongshi.validate")
    demo.write_demo_tree(tmp_path / "synthetic", 600, seed=9)
    for root in (curated, tmp_path / "synthetic"):
        parser = argparse.ArgumentParser()
        validate.add_arguments(parser)
        args = parser.parse_args(
            [str(root), "--as-of", TODAY.isoformat(), "--settings", str(tmp_path / "none")]
        )
        code = validate.run(args)
        out = capsys.readouterr().out
        assert code == 0, out
        assert "：0 个错误" in out, out[-500:]
