"""The case page: everything an agent does with one case.

Head (reference, state, the request's facts), the action bar, the request items with
their deadlines and item actions, and tabs for the timeline, the acknowledgement, the
attachments and related requests.

Everything, with the actions offered, is read in one background call (the read model
:meth:`CasePageService.page`, one transaction) and every
change goes through the TaskRunner with the version the page showed. When someone else
changed the case meanwhile, the service refuses with ``ConcurrentChangeError``: the page
says so, reloads, and nothing the agent typed into a form is lost (the form stays open).
After any change the page made, it reloads and emits ``case_changed(case_id)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.case_actions import CaseActions
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentChangeError,
    DomainError,
    ValidationError,
)
from clb4u_desk.gui.cases.case_actions import CaseActionBar
from clb4u_desk.gui.cases.case_header import CaseHeader
from clb4u_desk.gui.cases.case_items import ItemsModel
from clb4u_desk.gui.cases.case_launcher import DialogLauncher
from clb4u_desk.gui.cases.case_panels import (
    AcknowledgementPanel,
    AttachmentsPanel,
    RelatedPanel,
)
from clb4u_desk.gui.cases.case_timeline import TimelineModel
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.files import save_file
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.cases.page import CasePage
from clb4u_desk.services.cases.service import ItemDetail

if TYPE_CHECKING:
    from clb4u_desk.app import Services


def _write(path: Path, data: bytes) -> None:
    try:
        save_file(path, data)
    except OSError as error:
        # The agent can fix this (another folder, a free disk); the reason only, since
        # the path may hold a name.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The file could not be written ({reason}); choose another folder or name."
            ),
            reason=error.strerror or "error",
        ) from None


def save_attachment(services: Services, attachment_id: int, path: Path) -> str:
    """Worker: the attachment's bytes into the file the agent chose; returns its name."""
    _info, content = services.cases.attachment_content(attachment_id)
    _write(path, content)
    return path.name


def save_evidence_pack(services: Services, actor: Actor, reference: str, path: Path) -> str:
    """Worker: the evidence pack PDF (its export is logged) into the chosen file."""
    pdf = services.evidence.evidence_pack(actor, reference)
    _write(path, pdf)
    return path.name


class CaseView(QWidget):
    """One case, loaded through the TaskRunner; see the module docstring."""

    case_changed = Signal(int)  # the case id, after a change this page made
    loaded = Signal()  # after each (re)load has been shown
    open_case_requested = Signal(int)  # a related case's id, for the cases page to open

    # How long a confirmation ("The case is now yours.") stays: long enough to read it.
    # An error stays until the agent acts or refreshes: it must be read and acted on.
    INFO_BANNER_MS = 6000

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
        self.case_id = case_id
        self.data: CasePage | None = None
        self.offers: CaseActions | None = None
        self._generation = 0  # only the newest load is shown
        self._loading = False
        self._changed_pending = False  # a change was made: emit once the reload is shown
        self._compare_with: tuple[int | None, int] | None = None  # (version, events)
        self.launcher = DialogLauncher(self, self, services, actor, runner)
        self._build()
        self.retranslate()
        self.reload()

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.header = CaseHeader(self)
        self.reference_label = self.header.reference_label
        self.action_bar = CaseActionBar(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("caseBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_timer = QTimer(self)
        self.banner_timer.setSingleShot(True)
        self.banner_timer.setInterval(self.INFO_BANNER_MS)
        self.banner_timer.timeout.connect(self.clear_banner)
        self.loading_label = QLabel(self)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.items_title = QLabel(self)
        self.items_model = ItemsModel(self)
        self.items_table = QTableView(self)
        self.items_table.setObjectName("caseItems")
        self.items_table.setModel(self.items_model)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.verticalHeader().hide()
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.items_table.selectionModel().selectionChanged.connect(self._update_item_buttons)
        self.pause_button = QPushButton(self)
        self.resume_button = QPushButton(self)
        self.extension_button = QPushButton(self)
        self.outcome_button = QPushButton(self)
        self.refusal_button = QPushButton(self)
        self.third_party_button = QPushButton(self)
        item_buttons = QHBoxLayout()
        for button in (
            self.pause_button,
            self.resume_button,
            self.extension_button,
            self.outcome_button,
            self.refusal_button,
            self.third_party_button,
        ):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        items_box = QWidget(self)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.items_title)
        items_layout.addWidget(self.items_table, 1)
        items_layout.addLayout(item_buttons)

        self.tabs = QTabWidget(self)
        self.timeline_model = TimelineModel(self)
        timeline_box = QWidget(self.tabs)
        self.timeline_table = QTableView(timeline_box)
        self.timeline_table.setObjectName("caseTimeline")
        self.timeline_table.setModel(self.timeline_model)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.verticalHeader().hide()
        self.timeline_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timeline_table.horizontalHeader().setStretchLastSection(True)
        # Refreshed with the whole page (the action bar's Refresh, and after every change).
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.timeline_table, 1)
        self.acknowledgement = AcknowledgementPanel(self._services, self._runner, self.tabs)
        self.attachments = AttachmentsPanel(self.tabs)
        self.related = RelatedPanel(self.tabs)
        self.tabs.addTab(timeline_box, "")
        self.tabs.addTab(self.acknowledgement, "")
        self.tabs.addTab(self.attachments, "")
        self.tabs.addTab(self.related, "")

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(items_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading_label)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self._connect()
        self.action_bar.apply(None)
        self._update_item_buttons()

    def _connect(self) -> None:
        bar = self.action_bar
        launcher = self.launcher
        bar.assign_to_me_button.clicked.connect(self.assign_to_me)
        bar.assign_button.clicked.connect(launcher.assign)
        bar.move_requested.connect(lambda value: self.move_to(CaseState(value)))
        bar.close_requested.connect(launcher.close_case)
        bar.verify_button.clicked.connect(launcher.verify)
        bar.link_customer_button.clicked.connect(launcher.link_customer)
        bar.profile_button.clicked.connect(launcher.open_profile)
        bar.decision_requested.connect(launcher.decision)
        bar.copy_button.clicked.connect(launcher.issue_copy)
        bar.erasure_button.clicked.connect(launcher.erasure)
        bar.evidence_button.clicked.connect(self._ask_evidence_path)
        bar.refresh_button.clicked.connect(self.refresh)
        self.pause_button.clicked.connect(launcher.pause_item)
        self.resume_button.clicked.connect(self.resume_item)
        self.extension_button.clicked.connect(launcher.propose_extension)
        self.outcome_button.clicked.connect(launcher.set_outcome)
        self.refusal_button.clicked.connect(launcher.propose_refusal)
        self.third_party_button.clicked.connect(launcher.third_party)
        self.acknowledgement.mark_button.clicked.connect(self.mark_acknowledged)
        self.attachments.save_requested.connect(self._ask_attachment_path)
        self.related.link_requested.connect(self.link_related)
        self.related.open_requested.connect(self.open_case_requested.emit)

    def retranslate(self) -> None:
        self.loading_label.setText(self.tr("Loading the case…"))
        self.items_title.setText(self.tr("What is asked for"))
        self.pause_button.setText(self.tr("Stop the clock…"))
        self.resume_button.setText(self.tr("Restart the clock"))
        self.extension_button.setText(self.tr("Propose extension…"))
        self.outcome_button.setText(self.tr("Set outcome…"))
        self.refusal_button.setText(self.tr("Propose refusal…"))
        self._retitle_third_party_button()
        self._retitle_tabs()
        self.items_model.retranslate()
        self.timeline_model.retranslate()

    def _retitle_third_party_button(self) -> None:
        item = self.selected_item()
        if item is not None and item.third_party:
            self.third_party_button.setText(self.tr("No third party acts…"))
        else:
            self.third_party_button.setText(self.tr("Third party must act…"))
        self.third_party_button.setToolTip(
            self.tr(
                "Say whether a processor or another third party must act for this item: the "
                "longer Vietnamese periods then apply and the due date is worked out again."
            )
        )

    def _retitle_tabs(self) -> None:
        case = self.data.case if self.data is not None else None
        events = len(self.data.timeline) if self.data is not None else 0
        self.tabs.setTabText(0, self.tr("Timeline ({n})").format(n=events))
        self.tabs.setTabText(1, self.tr("Acknowledgement"))
        self.tabs.setTabText(
            2, self.tr("Attachments ({n})").format(n=len(case.attachments) if case else 0)
        )
        related = 0
        if case is not None:
            related = len(
                {c.id for c in case.possibly_related}
                | ({case.related_case.id} if case.related_case else set())
            )
        self.tabs.setTabText(3, self.tr("Related requests ({n})").format(n=related))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        """The agent asked to read the case again: what the banner said is over."""
        self.clear_banner()
        self.reload()

    def reload(self) -> None:
        """Read the case again (in the background); actions wait until it is shown."""
        self._generation += 1
        generation = self._generation
        self._loading = True
        self.action_bar.apply(None)
        self._update_item_buttons()
        if self.data is None:
            self.stack.setCurrentIndex(0)
        self._runner.run(
            self._services.case_page.page,
            self._actor,
            self.case_id,
            on_done=lambda data: self._show(generation, data),
            on_error=self._load_failed,
            owner=self,
        )

    def _show(self, generation: int, data: CasePage) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        selected = self.selected_item()
        self._loading = False
        self.data = data
        self.offers = data.actions
        self.header.show_case(data.case, data.verification)
        self.action_bar.apply(self.offers)
        self.items_model.set_items(data.case.items, data.approvals)
        self.timeline_model.set_events(data.timeline)
        self.timeline_table.scrollToBottom()
        self.acknowledgement.show_case(data.case, self.offers.acknowledge)
        self.attachments.show_attachments(data.case.attachments)
        self.related.show_case(data.case, data.actions.link_related)
        row = self.items_model.row_of(selected.id) if selected is not None else 0
        if self.items_model.rowCount() and row >= 0:
            self.items_table.selectRow(row)
        self._retitle_tabs()
        self._update_item_buttons()
        self.stack.setCurrentIndex(1)
        self.loaded.emit()
        if self._compare_with is not None:
            if self._compare_with != (data.case.version, len(data.timeline)):
                self._changed_pending = True
            self._compare_with = None
        if self._changed_pending:
            self._changed_pending = False
            self.case_changed.emit(self.case_id)

    def _load_failed(self, error: DomainError) -> None:
        self._loading = False
        self.show_error(error)
        if self.data is None:
            self.loading_label.setText(self.tr("The case could not be loaded."))

    # -- the banner ---------------------------------------------------------------------

    def show_error(self, error: DomainError) -> None:
        if isinstance(error, ConcurrentChangeError):
            text = self.tr(
                "Someone else changed this case meanwhile, so nothing was saved. The page "
                "now shows the case as it is; check it and try again."
            )
        else:
            text = self.tr("That could not be done: {reason}").format(reason=error_text(error))
        self._banner(text, error=True)

    def show_info(self, text: str) -> None:
        self._banner(text, error=False)

    def _banner(self, text: str, *, error: bool) -> None:
        colours = "#fde2e2; color: #7a0010" if error else "#e2f2e5; color: #0f4a1c"
        self.banner.setStyleSheet(
            f"QLabel#caseBanner {{ background: {colours}; border-radius: 4px; padding: 6px; }}"
        )
        self.banner.setProperty("error", error)
        self.banner.setText(text)
        self.banner.show()
        if error:
            self.banner_timer.stop()
        else:
            self.banner_timer.start()

    def clear_banner(self) -> None:
        self.banner_timer.stop()
        self.banner.hide()
        self.banner.clear()

    # -- running changes ----------------------------------------------------------------

    def run_change(
        self, fn: Callable[..., object], *args: object, done_text: str | None = None
    ) -> None:
        """Run a changing service call; on success reload and emit ``case_changed``.

        A refusal is shown in the banner and the page reloads, so it shows what is
        stored now (a failed call changed nothing).
        """
        self.clear_banner()
        self.action_bar.apply(None)
        self._runner.run(
            fn,
            *args,
            on_done=lambda _result: self.changed(done_text),
            on_error=self._change_failed,
            owner=self,
        )

    def changed(self, done_text: str | None = None) -> None:
        """Something was changed (here or in a dialog): reload, then tell the owner."""
        if done_text:
            self.show_info(done_text)
        self._changed_pending = True
        self.reload()

    def reload_after_dialog(self, version: int | None, events: int) -> None:
        """A dialog closed: read the case again; if its version or timeline moved since
        the dialog opened, the dialog changed something, so tell the owner."""
        self._compare_with = (version, events)
        self.reload()

    def _change_failed(self, error: DomainError) -> None:
        self.show_error(error)
        self.reload()

    def version(self) -> int:
        """The case's version as the page shows it (sent with every change)."""
        assert self.data is not None
        return self.data.case.version

    def item_version(self, item_id: int) -> int:
        assert self.data is not None
        return self.data.case.item(item_id).version

    # -- case actions -------------------------------------------------------------------

    def assign_to_me(self) -> None:
        if self.data is None:
            return
        self.run_change(
            self._services.cases.assign,
            self._actor,
            self.case_id,
            self._actor.account_id,
            self.version(),
            done_text=self.tr("The case is now yours."),
        )

    def move_to(self, target: CaseState) -> None:
        if self.data is None:
            return
        self.run_change(
            self._services.cases.transition, self._actor, self.case_id, target, self.version()
        )

    def mark_acknowledged(self) -> None:
        if self.data is None:
            return
        self.run_change(
            self._services.cases.mark_acknowledged,
            self._actor,
            self.case_id,
            self.version(),
            done_text=self.tr("The acknowledgement is recorded as sent."),
        )

    def link_related(self, other_id: int) -> None:
        if self.data is None:
            return
        self.run_change(
            self._services.intake.link_related, self._actor, self.case_id, other_id, self.version()
        )

    def resume_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self.run_change(self._services.cases.resume_item, self._actor, item.id, item.version)

    # -- items --------------------------------------------------------------------------

    def selected_item(self) -> ItemDetail | None:
        rows = self.items_table.selectionModel().selectedRows()
        if not rows or self.data is None:
            return None
        return self.items_model.item_at(rows[0].row())

    def select_item(self, item_id: int) -> None:
        row = self.items_model.row_of(item_id)
        if row >= 0:
            self.items_table.selectRow(row)

    def _update_item_buttons(self) -> None:
        offers = None
        if self.data is not None and not self._loading:
            item = self.selected_item()
            offers = self.data.item_actions(item.id if item is not None else None)
        self.pause_button.setEnabled(bool(offers and offers.pause))
        self.resume_button.setEnabled(bool(offers and offers.resume))
        self.extension_button.setEnabled(bool(offers and offers.extension))
        self.outcome_button.setEnabled(bool(offers and offers.outcome))
        self.refusal_button.setEnabled(bool(offers and offers.refusal))
        self.third_party_button.setEnabled(bool(offers and offers.third_party))
        self._retitle_third_party_button()

    # -- files --------------------------------------------------------------------------

    def _ask_attachment_path(self, attachment_id: int) -> None:
        if self.data is None:
            return
        info = next(a for a in self.data.case.attachments if a.id == attachment_id)
        # The sender's file name is only a suggestion in the dialog: the agent picks
        # the folder and may change the name; it is never used as a path by itself.
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save attachment"), info.display_name
        )
        if path:
            self.save_attachment_to(attachment_id, Path(path))

    def save_attachment_to(self, attachment_id: int, path: Path) -> None:
        self._runner.run(
            save_attachment,
            self._services,
            attachment_id,
            path,
            on_done=lambda name: self.show_info(self.tr("Saved as {name}.").format(name=name)),
            on_error=self.show_error,
            owner=self,
        )

    def _ask_evidence_path(self) -> None:
        if self.data is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save evidence pack"),
            f"{self.data.case.reference}-evidence.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.save_evidence_pack_to(Path(path))

    def save_evidence_pack_to(self, path: Path) -> None:
        """The export is logged, so the page reloads (the timeline shows it)."""
        if self.data is None:
            return
        self._runner.run(
            save_evidence_pack,
            self._services,
            self._actor,
            self.data.case.reference,
            path,
            on_done=lambda name: self.changed(
                self.tr("Evidence pack saved as {name}.").format(name=name)
            ),
            on_error=self.show_error,
            owner=self,
        )

    # -- dialogs ------------------------------------------------------------------------

    @property
    def dialog(self) -> QDialog | QWidget | None:
        """The dialog opened last from this page, while it is open (for tests)."""
        return self.launcher.current
