"""Payment cards: spot full card numbers, and show a card as brand, last 4 and expiry only.

Pure rules (DESIGN.md section 4, "Cards"; DOMAIN-RULES.md, "Cards (PCI DSS)"): a full
card number (PAN) or CVV is never stored or shown. Imported text that contains what
looks like a full card number is refused, and the error names where it was found,
never the number.

What counts as "looks like a card number" (``find_card_numbers``):

- 13 to 19 digits that pass the Luhn check;
- written as one run of digits, or as groups joined by a *single* space or hyphen
  ("4111 1111 1111 1111", "4111-1111-1111-1111", Amex "3782 822463 10005"); a
  non-breaking space and the en dash count as space and hyphen, because text pasted
  from office documents and web pages carries them;
- a run of digits is never split: "12345678901234567890" (20 digits) holds no card
  number, even though some 16 of its digits might pass the Luhn check. Groups are
  taken whole, so in "ref 12 4111 1111 1111 1111" the card is still found;
- other Unicode decimal digits (full-width, Arabic-Indic) count as the digits they
  stand for: a number typed on another keyboard layout is still a card number.

Dots and slashes do not join groups: "1.500.000" is how Vietnamese writes amounts and
"05/03/2026" is a date. The Luhn check alone lets through about one random number in
ten; refusing an import by mistake costs an agent a minute, letting a card number
through costs a PCI incident, so the rule leans towards refusing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, CardNumberError, ValidationError

MIN_PAN_DIGITS = 13
MAX_PAN_DIGITS = 19
MASK = "••••"
_MAX_BRAND_LENGTH = 40

# Separators that may join digit groups; each maps to a plain space or hyphen so that
# the scan works on one alphabet. The map keeps the text's length, so positions found
# in the translated text are positions in the original text.
_SEPARATORS = {
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
}
_DIGIT_GROUPS = re.compile(r"[0-9]+(?:[ \-][0-9]+)*")
_GROUP = re.compile(r"[0-9]+")
_LAST4 = re.compile(r"[0-9]{4}")

_EXPIRES_LABEL = {"vi": "hết hạn", "en": "expires"}


# --------------------------------------------------------------------------- Luhn


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` (ASCII digits only, at least two) passes the Luhn check.

    Anything else (empty, a single digit, spaces, letters) is False: callers ask
    "is this a card number?", and a string that is not all digits is not one.
    """
    if len(digits) < 2 or not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    # Double every second digit counting from the right (the check digit is not doubled).
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    """The digit that makes ``partial + digit`` Luhn-valid (for tests and demo data)."""
    if not partial.isascii() or not partial.isdigit():
        raise ValueError("luhn_check_digit takes ASCII digits only")
    for candidate in "0123456789":
        if luhn_valid(partial + candidate):
            return candidate
    raise AssertionError("unreachable: one of ten check digits always fits")


# --------------------------------------------------------------------------- finding


def _ascii_digits_and_separators(text: str) -> str:
    """The text with every decimal digit as ASCII and joining separators unified.

    One character in, one character out, so positions stay valid.
    """
    out: list[str] = []
    for char in text:
        if "0" <= char <= "9":
            out.append(char)
        elif char in _SEPARATORS:
            out.append(_SEPARATORS[char])
        elif char.isdecimal():
            out.append(str(unicodedata.decimal(char)))
        else:
            out.append(char)
    return "".join(out)


def _card_spans_in_chain(chain: str, offset: int) -> list[tuple[int, int, str]]:
    """Card numbers in one chain of digit groups: (start, end, digits), non-overlapping.

    From the leftmost group on, the longest window of whole groups that holds 13-19
    digits and passes the Luhn check wins; the scan continues after it.
    """
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(chain)]
    found: list[tuple[int, int, str]] = []
    first = 0
    while first < len(groups):
        match = _longest_window(groups, first)
        if match is None:
            first += 1
            continue
        last, digits = match
        found.append((offset + groups[first][0], offset + groups[last][1], digits))
        first = last + 1
    return found


def _longest_window(groups: list[tuple[int, int, str]], first: int) -> tuple[int, str] | None:
    """The last group index and digits of the longest card-like window starting at ``first``."""
    windows: list[tuple[int, str]] = []
    digits = ""
    for last in range(first, len(groups)):
        digits += groups[last][2]
        if len(digits) > MAX_PAN_DIGITS:
            break
        if len(digits) >= MIN_PAN_DIGITS and luhn_valid(digits):
            windows.append((last, digits))
    return windows[-1] if windows else None


def find_card_spans(text: str) -> list[tuple[int, int]]:
    """Where card numbers are in ``text``: (start, end) indexes, in order, separators included."""
    return [(start, end) for start, end, _ in _find(text)]


def find_card_numbers(text: str) -> list[str]:
    """The card numbers in ``text``, as plain ASCII digits without separators, in order.

    The result holds full card numbers: use it to decide, never to log or display.
    """
    return [digits for _, _, digits in _find(text)]


def _find(text: str) -> list[tuple[int, int, str]]:
    unified = _ascii_digits_and_separators(text)
    found: list[tuple[int, int, str]] = []
    for chain in _DIGIT_GROUPS.finditer(unified):
        found.extend(_card_spans_in_chain(chain.group(), chain.start()))
    return found


def contains_card_number(text: str) -> bool:
    """True when ``text`` holds at least one full card number."""
    return bool(_find(text))


def ensure_no_card_number(text: str, where: str) -> None:
    """Raise CardNumberError when ``text`` holds a full card number.

    ``where`` says where the text came from ("customers.csv line 4 column notes"); the
    message names that place and never the number, so it can be shown and logged.
    """
    if contains_card_number(text):
        raise CardNumberError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where} contains what looks like a full payment card "
                "number. Card numbers must not be stored: remove it (keep at most "
                "the last 4 digits) and try again.",
            ),
            where=where,
        )


def redact_card_numbers(text: str, replacement: str = "[card number removed]") -> str:
    """``text`` with every full card number replaced, for text that must be kept."""
    pieces: list[str] = []
    cursor = 0
    for start, end in find_card_spans(text):
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


# --------------------------------------------------------------------------- showing


def _check_last4(last4: str) -> str:
    if not isinstance(last4, str) or not _LAST4.fullmatch(last4):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The last 4 digits of a card must be exactly 4 digits (0-9)."
            )
        )
    return last4


def _check_brand(brand: str) -> str:
    cleaned = " ".join(brand.split())
    if len(cleaned) > _MAX_BRAND_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A card brand is at most {limit} characters long."),
            limit=_MAX_BRAND_LENGTH,
        )
    # A brand column is free text in imports; a card number pasted into it must not
    # end up on screen or in a PDF through the brand.
    ensure_no_card_number(cleaned, QT_TRANSLATE_NOOP("errors", "The card brand"))
    return cleaned


@dataclass(frozen=True, slots=True)
class CardExpiry:
    """The month a card expires in; the card is valid through that month's last day."""

    month: int
    year: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A card's expiry month must be between 1 and 12.")
            )
        if not 2000 <= self.year <= 2099:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A card's expiry year must be between 2000 and 2099.")
            )

    @classmethod
    def of(cls, month: int, year: int) -> CardExpiry:
        """Like the constructor, but takes a two-digit year (27 means 2027) as cards print it."""
        return cls(month, 2000 + year if 0 <= year <= 99 else year)

    @classmethod
    def parse(cls, text: str) -> CardExpiry:
        """Read an expiry as payment exports write it: 12/2027, 12/27, 12-2027, 2027-12."""
        cleaned = text.strip()
        match = re.fullmatch(r"(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})", cleaned)
        if match:
            return cls.of(int(match.group(1)), int(match.group(2)))
        match = re.fullmatch(r"(\d{4})\s*[/\-.]\s*(\d{1,2})", cleaned)
        if match:
            return cls(int(match.group(2)), int(match.group(1)))
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A card expiry must be written as MM/YYYY or MM/YY.")
        )

    def format(self) -> str:
        """The expiry as MM/YYYY, e.g. 12/2027."""
        return f"{self.month:02d}/{self.year:04d}"

    def is_expired(self, today: date) -> bool:
        """True from the first day of the month after the expiry month."""
        return (today.year, today.month) > (self.year, self.month)


def format_expiry(exp_month: int, exp_year: int) -> str:
    """MM/YYYY, e.g. 12/2027 for month 12 of 2027 (a two-digit year is taken as 20YY)."""
    return CardExpiry.of(exp_month, exp_year).format()


def masked_pan(last4: str) -> str:
    """How a card number is shown, the last 4 digits only: •••• 1111."""
    return f"{MASK} {_check_last4(last4)}"


def mask_card(
    brand: str, last4: str, exp_month: int | None = None, exp_year: int | None = None
) -> str:
    """Language-neutral "Visa •••• 1111, 12/2027", for lists, exports and case logs.

    The expiry is left out when either part is unknown. For a sentence in the user's
    language ("…, hết hạn 12/2027") use ``describe_card``.
    """
    return _format(brand, last4, _expiry(exp_month, exp_year), label=None)


def describe_card(
    brand: str,
    last4: str,
    exp_month: int | None = None,
    exp_year: int | None = None,
    *,
    language: str = "vi",
) -> str:
    """A phrase in the user's language: "Visa •••• 1111, hết hạn 12/2027" (vi) or
    "Visa •••• 1111, expires 12/2027" (en)."""
    if language not in _EXPIRES_LABEL:
        raise ValueError(f"language must be one of {sorted(_EXPIRES_LABEL)}")
    return _format(brand, last4, _expiry(exp_month, exp_year), label=_EXPIRES_LABEL[language])


def _expiry(exp_month: int | None, exp_year: int | None) -> CardExpiry | None:
    if exp_month is None or exp_year is None:
        return None
    return CardExpiry.of(exp_month, exp_year)


def _format(brand: str, last4: str, expiry: CardExpiry | None, *, label: str | None) -> str:
    shown = " ".join(part for part in (_check_brand(brand), masked_pan(last4)) if part)
    if expiry is None:
        return shown
    return f"{shown}, {label} {expiry.format()}" if label else f"{shown}, {expiry.format()}"


@dataclass(frozen=True, slots=True)
class CardSummary:
    """All that may be known and shown of a card: brand, last 4 digits, expiry."""

    brand: str
    last4: str
    expiry: CardExpiry | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "brand", _check_brand(self.brand))
        _check_last4(self.last4)

    def masked(self) -> str:
        """Language-neutral: "Visa •••• 1111, 12/2027"."""
        return _format(self.brand, self.last4, self.expiry, label=None)

    def describe(self, language: str = "vi") -> str:
        """In the user's language: "Visa •••• 1111, hết hạn 12/2027"."""
        if self.expiry is None:
            return describe_card(self.brand, self.last4, language=language)
        return describe_card(
            self.brand, self.last4, self.expiry.month, self.expiry.year, language=language
        )
