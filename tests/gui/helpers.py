"""Helpers shared by the GUI tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.tasks import TaskRunner

# How long a GUI test waits for work it is sure will come (a signal, a condition, the
# task runner falling idle) before it fails: a bound for a hung test, never a
# measurement. The waits return as soon as the work is done, so a generous bound costs
# nothing on a quick machine and keeps a busy one (two cores shared by many test
# runs and database seeds) from failing a test that was merely slow.
HANG_TIMEOUT_S = 120
HANG_TIMEOUT_MS = HANG_TIMEOUT_S * 1000


class RecordingPresenter:
    """Collects what would have been shown in dialogs."""

    def __init__(self) -> None:
        self.domain_errors: list[DomainError] = []
        self.crashes: list[BaseException] = []

    def domain_error(self, parent: QWidget | None, error: DomainError) -> None:
        self.domain_errors.append(error)

    def crash(self, parent: QWidget | None, exc: BaseException) -> None:
        self.crashes.append(exc)


class PatientTaskRunner(TaskRunner):
    """The app's TaskRunner whose ``wait_for_idle`` fails only on a hang: the timeout a
    test passes is raised to HANG_TIMEOUT_S, whatever number the test was written with."""

    def wait_for_idle(self, timeout: float = HANG_TIMEOUT_S) -> bool:
        return super().wait_for_idle(max(timeout, HANG_TIMEOUT_S))


class PatientQtBot(QtBot):
    """pytest-qt's qtbot whose waits that fail the test on a timeout (waitSignal,
    waitUntil, ...) wait at least HANG_TIMEOUT_MS, so the ``timeout=`` a test names
    bounds a hang, never the machine's speed. A wait with ``raising=False`` (so also
    assertNotEmitted's ``wait``) is a deliberate pause and keeps its length."""

    def waitSignal(self, signal: Any, *, timeout: int = 5000, **kwargs: Any) -> Any:
        if kwargs.get("raising") is not False:
            timeout = max(timeout, HANG_TIMEOUT_MS)
        return super().waitSignal(signal, timeout=timeout, **kwargs)

    def waitSignals(self, signals: Any, *, timeout: int = 5000, **kwargs: Any) -> Any:
        if kwargs.get("raising") is not False:
            timeout = max(timeout, HANG_TIMEOUT_MS)
        return super().waitSignals(signals, timeout=timeout, **kwargs)

    def waitCallback(self, *, timeout: int = 5000, **kwargs: Any) -> Any:
        if kwargs.get("raising") is not False:
            timeout = max(timeout, HANG_TIMEOUT_MS)
        return super().waitCallback(timeout=timeout, **kwargs)

    def waitUntil(self, callback: Callable[[], bool | None], *, timeout: int = 5000) -> None:
        super().waitUntil(callback, timeout=max(timeout, HANG_TIMEOUT_MS))

    def waitExposed(self, widget: QWidget, *, timeout: int = 5000) -> Any:
        return super().waitExposed(widget, timeout=max(timeout, HANG_TIMEOUT_MS))

    def waitActive(self, widget: QWidget, *, timeout: int = 5000) -> Any:
        return super().waitActive(widget, timeout=max(timeout, HANG_TIMEOUT_MS))


# The marks every GUI test module carries. Qt warnings fail every test already
# (qt_log_level_fail and qt_log_ignore in pyproject.toml), GUI or not.
QT_STRICT = [pytest.mark.gui]
