"""Fixed texts of the data copy that depend on the data: the source lines and the
retention lines. Both languages side by side, so a missing translation shows up in
review as an empty half of a pair.

The words for stored codes, categories and column titles are the one table of
:mod:`clb4u_desk.domain.labels`, shared with the GUI; the letter, the rights and the
complaint routes are the reporting layer's own texts
(:mod:`clb4u_desk.reporting.data_copy_texts`).
"""

from __future__ import annotations

from typing import Final

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.labels import Pair

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
