"""The words for stored codes, in Vietnamese and English: the one table.

A stored code (``male``, ``vn``, ``marketing``, ``call_center``, a case's state, a
right ...) is never shown as it is stored. The GUI shows its word in the interface's
language (through :func:`clb4u_desk.gui.i18n.code_word`); the data copy, the
certificates, the evidence pack and the CLI show it in the document's language
(:func:`word`). Both halves of each pair sit side by side, so a missing translation shows
up in review as an empty half, and the GUI and the documents cannot disagree.

The JSON and CSV exports keep the codes (docs/export-format.md). A code not listed here
(imported data, a newer database than this build) is shown as stored rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from clb4u_desk.domain.cases import CaseOutcome, CaseState, ItemOutcome
from clb4u_desk.domain.categories import ContactChannel, DataCategory, Purpose
from clb4u_desk.domain.deadlines import Urgency
from clb4u_desk.domain.identity import KnowledgeFact, VerificationMethod
from clb4u_desk.domain.rights import Channel, Regime, Right

Pair = tuple[str, str]  # (Vietnamese, English)
Table = Mapping[str, Pair]


def _table(pairs: Mapping[str, Pair]) -> Table:
    return MappingProxyType(dict(pairs))


def pick(pair: Pair, lang: str) -> str:
    """The Vietnamese or the English half of a pair (English for "en", else Vietnamese)."""
    return pair[1] if lang == "en" else pair[0]


def word(table: Table, code: object, lang: str) -> str:
    """How ``code`` reads in ``lang``: its word, the code itself when it is not listed,
    and an empty text for no code."""
    if code is None:
        return ""
    key = str(code)
    pair = table.get(key)
    return key if pair is None else pick(pair, lang)


# --- what a case is about -----------------------------------------------------------------

CATEGORIES: Final = _table(
    {
        DataCategory.IDENTITY: ("Nhận dạng và liên hệ", "Identity and contact"),
        DataCategory.ACCOUNT: ("Tài khoản", "Account"),
        DataCategory.SUBSCRIPTIONS: ("Đăng ký dịch vụ", "Subscriptions"),
        DataCategory.INVOICES: ("Hóa đơn", "Invoices"),
        DataCategory.PAYMENT_METHODS: ("Phương thức thanh toán", "Payment methods"),
        DataCategory.PAYMENTS: ("Thanh toán", "Payments"),
        DataCategory.COMMUNICATIONS: ("Liên lạc", "Communications"),
        DataCategory.CONSENTS: ("Sự đồng ý", "Consents"),
        DataCategory.AD_SEGMENTS: ("Phân khúc quảng cáo", "Advertising segments"),
        # "Thăm dò ý kiến" (opinion poll), as the column "Cuộc thăm dò": the records are
        # answers to polls; "Khảo sát" (survey) was the GUI's word for the same thing.
        DataCategory.POLLS: ("Thăm dò ý kiến", "Polls"),
        DataCategory.MESSAGE_BOARD: ("Bảng tin", "Message board"),
        DataCategory.SUPPORT_TICKETS: ("Yêu cầu hỗ trợ", "Support tickets"),
        DataCategory.DISCLOSURES: ("Chia sẻ dữ liệu", "Disclosures"),
    }
)

RIGHTS: Final = _table(
    {
        Right.ACCESS: ("Truy cập dữ liệu", "Access"),
        Right.COPY: ("Bản sao dữ liệu (chuyển dữ liệu)", "Data copy (portability)"),
        Right.RECTIFICATION: ("Chỉnh sửa dữ liệu", "Rectification"),
        Right.RESTRICTION: ("Hạn chế xử lý", "Restriction"),
        Right.OBJECTION: ("Phản đối xử lý", "Objection"),
        Right.ERASURE: ("Xóa dữ liệu", "Erasure"),
        Right.CONSENT_WITHDRAWAL: ("Rút lại sự đồng ý", "Consent withdrawal"),
    }
)

RIGHTS_IN_LETTERS: Final = _table(
    {
        Right.ACCESS: ("Truy cập dữ liệu cá nhân", "Access to your personal data"),
        Right.COPY: ("Nhận bản sao dữ liệu cá nhân", "A copy of your personal data"),
        Right.RECTIFICATION: ("Chỉnh sửa dữ liệu cá nhân", "Correction of your personal data"),
        Right.RESTRICTION: (
            "Hạn chế xử lý dữ liệu cá nhân",
            "Restriction of the processing of your personal data",
        ),
        Right.OBJECTION: (
            "Phản đối xử lý dữ liệu cá nhân",
            "Objection to the processing of your personal data",
        ),
        Right.ERASURE: ("Xóa dữ liệu cá nhân", "Erasure of your personal data"),
        Right.CONSENT_WITHDRAWAL: ("Rút lại sự đồng ý", "Withdrawal of your consent"),
    }
)
"""The rights as a letter to the requester lists what they asked for."""

REGIMES: Final = _table(
    {
        Regime.VN: ("Việt Nam", "Vietnam"),
        Regime.GDPR: ("GDPR (Liên minh châu Âu)", "GDPR (EU)"),
        Regime.CCPA: ("CCPA (bang California)", "CCPA (California)"),
    }
)

CASE_STATES: Final = _table(
    {
        CaseState.RECEIVED: ("Đã tiếp nhận", "Received"),
        CaseState.AWAITING_IDENTITY: ("Chờ xác minh danh tính", "Awaiting identity verification"),
        CaseState.VERIFIED: ("Đã xác minh danh tính", "Identity verified"),
        CaseState.IN_PROGRESS: ("Đang xử lý", "In progress"),
        CaseState.AWAITING_APPROVAL: ("Chờ phê duyệt", "Awaiting approval"),
        CaseState.CLOSED: ("Đã đóng", "Closed"),
    }
)

CASE_OUTCOMES: Final = _table(
    {
        CaseOutcome.DONE: ("Đã hoàn thành", "Done"),
        CaseOutcome.PARTLY_DONE: ("Hoàn thành một phần", "Partly done"),
        CaseOutcome.REFUSED: ("Từ chối", "Refused"),
        CaseOutcome.WITHDRAWN: ("Đã rút yêu cầu", "Withdrawn"),
    }
)

ITEM_OUTCOMES: Final = _table(
    {
        ItemOutcome.PENDING: ("Đang chờ xử lý", "Pending"),
        ItemOutcome.DONE: ("Đã hoàn thành", "Done"),
        ItemOutcome.PARTLY_DONE: ("Hoàn thành một phần", "Partly done"),
        ItemOutcome.REFUSED: ("Từ chối", "Refused"),
    }
)

# An item's clock once its outcome is recorded: stopped for good, and why. Followed by
# the day it stopped (:func:`clock_stopped_text`).
ITEM_CLOCKS_STOPPED: Final = _table(
    {
        ItemOutcome.DONE: ("Đã dừng — hoàn thành", "Stopped — done"),
        ItemOutcome.PARTLY_DONE: ("Đã dừng — hoàn thành một phần", "Stopped — partly done"),
        ItemOutcome.REFUSED: ("Đã dừng — từ chối", "Stopped — refused"),
    }
)

URGENCIES: Final = _table(
    {
        Urgency.OVERDUE: ("Quá hạn", "Overdue"),
        Urgency.DUE_SOON: ("Sắp đến hạn", "Due soon"),
        Urgency.OK: ("Còn hạn", "On time"),
        Urgency.STOPPED: ("Tạm dừng tính hạn", "Clock stopped"),
    }
)

CHANNELS: Final = _table(
    {
        # How a request came in (domain.rights.Channel), how CLB4U communicates
        # (domain.categories.ContactChannel: communications and consents), and how a
        # document or notice went out ("in_person", "portal"): one word per code.
        ContactChannel.EMAIL: ("Email", "Email"),
        ContactChannel.SMS: ("Tin nhắn SMS", "Text message"),
        ContactChannel.VOICEMAIL: ("Hộp thư thoại", "Voicemail"),
        ContactChannel.PHONE: ("Điện thoại", "Phone"),
        ContactChannel.FAX: ("Fax", "Fax"),
        # Push notifications and chat messages in the app, not a phone number.
        ContactChannel.MOBILE: ("Ứng dụng di động", "Mobile app"),
        ContactChannel.POST: ("Thư bưu điện", "Post"),
        Channel.WALK_IN: ("Trực tiếp", "In person"),
        "in_person": ("Trực tiếp", "In person"),
        # A recipient's portal for a notice, CLB4U's for a copy: the word fits both.
        "portal": ("Cổng thông tin trực tuyến", "Online portal"),
    }
)

PURPOSES: Final = _table(
    {
        Purpose.SERVICE: ("Cung cấp dịch vụ", "Providing the service"),
        Purpose.STATISTICS: ("Thống kê", "Statistics"),
        Purpose.MARKETING: ("Tiếp thị", "Marketing"),
        Purpose.TARGETED_ADS: ("Quảng cáo nhắm mục tiêu", "Targeted advertising"),
        Purpose.PRODUCT_DEVELOPMENT: ("Phát triển sản phẩm", "Product development"),
    }
)

ERASURE_ACTIONS: Final = _table(
    {
        "erase": ("Xóa", "Erase"),
        "anonymise": ("Ẩn danh hóa", "Anonymise"),
        "retain": ("Giữ lại", "Retain"),
        "blocked_by_hold": ("Bị phong tỏa pháp lý", "Blocked by legal hold"),
    }
)

ISSUED_KINDS: Final = _table(
    {
        "data_copy_pdf": ("Bản sao dữ liệu cá nhân (PDF)", "Copy of personal data (PDF)"),
        "export_json": ("Dữ liệu xuất (JSON)", "Data export (JSON)"),
        "export_csv": ("Dữ liệu xuất (CSV)", "Data export (CSV)"),
        "erasure_certificate": (
            "Giấy xác nhận xóa dữ liệu cá nhân",
            "Certificate of erasure of personal data",
        ),
    }
)
"""What an issued document is (services/copies, services/erasure)."""

VERIFICATION_METHODS: Final = _table(
    {
        VerificationMethod.REGISTERED_EMAIL_ORIGIN: (
            "Yêu cầu gửi từ email đã đăng ký",
            "Request from the registered email",
        ),
        VerificationMethod.ONE_TIME_CODE_EMAIL: (
            "Mã xác thực một lần qua email",
            "One-time code by email",
        ),
        VerificationMethod.ONE_TIME_CODE_SMS: (
            "Mã xác thực một lần qua SMS",
            "One-time code by SMS",
        ),
        VerificationMethod.CALLBACK_PHONE: (
            "Gọi lại số điện thoại đã đăng ký",
            "Callback to the registered phone",
        ),
        VerificationMethod.KNOWLEDGE_QUESTION: (
            "Câu hỏi về thông tin trong hồ sơ",
            "Question about a fact on file",
        ),
        VerificationMethod.SIGNED_DECLARATION: ("Bản cam kết có chữ ký", "Signed declaration"),
        VerificationMethod.REPRESENTATIVE_AUTHORISATION: (
            "Giấy ủy quyền của người đại diện",
            "Representative's authorisation",
        ),
        VerificationMethod.SUBJECT_CONFIRMED_DIRECTLY: (
            "Chủ thể dữ liệu xác nhận trực tiếp",
            "Subject confirmed directly",
        ),
        VerificationMethod.ID_DOCUMENT_SEEN: ("Đã xem giấy tờ tùy thân", "ID document seen"),
    }
)

KNOWLEDGE_FACTS: Final = _table(
    {
        KnowledgeFact.ZIP: ("Mã bưu chính (ZIP)", "ZIP code"),
        KnowledgeFact.LAST_INVOICE_DATE: ("Ngày của hóa đơn gần nhất", "Date of the last invoice"),
        KnowledgeFact.LAST_INVOICE_AMOUNT: (
            "Số tiền của hóa đơn gần nhất",
            "Amount of the last invoice",
        ),
        KnowledgeFact.LAST_WEBINAR: ("Hội thảo trực tuyến gần nhất", "Last webinar"),
        KnowledgeFact.CARD_LAST4: ("Bốn số cuối của thẻ", "Last 4 digits of the card"),
    }
)

# --- the records: column keys of the record lookup (services/lookup) ---------------------

COLUMNS: Final = _table(
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
"""How the lookup's "primary" mark on an email address reads."""

IDENTITY_KINDS: Final = _table(
    {
        "name": ("Họ và tên", "Full name"),
        "email": ("Email", "Email"),
        "phone": ("Số điện thoại", "Phone"),
        "address": ("Địa chỉ", "Address"),
    }
)
"""The lookup's row kinds of the identity section."""

# The value sets are those of the models (persistence/models/records.py), the CSV import
# (services/records/format.py), the erasure (an anonymised customer) and the demo
# generator (clb4u_desk/demo).

GENDERS: Final = _table(
    {"female": ("Nữ", "Female"), "male": ("Nam", "Male"), "other": ("Khác", "Other")}
)

CUSTOMER_STATUSES: Final = _table(
    {
        "active": ("Đang hoạt động", "Active"),
        "inactive": ("Ngừng hoạt động", "Inactive"),
        "closed": ("Đã đóng", "Closed"),
        "anonymised": ("Đã ẩn danh", "Anonymised"),
    }
)

INCOME_BANDS: Final = _table(
    {
        "lt10m": ("Dưới 10 triệu ₫", "Under 10 million ₫"),
        "10-20m": ("10–20 triệu ₫", "10–20 million ₫"),
        "20-40m": ("20–40 triệu ₫", "20–40 million ₫"),
        "gt40m": ("Trên 40 triệu ₫", "Over 40 million ₫"),
    }
)

RESIDENCES: Final = _table(
    {
        "vn": ("Việt Nam", "Vietnam"),
        "eu": ("Liên minh châu Âu", "European Union"),
        "us-ca": ("California (Hoa Kỳ)", "California (USA)"),
    }
)

LANGUAGES: Final = _table({"vi": ("Tiếng Việt", "Vietnamese"), "en": ("Tiếng Anh", "English")})

SUBSCRIPTION_KINDS: Final = _table(
    {
        "webinar": ("Hội thảo trực tuyến", "Webinar"),
        "workshop": ("Hội thảo thực hành", "Workshop"),
        "material": ("Tài liệu", "Material"),
    }
)

SUBSCRIPTION_STATUSES: Final = _table(
    {
        "active": ("Đang hiệu lực", "Active"),
        "ended": ("Đã kết thúc", "Ended"),
        "cancelled": ("Đã hủy", "Cancelled"),
    }
)

INVOICE_STATUSES: Final = _table(
    {
        "paid": ("Đã thanh toán", "Paid"),
        "unpaid": ("Chưa thanh toán", "Unpaid"),
        "cancelled": ("Đã hủy", "Cancelled"),
        "refunded": ("Đã hoàn tiền", "Refunded"),
    }
)

CARD_BRANDS: Final = _table(
    {
        "visa": ("Visa", "Visa"),
        "mastercard": ("Mastercard", "Mastercard"),
        "jcb": ("JCB", "JCB"),
        "amex": ("American Express", "American Express"),
        "napas": ("NAPAS", "NAPAS"),
    }
)

PAYMENT_STATUSES: Final = _table(
    {
        "settled": ("Thành công", "Settled"),
        "pending": ("Đang xử lý", "Pending"),
        "failed": ("Không thành công", "Failed"),
        "refunded": ("Đã hoàn tiền", "Refunded"),
    }
)

# Words that read right both to the agent (the profile) and to the requester (the copy).
DIRECTIONS: Final = _table(
    {"in": ("Từ khách hàng", "From the customer"), "out": ("Từ CLB4U", "From CLB4U")}
)

CONSENT_SOURCES: Final = _table(
    {
        "web_signup": ("Đăng ký trên trang web", "Website sign-up"),
        "paper_form": ("Mẫu đơn giấy", "Paper form"),
        "mobile_app": ("Ứng dụng di động", "Mobile app"),
        "call_center": ("Tổng đài chăm sóc khách hàng", "Call centre"),
        "event_checkin": ("Đăng ký tại sự kiện", "Event check-in"),
    }
)
"""Where a consent was given; a consent changed by a request reads "DSR <case>" (as stored)."""

AD_SOURCES: Final = _table(
    {
        "internal_model": ("Phân tích nội bộ của CLB4U", "CLB4U's own analysis"),
        "google_ads": ("Google Ads", "Google Ads"),
        "facebook_ads": ("Facebook Ads", "Facebook Ads"),
        "zalo_ads": ("Zalo Ads", "Zalo Ads"),
    }
)

TICKET_STATUSES: Final = _table(
    {
        "open": ("Đang mở", "Open"),
        "pending": ("Đang chờ xử lý", "Pending"),
        "closed": ("Đã đóng", "Closed"),
    }
)

PHONE_KINDS: Final = _table(
    {
        "mobile": ("Di động", "Mobile"),
        "home": ("Nhà riêng", "Home"),
        "work": ("Cơ quan", "Work"),
        "fax": ("Fax", "Fax"),
    }
)

ADDRESS_KINDS: Final = _table(
    {
        "postal": ("Địa chỉ nhận thư", "Postal address"),
        "billing": ("Địa chỉ thanh toán", "Billing address"),
    }
)

YES_NO: Final = _table({"yes": ("Có", "Yes"), "no": ("Không", "No")})
"""The lookup's consent flag."""

CODED_COLUMNS: Final[Mapping[DataCategory, Mapping[str, Table]]] = MappingProxyType(
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
"""Per category, the columns (the lookup's keys) that hold codes, and their table."""

IDENTITY_DETAILS: Final[Mapping[str, Table]] = MappingProxyType(
    {"phone": PHONE_KINDS, "address": ADDRESS_KINDS}
)
"""The identity section's "detail" column, per row kind: a phone's or an address's kind."""


def category_name(category: object, lang: str) -> str:
    """A data category's name (a category key not listed is shown as stored)."""
    return word(CATEGORIES, category, lang)


def category_list(listed: str, lang: str) -> str:
    """A disclosure's comma-separated category keys as the categories' names, joined with
    ", "; a key that is not a category is shown as stored."""
    parts = (part.strip() for part in listed.split(","))
    return ", ".join(category_name(part, lang) for part in parts if part)


def record_value(category: DataCategory, column: str, kind: str, value: str, lang: str) -> str:
    """A record's value as shown: a stored code of a coded column as its word, anything
    else as given. ``kind`` is the identity row's kind (its "detail" depends on it)."""
    if category is DataCategory.IDENTITY:
        if column == "kind":
            return word(IDENTITY_KINDS, value, lang)
        if column == "detail":
            if value == "primary":
                return pick(PRIMARY, lang)
            table = IDENTITY_DETAILS.get(kind)
            return value if table is None else word(table, value, lang)
        return value
    if category is DataCategory.CONSENTS and column == "granted":
        return word(YES_NO, value, lang)
    if category is DataCategory.DISCLOSURES and column == "categories":
        return category_list(value, lang)
    table = CODED_COLUMNS.get(category, {}).get(column)
    return value if table is None else word(table, value, lang)
