"""The PDF fonts: DejaVu Sans (regular and bold), shipped in ``resources/fonts``.

Helvetica, reportlab's default, has no Vietnamese glyphs; DejaVu Sans covers Vietnamese
fully and its text extracts back exactly. reportlab embeds TrueType fonts as subsets
(only the glyphs used), so the PDFs stay small.

Registration is global in reportlab and happens once, lazily, on first use, guarded by a
lock so that two background workers rendering at the same time do not race.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from clb4u_desk.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@dataclass(frozen=True, slots=True)
class RegisteredFonts:
    """The registered font names and the codepoints both faces can draw."""

    regular: str
    bold: str
    codepoints: frozenset[int]


_lock = threading.Lock()
_registered: RegisteredFonts | None = None


def register_fonts() -> RegisteredFonts:
    """Register DejaVu Sans with reportlab (once) and return the names to use."""
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            _registered = _register()
        return _registered


def _register() -> RegisteredFonts:
    # Imported here: reportlab is heavy and only the reporting layer needs it.
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    cmaps: list[set[int]] = []
    for name, filename in _FILES.items():
        font = TTFont(name, str(resource_path("fonts", filename)))
        pdfmetrics.registerFont(font)
        cmaps.append(set(font.face.charToGlyph))
    # <b> in paragraph markup looks the family up by (name, bold, italic). No italic
    # mapping: the reverse lookup keeps the last mapping made for a face, and mapping
    # italic to the upright face would make reportlab take the regular face for italic.
    # Our markup never uses <i> (stored text is always escaped).
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    # Text can appear in either face (names in bold in the letter, headers in tables), so
    # only codepoints that both can draw count as renderable.
    return RegisteredFonts(REGULAR, BOLD, frozenset(set.intersection(*cmaps)))


def renderable_codepoints() -> frozenset[int]:
    """Codepoints that both the regular and the bold face have a glyph for."""
    return register_fonts().codepoints
