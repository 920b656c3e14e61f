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
from clb4u_desk.domain.identity import IdDocumentType, IdentityLevel, KnowledgeFact
from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.gui.verification.wizard import VerificationWizard
from clb4u_desk.services.verification.service import VerificationService
from tests.gui.helpers import QT_STRICT
from tests.integration.verification_helpers import (
    PHONE,
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
    # Contact point and two facts for L2; then the card on file: L3 also needs a third
    # fact and a declaration.
    assert wizard.missing_list.count() == 6
    assert "L2" in wizard.missing_title.text()
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
    assert wizard.missing_list.count() == 4  # L3's third fact and declaration
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


TITLES = {"vi": "Xác minh danh tính", "en": "Identity verification"}


def _switch(
    qtbot: QtBot, translations: Translations, wizard: VerificationWizard, language: str
) -> None:
    """Change the interface's language and wait for the wizard to take it."""
    translations.apply(language)
    qtbot.waitUntil(lambda: wizard.windowTitle() == TITLES[language])


def _texts(wizard: VerificationWizard) -> list[str]:
    """What the wizard says about the case: summary, what is missing, the question tab."""
    listed = [wizard.missing_list.item(row).text() for row in range(wizard.missing_list.count())]
    return [wizard.summary.text(), wizard.missing_title.text(), *listed, wizard.prompt.text()]


def test_without_payment_data_the_wizard_describes_only_the_level_needed(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = add_agent(services)
    customer = add_customer(services, payment=False)
    case_id = add_case(services, (Right.ACCESS,), customer_id=customer)
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    for language, payment in (("vi", "thanh toán"), ("en", "payment")):
        _switch(qtbot, translations, wizard, language)
        texts = _texts(wizard)
        assert "L2" in wizard.summary.text()
        assert "L2" in wizard.missing_title.text()
        assert wizard.missing_list.count() == 3  # contact point, two facts: L2, nothing else
        assert not any(payment in text.lower() for text in texts), texts
        assert not any("L3" in text for text in texts), texts


def test_with_payment_data_the_wizard_names_l3_and_what_it_still_needs(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = add_agent(services)
    case_id = add_case(services, (Right.ACCESS,), customer_id=add_customer(services))
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    wizard.origin_button.click()
    assert runner.wait_for_idle(15)
    _answer(runner, wizard, KnowledgeFact.ZIP, ZIP)
    _answer(runner, wizard, KnowledgeFact.LAST_INVOICE_AMOUNT, "1.500.000 ₫")
    wizard.tabs.setCurrentIndex(2)
    wizard.declaration_button.click()
    assert runner.wait_for_idle(15)
    _switch(qtbot, translations, wizard, "en")
    listed = [wizard.missing_list.item(row).text() for row in range(wizard.missing_list.count())]
    assert listed[0].startswith("Nothing")
    assert "payment data" in listed[1]
    assert "L3" in listed[1]
    # The declaration is on file: L3 lacks the third fact only.
    assert len(listed) == 3
    assert listed[2].lstrip(" •").startswith("A third, different fact on file answered")
    assert not any("A declaration signed by the requester" in text for text in listed)


def test_when_the_questions_run_out_the_wizard_says_which_routes_remain(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = add_agent(services)
    # Only the ZIP code is on file to ask about.
    customer = add_customer(services, payment=False, invoices=False, webinar=False)
    case_id = add_case(services, (Right.ACCESS,), customer_id=customer, channel="phone")
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    _answer(runner, wizard, KnowledgeFact.ZIP, ZIP)
    assert wizard.question_combo.count() == 0
    vietnamese = _texts(wizard)
    assert "Không còn câu hỏi nào để hỏi" in wizard.prompt.text()
    assert "Đã xem giấy tờ tùy thân" in wizard.prompt.text()
    contact, second_fact = vietnamese[2], vietnamese[3]
    assert "Gọi lại số điện thoại đã đăng ký" in contact
    assert "Mã xác thực một lần qua email" in contact
    assert "Yêu cầu gửi từ email" not in contact  # the request came by phone
    assert "Đã xem giấy tờ tùy thân" in second_fact
    assert "Câu hỏi" not in second_fact  # none left
    _switch(qtbot, translations, wizard, "en")
    english = _texts(wizard)
    assert wizard.prompt.text().startswith("No question left to ask. The missing fact can")
    assert "ID document seen" in wizard.prompt.text()
    assert "Callback to the registered phone" in english[2]
    assert "ID document seen" in english[3]

    # The ID document supplies the second fact; the callback the contact point.
    wizard.tabs.setCurrentIndex(2)
    wizard.document_combo.setCurrentIndex(wizard.document_combo.findData(IdDocumentType.CCCD))
    wizard.document_last4.setText("1234")
    wizard.document_button.click()
    assert runner.wait_for_idle(15)
    assert wizard.missing_list.count() == 1
    assert wizard.prompt.text() == "No question left to ask."
    with qtbot.waitSignal(wizard.verified, timeout=15_000):
        wizard.tabs.setCurrentIndex(0)
        wizard.callback_phone.setText(PHONE)
        wizard.callback_yes.click()
        assert runner.wait_for_idle(15)


def test_when_no_route_is_left_the_wizard_says_so(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = add_agent(services)
    customer = add_customer(services, payment=False, invoices=False, webinar=False)
    case_id = add_case(services, (Right.ACCESS,), customer_id=customer)
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    wizard.origin_button.click()
    assert runner.wait_for_idle(15)
    _answer(runner, wizard, KnowledgeFact.ZIP, "100000")  # wrong: not asked again
    # The ID document can supply one fact; nothing is left for the second.
    listed = [wizard.missing_list.item(row).text() for row in range(wizard.missing_list.count())]
    assert len(listed) == 2
    assert "Đã xem giấy tờ tùy thân" in listed[0]
    assert "Không còn cách nào" in listed[1]
    assert "không thể đạt được" in wizard.summary.text()
    _switch(qtbot, translations, wizard, "en")
    assert "L2 can no longer be reached" in wizard.summary.text()
    assert "No way left in this case" in wizard.missing_list.item(1).text()


def test_the_code_check_waits_for_a_code(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = add_agent(services)
    case_id = add_case(services, (Right.RESTRICTION,), customer_id=add_customer(services))
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, runner, wizard)
    assert not wizard.check_code_button.isEnabled()
    wizard.code_edit.setText("  ")
    assert not wizard.check_code_button.isEnabled()
    wizard.code_edit.setText("12")
    assert wizard.check_code_button.isEnabled()
    wizard.check_code_button.click()
    assert runner.wait_for_idle(15)
    assert "6 chữ số" in wizard.error_label.text()
    assert services.verification.status(agent, case_id).attempts == ()
