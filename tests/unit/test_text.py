import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from clb4u_desk.domain.text import fold, fold_words, nfc


def test_fold_removes_vietnamese_marks_and_stroked_d() -> None:
    assert fold("Đặng Thị Ánh") == "dang thi anh"
    assert fold("đường") == "duong"
    assert fold("NGUYỄN   VĂN  A") == "nguyen van a"


def test_fold_is_the_same_for_nfc_and_nfd_input() -> None:
    name = "Trần Quốc Toản"
    assert fold(unicodedata.normalize("NFD", name)) == fold(name) == "tran quoc toan"


def test_fold_words_drops_punctuation() -> None:
    assert fold_words("Lê-Thị, Hồng_Nhung!") == ["le", "thi", "hong", "nhung"]


def test_nfc_composes() -> None:
    assert nfc(unicodedata.normalize("NFD", "Việt")) == "Việt"
    assert len(nfc(unicodedata.normalize("NFD", "Việt"))) == 4


@given(st.text())
def test_fold_is_idempotent_and_mark_free(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert "đ" not in folded
    assert "Đ" not in folded
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", folded))
