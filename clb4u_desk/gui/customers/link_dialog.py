"""Link a case to the customer it is about: search pre-filled from the request, pick the
candidate, link; then see every identifier of the request ticked or crossed.

The case page opens this dialog (imported lazily) with
``LinkCustomerDialog(services, actor, runner, case_id, parent)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.customers.linking import IdentifierMatchesTable, LinkOutcome, link_case
from clb4u_desk.gui.customers.search_panel import SearchPanel
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.cases.service import CaseDetail
from clb4u_desk.services.search.service import SearchHit
from clb4u_desk.services.verification.service import IdentifierMatch

if TYPE_CHECKING:
    from clb4u_desk.app import Services


def claimed_identity_query(detail: CaseDetail) -> str:
    """What to search first: the request's email is the most precise, then its phone,
    then the name."""
    return detail.requester_email or detail.requester_phone or detail.requester_name


def load_case_for_linking(
    services: Services, actor: Actor, case_id: int
) -> tuple[CaseDetail, tuple[IdentifierMatch, ...]]:
    """Runs in a worker thread: the case, and its identifier matches if already linked."""
    detail = services.cases.get_case(case_id)
    matches = (
        tuple(services.verification.identifier_matches(actor, case_id))
        if detail.customer_id is not None
        else ()
    )
    return detail, matches


class LinkCustomerDialog(QDialog):
    linked = Signal(object)  # the VerificationStatus after the link

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
        self.detail: CaseDetail | None = None
        self.outcome: LinkOutcome | None = None
        self._version: int | None = None
        self._build()
        self.retranslate()
        self.resize(820, 620)
        runner.run(
            load_case_for_linking,
            services,
            actor,
            case_id,
            on_done=self._loaded,
            on_error=self._show_error,
            owner=self,
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.search = SearchPanel(self._services, self._runner, self)
        self.search.hit_selected.connect(self._selected)
        self.search.setEnabled(False)  # until the case is loaded
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.matches = IdentifierMatchesTable(self)
        self.matches.setMaximumHeight(150)
        self.matches.hide()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.link_button = QPushButton(self)
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self.link_selected)
        self.buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for widget in (
            self.summary,
            self.search,
            self.result_label,
            self.matches,
            self.error_label,
            self.buttons,
        ):
            layout.addWidget(widget, 1 if widget is self.search else 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Link the case to a customer"))
        # Qt ships no Vietnamese for its standard buttons, so the text is set here.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.link_button.setText(self.tr("Link"))
        self._show_summary()
        if self.outcome is not None:
            self._show_result(self.outcome.customer_reference)

    def _show_summary(self) -> None:
        if self.detail is None:
            self.summary.setText(self.tr("Loading the case…"))
            return
        text = self.tr(
            "Case {case}: find the customer record this request is about. The "
            "search starts from what the request says."
        ).format(case=self.detail.reference)
        if self.detail.customer_id is not None and self.outcome is None:
            text += " " + self.tr(
                "The case is linked to a customer already; linking another "
                "one is possible only before any verification step."
            )
        self.summary.setText(text)

    # -- loading

    def _loaded(self, loaded: tuple[CaseDetail, tuple[IdentifierMatch, ...]]) -> None:
        detail, matches = loaded
        self.detail = detail
        self._version = detail.version
        self._show_summary()
        if matches:
            self.matches.show_matches(matches)
            self.matches.show()
        self.search.setEnabled(True)
        self.search.set_query(claimed_identity_query(detail))
        self.search.query_edit.setFocus()

    # -- linking

    def _selected(self, hit: SearchHit | None) -> None:
        self.link_button.setEnabled(hit is not None and self.detail is not None)

    def link_selected(self) -> None:
        hit = self.search.selected_hit()
        if hit is None or self._version is None:
            return
        self.error_label.hide()
        self.link_button.setEnabled(False)
        self._runner.run(
            link_case,
            self._services,
            self._actor,
            self._case_id,
            hit.customer_id,
            hit.reference,
            self._version,
            on_done=self._linked,
            on_error=self._show_error,
            on_finished=lambda: self._selected(self.search.selected_hit()),
            owner=self,
        )

    def _linked(self, outcome: LinkOutcome) -> None:
        self.outcome = outcome
        self._version = outcome.status.case_version
        self._show_summary()
        self._show_result(outcome.customer_reference)
        self.matches.show_matches(outcome.matches)
        self.matches.show()
        self.linked.emit(outcome.status)

    def _show_result(self, customer_reference: str) -> None:
        self.result_label.setText(
            self.tr(
                "Linked to customer {customer}. Each identifier the request gave, against the "
                "records:"
            ).format(customer=customer_reference)
        )

    def _show_error(self, error: DomainError) -> None:
        # Domain messages are complete sentences without personal data (domain.errors).
        self.error_label.setText(error_text(error))
        self.error_label.show()
