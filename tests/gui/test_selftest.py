"""clb4u-desk self-test, run in-process (Qt is already up offscreen here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clb4u_desk.cli import main
from clb4u_desk.persistence.database import Database
from tests.gui.helpers import QT_STRICT

pytestmark = QT_STRICT


def test_self_test_passes_on_a_migrated_database(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", db_url, "self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[1].strip() for line in lines[:-1]] == [
        "qt",
        "database",
        "fonts",
        "translations",
        "pdf",
    ]
    assert all(": ok (" in line for line in lines[:-1])
    assert lines[-1] == "self-test: OK"


def test_self_test_names_the_failed_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing-here.sqlite3"
    assert main(["--database", f"sqlite:///{missing.as_posix()}", "self-test"]) == 1
    out = capsys.readouterr().out
    assert f"self-test: database: FAILED: no database file at {missing}" in out
    assert out.splitlines()[-1] == "self-test: FAILED (database)"
    assert not missing.exists()  # the self-test changes nothing


def test_self_test_setup_problem_exits_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "mysql://desk@db/clb4u", "self-test"]) == 2
    assert (
        "self-test: database: FAILED: The database 'mysql' is not supported"
        in capsys.readouterr().out
    )
