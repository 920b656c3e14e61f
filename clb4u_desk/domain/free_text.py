"""One policy for the text a person types: names, reasons, notes.

Every service method that keeps (or shows, or sends) words an agent or supervisor typed
passes them through :func:`checked_text` at its start, before anything is read or
written, so a refusal leaves nothing half-done. The policy:

- the text is stored in NFC, as everything else;
- a *line* (a name, an address) and a *paragraph* (a reason, the evidence seen) are one
  paragraph: runs of white space, line breaks included, become one space;
  a *note* keeps its line breaks (each line trimmed, at most one blank line in a row);
- a text longer than its limit is refused with the limit named, never cut: the agent
  decides what to leave out, and nothing is lost without a word;
- a full payment card number (``domain.cards``) is refused wherever it is typed: a card
  number must never be stored (PCI DSS).

``tests/integration/test_free_text_policy.py`` lists every text parameter of every
service with its kind and proves each one is checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clb4u_desk.domain.cards import ensure_no_card_number
from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.text import nfc

# The longest line (a name, a subject) and the longest note or reason an agent may type.
MAX_LINE = 200
MAX_NOTE = 2_000


class TextKind(StrEnum):
    LINE = "line"  # one line: a name, an address, a subject
    PARAGRAPH = "paragraph"  # one paragraph: a reason, the evidence seen
    NOTE = "note"  # line breaks kept: what the requester asked, in their words


@dataclass(frozen=True, slots=True)
class TextRule:
    """How one typed text is checked; ``what`` names it in the messages (a marked phrase)."""

    what: str
    kind: TextKind
    limit: int
    required: bool = True


def line(what: str, limit: int = MAX_LINE, *, required: bool = True) -> TextRule:
    return TextRule(what, TextKind.LINE, limit, required)


def paragraph(what: str, limit: int = MAX_NOTE, *, required: bool = True) -> TextRule:
    return TextRule(what, TextKind.PARAGRAPH, limit, required)


def note(what: str, limit: int = MAX_NOTE, *, required: bool = True) -> TextRule:
    return TextRule(what, TextKind.NOTE, limit, required)


def tidy(text: str, kind: TextKind) -> str:
    """The text as it is kept: NFC, white space tidied as ``kind`` says."""
    composed = nfc(text)
    if kind is not TextKind.NOTE:
        return " ".join(composed.split())
    lines = [" ".join(part.split()) for part in composed.splitlines()]
    kept: list[str] = []
    for part in lines:
        if part or (kept and kept[-1]):
            kept.append(part)
    return "\n".join(kept).strip()


def checked_text(text: str | None, rule: TextRule) -> str:
    """``text`` tidied and checked by ``rule``; "" when it is optional and left empty.

    Raises ValidationError (a text needed but empty, or longer than the limit) or
    CardNumberError (a full card number in it); the messages name the text, never
    repeat it.
    """
    tidied = tidy(text or "", rule.kind)
    if not tidied:
        if rule.required:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{what} is needed."), what=rule.what)
        return ""
    if len(tidied) > rule.limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{what} is longer than {limit} characters."),
            what=rule.what,
            limit=rule.limit,
        )
    ensure_no_card_number(tidied, rule.what)
    return tidied


def optional_text(text: str | None, rule: TextRule) -> str | None:
    """Like :func:`checked_text` for a text that may be left out: None when empty."""
    return checked_text(text, rule) or None
