"""The command line: audit verify, user add, db status, and clear one-line errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from clb4u_desk.cli import main
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from tests.conftest import TEST_PASSWORD


def _run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str,
                                                                                   str]:
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(exit_.code or 0)
    finally:
        sys.stdin = old_stdin
    out, err = capsys.readouterr()
    return code, out, err


def test_user_add_then_audit_verify(database: Database, db_url: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--database", db_url, "user", "add", "lan", "--role", "agent",
                        "--password-stdin", stdin=TEST_PASSWORD + "\n")
    assert (code, out.strip()) == (0, "Created agent account 'lan'.")
    code, out, _ = _run(capsys, "--database", db_url, "audit", "verify")
    assert (code, out.strip()) == (0, "OK 1 entries")


def test_audit_verify_names_the_bad_entry(database: Database, db_url: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    for login in ("an", "binh", "chi"):
        _run(capsys, "--database", db_url, "user", "add", login, "--role", "agent",
             "--password-stdin", stdin=TEST_PASSWORD + "\n")
    with database.engine.begin() as connection:
        if database.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER decision_log_no_update"))
        else:
            connection.execute(text("ALTER TABLE decision_log DISABLE TRIGGER USER"))
        connection.execute(text("UPDATE decision_log SET actor = 'mallory' WHERE seq = 2"))
    code, out, _ = _run(capsys, "--database", db_url, "audit", "verify")
    assert code == 1
    assert out.strip() == "FAILED at entry 2: entry 2 was modified (its hash does not match)"


def test_bad_input_is_one_line_with_exit_code_2(database: Database, db_url: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--database", db_url, "user", "add", "x", "--role", "agent",
                        "--password-stdin", stdin="short\n")
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    code, _, err = _run(capsys, "--database", db_url, "user", "add", "--role", "agent")
    assert code == 2 and "Traceback" not in err


def test_an_unmigrated_database_says_what_to_run(sqlite_url: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--database", sqlite_url, "audit", "verify")
    assert code == 2
    assert "clb4u-desk db upgrade" in err
    code, out, _ = _run(capsys, "--database", sqlite_url, "db", "upgrade")
    assert code == 0 and migrate.head_revision() in out


def test_a_password_in_the_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--database", "postgresql://u:secret@db.example/x", "db",
                        "status")
    assert code == 2
    assert "keyring" in err and "secret" not in err.replace("secret set", "")


def test_missing_keyring_gives_the_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(fail.Keyring())
    code, _, err = _run(capsys, "--database", "postgresql://clb4u@db.example/desk", "db",
                        "status")
    assert code == 2
    assert "No working OS keyring was found" in err
    assert err.count("\n") == 1


def test_demo_command_on_a_new_workspace_finds_the_demo_cases(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # The help says the demo workspace is "created and seeded on first use": a command
    # run before the app ever started must see the same queue the app would show.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, err = _run(capsys, "--demo", "case", "list", "--json")
    assert code == 0, err
    assert len(json.loads(out)) >= 20
    assert "agent / demo-agent-2026" in err
    # Second run: nothing is seeded again, the same cases are there.
    code, again, err = _run(capsys, "--demo", "case", "list", "--json")
    assert (code, again, err) == (0, out, "")


@pytest.mark.parametrize("url", [
    "not-a-url",
    "postgresql://postgres@127.0.0.1:5999/test",  # nothing listens there
    "sqlite:////proc/no-such-folder/desk.sqlite3",  # a folder that cannot be made
])
def test_a_database_that_cannot_be_opened_is_one_line_exit_2(
        url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLB4U_DATABASE_PASSWORD", "none")
    code, out, err = _run(capsys, "--database", url, "case", "list")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "internal error" not in err
    assert err.startswith("clb4u-desk: ")
