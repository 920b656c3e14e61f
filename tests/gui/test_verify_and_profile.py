"""From a new request to the customer's records, through the real services on a seeded
demo database: intake -> link (identifiers ticked) -> verification to L2 (a one-time code
through a real SMTP server on loopback, an ID document, a question on file) -> profile
with the service's counts. Refusals show no data. And the GUI thread never stalls more
than 50 ms while the heaviest demo customer's 11,000+ records load and are shown."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import DatabaseSettings, Settings, SmtpSettings
from clb4u_desk.demo.seed import seed_customers
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import IdentityNotVerifiedError
from clb4u_desk.domain.identity import IdDocumentType, IdentityLevel, KnowledgeFact
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.gui.customers.link_dialog import LinkCustomerDialog
from clb4u_desk.gui.customers.profile_model import PreparedProfile
from clb4u_desk.gui.customers.profile_view import ProfileWindow
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.gui.verification.wizard import VerificationWizard
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.services.intake.service import NewCase
from clb4u_desk.services.lookup.service import show_date
from clb4u_desk.services.verification.service import VerificationService
from tests.conftest import MemoryKeyring
from tests.gui.helpers import QT_STRICT
from tests.integration.test_one_time_codes_smtp import Inbox, _free_port
from tests.integration.verification_helpers import add_agent, code_in

pytestmark = QT_STRICT

HEAVY_ID = 1  # with fewer than 1,000 customers, customer 1 is the heavy one
STALL_BUDGET_S = 0.050


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small demo workspace (20 customers, one of them with 10,000+ records), seeded
    once for the module; each test adds its own cases and agent."""
    url = f"sqlite:///{(tmp_path_factory.mktemp('demo') / 'desk.sqlite3').as_posix()}"
    db = Database(create_app_engine(url))
    migrate.upgrade(db.engine)
    settings = replace(Settings(), database=DatabaseSettings(url=url, password="none"))
    seed_customers(build_services(settings, db).ctx, SYSTEM_ACTOR, customers=20)
    db.dispose()
    return url


@pytest.fixture
def db_url(demo_url: str) -> str:
    return demo_url


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "ef" * 32)


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=inbox.authenticate,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@dataclass(frozen=True)
class Requester:
    customer_id: int
    reference: str
    name: str
    email: str
    zip_code: str  # what the real person knows, to answer the ZIP question


def _requester(services: Services, customer_id: int) -> Requester:
    """What the real person would write in their request: their name and email."""
    profile = services.lookup.load_profile(customer_id)
    identity = profile.section(DataCategory.IDENTITY)
    email = next(row.values[1] for row in identity.rows if row.values[0] == "email")
    account = profile.section(DataCategory.ACCOUNT)
    zip_code = account.rows[0].values[account.columns.index("zip_code")]
    return Requester(customer_id, profile.reference, profile.display_name, email, zip_code)


def _plain_requester(services: Services) -> Requester:
    """An ordinary demo customer (not the heavy one) with a ZIP code on file."""
    for customer_id in range(HEAVY_ID + 1, 21):
        requester = _requester(services, customer_id)
        if requester.zip_code:
            return requester
    raise AssertionError("no demo customer with a ZIP code")


def _new_case(services: Services, agent: Actor, requester: Requester) -> int:
    summary = services.intake.create_case(
        agent,
        NewCase(
            channel=Channel.EMAIL,
            received_at=datetime.now(UTC),
            requester_name=requester.name,
            rights=(Right.ACCESS,),
            email=requester.email,
        ),
    )
    return summary.id


def _agent(services: Services, name: str) -> Actor:
    return add_agent(services, login=f"{name}-{time.monotonic_ns()}")


def _open(qtbot: QtBot, widget: object, runner: TaskRunner) -> None:
    qtbot.addWidget(widget)  # type: ignore[arg-type]
    widget.show()  # type: ignore[attr-defined]
    assert runner.wait_for_idle(15)


def test_from_a_new_request_to_the_verified_customers_profile(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    translations: Translations,
    smtp_server: tuple[Inbox, int],
    qtmodeltester: ModelTester,
) -> None:
    inbox, port = smtp_server
    smtp = replace(
        services.ctx.settings,
        smtp=SmtpSettings(host="127.0.0.1", port=port, sender="privacy@clb4u.vn"),
    )
    services = replace(
        services, verification=VerificationService(replace(services.ctx, settings=smtp))
    )
    agent = _agent(services, "agent")
    requester = _plain_requester(services)
    case_id = _new_case(services, agent, requester)
    status = services.verification.status(agent, case_id)
    assert not status.linked
    assert status.level_reached is IdentityLevel.L0

    # 1. Link: the search starts from the request's email and finds the customer.
    link = LinkCustomerDialog(services, agent, runner, case_id)
    _open(qtbot, link, runner)
    assert link.windowTitle() == "Liên kết hồ sơ yêu cầu với khách hàng"
    assert link.search.query_edit.text() == requester.email
    hits = link.search.model.hits
    assert [hit.customer_id for hit in hits] == [requester.customer_id]
    assert hits[0].reasons[0] == "email"
    assert link.link_button.isEnabled()
    with qtbot.waitSignal(link.linked, timeout=15_000):
        link.link_button.click()
    assert runner.wait_for_idle(15)
    assert services.cases.get_case(case_id).customer_id == requester.customer_id
    # Every identifier of the request (name and email), matched, and masked.
    assert link.matches.rowCount() == 2
    assert [matched for _masked, matched in link.matches.marks()] == [True, True]
    shown = [link.matches.item(row, 1).text() for row in range(2)]
    assert requester.email not in shown
    assert requester.name not in shown
    assert requester.reference in link.result_label.text()

    # 2. Verify to L2: a code by email, an ID document, the ZIP code on file.
    wizard = VerificationWizard(services, agent, runner, case_id)
    _open(qtbot, wizard, runner)
    assert wizard.snapshot is not None
    assert wizard.snapshot.status.linked
    assert wizard.snapshot.status.level_needed is IdentityLevel.L2
    wizard.send_code_button.click()
    assert runner.wait_for_idle(15)
    assert inbox.recipients[-1] == [requester.email]
    body = inbox.messages[-1].get_body(preferencelist=("plain",))
    assert body is not None
    wizard.code_edit.setText(code_in(body.get_content()))
    wizard.check_code_button.click()
    assert runner.wait_for_idle(15)
    assert wizard.snapshot.status.level_reached is IdentityLevel.L1
    wizard.document_combo.setCurrentIndex(wizard.document_combo.findData(IdDocumentType.CCCD))
    wizard.document_last4.setText("4821")
    wizard.document_button.click()
    assert runner.wait_for_idle(15)
    wizard.question_combo.setCurrentIndex(wizard.question_combo.findData(KnowledgeFact.ZIP.value))
    wizard.answer_edit.setText(requester.zip_code)
    with qtbot.waitSignal(wizard.verified, timeout=15_000):
        wizard.answer_button.click()
        assert runner.wait_for_idle(15)
    assert wizard.snapshot.status.level_reached is IdentityLevel.L2
    wizard.close()

    # 3. The profile: every category, with the service's own counts.
    expected = services.lookup.load_profile_for_case(agent, case_id)
    window = ProfileWindow(services, agent, runner, case_id)
    with qtbot.waitSignal(window.loaded, timeout=15_000):
        window.show()
    qtbot.addWidget(window)
    view = window.view
    assert isinstance(view.prepared, PreparedProfile)
    assert window.windowTitle() == f"Dữ liệu khách hàng {requester.reference} (chỉ xem)"
    assert view.categories.rowCount() == len(DataCategory) == len(expected.sections)
    for row, section in enumerate(expected.sections):
        assert view.categories.item(row, 1).text() == f"{section.count:,}".replace(",", ".")
    assert f"{expected.total_records}" in view.header.text().replace(".", "")
    # The first category is shown; each category shows all its records.
    assert view.current_category() is DataCategory.IDENTITY
    qtmodeltester.check(view.model)  # type: ignore[no-untyped-call]
    for section in expected.sections:
        view.select_category(section.category)
        assert view.model.rowCount() == section.count, section.category
        if section.rows:
            first = view.model.index(0, 0).data()
            assert first  # shown as the service formatted it (codes in words)
    view.select_category(DataCategory.IDENTITY)
    names = [view.model.index(r, 1).data() for r in range(view.model.rowCount())]
    assert requester.email in names
    assert requester.name in names


def test_the_profile_is_refused_before_the_link_and_before_verification(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    agent = _agent(services, "refused")
    requester = _plain_requester(services)
    case_id = _new_case(services, agent, requester)
    window = ProfileWindow(services, agent, runner, case_id)
    with qtbot.waitSignal(window.loaded, timeout=15_000) as loaded:
        window.show()
    qtbot.addWidget(window)
    assert isinstance(loaded.args[0], IdentityNotVerifiedError)
    assert "chưa được liên kết" in window.view.message_label.text()
    assert window.view.stack.currentWidget() is window.view.message_label
    assert window.view.prepared is None
    assert window.view.categories.rowCount() == 0
    assert window.view.model.rowCount() == 0

    version = services.cases.get_case(case_id).version
    services.verification.link_customer(agent, case_id, requester.customer_id, version)  # L0
    unverified = ProfileWindow(services, agent, runner, case_id)
    with qtbot.waitSignal(unverified.loaded, timeout=15_000) as loaded:
        unverified.show()
    qtbot.addWidget(unverified)
    assert isinstance(loaded.args[0], IdentityNotVerifiedError)
    assert "chưa được xác minh" in unverified.view.message_label.text()
    assert unverified.view.prepared is None
    assert unverified.view.model.rowCount() == 0


def _cpu_wait_s() -> float:
    """How long this thread has waited for a CPU while it could have run: the time other
    processes held the machine (Linux's schedstat; 0 where there is none)."""
    try:
        path = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        return int(path.read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class GapRecorder:
    """A 5 ms timer on the GUI thread: the longest time between two of its ticks is the
    longest the GUI thread was busy with something else. The time it only waited for a
    CPU (other programs on a busy machine) is taken off: that is the machine's speed,
    not the app's."""

    def __init__(self, qtbot: QtBot) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._last_wait = _cpu_wait_s()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now, wait = time.perf_counter(), _cpu_wait_s()
        self.gaps.append((now - self._last) - (wait - self._last_wait))
        self._last, self._last_wait = now, wait

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return max(self.gaps)


def test_the_heaviest_customer_never_stalls_the_gui_thread(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    translations: Translations,
    signed_in_heap: None,
) -> None:
    agent = _agent(services, "heavy")
    requester = _requester(services, HEAVY_ID)
    case_id = _new_case(services, agent, requester)
    version = services.cases.get_case(case_id).version
    services.verification.link_customer(agent, case_id, HEAVY_ID, version)
    services.verification.record_registered_email_origin(agent, case_id)  # L1
    expected = services.lookup.load_profile_for_case(agent, case_id)
    assert expected.total_records >= 10_000
    biggest = max(expected.sections, key=lambda s: s.count)

    recorder = GapRecorder(qtbot)  # measuring from before the window exists
    window = ProfileWindow(services, agent, runner, case_id)
    qtbot.addWidget(window)
    window.resize(1200, 720)
    with qtbot.waitSignal(window.view.section_shown, timeout=30_000):
        window.show()
    qtbot.wait(50)  # the first table painted
    first_shown = recorder.stop()
    assert window.view.model.rowCount() == expected.sections[0].count
    # Restriction, legal hold and retention of each category, as the service says.
    assert any(s.restricted for s in expected.sections)
    for row, section in enumerate(expected.sections):
        status = window.view.categories.item(row, 2).text()
        assert ("⚠ bị hạn chế" in status) == section.restricted, section.category
        assert ("⚖ lưu giữ pháp lý" in status) == section.legal_hold, section.category
        assert (section.retention_until is None) == ("lưu trữ đến" not in status)
        if section.retention_until is not None:
            assert show_date(section.retention_until) in status

    # Then the biggest category (5,000+ communications) and its channel groups.
    recorder = GapRecorder(qtbot)
    with qtbot.waitSignal(window.view.section_shown, timeout=10_000):
        window.view.select_category(biggest.category)
    qtbot.wait(50)
    assert window.view.model.rowCount() == biggest.count
    combo = window.view.group_combo
    assert combo.isVisible() == bool(biggest.breakdown)
    for index in range(1, combo.count()):
        combo.setCurrentIndex(index)
        qtbot.wait(20)
        assert window.view.model.rowCount() == biggest.breakdown[index - 1][1]
    window.view.table.scrollToBottom()
    qtbot.wait(50)
    browsing = recorder.stop()
    print(
        f"largest gap: {first_shown * 1000:.1f} ms to the first table, "
        f"{browsing * 1000:.1f} ms browsing the biggest category"
    )
    assert first_shown <= STALL_BUDGET_S, f"GUI thread stalled {first_shown * 1000:.0f} ms"
    assert browsing <= STALL_BUDGET_S, f"GUI thread stalled {browsing * 1000:.0f} ms"
