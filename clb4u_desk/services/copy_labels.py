"""Fixed texts of the data copy that the service supplies: category and column titles,
source lines, retention lines. Both languages side by side, so a missing translation
shows up in review as an empty half of a pair.

The letter, the rights and the complaint routes are the reporting layer's own texts
(:mod:`clb4u_desk.reporting.data_copy_texts`); these are the parts that depend on the data.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.reporting.document import CATEGORY_NAMES

Pair = tuple[str, str]  # (Vietnamese, English)

# The same names as the PDFs use for a category without a section of its own.
CATEGORY_TITLES: Final[Mapping[DataCategory, Pair]] = MappingProxyType(CATEGORY_NAMES)

# Column keys are the record lookup's (services/lookup.py); one title per key, shared by
# the categories that use it.
COLUMN_TITLES: Final[Mapping[str, Pair]] = MappingProxyType({
    "kind": ("Loại", "Kind"),
    "value": ("Giá trị", "Value"),
    "detail": ("Chi tiết", "Detail"),
    "birth_year": ("Năm sinh", "Year of birth"),
    "gender": ("Giới tính", "Gender"),
    "occupation": ("Nghề nghiệp", "Occupation"),
    "job_title": ("Chức danh", "Job title"),
    "income_band": ("Mức thu nhập", "Income band"),
    "zip_code": ("Mã bưu chính", "ZIP code"),
    "residence": ("Nơi cư trú", "Residence"),
    "language": ("Ngôn ngữ", "Language"),
    "created_at": ("Ngày tạo", "Created"),
    "status": ("Trạng thái", "Status"),
    "title": ("Tiêu đề", "Title"),
    "started_on": ("Ngày bắt đầu", "Started"),
    "ended_on": ("Ngày kết thúc", "Ended"),
    "number": ("Số hóa đơn", "Number"),
    "issued_on": ("Ngày lập", "Issued"),
    "amount": ("Số tiền", "Amount"),
    "fiscal_year": ("Năm tài chính", "Fiscal year"),
    "description": ("Nội dung", "Description"),
    "brand": ("Loại thẻ", "Brand"),
    "card": ("Thẻ", "Card"),
    "expiry": ("Hết hạn", "Expiry"),
    "added_on": ("Ngày thêm", "Added"),
    "paid_at": ("Thời điểm thanh toán", "Paid at"),
    "invoice": ("Hóa đơn", "Invoice"),
    "channel": ("Kênh", "Channel"),
    "direction": ("Chiều", "Direction"),
    "occurred_at": ("Thời điểm", "When"),
    "summary": ("Tóm tắt", "Summary"),
    "purpose": ("Mục đích", "Purpose"),
    "granted": ("Đồng ý", "Granted"),
    "changed_at": ("Thời điểm thay đổi", "Changed at"),
    "source": ("Nguồn", "Source"),
    "segment": ("Phân khúc", "Segment"),
    "assigned_on": ("Ngày gán", "Assigned"),
    "poll": ("Cuộc thăm dò", "Poll"),
    "question": ("Câu hỏi", "Question"),
    "answer": ("Trả lời", "Answer"),
    "answered_at": ("Thời điểm trả lời", "Answered at"),
    "board": ("Chuyên mục", "Board"),
    "body": ("Nội dung", "Text"),
    "posted_at": ("Thời điểm đăng", "Posted at"),
    "opened_at": ("Thời điểm mở", "Opened at"),
    "subject": ("Chủ đề", "Subject"),
    "closed_at": ("Thời điểm đóng", "Closed at"),
    "recipient": ("Bên nhận", "Recipient"),
    "legal_basis": ("Cơ sở pháp lý", "Legal basis"),
    "categories": ("Loại dữ liệu", "Categories"),
    "disclosed_on": ("Ngày chia sẻ", "Disclosed on"),
})

PRIMARY: Final[Pair] = ("chính", "primary")
"""How the lookup's "primary" mark on an email address reads in the copy."""

IDENTITY_KINDS: Final[Mapping[str, Pair]] = MappingProxyType({
    "name": ("Họ và tên", "Full name"),
    "email": ("Email", "Email"),
    "phone": ("Số điện thoại", "Phone"),
    "address": ("Địa chỉ", "Address"),
})
"""How the lookup's row kinds of the identity section read in the copy."""

# Where each category's data comes from (DESIGN.md section 1; the privacy policy,
# section 3): the requester, their dealings with CLB4U, or CLB4U's own analysis.
SOURCE_GROUPS: Final[tuple[tuple[Pair, frozenset[DataCategory]], ...]] = (
    (("Do bạn cung cấp (khi đăng ký, mua dịch vụ, liên hệ hoặc điền biểu mẫu)",
      "Provided by you (when registering, buying, contacting us or filling in forms)"),
     frozenset({DataCategory.IDENTITY, DataCategory.ACCOUNT, DataCategory.SUBSCRIPTIONS,
                DataCategory.POLLS, DataCategory.MESSAGE_BOARD, DataCategory.CONSENTS,
                DataCategory.SUPPORT_TICKETS})),
    (("Phát sinh từ giao dịch của bạn với CLB4U và đơn vị xử lý thanh toán",
      "Arising from your dealings with CLB4U and the payment processor"),
     frozenset({DataCategory.INVOICES, DataCategory.PAYMENT_METHODS, DataCategory.PAYMENTS,
                DataCategory.COMMUNICATIONS})),
    (("Do CLB4U suy ra từ dữ liệu trên (phân tích tiếp thị và thống kê)",
      "Derived by CLB4U from the data above (marketing and statistical analysis)"),
     frozenset({DataCategory.AD_SEGMENTS})),
    (("Ghi nhận của CLB4U khi chia sẻ dữ liệu của bạn",
      "Recorded by CLB4U when it disclosed your data"),
     frozenset({DataCategory.DISCLOSURES})),
)

RETENTION_LINE: Final[Pair] = ("{title}: {basis}", "{title}: {basis}")
RETENTION_UNTIL: Final[Pair] = (" (lưu trữ đến {date})", " (kept until {date})")


def pick(pair: Pair, lang: str) -> str:
    """The Vietnamese or the English half of a pair."""
    return pair[0] if lang == "vi" else pair[1]
