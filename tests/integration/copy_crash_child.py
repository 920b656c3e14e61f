"""A child process for test_copy_crash: issues a data copy and kills itself (SIGKILL) at
the step named on its command line, as a power cut or a killed app would.

    python -m tests.integration.copy_crash_child DB_URL CASE_ID OUT_DIR STEP

Steps: ``write:N`` (half-way through writing the N-th file, 0-based), ``record`` (all
files staged, before the transaction that records them), ``move:N`` (committed, before
the N-th rename), ``cleanup`` (every file renamed, before the staging folder is
removed), ``none`` (no kill: the whole issue).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

import keyring

from clb4u_desk.adapters import files
from clb4u_desk.domain.actor import SYSTEM_ACTOR
from clb4u_desk.services.copies.service import CopyService
from tests.conftest import TEST_PASSWORD, MemoryKeyring
from tests.integration.copy_helpers import open_services

PSEUDONYM_KEY = "5a" * 32


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(step: str) -> None:
    name, _, number = step.partition(":")
    target = int(number or 0)
    calls = {"count": 0}

    def counted() -> bool:
        hit = calls["count"] == target
        calls["count"] += 1
        return hit

    if name == "write":
        real_write = files._write_new

        def write(path: Path, content: bytes) -> None:
            if counted():
                with path.open("wb") as file:
                    file.write(content[: len(content) // 2])
                    file.flush()
                    os.fsync(file.fileno())
                _die()
            real_write(path, content)

        files._write_new = write  # type: ignore[assignment]
    elif name == "record":

        def record(*args: Any, **kwargs: Any) -> None:
            _die()

        CopyService._record = record  # type: ignore[method-assign]
    elif name == "move":
        real_move = files._move

        def move(source: Path, target_path: Path) -> None:
            if counted():
                _die()
            real_move(source, target_path)

        files._move = move  # type: ignore[assignment]
    elif name == "cleanup":

        def discard(staging: Path) -> None:
            _die()

        files.discard = discard  # type: ignore[assignment]


def main(db_url: str, case_id: str, out_dir: str, step: str) -> None:
    backend = MemoryKeyring()
    backend.set_password("clb4u-desk", "pseudonym-key", PSEUDONYM_KEY)
    keyring.set_keyring(backend)
    services = open_services(db_url)
    agent = services.accounts.sign_in("agent", TEST_PASSWORD)
    assert agent.role != SYSTEM_ACTOR.role
    _arm(step)
    services.copies.issue(
        agent,
        int(case_id),
        out_dir=Path(out_dir),
        formats={"pdf", "json", "csv"},
        exports_inside_pdf=False,
        encrypt=False,
        channel="email",
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
