"""The customer profile: every record CLB4U holds about a verified requester, per data
category, read-only.

``ProfileWindow(services, actor, runner, case_id, parent)`` loads the profile of the
customer a case is linked to through the record lookup service (which refuses an
unlinked case or one below L1: its message is shown, never data). ``ProfileView``
shows a loaded profile: the category list with counts, restriction, legal hold and
retention date, and the records of the chosen category in a lazy table.

Staying responsive with 10,000+ records: the profile is loaded and prepared in a
worker; the GUI thread builds 13 category rows and points a lazy model at the rows
already in memory. Column widths come from the visible rows only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.domain.formatting import format_count
from clb4u_desk.gui.customers.labels import value_text
from clb4u_desk.gui.customers.profile_model import (
    PreparedProfile,
    RowGroup,
    SectionModel,
    load_prepared_profile,
)
from clb4u_desk.gui.decisions.labels import CATEGORY_NAMES, purpose_name
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.lookup.service import ProfileSection, show_date, show_datetime

if TYPE_CHECKING:
    from clb4u_desk.app import Services

MAX_COLUMN_WIDTH = 360
_FLAGGED = QColor("#fff3cd")  # restricted or held: the agent must not miss it
_LOADING, _MESSAGE, _PROFILE = 0, 1, 2


class ProfileView(QWidget):
    """Shows a loading state, a refusal, or a loaded profile."""

    section_shown = Signal(object)  # the DataCategory whose records the table now shows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared: PreparedProfile | None = None
        self._message = ""
        self._build()
        self.retranslate()

    # -- layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        self.loading_label = QLabel(self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setStyleSheet("color: #b00020; font-size: 12pt;")
        self.stack.addWidget(self.loading_label)
        self.stack.addWidget(self.message_label)
        self.stack.addWidget(self._profile_page())
        layout.addWidget(self.stack)

    def _profile_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(page)
        self.header.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.purposes_label = QLabel(page)
        self.purposes_label.setWordWrap(True)
        layout.addWidget(self.header)
        layout.addWidget(self.purposes_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.categories = QTableWidget(0, 3, splitter)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categories.verticalHeader().hide()
        self.categories.setWordWrap(False)  # one line per category; the tooltip says all
        cat_header = self.categories.horizontalHeader()
        cat_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        cat_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        cat_header.setStretchLastSection(True)
        self.categories.itemSelectionChanged.connect(self._category_chosen)
        splitter.addWidget(self.categories)
        splitter.addWidget(self._records_pane(splitter))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        return page

    def _records_pane(self, parent: QWidget) -> QWidget:
        pane = QWidget(parent)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.section_title = QLabel(pane)
        self.section_title.setStyleSheet("font-weight: 600;")
        self.group_combo = QComboBox(pane)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.group_combo.hide()
        top.addWidget(self.section_title, 1)
        top.addWidget(self.group_combo)
        self.section_status = QLabel(pane)
        self.section_status.setWordWrap(True)
        self.model = SectionModel(pane)
        self.table = QTableView(pane)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths from the rows on screen only, never from all 10,000.
        header.setResizeContentsPrecision(0)
        self.table.selectionModel().selectionChanged.connect(self._record_chosen)
        self.record_pane = QPlainTextEdit(pane)
        self.record_pane.setReadOnly(True)
        self.record_pane.setMaximumHeight(120)
        layout.addLayout(top)
        layout.addWidget(self.section_status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.record_pane)
        return pane

    # -- texts

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.loading_label.setText(self.tr("Loading the customer's records…"))
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Records"), self.tr("Status")]
        )
        self.record_pane.setPlaceholderText(self.tr("Select a record to see it in full."))
        if self.prepared is not None:
            chosen = self.current_category()
            self.show_profile(self.prepared)
            if chosen is not None:
                self.select_category(chosen)

    # -- states

    def show_loading(self) -> None:
        self.stack.setCurrentIndex(_LOADING)

    def show_refusal(self, message: str) -> None:
        """The service's reason (unlinked, not verified): no data at all."""
        self.prepared = None
        self.model.set_section(None)
        self.categories.setRowCount(0)
        self.message_label.setText(message)
        self.stack.setCurrentIndex(_MESSAGE)

    def show_profile(self, prepared: PreparedProfile) -> None:
        self.prepared = prepared
        profile = prepared.profile
        self.header.setText(
            self.tr("{name} ({reference}): {count} records").format(
                name=profile.display_name,
                reference=profile.reference,
                count=format_count(profile.total_records),
            )
        )
        if profile.restricted_purposes:
            purposes = ", ".join(_purpose(p) for p in profile.restricted_purposes)
            self.purposes_label.setText(
                self.tr("Processing restricted for: {purposes}").format(purposes=purposes)
            )
            self.purposes_label.show()
        else:
            self.purposes_label.hide()
        self.categories.blockSignals(True)
        self.categories.setRowCount(len(profile.sections))
        for row, section in enumerate(profile.sections):
            self._category_row(row, section)
        self.categories.blockSignals(False)
        self.stack.setCurrentIndex(_PROFILE)
        self.categories.selectRow(0)

    def _category_row(self, row: int, section: ProfileSection) -> None:
        name = QTableWidgetItem(CATEGORY_NAMES[section.category]())
        name.setData(Qt.ItemDataRole.UserRole, section.category.value)
        count = QTableWidgetItem(format_count(section.count))
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status = QTableWidgetItem(self._status_text(section))
        status.setToolTip(self._status_text(section, full=True))
        if section.restricted or section.legal_hold:
            for item in (name, count, status):
                item.setBackground(QBrush(_FLAGGED))
        for column, item in enumerate((name, count, status)):
            self.categories.setItem(row, column, item)

    def _status_text(self, section: ProfileSection, *, full: bool = False) -> str:
        parts = []
        if section.restricted:
            parts.append(
                self.tr("⚠ restricted since {date}").format(
                    date=show_datetime(section.restricted_since)
                )
                if full
                else self.tr("⚠ restricted")
            )
        if section.legal_hold:
            parts.append(
                self.tr("⚖ legal hold since {date}").format(
                    date=show_date(section.legal_hold_since)
                )
                if full
                else self.tr("⚖ legal hold")
            )
        if section.retention_until is not None:
            parts.append(
                self.tr("keep until {date}").format(date=show_date(section.retention_until))
            )
        return ("\n" if full else " · ").join(parts)

    # -- the chosen category

    def current_category(self) -> DataCategory | None:
        rows = self.categories.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.categories.item(rows[0].row(), 0)
        return DataCategory(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_category(self, category: DataCategory) -> None:
        for row in range(self.categories.rowCount()):
            item = self.categories.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == category.value:
                self.categories.selectRow(row)
                return

    def _category_chosen(self) -> None:
        category = self.current_category()
        if category is None or self.prepared is None:
            return
        section = self.prepared.profile.section(category)
        self.section_title.setText(CATEGORY_NAMES[category]())
        self.section_status.setText(self._status_text(section, full=True).replace("\n", " · "))
        self.section_status.setVisible(bool(self.section_status.text()))
        groups = self.prepared.groups.get(category, ())
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        if groups:
            self.group_combo.addItem(
                self.tr("All ({count})").format(count=format_count(section.count)), None
            )
            for group in groups:
                self.group_combo.addItem(
                    f"{value_text(section.category, section.columns[0], group.key)} "
                    f"({format_count(group.count)})",
                    group,
                )
        self.group_combo.blockSignals(False)
        self.group_combo.setVisible(bool(groups))
        self._show_rows(section, None)

    def _group_chosen(self, _index: int) -> None:
        category = self.current_category()
        if category is None or self.prepared is None:
            return
        group = self.group_combo.currentData()
        self._show_rows(
            self.prepared.profile.section(category), group if isinstance(group, RowGroup) else None
        )

    def _show_rows(self, section: ProfileSection, group: RowGroup | None) -> None:
        self.model.set_section(section, group)
        self.record_pane.clear()
        self.table.scrollToTop()
        self.table.resizeColumnsToContents()  # the visible rows only (precision 0)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if header.sectionSize(column) > MAX_COLUMN_WIDTH:
                header.resizeSection(column, MAX_COLUMN_WIDTH)
        self.section_shown.emit(section.category)

    def _record_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.record_pane.setPlainText(self.model.record_text(rows[0].row()) if rows else "")


def _purpose(value: str) -> str:
    try:
        return purpose_name(value)
    except ValueError:  # a purpose this version does not know: shown as stored
        return value


class ProfileWindow(QDialog):
    """The profile of the customer a case is about, loaded in the background.

    The case page opens it (imported lazily) with
    ``ProfileWindow(services, actor, runner, case_id, parent)``.
    """

    loaded = Signal(object)  # the PreparedProfile, or the DomainError of a refusal

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._case_id = case_id
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        layout = QVBoxLayout(self)
        self.view = ProfileView(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(1200, 720)
        self.retranslate()
        self.view.show_loading()
        runner.run(
            load_prepared_profile,
            services,
            actor,
            case_id,
            on_done=self._loaded,
            on_error=self._refused,
            owner=self,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # Qt ships no Vietnamese for its standard buttons, so the text is set here.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        prepared = self.view.prepared
        if prepared is None:
            self.setWindowTitle(self.tr("Customer records (read-only)"))
        else:
            self.setWindowTitle(
                self.tr("Customer records {reference} (read-only)").format(
                    reference=prepared.profile.reference
                )
            )

    def _loaded(self, prepared: PreparedProfile) -> None:
        self.view.show_profile(prepared)
        self.retranslate()
        self.loaded.emit(prepared)

    def _refused(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data (domain.errors).
        self.view.show_refusal(error_text(error))
        self.loaded.emit(error)
