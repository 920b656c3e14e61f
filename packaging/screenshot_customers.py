"""Screenshots of the Customers page, the verification wizard part-way, and the profile of
a verified customer with many records, on a fresh demo workspace (invented people).

Run under a real X server::

    xvfb-run -a -s "-screen 0 1400x900x24" uv run python packaging/screenshot_customers.py

The PNGs go to docs/screenshots/ (or the folder given as the first argument).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from clb4u_desk.app import Services, build_services
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.demo.seed import DEMO_ACCOUNTS, seed_demo_workspace
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.identity import IdDocumentType, KnowledgeFact
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.gui.customers.link_dialog import LinkCustomerDialog
from clb4u_desk.gui.customers.profile_view import ProfileWindow
from clb4u_desk.gui.customers.search_page import CustomerSearchPage
from clb4u_desk.gui.i18n import Translations
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.gui.verification.wizard import VerificationWizard
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.services.intake.service import NewCase

ROOT = Path(__file__).resolve().parent.parent
HEAVY = 2  # KH-000002: one of the demo workspace's customers with 10,000+ records
PLAIN = 5


def _services(folder: Path) -> Services:
    url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    db = Database(create_app_engine(url))
    migrate.upgrade(db.engine)
    settings = replace(Settings(), demo=True, database=DatabaseSettings(url=url, password="none"))
    return build_services(settings, db)


def _shot(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    widget.raise_()
    for _ in range(20):
        app.processEvents()
    widget.grab().save(str(path))
    print(f"saved {path}")


def _case_for(services: Services, agent: Actor, customer_id: int) -> tuple[int, str]:
    profile = services.lookup.load_profile(customer_id)
    identity = profile.section(DataCategory.IDENTITY)
    email = next(row.values[1] for row in identity.rows if row.values[0] == "email")
    summary = services.intake.create_case(
        agent,
        NewCase(
            channel=Channel.EMAIL,
            received_at=datetime.now(UTC),
            requester_name=profile.display_name,
            rights=(Right.ACCESS,),
            email=email,
        ),
    )
    version = services.cases.get_case(summary.id).version
    services.verification.link_customer(agent, summary.id, customer_id, version)
    return summary.id, profile.display_name


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    translations = Translations(app)
    translations.apply("vi")
    runner = TaskRunner(app)
    with tempfile.TemporaryDirectory() as temp:
        services = _services(Path(temp))
        seed_demo_workspace(services)
        login = DEMO_ACCOUNTS[0]
        agent = services.accounts.sign_in(login.login, login.password)

        page = CustomerSearchPage(services, agent, runner)
        page.resize(1100, 620)
        page.show()
        page.search.set_query("nguyen van an")
        runner.wait_for_idle(30)
        page.search.table.selectRow(0)
        _shot(app, page, out / "customer-search.png")
        page.close()

        # A request that gives more than the records hold: some identifiers do not match.
        plain = services.lookup.load_profile(PLAIN)
        email = next(
            row.values[1]
            for row in plain.section(DataCategory.IDENTITY).rows
            if row.values[0] == "email"
        )
        request = services.intake.create_case(
            agent,
            NewCase(
                channel=Channel.EMAIL,
                received_at=datetime.now(UTC),
                requester_name=plain.display_name,
                rights=(Right.ACCESS,),
                email=email,
                phone="0912 345 678",
                address="12 Lê Lợi, Quận 1, TP. Hồ Chí Minh",
            ),
        )
        link = LinkCustomerDialog(services, agent, runner, request.id)
        link.show()
        runner.wait_for_idle(30)
        link.link_selected()  # the request's email found exactly one customer
        runner.wait_for_idle(30)
        _shot(app, link, out / "link-customer.png")
        link.close()

        case_id, _name = _case_for(services, agent, HEAVY)
        services.verification.record_registered_email_origin(agent, case_id)  # L1 of L2
        wizard = VerificationWizard(services, agent, runner, case_id)
        wizard.resize(900, 820)
        wizard.show()
        runner.wait_for_idle(30)
        _shot(app, wizard, out / "verification-wizard.png")
        wizard.close()

        services.verification.record_id_document_seen(agent, case_id, IdDocumentType.CCCD, "4821")
        account = services.lookup.load_profile(HEAVY).section(DataCategory.ACCOUNT)
        zip_code = account.rows[0].values[account.columns.index("zip_code")]
        services.verification.answer_knowledge_question(agent, case_id, KnowledgeFact.ZIP, zip_code)
        window = ProfileWindow(services, agent, runner, case_id)
        window.resize(1300, 800)
        window.show()
        runner.wait_for_idle(60)
        window.view.select_category(DataCategory.COMMUNICATIONS)
        window.view.table.selectRow(2)
        _shot(app, window, out / "customer-profile.png")
        window.close()
        runner.shutdown()
        services.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
