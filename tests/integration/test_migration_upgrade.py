"""Upgrading a database that already holds data, and two upgrades at the same time."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

from sqlalchemy import func, insert, select

from clb4u_desk.config import Settings
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine
from clb4u_desk.persistence.models import Customer, CustomerNameKey
from clb4u_desk.persistence.models.search_index import name_keys
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.search.service import SearchService

WHEN = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
NAMES = ["Đặng Thị Ánh", "Nguyễn Văn An", "Tôn Nữ Thị Kim Ngân Hà"]


# Another workstation's upgrade, held inside its transaction after the first CREATE
# INDEX of revision 0004 (it says "inside" then), as if that took a while.
_HELD_UPGRADE = """
import sys, time
from sqlalchemy import event
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.db import create_app_engine

engine = create_app_engine(sys.argv[1])
held = []

@event.listens_for(engine, "before_cursor_execute")
def hold(conn, cursor, statement, *args):
    if statement.startswith("CREATE INDEX") and not held:
        held.append(True)
        print("inside", flush=True)
        time.sleep(2)

migrate.upgrade(engine)
print("done", flush=True)
"""


def test_two_upgrades_at_once_both_succeed(db_url: str) -> None:
    """An installer upgrading while another workstation (or a demo start) does too.

    The second upgrade starts while the first is inside its transaction. It must wait
    for the first and then find nothing left to do, not read the old revision and
    fail with "already exists" (PostgreSQL) or "database is locked" (SQLite).
    """
    db = Database(create_app_engine(db_url))
    try:
        migrate.upgrade(db.engine, "0003")
        other = subprocess.Popen(
            [sys.executable, "-c", _HELD_UPGRADE, db_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "inside"
        migrate.upgrade(db.engine)
        out, err = other.communicate(timeout=60)
        assert other.returncode == 0, err
        assert out.strip() == "done"
        assert migrate.is_up_to_date(db.engine)
    finally:
        db.dispose()


def test_upgrade_indexes_the_names_of_existing_customers(db_url: str) -> None:
    """Revision 0003 backfills the name index of a database that already has customers."""
    db = Database(create_app_engine(db_url))
    try:
        migrate.upgrade(db.engine, "0002")
        with db.engine.begin() as connection:
            connection.execute(
                insert(Customer),
                [
                    {
                        "id": i,
                        "reference": f"KH-{i:06d}",
                        "full_name": name,
                        "name_folded": fold(name),
                        "created_at": WHEN,
                        "version": 1,
                    }
                    for i, name in enumerate(NAMES, start=1)
                ],
            )
        migrate.upgrade(db.engine)
        with db.engine.connect() as connection:
            keys = connection.execute(select(func.count()).select_from(CustomerNameKey))
            assert keys.scalar_one() == sum(len(name_keys(name)) for name in NAMES)
        search = SearchService(ServiceContext(db=db, settings=Settings(), pseudonymise=str))
        assert [hit.reference for hit in search.search("ngan kim")] == ["KH-000003"]
    finally:
        db.dispose()
