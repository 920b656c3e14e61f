"""case queue indexes: filter by state and right, sort by due date, related requests

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (index, table, columns); declared on the models too (Case, RequestItem).
_INDEXES = (
    # The default queue: open states, sorted by due date then reference.
    ("ix_cases_state_due_reference", "cases", ["state", "due_on", "reference"]),
    # Queues over every state ("all cases"), sorted the same way.
    ("ix_cases_due_reference", "cases", ["due_on", "reference"]),
    # A new request from a contact point that wrote within the last 30 days.
    ("ix_cases_contact_received", "cases", ["contact_key", "received_at"]),
    # "Cases asking for erasure": the item table searched by right, giving case ids.
    ("ix_request_items_right_case", "request_items", ["right", "case_id"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _ in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
