"""What every service needs, built once by the composition root (app.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from clb4u_desk.config import Settings
from clb4u_desk.persistence.database import Database

# Keyed hashes of values in the decision log are HMACs of this prefix and the value's
# text, so they never equal a subject pseudonym (the HMAC of a bare customer reference).
LOG_VALUE_PREFIX = "decision-log-value:"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    settings: Settings
    # Customer reference -> keyed-hash pseudonym for the decision log (key in the keyring).
    pseudonymise: Callable[[str], str]
    clock: Callable[[], datetime] = field(default=_utc_now)

    def log_value_hash(self, value: object) -> str:
        """A keyed hash of a personal value (old/new value, contact point, reason) for the
        decision log: HMAC-SHA-256 with the pseudonym key over ``LOG_VALUE_PREFIX`` and the
        value's text (empty for None). Unlike a plain SHA-256 it cannot be reversed by
        trying every phone number or ZIP code; with the key, the same value gives the same
        hash, so a supervisor can still check what was recorded."""
        return self.pseudonymise(LOG_VALUE_PREFIX + ("" if value is None else str(value)))
