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

The parts live beside this module: the wording in :mod:`.data_copy_texts`, the record
tables (widths, wrapping, paging, drawing) in :mod:`.data_copy_tables`, and the page
geometry, footer, outline and numbered canvas in :mod:`.data_copy_page`. This module
builds the story from them: the letter, the section on processing, the recipients and
one section per category, where a record too long for a table row is shown in place as a
list of "column: value" paragraphs, which do split across pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.formatting import format_date, format_datetime
from clb4u_desk.domain.labels import category_name
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.data_copy_page import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    Footer,
    bookmark,
    canvas_maker,
    frame_width,
)
from clb4u_desk.reporting.data_copy_tables import RecordTableLayout, grid_style
from clb4u_desk.reporting.data_copy_texts import (
    PURPOSES,
    RIGHTS,
    TEXTS,
    exports_text,
    records_text,
)
from clb4u_desk.reporting.document import (
    CategorySection,
    DataCopyDocument,
    Language,
    RecipientInfo,
    fingerprint,
)
from clb4u_desk.reporting.fonts import register_fonts
from clb4u_desk.reporting.markup import pdf_text, visible_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


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
    texts = TEXTS[doc.language]
    footer = Footer(
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
    template.build(story, canvasmaker=canvas_maker(footer))
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
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        # Bullets too in the embedded font: reportlab's default bullet font is Helvetica,
        # which is not embedded and has no Vietnamese. Every style below inherits it.
        body = ParagraphStyle(
            "body", fontName=regular, bulletFontName=regular, fontSize=9.5, leading=13, spaceAfter=5
        )
        return cls(
            body=body,
            small=ParagraphStyle(
                "small", body, fontSize=8, leading=10.5, spaceAfter=4, textColor=HexColor("#333333")
            ),
            h1=ParagraphStyle("h1", body, fontName=bold, fontSize=16, leading=20, spaceAfter=10),
            h2=ParagraphStyle(
                "h2", body, fontName=bold, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
            ),
            h3=ParagraphStyle(
                "h3", body, fontName=bold, fontSize=10.5, leading=13, spaceBefore=10, spaceAfter=2
            ),
            bullet=ParagraphStyle("bullet", body, leftIndent=12, bulletIndent=2, spaceAfter=2),
            cell=ParagraphStyle("cell", body, fontSize=8, leading=10, spaceAfter=0),
            field=ParagraphStyle(
                "field", body, fontSize=8.5, leading=11, spaceAfter=3, leftIndent=8
            ),
            regular=regular,
            bold=bold,
        )


# --- cover letter -------------------------------------------------------------------


def _letter(doc: DataCopyDocument, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    t = TEXTS[doc.language]
    case = pdf_text(doc.case_reference)
    received = (
        ((t["received"], pdf_text(format_datetime(doc.request_received_at, doc.language))),)
        if doc.request_received_at is not None
        else ()
    )
    facts = (
        (t["case"], case),
        *received,
        (t["issued"], pdf_text(format_datetime(doc.issued_at, doc.language))),
        (t["subject"], pdf_text(doc.subject_reference)),
    )
    return [
        bookmark("letter", t["letter"], 0),
        Paragraph(t["title"], s.h1),
        *(Paragraph(f"{label}: <b>{value}</b>", s.body) for label, value in facts),
        Spacer(1, 14),
        Paragraph(t["dear"].format(name=pdf_text(doc.requester_name)), s.body),
        Paragraph(t["intro"], s.body),
        Paragraph(exports_text(doc.exports, doc.language), s.body),
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

    t = TEXTS[doc.language]
    return [
        bookmark("about", t["about"], 0),
        Paragraph(t["about"], s.h1),
        Paragraph(t["purposes"], s.h2),
        Paragraph(t["purposes_intro"], s.body),
        *_bullets(PURPOSES[doc.language], s),
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
        *_bullets(RIGHTS[doc.language], s),
        Paragraph(t["rights_how"], s.body),
        Paragraph(t["complain"], s.h2),
        *_bullets(_complaint_routes(doc), s, escaped=True),
        PageBreak(),
    ]


def _bullets(items: Sequence[str], s: _Styles, *, escaped: bool = True) -> list[Flowable]:
    """Bulleted paragraphs; ``escaped`` says the items are our own markup-safe texts."""
    from reportlab.platypus import Paragraph

    return [
        Paragraph(item if escaped else pdf_text(item), s.bullet, bulletText="•") for item in items
    ]


def _lines_or_default(lines: Sequence[str], default: str, s: _Styles) -> list[Flowable]:
    if not lines:
        return _bullets([default], s)
    return _bullets(lines, s, escaped=False)


def _complaint_routes(doc: DataCopyDocument) -> list[str]:
    t = TEXTS[doc.language]
    routes = [t["complain_vn"]]  # Vietnam's regime is the company's own: always shown
    if Regime.GDPR in doc.regimes:
        routes.append(t["complain_eu"])
    if Regime.CCPA in doc.regimes:
        routes.append(t["complain_ca"])
    return routes


def _status(section: CategorySection, lang: Language) -> str:
    t = TEXTS[lang]
    states = [t["restricted"]] if section.restricted else []
    if section.legal_hold:
        states.append(t["legal_hold"])
    return "; ".join(states) or t["active"]


def _held_table(doc: DataCopyDocument, s: _Styles) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    t = TEXTS[doc.language]
    lang = doc.language
    header = [t["col_category"], t["col_count"], t["col_until"], t["col_status"]]
    rows: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", s.cell) for h in header]]
    for section in doc.categories:
        until = format_date(section.retention_until, lang) if section.retention_until else "—"
        rows.append(
            [
                Paragraph(pdf_text(section.title(lang)), s.cell),
                Paragraph(str(len(section.rows)), s.cell),
                Paragraph(until, s.cell),
                Paragraph(_status(section, lang), s.cell),
            ]
        )
    width = frame_width()
    table = Table(rows, colWidths=[width * f for f in (0.42, 0.13, 0.15, 0.30)], repeatRows=1)
    table.setStyle(grid_style(len(rows), 0, s.regular))
    return table


def _recipients(doc: DataCopyDocument, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    t = TEXTS[doc.language]
    if not doc.recipients:
        return [Paragraph(t["recipients_none"], s.body)]
    titles = {key: category_name(key, doc.language) for key in DataCategory}
    titles.update({section.key: section.title(doc.language) for section in doc.categories})
    items = [_recipient_line(r, titles, doc.language) for r in doc.recipients]
    return [Paragraph(t["recipients_logged"], s.body), *_bullets(items, s)]


def _recipient_line(
    recipient: RecipientInfo, titles: dict[DataCategory, str], lang: Language
) -> str:
    when = (
        format_date(recipient.disclosed_on, lang)
        if recipient.disclosed_on
        else TEXTS[lang]["standing"]
    )
    categories = ", ".join(titles.get(c, c.value) for c in recipient.categories)
    details = "; ".join(part for part in (categories, when) if part)
    return (
        f"<b>{pdf_text(recipient.name)}</b> – {pdf_text(recipient.description)} "
        f"({pdf_text(details)})"
    )


# --- the records --------------------------------------------------------------------


def _data(doc: DataCopyDocument, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    t = TEXTS[doc.language]
    story: list[Flowable] = [
        bookmark("data", t["data"], 0),
        Paragraph(t["data"], s.h1),
        Paragraph(t["data_intro"], s.body),
    ]
    for number, section in enumerate(doc.categories, start=1):
        story.extend(_section(number, section, doc.language, s))
    return story


def _section(number: int, section: CategorySection, lang: Language, s: _Styles) -> list[Flowable]:
    from reportlab.platypus import CondPageBreak, Paragraph

    t = TEXTS[lang]
    title = visible_text(section.title(lang))
    facts = [records_text(len(section.rows), lang)]
    if section.retention_until:
        facts.append(t["until"].format(date=format_date(section.retention_until, lang)))
    if section.restricted or section.legal_hold:
        facts.append(_status(section, lang))
    story: list[Flowable] = [
        # Keep the heading with the table header and a few rows: no orphaned headings.
        CondPageBreak(110),
        bookmark(f"category-{number}", title, 1),
        Paragraph(f"{number}. {pdf_text(section.title(lang))}", s.h3),
        Paragraph(" · ".join(facts), s.small),
    ]
    if section.key is DataCategory.PAYMENT_METHODS:
        story.append(Paragraph(t["cards"], s.small))
    if not section.rows:
        return [*story, Paragraph(t["no_records"], s.body)]
    return [*story, *_record_flowables(section, lang, s)]


def _record_flowables(section: CategorySection, lang: Language, s: _Styles) -> list[Flowable]:
    layout = RecordTableLayout.build(section, lang, s.regular, s.bold)
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


def _record_block(
    section: CategorySection, index: int, lang: Language, s: _Styles
) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    t = TEXTS[lang]
    head = f"<b>{t['record_n'].format(n=index + 1)}</b> {t['record_long']}"
    fields = [
        Paragraph(f"<b>{pdf_text(column.title(lang))}:</b> {pdf_text(value)}", s.field)
        for column, value in zip(section.columns, section.shown_rows[index], strict=True)
    ]
    return [Paragraph(head, s.small), *fields]
