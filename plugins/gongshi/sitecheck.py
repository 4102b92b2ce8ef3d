"""``gongshi check-site``: the daily 读网 check of a built site.

Every internal link and asset resolves; every record public at the build's as-of date has its page (and the
page is the one the build wrote); every sitemap entry exists; no hidden record appears in any page, feed,
export or search file; a column with no publication for too long is flagged.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import lifecycle
from .config import Config, read_settings_file
from .corpus import load_corpus
from .manifest import MANIFEST, identity_digest, sha256

TEXT_SUFFIXES = (".html", ".xml", ".json", ".csv", ".txt", ".js")


@dataclass(frozen=True, order=True)
class Finding:
    """One problem of the built site."""

    path: str
    zh: str
    en: str
    warning: bool = False

    def format(self) -> str:
        """``path: 错误 中文 — English``."""
        return f"{self.path}: {'警告' if self.warning else '错误'} {self.zh} — {self.en}"


class _Links(HTMLParser):
    """Collect href/src values of one HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)
            elif name == "srcset" and value:
                self.links += [part.split()[0] for part in value.split(",") if part.strip()]
            elif name == "data-index" and value:  # the search form's index folder
                self.links.append(value.rstrip("/") + "/meta.json")


def _internal_target(site: Path, page: Path, link: str, siteurl: str) -> Path | None:
    """The file a link points to inside the site, or None for external links and anchors."""
    if siteurl and link.startswith(siteurl):
        link = "/" + link[len(siteurl) :].lstrip("/")
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("#", "mailto:", "tel:")):
        return None
    path = unquote(parts.path)
    if not path:
        return None
    target = (site / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
    return target / "index.html" if path.endswith("/") else target


def check_links(site: Path, siteurl: str, hidden: Hidden) -> list[Finding]:
    """Every href/src of every page resolves to a file of the site, and none leads to a hidden record."""
    findings = []
    root = site.resolve()
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8", errors="replace"))
        for link in parser.links:
            target = _internal_target(site, page, link, siteurl)
            if target is None:
                continue
            resolved = target.resolve()
            if not resolved.is_relative_to(root) or not resolved.is_file():
                findings.append(Finding(rel, f"链接指向不存在的文件：{link}", f"broken link: {link}"))
            elif hidden.state_of_url(resolved.relative_to(root).as_posix()):
                findings.append(
                    Finding(rel, f"链接指向不应公开的记录：{link}", f"link to a hidden record: {link}")
                )
    return findings


def check_sitemap(site: Path, siteurl: str, hidden: Hidden, required: bool = True) -> list[Finding]:
    """Every sitemap entry exists and none is a hidden record (a department's own column may have none)."""
    path = site / "sitemap.xml"
    if not path.is_file():
        return [Finding("sitemap.xml", "缺少 sitemap.xml", "sitemap.xml is missing")] if required else []
    findings = []
    for loc in re.findall(r"<loc>([^<]+)</loc>", path.read_text(encoding="utf-8")):
        rel = unquote(urlsplit(loc).path if urlsplit(loc).scheme else loc)
        if siteurl and loc.startswith(siteurl):
            rel = unquote(loc[len(siteurl) :])
        rel = rel.lstrip("/")
        target = site / rel / "index.html" if not rel or rel.endswith("/") else site / rel
        if not target.is_file():
            findings.append(
                Finding("sitemap.xml", f"站点地图中的页面不存在：{loc}", f"sitemap entry missing: {loc}")
            )
        if hidden.state_of_url(rel):
            findings.append(
                Finding(
                    "sitemap.xml", f"站点地图中有不应公开的记录：{loc}", f"hidden record in sitemap: {loc}"
                )
            )
    return findings


_KIND_URL = r"(?:licenses|penalties)/[0-9]{4}/[a-z0-9][a-z0-9-]{0,62}\.html"
RECORD_URL = re.compile(rf"(?<![a-z0-9-])[a-z0-9][a-z0-9-]{{0,62}}/{_KIND_URL}")
DEPARTMENT_URL = re.compile(rf"(?<![a-z0-9/-]){_KIND_URL}")  # inside a department's own build


@dataclass
class Hidden:
    """What the manifest says must not be seen: digests of hidden identities, URLs of withdrawn records."""

    digests: dict[str, str]  # identity digest → state
    withdrawn: set[str]  # site-relative URLs whose only page is the withdrawal notice
    prefix: str  # a department's own build has its records at the root: prepend its folder for identities

    def state_of_url(self, url: str) -> str | None:
        """The hidden state of the record at a site-relative URL, or None when it may be shown."""
        if url in self.withdrawn:
            return lifecycle.WITHDRAWN
        match = RECORD_URL.fullmatch(self.prefix + url)
        return self.digests.get(identity_digest(match.group()[: -len(".html")])) if match else None

    def urls_in(self, text: str) -> list[str]:
        """Record URLs (relative to the build's root) mentioned in a text."""
        return (DEPARTMENT_URL if self.prefix else RECORD_URL).findall(text)


def hidden_of(manifest: dict) -> Hidden:
    """The hidden records of a manifest."""
    rows = manifest["records"]
    return Hidden(
        {r["identity_sha256"]: r["state"] for r in rows if "identity_sha256" in r},
        {r["url"] for r in rows if r.get("state") == lifecycle.WITHDRAWN},
        f"{manifest['department']}/" if manifest.get("department") else "",
    )


def check_records(site: Path, manifest: dict, hidden: Hidden) -> list[Finding]:
    """Public records have the page the build wrote; hidden ones have none (withdrawn: the notice only)."""
    findings = []
    for row in manifest["records"]:
        if "url" not in row:
            continue
        digest = sha256(site / row["url"])
        if digest is None:
            findings.append(Finding(row["url"], "记录页面不存在", f"record page missing ({row['state']})"))
        elif digest != row.get("sha256"):
            findings.append(
                Finding(row["url"], "记录页面与构建时不一致（被改动过）", "page differs from the build")
            )
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        state = hidden.state_of_url(rel)
        if state and state != lifecycle.WITHDRAWN:
            findings.append(
                Finding(rel, f"不应公开的记录（{state}）有页面", f"hidden record has a page ({state})")
            )
    return findings


def _texts(site: Path) -> list[tuple[str, str]]:
    """(path, text) of every file a reader or a program could open, XLSX cells included."""
    out = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if path.suffix in TEXT_SUFFIXES:
            out.append((rel, path.read_text(encoding="utf-8", errors="replace")))
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                out.append(
                    (
                        rel,
                        " ".join(
                            book.read(n).decode("utf-8", "replace")
                            for n in book.namelist()
                            if n.endswith(".xml")
                        ),
                    )
                )
    return out


def check_leaks(site: Path, hidden: Hidden, hidden_numbers: list[str]) -> list[Finding]:
    """No hidden record's URL (feeds, exports, search files) or 文号 (anywhere) appears outside its own notice."""
    numbers = (
        re.compile("|".join(re.escape(n) for n in sorted(set(hidden_numbers), key=len, reverse=True)))
        if hidden_numbers
        else None
    )
    findings = set()
    for rel, text in _texts(site):
        if rel == MANIFEST:
            continue
        plain = text.replace("\\/", "/")
        if not rel.endswith(".html"):  # links in pages are checked as links
            for url in hidden.urls_in(plain):
                state = hidden.state_of_url(url)
                if state:
                    findings.add(
                        Finding(
                            rel, f"出现了不应公开的记录（{state}）：{url}", f"hidden record appears: {url}"
                        )
                    )
        if numbers and rel not in hidden.withdrawn:
            for match in numbers.finditer(text):
                findings.add(
                    Finding(
                        rel,
                        f"出现了不应公开记录的文号：{match.group()}",
                        f"document number of a hidden record: {match.group()}",
                    )
                )
    return sorted(findings)


def check_staleness(manifest: dict, stale_days: int) -> list[Finding]:
    """Flag a department column with no publication for more than ``stale_days`` days."""
    if stale_days <= 0:
        return []
    as_of = date.fromisoformat(manifest["as_of"])
    last: dict[str, str] = {}
    for row in manifest["records"]:
        if row.get("state") == lifecycle.PUBLIC:
            last[row["dept"]] = max(last.get(row["dept"], ""), row["published_on"])
    findings = []
    for dept in manifest["departments"]:
        if dept not in last:
            findings.append(
                Finding(f"{dept}/", "栏目没有任何公示记录", "column has no published record", warning=True)
            )
            continue
        days = (as_of - date.fromisoformat(last[dept])).days
        if days > stale_days:
            findings.append(
                Finding(
                    f"{dept}/",
                    f"栏目已 {days} 天没有新公示（上次 {last[dept]}）",
                    f"no publication for {days} days",
                    warning=True,
                )
            )
    return findings


def hidden_numbers(content: Path, manifest: dict) -> list[str]:
    """文号 of the records the build hid, read from the content tree at the build's as-of date."""
    if not (content / "district.yaml").is_file():
        return []
    config = Config(as_of=date.fromisoformat(manifest["as_of"]))
    only = manifest.get("department")
    return [
        str(r.data["document_number"])
        for r in load_corpus(content, config).records
        if (not only or r.dept == only)
        and r.data.get("document_number")
        and lifecycle.state(r.kind, r.data, config) != lifecycle.PUBLIC
    ]


def check_site(site: Path, *, content: Path | None, siteurl: str = "", stale_days: int = 30) -> list[Finding]:
    """Every check; the content tree (when given) supplies hidden records' 文号 for the leak scan."""
    manifest_path = site / MANIFEST
    if not manifest_path.is_file():
        return [
            Finding(
                MANIFEST,
                "缺少 manifest.json：这不是 gongshi 构建的网站",
                "manifest.json missing: not a gongshi build",
            )
        ]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    hidden = hidden_of(manifest)
    numbers = hidden_numbers(content, manifest) if content is not None else []
    findings = check_links(site, siteurl, hidden)
    findings += check_sitemap(site, siteurl, hidden, not manifest.get("department"))
    findings += check_records(site, manifest, hidden)
    findings += check_leaks(site, hidden, numbers) + check_staleness(manifest, stale_days)
    return sorted(findings)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``gongshi check-site``."""
    parser.add_argument(
        "output", nargs="?", type=Path, default=Path("output"), help="构建好的网站（默认 output/）"
    )
    parser.add_argument(
        "--content", type=Path, default=Path("content"), help="内容文件夹，用于查找不应公开的文号"
    )
    parser.add_argument("--settings", type=Path, default=Path("pelicanconf.py"))
    parser.add_argument(
        "--stale-days", type=int, help="超过多少天无新公示即提示（默认设置 GONGSHI_STALE_DAYS 或 30；0 关闭）"
    )
    parser.add_argument("--strict", action="store_true", help="有警告也失败 — fail on warnings too")


def run(args: argparse.Namespace) -> int:
    """Print every finding; exit 1 on any error (or warning with --strict), 2 when OUTPUT is not a site."""
    if not args.output.is_dir():
        print(f"错误：找不到网站文件夹 {args.output} — error: no such folder", file=sys.stderr)
        return 2
    settings = read_settings_file(args.settings)
    stale = args.stale_days if args.stale_days is not None else int(settings.get("GONGSHI_STALE_DAYS", 30))
    siteurl = str(settings.get("SITEURL", "") or "")
    content = args.content if args.content.is_dir() else None
    findings = check_site(args.output, content=content, siteurl=siteurl, stale_days=stale)
    for finding in findings:
        print(finding.format())
    errors = sum(not f.warning for f in findings)
    warnings = len(findings) - errors
    print(f"网站检查：{errors} 个错误，{warnings} 个警告 — site check: {errors} errors, {warnings} warnings")
    return 1 if errors or (args.strict and warnings) else 0
