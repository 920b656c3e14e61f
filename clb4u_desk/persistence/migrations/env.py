"""Alembic environment: always run with a connection handed in by persistence.migrate."""

from __future__ import annotations

from alembic import context

from clb4u_desk.persistence.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through 'clb4u-desk db upgrade', not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
