"""Stored text made safe for the PDF, without losing what it says.

Every stored value must be findable again in the PDF by text extraction, so nothing is
dropped. The one documented transformation, :func:`visible_text`, is:

1. NFC normalisation (decomposed Vietnamese would render with misplaced marks);
2. line breaks (CR LF, CR, U+0085, U+2028, U+2029) become LF, shown as a new line;
   a tab becomes a space;
3. every other character that the embedded font cannot draw (control characters,
   invisible format characters such as soft hyphen, zero-width joiner or bidi overrides,
   codepoints outside DejaVu Sans's cmap such as most emoji, lone surrogates) is
   replaced by its code written out: ``[U+1F9D1]``. The requester can still read what
   was stored, and the text extracts back as that notation. Codepoints above U+FFFF are
   always written so, even the few emoji DejaVu has: reportlab's ToUnicode map writes
   them as invalid odd-length hex, so they would not extract back (pypdf, poppler).

Beyond that, the PDF shows runs of whitespace as one space and wraps lines, so tests
compare values with all whitespace removed from both sides (:func:`comparable`).

:func:`pdf_text` is :func:`visible_text` escaped for reportlab's paragraph markup
(``&``, ``<``, ``>``; line breaks as ``<br/>``): a name like ``<b>Lê & Co</b>`` appears
literally, never as bold text.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from xml.sax.saxutils import escape

from clb4u_desk.domain.text import nfc
from clb4u_desk.reporting.fonts import renderable_codepoints

PLACEHOLDER = "[U+{:04X}]"
"""How a character the font cannot draw is written instead (its Unicode codepoint)."""

_LINE_BREAKS = str.maketrans(
    {
        "\r": "\n",
        "\x85": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\t": " ",
    }
)


def visible_text(value: str) -> str:
    """The text as it appears in the PDF (before wrapping); see the module docstring."""
    text = nfc(value).replace("\r\n", "\n").translate(_LINE_BREAKS)
    kept = _kept_characters()
    if kept.issuperset(text):
        return text  # the common case, checked in C: nothing to replace
    return "".join(ch if ch in kept else PLACEHOLDER.format(ord(ch)) for ch in text)


@cache
def _kept_characters() -> frozenset[str]:
    """Characters shown as themselves: the font's, minus controls and format characters
    (which draw nothing, or which reportlab treats as hyphenation points and drops) and
    minus those above the Basic Multilingual Plane (which would not extract back)."""
    kept = {
        chr(codepoint)
        for codepoint in renderable_codepoints()
        if codepoint <= 0xFFFF and unicodedata.category(chr(codepoint)) not in ("Cc", "Cf", "Cs")
    }
    return frozenset({*kept, "\n"})


def pdf_text(value: str) -> str:
    """``value`` as reportlab paragraph markup that shows exactly :func:`visible_text`."""
    return escape(visible_text(value)).replace("\n", "<br/>")


def comparable(text: str) -> str:
    """``text`` with all whitespace removed: how tests match values against extracted text."""
    return "".join(text.split())
