"""Role names as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

AGENT = "agent"
SUPERVISOR = "supervisor"
ADMIN = "admin"


def role_title(role: str) -> str:
    titles = {
        AGENT: QCoreApplication.translate("roles", "support agent"),
        SUPERVISOR: QCoreApplication.translate("roles", "supervisor"),
        ADMIN: QCoreApplication.translate("roles", "administrator"),
    }
    return titles.get(role, role)
