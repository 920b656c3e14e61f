"""How dates, times and amounts are written, in Vietnamese and in English: the one place.

The GUI, the record lookup, the data copy, the certificates, the evidence pack and the
letters all call these, so the agent sees what the requester gets:

=====================  ===========================  ===================================
value                  function                     shown as
=====================  ===========================  ===================================
date                   ``format_date(d)``           ``31/12/2025``
aware datetime         ``format_datetime(m)``       ``31/12/2025 14:05`` (Vietnam time)
... with its zone      ``format_zoned(m, l)``       ``31/12/2025 14:05 Vietnam time (UTC+7)``
... for a program      ``vietnam_isoformat(m)``     ``2025-12-31T14:05:00+07:00``
amount in VND          ``format_amount(1500000)``   ``1.500.000 ₫``
date in a letter       ``format_long_date(d, l)``   ``1 March 2026`` / ``01/03/2026``
yes/no                 ``format_bool(True, l)``     ``Có`` / ``Yes``
=====================  ===========================  ===================================

Times are always converted explicitly to Vietnam's time (``Asia/Ho_Chi_Minh``), where the
company, its agents and its requesters are, never to the workstation's zone; a naive
datetime is refused rather than guessed. The day a request was received, the day a
deadline counts from and the day a letter prints are all :func:`vietnam_date`, so they
cannot disagree. Where a reader might take a time for their own zone (the command line,
the evidence pack, a letter), :func:`format_zoned` names it; machine-readable output
writes ISO 8601 with the ``+07:00`` offset (:func:`vietnam_isoformat`).

Why not Babel: the forms here are fixed by the agents' practice and the letters, not by
a locale's preference. ``dd/mm/yyyy`` is used in both languages (CLDR's English would
give ``12/31/25`` or ``Dec 31, 2025``); amounts are whole đồng with dots in both languages
(VND has no minor unit, and CLDR's English would write ``₫1,500,000``), and the English
long date is the British "1 March 2026" the letters use. Babel would be configured to
undo its own defaults for each of these, and would put its locale database (some 30 MB)
into the packaged build for two locales whose month names fit in twelve lines. It would
also be slower on the record lookup's hot path (ten thousand times per heavy profile),
which these functions are tuned for.

Pure: no I/O, no process locale (``strftime("%B")`` would follow the locale Qt sets).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import Final, Literal
from zoneinfo import ZoneInfo

Language = Literal["vi", "en"]

VIETNAM_TIMEZONE: Final = "Asia/Ho_Chi_Minh"
VIETNAM: Final = ZoneInfo(VIETNAM_TIMEZONE)

VIETNAM_TIME_NAME: Final[Mapping[Language, str]] = MappingProxyType(
    {"vi": "giờ Việt Nam (UTC+7)", "en": "Vietnam time (UTC+7)"}
)
"""The zone's name, after a time that could be misread (see :func:`format_zoned`)."""

MISSING: Final = "—"
"""How an empty or unknown value is shown, so an empty cell is visibly empty."""

# Vietnam has kept UTC+7 without daylight saving since 1976: a UTC time after that is
# converted by adding 7 hours, which costs half of the zone conversion (a heavy profile
# formats ten thousand times); anything else goes through the zone's rules.
_VIETNAM_OFFSET: Final = timedelta(hours=7)
_FIXED_OFFSET_SINCE: Final = datetime(1976, 1, 1, tzinfo=UTC)

_MONTHS_EN: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def vietnam_time(moment: datetime) -> datetime:
    """``moment`` in Vietnam's time; ``moment`` must be aware."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time must be timezone-aware to be shown in Vietnam time")
    if moment.tzinfo is UTC and moment >= _FIXED_OFFSET_SINCE:
        return (moment + _VIETNAM_OFFSET).replace(tzinfo=VIETNAM)
    return moment.astimezone(VIETNAM)


def vietnam_date(moment: datetime) -> date:
    """The day ``moment`` falls on in Vietnam."""
    return vietnam_time(moment).date()


def format_date(day: date, lang: Language = "vi") -> str:
    """``dd/mm/yyyy`` in both languages (the Vietnamese convention, unambiguous in English)."""
    del lang  # the same form in both; the parameter keeps call sites uniform
    # isoformat is C code; strftime was a tenth of a heavy profile's load time.
    iso = day.isoformat()
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def format_datetime(moment: datetime, lang: Language = "vi") -> str:
    """``dd/mm/yyyy HH:MM`` in Vietnam's time; ``moment`` must be aware."""
    del lang  # the same form in both
    if moment.tzinfo is UTC and moment >= _FIXED_OFFSET_SINCE:
        # The hot path (stored times are UTC), without building the zone's datetime.
        iso = (moment + _VIETNAM_OFFSET).isoformat(sep=" ", timespec="minutes")
    else:
        iso = vietnam_time(moment).isoformat(sep=" ", timespec="minutes")
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]} {iso[11:16]}"


def format_zoned(moment: datetime, lang: Language = "vi") -> str:
    """:func:`format_datetime` followed by the zone's name, for where a reader could take
    the time for their own zone: ``31/12/2025 14:05 giờ Việt Nam (UTC+7)``."""
    return f"{format_datetime(moment, lang)} {VIETNAM_TIME_NAME[lang]}"


def vietnam_isoformat(moment: datetime) -> str:
    """ISO 8601 in Vietnam's time with its offset, for machine-readable output:
    ``2025-12-31T14:05:00+07:00`` (the same instant as the stored UTC time)."""
    return vietnam_time(moment).isoformat()


def format_count(count: int) -> str:
    """A count with dots between thousands, as amounts are written: ``12.345``."""
    return f"{count:,}".replace(",", ".")


def format_amount(vnd: int, lang: Language = "vi") -> str:
    """Whole đồng with dots between thousands, in both languages: ``1.500.000 ₫``."""
    del lang  # the same form in both: the letters quote amounts as the invoices do
    if isinstance(vnd, bool) or not isinstance(vnd, int):
        raise TypeError("an amount is a whole number of đồng")
    return f"{format_count(vnd)} ₫"


def format_long_date(day: date, lang: Language) -> str:
    """A date in a letter's sentence: "1 March 2026" in English; in Vietnamese the
    letters write "ngày 01/03/2026", so this is ``dd/mm/yyyy`` after their "ngày"."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return format_date(day, lang)


def format_bool(value: bool, lang: Language) -> str:
    """``Có``/``Không`` or ``Yes``/``No``."""
    if lang == "vi":
        return "Có" if value else "Không"
    return "Yes" if value else "No"


def format_optional(value: str | None) -> str:
    """A missing or blank value as an em dash."""
    return MISSING if value is None or not value.strip() else value


def format_stopped(words: str, day: date | None, lang: Language = "vi") -> str:
    """A finished item's clock: its words ("Đã dừng — hoàn thành") and the day it
    stopped, ``dd/mm/yyyy``; the words alone when the day is not known (older data)."""
    return f"{words} {format_date(day, lang)}" if day is not None else words
