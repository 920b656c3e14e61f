"""The Qt half of ``clb4u-desk self-test`` (commands may not import Qt themselves)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from clb4u_desk.gui.i18n import LANGUAGES, load_translator

# A string from each language that must come back translated (Vietnamese) or unchanged.
_PROBE = ("pages", "Cases")
_EXPECTED = {"vi": "Vụ việc", "en": "Cases"}


class SelfCheckError(Exception):
    """A check failed; the message says which part."""


def ensure_application() -> QCoreApplication:
    """The running QApplication, or a new one (offscreen unless a platform is set)."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def check_qt() -> str:
    """Start Qt and draw a widget with Vietnamese text."""
    ensure_application()
    label = QLabel("Nguyễn Thị Mai: yêu cầu xóa dữ liệu")
    label.adjustSize()
    pixmap = label.grab()
    if pixmap.isNull() or pixmap.width() == 0:
        raise SelfCheckError("Qt could not draw a widget")
    return f"Qt {qVersion()}, platform {QGuiApplication.platformName()}"


def check_translations() -> str:
    """Both .qm files load into a QTranslator and answer for a known string."""
    ensure_application()
    for language in LANGUAGES:
        try:
            translator = load_translator(language)
        except FileNotFoundError as error:
            raise SelfCheckError(str(error)) from error
        got = translator.translate(*_PROBE)
        if translator.isEmpty() or got != _EXPECTED[language]:
            raise SelfCheckError(
                f"the {language} translation does not translate {_PROBE[1]!r} (got {got!r})"
            )
    return ", ".join(LANGUAGES)
