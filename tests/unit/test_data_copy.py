"""The data-copy PDF, read back with pypdf and checked value by value."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import Destination, DictionaryObject

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.formatting import (
    format_amount,
    format_bool,
    format_date,
    format_datetime,
    format_optional,
)
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.data_copy import render_data_copy
from clb4u_desk.reporting.data_copy_page import frame_width
from clb4u_desk.reporting.document import (
    CategorySection,
    Column,
    DataCopyDocument,
    Exports,
    Language,
    RecipientInfo,
    fingerprint,
)
from clb4u_desk.reporting.markup import PLACEHOLDER, comparable, pdf_text, visible_text

ISSUED = datetime(2026, 3, 2, 3, 4, tzinfo=UTC)
LONG_TEXT = ("Nội dung rất dài, " * 600)[:10_000]
NAME = "<b>Lê & Co</b>"
NFD_NAME = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")


def _section(
    key: DataCategory, rows: Iterable[tuple[str, ...]], *columns: str, **status: object
) -> CategorySection:
    cols = tuple(Column(c, f"Cột {c}", f"Column {c}") for c in columns)
    return CategorySection(
        key, f"Mục {key.value}", f"Section {key.value}", cols, tuple(rows), **status
    )  # type: ignore[arg-type]


def make_doc(
    language: Language = "vi", invoices: int = 30, regimes: tuple[Regime, ...] = (Regime.VN,)
) -> DataCopyDocument:
    identity = _section(
        DataCategory.IDENTITY,
        [
            (NAME, "12 Nguyễn Thị Minh Khai, Quận 1, TP. Hồ Chí Minh", "le.co@example.vn"),
            (NFD_NAME, "Số 5 ngõ 17 Hàng Bạc 😀 🧑‍💻", "tuyet@example.com"),
            ("Bell\x07 and\ttab", "Dòng một\nDòng hai\r\nDòng ba", "=1+2"),
        ],
        "name",
        "address",
        "email",
    )
    invoice_rows = [
        (
            f"HD-{i:06d}",
            format_date(date(2024, 1, 1) + timedelta(days=i), language),
            format_amount(1_500_000 + i),
            format_bool(i % 2 == 0, language),
        )
        for i in range(invoices)
    ]
    invoice_section = _section(
        DataCategory.INVOICES,
        invoice_rows,
        "number",
        "date",
        "amount",
        "paid",
        restricted=True,
        retention_until=date(2036, 12, 31),
    )
    messages = _section(
        DataCategory.COMMUNICATIONS,
        [(format_datetime(ISSUED, language), LONG_TEXT), ("—", "ngắn")],
        "at",
        "body",
        legal_hold=True,
    )
    empty = _section(DataCategory.CONSENTS, [], "purpose")
    return DataCopyDocument(
        case_reference="DSR-2026-000042",
        issued_at=ISSUED,
        language=language,
        requester_name=NAME,
        subject_reference="KH-000123",
        regimes=regimes,
        categories=(identity, invoice_section, messages, empty),
        recipients=(
            RecipientInfo(
                "Công ty Thanh toán ABC",
                "Xử lý thanh toán thẻ",
                (DataCategory.PAYMENTS,),
                date(2025, 5, 6),
            ),
        ),
        sources=("Bạn cung cấp khi đăng ký",),
        retention=("Hóa đơn: 10 năm",),
    )


def _furniture(doc: DataCopyDocument, page: int, pages: int) -> list[str]:
    vi = doc.language == "vi"
    return [
        "CLB4U · Bản sao dữ liệu cá nhân" if vi else "CLB4U · Copy of your personal data",
        f"{'Mã hồ sơ' if vi else 'Case reference'} {doc.case_reference}",
        f"{'Trang' if vi else 'Page'} {page} / {pages}",
        f"{'Mã tài liệu' if vi else 'Document'} {fingerprint(doc)}",
    ]


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def body_text(doc: DataCopyDocument, pdf: bytes) -> str:
    """All pages' text without the page header and footer (which interrupt long values)."""
    texts = page_texts(pdf)
    out = []
    for number, text in enumerate(texts, start=1):
        for line in _furniture(doc, number, len(texts)):
            text = text.replace(line, "")
        out.append(text)
    return "\n".join(out)


@pytest.fixture(scope="module")
def vi_doc() -> DataCopyDocument:
    return make_doc("vi")


@pytest.fixture(scope="module")
def vi_pdf(vi_doc: DataCopyDocument) -> bytes:
    return render_data_copy(vi_doc)


def test_every_stored_value_appears_in_display_form(
    vi_doc: DataCopyDocument, vi_pdf: bytes
) -> None:
    text = comparable(body_text(vi_doc, vi_pdf))
    values = [v for section in vi_doc.categories for row in section.rows for v in row]
    assert len(values) > 100
    missing = [v[:40] for v in values if comparable(visible_text(v)) not in text]
    assert missing == []


def test_markup_like_names_appear_literally(vi_pdf: bytes) -> None:
    text = "".join(page_texts(vi_pdf))
    assert "<b>Lê & Co</b>" in text  # in the letter and in the table, never as bold markup
    assert "Kính gửi <b>Lê & Co</b>," in text


def test_nfd_input_comes_out_composed(vi_pdf: bytes) -> None:
    text = "".join(page_texts(vi_pdf))
    assert "Nguyễn Thị Ánh Tuyết" in text
    assert unicodedata.normalize("NFD", "Ánh") not in text


def test_emoji_outside_the_font_is_written_as_its_code(vi_pdf: bytes) -> None:
    text = "".join(page_texts(vi_pdf))
    # Above U+FFFF even the emoji DejaVu has (😀) are written as codes: reportlab's
    # ToUnicode map would not let them extract back.
    for emoji in (0x1F600, 0x1F9D1, 0x1F4BB):
        assert PLACEHOLDER.format(emoji) in text
    assert "[U+0007]" in text  # the bell control character, made visible


def test_ten_thousand_character_field_is_complete_across_pages(
    vi_doc: DataCopyDocument, vi_pdf: bytes
) -> None:
    text = comparable(body_text(vi_doc, vi_pdf))
    assert comparable(LONG_TEXT) in text
    pages_with_it = [t for t in page_texts(vi_pdf) if "Nội dung rất dài" in t]
    assert len(pages_with_it) >= 2


def test_outline_has_an_entry_per_category(vi_doc: DataCopyDocument, vi_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(vi_pdf))
    top = [item for item in reader.outline if isinstance(item, Destination)]
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert [item.title for item in top] == [
        "Thư trả lời",
        "Thông tin về việc xử lý dữ liệu của bạn",
        "Dữ liệu của bạn",
    ]
    categories = [item for item in nested[0] if isinstance(item, Destination)]
    assert [item.title for item in categories] == [s.title_vi for s in vi_doc.categories]
    # Each category's destination is the page its heading is on.
    for item, section in zip(categories, vi_doc.categories, strict=True):
        page = reader.get_destination_page_number(item)
        assert page is not None
        assert f"{section.title_vi}" in reader.pages[page].extract_text()


def test_every_page_has_the_footer(vi_doc: DataCopyDocument, vi_pdf: bytes) -> None:
    texts = page_texts(vi_pdf)
    for number, text in enumerate(texts, start=1):
        for line in _furniture(vi_doc, number, len(texts)):
            assert line in text, (number, line)


def test_metadata_holds_no_personal_data_but_the_case_reference(vi_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(vi_pdf)).metadata
    assert meta is not None
    assert meta.title == "Bản sao dữ liệu cá nhân – DSR-2026-000042"
    joined = " ".join(str(v) for v in meta.values())
    for personal in ("Lê", "KH-000123", "example"):
        assert personal not in joined


def test_letter_and_processing_information(vi_pdf: bytes) -> None:
    text = "".join(page_texts(vi_pdf))
    for expected in (
        "Mã hồ sơ: DSR-2026-000042",
        "Ngày phát hành: 02/03/2026 10:04",
        "Mục đích xử lý",
        "quảng cáo được nhắm mục tiêu",
        "Công ty Thanh toán ABC",
        "06/05/2025",
        "Hóa đơn: 10 năm",
        "Bạn cung cấp khi đăng ký",
        "rút lại sự đồng ý",
        "A05",
        "31/12/2036",
        "Hạn chế xử lý",
        "Không có bản ghi nào.",
    ):
        assert expected in text, expected
    assert "Liên minh châu Âu" not in text  # no GDPR regime on this case


def test_english_copy_with_gdpr_route() -> None:
    doc = make_doc("en", invoices=3, regimes=(Regime.VN, Regime.GDPR))
    texts = page_texts(render_data_copy(doc))
    joined = "".join(texts)
    assert f"Page 1 / {len(texts)}" in texts[0]
    assert "Dear <b>Lê & Co</b>," in joined
    assert "supervisory authority" in joined
    assert "(A05)" in joined
    assert "California" not in joined


def test_two_thousand_rows_split_across_pages_with_the_header_repeated() -> None:
    doc = make_doc("vi", invoices=2_100)
    pdf = render_data_copy(doc)
    texts = page_texts(pdf)
    invoice_pages = [t for t in texts if "HD-0" in t]
    assert len(invoice_pages) >= 40
    for text in invoice_pages:
        assert "Cột number" in text
        assert "Cột amount" in text
    body = comparable(body_text(doc, pdf))
    for i in range(0, 2_100, 7):
        assert f"HD-{i:06d}" in body


EMBEDDED_SUBSET = re.compile(r"/[A-Z]{6}\+DejaVuSans(-Bold)?")


def _fonts(resources: DictionaryObject) -> Iterator[DictionaryObject]:
    """Every font of a resource dictionary, and of the form XObjects it uses."""
    fonts = resources.get("/Font")
    if fonts is not None:
        for font in cast(DictionaryObject, fonts.get_object()).values():
            yield cast(DictionaryObject, font.get_object())
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobject in cast(DictionaryObject, xobjects.get_object()).values():
            form = cast(DictionaryObject, xobject.get_object())
            if form.get("/Subtype") == "/Form" and "/Resources" in form:
                yield from _fonts(cast(DictionaryObject, form["/Resources"].get_object()))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_fonts_are_embedded_subsets(language: Language) -> None:
    # Bullets, tables, paragraphs and footers: nothing but the embedded DejaVu subsets
    # (Helvetica, reportlab's default, is not embedded and has no Vietnamese).
    doc = make_doc(language, invoices=1, regimes=(Regime.VN, Regime.GDPR, Regime.CCPA))
    reader = PdfReader(io.BytesIO(render_data_copy(doc)))
    names = set()
    for number, page in enumerate(reader.pages, start=1):
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        for font in _fonts(resources):
            name = str(font["/BaseFont"])
            names.add(name)
            assert EMBEDDED_SUBSET.fullmatch(name), (number, name)
            assert font["/Subtype"] == "/TrueType", (number, name)
            descriptor = cast(DictionaryObject, font["/FontDescriptor"].get_object())
            assert "/FontFile2" in descriptor, (number, name)  # the glyphs are in the file
    assert any(name.endswith("+DejaVuSans") for name in names)


def test_bullets_are_drawn_in_the_embedded_font() -> None:
    from reportlab.platypus import Paragraph

    from clb4u_desk.reporting.data_copy import _bullets, _Styles
    from clb4u_desk.reporting.fonts import register_fonts

    fonts = register_fonts()
    styles = _Styles.make(fonts.regular, fonts.bold)
    for style in (styles.body, styles.bullet, styles.small, styles.field, styles.cell):
        assert style.bulletFontName == fonts.regular
    [bullet] = _bullets(["x"], styles)
    assert isinstance(bullet, Paragraph)
    assert bullet.style.bulletFontName == fonts.regular


def test_record_counts_are_singular_or_plural() -> None:
    text = "".join(page_texts(render_data_copy(make_doc("en", invoices=1))))
    assert "1 record ·" in text  # the invoices
    assert "2 records" in text
    assert "0 records" in text
    assert "1 records" not in text
    vi = "".join(page_texts(render_data_copy(make_doc("vi", invoices=1))))
    assert "1 bản ghi" in vi
    assert "2 bản ghi" in vi


@pytest.mark.parametrize(
    ("exports", "says", "never"),
    [
        (
            Exports(json=True, csv=True, attached=True),
            [
                "one JSON file, and one CSV file per category",
                "attached inside this PDF",
                "attachments panel",
            ],
            ["separate files", "please ask us"],
        ),
        (
            Exports(json=True, csv=False, attached=False),
            ["one JSON file)", "separate files"],
            ["CSV file per", "attached", "please ask us"],
        ),
        (
            Exports(json=False, csv=True, attached=False),
            ["(one CSV file per category)", "separate files"],
            ["JSON file", "attached"],
        ),
        (None, ["please ask us"], ["attached", "separate files", "comes with this document"]),
    ],
)
def test_the_letter_says_how_the_machine_readable_copy_travels(
    exports: Exports | None, says: list[str], never: list[str]
) -> None:
    doc = replace(make_doc("en", invoices=1), exports=exports)
    letter = " ".join(page_texts(render_data_copy(doc))[0].split())
    for expected in says:
        assert expected in letter, expected
    for wrong in never:
        assert wrong not in letter, wrong
    # The exports' delivery is not content: the fingerprint (and the JSON) stay the same.
    assert fingerprint(doc) == fingerprint(make_doc("en", invoices=1))


@pytest.mark.parametrize(
    ("exports", "says"),
    [
        (Exports(json=True, csv=True, attached=True), "được đính kèm bên trong chính tệp PDF"),
        (Exports(json=True, csv=True, attached=False), "dưới dạng các tệp riêng"),
        (None, "vui lòng cho chúng tôi biết"),
    ],
)
def test_the_vietnamese_letter_says_how_the_machine_readable_copy_travels(
    exports: Exports | None, says: str
) -> None:
    doc = replace(make_doc("vi", invoices=1), exports=exports)
    letter = " ".join(page_texts(render_data_copy(doc))[0].split())
    assert says in letter
    assert "được cung cấp kèm theo tài liệu này" not in letter


def test_the_pdf_shows_the_display_rows_and_the_export_the_rows() -> None:
    from clb4u_desk.reporting.export import export_json

    columns = (Column("gender", "Giới tính", "Gender"), Column("status", "Trạng thái", "Status"))
    section = CategorySection(
        DataCategory.ACCOUNT,
        "Tài khoản",
        "Account",
        columns,
        (("male", "active"),),
        display_rows=(("Nam", "Đang hoạt động"),),
    )
    doc = replace(make_doc("vi", invoices=1), categories=(section,))
    text = body_text(doc, render_data_copy(doc))
    assert "Nam" in text
    assert "Đang hoạt động" in text
    assert "male" not in text
    assert "active" not in text
    assert '"gender": "male"' in export_json(doc).decode("utf-8")
    with pytest.raises(ValueError, match="display rows"):
        CategorySection(
            DataCategory.ACCOUNT, "T", "A", columns, (("male", "active"),), display_rows=()
        )
    with pytest.raises(ValueError, match="display row 0 has 1 values"):
        CategorySection(
            DataCategory.ACCOUNT, "T", "A", columns, (("male", "active"),), display_rows=(("Nam",),)
        )


def test_narrow_columns_of_a_crowded_table_keep_their_values_on_one_line() -> None:
    # Long texts share the width; record numbers and dates keep exactly their own width,
    # which must not wrap them ("15/11/202" + "0") by a rounding error.
    from clb4u_desk.reporting.data_copy_tables import RecordTableLayout
    from clb4u_desk.reporting.fonts import register_fonts

    columns = tuple(
        Column(k, t, t)
        for k, t in (
            ("recipient", "Bên nhận"),
            ("legal_basis", "Cơ sở pháp lý"),
            ("categories", "Loại dữ liệu"),
            ("disclosed_on", "Ngày chia sẻ"),
        )
    )
    rows = tuple(
        (
            "Ngân hàng TMCP Ngoại thương Việt Nam",
            "Yêu cầu bằng văn bản của cơ quan có thẩm quyền",
            "Nhận dạng và liên hệ, Đăng ký dịch vụ",
            "15/11/2020",
        )
        for _ in range(40)
    )
    fonts = register_fonts()
    layout = RecordTableLayout.build(
        CategorySection(DataCategory.DISCLOSURES, "T", "T", columns, rows),
        "vi",
        fonts.regular,
        fonts.bold,
    )
    for index in range(len(rows)):
        cells = layout.wrap_row(index)
        assert cells is not None
        assert "\n" not in cells[0], cells
        assert "\n" not in cells[4], cells
        assert "\n" in cells[1]  # the long texts do wrap: the table is crowded


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_headings_of_narrow_columns_take_at_most_two_lines(lang: Language) -> None:
    # The account table: ten columns of short values ("Mức thu nhập" over "lt10m" used
    # to break into a word per line).
    from clb4u_desk.domain.labels import COLUMNS
    from clb4u_desk.reporting.data_copy_tables import RecordTableLayout
    from clb4u_desk.reporting.fonts import register_fonts

    keys = (
        "birth_year",
        "gender",
        "occupation",
        "job_title",
        "income_band",
        "zip_code",
        "residence",
        "language",
        "created_at",
        "status",
    )
    columns = tuple(Column(key, *COLUMNS[key]) for key in keys)
    row = (
        "1984",
        "Nam",
        "Kế toán",
        "Trưởng phòng",
        "10–20 triệu ₫",
        "700000",
        "Việt Nam",
        "Tiếng Việt",
        "19/06/2016 11:26",
        "Đang hoạt động",
    )
    invoice_keys = ("number", "issued_on", "amount", "status", "fiscal_year", "description")
    invoices = tuple(Column(key, *COLUMNS[key]) for key in invoice_keys)
    invoice = (
        "HD-2019-0000310",
        "21/07/2019",
        "4.900.000 ₫",
        "Đã thanh toán",
        "2019",
        "Phí tham dự Webinar: Đầu tư chứng khoán cho người mới " * 2,
    )
    fonts = register_fonts()
    for key, cols, values in (
        (DataCategory.ACCOUNT, columns, row),
        (DataCategory.INVOICES, invoices, invoice),
    ):
        section = CategorySection(key, "T", "T", cols, (values,))
        layout = RecordTableLayout.build(section, lang, fonts.regular, fonts.bold)
        for column, heading in zip(cols, layout.header[1:], strict=True):
            lines = heading.split("\n")
            assert len(lines) <= 2, (column.key, lines)
            assert " ".join(lines) == column.title(lang)  # broken between words only
        assert sum(layout.widths) <= frame_width() + 0.01


def test_importing_the_renderer_does_not_load_reportlab() -> None:
    code = (
        "import sys, clb4u_desk.reporting.data_copy, clb4u_desk.reporting.export, "
        "clb4u_desk.reporting.protect; "
        "assert 'reportlab' not in sys.modules and 'pypdf' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- formats and DTO checks -----------------------------------------------------------


def test_display_formats() -> None:
    assert format_amount(1_500_000) == "1.500.000 ₫"
    assert format_amount(0) == "0 ₫"
    assert format_amount(-25_000) == "-25.000 ₫"
    assert format_date(date(2025, 1, 9), "en") == "09/01/2025"
    assert format_datetime(datetime(2025, 12, 31, 20, 0, tzinfo=UTC), "vi") == "01/01/2026 03:00"
    assert (
        format_datetime(datetime(2025, 1, 1, 9, 0, tzinfo=timezone(timedelta(hours=7))), "en")
        == "01/01/2025 09:00"
    )
    assert (format_bool(True, "vi"), format_bool(False, "en")) == ("Có", "No")
    assert format_optional(None) == format_optional("  ") == "—"
    with pytest.raises(ValueError, match="timezone-aware"):
        format_datetime(datetime(2025, 1, 1), "vi")  # noqa: DTZ001 (naive on purpose)
    with pytest.raises(TypeError):
        format_amount(True)


def test_dto_rejects_ragged_rows_and_naive_times() -> None:
    with pytest.raises(ValueError, match="row 0 has 1 values"):
        _section(DataCategory.POLLS, [("a",)], "x", "y")
    with pytest.raises(ValueError, match="timezone-aware"):
        DataCopyDocument("C", datetime(2026, 1, 1), "vi", "N", "KH-1", (), ())  # noqa: DTZ001


def test_fingerprint_is_stable_and_covers_the_content() -> None:
    assert fingerprint(make_doc(invoices=2)) == fingerprint(make_doc(invoices=2))
    assert fingerprint(make_doc(invoices=2)) != fingerprint(make_doc(invoices=3))
    assert len(fingerprint(make_doc(invoices=0))) == 16


# --- pdf_text -----------------------------------------------------------------------


def test_pdf_text_escapes_and_normalises() -> None:
    assert pdf_text("<b>Lê & Co</b>") == "&lt;b&gt;Lê &amp; Co&lt;/b&gt;"
    assert pdf_text(unicodedata.normalize("NFD", "Việt")) == "Việt"
    assert pdf_text("a\r\nb") == "a<br/>b"
    assert pdf_text("x\x00y") == "x[U+0000]y"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_pdf_text_always_parses_and_shows_the_visible_text(value: str) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from clb4u_desk.reporting.fonts import register_fonts

    style = ParagraphStyle("t", fontName=register_fonts().regular, fontSize=9)
    paragraph = Paragraph(pdf_text(value), style)
    paragraph.wrap(300, 10_000)
    assert comparable(_shown(paragraph)) == comparable(visible_text(value))


def _shown(paragraph: object) -> str:
    """The text a wrapped Paragraph will draw, from its broken lines."""
    words: list[str] = []
    for line in paragraph.blPara.lines:  # type: ignore[attr-defined]
        items = line.words if hasattr(line, "words") else line[1]
        words.extend(w if isinstance(w, str) else getattr(w, "text", "") for w in items)
    return " ".join(words)
