"""Fixed texts of the data copy that the service supplies: category and column titles,
the words the PDF shows for stored codes (gender, statuses, channels...), source lines,
retention lines. Both languages side by side, so a missing translation shows up in
review as an empty half of a pair.

The letter, the rights and the complaint routes are the reporting layer's own texts
(:mod:`clb4u_desk.reporting.data_copy_texts`); these are the parts that depend on the data.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from clb4u_desk.domain.categories import CATEGORY_NAMES, DataCategory

Pair = tuple[str, str]  # (Vietnamese, English)

# The same names as the PDFs use for a category without a section of its own.
CATEGORY_TITLES: Final[Mapping[DataCategory, Pair]] = MappingProxyType(CATEGORY_NAMES)

# Column keys are the record lookup's (services/lookup/service.py); one title per key, shared by
# the categories that use it.
COLUMN_TITLES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
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
    }
)

PRIMARY: Final[Pair] = ("chính", "primary")
"""How the lookup's "primary" mark on an email address reads in the copy."""

IDENTITY_KINDS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "name": ("Họ và tên", "Full name"),
        "email": ("Email", "Email"),
        "phone": ("Số điện thoại", "Phone"),
        "address": ("Địa chỉ", "Address"),
    }
)
"""How the lookup's row kinds of the identity section read in the copy."""

# --- enumerated codes ------------------------------------------------------------------
# The stored codes of the record tables, as the PDF shows them: a word in the requester's
# language. The JSON and CSV exports keep the codes (docs/export-format.md). The value
# sets are those of the models (persistence/models/records.py), the CSV import
# (services/records/format.py), the erasure (an anonymised customer) and the demo
# generator (clb4u_desk/demo). A value not listed here (imported data) is shown as stored.

GENDERS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "female": ("Nữ", "Female"),
        "male": ("Nam", "Male"),
        "other": ("Khác", "Other"),
    }
)

CUSTOMER_STATUSES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "active": ("Đang hoạt động", "Active"),
        "inactive": ("Ngừng hoạt động", "Inactive"),
        "closed": ("Đã đóng", "Closed"),
        "anonymised": ("Đã ẩn danh", "Anonymised"),
    }
)

INCOME_BANDS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "lt10m": ("Dưới 10 triệu ₫", "Under 10 million ₫"),
        "10-20m": ("10–20 triệu ₫", "10–20 million ₫"),
        "20-40m": ("20–40 triệu ₫", "20–40 million ₫"),
        "gt40m": ("Trên 40 triệu ₫", "Over 40 million ₫"),
    }
)

RESIDENCES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "vn": ("Việt Nam", "Vietnam"),
        "eu": ("Liên minh châu Âu", "European Union"),
        "us-ca": ("California (Hoa Kỳ)", "California (USA)"),
    }
)

LANGUAGES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "vi": ("Tiếng Việt", "Vietnamese"),
        "en": ("Tiếng Anh", "English"),
    }
)

SUBSCRIPTION_KINDS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "webinar": ("Hội thảo trực tuyến", "Webinar"),
        "workshop": ("Hội thảo thực hành", "Workshop"),
        "material": ("Tài liệu", "Material"),
    }
)

SUBSCRIPTION_STATUSES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "active": ("Đang hiệu lực", "Active"),
        "ended": ("Đã kết thúc", "Ended"),
        "cancelled": ("Đã hủy", "Cancelled"),
    }
)

INVOICE_STATUSES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "paid": ("Đã thanh toán", "Paid"),
        "unpaid": ("Chưa thanh toán", "Unpaid"),
        "cancelled": ("Đã hủy", "Cancelled"),
        "refunded": ("Đã hoàn tiền", "Refunded"),
    }
)

CARD_BRANDS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "visa": ("Visa", "Visa"),
        "mastercard": ("Mastercard", "Mastercard"),
        "jcb": ("JCB", "JCB"),
        "amex": ("American Express", "American Express"),
        "napas": ("NAPAS", "NAPAS"),
    }
)

PAYMENT_STATUSES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "settled": ("Thành công", "Settled"),
        "pending": ("Đang xử lý", "Pending"),
        "failed": ("Không thành công", "Failed"),
        "refunded": ("Đã hoàn tiền", "Refunded"),
    }
)

CHANNELS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "email": ("Email", "Email"),
        "sms": ("Tin nhắn SMS", "Text message"),
        "voicemail": ("Hộp thư thoại", "Voicemail"),
        "phone": ("Điện thoại", "Phone"),
        "fax": ("Fax", "Fax"),
        "mobile": ("Di động", "Mobile"),
        "post": ("Thư bưu điện", "Post"),
    }
)
"""domain.categories.ContactChannel: communications and consents."""

DIRECTIONS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "in": ("Từ bạn", "From you"),
        "out": ("Từ CLB4U", "From CLB4U"),
    }
)

PURPOSES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "service": ("Cung cấp dịch vụ", "Providing the service"),
        "statistics": ("Thống kê", "Statistics"),
        "marketing": ("Tiếp thị", "Marketing"),
        "targeted_ads": ("Quảng cáo nhắm mục tiêu", "Targeted advertising"),
        "product_development": ("Phát triển sản phẩm", "Product development"),
    }
)
"""domain.categories.Purpose."""

CONSENT_SOURCES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "web_signup": ("Đăng ký trên trang web", "Website sign-up"),
        "paper_form": ("Mẫu đơn giấy", "Paper form"),
        "mobile_app": ("Ứng dụng di động", "Mobile app"),
        "call_center": ("Tổng đài chăm sóc khách hàng", "Call centre"),
        "event_checkin": ("Đăng ký tại sự kiện", "Event check-in"),
    }
)
"""Where a consent was given; a consent changed by a request reads "DSR <case>" (as stored)."""

AD_SOURCES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "internal_model": ("Phân tích nội bộ của CLB4U", "CLB4U's own analysis"),
        "google_ads": ("Google Ads", "Google Ads"),
        "facebook_ads": ("Facebook Ads", "Facebook Ads"),
        "zalo_ads": ("Zalo Ads", "Zalo Ads"),
    }
)

TICKET_STATUSES: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "open": ("Đang mở", "Open"),
        "pending": ("Đang chờ xử lý", "Pending"),
        "closed": ("Đã đóng", "Closed"),
    }
)

PHONE_KINDS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "mobile": ("Di động", "Mobile"),
        "home": ("Nhà riêng", "Home"),
        "work": ("Cơ quan", "Work"),
        "fax": ("Fax", "Fax"),
    }
)

ADDRESS_KINDS: Final[Mapping[str, Pair]] = MappingProxyType(
    {
        "postal": ("Địa chỉ nhận thư", "Postal address"),
        "billing": ("Địa chỉ thanh toán", "Billing address"),
    }
)

CODED_COLUMNS: Final[Mapping[DataCategory, Mapping[str, Mapping[str, Pair]]]] = MappingProxyType(
    {
        DataCategory.ACCOUNT: {
            "gender": GENDERS,
            "income_band": INCOME_BANDS,
            "residence": RESIDENCES,
            "language": LANGUAGES,
            "status": CUSTOMER_STATUSES,
        },
        DataCategory.SUBSCRIPTIONS: {"kind": SUBSCRIPTION_KINDS, "status": SUBSCRIPTION_STATUSES},
        DataCategory.INVOICES: {"status": INVOICE_STATUSES},
        DataCategory.PAYMENT_METHODS: {"brand": CARD_BRANDS},
        DataCategory.PAYMENTS: {"status": PAYMENT_STATUSES},
        DataCategory.COMMUNICATIONS: {"channel": CHANNELS, "direction": DIRECTIONS},
        DataCategory.CONSENTS: {
            "purpose": PURPOSES,
            "channel": CHANNELS,
            "source": CONSENT_SOURCES,
        },
        DataCategory.AD_SEGMENTS: {"source": AD_SOURCES},
        DataCategory.SUPPORT_TICKETS: {"status": TICKET_STATUSES},
    }
)
"""Per category, the columns (the lookup's keys) that hold codes, and their label table."""

IDENTITY_DETAILS: Final[Mapping[str, Mapping[str, Pair]]] = MappingProxyType(
    {
        "phone": PHONE_KINDS,
        "address": ADDRESS_KINDS,
    }
)
"""The identity section's "detail" column, per row kind: a phone's or an address's kind."""


def label(table: Mapping[str, Pair], code: str, lang: str) -> str:
    """How ``code`` reads in the copy: its label, or the code itself when it is unknown."""
    pair = table.get(code)
    return code if pair is None else pick(pair, lang)


def category_list(listed: str, lang: str) -> str:
    """A disclosure's comma-separated category keys as the categories' names, joined with
    ", "; a key that is not a category is shown as stored."""
    known = {category.value: CATEGORY_TITLES[category] for category in DataCategory}
    parts = [part.strip() for part in listed.split(",")]
    return ", ".join(label(known, part, lang) for part in parts if part)


# Where each category's data comes from (DESIGN.md section 1; the privacy policy,
# section 3): the requester, their dealings with CLB4U, or CLB4U's own analysis.
SOURCE_GROUPS: Final[tuple[tuple[Pair, frozenset[DataCategory]], ...]] = (
    (
        (
            "Do bạn cung cấp (khi đăng ký, mua dịch vụ, liên hệ hoặc điền biểu mẫu)",
            "Provided by you (when registering, buying, contacting us or filling in forms)",
        ),
        frozenset(
            {
                DataCategory.IDENTITY,
                DataCategory.ACCOUNT,
                DataCategory.SUBSCRIPTIONS,
                DataCategory.POLLS,
                DataCategory.MESSAGE_BOARD,
                DataCategory.CONSENTS,
                DataCategory.SUPPORT_TICKETS,
            }
        ),
    ),
    (
        (
            "Phát sinh từ giao dịch của bạn với CLB4U và đơn vị xử lý thanh toán",
            "Arising from your dealings with CLB4U and the payment processor",
        ),
        frozenset(
            {
                DataCategory.INVOICES,
                DataCategory.PAYMENT_METHODS,
                DataCategory.PAYMENTS,
                DataCategory.COMMUNICATIONS,
            }
        ),
    ),
    (
        (
            "Do CLB4U suy ra từ dữ liệu trên (phân tích tiếp thị và thống kê)",
            "Derived by CLB4U from the data above (marketing and statistical analysis)",
        ),
        frozenset({DataCategory.AD_SEGMENTS}),
    ),
    (
        (
            "Ghi nhận của CLB4U khi chia sẻ dữ liệu của bạn",
            "Recorded by CLB4U when it disclosed your data",
        ),
        frozenset({DataCategory.DISCLOSURES}),
    ),
)

RETENTION_LINE: Final[Pair] = ("{title}: {basis}", "{title}: {basis}")
RETENTION_UNTIL: Final[Pair] = (" (lưu trữ đến {date})", " (kept until {date})")


def pick(pair: Pair, lang: str) -> str:
    """The Vietnamese or the English half of a pair."""
    return pair[0] if lang == "vi" else pair[1]
