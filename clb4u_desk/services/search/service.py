"""Customer search: by name, email, phone, customer reference or invoice number.

One query string, whatever the agent has: "ngu van", "Anh Đặng Thị", "KH-000123",
"0912.345.678", "An.Nguyen@Example.vn", "HD-2024-0001234". Every interpretation that
fits is tried; the hits are ranked (identifiers first, then names by how well they
match, ties by customer reference) and each hit says why it matched. Hits never hold
a full email address or phone number: they identify a record for the agent, they do
not disclose it.

How names are indexed is explained in :mod:`clb4u_desk.persistence.models.search_index`,
which ranges of it a query reads in :mod:`clb4u_desk.services.search.name_ranges`, and
the statements that read it in :mod:`clb4u_desk.persistence.search`.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from clb4u_desk.domain.phones import mask_stored_phone, phone_search_keys
from clb4u_desk.domain.text import nfc, prefix_upper_bound
from clb4u_desk.persistence.models.search_index import name_words
from clb4u_desk.persistence.search.reader import Details, KeyRow, SearchReader, run_search
from clb4u_desk.persistence.search.upkeep import (
    index_customer_names as index_customer_names,
)
from clb4u_desk.persistence.search.upkeep import (
    rebuild_search_index as rebuild_search_index,
)
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.search import name_ranges as name_search

# Why a customer matched.
REFERENCE: Final = "reference"
EMAIL: Final = "email"
EMAIL_PREFIX: Final = "email_prefix"
PHONE: Final = "phone"
INVOICE: Final = "invoice"
NAME_EXACT: Final = "name_exact"  # the name has exactly the query's words, any order
NAME_WORDS: Final = "name_words"  # every query word is a whole word of the name
NAME_PREFIX: Final = "name_prefix"  # some query words only begin a word of the name

_BASE_SCORE: Final = {
    REFERENCE: 1000,
    EMAIL: 1000,
    PHONE: 1000,
    INVOICE: 1000,
    EMAIL_PREFIX: 700,
    NAME_EXACT: 600,
    NAME_WORDS: 400,
    NAME_PREFIX: 200,
}
# Within a name kind: a whole-word match counts more than a prefix match.
_EXACT_WORD_POINTS: Final = 10
_PREFIX_WORD_POINTS: Final = 3

DEFAULT_LIMIT: Final = 20
MAX_LIMIT: Final = 500
MAX_QUERY_LENGTH: Final = 200
# Rows ranked per key range: its first rows in index order, this many and one more. A
# range holding more rows than this is too broad to rank completely; its hits come from
# those first rows (``truncated``).
SCAN_CAP: Final = 5_000
# The slow path (when no short list of ranges finds every match) filters rows in
# Python; it reads at most this many.
FALLBACK_CAP: Final = 20_000
EMAIL_PREFIX_MIN: Final = 3

_REFERENCE = re.compile(r"kh[\s._-]*(\d{1,9})", re.IGNORECASE)
_DIGITS = re.compile(r"\d{1,9}")
_PHONE_CHARS = re.compile(r"[\d\s+().\-/]+")
_MIN_PHONE_DIGITS = 7


@dataclass(frozen=True, slots=True)
class SearchHit:
    customer_id: int
    reference: str
    display_name: str  # NFC, as it should be shown
    masked_email: str | None  # "n***@example.vn"
    masked_phone: str | None  # "+84 ••• ••• 678"
    reasons: tuple[str, ...]  # match kinds, best first
    score: int


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    # True when the query matched more customers than could be ranked: add a word.
    truncated: bool


@dataclass(slots=True)
class _Candidate:
    reasons: dict[str, int] = field(default_factory=dict)  # kind -> score
    reference: str | None = None
    email: str | None = None  # the matched email, shown (masked) instead of the primary
    phone: str | None = None

    def add(self, kind: str, score: int) -> None:
        self.reasons[kind] = max(score, self.reasons.get(kind, 0))

    @property
    def score(self) -> int:
        # The best reason decides; each further reason adds a point, so a customer
        # whose name and phone both fit comes before one whose name alone does.
        return max(self.reasons.values()) + len(self.reasons) - 1


# --------------------------------------------------------------------------- helpers


def clean_query(query: str) -> str:
    """NFC, without control, format or surrogate characters, at most 200 characters."""
    text = nfc(query)
    kept = "".join(
        ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co") or ch in " \t"
    )
    return " ".join(kept.split())[:MAX_QUERY_LENGTH]


def mask_email(email: str) -> str:
    """The first character of the local part and the domain: "n***@example.vn"."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else f"{local[:1]}***"


def name_match(query_words: Sequence[str], words: Sequence[str]) -> tuple[int, int] | None:
    """(whole-word matches, prefix matches) when every query word fits its own word.

    Whole words are paired first, then the unfinished words, longest first, so that
    "an anh" pairs "anh" with "anh" and "an" with "an" rather than both with "anh".
    """
    free = list(words)
    exact = 0
    unmatched = []
    for word in query_words:
        if word in free:
            free.remove(word)
            exact += 1
        else:
            unmatched.append(word)
    for word in sorted(unmatched, key=len, reverse=True):
        found = next((w for w in free if w.startswith(word)), None)
        if found is None:
            return None
        free.remove(found)
    return exact, len(unmatched)


def name_kind(query_words: Sequence[str], words: Sequence[str]) -> tuple[str, int] | None:
    """The match kind and score of a name (its folded words) for the query words."""
    matched = name_match(query_words, words)
    if matched is None:
        return None
    exact, prefix = matched
    kind = (NAME_EXACT if exact == len(words) else NAME_WORDS) if prefix == 0 else NAME_PREFIX
    return kind, _BASE_SCORE[kind] + _EXACT_WORD_POINTS * exact + _PREFIX_WORD_POINTS * prefix


# --------------------------------------------------------------------------- the service


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._db = ctx.db

    def search(self, query: str, *, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        """The customers ``query`` may mean, best first (at most ``limit``)."""
        return list(self.search_results(query, limit=limit).hits)

    def search_results(self, query: str, *, limit: int = DEFAULT_LIMIT) -> SearchResults:
        """Like :meth:`search`, and whether the query was too broad to rank completely."""
        limit = max(1, min(limit, MAX_LIMIT))
        text = clean_query(query)
        if not text:
            return SearchResults((), False)

        def search(reader: SearchReader) -> SearchResults:
            finder = _Finder(reader, limit)
            finder.identifiers(text)
            finder.names(text)
            return SearchResults(finder.hits(), finder.truncated)

        # Run once more, from the start, when the connection turned out to be dead.
        return run_search(self._db, search)


class _Finder:
    """Collects the candidates of one query, then ranks and describes the best."""

    def __init__(self, reader: SearchReader, limit: int) -> None:
        self._read = reader
        self._limit = limit
        self._found: dict[int, _Candidate] = {}  # identifier matches (few)
        self._names: dict[int, tuple[str, int, str]] = {}  # id -> (kind, score, reference)
        self._judged: dict[str, tuple[str, int] | None] = {}
        self._details_known: dict[int, Details] = {}
        self.truncated = False

    def _candidate(self, customer_id: int) -> _Candidate:
        return self._found.setdefault(customer_id, _Candidate())

    # -- identifiers: exact, indexed look-ups --------------------------------------

    def identifiers(self, text: str) -> None:
        if "@" in text:
            self._emails(text.lower())
            return
        self._references(text)
        self._invoices(text)
        if _PHONE_CHARS.fullmatch(text) and sum(ch.isdigit() for ch in text) >= _MIN_PHONE_DIGITS:
            self._phones(text)

    def _references(self, text: str) -> None:
        compact = text.replace(" ", "")
        if not any(ch.isdigit() for ch in compact):
            return  # every reference has digits ("KH-" and 6 to 12 of them)
        wanted = {compact.upper()} if len(compact) <= 16 else set()
        match = _REFERENCE.fullmatch(compact)
        number = match.group(1) if match else compact if _DIGITS.fullmatch(compact) else None
        if number is not None:
            wanted.add(f"KH-{int(number):06d}")
        if not wanted:
            return
        for customer_id, reference in self._read.customers_by_reference(sorted(wanted)):
            candidate = self._candidate(customer_id)
            candidate.add(REFERENCE, _BASE_SCORE[REFERENCE])
            candidate.reference = reference

    def _invoices(self, text: str) -> None:
        compact = text.replace(" ", "")
        if not any(ch.isdigit() for ch in compact) or len(compact) > 32:
            return
        for customer_id in self._read.customers_by_invoice(sorted({compact, compact.upper()})):
            self._candidate(customer_id).add(INVOICE, _BASE_SCORE[INVOICE])

    def _phones(self, text: str) -> None:
        keys = phone_search_keys(text)
        if not keys:
            return
        for customer_id, phone in self._read.customers_by_phone(keys[0]):
            candidate = self._candidate(customer_id)
            candidate.add(PHONE, _BASE_SCORE[PHONE])
            candidate.phone = phone

    def _emails(self, email: str) -> None:
        email = email.replace(" ", "")
        if not email or len(email) > 254:
            return
        # Emails are stored lower-cased, so a range on the index is a prefix search.
        upper = prefix_upper_bound(email) if len(email) >= EMAIL_PREFIX_MIN else None
        rows = self._read.customers_by_email(email, upper=upper, limit=SCAN_CAP + 1)
        if len(rows) > SCAN_CAP:
            self.truncated = True
        for customer_id, stored in rows[:SCAN_CAP]:
            kind = EMAIL if stored == email else EMAIL_PREFIX
            if not stored.startswith(email):
                continue
            candidate = self._candidate(customer_id)
            candidate.add(kind, _BASE_SCORE[kind])
            if candidate.email is None or kind == EMAIL:
                candidate.email = stored

    # -- names -----------------------------------------------------------------------

    def names(self, text: str) -> None:
        if "@" in text:
            return
        words = name_words(text)
        # Names have no digits: a query with a number is an identifier, and the words
        # of "HD-2024-0001234" must not set off a name search for "hd".
        if not words or not all(any(ch.isalpha() for ch in word) for word in words):
            return
        first = name_search.read_first_round(self._read, words, limit=self._limit, cap=SCAN_CAP)
        self._details_known.update(first.details)
        self._collect(words, first.exact)
        self._note_read(first.longer_read)
        self._collect(words, first.longer)
        if len(first.exact) + len(first.longer) >= self._limit:
            # Enough names hold every query word whole: no other name can outrank them.
            return
        # Not looked up only when the longer names alone surely fill the list.
        assert first.expansions is not None
        if any(expansion == [] for expansion in first.expansions):
            return  # a query word that begins no word of any name: nobody else matches
        ranges = name_search.plan_ranges(words, first.expansions)
        if ranges is None:
            self._collect(words, self._fallback_rows(words))
            return
        if ranges:
            rows, most_read = name_search.read_ranges(
                self._read, ranges, limit=self._limit, cap=SCAN_CAP
            )
            self._note_read(most_read)
            self._collect(words, rows)

    def _note_read(self, rows_in_range: int) -> None:
        if rows_in_range > SCAN_CAP:
            self.truncated = True

    def _scan(self, lower: str, upper: str, cap: int) -> list[KeyRow]:
        rows = self._read.keys_between(lower, upper, cap + 1)
        if len(rows) > cap:
            self.truncated = True
            del rows[cap:]
        return rows

    def _fallback_rows(self, words: list[str]) -> list[tuple[int, str, str]]:
        """The keys led by the rarest query word (filtered by the caller in Python).

        Only when no short list of ranges finds every match: two or more unfinished
        words that begin more than a dozen name words each ("ng v a"), or so many
        expansions in all that there would be more than MAX_COMBINATIONS ranges.
        """
        counts = [
            self._read.count_keys_between(word, prefix_upper_bound(word), FALLBACK_CAP + 1)
            for word in words
        ]
        rarest = words[counts.index(min(counts))]
        return self._scan(rarest, prefix_upper_bound(rarest), FALLBACK_CAP)

    def _collect(self, words: list[str], rows: Iterable[tuple[int, str, str]]) -> None:
        # Names repeat a lot ("nguyen van an" thousands of times), so each distinct key
        # is judged once; plain tuples keep the per-row cost down.
        judged = self._judged
        found = self._names
        for customer_id, key, reference in rows:
            if key in judged:
                matched = judged[key]
            else:
                matched = judged[key] = name_kind(words, key.split(" "))
            if matched is None:
                continue
            known = found.get(customer_id)
            if known is None or matched[1] > known[1]:
                found[customer_id] = (matched[0], matched[1], reference)

    # -- ranking and display ---------------------------------------------------------

    def hits(self) -> tuple[SearchHit, ...]:
        if not self._found and not self._names:
            return ()
        self._fill_references()
        found = self._found
        names = self._names
        # Name matches become candidates only when they also matched an identifier;
        # thousands of them are ranked as plain tuples.
        ranking: list[tuple[int, str, int]] = []
        for customer_id, (kind, score, reference) in names.items():
            candidate = found.get(customer_id)
            if candidate is None:
                ranking.append((-score, reference, customer_id))
            else:
                candidate.add(kind, score)
        ranking.extend(
            (-candidate.score, candidate.reference or "", customer_id)
            for customer_id, candidate in found.items()
        )
        best = [customer_id for _, _, customer_id in heapq.nsmallest(self._limit, ranking)]
        details = self._details(best)
        hits = []
        for customer_id in best:
            name, email, phone = details.get(customer_id, ("", None, None))
            candidate = found.get(customer_id)
            if candidate is None:  # a name alone: one reason
                kind, score, reference = names[customer_id]
                reasons: tuple[str, ...] = (kind,)
            else:
                email = candidate.email or email
                phone = candidate.phone or phone
                weights = candidate.reasons
                reasons = tuple(sorted(weights, key=lambda kind: -weights[kind]))
                score, reference = candidate.score, candidate.reference or ""
            hits.append(
                SearchHit(
                    customer_id,
                    reference,
                    nfc(name),
                    mask_email(email) if email else None,
                    mask_stored_phone(phone) if phone else None,
                    reasons,
                    score,
                )
            )
        return tuple(hits)

    def _fill_references(self) -> None:
        missing = [cid for cid, candidate in self._found.items() if candidate.reference is None]
        for customer_id, reference in self._read.references(missing):
            self._found[customer_id].reference = reference

    def _details(self, ids: list[int]) -> dict[int, Details]:
        """Name, primary (else first) email and first phone of each customer."""
        known = self._details_known
        missing = [customer_id for customer_id in ids if customer_id not in known]
        if missing:
            known.update(self._read.details(missing))
        return known
