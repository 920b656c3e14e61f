"""The case queue: filters, the count, the lazy table, and the ways a request comes in
(e-mail files dropped or chosen, and the "New case" form).

Opening a case (double-click or Enter) is announced with ``open_requested``; the Cases
page opens it in a tab of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import OPEN_STATES, CaseState
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.gui.cases.case_labels import regime_name, right_name, state_name
from clb4u_desk.gui.cases.email_intake import EmailImport
from clb4u_desk.gui.cases.new_case_dialog import NewCaseDialog
from clb4u_desk.gui.cases.queue_model import COLUMNS, CaseQueueModel
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.accounts.service import AccountView
from clb4u_desk.services.cases.queue import QueueFilter

if TYPE_CHECKING:
    from clb4u_desk.app import Services

# Assignee choices other than an account id.
ANYONE, ME, UNASSIGNED = "anyone", "me", "unassigned"
OPEN, ALL = "open", "all"
_ANY = ""
DEFAULT_DUE_DAYS = 7


class QueueTable(QTableView):
    """The table; Enter opens the current case as a double-click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CasesQueuePage(QWidget):
    """The first tab of the Cases page."""

    open_requested = Signal(int, str)  # case id, its reference ("" when not loaded yet)

    def __init__(
        self, services: Services, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self._select_after_load: int | None = None
        self.email_import: EmailImport | None = None
        self.new_case_dialog: NewCaseDialog | None = None
        self.accounts: list[AccountView] = []
        self.model = CaseQueueModel(services.queue, runner, self)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.setAcceptDrops(True)
        self._build()
        self.retranslate()
        self._load_accounts()
        self.model.set_filter(self.current_filter())

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.state_combo = QComboBox(self)
        self.state_combo.addItem("", OPEN)
        for state in CaseState:
            self.state_combo.addItem("", state.value)
        self.state_combo.addItem("", ALL)
        self.right_combo = QComboBox(self)
        self.right_combo.addItem("", _ANY)
        for right in Right:
            self.right_combo.addItem("", right.value)
        self.assignee_combo = QComboBox(self)
        for key in (ANYONE, ME, UNASSIGNED):
            self.assignee_combo.addItem("", key)
        self.regime_combo = QComboBox(self)
        self.regime_combo.addItem("", _ANY)
        for regime in Regime:
            self.regime_combo.addItem("", regime.value)
        self.due_box = QCheckBox(self)
        self.due_days = QSpinBox(self)
        self.due_days.setRange(0, 365)
        self.due_days.setValue(DEFAULT_DUE_DAYS)
        self.due_days.setEnabled(False)
        self.overdue_box = QCheckBox(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("queueCount")
        self.refresh_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.new_button = QPushButton(self)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button.clicked.connect(self.choose_files)
        self.new_button.clicked.connect(self.new_case)
        for combo in (self.state_combo, self.right_combo, self.assignee_combo, self.regime_combo):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.due_box.toggled.connect(self.due_days.setEnabled)
        self.due_box.toggled.connect(self._filter_changed)
        self.due_days.valueChanged.connect(self._filter_changed)
        self.overdue_box.toggled.connect(self._filter_changed)

        self.table = QueueTable(self)
        self.table.setObjectName("caseQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)  # the urgency colours are the stripes
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Every row is one line: the view need not measure 100,000 rows.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        widths = {
            "reference": 150,
            "rights": 300,
            "due": 100,
            "state": 210,
            "assignee": 260,
            "initials": 110,
        }
        for column, name in enumerate(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, widths[name])
        header.setSectionResizeMode(COLUMNS.index("rights"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)

        # Two rows, so that the page fits a 1280-pixel screen in Vietnamese too.
        filters = QHBoxLayout()
        self.filter_labels: list[QLabel] = []
        for combo in (self.state_combo, self.right_combo, self.assignee_combo, self.regime_combo):
            label = QLabel(self)
            label.setBuddy(combo)
            self.filter_labels.append(label)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.due_box)
        actions.addWidget(self.due_days)
        actions.addSpacing(12)
        actions.addWidget(self.overdue_box)
        actions.addSpacing(24)
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for button in (self.refresh_button, self.import_button, self.new_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table)

    def retranslate(self) -> None:
        self.state_combo.setItemText(0, self.tr("Open cases"))
        for index, state in enumerate(CaseState, start=1):
            self.state_combo.setItemText(index, state_name(state.value))
        self.state_combo.setItemText(len(CaseState) + 1, self.tr("All states"))
        self.right_combo.setItemText(0, self.tr("Any right"))
        for index, right in enumerate(Right, start=1):
            self.right_combo.setItemText(index, right_name(right.value))
        self.assignee_combo.setItemText(0, self.tr("Anyone"))
        self.assignee_combo.setItemText(1, self.tr("Me"))
        self.assignee_combo.setItemText(2, self.tr("Unassigned"))
        self.regime_combo.setItemText(0, self.tr("Any law"))
        for index, regime in enumerate(Regime, start=1):
            self.regime_combo.setItemText(index, regime_name(regime.value))
        for label, text in zip(
            self.filter_labels,
            (self.tr("&State:"), self.tr("&Right:"), self.tr("&Assignee:"), self.tr("&Law:")),
            strict=True,
        ):
            label.setText(text)
        self.due_box.setText(self.tr("&Due within"))
        self.due_days.setSuffix(self.tr(" days"))
        self.overdue_box.setText(self.tr("&Overdue only"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.import_button.setText(self.tr("Import e-mail…"))
        self.new_button.setText(self.tr("New case…"))
        self.setToolTip(self.tr("Drop .eml files here to take requests in."))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filters --------------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        state = self.state_combo.currentData()
        states = (
            OPEN_STATES
            if state == OPEN
            else frozenset()
            if state == ALL
            else frozenset({CaseState(state)})
        )
        right = self.right_combo.currentData()
        regime = self.regime_combo.currentData()
        assignee = self.assignee_combo.currentData()
        return QueueFilter(
            states=states,
            right=Right(right) if right else None,
            assignee_id=self._actor.account_id
            if assignee == ME
            else assignee
            if isinstance(assignee, int)
            else None,
            unassigned=assignee == UNASSIGNED,
            regime=Regime(regime) if regime else None,
            due_within_days=self.due_days.value() if self.due_box.isChecked() else None,
            overdue=self.overdue_box.isChecked(),
        )

    def _filter_changed(self, *_args: object) -> None:
        self._select_after_load = self.selected_case_id()
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_filter(self.current_filter())

    def _load_accounts(self) -> None:
        self._runner.run(
            self._services.accounts.list_accounts,
            self._actor,
            on_done=self._show_accounts,
            owner=self,
            quiet=True,
        )

    def _show_accounts(self, accounts: list[AccountView]) -> None:
        self.accounts = [a for a in accounts if a.active and a.id != self._actor.account_id]
        self.assignee_combo.blockSignals(True)  # the filter does not change by this
        while self.assignee_combo.count() > 3:
            self.assignee_combo.removeItem(3)
        for account in sorted(self.accounts, key=lambda a: a.display_name.casefold()):
            self.assignee_combo.addItem(account.display_name, account.id)
        self.assignee_combo.blockSignals(False)

    # -- the list -------------------------------------------------------------------

    def refresh(self, select_case_id: int | None = None) -> None:
        """Read the queue again; keep (or move) the selection to ``select_case_id``."""
        self._select_after_load = select_case_id or self.selected_case_id()
        self.model.refresh()

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectRow(row)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _ids_loaded(self, _count: int) -> None:
        self._show_count()
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None:
            self.select_case(wanted)

    def _show_count(self) -> None:
        if self.model.loading_ids and not self.model.rowCount():
            self.count_label.setText(self.tr("Loading…"))
            return
        count = self.model.rowCount()
        if count == 1:
            self.count_label.setText(self.tr("1 case"))
        else:
            self.count_label.setText(
                self.tr("{count} cases").format(count=QLocale().toString(count))
            )

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.queue_row(index.row())
        self.open_requested.emit(
            self.model.case_id(index.row()), row.reference if row is not None else ""
        )

    # -- intake ---------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import e-mail"), "", self.tr("E-mail messages (*.eml);;All files (*)")
        )
        if names:
            self.import_files([Path(name) for name in names])

    def import_files(self, paths: Sequence[Path]) -> EmailImport | None:
        """Preview each file and take it in after the agent confirms (one dialog each)."""
        if not paths:
            return None
        if self.email_import is not None:
            return None  # one import at a time; the drop is ignored while one runs
        email_import = EmailImport(self._services, self._actor, self._runner, list(paths), self)
        email_import.created.connect(self._case_created)
        email_import.open_requested.connect(self.open_requested)
        email_import.finished.connect(self._import_finished)
        self.email_import = email_import
        email_import.start()
        return email_import

    def _import_finished(self) -> None:
        if self.email_import is not None:
            self.email_import.deleteLater()
        self.email_import = None

    def new_case(self) -> NewCaseDialog:
        dialog = NewCaseDialog(self._services, self._actor, self._runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._case_created)
        self.new_case_dialog = dialog
        dialog.open()
        return dialog

    def _case_created(self, case_id: int) -> None:
        self.refresh(select_case_id=case_id)

    # -- drag and drop --------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event.mimeData().urls())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    @staticmethod
    def _local_files(urls: Sequence[QUrl]) -> list[Path]:
        # Every local file is taken: one that is not an email is named in a message.
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
