"""contact point indexes that answer the search's look-ups on their own

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Each hit of a customer search shows the customer's primary (else first) email and
# first phone, masked. Indexes holding the value too answer that from the index alone,
# without a read of the table per hit; they begin with customer_id, so they also serve
# the foreign key, and the plain customer_id indexes they replace go.
# (table, new index, its columns, the index it replaces)
_INDEXES = (
    (
        "customer_emails",
        "ix_customer_emails_contact",
        ["customer_id", "is_primary", "id", "email"],
        "ix_customer_emails_customer_id",
    ),
    (
        "customer_phones",
        "ix_customer_phones_contact",
        ["customer_id", "id", "phone_e164"],
        "ix_customer_phones_customer_id",
    ),
)


def upgrade() -> None:
    for table, name, columns, replaced in _INDEXES:
        op.create_index(name, table, columns, unique=False)
        op.drop_index(replaced, table_name=table)


def downgrade() -> None:
    for table, name, _columns, replaced in reversed(_INDEXES):
        op.create_index(replaced, table, ["customer_id"], unique=False)
        op.drop_index(name, table_name=table)
