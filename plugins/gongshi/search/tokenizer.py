"""The search tokenizer spec; theme/static/js/search/tokenizer.js implements the same spec for the browser.

Spec (both sides must agree exactly; tests/search/data/tokenizer_cases.json pins it):

* normalize: Unicode NFKC, then lower case.
* Han characters are the code points U+3007, U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF and
  U+20000–U+3FFFF (CJK Ext B and later live outside the BMP; everything counts by code point).
* A run of Han characters gives, in index mode, every character and every overlapping pair in position
  order (c1, c1c2, c2, c2c3, …, cn); in query mode only the pairs, or the single character of a one-character
  run. A run of ``[0-9a-z]`` is one token. Every other character separates tokens.
* Query tokens are de-duplicated (first occurrence kept) and combined with AND.
* Identifier key (文号, 许可编号, USCC): normalize; a 文号 typed without brackets whose year (19xx/20xx) is
  followed by whitespace and the number (``上市监罚 2024 0123 号``) gets the year bracketed; drop whitespace,
  fold the brackets 〔〕 [] () 【】 〖〗 to 〔〕, drop 第 before a digit, and drop leading zeros of the number
  before 号.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from itertools import repeat
from operator import itemgetter

HAN_CLASS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_RUN = re.compile(f"([{HAN_CLASS}]+)|([0-9a-z]+)")
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_TWO = re.compile("..", re.DOTALL)
_first, _last = itemgetter(0), itemgetter(-1)
WORD = re.compile("[0-9a-z]+")
# An explicit set, because Python's and JavaScript's \s differ (\x1c-\x1f, \ufeff).
_SPACE = re.compile(
    "[\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+"
)
_SPACE_CLASS = "\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# A 文号 typed without brackets, its year set off by spaces: 上市监罚 2024 123 号, 上市监罚2024 第0123号.
_BARE_YEAR = re.compile(
    f"^[{_SPACE_CLASS}]*([^0-9]*[^0-9{_SPACE_CLASS}])[{_SPACE_CLASS}]*((?:19|20)[0-9]{{2}})"
    f"[{_SPACE_CLASS}]+(第?[0-9]+[{_SPACE_CLASS}]*号)[{_SPACE_CLASS}]*$"
)
_OPEN = re.compile("[\\[(【〖〔]")
_CLOSE = re.compile("[\\])】〗〕]")
_DI = re.compile("第(?=[0-9])")
_ZEROS = re.compile("(^|[^0-9])0+([0-9]+号)")
_DOCNO = re.compile("〔[0-9]{4}〕|[0-9]+号$")
_DIGIT = re.compile("[0-9]")


# Full-width punctuation and the ideographic space: NFKC maps them to ASCII separators, so the token scans
# may turn them into spaces first. Typical Chinese text then passes NFKC's quick check and skips the slow path.
_WIDE_PUNCT = re.compile("[\u3000\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]")


def normalize(text: str) -> str:
    """NFKC, then lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def scan_text(text: str) -> str:
    """Text with the same tokens as ``normalize(text)``, computed faster."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKC", _WIDE_PUNCT.sub(" ", text)).lower()


def index_tokens(text: str) -> list[str]:
    """Document-side tokens in position order, duplicates kept."""
    out: list[str] = []
    for han, word in _RUN.findall(normalize(text)):
        if word:
            out.append(word)
            continue
        last = len(han) - 1
        for i in range(last):
            out.append(han[i])
            out.append(han[i : i + 2])
        out.append(han[last])
    return out


def _run_token_set(s: str, every_char: bool) -> set[str]:
    """ASCII runs, the pairs of every Han run, and either every Han character or those at run edges.

    The pairs of a run are its two-character pieces from offset 0 and from offset 1: two C-level scans of
    a trivial pattern instead of a look-ahead tried at every position of the text.
    """
    runs = _HAN_RUN.findall(s)
    out = set(WORD.findall(s))
    pairs = _TWO.findall
    out.update(*map(pairs, runs), *map(pairs, runs, repeat(1, len(runs))))
    if every_char:
        out.update(*runs)
    else:
        out.update(map(_first, runs), map(_last, runs))
    return out


def index_token_set(text: str) -> set[str]:
    """The distinct index tokens, computed by C-level scans (same set as ``index_tokens``)."""
    return _run_token_set(scan_text(text), True)


def text_token_set(text: str) -> set[str]:
    """Index tokens kept for long text: the query-mode tokens plus the first and last character of every
    Han run. A query's one-character run (``2000元``, ``…》第``, ``。擸…``) is usually a phrase cut at
    punctuation or digits, so its character sits at an edge of a run in the text too."""
    return _run_token_set(scan_text(text), False)


def query_tokens(text: str) -> list[str]:
    """Query-side tokens (Han pairs, a lone Han character, ASCII runs), de-duplicated, to be AND-ed."""
    out: dict[str, None] = {}
    for han, word in _RUN.findall(normalize(text)):
        if word:
            out[word] = None
        elif len(han) == 1:
            out[han] = None
        else:
            for i in range(len(han) - 1):
                out[han[i : i + 2]] = None
    return list(out)


def canonical_docno(text: str) -> str:
    """Identifier key: ``上市监罚 [2024] 第0123 号`` and ``上市监罚〔2024〕123号`` give the same string."""
    if text.isascii() and text.isalnum():
        return text.lower()  # a USCC or licence number: nothing else would change it
    s = _BARE_YEAR.sub(r"\1〔\2〕\3", normalize(text))
    s = _SPACE.sub("", s)
    s = _CLOSE.sub("〕", _OPEN.sub("〔", s))
    return _ZEROS.sub(r"\1\2", _DI.sub("", s))


identifier_key = canonical_docno


def looks_like_docno(query: str) -> bool:
    """True when the query reads as a 文号: a bracketed four-digit year, or a number ending in 号."""
    return bool(_DOCNO.search(canonical_docno(query)))


def looks_like_identifier(query: str) -> bool:
    """True when an identifier lookup is worth a fetch: a key of four or more characters with a digit."""
    key = canonical_docno(query)
    return len(key) >= 4 and bool(_DIGIT.search(key))


def utf16_key(text: str) -> bytes:
    """Sort key that orders strings as JavaScript compares them (by UTF-16 code unit)."""
    return text.encode("utf-16-be", "surrogatepass")


def bucket_hash(token: str) -> int:
    """CRC-32 (as zlib, PNG, gzip) of the UTF-8 bytes: stable, and computed in C on the Python side."""
    return zlib.crc32(token.encode("utf-8"))
