"""Starting the desktop app: Qt, translations, the workspace, sign-in, the main window.

The workspace is opened (and, for ``--demo``, migrated and seeded) in the background
while Qt's event loop runs, so the first start of the demo, which writes a few thousand
invented customers, shows a "please wait" window instead of a frozen one.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel

from clb4u_desk.config import Settings
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.errors import DialogPresenter, install_excepthook, show_crash, show_domain_error
from clb4u_desk.gui.i18n import APPLICATION, ORGANISATION, Translations, initial_language
from clb4u_desk.gui.main_window import MainWindow
from clb4u_desk.gui.sign_in import DemoAccount, SignInDialog, load_demo_accounts
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.heap import freeze_long_lived_objects
from clb4u_desk.resources import resource_path

if TYPE_CHECKING:
    from clb4u_desk.app import Services

log = logging.getLogger(__name__)

EXIT_CONFIGURATION = 2
EXIT_CRASH = 1


@dataclass(frozen=True)
class Workspace:
    services: Services
    demo_accounts: tuple[DemoAccount, ...]
    seeded_now: bool


def open_workspace(settings: Settings) -> Workspace:
    """Runs in the background: open (for the demo: migrate and seed) the database."""
    from clb4u_desk.app import open_app

    services = open_app(settings, upgrade=settings.demo)
    if not settings.demo:
        return Workspace(services, (), False)
    seeded = False
    if not services.accounts.list_accounts(SYSTEM_ACTOR):
        try:
            from clb4u_desk.demo.seed import seed_demo_workspace
        except ImportError:
            log.error(
                "the demo workspace cannot be seeded: clb4u_desk.demo.seed "
                "is missing from this build"
            )
        else:
            seed_demo_workspace(services)
            seeded = True
    return Workspace(services, load_demo_accounts(), seeded)


class Startup(QObject):
    """Walks the app through its start: opening, sign-in, then the main window.

    It never ends the event loop itself: ``exit_requested(code)`` says when the app should
    end (sign-in cancelled, or opening failed and the user has read why).
    """

    exit_requested = Signal(int)

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        runner: TaskRunner,
        translations: Translations,
        announce_demo_accounts: Callable[[tuple[DemoAccount, ...]], None] | None = None,
    ) -> None:
        super().__init__(app)
        self._announce_demo_accounts = announce_demo_accounts
        self._app = app
        self._settings = settings
        self._runner = runner
        self._translations = translations
        self.exit_code = 0
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self._dialog: SignInDialog | None = None
        self._wait = QLabel()
        self._wait.setObjectName("startupWait")
        self._wait.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._wait.setMinimumSize(360, 90)
        self._wait.setWindowTitle(self.tr("CLB4U Desk"))
        self._wait.setText(self.tr("Opening the workspace, please wait..."))

    def start(self) -> None:
        # Only when opening takes long (first start of the demo): the runner's busy delay.
        self._runner.busy_changed.connect(self._show_wait)
        self._runner.run(
            open_workspace,
            self._settings,
            on_done=self._opened,
            on_error=self._configuration_problem,
            on_crash=self._crashed,
            owner=self,
        )

    def _show_wait(self, busy: bool) -> None:
        self._wait.setVisible(busy and self.services is None)

    def _opened(self, workspace: Workspace) -> None:
        self._wait.hide()
        self.services = workspace.services
        if self._settings.demo and self._announce_demo_accounts is not None:
            # The terminal's part (the command line prints them): the GUI prints nothing.
            self._announce_demo_accounts(workspace.demo_accounts)
        self._dialog = SignInDialog(
            workspace.services, self._runner, demo_accounts=workspace.demo_accounts
        )
        self._dialog.signed_in.connect(self._signed_in)
        self._dialog.rejected.connect(lambda: self.exit_requested.emit(0))
        self._dialog.show()

    def _signed_in(self, actor: Actor) -> None:
        assert self.services is not None
        self.window = MainWindow(self.services, actor, self._runner, self._translations)
        self.window.show()
        # From now on closing the main window ends the app.
        self._app.setQuitOnLastWindowClosed(True)
        freeze_long_lived_objects()

    def _configuration_problem(self, error: DomainError) -> None:
        self._wait.hide()
        self.exit_code = EXIT_CONFIGURATION
        box = show_domain_error(None, error)
        box.finished.connect(lambda _result: self.exit_requested.emit(EXIT_CONFIGURATION))

    def _crashed(self, exc: BaseException) -> None:
        self._wait.hide()
        self.exit_code = EXIT_CRASH
        box = show_crash(None, exc)
        box.finished.connect(lambda _result: self.exit_requested.emit(EXIT_CRASH))


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("CLB4U Desk")
    app.setDesktopFileName(APPLICATION)
    icon = resource_path("icons", "clb4u-desk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    # The platform's UI font is kept: on Windows (Segoe UI), macOS and Linux desktops
    # (DejaVu/Noto) it covers Vietnamese.
    return app


def run_gui(
    settings: Settings,
    *,
    language_given: bool = False,
    announce_demo_accounts: Callable[[tuple[DemoAccount, ...]], None] | None = None,
) -> int:
    """The desktop app; returns the process exit code. ``language_given``: the language
    was set for this start (flag or environment) and beats the one remembered;
    ``announce_demo_accounts``: told the demo accounts once the demo workspace is open."""
    app = create_application()
    translations = Translations(app)
    translations.apply(initial_language(settings.ui.language, given=language_given))
    presenter = DialogPresenter()
    install_excepthook(presenter)
    runner = TaskRunner(app, presenter=presenter)
    # Windows come and go during the start (wait note, sign-in, main window); the app
    # ends explicitly until the main window is up.
    app.setQuitOnLastWindowClosed(False)
    startup = Startup(app, settings, runner, translations, announce_demo_accounts)
    startup.exit_requested.connect(app.exit)
    startup.start()
    code = app.exec()
    runner.shutdown()
    if startup.services is not None:
        startup.services.db.dispose()
    return startup.exit_code or code
