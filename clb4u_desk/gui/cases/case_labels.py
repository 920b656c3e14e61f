"""Words for what a case shows: rights, states, outcomes, channels, regimes, urgency (from
the one label table, :mod:`clb4u_desk.domain.labels`, in the interface's language), dates
and times as everywhere else (:mod:`clb4u_desk.domain.formatting`), and file sizes.

Functions rather than constants, so that the words follow a language switch. An unknown
value (a newer database than this build) is shown as it is rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from clb4u_desk.domain import labels
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.formatting import MISSING, format_date, format_datetime, format_stopped
from clb4u_desk.gui.i18n import code_word

# Background colours for the urgency cell: light enough for black text in either theme.
URGENCY_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        Urgency.OVERDUE.value: "#f8d0d0",
        Urgency.DUE_SOON.value: "#fbe7b5",
        Urgency.OK.value: "#d7efd9",
        Urgency.STOPPED.value: "#dde3ea",
    }
)


def right_name(value: object) -> str:
    return code_word(labels.RIGHTS, value)


def state_name(value: object) -> str:
    return code_word(labels.CASE_STATES, value)


def case_outcome_name(value: object) -> str:
    return code_word(labels.CASE_OUTCOMES, value)


def item_outcome_name(value: object) -> str:
    return code_word(labels.ITEM_OUTCOMES, value)


def clock_stopped_text(outcome: object, day: date | None) -> str:
    """A decided item's clock: stopped for good, with its outcome and the day."""
    return format_stopped(code_word(labels.ITEM_CLOCKS_STOPPED, outcome), day)


def channel_name(value: object) -> str:
    return code_word(labels.CHANNELS, value)


def regime_name(value: object) -> str:
    return code_word(labels.REGIMES, value)


def urgency_name(value: object) -> str:
    return code_word(labels.URGENCIES, value)


def day_text(day: date | None) -> str:
    """A date as agents write it, dd/mm/yyyy; an em dash for none."""
    return format_date(day) if day is not None else MISSING


def moment_text(moment: datetime | None) -> str:
    """A point in time in Vietnam's time, dd/mm/yyyy hh:mm; an em dash for none."""
    return format_datetime(moment) if moment is not None else MISSING


def size_text(size: int) -> str:
    """A file size in bytes, KB or MB (1 KB = 1024 bytes)."""
    if size < 1024:
        return QCoreApplication.translate("CaseLabels", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("CaseLabels", "{n} KB").format(n=f"{size / 1024:.1f}")
    return QCoreApplication.translate("CaseLabels", "{n} MB").format(
        n=f"{size / (1024 * 1024):.1f}"
    )
