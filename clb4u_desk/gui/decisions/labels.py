"""Translated names of data categories, purposes and channels, for check boxes and lists."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose

# Functions, so that the names follow a language switch; literal texts, so that lupdate
# finds them.
CATEGORY_NAMES: Mapping[DataCategory, Callable[[], str]] = MappingProxyType(
    {
        DataCategory.IDENTITY: lambda: QCoreApplication.translate(
            "DecisionLabels", "Identity and contact data"
        ),
        DataCategory.ACCOUNT: lambda: QCoreApplication.translate(
            "DecisionLabels", "Account and demographics"
        ),
        DataCategory.SUBSCRIPTIONS: lambda: QCoreApplication.translate(
            "DecisionLabels", "Webinars, workshops and materials"
        ),
        DataCategory.INVOICES: lambda: QCoreApplication.translate("DecisionLabels", "Invoices"),
        DataCategory.PAYMENT_METHODS: lambda: QCoreApplication.translate(
            "DecisionLabels", "Payment cards"
        ),
        DataCategory.PAYMENTS: lambda: QCoreApplication.translate("DecisionLabels", "Payments"),
        DataCategory.COMMUNICATIONS: lambda: QCoreApplication.translate(
            "DecisionLabels", "Communications"
        ),
        DataCategory.CONSENTS: lambda: QCoreApplication.translate("DecisionLabels", "Consents"),
        DataCategory.AD_SEGMENTS: lambda: QCoreApplication.translate(
            "DecisionLabels", "Advertising segments"
        ),
        DataCategory.POLLS: lambda: QCoreApplication.translate("DecisionLabels", "Polls"),
        DataCategory.MESSAGE_BOARD: lambda: QCoreApplication.translate(
            "DecisionLabels", "Message board posts"
        ),
        DataCategory.SUPPORT_TICKETS: lambda: QCoreApplication.translate(
            "DecisionLabels", "Support tickets"
        ),
        DataCategory.DISCLOSURES: lambda: QCoreApplication.translate(
            "DecisionLabels", "Disclosures to third parties"
        ),
    }
)

PURPOSE_NAMES: Mapping[Purpose, Callable[[], str]] = MappingProxyType(
    {
        Purpose.SERVICE: lambda: QCoreApplication.translate(
            "DecisionLabels", "Providing the service"
        ),
        Purpose.STATISTICS: lambda: QCoreApplication.translate(
            "DecisionLabels", "Statistical analysis"
        ),
        Purpose.MARKETING: lambda: QCoreApplication.translate("DecisionLabels", "Direct marketing"),
        Purpose.TARGETED_ADS: lambda: QCoreApplication.translate("DecisionLabels", "Targeted ads"),
        Purpose.PRODUCT_DEVELOPMENT: lambda: QCoreApplication.translate(
            "DecisionLabels", "Product development"
        ),
    }
)

CHANNEL_NAMES: Mapping[str, Callable[[], str]] = MappingProxyType(
    {
        ContactChannel.EMAIL.value: lambda: QCoreApplication.translate("DecisionLabels", "Email"),
        ContactChannel.SMS.value: lambda: QCoreApplication.translate("DecisionLabels", "SMS"),
        ContactChannel.VOICEMAIL.value: lambda: QCoreApplication.translate(
            "DecisionLabels", "Voicemail"
        ),
        ContactChannel.PHONE.value: lambda: QCoreApplication.translate("DecisionLabels", "Phone"),
        ContactChannel.FAX.value: lambda: QCoreApplication.translate("DecisionLabels", "Fax"),
        ContactChannel.MOBILE.value: lambda: QCoreApplication.translate(
            "DecisionLabels", "Mobile app"
        ),
        ContactChannel.POST.value: lambda: QCoreApplication.translate("DecisionLabels", "Post"),
        "in_person": lambda: QCoreApplication.translate("DecisionLabels", "In person"),
        "portal": lambda: QCoreApplication.translate("DecisionLabels", "Recipient's portal"),
    }
)


def category_name(value: str | None) -> str:
    if value is None:
        return ""
    return CATEGORY_NAMES[DataCategory(value)]()


def purpose_name(value: str | None) -> str:
    if value is None:
        return ""
    return PURPOSE_NAMES[Purpose(value)]()


def channel_name(value: str) -> str:
    name = CHANNEL_NAMES.get(value)
    return name() if name is not None else value
