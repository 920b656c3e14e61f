"""clb4u-desk demo seed --customers N [--seed S]"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from clb4u_desk.commands.base import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="invented demo data")
    actions = parser.add_subparsers(dest="demo_command", required=True, metavar="ACTION")
    seed = actions.add_parser(
        "seed", help="fill an empty database with invented customers and their records"
    )
    seed.add_argument("--customers", type=int, required=True, metavar="N")
    seed.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="random seed; the same seed gives the same data (default 2026)",
    )
    seed.add_argument("--quiet", action="store_true", help="no progress on stderr")
    seed.set_defaults(handler=_seed)


class _ProgressPrinter:
    """Progress on stderr at most every few seconds, so a long seed shows it is alive."""

    def __init__(self) -> None:
        self._last = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= 5 or done == total:
            self._last = now
            print(f"  {done:,} / {total:,} customers", file=sys.stderr, flush=True)


def _seed(args: argparse.Namespace, ctx: CommandContext) -> int:
    from clb4u_desk.demo.seed import DEFAULT_SEED, seed_customers

    services = ctx.services()
    summary = seed_customers(
        services.ctx,
        ctx.actor,
        customers=args.customers,
        seed=DEFAULT_SEED if args.seed is None else args.seed,
        progress=None if args.quiet else _ProgressPrinter(),
    )
    print(
        f"Seeded {summary.customers:,} customers and {summary.total_rows - summary.customers:,} "
        f"record rows in {summary.seconds:.1f} s into {services.db.display_name}."
    )
    for table, count in summary.rows.items():
        print(f"  {table:<22} {count:>12,}")
    if summary.heavy_customers:
        print(f"Heavy customers: {', '.join(summary.heavy_customers)}")
    return 0
