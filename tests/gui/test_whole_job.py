"""The agent's whole job on the real services, through the GUI: an .eml asking for a copy
and a correction becomes a case, is linked to the customer, verified with the wizard,
answered with a copy (confirming that it answers the request) and a correction, and
closed with its outcome. At each step the items say where they stand, and the agent
never moves the case's state by hand: the work moves it (SQLite; the services are
tested on both databases in tests/integration)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.formatting import format_date
from clb4u_desk.domain.identity import KnowledgeFact
from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.cases.case_dialogs import CloseCaseDialog
from clb4u_desk.gui.cases.case_items import CLOCK, OUTCOME
from clb4u_desk.gui.cases.case_view import CaseView
from clb4u_desk.gui.cases.cases_page import CasesPage
from clb4u_desk.gui.copies.issue_dialog import CopyIssueDialog
from clb4u_desk.gui.customers.link_dialog import LinkCustomerDialog
from clb4u_desk.gui.decisions.rectification import RectificationDialog
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.gui.verification.wizard import VerificationWizard
from tests.conftest import MemoryKeyring
from tests.gui.helpers import QT_STRICT
from tests.integration.verification_helpers import EMAIL, ZIP, add_customer

pytestmark = QT_STRICT
EML = Path(__file__).resolve().parents[1] / "data" / "eml" / "40_vi_copy_and_rectification.eml"
NEW_EMAIL = "anh.nguyen.moi@example.vn"


def settle(runner: TaskRunner) -> None:
    # Twice: a change's callback starts the reload, whose callback may start more.
    assert runner.wait_for_idle(15)
    assert runner.wait_for_idle(15)


def _closed(widget: QWidget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _items(view: CaseView) -> dict[Right, tuple[str, str]]:
    """Each item's outcome and clock, as the item table shows them."""
    model = view.items_model
    return {
        model.item_at(row).right: (
            model.index(row, OUTCOME).data(),
            model.index(row, CLOCK).data(),
        )
        for row in range(model.rowCount())
    }


def _state(view: CaseView) -> CaseState:
    assert view.data is not None
    return view.data.case.state


def _answer(
    runner: TaskRunner, wizard: VerificationWizard, fact: KnowledgeFact, typed: str
) -> None:
    wizard.question_combo.setCurrentIndex(wizard.question_combo.findData(fact.value))
    wizard.answer_edit.setText(typed)
    wizard.answer_button.click()
    assert runner.wait_for_idle(15)


def test_from_the_email_to_a_closed_case_without_a_manual_state_change(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ab" * 32)
    agent = actors["agent"]
    customer_id = add_customer(services, payment=False)  # a copy of it needs L2
    page = CasesPage(services, agent, runner)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    assert runner.wait_for_idle(15)

    # 1. The email becomes a case, with the rights its words ask for.
    email_import = page.queue.import_files([EML])
    assert email_import is not None
    qtbot.waitUntil(lambda: email_import.dialog is not None and email_import.dialog.isVisible())
    assert runner.wait_for_idle(15)
    intake = email_import.dialog
    assert intake is not None
    assert set(intake.rights.checked()) == {Right.COPY, Right.RECTIFICATION}
    intake.create_button.click()
    settle(runner)
    assert _closed(intake)
    (case_id,) = email_import.created_ids
    view = page.open_case(case_id)
    assert isinstance(view, CaseView)
    settle(runner)
    assert _state(view) is CaseState.RECEIVED
    running = {"Đang chờ xử lý"}
    assert {outcome for outcome, _clock in _items(view).values()} == running
    assert {clock for _outcome, clock in _items(view).values()} == {"Đang tính hạn"}
    assert not view.action_bar.copy_button.isEnabled()

    # 2. Linked to the customer whose email it came from.
    view.action_bar.link_customer_button.click()
    link = view.dialog
    assert isinstance(link, LinkCustomerDialog)
    assert runner.wait_for_idle(15)
    qtbot.waitUntil(lambda: link.link_button.isEnabled())
    with qtbot.waitSignal(link.linked, timeout=15_000):
        link.link_button.click()
    assert runner.wait_for_idle(15)
    link.reject()
    settle(runner)
    assert view.data is not None
    assert view.data.case.customer_id == customer_id

    # 3. Verified to L2 with the wizard: the registered email, then two facts on file.
    view.action_bar.verify_button.click()
    wizard = view.dialog
    assert isinstance(wizard, VerificationWizard)
    assert runner.wait_for_idle(15)
    wizard.origin_button.click()
    assert runner.wait_for_idle(15)
    _answer(runner, wizard, KnowledgeFact.ZIP, ZIP)
    with qtbot.waitSignal(wizard.verified, timeout=15_000):
        _answer(runner, wizard, KnowledgeFact.LAST_INVOICE_AMOUNT, "1.500.000 ₫")
    wizard.reject()
    settle(runner)
    assert _state(view) is CaseState.VERIFIED  # the verification moved it
    assert view.action_bar.copy_button.isEnabled()
    # "Ghi kết quả…" is usable now, with no manual move first.
    view.select_item(next(i.id for i in view.data.case.items if i.right is Right.COPY))
    assert view.outcome_button.isEnabled()

    # 4. The copy, confirming that it answers the request.
    view.action_bar.copy_button.click()
    copy = view.dialog
    assert isinstance(copy, CopyIssueDialog)
    assert runner.wait_for_idle(15)
    assert copy.complete_box.isChecked()  # the confirmation, checked by default
    out = tmp_path / "out"
    out.mkdir()
    copy.folder_edit.setText(str(out))
    copy.issue_button.click()
    assert runner.wait_for_idle(15)
    assert copy.issued is not None
    assert "ghi nhận là hoàn thành" in copy.issued_label.text()
    assert copy.passphrase_dialog is not None
    copy.passphrase_dialog.close_button.click()
    copy.accept()
    settle(runner)
    today = format_date(services.cases.rules.today(services.ctx.clock()))
    assert _state(view) is CaseState.IN_PROGRESS  # the first work action moved it
    assert _items(view) == {
        Right.COPY: ("Đã hoàn thành", f"Đã dừng — hoàn thành {today}"),
        Right.RECTIFICATION: ("Đang chờ xử lý", "Đang tính hạn"),
    }

    # 5. The correction of the email address, as the request asks.
    view.action_bar.decision_actions["rectification"].trigger()
    fix = view.dialog
    assert isinstance(fix, RectificationDialog)
    assert runner.wait_for_idle(15)
    row = next(i for i, f in enumerate(fix._fields) if f.field == "email" and f.before == EMAIL)
    fix.fields_table.item(row, 2).setText(NEW_EMAIL)
    fix.preview_button.click()
    assert runner.wait_for_idle(15)
    fix.reason.setText("Khách hàng báo email trong hồ sơ bị sai")
    with qtbot.waitSignal(fix.decided, timeout=15_000):
        fix.ok_button.click()
    settle(runner)
    if not _closed(fix):
        fix.accept()
        settle(runner)
    assert _state(view) is CaseState.IN_PROGRESS  # not closed by itself
    assert _items(view) == {
        Right.COPY: ("Đã hoàn thành", f"Đã dừng — hoàn thành {today}"),
        Right.RECTIFICATION: ("Đã hoàn thành", f"Đã dừng — hoàn thành {today}"),
    }
    assert view.offers is not None
    assert CaseOutcome.DONE in view.offers.close_outcomes  # the page offers closing

    # 6. Closed with its outcome.
    view.action_bar.close_action.trigger()
    closing = view.dialog
    assert isinstance(closing, CloseCaseDialog)
    closing.outcome.setCurrentIndex(closing.outcome.findData(CaseOutcome.DONE.value))
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        closing.ok_button.click()
        settle(runner)
    stored = services.cases.get_case(case_id)
    assert stored.state is CaseState.CLOSED
    assert stored.outcome is CaseOutcome.DONE
    assert {item.outcome for item in stored.items} == {ItemOutcome.DONE}

    # Every move but the closing was made by the work itself, none by hand.
    moves = [
        (event.details["from"], event.details["to"], event.details.get("reason"))
        for event in services.cases.timeline(case_id)
        if event.action == "case_state_changed"
    ]
    assert moves == [
        ("received", "awaiting_identity", "identity_verification"),
        ("awaiting_identity", "verified", "identity_verification"),
        ("verified", "in_progress", "work_started"),
        ("in_progress", "closed", None),  # the agent's one move: closing, with its outcome
    ]
