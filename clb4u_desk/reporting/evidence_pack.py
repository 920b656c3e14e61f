"""The case evidence pack for a regulator: timeline, verification steps, issued documents.

DTO in, PDF bytes out. Stored codes (the state, the regimes, the rights, the
verification methods and facts, the kinds and delivery channels of issued documents)
arrive as stored and are written as words of the pack's language from the one label
table (:mod:`clb4u_desk.domain.labels`); the timeline keeps the decision log's actions
as logged. It holds no personal values of the subject: the decision log holds none, and
the pack names the case and the customer only by their references.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from clb4u_desk.domain import labels
from clb4u_desk.domain.formatting import Language, format_datetime, format_zoned
from clb4u_desk.reporting.fonts import register_fonts
from clb4u_desk.reporting.markup import pdf_text


@dataclass(frozen=True, slots=True)
class TimelineRow:
    seq: int
    recorded_at: str  # as stored in the log (UTC)
    actor: str
    actor_role: str
    action: str
    details: str  # canonical JSON as stored
    entry_hash: str


@dataclass(frozen=True, slots=True)
class VerificationRow:
    at: datetime
    method: str
    fact: str | None
    succeeded: bool
    agent: str


@dataclass(frozen=True, slots=True)
class IssuedRow:
    issued_at: datetime
    kind: str
    file_name: str
    sha256: str
    size: int
    channel: str
    agent: str


@dataclass(frozen=True, slots=True)
class EvidencePack:
    case_reference: str
    customer_reference: str | None
    state: str
    received_at: datetime
    regimes: str
    rights: tuple[str, ...]
    exported_at: datetime
    exported_by: str
    chain_status: str  # e.g. "OK 1234 entries, 2 checkpoints"
    timeline: tuple[TimelineRow, ...]
    verification: tuple[VerificationRow, ...]
    issued: tuple[IssuedRow, ...]
    language: Language = "vi"


_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Hồ sơ chứng cứ vụ việc", "Case evidence pack"),
    "case": ("Vụ việc", "Case"),
    "customer": ("Khách hàng", "Customer"),
    "state": ("Trạng thái", "State"),
    "received": ("Tiếp nhận", "Received"),
    "regimes": ("Chế độ pháp lý", "Regimes"),
    "rights": ("Quyền yêu cầu", "Rights requested"),
    "exported": ("Xuất lúc", "Exported"),
    "by": ("bởi", "by"),
    "chain": ("Kiểm tra nhật ký quyết định", "Decision log check"),
    "timeline": ("Diễn biến (nhật ký quyết định)", "Timeline (decision log)"),
    "verification": ("Các bước xác minh danh tính", "Identity verification steps"),
    "issued": ("Tài liệu đã phát hành", "Documents issued"),
    "none": ("Không có.", "None."),
    "page": ("Trang", "Page"),
    "yes": ("Đạt", "Passed"),
    "h_time": ("Thời điểm (UTC+7)", "Time (UTC+7)"),  # Vietnam time, as every time here
    "h_actor": ("Người thực hiện", "Actor"),
    "h_action": ("Hành động", "Action"),
    "h_details": ("Chi tiết", "Details"),
    "h_method": ("Phương thức", "Method"),
    "h_fact": ("Thông tin hỏi", "Fact"),
    "h_result": ("Kết quả", "Result"),
    "h_agent": ("Nhân viên", "Agent"),
    "h_kind": ("Loại", "Kind"),
    "h_file": ("Tệp", "File"),
    "h_bytes": ("Byte", "Bytes"),
    "h_channel": ("Kênh", "Channel"),
    "no": ("Không đạt", "Failed"),
}


def _t(key: str, lang: Language) -> str:
    vi, en = _TEXT[key]
    return vi if lang == "vi" else en


def _words(table: labels.Table, codes: str, lang: Language) -> str:
    """A comma-separated list of codes (as the case stores its regimes) in words."""
    parts = (part.strip() for part in codes.split(","))
    return ", ".join(labels.word(table, part, lang) for part in parts if part)


def render_evidence_pack(pack: EvidencePack) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    fonts = register_fonts()
    lang = pack.language
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=9)
    heading = ParagraphStyle(
        "h", parent=body, fontName=fonts.bold, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4
    )
    title = ParagraphStyle("t", parent=heading, fontSize=16, leading=20)

    def cell(text: str, style: ParagraphStyle = small) -> Paragraph:
        return Paragraph(pdf_text(text), style)

    def table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Any:
        if not rows:
            return Paragraph(pdf_text(_t("none", lang)), body)
        data = [[cell(h) for h in header], *[[cell(v) for v in row] for row in rows]]
        result = LongTable(data, colWidths=[w * mm for w in widths], repeatRows=1)
        result.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa5b1")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return result

    story: list[Any] = [
        Paragraph(pdf_text(f"{_t('title', lang)} {pack.case_reference}"), title),
        cell(
            f"{_t('case', lang)}: {pack.case_reference} · {_t('customer', lang)}: "
            f"{pack.customer_reference or '—'} · {_t('state', lang)}: "
            f"{labels.word(labels.CASE_STATES, pack.state, lang)}",
            body,
        ),
        cell(
            f"{_t('received', lang)}: {format_zoned(pack.received_at, lang)} · "
            f"{_t('regimes', lang)}: {_words(labels.REGIMES, pack.regimes, lang)} · "
            f"{_t('rights', lang)}: "
            f"{', '.join(labels.word(labels.RIGHTS, right, lang) for right in pack.rights)}",
            body,
        ),
        cell(
            f"{_t('exported', lang)}: {format_zoned(pack.exported_at, lang)} "
            f"{_t('by', lang)} {pack.exported_by}",
            body,
        ),
        cell(f"{_t('chain', lang)}: {pack.chain_status}", body),
        Spacer(1, 4 * mm),
        Paragraph(pdf_text(_t("timeline", lang)), heading),
        table(
            [
                "#",
                "UTC",
                _t("h_actor", lang),
                _t("h_action", lang),
                _t("h_details", lang),
                "SHA-256",
            ],
            [
                (
                    str(r.seq),
                    r.recorded_at.replace("T", " ")[:19],
                    f"{r.actor} ({r.actor_role})",
                    r.action,
                    r.details,
                    r.entry_hash,
                )
                for r in pack.timeline
            ],
            [10, 27, 25, 28, 52, 38],
        ),
        Paragraph(pdf_text(_t("verification", lang)), heading),
        table(
            [
                _t("h_time", lang),
                _t("h_method", lang),
                _t("h_fact", lang),
                _t("h_result", lang),
                _t("h_agent", lang),
            ],
            [
                (
                    format_datetime(r.at, lang),
                    labels.word(labels.VERIFICATION_METHODS, r.method, lang),
                    labels.word(labels.KNOWLEDGE_FACTS, r.fact, lang) or "—",
                    _t("yes" if r.succeeded else "no", lang),
                    r.agent,
                )
                for r in pack.verification
            ],
            [30, 50, 35, 25, 40],
        ),
        Paragraph(pdf_text(_t("issued", lang)), heading),
        table(
            [
                _t("h_time", lang),
                _t("h_kind", lang),
                _t("h_file", lang),
                "SHA-256",
                _t("h_bytes", lang),
                _t("h_channel", lang),
                _t("h_agent", lang),
            ],
            [
                (
                    format_datetime(r.issued_at, lang),
                    labels.word(labels.ISSUED_KINDS, r.kind, lang),
                    r.file_name,
                    r.sha256,
                    str(r.size),
                    labels.word(labels.CHANNELS, r.channel, lang),
                    r.agent,
                )
                for r in pack.issued
            ],
            [24, 22, 28, 50, 14, 20, 22],
        ),
    ]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 7)
        canvas.drawString(
            15 * mm, 10 * mm, f"{pack.case_reference} · {_t('page', lang)} {doc.page}"
        )
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"{_t('title', lang)} {pack.case_reference}",
        author="CLB4U Desk",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
