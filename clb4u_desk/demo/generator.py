"""Rows of invented customers and their records, as plain tuples ready for bulk insert.

Speed matters more than elegance here (a million customers, ~13 million rows, on a
2-core machine in minutes), so rows are tuples in the column order of
``TABLE_COLUMNS``, dates and datetimes are preformatted strings (UTC, the format
SQLAlchemy writes on SQLite and PostgreSQL parses in COPY), ids are explicit and
running, and everything random comes from one seeded ``random.Random``.

Which customers are special, by customer id (documented for tests and benchmarks):
- heavy customers (``heavy_rows``+ records each): ids 1, 2, 3 when seeding 1,000 or
  more customers, otherwise id 1 only (see :func:`heavy_customer_ids`);
- id % 250 == 11: a name with markup characters (``<b>Lê & Co</b>``, ...);
- id % 40 == 3: one of a few very common full names shared by many customers;
- id % 100 == 37: the name is stored NFD-decomposed, as old systems exported it.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from clb4u_desk.demo import texts
from clb4u_desk.demo.pools import (
    EU_EMAIL_DOMAINS,
    MARKUP_NAMES,
    SHARED_NAMES,
    US_EMAIL_DOMAINS,
    VN_EMAIL_DOMAINS,
    VN_FAMILY_NAMES,
    VN_FAMILY_WEIGHTS,
    ForeignPools,
    Pools,
    email_part,
)
from clb4u_desk.domain.text import fold

Row = tuple[Any, ...]
Chunk = dict[str, list[Row]]

# Insert order respects foreign keys: customers, then invoices and payment methods
# before the payments that point at them.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": (
        "id",
        "reference",
        "full_name",
        "name_folded",
        "birth_year",
        "gender",
        "occupation",
        "job_title",
        "income_band",
        "zip_code",
        "residence",
        "language",
        "created_at",
        "status",
        "version",
    ),
    "customer_emails": ("id", "customer_id", "email", "is_primary", "version"),
    "customer_phones": ("id", "customer_id", "phone_e164", "kind", "version"),
    "customer_addresses": (
        "id",
        "customer_id",
        "kind",
        "street",
        "ward",
        "city",
        "country",
        "zip_code",
        "version",
    ),
    "subscriptions": (
        "id",
        "customer_id",
        "kind",
        "title",
        "started_on",
        "ended_on",
        "status",
        "version",
    ),
    "invoices": (
        "id",
        "customer_id",
        "number",
        "issued_on",
        "amount_vnd",
        "status",
        "fiscal_year",
        "description",
        "version",
    ),
    "payment_methods": (
        "id",
        "customer_id",
        "brand",
        "last4",
        "exp_month",
        "exp_year",
        "processor_token",
        "added_on",
        "version",
    ),
    "payments": (
        "id",
        "customer_id",
        "invoice_id",
        "payment_method_id",
        "paid_at",
        "amount_vnd",
        "status",
        "version",
    ),
    "communications": (
        "id",
        "customer_id",
        "channel",
        "direction",
        "occurred_at",
        "summary",
        "version",
    ),
    "consents": (
        "id",
        "customer_id",
        "purpose",
        "channel",
        "granted",
        "changed_at",
        "source",
        "version",
    ),
    "ad_segments": ("id", "customer_id", "segment", "assigned_on", "source", "version"),
    "poll_responses": ("id", "customer_id", "poll", "question", "answer", "answered_at", "version"),
    "message_board_posts": ("id", "customer_id", "board", "title", "body", "posted_at", "version"),
    "support_tickets": (
        "id",
        "customer_id",
        "opened_at",
        "subject",
        "status",
        "closed_at",
        "version",
    ),
    "disclosures": (
        "id",
        "customer_id",
        "recipient",
        "legal_basis",
        "categories",
        "disclosed_on",
        "version",
    ),
    "restrictions": (
        "id",
        "customer_id",
        "category",
        "purpose",
        "reason",
        "since",
        "lifted_at",
        "case_id",
        "version",
    ),
    "legal_holds": ("id", "customer_id", "category", "reason", "since", "released_on", "version"),
}
RECORD_TABLES = tuple(name for name in TABLE_COLUMNS if name != "customers")

FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2026, 1, 31)
DEFAULT_HEAVY_ROWS = 10_000

_VN_MOBILE_PREFIXES = (
    "90",
    "91",
    "93",
    "94",
    "96",
    "97",
    "98",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "38",
    "39",
    "70",
    "76",
    "77",
    "78",
    "79",
    "81",
    "82",
    "83",
    "84",
    "85",
    "86",
    "88",
    "89",
    "56",
    "58",
    "59",
)
_FOREIGN_PHONES = {"DE": ("+4930", 7), "FR": ("+336", 8), "IT": ("+393", 9), "US": ("+1415", 7)}
# Digits that may follow these prefixes in a number the phone rules accept (found with
# phonenumbers' metadata): a number must be dialable, or the demo customer can be
# neither searched by phone nor called back. Prefixes not listed take any digit.
_NEXT_DIGITS = {
    "+8489": "6789",
    "+8428": "23456789",
    "+8424": "2345678",
    "+336": "01245678",
    "+393": "123456789",
    "+1415": "23456789",
}
_TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
# Counts per customer drawn from these bags give the realistic spread (and the average
# of about 13 rows per customer that the benchmarks assume).
_SUBSCRIPTIONS = (0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4)
_INVOICES = (0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 4, 5)
_COMMUNICATIONS = (0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6)
_INVOICE_STATUSES = ("paid",) * 16 + ("unpaid", "unpaid", "cancelled", "refunded")


def _dialable(prefix: str, subscriber: str) -> str:
    """``prefix`` + ``subscriber`` with its first digit moved into the allowed ones.

    Mapping the digit (rather than drawing again) keeps the random sequence, and so
    every other generated value, as it was.
    """
    allowed = _NEXT_DIGITS.get(prefix)
    if allowed is None or subscriber[0] in allowed:
        return prefix + subscriber
    return prefix + allowed[int(subscriber[0]) % len(allowed)] + subscriber[1:]


def heavy_customer_ids(customers: int) -> tuple[int, ...]:
    """The customers with ``heavy_rows`` records or more (for big profiles and data copies)."""
    if customers >= 1000:
        return (1, 2, 3)
    return (1,) if customers >= 1 else ()


def customer_reference(customer_id: int) -> str:
    return f"KH-{customer_id:06d}"


class _Person:
    """What the record generators need to know about the customer being generated."""

    __slots__ = ("cid", "day0", "domain", "email_family", "email_given", "foreign")

    def __init__(
        self,
        cid: int,
        day0: int,
        foreign: ForeignPools | None,
        email_given: str,
        email_family: str,
        domain: str,
    ) -> None:
        self.cid = cid
        self.day0 = day0
        self.foreign = foreign
        self.email_given = email_given
        self.email_family = email_family
        self.domain = domain


class Generator:
    """Generates customers in id order; ``next_ids`` are the first free id of every table."""

    def __init__(
        self,
        pools: Pools,
        seed: int,
        *,
        customers: int,
        heavy_rows: int = DEFAULT_HEAVY_ROWS,
        next_ids: dict[str, int] | None = None,
    ) -> None:
        self._pools = pools
        self._rng = random.Random(seed)
        self._heavy = frozenset(heavy_customer_ids(customers))
        self._heavy_rows = heavy_rows
        self._next = {table: 1 for table in TABLE_COLUMNS} | (next_ids or {})
        self._fold_cache: dict[str, str] = {}
        self._email_cache: dict[str, str] = {}
        span = (LAST_DAY - FIRST_DAY).days + 1
        self._days = [(FIRST_DAY + timedelta(days=i)).isoformat() for i in range(span)]
        self._years = [(FIRST_DAY + timedelta(days=i)).year for i in range(span)]
        self._last = span - 1
        self._times = [
            f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86_400)
        ]
        self._family_bag = _weighted_bag(VN_FAMILY_NAMES, VN_FAMILY_WEIGHTS)

    # -- helpers -------------------------------------------------------------------

    def _stamp(self, day: int) -> str:
        # Office hours in Vietnam (UTC+7) are about 01:00-11:00 UTC; some spill over.
        return self._days[day] + self._times[self._rng.randrange(3_600, 50_400)]

    def _day_after(self, day: int) -> int:
        return self._rng.randrange(day, self._last + 1)

    def _take_ids(self, table: str, count: int) -> int:
        first = self._next[table]
        self._next[table] = first + count
        return first

    def _fold(self, name: str) -> str:
        folded = self._fold_cache.get(name)
        if folded is None:
            folded = fold(name)[:200]
            if len(self._fold_cache) < 200_000:
                self._fold_cache[name] = folded
        return folded

    def _ascii(self, part: str) -> str:
        value = self._email_cache.get(part)
        if value is None:
            value = self._email_cache[part] = email_part(part) or "kh"
        return value

    # -- customers -----------------------------------------------------------------

    def chunk(self, first_id: int, last_id: int) -> Chunk:
        """Every row of customers ``first_id``..``last_id`` (inclusive), per table."""
        out: Chunk = {table: [] for table in TABLE_COLUMNS}
        for cid in range(first_id, last_id + 1):
            self._customer(cid, out)
        return out

    def _customer(self, cid: int, out: Chunk) -> None:
        rng = self._rng
        roll = rng.random()
        residence = "eu" if roll < 0.03 else "us-ca" if roll < 0.05 else "vn"
        foreign: ForeignPools | None = None
        if residence == "eu":
            foreign = rng.choice(self._pools.eu)
        elif residence == "us-ca":
            foreign = self._pools.us_ca
        gender = _gender(rng)
        name, given, family = self._foreign_name(foreign) if foreign else self._vn_name(gender)
        name = _special_name(cid, name)
        day0 = rng.randrange(0, self._last - 60)
        domains = (
            VN_EMAIL_DOMAINS
            if foreign is None
            else US_EMAIL_DOMAINS
            if residence == "us-ca"
            else EU_EMAIL_DOMAINS
        )
        person = _Person(
            cid, day0, foreign, self._ascii(given), self._ascii(family), rng.choice(domains)
        )
        zip_code = self._addresses(person, out["customer_addresses"])
        out["customers"].append(self._customer_row(person, name, gender, residence, zip_code))
        self._records(person, out)

    def _customer_row(
        self, p: _Person, name: str, gender: str | None, residence: str, zip_code: str | None
    ) -> Row:
        rng = self._rng
        vn = residence == "vn"
        occupation = rng.choice(texts.OCCUPATIONS_VI if vn else texts.OCCUPATIONS_EN)
        job = rng.choice(texts.JOB_TITLES_VI if vn else texts.JOB_TITLES_EN)
        filled = rng.random() < 0.7  # many sign-ups skip the optional profile questions
        return (
            p.cid,
            customer_reference(p.cid),
            name,
            self._fold(name),
            rng.randrange(1950, 2007) if rng.random() < 0.85 else None,
            gender,
            occupation if filled else None,
            job if filled else None,
            rng.choice(texts.INCOME_BANDS) if filled and rng.random() < 0.6 else None,
            zip_code,
            residence,
            "vi" if vn else "en",
            self._stamp(p.day0),
            "active",
            1,
        )

    def _vn_name(self, gender: str | None) -> tuple[str, str, str]:
        rng, pools = self._rng, self._pools
        family = rng.choice(self._family_bag)
        if gender == "female" or (gender is None and rng.random() < 0.5):
            middle = rng.choice(pools.vn_middle_female)
            given = rng.choice(pools.vn_given_female)
        else:
            middle = rng.choice(pools.vn_middle_male)
            given = rng.choice(pools.vn_given_male)
        return f"{family} {middle} {given}", given, family

    def _foreign_name(self, pools: ForeignPools) -> tuple[str, str, str]:
        given = self._rng.choice(pools.given)
        family = self._rng.choice(pools.family)
        return f"{given} {family}", given, family

    def _records(self, p: _Person, out: Chunk) -> None:
        rng = self._rng
        heavy = p.cid in self._heavy
        h = self._heavy_rows
        self._emails(p, out["customer_emails"], 3 if heavy else 1 + (rng.random() < 0.2))
        self._phones(
            p, out["customer_phones"], 3 if heavy else (rng.random() < 0.92) + (rng.random() < 0.12)
        )
        counts = (
            self._heavy_counts(h)
            if heavy
            else {
                "subscriptions": rng.choice(_SUBSCRIPTIONS),
                "invoices": rng.choice(_INVOICES),
                "communications": rng.choice(_COMMUNICATIONS),
                "ad_segments": rng.choice((1, 2)) if rng.random() < 0.3 else 0,
                "poll_responses": rng.randrange(1, 4) if rng.random() < 0.15 else 0,
                "message_board_posts": rng.randrange(1, 4) if rng.random() < 0.07 else 0,
                "support_tickets": rng.choice((1, 1, 2)) if rng.random() < 0.2 else 0,
                "disclosures": 1 if rng.random() < 0.1 else 0,
                "restrictions": 1 if rng.random() < 0.004 else 0,
                "legal_holds": 1 if rng.random() < 0.003 else 0,
            }
        )
        self._subscriptions(p, out["subscriptions"], counts["subscriptions"])
        invoices = self._invoices(p, out["invoices"], counts["invoices"])
        methods = self._payment_methods(
            p, out["payment_methods"], 5 if heavy else _method_count(rng, len(invoices))
        )
        self._payments(p, out["payments"], invoices, methods)
        self._communications(p, out["communications"], counts["communications"])
        self._consents(p, out["consents"], h // 50 if heavy else 0)
        self._ad_segments(p, out["ad_segments"], counts["ad_segments"])
        self._polls(p, out["poll_responses"], counts["poll_responses"])
        self._posts(p, out["message_board_posts"], counts["message_board_posts"])
        self._tickets(p, out["support_tickets"], counts["support_tickets"])
        self._disclosures(p, out["disclosures"], counts["disclosures"])
        self._restrictions(p, out["restrictions"], counts["restrictions"])
        self._legal_holds(p, out["legal_holds"], counts["legal_holds"])

    @staticmethod
    def _heavy_counts(h: int) -> dict[str, int]:
        counts = {
            "subscriptions": h // 20,
            "invoices": h * 3 // 20,
            "ad_segments": h // 50,
            "poll_responses": h // 12,
            "message_board_posts": h // 16,
            "support_tickets": h // 20,
            "disclosures": h // 50,
            "restrictions": 2,
            "legal_holds": 2,
        }
        # Communications fill the rest, so the customer reaches h rows even before
        # payments, consents and contact rows are counted.
        counts["communications"] = max(0, h - sum(counts.values()))
        return counts

    # -- contact data ----------------------------------------------------------------

    def _emails(self, p: _Person, rows: list[Row], n: int) -> None:
        first = self._take_ids("customer_emails", n)
        rows.append((first, p.cid, f"{p.email_given}.{p.email_family}{p.cid}@{p.domain}", True, 1))
        for i in range(1, n):
            rows.append(
                (
                    first + i,
                    p.cid,
                    f"{p.email_family}{p.email_given}{i}{p.cid % 97}"
                    f"@{self._rng.choice(VN_EMAIL_DOMAINS)}",
                    False,
                    1,
                )
            )

    def _phones(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("customer_phones", n)
        for i in range(n):
            if p.foreign is not None:
                prefix, digits = _FOREIGN_PHONES[p.foreign.country]
                number = _dialable(prefix, f"{rng.randrange(10**digits):0{digits}d}")
                kind = "mobile" if i == 0 else "work"
            elif i == 0:
                number = _dialable(
                    f"+84{rng.choice(_VN_MOBILE_PREFIXES)}", f"{rng.randrange(10**7):07d}"
                )
                kind = "mobile"
            else:
                area = rng.choice(("28", "24", "236", "225"))
                number = _dialable(
                    f"+84{area}", f"{rng.randrange(10 ** (10 - len(area))):0{10 - len(area)}d}"
                )
                kind = rng.choice(("home", "work", "fax"))
            rows.append((first + i, p.cid, number, kind, 1))

    def _addresses(self, p: _Person, rows: list[Row]) -> str | None:
        """The postal (and sometimes a billing) address; returns the postal ZIP code."""
        rng = self._rng
        heavy = p.cid in self._heavy
        n = 3 if heavy else (rng.random() < 0.9) + (rng.random() < 0.25)
        if n == 0:
            return None
        first = self._take_ids("customer_addresses", n)
        zip_code: str | None = None
        for i in range(n):
            street, ward, city, country, zip_i = self._address(p.foreign)
            if i == 0:
                zip_code = zip_i
            rows.append(
                (
                    first + i,
                    p.cid,
                    "postal" if i == 0 else "billing",
                    street,
                    ward,
                    city,
                    country,
                    zip_i,
                    1,
                )
            )
        return zip_code

    def _address(
        self, foreign: ForeignPools | None
    ) -> tuple[str, str | None, str, str, str | None]:
        rng = self._rng
        number = rng.randrange(1, 400)
        if foreign is None:
            pools = self._pools
            street = rng.choice(pools.vn_streets)
            form = rng.random()
            line = (
                f"Số {number} {street}"
                if form < 0.5
                else f"{number}/{rng.randrange(1, 60)} {street}"
                if form < 0.8
                else f"Số {number}, ngõ {rng.randrange(1, 200)} {street}"
            )
            zip_code = rng.choice(pools.vn_postcodes) if rng.random() < 0.7 else None
            return line, rng.choice(pools.vn_wards), rng.choice(pools.vn_cities), "VN", zip_code
        street = rng.choice(foreign.streets)
        line = f"{number} {street}" if foreign.country in ("FR", "US") else f"{street} {number}"
        return (
            line,
            None,
            rng.choice(foreign.cities),
            foreign.country,
            rng.choice(foreign.postcodes),
        )

    # -- subscriptions, invoices, payments ------------------------------------------

    def _subscriptions(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("subscriptions", n)
        for i in range(n):
            kind, titles = rng.choice(texts.SUBSCRIPTION_KINDS)
            start = self._day_after(p.day0)
            status = rng.choice(texts.SUBSCRIPTION_STATUSES)
            length = 0 if kind == "webinar" else 2 if kind == "workshop" else 365
            end = None if status == "active" else self._days[min(start + length, self._last)]
            rows.append(
                (first + i, p.cid, kind, rng.choice(titles), self._days[start], end, status, 1)
            )

    def _invoices(self, p: _Person, rows: list[Row], n: int) -> list[tuple[int, int, int, str]]:
        """Writes the invoices; returns (id, day, amount, status) of each for the payments."""
        rng = self._rng
        first = self._take_ids("invoices", n)
        made = []
        for i in range(n):
            iid = first + i
            day = self._day_after(p.day0)
            year = self._years[day]
            amount = rng.choice(texts.PRICES_VND) * (2 if rng.random() < 0.05 else 1)
            status = rng.choice(_INVOICE_STATUSES)
            item = (
                rng.choice(texts.MEMBERSHIP_ITEMS)
                if rng.random() < 0.4
                else "Phí tham dự " + rng.choice(texts.WEBINARS + texts.WORKSHOPS)
            )
            rows.append(
                (iid, p.cid, f"HD-{year}-{iid:07d}", self._days[day], amount, status, year, item, 1)
            )
            made.append((iid, day, amount, status))
        return made

    def _payment_methods(self, p: _Person, rows: list[Row], n: int) -> list[int]:
        rng = self._rng
        first = self._take_ids("payment_methods", n)
        for i in range(n):
            day = self._day_after(p.day0)
            # Only brand, last 4, expiry and the processor's token: never a card number.
            token = "pm_" + "".join(rng.choices(_TOKEN_ALPHABET, k=24))
            rows.append(
                (
                    first + i,
                    p.cid,
                    rng.choice(texts.CARD_BRANDS),
                    f"{rng.randrange(10_000):04d}",
                    rng.randrange(1, 13),
                    self._years[day] + rng.randrange(1, 6),
                    token,
                    self._days[day],
                    1,
                )
            )
        return list(range(first, first + n))

    def _payments(
        self,
        p: _Person,
        rows: list[Row],
        invoices: Sequence[tuple[int, int, int, str]],
        methods: Sequence[int],
    ) -> None:
        rng = self._rng
        for iid, day, amount, status in invoices:
            if status == "cancelled" or (status == "unpaid" and rng.random() < 0.7):
                continue
            method = rng.choice(methods) if methods and rng.random() < 0.75 else None
            paid_day = min(day + rng.randrange(0, 8), self._last)
            outcome = "failed" if status == "unpaid" else "settled"
            rows.append(
                (
                    self._take_ids("payments", 1),
                    p.cid,
                    iid,
                    method,
                    self._stamp(paid_day),
                    amount,
                    outcome,
                    1,
                )
            )
            if status == "refunded":
                rows.append(
                    (
                        self._take_ids("payments", 1),
                        p.cid,
                        iid,
                        method,
                        self._stamp(self._day_after(paid_day)),
                        amount,
                        "refunded",
                        1,
                    )
                )

    # -- communications, consents, marketing ----------------------------------------

    def _communications(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("communications", n)
        for i in range(n):
            channel = rng.choice(texts.COMMUNICATION_CHANNELS)
            rows.append(
                (
                    first + i,
                    p.cid,
                    channel,
                    "out" if rng.random() < 0.7 else "in",
                    self._stamp(self._day_after(p.day0)),
                    rng.choice(texts.SUMMARIES[channel]),
                    1,
                )
            )

    def _consents(self, p: _Person, rows: list[Row], heavy_changes: int) -> None:
        rng = self._rng
        plan = texts.CONSENT_PLAN
        if heavy_changes:
            # A heavy customer has changed every consent many times over the years.
            chosen = [(*plan[i % len(plan)][:2], rng.random() < 0.6) for i in range(heavy_changes)]
        else:
            chosen = [
                (purpose, channel, rng.random() < granted)
                for purpose, channel, have, granted in plan
                if rng.random() < have
            ]
        first = self._take_ids("consents", len(chosen))
        for i, (purpose, channel, granted) in enumerate(chosen):
            rows.append(
                (
                    first + i,
                    p.cid,
                    purpose,
                    channel,
                    granted,
                    self._stamp(self._day_after(p.day0)),
                    rng.choice(texts.CONSENT_SOURCES),
                    1,
                )
            )

    def _ad_segments(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("ad_segments", n)
        for i in range(n):
            rows.append(
                (
                    first + i,
                    p.cid,
                    rng.choice(texts.AD_SEGMENTS),
                    self._days[self._day_after(p.day0)],
                    rng.choice(texts.AD_SOURCES),
                    1,
                )
            )

    def _polls(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("poll_responses", n)
        for i in range(n):
            poll, question, answers = rng.choice(texts.POLLS)
            rows.append(
                (
                    first + i,
                    p.cid,
                    poll,
                    question,
                    rng.choice(answers),
                    self._stamp(self._day_after(p.day0)),
                    1,
                )
            )

    def _posts(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("message_board_posts", n)
        for i in range(n):
            rows.append(
                (
                    first + i,
                    p.cid,
                    rng.choice(texts.BOARDS),
                    rng.choice(texts.POST_TITLES),
                    rng.choice(texts.POST_BODIES),
                    self._stamp(self._day_after(p.day0)),
                    1,
                )
            )

    def _tickets(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("support_tickets", n)
        for i in range(n):
            opened = self._day_after(p.day0)
            status = rng.choice(texts.TICKET_STATUSES)
            closed = (
                self._stamp(min(opened + rng.randrange(0, 10), self._last))
                if status == "closed"
                else None
            )
            rows.append(
                (
                    first + i,
                    p.cid,
                    self._stamp(opened),
                    rng.choice(texts.TICKET_SUBJECTS),
                    status,
                    closed,
                    1,
                )
            )

    def _disclosures(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("disclosures", n)
        for i in range(n):
            recipient, basis, categories = rng.choice(texts.DISCLOSURES)
            rows.append(
                (
                    first + i,
                    p.cid,
                    recipient,
                    basis,
                    categories,
                    self._days[self._day_after(p.day0)],
                    1,
                )
            )

    def _restrictions(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("restrictions", n)
        for i in range(n):
            category, purpose, reason = rng.choice(texts.RESTRICTIONS)
            rows.append(
                (
                    first + i,
                    p.cid,
                    category,
                    purpose,
                    reason,
                    self._stamp(self._day_after(p.day0)),
                    None,
                    None,
                    1,
                )
            )

    def _legal_holds(self, p: _Person, rows: list[Row], n: int) -> None:
        rng = self._rng
        first = self._take_ids("legal_holds", n)
        for i in range(n):
            category, reason = rng.choice(texts.LEGAL_HOLDS)
            since = self._day_after(p.day0)
            released = self._days[self._day_after(since)] if rng.random() < 0.3 else None
            rows.append((first + i, p.cid, category, reason, self._days[since], released, 1))


def _weighted_bag(values: Sequence[str], weights: Sequence[int]) -> tuple[str, ...]:
    """Values repeated by weight (the rest once each), so ``choice`` is a weighted pick."""
    bag: list[str] = []
    for index, value in enumerate(values):
        bag.extend([value] * (weights[index] if index < len(weights) else 1))
    return tuple(bag)


def _gender(rng: random.Random) -> str | None:
    roll = rng.random()
    return "female" if roll < 0.49 else "male" if roll < 0.96 else "other" if roll < 0.97 else None


def _method_count(rng: random.Random, invoices: int) -> int:
    if invoices == 0:
        return 1 if rng.random() < 0.05 else 0
    roll = rng.random()
    return 0 if roll < 0.3 else 1 if roll < 0.9 else 2


def _special_name(cid: int, name: str) -> str:
    """Markup, shared and NFD-decomposed names on fixed ids (see the module docstring)."""
    if cid % 250 == 11:
        name = MARKUP_NAMES[(cid // 250) % len(MARKUP_NAMES)]
    elif cid % 40 == 3:
        # Runs of three neighbours share a name, so even a small seed has homonyms.
        name = SHARED_NAMES[(cid // 120) % len(SHARED_NAMES)]
    if cid % 100 == 37:
        name = unicodedata.normalize("NFD", name)
    return name
