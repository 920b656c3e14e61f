"""The decision dialogs call the services through the runner and keep domain errors in the
form (SQLite only: the services are tested on both databases in tests/integration)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.decisions.consent import ConsentDialog, SuppressionDialog
from clb4u_desk.gui.decisions.rectification import RecipientNoticeDialog, RectificationDialog
from clb4u_desk.gui.decisions.refusal import RefusalDialog
from clb4u_desk.gui.decisions.restriction import LiftRestrictionDialog, RestrictionDialog
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.persistence.models import Approval, Customer, DecisionLogEntry
from clb4u_desk.services.decisions.service import (
    FieldChange,
    RectificationResult,
    RestrictionResult,
)
from tests.gui.helpers import QT_STRICT
from tests.integration.test_decisions import case, person

pytestmark = QT_STRICT


def _open(qtbot: QtBot, runner: TaskRunner, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    assert runner.wait_for_idle(15)


def _row_of(dialog: RectificationDialog, field: str) -> int:
    return next(i for i, f in enumerate(dialog._fields) if f.field == field)


def test_rectification_dialog_previews_then_corrects(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    p = person(services)
    case_id, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    dialog = RectificationDialog(services, actors["agent"], runner, case_id)
    _open(qtbot, runner, dialog)
    assert dialog.windowTitle() == "Sửa dữ liệu cá nhân"
    assert not dialog.ok_button.isEnabled()
    row = _row_of(dialog, "job_title")
    dialog.fields_table.item(row, 2).setText("Trưởng phòng")
    assert dialog.changes() == [
        FieldChange("customers", p.customer_id, "job_title", "Trưởng phòng")
    ]
    dialog.preview_button.click()
    assert runner.wait_for_idle(15)
    assert dialog.preview_table.rowCount() == 1
    assert dialog.preview_table.item(0, 2).text() == "Trưởng phòng"
    assert dialog.ok_button.isEnabled()
    dialog.reason.setText("Khách hàng được thăng chức")
    with qtbot.waitSignal(dialog.decided, timeout=15_000):
        dialog.ok_button.click()
    assert isinstance(dialog.result_value, RectificationResult)
    with services.db.reader() as uow:
        customer = uow.session.get(Customer, p.customer_id)
        assert customer is not None
        assert customer.job_title == "Trưởng phòng"


def test_a_stale_form_shows_the_conflict_and_keeps_the_input(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    p = person(services)
    case_id, _ = case(services, (Right.RECTIFICATION,), customer_id=p.customer_id, level=2)
    dialog = RectificationDialog(services, actors["agent"], runner, case_id)
    _open(qtbot, runner, dialog)
    row = _row_of(dialog, "occupation")
    dialog.fields_table.item(row, 2).setText("Giáo viên")
    dialog.preview_button.click()
    assert runner.wait_for_idle(15)
    # Meanwhile another agent corrects the same customer.
    services.decisions.rectify(
        actors["agent2"],
        case_id,
        [FieldChange("customers", p.customer_id, "occupation", "Bác sĩ")],
        reason="Khác",
        evidence="",
        expected_versions={f"customers:{p.customer_id}": 1},
    )
    dialog.reason.setText("Nghề nghiệp mới")
    dialog.ok_button.click()
    assert runner.wait_for_idle(15)
    assert dialog.isVisible()
    assert dialog.result_value is None
    assert "vừa được người khác thay đổi" in dialog.error_label.text()
    assert dialog.fields_table.item(row, 2).text() == "Giáo viên"  # nothing typed is lost


def test_restriction_lift_and_recipient_dialogs(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    p = person(services)
    case_id, _ = case(services, (Right.RESTRICTION,), customer_id=p.customer_id, level=1)
    dialog = RestrictionDialog(services, actors["agent"], runner, case_id, 1)
    _open(qtbot, runner, dialog)
    assert dialog.category_boxes["identity"].text() == "Nhận dạng và liên hệ"  # the one label table
    dialog.ok_button.click()
    assert runner.wait_for_idle(15)
    assert dialog.error_label.isVisible()  # nothing chosen
    dialog.category_boxes["identity"].setChecked(True)
    dialog.reason.setText("Khách hàng phản đối tính chính xác")
    with qtbot.waitSignal(dialog.decided, timeout=15_000):
        dialog.ok_button.click()
    result = dialog.result_value
    assert isinstance(result, RestrictionResult)
    assert len(result.created) == 1

    notice = RecipientNoticeDialog(
        services, actors["agent"], runner, case_id, result.recipients, about="restriction"
    )
    _open(qtbot, runner, notice)
    notice.recipients.setCurrentRow(0)
    with qtbot.waitSignal(notice.decided, timeout=15_000):
        notice.mark_button.click()
    with services.db.reader() as uow:
        actions = list(uow.session.execute(select(DecisionLogEntry.action)).scalars())
        assert "recipient_notified" in actions

    lift = LiftRestrictionDialog(services, actors["agent"], runner, case_id, result.created[0])
    _open(qtbot, runner, lift)
    lift.ok_button.click()
    assert runner.wait_for_idle(15)
    assert lift.error_label.isVisible()
    assert lift.result_value is None
    lift.told.setChecked(True)
    with qtbot.waitSignal(lift.decided, timeout=15_000):
        lift.ok_button.click()
    assert services.decisions.active_restrictions(actors["agent"], p.customer_id) == []


@pytest.mark.parametrize("kind", ["objection", "withdrawal"])
def test_consent_dialogs(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    kind: str,
) -> None:
    p = person(services)
    right = Right.OBJECTION if kind == "objection" else Right.CONSENT_WITHDRAWAL
    case_id, _ = case(services, (right,), customer_id=p.customer_id, level=0)
    dialog = ConsentDialog(services, actors["agent"], runner, case_id, 1, kind)
    _open(qtbot, runner, dialog)
    dialog.purpose_boxes["marketing"].setChecked(True)
    dialog.channel_boxes["email"].setChecked(True)
    dialog.ok_button.click()
    assert runner.wait_for_idle(15)
    assert "L1" in dialog.error_label.text()  # L0 is not enough beyond the contact point
    suppress = SuppressionDialog(services, actors["agent"], runner, case_id, 1)
    _open(qtbot, runner, suppress)
    with qtbot.waitSignal(suppress.decided, timeout=15_000):
        suppress.ok_button.click()


def test_refusal_dialog_shows_the_complaint_route_and_proposes(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    p = person(services)
    _, items = case(services, (Right.ERASURE,), customer_id=p.customer_id, level=2)
    dialog = RefusalDialog(services, actors["agent"], runner, items[Right.ERASURE], 1)
    _open(qtbot, runner, dialog)
    dialog.reason.setPlainText("Hóa đơn phải lưu 10 năm")
    dialog.legal_ground.setText("Luật Kế toán 88/2015 Điều 41")
    dialog.preview_button.click()
    assert runner.wait_for_idle(15)
    assert "A05" in dialog.text.toPlainText()
    with qtbot.waitSignal(dialog.decided, timeout=15_000):
        dialog.ok_button.click()
    with services.db.reader() as uow:
        kinds = list(uow.session.execute(select(Approval.kind)).scalars())
        assert kinds == ["refusal"]
