"""Phone numbers: every Vietnamese way of writing one number is one E.164 number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.domain.phones import (
    is_valid_phone,
    mask_phone,
    mask_stored_phone,
    normalise_phone,
    phone_search_keys,
)

MOBILE = "+84912345678"
LANDLINE = "+842838234567"  # Hồ Chí Minh City, area code 028


@pytest.mark.parametrize(
    "raw",
    [
        "0912 345 678",
        "0912.345.678",
        "0912-345-678",
        "0912345678",
        "091 234 5678",
        "+84 912 345 678",
        "+84912345678",
        "84912345678",
        "84-912-345-678",
        "(+84) 912345678",
        "+84 (0) 912 345 678",
        "0084 912 345 678",
        "  0912 345 678  ",
        "tel:0912345678",
        "0912345678 ext 12",
        "0912 345 678 máy lẻ 12",
        "０９１２ ３４５ ６７８",  # full-width digits from a Vietnamese IME
    ],
)
def test_vietnamese_mobile_forms(raw: str) -> None:
    assert normalise_phone(raw) == MOBILE


@pytest.mark.parametrize(
    "raw",
    [
        "028 3823 4567",
        "(028) 3823-4567",
        "028.3823.4567",
        "+84 28 3823 4567",
        "84 28 3823 4567",
    ],
)
def test_vietnamese_landline_forms(raw: str) -> None:
    assert normalise_phone(raw) == LANDLINE


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+1 650 253 0000", "+16502530000"),
        ("+44 20 7946 0958", "+442079460958"),
        ("+65 6123 4567", "+6561234567"),
        ("0044 20 7946 0958", "+442079460958"),
    ],
)
def test_foreign_numbers_with_a_country_code(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


def test_default_region_reads_numbers_without_a_country_code() -> None:
    assert normalise_phone("(650) 253-0000", default_region="US") == "+16502530000"
    assert normalise_phone("020 7946 0958", default_region="GB") == "+442079460958"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("0168 123 4567", "+84381234567"),
        ("01234567890", "+84834567890"),
        ("+84 199 123 4567", "+84591234567"),
    ],
)
def test_old_eleven_digit_mobile_numbers_are_read_as_their_new_numbers(old: str, new: str) -> None:
    assert normalise_phone(old) == new


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "abc",
        "0912 ABC DEF",  # letters are typos here, not vanity numbers
        "call me on 0912345678",
        "12",
        "0912 345 67",
        "0912345678/0913456789",
        "09123456789999",
        "+",
        "0" * 200,
        "nguyen.van.a@example.com",
    ],
)
def test_junk_is_none(raw: str) -> None:
    assert normalise_phone(raw) is None
    assert not is_valid_phone(raw)
    assert phone_search_keys(raw) == []


def test_mask_shows_country_code_and_last_three_digits() -> None:
    assert mask_phone(MOBILE) == "+84 ••• ••• 678"
    assert mask_phone(LANDLINE) == "+84 ••• ••• 567"
    assert mask_phone("+16502530000") == "+1 ••• ••• 000"
    assert mask_phone("0912 345 678") == "+84 ••• ••• 678"


@pytest.mark.parametrize(
    "stored",
    [
        MOBILE,
        LANDLINE,
        "+16502530000",
        "+33142685300",
        "+4930123456",
        "+8613812345678",
        "+85291234567",
    ],
)
def test_stored_mask_is_the_checked_mask_for_valid_numbers(stored: str) -> None:
    assert mask_stored_phone(stored) == mask_phone(stored)


@pytest.mark.parametrize(
    "stored",
    ["0912345678", "84912345678", "+84 912 345 678", "+0912345678", "+99912345678", "", "+84"],
)
def test_stored_mask_of_anything_but_e164_is_the_bare_mask(stored: str) -> None:
    assert mask_stored_phone(stored) == "••• •••"


def test_stored_mask_of_an_invalid_e164_number_still_hides_it() -> None:
    # Imported, and not a valid number by the metadata: the country code and the last
    # three digits, like any other.
    assert mask_stored_phone("+84100000123") == "+84 ••• ••• 123"


def test_mask_refuses_junk() -> None:
    with pytest.raises(ValidationError) as caught:
        mask_phone("0912 ABC DEF")
    assert "0912" not in str(caught.value)


def test_search_keys() -> None:
    assert phone_search_keys("0912.345.678") == [MOBILE, "912345678", "0912345678"]
    assert phone_search_keys("028 3823 4567") == [LANDLINE, "2838234567", "02838234567"]
    assert phone_search_keys("+1 650 253 0000") == ["+16502530000", "6502530000"]


# Prefixes of Vietnamese mobile networks that libphonenumber knows in full (089 only in part).
_VN_MOBILE_PREFIXES = [
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "38",
    "39",
    "56",
    "58",
    "59",
    "70",
    "76",
    "77",
    "78",
    "79",
    "81",
    "82",
    "83",
    "84",
    "85",
    "86",
    "88",
    "90",
    "91",
    "93",
    "94",
    "96",
    "97",
    "98",
]


@st.composite
def vietnamese_mobiles(draw: st.DrawFn) -> str:
    """The national significant number of a Vietnamese mobile: 9 digits."""
    prefix = draw(st.sampled_from(_VN_MOBILE_PREFIXES))
    return prefix + draw(st.text(alphabet="0123456789", min_size=7, max_size=7))


def _forms(nsn: str) -> list[str]:
    national = "0" + nsn
    a, b, c = national[:4], national[4:7], national[7:]
    return [
        national,
        f"{a} {b} {c}",
        f"{a}.{b}.{c}",
        f"{a}-{b}-{c}",
        f"+84 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
        f"+84{nsn}",
        f"84{nsn}",
        f"(+84) {nsn}",
        f"0084{nsn}",
        f"+84 (0) {nsn}",
        f" {national} ",
    ]


@given(vietnamese_mobiles())
def test_every_vietnamese_form_of_one_number_is_the_same_e164(nsn: str) -> None:
    results = {normalise_phone(form) for form in _forms(nsn)}
    assert results == {f"+84{nsn}"}
    masked = mask_phone(f"+84{nsn}")
    assert masked == f"+84 ••• ••• {nsn[-3:]}"
    assert phone_search_keys(_forms(nsn)[1])[0] == f"+84{nsn}"


@given(st.text(max_size=80))
def test_phone_functions_never_raise_on_arbitrary_text(text: str) -> None:
    result = normalise_phone(text)
    assert result is None or (result.startswith("+") and result[1:].isdigit())
    keys = phone_search_keys(text)
    assert (result is None) == (keys == [])
    if result is not None:
        assert normalise_phone(result) == result  # E.164 is a fixed point
        assert mask_phone(result).endswith(result[-3:])
