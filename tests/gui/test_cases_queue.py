"""The lazy case-queue model: ids first, rows page by page in the background, colours by
urgency, and nothing of the requester but initials (SQLite; the queue service itself is
tested on both databases in tests/integration)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.cases.case_labels import right_name
from clb4u_desk.gui.cases.queue_model import (
    BACKGROUNDS,
    CASE_ID_ROLE,
    COLUMNS,
    LOADING,
    URGENCY_ROLE,
    CaseQueueModel,
)
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.cases.queue import QueueFilter
from tests.gui.helpers import QT_STRICT
from tests.integration.case_helpers import START, Clock, Desk, make_desk, phone_case

pytestmark = QT_STRICT

NAMES = ("Nguyễn Thị Ánh", "Trần Văn Bình", "Jane Roe")
PAGE = 10


@pytest.fixture
def desk(services: Services) -> Desk:
    return make_desk(services, Clock())


def _add(
    desk: Desk,
    agent: Actor,
    count: int,
    *,
    days_ago: int = 0,
    rights: tuple[Right, ...] = (Right.ACCESS,),
    name: str = NAMES[0],
) -> list[int]:
    desk.clock.now = START - timedelta(days=days_ago)
    made = [
        desk.intake.create_case(
            agent, phone_case(desk.clock, rights, name=name, email=f"r{n}.{days_ago}@example.vn")
        ).id
        for n in range(count)
    ]
    desk.clock.now = START
    return made


def _model(
    qtbot: QtBot, desk: Desk, runner: TaskRunner, queue_filter: QueueFilter | None = None
) -> CaseQueueModel:
    model = CaseQueueModel(desk.queue, runner, page_size=PAGE)
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_filter(queue_filter or QueueFilter())
    return model


def _load_page(qtbot: QtBot, model: CaseQueueModel, row: int) -> None:
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        assert model.index(row, 0).data() == LOADING
    assert model.index(row, 0).data() != LOADING


def test_rows_are_fetched_only_for_what_is_shown(
    qtbot: QtBot, desk: Desk, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    ids = _add(desk, actors["agent"], 35)
    model = _model(qtbot, desk, runner)
    assert model.rowCount() == 35
    assert model.columnCount() == len(COLUMNS)
    assert model.fetched_pages == []
    assert model.cached_rows == 0

    # A cell of the third page: "…" at once, the page in the background, then the row.
    with qtbot.waitSignal(model.dataChanged, timeout=10_000) as changed:
        assert model.index(25, 0).data() == LOADING
        assert model.index(25, 0).data(CASE_ID_ROLE) == model.case_id(25)
    top, bottom = changed.args[:2]
    assert (top.row(), bottom.row(), bottom.column()) == (20, 29, len(COLUMNS) - 1)
    assert model.fetched_pages == [2]
    assert model.cached_rows == PAGE
    assert model.index(25, 0).data().startswith("DSR-")
    assert sorted(model.case_id(r) for r in range(35)) == sorted(ids)

    # A view shows the first rows only: the pages under them are fetched, no others.
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(20)
    view.resize(600, 150)  # a handful of rows
    view.show()
    qtbot.waitUntil(lambda: model.is_page_loaded(0))
    assert runner.wait_for_idle(10)
    assert 3 not in model.fetched_pages
    assert 1 not in model.fetched_pages
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_page_loaded(3))
    assert model.index(34, 0).data().startswith("DSR-")


def test_a_filter_change_reads_the_ids_again(
    qtbot: QtBot, desk: Desk, actors: dict[str, Actor], runner: TaskRunner
) -> None:
    _add(desk, actors["agent"], 4, rights=(Right.ACCESS,))
    erasure = _add(desk, actors["agent"], 3, rights=(Right.ERASURE, Right.COPY))
    model = _model(qtbot, desk, runner)
    _load_page(qtbot, model, 0)
    assert model.rowCount() == 7
    assert model.cached_rows == 7

    with qtbot.waitSignal(model.ids_loaded, timeout=10_000) as loaded:
        model.set_filter(QueueFilter(right=Right.ERASURE))
    assert loaded.args == [3]
    assert model.cached_rows == 0  # the old rows are gone with the old ids
    assert sorted(model.case_id(r) for r in range(3)) == sorted(erasure)
    _load_page(qtbot, model, 0)
    assert model.index(0, 1).data() == "Erasure, Data copy (portability)"

    # Two changes in a row: only the last one's answer counts.
    model.set_filter(QueueFilter(right=Right.ACCESS))
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000) as loaded:
        model.set_filter(QueueFilter(right=Right.OBJECTION))
    assert runner.wait_for_idle(10)
    assert loaded.args == [0]
    assert model.rowCount() == 0


def test_colours_and_tooltips_follow_the_urgency(
    qtbot: QtBot,
    desk: Desk,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    agent = actors["agent"]
    on_time = _add(desk, agent, 1)[0]  # due in ten days
    soon = _add(desk, agent, 1, days_ago=9)[0]  # due tomorrow
    overdue = _add(desk, agent, 1, days_ago=30)[0]
    stopped = _add(desk, agent, 1)[0]
    detail = desk.cases.get_case(stopped)
    desk.cases.pause_item(agent, detail.items[0].id, "waiting for the ID", detail.items[0].version)
    model = _model(qtbot, desk, runner)
    _load_page(qtbot, model, 0)

    expected = {
        overdue: Urgency.OVERDUE,
        soon: Urgency.DUE_SOON,
        on_time: Urgency.OK,
        stopped: Urgency.STOPPED,
    }
    # Display order: by due date, the stopped clock (no due date) last.
    assert [model.case_id(r) for r in range(4)] == [overdue, soon, on_time, stopped]
    colours = set()
    for row in range(4):
        urgency = expected[model.case_id(row)]
        assert model.index(row, 0).data(URGENCY_ROLE) == urgency.value
        for column in range(len(COLUMNS)):
            background = model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
            assert isinstance(background, QBrush)
            assert background.color() == BACKGROUNDS[urgency]
            foreground = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            assert foreground.color().lightness() < 60  # dark text on the light colours
        colours.add(BACKGROUNDS[urgency].name())
    assert len(colours) == 4
    tips = [model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    assert tips[0].startswith("Quá hạn")
    assert "Hạn " in tips[0]
    assert tips[1].startswith("Sắp đến hạn")
    assert tips[2].startswith("Đúng hạn")
    assert tips[3].startswith("Tạm dừng")
    assert model.index(3, 2).data() == "—"
    assert model.index(0, 2).data() == "10/02/2026"  # dd/mm/yyyy
    assert model.index(0, 3).data() == "Đã tiếp nhận"
    assert model.index(0, 1).data() == right_name(Right.ACCESS.value) != "Access"
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Vụ việc"

    translations.switch("en")
    QCoreApplication.processEvents()
    assert model.index(0, 3).data() == "Received"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue")


def test_no_cell_shows_more_of_the_requester_than_initials(
    qtbot: QtBot,
    desk: Desk,
    actors: dict[str, Actor],
    runner: TaskRunner,
    qtmodeltester: ModelTester,
) -> None:
    for name in NAMES:
        _add(desk, actors["agent"], 2, name=name)
    model = _model(qtbot, desk, runner, QueueFilter(states=frozenset()))
    for page in range(0, model.rowCount(), PAGE):
        _load_page(qtbot, model, page)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    texts = [
        str(model.index(r, c).data(role))
        for r in range(model.rowCount())
        for c in range(len(COLUMNS))
        for role in roles
    ]
    words = {word for name in NAMES for word in name.split()}
    assert not [t for t in texts if any(word in t for word in words)]
    assert not [t for t in texts if "@" in t]  # nor the contact points
    initials = {model.index(r, 5).data() for r in range(model.rowCount())}
    assert initials == {"N.T.A.", "T.V.B.", "J.R."}
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert runner.wait_for_idle(10)


def _load_row(qtbot: QtBot, model: CaseQueueModel, row: int) -> None:
    """Ask for a cell and wait for its page (the tester may ask for other pages too)."""
    model.index(row, 0).data()
    qtbot.waitUntil(lambda: model.is_page_loaded(model.page_of(row)), timeout=10_000)
    assert model.index(row, 0).data() != LOADING


def test_the_model_tester_follows_filter_changes_and_pages_loading(
    qtbot: QtBot,
    desk: Desk,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
    qtmodeltester: ModelTester,
) -> None:
    agent = actors["agent"]
    access = _add(desk, agent, 25, rights=(Right.ACCESS,))
    erasure = _add(desk, agent, 12, days_ago=30, rights=(Right.ERASURE, Right.COPY))
    model = CaseQueueModel(desk.queue, runner, page_size=PAGE)
    # Attached to the empty model, before anything loads: every reset, every page that
    # arrives and every retranslation is checked as it happens.
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_filter(QueueFilter())
    assert model.rowCount() == 37
    for row in (0, 15, 36):  # pages 0, 1 and 3 load in the background
        _load_row(qtbot, model, row)
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000) as loaded:
        model.set_filter(QueueFilter(right=Right.ERASURE))
    assert loaded.args == [12]
    _load_row(qtbot, model, 11)
    translations.switch("en")
    QCoreApplication.processEvents()
    assert model.index(0, 1).data() == "Erasure, Data copy (portability)"
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_filter(QueueFilter(overdue=True))
    assert sorted(model.case_id(r) for r in range(model.rowCount())) == sorted(erasure)
    # A filter changed while a page is on its way: the late page is dropped.
    model.index(5, 0).data()
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000) as loaded:
        model.set_filter(QueueFilter(right=Right.OBJECTION))
    assert loaded.args == [0]
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.ids_loaded, timeout=10_000):
        model.set_filter(QueueFilter(right=Right.ACCESS))
    assert sorted(model.case_id(r) for r in range(model.rowCount())) == sorted(access)
    # A view on it, scrolled to the end, as an agent would.
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 150)
    view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_page_loaded(model.page_of(model.rowCount() - 1)))
    model.refresh()
    qtbot.waitUntil(lambda: not model.loading_ids)
    assert runner.wait_for_idle(10)
