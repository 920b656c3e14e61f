"""Matching and masking the identifiers a request gives (domain.identifiers)."""

from __future__ import annotations

from clb4u_desk.domain.identifiers import (
    address_matches,
    emails_match,
    mask_address,
    mask_email,
    mask_name,
    mask_phone_or_hide,
    names_match,
    phones_match,
)


def test_names_fold_and_ignore_word_order() -> None:
    assert names_match("an nguyen van", "Nguyễn Văn An")
    assert names_match("Đặng  Thị Ánh", "dang thi anh")
    assert not names_match("Nguyễn Văn", "Nguyễn Văn An")
    assert not names_match("", "")


def test_emails_whole_and_case_insensitive() -> None:
    assert emails_match(" An@Example.VN ", ["an@example.vn"])
    assert not emails_match("an+x@example.vn", ["an@example.vn"])
    assert not emails_match("", [""])


def test_phones_in_e164() -> None:
    assert phones_match("0912.345.678", ["+84912345678"])
    assert phones_match("01688 123 456", ["+84388123456"])  # renumbered in 2018
    assert not phones_match("not a phone", ["+84912345678"])


def test_addresses_loosely() -> None:
    streets = ["12 Nguyễn Huệ"]
    assert address_matches("Số 12 đường Nguyễn Huệ, Q.1, TP.HCM", streets)
    assert not address_matches("14 Nguyễn Huệ, Q.1", streets)
    assert not address_matches("12 Lê Lợi", streets)
    assert not address_matches("anything", [])


def test_masks_show_little() -> None:
    assert mask_email("anh.nguyen@example.vn") == "a•••@example.vn"
    assert mask_email("no-at-sign") == "•••"
    assert mask_name("Nguyễn Thị Ánh") == "N••• T••• Á•••"
    assert mask_address("12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh") == "•••, TP. Hồ Chí Minh"
    assert mask_address("12 Nguyễn Huệ") == "•••"
    assert mask_phone_or_hide("0912 345 678") == "+84 ••• ••• 678"
    assert mask_phone_or_hide("junk") == "•••"
