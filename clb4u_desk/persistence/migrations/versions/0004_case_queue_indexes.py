"""case queue indexes: filter by state and right, sort by due date, related requests

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (index, table, columns); declared on the models too (Case, RequestItem).
_INDEXES = (
    # The queue is read in its display order (due date, reference); the filter columns
    # are in the index too, so filtering never reads the table rows ("id" last for
    # PostgreSQL; on SQLite the id is the rowid, part of every index entry anyway).
    ("ix_cases_queue", "cases", ["due_on", "reference", "state", "assignee_id", "regimes", "id"]),
    # A new request from a contact point that wrote within the last 30 days.
    ("ix_cases_contact_received", "cases", ["contact_key", "received_at"]),
    # "Cases asking for erasure": the item table searched by right, giving case ids.
    ("ix_request_items_right_case", "request_items", ["right", "case_id"]),
)


# The open queue, the usual one: only cases not closed, a fraction of all once the
# desk has run a while. Queries repeat the condition literally
# (persistence/repositories/queue.py).
_OPEN = "state <> 'closed'"
_OPEN_QUEUE = (
    "ix_cases_open_queue",
    "cases",
    ["due_on", "reference", "state", "assignee_id", "regimes", "id"],
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)
    name, table, columns = _OPEN_QUEUE
    op.create_index(
        name,
        table,
        columns,
        unique=False,
        sqlite_where=sa.text(_OPEN),
        postgresql_where=sa.text(_OPEN),
    )


def downgrade() -> None:
    op.drop_index(_OPEN_QUEUE[0], table_name=_OPEN_QUEUE[1])
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
