"""Domain errors: an English template with params, translated by the GUI only."""

from __future__ import annotations

import pickle

from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    DomainError,
    IllegalTransitionError,
    ValidationError,
)


def test_the_marker_returns_its_text() -> None:
    assert QT_TRANSLATE_NOOP("errors", "No such case.") == "No such case."


def test_str_of_a_templated_error_is_the_english_sentence() -> None:
    error = IllegalTransitionError(
        QT_TRANSLATE_NOOP("errors", "Case {reference} is closed and cannot change any more."),
        reference="DSR-2026-000042",
    )
    assert str(error) == "Case DSR-2026-000042 is closed and cannot change any more."
    assert error.template == "Case {reference} is closed and cannot change any more."
    assert error.params == {"reference": "DSR-2026-000042"}
    assert error.args == ("Case DSR-2026-000042 is closed and cannot change any more.",)


def test_format_specs_and_several_params() -> None:
    error = ValidationError(
        "{what} is longer than {limit:,} characters.", what="The note", limit=20000
    )
    assert str(error) == "The note is longer than 20,000 characters."


def test_a_plain_message_is_used_as_it_is() -> None:
    error = DomainError("Use {braces} freely here.")
    assert str(error) == "Use {braces} freely here."
    assert error.template == "Use {braces} freely here."
    assert error.params == {}


def test_a_plain_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(ValidationError("Enter a phone number.")))
    assert str(error) == "Enter a phone number."
    assert error.template == str(error)
