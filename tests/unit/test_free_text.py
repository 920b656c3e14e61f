"""The free-text policy: tidy by kind, refuse over-long texts and card numbers, never cut."""

from __future__ import annotations

import pytest

from clb4u_desk.domain.errors import CardNumberError, ValidationError
from clb4u_desk.domain.free_text import (
    TextKind,
    TextRule,
    checked_text,
    line,
    note,
    optional_text,
    paragraph,
    tidy,
)


def test_a_line_and_a_paragraph_are_one_paragraph_in_nfc() -> None:
    decomposed = "Nguye\u0302\u0303n  Văn\n\tAn "
    assert tidy(decomposed, TextKind.LINE) == "Nguyễn Văn An"
    assert tidy("Lý do\r\n\r\nthứ hai", TextKind.PARAGRAPH) == "Lý do thứ hai"


def test_a_note_keeps_its_lines_and_one_blank_line_between_paragraphs() -> None:
    text = "  Dòng  một \n\n\n\nDòng hai\n   \n"
    assert tidy(text, TextKind.NOTE) == "Dòng một\n\nDòng hai"


def test_a_text_over_its_limit_is_refused_naming_the_limit_not_cut() -> None:
    rule = line("The requester's name", 10)
    assert checked_text("A" * 10, rule) == "A" * 10
    with pytest.raises(ValidationError) as refused:
        checked_text("A" * 11, rule)
    assert str(refused.value) == "The requester's name is longer than 10 characters."


@pytest.mark.parametrize(
    "card",
    [
        "4111111111111111",
        "4111 1111 1111 1111",
        "3782-822463-10005",
        "４１１１１１１１１１１１１１１１",
    ],
)
@pytest.mark.parametrize("rule", [line("The name"), paragraph("The reason"), note("The notes")])
def test_a_card_number_is_refused_in_every_kind(card: str, rule: TextRule) -> None:
    with pytest.raises(CardNumberError) as refused:
        checked_text(f"Thẻ {card} của khách", rule)
    assert "1111" not in str(refused.value)
    assert "10005" not in str(refused.value)


def test_amounts_dates_and_last_four_digits_pass() -> None:
    text = "Hoàn 1.500.000 đ ngày 05/03/2026, thẻ •••• 1111, mã 123456"
    assert checked_text(text, paragraph("The reason")) == text


def test_a_needed_text_left_empty_is_refused_and_an_optional_one_is_none() -> None:
    with pytest.raises(ValidationError, match="The reason is needed"):
        checked_text(" \n ", paragraph("The reason"))
    assert optional_text("  ", note("The notes", required=False)) is None
    assert optional_text(None, note("The notes", required=False)) is None
