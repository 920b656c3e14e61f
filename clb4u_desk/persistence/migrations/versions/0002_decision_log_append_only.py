"""decision log is append-only: the database itself refuses UPDATE and DELETE

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_MESSAGE = "decision_log is append-only"

_SQLITE = [
    f"""CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    f"""CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    f"""CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON decision_log_checkpoints
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
    f"""CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON decision_log_checkpoints
        BEGIN SELECT RAISE(ABORT, '{_MESSAGE}'); END""",
]

_POSTGRESQL = [
    f"""CREATE FUNCTION clb4u_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$""",
    """CREATE TRIGGER decision_log_append_only BEFORE UPDATE OR DELETE ON decision_log
        FOR EACH ROW EXECUTE FUNCTION clb4u_refuse_change()""",
    """CREATE TRIGGER decision_log_no_truncate BEFORE TRUNCATE ON decision_log
        FOR EACH STATEMENT EXECUTE FUNCTION clb4u_refuse_change()""",
    """CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE
        ON decision_log_checkpoints FOR EACH ROW EXECUTE FUNCTION clb4u_refuse_change()""",
    """CREATE TRIGGER checkpoints_no_truncate BEFORE TRUNCATE ON decision_log_checkpoints
        FOR EACH STATEMENT EXECUTE FUNCTION clb4u_refuse_change()""",
    # Grants as a second wall: roles other than the owner may only read and append.
    "REVOKE UPDATE, DELETE, TRUNCATE ON decision_log FROM PUBLIC",
    "REVOKE UPDATE, DELETE, TRUNCATE ON decision_log_checkpoints FROM PUBLIC",
]


def upgrade() -> None:
    statements = _SQLITE if op.get_bind().dialect.name == "sqlite" else _POSTGRESQL
    for statement in statements:
        op.execute(statement)
    # The head row exists from the start, so concurrent first appends lock the same row.
    op.execute(f"INSERT INTO decision_log_head (id, seq, entry_hash) VALUES (1, 0, '{'0' * 64}')")


def downgrade() -> None:
    op.execute("DELETE FROM decision_log_head")
    if op.get_bind().dialect.name == "sqlite":
        for name in (
            "decision_log_no_update",
            "decision_log_no_delete",
            "checkpoints_no_update",
            "checkpoints_no_delete",
        ):
            op.execute(f"DROP TRIGGER {name}")
    else:
        op.execute("DROP FUNCTION clb4u_refuse_change() CASCADE")
