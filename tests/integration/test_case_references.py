"""One fault, one error: every command that names a case refuses a bad reference alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from clb4u_desk.persistence.database import Database
from tests.conftest import TEST_PASSWORD
from tests.integration.test_cli_foundation import _add_user, _run


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
        assert err.count("\n") == 1 and "Traceback" not in err
        errors.append(err)
    assert message in errors[0]
    assert errors == [errors[0]] * len(errors)
    assert not (tmp_path / "out").exists()  # nothing half-written
