"""A customer search box with its results: used by the Customers page and the link dialog.

The search runs as the agent types (after a short pause) and on Enter, always through
the TaskRunner. Each search gets a number; a result that comes back after a newer
search was started is dropped, so a slow broad query ("ng") can never overwrite the
hits of the query the agent finished typing ("nguyen van an").

The table shows only what the search service returns: reference, name, masked email
and phone, and why the customer matched.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.customers.labels import reasons_text
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.search.service import SearchHit, SearchResults, clean_query

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_Index = QModelIndex | QPersistentModelIndex

DEBOUNCE_MS = 300  # a pause in typing this long starts the search
MIN_QUERY_LENGTH = 2  # one character matches too much to be useful
RESULT_LIMIT = 50


class SearchHitsModel(QAbstractTableModel):
    """The hits of one search, as the service returned them (masked)."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()

    def set_hits(self, hits: tuple[SearchHit, ...]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        return self._hits

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if column == 0:
            return hit.reference
        if column == 1:
            return hit.display_name
        if column == 2:
            return "  ".join(c for c in (hit.masked_email, hit.masked_phone) if c)
        return reasons_text(hit.reasons)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("SearchPanel", "Reference"),
            QCoreApplication.translate("SearchPanel", "Name"),
            QCoreApplication.translate("SearchPanel", "Contact (masked)"),
            QCoreApplication.translate("SearchPanel", "Matched on"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class SearchPanel(QWidget):
    """Query box, state line and hits table; tells its owner which hit is selected."""

    hit_selected = Signal(object)  # the SearchHit, or None when nothing is selected
    hit_activated = Signal(object)  # double-click or Enter on a hit
    results_shown = Signal(object)  # the SearchResults now in the table

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._generation = 0  # the number of the newest search started
        self._searched: str | None = None  # the cleaned query whose hits are shown
        self._state: tuple[str, str] = ("hint", "")  # what the state line says, untranslated
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.query_edit = QLineEdit(self)
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setMaxLength(200)
        self.query_edit.textEdited.connect(self._typed)
        self.query_edit.returnPressed.connect(self.search_now)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.model = SearchHitsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 220, 240)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)

    # -- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.query_edit.setPlaceholderText(
            self.tr("Name, email, phone, customer reference (KH-…) or invoice number")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SearchHitsModel.COLUMNS - 1)
        self._show_state(*self._state)

    def _show_state(self, kind: str, query: str) -> None:
        self._state = (kind, query)
        texts = {
            "hint": self.tr("Type at least {n} characters to search.").format(n=MIN_QUERY_LENGTH),
            "searching": self.tr("Searching…"),
            "none": self.tr("No customer matches “{query}”.").format(query=query),
            "found": self.tr("Customers found: {n}.").format(n=len(self.model.hits)),
            "truncated": self.tr(
                "Very many customers match; only the first {n} are shown. "
                "Add a word to narrow the search."
            ).format(n=len(self.model.hits)),
            "failed": query,  # the service's own message
        }
        self.state_label.setText(texts[kind])

    # -- searching

    def set_query(self, text: str, *, search: bool = True) -> None:
        """Put ``text`` in the box (e.g. the requester's email) and search it at once."""
        self.query_edit.setText(text)
        if search:
            self.search_now()

    def _typed(self, _text: str) -> None:
        self._debounce.start()

    def search_now(self) -> None:
        """Search what is in the box now (Enter, or the end of a pause in typing)."""
        self._debounce.stop()
        query = clean_query(self.query_edit.text())
        if len(query) < MIN_QUERY_LENGTH:
            self._generation += 1  # whatever is still running is out of date now
            self._searched = None
            self.model.set_hits(())
            self._selection_changed()
            self._show_state("hint", "")
            return
        if query == self._searched:
            return  # Enter after the pause: these hits are already shown
        self._generation += 1
        generation = self._generation
        self._show_state("searching", query)
        self._runner.run(
            partial(self._services.search.search_results, limit=RESULT_LIMIT),
            query,
            on_done=lambda results: self._show_results(generation, query, results),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
            quiet=True,
        )

    def _show_results(self, generation: int, query: str, results: SearchResults) -> None:
        if generation != self._generation:
            return  # an older query answered late: its hits are not what was asked
        self._searched = query
        self.model.set_hits(results.hits)
        self._selection_changed()
        if not results.hits:
            self._show_state("none", query)
        else:
            self._show_state("truncated" if results.truncated else "found", query)
            if len(results.hits) == 1:
                self.table.selectRow(0)  # the one candidate: ready to be linked
        self.results_shown.emit(results)

    def _failed(self, generation: int, error: DomainError) -> None:
        if generation == self._generation:
            self._show_state("failed", error_text(error))

    # -- selection

    def selected_hit(self) -> SearchHit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.hit(rows[0].row()) if rows else None

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        self.hit_selected.emit(self.selected_hit())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(self.model.hit(index.row()))
