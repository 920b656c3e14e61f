"""clb4u-desk case import-eml | show | list | new

``import-eml`` is all or nothing: every file is read and parsed first; when any of
them is not an email (or asks for no right the tool recognises), each such file is
named on stderr, the exit code is 2 and no case is created, not even for the good
files. Fix or remove the bad files and run the same command again. The good files
are then written in one transaction, so an interrupted run leaves no half import.

Importing is idempotent: an email already imported (the same Message-ID, or the same
bytes when it has none) is refused the same way, as one line "FILE: already case
DSR-…" (with --json, an object with "already_case"), exit code 2.

Times are printed in Vietnam time with the zone named ("04/12/2026 03:30 Vietnam time
(UTC+7)"), dates as the letters print them (dd/mm/yyyy); --json gives ISO 8601, times
with the +07:00 offset.

The output names the requester as the request does: it is the agent's own tool, in
the agent's own terminal. Nothing here is logged.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from clb4u_desk.commands.base import CommandContext, print_json
from clb4u_desk.domain.cases import CaseState
from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.domain.formatting import format_date, format_zoned, vietnam_isoformat
from clb4u_desk.domain.rights import Channel, Right
from clb4u_desk.services.cases.queue import QueueFilter, QueueRow
from clb4u_desk.services.cases.service import CaseDetail
from clb4u_desk.services.intake.service import (
    AlreadyImportedError,
    CaseFromEmail,
    NewCase,
    third_party_not_asked,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("case", help="privacy requests (cases)")
    actions = parser.add_subparsers(dest="case_command", required=True, metavar="ACTION")

    imp = actions.add_parser(
        "import-eml",
        help="open one case per .eml file (all or nothing: when a file is "
        "not usable, it is named on stderr and no file is imported)",
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument(
        "--rights",
        type=_rights,
        metavar="R1,R2",
        help="the rights asked for, for every file (default: suggested from "
        f"the wording); one of: {_RIGHT_NAMES}",
    )
    imp.add_argument(
        "--third-party",
        type=_rights,
        metavar="RIGHT[,RIGHT]",
        default=[],
        help="rights for which a processor or third party must act (the "
        "longer Vietnamese periods apply); each must be asked for",
    )
    imp.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    imp.set_defaults(handler=_import_eml)

    show = actions.add_parser("show", help="one case with its items and attachments")
    show.add_argument("reference", metavar="REF", help="e.g. DSR-2026-000123")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    listing = actions.add_parser("list", help="open cases by due date")
    listing.add_argument("--overdue", action="store_true", help="only overdue cases")
    listing.add_argument("--all", action="store_true", help="closed cases too")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    new = actions.add_parser("new", help="open a case taken by phone, post or in person")
    new.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    new.add_argument("--name", required=True, help="the requester's name as given")
    new.add_argument("--email")
    new.add_argument("--phone")
    new.add_argument("--address")
    new.add_argument(
        "--rights",
        required=True,
        type=_rights,
        metavar="R1,R2",
        help=f"one or more of: {_RIGHT_NAMES}",
    )
    new.add_argument(
        "--third-party",
        type=_rights,
        metavar="RIGHT[,RIGHT]",
        default=[],
        help="rights for which a processor or third party must act (the "
        "longer Vietnamese periods apply); each must be in --rights",
    )
    new.add_argument("--language", choices=("vi", "en"), default="vi")
    new.add_argument("--eu-resident", action="store_true")
    new.add_argument("--california-resident", action="store_true")
    new.add_argument(
        "--received",
        type=_moment,
        metavar="ISO-TIME",
        help="time of receipt with its offset (default: now)",
    )
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=_new)


_RIGHT_NAMES = ", ".join(right.value for right in Right)


def _rights(text: str) -> list[Right]:
    rights = []
    for name in (part.strip().lower().replace("-", "_") for part in text.split(",")):
        if not name:
            continue
        try:
            rights.append(Right(name))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"unknown right '{name}'; use: {_RIGHT_NAMES}"
            ) from None
    if not rights:
        raise argparse.ArgumentTypeError("name at least one right")
    return rights


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("not an ISO time like 2026-03-05T09:30+07:00") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError("give the time with its offset, e.g. +07:00")
    return moment


# --------------------------------------------------------------------------- import-eml


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ValidationError(f"{path}: cannot be read ({error.strerror}).") from None


def _import_eml(args: argparse.Namespace, ctx: CommandContext) -> int:
    intake = ctx.services().intake
    files = [(path, _read(path)) for path in args.files]
    third_party = frozenset(args.third_party)
    failures = []
    already = []  # --json: what was imported before, as objects
    for path, data in files:
        try:
            preview = intake.preview_eml(data)
            if (found := intake.imported_as(ctx.actor, data)) is not None:
                if args.json:
                    already.append({"file": str(path), "already_case": found.reference})
                    continue
                raise ValidationError(f"already case {found.reference}")
            if args.rights is None and not preview.suggestions:
                raise ValidationError("no right could be recognised in the email; give --rights")
            rights = args.rights if args.rights is not None else preview.suggested_rights
            if extra := third_party_not_asked(third_party, rights):
                raise ValidationError(
                    f"--third-party names {extra}, which the email does not ask for; give --rights"
                )
        except ValidationError as error:
            failures.append(f"clb4u-desk: {path}: {error}")
    for line in already:
        print(json.dumps(line, ensure_ascii=False, sort_keys=True))
    if failures or already:
        # One line per unusable file; nothing at all is imported (module docstring).
        if failures:
            print("\n".join(failures), file=sys.stderr)
        return 2
    try:
        results = intake.create_cases_from_eml(
            ctx.actor, [data for _, data in files], rights=args.rights, third_party=third_party
        )
    except AlreadyImportedError as error:  # the same email given twice in this run
        print(f"clb4u-desk: {files[error.index][0]}: {error}", file=sys.stderr)
        return 2
    for (path, _), result in zip(files, results, strict=True):
        if args.json:  # JSON Lines: one object per file, in the order given
            print(json.dumps(_imported_json(path, result), ensure_ascii=False, sort_keys=True))
        else:
            print(f"{result.case.reference}  {path}")
    return 0


def _imported_json(path: Path, result: CaseFromEmail) -> dict[str, Any]:
    case, email = result.case, result.email
    return {
        "file": str(path),
        "reference": case.reference,
        "requester": {"name": email.requester_name, "email": email.requester_email},
        "received_at": vietnam_isoformat(case.received_at),
        "date_note": email.date_note.value if email.date_note else None,
        "rights_suggested": [right.value for right in email.suggested_rights],
        "rights": [right.value for right in result.rights],
        "due": {item.right.value: item.due_on.isoformat() for item in case.items},
        "third_party": [item.right.value for item in case.items if item.third_party],
        "acknowledge_by": case.acknowledge_by.isoformat(),
        "attachments": case.attachments,
        "related_cases": list(case.related_references),
        "warnings": list(case.warnings),
    }


# --------------------------------------------------------------------------- show


def _show(args: argparse.Namespace, ctx: CommandContext) -> int:
    detail = ctx.services().cases.get_case(args.reference)
    if args.json:
        print_json(_detail_json(detail))
        return 0
    print(
        f"{detail.reference}  {detail.state.value}  received "
        f"{format_zoned(detail.received_at, 'en')} via {detail.channel.value}"
    )
    print(
        f"  requester: {detail.requester_name or '-'}  "
        f"{detail.requester_email or detail.requester_phone or ''}".rstrip()
    )
    print(
        f"  regimes: {', '.join(r.value for r in detail.regimes)}  "
        f"acknowledge by {format_date(detail.acknowledge_by)}"
        + (
            f" (done {format_zoned(detail.acknowledged_at, 'en')})"
            if detail.acknowledged_at
            else ""
        )
    )
    for item in detail.items:
        due = format_date(item.due_on) if item.due_on else "clock stopped"
        regime = item.regime.value if item.regime else "-"
        print(
            f"  - {item.right.value:<20} due {due:<13} ({regime})  {item.outcome.value}"
            + ("  third party acts" if item.third_party else "")
            + ("  extended" if item.extended else "")
        )
    for attachment in detail.attachments:
        print(
            f"  attachment: {attachment.display_name} ({attachment.content_type}, "
            f"{attachment.size:,} bytes, sha256 {attachment.sha256[:12]}…)"
        )
    if detail.possibly_related:
        print("  possibly related: " + ", ".join(c.reference for c in detail.possibly_related))
    return 0


def _detail_json(detail: CaseDetail) -> dict[str, Any]:
    return {
        "reference": detail.reference,
        "state": detail.state.value,
        "outcome": detail.outcome.value if detail.outcome else None,
        "channel": detail.channel.value,
        "received_at": vietnam_isoformat(detail.received_at),
        "requester": {
            "name": detail.requester_name,
            "email": detail.requester_email,
            "phone": detail.requester_phone,
            "address": detail.requester_address,
            "language": detail.language,
        },
        "regimes": [regime.value for regime in detail.regimes],
        "identity_level": detail.identity_level,
        "assignee": detail.assignee_name,
        "acknowledge_by": detail.acknowledge_by.isoformat(),
        "acknowledged_at": (
            vietnam_isoformat(detail.acknowledged_at) if detail.acknowledged_at else None
        ),
        "due_on": detail.due_on.isoformat() if detail.due_on else None,
        "items": [
            {
                "id": item.id,
                "right": item.right.value,
                "due_on": item.due_on.isoformat() if item.due_on else None,
                "regime": item.regime.value if item.regime else None,
                "third_party": item.third_party,
                "extended": item.extended,
                "clock_stopped": item.clock_stopped,
                "outcome": item.outcome.value,
            }
            for item in detail.items
        ],
        "attachments": [
            {
                "name": a.display_name,
                "content_type": a.content_type,
                "size": a.size,
                "sha256": a.sha256,
            }
            for a in detail.attachments
        ],
        "related_case": detail.related_case.reference if detail.related_case else None,
        "possibly_related": [c.reference for c in detail.possibly_related],
        "version": detail.version,
    }


# --------------------------------------------------------------------------- list


def _list(args: argparse.Namespace, ctx: CommandContext) -> int:
    queue = ctx.services().queue
    states = (
        frozenset() if args.all else frozenset(s for s in CaseState if s is not CaseState.CLOSED)
    )
    rows = queue.rows(queue.query_ids(QueueFilter(states=states, overdue=args.overdue)))
    if args.json:
        print_json([_row_json(row) for row in rows])
        return 0
    for row in rows:
        print(_row_line(row))
    print(f"{len(rows)} case(s).")
    return 0


def _row_json(row: QueueRow) -> dict[str, Any]:
    return {
        "reference": row.reference,
        "state": row.state.value,
        "due_on": row.due_on.isoformat() if row.due_on else None,
        "urgency": row.urgency.value if row.urgency else None,
        "rights": [right.value for right in row.rights],
        "assignee": row.assignee,
        "requester_initials": row.requester_initials,
    }


def _row_line(row: QueueRow) -> str:
    due = format_date(row.due_on) if row.due_on else "-"
    urgency = row.urgency.value if row.urgency else ""
    rights = ",".join(right.value for right in row.rights)
    return (
        f"{row.reference}  {due:<10}  {urgency:<8}  {row.state.value:<17}  "
        f"{row.requester_initials:<8}  {row.assignee or '-':<12}  {rights}"
    )


# --------------------------------------------------------------------------- new


def _new(args: argparse.Namespace, ctx: CommandContext) -> int:
    services = ctx.services()
    summary = services.intake.create_case(
        ctx.actor,
        NewCase(
            channel=Channel(args.channel),
            received_at=args.received or services.ctx.clock(),
            requester_name=args.name,
            rights=args.rights,
            email=args.email,
            phone=args.phone,
            address=args.address,
            language=args.language,
            third_party=frozenset(args.third_party),
            eu_resident=args.eu_resident,
            california_resident=args.california_resident,
        ),
    )
    if args.json:
        print_json(
            {
                "reference": summary.reference,
                "due": {item.right.value: item.due_on.isoformat() for item in summary.items},
                "third_party": [item.right.value for item in summary.items if item.third_party],
                "acknowledge_by": summary.acknowledge_by.isoformat(),
                "related_cases": list(summary.related_references),
            }
        )
        return 0
    print(summary.reference)
    for item in summary.items:
        print(
            f"  {item.right.value:<20} due {format_date(item.due_on)} ({item.regime.value})"
            + ("  third party acts" if item.third_party else "")
        )
    if summary.related:
        print("  possibly related: " + ", ".join(summary.related_references))
    return 0
