"""The data-copy dialog: what the copy holds (categories and counts, no values), a preview
in the system's PDF viewer, the delivery options, and issuing in the background.

QtPdf is not in PySide6-Essentials, so the preview is not drawn here: the unencrypted
preview PDF is written to a private temporary folder (removed when the dialog closes)
and opened with the system viewer. The passphrase of an encrypted copy is shown once,
in its own dialog with a copy button; the dialog keeps no copy of it afterwards.
Every rule (identity level, formats with encryption, existing files) is the service's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTemporaryDir,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain import labels
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.copies.passphrase_dialog import PassphraseDialog
from clb4u_desk.gui.decisions.erasure_labels import category_label
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.files import save_file
from clb4u_desk.gui.i18n import code_word
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.copies.service import (
    CHANNELS,
    CopySummary,
    IssueResult,
    SectionSummary,
)

# Named "translate" so that pyside6-lupdate finds the strings.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_Index = QModelIndex | QPersistentModelIndex


def channel_label(channel: str) -> str:
    return code_word(labels.CHANNELS, channel)


class SectionsModel(QAbstractTableModel):
    """The copy's categories: name, number of records, status. DTOs only."""

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sections: list[SectionSummary] = []

    def set_sections(self, sections: tuple[SectionSummary, ...]) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._sections)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        section = self._sections[index.row()]
        return (category_label(section.category.value), str(section.count), _status(section))[
            index.column()
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            translate("CopyIssueDialog", "Category"),
            translate("CopyIssueDialog", "Records"),
            translate("CopyIssueDialog", "Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None


def _status(section: SectionSummary) -> str:
    states = []
    if section.restricted:
        states.append(translate("CopyIssueDialog", "restricted"))
    if section.legal_hold:
        states.append(translate("CopyIssueDialog", "legal hold"))
    return ", ".join(states) or "—"


class CopyIssueDialog(QDialog):
    """Check, preview and issue the data copy of one case."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self._case_id = case_id
        self._preview_dir: QTemporaryDir | None = None
        self.preview_path: Path | None = None
        self.summary: CopySummary | None = None
        self.issued: IssueResult | None = None  # kept without its passphrase
        self.passphrase_dialog: PassphraseDialog | None = None
        self.model = SectionsModel(self)
        self._build()
        self.retranslate()
        self._runner.run(
            services.copies.summary,
            actor,
            case_id,
            on_done=self._show_summary,
            on_error=self._error,
            owner=self,
        )

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.resize(760, 640)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("copySections")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.level_label = QLabel(self)
        self.level_label.setWordWrap(True)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.open_preview)
        self.form = QFormLayout()
        self._build_options()
        self.issued_label = QLabel(self)
        self.issued_label.setWordWrap(True)
        self.issued_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.issue_button = QPushButton(self)
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.issue)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.level_label)
        layout.addLayout(self.form)
        layout.addWidget(self.issued_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._update()

    def _build_options(self) -> None:
        self.pdf_box, self.json_box, self.csv_box = (QCheckBox(self) for _ in range(3))
        for box in (self.pdf_box, self.json_box, self.csv_box):
            box.setChecked(True)
            box.toggled.connect(self._update)
        formats = QHBoxLayout()
        for box in (self.pdf_box, self.json_box, self.csv_box):
            formats.addWidget(box)
        formats.addStretch(1)
        self.encrypt_box = QCheckBox(self)
        self.encrypt_box.setChecked(True)
        self.encrypt_box.toggled.connect(self._encryption_changed)
        self.inside_radio = QRadioButton(self)
        self.separate_radio = QRadioButton(self)
        self.inside_radio.setChecked(True)
        placement = QHBoxLayout()
        placement.addWidget(self.inside_radio)
        placement.addWidget(self.separate_radio)
        placement.addStretch(1)
        self.channel_combo = QComboBox(self)
        for channel in CHANNELS:
            self.channel_combo.addItem("", channel)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.textChanged.connect(self._update)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self._choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.folder_button)
        self.formats_label, self.encrypt_label, self.placement_label = (
            QLabel(self) for _ in range(3)
        )
        self.channel_label, self.folder_label = QLabel(self), QLabel(self)
        # The confirmation that the copy answers the request: checked by default, as a
        # copy issued usually is the answer; unchecked, the items stay pending.
        self.complete_box = QCheckBox(self)
        self.complete_box.setObjectName("completeItemsBox")
        self.complete_box.setChecked(True)
        self.form.addRow(self.formats_label, formats)
        self.form.addRow(self.encrypt_label, self.encrypt_box)
        self.form.addRow(self.placement_label, placement)
        self.form.addRow(self.channel_label, self.channel_combo)
        self.form.addRow(self.folder_label, folder)
        self.form.addRow("", self.complete_box)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("CopyIssueDialog", "Data copy"))
        self.preview_button.setText(translate("CopyIssueDialog", "Open preview…"))
        self.issue_button.setText(translate("CopyIssueDialog", "Issue copy"))
        self.close_button.setText(translate("CopyIssueDialog", "Close"))
        self.pdf_box.setText(translate("CopyIssueDialog", "PDF"))
        self.json_box.setText(translate("CopyIssueDialog", "JSON"))
        self.csv_box.setText(translate("CopyIssueDialog", "CSV"))
        self.encrypt_box.setText(
            translate("CopyIssueDialog", "Protect with a passphrase (AES-256)")
        )
        self.inside_radio.setText(translate("CopyIssueDialog", "Exports inside the PDF"))
        self.separate_radio.setText(
            translate("CopyIssueDialog", "Exports as separate files (not encrypted)")
        )
        self.formats_label.setText(translate("CopyIssueDialog", "Formats"))
        self.encrypt_label.setText(translate("CopyIssueDialog", "Encryption"))
        self.placement_label.setText(translate("CopyIssueDialog", "JSON and CSV"))
        self.channel_label.setText(translate("CopyIssueDialog", "Delivery"))
        self.folder_label.setText(translate("CopyIssueDialog", "Folder"))
        self.folder_button.setText(translate("CopyIssueDialog", "Choose…"))
        self.complete_box.setText(
            translate("CopyIssueDialog", "Mark the access/copy request as done")
        )
        self.complete_box.setToolTip(
            translate(
                "CopyIssueDialog",
                "The copy answers the request: its items are recorded as done and their "
                "clock stops. Leave this unchecked if more is to be sent.",
            )
        )
        for index in range(self.channel_combo.count()):
            self.channel_combo.setItemText(index, channel_label(self.channel_combo.itemData(index)))
        self._show_heading()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SectionsModel.COLUMNS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- summary --------------------------------------------------------------------

    def _show_summary(self, summary: CopySummary) -> None:
        self.summary = summary
        self.model.set_sections(summary.sections)
        self._show_heading()
        self._update()

    def _show_heading(self) -> None:
        summary = self.summary
        if summary is None:
            self.heading.setText(translate("CopyIssueDialog", "Loading what the copy holds…"))
            self.level_label.clear()
            return
        language = (
            translate("CopyIssueDialog", "Vietnamese")
            if summary.language == "vi"
            else translate("CopyIssueDialog", "English")
        )
        self.heading.setText(
            translate(
                "CopyIssueDialog",
                "Case {case}, customer {customer}: {records} records in the copy, in {language}.",
            ).format(
                case=summary.case_reference,
                customer=summary.subject_reference,
                records=summary.total_records,
                language=language,
            )
        )
        level = translate(
            "CopyIssueDialog",
            "Identity verified to {reached}; this copy needs {needed}.",
        ).format(reached=summary.level_reached.label, needed=summary.level_needed.label)
        if summary.includes_payment_data:
            level += " " + translate(
                "CopyIssueDialog", "It includes payment data (cards masked), hence L3."
            )
        self.level_label.setText(level)

    # -- preview --------------------------------------------------------------------

    def open_preview(self) -> None:
        self._run(
            self._services.copies.preview, self._actor, self._case_id, on_done=self._preview_ready
        )

    def _preview_ready(self, pdf: bytes) -> None:
        if self._preview_dir is None:
            # Private to this dialog and removed with it: the preview is not encrypted.
            self._preview_dir = QTemporaryDir()
        path = Path(self._preview_dir.path()) / "preview.pdf"
        save_file(path, pdf)
        self.preview_path = path
        self.open_url(QUrl.fromLocalFile(str(path)))

    def open_url(self, url: QUrl) -> None:
        """Hand a file to the system viewer (tests replace this)."""
        QDesktopServices.openUrl(url)

    # -- issuing --------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("CopyIssueDialog", "Folder for the copy"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _encryption_changed(self, encrypt: bool) -> None:
        # Separate files cannot be encrypted (the service refuses it too).
        if encrypt:
            self.inside_radio.setChecked(True)
        self._update()

    def formats(self) -> set[str]:
        boxes = (("pdf", self.pdf_box), ("json", self.json_box), ("csv", self.csv_box))
        return {name for name, box in boxes if box.isChecked()}

    def issue(self) -> None:
        options = {
            "out_dir": Path(self.folder_edit.text().strip()),
            "formats": self.formats(),
            "exports_inside_pdf": self.inside_radio.isChecked(),
            "encrypt": self.encrypt_box.isChecked(),
            "channel": str(self.channel_combo.currentData()),
            "complete_items": self.complete_box.isChecked(),
        }
        self.issue_button.setEnabled(False)

        def call() -> IssueResult:
            return self._services.copies.issue(self._actor, self._case_id, **options)  # type: ignore[arg-type]

        self._runner.run(
            call, on_done=self._issued, on_error=self._error, owner=self, on_finished=self._update
        )

    def _issued(self, result: IssueResult) -> None:
        passphrase = result.passphrase
        # The dialog remembers what was issued, never the passphrase.
        self.issued = IssueResult(result.files, None, result.exports_inside_pdf, result.fingerprint)
        lines = [translate("CopyIssueDialog", "Issued and recorded:")]
        lines += [f"{f.path.name} ({f.size:,} B, SHA-256 {f.sha256[:16]}…)" for f in result.files]
        if result.exports_inside_pdf:
            lines.append(
                translate(
                    "CopyIssueDialog", "The JSON and CSV exports are attached inside the PDF."
                )
            )
        if self.complete_box.isChecked():
            lines.append(
                translate("CopyIssueDialog", "The access/copy request is recorded as done.")
            )
        self.issued_label.setText("\n".join(lines))
        if passphrase is not None:
            self.passphrase_dialog = PassphraseDialog(passphrase, self)
            self.passphrase_dialog.open()

    # -- state ----------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, on_done: Any) -> None:
        self.error_label.hide()
        self._runner.run(fn, *args, on_done=on_done, on_error=self._error, owner=self)

    def _error(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data.
        self.error_label.setText(error_text(error))
        self.error_label.show()
        self._update()

    def _update(self) -> None:
        ready = self.summary is not None
        encrypt = self.encrypt_box.isChecked()
        self.separate_radio.setEnabled(not encrypt)
        self.inside_radio.setEnabled(self.pdf_box.isChecked())
        self.preview_button.setEnabled(ready)
        self.complete_box.setEnabled(self.issued is None)
        self.issue_button.setEnabled(
            ready
            and bool(self.formats())
            and bool(self.folder_edit.text().strip())
            and self.issued is None
        )

    def done(self, code: int) -> None:
        if self._preview_dir is not None:
            self._preview_dir.remove()
            self._preview_dir = None
        super().done(code)
