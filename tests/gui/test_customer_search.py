"""The Customers page: search as you type through the real search service, ranked hits
with their reasons in words, stale answers dropped, and linking a hit to a case."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.customers.search_page import CustomerSearchPage
from clb4u_desk.gui.customers.search_panel import SearchPanel
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.search.service import (
    SearchResults,
    SearchService,
    rebuild_search_index,
)
from tests.conftest import MemoryKeyring
from tests.gui.helpers import QT_STRICT
from tests.integration.verification_helpers import (
    EMAIL,
    NAME,
    add_agent,
    add_case,
    add_customer,
    case_row,
)

pytestmark = QT_STRICT


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ab" * 32)


def _customers(services: Services) -> tuple[int, int]:
    """Two customers named "Nguyễn Thị Ánh" with the same email and phone; the name
    index is rebuilt as after an import."""
    first = add_customer(services)
    second = add_customer(services, payment=False)
    rebuild_search_index(services.db)
    return first, second


def _page(qtbot: QtBot, services: Services, agent: Actor, runner: TaskRunner) -> CustomerSearchPage:
    page = CustomerSearchPage(services, agent, runner)
    qtbot.addWidget(page)
    page.show()
    return page


def _type(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    panel.query_edit.clear()
    qtbot.keyClicks(panel.query_edit, text)


def _rows(panel: SearchPanel) -> list[list[str]]:
    model = panel.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_typing_finds_names_without_diacritics_and_every_phone_form(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    translations: Translations,
    qtmodeltester: ModelTester,
) -> None:
    first, _second = _customers(services)
    agent = add_agent(services)
    page = _page(qtbot, services, agent, runner)
    panel = page.search
    assert panel.state_label.text() == "Nhập ít nhất 2 ký tự để tìm."

    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        _type(qtbot, panel, "nguyen thi anh")  # no Enter: the pause starts the search
    qtmodeltester.check(panel.model)  # type: ignore[no-untyped-call]
    rows = _rows(panel)
    assert [row[1] for row in rows] == [NAME, NAME]
    assert [row[0] for row in rows] == ["KH-000001", "KH-000002"]  # ties by reference
    assert all(row[3] == "họ tên đầy đủ" for row in rows)
    assert panel.state_label.text() == "Tìm thấy 2 khách hàng."

    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        _type(qtbot, panel, "anh ngu")  # any order, an unfinished word
    assert [row[3] for row in _rows(panel)] == ["phần đầu các từ của tên"] * 2

    for phone in ("0912.345.678", "+84 912 345 678", "84912345678"):
        with qtbot.waitSignal(panel.results_shown, timeout=10_000):
            _type(qtbot, panel, phone)
            qtbot.keyClick(panel.query_edit, "\r")  # Enter searches at once
        rows = _rows(panel)
        assert len(rows) == 2, phone  # both have the test phone on file
        assert rows[0][3] == "số điện thoại"
        assert "+84 ••• ••• 678" in rows[0][2]
        assert "912" not in rows[0][2]
        assert "@" in rows[0][2]
        assert "anh.nguyen" not in rows[0][2]
    assert panel.model.hit(0).customer_id == first

    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        _type(qtbot, panel, "tran hung dao")
    assert panel.model.rowCount() == 0
    assert panel.state_label.text() == "Không có khách hàng nào khớp với “tran hung dao”."

    _type(qtbot, panel, "n")
    panel.search_now()
    assert panel.model.rowCount() == 0
    assert runner.pending == 0
    assert panel.state_label.text() == "Nhập ít nhất 2 ký tự để tìm."
    assert not page.link_button.isEnabled()


class GatedSearch(SearchService):
    """The real search, held back for one query until the test lets it answer."""

    def __init__(self, services: Services, gated: str) -> None:
        super().__init__(services.ctx)
        self.gated = gated
        self.release = threading.Event()
        self.started = threading.Event()

    def search_results(self, query: str, *, limit: int = 20) -> SearchResults:
        if query == self.gated:
            self.started.set()
            assert self.release.wait(10)
        return super().search_results(query, limit=limit)


def test_an_older_query_answering_late_is_dropped(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    _customers(services)
    gated = GatedSearch(services, "nguyen")
    services = replace(services, search=gated)
    panel = SearchPanel(services, runner)
    qtbot.addWidget(panel)
    panel.set_query("nguyen")
    assert gated.started.wait(10)
    shown: list[SearchResults] = []
    panel.results_shown.connect(shown.append)
    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        panel.set_query("KH-000002")
    assert [hit.reference for hit in panel.model.hits] == ["KH-000002"]
    gated.release.set()  # "nguyen" answers now, after the newer query
    assert runner.wait_for_idle(10)
    assert [hit.reference for hit in panel.model.hits] == ["KH-000002"]
    assert len(shown) == 1  # the late answer was never shown


def test_linking_a_hit_to_a_case_from_the_page(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    first, _second = _customers(services)
    agent = add_agent(services)
    case_id = add_case(services, (Right.ACCESS,))
    detail = services.cases.get_case(case_id)
    services.cases.assign(agent, case_id, agent.account_id, detail.version)
    other_case = add_case(services, (Right.ERASURE,))
    page = _page(qtbot, services, agent, runner)
    with qtbot.waitSignal(page.search.results_shown, timeout=10_000):
        page.search.set_query("kh 1")
    assert page.search.selected_hit() is not None  # the one hit is selected
    assert page.link_button.isEnabled()

    page.link_button.click()
    dialog = page.case_dialog
    assert dialog is not None
    assert runner.wait_for_idle(10)
    # The agent's own open case is offered; the other one (nobody's) is not.
    assert [dialog.case_combo.itemText(i) for i in range(dialog.case_combo.count())] == [
        detail.reference
    ]
    dialog.case_combo.setEditText("")
    dialog.buttons.accepted.emit()  # OK with nothing: says what to fix, stays open
    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()

    dialog.case_combo.setEditText("DSR-2026-999999")
    dialog.buttons.accepted.emit()
    assert runner.wait_for_idle(10)
    assert not page.error_label.isHidden()
    assert page.error_label.text()
    assert case_row(services, case_id).customer_id is None  # nothing changed

    page.link_button.click()
    dialog = page.case_dialog
    assert dialog is not None
    assert runner.wait_for_idle(10)
    dialog.case_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.linked, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert case_row(services, case_id).customer_id == first
    assert case_row(services, other_case).customer_id is None
    assert page.outcome is not None
    assert page.outcome.case_reference == detail.reference
    assert detail.reference in page.result_label.text()
    assert page.error_label.isHidden()
    # Name, email and phone of the request: all on file, shown masked.
    marks = page.matches.marks()
    assert [matched for _masked, matched in marks] == [True, True, True]
    assert all(NAME not in masked and EMAIL not in masked for masked, _ in marks)
    assert page.matches.item(0, 2).text() == "✓ khớp với hồ sơ"
