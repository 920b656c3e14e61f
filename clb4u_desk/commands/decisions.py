"""clb4u-desk erasure plan CASE_REF [--json] | erasure replay --since DATE [--log-from URL]
| purge-due [--today YYYY-MM-DD] [--dry-run]

These run as the system (the installer's and the scheduler's tool): ``purge-due`` is
meant for a daily scheduled job, ``erasure replay`` for the day a backup was restored.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from clb4u_desk.commands.base import CommandContext, print_json
from clb4u_desk.domain.formatting import format_date


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(subparsers: Any) -> None:
    erasure = subparsers.add_parser("erasure", help="erasure plans and replay after a restore")
    actions = erasure.add_subparsers(dest="erasure_command", required=True, metavar="ACTION")
    plan = actions.add_parser("plan", help="what an erasure would do today, per category")
    plan.add_argument("case", metavar="CASE_REF")
    plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    plan.set_defaults(handler=_plan)
    replay = actions.add_parser("replay", help="re-apply logged erasures after a restore")
    replay.add_argument(
        "--since",
        type=_day,
        required=True,
        metavar="DATE",
        help="replay erasures logged on or after this day (Vietnam time)",
    )
    replay.add_argument(
        "--log-from",
        metavar="URL",
        help="read the erasures from this database's decision log (e.g. the "
        "one kept from before the restore) instead of the restored one",
    )
    replay.set_defaults(handler=_replay)
    purge = subparsers.add_parser(
        "purge-due", help="erase data retained after erasures whose date came"
    )
    purge.add_argument(
        "--today",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the day to purge for (default: today in Vietnam)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="show what would be purged, change nothing"
    )
    purge.set_defaults(handler=_purge)


def _plan(args: argparse.Namespace, ctx: CommandContext) -> int:
    view = ctx.services().erasure.plan(ctx.actor, str(args.case))
    if args.json:
        print_json(view.to_json())
        return 0
    print(
        f"Erasure plan for {view.case_reference} (customer {view.customer_reference}), "
        f"{format_date(view.planned_on)}, plan {view.plan_hash[:16]}"
    )
    for line in view.lines:
        until = f" until {format_date(line.retain_until)}" if line.retain_until else ""
        hold = " (legal hold)" if line.hold_reason else ""
        print(f"  {line.category:<16} {line.action:<16} {line.row_count:>6}{until}{hold}")
    return 0


def _replay(args: argparse.Namespace, ctx: CommandContext) -> int:
    services = ctx.services()
    source = None
    if args.log_from:
        from clb4u_desk.app import open_log_source

        source = open_log_source(ctx.settings, args.log_from)
    try:
        report = services.erasure.replay_since(ctx.actor, args.since, log_source=source)
    finally:
        if source is not None:
            source.dispose()
    print(
        f"{report.entries} erasures logged since {format_date(report.since)}; "
        f"{report.rows} rows erased, anonymised or restricted again"
    )
    for customer in report.customers:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(customer.counts.items()))
        print(f"  {customer.customer_reference}: {counts}")
    for reason in report.skipped:
        print(f"  skipped {reason}")
    return 0


def _purge(args: argparse.Namespace, ctx: CommandContext) -> int:
    report = ctx.services().erasure.purge_due(ctx.actor, args.today, dry_run=args.dry_run)
    verb = "would purge" if report.dry_run else "purged"
    print(
        f"{format_date(report.today)}: {verb} {report.rows} rows of "
        f"{len(report.customers)} customers"
    )
    for customer in report.customers:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(customer.counts.items()))
        print(f"  {customer.customer_reference}: {counts}")
    return 0
