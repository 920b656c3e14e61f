"""Linking a case to the customer it is about: the background calls and the table of
identifier matches that the Customers page and the link dialog share.

After a link, every identifier the request gave (name, each email, phone, address) is
shown ticked or crossed against the linked customer's records, with the *request's*
value masked: the agent sees whether the link is right without the records being shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.gui.verification.labels import IDENTIFIER_NAMES
from clb4u_desk.services.verification.service import IdentifierMatch, VerificationStatus

if TYPE_CHECKING:
    from clb4u_desk.app import Services

TICK, CROSS = "✓", "✗"


@dataclass(frozen=True, slots=True)
class LinkOutcome:
    case_id: int
    case_reference: str
    customer_reference: str
    status: VerificationStatus
    matches: tuple[IdentifierMatch, ...]


def link_case(
    services: Services,
    actor: Actor,
    case_key: int | str,
    customer_id: int,
    customer_reference: str,
    expected_version: int | None = None,
) -> LinkOutcome:
    """Runs in a worker thread: link the case (by id or reference) and check identifiers.

    ``expected_version`` is the case version the agent saw; without one (a reference
    typed on the Customers page) the current version is read just before linking.
    """
    case_id = case_key if isinstance(case_key, int) else None
    if expected_version is None or case_id is None:
        detail = services.cases.get_case(case_key)
        case_id = detail.id
        if expected_version is None:
            expected_version = detail.version
    status = services.verification.link_customer(actor, case_id, customer_id, expected_version)
    matches = tuple(services.verification.identifier_matches(actor, case_id))
    return LinkOutcome(case_id, status.case_reference, customer_reference, status, matches)


def match_mark(match: IdentifierMatch) -> str:
    if match.matched:
        return QCoreApplication.translate("CustomerLinking", "{mark} matches the records").format(
            mark=TICK
        )
    if not match.on_file:
        return QCoreApplication.translate(
            "CustomerLinking", "{mark} nothing on file to compare"
        ).format(mark=CROSS)
    return QCoreApplication.translate("CustomerLinking", "{mark} does not match").format(mark=CROSS)


class IdentifierMatchesTable(QTableWidget):
    """A few rows (one per identifier the request gave): kind, masked value, match."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self._matches: tuple[IdentifierMatch, ...] = ()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CustomerLinking", "Identifier in the request"),
                QCoreApplication.translate("CustomerLinking", "Given (masked)"),
                QCoreApplication.translate("CustomerLinking", "Records"),
            ]
        )
        self.show_matches(self._matches)

    def show_matches(self, matches: tuple[IdentifierMatch, ...]) -> None:
        self._matches = matches
        self.setRowCount(len(matches))
        for row, match in enumerate(matches):
            for column, text in enumerate(
                (IDENTIFIER_NAMES[match.kind](), match.masked, match_mark(match))
            ):
                self.setItem(row, column, QTableWidgetItem(text))

    def marks(self) -> list[tuple[str, bool]]:
        """(masked value, matched) per row, for tests and summaries."""
        return [(match.masked, match.matched) for match in self._matches]
