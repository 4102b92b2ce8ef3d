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


_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_OPEN = {yaml.MappingStartEvent: dict, yaml.SequenceStartEvent: list}
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def _refuse(event: yaml.Event) -> None:
    """Raise for what the subset excludes: anchors, aliases and tags."""
    m = event.start_mark
    if isinstance(event, _ALIAS) or getattr(event, "anchor", None):
        raise YamlError(
            m.line + 1,
            m.column + 1,
            "不允许使用锚点或别名（& 和 *）",
            "anchors and aliases (& and *) are not allowed",
        )
    tag = getattr(event, "tag", None)
    if tag not in (None, "!") and tag not in _STD_TAGS:
        raise YamlError(
            m.line + 1, m.column + 1, f"不允许使用标签 {tag}", f"tags such as {tag} are not allowed"
        )


def _parse(text: str, doc: Document) -> Any:
    """Build plain Python values from the parser's event stream, recording where each value and key starts.

    One tight loop over libyaml's events: this is the hot path of validating 100k files.
    """
    loader = _Loader(text)
    values, keys, plain = doc.values, doc.keys, doc.plain
    # each open container: [container, its path, the key awaiting its value (mappings)]
    stack: list[list[Any]] = []
    result: Any = None
    documents = 0
    get_event = loader.get_event
    try:
        while True:
            event = get_event()
            cls = event.__class__
            if cls is _SCALAR or cls in _OPEN:
                if event.anchor or (
                    event.tag is not None and event.tag != "!" and event.tag not in _STD_TAGS
                ):
                    _refuse(event)
                mark = event.start_mark
                pos = (mark.line + 1, mark.column + 1)
                if stack:
                    top = stack[-1]
                    container = top[0]
                    if container.__class__ is dict:
                        if top[2] is None:  # this event is a key
                            top[2] = _key(event, container, top[1], pos, keys)
                            continue
                        path = (*top[1], top[2])
                    else:
                        path = (*top[1], len(container))
                else:
                    path = ()
                values[path] = pos
                if cls is not _SCALAR:
                    if len(stack) >= MAX_DEPTH:
                        raise YamlError(*pos, f"嵌套层数超过 {MAX_DEPTH}", f"nesting deeper than {MAX_DEPTH}")
                    stack.append([_OPEN[cls](), path, None])
                    continue
                if event.style == '"' and _CONTROLS.search(
                    event.value
                ):  # written as an escape such as "\\u0007"
                    raise YamlError(*pos, "含有不可见的控制字符", "contains a control character")
                value = _scalar(event)
                if value.__class__ is not str:
                    plain[path] = event.value
            elif cls in _CLOSE:
                value = stack.pop()[0]
            elif cls is yaml.StreamEndEvent:
                return result
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    m = event.start_mark
                    raise YamlError(
                        m.line + 1,
                        m.column + 1,
                        "一个文件只能有一个 YAML 文档（不要用 ---）",
                        "one YAML document per file",
                    )
                continue
            elif cls is _ALIAS:
                _refuse(event)
            else:
                continue  # stream start, document end
            if not stack:
                result = value
                continue
            top = stack[-1]
            if top[0].__class__ is dict:
                top[0][top[2]] = value
                top[2] = None
            else:
                top[0].append(value)
    finally:
        loader.dispose()


def _key(event: yaml.Event, container: dict, path: KeyPath, pos: Pos, keys: dict[KeyPath, Pos]) -> str:
    """Take a mapping key: a plain scalar, not ``<<``, not seen before in this mapping."""
    if event.__class__ is not _SCALAR:
        raise YamlError(*pos, "键必须是简单文字", "keys must be plain scalars")
    key = event.value
    if key == "<<" and _is_plain(event):
        raise YamlError(*pos, "不允许使用合并键 <<", "merge keys (<<) are not allowed")
    if key in container:
        first = keys[(*path, key)]
        raise YamlError(
            *pos,
            f"键“{key}”重复（第一次出现在第 {first[0]} 行）",
            f"duplicate key '{key}' (first at line {first[0]})",
        )
    keys[(*path, key)] = pos
    container[key] = None  # reserve the key so that order and duplicates are tracked
    return key


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
