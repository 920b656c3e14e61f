"""Every command-line error is one line with exit code 2: an output folder that cannot be
written is named, a command that needs a password and has no terminal says to use
--password-stdin, and a closed output pipe ends quietly (exit 141, nothing on stderr)."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from clb4u_desk.adapters import files
from clb4u_desk.app import Services
from clb4u_desk.cli import BROKEN_PIPE_EXIT, main
from clb4u_desk.domain.actor import SYSTEM_ACTOR
from clb4u_desk.persistence.models import DecisionLogEntry, IssuedDocument
from tests.conftest import TEST_PASSWORD, MemoryKeyring
from tests.integration.copy_helpers import add_case, open_services, seed

ROOT = Path(__file__).resolve().parents[2]
SUBJECT = 11


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "5a" * 32)


@pytest.fixture
def services(sqlite_url: str) -> Services:
    opened = open_services(sqlite_url)
    seed(opened, customers=12, heavy_rows=3)
    opened.accounts.add_user(
        SYSTEM_ACTOR, login="agent", display_name="Agent", role="agent", password=TEST_PASSWORD
    )
    return opened


def _run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)  # not a terminal
    try:
        code = main(list(args))
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    return code, out, err


def _nothing_issued(services: Services) -> bool:
    with services.db.reader() as uow:
        documents = uow.session.execute(select(func.count(IssuedDocument.id))).scalar_one()
        entries = uow.session.execute(
            select(func.count(DecisionLogEntry.seq)).where(DecisionLogEntry.action == "copy_issued")
        ).scalar_one()
    return documents == 0 and entries == 0


def _issue(
    capsys: pytest.CaptureFixture[str], url: str, reference: str, out: Path, *extra: str
) -> tuple[int, str, str]:
    return _run(
        capsys,
        "--database",
        url,
        "copy",
        "issue",
        reference,
        "--out",
        str(out),
        "--user",
        "agent",
        "--password-stdin",
        *extra,
        stdin=TEST_PASSWORD + "\n",
    )


# --------------------------------------------------------------------------- folders


def test_a_folder_that_is_no_real_folder_is_named(
    services: Services, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, reference = add_case(services, SUBJECT, level=3)
    code, out, err = _issue(capsys, sqlite_url, reference, Path("/proc/self"))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "/proc/self" in err
    assert "internal error" not in err
    assert _nothing_issued(services)


def test_a_full_disk_is_named_and_leaves_nothing(
    services: Services,
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _, reference = add_case(services, SUBJECT, level=3)
    written: list[str] = []
    real_write = files._write_new

    def write_until_full(path: Path, content: bytes) -> None:
        if written:  # the second file no longer fits
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real_write(path, content)
        written.append(path.name)

    monkeypatch.setattr(files, "_write_new", write_until_full)
    code, _, err = _issue(capsys, sqlite_url, reference, out, "--no-encrypt", "--separate-exports")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert str(out) in err
    assert os.strerror(errno.ENOSPC) in err
    assert list(out.iterdir()) == []  # the staged first file is gone too
    assert _nothing_issued(services)


# --------------------------------------------------------------------------- no terminal


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("audit", "checkpoint", "--user", "agent"), "--password-stdin"),
        (("user", "add", "someone", "--role", "agent"), "--password-stdin"),
        (("copy", "issue", "DSR-2026-000001", "--out", ".", "--user", "agent"), "--password-stdin"),
        (("secret", "set", "smtp"), "--stdin"),
    ],
)
def test_a_password_prompt_without_a_terminal_names_the_option(
    services: Services,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    option: str,
) -> None:
    code, out, err = _run(capsys, "--database", sqlite_url, *args)
    assert code == 2
    assert out == ""
    assert err.strip().splitlines() == [
        f"clb4u-desk: No terminal to ask for a password; use {option}."
    ]


# --------------------------------------------------------------------------- closed pipe


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def test_a_closed_pipe_ends_quietly(
    services: Services,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["--database", sqlite_url, "search", "a", "--limit", "5"])
    assert code == BROKEN_PIPE_EXIT
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_ends_quietly_in_a_real_process(
    services: Services, sqlite_url: str, tmp_path: Path
) -> None:
    """As ``clb4u-desk user list | head -0``: the reader is gone before the first line."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    environment = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
    }
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "clb4u_desk", "--database", sqlite_url, "user", "list"],
            cwd=ROOT,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert completed.stderr == ""
    assert completed.returncode == BROKEN_PIPE_EXIT
