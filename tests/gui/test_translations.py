"""Every user-visible string is translated, and the committed .qm match the .ts files."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from clb4u_desk.gui.i18n import LANGUAGES, load_translator
from tests.gui.helpers import QT_STRICT

pytestmark = QT_STRICT

ROOT = Path(__file__).resolve().parents[2]
# lupdate scans the whole package: the GUI's tr() strings and the domain errors' messages
# (QT_TRANSLATE_NOOP in domain, services, adapters, ...), as update_translations.py does.
PACKAGE = ROOT / "clb4u_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{\w*\}")

Message = tuple[str, str]  # (context, source)


def _messages(path: Path) -> dict[Message, list[str]]:
    """Each message with its translation(s); a message left unfinished maps to []."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }:
                found[(name, source)] = []
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            found[(name, source)] = texts
    return found


def test_both_languages_have_a_ts_and_a_qm_file() -> None:
    assert [p.name for p in TS_FILES] == ["clb4u_desk_en.ts", "clb4u_desk_vi.ts"]
    for language in LANGUAGES:
        assert (TRANSLATIONS / f"clb4u_desk_{language}.qm").is_file()


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(path: Path) -> None:
    messages = _messages(path)
    assert messages
    unfinished = [
        m for m, texts in messages.items() if not texts or not all(t.strip() for t in texts)
    ]
    assert not unfinished, f"untranslated in {path.name}: {unfinished}"
    for (context, source), texts in messages.items():
        for text in texts:
            # The code fills {name}-style fields with str.format after translating.
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{path.name}: {context}/{source!r} -> {text!r} changes the placeholders"
            )
            assert ("\n" in text) == ("\n" in source), f"{path.name}: {source!r} line breaks"


def test_english_is_the_source_text() -> None:
    for (_context, source), texts in _messages(TRANSLATIONS / "clb4u_desk_en.ts").items():
        assert texts == [source]


def test_vietnamese_is_really_translated() -> None:
    messages = _messages(TRANSLATIONS / "clb4u_desk_vi.ts")
    assert messages[("pages", "Cases")] == ["Vụ việc"]
    assert messages[("pages", "Customers")] == ["Khách hàng"]
    assert messages[("pages", "Supervisor")] == ["Giám sát"]
    # Product names and pure placeholders may stay as they are; sentences may not.
    same = [
        source
        for (_c, source), texts in messages.items()
        if texts == [source]
        and " " in PLACEHOLDER.sub("", source).strip()
        and "CLB4U Desk" not in source
    ]
    assert not same, f"left in English: {same}"


def _lupdate_messages(tmp_path: Path) -> set[Message]:
    out = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    return set(_messages(out))


def test_every_string_in_the_code_is_in_every_ts_file(tmp_path: Path) -> None:
    in_code = _lupdate_messages(tmp_path)
    assert ("pages", "Cases") in in_code
    assert ("errors", "No such case.") in in_code  # raised by the services, not the GUI
    for path in TS_FILES:
        in_file = set(_messages(path))
        missing = sorted(in_code - in_file)
        assert not missing, (
            f"{path.name} lacks {missing}: run "
            f"'uv run python packaging/update_translations.py' and translate"
        )
        stale = sorted(in_file - in_code)
        assert not stale, f"{path.name} has strings no longer in the code: {stale}"


_TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
_TRANSLATES_MARKED = {
    ("clb4u_desk/gui/errors.py", "error_text"),
    ("clb4u_desk/gui/errors.py", "_param_text"),
}


def test_translated_strings_are_literals() -> None:
    """lupdate only sees literal strings: tr(variable) would never be translated."""
    offenders: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # error_text translates a domain error's template and params, which its raise site marked
        # with QT_TRANSLATE_NOOP (checked here like any other literal).
        skipped = {
            id(n)
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef)
            and (path.relative_to(ROOT).as_posix(), f.name) in _TRANSLATES_MARKED
            for n in ast.walk(f)
        }
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _TR_NAMES:
                continue
            texts = node.args[1:2] if name in {"translate", "QT_TRANSLATE_NOOP"} else node.args[:1]
            if name == "translate" and not (
                isinstance(func, ast.Attribute)
                and getattr(func.value, "id", "") == "QCoreApplication"
            ):
                continue  # e.g. str.translate or QTranslator.translate
            if not texts or not all(
                isinstance(t, ast.Constant) and isinstance(t.value, str) for t in texts
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, (
        f"tr()/translate() with a non-literal text at {offenders}: lupdate only collects "
        "string literals, so these strings would never be translated. Call "
        'QCoreApplication.translate("Context", "literal text") or self.tr("literal") '
        "directly, not through a wrapper such as _tr(text)."
    )


def test_committed_files_are_up_to_date() -> None:
    """The .qm files are what lrelease makes of the .ts files (and lupdate changes nothing)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_loads(qapp: QApplication, language: str) -> None:
    translator = load_translator(language)
    assert not translator.isEmpty()
    expected = {"vi": "Đăng nhập", "en": "Sign in"}[language]
    assert translator.translate("SignInDialog", "Sign in") == expected


@pytest.mark.parametrize(
    ("language", "ok", "cancel"), [("vi", "Đồng ý", "Hủy"), ("en", "OK", "Cancel")]
)
def test_qt_standard_buttons_speak_the_language(
    qapp: QApplication, language: str, ok: str, cancel: str
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from clb4u_desk.gui.i18n import Translations

    installed = Translations(qapp)
    installed.apply(language)
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        texts = [
            buttons.button(b).text()
            for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        ]
        assert texts == [ok, cancel]
    finally:
        installed.remove()
        installed.deleteLater()


def test_stored_codes_read_as_the_label_table_says_in_the_ui_language(qapp: QApplication) -> None:
    """The GUI's words for stored codes are the documents' words (domain/labels.py), in the
    language the interface shows, and follow a language switch."""
    from clb4u_desk.domain import labels
    from clb4u_desk.domain.categories import DataCategory
    from clb4u_desk.gui.cases.case_labels import state_name
    from clb4u_desk.gui.customers.labels import column_title, value_text
    from clb4u_desk.gui.decisions.labels import CATEGORY_NAMES, purpose_name
    from clb4u_desk.gui.i18n import Translations, ui_language

    assert ui_language() == "en"  # no translator: the source language
    installed = Translations(qapp)
    try:
        for language in ("vi", "en", "vi"):
            installed.apply(language)
            assert ui_language() == language
            for category in DataCategory:
                assert CATEGORY_NAMES[category]() == labels.category_name(category, language)
            assert purpose_name("marketing") == labels.word(labels.PURPOSES, "marketing", language)
            assert state_name("closed") == labels.word(labels.CASE_STATES, "closed", language)
            assert column_title("gender") == labels.word(labels.COLUMNS, "gender", language)
            assert value_text(DataCategory.ACCOUNT, "gender", "male") == (
                "Nam" if language == "vi" else "Male"
            )
        assert CATEGORY_NAMES[DataCategory.POLLS]() == "Thăm dò ý kiến"
    finally:
        installed.remove()
        installed.deleteLater()
    assert ui_language() == "en"
