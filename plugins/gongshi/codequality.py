"""Turn ``gongshi validate --format json`` into a GitLab code-quality report (merge-request annotations)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def convert(problems: list[dict]) -> list[dict]:
    """GitLab code-quality entries, one per problem."""
    out = []
    for p in problems:
        text = (
            f"{p['title']}（{p['key']}）：{p['message_zh']} — {p['message_en']}"
            if p["key"]
            else p["message_zh"]
        )
        fingerprint = hashlib.sha256(f"{p['path']}:{p['line']}:{p['rule']}:{p['key']}".encode()).hexdigest()
        out.append(
            {
                "description": text,
                "check_name": p["rule"],
                "fingerprint": fingerprint,
                "severity": "major" if p["severity"] == "error" else "minor",
                "location": {"path": p["path"], "lines": {"begin": p["line"]}},
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m gongshi.codequality gongshi.json``."""
    args = argv if argv is not None else sys.argv[1:]
    problems = json.loads(Path(args[0]).read_text(encoding="utf-8")) if args else json.load(sys.stdin)
    json.dump(convert(problems), sys.stdout, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
