"""Sending plain-text mail (Vietnamese or English) through the configured SMTP server,
or, in the demo workspace, into a demo outbox folder.

Used for one-time codes and other short notices. Decisions:

- The demo workspace never uses SMTP: its invented customers' mail (one-time codes
  included) is written as .eml files to a "demo-outbox" folder beside the demo
  database, where the app shows the latest (:class:`DemoOutbox`). A real configuration
  sends through SMTP only.

- The password is read from the OS keyring under ``smtp:<username>@<host>``, and only
  when a username is configured (a relay on the local network often needs none). When
  one is needed and no keyring works, or none is stored, sending stops with a
  ConfigurationError: there is no fallback to a password in a file.
- STARTTLS, when configured, uses the system's certificate store and verifies the
  server's name; a server that does not offer it is an error, never a silent downgrade
  to plain text.
- Every network step has a timeout, so a dead server cannot hang the agent's screen.
- A failure becomes a MailDeliveryError (a DomainError: the agent can retry or call
  IT). It is logged with the server's host and port and the kind of failure only:
  smtplib's messages may quote recipient addresses, which are personal data.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parsedate_to_datetime
from pathlib import Path
from typing import Protocol

from clb4u_desk.adapters.secrets import get_secret
from clb4u_desk.config import Settings, SmtpSettings, user_data_dir
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConfigurationError,
    DomainError,
    ValidationError,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 20.0
# Headers cannot carry line breaks (header injection); bodies are short notices.
_MAX_SUBJECT_LENGTH = 200
_MAX_BODY_LENGTH = 20_000


class MailDeliveryError(DomainError):
    """The mail could not be handed to the mail server."""


@dataclass(frozen=True, slots=True, repr=False)
class OutgoingMail:
    """One plain-text message to one recipient."""

    to: str
    subject: str
    body: str

    def __post_init__(self) -> None:
        if not self.to or "@" not in self.to or any(ch in self.to for ch in "\r\n,;<> "):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The recipient must be one plain email address.")
            )
        if "\r" in self.subject or "\n" in self.subject:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A mail subject is one line."))
        if len(self.subject) > _MAX_SUBJECT_LENGTH or len(self.body) > _MAX_BODY_LENGTH:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "The mail is too long to send."))

    def __repr__(self) -> str:  # the address and the body (a code) stay out of logs
        return f"OutgoingMail(subject_length={len(self.subject)}, body_length={len(self.body)})"


class MailSender(Protocol):
    """What services need to send mail; tests and the GUI demo may pass their own."""

    def send(self, mail: OutgoingMail) -> None: ...


def smtp_secret_name(username: str, host: str) -> str:
    """The keyring entry holding the SMTP password for ``username`` at ``host``."""
    return f"smtp:{username}@{host}"


def build_message(sender: str, mail: OutgoingMail) -> EmailMessage:
    """A MIME message in UTF-8, so Vietnamese text arrives intact."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(mail.body, subtype="plain", charset="utf-8")
    return message


class SmtpMailer:
    """Sends through ``settings.host:settings.port`` with smtplib, one connection per mail."""

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        password_lookup: Callable[[str], str | None] = get_secret,
    ) -> None:
        self._settings = settings
        self._timeout = timeout
        self._password_lookup = password_lookup

    def send(self, mail: OutgoingMail) -> None:
        # The password first: a missing one is a set-up problem, not a network one.
        password = self._password()
        message = build_message(self._settings.sender, mail)
        try:
            self._deliver(message, password)
        except smtplib.SMTPAuthenticationError as error:
            self._log_failure(error)
            raise MailDeliveryError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The mail server refused the sign-in. Ask IT to "
                    "check the SMTP user name and the password stored in the "
                    "keyring.",
                )
            ) from None
        except smtplib.SMTPRecipientsRefused as error:
            self._log_failure(error)
            raise MailDeliveryError(
                QT_TRANSLATE_NOOP(
                    "errors", "The mail server refused the recipient address; nothing was sent."
                )
            ) from None
        except (smtplib.SMTPException, OSError) as error:  # OSError: refused, timeout, TLS
            self._log_failure(error)
            raise MailDeliveryError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The mail server ({host}:{port}) could not be "
                    "reached or did not accept the mail; nothing was sent. Try "
                    "again later or ask IT to check the mail settings.",
                ),
                host=self._settings.host,
                port=self._settings.port,
            ) from None

    def _password(self) -> str | None:
        username = self._settings.username
        if not username:
            return None
        password = self._password_lookup(smtp_secret_name(username, self._settings.host))
        if not password:
            raise ConfigurationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The mail server needs a password and none is "
                    "stored in the keyring. Store it with: clb4u-desk secret set "
                    "smtp",
                )
            )
        return password

    def _deliver(self, message: EmailMessage, password: str | None) -> None:
        settings = self._settings
        with smtplib.SMTP(settings.host, settings.port, timeout=self._timeout) as client:
            client.ehlo()
            if settings.starttls:
                # starttls() raises SMTPNotSupportedError when the server does not offer it.
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if password is not None:
                client.login(settings.username, password)
            client.send_message(message)

    def _log_failure(self, error: BaseException) -> None:
        code = getattr(error, "smtp_code", None)
        log.warning(
            "Mail not sent via %s:%s: %s%s",
            self._settings.host,
            self._settings.port,
            type(error).__name__,
            f" (SMTP {code})" if code else "",
        )


# --------------------------------------------------------------------------- demo outbox

DEMO_OUTBOX_FOLDER = "demo-outbox"
_SQLITE_FILE_PREFIX = "sqlite:///"


@dataclass(frozen=True, slots=True, repr=False)
class OutboxMail:
    """One message of the demo outbox, as the app shows it."""

    name: str  # the file's name in the outbox folder
    to: str
    subject: str
    body: str
    sent_at: datetime  # aware, UTC

    def __repr__(self) -> str:  # the body can hold a code
        return f"OutboxMail(name={self.name!r})"


def demo_outbox_folder(settings: Settings) -> Path:
    """Beside the demo database file (the user data folder for the real demo)."""
    url = settings.database.url
    if url.startswith(_SQLITE_FILE_PREFIX) and url != _SQLITE_FILE_PREFIX:
        return Path(url.removeprefix(_SQLITE_FILE_PREFIX)).parent / DEMO_OUTBOX_FOLDER
    return user_data_dir() / DEMO_OUTBOX_FOLDER


class DemoOutbox:
    """A MailSender that writes each mail as an .eml file to a folder, and reads them back."""

    def __init__(self, folder: Path, *, sender: str = "demo@clb4u.invalid") -> None:
        self.folder = folder
        self._sender = sender

    def send(self, mail: OutgoingMail) -> None:
        message = build_message(self._sender, mail)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.folder / f"{stamp}-{os.getpid()}.eml"
        part = target.with_suffix(".part")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            part.write_bytes(message.as_bytes(policy=policy.SMTP))
            part.replace(target)  # a reader never sees half a message
        except OSError as error:
            log.warning("Demo outbox not writable: %s", type(error).__name__)
            part.unlink(missing_ok=True)
            raise MailDeliveryError(
                QT_TRANSLATE_NOOP(
                    "errors", "The demo outbox folder {folder} cannot be written; nothing was sent."
                ),
                folder=self.folder,
            ) from None

    def latest(self, limit: int = 20) -> list[OutboxMail]:
        """The newest messages first (file names sort by the time they were written)."""
        if not self.folder.is_dir():
            return []
        names = sorted((p for p in self.folder.glob("*.eml") if p.is_file()), reverse=True)
        return [mail for path in names[:limit] if (mail := _read_outbox(path)) is not None]


def _read_outbox(path: Path) -> OutboxMail | None:
    try:
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
    except OSError:
        return None
    part = message.get_body(("plain",)) if isinstance(message, EmailMessage) else None
    body = part.get_content() if part is not None else ""
    try:
        sent_at = parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError):
        sent_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return OutboxMail(
        path.name, str(message["To"] or ""), str(message["Subject"] or ""), body, sent_at
    )
