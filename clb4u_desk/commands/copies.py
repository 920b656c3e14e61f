"""clb4u-desk copy issue CASE_REF --out PATH --user LOGIN [--password-stdin]
[--format pdf|json|csv|all ...] [--no-encrypt] [--separate-exports]
[--channel email|post|in_person|portal] [--lang vi|en] [--keep-open]

The command line has no signed-in user, so issuing asks for the agent's sign-in: the
issuing agent is what the issued-document record and the decision log name. The
passphrase of an encrypted copy is printed once, on standard output, and nowhere else.
Issuing marks the case's pending access and copy items done (naming the command is the
agent's confirmation); ``--keep-open`` leaves them pending, to be decided later.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from clb4u_desk.commands.base import CommandContext, read_secret
from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.services.copies.service import CHANNELS

_FORMAT_CHOICES = ("pdf", "json", "csv", "all")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("copy", help="data copies (access and portability)")
    actions = parser.add_subparsers(dest="copy_command", required=True, metavar="ACTION")
    issue = actions.add_parser(
        "issue", help="write a case's data copy into a folder and record it as issued"
    )
    issue.add_argument("reference", metavar="CASE_REF", help="e.g. DSR-2026-000123")
    issue.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="PATH",
        help="an existing folder to write the files into",
    )
    issue.add_argument("--user", required=True, help="the issuing agent's sign-in name")
    issue.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    issue.add_argument(
        "--format",
        dest="formats",
        action="append",
        choices=_FORMAT_CHOICES,
        help="pdf, json, csv or all (default: all; may be repeated)",
    )
    issue.add_argument(
        "--no-encrypt",
        action="store_true",
        help="do not encrypt the PDF (then exports may be separate files)",
    )
    issue.add_argument(
        "--separate-exports",
        action="store_true",
        help="write JSON/CSV as separate files instead of inside the PDF (only with --no-encrypt)",
    )
    issue.add_argument(
        "--channel",
        choices=CHANNELS,
        default="email",
        help="how the copy will reach the requester (default: email)",
    )
    issue.add_argument(
        "--keep-open",
        action="store_true",
        help="leave the access/copy items pending (by default the copy marks them done)",
    )
    # Its own dest: the top-level --lang is the interface language.
    issue.add_argument(
        "--lang",
        dest="copy_language",
        choices=("vi", "en"),
        help="language of the copy (default: the requester's)",
    )
    issue.set_defaults(handler=_issue)


def _formats(chosen: list[str] | None) -> set[str]:
    if not chosen or "all" in chosen:
        return {"pdf", "json", "csv"}
    return set(chosen)


def _issue(args: argparse.Namespace, ctx: CommandContext) -> int:
    encrypt = not args.no_encrypt
    if encrypt and args.separate_exports:
        raise ValidationError(
            "Separate export files cannot be encrypted; drop --separate-exports (the exports "
            "then travel inside the encrypted PDF) or add --no-encrypt."
        )
    formats = _formats(args.formats)
    password = read_secret(args.password_stdin)
    services = ctx.services()
    agent = services.accounts.sign_in(args.user, password)
    result = services.copies.issue(
        agent,
        services.copies.case_id(args.reference),
        out_dir=args.out,
        formats=formats,
        exports_inside_pdf=not args.separate_exports,
        encrypt=encrypt,
        channel=args.channel,
        language=args.copy_language,
        complete_items=not args.keep_open,
    )
    for issued in result.files:
        print(f"{issued.sha256}  {issued.size:>10}  {issued.path}")
    if result.exports_inside_pdf and formats & {"json", "csv"}:
        print("The JSON/CSV exports are attached inside the PDF.")
    if not args.keep_open:
        print("The access/copy request of the case is marked done.")
    if result.passphrase is None:
        print("Not encrypted: deliver the files only over a protected channel.")
        return 0
    print(f"Passphrase: {result.passphrase}")
    print(
        "Send the passphrase by another channel than the file (e.g. read it out by "
        "phone or send it by SMS). It is shown only now and is not stored anywhere."
    )
    return 0
