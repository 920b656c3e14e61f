"""Recompute the decision log's chain and name the first entry that is wrong."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from clb4u_desk.audit.chain import GENESIS_HASH, EntryFields, compute_hash
from clb4u_desk.persistence.models import DecisionLogEntry


@dataclass(frozen=True, slots=True)
class StoredEntry:
    fields: EntryFields
    entry_hash: str


@dataclass(frozen=True, slots=True)
class Problem:
    seq: int
    kind: str  # modified / removed / inserted / reordered
    message: str


@dataclass(frozen=True, slots=True)
class VerifyResult:
    count: int
    head_hash: str
    problem: Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


# Looks an entry up by its stored hash and returns its sequence number, or None.
HashLookup = Callable[[str], int | None]


def verify_entries(entries: Iterable[StoredEntry], find_seq_by_hash: HashLookup) -> VerifyResult:
    """Walk the entries in stored sequence order; stop at the first problem."""
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for entry in entries:
        problem = _check(entry, expected_seq, prev_hash, find_seq_by_hash)
        if problem is not None:
            return VerifyResult(count, prev_hash, problem)
        count += 1
        expected_seq = entry.fields.seq + 1
        prev_hash = entry.entry_hash
    return VerifyResult(count, prev_hash, None)


def _check(
    entry: StoredEntry, expected_seq: int, prev_hash: str, find_seq_by_hash: HashLookup
) -> Problem | None:
    seq = entry.fields.seq
    if seq > expected_seq:
        missing = (
            f"entry {expected_seq} was removed"
            if seq == expected_seq + 1
            else f"entries {expected_seq} to {seq - 1} were removed"
        )
        return Problem(expected_seq, "removed", missing)
    if compute_hash(entry.fields) != entry.entry_hash:
        return _content_problem(entry)
    if entry.fields.prev_hash != prev_hash:
        return _link_problem(entry, find_seq_by_hash)
    return None


def _content_problem(entry: StoredEntry) -> Problem:
    seq = entry.fields.seq
    # An entry that hashes right under a neighbouring number was moved, not edited.
    for original in (seq + 1, seq - 1):
        if original >= 1 and compute_hash(replace(entry.fields, seq=original)) == entry.entry_hash:
            if original == seq + 1:
                return Problem(
                    seq, "reordered", f"entries {seq} and {seq + 1} were swapped or reordered"
                )
            return Problem(
                original,
                "inserted",
                f"entry {original} was inserted (the original entry {original} "
                f"now stands at {seq})",
            )
    return Problem(seq, "modified", f"entry {seq} was modified (its hash does not match)")


def _link_problem(entry: StoredEntry, find_seq_by_hash: HashLookup) -> Problem:
    seq = entry.fields.seq
    linked = find_seq_by_hash(entry.fields.prev_hash)
    if linked is not None and linked < seq - 1:
        first = linked + 1
        what = f"entry {first} was" if first == seq - 1 else f"entries {first} to {seq - 1} were"
        return Problem(first, "inserted", f"{what} inserted (entry {seq} links to entry {linked})")
    if linked is not None and linked >= seq:
        return Problem(seq, "reordered", f"entry {seq} links to a later entry ({linked})")
    return Problem(
        seq - 1,
        "modified",
        f"entry {seq - 1} was modified or replaced (entry {seq} does not link to it)",
    )


_COLUMNS = (
    DecisionLogEntry.seq,
    DecisionLogEntry.recorded_at,
    DecisionLogEntry.actor,
    DecisionLogEntry.actor_role,
    DecisionLogEntry.case_reference,
    DecisionLogEntry.subject,
    DecisionLogEntry.action,
    DecisionLogEntry.details,
    DecisionLogEntry.prev_hash,
    DecisionLogEntry.entry_hash,
)


def iter_stored(session: Session, batch: int = 10_000) -> Generator[StoredEntry]:
    """Stream the log in sequence order (plain rows, not ORM objects: it can be millions)."""
    rows = session.execute(
        select(*_COLUMNS).order_by(DecisionLogEntry.seq).execution_options(yield_per=batch)
    )
    try:
        for row in rows:
            yield StoredEntry(EntryFields(*row[:9]), row[9])
    finally:
        # Verification may stop early; the server-side cursor must not outlive it.
        rows.close()


# Sees every entry as the walk reads it (e.g. to collect the checkpoint_signed entries
# in the same pass instead of scanning a log of millions again).
EntryTap = Callable[[StoredEntry], None]


def verify_database(session: Session, tap: EntryTap | None = None) -> VerifyResult:
    def find(hash_value: str) -> int | None:
        return session.execute(
            select(DecisionLogEntry.seq).where(DecisionLogEntry.entry_hash == hash_value)
        ).scalar_one_or_none()

    with closing(iter_stored(session)) as entries:
        if tap is None:
            return verify_entries(entries, find)
        return verify_entries(_tapped(entries, tap), find)


def _tapped(entries: Iterable[StoredEntry], tap: EntryTap) -> Generator[StoredEntry]:
    for entry in entries:
        tap(entry)
        yield entry
