"""One day, whatever the workstation's zone: a request received late in the evening UTC is
received the next morning in Vietnam, and the acknowledgement, the deadlines, the command
line and the data copy's letter all say so, on a machine set to California."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from clb4u_desk.app import Services
from clb4u_desk.cli import main
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.persistence.models import Case
from clb4u_desk.services.copies.service import CopyService
from clb4u_desk.services.intake.service import NewCase
from tests.conftest import MemoryKeyring
from tests.integration.case_helpers import Clock, machine_zone, make_desk
from tests.integration.copy_helpers import page_texts
from tests.integration.verification_helpers import add_customer

# 20:30 UTC on 3 December is 03:30 on 4 December in Hà Nội, and 12:30 on 3 December in
# Los Angeles: three zones, two days.
RECEIVED = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)
NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
VIETNAM_DAY = "04/12/2026"
VIETNAM_MOMENT = "04/12/2026 03:30"


@pytest.fixture(autouse=True)
def california() -> Iterator[None]:
    with machine_zone("America/Los_Angeles"):
        yield


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    old_stdin, sys.stdin = sys.stdin, io.StringIO("")
    try:
        code = main(list(args))
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_the_letters_the_deadlines_and_the_command_line_name_the_vietnam_day(
    services: Services,
    actors: dict[str, Actor],
    db_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    agent = actors["agent"]
    desk = make_desk(services, Clock(NOW))
    summary = desk.intake.create_case(
        agent,
        NewCase(
            channel=Channel.PHONE,
            received_at=RECEIVED,
            requester_name="Nguyễn Thị Ánh",
            rights=(Right.COPY,),
            phone="0912345678",
        ),
    )
    # The acknowledgement, in both languages.
    _, vietnamese = desk.cases.acknowledgement_text(summary.id, "vi")
    _, english = desk.cases.acknowledgement_text(summary.id, "en")
    assert f"ngày {VIETNAM_DAY}." in vietnamese
    assert "received your request on 4 December 2026." in english
    # The deadlines count from that day: ten days after 4 December, not 3 December.
    detail = desk.cases.get_case(summary.id)
    assert detail.items[0].due_on == date(2026, 12, 14)
    # The command line names the zone of the time it prints.
    shown = _cli(capsys, "--database", db_url, "case", "show", summary.reference)
    assert f"received {VIETNAM_MOMENT} Vietnam time (UTC+7) via phone" in shown
    assert "03/12" not in shown
    assert "2026-12-03" not in shown
    as_json = json.loads(
        _cli(capsys, "--database", db_url, "case", "show", summary.reference, "--json")
    )
    assert as_json["received_at"] == "2026-12-04T03:30:00+07:00"
    assert datetime.fromisoformat(as_json["received_at"]) == RECEIVED
    # The data copy's letter says when the request was received, as the others do.
    customer_id = add_customer(services)
    with services.db.uow() as uow:
        uow.session.execute(
            update(Case)
            .where(Case.id == summary.id)
            .values(customer_id=customer_id, identity_level=3, state="verified")
        )
        uow.commit()
    copies = CopyService(replace(services.ctx, clock=lambda: NOW), services.lookup)
    letter = " ".join(page_texts(copies.preview(agent, summary.id))[0].split())
    assert f"Ngày nhận yêu cầu: {VIETNAM_MOMENT}" in letter
    assert "Ngày phát hành: 04/12/2026 09:00" in letter
    assert "giờ Việt Nam (UTC+7)" in letter
