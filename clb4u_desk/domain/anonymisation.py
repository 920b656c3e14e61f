"""What erasing and anonymising leave behind, and the calendar erasure dates count in.

Pure values shared by the erasure service (which plans and decides) and the
persistence layer (which finds and changes the rows). The decisions are described in
:mod:`clb4u_desk.persistence.repositories.erasure`.
"""

from __future__ import annotations

from datetime import date, datetime

from clb4u_desk.domain.formatting import vietnam_date

# The name an anonymised customer row keeps, and its status.
ANONYMISED_NAME = "Đã ẩn danh"
ANONYMISED_STATUS = "anonymised"
# Other respondents who gave the very same poll answer: then it is a choice, not free text.
POLL_CROWD = 3
# The kind of address an invoice needs: kept while identity is retained for invoices.
BILLING = "billing"
# Registration and demographics: the account category, columns of the customer row.
DEMOGRAPHICS = ("birth_year", "gender", "occupation", "job_title", "income_band", "zip_code")


def local_date(moment: datetime) -> date:
    """The calendar day in Vietnam, where the company keeps its books."""
    return vietnam_date(moment)


def is_anonymised_status(status: str | None) -> bool:
    return status == ANONYMISED_STATUS
