"""The acknowledgement sent to a requester: receipt confirmed, what happens next, due dates.

Pure text, Vietnamese or English (the requester's language). The law asks that the
acknowledgement tell the requester what happens next (DOMAIN-RULES.md, Vietnam).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from clb4u_desk.domain.formatting import format_date, format_long_date
from clb4u_desk.domain.labels import RIGHTS_IN_LETTERS
from clb4u_desk.domain.rights import Right


@dataclass(frozen=True, slots=True)
class AcknowledgedItem:
    right: Right
    due: date | None  # None while the clock is stopped


@dataclass(frozen=True, slots=True)
class AcknowledgementInput:
    reference: str
    requester_name: str  # may be empty
    received_on: date  # the day of receipt in Vietnam (formatting.vietnam_date)
    items: Sequence[AcknowledgedItem]
    language: str  # "vi" or "en"


def acknowledgement(ack: AcknowledgementInput) -> tuple[str, str]:
    """(subject, body) in the requester's language (English for "en", else Vietnamese)."""
    return _english(ack) if ack.language == "en" else _vietnamese(ack)


def _vietnamese(ack: AcknowledgementInput) -> tuple[str, str]:
    subject = f"[{ack.reference}] Xác nhận đã nhận yêu cầu về dữ liệu cá nhân"
    greeting = (
        f"Kính gửi Quý khách {ack.requester_name}," if ack.requester_name else "Kính gửi Quý khách,"
    )
    lines = [
        greeting,
        "",
        f"CLB4U xác nhận đã nhận yêu cầu của Quý khách ngày {format_date(ack.received_on)}. "
        f"Mã số yêu cầu: {ack.reference}.",
        "",
        "Quý khách đã yêu cầu:",
        *(f"- {RIGHTS_IN_LETTERS[item.right][0]}: {_due_vi(item.due)}" for item in ack.items),
        "",
        "Các bước tiếp theo:",
        "1. Để bảo vệ dữ liệu của Quý khách, chúng tôi sẽ xác minh danh tính người yêu cầu. "
        "Chúng tôi có thể liên hệ để đề nghị cung cấp thêm thông tin; trong thời gian chờ "
        "thông tin đó, thời hạn giải quyết tạm dừng.",
        "2. Sau khi xác minh, chúng tôi giải quyết từng yêu cầu và trả lời Quý khách trong "
        "thời hạn nêu trên. Nếu cần thêm thời gian, chúng tôi sẽ thông báo lý do trước khi "
        "hết hạn (chỉ gia hạn một lần).",
        f"3. Khi liên hệ với chúng tôi về yêu cầu này, vui lòng ghi mã số {ack.reference}.",
        "",
        "Trân trọng,",
        "Bộ phận Bảo vệ dữ liệu cá nhân - CLB4U",
    ]
    return subject, "\n".join(lines)


def _english(ack: AcknowledgementInput) -> tuple[str, str]:
    subject = f"[{ack.reference}] We have received your personal data request"
    greeting = f"Dear {ack.requester_name}," if ack.requester_name else "Dear customer,"
    lines = [
        greeting,
        "",
        "CLB4U confirms that we received your request on "
        f"{format_long_date(ack.received_on, 'en')}. "
        f"Your request reference is {ack.reference}.",
        "",
        "You asked for:",
        *(f"- {RIGHTS_IN_LETTERS[item.right][1]}: {_due_en(item.due)}" for item in ack.items),
        "",
        "What happens next:",
        "1. To protect your data, we will verify the identity of the person making the "
        "request. We may contact you to ask for more information; while we wait for it, "
        "the time to reply is paused.",
        "2. Once verified, we deal with each request and reply within the time shown above. "
        "If we need more time, we will tell you why before the time runs out (we extend "
        "only once).",
        f"3. Please quote the reference {ack.reference} whenever you contact us about this "
        "request.",
        "",
        "Kind regards,",
        "CLB4U Personal Data Protection team",
    ]
    return subject, "\n".join(lines)


def _due_vi(due: date | None) -> str:
    if due is None:
        return "thời hạn đang tạm dừng trong khi chờ thông tin từ Quý khách"
    return f"trả lời chậm nhất ngày {format_date(due)}"


def _due_en(due: date | None) -> str:
    if due is None:
        return "the time to reply is paused while we wait for information from you"
    return f"we will reply by {format_long_date(due, 'en')} at the latest"
