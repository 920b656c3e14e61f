"""The command line: audit verify, user add, db status, case references, and clear one-line
errors."""

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


def _run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str = "") -> tuple[int, str, str]:
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


def test_user_add_then_audit_verify(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys,
        "--database",
        db_url,
        "user",
        "add",
        "lan",
        "--role",
        "agent",
        "--password-stdin",
        stdin=TEST_PASSWORD + "\n",
    )
    assert (code, out.strip()) == (0, "Created agent account 'lan'.")
    code, out, _ = _run(capsys, "--database", db_url, "audit", "verify")
    assert (code, out.strip()) == (0, "OK 1 entries")


def test_audit_verify_names_the_bad_entry(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for login in ("an", "binh", "chi"):
        _run(
            capsys,
            "--database",
            db_url,
            "user",
            "add",
            login,
            "--role",
            "agent",
            "--password-stdin",
            stdin=TEST_PASSWORD + "\n",
        )
    with database.engine.begin() as connection:
        if database.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER decision_log_no_update"))
        else:
            connection.execute(text("ALTER TABLE decision_log DISABLE TRIGGER USER"))
        connection.execute(text("UPDATE decision_log SET actor = 'mallory' WHERE seq = 2"))
    code, out, _ = _run(capsys, "--database", db_url, "audit", "verify")
    assert code == 1
    assert out.strip() == "FAILED at entry 2: entry 2 was modified (its hash does not match)"


def test_bad_input_is_one_line_with_exit_code_2(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys,
        "--database",
        db_url,
        "user",
        "add",
        "x",
        "--role",
        "agent",
        "--password-stdin",
        stdin="short\n",
    )
    assert code == 2
    assert err.count("\n") == 1
    assert "Traceback" not in err
    code, _, err = _run(capsys, "--database", db_url, "user", "add", "--role", "agent")
    assert code == 2
    assert "Traceback" not in err


def test_an_unmigrated_database_says_what_to_run(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--database", sqlite_url, "audit", "verify")
    assert code == 2
    assert "clb4u-desk db upgrade" in err
    code, out, _ = _run(capsys, "--database", sqlite_url, "db", "upgrade")
    assert code == 0
    assert migrate.head_revision() in out


def test_a_password_in_the_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--database", "postgresql://u:secret@db.example/x", "db", "status")
    assert code == 2
    assert "keyring" in err
    assert "secret" not in err.replace("secret set", "")


def test_missing_keyring_gives_the_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(fail.Keyring())
    code, _, err = _run(capsys, "--database", "postgresql://clb4u@db.example/desk", "db", "status")
    assert code == 2
    assert "No working OS keyring was found" in err
    assert err.count("\n") == 1


def test_demo_command_on_a_new_workspace_finds_the_demo_cases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The help says the demo workspace is "created and seeded on first use": a command
    # run before the app ever started must see the same queue the app would show.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, err = _run(capsys, "--demo", "case", "list", "--json")
    assert code == 0, err
    assert len(json.loads(out)) >= 20
    assert "Demo workspace accounts" in err
    assert "demo-agent-2026" in err
    # Second run: nothing is seeded again, the same cases are there.
    code, again, err = _run(capsys, "--demo", "case", "list", "--json")
    assert (code, again, err) == (0, out, "")


@pytest.mark.parametrize(
    "url",
    [
        "not-a-url",
        "postgresql://postgres@127.0.0.1:5999/test",  # nothing listens there
        "sqlite:////proc/no-such-folder/desk.sqlite3",  # a folder that cannot be made
    ],
)
def test_a_database_that_cannot_be_opened_is_one_line_exit_2(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLB4U_DATABASE_PASSWORD", "none")
    code, out, err = _run(capsys, "--database", url, "case", "list")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert "internal error" not in err
    assert err.startswith("clb4u-desk: ")


def _add_user(capsys: pytest.CaptureFixture[str], db_url: str, login: str, role: str) -> None:
    code, _, err = _run(
        capsys,
        "--database",
        db_url,
        "user",
        "add",
        login,
        "--role",
        role,
        "--password-stdin",
        stdin=TEST_PASSWORD + "\n",
    )
    assert code == 0, err


def _checkpoint_rows(database: Database) -> list[dict[str, object]]:
    with database.engine.connect() as connection:
        return [
            dict(row)
            for row in connection.execute(
                text(
                    "SELECT id, seq, entry_hash, signed_at, signer, public_key "
                    "FROM decision_log_checkpoints ORDER BY id"
                )
            ).mappings()
        ]


def test_audit_checkpoint_signs_the_head_and_says_so(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_user(capsys, db_url, "mai", "supervisor")
    code, out, err = _run(
        capsys,
        "--database",
        db_url,
        "audit",
        "checkpoint",
        "--user",
        "mai",
        "--password-stdin",
        stdin=TEST_PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    [row] = _checkpoint_rows(database)
    assert row["seq"] == 2
    assert row["signer"] == "mai"
    assert out == (
        f"Signed checkpoint {row['id']} at entry 2 ({str(row['entry_hash'])[:16]}…) "
        f"with key {str(row['public_key'])[:16]}…\n"
    )
    assert keyring.get_password("clb4u-desk", "checkpoint-key:mai")  # the key, kept there
    code, out, _ = _run(capsys, "--database", db_url, "audit", "verify")
    assert (code, out) == (0, "OK 3 entries, 1 checkpoints\n")


@pytest.mark.parametrize("problem", ["agent", "wrong password", "no keyring"])
def test_audit_checkpoint_refusals_are_one_line_with_exit_2(
    problem: str,
    database: Database,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_user(capsys, db_url, "lan", "agent" if problem == "agent" else "supervisor")
    password = "not the password" if problem == "wrong password" else TEST_PASSWORD
    if problem == "no keyring":
        monkeypatch.setenv("CLB4U_DATABASE_PASSWORD", "none")  # the database needs none
        keyring.set_keyring(fail.Keyring())
    code, out, err = _run(
        capsys,
        "--database",
        db_url,
        "audit",
        "checkpoint",
        "--user",
        "lan",
        "--password-stdin",
        stdin=password + "\n",
    )
    assert (code, out) == (2, "")
    assert err.startswith("clb4u-desk: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert "internal error" not in err
    expected = {
        "agent": "may not do this (sign checkpoint)",
        "wrong password": "Wrong sign-in name or password",
        "no keyring": "No working OS keyring was found",
    }[problem]
    assert expected in err
    assert _checkpoint_rows(database) == []


def test_audit_verify_prints_the_checkpoint_failure_with_exit_1(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_user(capsys, db_url, "mai", "supervisor")
    _run(
        capsys,
        "--database",
        db_url,
        "audit",
        "checkpoint",
        "--user",
        "mai",
        "--password-stdin",
        stdin=TEST_PASSWORD + "\n",
    )
    _add_user(capsys, db_url, "lan", "agent")
    [row] = _checkpoint_rows(database)
    # Cut the log right after the signed head: its checkpoint_signed entry goes too.
    with database.engine.begin() as connection:
        if database.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER decision_log_no_delete"))
        else:
            connection.execute(text("ALTER TABLE decision_log DISABLE TRIGGER USER"))
        connection.execute(text("DELETE FROM decision_log WHERE seq > 2"))
    code, out, err = _run(capsys, "--database", db_url, "audit", "verify")
    assert (code, err) == (1, "")
    assert out == (
        f"FAILED at entry 2: the log was cut short: it ends at entry 2, the head "
        f"checkpoint {row['id']} (signed by mai at {row['signed_at']}) signed, "
        f"without entry 3 that records checkpoint {row['id']}\n"
    )


# One fault, one error: every command that names a case refuses a bad reference alike.


def _case_commands(tmp_path: Path, reference: str) -> list[tuple[list[str], str]]:
    """(arguments, stdin) of each command that takes a case reference."""
    return [
        (["case", "show", reference], ""),
        (["erasure", "plan", reference], ""),
        (
            [
                "copy",
                "issue",
                reference,
                "--out",
                str(tmp_path / "out"),
                "--user",
                "agent",
                "--password-stdin",
            ],
            TEST_PASSWORD + "\n",
        ),
    ]


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("junk", "That is not a case reference"),
        ("DSR-2026-999999", "No such case."),
    ],
    ids=["not-a-reference", "unknown-case"],
)
def test_every_command_refuses_a_bad_case_reference_with_the_same_line(
    database: Database,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reference: str,
    message: str,
) -> None:
    _add_user(capsys, db_url, "agent", "agent")
    errors = []
    for arguments, stdin in _case_commands(tmp_path, reference):
        code, out, err = _run(capsys, "--database", db_url, *arguments, stdin=stdin)
        assert code == 2, (arguments, err)
        assert out == ""
        assert err.count("\n") == 1
        assert "Traceback" not in err
        errors.append(err)
    assert message in errors[0]
    assert errors == [errors[0]] * len(errors)
    assert not (tmp_path / "out").exists()  # nothing half-written
