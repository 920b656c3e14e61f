"""clb4u-desk records import DIR"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from clb4u_desk.commands.base import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("records", help="customer records")
    actions = parser.add_subparsers(dest="records_command", required=True, metavar="ACTION")
    imp = actions.add_parser(
        "import",
        help="import records from CSV files (all or nothing; format in docs/import-format.md)",
    )
    imp.add_argument(
        "directory",
        type=Path,
        metavar="DIR",
        help="folder holding customers.csv, invoices.csv, ...",
    )
    imp.set_defaults(handler=_import)


def _import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from clb4u_desk.services.records.importer import import_records

    summary = import_records(ctx.services().ctx, ctx.actor, args.directory)
    for file_name, count in summary.rows.items():
        print(f"  {file_name:<26} {count:>9,} rows")
    print(f"Imported {summary.total:,} rows from {len(summary.rows)} files.")
    return 0
