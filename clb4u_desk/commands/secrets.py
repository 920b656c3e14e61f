"""clb4u-desk secret set NAME: store a secret in the OS keyring, read from a prompt or stdin."""

from __future__ import annotations

import argparse
from typing import Any

from clb4u_desk.commands.base import CommandContext, read_secret
from clb4u_desk.domain.errors import ValidationError

NAMES = ("database", "smtp", "pseudonym-key")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("secret", help="secrets in the OS keyring")
    actions = parser.add_subparsers(dest="secret_command", required=True, metavar="ACTION")
    put = actions.add_parser("set", help="store a secret in the keyring")
    put.add_argument("name", choices=NAMES)
    put.add_argument("--stdin", action="store_true", help="read the value from standard input")
    put.set_defaults(handler=_set)


def _secret_key(name: str, ctx: CommandContext) -> str:
    from sqlalchemy.engine import make_url

    from clb4u_desk.adapters.secrets import database_secret_name

    if name == "database":
        url = make_url(ctx.settings.database.url)
        if url.get_backend_name() != "postgresql":
            raise ValidationError("Only a PostgreSQL database has a password.")
        return database_secret_name(
            url.username or "", url.host or "localhost", url.port or 5432, url.database or ""
        )
    if name == "smtp":
        smtp = ctx.settings.smtp
        return f"smtp:{smtp.username}@{smtp.host}"
    return name


def _set(args: argparse.Namespace, ctx: CommandContext) -> int:
    from clb4u_desk.adapters.secrets import set_secret

    value = read_secret(args.stdin, prompt=f"{args.name}: ", option="--stdin")
    if not value:
        raise ValidationError("An empty secret was not stored.")
    if args.name == "pseudonym-key":
        try:
            if len(bytes.fromhex(value)) < 32:
                raise ValueError
        except ValueError:
            raise ValidationError("The pseudonym key is 64 or more hexadecimal digits.") from None
    set_secret(_secret_key(args.name, ctx), value)
    print(f"Stored the {args.name} secret in the OS keyring.")
    return 0
