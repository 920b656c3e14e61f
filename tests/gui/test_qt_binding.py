"""The Qt binding must keep Python's reference counts right.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a Qt function that
returns nothing. From Python 3.12 on ``None`` is immortal and nothing shows, but on 3.11
the interpreter aborts ("deallocating None") once the count reaches zero: minutes into
normal use of the queue. pyproject.toml keeps that release out; this test says whether
an upgrade brings the fault back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QApplication, QTableView

from tests.gui.helpers import QT_STRICT

pytestmark = [
    *QT_STRICT,
    pytest.mark.skipif(
        sys.version_info >= (3, 12),
        reason="None is immortal from Python 3.12: its count cannot show it",
    ),
]
CALLS = 500  # few enough that a leaking binding fails the test instead of aborting


def test_calls_that_return_nothing_keep_none_alive(qapp: QApplication) -> None:
    view = QTableView()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        QCoreApplication.processEvents()
        view.scrollToBottom()
        QModelIndex().data()
    # Other code may take or drop a few references meanwhile; a leak drops thousands.
    assert sys.getrefcount(None) - before > -CALLS // 10
