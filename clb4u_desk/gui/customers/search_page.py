"""The Customers page: find a requester's customer record and link it to a case.

Nothing beyond the search hits (reference, name, masked contact points) is shown here.
The records themselves are opened from a case that is linked and verified to L1 or
more (DOMAIN-RULES.md: nothing personal before the requester is verified), which is
why this page offers the link and not the profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.customers.case_choice import CaseChoiceDialog
from clb4u_desk.gui.customers.linking import IdentifierMatchesTable, LinkOutcome, link_case
from clb4u_desk.gui.customers.search_panel import SearchPanel
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.search.service import SearchHit

if TYPE_CHECKING:
    from clb4u_desk.app import Services


class CustomerSearchPage(QWidget):
    linked = Signal(object)  # the LinkOutcome of a link made from this page

    def __init__(
        self, services: Services, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self.case_dialog: CaseChoiceDialog | None = None
        self.outcome: LinkOutcome | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.search = SearchPanel(services, runner, self)
        self.search.hit_selected.connect(self._selected)
        self.link_button = QPushButton(self)
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self.ask_case)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.matches = IdentifierMatchesTable(self)
        self.matches.setMaximumHeight(150)
        self.matches.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.search, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.matches)
        self.retranslate()
        self.search.query_edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.explanation.setText(
            self.tr(
                "Find the customer a request is about and link the record to its case. The "
                "records are opened from the case once the requester's identity is verified."
            )
        )
        self.link_button.setText(self.tr("Link to case…"))
        if self.outcome is not None:
            self._show_outcome(self.outcome)

    def _selected(self, hit: SearchHit | None) -> None:
        self.link_button.setEnabled(hit is not None)

    # -- linking

    def ask_case(self) -> None:
        hit = self.search.selected_hit()
        if hit is None:
            return
        dialog = CaseChoiceDialog(self._services, self._actor, self._runner, hit.reference, self)
        dialog.accepted.connect(lambda: self._link(hit, dialog.reference()))
        dialog.finished.connect(dialog.deleteLater)
        self.case_dialog = dialog
        dialog.open()

    def _link(self, hit: SearchHit, reference: str) -> None:
        self.error_label.hide()
        self.link_button.setEnabled(False)
        self._runner.run(
            link_case,
            self._services,
            self._actor,
            reference,
            hit.customer_id,
            hit.reference,
            on_done=self._linked,
            on_error=self._failed,
            on_finished=lambda: self._selected(self.search.selected_hit()),
            owner=self,
        )

    def _linked(self, outcome: LinkOutcome) -> None:
        self.outcome = outcome
        self._show_outcome(outcome)
        self.linked.emit(outcome)

    def _show_outcome(self, outcome: LinkOutcome) -> None:
        self.result_label.setText(
            self.tr(
                "Case {case} is linked to customer {customer}. Check the identifiers below, "
                "then verify the requester's identity from the case."
            ).format(case=outcome.case_reference, customer=outcome.customer_reference)
        )
        self.matches.show_matches(outcome.matches)
        self.matches.show()

    def _failed(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data (domain.errors).
        self.error_label.setText(error_text(error))
        self.error_label.show()
