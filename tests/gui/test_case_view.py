"""The case page on the real services (SQLite: the services are tested on both databases
in tests/integration): loading, item clocks, the acknowledgement, stale versions, what
is offered to whom, and the dialogs it opens."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseState, ItemOutcome
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.gui.cases.case_dialogs import (
    AssignDialog,
    CloseCaseDialog,
    NoticeDialog,
    OutcomeDialog,
    PauseDialog,
    ThirdPartyDialog,
)
from clb4u_desk.gui.cases.case_items import CLOCK, DUE, OUTCOME, RIGHT, ItemsModel
from clb4u_desk.gui.cases.case_timeline import TimelineModel, event_text
from clb4u_desk.gui.cases.case_view import CaseView
from clb4u_desk.gui.cases.new_case_dialog import NewCaseDialog
from clb4u_desk.gui.copies.issue_dialog import CopyIssueDialog
from clb4u_desk.gui.customers.link_dialog import LinkCustomerDialog
from clb4u_desk.gui.customers.profile_view import ProfileWindow
from clb4u_desk.gui.decisions.consent import ConsentDialog, SuppressionDialog
from clb4u_desk.gui.decisions.erasure_dialog import ErasureDialog
from clb4u_desk.gui.decisions.rectification import RectificationDialog
from clb4u_desk.gui.decisions.refusal import ExtensionDialog, RefusalDialog
from clb4u_desk.gui.decisions.restriction import RestrictionDialog
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.gui.verification.wizard import VerificationWizard
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import Case
from clb4u_desk.services.approvals.service import ApprovalView
from clb4u_desk.services.cases.service import ItemDetail, TimelineEvent
from clb4u_desk.services.intake.service import NewAttachment, NewCase
from tests.gui.helpers import QT_STRICT, RecordingPresenter
from tests.integration.case_helpers import machine_zone
from tests.integration.verification_helpers import EMAIL as REGISTERED_EMAIL
from tests.integration.verification_helpers import add_agent, add_customer

pytestmark = QT_STRICT

EMAIL = "minh.nguyen@example.vn"
SCAN = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40
DAY = re.compile(r"^\d{2}/\d{2}/\d{4}$")


def new_case(
    services: Services,
    actor: Actor,
    rights: tuple[Right, ...],
    *,
    days_ago: float = 1,
    attachments: bool = False,
    language: str = "vi",
    email: str = EMAIL,
) -> int:
    files = [NewAttachment("cccd mat truoc.jpg", "image/jpeg", SCAN)] if attachments else []
    return services.intake.create_case(
        actor,
        NewCase(
            channel=Channel.EMAIL,
            received_at=datetime.now(UTC) - timedelta(days=days_ago),
            requester_name="Nguyễn Văn Minh",
            rights=rights,
            email=email,
            language=language,
            attachments=files,
        ),
    ).id


def force(services: Services, case_id: int, **values: object) -> None:
    """Test setup only: put the case where a test needs it (state, level, customer)."""
    with services.db.uow() as uow:
        uow.session.execute(update(Case).where(Case.id == case_id).values(**values))
        uow.commit()


def open_view(
    qtbot: QtBot, runner: TaskRunner, services: Services, actor: Actor, case_id: int
) -> CaseView:
    view = CaseView(services, actor, runner, case_id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    assert runner.wait_for_idle(15)
    assert view.data is not None
    assert not view.loading
    return view


def settle(runner: TaskRunner) -> None:
    # Twice: a change's callback starts the reload, whose callback may start more.
    assert runner.wait_for_idle(15)
    assert runner.wait_for_idle(15)


def actions(services: Services, case_id: int) -> list[str]:
    return [event.action for event in services.cases.timeline(case_id)]


def test_loading_shows_reference_items_due_dates_and_timeline(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    earlier = new_case(services, agent, (Right.ACCESS,), days_ago=10)
    case_id = new_case(
        services, agent, (Right.ACCESS, Right.RECTIFICATION, Right.ERASURE), attachments=True
    )
    view = CaseView(services, agent, runner, case_id)
    qtbot.addWidget(view)
    assert view.loading
    assert view.stack.currentIndex() == 0
    assert view.reference_label.text() == ""
    assert not view.action_bar.verify_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=15_000):
        view.show()
    detail = services.cases.get_case(case_id)
    assert view.reference_label.text() == detail.reference
    assert view.stack.currentIndex() == 1
    assert view.header.state_label.text() == "Đã tiếp nhận"  # received, in Vietnamese
    assert view.header.values["version"].text() == str(detail.version)
    model = view.items_model
    assert model.rowCount() == 3
    for row, item in enumerate(detail.items):
        due = model.index(row, DUE).data()
        assert DAY.match(due)
        assert item.due_on is not None
        assert due == item.due_on.strftime("%d/%m/%Y")
    assert model.index(0, RIGHT).data() == "Truy cập dữ liệu"
    assert model.index(0, OUTCOME).data() == "Đang chờ xử lý"
    timeline = services.cases.timeline(case_id)
    assert view.timeline_model.rowCount() == len(timeline) == 1
    assert view.timeline_model.index(0, 2).data().startswith("Đã tiếp nhận yêu cầu")
    assert view.attachments.table.rowCount() == 1
    assert view.attachments.table.item(0, 0).text() == "cccd mat truoc.jpg"
    # The earlier request from the same email is offered as related.
    assert view.related.table.rowCount() == 1
    assert view.related.table.item(0, 0).text() == services.cases.get_case(earlier).reference


def test_pause_and_resume_update_the_items_and_the_timeline(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS, Right.RECTIFICATION))
    view = open_view(qtbot, runner, services, agent, case_id)
    item = services.cases.get_case(case_id).items[1]
    view.select_item(item.id)
    assert view.pause_button.isEnabled()
    assert not view.resume_button.isEnabled()
    view.pause_button.click()
    dialog = view.dialog
    assert isinstance(dialog, PauseDialog)
    dialog.ok_button.click()  # no reason: refused in the form, nothing written
    assert not dialog.error_label.isHidden()
    assert actions(services, case_id) == ["case_received"]
    dialog.reason.setPlainText("Chờ bản chụp căn cước")
    with qtbot.waitSignal(view.case_changed, timeout=15_000) as changed:
        dialog.ok_button.click()
        settle(runner)
    assert changed.args == [case_id]
    stored = services.cases.get_case(case_id).item(item.id)
    assert stored.paused_since is not None
    assert stored.due_on is None
    row = view.items_model.row_of(item.id)
    assert view.items_model.index(row, DUE).data() == "—"
    assert stored.paused_since.strftime("%d/%m/%Y") in view.items_model.index(row, CLOCK).data()
    assert view.timeline_model.rowCount() == 2
    assert view.timeline_model.event_at(1).action == "item_clock_stopped"
    assert view.selected_item() is not None
    assert view.selected_item().id == item.id
    assert view.resume_button.isEnabled()
    assert not view.pause_button.isEnabled()

    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        view.resume_button.click()
        settle(runner)
    stored = services.cases.get_case(case_id).item(item.id)
    assert stored.paused_since is None
    assert stored.due_on is not None
    assert view.items_model.index(row, DUE).data() == stored.due_on.strftime("%d/%m/%Y")
    assert view.timeline_model.event_at(2).action == "item_clock_restarted"
    assert view.pause_button.isEnabled()


def test_the_acknowledgement_is_shown_copied_and_marked_as_sent(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS,), language="en")
    view = open_view(qtbot, runner, services, agent, case_id)
    panel = view.acknowledgement
    settle(runner)
    reference = view.reference_label.text()
    english = services.cases.acknowledgement_text(case_id, "en")
    assert panel.language.currentData() == "en"  # the requester's language first
    assert (panel.subject.text(), panel.body.toPlainText()) == english
    panel.language.setCurrentIndex(panel.language.findData("vi"))
    settle(runner)
    assert panel.body.toPlainText() == services.cases.acknowledgement_text(case_id, "vi")[1]
    assert reference in panel.subject.text()
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith(panel.subject.text())

    assert panel.mark_button.isEnabled()
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        panel.mark_button.click()
        settle(runner)
    assert services.cases.get_case(case_id).acknowledged_at is not None
    assert actions(services, case_id)[-1] == "case_acknowledged"
    assert (
        view.timeline_model.event_at(view.timeline_model.rowCount() - 1).action
        == "case_acknowledged"
    )
    assert not panel.mark_button.isEnabled()  # once only
    assert not view.banner.isHidden()
    assert not view.banner.property("error")


def test_a_stale_version_says_so_reloads_and_loses_nothing(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent, other = actors["agent"], actors["agent2"]
    case_id = new_case(services, agent, (Right.ACCESS, Right.RECTIFICATION))
    view = open_view(qtbot, runner, services, agent, case_id)
    shown = view.version()
    # Meanwhile another agent takes the case.
    services.cases.assign(other, case_id, other.account_id, shown)
    view.acknowledgement.mark_button.click()
    settle(runner)
    assert view.banner.property("error") is True
    assert view.banner.text()
    assert services.cases.get_case(case_id).acknowledged_at is None  # nothing written
    assert view.version() == services.cases.get_case(case_id).version != shown
    assert view.header.values["assignee"].text() == "Agent2"
    # Trying again acts on the case as it is now.
    view.acknowledgement.mark_button.click()
    settle(runner)
    assert services.cases.get_case(case_id).acknowledged_at is not None

    # A form keeps what was typed: the item changes under an open pause form.
    item = services.cases.get_case(case_id).items[0]
    view.select_item(item.id)
    view.pause_button.click()
    dialog = view.dialog
    assert isinstance(dialog, PauseDialog)
    dialog.reason.setPlainText("Chờ khách hàng xác nhận địa chỉ")
    paused = services.cases.pause_item(other, item.id, "Khác", item.version)
    services.cases.resume_item(other, item.id, paused.item(item.id).version)
    dialog.ok_button.click()
    settle(runner)
    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()
    assert dialog.reason.toPlainText() == "Chờ khách hàng xác nhận địa chỉ"
    assert view.item_version(item.id) == services.cases.get_case(case_id).item(item.id).version
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        dialog.ok_button.click()
        settle(runner)
    assert services.cases.get_case(case_id).item(item.id).paused_since is not None


def test_actions_follow_state_role_and_verification(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent, supervisor = actors["agent"], actors["supervisor"]
    case_id = new_case(services, agent, (Right.ACCESS, Right.RECTIFICATION))
    view = open_view(qtbot, runner, services, agent, case_id)
    bar = view.action_bar
    assert bar.assign_to_me_button.isEnabled()
    assert bar.verify_button.isEnabled()
    assert bar.link_customer_button.isEnabled()
    assert not bar.profile_button.isEnabled()  # not linked, not verified
    assert not bar.decisions_button.isEnabled()
    assert not bar.copy_button.isEnabled()
    assert not bar.erasure_button.isEnabled()
    assert not bar.evidence_button.isEnabled()
    assert bar.evidence_button.isHidden()
    # From received: on to awaiting identity, not to verified (L2 is needed), or close.
    assert list(bar.move_actions) == [CaseState.AWAITING_IDENTITY]
    assert bar.close_action in bar.state_menu.actions()
    assert not view.outcome_button.isEnabled()  # nothing is decided before the work
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        bar.assign_to_me_button.click()
        settle(runner)
    assert services.cases.get_case(case_id).assignee_id == agent.account_id
    assert not bar.assign_to_me_button.isEnabled()
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        bar.move_actions[CaseState.AWAITING_IDENTITY].trigger()
        settle(runner)
    assert view.data is not None
    assert view.data.case.state is CaseState.AWAITING_IDENTITY

    # Linked and verified to L2, in progress: decisions, copy and the profile open up.
    force(
        services,
        case_id,
        customer_id=add_customer(services),
        identity_level=2,
        state=CaseState.IN_PROGRESS.value,
    )
    view.reload()
    settle(runner)
    assert bar.profile_button.isEnabled()
    assert bar.copy_button.isEnabled()
    assert bar.decisions_button.isEnabled()
    assert bar.decision_actions["rectification"].isEnabled()
    assert not bar.decision_actions["restriction"].isEnabled()  # no restriction asked for
    assert bar.link_customer_button.isEnabled()  # no steps taken yet: relinking is allowed
    assert view.outcome_button.isEnabled()
    view.outcome_button.click()
    dialog = view.dialog
    assert isinstance(dialog, OutcomeDialog)
    offered = [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())]
    assert offered == [ItemOutcome.DONE.value, ItemOutcome.PARTLY_DONE.value]  # no refusal
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        dialog.ok_button.click()
        settle(runner)
    item = view.data.case.items[0]
    assert services.cases.get_case(case_id).item(item.id).outcome is ItemOutcome.DONE

    # A supervisor sees the evidence pack and may also refuse an item.
    boss = open_view(qtbot, runner, services, supervisor, case_id)
    assert boss.action_bar.evidence_button.isEnabled()
    boss.select_item(view.data.case.items[1].id)
    boss.outcome_button.click()
    boss_dialog = boss.dialog
    assert isinstance(boss_dialog, OutcomeDialog)
    assert boss_dialog.outcome.findData(ItemOutcome.REFUSED.value) >= 0
    boss_dialog.reject()
    settle(runner)

    # Closed: nothing changes any more.
    force(services, case_id, state=CaseState.CLOSED.value, outcome="withdrawn")
    view.reload()
    settle(runner)
    for button in (
        bar.assign_to_me_button,
        bar.assign_button,
        bar.state_button,
        bar.verify_button,
        bar.link_customer_button,
        bar.decisions_button,
        bar.copy_button,
        view.pause_button,
        view.outcome_button,
        view.acknowledgement.mark_button,
    ):
        assert not button.isEnabled(), button.text()
    assert bar.profile_button.isEnabled()  # reading stays possible


def test_the_verification_wizard_opens_from_the_page_and_the_page_follows_it(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    # The request came from the email the customer registered.
    case_id = new_case(services, agent, (Right.ACCESS,), email=REGISTERED_EMAIL)
    force(services, case_id, customer_id=add_customer(services))
    view = open_view(qtbot, runner, services, agent, case_id)
    view.action_bar.verify_button.click()
    wizard = view.dialog
    assert isinstance(wizard, VerificationWizard)
    assert wizard.isVisible()
    assert runner.wait_for_idle(15)
    wizard.origin_button.click()  # the request came from the registered email: L1
    assert runner.wait_for_idle(15)
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        wizard.reject()
        settle(runner)
    assert view.dialog is None
    assert view.data is not None
    assert view.data.verification.level_reached == 1
    assert "verification_attempt" in [e.action for e in view.data.timeline]
    assert view.action_bar.profile_button.isEnabled()  # linked and at L1 now


def test_a_dialog_closed_without_a_change_emits_nothing(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS,))
    view = open_view(qtbot, runner, services, agent, case_id)
    view.action_bar.assign_button.click()
    dialog = view.dialog
    assert isinstance(dialog, AssignDialog)
    assert runner.wait_for_idle(15)
    assert dialog.assignee.count() == 6  # nobody + five active accounts
    with qtbot.assertNotEmitted(view.case_changed, wait=200):
        dialog.reject()
        settle(runner)
    view.action_bar.assign_button.click()
    dialog = view.dialog
    assert isinstance(dialog, AssignDialog)
    assert runner.wait_for_idle(15)
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(actors["agent2"].account_id))
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        dialog.ok_button.click()
        settle(runner)
    assert services.cases.get_case(case_id).assignee_id == actors["agent2"].account_id
    assert view.header.values["assignee"].text() == "Agent2"


def test_attachments_and_the_evidence_pack_are_saved_where_chosen(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
) -> None:
    supervisor = actors["supervisor"]
    folder = tmp_path / "chosen"
    folder.mkdir()
    case_id = new_case(services, actors["agent"], (Right.ACCESS,), attachments=True)
    view = open_view(qtbot, runner, services, supervisor, case_id)
    assert view.data is not None
    info = view.data.case.attachments[0]
    assert view.attachments.table.item(0, 3).toolTip() == info.sha256
    target = folder / "chosen-name.jpg"
    view.save_attachment_to(info.id, target)
    settle(runner)
    assert target.read_bytes() == SCAN
    assert hashlib.sha256(target.read_bytes()).hexdigest() == info.sha256
    view.save_attachment_to(info.id, tmp_path / "no such folder" / "x.jpg")
    settle(runner)
    assert view.banner.property("error") is True  # said so; no crash, nothing written
    pack = folder / "pack.pdf"
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        view.save_evidence_pack_to(pack)
        settle(runner)
    assert pack.read_bytes().startswith(b"%PDF")
    assert (
        view.timeline_model.event_at(view.timeline_model.rowCount() - 1).action
        == "evidence_pack_exported"
    )
    # Written where chosen, under the names chosen, and nothing else (no temporary files).
    assert sorted(p.name for p in folder.iterdir()) == ["chosen-name.jpg", "pack.pdf"]


def test_an_agent_is_refused_the_evidence_pack_by_the_service(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
    presenter: RecordingPresenter,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS,))
    view = open_view(qtbot, runner, services, agent, case_id)
    view.save_evidence_pack_to(tmp_path / "pack.pdf")  # the button is hidden; the rule holds
    settle(runner)
    assert view.banner.property("error") is True
    assert not (tmp_path / "pack.pdf").exists()
    assert "evidence_pack_exported" not in actions(services, case_id)


def test_linking_a_related_request(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    earlier = new_case(services, agent, (Right.ACCESS,), days_ago=5)
    case_id = new_case(services, agent, (Right.ERASURE,))
    view = open_view(qtbot, runner, services, agent, case_id)
    panel = view.related
    assert not panel.link_button.isEnabled()
    panel.table.selectRow(0)
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        panel.link_button.click()
        settle(runner)
    related = services.cases.get_case(case_id).related_case
    assert related is not None
    assert related.id == earlier
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 3).text() == "Đã liên kết"
    with qtbot.waitSignal(view.open_case_requested, timeout=5_000) as opened:
        panel.table.selectRow(0)
        panel.open_button.click()
    assert opened.args == [earlier]


def test_the_page_follows_a_language_switch(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    case_id = new_case(services, actors["agent"], (Right.ACCESS,))
    view = open_view(qtbot, runner, services, actors["agent"], case_id)
    assert view.header.state_label.text() == "Đã tiếp nhận"
    translations.switch("en")
    # Qt posts LanguageChange to each window, so it arrives when the event loop turns.
    qtbot.waitUntil(lambda: view.header.state_label.text() == "Received")
    assert view.items_model.index(0, RIGHT).data() == "Access"
    assert view.action_bar.verify_button.text() == "Verify identity…"
    assert view.items_model.headerData(0, Qt.Orientation.Horizontal) == "Right"


def test_unknown_event_kinds_are_shown_as_stored(translations: Translations) -> None:
    event = TimelineEvent(
        seq=1,
        recorded_at=datetime.now(UTC),
        actor="x",
        actor_role="agent",
        action="something_new",
        details={},
    )
    assert event_text(event) == "something_new"
    moved = TimelineEvent(
        seq=2,
        recorded_at=datetime.now(UTC),
        actor="x",
        actor_role="agent",
        action="case_state_changed",
        details={"from": "received", "to": "awaiting_identity"},
    )
    assert event_text(moved) == "Đổi trạng thái: Đã tiếp nhận → Chờ xác minh danh tính"
    check = TimelineEvent(
        seq=3,
        recorded_at=datetime.now(UTC),
        actor="x",
        actor_role="agent",
        action="verification_attempt",
        details={"method": "knowledge_question", "fact": "zip", "succeeded": False},
    )
    text = event_text(check)
    assert text.startswith("Kiểm tra danh tính: ")
    assert text.endswith("✗")


def test_an_extension_is_proposed_to_a_supervisor_with_its_notice(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS, Right.ERASURE))
    force(
        services,
        case_id,
        customer_id=add_customer(services),
        identity_level=2,
        state=CaseState.IN_PROGRESS.value,
    )
    view = open_view(qtbot, runner, services, agent, case_id)
    item = services.cases.get_case(case_id).items[1]
    view.select_item(item.id)
    assert CaseState.AWAITING_APPROVAL not in view.action_bar.move_actions
    view.extension_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ExtensionDialog)
    dialog.reason.setPlainText("Dữ liệu nằm ở nhiều hệ thống, cần thêm thời gian đối soát")
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        dialog.ok_button.click()
        settle(runner)
    qtbot.waitUntil(lambda: isinstance(view.dialog, NoticeDialog))
    notice = view.dialog
    assert isinstance(notice, NoticeDialog)
    assert notice.tabs.count() == 2
    assert view.data is not None
    assert view.data.case.state is CaseState.AWAITING_APPROVAL
    row = view.items_model.row_of(item.id)
    assert view.items_model.index(row, CLOCK).data().startswith("Đã đề xuất gia hạn")
    assert not view.extension_button.isEnabled()
    assert not view.refusal_button.isEnabled()
    # Only the supervisor's decision takes the case back to work (four eyes).
    assert CaseState.IN_PROGRESS not in view.action_bar.move_actions
    assert [a.kind for a in services.approvals.for_case(agent, case_id)] == ["extension"]
    notice.reject()
    settle(runner)


def test_closing_a_case_as_withdrawn(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS,))
    view = open_view(qtbot, runner, services, agent, case_id)
    view.action_bar.close_action.trigger()
    dialog = view.dialog
    assert isinstance(dialog, CloseCaseDialog)
    assert dialog.outcome.count() == 1  # from received, only withdrawn
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        dialog.ok_button.click()
        settle(runner)
    stored = services.cases.get_case(case_id)
    assert stored.state is CaseState.CLOSED
    assert stored.outcome is not None
    assert view.header.state_label.text() == "Đã đóng: Đã rút yêu cầu"
    assert not view.action_bar.state_button.isEnabled()


def test_every_dialog_opens_from_the_page_for_its_case(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, tuple(Right), email=REGISTERED_EMAIL)
    force(
        services,
        case_id,
        customer_id=add_customer(services),
        identity_level=2,
        state=CaseState.IN_PROGRESS.value,
    )
    view = open_view(qtbot, runner, services, agent, case_id)
    bar = view.action_bar
    expected = {
        "rectification": RectificationDialog,
        "restriction": RestrictionDialog,
        "objection": ConsentDialog,
        "withdrawal": ConsentDialog,
        "suppression": SuppressionDialog,
    }
    for key, kind in expected.items():
        assert bar.decision_actions[key].isEnabled(), key
        bar.decision_actions[key].trigger()
        dialog = view.dialog
        assert isinstance(dialog, kind), key
        with qtbot.assertNotEmitted(view.case_changed, wait=100):
            dialog.reject()
            settle(runner)
        assert view.dialog is None
    # No restriction is active yet: said so, nothing opens.
    bar.decision_actions["lift_restriction"].trigger()
    settle(runner)
    assert view.dialog is None
    assert view.banner.property("error") is False
    for button, kind in (
        (bar.copy_button, CopyIssueDialog),
        (bar.erasure_button, ErasureDialog),
        (bar.link_customer_button, LinkCustomerDialog),
    ):
        assert button.isEnabled(), kind.__name__
        button.click()
        dialog = view.dialog
        assert isinstance(dialog, kind)
        assert runner.wait_for_idle(15)
        dialog.reject()
        settle(runner)
    view.select_item(view.data.case.items[0].id if view.data else 0)
    view.refusal_button.click()
    assert isinstance(view.dialog, RefusalDialog)
    view.dialog.reject()
    settle(runner)
    # The profile opens beside the case, in a window of its own.
    bar.profile_button.click()
    profile = view.launcher.profile
    assert isinstance(profile, ProfileWindow)
    assert profile.isWindow()
    assert profile.isVisible()
    settle(runner)
    profile.close()


def test_the_page_works_on_postgresql(
    qtbot: QtBot, pg_url: str, runner: TaskRunner, translations: Translations
) -> None:
    """The GUI tests run on SQLite; this one runs the page's calls on the shared server."""
    db = Database(create_app_engine(pg_url))
    migrate.upgrade(db.engine)
    try:
        services = build_services(
            replace(Settings(), database=DatabaseSettings(url=pg_url, password="none")), db
        )
        agent = add_agent(services)
        case_id = new_case(services, agent, (Right.ACCESS, Right.RECTIFICATION))
        view = open_view(qtbot, runner, services, agent, case_id)
        assert view.reference_label.text() == services.cases.get_case(case_id).reference
        item = services.cases.get_case(case_id).items[0]
        view.select_item(item.id)
        view.pause_button.click()
        dialog = view.dialog
        assert isinstance(dialog, PauseDialog)
        dialog.reason.setPlainText("Chờ giấy tờ")
        # A change to the case itself leaves the item's version, so the form still acts.
        services.cases.assign(
            agent, case_id, agent.account_id, services.cases.get_case(case_id).version
        )
        with qtbot.waitSignal(view.case_changed, timeout=15_000):
            dialog.ok_button.click()
            settle(runner)
        assert services.cases.get_case(case_id).item(item.id).paused_since is not None
        assert (
            view.timeline_model.event_at(view.timeline_model.rowCount() - 1).action
            == "item_clock_stopped"
        )
        view.close()
    finally:
        db.dispose()


def test_an_item_says_a_third_party_must_act_and_gets_the_longer_period(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS, Right.ERASURE))
    view = open_view(qtbot, runner, services, agent, case_id)
    access = services.cases.get_case(case_id).items[0]
    assert access.due_on is not None
    assert not access.third_party
    view.select_item(access.id)
    assert view.third_party_button.isEnabled()
    view.third_party_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ThirdPartyDialog)
    assert dialog.third_party is True
    dialog.ok_button.click()  # no reason: refused in the form, nothing written
    assert not dialog.error_label.isHidden()
    assert actions(services, case_id) == ["case_received"]
    reason = "Đơn vị xử lý giữ dữ liệu hóa đơn"
    dialog.reason.setPlainText(reason)
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        dialog.ok_button.click()
        settle(runner)
    stored = services.cases.get_case(case_id).item(access.id)
    assert stored.third_party
    assert stored.third_party_reason == reason
    assert stored.due_on is not None
    assert stored.due_on > access.due_on
    row = view.items_model.row_of(access.id)
    assert view.items_model.index(row, DUE).data() == stored.due_on.strftime("%d/%m/%Y")
    assert "Có liên quan đến bên thứ ba" in view.items_model.index(row, CLOCK).data()
    assert reason in view.items_model.index(row, CLOCK).data(Qt.ItemDataRole.ToolTipRole)
    last = view.timeline_model.event_at(view.timeline_model.rowCount() - 1)
    assert last.action == "item_third_party_changed"
    assert reason not in str(last.details)
    assert event_text(last) != last.action
    assert view.selected_item() is not None
    assert view.selected_item().id == access.id

    # Undone the same way: the ordinary period again.
    view.third_party_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ThirdPartyDialog)
    assert dialog.third_party is False
    dialog.reason.setPlainText("Đơn vị xử lý đã trả dữ liệu")
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        dialog.ok_button.click()
        settle(runner)
    stored = services.cases.get_case(case_id).item(access.id)
    assert not stored.third_party
    assert stored.due_on == access.due_on
    assert actions(services, case_id)[-2:] == ["item_third_party_changed"] * 2


def test_no_third_party_change_while_a_proposal_waits_or_once_decided(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS, Right.ERASURE))
    force(
        services,
        case_id,
        customer_id=add_customer(services),
        identity_level=2,
        state=CaseState.IN_PROGRESS.value,
    )
    access, erasure = services.cases.get_case(case_id).items
    services.decisions.propose_extension(
        agent, erasure.id, "Nhiều hệ thống", expected_version=erasure.version
    )
    services.cases.set_item_outcome(agent, access.id, ItemOutcome.DONE, None, access.version)
    view = open_view(qtbot, runner, services, agent, case_id)
    for item in (access, erasure):
        view.select_item(item.id)
        assert not view.third_party_button.isEnabled(), item.right


def _worked_case(
    services: Services, agent: Actor
) -> tuple[tuple[ItemDetail, ...], list[TimelineEvent], list[ApprovalView]]:
    """A case with an item of every kind: stopped, third party, decided, proposed."""
    case_id = new_case(services, agent, tuple(Right))
    force(
        services,
        case_id,
        customer_id=add_customer(services),
        identity_level=2,
        state=CaseState.IN_PROGRESS.value,
    )
    first = services.cases.get_case(case_id)
    services.cases.pause_item(agent, first.items[0].id, "Chờ giấy tờ", first.items[0].version)
    services.cases.set_item_third_party(
        agent, first.items[1].id, True, "Đơn vị xử lý", first.items[1].version
    )
    services.cases.set_item_outcome(
        agent, first.items[2].id, ItemOutcome.PARTLY_DONE, "Một phần", first.items[2].version
    )
    erasure = services.cases.get_case(case_id).items[5]
    services.decisions.propose_extension(
        agent, erasure.id, "Nhiều hệ thống", expected_version=erasure.version
    )
    case = services.cases.get_case(case_id)
    timeline = services.cases.timeline(case_id)
    approvals = services.approvals.for_case(agent, case_id)
    assert len(timeline) >= 6
    assert approvals
    return case.items, timeline, approvals


def _read_every_cell(model: ItemsModel | TimelineModel) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.ForegroundRole,
            ):
                index.data(role)


def test_the_items_model_passes_the_model_tester(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    translations: Translations,
    qtmodeltester: ModelTester,
) -> None:
    items, _timeline, approvals = _worked_case(services, actors["agent"])
    model = ItemsModel()
    # The tester stays attached: every load and the retranslation are checked as they
    # happen, not only the final state.
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_items(items, approvals)
    assert model.rowCount() == len(Right)
    _read_every_cell(model)
    model.retranslate()
    model.set_items(items[:2], ())
    model.set_items((), ())
    model.retranslate()
    model.set_items(items, approvals)
    _read_every_cell(model)
    assert model.pending_kinds(items[5].id) == ("extension",)


def test_the_timeline_model_passes_the_model_tester(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    translations: Translations,
    qtmodeltester: ModelTester,
) -> None:
    _items, timeline, _approvals = _worked_case(services, actors["agent"])
    model = TimelineModel()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_events(timeline)
    assert model.rowCount() == len(timeline)
    _read_every_cell(model)
    model.retranslate()
    model.set_events(timeline[:1])
    model.set_events(())
    model.retranslate()
    model.set_events(tuple(reversed(timeline)))
    assert [model.event_at(r).seq for r in range(model.rowCount())] == sorted(
        e.seq for e in timeline
    )
    _read_every_cell(model)


def test_a_workstation_abroad_types_and_reads_vietnam_time(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    # 17:14 on 3 March in Hà Nội; on a machine set to Los Angeles, the same figures read
    # as local time would be 01:14 UTC on 4 March, the next day in Vietnam.
    agent = actors["agent"]
    with machine_zone("America/Los_Angeles"):
        dialog = NewCaseDialog(services, agent, runner)
        qtbot.addWidget(dialog)
        assert "UTC+7" in dialog.form_labels[1].text()
        dialog.received_edit.setDate(QDate(2026, 3, 3))
        dialog.received_edit.setTime(QTime(17, 14))
        dialog.name_edit.setText("Trần Văn Bình")
        dialog.phone_edit.setText("0912 345 678")
        dialog.rights.boxes[Right.ACCESS].setChecked(True)
        created: list[int] = []
        dialog.created.connect(created.append)
        dialog.create_button.click()
        assert runner.wait_for_idle(15)
        assert len(created) == 1
        detail = services.cases.get_case(created[0])
        assert detail.received_at == datetime(2026, 3, 3, 10, 14, tzinfo=UTC)
        view = open_view(qtbot, runner, services, agent, created[0])
        assert view.header.values["received"].text() == "03/03/2026 17:14"
        _, letter = services.cases.acknowledgement_text(created[0], "vi")
        assert "ngày 03/03/2026." in letter
        # A request received at 20:30 UTC on 3 December: 03:30 on 4 December in Vietnam.
        late = services.intake.create_case(
            agent,
            NewCase(
                channel=Channel.PHONE,
                received_at=datetime(2026, 12, 3, 20, 30, tzinfo=UTC),
                requester_name="Trần Văn Bình",
                rights=(Right.ACCESS,),
                phone="0912345678",
            ),
        ).id
        view = open_view(qtbot, runner, services, agent, late)
        assert view.header.values["received"].text() == "04/12/2026 03:30"
        assert "ngày 04/12/2026." in services.cases.acknowledgement_text(late, "vi")[1]


def test_a_confirmation_banner_goes_away_and_an_error_waits_for_the_agent(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    case_id = new_case(services, agent, (Right.ACCESS,))
    view = open_view(qtbot, runner, services, agent, case_id)
    view.banner_timer.setInterval(50)  # the same timer, shorter than a reader needs
    with qtbot.waitSignal(view.case_changed, timeout=15_000):
        view.action_bar.assign_to_me_button.click()
        settle(runner)
    assert view.banner.text() == "Bạn đã nhận xử lý hồ sơ này."
    assert not view.banner.isHidden()
    # After a few seconds it goes by itself.
    with qtbot.waitSignal(view.banner_timer.timeout, timeout=15_000):
        pass
    assert view.banner.isHidden()
    assert view.banner.text() == ""

    # Refreshing the page, or acting (a dialog opened), ends it at once too.
    view.banner_timer.setInterval(view.INFO_BANNER_MS)
    view.show_info("Đã lưu.")
    view.action_bar.refresh_button.click()
    assert view.banner.isHidden()
    settle(runner)
    view.show_info("Đã lưu.")
    view.select_item(view.items_model.item_at(0).id)
    view.pause_button.click()
    assert view.banner.isHidden()
    assert isinstance(view.dialog, PauseDialog)
    view.dialog.reject()
    settle(runner)

    # An error is not timed: it stays until the agent acts or refreshes.
    services.cases.mark_acknowledged(agent, case_id, view.version())  # the page is stale now
    view.acknowledgement.mark_button.click()
    settle(runner)
    assert view.banner.property("error") is True
    assert not view.banner.isHidden()
    assert not view.banner_timer.isActive()
    view.action_bar.refresh_button.click()
    assert view.banner.isHidden()
    settle(runner)
