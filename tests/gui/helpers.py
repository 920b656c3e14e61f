"""Helpers shared by the GUI tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from clb4u_desk.domain.errors import DomainError


class RecordingPresenter:
    """Collects what would have been shown in dialogs."""

    def __init__(self) -> None:
        self.domain_errors: list[DomainError] = []
        self.crashes: list[BaseException] = []

    def domain_error(self, parent: QWidget | None, error: DomainError) -> None:
        self.domain_errors.append(error)

    def crash(self, parent: QWidget | None, exc: BaseException) -> None:
        self.crashes.append(exc)


# Qt warnings fail GUI tests. The offscreen platform plugin warns that it cannot pass
# size hints to a window system it does not have; that one says nothing about our code.
QT_STRICT = [
    pytest.mark.gui,
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]
