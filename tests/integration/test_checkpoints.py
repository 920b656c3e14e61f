"""Signed checkpoints catch a log cut short or rewritten; only supervisors sign."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, replace

import pytest
from sqlalchemy import text

from clb4u_desk.app import Services, build_services
from clb4u_desk.audit import chain
from clb4u_desk.audit.chain import EntryFields, compute_hash
from clb4u_desk.config import AuditSettings
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.errors import PermissionDeniedError
from clb4u_desk.persistence.database import Database
from tests.conftest import MemoryKeyring


def _append(services: Services, actor: Actor, count: int) -> None:
    for number in range(count):
        with services.db.uow() as uow:
            chain.append(uow.session, actor=actor, action="note", details={"n": number})
            uow.commit()


def _unprotect(database: Database) -> None:
    with database.engine.begin() as connection:
        if database.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER decision_log_no_update"))
            connection.execute(text("DROP TRIGGER decision_log_no_delete"))
        else:
            connection.execute(text("ALTER TABLE decision_log DISABLE TRIGGER USER"))


def _unprotect_checkpoints(database: Database) -> None:
    with database.engine.begin() as connection:
        if database.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER checkpoints_no_delete"))
        else:
            connection.execute(text("ALTER TABLE decision_log_checkpoints DISABLE TRIGGER USER"))


def _rebuild_from(
    database: Database, first: int, edit: Callable[[list[EntryFields]], list[EntryFields]]
) -> None:
    """Rewrite the log from entry ``first`` on as ``edit`` says (entries left out, moved),
    renumbered, relinked and every hash recomputed: consistent in itself again."""
    with database.engine.begin() as connection:
        rows = [
            EntryFields(*row)
            for row in connection.execute(
                text(
                    "SELECT seq, recorded_at, actor, actor_role, case_reference, subject, action, "
                    "details, prev_hash FROM decision_log WHERE seq >= :s - 1 ORDER BY seq"
                ),
                {"s": first},
            )
        ]
        connection.execute(text("DELETE FROM decision_log WHERE seq >= :s"), {"s": first})
        prev = compute_hash(rows[0]) if first > 1 else "0" * 64
        seq = first - 1
        for fields in edit(rows[1:] if first > 1 else rows):
            seq += 1
            fields = replace(fields, seq=seq, prev_hash=prev)
            prev = compute_hash(fields)
            connection.execute(
                text(
                    "INSERT INTO decision_log (seq, recorded_at, actor, actor_role, case_reference,"
                    " subject, action, details, prev_hash, entry_hash) VALUES (:seq, :recorded_at,"
                    " :actor, :actor_role, :case_reference, :subject, :action, :details, "
                    ":prev_hash, :entry_hash)"
                ),
                {**asdict(fields), "entry_hash": prev},
            )
        connection.execute(
            text("UPDATE decision_log_head SET seq = :s, entry_hash = :h"), {"s": seq, "h": prev}
        )


def test_only_a_supervisor_signs_and_the_key_stays_in_the_keyring(
    services: Services, actors: dict[str, Actor], memory_keyring: MemoryKeyring
) -> None:
    for who in ("agent", "admin"):
        with pytest.raises(PermissionDeniedError):
            services.checkpoints.sign(actors[who])
    with pytest.raises(PermissionDeniedError):
        services.checkpoints.sign(SYSTEM_ACTOR)
    view = services.checkpoints.sign(actors["supervisor"])
    assert view.signer == "supervisor"
    assert view.seq == 10
    assert ("clb4u-desk", "checkpoint-key:supervisor") in memory_keyring.store
    with services.db.reader() as uow:
        stored = uow.session.execute(text("SELECT * FROM decision_log_checkpoints")).mappings()
        row = next(iter(stored))
    private_hex = memory_keyring.store[("clb4u-desk", "checkpoint-key:supervisor")]
    assert private_hex not in str(dict(row))
    result = services.checkpoints.verify()
    assert result.ok
    assert result.checkpoints == 1
    assert result.chain.count == 11


def test_a_log_cut_short_after_a_checkpoint_is_caught(
    services: Services, actors: dict[str, Actor]
) -> None:
    _append(services, actors["agent"], 3)
    view = services.checkpoints.sign(actors["supervisor"])
    _unprotect(services.db)
    with services.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM decision_log WHERE seq >= :s"), {"s": view.seq})
        connection.execute(text("UPDATE decision_log_head SET seq = :s - 1"), {"s": view.seq})
    result = services.checkpoints.verify()
    assert result.chain.ok  # consistent in itself ...
    assert result.checkpoint_problem is not None  # ... but not with what was signed
    assert result.checkpoint_problem.seq == view.seq - 1
    assert result.checkpoint_problem.message == (
        f"the log was cut short: it ends at entry {view.seq - 1} but checkpoint {view.id} "
        f"(signed by supervisor at {view.signed_at}) signed entry {view.seq}"
    )


def test_a_log_cut_just_after_the_signed_head_is_caught(
    services: Services, actors: dict[str, Actor]
) -> None:
    # The signed head itself stays; what goes is the checkpoint's own entry and all after.
    _append(services, actors["agent"], 3)
    view = services.checkpoints.sign(actors["supervisor"])
    _append(services, actors["agent"], 2)
    _unprotect(services.db)
    with services.db.engine.begin() as connection:
        connection.execute(text("DELETE FROM decision_log WHERE seq > :s"), {"s": view.seq})
    result = services.checkpoints.verify()
    assert result.chain.ok
    assert result.chain.count == view.seq
    assert result.checkpoint_problem is not None
    assert result.checkpoint_problem.seq == view.seq
    assert result.checkpoint_problem.message == (
        f"the log was cut short: it ends at entry {view.seq}, the head checkpoint {view.id} "
        f"(signed by supervisor at {view.signed_at}) signed, without entry {view.seq + 1} "
        f"that records checkpoint {view.id}"
    )


def test_a_removed_checkpoint_signed_entry_is_caught(
    services: Services, actors: dict[str, Actor]
) -> None:
    _append(services, actors["agent"], 3)
    view = services.checkpoints.sign(actors["supervisor"])
    _append(services, actors["agent"], 2)
    _unprotect(services.db)
    _rebuild_from(services.db, view.seq + 1, lambda tail: tail[1:])  # drop it
    result = services.checkpoints.verify()
    assert result.chain.ok  # renumbered and relinked: nothing missing in the chain itself
    assert result.checkpoint_problem is not None
    assert result.checkpoint_problem.seq == view.seq + 1
    assert result.checkpoint_problem.message.startswith(
        f"entry {view.seq + 1} should record checkpoint {view.id} (checkpoint_signed) but is "
        "a 'note' entry"
    )


def test_a_checkpoint_signed_entry_moved_away_from_its_head_is_caught(
    services: Services, actors: dict[str, Actor]
) -> None:
    _append(services, actors["agent"], 2)
    view = services.checkpoints.sign(actors["supervisor"])
    _append(services, actors["agent"], 2)
    _unprotect(services.db)
    # Swap the checkpoint's entry with the next one: both are still there, chain relinked.
    _rebuild_from(services.db, view.seq + 1, lambda tail: [tail[1], tail[0], *tail[2:]])
    result = services.checkpoints.verify()
    assert result.chain.ok
    assert result.checkpoint_problem is not None
    assert result.checkpoint_problem.seq == view.seq + 1
    assert result.checkpoint_problem.message.startswith(
        f"entry {view.seq + 1} should record checkpoint {view.id} (checkpoint_signed) but is "
        "a 'note' entry"
    )


def test_a_removed_checkpoint_row_is_caught(services: Services, actors: dict[str, Actor]) -> None:
    first = services.checkpoints.sign(actors["supervisor"])
    _append(services, actors["agent"], 2)
    newest = services.checkpoints.sign(actors["supervisor2"])
    assert services.checkpoints.verify().ok
    _unprotect_checkpoints(services.db)
    for removed in (newest, first):  # the newest, then every checkpoint there was
        with services.db.engine.begin() as connection:
            connection.execute(
                text("DELETE FROM decision_log_checkpoints WHERE id = :i"), {"i": removed.id}
            )
        result = services.checkpoints.verify()
        assert result.chain.ok
        assert result.checkpoint_problem is not None
        assert result.checkpoint_problem.seq == removed.seq + 1
        assert result.checkpoint_problem.message == (
            f"entry {removed.seq + 1} records checkpoint {removed.id}, which is missing from "
            "the checkpoint table: the checkpoint was removed"
        )
    assert result.checkpoints == 0


def test_a_rewritten_tail_is_caught(services: Services, actors: dict[str, Actor]) -> None:
    _append(services, actors["agent"], 3)
    view = services.checkpoints.sign(actors["supervisor"])
    _unprotect(services.db)
    # Rewrite from entry 4 on, recomputing every hash so the chain is consistent again.
    with services.db.engine.begin() as connection:
        rows = connection.execute(
            text(
                "SELECT seq, recorded_at, actor, actor_role, case_reference, subject, action, "
                "details, prev_hash FROM decision_log ORDER BY seq"
            )
        ).all()
        prev = None
        for row in rows:
            fields = EntryFields(*row)
            if fields.seq >= 4:
                fields = replace(
                    fields,
                    prev_hash=prev or fields.prev_hash,
                    actor="mallory" if fields.seq == 4 else fields.actor,
                )
                connection.execute(
                    text(
                        "UPDATE decision_log SET actor = :a, prev_hash = :p, entry_hash = :h "
                        "WHERE seq = :s"
                    ),
                    {
                        "a": fields.actor,
                        "p": fields.prev_hash,
                        "h": compute_hash(fields),
                        "s": fields.seq,
                    },
                )
            prev = compute_hash(fields)
    result = services.checkpoints.verify()
    assert result.chain.ok
    assert result.checkpoint_problem is not None
    assert result.checkpoint_problem.seq == view.seq
    assert "rewritten" in result.checkpoint_problem.message


def test_untrusted_keys_and_bad_signatures_fail(
    services: Services, actors: dict[str, Actor]
) -> None:
    services.checkpoints.sign(actors["supervisor"])
    trusted = replace(services.ctx.settings, audit=AuditSettings(trusted_keys="ab" * 32))
    strict = build_services(trusted, services.db)
    result = strict.checkpoints.verify()
    assert result.checkpoint_problem is not None
    assert "untrusted" in result.checkpoint_problem.message
    with services.db.engine.begin() as connection:
        if services.db.dialect == "sqlite":
            connection.execute(text("DROP TRIGGER checkpoints_no_update"))
        else:
            connection.execute(text("ALTER TABLE decision_log_checkpoints DISABLE TRIGGER USER"))
        connection.execute(text("UPDATE decision_log_checkpoints SET signer = 'mallory'"))
    result = services.checkpoints.verify()
    assert result.checkpoint_problem is not None
    assert "invalid signature" in result.checkpoint_problem.message
