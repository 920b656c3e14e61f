"""Screenshots of the Cases page (the queue with cases of every urgency, state and right)
and of the e-mail intake dialog, on a fresh demo workspace (invented people).

Run under a real X server::

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python packaging/screenshot_cases.py

The PNGs go to docs/screenshots/ (or the folder given as the first argument).
"""

from __future__ import annotations

import random
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import CaseOutcome, CaseState
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.gui.cases.cases_page import CasesPage
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.services.demo_seed import DEMO_ACCOUNTS, seed_demo_workspace
from clb4u_desk.services.intake import NewCase

ROOT = Path(__file__).resolve().parent.parent
EML = ROOT / "tests" / "data" / "eml"
NAMES = ("Nguyễn Thị Ánh", "Trần Văn Bình", "Lê Hoàng Cường", "Phạm Minh Đức", "Jane Roe",
         "Đặng Thu Hà", "Võ Quốc Huy", "Bùi Ngọc Lan", "Hoàng Gia Bảo", "Đỗ Khánh Linh")
CHANNELS = (Channel.EMAIL, Channel.PHONE, Channel.POST, Channel.WALK_IN, Channel.FAX)


def _services(folder: Path) -> Services:
    url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    db = Database(create_app_engine(url))
    migrate.upgrade(db.engine)
    settings = replace(Settings(), demo=True, database=DatabaseSettings(url=url, password="none"))
    return build_services(settings, db)


def _sign_in(services: Services, login: str) -> Actor:
    account = next(a for a in DEMO_ACCOUNTS if a.login == login)
    return services.accounts.sign_in(account.login, account.password)


def _age(rng: random.Random) -> float:
    """Days since receipt: most requests are recent, a few have run late."""
    return rng.uniform(11, 25) if rng.random() < 0.2 else rng.uniform(0, 9)


def _fill(services: Services, agent: Actor, others: list[Actor]) -> None:
    """Forty cases received over the last six weeks, in various states and hands."""
    rng = random.Random(2026)
    now = datetime.now(UTC)
    for number in range(40):
        rights = rng.sample(list(Right), rng.choice((1, 1, 1, 2, 3)))
        summary = services.intake.create_case(agent, NewCase(
            channel=rng.choice(CHANNELS), received_at=now - timedelta(days=_age(rng)),
            requester_name=rng.choice(NAMES), rights=rights,
            email=f"khach{number}@example.vn", eu_resident=rng.random() < 0.15))
        case = services.cases.get_case(summary.id)
        owner = rng.choice([None, agent, *others])
        if owner is not None:
            case = services.cases.assign(agent, case.id, owner.account_id, case.version)
        roll = rng.random()
        if roll < 0.3:
            case = services.cases.transition(agent, case.id, CaseState.AWAITING_IDENTITY,
                                             case.version)
        elif roll < 0.45:
            case = services.cases.transition(agent, case.id, CaseState.VERIFIED, case.version)
            case = services.cases.transition(agent, case.id, CaseState.IN_PROGRESS,
                                             case.version)
        elif roll < 0.5:
            case = services.cases.transition(agent, case.id, CaseState.CLOSED, case.version,
                                             CaseOutcome.WITHDRAWN)
        if roll < 0.06 and case.due_on is not None and case.due_on >= now.date():
            item = case.items[0]
            services.cases.pause_item(agent, item.id, "waiting for the ID document",
                                      item.version)


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
        seed_demo_workspace(services, customers=20)
        agent = _sign_in(services, "agent")
        _fill(services, agent, [_sign_in(services, "agent2"), _sign_in(services, "supervisor")])

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
