"""clb4u-desk audit verify | audit checkpoint --user LOGIN [--password-stdin]"""

from __future__ import annotations

import argparse
from typing import Any

from clb4u_desk.commands.base import CommandContext, read_secret


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="the decision log")
    actions = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = actions.add_parser("verify", help="recompute the hash chain and check checkpoints")
    verify.set_defaults(handler=_verify)
    checkpoint = actions.add_parser("checkpoint", help="sign the head of the log (supervisor)")
    checkpoint.add_argument("--user", required=True, help="the supervisor's sign-in name")
    checkpoint.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    checkpoint.set_defaults(handler=_checkpoint)


def _verify(args: argparse.Namespace, ctx: CommandContext) -> int:
    result = ctx.services().checkpoints.verify()
    if result.chain.problem is not None:
        print(f"FAILED at entry {result.chain.problem.seq}: {result.chain.problem.message}")
        return 1
    if result.checkpoint_problem is not None:
        print(
            f"FAILED at entry {result.checkpoint_problem.seq}: {result.checkpoint_problem.message}"
        )
        return 1
    suffix = f", {result.checkpoints} checkpoints" if result.checkpoints else ""
    print(f"OK {result.chain.count} entries{suffix}")
    return 0


def _checkpoint(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = read_secret(args.password_stdin)
    services = ctx.services()
    supervisor = services.accounts.sign_in(args.user, password)
    view = services.checkpoints.sign(supervisor)
    print(
        f"Signed checkpoint {view.id} at entry {view.seq} ({view.entry_hash[:16]}…) "
        f"with key {view.public_key[:16]}…"
    )
    return 0
