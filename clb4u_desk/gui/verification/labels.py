"""Translated names for the verification wizard: methods, facts, requirements, documents."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from clb4u_desk.domain.identifiers import IdentifierKind
from clb4u_desk.domain.identity import (
    CodeCheck,
    IdDocumentType,
    KnowledgeFact,
    Requirement,
    VerificationMethod,
)
from clb4u_desk.services.verification.service import AuthorisationKind

# Functions, so that the names follow a language switch; literal texts inside
# QCoreApplication.translate, so that lupdate finds them.
METHOD_NAMES: Mapping[VerificationMethod, Callable[[], str]] = MappingProxyType(
    {
        VerificationMethod.REGISTERED_EMAIL_ORIGIN: lambda: QCoreApplication.translate(
            "VerificationLabels", "Request from the registered email"
        ),
        VerificationMethod.ONE_TIME_CODE_EMAIL: lambda: QCoreApplication.translate(
            "VerificationLabels", "One-time code by email"
        ),
        VerificationMethod.ONE_TIME_CODE_SMS: lambda: QCoreApplication.translate(
            "VerificationLabels", "One-time code by SMS"
        ),
        VerificationMethod.CALLBACK_PHONE: lambda: QCoreApplication.translate(
            "VerificationLabels", "Callback to the registered phone"
        ),
        VerificationMethod.KNOWLEDGE_QUESTION: lambda: QCoreApplication.translate(
            "VerificationLabels", "Question about a fact on file"
        ),
        VerificationMethod.SIGNED_DECLARATION: lambda: QCoreApplication.translate(
            "VerificationLabels", "Signed declaration"
        ),
        VerificationMethod.REPRESENTATIVE_AUTHORISATION: lambda: QCoreApplication.translate(
            "VerificationLabels", "Representative's authorisation"
        ),
        VerificationMethod.SUBJECT_CONFIRMED_DIRECTLY: lambda: QCoreApplication.translate(
            "VerificationLabels", "Subject confirmed directly"
        ),
        VerificationMethod.ID_DOCUMENT_SEEN: lambda: QCoreApplication.translate(
            "VerificationLabels", "ID document seen"
        ),
    }
)

FACT_NAMES: Mapping[KnowledgeFact, Callable[[], str]] = MappingProxyType(
    {
        KnowledgeFact.ZIP: lambda: QCoreApplication.translate("VerificationLabels", "ZIP code"),
        KnowledgeFact.LAST_INVOICE_DATE: lambda: QCoreApplication.translate(
            "VerificationLabels", "Date of the last invoice"
        ),
        KnowledgeFact.LAST_INVOICE_AMOUNT: lambda: QCoreApplication.translate(
            "VerificationLabels", "Amount of the last invoice"
        ),
        KnowledgeFact.LAST_WEBINAR: lambda: QCoreApplication.translate(
            "VerificationLabels", "Last webinar"
        ),
        KnowledgeFact.CARD_LAST4: lambda: QCoreApplication.translate(
            "VerificationLabels", "Last 4 digits of the card"
        ),
    }
)

REQUIREMENT_TEXTS: Mapping[Requirement, Callable[[], str]] = MappingProxyType(
    {
        Requirement.REPRESENTATIVE_AUTHORISATION: lambda: QCoreApplication.translate(
            "VerificationLabels", "A signed authorisation or proof of legal representation"
        ),
        Requirement.SUBJECT_CONFIRMED_DIRECTLY: lambda: QCoreApplication.translate(
            "VerificationLabels", "The data subject confirms the request directly"
        ),
        Requirement.CONTACT_POINT: lambda: QCoreApplication.translate(
            "VerificationLabels",
            "Control of a registered contact point: request from the "
            "registered email, a one-time code, or a callback",
        ),
        Requirement.FIRST_FACT: lambda: QCoreApplication.translate(
            "VerificationLabels", "One fact on file answered correctly"
        ),
        Requirement.SECOND_FACT: lambda: QCoreApplication.translate(
            "VerificationLabels", "A second, different fact on file answered correctly"
        ),
        Requirement.THIRD_FACT: lambda: QCoreApplication.translate(
            "VerificationLabels", "A third, different fact on file answered correctly"
        ),
        Requirement.SIGNED_DECLARATION: lambda: QCoreApplication.translate(
            "VerificationLabels", "A declaration signed by the requester"
        ),
    }
)

IDENTIFIER_NAMES: Mapping[IdentifierKind, Callable[[], str]] = MappingProxyType(
    {
        IdentifierKind.NAME: lambda: QCoreApplication.translate("VerificationLabels", "Name"),
        IdentifierKind.EMAIL: lambda: QCoreApplication.translate("VerificationLabels", "Email"),
        IdentifierKind.PHONE: lambda: QCoreApplication.translate("VerificationLabels", "Phone"),
        IdentifierKind.ADDRESS: lambda: QCoreApplication.translate("VerificationLabels", "Address"),
    }
)

DOCUMENT_NAMES: Mapping[IdDocumentType, Callable[[], str]] = MappingProxyType(
    {
        IdDocumentType.CCCD: lambda: QCoreApplication.translate(
            "VerificationLabels", "Citizen identity card (CCCD)"
        ),
        IdDocumentType.CMND: lambda: QCoreApplication.translate(
            "VerificationLabels", "Old identity card (CMND)"
        ),
        IdDocumentType.PASSPORT: lambda: QCoreApplication.translate(
            "VerificationLabels", "Passport"
        ),
        IdDocumentType.DRIVING_LICENCE: lambda: QCoreApplication.translate(
            "VerificationLabels", "Driving licence"
        ),
    }
)

AUTHORISATION_NAMES: Mapping[AuthorisationKind, Callable[[], str]] = MappingProxyType(
    {
        AuthorisationKind.WRITTEN_AUTHORISATION: lambda: QCoreApplication.translate(
            "VerificationLabels", "Signed written authorisation"
        ),
        AuthorisationKind.PARENT: lambda: QCoreApplication.translate(
            "VerificationLabels", "Parent of a minor"
        ),
        AuthorisationKind.GUARDIAN: lambda: QCoreApplication.translate(
            "VerificationLabels", "Guardian"
        ),
        AuthorisationKind.OTHER_LEGAL: lambda: QCoreApplication.translate(
            "VerificationLabels", "Other legal representative, with proof"
        ),
    }
)

CODE_OUTCOMES: Mapping[CodeCheck, Callable[[], str]] = MappingProxyType(
    {
        CodeCheck.OK: lambda: QCoreApplication.translate("VerificationLabels", "Code accepted."),
        CodeCheck.WRONG: lambda: QCoreApplication.translate(
            "VerificationLabels", "Wrong code. Tries left: {tries}"
        ),
        CodeCheck.EXPIRED: lambda: QCoreApplication.translate(
            "VerificationLabels", "The code has expired; send a new one."
        ),
        CodeCheck.LOCKED: lambda: QCoreApplication.translate(
            "VerificationLabels", "Too many wrong tries; the code is locked. Send a new one."
        ),
        CodeCheck.USED: lambda: QCoreApplication.translate(
            "VerificationLabels", "This code was used already."
        ),
    }
)
