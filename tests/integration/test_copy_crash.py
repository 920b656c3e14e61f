"""A data copy is crash-safe: a child process issuing a copy is killed (SIGKILL) at each
step, and the folder and the database are checked, then again after the next issue into
that folder (see the module docstring of services/copies/service.py).

Before the record is committed, a kill leaves only the hidden staging folder, no record
and no log entry; the next issue deletes it. After the commit, the kill leaves a recorded
staging; the next issue finishes its renames, so the files the record names are there.
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clb4u_desk.adapters.files import STAGING_PREFIX
from clb4u_desk.app import Services
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.persistence.models import DecisionLogEntry, IssuedDocument
from tests.conftest import TEST_PASSWORD, MemoryKeyring
from tests.integration.copy_helpers import add_case, seed

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kills the child with SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
SUBJECT = 11
# The unencrypted copy with separate exports of this seed: the PDF, the JSON, 13 CSV files.
FILES = 15
BEFORE_COMMIT = ["write:0", "write:7", f"write:{FILES - 1}", "record"]
AFTER_COMMIT = ["move:0", "move:7", f"move:{FILES - 1}", "cleanup"]


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


@pytest.fixture
def services(sqlite_url: str) -> Services:
    from tests.integration.copy_helpers import open_services

    return open_services(sqlite_url)


@pytest.fixture
def agent(services: Services) -> Actor:
    seed(services, customers=12, heavy_rows=3)
    services.accounts.add_user(
        SYSTEM_ACTOR, login="agent", display_name="Agent", role="agent", password=TEST_PASSWORD
    )
    return services.accounts.sign_in("agent", TEST_PASSWORD)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _issue_in_child(url: str, case_id: int, out: Path, step: str) -> int:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.integration.copy_crash_child",
            url,
            str(case_id),
            str(out),
            step,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if step == "none":
        assert completed.returncode == 0, completed.stderr
    return completed.returncode


def _recorded(services: Services) -> tuple[int, int]:
    with services.db.reader() as uow:
        documents = uow.session.execute(select(func.count(IssuedDocument.id))).scalar_one()
        entries = uow.session.execute(
            select(func.count(DecisionLogEntry.seq)).where(DecisionLogEntry.action == "copy_issued")
        ).scalar_one()
    return documents, entries


def _recorded_files(services: Services) -> dict[str, str]:
    with services.db.reader() as uow:
        rows = uow.session.execute(select(IssuedDocument.file_name, IssuedDocument.sha256))
        return dict(tuple(row) for row in rows)  # type: ignore[misc]


def _stagings(out: Path) -> list[Path]:
    return [p for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]


def _final_files(out: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir() if p.is_file()
    }


def test_the_child_issues_the_whole_copy_when_not_killed(
    services: Services, agent: Actor, sqlite_url: str, out: Path
) -> None:
    case_id, _ = add_case(services, SUBJECT, level=3)
    _issue_in_child(sqlite_url, case_id, out, "none")
    assert _recorded(services) == (FILES, 1)
    assert _final_files(out) == _recorded_files(services)
    assert _stagings(out) == []


@pytest.mark.parametrize("step", BEFORE_COMMIT)
def test_a_kill_before_the_commit_leaves_nothing_once_the_next_issue_has_run(
    services: Services,
    agent: Actor,
    sqlite_url: str,
    out: Path,
    step: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    case_id, reference = add_case(services, SUBJECT, level=3)
    assert _issue_in_child(sqlite_url, case_id, out, step) == -signal.SIGKILL
    # Nothing under a final name, nothing recorded, nothing logged: only the staging.
    assert [p.name for p in out.iterdir() if not p.name.startswith(STAGING_PREFIX)] == []
    assert len(_stagings(out)) == 1
    assert _recorded(services) == (0, 0)

    other_id, other = add_case(services, SUBJECT, level=3)
    with caplog.at_level(logging.WARNING):
        services.copies.issue(
            agent,
            other_id,
            out_dir=out,
            formats={"pdf"},
            exports_inside_pdf=True,
            channel="email",
        )
    assert _stagings(out) == []
    assert list(_final_files(out)) == [f"{other}-data-copy.pdf"]
    assert _recorded(services) == (1, 1)
    assert "copy_leftover_removed" in caplog.text
    assert reference not in caplog.text  # counts only, no names


@pytest.mark.parametrize("step", AFTER_COMMIT)
def test_a_kill_after_the_commit_is_finished_by_the_next_issue(
    services: Services,
    agent: Actor,
    sqlite_url: str,
    out: Path,
    step: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    case_id, _ = add_case(services, SUBJECT, level=3)
    assert _issue_in_child(sqlite_url, case_id, out, step) == -signal.SIGKILL
    assert _recorded(services) == (FILES, 1)
    recorded = _recorded_files(services)
    # Whatever already has its final name is complete and is what the record says.
    for name, digest in _final_files(out).items():
        assert recorded[name] == digest

    other_id, other = add_case(services, SUBJECT, level=3)
    with caplog.at_level(logging.WARNING):
        services.copies.issue(
            agent,
            other_id,
            out_dir=out,
            formats={"pdf"},
            exports_inside_pdf=True,
            channel="email",
        )
    assert _stagings(out) == []
    assert _final_files(out) == _recorded_files(services)
    assert f"{other}-data-copy.pdf" in _final_files(out)
    assert _recorded(services) == (FILES + 1, 2)
    if step != "cleanup":
        assert "copy_leftover_published" in caplog.text
