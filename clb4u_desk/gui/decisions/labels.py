"""Names of data categories, purposes and channels for check boxes and lists, in the
interface's language, from the one label table (:mod:`clb4u_desk.domain.labels`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from clb4u_desk.domain import labels
from clb4u_desk.gui.i18n import code_word, code_words

# Functions, so that the names follow a language switch.
CATEGORY_NAMES: Mapping[str, Callable[[], str]] = code_words(labels.CATEGORIES)
PURPOSE_NAMES: Mapping[str, Callable[[], str]] = code_words(labels.PURPOSES)
CHANNEL_NAMES: Mapping[str, Callable[[], str]] = code_words(labels.CHANNELS)


def category_name(value: str | None) -> str:
    return code_word(labels.CATEGORIES, value)


def purpose_name(value: str | None) -> str:
    return code_word(labels.PURPOSES, value)


def channel_name(value: str) -> str:
    return code_word(labels.CHANNELS, value)
