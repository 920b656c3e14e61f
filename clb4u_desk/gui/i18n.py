"""User interface language: Qt Linguist translations, Vietnamese by default.

Source strings are English, written in ``self.tr("...")`` or
``QCoreApplication.translate("context", "...")``. Their translations live in
``resources/translations/clb4u_desk_<lang>.ts`` (edit with Qt Linguist) and are compiled
into the ``.qm`` files beside them, which are committed so that a fresh checkout runs
without a build step. After adding or changing strings run::

    uv run python packaging/update_translations.py

then translate the new Vietnamese entries (they are marked unfinished, and a test fails
until they are done) and run the script once more to compile them.

Switching language installs another translator; Qt then sends every widget a
``QEvent.LanguageChange`` and each widget sets its texts again in ``retranslate()``.

Stored codes (a case's state, a right, a data category, a gender ...) are not in the .ts
files: their words in both languages are the one label table of
:mod:`clb4u_desk.domain.labels`, shared with the PDFs and the CLI. :func:`code_word`
picks the word of the interface's language, so the GUI and the documents agree.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from types import MappingProxyType

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from clb4u_desk.domain.formatting import Language
from clb4u_desk.domain.labels import Table, word
from clb4u_desk.resources import resource_path

log = logging.getLogger(__name__)

ORGANISATION = "CLB4U"
APPLICATION = "clb4u-desk"

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
# Each language is named in itself, so that someone who cannot read the current
# language still finds their own; these names are deliberately not translated.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
# The menu that switches language carries both names for the same reason.
LANGUAGE_MENU_TITLE = "Ngôn ngữ / &Language"

_LANGUAGE_KEY = "ui/language"

# PySide6 ships no Vietnamese translation of Qt's own texts. The few the app shows are
# listed here under Qt's contexts, so lupdate puts them into our .ts files and our
# translator answers for Qt too.
QT_OWN_STRINGS = (
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    # The standard buttons of dialogs and message boxes.
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)


def ui_language() -> Language:
    """The language the interface shows now, as the installed translation itself says:
    the Vietnamese file translates this marker to "vi"; with no translator installed the
    source text, English, shows."""
    marker = QCoreApplication.translate(
        "i18n", "en", "The code of this file's language: vi in the Vietnamese file"
    )
    return "vi" if marker == "vi" else "en"


def code_word(table: Table, code: object) -> str:
    """A stored code's word in the interface's language (the code itself if not listed;
    an empty text for none)."""
    return word(table, code, ui_language())


def code_words(table: Table) -> Mapping[str, Callable[[], str]]:
    """Each code of ``table`` with a function giving its word in the interface's language
    at the time of the call, so that the words follow a language switch."""
    return MappingProxyType({code: partial(code_word, table, code) for code in table})


def qt_settings() -> QSettings:
    """The app's QSettings (window geometry, remembered language).

    Uses the default format, so tests can redirect it to a temporary folder with
    ``QSettings.setDefaultFormat(IniFormat)`` and ``QSettings.setPath(...)``.
    """
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def translations_dir() -> Path:
    return resource_path("translations")


def qm_path(language: str) -> Path:
    return translations_dir() / f"clb4u_desk_{language}.qm"


def load_translator(language: str, parent: QObject | None = None) -> QTranslator:
    """A translator loaded with the app's strings for ``language``; raises if missing."""
    translator = QTranslator(parent)
    path = qm_path(language)
    if not translator.load(str(path)):
        raise FileNotFoundError(f"The translation file {path} is missing or unreadable.")
    return translator


def remembered_language() -> str | None:
    value = qt_settings().value(_LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def initial_language(configured: str, *, given: bool = False) -> str:
    """The language chosen in the app's menu wins over the configured default, but not
    over one given for this start (``--lang`` or CLB4U_UI_LANGUAGE: ``given``)."""
    if configured not in LANGUAGES:
        configured = DEFAULT_LANGUAGE
    if given:
        return configured
    return remembered_language() or configured


class _LanguageChangeWatch(QObject):
    """Notes whether Qt sent LanguageChange while translators were swapped."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.seen = True
        return False


class Translations(QObject):
    """Owns the installed translator; one per application."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translator: QTranslator | None = None
        self._language = "en"  # what the untranslated source strings are in

    @property
    def language(self) -> str:
        return self._language

    def apply(self, language: str) -> None:
        """Install ``language`` (Qt then tells every widget to retranslate)."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        try:
            translator = load_translator(language, self)
        except FileNotFoundError:
            # English is the source language, so the app stays usable without the file.
            log.error("translation for %s not found; showing the English texts", language)
            translator = None
        watch = _LanguageChangeWatch()
        self._app.installEventFilter(watch)
        try:
            if self._translator is not None:
                self._app.removeTranslator(self._translator)
                self._translator.deleteLater()
            self._translator = translator
            if translator is not None:
                self._app.installTranslator(translator)
        finally:
            self._app.removeEventFilter(watch)
        if not watch.seen:
            # Qt only announces a new translator once its event loop runs; before that
            # (and in tests) the widgets are told here.
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        QLocale.setDefault(QLocale(language))
        changed = language != self._language
        self._language = language
        if changed:
            self.language_changed.emit(language)

    def remove(self) -> None:
        """Uninstall the translator (the source strings, English, show again)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
            self._translator = None
        self._language = "en"

    def switch(self, language: str) -> None:
        """Apply and remember the user's choice (the menu item)."""
        self.apply(language)
        qt_settings().setValue(_LANGUAGE_KEY, language)
