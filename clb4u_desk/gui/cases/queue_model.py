"""The case queue as a lazy Qt table model: every matching id, rows only for what is seen.

``set_filter`` (or ``refresh``) asks ``QueueService.query_ids`` for the ids in display
order; the model then knows its row count but holds no row. When the view asks for a
cell whose page of ~100 rows is not cached, the cell shows "…" and the page is queued;
one zero-delay timer sends the queued pages to ``QueueService.rows`` through the
TaskRunner (never on the GUI thread), and ``dataChanged`` repaints them when they
arrive. A generation number drops answers that belong to an earlier filter.

Cells carry no personal data beyond the requester's initials, which is all the
service returns.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.gui.cases.case_labels import day_text, right_name, state_name
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.cases.queue import QueueFilter, QueueRow, QueueService

_Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
# Pages kept once fetched: a few screens either way of where the user is. Older pages
# are fetched again if the user scrolls back to them.
MAX_CACHED_PAGES = 50
# While the scroll bar is dragged, pages flash past; fetch only the last few asked for.
MAX_PAGES_PER_FETCH = 3
LOADING = "…"

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2

# Light backgrounds with dark text, readable in light and dark themes alike.
BACKGROUNDS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#f6c6c6"),
    Urgency.DUE_SOON: QColor("#fde3a7"),
    Urgency.OK: QColor("#e3f1e3"),
    Urgency.STOPPED: QColor("#e4e4ea"),
}
TEXT_COLOUR = QColor("#1c1c1c")

COLUMNS = ("reference", "rights", "due", "state", "assignee", "initials")


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("CaseQueue", "Case"),
        QCoreApplication.translate("CaseQueue", "Rights"),
        QCoreApplication.translate("CaseQueue", "Due"),
        QCoreApplication.translate("CaseQueue", "State"),
        QCoreApplication.translate("CaseQueue", "Assignee"),
        QCoreApplication.translate("CaseQueue", "Requester"),
    )


def urgency_text(urgency: Urgency) -> str:
    """The urgency in words, for the tooltip: the colour alone must not carry it."""
    texts = {
        Urgency.OVERDUE: QCoreApplication.translate(
            "CaseQueue", "Overdue: the due date has passed."
        ),
        Urgency.DUE_SOON: QCoreApplication.translate(
            "CaseQueue", "Due soon: the due date is close."
        ),
        Urgency.OK: QCoreApplication.translate("CaseQueue", "On time."),
        Urgency.STOPPED: QCoreApplication.translate(
            "CaseQueue", "Clock stopped: nothing is due while the case waits."
        ),
    }
    return texts[urgency]


def cell_text(row: QueueRow, column: int) -> str:
    if column == 0:
        return row.reference
    if column == 1:
        return ", ".join(right_name(right) for right in row.rights)
    if column == 2:
        return day_text(row.due_on)
    if column == 3:
        return state_name(row.state)
    if column == 4:
        return row.assignee or "—"
    return row.requester_initials or "—"


def tooltip(row: QueueRow) -> str:
    if row.urgency is None:
        return QCoreApplication.translate("CaseQueue", "Closed: nothing is due.")
    words = urgency_text(row.urgency)
    if row.due_on is None:
        return words
    return QCoreApplication.translate("CaseQueue", "{urgency} Due on {date}.").format(
        urgency=words, date=day_text(row.due_on)
    )


class CaseQueueModel(QAbstractTableModel):
    """Ids of the queue in display order, and a cache of rows filled page by page."""

    ids_loaded = Signal(int)  # the number of matching cases, after each (re)load
    page_loaded = Signal(int)  # a page of rows arrived (its number)

    def __init__(
        self,
        queue: QueueService,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._runner = runner
        self._page_size = page_size
        self._filter = QueueFilter()
        self._ids: list[int] = []
        self._rows_by_id: dict[int, QueueRow] = {}
        self._pages: OrderedDict[int, list[int]] = OrderedDict()  # page -> its ids, LRU
        self._loading: set[int] = set()
        self._wanted: dict[int, None] = {}  # pages asked for since the last fetch, in order
        self._generation = 0
        self._ids_pending = False
        self.fetched_pages: list[int] = []  # every page sent to the service (tests, logs)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # -- loading --------------------------------------------------------------------

    @property
    def filter(self) -> QueueFilter:
        return self._filter

    @property
    def loading_ids(self) -> bool:
        return self._ids_pending

    def set_filter(self, queue_filter: QueueFilter) -> None:
        self._filter = queue_filter
        self.refresh()

    def refresh(self) -> None:
        """Load the ids again for the current filter; rows follow as they are shown."""
        self._generation += 1
        generation = self._generation
        self._ids_pending = True
        self._runner.run(
            self._queue.query_ids,
            self._filter,
            on_done=lambda ids: self._ids_arrived(generation, ids),
            owner=self,
            quiet=True,
        )

    def _ids_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a later filter was asked for meanwhile
        self._ids_pending = False
        self.beginResetModel()
        self._ids = ids
        self._rows_by_id.clear()
        self._pages.clear()
        self._loading.clear()
        self._wanted.clear()
        self.endResetModel()
        self.ids_loaded.emit(len(ids))

    def _want(self, page: int) -> None:
        if page in self._loading or page in self._pages:
            return
        self._wanted.pop(page, None)
        self._wanted[page] = None
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        pages = list(self._wanted)[-MAX_PAGES_PER_FETCH:]
        self._wanted.clear()
        for page in pages:
            self._fetch(page)

    def _fetch(self, page: int) -> None:
        start = page * self._page_size
        ids = self._ids[start : start + self._page_size]
        if not ids:
            return
        self._loading.add(page)
        self.fetched_pages.append(page)
        generation = self._generation
        self._runner.run(
            self._queue.rows,
            ids,
            on_done=lambda rows: self._rows_arrived(generation, page, ids, rows),
            on_finished=lambda: self._fetch_over(generation, page),
            owner=self,
            quiet=True,
        )

    def _fetch_over(self, generation: int, page: int) -> None:
        if generation == self._generation:
            self._loading.discard(page)

    def _rows_arrived(
        self, generation: int, page: int, ids: list[int], rows: list[QueueRow]
    ) -> None:
        if generation != self._generation:
            return
        self._loading.discard(page)
        for row in rows:
            self._rows_by_id[row.id] = row
        # A case that vanished meanwhile has no row: its cells stay empty, not "…".
        self._pages[page] = ids
        while len(self._pages) > MAX_CACHED_PAGES:
            _old, old_ids = self._pages.popitem(last=False)
            for case_id in old_ids:
                self._rows_by_id.pop(case_id, None)
        first = page * self._page_size
        last = min(first + len(ids), len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)

    # -- lookups --------------------------------------------------------------------

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def queue_row(self, row: int) -> QueueRow | None:
        """The cached row, or None while its page is not loaded (nothing is fetched)."""
        return self._rows_by_id.get(self._ids[row])

    def page_of(self, row: int) -> int:
        return row // self._page_size

    def is_page_loaded(self, page: int) -> bool:
        return page in self._pages

    @property
    def cached_rows(self) -> int:
        return len(self._rows_by_id)

    # -- Qt's model API -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row_number = index.row()
        if role == CASE_ID_ROLE:
            return self._ids[row_number]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            URGENCY_ROLE,
        ):
            return None
        row = self._rows_by_id.get(self._ids[row_number])
        if row is None:
            page = self.page_of(row_number)
            if page in self._pages:
                return None  # the case vanished after the ids were read
            self._want(page)
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(row)
        if role == URGENCY_ROLE:  # a plain string: a StrEnum would arrive as one anyway
            return row.urgency.value if row.urgency is not None else None
        if row.urgency is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BACKGROUNDS[row.urgency])
        return QBrush(TEXT_COLOUR)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        headers = _headers()
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )
