"""The reference: the same records as a Hugo site with the same pages (one per record + paginated lists)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

CONFIG = """baseURL = "http://127.0.0.1/"
languageCode = "zh-cn"
title = "双公示"
disableKinds = ["taxonomy", "term"]
[pagination]
  pagerSize = 50
"""

SINGLE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<h1>{{ .Title }}</h1><table>{{ range $k, $v := .Params.fields }}<tr><th>{{ $k }}</th><td>{{ $v }}</td></tr>{{ end }}
</table></body></html>
"""

LIST = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>
<h1>{{ .Title }}</h1>{{ $p := .Paginate (.RegularPagesRecursive.ByDate.Reverse) }}<table>
{{ range $p.Pages }}<tr><td>{{ .Date.Format "2006-01-02" }}</td><td>{{ .Params.docno }}</td><td>{{ .Params.party }}</td>
<td>{{ .Params.uscc }}</td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td></tr>{{ end }}</table>
{{ if $p.HasPrev }}<a href="{{ $p.Prev.URL }}">上一页</a>{{ end }}{{ if $p.HasNext }}<a href="{{ $p.Next.URL }}">下一页</a>{{ end }}
</body></html>
"""


def write_hugo_site(content: Path, out: Path) -> int:
    """Write a Hugo project for every record of a content tree; returns the number of record pages."""
    (out / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (out / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    (out / "layouts" / "_default" / "single.html").write_text(SINGLE, encoding="utf-8")
    (out / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    (out / "layouts" / "index.html").write_text(LIST, encoding="utf-8")
    count = 0
    for path in sorted((content / "departments").glob("*/*/*/*.yaml")):
        dept, kind, year = path.parts[-4], path.parts[-3], path.parts[-2]
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        party = data.get("party") or {}
        front = {
            "title": data.get("case_name") or data.get("document_title"),
            "date": str(data["decision_date"]),
            "docno": data["document_number"],
            "party": party.get("name"),
            "uscc": party.get("uscc", ""),
            "fields": {k: str(v) for k, v in data.items() if k != "party"},
        }
        target = out / "content" / dept / kind / year / f"{path.stem}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(front, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        count += 1
    for folder in sorted(
        {p.parent for p in (out / "content").rglob("*.md")} | set((out / "content").glob("*"))
    ):
        while folder != out / "content":
            index = folder / "_index.md"
            if not index.exists():
                index.write_text(json.dumps({"title": folder.name}) + "\n", encoding="utf-8")
            folder = folder.parent
    return count
