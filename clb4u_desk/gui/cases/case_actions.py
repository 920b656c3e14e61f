"""The case page's action bar: buttons for what can be done with the case as a whole,
enabled as the case page's read model says (:class:`clb4u_desk.domain.case_actions.CaseActions`).

The bar only shows and signals; the page opens the dialogs and runs the calls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from clb4u_desk.domain.case_actions import CaseActions
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.gui.cases.case_labels import state_name

# Decisions, in menu order; their keys are CaseActions fields.
DECISIONS = (
    "rectification",
    "restriction",
    "lift_restriction",
    "objection",
    "withdrawal",
    "suppression",
)


class CaseActionBar(QWidget):
    move_requested = Signal(str)  # a CaseState value
    close_requested = Signal()
    decision_requested = Signal(str)  # one of DECISIONS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assign_to_me_button = QPushButton(self)
        self.assign_button = QPushButton(self)
        self.state_button = QToolButton(self)
        self.state_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.state_menu = QMenu(self.state_button)
        self.state_button.setMenu(self.state_menu)
        self.verify_button = QPushButton(self)
        self.link_customer_button = QPushButton(self)
        self.profile_button = QPushButton(self)
        self.decisions_button = QToolButton(self)
        self.decisions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.decisions_menu = QMenu(self.decisions_button)
        self.decisions_button.setMenu(self.decisions_menu)
        self.decision_actions: dict[str, QAction] = {}
        for key in DECISIONS:
            action = self.decisions_menu.addAction("")
            action.triggered.connect(lambda _checked=False, k=key: self.decision_requested.emit(k))
            self.decision_actions[key] = action
        self.copy_button = QPushButton(self)
        self.erasure_button = QPushButton(self)
        self.evidence_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.move_actions: dict[CaseState, QAction] = {}
        self.close_action = QAction(self)
        self.close_action.triggered.connect(self.close_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.assign_to_me_button,
            self.assign_button,
            self.state_button,
            self.verify_button,
            self.link_customer_button,
            self.profile_button,
            self.decisions_button,
            self.copy_button,
            self.erasure_button,
            self.evidence_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.refresh_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.assign_to_me_button.setText(self.tr("Assign to me"))
        self.assign_button.setText(self.tr("Assign…"))
        self.state_button.setText(self.tr("Move case"))
        self.verify_button.setText(self.tr("Verify identity…"))
        self.link_customer_button.setText(self.tr("Link customer…"))
        self.profile_button.setText(self.tr("Open profile"))
        self.decisions_button.setText(self.tr("Decisions"))
        names = {
            "rectification": self.tr("Correct personal data…"),
            "restriction": self.tr("Restrict processing…"),
            "lift_restriction": self.tr("Lift a restriction…"),
            "objection": self.tr("Record an objection…"),
            "withdrawal": self.tr("Record consent withdrawal…"),
            "suppression": self.tr("Stop messages to this contact point…"),
        }
        for key, action in self.decision_actions.items():
            action.setText(names[key])
        self.copy_button.setText(self.tr("Issue data copy…"))
        self.erasure_button.setText(self.tr("Erasure…"))
        self.evidence_button.setText(self.tr("Evidence pack…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.close_action.setText(self.tr("Close the case…"))
        for state, action in self.move_actions.items():
            action.setText(self._move_text(state))

    def _move_text(self, state: CaseState) -> str:
        return self.tr('Move to "{state}"').format(state=state_name(state.value))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply(self, offers: CaseActions | None) -> None:
        """Enable what ``offers`` allows; everything off while nothing is loaded."""
        self.state_menu.clear()
        self.move_actions = {}
        if offers is None:
            for button in (
                self.assign_to_me_button,
                self.assign_button,
                self.state_button,
                self.verify_button,
                self.link_customer_button,
                self.profile_button,
                self.decisions_button,
                self.copy_button,
                self.erasure_button,
                self.evidence_button,
            ):
                button.setEnabled(False)
            return
        for state in offers.targets:
            action = self.state_menu.addAction(self._move_text(state))
            action.triggered.connect(
                lambda _checked=False, s=state: self.move_requested.emit(s.value)
            )
            self.move_actions[state] = action
        if offers.close_outcomes:
            if offers.targets:
                self.state_menu.addSeparator()
            self.state_menu.addAction(self.close_action)
        self.state_button.setEnabled(bool(offers.targets or offers.close_outcomes))
        self.assign_to_me_button.setEnabled(offers.assign_to_me)
        self.assign_button.setEnabled(offers.assign)
        self.verify_button.setEnabled(offers.verify)
        self.link_customer_button.setEnabled(offers.link_customer)
        self.profile_button.setEnabled(offers.open_profile)
        any_decision = False
        for key, action in self.decision_actions.items():
            enabled = bool(getattr(offers, key))
            action.setEnabled(enabled)
            any_decision = any_decision or enabled
        self.decisions_button.setEnabled(any_decision)
        self.copy_button.setEnabled(offers.copy)
        self.erasure_button.setEnabled(offers.erasure)
        self.evidence_button.setEnabled(offers.evidence)
        self.evidence_button.setVisible(offers.evidence)  # supervisors' tool only
