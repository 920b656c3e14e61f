"""Translated words for the Customers page: why a search hit matched, the record lookup's
column titles, and the few coded values the lookup returns as keys ("in", "primary").

Functions, so that the words follow a language switch; literal texts inside
``QCoreApplication.translate``, so that lupdate finds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from clb4u_desk.gui.decisions.labels import channel_name
from clb4u_desk.services.search import service as search

Text = Callable[[], str]

REASON_NAMES: Mapping[str, Text] = MappingProxyType(
    {
        search.REFERENCE: lambda: QCoreApplication.translate(
            "CustomerLabels", "customer reference"
        ),
        search.EMAIL: lambda: QCoreApplication.translate("CustomerLabels", "email address"),
        search.EMAIL_PREFIX: lambda: QCoreApplication.translate(
            "CustomerLabels", "beginning of an email address"
        ),
        search.PHONE: lambda: QCoreApplication.translate("CustomerLabels", "phone number"),
        search.INVOICE: lambda: QCoreApplication.translate("CustomerLabels", "invoice number"),
        search.NAME_EXACT: lambda: QCoreApplication.translate("CustomerLabels", "full name"),
        search.NAME_WORDS: lambda: QCoreApplication.translate(
            "CustomerLabels", "words of the name"
        ),
        search.NAME_PREFIX: lambda: QCoreApplication.translate(
            "CustomerLabels", "beginnings of words of the name"
        ),
    }
)


def reasons_text(reasons: tuple[str, ...]) -> str:
    """ "full name, phone number": the reasons in words, best first."""
    return ", ".join(REASON_NAMES[r]() if r in REASON_NAMES else r for r in reasons)


# The record lookup's column keys (services/lookup/service.py).
COLUMN_TITLES: Mapping[str, Text] = MappingProxyType(
    {
        "kind": lambda: QCoreApplication.translate("CustomerLabels", "Kind"),
        "value": lambda: QCoreApplication.translate("CustomerLabels", "Value"),
        "detail": lambda: QCoreApplication.translate("CustomerLabels", "Detail"),
        "birth_year": lambda: QCoreApplication.translate("CustomerLabels", "Year of birth"),
        "gender": lambda: QCoreApplication.translate("CustomerLabels", "Gender"),
        "occupation": lambda: QCoreApplication.translate("CustomerLabels", "Occupation"),
        "job_title": lambda: QCoreApplication.translate("CustomerLabels", "Job title"),
        "income_band": lambda: QCoreApplication.translate("CustomerLabels", "Income band"),
        "zip_code": lambda: QCoreApplication.translate("CustomerLabels", "ZIP code"),
        "residence": lambda: QCoreApplication.translate("CustomerLabels", "Residence"),
        "language": lambda: QCoreApplication.translate("CustomerLabels", "Language"),
        "created_at": lambda: QCoreApplication.translate("CustomerLabels", "Created"),
        "status": lambda: QCoreApplication.translate("CustomerLabels", "Status"),
        "title": lambda: QCoreApplication.translate("CustomerLabels", "Title"),
        "started_on": lambda: QCoreApplication.translate("CustomerLabels", "Started"),
        "ended_on": lambda: QCoreApplication.translate("CustomerLabels", "Ended"),
        "number": lambda: QCoreApplication.translate("CustomerLabels", "Number"),
        "issued_on": lambda: QCoreApplication.translate("CustomerLabels", "Issued"),
        "amount": lambda: QCoreApplication.translate("CustomerLabels", "Amount"),
        "fiscal_year": lambda: QCoreApplication.translate("CustomerLabels", "Fiscal year"),
        "description": lambda: QCoreApplication.translate("CustomerLabels", "Description"),
        "brand": lambda: QCoreApplication.translate("CustomerLabels", "Brand"),
        "card": lambda: QCoreApplication.translate("CustomerLabels", "Card"),
        "expiry": lambda: QCoreApplication.translate("CustomerLabels", "Expiry"),
        "added_on": lambda: QCoreApplication.translate("CustomerLabels", "Added"),
        "paid_at": lambda: QCoreApplication.translate("CustomerLabels", "Paid at"),
        "invoice": lambda: QCoreApplication.translate("CustomerLabels", "Invoice"),
        "channel": lambda: QCoreApplication.translate("CustomerLabels", "Channel"),
        "direction": lambda: QCoreApplication.translate("CustomerLabels", "Direction"),
        "occurred_at": lambda: QCoreApplication.translate("CustomerLabels", "When"),
        "summary": lambda: QCoreApplication.translate("CustomerLabels", "Summary"),
        "purpose": lambda: QCoreApplication.translate("CustomerLabels", "Purpose"),
        "granted": lambda: QCoreApplication.translate("CustomerLabels", "Granted"),
        "changed_at": lambda: QCoreApplication.translate("CustomerLabels", "Changed at"),
        "source": lambda: QCoreApplication.translate("CustomerLabels", "Source"),
        "segment": lambda: QCoreApplication.translate("CustomerLabels", "Segment"),
        "assigned_on": lambda: QCoreApplication.translate("CustomerLabels", "Assigned"),
        "poll": lambda: QCoreApplication.translate("CustomerLabels", "Poll"),
        "question": lambda: QCoreApplication.translate("CustomerLabels", "Question"),
        "answer": lambda: QCoreApplication.translate("CustomerLabels", "Answer"),
        "answered_at": lambda: QCoreApplication.translate("CustomerLabels", "Answered at"),
        "board": lambda: QCoreApplication.translate("CustomerLabels", "Board"),
        "body": lambda: QCoreApplication.translate("CustomerLabels", "Text"),
        "posted_at": lambda: QCoreApplication.translate("CustomerLabels", "Posted at"),
        "opened_at": lambda: QCoreApplication.translate("CustomerLabels", "Opened at"),
        "subject": lambda: QCoreApplication.translate("CustomerLabels", "Subject"),
        "closed_at": lambda: QCoreApplication.translate("CustomerLabels", "Closed at"),
        "recipient": lambda: QCoreApplication.translate("CustomerLabels", "Recipient"),
        "legal_basis": lambda: QCoreApplication.translate("CustomerLabels", "Legal basis"),
        "categories": lambda: QCoreApplication.translate("CustomerLabels", "Categories"),
        "disclosed_on": lambda: QCoreApplication.translate("CustomerLabels", "Disclosed on"),
    }
)


def column_title(key: str) -> str:
    title = COLUMN_TITLES.get(key)
    return title() if title is not None else key


# Values the lookup gives as codes rather than text, per column key; everything else is
# shown as the service formatted it.
_VALUE_NAMES: Mapping[str, Mapping[str, Text]] = MappingProxyType(
    {
        "kind": MappingProxyType(
            {
                "name": lambda: QCoreApplication.translate("CustomerLabels", "Name"),
                "email": lambda: QCoreApplication.translate("CustomerLabels", "Email"),
                "phone": lambda: QCoreApplication.translate("CustomerLabels", "Phone"),
                "address": lambda: QCoreApplication.translate("CustomerLabels", "Address"),
            }
        ),
        "detail": MappingProxyType(
            {
                "primary": lambda: QCoreApplication.translate("CustomerLabels", "primary"),
                "mobile": lambda: QCoreApplication.translate("CustomerLabels", "mobile"),
                "home": lambda: QCoreApplication.translate("CustomerLabels", "home"),
                "work": lambda: QCoreApplication.translate("CustomerLabels", "work"),
                "fax": lambda: QCoreApplication.translate("CustomerLabels", "fax"),
                "postal": lambda: QCoreApplication.translate("CustomerLabels", "postal"),
                "billing": lambda: QCoreApplication.translate("CustomerLabels", "billing"),
            }
        ),
        "direction": MappingProxyType(
            {
                "in": lambda: QCoreApplication.translate("CustomerLabels", "incoming"),
                "out": lambda: QCoreApplication.translate("CustomerLabels", "outgoing"),
            }
        ),
        "granted": MappingProxyType(
            {
                "yes": lambda: QCoreApplication.translate("CustomerLabels", "yes"),
                "no": lambda: QCoreApplication.translate("CustomerLabels", "no"),
            }
        ),
    }
)


def value_text(column: str, value: str) -> str:
    """A coded value in words; any other value as given."""
    if column == "channel":
        return channel_name(value)
    names = _VALUE_NAMES.get(column)
    if names is None:
        return value
    name = names.get(value)
    return name() if name is not None else value
