"""customer search index: every word order of each customer's folded name

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clb4u_desk.persistence import name_index

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    key = sa.String(length=255).with_variant(sa.String(length=255, collation="C"), "postgresql")
    op.create_table(
        "customer_name_keys",
        sa.Column("name_key", key, nullable=False),
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_name_keys_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("name_key", "reference", name=op.f("pk_customer_name_keys")),
        sqlite_with_rowid=False,
    )
    # Backfill before the second index exists: one index to maintain while millions
    # of rows go in, then the other built in one sorted pass. The keys come from the
    # same function the application uses, so old and new customers are indexed alike.
    name_index.rebuild(op.get_bind())
    op.create_index(
        "ix_customer_name_keys_customer_id", "customer_name_keys", ["customer_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_customer_name_keys_customer_id", table_name="customer_name_keys")
    op.drop_table("customer_name_keys")
