"""Text normalisation for Vietnamese: NFC for storage and display, folding for search."""

from __future__ import annotations

import re
import unicodedata

# đ/Đ are letters of their own, not d with a combining mark: NFD leaves them alone,
# so they are mapped explicitly before the marks are stripped.
_STROKED_D = str.maketrans({"đ": "d", "Đ": "D"})
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def nfc(text: str) -> str:
    """The composed (NFC) form: what is stored, shown and put into PDFs."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Fold for search: no diacritics (đ included), case-folded, spaces collapsed.

    ``fold("Đặng  Thị Ánh")`` and ``fold("dang thi anh")`` are both ``"dang thi anh"``,
    whatever normalisation form the input was in.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_STROKED_D))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def fold_words(text: str) -> list[str]:
    """The folded words of a text, punctuation removed: tokens for word-order-free search."""
    return [word for word in _NON_WORD.split(fold(text).replace("_", " ")) if word]
