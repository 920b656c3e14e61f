"""clb4u-desk audit verify"""

from __future__ import annotations

import argparse
from typing import Any

from clb4u_desk.commands.base import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="the decision log")
    actions = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = actions.add_parser("verify", help="recompute the hash chain")
    verify.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace, ctx: CommandContext) -> int:
    from clb4u_desk.audit.verify import verify_database

    with ctx.services().db.reader() as uow:
        result = verify_database(uow.session)
    if result.problem is None:
        print(f"OK {result.count} entries")
        return 0
    print(f"FAILED at entry {result.problem.seq}: {result.problem.message}")
    return 1
