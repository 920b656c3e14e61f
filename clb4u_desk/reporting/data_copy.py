"""The data copy as a PDF: ``render_data_copy(doc) -> bytes``.

Layout, in the requester's language (Vietnamese or English):

1. a cover letter (case reference, date, customer reference);
2. how the data is processed: purposes (from the privacy policy), categories held,
   recipients (including logged disclosures), retention, sources, the requester's rights
   and where to complain (Vietnam's A05; an EU supervisory authority for EU residents;
   the CPPA for California residents);
3. every record of every category, one table per category, with an outline entry each.

Every page has "Trang x / y" (or "Page x / y"), the case reference and the document
fingerprint (:func:`.document.fingerprint`) in its footer. The PDF metadata holds the
title with the case reference and nothing else personal.

Record tables, and why they are built this way:

* Cells are plain strings, wrapped here into lines (:func:`_wrap`) to column widths
  measured from the content; plain strings are drawn without markup parsing, several
  times faster than a Paragraph per cell, and need no escaping.
* ``PagedTable`` (in :func:`_classes`) splits page by page from precomputed row heights,
  repeats the header row on every page, and draws each page's rows in one text object.
  reportlab's ``LongTable`` re-measures and copies the remaining rows at every page break
  (quadratic) and draws each cell in its own text block: 10,000 rows took over 7 s with
  it; this draws them in under 2 s.
* A record with a cell longer than :data:`MAX_CELL_LINES` lines cannot sit in a table row
  (a row cannot split across pages), so it is shown in place as a list of
  "column: value" paragraphs, which do split across pages. Nothing is truncated.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.document import (
    CategorySection,
    DataCopyDocument,
    Language,
    RecipientInfo,
    fingerprint,
    format_date,
    format_datetime,
)
from clb4u_desk.reporting.fonts import register_fonts
from clb4u_desk.reporting.markup import pdf_text, visible_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# --- page geometry and type sizes (points) ------------------------------------------

MM = 72 / 25.4
MARGIN_X = 15 * MM
MARGIN_TOP = 20 * MM
MARGIN_BOTTOM = 20 * MM
CELL_SIZE = 7.5
CELL_LEADING = 9.2
CELL_PAD_X = 3.0
CELL_PAD_Y = 1.8
MAX_CELL_LINES = 24
"""A cell wrapping to more lines than this makes its record a list instead of a table row."""

_BAND = "#F2F4F7"
_HEADER_BG = "#DCE3EC"
_RULE = "#8A96A6"

# --- texts ------------------------------------------------------------------------

_T: dict[Language, dict[str, str]] = {
    "vi": {
        "title": "Bản sao dữ liệu cá nhân",
        "case": "Mã hồ sơ",
        "issued": "Ngày phát hành",
        "subject": "Mã khách hàng",
        "dear": "Kính gửi {name},",
        "intro": (
            "CLB4U đã nhận được yêu cầu của bạn về việc truy cập và nhận bản sao dữ liệu cá "
            "nhân. Tài liệu này gồm toàn bộ dữ liệu cá nhân mà CLB4U đang lưu giữ về bạn tại "
            "thời điểm phát hành, cùng với thông tin về mục đích xử lý, người nhận, thời hạn "
            "lưu trữ, nguồn gốc dữ liệu và các quyền của bạn."
        ),
        "exports": (
            "Bản sao dạng máy đọc được (một tệp JSON và một tệp CSV cho mỗi loại dữ liệu) "
            "được cung cấp kèm theo tài liệu này để bạn có thể chuyển dữ liệu cho một tổ "
            "chức khác."
        ),
        "times": "Ngày giờ trong tài liệu được ghi theo giờ Việt Nam (UTC+7).",
        "questions": (
            "Nếu có câu hỏi, vui lòng liên hệ support@clb4u.com và ghi rõ mã hồ sơ {case}."
        ),
        "regards": "Trân trọng,",
        "signature": "CLB4U – Bộ phận hỗ trợ khách hàng",
        "about": "Thông tin về việc xử lý dữ liệu của bạn",
        "purposes": "Mục đích xử lý",
        "purposes_intro": (
            "Theo Chính sách Bảo mật của CLB4U, thông tin cá nhân được sử dụng để:"
        ),
        "held": "Các loại dữ liệu chúng tôi lưu giữ",
        "col_category": "Loại dữ liệu",
        "col_count": "Số bản ghi",
        "col_until": "Lưu trữ đến",
        "col_status": "Tình trạng",
        "restricted": "Hạn chế xử lý (chỉ lưu trữ)",
        "legal_hold": "Đang giữ lại do tranh chấp hoặc khiếu nại",
        "active": "Đang xử lý",
        "recipients": "Người nhận dữ liệu",
        "recipients_policy": (
            "Thông tin thanh toán chỉ được chia sẻ với các bên thứ ba giúp hoàn tất giao dịch "
            "mua (ví dụ hoàn tất đơn hàng và xử lý thanh toán thẻ). Thông tin thanh toán và "
            "thẻ không được tiết lộ trừ khi luật pháp hoặc lệnh của tòa án yêu cầu, hoặc khi "
            "cần để giải quyết một vấn đề liên quan đến giao dịch tài chính. Các nhà quảng "
            "cáo chỉ nhận thông tin chung, tổng hợp về người đăng ký, không nhận dữ liệu của "
            "riêng bạn."
        ),
        "recipients_logged": "Các lần chia sẻ dữ liệu của bạn đã được ghi nhận:",
        "recipients_none": "Không có lần chia sẻ dữ liệu của bạn nào được ghi nhận.",
        "standing": "thường xuyên",
        "retention": "Thời hạn lưu trữ",
        "retention_default": (
            "Chúng tôi lưu giữ dữ liệu trong thời gian cần cho các mục đích trên và theo thời "
            "hạn mà pháp luật yêu cầu; thời hạn cho từng loại dữ liệu có trong bảng ở trên."
        ),
        "sources": "Nguồn gốc dữ liệu",
        "sources_default": (
            "Dữ liệu do chính bạn cung cấp cho chúng tôi, ví dụ khi đăng ký tài khoản, mua "
            "dịch vụ, gửi email hoặc điền biểu mẫu trên trang web."
        ),
        "rights": "Quyền của bạn",
        "rights_how": (
            "Để thực hiện các quyền này, hãy liên hệ support@clb4u.com với tiêu đề “Yêu cầu "
            "Chủ đề Dữ liệu”. Một số dữ liệu phải được lưu giữ trong vài năm theo luật, hoặc "
            "để hoàn tất giao dịch bạn đã bắt đầu trước khi yêu cầu."
        ),
        "complain": "Nơi khiếu nại",
        "complain_vn": (
            "Tại Việt Nam: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao "
            "(A05), Bộ Công an – cơ quan chuyên trách bảo vệ dữ liệu cá nhân. Bạn cũng có "
            "quyền yêu cầu bồi thường thiệt hại theo quy định của pháp luật."
        ),
        "complain_eu": (
            "Nếu bạn cư trú tại Liên minh châu Âu: cơ quan giám sát bảo vệ dữ liệu của quốc "
            "gia thành viên nơi bạn cư trú, làm việc hoặc nơi xảy ra vi phạm (GDPR Điều 77); "
            "bạn cũng có quyền khởi kiện ra tòa án."
        ),
        "complain_ca": (
            "Nếu bạn cư trú tại California: Cơ quan Bảo vệ Quyền riêng tư California (CPPA) "
            "hoặc Tổng chưởng lý California."
        ),
        "data": "Dữ liệu của bạn",
        "data_intro": (
            "Dưới đây là mọi bản ghi mà CLB4U đang lưu giữ về bạn, theo từng loại dữ liệu."
        ),
        "records": "{n} bản ghi",
        "until": "lưu trữ đến {date}",
        "no_records": "Không có bản ghi nào.",
        "record_n": "Bản ghi {n}",
        "record_long": "(hiển thị dạng danh sách vì có nội dung dài)",
        "cards": (
            "Vì an toàn, thẻ thanh toán chỉ được hiển thị loại thẻ, 4 số cuối và ngày hết "
            "hạn; CLB4U không lưu số thẻ đầy đủ hay mã CVV."
        ),
        "header": "CLB4U · Bản sao dữ liệu cá nhân",
        "page": "Trang {page} / {pages}",
        "fingerprint": "Mã tài liệu {fp}",
        "letter": "Thư trả lời",
    },
    "en": {
        "title": "Copy of your personal data",
        "case": "Case reference",
        "issued": "Date issued",
        "subject": "Customer reference",
        "dear": "Dear {name},",
        "intro": (
            "CLB4U has received your request for access to and a copy of your personal data. "
            "This document contains all personal data CLB4U holds about you at the time it "
            "was issued, together with the purposes of processing, the recipients, how long "
            "the data is kept, where it came from, and your rights."
        ),
        "exports": (
            "A machine-readable copy (one JSON file, and one CSV file per category) comes "
            "with this document, so that you can take your data to another organisation."
        ),
        "times": "Dates and times in this document are Vietnam time (UTC+7).",
        "questions": (
            "If you have any questions, please contact support@clb4u.com quoting the case "
            "reference {case}."
        ),
        "regards": "Kind regards,",
        "signature": "CLB4U – Customer Support",
        "about": "How your data is processed",
        "purposes": "Purposes of processing",
        "purposes_intro": "Under CLB4U's Privacy Policy, personal information is used:",
        "held": "Categories of data we hold",
        "col_category": "Category",
        "col_count": "Records",
        "col_until": "Kept until",
        "col_status": "Status",
        "restricted": "Restricted (storage only)",
        "legal_hold": "Held because of a dispute or complaint",
        "active": "In use",
        "recipients": "Recipients",
        "recipients_policy": (
            "Billing information is shared only with third parties that help complete a "
            "purchase (for example fulfilling the order and processing the card payment). "
            "Billing and card information is not disclosed unless required by law or a court "
            "order, or to resolve an issue with a financial transaction. Advertisers receive "
            "only general, aggregated information about our subscribers, never your own data."
        ),
        "recipients_logged": "Disclosures of your data that were logged:",
        "recipients_none": "No disclosure of your data has been logged.",
        "standing": "ongoing",
        "retention": "How long the data is kept",
        "retention_default": (
            "We keep data as long as needed for the purposes above and for the periods the "
            "law requires; the period for each category is in the table above."
        ),
        "sources": "Where the data came from",
        "sources_default": (
            "Data you provided to us yourself, for example when registering an account, "
            "buying a service, sending an email or filling in a form on the website."
        ),
        "rights": "Your rights",
        "rights_how": (
            "To exercise these rights, contact support@clb4u.com with the subject line "
            "“Yêu cầu Chủ đề Dữ liệu” (Data Subject Request). Some data must be kept for "
            "several years by law, or to complete a transaction you started before the request."
        ),
        "complain": "Where to complain",
        "complain_vn": (
            "In Vietnam: the Department of Cyber Security and High-Tech Crime Prevention "
            "(A05), Ministry of Public Security – the personal data protection agency "
            "(Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao). You may also "
            "claim damages as the law provides."
        ),
        "complain_eu": (
            "If you live in the European Union: the data protection supervisory authority of "
            "the Member State where you live, work or where the infringement took place "
            "(GDPR Art. 77); you may also go to court."
        ),
        "complain_ca": (
            "If you live in California: the California Privacy Protection Agency (CPPA) or "
            "the California Attorney General."
        ),
        "data": "Your data",
        "data_intro": "Below is every record CLB4U holds about you, category by category.",
        "records": "{n} records",
        "until": "kept until {date}",
        "no_records": "No records.",
        "record_n": "Record {n}",
        "record_long": "(shown as a list because it contains long text)",
        "cards": (
            "For your security, payment cards show only the brand, last 4 digits and expiry "
            "date; CLB4U does not store full card numbers or CVV codes."
        ),
        "header": "CLB4U · Copy of your personal data",
        "page": "Page {page} / {pages}",
        "fingerprint": "Document {fp}",
        "letter": "Letter",
    },
}

# The purposes named in the privacy policy ("Thông tin này được sử dụng như thế nào",
# the opening summary and "Giao tiếp trực tiếp").
_PURPOSES: dict[Language, tuple[str, ...]] = {
    "vi": (
        "thanh toán và xử lý giao dịch mua;",
        "cung cấp sản phẩm và dịch vụ, kể cả tham gia và gia hạn dịch vụ trả phí, thăm dò "
        "ý kiến và bảng tin;",
        "hiểu nhu cầu của khách hàng;",
        "cung cấp một trang web tốt hơn, cải thiện và phát triển sản phẩm, dịch vụ;",
        "giao tiếp với bạn qua email, tin nhắn, hộp thư thoại, điện thoại, fax, thư giấy về "
        "sản phẩm, dịch vụ bạn đã mua, các cập nhật và sản phẩm, dịch vụ khác (tiếp thị);",
        "phân tích thống kê, nhân khẩu học và tiếp thị về người dùng dịch vụ;",
        "quảng cáo được nhắm mục tiêu đến những người dùng phù hợp nhất.",
    ),
    "en": (
        "billing and processing purchases;",
        "providing products and services, including joining and renewing paid services, "
        "polls and message boards;",
        "understanding customers' needs;",
        "providing a better website and improving and developing products and services;",
        "communicating with you by email, text message, voicemail, phone, fax and post about "
        "products and services you bought, updates, and other products and services "
        "(marketing);",
        "statistical, demographic and marketing analysis of the users of our services;",
        "targeted advertising to the users for whom it is most relevant.",
    ),
}

# Names for categories a recipient received that the document has no section for.
_CATEGORY_NAMES: dict[DataCategory, tuple[str, str]] = {
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

_RIGHTS: dict[Language, tuple[str, ...]] = {
    "vi": (
        "được biết về việc xử lý dữ liệu cá nhân của bạn;",
        "truy cập, xem dữ liệu và nhận bản sao;",
        "yêu cầu chỉnh sửa dữ liệu không chính xác;",
        "phản đối việc sử dụng dữ liệu, kể cả cho tiếp thị trực tiếp;",
        "yêu cầu hạn chế xử lý;",
        "yêu cầu xóa dữ liệu;",
        "nhận bản sao điện tử để chuyển cho một công ty khác;",
        "rút lại sự đồng ý bất kỳ lúc nào (không ảnh hưởng đến việc xử lý trước đó);",
        "khiếu nại và yêu cầu bồi thường thiệt hại.",
    ),
    "en": (
        "to be informed about the processing of your personal data;",
        "to access your data and receive a copy;",
        "to have inaccurate data corrected;",
        "to object to the use of your data, including for direct marketing;",
        "to have processing restricted;",
        "to have your data erased;",
        "to receive an electronic copy to move to another company (portability);",
        "to withdraw consent at any time (this does not affect earlier processing);",
        "to complain and to claim damages.",
    ),
}


# --- public entry point -------------------------------------------------------------


def render_data_copy(doc: DataCopyDocument) -> bytes:
    """The data copy as PDF bytes (unencrypted; see :mod:`.protect`)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    # Page streams stay binary (Flate only): ASCII85 on top costs a fifth of the render
    # time of big copies and a quarter more bytes, and a PDF file is binary anyway.
    # (A reportlab-wide setting; harmless for every other PDF the app makes.)
    rl_config.useA85 = 0
    fonts = register_fonts()
    texts = _T[doc.language]
    footer = _Footer(
        left=f"{texts['case']} {visible_text(doc.case_reference)}",
        right=texts["fingerprint"].format(fp=fingerprint(doc)),
        header=texts["header"],
        page=texts["page"],
        font=fonts.regular,
    )
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # Metadata: the case reference is the only case-specific value (no name, no email).
        title=f"{texts['title']} – {visible_text(doc.case_reference)}",
        author="CLB4U",
        subject=texts["title"],
        creator="CLB4U Desk",
        keywords=[],
        lang="vi-VN" if doc.language == "vi" else "en",
        displayDocTitle=True,
        # Otherwise the canvas starts in Helvetica and the PDF lists a font it never uses.
        initialFontName=fonts.regular,
        initialFontSize=9.5,
    )
    styles = _Styles.make(fonts.regular, fonts.bold)
    story = [*_letter(doc, styles), *_about(doc, styles), *_data(doc, styles)]
    canvas_class = _classes().numbered_canvas

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        return canvas_class(*args, footer=footer, **kwargs)

    template.build(story, canvasmaker=make_canvas)
    return buffer.getvalue()


# --- styles -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Styles:
    body: Any
    small: Any
    h1: Any
    h2: Any
    h3: Any
    bullet: Any
    cell: Any
    field: Any
    regular: str
    bold: str

    @classmethod
    def make(cls, regular: str, bold: str) -> _Styles:
        from reportlab.lib.styles import ParagraphStyle

        body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, spaceAfter=5)
        return cls(
            body=body,
            small=ParagraphStyle("small", body, fontSize=8, leading=10.5, spaceAfter=4,
                                 textColor="#333333"),
            h1=ParagraphStyle("h1", body, fontName=bold, fontSize=16, leading=20, spaceAfter=10),
            h2=ParagraphStyle("h2", body, fontName=bold, fontSize=12, leading=15, spaceBefore=8,
                              spaceAfter=4),
            h3=ParagraphStyle("h3", body, fontName=bold, fontSize=10.5, leading=13,
                              spaceBefore=10, spaceAfter=2),
            bullet=ParagraphStyle("bullet", body, leftIndent=12, bulletIndent=2, spaceAfter=2),
            cell=ParagraphStyle("cell", body, fontSize=8, leading=10, spaceAfter=0),
            field=ParagraphStyle("field", body, fontSize=8.5, leading=11, spaceAfter=3,
                                 leftIndent=8),
            regular=regular,
            bold=bold,
        )


# --- cover letter -------------------------------------------------------------------


def _letter(doc: DataCopyDocument, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    t = _T[doc.language]
    case = pdf_text(doc.case_reference)
    facts = (
        (t["case"], case),
        (t["issued"], pdf_text(format_datetime(doc.issued_at, doc.language))),
        (t["subject"], pdf_text(doc.subject_reference)),
    )
    return [
        _classes().bookmark("letter", t["letter"], 0),
        Paragraph(t["title"], s.h1),
        *(Paragraph(f"{label}: <b>{value}</b>", s.body) for label, value in facts),
        Spacer(1, 14),
        Paragraph(t["dear"].format(name=pdf_text(doc.requester_name)), s.body),
        Paragraph(t["intro"], s.body),
        Paragraph(t["exports"], s.body),
        Paragraph(t["times"], s.body),
        Paragraph(t["questions"].format(case=case), s.body),
        Spacer(1, 10),
        Paragraph(t["regards"], s.body),
        Paragraph(t["signature"], s.body),
        PageBreak(),
    ]


# --- how the data is processed ------------------------------------------------------


def _about(doc: DataCopyDocument, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph

    t = _T[doc.language]
    return [
        _classes().bookmark("about", t["about"], 0),
        Paragraph(t["about"], s.h1),
        Paragraph(t["purposes"], s.h2),
        Paragraph(t["purposes_intro"], s.body),
        *_bullets(_PURPOSES[doc.language], s),
        Paragraph(t["held"], s.h2),
        _held_table(doc, s),
        Paragraph(t["recipients"], s.h2),
        Paragraph(t["recipients_policy"], s.body),
        *_recipients(doc, s),
        Paragraph(t["retention"], s.h2),
        *_lines_or_default(doc.retention, t["retention_default"], s),
        Paragraph(t["sources"], s.h2),
        *_lines_or_default(doc.sources, t["sources_default"], s),
        Paragraph(t["rights"], s.h2),
        *_bullets(_RIGHTS[doc.language], s),
        Paragraph(t["rights_how"], s.body),
        Paragraph(t["complain"], s.h2),
        *_bullets(_complaint_routes(doc), s, escaped=True),
        PageBreak(),
    ]


def _bullets(items: Sequence[str], s: _Styles, *, escaped: bool = True) -> list[Flowable]:
    """Bulleted paragraphs; ``escaped`` says the items are our own markup-safe texts."""
    from reportlab.platypus import Paragraph

    return [Paragraph(item if escaped else pdf_text(item), s.bullet, bulletText="•")
            for item in items]


def _lines_or_default(lines: Sequence[str], default: str, s: _Styles) -> list[Flowable]:
    if not lines:
        return _bullets([default], s)
    return _bullets(lines, s, escaped=False)


def _complaint_routes(doc: DataCopyDocument) -> list[str]:
    t = _T[doc.language]
    routes = [t["complain_vn"]]  # Vietnam's regime is the company's own: always shown
    if Regime.GDPR in doc.regimes:
        routes.append(t["complain_eu"])
    if Regime.CCPA in doc.regimes:
        routes.append(t["complain_ca"])
    return routes


def _status(section: CategorySection, lang: Language) -> str:
    t = _T[lang]
    states = [t["restricted"]] if section.restricted else []
    if section.legal_hold:
        states.append(t["legal_hold"])
    return "; ".join(states) or t["active"]


def _held_table(doc: DataCopyDocument, s: _Styles) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    t = _T[doc.language]
    lang = doc.language
    header = [t["col_category"], t["col_count"], t["col_until"], t["col_status"]]
    rows: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", s.cell) for h in header]]
    for section in doc.categories:
        until = format_date(section.retention_until, lang) if section.retention_until else "—"
        rows.append([
            Paragraph(pdf_text(section.title(lang)), s.cell),
            Paragraph(str(len(section.rows)), s.cell),
            Paragraph(until, s.cell),
            Paragraph(_status(section, lang), s.cell),
        ])
    width = _frame_width()
    table = Table(rows, colWidths=[width * f for f in (0.42, 0.13, 0.15, 0.30)], repeatRows=1)
    table.setStyle(_grid_style(len(rows), 0))
    return table


def _recipients(doc: DataCopyDocument, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    t = _T[doc.language]
    if not doc.recipients:
        return [Paragraph(t["recipients_none"], s.body)]
    index = 0 if doc.language == "vi" else 1
    titles = {key: names[index] for key, names in _CATEGORY_NAMES.items()}
    titles.update({section.key: section.title(doc.language) for section in doc.categories})
    items = [_recipient_line(r, titles, doc.language) for r in doc.recipients]
    return [Paragraph(t["recipients_logged"], s.body), *_bullets(items, s)]


def _recipient_line(
    recipient: RecipientInfo, titles: dict[DataCategory, str], lang: Language
) -> str:
    when = (
        format_date(recipient.disclosed_on, lang) if recipient.disclosed_on
        else _T[lang]["standing"]
    )
    categories = ", ".join(titles.get(c, c.value) for c in recipient.categories)
    details = "; ".join(part for part in (categories, when) if part)
    return (f"<b>{pdf_text(recipient.name)}</b> – {pdf_text(recipient.description)} "
            f"({pdf_text(details)})")


# --- the records --------------------------------------------------------------------


def _data(doc: DataCopyDocument, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    t = _T[doc.language]
    story: list[Flowable] = [
        _classes().bookmark("data", t["data"], 0),
        Paragraph(t["data"], s.h1),
        Paragraph(t["data_intro"], s.body),
    ]
    for number, section in enumerate(doc.categories, start=1):
        story.extend(_section(number, section, doc.language, s))
    return story


def _section(number: int, section: CategorySection, lang: Language, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak, Paragraph

    t = _T[lang]
    title = visible_text(section.title(lang))
    facts = [t["records"].format(n=len(section.rows))]
    if section.retention_until:
        facts.append(t["until"].format(date=format_date(section.retention_until, lang)))
    if section.restricted or section.legal_hold:
        facts.append(_status(section, lang))
    story: list[Flowable] = [
        # Keep the heading with the table header and a few rows: no orphaned headings.
        CondPageBreak(110),
        _classes().bookmark(f"category-{number}", title, 1),
        Paragraph(f"{number}. {pdf_text(section.title(lang))}", s.h3),
        Paragraph(" · ".join(facts), s.small),
    ]
    if section.key is DataCategory.PAYMENT_METHODS:
        story.append(Paragraph(t["cards"], s.small))
    if not section.rows:
        return [*story, Paragraph(t["no_records"], s.body)]
    return [*story, *_record_flowables(section, lang, s)]


def _record_flowables(section: CategorySection, lang: Language, s: _Styles) -> list[Flowable]:
    layout = _Layout.build(section, lang, s)
    story: list[Flowable] = []
    run: list[int] = []
    for index in range(len(section.rows)):
        wrapped = layout.wrap_row(index)
        if wrapped is None:  # a cell too long for a table row
            if run:
                story.append(layout.table(run))
                run = []
            story.extend(_record_block(section, index, lang, s))
        else:
            run.append(index)
    if run:
        story.append(layout.table(run))
    return story


def _record_block(section: CategorySection, index: int, lang: Language,
                  s: _Styles) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    t = _T[lang]
    head = f"<b>{t['record_n'].format(n=index + 1)}</b> {t['record_long']}"
    fields = [
        Paragraph(f"<b>{pdf_text(column.title(lang))}:</b> {pdf_text(value)}", s.field)
        for column, value in zip(section.columns, section.rows[index], strict=True)
    ]
    return [Paragraph(head, s.small), *fields]


def _frame_width() -> float:
    from reportlab.lib.pagesizes import A4

    return float(A4[0]) - 2 * MARGIN_X


@dataclass(slots=True)
class _Layout:
    """Column widths for one category and the wrapped lines of each of its rows."""

    section: CategorySection
    header: list[str]
    header_height: float
    widths: list[float]
    cells: list[list[str]]  # visible text per row (with the record number first)
    cell_widths: list[list[float]]
    wrapped: dict[int, list[str]]
    heights: dict[int, float]
    measure: _Measure
    bold_measure: _Measure

    @property
    def bold_font(self) -> str:
        return self.bold_measure.font

    @classmethod
    def build(cls, section: CategorySection, lang: Language, s: _Styles) -> _Layout:
        measure, measure_bold = _Measure(s.regular), _Measure(s.bold)
        titles = ["#", *(visible_text(c.title(lang)) for c in section.columns)]
        cells = [[str(i + 1), *(visible_text(v) for v in row)]
                 for i, row in enumerate(section.rows)]
        cell_widths = [[measure.widest_line(v) for v in row] for row in cells]
        widths = _column_widths(titles, cell_widths, measure_bold)
        header = [_wrap(title, widths[j] - 2 * CELL_PAD_X, measure_bold)
                  for j, title in enumerate(titles)]
        header_lines = max(len(lines) for lines in header)
        return cls(section, ["\n".join(lines) for lines in header],
                   _row_height(header_lines), widths, cells, cell_widths, {}, {}, measure,
                   measure_bold)

    def wrap_row(self, index: int) -> list[str] | None:
        """The row's cells as wrapped plain strings, or None when a cell is too long."""
        out: list[str] = []
        lines = 1
        for j, (text, width) in enumerate(zip(self.cells[index], self.cell_widths[index],
                                              strict=True)):
            room = self.widths[j] - 2 * CELL_PAD_X
            if width <= room and "\n" not in text:
                out.append(text)
                continue
            if width > room * MAX_CELL_LINES:
                return None  # too long even before counting breaks
            cell = _wrap(text, room, self.measure)
            if len(cell) > MAX_CELL_LINES:
                return None
            lines = max(lines, len(cell))
            out.append("\n".join(cell))
        self.wrapped[index] = out
        self.heights[index] = _row_height(lines)
        return out

    def table(self, indices: list[int]) -> Flowable:
        rows = [self.wrapped[i] for i in indices]
        heights = [self.heights[i] for i in indices]
        return _classes().paged_table(self, rows, heights, first_index=indices[0])


class _Measure:
    """String widths in the table font, remembered: dates, statuses and words repeat a lot."""

    def __init__(self, font: str) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.font = font
        self._string_width = stringWidth
        self._known: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = float(self._string_width(text, self.font, CELL_SIZE))
        return width

    def widest_line(self, text: str) -> float:
        if "\n" in text:
            return max(self(line) for line in text.split("\n"))
        return self(text)


def _row_height(lines: int) -> float:
    return lines * CELL_LEADING + 2 * CELL_PAD_Y + 1.0  # + 1: room for descenders


def _column_widths(
    titles: list[str], cell_widths: list[list[float]], measure_bold: _Measure
) -> list[float]:
    """Widths that fit the frame: narrow columns get their natural width, wide ones share.

    The natural width is the widest cell (capped at the frame width); a column is never
    narrower than the longest word of its heading.
    """
    avail = _frame_width()
    pad = 2 * CELL_PAD_X
    minimum = [max(measure_bold(w) for w in (t.split() or [""])) + pad for t in titles]
    natural = [
        min(avail, max((row[j] for row in cell_widths), default=0.0) + pad)
        for j in range(len(titles))
    ]
    want = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    # With room to spare, headings stay on one line too.
    roomy = [max(w, measure_bold(t) + pad) for w, t in zip(want, titles, strict=True)]
    if sum(roomy) <= avail:
        want = roomy
    total = sum(want)
    if total <= avail:  # everything fits on one line: spread the spare room over the data
        spare = (avail - total) / (total - want[0])
        return [want[0], *(w + w * spare for w in want[1:])]
    return _share(want, minimum, avail)


def _share(want: list[float], minimum: list[float], avail: float) -> list[float]:
    widths: dict[int, float] = {}
    remaining = avail
    open_columns = set(range(len(want)))
    while open_columns:
        fair = remaining / len(open_columns)
        narrow = [j for j in open_columns if want[j] <= fair]
        if not narrow:
            break
        for j in narrow:
            widths[j] = want[j]
            remaining -= want[j]
            open_columns.discard(j)
    wide_total = sum(want[j] for j in open_columns)
    for j in open_columns:
        widths[j] = max(minimum[j], remaining * want[j] / wide_total)
    result = [widths[j] for j in range(len(want))]
    scale = min(1.0, avail / sum(result))  # headings alone too wide: shrink all alike
    return [w * scale for w in result]


def _wrap(text: str, width: float, measure: _Measure) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the line is broken anywhere."""
    lines: list[str] = []
    space = measure(" ")
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            w = measure(word)
            extra = w + (space if current else 0.0)
            if used + extra <= width:
                current.append(word)
                used += extra
                continue
            if current:
                lines.append(" ".join(current))
            pieces = list(_break_word(word, width, measure)) if w > width else [word]
            lines.extend(pieces[:-1])
            current = [pieces[-1]]
            used = measure(pieces[-1])
        lines.append(" ".join(current))
    return lines


def _break_word(word: str, width: float, measure: _Measure) -> Iterator[str]:
    start = 0
    used = 0.0
    for i, ch in enumerate(word):
        w = measure(ch)
        if used + w > width and i > start:
            yield word[start:i]
            start, used = i, 0.0
        used += w
    yield word[start:]


def _grid_style(rows: int, first_index: int) -> Any:
    """The table look: shaded header, banded rows; few commands, so cheap per page."""
    from reportlab.platypus import TableStyle

    # Keep the banding continuous across pages: the parity follows the record number.
    bands = ["white", _BAND] if first_index % 2 == 0 else [_BAND, "white"]
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
        ("ROWBACKGROUNDS", (0, 1), (-1, rows - 1), bands),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, _RULE),
        ("BOX", (0, 0), (-1, -1), 0.4, _RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
    ])


# --- flowables and canvas -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Footer:
    left: str
    right: str
    header: str
    page: str
    font: str


@dataclass(frozen=True, slots=True)
class _Classes:
    bookmark: type[Any]
    paged_table: type[Any]
    numbered_canvas: type[Any]


@cache
def _classes() -> _Classes:
    """The reportlab subclasses, defined on first use so importing this module stays cheap."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable as Base


    class Bookmark(Base):  # type: ignore[misc]
        """A zero-size marker: a PDF destination plus an outline (bookmark) entry."""

        def __init__(self, key: str, title: str, level: int) -> None:
            super().__init__()
            self.key, self.title, self.level = key, title, level
            self.width = self.height = 0

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(self.title, self.key, self.level)


    class PagedTable(Base):  # type: ignore[misc]
        """Rows of one category that split page by page, each page a small Table with header.

        The rows arrive wrapped with their heights, so a split is a binary search over the
        running heights and costs nothing in proportion to the rows left.
        """

        def __init__(self, layout: _Layout, rows: list[list[str]], heights: list[float],
                     first_index: int) -> None:
            super().__init__()
            self.layout, self.rows, self.heights = layout, rows, heights
            self.first_index = first_index
            self.tops = [0.0, *accumulate(heights)]
            self.width = sum(layout.widths)
            self.height = layout.header_height + self.tops[-1]

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            fits = bisect_right(self.tops, avail_height - self.layout.header_height) - 1
            if fits < 1:
                return []  # not even one row here: the frame moves us to the next page
            if fits >= len(self.rows):
                return [self]
            return [self._part(0, fits), self._part(fits, len(self.rows))]

        def _part(self, start: int, end: int) -> PagedTable:
            return PagedTable(self.layout, self.rows[start:end], self.heights[start:end],
                               self.first_index + start)

        def draw(self) -> None:
            # Drawn directly rather than through a reportlab Table: one text object per page
            # instead of a BT/ET block per cell halves the drawing time of big tables.
            canvas, layout = self.canv, self.layout
            xs = [0.0, *accumulate(layout.widths)]
            top = self.height - layout.header_height
            canvas.saveState()
            self._draw_bands(top)
            text = canvas.beginText()
            text.setFont(layout.bold_font, CELL_SIZE, CELL_LEADING)
            self._draw_row(text, layout.header, self.height, xs, layout.bold_measure)
            text.setFont(layout.measure.font, CELL_SIZE, CELL_LEADING)
            for row, height in zip(self.rows, self.heights, strict=True):
                self._draw_row(text, row, top, xs, layout.measure)
                top -= height
            canvas.setFillColor("black")
            canvas.drawText(text)
            canvas.restoreState()

        def _draw_bands(self, top: float) -> None:
            canvas, width = self.canv, self.width
            canvas.setFillColor(_HEADER_BG)
            canvas.rect(0, top, width, self.layout.header_height, stroke=0, fill=1)
            canvas.setFillColor(_BAND)
            y = top
            for offset, height in enumerate(self.heights):
                y -= height
                if (self.first_index + offset) % 2:  # banding follows the record number
                    canvas.rect(0, y, width, height, stroke=0, fill=1)
            canvas.setStrokeColor(_RULE)
            canvas.setLineWidth(0.6)
            canvas.line(0, top, width, top)
            canvas.setLineWidth(0.4)
            canvas.rect(0, 0, width, self.height, stroke=1, fill=0)

        @staticmethod
        def _draw_row(text: Any, cells: Sequence[str], top: float, xs: list[float],
                      measure: _Measure) -> None:
            baseline = top - CELL_PAD_Y - CELL_SIZE
            for j, cell in enumerate(cells):
                if not cell:
                    continue
                if j == 0:  # record numbers, right-aligned
                    text.setTextOrigin(xs[1] - CELL_PAD_X - measure.widest_line(cell), baseline)
                else:
                    text.setTextOrigin(xs[j] + CELL_PAD_X, baseline)
                if "\n" in cell:
                    text.textLines(cell, trim=0)
                else:
                    text.textOut(cell)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """A canvas that holds pages back until the end to print "page x / y" in one pass.

        Bookmarks are replayed when each page is really emitted: a destination refers to the
        page being written, which only exists then.
        """

        def __init__(self, *args: Any, footer: _Footer, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._footer = footer
            self._held_pages: list[dict[str, Any]] = []
            self._page_bookmarks: list[str] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> None:
            self._page_bookmarks.append(key)

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._page_bookmarks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                for key in self._page_bookmarks:
                    super().bookmarkPage(key)
                self._draw_furniture(total)
                super().showPage()
            self.showOutline()
            super().save()

        def _draw_furniture(self, total: int) -> None:
            from reportlab.lib.pagesizes import A4

            f = self._footer
            width, height = float(A4[0]), float(A4[1])
            self.saveState()
            self.setFont(f.font, 7.5)
            self.setFillColor("#555555")
            self.drawString(MARGIN_X, height - MARGIN_TOP + 14, f.header)
            baseline = MARGIN_BOTTOM - 22
            self.drawString(MARGIN_X, baseline, f.left)
            self.drawCentredString(width / 2, baseline,
                                   f.page.format(page=self._pageNumber, pages=total))
            self.drawRightString(width - MARGIN_X, baseline, f.right)
            self.setStrokeColor("#BBBBBB")
            self.setLineWidth(0.4)
            self.line(MARGIN_X, baseline + 10, width - MARGIN_X, baseline + 10)
            self.restoreState()

    return _Classes(Bookmark, PagedTable, NumberedCanvas)
