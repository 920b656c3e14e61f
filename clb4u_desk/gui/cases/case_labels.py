"""Translated names for what a case shows: rights, states, outcomes, channels, regimes,
urgency, and dates as agents read them (dd/mm/yyyy).

Functions rather than constants, so that the names follow a language switch; literal
texts inside ``QCoreApplication.translate``, so that lupdate finds them. An unknown value
(a newer database than this build) is shown as it is rather than hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.rights import Channel, Regime, Right

RIGHT_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        Right.ACCESS.value: lambda: QCoreApplication.translate("CaseLabels", "Access"),
        Right.COPY.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Data copy (portability)"
        ),
        Right.RECTIFICATION.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Rectification"
        ),
        Right.RESTRICTION.value: lambda: QCoreApplication.translate("CaseLabels", "Restriction"),
        Right.OBJECTION.value: lambda: QCoreApplication.translate("CaseLabels", "Objection"),
        Right.ERASURE.value: lambda: QCoreApplication.translate("CaseLabels", "Erasure"),
        Right.CONSENT_WITHDRAWAL.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Consent withdrawal"
        ),
    }
)

STATE_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        CaseState.RECEIVED.value: lambda: QCoreApplication.translate("CaseLabels", "Received"),
        CaseState.AWAITING_IDENTITY.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Awaiting identity verification"
        ),
        CaseState.VERIFIED.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Identity verified"
        ),
        CaseState.IN_PROGRESS.value: lambda: QCoreApplication.translate(
            "CaseLabels", "In progress"
        ),
        CaseState.AWAITING_APPROVAL.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Awaiting approval"
        ),
        CaseState.CLOSED.value: lambda: QCoreApplication.translate("CaseLabels", "Closed"),
    }
)

CASE_OUTCOME_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        CaseOutcome.DONE.value: lambda: QCoreApplication.translate("CaseLabels", "Done"),
        CaseOutcome.PARTLY_DONE.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Partly done"
        ),
        CaseOutcome.REFUSED.value: lambda: QCoreApplication.translate("CaseLabels", "Refused"),
        CaseOutcome.WITHDRAWN.value: lambda: QCoreApplication.translate("CaseLabels", "Withdrawn"),
    }
)

ITEM_OUTCOME_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        ItemOutcome.PENDING.value: lambda: QCoreApplication.translate("CaseLabels", "Pending"),
        ItemOutcome.DONE.value: lambda: QCoreApplication.translate("CaseLabels", "Done"),
        ItemOutcome.PARTLY_DONE.value: lambda: QCoreApplication.translate(
            "CaseLabels", "Partly done"
        ),
        ItemOutcome.REFUSED.value: lambda: QCoreApplication.translate("CaseLabels", "Refused"),
    }
)

CHANNEL_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        Channel.EMAIL.value: lambda: QCoreApplication.translate("CaseLabels", "Email"),
        Channel.PHONE.value: lambda: QCoreApplication.translate("CaseLabels", "Phone"),
        Channel.POST.value: lambda: QCoreApplication.translate("CaseLabels", "Post"),
        Channel.WALK_IN.value: lambda: QCoreApplication.translate("CaseLabels", "In person"),
        Channel.FAX.value: lambda: QCoreApplication.translate("CaseLabels", "Fax"),
    }
)

REGIME_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        Regime.VN.value: lambda: QCoreApplication.translate("CaseLabels", "Vietnam"),
        Regime.GDPR.value: lambda: QCoreApplication.translate("CaseLabels", "GDPR (EU)"),
        Regime.CCPA.value: lambda: QCoreApplication.translate("CaseLabels", "CCPA (California)"),
    }
)

URGENCY_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        Urgency.OVERDUE.value: lambda: QCoreApplication.translate("CaseLabels", "Overdue"),
        Urgency.DUE_SOON.value: lambda: QCoreApplication.translate("CaseLabels", "Due soon"),
        Urgency.OK.value: lambda: QCoreApplication.translate("CaseLabels", "On time"),
        Urgency.STOPPED.value: lambda: QCoreApplication.translate("CaseLabels", "Clock stopped"),
    }
)

# Background colours for the urgency cell: light enough for black text in either theme.
URGENCY_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        Urgency.OVERDUE.value: "#f8d0d0",
        Urgency.DUE_SOON.value: "#fbe7b5",
        Urgency.OK.value: "#d7efd9",
        Urgency.STOPPED.value: "#dde3ea",
    }
)


def _named(names: Mapping[str, Callable[[], str]], value: object) -> str:
    if value is None:
        return ""
    key = str(value)
    name = names.get(key)
    return name() if name is not None else key


def right_name(value: object) -> str:
    return _named(RIGHT_NAMES, value)


def state_name(value: object) -> str:
    return _named(STATE_NAMES, value)


def case_outcome_name(value: object) -> str:
    return _named(CASE_OUTCOME_NAMES, value)


def item_outcome_name(value: object) -> str:
    return _named(ITEM_OUTCOME_NAMES, value)


def channel_name(value: object) -> str:
    return _named(CHANNEL_NAMES, value)


def regime_name(value: object) -> str:
    return _named(REGIME_NAMES, value)


def urgency_name(value: object) -> str:
    return _named(URGENCY_NAMES, value)


def day_text(day: date | None) -> str:
    """A date as agents write it, dd/mm/yyyy; an em dash for none."""
    return day.strftime("%d/%m/%Y") if day is not None else "—"


def moment_text(moment: datetime | None) -> str:
    """A point in time in the workstation's time zone, dd/mm/yyyy hh:mm."""
    if moment is None:
        return "—"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


def size_text(size: int) -> str:
    """A file size in bytes, KB or MB (1 KB = 1024 bytes)."""
    if size < 1024:
        return QCoreApplication.translate("CaseLabels", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("CaseLabels", "{n} KB").format(n=f"{size / 1024:.1f}")
    return QCoreApplication.translate("CaseLabels", "{n} MB").format(
        n=f"{size / (1024 * 1024):.1f}"
    )
