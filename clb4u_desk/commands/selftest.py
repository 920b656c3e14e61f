"""clb4u-desk self-test: is this installation able to run? (for installers and CI)

One line per check, then ``self-test: OK`` (exit 0) or the failed checks (exit 1; 2 when
a failure is a setup problem the installer can fix, such as the database URL).
"""

from __future__ import annotations

import argparse
import io
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from clb4u_desk.commands.base import CommandContext
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.resources import resource_path

PDF_PROBE = "Nguyễn Thị Mai – quyền yêu cầu xóa dữ liệu cá nhân (Điều 16)"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVu-LICENSE.txt")

Check = Callable[[], str]


class CheckFailed(Exception):
    """An expected kind of failure; its message is the whole explanation."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "self-test", help="check that Qt, the database, fonts, translations and PDFs work"
    )
    parser.set_defaults(handler=_self_test)


def _self_test(args: argparse.Namespace, ctx: CommandContext) -> int:
    checks: list[tuple[str, Check]] = [
        ("qt", _check_qt),
        ("database", lambda: _check_database(ctx)),
        ("fonts", _check_fonts),
        ("translations", _check_translations),
        ("pdf", _check_pdf),
    ]
    failed: list[str] = []
    code = 0
    for name, check in checks:
        try:
            detail = check()
        except DomainError as error:
            failed.append(name)
            code = 2 if code in (0, 2) else code
            print(f"self-test: {name}: FAILED: {error}")
        except CheckFailed as error:
            failed.append(name)
            code = 1
            print(f"self-test: {name}: FAILED: {error}")
        except Exception as error:  # a failed check is reported, the others still run
            failed.append(name)
            code = 1
            print(f"self-test: {name}: FAILED: {type(error).__name__}: {error}")
        else:
            print(f"self-test: {name}: ok ({detail})")
    if failed:
        print(f"self-test: FAILED ({', '.join(failed)})")
        return code
    print("self-test: OK")
    return 0


def _check_qt() -> str:
    from clb4u_desk.gui import selfcheck  # Qt only behind this import

    try:
        return selfcheck.check_qt()
    except selfcheck.SelfCheckError as error:
        raise CheckFailed(str(error)) from error


def _check_translations() -> str:
    from clb4u_desk.gui import selfcheck

    try:
        return selfcheck.check_translations()
    except selfcheck.SelfCheckError as error:
        raise CheckFailed(str(error)) from error


def _check_database(ctx: CommandContext) -> str:
    from sqlalchemy.engine import make_url

    from clb4u_desk.app import open_database
    from clb4u_desk.persistence import migrate

    url = make_url(ctx.settings.database.url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        # Connecting would create an empty file; a self-test changes nothing.
        path = Path(url.database)
        if not path.is_file():
            raise CheckFailed(
                f"no database file at {path}"
                + (
                    " (start the app once with --demo)"
                    if ctx.settings.demo
                    else "; create it with: clb4u-desk db upgrade"
                )
            )
    db = open_database(ctx.settings)
    try:
        if not migrate.is_up_to_date(db.engine):
            raise CheckFailed(
                f"{db.display_name} is not migrated; run: clb4u-desk db upgrade"
                + (" (or start the app once with --demo)" if ctx.settings.demo else "")
            )
        return f"{db.display_name} at revision {migrate.current_revision(db.engine)}"
    finally:
        db.dispose()


def _check_fonts() -> str:
    from clb4u_desk.reporting.fonts import register_fonts

    missing = [name for name in FONT_FILES if not resource_path("fonts", name).is_file()]
    if missing:
        raise CheckFailed(f"missing from {resource_path('fonts')}: {', '.join(missing)}")
    fonts = register_fonts()
    uncovered = [c for c in PDF_PROBE if ord(c) not in fonts.codepoints and not c.isspace()]
    if uncovered:
        raise CheckFailed(f"the fonts cannot draw {''.join(uncovered)!r}")
    return f"{fonts.regular}, {fonts.bold}, licence"


def _check_pdf() -> str:
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from clb4u_desk.reporting.fonts import register_fonts

    fonts = register_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont(fonts.regular, 12)
    page.drawString(72, 720, PDF_PROBE)
    page.showPage()
    page.save()
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    got = " ".join(unicodedata.normalize("NFC", text).split())
    if got != PDF_PROBE:
        raise CheckFailed(f"the PDF text reads back as {got!r}")
    return f"{len(buffer.getvalue()):,} bytes, Vietnamese text reads back exactly"
