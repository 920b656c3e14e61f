"""Words for the Customers page: why a search hit matched (translated here), the record
lookup's column titles and the stored codes of its records (from the one label table,
:mod:`clb4u_desk.domain.labels`, as the data copy writes them).

Functions, so that the words follow a language switch; literal texts inside
``QCoreApplication.translate``, so that lupdate finds them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from clb4u_desk.domain import labels
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.gui.i18n import code_word, ui_language
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


def column_title(key: str) -> str:
    """A record lookup column's title (services/lookup/service.py's keys)."""
    return code_word(labels.COLUMNS, key)


def value_text(category: DataCategory, column: str, value: str, kind: str = "") -> str:
    """A record's value as shown: a stored code as its word, any other value as given.
    ``kind`` is the row's "kind" (an identity row's detail depends on it)."""
    return labels.record_value(category, column, kind, value, ui_language())
