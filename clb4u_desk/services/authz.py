"""Permission checks, done inside services so no user interface can skip them."""

from __future__ import annotations

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import Permission, Role, require
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, PermissionDeniedError

AGENT = Role.AGENT.value
SUPERVISOR = Role.SUPERVISOR.value
ADMIN = Role.ADMIN.value
SYSTEM = "system"  # the installer at the command line, scheduled jobs
ROLES = (AGENT, SUPERVISOR, ADMIN)


def require_permission(actor: Actor, permission: Permission) -> None:
    """Raise PermissionDeniedError unless the actor's role has ``permission``.

    The system actor passes: it is the installer at the machine, who holds the database
    credentials anyway, and everything it does is logged under its own name.
    """
    if actor.role == SYSTEM:
        return
    require(actor.role, permission)


def require_role(actor: Actor, *roles: str) -> None:
    """Raise PermissionDeniedError unless the actor has one of ``roles`` (system passes)."""
    if actor.role == SYSTEM or actor.role in roles:
        return
    raise PermissionDeniedError(
        QT_TRANSLATE_NOOP("errors", "Your role ({role}) may not do this; it needs: {roles}."),
        role=actor.role,
        roles=", ".join(roles),
    )


def account_id_of(actor: Actor) -> int | None:
    """The actor's account for foreign keys; the system actor has none."""
    return None if actor.role == SYSTEM else actor.account_id
