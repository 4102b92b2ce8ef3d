"""Formatting of record values for people: dates, 长期, amounts in 元, paragraphs."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..lifecycle import LONG_TERM

Paragraphs = tuple[tuple[str, ...], ...]

_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
# Characters XML 1.0 forbids (a YAML double-quoted string may still carry them).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CENT = Decimal("0.01")


def long_term(value: object) -> str:
    """A date as shown; 2099-12-31 means 长期."""
    text = str(value)
    return "长期" if text == LONG_TERM else text


def yuan(value: object) -> str:
    """An amount in 元 with thousands separators, computed in Decimal (``5000`` → ``5,000``)."""
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not amount.is_finite():
        return str(value)
    if amount == amount.to_integral_value():
        return f"{amount.quantize(Decimal(1)):,}"
    if amount.as_tuple().exponent > -2:  # type: ignore[operator]
        amount = amount.quantize(_CENT)
    return f"{amount:,}"


def paragraphs(value: object) -> Paragraphs:
    """Plain text as paragraphs of lines: blank lines split paragraphs, single newlines stay line breaks."""
    text = value.strip() if isinstance(value, str) else str(value).strip()
    if "\n" not in text and "\r" not in text:
        return ((text,),) if text else ()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for block in _BLANK_LINE.split(text):
        lines = tuple(line.strip() for line in block.strip().split("\n"))
        if any(lines):
            out.append(tuple(line for line in lines if line))
    return tuple(out)


def one_line(value: object) -> str:
    """Text on one line (for titles, feeds and meta tags)."""
    return " ".join(str(value).split())


def xml_safe(value: object) -> str:
    """Text without the characters XML 1.0 cannot carry."""
    return _XML_ILLEGAL.sub("", str(value))
