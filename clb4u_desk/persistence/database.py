"""An open database: its engine and its units of work."""

from __future__ import annotations

from sqlalchemy import Engine

from clb4u_desk.persistence.db import create_search_engine
from clb4u_desk.persistence.uow import UnitOfWork, make_read_uow_factory, make_uow_factory


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = make_uow_factory(engine)
        self._reader = make_read_uow_factory(engine)
        # PostgreSQL only: the customer search's own pool (see create_search_engine).
        # Made here, not at first use: two worker threads must not both make one.
        self.search_engine: Engine | None = create_search_engine(engine)

    @property
    def display_name(self) -> str:
        """The URL without any password, for the status bar and messages."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def uow(self) -> UnitOfWork:
        """A unit of work that may write (and on SQLite takes the write lock at BEGIN)."""
        return self._writer()

    def reader(self) -> UnitOfWork:
        """A unit of work for reading only; never commit through it."""
        return self._reader()

    def dispose(self) -> None:
        if self.search_engine is not None:
            self.search_engine.dispose()
        self.engine.dispose()
