"""Rights suggested from Vietnamese and English wording, and the language guess."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clb4u_desk.domain.language import guess_language
from clb4u_desk.domain.rights import Right
from clb4u_desk.domain.rights_suggest import RightSuggestion, suggest_rights

A = Right.ACCESS
C = Right.COPY
R = Right.RECTIFICATION
S = Right.RESTRICTION
OB = Right.OBJECTION
E = Right.ERASURE
W = Right.CONSENT_WITHDRAWAL


def _rights(text: str, subject: str = "") -> list[Right]:
    return [s.right for s in suggest_rights(subject, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vietnamese, with diacritics (both tone placements of "xóa") and without.
        ("Tôi muốn xóa dữ liệu cá nhân.", [E]),
        ("Vui lòng xoá dữ liệu của tôi.", [E]),
        ("toi muon xoa du lieu", [E]),
        ("Xin xóa giúp tôi toàn bộ thông tin.", [E]),
        ("Xóa tài khoản", [E]),
        ("Cho tôi một bản sao dữ liệu.", [C]),
        ("Tôi cần sao chép dữ liệu sang dịch vụ khác.", [C]),
        ("Đề nghị chuyển dữ liệu của tôi sang công ty khác.", [C]),
        ("Tôi muốn truy cập dữ liệu cá nhân.", [A]),
        ("Cho tôi xem dữ liệu công ty đang lưu.", [A]),
        ("Công ty lưu những thông tin gì về tôi?", [A]),
        ("Vui lòng sửa địa chỉ của tôi.", [R]),
        ("Xin chỉnh sửa họ tên.", [R]),
        ("Xin cập nhật thông tin số điện thoại.", [R]),
        ("Địa chỉ của tôi bị sai.", [R]),
        ("Tôi muốn rút lại sự đồng ý.", [W]),
        ("Tôi không đồng ý nữa.", [W]),
        ("Tôi phản đối việc dùng dữ liệu để quảng cáo.", [OB]),
        ("Đề nghị hạn chế xử lý dữ liệu.", [S]),
        ("Làm ơn ngừng gửi quảng cáo.", [OB]),
        ("Hủy đăng ký nhận tin.", [OB]),
        ("Huỷ đăng ký nhận bản tin", [OB]),
        # English.
        ("Please delete my data.", [E]),
        ("Erase my account.", [E]),
        ("Remove my personal data from your systems.", [E]),
        ("I invoke my right to be forgotten.", [E]),
        ("I want access to my personal data.", [A]),
        ("Send me a copy of my data.", [C]),
        ("Please export my data.", [C]),
        ("Data portability request.", [C]),
        ("Please correct my address.", [R]),
        ("Rectify my records.", [R]),
        ("Update my details please.", [R]),
        ("Restrict processing of my data.", [S]),
        ("I object to profiling.", [OB]),
        ("Opt out.", [OB]),
        ("Unsubscribe me.", [OB]),
        ("Stop marketing to me.", [OB]),
        ("I withdraw my consent.", [W]),
        ("Withdrawal of consent.", [W]),
    ],
)
def test_single_cue(text: str, expected: list[Right]) -> None:
    assert _rights(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sản phẩm sữa của công ty rất ngon.",  # sữa (milk) folds to sua
        "Con chó sủa cả đêm.",  # sủa (bark)
        "Suất ăn trưa đã được giao.",  # "sua" inside a longer folded word
        "Xin xem thông tin đính kèm.",  # see attached, not a request to see data
        "Tôi không truy cập được tài khoản.",  # a login problem
        "Tôi đã chuyển thông tin cho bộ phận kế toán.",
        "I cannot access my account.",
        "The file was deleted yesterday.",  # "deleted" is not the word "delete"
        "Is that correct?",
        "Thanks for the update.",
        "",
    ],
)
def test_no_false_positive(text: str) -> None:
    assert _rights(text) == []


def test_order_of_first_mention_and_no_duplicates() -> None:
    text = (
        "Tôi muốn nhận bản sao dữ liệu, sau đó xóa dữ liệu. Nhắc lại: xóa tài khoản và gửi bản sao."
    )
    assert _rights(text) == [C, E]


def test_subject_comes_before_body() -> None:
    assert _rights("Please delete my data.", subject="Unsubscribe") == [OB, E]


def test_evidence_is_the_original_wording_in_nfc() -> None:
    body = unicodedata.normalize("NFD", "Xin   XOÁ  Dữ Liệu của tôi")
    suggestions = suggest_rights("", body)
    assert suggestions == [RightSuggestion(E, "XOÁ  Dữ Liệu")]
    assert unicodedata.is_normalized("NFC", suggestions[0].evidence)


def test_exact_word_cue_needs_the_diacritics() -> None:
    assert _rights("Vui lòng sửa giùm.") == [R]
    assert _rights("Vui long sua.") == []  # ambiguous without diacritics
    assert _rights("Xin xóa giùm.") == [E]


def test_quoted_reply_lines_are_ignored_when_new_text_suggests_something() -> None:
    body = "Xin chỉnh sửa ngày sinh.\n\n> Quý khách có quyền xóa dữ liệu và phản đối.\n"
    assert _rights(body) == [R]


def test_quoted_reply_lines_count_when_nothing_else_does() -> None:
    body = "Vâng, đúng vậy.\n> Quý khách muốn xóa dữ liệu phải không?\n"
    assert _rights(body) == [E]


def test_several_rights_in_one_request() -> None:
    body = (
        "I want a copy of my data, then delete my account. Until then restrict "
        "processing and stop sending newsletters. I withdraw my consent."
    )
    assert _rights(body) == [C, E, S, OB, W]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500), st.text(max_size=100))
def test_never_raises_and_never_repeats(body: str, subject: str) -> None:
    suggestions = suggest_rights(subject, body)
    rights = [s.right for s in suggestions]
    assert len(rights) == len(set(rights))
    assert all(s.evidence for s in suggestions)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "xóa",
                "dữ liệu",
                "sửa",
                "sữa",
                "đ",
                "\u0301",
                " ",
                "\n",
                ">",
                "delete",
                "ß",
                "İ",
                "opt-out",
                "rút lại",
                "đồng ý",
            ]
        ),
        max_size=30,
    )
)
def test_cue_fragments_never_raise(pieces: list[str]) -> None:
    suggest_rights("", "".join(pieces))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tôi muốn xóa dữ liệu", "vi"),
        ("toi muon xoa du lieu cua toi", "vi"),
        ("Please delete my data", "en"),
        ("Unsubscribe", "en"),
        ("Dear team, José from the café would like a copy of his data.", "en"),
        ("", "vi"),
        ("12345", "vi"),
    ],
)
def test_language_guess(text: str, language: str) -> None:
    assert guess_language(text) == language
