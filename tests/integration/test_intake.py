"""Taking requests in: every .eml of the corpus, references, due dates, related requests,
all-or-nothing imports and attachments, through the service and through the CLI.

Every test runs on SQLite and on PostgreSQL (the ``services``/``database`` fixtures).
"""

from __future__ import annotations

import hashlib
import json
import threading
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from clb4u_desk.adapters.eml import DateNote
from clb4u_desk.app import Services
from clb4u_desk.cli import main
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.deadlines import ItemDeadlineInput, compute_item_deadline
from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.domain.rights import Channel, Regime, Right
from clb4u_desk.persistence.models import Attachment, Case, DecisionLogEntry
from clb4u_desk.policies.deadlines import load_deadline_policy, load_holiday_calendar
from clb4u_desk.services.intake.service import (
    ORIGINAL_EMAIL_NAME,
    AlreadyImportedError,
    EmlImportError,
    NewCase,
)
from tests.integration.case_helpers import START, Clock, Desk, make_desk, phone_case

EML_DIR = Path(__file__).resolve().parents[1] / "data" / "eml"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (EML_DIR / "expected.json").read_text(encoding="utf-8")
)
FILES = sorted(EML_DIR.glob("*.eml"))
POLICY = load_deadline_policy()
CALENDAR = load_holiday_calendar()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(services: Services, clock: Clock) -> Desk:
    return make_desk(services, clock)


def _run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _engine_due(
    right: Right, received_at: datetime, regimes: frozenset[Regime], third_party: bool = False
) -> Any:
    return compute_item_deadline(
        ItemDeadlineInput(
            right=right, received_at=received_at, regimes=regimes, third_party=third_party
        ),
        POLICY,
        CALENDAR,
    )


def test_the_corpus_is_there() -> None:
    assert len(FILES) >= 25
    assert {path.name for path in FILES} <= set(EXPECTED)


# --------------------------------------------------------------------------- the corpus


def test_every_email_becomes_a_case_or_a_one_line_error(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    made: dict[str, Any] = {}
    for path in FILES:
        data = path.read_bytes()
        before = desk.count_cases()
        try:
            made[path.name] = desk.intake.create_case_from_eml(agent, data)
        except ValidationError as error:
            message = str(error)
            assert message, path.name
            assert "\n" not in message, path.name
            assert desk.count_cases() == before, path.name
            made[path.name] = None
    for path in FILES:
        expected = EXPECTED[path.name]
        result = made[path.name]
        suggested = (
            []
            if expected["rejected"]
            else list(desk.intake.preview_eml(path.read_bytes()).suggested_rights)
        )
        if expected["rejected"] or not suggested:
            assert result is None, f"{path.name} should not become a case"
            continue
        assert result is not None, f"{path.name} should become a case"
        assert list(result.rights) == suggested
        assert [item.right for item in result.case.items] == suggested
        assert result.email.date_note == (
            DateNote(expected["date_note"]) if expected["date_note"] else None
        )
        assert result.case.state is CaseState.RECEIVED
    # Gap-free references in the order the cases were made.
    references = [r.case.reference for r in made.values() if r is not None]
    assert references == [f"DSR-2026-{n:06d}" for n in range(1, len(references) + 1)]
    assert len(references) >= 25


def test_due_dates_come_from_the_deadline_engine(desk: Desk, actors: dict[str, Actor]) -> None:
    data = (EML_DIR / "32_en_several_rights.eml").read_bytes()
    result = desk.intake.create_case_from_eml(actors["agent"], data, eu_resident=True)
    case = result.case
    assert case.regimes == (Regime.VN, Regime.GDPR)
    assert len(case.items) == len(result.rights) == 4
    for item in case.items:
        deadline = _engine_due(item.right, case.received_at, frozenset({Regime.VN, Regime.GDPR}))
        assert (item.due_on, item.base_due_on, item.regime) == (
            deadline.due,
            deadline.base_due,
            deadline.regime,
        )
    assert case.due_on == min(item.due_on for item in case.items)
    # Stored as computed.
    detail = desk.cases.get_case(case.id)
    assert [(i.right, i.due_on, i.regime) for i in detail.items] == [
        (i.right, i.due_on, i.regime) for i in case.items
    ]


def test_strictest_regime_wins_per_right(desk: Desk, actors: dict[str, Actor]) -> None:
    new = phone_case(desk.clock, (Right.ERASURE, Right.ACCESS), eu=True, california=True)
    summary = desk.intake.create_case(
        actors["agent"], replace(new, third_party=frozenset({Right.ACCESS}))
    )
    regimes = frozenset({Regime.VN, Regime.GDPR, Regime.CCPA})
    erasure, access = summary.items
    assert erasure.due_on == _engine_due(Right.ERASURE, START, regimes).due
    assert access.due_on == _engine_due(Right.ACCESS, START, regimes, True).due
    assert access.third_party
    assert not erasure.third_party
    assert erasure.regime is Regime.VN  # 20 days beats a month and 45 days
    assert summary.acknowledge_by < summary.due_on  # type: ignore[operator]


def test_missing_date_falls_back_to_the_import_time(desk: Desk, actors: dict[str, Actor]) -> None:
    for name, note in (
        ("21_missing_date.eml", DateNote.MISSING),
        ("22_impossible_date_feb30.eml", DateNote.IMPOSSIBLE),
    ):
        result = desk.intake.create_case_from_eml(actors["agent"], (EML_DIR / name).read_bytes())
        assert result.email.date_note is note
        assert result.case.received_at == desk.clock()
        assert result.date_note_text
        assert "import" in result.date_note_text
        assert result.case.warnings
        assert "import" in result.case.warnings[0]
        entry = desk.cases.timeline(result.case.id)[0]
        assert entry.details["date_note"] == note.value


def test_the_log_holds_no_name_or_address(desk: Desk, actors: dict[str, Actor]) -> None:
    data = (EML_DIR / "01_utf8_qp_vi_erasure.eml").read_bytes()
    result = desk.intake.create_case_from_eml(actors["agent"], data)
    entry = desk.cases.timeline(result.case.id)[0]
    assert entry.action == "case_received"
    assert entry.details["channel"] == "email"
    assert entry.details["rights"] == ["erasure"]
    assert entry.details["due"] == {"erasure": result.case.items[0].due_on.isoformat()}
    assert entry.details["attachments"] == 1  # the original message
    with desk.services.db.reader() as uow:
        raw = uow.session.execute(select(DecisionLogEntry.details)).scalars().all()
    text = " ".join(raw)
    assert "anh.nguyen" not in text
    assert "Nguyễn" not in text
    assert "Ánh" not in text


# --------------------------------------------------------------------------- attachments


def _stored(desk: Desk, case_id: int) -> list[Attachment]:
    with desk.services.db.reader() as uow:
        rows = list(
            uow.session.execute(
                select(Attachment).where(Attachment.case_id == case_id).order_by(Attachment.id)
            ).scalars()
        )
        for row in rows:
            uow.session.expunge(row)  # loaded now; the reader rolls back (expires) on exit
        return rows


@pytest.mark.parametrize(
    "name",
    [
        "14_mixed_pdf_and_image.eml",
        "15_hostile_attachment_names.eml",
        "16_vietnamese_attachment_names.eml",
    ],
)
def test_attachments_are_kept_with_hash_and_safe_names(
    desk: Desk, actors: dict[str, Actor], name: str
) -> None:
    data = (EML_DIR / name).read_bytes()
    result = desk.intake.create_case_from_eml(actors["agent"], data, rights=[Right.ACCESS])
    stored = _stored(desk, result.case.id)
    original, *files = stored
    assert original.display_name == ORIGINAL_EMAIL_NAME
    assert original.sha256 == hashlib.sha256(data).hexdigest()
    assert original.size == len(data)
    expected = EXPECTED[name]["attachments"]
    assert [(a.display_name, a.content_type, a.size, a.sha256) for a in files] == [
        (e["display_name"], e["content_type"], e["size"], e["sha256"]) for e in expected
    ]
    for attachment in stored:
        assert attachment.content is not None
        assert hashlib.sha256(attachment.content).hexdigest() == attachment.sha256
        assert len(attachment.content) == attachment.size
        assert "/" not in attachment.display_name
        assert "\\" not in attachment.display_name
        assert not attachment.display_name.startswith(".")
        assert all(unicodedata.category(ch)[0] != "C" for ch in attachment.display_name)
    detail = desk.cases.get_case(result.case.id)
    assert [a.sha256 for a in detail.attachments] == [a.sha256 for a in stored]
    info, content = desk.cases.attachment_content(stored[-1].id)
    assert hashlib.sha256(content).hexdigest() == info.sha256


# --------------------------------------------------------------------------- all or nothing


def test_a_bad_file_in_a_batch_imports_nothing(desk: Desk, actors: dict[str, Actor]) -> None:
    good = (EML_DIR / "01_utf8_qp_vi_erasure.eml").read_bytes()
    bad = (EML_DIR / "92_tiny_pdf.eml").read_bytes()
    before, log_before = desk.count_cases(), desk.log_size()
    with pytest.raises(EmlImportError) as caught:
        desk.intake.create_cases_from_eml(actors["agent"], [good, good, bad, good])
    assert caught.value.index == 2
    assert (desk.count_cases(), desk.log_size()) == (before, log_before)
    with pytest.raises(ValidationError):
        desk.intake.create_case_from_eml(actors["agent"], bad)
    assert desk.count_cases() == before
    # The counter was rolled back too: the next case takes number 1.
    other = (EML_DIR / "02_utf8_base64_vi_access_copy.eml").read_bytes()
    made = desk.intake.create_cases_from_eml(actors["agent"], [good, other])
    assert [m.case.reference for m in made] == ["DSR-2026-000001", "DSR-2026-000002"]


def test_a_failed_creation_leaves_no_gap(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    first = desk.intake.create_case(agent, phone_case(desk.clock))
    for broken in (
        phone_case(desk.clock, email="not-an-address"),
        phone_case(desk.clock, ()),
        phone_case(desk.clock, email=None),
    ):
        with pytest.raises(ValidationError):
            desk.intake.create_case(agent, broken)
    second = desk.intake.create_case(agent, phone_case(desk.clock))
    assert (first.reference, second.reference) == ("DSR-2026-000001", "DSR-2026-000002")


def test_references_restart_each_local_year(desk: Desk, actors: dict[str, Actor]) -> None:
    desk.clock.now = datetime(2026, 12, 31, 16, 30, tzinfo=UTC)  # 23:30 in Hà Nội
    late = desk.intake.create_case(actors["agent"], phone_case(desk.clock))
    desk.clock.advance(hours=1)  # 00:30 on 1 January 2027 in Hà Nội
    new_year = desk.intake.create_case(actors["agent"], phone_case(desk.clock))
    assert (late.reference, new_year.reference) == ("DSR-2026-000001", "DSR-2027-000001")


def test_concurrent_intake_keeps_references_unique_and_gap_free(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(4):
                desk.intake.create_case(actors["agent"], phone_case(desk.clock))
        except BaseException as error:  # reported below; a thread must not die silently
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with desk.services.db.reader() as uow:
        references = sorted(uow.session.execute(select(Case.reference)).scalars())
    assert references == [f"DSR-2026-{n:06d}" for n in range(1, 17)]


# --------------------------------------------------------------------------- twice


def _without_message_id(data: bytes) -> bytes:
    lines = data.split(b"\n")
    return b"\n".join(line for line in lines if not line.lower().startswith(b"message-id:"))


def test_the_same_message_id_is_already_a_case(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    data = (EML_DIR / "01_utf8_qp_vi_erasure.eml").read_bytes()
    assert desk.intake.imported_as(agent, data) is None
    first = desk.intake.create_case_from_eml(agent, data)
    # Another copy of the same message (the Date re-written by a relay): same Message-ID.
    resent = data.replace(b"Date: ", b"X-Old-Date: ", 1)
    assert resent != data
    found = desk.intake.imported_as(agent, resent)
    assert found is not None
    assert (found.case_id, found.reference) == (first.case.id, first.case.reference)
    before, log_before = desk.count_cases(), desk.log_size()
    with pytest.raises(AlreadyImportedError) as caught:
        desk.intake.create_cases_from_eml(
            agent, [(EML_DIR / "02_utf8_base64_vi_access_copy.eml").read_bytes(), resent]
        )
    assert caught.value.index == 1
    assert caught.value.reference == first.case.reference
    assert str(caught.value) == f"This email is already case {first.case.reference}."
    assert (desk.count_cases(), desk.log_size()) == (before, log_before)
    # The Message-ID is not stored as it is, only its hash.
    with desk.services.db.reader() as uow:
        keys = list(uow.session.execute(select(Case.source_key)).scalars())
    assert keys == ["mid:" + hashlib.sha256(b"<c01@mail.example.vn>").hexdigest()]


def test_without_message_id_the_same_bytes_are_already_a_case(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    agent = actors["agent"]
    data = _without_message_id((EML_DIR / "01_utf8_qp_vi_erasure.eml").read_bytes())
    first = desk.intake.create_case_from_eml(agent, data)
    found = desk.intake.imported_as(agent, data)
    assert found is not None
    assert found.reference == first.case.reference
    with pytest.raises(AlreadyImportedError, match=first.case.reference):
        desk.intake.create_case_from_eml(agent, data)
    # Other bytes without a Message-ID are another email.
    changed = data.replace(b"Subject: ", b"Subject: Re: ", 1)
    assert desk.intake.imported_as(agent, changed) is None
    # The same file twice in one import: refused, nothing written.
    before = desk.count_cases()
    with pytest.raises(AlreadyImportedError) as caught:
        desk.intake.create_cases_from_eml(agent, [changed, changed])
    assert (caught.value.index, caught.value.reference) == (1, None)
    assert desk.count_cases() == before


# --------------------------------------------------------------------------- related


def test_related_requests_within_thirty_days(desk: Desk, actors: dict[str, Actor]) -> None:
    agent = actors["agent"]
    first = desk.intake.create_case(agent, phone_case(desk.clock, email="anh@example.vn"))
    assert first.related == ()
    desk.clock.advance(days=30)
    second = desk.intake.create_case(agent, phone_case(desk.clock, email="ANH@Example.VN"))
    assert second.related_references == (first.reference,)
    other = desk.intake.create_case(agent, phone_case(desk.clock, email="binh@example.vn"))
    assert other.related == ()
    desk.clock.advance(days=31)
    third = desk.intake.create_case(agent, phone_case(desk.clock, email="anh@example.vn"))
    assert third.related == ()  # 31 days after the second, 61 after the first
    assert desk.cases.get_case(first.id).possibly_related[0].reference == second.reference
    entry = desk.cases.timeline(second.id)[0]
    assert entry.details["related_cases"] == [first.reference]


def test_related_by_phone_in_any_format(desk: Desk, actors: dict[str, Actor]) -> None:
    def by_phone(phone: str) -> NewCase:
        return NewCase(
            channel=Channel.PHONE,
            received_at=desk.clock(),
            requester_name="Lê Văn Bình",
            rights=[Right.OBJECTION],
            phone=phone,
        )

    first = desk.intake.create_case(actors["agent"], by_phone("0912 345 678"))
    desk.clock.advance(days=2)
    second = desk.intake.create_case(actors["agent"], by_phone("+84 91 234 5678"))
    assert second.related_references == (first.reference,)
    assert desk.cases.get_case(second.id).requester_phone == "+84912345678"
    with pytest.raises(ValidationError, match="phone"):
        desk.intake.create_case(actors["agent"], by_phone("12"))


# --------------------------------------------------------------------------- CLI


def test_cli_imports_every_file_or_names_it(
    database: Any, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    imported = 0
    for path in FILES:
        code, out, err = _run_cli(
            capsys, "--database", db_url, "case", "import-eml", str(path), "--json"
        )
        assert "Traceback" not in out + err, path.name
        if code == 0:
            record = json.loads(out)
            assert record["reference"].startswith("DSR-")
            assert record["file"] == str(path)
            assert record["rights"] == record["rights_suggested"] != []
            assert set(record["due"]) == set(record["rights"])
            assert record["requester"]["email"] == EXPECTED[path.name]["from_address"]
            assert record["date_note"] == EXPECTED[path.name]["date_note"]
            imported += 1
        else:
            assert code == 2, path.name
            assert err.count("\n") == 1, path.name
            assert str(path) in err, path.name
            assert out == ""
    assert imported >= 25
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "list", "--all", "--json")
    assert code == 0
    assert len(json.loads(out)) == imported


def test_cli_batch_with_a_bad_file_imports_nothing(
    database: Any, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = EML_DIR / "01_utf8_qp_vi_erasure.eml"
    bad = [EML_DIR / "90_empty.eml", EML_DIR / "97_png_image.eml"]
    code, out, err = _run_cli(
        capsys,
        "--database",
        db_url,
        "case",
        "import-eml",
        str(good),
        str(bad[0]),
        str(good),
        str(bad[1]),
    )
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 2
    assert str(bad[0]) in lines[0]
    assert str(bad[1]) in lines[1]
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "list", "--all", "--json")
    assert code == 0
    assert json.loads(out) == []
    other = EML_DIR / "02_utf8_base64_vi_access_copy.eml"
    code, out, _ = _run_cli(
        capsys, "--database", db_url, "case", "import-eml", str(good), str(other)
    )
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [
        f"DSR-{datetime.now(UTC).year}-000001",
        f"DSR-{datetime.now(UTC).year}-000002",
    ]


def test_cli_import_of_an_email_already_a_case_is_one_line(
    database: Any, db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = EML_DIR / "01_utf8_qp_vi_erasure.eml"
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "import-eml", str(good))
    assert code == 0
    reference = out.split()[0]
    code, out, err = _run_cli(capsys, "--database", db_url, "case", "import-eml", str(good))
    assert code == 2
    assert out == ""
    assert err == f"clb4u-desk: {good}: already case {reference}\n"
    code, out, err = _run_cli(
        capsys, "--database", db_url, "case", "import-eml", str(good), "--json"
    )
    assert code == 2
    assert json.loads(out) == {"file": str(good), "already_case": reference}
    assert err == ""
    # Without a Message-ID, by the bytes; and the same file twice in one run.
    bare = tmp_path / "bare.eml"
    bare.write_bytes(_without_message_id(good.read_bytes()))
    code, out, err = _run_cli(
        capsys, "--database", db_url, "case", "import-eml", str(bare), str(bare)
    )
    assert (code, out) == (2, "")
    assert err == f"clb4u-desk: {bare}: The same email is given twice; import it once.\n"
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "import-eml", str(bare))
    assert code == 0
    bare_reference = out.split()[0]
    code, out, err = _run_cli(capsys, "--database", db_url, "case", "import-eml", str(bare))
    assert (code, out) == (2, "")
    assert err == f"clb4u-desk: {bare}: already case {bare_reference}\n"
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "list", "--all", "--json")
    assert len(json.loads(out)) == 2


def test_cli_new_show_and_list(
    database: Any, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run_cli(
        capsys,
        "--database",
        db_url,
        "case",
        "new",
        "--channel",
        "phone",
        "--name",
        "Đặng Văn Cường",
        "--phone",
        "0912345678",
        "--rights",
        "access,erasure",
        "--received",
        "2026-03-02T09:00+07:00",
        "--json",
    )
    assert code == 0, err
    created = json.loads(out)
    assert created["due"] == {"access": "2026-03-12", "erasure": "2026-03-23"}
    reference = created["reference"]
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "show", reference, "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["requester"]["phone"] == "+84912345678"
    assert [i["right"] for i in shown["items"]] == ["access", "erasure"]
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "show", reference)
    assert code == 0
    assert reference in out
    assert "received 02/03/2026 09:00 Vietnam time (UTC+7)" in out
    assert "due 12/03/2026" in out
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "list")
    assert code == 0
    assert reference in out
    assert "D.V.C." in out
    assert "Cường" not in out
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "list", "--overdue", "--json")
    assert code == 0
    assert [r["reference"] for r in json.loads(out)] == [reference]
    code, _, err = _run_cli(capsys, "--database", db_url, "case", "show", "DSR-2026-999999")
    assert code == 2
    assert err.count("\n") == 1
    code, _, err = _run_cli(
        capsys,
        "--database",
        db_url,
        "case",
        "new",
        "--channel",
        "phone",
        "--name",
        "X",
        "--rights",
        "access,flying",
    )
    assert code == 2
    assert "flying" in err
    assert "Traceback" not in err


def test_cli_unreadable_file_is_one_line(
    database: Any, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.eml"
    code, _, err = _run_cli(capsys, "--database", db_url, "case", "import-eml", str(missing))
    assert code == 2
    assert err.count("\n") == 1
    assert "nowhere.eml" in err


def test_received_in_the_future_is_refused(desk: Desk, actors: dict[str, Actor]) -> None:
    ahead = NewCase(
        channel=Channel.POST,
        received_at=desk.clock() + timedelta(days=3),
        requester_name="A",
        rights=[Right.ACCESS],
        address="12 Lê Lợi, Huế",
    )
    with pytest.raises(ValidationError, match="future"):
        desk.intake.create_case(actors["agent"], ahead)


# --------------------------------------------------------------------------- third party


def test_a_third_party_can_be_marked_per_right_at_intake(
    desk: Desk, actors: dict[str, Actor]
) -> None:
    data = (EML_DIR / "01_utf8_qp_vi_erasure.eml").read_bytes()
    result = desk.intake.create_case_from_eml(
        actors["agent"], data, third_party=frozenset({Right.ERASURE})
    )
    (item,) = result.case.items
    vn = frozenset({Regime.VN})
    assert item.third_party
    assert item.due_on == _engine_due(Right.ERASURE, result.case.received_at, vn, True).due
    assert item.due_on > _engine_due(Right.ERASURE, result.case.received_at, vn).due
    assert desk.cases.get_case(result.case.id).items[0].third_party
    # Only rights asked for can be marked: nothing is written otherwise.
    before = desk.count_cases()
    with pytest.raises(EmlImportError, match="access") as raised:
        desk.intake.create_case_from_eml(
            actors["agent"], data, third_party=frozenset({Right.ACCESS})
        )
    assert raised.value.index == 0
    with pytest.raises(ValidationError, match="copy"):
        desk.intake.create_case(
            actors["agent"],
            replace(phone_case(desk.clock, (Right.ACCESS,)), third_party=frozenset({Right.COPY})),
        )
    assert desk.count_cases() == before


def test_cli_new_and_import_take_third_party_rights(
    database: Any, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run_cli(
        capsys,
        "--database",
        db_url,
        "case",
        "new",
        "--channel",
        "phone",
        "--name",
        "Đặng Văn Cường",
        "--phone",
        "0912345678",
        "--rights",
        "access,erasure",
        "--third-party",
        "access",
        "--received",
        "2026-03-02T09:00+07:00",
        "--json",
    )
    assert code == 0, err
    created = json.loads(out)
    assert created["due"] == {"access": "2026-03-17", "erasure": "2026-03-23"}  # 15, not 10
    assert created["third_party"] == ["access"]
    code, out, _ = _run_cli(
        capsys, "--database", db_url, "case", "show", created["reference"], "--json"
    )
    assert code == 0
    assert [(i["right"], i["third_party"]) for i in json.loads(out)["items"]] == [
        ("access", True),
        ("erasure", False),
    ]
    # A right not asked for, or no right at all: one line, exit 2, nothing made.
    for flag in ("erasure", "flying"):
        code, out, err = _run_cli(
            capsys,
            "--database",
            db_url,
            "case",
            "new",
            "--channel",
            "phone",
            "--name",
            "X",
            "--phone",
            "0912345678",
            "--rights",
            "access",
            "--third-party",
            flag,
        )
        assert code == 2, flag
        assert out == "", flag
        assert err.count("\n") == 1, flag
        assert flag in err
        assert "Traceback" not in err

    eml = EML_DIR / "01_utf8_qp_vi_erasure.eml"
    code, out, err = _run_cli(
        capsys, "--database", db_url, "case", "import-eml", str(eml), "--third-party", "access"
    )  # the email asks for erasure
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert str(eml) in err
    assert "access" in err
    code, out, _ = _run_cli(capsys, "--database", db_url, "case", "list", "--all", "--json")
    assert [r["reference"] for r in json.loads(out)] == [created["reference"]]
    code, out, err = _run_cli(
        capsys,
        "--database",
        db_url,
        "case",
        "import-eml",
        str(eml),
        "--third-party",
        "erasure",
        "--json",
    )
    assert code == 0, err
    record = json.loads(out)
    received = datetime.fromisoformat(record["received_at"])
    due = _engine_due(Right.ERASURE, received, frozenset({Regime.VN}), True).due
    assert record["due"] == {"erasure": due.isoformat()}
    assert record["third_party"] == ["erasure"]


def _email(from_name: str, body: str) -> bytes:
    return (
        f"From: {from_name} <lan.nguyen@example.vn>\r\n"
        "To: privacy@clb4u.vn\r\n"
        "Subject: =?utf-8?b?WcOqdSBj4bqndSB4w7NhIGThu68gbGnhu4d1?=\r\n"
        "Date: Tue, 01 Dec 2026 09:00:00 +0700\r\n"
        "Message-ID: <long-name-and-card@example.vn>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"{body}\r\n"
    ).encode()


def test_an_email_note_keeps_no_card_number(desk: Desk, actors: dict[str, Actor]) -> None:
    data = _email("Lan", "Xin xoá dữ liệu của tôi. Thẻ cũ: 4111 1111 1111 1111, đã huỷ.")
    result = desk.intake.create_case_from_eml(actors["agent"], data)
    with desk.services.db.reader() as uow:
        notes = uow.session.get(Case, result.case.id).notes  # type: ignore[union-attr]
    assert notes is not None
    assert "Xin xoá dữ liệu của tôi." in notes
    assert "4111" not in notes
    assert "[card number removed]" in notes


def test_a_shortened_sender_name_is_said(desk: Desk, actors: dict[str, Actor]) -> None:
    name = "Nguyễn " + "Thị " * 70 + "Lan"  # 290 characters, a mail client's garbage
    result = desk.intake.create_case_from_eml(actors["agent"], _email(name, "Xin xoá dữ liệu."))
    with desk.services.db.reader() as uow:
        stored = uow.session.get(Case, result.case.id).requester_name  # type: ignore[union-attr]
    assert len(stored) == 200
    assert any("290 characters" in warning for warning in result.case.warnings)
    short = desk.intake.create_case_from_eml(
        actors["agent"], _email("Lan", "Xin xoá dữ liệu.").replace(b"card@", b"card2@")
    )
    assert not any("characters long" in warning for warning in short.case.warnings)
