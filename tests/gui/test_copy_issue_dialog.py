"""The data-copy dialog: summary, preview, issue into a folder, the passphrase shown once
(SQLite only: the service is tested on both databases in tests/integration)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import ItemOutcome
from clb4u_desk.gui.copies.issue_dialog import CopyIssueDialog
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from tests.conftest import MemoryKeyring
from tests.gui.helpers import QT_STRICT
from tests.integration.copy_helpers import add_case
from tests.integration.verification_helpers import add_customer

pytestmark = QT_STRICT
SHOTS = os.environ.get("COPY_SCREENSHOTS")  # a folder: save screenshots there to look at


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "cd" * 32)


def _dialog(
    qtbot: QtBot, services: Services, agent: Actor, runner: TaskRunner, case_id: int
) -> CopyIssueDialog:
    dialog = CopyIssueDialog(services, agent, runner, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert runner.wait_for_idle(15)
    return dialog


def test_issue_a_copy_and_see_the_passphrase_once(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
    qtmodeltester: ModelTester,
) -> None:
    case_id, reference = add_case(services, add_customer(services), level=3)
    dialog = _dialog(qtbot, services, actors["agent"], runner, case_id)
    qtmodeltester.check(dialog.model)  # type: ignore[no-untyped-call]
    assert dialog.windowTitle() == "Bản sao dữ liệu"
    assert dialog.summary is not None
    assert dialog.summary.includes_payment_data
    assert "L3" in dialog.level_label.text()
    rows = {
        dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data()
        for r in range(dialog.model.rowCount())
    }
    assert rows["Hóa đơn"] == "2"
    assert not dialog.issue_button.isEnabled()  # no folder yet

    opened: list[QUrl] = []
    dialog.open_url = opened.append  # type: ignore[method-assign,assignment]
    dialog.preview_button.click()
    assert runner.wait_for_idle(15)
    assert dialog.preview_path is not None
    assert opened[0].toLocalFile() == str(dialog.preview_path)
    assert not PdfReader(dialog.preview_path).is_encrypted

    out = tmp_path / "out"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("post"))
    _shot(dialog, "copy-dialog")
    dialog.issue_button.click()
    assert runner.wait_for_idle(15)
    shown = dialog.passphrase_dialog
    assert shown is not None
    assert shown.isVisible()
    passphrase = shown.field.text()
    assert len(passphrase) == 29
    assert "kênh khác" in shown.warning.text()
    pdf = out / f"{reference}-data-copy.pdf"
    assert sorted(p.name for p in out.iterdir()) == [pdf.name]
    assert PdfReader(pdf).decrypt(passphrase) != PasswordType.NOT_DECRYPTED
    assert dialog.issued is not None
    assert dialog.issued.passphrase is None
    assert pdf.name in dialog.issued_label.text()
    # Checked by default: the copy answers the request, its item is done.
    assert dialog.complete_box.isChecked()
    assert not dialog.complete_box.isEnabled()  # issued: nothing to choose any more
    assert services.cases.get_case(case_id).items[0].outcome is ItemOutcome.DONE
    _shot(shown, "passphrase-dialog")

    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == passphrase
    shown.close_button.click()
    assert QGuiApplication.clipboard().text() == ""  # not left behind
    assert shown.field.text() == ""
    assert not dialog.issue_button.isEnabled()  # issued once per dialog
    dialog.accept()
    assert not Path(str(dialog.preview_path)).exists()  # the plain preview is gone


def test_below_the_level_nothing_can_be_issued(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
) -> None:
    case_id, _ = add_case(services, add_customer(services), level=2)
    dialog = _dialog(qtbot, services, actors["agent"], runner, case_id)
    assert dialog.error_label.isVisible()
    assert "L3" in dialog.error_label.text()
    dialog.folder_edit.setText(str(tmp_path))
    assert not dialog.issue_button.isEnabled()
    assert not dialog.preview_button.isEnabled()
