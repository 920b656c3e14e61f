"""The decision log: the database refuses changes; verify names every kind of tampering."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from clb4u_desk.audit import chain
from clb4u_desk.audit.chain import EntryFields, compute_hash
from clb4u_desk.audit.verify import VerifyResult, verify_database
from clb4u_desk.domain.actor import Actor
from clb4u_desk.persistence import migrate
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_app_engine

AGENT = Actor(7, "agent", "Agent", "agent")


@pytest.fixture
def logged(database: Database) -> Database:
    """A log of ten entries, appended in separate transactions."""
    for number in range(1, 11):
        with database.uow() as uow:
            chain.append(
                uow.session,
                actor=AGENT,
                action="case_received",
                case_reference=f"DSR-2026-{number:06d}",
                subject="ab" * 32,
                details={"rights": ["access"], "n": number},
            )
            uow.commit()
    return database


def _verify(database: Database) -> VerifyResult:
    with database.reader() as uow:
        return verify_database(uow.session)


def test_a_clean_log_verifies(logged: Database) -> None:
    result = _verify(logged)
    assert result.ok
    assert result.count == 10


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE decision_log SET action = 'nothing' WHERE seq = 3",
        "DELETE FROM decision_log WHERE seq = 10",
        "DELETE FROM decision_log",
    ],
)
def test_the_database_refuses_update_and_delete(logged: Database, statement: str) -> None:
    with pytest.raises(DBAPIError, match="append-only"), logged.engine.begin() as connection:
        connection.execute(text(statement))
    assert _verify(logged).count == 10


def test_truncate_is_refused_on_postgresql(pg_url: str) -> None:
    database = Database(create_app_engine(pg_url))
    migrate.upgrade(database.engine)
    try:
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as connection:
            connection.execute(text("TRUNCATE decision_log"))
    finally:
        database.dispose()


@pytest.fixture
def tamper(logged: Database) -> Iterator[Database]:
    """Switch the database's protection off, as someone with full access to the files would."""
    with logged.engine.begin() as connection:
        if logged.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER decision_log_no_update"))
            connection.execute(text("DROP TRIGGER decision_log_no_delete"))
        else:
            connection.execute(text("ALTER TABLE decision_log DISABLE TRIGGER USER"))
    return logged


def _row(database: Database, seq: int) -> EntryFields:
    with database.engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT seq, recorded_at, actor, actor_role, case_reference, subject, action, "
                "details, prev_hash FROM decision_log WHERE seq = :s"
            ),
            {"s": seq},
        ).one()
    return EntryFields(*row)


def test_verify_names_an_edited_entry(tamper: Database) -> None:
    with tamper.engine.begin() as connection:
        connection.execute(
            text("UPDATE decision_log SET details = :d WHERE seq = 4"), {"d": '{"n":99}'}
        )
    result = _verify(tamper)
    assert result.problem is not None
    assert (result.problem.seq, result.problem.kind) == (4, "modified")
    assert result.count == 3


def test_verify_names_an_edited_entry_whose_hash_was_recomputed(tamper: Database) -> None:
    forged = replace(_row(tamper, 6), action="erasure_executed")
    with tamper.engine.begin() as connection:
        connection.execute(
            text("UPDATE decision_log SET action = :a, entry_hash = :h WHERE seq = 6"),
            {"a": forged.action, "h": compute_hash(forged)},
        )
    result = _verify(tamper)
    assert result.problem is not None
    assert (result.problem.seq, result.problem.kind) == (6, "modified")


def test_verify_names_a_deleted_entry(tamper: Database) -> None:
    with tamper.engine.begin() as connection:
        connection.execute(text("DELETE FROM decision_log WHERE seq = 5"))
    result = _verify(tamper)
    assert result.problem is not None
    assert (result.problem.seq, result.problem.kind) == (5, "removed")
    assert "entry 5 was removed" in result.problem.message


def test_verify_names_an_inserted_entry(tamper: Database) -> None:
    previous = _row(tamper, 4)
    with tamper.engine.begin() as connection:
        prev_hash = connection.execute(
            text("SELECT entry_hash FROM decision_log WHERE seq = 4")
        ).scalar_one()
        # Make room after entry 4 (from the top down, so seq stays unique) ...
        for seq in range(10, 4, -1):
            connection.execute(
                text("UPDATE decision_log SET seq = :n WHERE seq = :o"), {"n": seq + 1, "o": seq}
            )
        # ... and slip in a forged entry that links correctly to entry 4.
        forged = replace(previous, seq=5, action="consent_withdrawn", prev_hash=prev_hash)
        connection.execute(
            text(
                "INSERT INTO decision_log (seq, recorded_at, actor, actor_role, case_reference, "
                "subject, action, details, prev_hash, entry_hash) VALUES (:seq, :recorded_at, "
                ":actor, :actor_role, :case_reference, :subject, :action, :details, :prev_hash, "
                ":entry_hash)"
            ),
            {**asdict(forged), "entry_hash": compute_hash(forged)},
        )
    result = _verify(tamper)
    assert result.problem is not None
    assert (result.problem.seq, result.problem.kind) == (5, "inserted")


def test_verify_names_swapped_entries(tamper: Database) -> None:
    with tamper.engine.begin() as connection:
        connection.execute(text("UPDATE decision_log SET seq = 1000 WHERE seq = 7"))
        connection.execute(text("UPDATE decision_log SET seq = 7 WHERE seq = 8"))
        connection.execute(text("UPDATE decision_log SET seq = 8 WHERE seq = 1000"))
    result = _verify(tamper)
    assert result.problem is not None
    assert (result.problem.seq, result.problem.kind) == (7, "reordered")
    assert "7 and 8" in result.problem.message


def test_details_reject_floats_and_multiline_fields(database: Database) -> None:
    with database.uow() as uow:
        with pytest.raises(TypeError):
            chain.append(uow.session, actor=AGENT, action="x", details={"amount": 1.5})
        with pytest.raises(ValueError, match="one non-empty line"):
            chain.append(uow.session, actor=AGENT, action="two\nlines")
