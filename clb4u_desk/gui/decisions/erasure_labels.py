"""Names of data categories and erasure actions for the erasure screens, in the
interface's language, from the one label table (:mod:`clb4u_desk.domain.labels`)."""

from __future__ import annotations

from clb4u_desk.domain import labels
from clb4u_desk.gui.i18n import code_word


def category_label(category: str) -> str:
    return code_word(labels.CATEGORIES, category)


def action_label(action: str) -> str:
    return code_word(labels.ERASURE_ACTIONS, action)
