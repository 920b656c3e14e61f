"""What every service needs, built once by the composition root (app.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from clb4u_desk.config import Settings
from clb4u_desk.persistence.database import Database


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    settings: Settings
    # Customer reference -> keyed-hash pseudonym for the decision log (key in the keyring).
    pseudonymise: Callable[[str], str]
    clock: Callable[[], datetime] = field(default=_utc_now)
