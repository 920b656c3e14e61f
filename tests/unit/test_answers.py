"""Knowledge answers: read the way agents type them, never a false match on junk."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.answers import answers_match, parse_amount_vnd, parse_vn_date
from clb4u_desk.domain.identity import KnowledgeFact

# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    "text",
    [
        "1500000",
        "1.500.000",
        "1,500,000",
        "1 500 000",
        "1\u00a0500\u00a0000",
        "1.500.000 ₫",
        "1.500.000₫",
        "₫1.500.000",
        "1.500.000đ",
        "1.500.000 đ",
        "1 500 000 VND",
        "1.500.000 VNĐ",
        "VND 1,500,000",
        "1.500.000 đồng",
        "1.500.000 dong",
        "1.500.000,00",
        "1,500,000.00",
        "1500000.00",
        "1,5 triệu",
        "1.5 triệu",
        "1,5 trieu",
        "1,5tr",
        "1,5 TRIỆU ĐỒNG",
        "1500 nghìn",
        "1.500 ngàn",
        "1500k",
        "  1.500.000 ₫  ",
        "１.５００.０００",
    ],
)
def test_amount_shapes_of_one_and_a_half_million(text: str) -> None:
    assert parse_amount_vnd(text) == 1_500_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.500", 1_500),
        ("1,500", 1_500),
        ("999", 999),
        ("2 triệu", 2_000_000),
        ("1,2 tỷ", 1_200_000_000),
        ("1,25 tỷ", 1_250_000_000),
        ("500k", 500_000),
        ("12.345.678 ₫", 12_345_678),
        ("1,234 triệu", 1_234_000_000),  # three digits after the mark: thousands, as always
    ],
)
def test_other_amounts(text: str, expected: int) -> None:
    assert parse_amount_vnd(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "₫",
        "abc",
        "1,5",  # one and a half of what? without a word it is ambiguous
        "1500,5",  # fractions of a đồng do not exist
        "1.50",
        "1.500,000",  # mixed separators
        "1.500.00",
        "15.00.000",  # groups that are not thousands
        "1,5000",
        "-1.500.000",
        "+1.500.000",
        "0",
        "1 triệu 500",
        "khoảng 1,5 triệu",
        "1,5 triệu $",
        "1,5 pounds",
        "$1,500,000",
        "1.500.000 USD",
        "1234567890123456",  # sixteen digits: not an invoice
    ],
)
def test_junk_and_ambiguous_amounts_are_none(text: str) -> None:
    assert parse_amount_vnd(text) is None


@given(
    st.integers(1, 10**12),
    st.sampled_from([".", ",", " ", ""]),
    st.sampled_from(["", " ₫", "đ", " VND", " VNĐ", " đồng"]),
)
def test_any_grouped_amount_reads_back(amount: int, separator: str, currency: str) -> None:
    grouped = f"{amount:,}".replace(",", separator)
    assert parse_amount_vnd(grouped + currency) == amount


# --------------------------------------------------------------------------- dates


MARCH_5 = date(2026, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "05/03/2026",
        "5/3/2026",
        "05-03-2026",
        "5-3-2026",
        "05.03.2026",
        "5/3/26",
        "2026-03-05",
        "2026/3/5",
        "5 tháng 3 năm 2026",
        "ngày 5 tháng 3 năm 2026",
        "ngày 5 tháng 3, 2026",
        "Ngày 05 tháng 03 năm 2026.",
        "ngay 5 thang 3 nam 2026",
        "5 tháng 3/2026",
        unicodedata.normalize("NFD", "ngày 5 tháng 3 năm 2026"),
        " 05 / 03 / 2026 ",
    ],
)
def test_date_shapes_of_5_march_2026(text: str) -> None:
    assert parse_vn_date(text) == MARCH_5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hôm qua",
        "31/02/2026",
        "29/02/2025",
        "00/03/2026",
        "05/13/2026",  # day first: there is no 13th month
        "05/03-2026",  # mixed separators
        "5 3 2026",
        "2026-3",
        "March 5, 2026",
        "5 tháng ba năm 2026",
        "05/03/2026 10:30",
        "05/03/202",
    ],
)
def test_junk_and_impossible_dates_are_none(text: str) -> None:
    assert parse_vn_date(text) is None


def test_leap_day() -> None:
    assert parse_vn_date("29/02/2028") == date(2028, 2, 29)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(
        [
            "{d:02d}/{m:02d}/{y}",
            "{d}/{m}/{y}",
            "{d}-{m}-{y}",
            "{y}-{m:02d}-{d:02d}",
            "ngày {d} tháng {m} năm {y}",
            "ngày {d} tháng {m}, {y}",
        ]
    ),
)
def test_any_date_reads_back(day: date, shape: str) -> None:
    text = shape.format(d=day.day, m=day.month, y=day.year)
    assert parse_vn_date(text) == day


@given(st.text(max_size=60))
def test_parsers_never_raise_on_arbitrary_text(text: str) -> None:
    amount = parse_amount_vnd(text)
    assert amount is None or amount > 0
    parse_vn_date(text)
    for fact in KnowledgeFact:
        answers_match(fact, text, text)
        answers_match(fact, text, "1.500.000 ₫")


@given(st.text(alphabet="0123456789.,/- ₫đtriệuVND", max_size=30))
def test_parsers_never_raise_on_number_like_text(text: str) -> None:
    parse_amount_vnd(text)
    parse_vn_date(text)


def test_very_long_input_is_refused_not_scanned() -> None:
    assert parse_amount_vnd("1" * 10_000) is None
    assert parse_vn_date("5/3/2026" + " " * 10_000 + "x") is None


# --------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("typed", "on_file", "expected"),
    [
        ("700000", "700000", True),
        ("700 000", "700000", True),
        ("７０００００", "700000", True),
        ("700001", "700000", False),
        ("70000", "700000", False),
        ("", "", False),
        ("abc", "", False),
    ],
)
def test_zip(typed: str, on_file: str, expected: bool) -> None:
    assert answers_match(KnowledgeFact.ZIP, typed, on_file) is expected


@pytest.mark.parametrize(
    ("typed", "on_file", "expected"),
    [
        ("1111", "1111", True),
        ("1111", "•••• 1111", True),
        ("11 11", "Visa 1111", True),
        ("0042", "0042", True),
        ("42", "0042", False),
        ("1111", "2222", False),
        ("4111111111111111", "1111", False),  # a whole card number is not an answer
        ("1111", "", False),
    ],
)
def test_card_last4(typed: str, on_file: str, expected: bool) -> None:
    assert answers_match(KnowledgeFact.CARD_LAST4, typed, on_file) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1,5 triệu", True),
        ("1.500.000đ", True),
        ("1500000", True),
        ("1.500.001", False),
        ("1,5", False),
        ("", False),
    ],
)
def test_invoice_amount(typed: str, expected: bool) -> None:
    assert answers_match(KnowledgeFact.LAST_INVOICE_AMOUNT, typed, "1500000") is expected


def test_amount_that_cannot_be_read_on_file_never_matches() -> None:
    assert not answers_match(KnowledgeFact.LAST_INVOICE_AMOUNT, "abc", "abc")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("5/3/2026", True),
        ("ngày 5 tháng 3 năm 2026", True),
        ("05-03-2026", True),
        ("3/5/2026", False),  # 3 May, not 5 March
        ("hôm qua", False),
    ],
)
def test_invoice_date(typed: str, expected: bool) -> None:
    assert answers_match(KnowledgeFact.LAST_INVOICE_DATE, typed, "2026-03-05") is expected


WEBINAR = "Bảo mật dữ liệu cá nhân cho doanh nghiệp nhỏ"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (WEBINAR, True),
        ("bao mat du lieu ca nhan cho doanh nghiep nho", True),
        ("BẢO MẬT DỮ LIỆU CÁ NHÂN", True),  # 6 of 9 meaningful words
        ("webinar bảo mật dữ liệu cá nhân", True),
        ("dữ liệu doanh nghiệp nhỏ bảo mật", True),  # any order
        ("bảo mật", False),  # 2 of 9: too little
        ("dữ liệu", False),
        ("Marketing trên mạng xã hội cho doanh nghiệp nhỏ", False),
        ("bảo mật dữ liệu cá nhân và rất nhiều từ khác nữa không liên quan gì", False),
        ("", False),
        ("webinar", False),
    ],
)
def test_last_webinar(typed: str, expected: bool) -> None:
    assert answers_match(KnowledgeFact.LAST_WEBINAR, typed, WEBINAR) is expected


def test_short_webinar_titles() -> None:
    assert answers_match(KnowledgeFact.LAST_WEBINAR, "excel", "Excel")
    assert answers_match(KnowledgeFact.LAST_WEBINAR, "Thuế 2026", "Thuế TNCN 2026")
    assert not answers_match(KnowledgeFact.LAST_WEBINAR, "2026", "Thuế TNCN 2026")


def test_fact_given_as_its_stored_string() -> None:
    assert answers_match("zip", "700000", "700000")  # type: ignore[arg-type]


@given(st.sampled_from(KnowledgeFact), st.text(max_size=40))
def test_nothing_matches_an_empty_record(fact: KnowledgeFact, typed: str) -> None:
    assert not answers_match(fact, typed, "")
