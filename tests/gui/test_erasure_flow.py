"""The erasure flow in the GUI: an agent proposes the plan, a supervisor approves it in the
approval queue, the agent carries it out and gets the certificate (SQLite only: the
services are tested on both databases in tests/integration/test_erasure.py)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.gui.decisions.erasure_dialog import ErasureDialog
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.supervisor.approval_queue import ApprovalQueuePage
from clb4u_desk.gui.tasks import TaskRunner
from tests.gui.helpers import QT_STRICT
from tests.integration.test_erasure import NAME, VALUES, _case, _full_customer

pytestmark = QT_STRICT
SHOTS = os.environ.get("ERASURE_SCREENSHOTS")  # a folder: save screenshots there to look at


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _setup(services: Services) -> tuple[int, int]:
    with services.db.uow() as uow:
        customer = _full_customer(uow.session)
        case, item_id = _case(uow.session, customer)
        uow.commit()
        return case.id, item_id


@pytest.fixture
def pseudonym_key(memory_keyring: object) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "cd" * 32)  # type: ignore[attr-defined]


def test_propose_approve_execute_and_certificate(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
    pseudonym_key: None,
    qtmodeltester: ModelTester,
) -> None:
    case_id, item_id = _setup(services)
    dialog = ErasureDialog(services, actors["agent"], runner, case_id, item_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert runner.wait_for_idle(15)
    qtmodeltester.check(dialog.model)  # type: ignore[no-untyped-call]
    assert dialog.windowTitle() == "Xóa dữ liệu"
    categories = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())}
    assert {"Hóa đơn", "Liên lạc", "Nhận dạng và liên hệ"} <= categories
    actions = {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert {"Xóa", "Giữ lại", "Ẩn danh hóa"} <= actions
    assert dialog.propose_button.isEnabled()
    assert not dialog.execute_button.isEnabled()
    dialog.resize(1200, 620)
    _shot(dialog, "erasure_plan")
    dialog.propose_button.click()
    assert runner.wait_for_idle(15)
    assert dialog.status is not None
    assert dialog.status.state == "pending"
    assert not dialog.propose_button.isEnabled()
    assert not dialog.execute_button.isEnabled()

    page = ApprovalQueuePage(services, actors["supervisor"], runner)
    qtbot.addWidget(page)
    page.resize(900, 560)
    page.show()
    assert runner.wait_for_idle(15)
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Xóa dữ liệu"
    assert page.model.index(0, 2).data() == "agent"
    page.table.selectRow(0)
    assert "Hóa đơn" in page.details.toPlainText()
    assert not page.approve_button.isEnabled()  # a reason is required
    page.reason.setText("Kế hoạch đúng chính sách lưu trữ")
    assert page.approve_button.isEnabled()
    _shot(page, "approval_queue")
    page.approve_button.click()
    assert runner.wait_for_idle(15)
    assert "phê duyệt" in page.message.text()
    assert page.model.rowCount() == 0

    dialog.reload()
    assert runner.wait_for_idle(15)
    assert dialog.execute_button.isEnabled()
    dialog.execute_button.click()
    assert runner.wait_for_idle(15)
    assert runner.wait_for_idle(15)
    assert dialog.execution is not None
    assert dialog.execution.outcome == "partly_done"
    assert dialog.certificate is not None
    assert dialog.save_button.isEnabled()
    assert dialog.certificate.file_name in dialog.state_label.text()
    target = tmp_path / "certificate.pdf"
    dialog.save_certificate_to(target)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Giấy xác nhận xóa dữ liệu cá nhân" in text
    assert NAME not in text
    assert VALUES["email"] not in text
    _shot(dialog, "erasure_done")


def test_the_proposer_cannot_approve_in_the_queue(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    pseudonym_key: None,
) -> None:
    case_id, item_id = _setup(services)
    services.erasure.propose(actors["supervisor"], case_id, item_id)
    page = ApprovalQueuePage(services, actors["supervisor"], runner)
    qtbot.addWidget(page)
    page.show()
    assert runner.wait_for_idle(15)
    page.table.selectRow(0)
    page.reason.setText("ok")
    page.approve_button.click()
    assert runner.wait_for_idle(15)
    assert "bốn mắt" in page.message.text() or "four eyes" in page.message.text()
    assert page.model.rowCount() == 1
