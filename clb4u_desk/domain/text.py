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


def prefix_upper_bound(prefix: str) -> str:
    """The least string greater than every string starting with ``prefix`` (code points).

    ``prefix <= s < prefix_upper_bound(prefix)`` is "s starts with prefix" as a range an
    index can scan.
    """
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return prefix + "\U0010ffff"
    following = last + 1
    if 0xD800 <= following <= 0xDFFF:  # no surrogates in UTF-8 text
        following = 0xE000
    return prefix[:-1] + chr(following)
