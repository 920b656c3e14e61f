"""Card numbers are found wherever they hide and never shown; cards show brand, last 4, expiry."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.cards import (
    CardExpiry,
    CardSummary,
    contains_card_number,
    describe_card,
    ensure_no_card_number,
    find_card_numbers,
    find_card_spans,
    format_expiry,
    luhn_check_digit,
    luhn_valid,
    mask_card,
    masked_pan,
    redact_card_numbers,
)
from clb4u_desk.domain.errors import CardNumberError, ValidationError

VISA = "4111111111111111"
MASTERCARD = "5555555555554444"
AMEX = "378282246310005"  # 15 digits
NAPAS = "9704" + "000000000001"  # a Vietnamese domestic card prefix


def with_check_digit(partial: str) -> str:
    return partial + luhn_check_digit(partial)


# --------------------------------------------------------------------------- Luhn


@pytest.mark.parametrize("number", [VISA, MASTERCARD, AMEX, "79927398713", "4012888888881881"])
def test_known_numbers_pass_luhn(number: str) -> None:
    assert luhn_valid(number)


@pytest.mark.parametrize("number", ["4111111111111112", "79927398710", "1234567812345678"])
def test_wrong_check_digit_fails_luhn(number: str) -> None:
    assert not luhn_valid(number)


@pytest.mark.parametrize("text", ["", "0", "4111 1111 1111 1111", "4111-1111", "abc", "٤١١١١١"])
def test_luhn_refuses_anything_but_ascii_digits(text: str) -> None:
    assert not luhn_valid(text)


def test_check_digit_completes_a_number() -> None:
    assert with_check_digit(VISA[:-1]) == VISA
    with pytest.raises(ValueError, match="ASCII digits only"):
        luhn_check_digit("12a")


@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_exactly_one_check_digit_fits(partial: str) -> None:
    fitting = [d for d in "0123456789" if luhn_valid(partial + d)]
    assert fitting == [luhn_check_digit(partial)]


# --------------------------------------------------------------------------- finding


@pytest.mark.parametrize(
    "text",
    [
        VISA,
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "thẻ của tôi là 4111 1111 1111 1111, hết hạn 12/27",
        "card:4111111111111111.",
        "4111\u00a01111\u00a01111\u00a01111",  # non-breaking spaces from a web page
        "4111–1111–1111–1111",  # en dashes from a word processor
        "４１１１１１１１１１１１１１１１",  # full-width digits
    ],
)
def test_visa_is_found_in_any_usual_shape(text: str) -> None:
    assert find_card_numbers(text) == [VISA]
    assert contains_card_number(text)


def test_amex_grouping_is_found() -> None:
    assert find_card_numbers("Amex 3782 822463 10005") == [AMEX]


def test_thirteen_and_nineteen_digits_are_card_lengths() -> None:
    thirteen = with_check_digit("422222222222")
    nineteen = with_check_digit("970400000000000000")
    assert find_card_numbers(f"a {thirteen} b {nineteen}") == [thirteen, nineteen]


def test_twelve_and_twenty_digit_luhn_valid_runs_are_not_cards() -> None:
    twelve = with_check_digit("41111111111")
    twenty = with_check_digit("4111111111111111111")
    assert luhn_valid(twelve)
    assert luhn_valid(twenty)
    assert find_card_numbers(twelve) == []
    assert find_card_numbers(twenty) == []


def test_a_card_inside_a_longer_digit_run_is_not_found() -> None:
    assert find_card_numbers("9" + VISA) == []
    assert find_card_numbers(VISA + "0") == []
    assert find_card_numbers("00" + VISA + "00") == []


def test_groups_joined_by_two_spaces_or_other_marks_are_separate() -> None:
    assert find_card_numbers("4111  1111  1111  1111") == []
    assert find_card_numbers("4111.1111.1111.1111") == []
    assert find_card_numbers("4111/1111/1111/1111") == []


def test_a_number_before_a_grouped_card_does_not_hide_it() -> None:
    assert find_card_numbers("ref 12 4111 1111 1111 1111") == [VISA]
    assert find_card_numbers("4111 1111 1111 1111 5") == [VISA]


def test_several_cards_are_found_in_order() -> None:
    text = f"first {MASTERCARD}; second {AMEX}; third 4111-1111-1111-1111"
    assert find_card_numbers(text) == [MASTERCARD, AMEX, VISA]
    assert len(find_card_spans(text)) == 3


def test_spans_point_at_the_number_with_its_separators() -> None:
    text = "số thẻ 4111 1111 1111 1111 nhé"
    [(start, end)] = find_card_spans(text)
    assert text[start:end] == "4111 1111 1111 1111"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Nguyễn Văn A, 0912 345 678",
        "hóa đơn 1.500.000 ₫ ngày 05/03/2026",
        "mã bưu chính 700000",
        "4111111111111112",  # Luhn fails
        "CCCD 001089012345",  # 12 digits
    ],
)
def test_ordinary_text_holds_no_card(text: str) -> None:
    assert find_card_numbers(text) == []
    ensure_no_card_number(text, "customers.csv line 2 column notes")


def test_ensure_names_the_place_and_never_the_number() -> None:
    where = "customers.csv line 4 column notes"
    with pytest.raises(CardNumberError) as caught:
        ensure_no_card_number(f"paid with {VISA}", where)
    message = str(caught.value)
    assert where in message
    assert VISA not in message
    assert "1111" not in message
    assert isinstance(caught.value, ValidationError)


def test_redact_replaces_every_card_and_keeps_the_rest() -> None:
    text = f"A {VISA} B 3782 822463 10005 C"
    assert redact_card_numbers(text, "[X]") == "A [X] B [X] C"
    assert redact_card_numbers("nothing here") == "nothing here"


def luhn_valid_numbers(length: int = 16) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=length - 1, max_size=length - 1).map(
        with_check_digit
    )


def group(number: str, separator: str, size: int = 4) -> str:
    return separator.join(number[i : i + size] for i in range(0, len(number), size))


# Text around the number that does not itself run into it: it starts and ends
# with something other than a digit, space or hyphen.
_SURROUNDING = st.text(
    alphabet=st.characters(
        blacklist_categories=("Nd", "Cs"), blacklist_characters=" -\u00a0\u2013"
    ),
    max_size=30,
)


@given(luhn_valid_numbers(), st.sampled_from(["", " ", "-"]), _SURROUNDING, _SURROUNDING)
def test_any_luhn_valid_16_digit_number_in_text_is_found(
    number: str, separator: str, before: str, after: str
) -> None:
    text = f"{before}{group(number, separator) if separator else number}{after}"
    assert find_card_numbers(text) == [number]
    with pytest.raises(CardNumberError) as caught:
        ensure_no_card_number(text, "the notes")
    assert number not in str(caught.value)


@given(luhn_valid_numbers())
def test_redacted_text_holds_no_card(number: str) -> None:
    redacted = redact_card_numbers(f"x {group(number, ' ')} y")
    assert not contains_card_number(redacted)
    assert number[:12] not in redacted.replace(" ", "")


@given(st.text(max_size=300))
def test_finding_never_raises_and_finds_only_card_shaped_digits(text: str) -> None:
    for digits in find_card_numbers(text):
        assert 13 <= len(digits) <= 19
        assert luhn_valid(digits)


# --------------------------------------------------------------------------- showing


def test_mask_card_is_language_neutral() -> None:
    assert mask_card("Visa", "1111", 12, 2027) == "Visa •••• 1111, 12/2027"
    assert mask_card("Visa", "1111") == "Visa •••• 1111"
    assert mask_card("", "1111", 1, 2030) == "•••• 1111, 01/2030"


def test_describe_card_in_vietnamese_and_english() -> None:
    assert describe_card("Visa", "1111", 12, 2027) == "Visa •••• 1111, hết hạn 12/2027"
    assert describe_card("Visa", "1111", 12, 27, language="en") == "Visa •••• 1111, expires 12/2027"
    with pytest.raises(ValueError, match="language must be one of"):
        describe_card("Visa", "1111", language="fr")


def test_helpers() -> None:
    assert masked_pan("0042") == "•••• 0042"
    assert format_expiry(3, 28) == "03/2028"
    assert format_expiry(3, 2028) == "03/2028"


@pytest.mark.parametrize("last4", ["111", "11111", "11a1", "", "١١١١", " 1111"])
def test_last4_must_be_four_ascii_digits(last4: str) -> None:
    with pytest.raises(ValidationError):
        masked_pan(last4)
    with pytest.raises(ValidationError):
        CardSummary("Visa", last4)


@pytest.mark.parametrize(("month", "year"), [(0, 2027), (13, 2027), (12, 1999), (12, 2100)])
def test_impossible_expiry_is_refused(month: int, year: int) -> None:
    with pytest.raises(ValidationError):
        CardExpiry(month, year)
    with pytest.raises(ValidationError):
        mask_card("Visa", "1111", month, year)


def test_a_brand_holding_a_card_number_is_refused() -> None:
    with pytest.raises(CardNumberError) as caught:
        mask_card(f"Visa {VISA}", "1111")
    assert VISA not in str(caught.value)
    with pytest.raises(ValidationError):
        CardSummary("x" * 41, "1111")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/2027", CardExpiry(12, 2027)),
        ("12/27", CardExpiry(12, 2027)),
        ("1-2030", CardExpiry(1, 2030)),
        ("2027-12", CardExpiry(12, 2027)),
        (" 05 / 29 ", CardExpiry(5, 2029)),
    ],
)
def test_expiry_is_read_from_export_shapes(text: str, expected: CardExpiry) -> None:
    assert CardExpiry.parse(text) == expected


@pytest.mark.parametrize("text", ["", "13/2027", "12", "december 2027", "12/2027/1"])
def test_unreadable_expiry_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        CardExpiry.parse(text)


def test_expiry_runs_through_the_last_day_of_its_month() -> None:
    expiry = CardExpiry(2, 2028)
    assert not expiry.is_expired(date(2028, 2, 29))
    assert expiry.is_expired(date(2028, 3, 1))
    assert not expiry.is_expired(date(2027, 12, 31))


def test_card_summary() -> None:
    card = CardSummary("  Master   Card ", "4444", CardExpiry(6, 2026))
    assert card.brand == "Master Card"
    assert card.masked() == "Master Card •••• 4444, 06/2026"
    assert card.describe() == "Master Card •••• 4444, hết hạn 06/2026"
    assert card.describe("en") == "Master Card •••• 4444, expires 06/2026"
    assert CardSummary("Visa", "1111").describe() == "Visa •••• 1111"
    with pytest.raises(AttributeError):
        card.last4 = "0000"  # type: ignore[misc]


@given(
    luhn_valid_numbers(),
    st.sampled_from(["Visa", "Mastercard", "JCB", ""]),
    st.integers(1, 12),
    st.integers(2000, 2099),
    st.sampled_from(["vi", "en"]),
)
def test_masking_never_shows_more_than_four_digits_of_the_number(
    number: str, brand: str, month: int, year: int, language: str
) -> None:
    expiry = format_expiry(month, year)
    for shown in (
        mask_card(brand, number[-4:], month, year),
        describe_card(brand, number[-4:], month, year, language=language),
    ):
        assert shown.endswith(expiry)
        digits = re.sub(r"\D", "", shown[: -len(expiry)])
        assert digits == number[-4:]
        assert number[:-4] not in re.sub(r"\D", "", shown)
