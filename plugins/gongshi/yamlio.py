"""A hardened YAML loader for records: a safe subset, with every node's position kept.

Refused: anchors and aliases (so no alias bombs), duplicate keys, explicit tags, files that are not UTF-8 and
files over a size limit. Scalars resolve as YAML 1.2 core would (true/false, null, ints, decimals); dates stay
strings so that JSON Schema sees what the clerk typed, and non-integer numbers load as ``Decimal``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 32

Pos = tuple[int, int]
KeyPath = tuple[str | int, ...]

_INT = re.compile(r"^[-+]?[0-9]+$")
_FLOAT = re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9]+[eE][-+]?[0-9]+$")
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_STD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


class YamlError(Exception):
    """The file is not acceptable YAML; carries a 1-based position and bilingual text."""

    def __init__(self, line: int, col: int, zh: str, en: str):
        super().__init__(f"{line}:{col}: {zh} — {en}")
        self.line, self.col, self.zh, self.en = line, col, zh, en


@dataclass
class Document:
    """Loaded data plus the position of every value (``values``) and mapping key (``keys``)."""

    data: Any
    values: dict[KeyPath, Pos] = field(default_factory=dict)
    keys: dict[KeyPath, Pos] = field(default_factory=dict)
    # the text of plain scalars that resolved to a number, bool or null, so a string field keeps what was typed
    plain: dict[KeyPath, str] = field(default_factory=dict)
    text: str = ""

    def pos(self, path: KeyPath) -> Pos:
        """Position of the value at ``path``, else of its key, else of the nearest ancestor."""
        for p in (path[:i] for i in range(len(path), -1, -1)):
            if p in self.values:
                return self.values[p]
        return (1, 1)

    def key_pos(self, path: KeyPath) -> Pos:
        """Position of the key naming ``path`` (falls back to the value's position)."""
        return self.keys.get(path) or self.pos(path)


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """Read a file as strict UTF-8 (BOM allowed), refusing it above ``limit`` bytes before reading it."""
    size = path.stat().st_size
    if size > limit:
        raise YamlError(
            1,
            1,
            f"文件过大（{size} 字节，上限 {limit} 字节）",
            f"file too large ({size} bytes, limit {limit})",
        )
    raw = path.read_bytes()
    if len(raw) > limit:  # grew between stat and read
        raise YamlError(1, 1, "文件过大", "file too large")
    return decode(raw)


def decode(raw: bytes) -> str:
    """Decode strict UTF-8, naming the line and column of the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlError(
            line,
            col,
            "文件不是 UTF-8 编码（请在编辑器中另存为 UTF-8）",
            "file is not UTF-8 encoded (save it as UTF-8)",
        ) from None
    return text.removeprefix("\ufeff")


def load_file(path: Path, limit: int = MAX_FILE_BYTES) -> Document:
    """Load one YAML file into a :class:`Document`."""
    return loads(read_text(path, limit))


def loads(text: str) -> Document:
    """Parse YAML text into a :class:`Document`; raises :class:`YamlError` on anything outside the subset."""
    _check_controls(text)
    doc = Document(data=None, text=text)
    try:
        doc.data = _parse(text, doc)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(line, col, "YAML 语法错误", f"YAML syntax error: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, 1, "YAML 语法错误", f"YAML syntax error: {exc}") from None
    return doc


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _check_controls(text: str) -> None:
    """Refuse invisible control characters (they hide text from reviewers and break exports)."""
    found = _CONTROLS.search(text)
    if found:
        i, o = found.start(), ord(found.group())
        before = text[:i]
        line = before.count("\n") + 1
        col = i - (before.rfind("\n") + 1) + 1
        raise YamlError(
            line, col, f"含有不可见的控制字符 U+{o:04X}", f"contains the control character U+{o:04X}"
        )


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's event parser when available


def _parse(text: str, doc: Document) -> Any:
    """Build plain Python values from the parser's event stream, refusing what the subset excludes."""
    loader = _Loader(text)
    try:
        builder = _Builder(doc)
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                return builder.result
            builder.feed(event)
    finally:
        loader.dispose()


class _Builder:
    """Turns parser events into values, recording where each value and key starts."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.stack: list[tuple[Any, KeyPath, list[Any]]] = []  # (container, path, [pending key, key pos])
        self.result: Any = None
        self.documents = 0

    def feed(self, event: yaml.Event) -> None:
        line, col = event.start_mark.line + 1, event.start_mark.column + 1
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise YamlError(
                    line, col, "一个文件只能有一个 YAML 文档（不要用 ---）", "one YAML document per file"
                )
            return
        if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
            return
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlError(
                line, col, "不允许使用锚点或别名（& 和 *）", "anchors and aliases (& and *) are not allowed"
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in _STD_TAGS:
            raise YamlError(line, col, f"不允许使用标签 {tag}", f"tags such as {tag} are not allowed")
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            value, path, _ = self.stack.pop()
            self._place(value, path)
            return
        if self.stack and isinstance(self.stack[-1][0], dict) and self.stack[-1][2][0] is None:
            self._take_key(event, line, col)
            return
        path = self._child_path()
        self.doc.values[path] = (line, col)
        if isinstance(event, yaml.ScalarEvent):
            if event.style == '"' and _CONTROLS.search(event.value):  # written as an escape such as "\\u0007"
                raise YamlError(line, col, "含有不可见的控制字符", "contains a control character")
            value = _scalar(event)
            if not isinstance(value, str):
                self.doc.plain[path] = event.value
            self._place(value, path)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            if len(self.stack) >= MAX_DEPTH:
                raise YamlError(line, col, f"嵌套层数超过 {MAX_DEPTH}", f"nesting deeper than {MAX_DEPTH}")
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            self.stack.append((container, path, [None, None]))

    def _take_key(self, event: yaml.Event, line: int, col: int) -> None:
        container, path, pending = self.stack[-1]
        if not isinstance(event, yaml.ScalarEvent):
            raise YamlError(line, col, "键必须是简单文字", "keys must be plain scalars")
        key = event.value
        if key == "<<" and _is_plain(event):
            raise YamlError(line, col, "不允许使用合并键 <<", "merge keys (<<) are not allowed")
        if key in container:
            first = self.doc.keys[(*path, key)]
            raise YamlError(
                line,
                col,
                f"键“{key}”重复（第一次出现在第 {first[0]} 行）",
                f"duplicate key '{key}' (first at line {first[0]})",
            )
        self.doc.keys[(*path, key)] = (line, col)
        container[key] = None  # reserve the key so that order and duplicates are tracked
        pending[0] = key

    def _child_path(self) -> KeyPath:
        if not self.stack:
            return ()
        container, path, pending = self.stack[-1]
        if isinstance(container, dict):
            return (*path, pending[0])
        return (*path, len(container))

    def _place(self, value: Any, path: KeyPath) -> None:
        if not self.stack:
            self.result = value
            return
        container, _, pending = self.stack[-1]
        if isinstance(container, dict):
            container[pending[0]] = value
            pending[0] = None
        else:
            container.append(value)


def _scalar(event: yaml.ScalarEvent) -> Any:
    value = event.value
    if not _is_plain(event) or event.tag == "tag:yaml.org,2002:str":
        return value  # quoted or block scalar, or explicitly tagged !!str: always a string
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        try:
            return Decimal(value)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
            return value
    return value


def _is_plain(event: yaml.ScalarEvent) -> bool:
    """True for an unquoted, untagged scalar (its type comes from its text)."""
    return not event.style and event.implicit[0]
