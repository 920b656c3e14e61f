import pytest

from clb4u_desk.app import Services
from clb4u_desk.audit.verify import verify_database
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.errors import PermissionDeniedError, ValidationError
from tests.conftest import TEST_PASSWORD


def test_sign_in_returns_the_role_and_logs_it(services: Services, actors: dict[str, Actor]) -> None:
    assert actors["supervisor"].role == "supervisor"
    assert actors["agent"].login == "agent"
    with services.db.reader() as uow:
        result = verify_database(uow.session)
    # 5 accounts created + 5 sign-ins, each one entry, chain intact.
    assert result.ok
    assert result.count == 10


def test_wrong_password_is_refused_and_logged(services: Services, actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError):
        services.accounts.sign_in("agent", "not the password")
    with pytest.raises(PermissionDeniedError):
        services.accounts.sign_in("nobody", TEST_PASSWORD)
    with services.db.reader() as uow:
        result = verify_database(uow.session)
    assert result.count == 12


def test_only_an_admin_creates_accounts(services: Services, actors: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDeniedError):
        services.accounts.add_user(
            actors["supervisor"],
            login="newbie",
            display_name="N",
            role="agent",
            password=TEST_PASSWORD,
        )
    created = services.accounts.add_user(
        actors["admin"], login="newbie", display_name="N", role="agent", password=TEST_PASSWORD
    )
    assert created.login == "newbie"


@pytest.mark.parametrize(
    ("login", "role", "password"),
    [
        ("x", "agent", TEST_PASSWORD),
        ("ok-login", "boss", TEST_PASSWORD),
        ("ok-login", "agent", "short"),
        ("Bad Login!", "agent", TEST_PASSWORD),
    ],
)
def test_bad_account_input_is_refused(
    services: Services, login: str, role: str, password: str
) -> None:
    with pytest.raises(ValidationError):
        services.accounts.add_user(
            SYSTEM_ACTOR, login=login, display_name="", role=role, password=password
        )


def test_duplicate_login_is_refused(services: Services, actors: dict[str, Actor]) -> None:
    with pytest.raises(ValidationError, match="taken"):
        services.accounts.add_user(
            SYSTEM_ACTOR, login="agent", display_name="", role="agent", password=TEST_PASSWORD
        )


@pytest.mark.real_password_hashing
def test_passwords_are_stored_as_argon2id_with_production_cost(services: Services) -> None:
    from argon2.low_level import Type
    from argon2.profiles import RFC_9106_LOW_MEMORY
    from sqlalchemy import select

    from clb4u_desk.persistence.models import Account

    services.accounts.add_user(
        SYSTEM_ACTOR, login="lan", display_name="Lan", role="agent", password=TEST_PASSWORD
    )
    with services.db.reader() as uow:
        stored = uow.session.scalars(
            select(Account.password_hash).where(Account.login == "lan")
        ).one()
    assert stored.startswith("$argon2id$")
    assert TEST_PASSWORD not in stored
    params = dict(part.split("=") for part in stored.split("$")[3].split(","))
    # Never below the RFC 9106 low-memory profile (64 MiB, three passes).
    assert int(params["m"]) >= RFC_9106_LOW_MEMORY.memory_cost
    assert int(params["t"]) >= RFC_9106_LOW_MEMORY.time_cost
    assert RFC_9106_LOW_MEMORY.type is Type.ID
    assert services.accounts.sign_in("lan", TEST_PASSWORD).login == "lan"
