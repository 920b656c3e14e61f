"""The verification wizard takes a case from unverified to L2 through the real service,
every call through the TaskRunner (SQLite only: the service is tested on both databases
in tests/integration)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from clb4u_desk.adapters.smtp import SmtpMailer
from clb4u_desk.app import Services
from clb4u_desk.config import DatabaseSettings
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.identity import IdentityLevel, KnowledgeFact
from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.gui.verification.wizard import VerificationWizard
from clb4u_desk.services.verification.service import VerificationService
from tests.gui.helpers import QT_STRICT
from tests.integration.verification_helpers import (
    ZIP,
    KeptMail,
    add_agent,
    add_case,
    add_customer,
    code_in,
)

pytestmark = QT_STRICT


def _open(qtbot: QtBot, runner: TaskRunner, wizard: VerificationWizard) -> None:
    qtbot.addWidget(wizard)
    wizard.show()
    assert runner.wait_for_idle(15)


def _answer(
    runner: TaskRunner, wizard: VerificationWizard, fact: KnowledgeFact, typed: str
) -> None:
    wizard.question_combo.setCurrentIndex(wizard.question_combo.findData(fact.value))
    assert wizard.prompt.text()  # the question to read out, never the answer
    wizard.answer_edit.setText(typed)
    wizard.answer_button.click()
    assert wizard.answer_edit.text() == ""  # not kept in the form
    assert runner.wait_for_idle(15)


def test_the_wizard_takes_a_case_from_unverified_to_l2(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = add_agent(services)
    case_id = add_case(services, (Right.ACCESS,), customer_id=add_customer(services))
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    assert wizard.windowTitle() == "Xác minh danh tính"
    assert "L2" in wizard.summary.text()
    assert "L0" in wizard.summary.text()
    assert wizard.missing_list.count() == 4  # contact point, two facts; L3 for the card
    assert wizard.matches_table.rowCount() == 3  # name, email, phone
    assert all(wizard.matches_table.item(row, 2).text() == "✓" for row in range(3))
    assert wizard.question_combo.count() == len(KnowledgeFact)

    wizard.origin_button.click()
    assert runner.wait_for_idle(15)
    assert wizard.snapshot is not None
    assert wizard.snapshot.status.level_reached is IdentityLevel.L1
    _answer(runner, wizard, KnowledgeFact.LAST_WEBINAR, "Một hội thảo khác hẳn")
    assert wizard.attempts_list.item(wizard.attempts_list.count() - 1).text().startswith("✗")
    _answer(runner, wizard, KnowledgeFact.ZIP, ZIP)
    with qtbot.waitSignal(wizard.verified, timeout=15_000):
        _answer(runner, wizard, KnowledgeFact.LAST_INVOICE_AMOUNT, "1.500.000 ₫")
    status = wizard.snapshot.status
    assert status.level_reached is IdentityLevel.L2
    assert status.case_state is CaseState.VERIFIED
    assert "L2" in wizard.summary.text()
    # "Nothing left" for the items as asked, and the card on file: a copy needs L3.
    assert wizard.missing_list.item(0).text().startswith("Không còn gì")
    assert "L3" in wizard.missing_list.item(1).text()
    assert wizard.missing_list.count() == 2
    assert wizard.question_combo.count() == 2  # webinar, ZIP and amount were asked


def test_one_time_code_and_errors_in_the_wizard(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    mail = KeptMail()
    services = replace(services, verification=VerificationService(services.ctx, mailer=mail))
    agent = add_agent(services)
    case_id = add_case(services, (Right.RESTRICTION,), customer_id=add_customer(services))
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    assert wizard.destination_combo.count() == 2
    shown = wizard.destination_combo.itemText(0)
    assert "@" in shown
    assert "•••" in shown
    wizard.callback_phone.setText("0987 654 321")  # not on file: refused in the dialog
    wizard.callback_yes.click()
    assert runner.wait_for_idle(15)
    assert not wizard.error_label.isHidden()
    assert wizard.error_label.text()
    wizard.send_code_button.click()
    assert runner.wait_for_idle(15)
    code = code_in(mail.sent[-1].body)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    wizard.code_edit.setText(wrong)
    wizard.check_code_button.click()
    assert wizard.code_edit.text() == ""
    assert runner.wait_for_idle(15)
    assert "2" in wizard.message.text()
    with qtbot.waitSignal(wizard.verified, timeout=15_000):
        wizard.code_edit.setText(code)
        wizard.check_code_button.click()
        assert runner.wait_for_idle(15)
    assert wizard.snapshot is not None
    assert wizard.snapshot.status.level_reached is IdentityLevel.L1


def test_the_demo_workspace_shows_its_codes_in_the_demo_outbox(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
) -> None:
    # A real configuration sends by SMTP, and the wizard offers no outbox.
    assert services.verification.demo_outbox is None
    assert isinstance(services.verification._mailer, SmtpMailer)
    # The demo workspace: its database file's folder holds the outbox; no SMTP at all.
    demo = replace(
        services.ctx.settings,
        demo=True,
        database=DatabaseSettings(url=f"sqlite:///{(tmp_path / 'demo.sqlite3').as_posix()}"),
    )
    verification = VerificationService(replace(services.ctx, settings=demo))
    assert verification.demo_outbox is not None
    assert verification.demo_outbox.folder == tmp_path / "demo-outbox"
    services = replace(services, verification=verification)
    agent = add_agent(services)
    case_id = add_case(services, (Right.RESTRICTION,), customer_id=add_customer(services))
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    assert wizard.outbox_button.isVisible()
    assert wizard.outbox_button.text() == "Hộp thư đi (bản mẫu)…"
    wizard.open_demo_outbox()
    assert runner.wait_for_idle(15)
    outbox = wizard.demo_outbox_dialog
    assert outbox is not None
    assert outbox.isVisible()
    assert outbox.messages.count() == 0
    assert "Chưa gửi gì" in outbox.note.text()
    wizard.send_code_button.click()
    assert runner.wait_for_idle(15)
    assert wizard.error_label.isHidden()
    wizard.open_demo_outbox()  # shown again: read afresh
    assert runner.wait_for_idle(15)
    assert outbox.messages.count() == 1
    assert outbox.messages.currentRow() == 0
    code = code_in(outbox.body.toPlainText())
    assert list((tmp_path / "demo-outbox").glob("*.eml"))
    with qtbot.waitSignal(wizard.verified, timeout=15_000):
        wizard.code_edit.setText(code)
        wizard.check_code_button.click()
        assert runner.wait_for_idle(15)
    assert wizard.snapshot is not None
    assert wizard.snapshot.status.level_reached is IdentityLevel.L1


def test_an_unlinked_case_asks_for_the_link_first(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = add_agent(services)
    case_id = add_case(services, (Right.ACCESS,))
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    assert wizard.missing_list.count() == 1
    assert not wizard.tabs.isEnabled()
