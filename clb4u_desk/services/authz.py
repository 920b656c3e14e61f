"""Role checks, done inside services so no user interface can skip them."""

from __future__ import annotations

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import PermissionDeniedError

AGENT = "agent"
SUPERVISOR = "supervisor"
ADMIN = "admin"
SYSTEM = "system"  # the installer at the command line, scheduled jobs
ROLES = (AGENT, SUPERVISOR, ADMIN)


def require_role(actor: Actor, *roles: str) -> None:
    if actor.role == SYSTEM or actor.role in roles:
        return
    raise PermissionDeniedError(
        f"Your role ({actor.role}) may not do this; it needs: {', '.join(roles)}."
    )
