"""The plugin under Pelican itself: `pelican CONTENT -s pelicanconf.py -o OUT`, registration, failures."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gongshi.config import Config
from gongshi.corpus import load_corpus
from gongshi.site.views import record_view

from .conftest import ROOT, Built
from .tree import AS_OF, make_tree


def pelican(
    content: Path, output: Path, settings: Path = ROOT / "pelicanconf.py"
) -> subprocess.CompletedProcess[str]:
    """Run the pelican command at the tree's as-of date."""
    return subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(settings), "-o", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**__import__("os").environ, "GONGSHI_AS_OF": AS_OF},
    )


def test_pelican_builds_the_same_columns(site: Built, tmp_path: Path) -> None:
    done = pelican(site.content, tmp_path / "out")
    assert done.returncode == 0, done.stderr
    for rel in ("index.html", "scjg/index.html", "scjg/penalties/2025/cf-0001.html", "pages/about.html"):
        assert (tmp_path / "out" / rel).is_file(), rel
    assert "gongshi: " in done.stderr  # content warnings are printed, and the build goes on
    main = (tmp_path / "out/scjg/penalties/2025/cf-0001.html").read_bytes()
    # the project settings have 50 rows a page; the record pages are the same bytes as gongshi build's
    assert main == (site.output / "scjg/penalties/2025/cf-0001.html").read_bytes()


def test_pelican_stops_on_content_errors_and_writes_nothing(tmp_path: Path) -> None:
    content = make_tree(tmp_path / "content")
    (content / "departments/scjg/licenses/2025/jy-0001.yaml").write_text("item: [", encoding="utf-8")
    done = pelican(content, tmp_path / "out")
    assert done.returncode != 0
    assert "jy-0001.yaml" in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.html"))


def test_the_plugin_registers_and_a_misnamed_one_is_refused(tmp_path: Path) -> None:
    from pelican import Pelican

    from gongshi import pelican_adapter

    settings = pelican_adapter.load_settings(
        ROOT / "pelicanconf.py", {"PATH": str(tmp_path), "OUTPUT_PATH": str(tmp_path / "out")}
    )
    assert "gongshi.pelican_adapter" in Pelican(dict(settings)).settings["PLUGINS"]
    wrong = {**settings, "PLUGINS": ["gongshi.pelican_adaptor"]}
    with pytest.raises(RuntimeError, match="not loaded"):
        pelican_adapter.run(wrong)


def test_masked_ids_only_with_the_setting(site: Built) -> None:
    corpus = load_corpus(site.content, Config(as_of=date.fromisoformat(AS_OF)))
    record = next(r for r in corpus.records if r.identity == "scjg/penalties/2025/cf-0002")
    dept = corpus.departments["scjg"]
    hidden = record_view(record, dept, Config(as_of=date.fromisoformat(AS_OF)))
    shown = record_view(record, dept, Config(as_of=date.fromisoformat(AS_OF), show_masked_ids=True))
    assert "证件号码" not in [row.label for row in hidden.rows]
    assert ("证件号码", (("410106********123X",),), "") in shown.rows


def test_rebuilding_in_place_removes_pages_that_left_the_site(tmp_path: Path) -> None:
    content = make_tree(tmp_path / "content")
    out = tmp_path / "out"
    assert pelican(content, out).returncode == 0
    page = out / "scjg/penalties/2025/cf-0001.html"
    assert page.is_file()
    record = content / "departments/scjg/penalties/2025/cf-0001.yaml"
    record.write_text(
        record.read_text(encoding="utf-8") + "withdrawn:\n  date: '2025-05-20'\n  reason: 复议撤销\n",
        encoding="utf-8",
    )
    (content / "departments/scjg/penalties/2025/cf-0002.yaml").unlink()
    assert pelican(content, out).returncode == 0
    assert "复议撤销" in page.read_text(encoding="utf-8")
    assert not (out / "scjg/penalties/2025/cf-0002.html").exists()
    assert (out / "pages/about.html").is_file() and (out / "search/meta.json").is_file()
