"""One-time codes through a real SMTP server on loopback (aiosmtpd): the mail arrives and
its code works once; expiry, lock-out after three wrong tries, only a hash stored; and the
SMTP adapter's sign-in, fail-closed keyring and unreachable-server errors."""

from __future__ import annotations

import email
import email.policy
import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backends import fail
from sqlalchemy import select

from clb4u_desk.adapters.smtp import MailDeliveryError, OutgoingMail, SmtpMailer
from clb4u_desk.app import Services
from clb4u_desk.config import SmtpSettings
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import ConfigurationError
from clb4u_desk.domain.identity import CodeCheck, IdentityLevel, hash_code
from clb4u_desk.domain.rights import Right
from clb4u_desk.persistence.models import OneTimeCode
from clb4u_desk.services.verification.service import VerificationService
from tests.conftest import MemoryKeyring
from tests.integration.verification_helpers import (
    EMAIL,
    PSEUDONYM_KEY_HEX,
    Clock,
    add_agent,
    add_case,
    add_customer,
    code_in,
    log_entries,
)


@dataclass
class Inbox:
    """The aiosmtpd handler: keeps every message it accepts."""

    messages: list[EmailMessage] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = auth_data.login == b"desk" and auth_data.password == b"smtp-secret"
        if ok:
            self.logins.append(auth_data.login.decode())
        # handled=False: aiosmtpd then answers 535 itself; True would leave the client waiting.
        return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", PSEUDONYM_KEY_HEX)


@dataclass
class Setup:
    services: Services
    verification: VerificationService
    clock: Clock
    agent: Actor
    case_id: int


@pytest.fixture
def setup(services: Services, smtp_server: tuple[Inbox, int]) -> Setup:
    _, port = smtp_server
    clock = Clock()
    settings = replace(
        services.ctx.settings,
        smtp=SmtpSettings(host="127.0.0.1", port=port, sender="privacy@clb4u.vn"),
    )
    verification = VerificationService(replace(services.ctx, settings=settings, clock=clock))
    agent = add_agent(services)
    customer_id = add_customer(services)
    case_id = add_case(services, (Right.RESTRICTION,), customer_id=customer_id)
    return Setup(services, verification, clock, agent, case_id)


def _received_code(inbox: Inbox) -> str:
    body = inbox.messages[-1].get_body(preferencelist=("plain",))
    assert body is not None
    return code_in(body.get_content())


def test_the_code_mail_arrives_and_the_code_works_once(
    setup: Setup, smtp_server: tuple[Inbox, int]
) -> None:
    inbox, _ = smtp_server
    sent = setup.verification.send_one_time_code(setup.agent, setup.case_id, EMAIL)
    assert sent.destination == "a•••@example.vn"
    assert inbox.recipients == [[EMAIL]]
    message = inbox.messages[0]
    assert message["Subject"] == "Mã xác minh CLB4U cho yêu cầu DSR-2026-000001"
    assert message["From"] == "privacy@clb4u.vn"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert body.get_content_charset() == "utf-8"
    assert "Kính gửi quý khách" in body.get_content()
    code = _received_code(inbox)
    checked = setup.verification.check_one_time_code(setup.agent, setup.case_id, code)
    assert checked.outcome is CodeCheck.OK
    assert checked.status.level_reached is IdentityLevel.L1
    assert checked.status.case_state.value == "verified"


def test_only_a_salted_hash_is_stored(setup: Setup, smtp_server: tuple[Inbox, int]) -> None:
    inbox, _ = smtp_server
    setup.verification.send_one_time_code(setup.agent, setup.case_id, EMAIL)
    code = _received_code(inbox)
    with setup.services.db.reader() as uow:
        row = uow.session.execute(select(OneTimeCode)).scalar_one()
        stored = [str(getattr(row, column.key)) for column in OneTimeCode.__table__.columns]
        assert row.code_hash == hash_code(code, bytes.fromhex(row.salt))
        assert row.code_hash.startswith("scrypt:")
        assert row.state == "sent"
        assert row.tries == 0
        assert row.destination_hash not in (EMAIL, EMAIL.upper())
        assert (row.expires_at - row.created_at).total_seconds() == 600
    assert all(code not in value and "example.vn" not in value for value in stored)
    text = " ".join(e.details for e in log_entries(setup.services))
    assert code not in text
    assert EMAIL not in text


def test_an_expired_code_is_refused(setup: Setup, smtp_server: tuple[Inbox, int]) -> None:
    inbox, _ = smtp_server
    setup.verification.send_one_time_code(setup.agent, setup.case_id, EMAIL)
    code = _received_code(inbox)
    setup.clock.advance(minutes=9, seconds=59)
    assert setup.verification.status(setup.agent, setup.case_id).code_waiting
    setup.clock.advance(seconds=1)
    assert not setup.verification.status(setup.agent, setup.case_id).code_waiting
    checked = setup.verification.check_one_time_code(setup.agent, setup.case_id, code)
    assert checked.outcome is CodeCheck.EXPIRED
    assert checked.status.level_reached is IdentityLevel.L0
    attempt = log_entries(setup.services, "verification_attempt")[-1]
    assert '"outcome":"expired"' in attempt.details
    assert '"succeeded":false' in attempt.details
    # A fresh code works again.
    setup.verification.send_one_time_code(setup.agent, setup.case_id, EMAIL)
    fresh = _received_code(inbox)
    ok = setup.verification.check_one_time_code(setup.agent, setup.case_id, fresh)
    assert ok.outcome is CodeCheck.OK


def test_three_wrong_tries_lock_the_code(setup: Setup, smtp_server: tuple[Inbox, int]) -> None:
    inbox, _ = smtp_server
    setup.verification.send_one_time_code(setup.agent, setup.case_id, EMAIL)
    code = _received_code(inbox)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    outcomes = [
        setup.verification.check_one_time_code(setup.agent, setup.case_id, wrong) for _ in range(3)
    ]
    assert [(o.outcome, o.tries_left) for o in outcomes] == [
        (CodeCheck.WRONG, 2),
        (CodeCheck.WRONG, 1),
        (CodeCheck.LOCKED, 0),
    ]
    fourth = setup.verification.check_one_time_code(setup.agent, setup.case_id, code)
    assert fourth.outcome is CodeCheck.LOCKED
    assert fourth.status.level_reached is IdentityLevel.L0
    with setup.services.db.reader() as uow:
        row = uow.session.execute(select(OneTimeCode)).scalar_one()
        assert (row.state, row.tries) == ("locked", 3)
    details = [e.details for e in log_entries(setup.services, "verification_attempt")]
    assert len(details) == 4
    assert all(code not in d and wrong not in d for d in details)


def test_a_new_code_supersedes_the_old_one(setup: Setup, smtp_server: tuple[Inbox, int]) -> None:
    inbox, _ = smtp_server
    setup.verification.send_one_time_code(setup.agent, setup.case_id, EMAIL)
    first = _received_code(inbox)
    setup.verification.send_one_time_code(setup.agent, setup.case_id, EMAIL)
    second = _received_code(inbox)
    if first != second:
        old = setup.verification.check_one_time_code(setup.agent, setup.case_id, first)
        assert old.outcome is CodeCheck.WRONG
    assert (
        setup.verification.check_one_time_code(setup.agent, setup.case_id, second).outcome
        is CodeCheck.OK
    )


# --------------------------------------------------------------------------- the adapter


def _mail() -> OutgoingMail:
    return OutgoingMail(to=EMAIL, subject="Thử nghiệm", body="Xin chào, đây là thư thử.")


def test_signs_in_with_the_keyring_password(
    smtp_server: tuple[Inbox, int], memory_keyring: MemoryKeyring
) -> None:
    inbox, port = smtp_server
    settings = SmtpSettings(host="127.0.0.1", port=port, username="desk")
    with pytest.raises(ConfigurationError, match="needs a password"):
        SmtpMailer(settings, timeout=5).send(_mail())
    memory_keyring.set_password("clb4u-desk", "smtp:desk@127.0.0.1", "wrong")
    with pytest.raises(MailDeliveryError, match="refused the sign-in"):
        SmtpMailer(settings, timeout=5).send(_mail())
    memory_keyring.set_password("clb4u-desk", "smtp:desk@127.0.0.1", "smtp-secret")
    SmtpMailer(settings, timeout=5).send(_mail())
    assert inbox.logins == ["desk"]
    assert len(inbox.messages) == 1
    assert inbox.messages[0]["Subject"] == "Thử nghiệm"


def test_no_keyring_fails_closed(smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    keyring.set_keyring(fail.Keyring())  # the conftest fixture restores the previous one
    settings = SmtpSettings(host="127.0.0.1", port=port, username="desk")
    with pytest.raises(ConfigurationError, match="keyring"):
        SmtpMailer(settings, timeout=5).send(_mail())
    assert inbox.messages == []


def test_an_unreachable_server_is_a_clear_error_logged_without_addresses(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = SmtpSettings(host="127.0.0.1", port=_free_port())
    with (
        caplog.at_level(logging.WARNING),
        pytest.raises(MailDeliveryError, match="could not be reached"),
    ):
        SmtpMailer(settings, timeout=5).send(_mail())
    assert "ConnectionRefusedError" in caplog.text
    assert EMAIL not in caplog.text
    assert "example" not in caplog.text


def test_starttls_is_never_skipped(smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    settings = SmtpSettings(host="127.0.0.1", port=port, starttls=True)
    with pytest.raises(MailDeliveryError, match="could not be reached"):
        SmtpMailer(settings, timeout=5).send(_mail())
    assert inbox.messages == []


def test_a_failed_send_stores_no_code(services: Services) -> None:
    settings = replace(
        services.ctx.settings, smtp=SmtpSettings(host="127.0.0.1", port=_free_port())
    )
    verification = VerificationService(replace(services.ctx, settings=settings))
    agent = add_agent(services)
    case_id = add_case(services, customer_id=add_customer(services))
    with pytest.raises(MailDeliveryError):
        verification.send_one_time_code(agent, case_id, EMAIL)
    with services.db.reader() as uow:
        assert uow.session.execute(select(OneTimeCode)).first() is None
    assert log_entries(services, "one_time_code_sent") == []
