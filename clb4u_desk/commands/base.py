"""What every CLI handler gets: the parsed settings and a lazily opened app."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from clb4u_desk.config import Settings
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor

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


def _fill_demo_workspace(services: Services) -> None:
    """``--demo COMMAND`` on a new workspace finds what the app would: the demo accounts,
    customers and cases (seeded on first use, as the help says), not an empty database."""
    from clb4u_desk.services.demo_seed import DEMO_ACCOUNTS, seed_demo_workspace

    if services.accounts.list_accounts(SYSTEM_ACTOR):
        return
    print("Creating the demo workspace (invented data; a few seconds, once)...",
          file=sys.stderr, flush=True)
    seed_demo_workspace(services)
    print("Demo workspace accounts (these passwords exist only here): "
          + ", ".join(f"{a.login} / {a.password}" for a in DEMO_ACCOUNTS),
          file=sys.stderr, flush=True)


Handler = Callable[[argparse.Namespace, CommandContext], int]
Subparsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")
