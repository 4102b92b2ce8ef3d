"""Privacy scan of the built demo: no ID, mobile or bank-card number and no internal contact in any output."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from gongshi.ids import is_valid_id_number
from gongshi.rules.privacy import personal_numbers
from gongshi.yamlio import load_file
from tests.conftest import ROOT

MASKED = re.compile(r"[0-9]{6}\*{8}[0-9]{3}[0-9Xx]")


def output_texts(site: Path) -> list[tuple[str, str]]:
    """Every file a visitor or a program can fetch, as text (XLSX: its XML parts)."""
    out = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                out.append((rel, "\n".join(book.read(n).decode("utf-8") for n in book.namelist())))
        elif path.suffix in (".html", ".xml", ".json", ".csv", ".js", ".txt", ".css"):
            out.append((rel, path.read_text(encoding="utf-8")))
    return out


def responsible_names() -> set[str]:
    names = set()
    for dept in (ROOT / "content/departments").glob("*/department.yaml"):
        block = load_file(dept).data.get("responsible") or {}
        names |= {v for v in block.values() if isinstance(v, str)}
    return names


def test_no_personal_number_or_internal_name_anywhere(demo_site: Path) -> None:
    texts = output_texts(demo_site)
    kinds = {rel.rsplit(".", 1)[-1] for rel, _ in texts}
    assert {"html", "xml", "json"} <= kinds, kinds
    names = responsible_names()
    assert names, "the demo names responsible leaders and liaisons"
    for rel, text in texts:
        found = [(rule, span) for rule, _, span in personal_numbers(text)]
        assert not found, f"{rel}: {found}"
        assert not any(is_valid_id_number(m) for m in re.findall(r"[0-9]{17}[0-9Xx]", text)), rel
        assert not MASKED.search(text), f"{rel}: a masked ID number is shown (GONGSHI_SHOW_MASKED_IDS is off)"
        # a name as a whole word: 李某 must not match inside another person's 李某某
        leaked = [
            n for n in names if re.search(rf"(?<![\u4e00-\u9fff]){re.escape(n)}(?![\u4e00-\u9fff])", text)
        ]
        assert not leaked, f"{rel}: internal contact {leaked}"
