"""The deletion certificate: what an erasure erased, anonymised, kept (why, until when) and
what a legal hold blocks, for one case. DTO in, PDF bytes out.

It names the case and the customer by their references only: no name, no contact
detail, no record content, since the certificate must not bring back what was erased.
The staff who proposed, approved and executed are named by their sign-in names, and the
decision-log entry of the execution by its sequence number and hash, so anyone can check
the certificate against the log.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.erasure import ErasureAction
from clb4u_desk.domain.formatting import Language, format_date, format_datetime
from clb4u_desk.domain.labels import category_name
from clb4u_desk.reporting.fonts import register_fonts
from clb4u_desk.reporting.markup import pdf_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


@dataclass(frozen=True, slots=True)
class CertificateLine:
    category: DataCategory
    action: ErasureAction
    row_count: int
    basis_vi: str
    basis_en: str
    retain_until: date | None = None
    records_from: date | None = None
    records_to: date | None = None


@dataclass(frozen=True, slots=True)
class CertificateDocument:
    case_reference: str
    customer_reference: str
    language: Language
    issued_at: datetime  # aware
    received_at: datetime
    approved_at: datetime
    executed_at: datetime
    proposed_by: str  # staff sign-in names
    approved_by: str
    executed_by: str
    lines: tuple[CertificateLine, ...]
    log_seq: int
    log_hash: str
    plan_hash: str

    def lines_with(self, action: ErasureAction) -> tuple[CertificateLine, ...]:
        return tuple(line for line in self.lines if line.action is action and line.row_count)


_T: dict[Language, dict[str, str]] = {
    "vi": {
        "title": "Giấy xác nhận xóa dữ liệu cá nhân",
        "intro": "CLB4U xác nhận đã thực hiện yêu cầu xóa dữ liệu cá nhân theo hồ sơ dưới "
        "đây. Giấy này không chứa dữ liệu đã xóa; khách hàng chỉ được nêu bằng mã.",
        "case": "Mã hồ sơ",
        "customer": "Mã khách hàng",
        "received": "Ngày nhận yêu cầu",
        "approved": "Ngày phê duyệt",
        "executed": "Ngày thực hiện",
        "issued": "Ngày cấp",
        "times": "Ngày giờ trong giấy này được ghi theo giờ Việt Nam (UTC+7).",
        "proposed_by": "Nhân viên đề xuất",
        "approved_by": "Người phê duyệt (kiểm soát bốn mắt)",
        "executed_by": "Nhân viên thực hiện",
        "erase": "Dữ liệu đã xóa vĩnh viễn",
        "anonymise": "Dữ liệu đã ẩn danh hóa",
        "retain": "Dữ liệu được giữ lại (chỉ lưu trữ, hạn chế xử lý)",
        "blocked_by_hold": "Dữ liệu bị phong tỏa pháp lý (chưa thể xóa)",
        "category": "Loại dữ liệu",
        "rows": "Số bản ghi",
        "dates": "Ngày của bản ghi",
        "until": "Giữ đến hết ngày",
        "basis": "Căn cứ",
        "none": "Không có.",
        "until_hold": "Đến khi giải tỏa",
        "purge": "Dữ liệu được giữ lại sẽ bị xóa vào ngày sau ngày giữ cuối cùng; dữ liệu bị "
        "phong tỏa sẽ được xem xét lại khi lệnh phong tỏa được giải tỏa.",
        "log": "Nhật ký quyết định: mục số {seq}, mã băm {hash}",
        "plan": "Mã băm của kế hoạch xóa đã phê duyệt: {hash}",
        "footer": "Giấy xác nhận xóa dữ liệu – hồ sơ {case} – trang {page}",
    },
    "en": {
        "title": "Certificate of erasure of personal data",
        "intro": "CLB4U confirms that it has carried out the request to erase personal data "
        "of the case below. This certificate holds none of the erased data; the "
        "customer is named by reference only.",
        "case": "Case reference",
        "customer": "Customer reference",
        "received": "Request received",
        "approved": "Approved on",
        "executed": "Carried out on",
        "issued": "Issued on",
        "times": "Dates and times in this certificate are Vietnam time (UTC+7).",
        "proposed_by": "Proposed by",
        "approved_by": "Approved by (four eyes)",
        "executed_by": "Carried out by",
        "erase": "Data erased permanently",
        "anonymise": "Data anonymised",
        "retain": "Data kept (storage only, processing restricted)",
        "blocked_by_hold": "Data under legal hold (cannot be erased yet)",
        "category": "Category",
        "rows": "Records",
        "dates": "Record dates",
        "until": "Kept until",
        "basis": "Basis",
        "none": "None.",
        "until_hold": "Until the hold is released",
        "purge": "Kept data is erased on the day after its last day; data under a legal "
        "hold is reviewed when the hold is released.",
        "log": "Decision log: entry {seq}, hash {hash}",
        "plan": "Hash of the approved erasure plan: {hash}",
        "footer": "Certificate of erasure – case {case} – page {page}",
    },
}


def render_certificate(doc: CertificateDocument) -> bytes:
    """The certificate as PDF bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    fonts = register_fonts()
    t = _T[doc.language]
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"{t['title']} – {doc.case_reference}",
        author="CLB4U",
        creator="CLB4U Desk",
        lang="vi-VN" if doc.language == "vi" else "en",
        initialFontName=fonts.regular,
        initialFontSize=9.5,
    )
    styles = _styles(fonts.regular, fonts.bold)
    footer_text = t["footer"]

    def footer(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7.5)
        canvas.drawString(
            18 * mm,
            10 * mm,
            footer_text.format(case=doc.case_reference, page=canvas.getPageNumber()),
        )
        canvas.restoreState()

    template.build(_story(doc, styles), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _styles(regular: str, bold: str) -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, spaceAfter=5)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", body, fontName=bold, fontSize=15, leading=19, spaceAfter=10),
        "h2": ParagraphStyle(
            "h2", body, fontName=bold, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", body, fontSize=8, leading=10, spaceAfter=0),
        "head": ParagraphStyle("head", body, fontName=bold, fontSize=8, leading=10, spaceAfter=0),
        "small": ParagraphStyle("small", body, fontSize=8, leading=10.5),
    }


def _story(doc: CertificateDocument, s: dict[str, Any]) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    t = _T[doc.language]
    story: list[Flowable] = [
        Paragraph(pdf_text(t["title"]), s["h1"]),
        Paragraph(pdf_text(t["intro"]), s["body"]),
    ]
    story.extend(
        Paragraph(f"{pdf_text(label)}: <b>{pdf_text(value)}</b>", s["body"])
        for label, value in _facts(doc)
    )
    story.append(Paragraph(pdf_text(t["times"]), s["small"]))
    for action in ErasureAction:
        story.append(Paragraph(pdf_text(t[action.value]), s["h2"]))
        story.extend(_section(doc, doc.lines_with(action), s))
    story.append(Paragraph(pdf_text(t["purge"]), s["small"]))
    story.append(
        Paragraph(pdf_text(t["log"].format(seq=doc.log_seq, hash=doc.log_hash)), s["small"])
    )
    story.append(Paragraph(pdf_text(t["plan"].format(hash=doc.plan_hash)), s["small"]))
    return story


def _facts(doc: CertificateDocument) -> list[tuple[str, str]]:
    t, lang = _T[doc.language], doc.language
    return [
        (t["case"], doc.case_reference),
        (t["customer"], doc.customer_reference),
        (t["received"], format_datetime(doc.received_at, lang)),
        (t["approved"], format_datetime(doc.approved_at, lang)),
        (t["executed"], format_datetime(doc.executed_at, lang)),
        (t["issued"], format_datetime(doc.issued_at, lang)),
        (t["proposed_by"], doc.proposed_by),
        (t["approved_by"], doc.approved_by),
        (t["executed_by"], doc.executed_by),
    ]


def _dates(line: CertificateLine, lang: Language) -> str:
    if line.records_from is None or line.records_to is None:
        return "—"
    low, high = format_date(line.records_from, lang), format_date(line.records_to, lang)
    return low if low == high else f"{low} – {high}"


def _until(line: CertificateLine, lang: Language) -> str:
    if line.action is ErasureAction.RETAIN and line.retain_until is not None:
        return format_date(line.retain_until, lang)
    if line.action in (ErasureAction.RETAIN, ErasureAction.BLOCKED_BY_HOLD):
        return _T[lang]["until_hold"]
    return "—"


def _section(
    doc: CertificateDocument, lines: Sequence[CertificateLine], s: dict[str, Any]
) -> list[Flowable]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    t, lang = _T[doc.language], doc.language
    if not lines:
        return [Paragraph(pdf_text(t["none"]), s["body"])]
    head = [
        Paragraph(pdf_text(t[key]), s["head"])
        for key in ("category", "rows", "dates", "until", "basis")
    ]
    body = [
        [
            Paragraph(pdf_text(text), s["cell"])
            for text in (
                category_name(line.category, lang),
                str(line.row_count),
                _dates(line, lang),
                _until(line, lang),
                line.basis_vi if lang == "vi" else line.basis_en,
            )
        ]
        for line in lines
    ]
    table = Table(
        [head, *body], colWidths=[32 * mm, 16 * mm, 34 * mm, 24 * mm, 68 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, "#999999"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table]
