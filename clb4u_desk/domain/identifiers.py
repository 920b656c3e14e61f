"""Comparing the identifiers a request gives with the ones on file, and masking them.

DESIGN.md section 4: every identifier given in a request is checked against the
linked customer's records, not only the first. The verification screen shows one
tick or cross per identifier with a masked value, so that a screen share or a
screenshot of it does not leak the requester's contact data.

Decisions:

- Names are compared folded (no diacritics, no case) and word-order-free: people
  write "Nguyễn Văn An" and "An Nguyen Van" for the same name.
- Emails are compared whole and case-insensitively; no "+tag" or dot games, because a
  Gmail rule is not a rule of every provider.
- Phones are compared in E.164 (``domain.phones``); an unreadable number never matches.
- Addresses are compared loosely: the words and numbers of a street line on file must
  all appear in what was given (ignoring words like "số", "đường", "phường"), so that
  "Số 12 đường Nguyễn Huệ, Q.1, TP.HCM" matches "12 Nguyễn Huệ".
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from clb4u_desk.domain.phones import mask_phone, normalise_phone
from clb4u_desk.domain.text import fold_words, nfc

MASK = "•••"

# Words that say what kind of place follows; they name no place themselves.
_ADDRESS_NOISE = frozenset(
    {
        "so",
        "duong",
        "pho",
        "phuong",
        "p",
        "quan",
        "q",
        "huyen",
        "xa",
        "thi",
        "tran",
        "tp",
        "thanh",
        "tinh",
        "ngo",
        "hem",
        "kiet",
        "ap",
        "to",
        "khu",
        "street",
        "st",
        "road",
        "rd",
        "ward",
        "district",
        "city",
        "no",
        "viet",
        "nam",
        "vietnam",
    }
)


class IdentifierKind(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"


# --------------------------------------------------------------------------- matching


def names_match(given: str, on_file: str) -> bool:
    said, known = sorted(fold_words(given)), sorted(fold_words(on_file))
    return bool(known) and said == known


def emails_match(given: str, on_file: Iterable[str]) -> bool:
    wanted = given.strip().casefold()
    return bool(wanted) and any(wanted == known.strip().casefold() for known in on_file)


def phones_match(given: str, on_file_e164: Iterable[str]) -> bool:
    wanted = normalise_phone(given)
    if wanted is None:
        return False
    return any(wanted == normalise_phone(known) for known in on_file_e164)


def _address_words(text: str) -> set[str]:
    return set(fold_words(text)) - _ADDRESS_NOISE


def address_matches(given: str, street_lines: Iterable[str]) -> bool:
    """True when every word of one street line on file appears in ``given``."""
    said = _address_words(given)
    for street in street_lines:
        known = _address_words(street)
        if known and known <= said:
            return True
    return False


# --------------------------------------------------------------------------- masking


def mask_email(email: str) -> str:
    """The first character of the mailbox and the domain: "n•••@gmail.com"."""
    local, at, domain = email.strip().rpartition("@")
    if not at or not local:
        return MASK
    return f"{local[0]}{MASK}@{domain}"


def mask_name(name: str) -> str:
    """The first letter of each word: "N••• V••• A•••"."""
    words = nfc(name).split()
    return " ".join(f"{word[0]}{MASK}" for word in words) if words else MASK


def mask_address(address: str) -> str:
    """Only the last part (usually the city): "•••, TP. Hồ Chí Minh"."""
    parts = [part.strip() for part in nfc(address).split(",") if part.strip()]
    if len(parts) < 2:
        return MASK
    return f"{MASK}, {parts[-1]}"


def mask_phone_or_hide(raw: str) -> str:
    """The masked phone, or only the mask when ``raw`` is not a phone number."""
    e164 = normalise_phone(raw)
    return mask_phone(e164) if e164 is not None else MASK
