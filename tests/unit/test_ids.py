"""Check digits against the published examples of domain-notes.md §4."""

from __future__ import annotations

import pytest

from gongshi.ids import (
    is_valid_id_number,
    is_valid_org_code,
    is_valid_reg_no,
    is_valid_uscc,
    luhn_ok,
    org_code_check_char,
    uscc_check_char,
)


@pytest.mark.parametrize(
    "code",
    [
        "11420000MB15291767",
        "11341700MB1915595L",
        "113417030032499282",
        "11230500001755309F",
        "121200004013590816",
        "91110000600037341L",
        "91110000710926094P",
        "91110116589133454J",
        "9144030071526726XG",
        "91110116589133454j",  # lower case is normalised
    ],
)
def test_real_usccs_pass(code: str) -> None:
    assert is_valid_uscc(code)


@pytest.mark.parametrize(
    "code", ["9111000060003IOZSV", "91110000600037341N", "00000000000000000X", "9111000060003734", ""]
)
def test_bad_usccs_fail(code: str) -> None:
    assert not is_valid_uscc(code)


def test_uscc_may_start_with_a_letter() -> None:
    for head in ("A1410106MA456789", "N2410106MA456789", "Y1410106MA456789"):
        body = head + "0"
        code = body + uscc_check_char(body)
        assert is_valid_uscc(code), code


def test_org_code_check_char_edges() -> None:
    assert is_valid_org_code("MB1529176") and is_valid_org_code("MB152917-6")
    # find a body whose check value is 10 (X) and one whose value is 11 (0)
    seen = {org_code_check_char(f"{n:08d}") for n in range(200)}
    assert {"X", "0"} <= seen
    assert not is_valid_org_code("MA4567891")


def test_reg_no_and_id_number() -> None:
    assert is_valid_reg_no("110116014537771") and not is_valid_reg_no("110116014537772")
    for good in ("11010519491231002X", "440524188001010014", "360426199101010071", "11010519491231002x"):
        assert is_valid_id_number(good)
    assert not is_valid_id_number("110105194912310021")
    assert not is_valid_id_number("410106********123X")


def test_luhn() -> None:
    assert luhn_ok("6222021234567890128") and not luhn_ok("6222021234567890129")
