"""Guess whether a request is written in Vietnamese or English.

Requests reach CLB4U in Vietnamese (often typed without diacritics) or English. The
guess picks the language of the acknowledgement template; the agent can change it.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from clb4u_desk.domain.text import fold_words

Language = Literal["vi", "en"]

# Letters that occur in Vietnamese but not in English words. Checked on the
# decomposed form, so both NFC and NFD input count.
_VI_BASE_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
_VI_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")

# Frequent function words, folded. Vietnamese ones are what someone typing without
# diacritics still writes; none of them is a frequent English word.
_VI_WORDS = frozenset(
    {
        "toi",
        "cua",
        "khong",
        "du",
        "lieu",
        "yeu",
        "cau",
        "xin",
        "chao",
        "cam",
        "vui",
        "long",
        "thong",
        "tin",
        "cong",
        "ty",
        "cho",
        "duoc",
        "nhung",
        "cac",
        "voi",
        "ve",
        "va",
        "la",
        "mot",
        "nay",
        "hay",
        "muon",
        "tai",
        "khoan",
        "ban",
        "quy",
        "vi",
        "anh",
        "chi",
        "em",
        "giup",
        "ho",
        "ten",
        "dia",
        "dien",
        "thoai",
        "xoa",
        "sua",
        "nhan",
        "gui",
        "ngay",
        "thang",
        "nam",
    }
)
_EN_WORDS = frozenset(
    {
        "the",
        "and",
        "my",
        "please",
        "data",
        "to",
        "of",
        "i",
        "you",
        "your",
        "is",
        "are",
        "for",
        "with",
        "this",
        "that",
        "me",
        "we",
        "our",
        "request",
        "information",
        "would",
        "like",
        "have",
        "from",
        "account",
        "be",
        "not",
        "delete",
        "copy",
        "access",
        "dear",
        "regards",
        "thanks",
        "thank",
        "hello",
        "hi",
    }
)


def _diacritic_score(text: str) -> int:
    """Count characters only Vietnamese writing produces (base letters and tone marks)."""
    score = 0
    for ch in unicodedata.normalize("NFD", text):
        if ch in _VI_BASE_LETTERS or ch in _VI_MARKS:
            score += 1
    return score


def guess_language(text: str) -> Language:
    """``"vi"`` or ``"en"``.

    Latin text with no Vietnamese sign at all (no diacritics, none of the frequent
    Vietnamese words) counts as English; an empty text counts as Vietnamese, the
    company's language and the UI default.
    """
    words = fold_words(text)
    vi = sum(1 for word in words if word in _VI_WORDS) + _diacritic_score(text)
    en = sum(1 for word in words if word in _EN_WORDS)
    if en > vi:
        return "en"
    if vi == 0 and any(ch.isascii() and ch.isalpha() for ch in text):
        return "en"
    return "vi"
