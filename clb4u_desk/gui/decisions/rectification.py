"""Correcting a requester's data: current values, the new ones, before/after, then apply."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.formatting import format_date
from clb4u_desk.gui.decisions.base import DecisionDialog
from clb4u_desk.gui.decisions.labels import category_name, channel_name
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.decisions.service import (
    NOTICE_CHANNELS,
    FieldChange,
    NotificationRecorded,
    RecipientToTell,
    RectificationPreview,
)

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_NEW = 2  # the editable column


def _label(field: RectificationPreview) -> str:
    vietnamese = QLocale().language() == QLocale.Language.Vietnamese
    return field.label_vi if vietnamese else field.label_en


def _cell(text: str | None, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text or "")
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    return item


class RectificationDialog(DecisionDialog):
    """Type new values, look at before/after (as they will be stored), give the reason.

    The versions are those of the moment the dialog loaded the values: if anyone
    changes a record meanwhile, the correction is refused and nothing is written.
    """

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        self._case_id = case_id
        self._fields: list[RectificationPreview] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.fields_table = QTableWidget(0, 3, self)
        self.fields_table.itemChanged.connect(self._edited)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self._preview)
        self.preview_table = QTableWidget(0, 3, self)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reason = QLineEdit(self)
        self.evidence = QLineEdit(self)
        self.reason_label = QLabel(self)
        self.evidence_label = QLabel(self)
        self._form = QFormLayout()
        self._form.addRow(self.reason_label, self.reason)
        self._form.addRow(self.evidence_label, self.evidence)
        for widget in (self.intro, self.fields_table, self.preview_button, self.preview_table):
            self._layout.addWidget(widget)
        self._layout.addLayout(self._form)
        self._finish_layout()
        self.ok_button.setEnabled(False)
        self.resize(760, 560)
        self.retranslate()
        self._run(services.decisions.editable_fields, actor, case_id, on_done=self._loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct personal data"))
        self.intro.setText(
            self.tr(
                "Type the new values, then check the before and after. Fields left as they are "
                "do not change."
            )
        )
        self.fields_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Current value"), self.tr("New value")]
        )
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.preview_button.setText(self.tr("Show before and after"))
        self.reason.setPlaceholderText(self.tr("Why the data is corrected"))
        self.evidence.setPlaceholderText(self.tr("What the requester showed, if anything"))
        self.reason_label.setText(self.tr("Reason"))
        self.evidence_label.setText(self.tr("Evidence"))
        self.ok_button.setText(self.tr("Correct"))

    def _loaded(self, fields: list[RectificationPreview]) -> None:
        self._fields = fields
        table = self.fields_table
        table.blockSignals(True)
        table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            table.setItem(row, 0, _cell(f"{_label(field)} ({category_name(field.category)})"))
            table.setItem(row, 1, _cell(field.before))
            table.setItem(row, _NEW, _cell(field.before, editable=True))
        table.blockSignals(False)
        table.resizeColumnsToContents()

    def changes(self) -> list[FieldChange]:
        """The fields whose new value differs from the current one."""
        found: list[FieldChange] = []
        for row, field in enumerate(self._fields):
            cell = self.fields_table.item(row, _NEW)
            text = cell.text() if cell is not None else ""
            if text != (field.before or ""):
                found.append(FieldChange(field.table, field.record_id, field.field, text))
        return found

    def _edited(self, _item: QTableWidgetItem) -> None:
        # Anything typed after the preview must be previewed again before it is applied.
        self.ok_button.setEnabled(False)
        self.preview_table.setRowCount(0)

    def _preview(self) -> None:
        changes = self.changes()
        if not changes:
            self._show_error_text(self.tr("Type a new value in at least one field."))
            return
        self._run(
            self._services.decisions.preview_rectification,
            self._actor,
            self._case_id,
            changes,
            on_done=self._show_preview,
        )

    def _show_error_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_preview(self, previews: list[RectificationPreview]) -> None:
        table = self.preview_table
        table.setRowCount(len(previews))
        for row, preview in enumerate(previews):
            table.setItem(row, 0, _cell(_label(preview)))
            table.setItem(row, 1, _cell(preview.before))
            table.setItem(row, 2, _cell(preview.after))
        table.resizeColumnsToContents()
        self.ok_button.setEnabled(any(p.changed for p in previews))

    def _submit(self) -> None:
        seen = {field.key: field.version for field in self._fields}
        call = partial(
            self._services.decisions.rectify,
            reason=self.reason.text(),
            evidence=self.evidence.text(),
            expected_versions=seen,
        )
        self._run(call, self._actor, self._case_id, self.changes(), on_done=self._decided)


class RecipientNoticeDialog(DecisionDialog):
    """The recipients to tell of a correction or restriction (GDPR Art. 19): mark each
    one as told, with the channel used; every mark is logged."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        recipients: tuple[RecipientToTell, ...],
        about: str = "rectification",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        self._case_id = case_id
        self._about = about
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.recipients = QListWidget(self)
        for recipient in recipients:
            item = QListWidgetItem(f"{recipient.recipient} — {format_date(recipient.disclosed_on)}")
            item.setData(Qt.ItemDataRole.UserRole, recipient.disclosure_id)
            self.recipients.addItem(item)
        self.channel = QComboBox(self)
        for channel in NOTICE_CHANNELS:
            self.channel.addItem("", channel)
        self.mark_button = QPushButton(self)
        self.mark_button.clicked.connect(self._submit)
        row = QHBoxLayout()
        row.addWidget(self.channel)
        row.addWidget(self.mark_button)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.recipients)
        self._layout.addLayout(row)
        self.buttons.setStandardButtons(self.buttons.StandardButton.Close)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recipients to tell"))
        self.intro.setText(
            self.tr(
                "These recipients received the data concerned. Tell each of them, then mark "
                "them as told."
            )
        )
        self.mark_button.setText(self.tr("Mark as told"))
        for index in range(self.channel.count()):
            self.channel.setItemText(index, channel_name(self.channel.itemData(index)))

    def _submit(self) -> None:
        item = self.recipients.currentItem()
        if item is None:
            self.error_label.setText(self.tr("Choose a recipient first."))
            self.error_label.show()
            return
        call = partial(self._services.decisions.record_recipient_notified, about=self._about)
        self._run(
            call,
            self._actor,
            self._case_id,
            item.data(Qt.ItemDataRole.UserRole),
            self.channel.currentData(),
            on_done=self._marked,
        )

    def _marked(self, notice: NotificationRecorded) -> None:
        item = self.recipients.currentItem()
        if item is not None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # told: greyed out
        self.decided.emit(notice)
