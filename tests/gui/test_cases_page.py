"""The Cases page: taking requests in from .eml files and the "New case" form, finding
them in the queue, filtering, and opening a case in its own tab (SQLite; the intake
service is tested on both databases in tests/integration)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.gui.cases.cases_page import CasesPage
from clb4u_desk.gui.cases.email_intake import EmailImport, EmailIntakeDialog
from clb4u_desk.gui.cases.queue_page import CasesQueuePage
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.persistence.models import Case
from tests.gui.helpers import QT_STRICT

pytestmark = QT_STRICT
EML = Path(__file__).resolve().parents[1] / "data" / "eml"
SHOTS = os.environ.get("CASES_SCREENSHOTS")  # a folder: save screenshots there to look at


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def _caption(form: QFormLayout, field: QWidget) -> str:
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def _closed(widget: QWidget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


def _cases(services: Services) -> int:
    with services.db.reader() as uow:
        return int(uow.session.execute(select(func.count(Case.id))).scalar_one())


def _page(qtbot: QtBot, services: Services, actor: Actor, runner: TaskRunner) -> CasesPage:
    page = CasesPage(services, actor, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert runner.wait_for_idle(10)
    return page


def _dialog(qtbot: QtBot, runner: TaskRunner, email_import: EmailImport) -> EmailIntakeDialog:
    qtbot.waitUntil(
        lambda: email_import.dialog is not None and email_import.dialog.isVisible(), timeout=10_000
    )
    assert runner.wait_for_idle(10)
    assert email_import.dialog is not None
    return email_import.dialog


def _wait_selected(qtbot: QtBot, runner: TaskRunner, queue: CasesQueuePage, case_id: int) -> None:
    qtbot.waitUntil(lambda: queue.selected_case_id() == case_id, timeout=10_000)
    assert runner.wait_for_idle(10)


def _set_filter(qtbot: QtBot, queue: CasesQueuePage, change: object) -> None:
    with qtbot.waitSignal(queue.model.ids_loaded, timeout=10_000):
        change()  # type: ignore[operator]


def test_an_email_becomes_a_case_found_filtered_and_opened(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    page = _page(qtbot, services, actors["agent"], runner)
    queue = page.queue
    assert queue.count_label.text() == "0 vụ việc"

    email_import = queue.import_files([EML / "01_utf8_qp_vi_erasure.eml"])
    assert email_import is not None
    dialog = _dialog(qtbot, runner, email_import)
    assert dialog.sender_label.text() == "Nguyễn Thị Ánh <anh.nguyen@example.vn>"
    assert _caption(dialog.form, dialog.sender_label) == "Người gửi (như tự khai):"
    assert dialog.create_button.isVisible()
    assert not dialog.done_button.isVisible()
    assert dialog.received_label.text().startswith("01/03/2026")
    assert not dialog.date_note_label.isVisible()
    assert dialog.rights.checked() == [Right.ERASURE]  # suggested, not decided
    assert "dữ liệu”" in dialog.evidence_label.text()  # the words that suggested it
    # The agent adds a right the wording did not show; the case gets both.
    dialog.rights.boxes[Right.ACCESS].setChecked(True)
    _shot(dialog, "email-intake")
    dialog.create_button.click()
    assert runner.wait_for_idle(10)
    assert _closed(dialog)  # nothing related, no warning: done at once
    assert email_import.created_ids
    assert _cases(services) == 1
    case_id = email_import.created_ids[0]
    detail = services.cases.get_case(case_id)
    assert {item.right for item in detail.items} == {Right.ACCESS, Right.ERASURE}
    assert detail.channel is Channel.EMAIL

    # The queue was read again and the new case is selected.
    _wait_selected(qtbot, runner, queue, case_id)
    assert queue.count_label.text() == "1 vụ việc"
    row = queue.model.row_of(case_id)
    assert row is not None
    qtbot.waitUntil(lambda: queue.model.index(row, 0).data() == detail.reference)
    assert queue.model.index(row, 5).data() == "N.T.A."

    # Filters: by right, and due within N days (it is due ten days after receipt).
    _set_filter(
        qtbot,
        queue,
        lambda: queue.right_combo.setCurrentIndex(queue.right_combo.findData(Right.ERASURE.value)),
    )
    assert queue.model.rowCount() == 1
    _set_filter(
        qtbot,
        queue,
        lambda: queue.right_combo.setCurrentIndex(
            queue.right_combo.findData(Right.OBJECTION.value)
        ),
    )
    assert queue.model.rowCount() == 0
    assert queue.count_label.text() == "0 vụ việc"
    _set_filter(qtbot, queue, lambda: queue.right_combo.setCurrentIndex(0))
    _set_filter(
        qtbot,
        queue,
        lambda: queue.assignee_combo.setCurrentIndex(queue.assignee_combo.findData("unassigned")),
    )
    assert queue.model.rowCount() == 1
    _set_filter(
        qtbot,
        queue,
        lambda: queue.assignee_combo.setCurrentIndex(queue.assignee_combo.findData("me")),
    )
    assert queue.model.rowCount() == 0
    _set_filter(qtbot, queue, lambda: queue.assignee_combo.setCurrentIndex(0))
    # The email is dated 1 March 2026: long overdue by the real clock. Overdue cases
    # count as due within any number of days.
    _set_filter(qtbot, queue, lambda: queue.overdue_box.setChecked(True))
    assert queue.model.rowCount() == 1
    _set_filter(qtbot, queue, lambda: queue.overdue_box.setChecked(False))
    _set_filter(qtbot, queue, lambda: queue.due_box.setChecked(True))
    assert queue.model.rowCount() == 1
    _set_filter(qtbot, queue, lambda: queue.due_box.setChecked(False))
    _set_filter(
        qtbot,
        queue,
        lambda: queue.state_combo.setCurrentIndex(queue.state_combo.findData("closed")),
    )
    assert queue.model.rowCount() == 0
    _set_filter(
        qtbot,
        queue,
        lambda: queue.state_combo.setCurrentIndex(queue.state_combo.findData("received")),
    )
    assert queue.model.rowCount() == 1
    _set_filter(
        qtbot,
        queue,
        lambda: queue.regime_combo.setCurrentIndex(queue.regime_combo.findData("gdpr")),
    )
    assert queue.model.rowCount() == 0
    _set_filter(qtbot, queue, lambda: queue.regime_combo.setCurrentIndex(0))
    assert queue.model.rowCount() == 1

    # Enter on the row opens the case in a tab of its own; opening it again switches.
    queue.select_case(case_id)
    qtbot.waitUntil(lambda: queue.model.queue_row(0) is not None)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert page.tabs.count() == 2
    view = page.case_tab(case_id)
    assert view is not None
    assert page.tabs.currentWidget() is view
    assert page.tabs.tabText(1) == detail.reference
    qtbot.waitUntil(
        lambda: view.reference_label.text() == detail.reference,  # type: ignore[attr-defined]
        timeout=10_000,
    )
    assert runner.wait_for_idle(10)
    # A change made on the case page reads the queue again, the case still selected.
    with qtbot.waitSignal(queue.model.ids_loaded, timeout=10_000):
        view.case_changed.emit(case_id)  # type: ignore[attr-defined]
    _wait_selected(qtbot, runner, queue, case_id)
    page.tabs.setCurrentIndex(0)
    page.open_case(case_id)
    assert page.tabs.count() == 2
    assert page.tabs.currentWidget() is view
    page.close_tab(1)
    assert page.tabs.count() == 1
    page.close_tab(0)  # the queue stays
    assert page.tabs.count() == 1
    assert page.tabs.widget(0) is queue


def test_a_file_that_is_no_email_is_named_and_creates_nothing(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    page = _page(qtbot, services, actors["agent"], runner)
    email_import = page.queue.import_files(
        [EML / "91_random_bytes.eml", EML / "21_missing_date.eml"]
    )
    assert email_import is not None
    qtbot.waitUntil(lambda: email_import.problem_box is not None, timeout=10_000)
    box = email_import.problem_box
    assert box is not None
    assert box.isVisible()
    assert "91_random_bytes.eml" in box.informativeText()
    assert "dữ liệu nhị phân" in box.informativeText()  # the parser's error, in Vietnamese
    assert email_import.dialog is None
    assert _cases(services) == 0
    box.accept()  # the next file follows

    dialog = _dialog(qtbot, runner, email_import)
    assert dialog.email.path.name == "21_missing_date.eml"
    assert dialog.date_note_label.isVisible()
    assert "Date" in dialog.date_note_label.text()
    dialog.skip_button.click()
    assert runner.wait_for_idle(10)
    qtbot.waitUntil(lambda: page.queue.email_import is None)
    assert _cases(services) == 0
    assert email_import.problems
    assert not email_import.created_ids


def test_dropped_files_are_taken_in_and_a_related_case_linked(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
) -> None:
    page = _page(qtbot, services, actors["agent"], runner)
    queue = page.queue
    same = EML / "02_utf8_base64_vi_access_copy.eml"
    # A second message from the same sender (another Message-ID: not the same email).
    again = tmp_path / "again.eml"
    again.write_bytes(
        same.read_bytes().replace(b"Subject: ", b"Message-ID: <again@x.vn>\nSubject: ", 1)
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(same)), QUrl.fromLocalFile(str(again))])
    # The handlers are called directly: offscreen Qt delivers no drop without a real drag.
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    queue.dropEvent(drop)
    assert drop.isAccepted()
    email_import = queue.email_import
    assert email_import is not None

    first = _dialog(qtbot, runner, email_import)
    assert first.rights.checked() == [Right.ACCESS, Right.COPY]
    first.create_button.click()
    assert runner.wait_for_idle(10)
    assert len(email_import.created_ids) == 1

    # The same sender again: the service names the earlier case; the agent links it.
    qtbot.waitUntil(
        lambda: (
            email_import.dialog is not first
            and email_import.dialog is not None
            and email_import.dialog.isVisible()
        ),
        timeout=10_000,
    )
    second = email_import.dialog
    assert second is not None
    second.create_button.click()
    assert runner.wait_for_idle(10)
    assert second.isVisible()
    assert second.stack.currentIndex() == 1
    assert len(email_import.created_ids) == 2
    earlier, later = email_import.created_ids
    assert second.related_box.isVisible()
    assert second.link_choice() == earlier  # linking is the default; the agent may not
    _shot(second, "email-intake-related")
    second.choose_link(None)
    assert second.link_choice() is None
    second.choose_link(earlier)
    second.done_button.click()
    assert runner.wait_for_idle(10)
    assert _closed(second)
    detail = services.cases.get_case(later)
    assert detail.related_case is not None
    assert detail.related_case.id == earlier
    _wait_selected(qtbot, runner, queue, later)
    assert queue.model.rowCount() == 2
    qtbot.waitUntil(lambda: queue.email_import is None)


def test_an_email_already_a_case_offers_that_case_and_makes_none(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    tmp_path: Path,
) -> None:
    page = _page(qtbot, services, actors["agent"], runner)
    queue = page.queue
    original = EML / "01_utf8_qp_vi_erasure.eml"
    first = services.intake.create_case_from_eml(actors["agent"], original.read_bytes())
    reference = first.case.reference
    # The same Message-ID (another copy), and the same bytes of an email without one.
    bare = tmp_path / "bare.eml"
    lines = original.read_bytes().split(b"\n")
    bare.write_bytes(b"\n".join(x for x in lines if not x.lower().startswith(b"message-id:")))
    bare_case = services.intake.create_case_from_eml(actors["agent"], bare.read_bytes())
    for path, case in ((original, first), (bare, bare_case)):
        email_import = queue.import_files([path])
        assert email_import is not None
        dialog = _dialog(qtbot, runner, email_import)
        ref = case.case.reference
        assert dialog.already_label.isVisible()
        assert f"Email này đã là vụ việc {ref}" in dialog.already_label.text()
        assert not dialog.create_button.isVisible()
        assert dialog.open_button.isVisible()
        assert dialog.open_button.text() == f"Mở {ref}"
        with qtbot.waitSignal(email_import.open_requested) as opened:
            dialog.open_button.click()
        assert opened.args == [case.case.id, ref]
        assert _closed(dialog)
        qtbot.waitUntil(lambda: queue.email_import is None)
        assert page.case_tab(case.case.id) is not None  # opened in its tab
        assert runner.wait_for_idle(10)
    assert _cases(services) == 2  # no second case of either
    assert reference == first.case.reference


def test_the_new_case_form_says_what_to_fix_and_creates_the_case(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    page = _page(qtbot, services, actors["agent"], runner)
    queue = page.queue
    queue.new_button.click()
    dialog = queue.new_case_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Vụ việc mới"
    assert _caption(dialog.form, dialog.phone_edit) == "Đ&iện thoại:"
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(Channel.POST.value))
    dialog.name_edit.setText("Trần Văn Bình")

    def submit_refused(expected: str) -> None:
        dialog.create_button.click()
        assert runner.wait_for_idle(10)
        box = dialog.error_box
        assert box is not None
        assert box.isVisible()
        assert expected in box.informativeText()
        box.accept()
        assert _cases(services) == 0
        assert dialog.isVisible()

    submit_refused("ít nhất một quyền")  # no right yet
    dialog.rights.boxes[Right.RECTIFICATION].setChecked(True)
    submit_refused("ít nhất một cách liên lạc")  # no contact point
    dialog.phone_edit.setText("12")
    submit_refused("Số điện thoại không hợp lệ")  # the service's own check
    dialog.phone_edit.setText("0912 345 678")
    dialog.address_edit.setPlainText("12 Lý Thái Tổ, Hoàn Kiếm, Hà Nội")
    dialog.eu_box.setChecked(True)
    dialog.notes_edit.setPlainText("Sửa địa chỉ theo thư gửi ngày 20/11.")
    _shot(dialog, "new-case")
    created: list[int] = []
    dialog.created.connect(created.append)
    dialog.create_button.click()
    assert runner.wait_for_idle(10)
    assert _closed(dialog)
    assert _cases(services) == 1
    assert len(created) == 1
    detail = services.cases.get_case(created[0])
    assert detail.channel is Channel.POST
    assert detail.requester_phone is not None
    assert [item.right for item in detail.items] == [Right.RECTIFICATION]
    assert {regime.value for regime in detail.regimes} == {"vn", "gdpr"}
    _wait_selected(qtbot, runner, queue, created[0])
    assert queue.count_label.text() == "1 vụ việc"
    # Received today, due ten days later (maybe a little more over a weekend).
    assert detail.due_on is not None
    within = (detail.due_on - services.queue.today()).days
    assert within >= 7
    _set_filter(qtbot, queue, lambda: queue.due_days.setValue(within - 1))
    _set_filter(qtbot, queue, lambda: queue.due_box.setChecked(True))
    assert queue.model.rowCount() == 0
    _set_filter(qtbot, queue, lambda: queue.due_days.setValue(within))
    assert queue.model.rowCount() == 1
    assert queue.count_label.text() == "1 vụ việc"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_page_speaks_the_language(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    language: str,
) -> None:
    translations.switch(language)
    page = _page(qtbot, services, actors["agent"], runner)
    expected = {"vi": ("Hàng đợi", "Nhập email…"), "en": ("Queue", "Import e-mail…")}
    assert (page.tabs.tabText(0), page.queue.import_button.text()) == expected[language]
