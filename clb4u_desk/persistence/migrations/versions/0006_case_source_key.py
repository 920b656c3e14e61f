"""case source key: the email a case was imported from, so a second import is found

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "mid:" or "raw:" and a SHA-256 (Case.source_key). Cases imported before this
    # revision have none: only imports from now on are recognised again.
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("source_key", sa.String(length=68), nullable=True))
    op.create_index("ix_cases_source_key", "cases", ["source_key"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_source_key", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("source_key")
