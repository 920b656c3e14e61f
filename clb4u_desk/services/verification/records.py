"""What the verification service makes of the records (read through
``uow.verification``): facts on file, identifier matches; the item scope; and the text
of the one-time code mail.

Nothing here is shown to the requester. Values on file only ever leave this module as
a yes/no comparison or a masked form; the facts themselves go no further than
``answers_match``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from clb4u_desk.adapters.smtp import OutgoingMail
from clb4u_desk.domain.identifiers import (
    IdentifierKind,
    address_matches,
    emails_match,
    mask_address,
    mask_email,
    mask_name,
    mask_phone_or_hide,
    names_match,
    phones_match,
)
from clb4u_desk.domain.identity import KnowledgeFact
from clb4u_desk.persistence.models import Case, Customer, RequestItem
from clb4u_desk.persistence.repositories.verification import VerificationRepository


@dataclass(frozen=True, slots=True)
class IdentifierMatch:
    """One identifier the request gave, masked, and whether the records hold it."""

    kind: IdentifierKind
    masked: str
    matched: bool
    on_file: bool  # False: the records hold nothing of this kind to compare with


@dataclass(frozen=True, slots=True)
class KnowledgeQuestion:
    """A fact the agent may ask about; the answer on file is never part of it."""

    fact: KnowledgeFact
    prompt_vi: str
    prompt_en: str


PROMPTS: Mapping[KnowledgeFact, tuple[str, str]] = MappingProxyType(
    {
        KnowledgeFact.ZIP: (
            "Mã bưu chính (ZIP) trong hồ sơ của quý khách là gì?",
            "What is the ZIP code on your account?",
        ),
        KnowledgeFact.LAST_INVOICE_DATE: (
            "Hóa đơn gần nhất của quý khách được lập vào ngày nào?",
            "On what date was your most recent invoice issued?",
        ),
        KnowledgeFact.LAST_INVOICE_AMOUNT: (
            "Số tiền của hóa đơn gần nhất là bao nhiêu?",
            "What was the amount of your most recent invoice?",
        ),
        KnowledgeFact.LAST_WEBINAR: (
            "Hội thảo trực tuyến (webinar) gần nhất quý khách đăng ký là gì?",
            "What was the most recent webinar you signed up for?",
        ),
        KnowledgeFact.CARD_LAST4: (
            "Bốn số cuối của thẻ thanh toán quý khách đã lưu là gì?",
            "What are the last four digits of the payment card you saved with us?",
        ),
    }
)


# --------------------------------------------------------------------------- records


def facts_on_file(records: VerificationRepository, customer: Customer) -> dict[KnowledgeFact, str]:
    """Every fact the records hold for ``customer``, as text for ``answers_match``."""
    facts: dict[KnowledgeFact, str] = {}
    zip_code = customer.zip_code or records.address_zip(customer.id)
    if zip_code:
        facts[KnowledgeFact.ZIP] = zip_code
    invoice = records.latest_invoice(customer.id)
    if invoice is not None:
        facts[KnowledgeFact.LAST_INVOICE_DATE] = invoice.issued_on.isoformat()
        facts[KnowledgeFact.LAST_INVOICE_AMOUNT] = str(invoice.amount_vnd)
    webinar = records.latest_webinar(customer.id)
    if webinar:
        facts[KnowledgeFact.LAST_WEBINAR] = webinar
    last4 = records.latest_card_last4(customer.id)
    if last4:
        facts[KnowledgeFact.CARD_LAST4] = last4
    return facts


def identifier_matches(
    records: VerificationRepository, case: Case, customer: Customer
) -> list[IdentifierMatch]:
    """Each identifier given in the request against the customer's records."""
    matches = [
        IdentifierMatch(
            IdentifierKind.NAME,
            mask_name(case.requester_name),
            names_match(case.requester_name, customer.full_name),
            True,
        )
    ]
    if case.requester_email:
        emails = [row.email for row in records.registered_emails(customer.id)]
        matches.append(
            IdentifierMatch(
                IdentifierKind.EMAIL,
                mask_email(case.requester_email),
                emails_match(case.requester_email, emails),
                bool(emails),
            )
        )
    if case.requester_phone:
        phones = records.registered_phones(customer.id)
        matches.append(
            IdentifierMatch(
                IdentifierKind.PHONE,
                mask_phone_or_hide(case.requester_phone),
                phones_match(case.requester_phone, phones),
                bool(phones),
            )
        )
    if case.requester_address:
        streets = records.street_lines(customer.id)
        matches.append(
            IdentifierMatch(
                IdentifierKind.ADDRESS,
                mask_address(case.requester_address),
                address_matches(case.requester_address, streets),
                bool(streets),
            )
        )
    return matches


# --------------------------------------------------------------------------- request items


def item_scope(item: RequestItem) -> dict[str, Any]:
    """The item's scope JSON as a dict; anything unreadable counts as empty."""
    try:
        scope = json.loads(item.scope) if item.scope else {}
    except ValueError:
        return {}
    return scope if isinstance(scope, dict) else {}


# --------------------------------------------------------------------------- code mail


def code_mail(to: str, code: str, case_reference: str, minutes: int, language: str) -> OutgoingMail:
    """The one-time code mail. The code stands alone on its line, easy to read aloud."""
    if language == "en":
        subject = f"CLB4U verification code for your request {case_reference}"
        body = (
            "Dear customer,\n\n"
            f"Your verification code for your personal data request {case_reference} is:\n\n"
            f"    {code}\n\n"
            f"The code is valid for {minutes} minutes and works once. Read it to the CLB4U "
            "agent handling your request. If you did not make a request, ignore this email "
            "and tell us.\n\n"
            "CLB4U\n"
        )
    else:
        subject = f"Mã xác minh CLB4U cho yêu cầu {case_reference}"
        body = (
            "Kính gửi quý khách,\n\n"
            f"Mã xác minh cho yêu cầu về dữ liệu cá nhân {case_reference} của quý khách là:\n\n"
            f"    {code}\n\n"
            f"Mã có hiệu lực trong {minutes} phút và chỉ dùng được một lần. Vui lòng đọc mã "
            "này cho nhân viên CLB4U đang xử lý yêu cầu của quý khách. Nếu quý khách không "
            "gửi yêu cầu nào, xin bỏ qua email này và báo cho chúng tôi.\n\n"
            "CLB4U\n"
        )
    return OutgoingMail(to=to, subject=subject, body=body)
