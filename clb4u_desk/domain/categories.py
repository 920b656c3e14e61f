"""The categories of personal data CLB4U holds (privacy policy, section 3)."""

from __future__ import annotations

from enum import StrEnum


class DataCategory(StrEnum):
    """A category of records; restriction, legal holds, retention and erasure work per category."""

    IDENTITY = "identity"  # name, address, phones, emails
    ACCOUNT = "account"  # registration and demographics
    SUBSCRIPTIONS = "subscriptions"  # webinars, workshops, materials
    INVOICES = "invoices"  # orders and invoices (accounting vouchers)
    PAYMENT_METHODS = "payment_methods"  # brand, last 4, expiry, processor token
    PAYMENTS = "payments"
    COMMUNICATIONS = "communications"
    CONSENTS = "consents"
    AD_SEGMENTS = "ad_segments"
    POLLS = "polls"
    MESSAGE_BOARD = "message_board"
    SUPPORT_TICKETS = "support_tickets"
    DISCLOSURES = "disclosures"


class Purpose(StrEnum):
    """A purpose of processing that consent is given or withdrawn for."""

    SERVICE = "service"
    STATISTICS = "statistics"
    MARKETING = "marketing"
    TARGETED_ADS = "targeted_ads"
    PRODUCT_DEVELOPMENT = "product_development"


class ContactChannel(StrEnum):
    """A channel the company communicates over (and that consent can cover)."""

    EMAIL = "email"
    SMS = "sms"
    VOICEMAIL = "voicemail"
    PHONE = "phone"
    FAX = "fax"
    MOBILE = "mobile"
    POST = "post"


# The categories' names in both languages (Vietnamese, English), for texts that name a
# category: the documents (a recipient's categories, a certificate's lines) and the
# erasure plan's reasons.
CATEGORY_NAMES: dict[DataCategory, tuple[str, str]] = {
    DataCategory.IDENTITY: ("Nhận dạng và liên hệ", "Identity and contact"),
    DataCategory.ACCOUNT: ("Tài khoản", "Account"),
    DataCategory.SUBSCRIPTIONS: ("Đăng ký dịch vụ", "Subscriptions"),
    DataCategory.INVOICES: ("Hóa đơn", "Invoices"),
    DataCategory.PAYMENT_METHODS: ("Phương thức thanh toán", "Payment methods"),
    DataCategory.PAYMENTS: ("Thanh toán", "Payments"),
    DataCategory.COMMUNICATIONS: ("Liên lạc", "Communications"),
    DataCategory.CONSENTS: ("Sự đồng ý", "Consents"),
    DataCategory.AD_SEGMENTS: ("Phân khúc quảng cáo", "Advertising segments"),
    DataCategory.POLLS: ("Thăm dò ý kiến", "Polls"),
    DataCategory.MESSAGE_BOARD: ("Bảng tin", "Message board"),
    DataCategory.SUPPORT_TICKETS: ("Yêu cầu hỗ trợ", "Support tickets"),
    DataCategory.DISCLOSURES: ("Chia sẻ dữ liệu", "Disclosures"),
}
