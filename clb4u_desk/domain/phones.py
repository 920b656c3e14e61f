"""Phone numbers: one stored form (E.164), a masked form for screens, keys for search.

Pure rules on top of the ``phonenumbers`` library (Google's libphonenumber metadata):
no I/O. Agents type numbers the way Vietnamese people write them ("0912 345 678",
"0912.345.678", "(+84) 912345678", "028 3823 4567"); records imported from older
systems hold the same numbers in other shapes. Everything is compared in E.164
("+84912345678") so that one number written many ways is one number.

Decisions:

- Only numbers the metadata calls *valid* are accepted; anything else is None. A
  number that cannot be dialled cannot verify anybody (callback, SMS code).
- Letters are junk, not vanity numbers: "0912 ABC DEF" is a typo, not 0912 222 333.
  An extension ("ext 12", "x12", "máy lẻ 12") is allowed and dropped, because E.164
  has no extension and the line is the same.
- Vietnam moved 11-digit mobile numbers to 10 digits in 2018 (0168 → 038, ...).
  Records from before then still hold the old form, and the subscriber kept the
  line, so an old mobile number is read as its new one.
"""

from __future__ import annotations

import re

import phonenumbers

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

DEFAULT_REGION = "VN"
_VN_COUNTRY_CODE = 84
_MASK = "••• •••"
_VISIBLE_DIGITS = 3
# libphonenumber refuses longer input anyway; stopping early keeps junk cheap.
_MAX_INPUT_LENGTH = 64

# Ministry of Information and Communications, decision 798/QĐ-BTTTT (2018): the old
# 11-digit mobile prefixes (without the trunk 0) and the 10-digit ones that replaced them.
_VN_OLD_MOBILE_PREFIXES: dict[str, str] = {
    "120": "70",
    "121": "79",
    "122": "77",
    "126": "76",
    "128": "78",
    "123": "83",
    "124": "84",
    "125": "85",
    "127": "81",
    "129": "82",
    "162": "32",
    "163": "33",
    "164": "34",
    "165": "35",
    "166": "36",
    "167": "37",
    "168": "38",
    "169": "39",
    "186": "56",
    "188": "58",
    "199": "59",
}

_EXTENSION = re.compile(r"\s*(?:ext\.?|extn\.?|x|#|máy lẻ|ml\.?)\s*\d{1,6}\s*$", re.IGNORECASE)
_TEL_PREFIX = re.compile(r"^\s*tel:\s*", re.IGNORECASE)
# What is left after an extension and "tel:" are taken off: digits (any script, the
# library maps them), plus signs, brackets and the usual separators.
_ALLOWED = re.compile(r"[\d\s+()./\-\u2010-\u2013\uff0b]+")


def _strip_decorations(raw: str) -> str | None:
    """The number part of ``raw``, or None when it holds anything but a phone number."""
    text = _TEL_PREFIX.sub("", _EXTENSION.sub("", raw))
    if not text.strip() or not _ALLOWED.fullmatch(text):
        return None
    return text


def _parse(raw: str, default_region: str) -> phonenumbers.PhoneNumber | None:
    """The valid number ``raw`` stands for, or None."""
    if not isinstance(raw, str) or len(raw) > _MAX_INPUT_LENGTH:
        return None
    text = _strip_decorations(raw)
    if text is None:
        return None
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number):
        return number
    return _renumbered_vn_mobile(number)


def _renumbered_vn_mobile(number: phonenumbers.PhoneNumber) -> phonenumbers.PhoneNumber | None:
    """An old 11-digit Vietnamese mobile number as its current 10-digit number, else None."""
    if number.country_code != _VN_COUNTRY_CODE:
        return None
    significant = phonenumbers.national_significant_number(number)
    new_prefix = _VN_OLD_MOBILE_PREFIXES.get(significant[:3])
    if len(significant) != 10 or new_prefix is None:
        return None
    renumbered = phonenumbers.PhoneNumber(
        country_code=_VN_COUNTRY_CODE, national_number=int(new_prefix + significant[3:])
    )
    return renumbered if phonenumbers.is_valid_number(renumbered) else None


def normalise_phone(raw: str, default_region: str = DEFAULT_REGION) -> str | None:
    """``raw`` in E.164 ("+84912345678"), or None when it is not a valid phone number.

    Numbers without a country code are read in ``default_region`` (Vietnam unless
    told otherwise); numbers with "+", "00" or (in Vietnam) a leading "84" are read in
    their own country.
    """
    number = _parse(raw, default_region)
    if number is None:
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def is_valid_phone(raw: str, default_region: str = DEFAULT_REGION) -> bool:
    """True when ``raw`` is a phone number that can be dialled."""
    return normalise_phone(raw, default_region) is not None


def mask_phone(e164: str) -> str:
    """The country code and the last 3 digits only: "+84 ••• ••• 678".

    The middle is always the same six dots, whatever the number's length, so the
    masked form does not tell a landline from a mobile. Takes E.164 or any form
    ``normalise_phone`` accepts; raises ValidationError for anything else.
    """
    number = _parse(e164, DEFAULT_REGION)
    if number is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This is not a valid phone number, so it cannot be shown masked."
            )
        )
    significant = phonenumbers.national_significant_number(number)
    return f"+{number.country_code} {_MASK} {significant[-_VISIBLE_DIGITS:]}"


_STORED = re.compile(r"\+([1-9]\d{6,14})")


def mask_stored_phone(e164: str) -> str:
    """The masked form of a number as stored (E.164), for lists of many records.

    The same as :func:`mask_phone` for every valid number, without checking it
    against the numbering plan: that check costs more than the rest of a customer
    search's twenty hits. The country code is read off the number (country codes are
    prefix-free); a value not in E.164 form shows as the bare mask, never in full.
    """
    match = _STORED.fullmatch(e164)
    if match is None:
        return _MASK
    digits = match.group(1)
    for length in (1, 2, 3):
        if int(digits[:length]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return f"+{digits[:length]} {_MASK} {digits[-_VISIBLE_DIGITS:]}"
    return _MASK


def phone_search_keys(raw: str, default_region: str = DEFAULT_REGION) -> list[str]:
    """The strings to look a phone number up by, most exact first; [] for junk.

    E.164 is what the database stores. The national significant number ("912345678")
    and, for numbers of ``default_region``, the national dialling form ("0912345678")
    find the same number in free text and in imported columns that were never
    normalised.
    """
    number = _parse(raw, default_region)
    if number is None:
        return []
    keys = [
        str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)),
        str(phonenumbers.national_significant_number(number)),
    ]
    if phonenumbers.region_code_for_number(number) == default_region:
        national = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
        keys.append("".join(ch for ch in national if ch.isdigit()))
    return list(dict.fromkeys(keys))
