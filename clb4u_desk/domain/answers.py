"""Tolerant comparison of knowledge answers: what the agent types against what is on file.

The requester answers on the phone or at the counter and the agent types what they
hear, in whatever shape: "1.500.000 ₫", "1,5 triệu", "5/3/2026", "ngày 5 tháng 3 năm
2026". These functions read those shapes and never raise on any text: a shape they do
not understand, or one that could mean two things, is None (no match), because a
false match verifies the wrong person while a false miss only costs another question.

Vietnamese conventions: day before month in dates; "." (or a space) groups
thousands in amounts, "," may too (exports from English-language systems); the đồng
has no minor unit.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

from clb4u_desk.domain.identity import KnowledgeFact
from clb4u_desk.domain.text import fold, fold_words

# Amounts beyond this many digits are not invoices; refusing them keeps junk cheap.
_MAX_AMOUNT_DIGITS = 15
_MAX_INPUT_LENGTH = 200

# After fold(): "₫", "đ", "VNĐ", "VND", "đồng" all become one of these.
_CURRENCY = re.compile(r"^(?:vnd|vn\s*d|dong|d|₫)\s*|\s*(?:vnd|vn\s*d|dong|d|₫)$")
_MULTIPLIERS: dict[str, int] = {
    "k": 1_000,
    "nghin": 1_000,
    "ngan": 1_000,
    "tr": 1_000_000,
    "trieu": 1_000_000,
    "ty": 1_000_000_000,
    "ti": 1_000_000_000,
}
_MULTIPLIED = re.compile(r"^(?P<number>[0-9][0-9., ]*?)\s*(?P<unit>[a-z]+)$")
_PLAIN = re.compile(r"[0-9]+")
# One grouping separator used throughout, groups of three after a first group of 1-3.
_GROUPED = re.compile(r"(?P<head>[0-9]{1,3})(?P<sep>[., ])[0-9]{3}(?:(?P=sep)[0-9]{3})*")
# A decimal part of one or two digits after the other separator: "1.500.000,00".
_DECIMAL_TAIL = re.compile(r"(?P<whole>.*?)(?P<sep>[.,])(?P<frac>[0-9]{1,2})")


def _clean(text: str) -> str | None:
    """NFKC (full-width digits become ASCII), spaces unified, folded; None if too long."""
    if not isinstance(text, str) or len(text) > _MAX_INPUT_LENGTH:
        return None
    normal = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").replace("\u202f", " ")
    return fold(normal)


# --------------------------------------------------------------------------- amounts


def _whole_number(text: str) -> int | None:
    """A whole number written plain or with one kind of thousands separator."""
    if _PLAIN.fullmatch(text):
        return int(text)
    match = _GROUPED.fullmatch(text)
    if match:
        return int(re.sub(r"[^0-9]", "", text))
    return None


def _whole_or_zero_decimals(text: str) -> int | None:
    """A whole number, allowing a ",00" / ".00" tail that accounting exports add."""
    whole = _whole_number(text)
    if whole is not None:
        return whole
    tail = _DECIMAL_TAIL.fullmatch(text)
    if tail is None or int(tail.group("frac")) != 0:
        return None
    # The decimal separator must differ from the grouping one, else "1.500.00" passes.
    if tail.group("sep") in tail.group("whole"):
        return None
    return _whole_number(tail.group("whole"))


def _decimal_number(text: str) -> Decimal | None:
    """A number before a word multiplier: whole ("2", "1.500") or "1,5" / "1.25"."""
    whole = _whole_number(text)
    if whole is not None:
        return Decimal(whole)
    match = re.fullmatch(r"([0-9]{1,3})[.,]([0-9]{1,2})", text)
    if match is None:
        return None
    try:
        return Decimal(f"{match.group(1)}.{match.group(2)}")
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None


def parse_amount_vnd(text: str) -> int | None:
    """An amount in đồng, or None when ``text`` is not clearly one amount.

    Accepted: "1500000", "1.500.000", "1,500,000", "1 500 000", with "₫", "đ", "VND",
    "VNĐ" or "đồng" before or after; "1.500.000,00"; "1,5 triệu", "2tr", "500 nghìn",
    "500k", "1,2 tỷ". Refused: negative or signed amounts, mixed separators
    ("1.500,000"), fractions of a đồng ("1500,5"), "1,5" without a word (is it one
    and a half?), and anything with other words in it.
    """
    cleaned = _clean(text)
    if cleaned is None:
        return None
    body = _CURRENCY.sub("", cleaned.strip()).strip()
    if not body or not body[0].isdigit():
        return None
    amount = _with_multiplier(body)
    if amount is None:
        amount = _whole_or_zero_decimals(body)
    if amount is None or amount <= 0 or len(str(amount)) > _MAX_AMOUNT_DIGITS:
        return None
    return amount


def _with_multiplier(body: str) -> int | None:
    match = _MULTIPLIED.fullmatch(body)
    if match is None or match.group("unit") not in _MULTIPLIERS:
        return None
    number = _decimal_number(match.group("number").strip())
    if number is None:
        return None
    amount = number * _MULTIPLIERS[match.group("unit")]
    return int(amount) if amount == amount.to_integral_value() else None


# --------------------------------------------------------------------------- dates


# "05/03/2026", "5-3-2026", "05.03.26": day, month, year.
_DAY_FIRST = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
# "2026-03-05", "2026/3/5": year first only with a four-digit year.
_YEAR_FIRST = re.compile(r"(\d{4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})")
# Folded "ngay 5 thang 3 nam 2026", "5 thang 3, 2026", "ngay 05 thang 03/2026".
_WORDS = re.compile(
    r"(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:,|/|-|\s)?\s*(?:nam\s*)?(\d{4})"
)


def _make_date(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000  # "5/3/26": invoices and webinars are all from this century
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_vn_date(text: str) -> date | None:
    """A date written the Vietnamese way (day first), or ISO; None for anything else.

    Accepted: "05/03/2026", "5/3/2026", "05-03-2026", "05.03.2026", "5/3/26",
    "2026-03-05", "5 tháng 3 năm 2026", "ngày 5 tháng 3, 2026" (with or without
    diacritics). Impossible dates ("31/02/2026") are None. Month names in words are
    not read: "tháng năm" (May) and "năm" (year) are the same word.
    """
    cleaned = _clean(text)
    if cleaned is None:
        return None
    body = cleaned.strip().rstrip(".").strip()
    match = _DAY_FIRST.fullmatch(body)
    if match:
        return _make_date(int(match.group(4)), int(match.group(3)), int(match.group(1)))
    match = _YEAR_FIRST.fullmatch(body)
    if match:
        return _make_date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    match = _WORDS.fullmatch(body)
    if match:
        return _make_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    return None


# --------------------------------------------------------------------------- comparing


# Words that name the kind of event or join words; they say nothing about which
# webinar it was, so they neither help nor hurt a match.
_TITLE_NOISE = frozenset(
    {
        "webinar",
        "hoi",
        "thao",
        "truc",
        "tuyen",
        "buoi",
        "ve",
        "va",
        "cho",
        "cua",
        "voi",
        "the",
        "a",
        "an",
        "of",
        "and",
        "on",
        "for",
        "to",
        "in",
    }
)
_TITLE_SHARE = 0.5


def _ascii_digits(text: str) -> str:
    cleaned = _clean(text) or ""
    return "".join(ch for ch in cleaned if "0" <= ch <= "9")


def _title_words(text: str) -> set[str]:
    words = set(fold_words(unicodedata.normalize("NFKC", text)))
    meaningful = words - _TITLE_NOISE
    return meaningful or words


def _titles_match(typed: str, on_file: str) -> bool:
    """Enough of the title typed, and not much else: half of each side's words shared."""
    if len(typed) > _MAX_INPUT_LENGTH or len(on_file) > 10 * _MAX_INPUT_LENGTH:
        return False
    said, known = _title_words(typed), _title_words(on_file)
    if not said or not known:
        return False
    shared = len(said & known)
    # Two shared words at least: one syllable ("du", "lieu") matches too many titles.
    needed = min(2, len(known))
    return (
        shared >= needed
        and shared >= math.ceil(_TITLE_SHARE * len(known))
        and shared >= math.ceil(_TITLE_SHARE * len(said))
    )


def _zips_match(typed: str, on_file: str) -> bool:
    said, known = _ascii_digits(typed), _ascii_digits(on_file)
    return bool(known) and said == known


def _last4_match(typed: str, on_file: str) -> bool:
    # The file may hold "•••• 1111" or "Visa 1111"; only its last four digits count.
    said, known = _ascii_digits(typed), _ascii_digits(on_file)
    return len(said) == 4 and len(known) >= 4 and said == known[-4:]


def _amounts_match(typed: str, on_file: str) -> bool:
    amount = parse_amount_vnd(typed)
    return amount is not None and amount == parse_amount_vnd(on_file)


def _dates_match(typed: str, on_file: str) -> bool:
    day = parse_vn_date(typed)
    return day is not None and day == parse_vn_date(on_file)


_COMPARISONS: Mapping[KnowledgeFact, Callable[[str, str], bool]] = MappingProxyType(
    {
        KnowledgeFact.ZIP: _zips_match,
        KnowledgeFact.CARD_LAST4: _last4_match,
        KnowledgeFact.LAST_INVOICE_AMOUNT: _amounts_match,
        KnowledgeFact.LAST_INVOICE_DATE: _dates_match,
        KnowledgeFact.LAST_WEBINAR: _titles_match,
    }
)


def answers_match(fact: KnowledgeFact, typed: str, on_file: str) -> bool:
    """True when the typed answer to ``fact`` is the value on file, read tolerantly.

    ZIP: the same digits. Card last 4: four digits typed, equal to the last four on
    file. Amount and date: the same value once read by ``parse_amount_vnd`` and
    ``parse_vn_date``. Last webinar: at least half of the title's meaningful words
    (diacritics and case ignored) and at least two of them, with at most half of the
    typed words not in the title.
    """
    return _COMPARISONS[KnowledgeFact(fact)](typed, on_file)
