"""The ``gongshi`` command: one sub-command per job, each in its own module."""

from __future__ import annotations

import argparse
import importlib
import sys

# sub-command → (module, help); each module has add_arguments(parser) and run(args) -> int
COMMANDS = {
    "validate": ("gongshi.validate", "检查记录 — validate records"),
    "new": ("gongshi.newrecord", "新建一条记录 — write a new record from the template"),
    "report": ("gongshi.report_command", "考核报告 — the compliance report"),
    "check-site": ("gongshi.sitecheck", "检查构建好的网站（读网）— check a built site"),
    "codeowners": ("gongshi.codeowners", "生成 CODEOWNERS — print CODEOWNERS from maintainers"),
    "demo": ("gongshi.demo", "生成演示数据 — write a synthetic content tree"),
    "build": ("gongshi.build", "构建网站 — build the site"),
    "import": ("gongshi.exchange.importer", "从 Excel/CSV 导入记录 — import records from a spreadsheet"),
    "export": ("gongshi.exchange.batch", "导出报送数据 — export the batch published or changed since a date"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every available sub-command.

    With ``only``, just that command's module is imported (the others are listed by name), so that a command
    such as an up-to-date ``gongshi build`` does not pay for importing every other one.
    """
    parser = argparse.ArgumentParser(
        prog="gongshi", description="双公示 网站生成与检查 — 双公示 site generator"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if only is not None and name != only:
            sub.add_parser(name, help=help_text, description=help_text, add_help=False)
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        command = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(words[0] if words and words[0] in COMMANDS else None)
    args = parser.parse_args(words)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
