"""The one way the GUI calls a service: in a background thread, answered on the GUI thread.

Every slot that needs the database does::

    self._runner.run(services.cases.queue, actor, on_done=self._show_queue, owner=self)

``fn(*args)`` runs in a thread pool. Its result (or exception) comes back through a queued
signal, so the callbacks always run on the GUI thread and may touch widgets. If ``owner``
was destroyed meanwhile (the user closed the dialog), nothing is delivered.

Errors: a :class:`DomainError` (the user can fix it) goes to ``on_error`` or, without one,
to a message box. Anything else is a bug: logged with its traceback and shown in the
crash dialog, never swallowed. A wait cursor and a status message ("busy") appear only
when work takes longer than ``busy_delay_ms``, so quick calls do not flicker.

Modelled on Anki's ``aqt/operations`` (one helper, errors routed back to the GUI thread)
and ``aqt/progress`` (progress only after ~600 ms).
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.errors import DialogPresenter, ErrorPresenter, dialog_parent, log_crash

log = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_DELAY_MS = 600
# SQLite takes one writer at a time and PostgreSQL gives each workstation a small pool;
# more threads than this would only queue on the database.
MAX_THREADS = 4


class _Signals(QObject):
    """Lives in the GUI thread; emitting from a worker queues the call to the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self, task_id: int, fn: Callable[..., Any], args: tuple[Any, ...], signals: _Signals
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn = fn
        self._args = args
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # every failure must reach the GUI thread
            self._signals.failed.emit(self._task_id, exc)
        else:
            self._signals.done.emit(self._task_id, result)
        finally:
            # Drop references to arguments and results in the worker thread promptly.
            self._fn = _noop
            self._args = ()


def _noop(*_args: Any) -> None:
    return None


@dataclass
class _Pending:
    on_done: Callable[[Any], object] | None
    on_error: Callable[[DomainError], object] | None
    on_crash: Callable[[BaseException], object] | None
    on_finished: Callable[[], object] | None
    # A weak reference: a pending task must not keep a closed window alive.
    owner: weakref.ref[QObject] | None
    quiet: bool

    def owner_gone(self) -> bool:
        if self.owner is None:
            return False
        owner = self.owner()
        return owner is None or not shiboken6.isValid(owner)


class TaskRunner(QObject):
    """Runs service calls in a thread pool and hands their outcome to the GUI thread.

    One instance for the whole app (built in :mod:`clb4u_desk.gui.launch`), passed to
    every window and page through its constructor.
    """

    busy_changed = Signal(bool)  # True once work has taken longer than busy_delay_ms
    idle = Signal()  # no task is pending any more

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        busy_delay_ms: int = BUSY_DELAY_MS,
        presenter: ErrorPresenter | None = None,
        max_threads: int = MAX_THREADS,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._signals = _Signals(self)
        conn = Qt.ConnectionType.QueuedConnection
        self._signals.done.connect(self._deliver_result, conn)
        self._signals.failed.connect(self._deliver_error, conn)
        self._presenter: ErrorPresenter = presenter or DialogPresenter()
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._busy = False
        self._closed = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(busy_delay_ms)
        self._busy_timer.timeout.connect(self._show_busy)

    # -- the API ---------------------------------------------------------------------

    def run(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], object] | None = None,
        on_error: Callable[[DomainError], object] | None = None,
        on_crash: Callable[[BaseException], object] | None = None,
        on_finished: Callable[[], object] | None = None,
        owner: QObject | None = None,
        quiet: bool = False,
    ) -> int:
        """Run ``fn(*args)`` in the pool; returns a task id (for logs and tests).

        ``on_done(result)`` and ``on_error(domain_error)`` run on the GUI thread, unless
        ``owner`` has been destroyed by then. ``on_crash(exc)`` replaces the crash dialog
        (the error is logged either way); only startup code should need it.
        ``on_finished()`` runs last whatever happened (e.g. to enable a form again).
        ``quiet`` tasks (background refreshes) never show the busy indicator.
        """
        if not QThread.isMainThread():
            raise RuntimeError("TaskRunner.run must be called on the GUI thread")
        if self._closed:
            raise RuntimeError("TaskRunner.run called after shutdown")
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(
            on_done=on_done,
            on_error=on_error,
            on_crash=on_crash,
            on_finished=on_finished,
            owner=weakref.ref(owner) if owner is not None else None,
            quiet=quiet,
        )
        if not quiet and not self._busy and not self._busy_timer.isActive():
            self._busy_timer.start()
        self._pool.start(_Job(task_id, fn, args, self._signals))
        return task_id

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def busy(self) -> bool:
        return self._busy

    def wait_for_idle(self, timeout: float = 5.0) -> bool:
        """Process events until every task has been delivered (for tests and shutdown).

        Returns False when ``timeout`` seconds passed first. Work that a callback or a
        zero-delay timer starts after the runner fell idle (a page fetch after the ids
        arrived, say) is waited for too: the event loop that saw ``idle`` may run such
        events before it returns.
        """
        deadline = QDeadlineTimer(int(timeout * 1000))
        while self._pending and not deadline.hasExpired():
            loop = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            self.idle.connect(loop.quit)
            timer.start(max(1, deadline.remainingTime()))
            loop.exec()
            timer.stop()
            self.idle.disconnect(loop.quit)
        return not self._pending

    def shutdown(self, timeout: float = 10.0) -> None:
        """Drop queued work and wait for running work; nothing is delivered afterwards."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone(int(timeout * 1000))
        self._pending.clear()
        self._set_busy(False)

    # -- delivery on the GUI thread -------------------------------------------------

    def _take(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        if not self._has_visible_work():
            self._busy_timer.stop()
            self._set_busy(False)
        if pending is None or self._closed:
            return None
        if pending.owner_gone():
            log.debug("task %d finished after its owner was destroyed; dropped", task_id)
            return None
        return pending

    def _deliver_result(self, task_id: int, result: object) -> None:
        pending = self._take(task_id)
        try:
            if pending is not None and pending.on_done is not None:
                self._call(pending, pending.on_done, result)
        finally:
            self._finish(pending)

    def _deliver_error(self, task_id: int, exc: BaseException) -> None:
        pending = self._take(task_id)
        try:
            self._route_error(task_id, pending, exc)
        finally:
            self._finish(pending)

    def _finish(self, pending: _Pending | None) -> None:
        if pending is not None and pending.on_finished is not None:
            finished = pending.on_finished
            self._call(pending, lambda _value: finished(), None)
        self._emit_idle()

    def _emit_idle(self) -> None:
        # After the callback, which may have started follow-up work.
        if not self._pending:
            self.idle.emit()

    def _route_error(self, task_id: int, pending: _Pending | None, exc: BaseException) -> None:
        if pending is None:
            # Even when nobody is left to tell, a bug must be in the log.
            if not isinstance(exc, DomainError):
                log_crash(exc, f"in background task {task_id} (owner gone)")
            return
        if isinstance(exc, DomainError):
            if pending.on_error is not None:
                self._call(pending, pending.on_error, exc)
            else:
                self._presenter.domain_error(dialog_parent(self._owner(pending)), exc)
            return
        self._crash(pending, exc, f"in background task {task_id}")

    def _call(self, pending: _Pending, callback: Callable[[Any], object], value: object) -> None:
        # A callback that raises is a bug like any other; report it here rather than
        # leave it to whatever sys.excepthook happens to be installed.
        try:
            callback(value)
        except DomainError as error:
            self._presenter.domain_error(dialog_parent(self._owner(pending)), error)
        except Exception as exc:
            self._crash(pending, exc, "in a task callback")

    def _crash(self, pending: _Pending, exc: BaseException, where: str) -> None:
        log_crash(exc, where)
        if pending.on_crash is not None:
            pending.on_crash(exc)
        else:
            self._presenter.crash(dialog_parent(self._owner(pending)), exc)

    @staticmethod
    def _owner(pending: _Pending) -> QObject | None:
        return pending.owner() if pending.owner is not None else None

    # -- busy indicator -------------------------------------------------------------

    def _has_visible_work(self) -> bool:
        return any(not p.quiet for p in self._pending.values())

    def _show_busy(self) -> None:
        if self._has_visible_work():
            self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        self.busy_changed.emit(busy)
