"""clb4u-desk db upgrade | db status"""

from __future__ import annotations

import argparse
from typing import Any

from clb4u_desk.commands.base import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("db", help="database schema")
    actions = parser.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    actions.add_parser("upgrade", help="apply migrations").set_defaults(handler=_upgrade)
    actions.add_parser("status", help="show the schema revision").set_defaults(handler=_status)


def _upgrade(args: argparse.Namespace, ctx: CommandContext) -> int:
    from clb4u_desk.app import open_database
    from clb4u_desk.persistence import migrate

    db = open_database(ctx.settings)
    try:
        migrate.upgrade(db.engine)
        print(f"Database {db.display_name} is at revision {migrate.current_revision(db.engine)}")
    finally:
        db.dispose()
    return 0


def _status(args: argparse.Namespace, ctx: CommandContext) -> int:
    from clb4u_desk.app import open_database
    from clb4u_desk.persistence import migrate

    db = open_database(ctx.settings)
    try:
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
        state = "up to date" if current == head else f"needs upgrade to {head}"
        print(f"Database {db.display_name}: revision {current or 'none'} ({state})")
        return 0 if current == head else 1
    finally:
        db.dispose()
