"""Logging to a rotating file in the user log dir. Never log personal data."""

from __future__ import annotations

import logging
import logging.handlers
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from clb4u_desk.config import APP_AUTHOR, APP_NAME
from clb4u_desk.domain.formatting import vietnam_time


class VietnamTimeFormatter(logging.Formatter):
    """Stamps each line in Vietnam time with its offset (2026-12-04T03:30:00.123+07:00),
    so that a log line and a case's times agree whatever the workstation's zone."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        del datefmt  # one form for every line
        moment = datetime.fromtimestamp(record.created, UTC)
        return vietnam_time(moment).isoformat(timespec="milliseconds")


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)) / "clb4u-desk.log"


def configure_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_clb4u", False) for h in root.handlers):
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(VietnamTimeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._clb4u = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
