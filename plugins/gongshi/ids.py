"""Check digits of Chinese identifiers: USCC (GB 32100), 组织机构代码 (GB 11714),
15-digit 工商注册号 (ISO 7064 MOD 11,10), 居民身份证号 (GB 11643), bank cards (Luhn)."""

from __future__ import annotations

import re

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_SHAPE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_SHAPE = re.compile(r"^[0-9A-Z]{8}[0-9X]$")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def uscc_check_char(first17: str) -> str:
    """Return the GB 32100 check character for the first 17 characters."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def is_valid_uscc(code: str) -> bool:
    """True for an 18-character 统一社会信用代码 with a correct check character (case-insensitive)."""
    code = code.upper()
    return bool(_USCC_SHAPE.match(code)) and uscc_check_char(code[:17]) == code[17]


def org_code_check_char(first8: str) -> str:
    """Return the GB 11714 check character for the first 8 characters of an 组织机构代码."""
    total = sum(_char_value(c) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def is_valid_org_code(code: str) -> bool:
    """True for a 9-character 组织机构代码 (an optional hyphen before the check character is accepted)."""
    code = code.upper().replace("-", "")
    return bool(_ORG_SHAPE.match(code)) and org_code_check_char(code[:8]) == code[8]


def reg_no_check_digit(first14: str) -> str:
    """Return the ISO 7064 MOD 11,10 check digit for a 15-digit 工商注册号."""
    p = 10
    for ch in first14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def is_valid_reg_no(code: str) -> bool:
    """True for a 15-digit 工商注册号 whose last digit is its MOD 11,10 check digit."""
    return len(code) == 15 and code.isascii() and code.isdigit() and reg_no_check_digit(code[:14]) == code[14]


def id_check_char(first17: str) -> str:
    """Return the GB 11643 check character of a 居民身份证号."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def is_valid_id_number(code: str) -> bool:
    """True for an 18-character 居民身份证号 whose check character is right."""
    code = code.upper()
    return (
        len(code) == 18
        and code[:17].isascii()
        and code[:17].isdigit()
        and (code[17].isdigit() or code[17] == "X")
        and id_check_char(code[:17]) == code[17]
    )


def luhn_ok(digits: str) -> bool:
    """True when a digit string passes the Luhn check used by bank cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _char_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10
