"""Screenshots of the Cases page (the demo workspace's queue: cases of every urgency,
state and right) and of the e-mail intake dialog, on a fresh demo workspace (invented
people).

Run under a real X server::

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python packaging/screenshot_cases.py

The PNGs go to docs/screenshots/ (or the folder given as the first argument).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.demo.seed import DEMO_ACCOUNTS, seed_demo_workspace
from clb4u_desk.domain.actor import Actor
from clb4u_desk.gui.cases.cases_page import CasesPage
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine

ROOT = Path(__file__).resolve().parent.parent
EML = ROOT / "tests" / "data" / "eml"
# The demo cases want a few hundred customers to choose their requesters from.
CUSTOMERS = 300


def _services(folder: Path) -> Services:
    url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    db = Database(create_app_engine(url))
    migrate.upgrade(db.engine)
    settings = replace(Settings(), demo=True, database=DatabaseSettings(url=url, password="none"))
    return build_services(settings, db)


def _sign_in(services: Services, login: str) -> Actor:
    account = next(a for a in DEMO_ACCOUNTS if a.login == login)
    return services.accounts.sign_in(account.login, account.password)


def _shot(app: QApplication, widget: QWidget, runner: TaskRunner, path: Path) -> None:
    widget.show()
    widget.raise_()
    for _ in range(5):
        runner.wait_for_idle(10)
        app.processEvents()
    widget.grab().save(str(path))
    print(f"saved {path}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    translations = Translations(app)
    translations.apply("vi")
    runner = TaskRunner(app)
    with tempfile.TemporaryDirectory() as temp:
        services = _services(Path(temp))
        # The demo workspace as ``--demo`` opens it: its cases (every urgency, state
        # and right) come from clb4u_desk.services.demo_cases.
        seed_demo_workspace(services, customers=CUSTOMERS)
        agent = _sign_in(services, "agent")

        page = CasesPage(services, agent, runner)
        page.resize(1300, 760)
        _shot(app, page, runner, out / "case-queue.png")

        email_import = page.queue.import_files([EML / "32_en_several_rights.eml"])
        runner.wait_for_idle(10)
        app.processEvents()
        dialog = email_import.dialog if email_import is not None else None
        if dialog is not None:
            _shot(app, dialog, runner, out / "email-intake.png")
            dialog.reject()
        dialog_form = page.queue.new_case()
        _shot(app, dialog_form, runner, out / "new-case.png")
        dialog_form.reject()
        runner.shutdown()
        page.deleteLater()
        app.processEvents()
        services.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
