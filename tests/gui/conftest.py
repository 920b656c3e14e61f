"""GUI test fixtures: Qt offscreen (see tests/conftest.py), a private QSettings folder,
the app's translations, and a TaskRunner whose error dialogs are recorded, not shown.

``qtbot`` and ``runner`` wait for work as long as only a hang would take (see
HANG_TIMEOUT_S in tests/gui/helpers.py), whatever timeout a test names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from tests.gui.helpers import PatientQtBot, PatientTaskRunner, RecordingPresenter


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """The GUI tests use SQLite only: the services are tested on both databases elsewhere."""
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path: Path) -> Iterator[Path]:
    """QSettings of these tests go to a temporary folder, never the user's settings."""
    folder = tmp_path / "qsettings"
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(previous)


@pytest.fixture
def qtbot(qapp: QApplication, request: pytest.FixtureRequest) -> PatientQtBot:
    """pytest-qt's own fixture, built the same way, with waits bounded by a hang only."""
    return PatientQtBot(request)


@pytest.fixture
def presenter() -> RecordingPresenter:
    return RecordingPresenter()


@pytest.fixture
def runner(qapp: QApplication, presenter: RecordingPresenter) -> Iterator[TaskRunner]:
    task_runner = PatientTaskRunner(presenter=presenter)
    yield task_runner
    task_runner.shutdown()
    assert not presenter.crashes, f"unexpected crash: {presenter.crashes!r}"
    task_runner.deleteLater()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The app's translator, Vietnamese (the default), removed again after the test."""
    installed = Translations(qapp)
    installed.apply("vi")
    yield installed
    installed.remove()
    installed.deleteLater()
