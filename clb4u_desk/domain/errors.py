"""Domain errors: problems the user can fix. Anything else is a bug."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a user can understand and act on.

    The message is a complete sentence meant for the user (CLI: printed on one line
    with exit code 2; GUI: shown in a dialog). It never contains personal data.
    """


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
