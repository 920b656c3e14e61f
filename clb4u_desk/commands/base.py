"""What every CLI handler gets: the parsed settings and a lazily opened app."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from clb4u_desk.config import Settings
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from clb4u_desk.app import Services


@dataclass
class CommandContext:
    settings: Settings
    _services: Services | None = field(default=None, init=False)

    def services(self, *, upgrade: bool = False) -> Services:
        """Open the database (checking that it is migrated) and build the services."""
        if self._services is None:
            from clb4u_desk.app import open_app

            self._services = open_app(self.settings, upgrade=upgrade or self.settings.demo)
            if self.settings.demo:
                _fill_demo_workspace(self._services)
        return self._services

    @property
    def actor(self) -> Actor:
        # The command line is the installer's and the scheduler's tool: it acts as the
        # system, and everything it changes is logged under that name.
        return SYSTEM_ACTOR

    def close(self) -> None:
        if self._services is not None:
            self._services.db.dispose()


def print_demo_accounts(
    accounts: Sequence[tuple[str, str, str, str]], file: TextIO | None = None
) -> None:
    """The demo accounts (login, role, password, name) for the terminal."""
    out = sys.stdout if file is None else file
    if not accounts:
        print(
            "Demo workspace: no demo accounts are available in this build "
            "(clb4u_desk.demo.seed is missing); create one with "
            "'clb4u-desk --demo user add LOGIN --role agent'.",
            file=out,
        )
        return
    print("Demo workspace accounts (invented data; these passwords exist only here):", file=out)
    for login, role, password, _name in accounts:
        print(f"  {login:<12} {role:<11} {password}", file=out)
    out.flush()


def _fill_demo_workspace(services: Services) -> None:
    """``--demo COMMAND`` on a new workspace finds what the app would: the demo accounts,
    customers and cases (seeded on first use, as the help says), not an empty database."""
    from clb4u_desk.demo.seed import DEMO_ACCOUNTS, seed_demo_workspace

    if services.accounts.list_accounts(SYSTEM_ACTOR):
        return
    print(
        "Creating the demo workspace (invented data; a few seconds, once)...",
        file=sys.stderr,
        flush=True,
    )
    seed_demo_workspace(services)
    print_demo_accounts(DEMO_ACCOUNTS, file=sys.stderr)


Handler = Callable[[argparse.Namespace, CommandContext], int]
Subparsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")


def read_secret(
    from_stdin: bool, *, prompt: str = "Password: ", option: str = "--password-stdin"
) -> str:
    """A password (or other secret): the first line of standard input when ``option`` was
    given, else asked on the terminal. Without a terminal there is no one to ask, so the
    user is told to use ``option`` (instead of getpass reading, or failing on, a pipe)."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError(f"No terminal to ask for a password; use {option}.")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise ValidationError(f"No password was given; use {option}.") from None
