"""clb4u-desk user add LOGIN --role ROLE [--name NAME] [--password-stdin] | user list"""

from __future__ import annotations

import argparse
from typing import Any

from clb4u_desk.commands.base import CommandContext, read_secret
from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.services.authz import ROLES


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("user", help="accounts")
    actions = parser.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="create an account")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--name", default="", help="display name (default: the login)")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    add.set_defaults(handler=_add)
    actions.add_parser("list", help="list accounts").set_defaults(handler=_list)


def _read_password(from_stdin: bool) -> str:
    first = read_secret(from_stdin)
    if not from_stdin and read_secret(False, prompt="Password again: ") != first:
        raise ValidationError("The two passwords differ.")
    return first


def _add(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = _read_password(args.password_stdin)
    account = ctx.services().accounts.add_user(
        ctx.actor, login=args.login, display_name=args.name, role=args.role, password=password
    )
    print(f"Created {account.role} account '{account.login}'.")
    return 0


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    for account in ctx.services().accounts.list_accounts(ctx.actor):
        state = "active" if account.active else "disabled"
        print(f"{account.login}\t{account.role}\t{state}\t{account.display_name}")
    return 0
