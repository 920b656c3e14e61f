"""Names for the verification wizard: methods and facts (stored codes, from the one label
table), requirements, documents, authorisations and code outcomes (translated here)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

from clb4u_desk.domain import labels
from clb4u_desk.domain.identifiers import IdentifierKind
from clb4u_desk.domain.identity import CodeCheck, IdDocumentType, Requirement
from clb4u_desk.gui.i18n import code_words
from clb4u_desk.services.verification.service import AuthorisationKind

# Functions, so that the names follow a language switch; literal texts inside
# QCoreApplication.translate, so that lupdate finds them.
# Stored codes: from the one label table, as the evidence pack writes them.
METHOD_NAMES: Mapping[str, Callable[[], str]] = code_words(labels.VERIFICATION_METHODS)
FACT_NAMES: Mapping[str, Callable[[], str]] = code_words(labels.KNOWLEDGE_FACTS)

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
