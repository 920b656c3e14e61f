"""Test-wide fixtures: databases on SQLite and PostgreSQL, a test keyring, services, actors.

Qt must be told to run offscreen before it is imported anywhere.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Tests never read or write the user's real settings, data, logs or system config.
import atexit
import gc
import shutil
import tempfile

_SANDBOX = tempfile.mkdtemp(prefix="clb4u-tests-")
atexit.register(shutil.rmtree, _SANDBOX, True)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = os.path.join(_SANDBOX, _name.lower())
os.environ["CLB4U_SYSTEM_CONFIG"] = os.path.join(_SANDBOX, "system-config.toml")
for _name in [
    k
    for k in os.environ
    if k.startswith("CLB4U_")
    and k not in ("CLB4U_SYSTEM_CONFIG", "CLB4U_TEST_PG_URL")
    and not k.startswith(("CLB4U_BENCH_", "CLB4U_FUZZ_"))
]:
    del os.environ[_name]

import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from clb4u_desk.app import Services, build_services  # noqa: E402
from clb4u_desk.config import DatabaseSettings, Settings  # noqa: E402
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor  # noqa: E402
from clb4u_desk.heap import freeze_long_lived_objects  # noqa: E402
from clb4u_desk.persistence import migrate  # noqa: E402
from clb4u_desk.persistence.database import Database  # noqa: E402
from clb4u_desk.persistence.db import create_app_engine  # noqa: E402

PG_ADMIN_URL = os.environ.get(
    "CLB4U_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TEST_PASSWORD = "correct horse battery"


class MemoryKeyring(KeyringBackend):
    """A keyring for tests only: in memory, forgotten after each test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def cheap_password_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hash test passwords with argon2id at its lowest cost.

    The production parameters (64 MiB, three passes) cost ~0.1 s a hash, and most tests
    sign in five actors; what those tests check is the accounts logic, not the cost.
    Tests marked ``real_password_hashing`` keep the production hasher.
    """
    if request.node.get_closest_marker("real_password_hashing"):
        return
    from argon2 import PasswordHasher, Type

    from clb4u_desk.services.accounts import service as accounts

    monkeypatch.setattr(
        accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)
    )


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _pg_reachable() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as error:  # any failure means: no server for these tests
        return (
            f"PostgreSQL at {make_url(PG_ADMIN_URL).render_as_string()} unreachable: "
            f"{type(error).__name__}"
        )


def _require_pg() -> None:
    problem = _pg_reachable()
    if problem is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{problem} (CI=true: the PostgreSQL tests must run)")
    pytest.skip(problem)


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    _require_pg()
    return PG_ADMIN_URL


def create_pg_database(admin_url: str) -> str:
    """Create an empty database of its own for one test; returns its URL."""
    name = f"clb4u_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    url = create_pg_database(pg_admin_url)
    yield url
    drop_pg_database(pg_admin_url, url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on the embedded SQLite file and on the shared PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
        return
    _require_pg()
    url = create_pg_database(PG_ADMIN_URL)
    yield url
    drop_pg_database(PG_ADMIN_URL, url)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """A migrated, empty database (both kinds, via ``db_url``)."""
    db = Database(create_app_engine(db_url))
    migrate.upgrade(db.engine)
    yield db
    db.dispose()


@pytest.fixture
def settings(db_url: str) -> Settings:
    return replace(Settings(), database=DatabaseSettings(url=db_url, password="none"))


@pytest.fixture
def services(database: Database, settings: Settings) -> Services:
    return build_services(settings, database)


@pytest.fixture
def actors(services: Services) -> dict[str, Actor]:
    """One signed-in actor per role: agent, agent2, supervisor, supervisor2, admin."""
    made: dict[str, Actor] = {}
    for login, role in (
        ("agent", "agent"),
        ("agent2", "agent"),
        ("supervisor", "supervisor"),
        ("supervisor2", "supervisor"),
        ("admin", "admin"),
    ):
        services.accounts.add_user(
            SYSTEM_ACTOR, login=login, display_name=login.title(), role=role, password=TEST_PASSWORD
        )
        made[login] = services.accounts.sign_in(login, TEST_PASSWORD)
    return made


@pytest.fixture
def signed_in_heap() -> Iterator[None]:
    """The heap as the app has it after sign-in (heap.freeze_long_lived_objects): the
    collector's full passes skip what lived before, here pytest's own objects too."""
    freeze_long_lived_objects()
    yield
    gc.unfreeze()
