"""Benchmarks for the data-copy PDF (run: ``uv run pytest tests/benchmarks --benchmark-only``).

Skipped in the default run (``--benchmark-skip``). Besides the timing, each benchmark
records in ``extra_info``: pages, PDF size, peak Python memory (tracemalloc) of one
render, and the ratio of the render time to drawing the same strings straight onto a
reportlab canvas (:func:`canvas_baseline`, the floor for any reportlab layout).

``test_bench_issue_demo_customer_copy`` times what the agent waits for, end to end, on
seeded demo customers: the heaviest (10,000+ records) and a typical one.
"""

from __future__ import annotations

import io
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytest_benchmark.fixture import BenchmarkFixture

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.formatting import format_amount, format_bool, format_date, format_datetime
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.data_copy import render_data_copy
from clb4u_desk.reporting.document import (
    CategorySection,
    Column,
    DataCopyDocument,
)
from clb4u_desk.reporting.fonts import register_fonts
from clb4u_desk.reporting.markup import visible_text

START = datetime(2020, 1, 1, 8, 0, tzinfo=UTC)
SUBJECTS = (
    "Xác nhận đơn hàng",
    "Nhắc lịch hội thảo trên web",
    "Khuyến mãi tháng này",
    "Cập nhật chính sách bảo mật",
    "Hóa đơn điện tử của bạn",
)


def _cols(*pairs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*pair) for pair in pairs)


def synthetic_doc(rows: int) -> DataCopyDocument:
    """A customer with ``rows`` records spread like a real one: mostly invoices, payments
    and communications, a few of everything else."""
    invoices = rows * 3 // 10
    payments = rows * 3 // 10
    messages = rows - invoices - payments - 6
    sections = (
        CategorySection(
            DataCategory.IDENTITY,
            "Nhận dạng và liên hệ",
            "Identity and contact",
            _cols(
                ("name", "Họ tên", "Name"),
                ("address", "Địa chỉ", "Address"),
                ("phone", "Điện thoại", "Phone"),
                ("email", "Email", "Email"),
            ),
            (
                (
                    "Nguyễn Thị Ánh Tuyết",
                    "12 Nguyễn Thị Minh Khai, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
                    "+84 912 345 678",
                    "anh.tuyet@example.vn",
                ),
            ),
        ),
        CategorySection(
            DataCategory.PAYMENT_METHODS,
            "Phương thức thanh toán",
            "Payment methods",
            _cols(
                ("brand", "Loại thẻ", "Brand"),
                ("last4", "4 số cuối", "Last 4"),
                ("expiry", "Hết hạn", "Expiry"),
            ),
            tuple(("VISA", f"{4000 + i}", f"0{i + 1}/2029") for i in range(5)),
        ),
        CategorySection(
            DataCategory.INVOICES,
            "Hóa đơn",
            "Invoices",
            _cols(
                ("number", "Số hóa đơn", "Invoice"),
                ("date", "Ngày", "Date"),
                ("amount", "Số tiền", "Amount"),
                ("paid", "Đã thanh toán", "Paid"),
                ("item", "Nội dung", "Item"),
            ),
            tuple(
                (
                    f"HD-{i:07d}",
                    format_date(date(2020, 1, 1) + timedelta(days=i), "vi"),
                    format_amount(990_000 + 1_000 * (i % 500)),
                    format_bool(i % 9 > 0, "vi"),
                    "Hội thảo trên web: huấn luyện doanh nghiệp, gói " + "nâng cao " * (i % 3),
                )
                for i in range(invoices)
            ),
            retention_until=date(2036, 12, 31),
        ),
        CategorySection(
            DataCategory.PAYMENTS,
            "Thanh toán",
            "Payments",
            _cols(
                ("at", "Thời gian", "Time"),
                ("amount", "Số tiền", "Amount"),
                ("card", "Thẻ", "Card"),
                ("status", "Trạng thái", "Status"),
            ),
            tuple(
                (
                    format_datetime(START + timedelta(hours=7 * i), "vi"),
                    format_amount(990_000 + 1_000 * (i % 500)),
                    "VISA •••• 4242",
                    "Thành công",
                )
                for i in range(payments)
            ),
        ),
        CategorySection(
            DataCategory.COMMUNICATIONS,
            "Liên lạc",
            "Communications",
            _cols(
                ("at", "Thời gian", "Time"),
                ("channel", "Kênh", "Channel"),
                ("subject", "Tiêu đề", "Subject"),
                ("summary", "Tóm tắt", "Summary"),
            ),
            tuple(
                (
                    format_datetime(START + timedelta(hours=5 * i), "vi"),
                    ("email", "sms", "điện thoại")[i % 3],
                    SUBJECTS[i % 5],
                    "Chúng tôi gửi bạn thông tin về sản phẩm và dịch vụ đã đăng ký. " * (1 + i % 3),
                )
                for i in range(messages)
            ),
        ),
    )
    return DataCopyDocument(
        "DSR-2026-000999",
        datetime(2026, 3, 1, tzinfo=UTC),
        "vi",
        "Nguyễn Thị Ánh Tuyết",
        "KH-000999",
        (Regime.VN,),
        sections,
    )


def canvas_baseline(doc: DataCopyDocument) -> bytes:
    """The same record strings drawn straight onto a canvas, one line each, no layout."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font = register_fonts().regular
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    y = 800.0
    for section in doc.categories:
        for row in section.rows:
            x = 40.0
            for value in row:
                canvas.setFont(font, 7.5)
                canvas.drawString(x, y, visible_text(value)[:60])
                x += 100.0
            y -= 11.0
            if y < 50:
                canvas.showPage()
                y = 800.0
    canvas.save()
    return buffer.getvalue()


def _median_seconds(function: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_memory(function: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(("label", "rows", "rounds"), [("typical", 200, 10), ("heavy", 10_000, 3)])
def test_bench_render_data_copy(
    benchmark: BenchmarkFixture, label: str, rows: int, rounds: int
) -> None:
    doc = synthetic_doc(rows)
    render_data_copy(doc)  # warm up: font registration and imports are not measured
    pdf = benchmark.pedantic(  # type: ignore[no-untyped-call]
        render_data_copy, args=(doc,), rounds=rounds, iterations=1
    )

    render_s = _median_seconds(lambda: render_data_copy(doc))
    baseline_s = _median_seconds(lambda: canvas_baseline(doc))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    benchmark.extra_info.update(
        {
            "label": label,
            "rows": sum(len(s.rows) for s in doc.categories),
            "pages": pages,
            "pdf_bytes": len(pdf),
            "peak_memory_mb": round(_peak_memory(lambda: render_data_copy(doc)) / 2**20, 1),
            "canvas_baseline_s": round(baseline_s, 3),
            "ratio_to_canvas_baseline": round(render_s / baseline_s, 2),
        }
    )
    print(f"\n{label}: {benchmark.extra_info}")
    assert pages > 1


# --------------------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def demo_copies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, int]]:
    """40 demo customers, the heaviest with 10,000+ records, and a copy case at L3 for
    the heaviest (customer 1); a typical customer's case is added by the benchmark."""
    import keyring

    from clb4u_desk.domain.actor import SYSTEM_ACTOR
    from tests.conftest import TEST_PASSWORD, MemoryKeyring
    from tests.integration.copy_helpers import add_case, open_services, seed

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)
    url = f"sqlite:///{(tmp_path_factory.mktemp('copies') / 'desk.sqlite3').as_posix()}"
    services = open_services(url)
    seed(services, customers=40, heavy_rows=10_000)
    services.accounts.add_user(
        SYSTEM_ACTOR, login="agent", display_name="Agent", role="agent", password=TEST_PASSWORD
    )
    agent = services.accounts.sign_in("agent", TEST_PASSWORD)
    try:
        yield services, agent, add_case(services, 1, level=3)[0]
    finally:
        services.db.dispose()
        keyring.set_keyring(previous)


def _typical_customer(services: Any) -> int:
    """The demo customer with the median record count (the three heavy ones left out)."""
    counts = sorted((services.lookup.load_profile(cid).total_records, cid) for cid in range(4, 41))
    return counts[len(counts) // 2][1]


@pytest.mark.parametrize("who", ["typical", "heaviest"])
def test_bench_issue_demo_customer_copy(
    benchmark: BenchmarkFixture, demo_copies: Any, tmp_path: Path, who: str
) -> None:
    """What the agent waits for: the copy issued end to end (records read, PDF drawn,
    JSON and CSV attached inside it, AES-256 encryption, files written and recorded)."""
    from tests.integration.copy_helpers import add_case

    services, agent, heavy_case = demo_copies
    case_id = (
        heavy_case
        if who == "heaviest"
        else add_case(services, _typical_customer(services), level=3)[0]
    )
    turn = iter(range(1000))

    def issue() -> Any:
        out_dir = tmp_path / str(next(turn))
        out_dir.mkdir()
        return services.copies.issue(
            agent,
            case_id,
            out_dir=out_dir,
            formats={"pdf", "json", "csv"},
            exports_inside_pdf=True,
            channel="email",
        )

    result = benchmark.pedantic(issue, rounds=3, iterations=1, warmup_rounds=1)
    pdf_file = next(f for f in result.files if f.kind == "data_copy_pdf")
    reader = PdfReader(io.BytesIO(pdf_file.path.read_bytes()))
    assert reader.decrypt(result.passphrase)
    tracemalloc.start()
    try:
        issue()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    benchmark.extra_info.update(
        {
            "label": who,
            "records": services.copies.summary(agent, case_id).total_records,
            "pages": len(reader.pages),
            "pdf_bytes": pdf_file.size,
            "peak_python_memory_mb": round(peak / 2**20, 1),
        }
    )
