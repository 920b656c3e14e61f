"""Who is acting: the signed-in user, passed into every service call."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    account_id: int
    login: str
    display_name: str
    role: str  # agent / supervisor / admin


# The actor for work the system does by itself (migrations, scheduled purges, seeding).
SYSTEM_ACTOR = Actor(account_id=0, login="system", display_name="System", role="system")
