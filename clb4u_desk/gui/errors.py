"""How errors reach the user: a dialog for what they can fix, a crash dialog for bugs.

Domain errors (:class:`DomainError`) are sentences meant for the user; they get a plain
message box, in the user's language (:func:`error_text`). Anything else is a bug: it is
logged with its traceback and shown in a crash dialog with an apology, the log file's
location and the traceback in a details box.

The log must never hold personal data. Tracebacks carry no local variables, and the
parameter section SQLAlchemy appends to a failed statement's message (which holds the
values bound to it, e.g. a customer's name) is cut from the text before it is logged.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clb4u_desk.domain.errors import DomainError
from clb4u_desk.logging_setup import log_file

log = logging.getLogger(__name__)

_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(Background on|\Z))", re.DOTALL)


def safe_traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` (and its causes) without bound statement parameters."""
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return _SQL_PARAMETERS.sub("[parameters hidden]", text)


class ErrorPresenter(Protocol):
    """Shows errors to the user; tests pass one that records instead of opening dialogs."""

    def domain_error(self, parent: QWidget | None, error: DomainError) -> None: ...

    def crash(self, parent: QWidget | None, exc: BaseException) -> None: ...


class DialogPresenter:
    """The real presenter: message boxes, at most one crash dialog at a time."""

    def __init__(self) -> None:
        self._crash_open = False

    def domain_error(self, parent: QWidget | None, error: DomainError) -> None:
        show_domain_error(parent, error)

    def crash(self, parent: QWidget | None, exc: BaseException) -> None:
        # An error in a paint handler would otherwise stack up one dialog per repaint;
        # further crashes while one dialog is open are in the log only.
        if self._crash_open:
            return
        self._crash_open = True
        box = show_crash(parent, exc)
        box.finished.connect(self._crash_closed)

    def _crash_closed(self, _result: int) -> None:
        self._crash_open = False


# A box without a parent belongs to Python and would vanish with its last reference, so
# open boxes are held here until they close.
_open_boxes: set[QMessageBox] = set()


def _open(box: QMessageBox) -> QMessageBox:
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Qt ships no Vietnamese translation of its own buttons, so ours names them.
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setText(QCoreApplication.translate("errors", "OK"))
    return box


def error_text(error: DomainError) -> str:
    """The error's sentence in the UI's language.

    The core raises English templates marked with ``QT_TRANSLATE_NOOP("errors", ...)``;
    the template is translated here and filled with the error's params. A text param that
    is itself a marked message (e.g. "The reason for the restriction"), or a domain error,
    is translated too; any other value (a case reference, a number) is left as it is. A
    translation whose placeholders do not fit the params falls back to the English sentence.
    """
    translated = QCoreApplication.translate("errors", error.template)
    if not error.params:
        return translated
    params = {name: _param_text(value) for name, value in error.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return str(error)


def _param_text(value: object) -> object:
    if isinstance(value, DomainError):  # wrapped, e.g. "{source}: {error}"
        return error_text(value)
    if isinstance(value, str) and value:
        return QCoreApplication.translate("errors", value)
    return value


def domain_error_box(parent: QWidget | None, error: DomainError) -> QMessageBox:
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("errors", "Cannot do that"),
        QCoreApplication.translate(
            "errors", "This cannot be done as it is. Please fix the following and try again."
        ),
    )
    box.setObjectName("domainErrorBox")
    box.setInformativeText(error_text(error))
    return box


def show_domain_error(parent: QWidget | None, error: DomainError) -> QMessageBox:
    """Say what to fix, without blocking: the box is window-modal and closes itself."""
    return _open(domain_error_box(parent, error))


def crash_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Something went wrong"),
        QCoreApplication.translate(
            "errors",
            "Sorry, CLB4U Desk ran into a problem it did not expect. What "
            "you just did may not have been completed.",
        ),
    )
    box.setObjectName("crashBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "errors", "Please tell IT support and send them the log file:\n{path}"
        ).format(path=str(log_file()))
    )
    box.setDetailedText(safe_traceback(exc))
    return box


def show_crash(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    return _open(crash_box(parent, exc))


def log_crash(exc: BaseException, where: str) -> None:
    log.error("unexpected error %s:\n%s", where, safe_traceback(exc).rstrip())


def dialog_parent(candidate: object = None) -> QWidget | None:
    if isinstance(candidate, QWidget):
        return candidate.window()
    return QApplication.activeWindow()


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def make_excepthook(presenter: ErrorPresenter, previous: ExceptHook) -> ExceptHook:
    """A ``sys.excepthook`` that routes exceptions escaping Qt slots to the presenter."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if (
            issubclass(exc_type, KeyboardInterrupt)
            or QCoreApplication.instance() is None
            or not QThread.isMainThread()
        ):
            previous(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if isinstance(exc, DomainError):
            presenter.domain_error(dialog_parent(), exc)
            return
        log_crash(exc, "in an event handler")
        presenter.crash(dialog_parent(), exc)

    return hook


def install_excepthook(presenter: ErrorPresenter) -> None:
    """PySide hands exceptions raised in slots and event handlers to sys.excepthook."""
    sys.excepthook = make_excepthook(presenter, sys.excepthook)
