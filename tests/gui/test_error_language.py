"""Domain errors raised by the services reach the user in the UI's language.

The services raise English templates (``QT_TRANSLATE_NOOP``); the error dialog and the
inline messages translate them with the error's params (clb4u_desk.gui.errors.error_text).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    DomainError,
    IdentityNotVerifiedError,
    NotFoundError,
    ValidationError,
)
from clb4u_desk.gui.errors import domain_error_box, error_text
from clb4u_desk.gui.i18n import Translations
from tests.conftest import MemoryKeyring
from tests.gui.helpers import QT_STRICT
from tests.integration.copy_helpers import add_case
from tests.integration.verification_helpers import add_customer

pytestmark = QT_STRICT


@pytest.fixture(autouse=True)
def pseudonym_key(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("clb4u-desk", "pseudonym-key", "cd" * 32)


def _raised(call: object) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_a_copy_below_the_level_is_refused_in_the_ui_language(
    qtbot: QtBot, services: Services, actors: dict[str, Actor], translations: Translations
) -> None:
    case_id, reference = add_case(services, add_customer(services), level=2)
    error = _raised(lambda: services.copies.summary(actors["agent"], case_id))
    assert isinstance(error, IdentityNotVerifiedError)
    english = str(error)  # what the CLI prints, unchanged
    assert english.startswith(f"Case {reference}: the requester's identity is verified")
    assert error.params["reference"] == reference

    box = domain_error_box(None, error)  # Vietnamese: the fixture's default
    qtbot.addWidget(box)
    vietnamese = box.informativeText()
    assert vietnamese.startswith(f"Vụ việc {reference}: danh tính người yêu cầu đã được xác minh")
    assert "Hãy hoàn tất việc xác minh trước." in vietnamese
    assert "L3" in vietnamese

    translations.apply("en")
    box = domain_error_box(None, error)
    qtbot.addWidget(box)
    assert box.informativeText() == english


def test_validation_and_not_found_errors_of_the_services_speak_the_language(
    qtbot: QtBot, services: Services, actors: dict[str, Actor], translations: Translations
) -> None:
    case_id, _ = add_case(services, add_customer(services), level=1)
    error = _raised(
        lambda: services.verification.check_one_time_code(actors["agent"], case_id, "123456")
    )
    assert isinstance(error, ValidationError)
    assert error_text(error) == (
        "Không có mã dùng một lần nào đang chờ cho vụ việc này; hãy gửi mã mới."
    )
    translations.apply("en")
    assert (
        error_text(error)
        == str(error)
        == ("No one-time code is waiting for this case; send a new one.")
    )

    missing = _raised(lambda: services.cases.get_case(987_654))
    assert isinstance(missing, NotFoundError)
    assert error_text(missing) == str(missing) == "No such case."
    translations.apply("vi")
    assert error_text(missing) == "Không có vụ việc này."


def test_untranslated_and_mismatched_messages_fall_back_to_english(
    translations: Translations,
) -> None:
    plain = ValidationError("Enter a phone number.")
    assert error_text(plain) == "Enter a phone number."
    # A template whose params do not fit it shows the English sentence as raised.
    odd = ValidationError(
        QT_TRANSLATE_NOOP("errors", "Case {reference} is closed."), reference="DSR-2026-000001"
    )
    odd.params = {"other": 1}
    assert error_text(odd) == "Case DSR-2026-000001 is closed."


def test_marked_params_and_wrapped_errors_are_translated_too(translations: Translations) -> None:
    inner = ValidationError(
        QT_TRANSLATE_NOOP("errors", "{what} is needed."),
        what=QT_TRANSLATE_NOOP("errors", "The reason for the restriction"),
    )
    assert str(inner) == "The reason for the restriction is needed."
    outer = ValidationError(
        QT_TRANSLATE_NOOP("errors", "{source}: {error}"), source="deadlines.toml", error=inner
    )
    assert str(outer) == "deadlines.toml: The reason for the restriction is needed."
    assert error_text(outer) == f"deadlines.toml: {error_text(inner)}"
    assert error_text(inner) == "Lý do hạn chế xử lý là bắt buộc."
