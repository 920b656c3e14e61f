"""The command line: ``clb4u-desk [--demo] [--database URL] [COMMAND ...]``.

Without a command it starts the desktop app. Every command uses the same services as
the app. A problem the user can fix prints one line on stderr and exits with code 2; so
does a file or folder the command cannot read or write (named in that line). When the
reader of the output goes away (``clb4u-desk search ... | head -1``), the command stops
quietly with exit code 141 (128 + SIGPIPE), what a shell reports for any program ended
by a closed pipe, so ``set -o pipefail`` scripts still see that the output was cut.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from clb4u_desk.commands.base import CommandContext, Handler
from clb4u_desk.config import load_settings
from clb4u_desk.domain.errors import DomainError

BROKEN_PIPE_EXIT = 141  # 128 + SIGPIPE, as the shell reports it

# Each module registers its subcommands; features add theirs to this list.
COMMAND_MODULES = (
    "clb4u_desk.commands.db",
    "clb4u_desk.commands.users",
    "clb4u_desk.commands.audit",
    "clb4u_desk.commands.secrets",
)
OPTIONAL_COMMAND_MODULES = (
    "clb4u_desk.commands.selftest",
    "clb4u_desk.commands.demo",
    "clb4u_desk.commands.records",
    "clb4u_desk.commands.cases",
    "clb4u_desk.commands.search",
    "clb4u_desk.commands.copies",
    "clb4u_desk.commands.decisions",
)

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        # argparse already exits with 2; keep it to one line plus the usage hint.
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clb4u-desk", description="CLB4U Desk: privacy-request workbench")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo workspace (created and seeded on first use)",
    )
    parser.add_argument("--database", metavar="URL", help="database URL (overrides config)")
    parser.add_argument("--lang", choices=("vi", "en"), help="user interface language")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    for name in OPTIONAL_COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    if args.demo:
        overrides["demo"] = True
    if args.database:
        overrides["database"] = {"url": args.database}
    if args.lang:
        overrides["ui"] = {"language": args.lang}
    return overrides


def main(argv: Sequence[str] | None = None) -> int:
    from clb4u_desk.logging_setup import configure_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging()
    try:
        settings = load_settings(cli_overrides=_overrides(args))
    except DomainError as error:
        print(f"clb4u-desk: {error}", file=sys.stderr)
        return 2
    if args.command is None:
        from clb4u_desk.commands.base import print_demo_accounts
        from clb4u_desk.gui.launch import run_gui

        return run_gui(
            settings,
            language_given=bool(args.lang or os.environ.get("CLB4U_UI_LANGUAGE")),
            announce_demo_accounts=print_demo_accounts,
        )
    handler: Handler = args.handler
    context = CommandContext(settings)
    try:
        code = handler(args, context)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except DomainError as error:
        print(f"clb4u-desk: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE_EXIT
    except OSError as error:
        if error.filename is None:
            log.exception("unexpected error in command %s", args.command)
            print("clb4u-desk: internal error; the details are in the log file", file=sys.stderr)
            return 1
        log.warning("command %s: %s", args.command, error.strerror)
        print(f"clb4u-desk: {error.filename}: {error.strerror}", file=sys.stderr)
        return 2
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print("clb4u-desk: internal error; the details are in the log file", file=sys.stderr)
        return 1
    finally:
        context.close()


def _silence_stdout() -> None:
    """Point standard output at nothing, so the interpreter's final flush of what is
    still buffered for the closed pipe does not complain on stderr."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (tests replace stdout)
        pass


if __name__ == "__main__":
    sys.exit(main())
