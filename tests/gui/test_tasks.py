"""TaskRunner: results and errors come back on the GUI thread, or not at all."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.gui.errors import make_excepthook
from clb4u_desk.gui.tasks import TaskRunner
from tests.gui.helpers import QT_STRICT, RecordingPresenter

pytestmark = QT_STRICT

WAIT = 10.0  # seconds; a bound for a hung test, never a measurement


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Holds a task in its worker thread until the test opens it."""
    event = threading.Event()
    yield event
    event.set()


def _held(gate: threading.Event, value: object) -> object:
    assert gate.wait(WAIT)
    return value


def _fail_with(exc: BaseException) -> None:
    raise exc


def test_result_is_delivered_on_the_gui_thread(runner: TaskRunner) -> None:
    threads: dict[str, int] = {}

    def work(x: int, y: int) -> int:
        threads["worker"] = threading.get_ident()
        return x + y

    def done(result: int) -> None:
        threads["callback"] = threading.get_ident()
        threads["result"] = result

    runner.run(work, 2, 3, on_done=done)
    assert runner.wait_for_idle(WAIT)
    assert threads["result"] == 5
    assert threads["worker"] != threading.main_thread().ident
    assert threads["callback"] == threading.main_thread().ident


def test_domain_error_goes_to_on_error_on_the_gui_thread(
    runner: TaskRunner, presenter: RecordingPresenter
) -> None:
    received: list[tuple[Exception, int]] = []
    finished: list[bool] = []
    runner.run(
        _fail_with,
        ValidationError("The phone number is not valid."),
        on_done=lambda _r: pytest.fail("no result expected"),
        on_error=lambda e: received.append((e, threading.get_ident())),
        on_finished=lambda: finished.append(True),
    )
    assert runner.wait_for_idle(WAIT)
    [(error, thread)] = received
    assert isinstance(error, ValidationError)
    assert thread == threading.main_thread().ident
    assert finished == [True]
    assert presenter.domain_errors == []
    assert presenter.crashes == []


def test_domain_error_without_handler_goes_to_the_error_dialog(
    runner: TaskRunner, presenter: RecordingPresenter
) -> None:
    runner.run(_fail_with, ValidationError("Choose a case first."))
    assert runner.wait_for_idle(WAIT)
    assert [str(e) for e in presenter.domain_errors] == ["Choose a case first."]


def test_bug_is_logged_and_shown_in_the_crash_dialog(
    runner: TaskRunner, presenter: RecordingPresenter, caplog: pytest.LogCaptureFixture
) -> None:
    on_error: list[Exception] = []
    runner.run(_fail_with, KeyError("boom"), on_error=on_error.append)
    assert runner.wait_for_idle(WAIT)
    assert on_error == []
    [crash] = presenter.crashes
    assert isinstance(crash, KeyError)
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "Traceback" in record.getMessage()
    assert "KeyError: 'boom'" in record.getMessage()
    presenter.crashes.clear()


def test_callback_that_raises_is_a_crash_too(
    runner: TaskRunner, presenter: RecordingPresenter, caplog: pytest.LogCaptureFixture
) -> None:
    runner.run(int, "7", on_done=lambda _r: _fail_with(RuntimeError("bad slot")))
    assert runner.wait_for_idle(WAIT)
    assert [type(e) for e in presenter.crashes] == [RuntimeError]
    presenter.crashes.clear()


def test_nothing_is_delivered_to_a_destroyed_owner(
    runner: TaskRunner,
    presenter: RecordingPresenter,
    gate: threading.Event,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = QWidget()
    owner = QLabel(window)  # owned by its parent, as a page or dialog child is
    delivered: list[object] = []
    runner.run(
        _held,
        gate,
        "late",
        on_done=delivered.append,
        owner=owner,
        on_finished=lambda: delivered.append("finished"),
    )
    runner.run(
        lambda: _fail_with(ValidationError("late")) if gate.wait(WAIT) else None,
        on_error=delivered.append,
        owner=owner,
    )
    shiboken6.delete(window)  # the user closed the window meanwhile
    assert not shiboken6.isValid(owner)
    gate.set()
    assert runner.wait_for_idle(WAIT)
    assert delivered == []
    assert presenter.domain_errors == []
    assert presenter.crashes == []


def test_owner_alive_gets_the_result(runner: TaskRunner, qtbot: QtBot) -> None:
    owner = QLabel()
    qtbot.addWidget(owner)
    runner.run(str.upper, "xin chào", on_done=owner.setText, owner=owner)
    assert runner.wait_for_idle(WAIT)
    assert owner.text() == "XIN CHÀO"


def test_busy_indicator_only_for_slow_work(
    qapp: QApplication, presenter: RecordingPresenter, gate: threading.Event, qtbot: QtBot
) -> None:
    # The delay is 0 here, so "slow" means: still running when the event loop next turns.
    # No clock is measured: the gate decides when the work ends.
    runner = TaskRunner(busy_delay_ms=0, presenter=presenter)
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.run(_held, gate, None)
    qtbot.waitUntil(lambda: runner.busy, timeout=int(WAIT * 1000))
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None
    assert cursor.shape() == Qt.CursorShape.WaitCursor
    gate.set()
    assert runner.wait_for_idle(WAIT)
    assert states == [True, False]
    assert QGuiApplication.overrideCursor() is None
    runner.shutdown()


def test_no_busy_indicator_for_quick_or_quiet_work(
    qapp: QApplication, presenter: RecordingPresenter, gate: threading.Event, qtbot: QtBot
) -> None:
    quick = TaskRunner(busy_delay_ms=3_600_000, presenter=presenter)
    quiet = TaskRunner(busy_delay_ms=0, presenter=presenter)
    states: list[bool] = []
    quick.busy_changed.connect(states.append)
    quiet.busy_changed.connect(states.append)
    quick.run(len, "abc")
    quiet.run(_held, gate, None, quiet=True)
    qtbot.wait(50)  # let a zero-delay busy timer fire if it were (wrongly) started
    gate.set()
    assert quick.wait_for_idle(WAIT)
    assert quiet.wait_for_idle(WAIT)
    assert states == []
    quick.shutdown()
    quiet.shutdown()


def test_run_only_from_the_gui_thread(runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def from_worker() -> None:
        try:
            runner.run(len, "x")
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=from_worker)
    thread.start()
    thread.join(WAIT)
    assert len(errors) == 1


def test_wait_for_idle_with_nothing_pending(runner: TaskRunner) -> None:
    assert runner.pending == 0
    assert runner.wait_for_idle(0.1)


def test_wait_for_idle_waits_for_work_started_once_idle(runner: TaskRunner) -> None:
    """Work started in the same pass of the event loop that saw ``idle`` (as a page
    fetch after a list's ids arrived) is waited for, not reported as a timeout."""
    delivered: list[str] = []
    follow_up = ["second"]

    def start_follow_up() -> None:
        if follow_up:
            runner.run(str, follow_up.pop(), on_done=delivered.append)

    runner.idle.connect(start_follow_up)  # before wait_for_idle's own quit
    runner.run(str, "first", on_done=delivered.append)
    assert runner.wait_for_idle(WAIT)
    assert delivered == ["first", "second"]
    runner.idle.disconnect(start_follow_up)


def test_excepthook_routes_slot_exceptions(
    qapp: QApplication, presenter: RecordingPresenter, caplog: pytest.LogCaptureFixture
) -> None:
    previous: list[BaseException] = []
    hook = make_excepthook(presenter, lambda _t, exc, _tb: previous.append(exc))
    try:
        raise ZeroDivisionError("in a slot")
    except ZeroDivisionError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None
    assert exc is not None
    hook(exc_type, exc, tb)
    hook(ValidationError, ValidationError("Fix this."), None)
    assert [type(e) for e in presenter.crashes] == [ZeroDivisionError]
    assert [str(e) for e in presenter.domain_errors] == ["Fix this."]
    assert "ZeroDivisionError: in a slot" in caplog.text
    # Exceptions of other threads are not the GUI's to show.
    thread = threading.Thread(target=hook, args=(KeyError, KeyError("x"), None))
    thread.start()
    thread.join(WAIT)
    assert [type(e) for e in previous] == [KeyError]
