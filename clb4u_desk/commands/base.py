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
        return self._services

    @property
    def actor(self) -> Actor:
        # The command line is the installer's and the scheduler's tool: it acts as the
        # system, and everything it changes is logged under that name.
        return SYSTEM_ACTOR

    def close(self) -> None:
        if self._services is not None:
            self._services.db.dispose()


Handler = Callable[[argparse.Namespace, CommandContext], int]
Subparsers = "argparse._SubParsersAction[argparse.ArgumentParser]"


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True, default=str)
    sys.stdout.write("\n")
