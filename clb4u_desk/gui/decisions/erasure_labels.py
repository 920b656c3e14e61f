"""Translated names of data categories and erasure actions, for the erasure screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.gui.decisions.labels import CATEGORY_NAMES


def category_label(category: str) -> str:
    try:
        return CATEGORY_NAMES[DataCategory(category)]()
    except ValueError:
        return category


def action_label(action: str) -> str:
    # Literal texts, so that lupdate finds them.
    labels = {
        "erase": QCoreApplication.translate("Erasure", "Erase"),
        "anonymise": QCoreApplication.translate("Erasure", "Anonymise"),
        "retain": QCoreApplication.translate("Erasure", "Retain"),
        "blocked_by_hold": QCoreApplication.translate("Erasure", "Blocked by legal hold"),
    }
    return labels.get(action, action)
