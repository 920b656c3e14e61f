"""The head of the case page: reference and state, then the facts of the request.

The requester is shown as the request names them (the case is the agent's own work
item); nothing from the customer's records appears here: the profile, behind identity
verification, is elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clb4u_desk.domain.cases import CaseState
from clb4u_desk.gui.cases.case_labels import (
    URGENCY_COLOURS,
    case_outcome_name,
    channel_name,
    day_text,
    moment_text,
    regime_name,
    state_name,
    urgency_name,
)
from clb4u_desk.services.cases.service import CaseDetail
from clb4u_desk.services.verification.service import VerificationStatus

# Field keys in display order: (key, column). Two columns of label/value pairs.
_FIELDS = (
    ("channel", 0),
    ("received", 0),
    ("regimes", 0),
    ("assignee", 0),
    ("version", 0),
    ("requester", 1),
    ("contact", 1),
    ("identity", 1),
    ("acknowledged", 1),
    ("due", 1),
)


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case: CaseDetail | None = None
        self._status: VerificationStatus | None = None
        self.reference_label = QLabel(self)
        self.reference_label.setObjectName("caseReference")
        font = self.reference_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.reference_label.setFont(font)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("caseState")
        self.state_label.setStyleSheet(
            "QLabel#caseState { background: #e3ecf7; color: #123; border-radius: 4px;"
            " padding: 2px 8px; }"
        )
        self.urgency_label = QLabel(self)
        self.urgency_label.setObjectName("caseUrgency")
        title = QHBoxLayout()
        title.addWidget(self.reference_label)
        title.addWidget(self.state_label)
        title.addWidget(self.urgency_label)
        title.addStretch(1)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        rows = [0, 0]
        for key, column in _FIELDS:
            name = QLabel(self)
            name.setStyleSheet("color: palette(mid);")
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            grid.addWidget(name, rows[column], column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, rows[column], column * 2 + 1, Qt.AlignmentFlag.AlignTop)
            rows[column] += 1
            self.names[key] = name
            self.values[key] = value
        # The left block keeps its width and the right one takes the rest, so the two
        # stay close together on a wide window.
        grid.setColumnMinimumWidth(1, 340)
        grid.setColumnMinimumWidth(2, 0)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addLayout(grid)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "channel": self.tr("Channel"),
            "received": self.tr("Received"),
            "regimes": self.tr("Rules"),
            "assignee": self.tr("Handled by"),
            "version": self.tr("Version"),
            "requester": self.tr("Requester (as stated)"),
            "contact": self.tr("Contact (as stated)"),
            "identity": self.tr("Identity"),
            "acknowledged": self.tr("Acknowledgement"),
            "due": self.tr("Next due date"),
        }
        for key, label in self.names.items():
            label.setText(titles[key])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, case: CaseDetail, status: VerificationStatus) -> None:
        self._case = case
        self._status = status
        self._fill()

    def _fill(self) -> None:
        case, status = self._case, self._status
        if case is None or status is None:
            return
        self.reference_label.setText(case.reference)
        state = state_name(case.state.value)
        if case.state is CaseState.CLOSED and case.outcome is not None:
            state = f"{state}: {case_outcome_name(case.outcome.value)}"
        self.state_label.setText(state)
        if case.urgency is not None:
            self.urgency_label.setText(urgency_name(case.urgency.value))
            self.urgency_label.setStyleSheet(
                f"background: {URGENCY_COLOURS[case.urgency.value]}; color: #1a1a1a;"
                " border-radius: 4px; padding: 2px 8px;"
            )
            self.urgency_label.show()
        else:
            self.urgency_label.hide()
        values = self.values
        values["channel"].setText(channel_name(case.channel.value))
        values["received"].setText(moment_text(case.received_at))
        values["regimes"].setText(", ".join(regime_name(r.value) for r in case.regimes))
        values["assignee"].setText(case.assignee_name or self.tr("Nobody yet"))
        values["version"].setText(str(case.version))
        requester = case.requester_name
        if case.via_representative:
            requester = self.tr("{name} (through a representative)").format(name=requester)
        values["requester"].setText(requester)
        contact = [c for c in (case.requester_email, case.requester_phone) if c]
        values["contact"].setText(" · ".join(contact) or "—")
        values["identity"].setText(self._identity_text(status))
        if case.acknowledged_at is not None:
            values["acknowledged"].setText(
                self.tr("Sent {moment}").format(moment=moment_text(case.acknowledged_at))
            )
        else:
            values["acknowledged"].setText(
                self.tr("Not sent; due by {date}").format(date=day_text(case.acknowledge_by))
            )
        values["due"].setText(day_text(case.due_on))

    def _identity_text(self, status: VerificationStatus) -> str:
        if not status.linked:
            return self.tr("Not linked to a customer; needs {needed}").format(
                needed=status.level_needed.label
            )
        return self.tr("Verified to {reached}; needs {needed}").format(
            reached=status.level_reached.label, needed=status.level_needed.label
        )
