"""The case's timeline: every decision-log entry of the case, oldest first, in words.

The log holds no personal values (names, addresses, reasons appear only as hashes), so
what is shown here is what the log says: who did what, to which item, between which
states or dates. An event kind this build does not know is shown as it is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from clb4u_desk.domain.identity import KnowledgeFact, VerificationMethod
from clb4u_desk.gui.cases.case_labels import (
    case_outcome_name,
    day_text,
    item_outcome_name,
    moment_text,
    right_name,
    state_name,
)
from clb4u_desk.gui.roles import role_title
from clb4u_desk.services.cases.service import TimelineEvent

_Index = QModelIndex | QPersistentModelIndex


EVENT_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        "case_received": lambda: QCoreApplication.translate("CaseTimeline", "Request received"),
        "case_state_changed": lambda: QCoreApplication.translate("CaseTimeline", "State changed"),
        "case_assigned": lambda: QCoreApplication.translate("CaseTimeline", "Case assigned"),
        "case_acknowledged": lambda: QCoreApplication.translate(
            "CaseTimeline", "Acknowledgement sent"
        ),
        "case_linked": lambda: QCoreApplication.translate(
            "CaseTimeline", "Linked to a related request"
        ),
        "case_customer_linked": lambda: QCoreApplication.translate(
            "CaseTimeline", "Linked to the customer's records"
        ),
        "item_clock_stopped": lambda: QCoreApplication.translate(
            "CaseTimeline", "Clock stopped for an item"
        ),
        "item_clock_restarted": lambda: QCoreApplication.translate(
            "CaseTimeline", "Clock restarted for an item"
        ),
        "item_extended": lambda: QCoreApplication.translate("CaseTimeline", "Item extended"),
        "item_decided": lambda: QCoreApplication.translate("CaseTimeline", "Item decided"),
        "item_third_party_changed": lambda: QCoreApplication.translate(
            "CaseTimeline", "Third party for an item"
        ),
        "item_scope_changed": lambda: QCoreApplication.translate(
            "CaseTimeline", "Item scope changed"
        ),
        "verification_attempt": lambda: QCoreApplication.translate(
            "CaseTimeline", "Identity check"
        ),
        "one_time_code_sent": lambda: QCoreApplication.translate(
            "CaseTimeline", "One-time code sent"
        ),
        "identity_level_changed": lambda: QCoreApplication.translate(
            "CaseTimeline", "Identity level changed"
        ),
        "approval_requested": lambda: QCoreApplication.translate(
            "CaseTimeline", "Proposed to a supervisor"
        ),
        "approval_granted": lambda: QCoreApplication.translate("CaseTimeline", "Proposal approved"),
        "approval_rejected": lambda: QCoreApplication.translate(
            "CaseTimeline", "Proposal rejected"
        ),
        "rectification": lambda: QCoreApplication.translate("CaseTimeline", "Data corrected"),
        "recipient_notified": lambda: QCoreApplication.translate(
            "CaseTimeline", "Recipient told of a change"
        ),
        "restriction": lambda: QCoreApplication.translate("CaseTimeline", "Processing restricted"),
        "restriction_lifted": lambda: QCoreApplication.translate(
            "CaseTimeline", "Restriction lifted"
        ),
        "objection": lambda: QCoreApplication.translate("CaseTimeline", "Objection recorded"),
        "consent_withdrawal": lambda: QCoreApplication.translate(
            "CaseTimeline", "Consent withdrawn"
        ),
        "suppression": lambda: QCoreApplication.translate(
            "CaseTimeline", "Messages to a contact point stopped"
        ),
        "refusal": lambda: QCoreApplication.translate("CaseTimeline", "Item refused"),
        "erasure_planned": lambda: QCoreApplication.translate("CaseTimeline", "Erasure proposed"),
        "erasure_executed": lambda: QCoreApplication.translate(
            "CaseTimeline", "Erasure carried out"
        ),
        "copy_previewed": lambda: QCoreApplication.translate("CaseTimeline", "Data copy previewed"),
        "copy_issued": lambda: QCoreApplication.translate("CaseTimeline", "Data copy issued"),
        "document_issued": lambda: QCoreApplication.translate("CaseTimeline", "Document issued"),
        "evidence_pack_exported": lambda: QCoreApplication.translate(
            "CaseTimeline", "Evidence pack exported"
        ),
    }
)

KIND_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        "erasure": lambda: QCoreApplication.translate("CaseTimeline", "erasure"),
        "refusal": lambda: QCoreApplication.translate("CaseTimeline", "refusal"),
        "extension": lambda: QCoreApplication.translate("CaseTimeline", "extension"),
    }
)


def event_name(action: str) -> str:
    name = EVENT_NAMES.get(action)
    return name() if name is not None else action


def _day(value: Any) -> str:
    if not isinstance(value, str):
        return "—"
    try:
        return day_text(date.fromisoformat(value))
    except ValueError:
        return value


def _detail(event: TimelineEvent) -> str:
    """The part of the details worth reading, in words; empty when there is none."""
    d = event.details
    action = event.action
    if action == "case_received":
        rights = ", ".join(right_name(r) for r in d.get("rights", []))
        return rights
    if action == "case_state_changed":
        text = f"{state_name(d.get('from'))} → {state_name(d.get('to'))}"
        if d.get("outcome"):
            text += f" ({case_outcome_name(d['outcome'])})"
        return text
    if action == "case_assigned":
        assignee = d.get("assignee")
        return str(assignee) if assignee else QCoreApplication.translate("CaseTimeline", "nobody")
    if action == "case_acknowledged":
        if d.get("on_time") is False:
            return QCoreApplication.translate("CaseTimeline", "late (due {date})").format(
                date=_day(d.get("acknowledge_by"))
            )
        return QCoreApplication.translate("CaseTimeline", "on time")
    if action == "case_linked":
        return str(d.get("related_case", ""))
    if action in (
        "item_clock_stopped",
        "item_decided",
        "item_extended",
        "item_clock_restarted",
        "refusal",
        "item_scope_changed",
        "item_third_party_changed",
    ):
        parts = [right_name(d.get("right"))] if d.get("right") else []
        if action == "item_decided" and d.get("outcome"):
            parts.append(item_outcome_name(d["outcome"]))
        if action == "item_third_party_changed":
            parts.append(
                QCoreApplication.translate("CaseTimeline", "a third party must act")
                if d.get("third_party")
                else QCoreApplication.translate("CaseTimeline", "no third party acts")
            )
        if (
            action in ("item_extended", "item_clock_restarted", "item_third_party_changed")
            and "due" in d
        ):
            parts.append(
                QCoreApplication.translate("CaseTimeline", "due {before} → {after}").format(
                    before=_day(d.get("due_before")), after=_day(d.get("due"))
                )
            )
        return ", ".join(part for part in parts if part)
    if action == "verification_attempt":
        return _attempt(d)
    if action == "identity_level_changed":
        return f"L{d.get('from')} → L{d.get('to')}"
    if action in ("approval_requested", "approval_granted", "approval_rejected"):
        kind = str(d.get("kind", ""))
        name = KIND_NAMES.get(kind)
        return name() if name is not None else kind
    return ""


def _attempt(details: dict[str, Any]) -> str:
    """The method (and fact) of an identity check, ticked or crossed; never the answer."""
    from clb4u_desk.gui.verification.labels import FACT_NAMES, METHOD_NAMES

    parts = []
    try:
        parts.append(METHOD_NAMES[VerificationMethod(str(details.get("method")))]())
    except (KeyError, ValueError):
        parts.append(str(details.get("method", "")))
    fact = details.get("fact")
    if fact:
        try:
            parts.append(FACT_NAMES[KnowledgeFact(fact)]())
        except (KeyError, ValueError):
            parts.append(str(fact))
    text = " — ".join(part for part in parts if part)
    return f"{text} {'✓' if details.get('succeeded') else '✗'}".strip()


def event_text(event: TimelineEvent) -> str:
    """The event in words: its name, then what it concerned."""
    detail = _detail(event)
    name = event_name(event.action)
    return f"{name}: {detail}" if detail else name


class TimelineModel(QAbstractTableModel):
    """Time, who (login and role), event; oldest first as the service returns them."""

    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[TimelineEvent] = []

    def set_events(self, events: list[TimelineEvent] | tuple[TimelineEvent, ...]) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda e: e.seq)
        self.endResetModel()

    def event_at(self, row: int) -> TimelineEvent:
        return self._events[row]

    def retranslate(self) -> None:
        if self._events:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._events) - 1, self.COLUMNS - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        event = self._events[index.row()]
        column = index.column()
        if column == 0:
            return moment_text(event.recorded_at)
        if column == 1:
            return f"{event.actor} ({role_title(event.actor_role)})"
        return event_text(event)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("CaseTimeline", "Time"),
            QCoreApplication.translate("CaseTimeline", "Who"),
            QCoreApplication.translate("CaseTimeline", "Event"),
        )
        return titles[section] if 0 <= section < len(titles) else None
