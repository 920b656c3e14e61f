"""The composition root: settings -> database -> services. Nothing is built at import time."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from clb4u_desk.adapters import secrets as keyring_secrets
from clb4u_desk.audit.chain import subject_pseudonym
from clb4u_desk.config import Settings
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ConfigurationError, ValidationError
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.services.accounts.service import AccountService
from clb4u_desk.services.approvals.service import ApprovalKind, ApprovalService
from clb4u_desk.services.cases.page import CasePageService
from clb4u_desk.services.cases.queue import QueueService
from clb4u_desk.services.cases.service import CaseService
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.copies.service import CopyService
from clb4u_desk.services.decision_log.checkpoints import CheckpointService
from clb4u_desk.services.decision_log.evidence import EvidenceService
from clb4u_desk.services.decisions.service import DecisionService
from clb4u_desk.services.erasure.service import ErasureService
from clb4u_desk.services.intake.service import IntakeService
from clb4u_desk.services.lookup.service import LookupService
from clb4u_desk.services.search.service import SearchService
from clb4u_desk.services.verification.service import VerificationService

PSEUDONYM_KEY_SECRET = "pseudonym-key"
# The demo workspace holds invented people only, so its pseudonym key may be public.
DEMO_PSEUDONYM_KEY = b"clb4u-desk demo workspace: not a secret"


def open_database(settings: Settings) -> Database:
    """Connect to the configured database; a PostgreSQL password comes from the keyring."""
    try:
        url = make_url(settings.database.url)
    except ArgumentError:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database URL cannot be read; it looks like "
                "postgresql://USER@HOST:5432/NAME or "
                "sqlite:///PATH/desk.sqlite3.",
            )
        ) from None
    backend = url.get_backend_name()
    if url.password:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database URL contains a password. Remove it from "
                "the configuration and store it in the OS keyring with: "
                "clb4u-desk secret set database",
            )
        )
    password: str | None = None
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            try:
                Path(url.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise ConfigurationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The folder of the database file cannot be "
                        "created ({strerror}); choose a folder this user may "
                        "write to.",
                    ),
                    strerror=error.strerror,
                ) from None
    elif backend == "postgresql":
        if settings.database.password == "keyring":
            password = keyring_secrets.get_secret(
                keyring_secrets.database_secret_name(
                    url.username or "",
                    url.host or "localhost",
                    url.port or 5432,
                    url.database or "",
                )
            )
    else:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors", "The database '{backend}' is not supported; use SQLite or PostgreSQL."
            ),
            backend=backend,
        )
    return Database(create_app_engine(url, password=password))


def open_log_source(settings: Settings, url_text: str) -> Database:
    """Another CLB4U database to read a decision log from (e.g. the one kept from before a
    restore), opened like the configured one (a password only from the keyring) but never
    created: a mistyped path must not leave an empty database behind."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    try:
        url = make_url(url_text)
    except ArgumentError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The log to replay from is not a database URL (for "
                "example sqlite:///D:/backup/desk.sqlite3 or "
                "postgresql://desk@db.clb4u.lan/clb4u_old).",
            )
        ) from None
    if url.get_backend_name() == "sqlite" and not (
        url.database and url.database != ":memory:" and Path(url.database).is_file()
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no database file at the path given for the log to replay from."
            )
        )
    db = open_database(replace(settings, database=replace(settings.database, url=url_text)))
    try:
        with db.engine.connect() as connection:
            has_log = inspect(connection).has_table("decision_log")
    except SQLAlchemyError:
        db.dispose()
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database to replay the log from cannot be opened "
                "(check the URL and that the server is reachable).",
            )
        ) from None
    if not has_log:
        db.dispose()
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The database given to replay from holds no CLB4U decision log."
            )
        )
    return db


def _pseudonymiser(settings: Settings, db: Database) -> _Pseudonymiser:
    return _Pseudonymiser(settings.demo, db.dialect)


class _Pseudonymiser:
    """Looks the key up on first use, so the app starts without touching the keyring."""

    def __init__(self, demo: bool, dialect: str) -> None:
        self._demo = demo
        self._dialect = dialect

    @cache  # noqa: B019 - one instance per app; the key is fixed for its lifetime
    def _key(self) -> bytes:
        if self._demo:
            return DEMO_PSEUDONYM_KEY
        stored = keyring_secrets.get_secret(PSEUDONYM_KEY_SECRET)
        if stored:
            return bytes.fromhex(stored)
        if self._dialect != "sqlite":
            # Every workstation of a team must use the same key, so none may invent one.
            raise ConfigurationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This workstation has no pseudonym key in its "
                    "keyring. Ask your administrator for the team's key and store "
                    "it with: clb4u-desk secret set pseudonym-key",
                )
            )
        key = secrets.token_bytes(32)
        keyring_secrets.set_secret(PSEUDONYM_KEY_SECRET, key.hex())
        return key

    def __call__(self, customer_reference: str) -> str:
        return subject_pseudonym(self._key(), customer_reference)


@dataclass(frozen=True)
class Services:
    ctx: ServiceContext
    accounts: AccountService
    approvals: ApprovalService
    search: SearchService
    lookup: LookupService
    intake: IntakeService
    cases: CaseService
    queue: QueueService
    checkpoints: CheckpointService
    erasure: ErasureService
    evidence: EvidenceService
    decisions: DecisionService
    verification: VerificationService
    copies: CopyService

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def case_page(self) -> CasePageService:
        return CasePageService(self.ctx, self.cases)


def build_services(
    settings: Settings, db: Database, clock: Callable[[], datetime] | None = None
) -> Services:
    """The services on ``db``; ``clock`` (default: the system's UTC time) is for tests and
    for building a demo workspace as of a fixed moment."""
    ctx = ServiceContext(db=db, settings=settings, pseudonymise=_pseudonymiser(settings, db))
    if clock is not None:
        ctx = replace(ctx, clock=clock)
    # Features that need four eyes register their ApprovalHandler on this one service.
    approvals = ApprovalService(ctx)
    erasure = ErasureService(ctx, approvals)
    approvals.register(ApprovalKind.ERASURE, erasure)
    checkpoints = CheckpointService(ctx)
    decisions = DecisionService(ctx, approvals)
    for kind, handler in decisions.approval_handlers().items():  # refusal, extension
        approvals.register(kind, handler)
    lookup = LookupService(ctx)
    return Services(
        ctx=ctx,
        accounts=AccountService(ctx),
        approvals=approvals,
        erasure=erasure,
        search=SearchService(ctx),
        lookup=lookup,
        intake=IntakeService(ctx),
        cases=CaseService(ctx),
        queue=QueueService(ctx),
        checkpoints=checkpoints,
        evidence=EvidenceService(ctx, checkpoints),
        decisions=decisions,
        verification=VerificationService(ctx),
        copies=CopyService(ctx, lookup),
    )


def open_app(settings: Settings, *, upgrade: bool = False) -> Services:
    """Open the database (migrating it when asked) and build the services on it."""
    from sqlalchemy.exc import OperationalError

    db = open_database(settings)
    try:
        if upgrade:
            migrate.upgrade(db.engine)
        elif not migrate.is_up_to_date(db.engine):
            raise ConfigurationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The database schema is not up to date. Run: clb4u-desk db upgrade"
                )
            )
    except OperationalError:
        # An unreachable server, a missing database, a refused login, a file that cannot
        # be opened: the installer's to fix, not a bug. The driver's own text is left out:
        # it can quote the URL.
        db.dispose()
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot connect to the database {display_name}: check "
                "that the server is running and reachable, that the database "
                "exists and that this workstation may sign in (clb4u-desk secret "
                "set database stores the password).",
            ),
            display_name=db.display_name,
        ) from None
    except ConfigurationError:
        db.dispose()
        raise
    return build_services(settings, db)
