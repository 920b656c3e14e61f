"""Domain errors: problems the user can fix. Anything else is a bug."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged.

    ``pyside6-lupdate`` collects calls of this name from the source, so a message written
    here ends up in the ``.ts`` files while the core stays free of Qt; the GUI translates
    it when it shows the error (``clb4u_desk.gui.errors.error_text``).
    """
    del context
    return text


class DomainError(Exception):
    """Base of every error a user can understand and act on.

    The message is a complete sentence meant for the user (CLI: printed on one line
    with exit code 2; GUI: shown in a dialog). It never contains personal data.

    It is given as an English ``template`` with ``{name}`` fields and their ``params``:
    ``DomainError(QT_TRANSLATE_NOOP("errors", "Case {reference} is closed."),
    reference=ref)``. ``str(error)`` is the template filled in (the English sentence the
    CLI prints); the GUI translates ``template`` and fills in the same ``params``. A
    message without params is used as it is (braces in it are not fields).
    """

    template: str
    params: dict[str, object]

    def __init__(self, template: str, /, **params: object) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params


class ValidationError(DomainError):
    """Input that cannot be accepted as it is."""


class NotFoundError(DomainError):
    """Something named by the user does not exist."""


class PermissionDeniedError(DomainError):
    """The signed-in user's role does not allow the action."""


class IllegalTransitionError(DomainError):
    """A case or item cannot move to the requested state from where it is."""


class IdentityNotVerifiedError(DomainError):
    """The requester has not reached the identity level the action needs."""


class ConcurrentChangeError(DomainError):
    """Someone else changed the same record meanwhile; reload and try again."""


class ConfigurationError(DomainError):
    """The installation is not set up right (config file, keyring, database URL)."""


class CardNumberError(ValidationError):
    """Input contains what looks like a full payment card number."""
