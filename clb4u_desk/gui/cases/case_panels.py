"""The case page's tabs besides items and timeline: the acknowledgement to send, the
attachments, and related requests.

The panels show what the page hands them; the page runs the changing calls (it holds
the case's version). The acknowledgement text is loaded here, through the TaskRunner,
in the language chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.gui.cases.case_labels import day_text, moment_text, size_text, state_name
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.cases.service import AttachmentInfo, CaseDetail, RelatedCase

if TYPE_CHECKING:
    from clb4u_desk.app import Services


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AcknowledgementPanel(QWidget):
    """The acknowledgement in the requester's language (or the other one), a copy button,
    and "Mark as sent"; the page connects ``mark_button`` to its action."""

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._case: CaseDetail | None = None
        self._loaded_for: tuple[int, int, str] | None = None  # case id, version, language
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.language_label = QLabel(self)
        self.language = QComboBox(self)
        # Each language is named in itself, like the language menu.
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.subject_label = QLabel(self)
        self.subject = QLineEdit(self)
        self.subject.setReadOnly(True)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.mark_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_label)
        subject_row.addWidget(self.subject, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(top)
        layout.addLayout(subject_row)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("Language of the text:"))
        self.subject_label.setText(self.tr("Subject:"))
        self.copy_button.setText(self.tr("Copy subject and text"))
        self.mark_button.setText(self.tr("Mark as sent"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, case: CaseDetail, can_mark: bool) -> None:
        first = self._case is None or self._case.id != case.id
        self._case = case
        if first:
            # The requester's own language first; the agent may switch.
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(0, self.language.findData(case.language)))
            self.language.blockSignals(False)
        self.mark_button.setEnabled(can_mark)
        self._show_status()
        self._load()

    def _show_status(self) -> None:
        case = self._case
        if case is None:
            self.status_label.clear()
        elif case.acknowledged_at is not None:
            self.status_label.setText(
                self.tr("Sent on {moment} (due by {date}).").format(
                    moment=moment_text(case.acknowledged_at), date=day_text(case.acknowledge_by)
                )
            )
        else:
            self.status_label.setText(
                self.tr("Not sent yet: send it by {date}, then mark it as sent.").format(
                    date=day_text(case.acknowledge_by)
                )
            )

    def _language_chosen(self) -> None:
        self._load()

    def _load(self) -> None:
        if self._case is None:
            return
        language = str(self.language.currentData())
        key = (self._case.id, self._case.version, language)
        if key == self._loaded_for:
            return
        self._loaded_for = key
        self._runner.run(
            self._services.cases.acknowledgement_text,
            self._case.id,
            language,
            on_done=self._show_text,
            owner=self,
            quiet=True,
        )

    def _show_text(self, text: tuple[str, str]) -> None:
        subject, body = text
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.subject.text()}\n\n{self.body.toPlainText()}")


class AttachmentsPanel(QWidget):
    """Name, type, size and SHA-256 of each attachment; the page saves one on request."""

    save_requested = Signal(int)  # the attachment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attachments: tuple[AttachmentInfo, ...] = ()
        self.table = _table(self, 5)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self._save())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("SHA-256"),
                self.tr("Added"),
            ]
        )
        self.empty_label.setText(self.tr("The request came without attachments."))
        self.save_button.setText(self.tr("Save as…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_attachments(self, attachments: tuple[AttachmentInfo, ...]) -> None:
        self._attachments = attachments
        self._fill()

    def _fill(self) -> None:
        table = self.table
        table.setRowCount(len(self._attachments))
        for row, info in enumerate(self._attachments):
            table.setItem(row, 0, _cell(info.display_name))
            table.setItem(row, 1, _cell(info.content_type))
            table.setItem(row, 2, _cell(size_text(info.size)))
            sha = _cell(info.sha256[:16] + "…")
            sha.setToolTip(info.sha256)
            table.setItem(row, 3, sha)
            table.setItem(row, 4, _cell(moment_text(info.added_at)))
        self.empty_label.setVisible(not self._attachments)
        self.table.setVisible(bool(self._attachments))
        self._update()

    def selected(self) -> AttachmentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._attachments[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.save_button.setEnabled(self.selected() is not None)

    def _save(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.save_requested.emit(chosen.id)


class RelatedPanel(QWidget):
    """The request this one is linked to, and others from the same contact point within
    30 days; one of those can be linked, any can be opened."""

    link_requested = Signal(int)  # the other case's id
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[RelatedCase, bool]] = []  # (case, linked)
        self._can_link = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = _table(self, 4)
        self.table.itemSelectionChanged.connect(self._update)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self._link)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Requests from the same email or phone received within 30 days may be one "
                "matter. Link this case to the one it belongs with."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Received"), self.tr("State"), self.tr("Link")]
        )
        self.link_button.setText(self.tr("Link as related"))
        self.open_button.setText(self.tr("Open case"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, case: CaseDetail, can_link: bool) -> None:
        rows: list[tuple[RelatedCase, bool]] = []
        if case.related_case is not None:
            rows.append((case.related_case, True))
        linked_id = case.related_case.id if case.related_case else None
        rows += [(other, False) for other in case.possibly_related if other.id != linked_id]
        self._rows = rows
        self._can_link = can_link
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self._rows))
        for row, (other, linked) in enumerate(self._rows):
            self.table.setItem(row, 0, _cell(other.reference))
            self.table.setItem(row, 1, _cell(moment_text(other.received_at)))
            self.table.setItem(row, 2, _cell(state_name(other.state)))
            self.table.setItem(
                row, 3, _cell(self.tr("Linked") if linked else self.tr("Possibly related"))
            )
        self.table.resizeColumnsToContents()
        self._update()

    def selected(self) -> tuple[RelatedCase, bool] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def select_reference(self, reference: str) -> None:
        for row, (other, _linked) in enumerate(self._rows):
            if other.reference == reference:
                self.table.selectRow(row)

    def _update(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(chosen is not None)
        self.link_button.setEnabled(self._can_link and chosen is not None and not chosen[1])

    def _link(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.link_requested.emit(chosen[0].id)

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_requested.emit(chosen[0].id)
