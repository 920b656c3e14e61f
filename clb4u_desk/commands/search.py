"""clb4u-desk search QUERY [--json] [--limit N]; clb4u-desk search reindex"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import asdict
from typing import Any

from clb4u_desk.commands.base import CommandContext, print_json

_REINDEX = "reindex"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search",
        help="find customers by name, email, phone, reference or invoice number",
        description="Find customers by name (any case, accents and word order; unfinished "
        "words allowed), email, phone (any Vietnamese form), customer reference "
        "(KH-000123) or invoice number. Contact points are shown masked. "
        f"'search {_REINDEX}' rebuilds the name index.",
    )
    parser.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help=f"what to look for, or '{_REINDEX}' to rebuild the name index",
    )
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    parser.add_argument(
        "--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)"
    )
    parser.set_defaults(handler=_search)


def _search(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.query == [_REINDEX]:
        return _reindex(ctx)
    from clb4u_desk.domain.errors import ValidationError
    from clb4u_desk.services.search.service import SearchHit

    if not "".join(args.query).strip():
        raise ValidationError(
            "The search is empty: give a name, email, phone number, "
            "customer reference or invoice number."
        )
    if args.limit < 1:
        raise ValidationError("--limit must be at least 1.")
    results = ctx.services().search.search_results(" ".join(args.query), limit=args.limit)
    if args.json:
        print_json({"hits": [asdict(hit) for hit in results.hits], "truncated": results.truncated})
        return 0
    if not results.hits:
        print("No customer found.")
        return 0
    hit: SearchHit
    for hit in results.hits:
        contact = ", ".join(c for c in (hit.masked_email, hit.masked_phone) if c) or "-"
        print(f"{hit.reference:<12} {hit.display_name:<32} {contact:<40} {' + '.join(hit.reasons)}")
    if results.truncated:
        print("The query matches very many customers; add a word to narrow it.")
    return 0


def _reindex(ctx: CommandContext) -> int:
    from clb4u_desk.services.search.service import rebuild_search_index

    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        if done == total or done % 200_000 == 0:
            print(f"  {done:,} / {total:,} customers", file=sys.stderr, flush=True)

    count = rebuild_search_index(ctx.services().db, progress)
    print(f"Indexed the names of {count:,} customers in {time.monotonic() - started:.1f} s.")
    return 0
