"""Finding names in ``customer_name_keys``: which key ranges to read, and the SQL that reads them.

The index (see :mod:`clb4u_desk.persistence.models.search_index`) holds every word order
of each folded name, one row per order, in (key, reference) order. A query of words
w1..wk is answered from ranges of keys:

- the exact key ``"w1 .. wk"``: names made of exactly the query's words. They rank
  first, and among them the index order is the reference order, the ranking's
  tie-break: the first ``limit`` rows are the best exact matches;
- the longer names ``"w1 .. wk " <= key < "w1 .. wk!"``: names holding every query word
  whole, and more. They rank next, above every name where a query word only begins a
  word;
- for each query word, the words of names it begins (its *expansions*, from a skip scan
  of the vocabulary), combined into further whole-word ranges ("ngu van" becomes
  "nguyen van"); one word with too many expansions stays unfinished, put last, as an
  open-ended range.

Why the reads stay small. Within one range every customer scores at least the range's
own score (the score of a name made of just its words), and every customer's real score
is the own score of some range it is in: the one whose words are the words its name
matched with. So each range needs to give only its first ``limit`` customers by
reference; anyone it leaves out is outranked by ``limit`` customers it gave. (This holds
for names of up to four words, which have every word order, and for queries of up to two
words; a longer query can miss a five-word name, which is kept in fewer orders.) And
while the exact matches and the longer names fill the list, nothing else can outrank
them and nothing else is read: "Nguyễn Văn An" is one statement, details included.

Every statement goes straight to the driver (sqlite3 or psycopg) as SQL text built once
per dialect and size. A name search is one statement, or two when the query's whole
words are rare, or three when other names must also fill the list; on PostgreSQL a
SQLAlchemy execution, or a plan made anew, cost more than the database's own work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, partial
from itertools import product
from math import factorial
from typing import Any, Final

from clb4u_desk.domain.text import prefix_upper_bound
from clb4u_desk.persistence.models.search_index import ALL_ORDERS_UP_TO, MAX_WORDS

# A query word that begins more name words than this stays a prefix.
MAX_EXPANSIONS: Final = 12
# At most this many ranges per query; beyond, the caller filters rows in Python.
MAX_COMBINATIONS: Final = 36
# Keys are words joined by " "; every character of a word sorts after "!", so
# ``words + "!"`` is the least string after every key led by exactly those words.
AFTER_SPACE: Final = "!"

KeyRow = tuple[int, str, str]  # (customer_id, name_key, reference)


@dataclass(frozen=True, slots=True)
class KeyRange:
    lower: str
    upper: str
    # Words fixed at the front of every key in the range (the last maybe a prefix).
    leading_words: int
    # The last leading word is only a prefix (a range of several words' keys).
    open_ended: bool = False


def whole_words_range(words: Sequence[str]) -> KeyRange:
    lower = " ".join(words)
    return KeyRange(lower, lower + AFTER_SPACE, len(words))


def keys_per_customer(key_range: KeyRange) -> int:
    """The most keys one customer can have in ``key_range``.

    Names of up to four words have every word order: (4 - k)! keys begin with k given
    words. Longer names have every ordered pair in front of the rest: up to 7 keys begin
    with one given word, one with two or more. In an open-ended range the last leading
    word may be any of the name's words that begin with the prefix.
    """
    k = key_range.leading_words
    short = factorial(max(ALL_ORDERS_UP_TO - k, 0))
    long = MAX_WORDS - 1 if k == 1 else 1
    if key_range.open_ended:
        short *= ALL_ORDERS_UP_TO - k + 1
        long *= MAX_WORDS - k + 1
    return max(short, long)


def plan_ranges(
    words: Sequence[str], expansions: Sequence[list[str] | None]
) -> list[KeyRange] | None:
    """The ranges besides the whole-words range that find every name matching ``words``.

    Each query word is replaced by the name words it begins, so the ranges look for
    whole words. One word with too many expansions (None) stays unfinished and goes
    last, where a range can still take it as a prefix. None when no list is small
    enough. A combination of the query's own words is the whole-words range, read
    already, and is left out.
    """
    broad = [i for i, expansion in enumerate(expansions) if expansion is None]
    if not broad and _combinations(expansions) > MAX_COMBINATIONS:
        broad = [max(range(len(words)), key=lambda i: len(expansions[i] or ()))]
    if len(broad) > 1:
        return None
    last = broad[0] if broad else None
    others = [expansion or [] for i, expansion in enumerate(expansions) if i != last]
    if _combinations(others) > MAX_COMBINATIONS:
        return None
    own = set(words)
    ranges: list[KeyRange] = []
    for combination in product(*others):
        if len(set(combination)) < len(combination):
            continue  # two query words cannot both be the same word of a name
        if last is None:
            if set(combination) != own:
                ranges.append(whole_words_range(combination))
            continue
        # The unfinished word as a whole word, then as the start of a longer word:
        # the two score differently, so each is a range of its own.
        leading = [*combination, words[last]]
        if set(leading) != own:
            ranges.append(whole_words_range(leading))
        lower = " ".join(leading)
        ranges.append(
            KeyRange(lower + AFTER_SPACE, prefix_upper_bound(lower), len(leading), open_ended=True)
        )
    return ranges


def _combinations(expansions: Sequence[Sequence[str] | None]) -> int:
    total = 1
    for expansion in expansions:
        total *= len(expansion or ())
    return total


# --------------------------------------------------------------------------- SQL


def marker(sqlite: bool, name: str) -> str:
    """A named parameter in the driver's style."""
    return f":{name}" if sqlite else f"%({name})s"


def details_columns(customer: str) -> str:
    """Name, primary (else first) email and first phone of the row ``customer`` of customers."""
    return (
        f"{customer}.full_name AS full_name,"
        " (SELECT e.email FROM customer_emails e WHERE e.customer_id = {customer}.id"
        "  ORDER BY e.is_primary DESC, e.id LIMIT 1) AS email,"
        " (SELECT p.phone_e164 FROM customer_phones p WHERE p.customer_id = {customer}.id"
        "  ORDER BY p.id LIMIT 1) AS phone"
    ).replace("{customer}", customer)


def _fewer_exact_than_limit(sqlite: bool) -> str:
    """True while the exact matches do not fill the list: only then is more read."""
    m = partial(marker, sqlite)
    return (
        f"(SELECT count(*) FROM (SELECT 1 FROM customer_name_keys"
        f" WHERE name_key = {m('exact')} LIMIT {m('limit')}) AS exact) < {m('limit')}"
    )


def _too_few_longer_names(sqlite: bool) -> str:
    """True unless the longer names alone surely fill the list: ``rows`` keys (``limit``
    times the most keys one customer has there) are ``limit`` customers at least.

    ``may_skip`` is 0 when ``rows`` is more than the longer names' read ranks: then
    even that many keys need not make ``limit`` customers in the list.
    """
    m = partial(marker, sqlite)
    return (
        f"({m('may_skip')} = 0 OR (SELECT count(*) FROM (SELECT 1 FROM customer_name_keys"
        f" WHERE name_key >= {m('lower')} AND name_key < {m('upper')}"
        f" LIMIT {m('rows')}) AS longer) < {m('rows')})"
    )


def _exact_names(sqlite: bool) -> str:
    """The first ``limit`` customers whose name is exactly the query's words, with details.

    Each such customer has exactly one key equal to the query, and the keys of one name
    lie in reference order in the index: the best exact matches are its first rows. They
    rank above every other name, so all of them are shown and their details come along.
    (The index orders references in the database's collation; references are "KH-" and
    digits, checked on import, which every collation orders as code points do.)
    """
    m = partial(marker, sqlite)
    return (
        "SELECT k.customer_id, k.name_key, k.reference, 0 AS rows_read,"
        f" {details_columns('c')}"
        " FROM (SELECT customer_id, name_key, reference FROM customer_name_keys"
        f"  WHERE name_key = {m('exact')} ORDER BY name_key, reference"
        f"  LIMIT {m('limit')}) AS k"
        " JOIN customers c ON c.id = k.customer_id"
    )


def _best_of_range(sqlite: bool, suffix: str, *, unless_exact_fill: bool = False) -> str:
    """The first customers of one range by reference, and how many rows the range has.

    Columns: customer_id, name_key, reference, rows read (at most ``probe``, the cap plus
    one). The rows ranked are the range's first ``probe`` rows in index order, so that a
    range too broad to rank completely gives the same hits everywhere; more than the cap
    says it was too broad. References compare by code point, as the ranking in Python
    does.
    """
    m = partial(marker, sqlite)
    bytewise = "" if sqlite else ' COLLATE "C"'
    condition = f" AND {_fewer_exact_than_limit(sqlite)}" if unless_exact_fill else ""
    return (
        "SELECT customer_id, name_key, reference, rows_read FROM"
        " (SELECT customer_id, name_key, reference, count(*) OVER () AS rows_read"
        "  FROM (SELECT customer_id, name_key, reference FROM customer_name_keys"
        f"   WHERE name_key >= {m(f'lower{suffix}')} AND name_key < {m(f'upper{suffix}')}"
        f"{condition} ORDER BY name_key, reference LIMIT {m('probe')}) AS capped"
        " ) AS counted"
        f" ORDER BY reference{bytewise} LIMIT {m(f'rows{suffix}')}"
    )


def _expansions(sqlite: bool, words: int) -> str:
    """The vocabulary skip scan of ``words`` query words: a CTE ``words(i, n, w, upper)``.

    Every word of a name leads one of its keys, so the distinct first words of the keys
    in a word's prefix range are the name words it begins. A recursive query skips from
    one word past all keys it leads to the next: one index seek per word found, not one
    row per key, and at most MAX_EXPANSIONS + 1 per query word. Nothing is looked up
    when the exact matches, or the longer names alone, surely fill the list; when it
    is, every query word gives a row with n = 0, found or not (w NULL), to say so.
    """
    m = partial(marker, sqlite)
    # The first word of a key; on PostgreSQL the bounds compare bytewise like the column.
    first_word, collate = (
        ("substr(name_key, 1, instr(name_key || ' ', ' ') - 1)", "")
        if sqlite
        else ("split_part(name_key, ' ', 1)", ' COLLATE "C"')
    )
    lookup = (
        f"(SELECT {first_word} FROM customer_name_keys WHERE name_key >= {{lower}} "
        f"AND name_key < {{upper}} ORDER BY name_key LIMIT 1)"
    )
    seeds = " UNION ALL ".join(
        "SELECT {i} AS i, {first} AS w, CAST({upper} AS TEXT) AS upper".format(
            i=i,
            upper=m(f"wupper{i}"),
            first=lookup.format(
                lower=f"CAST({m(f'wlower{i}')} AS TEXT)", upper=f"CAST({m(f'wupper{i}')} AS TEXT)"
            ),
        )
        for i in range(words)
    )
    step = lookup.format(lower=f"(words.w || {AFTER_SPACE!r}){collate}", upper="words.upper")
    return (
        "WITH RECURSIVE words(i, n, w, upper) AS ("
        f" SELECT i, 0, w, upper FROM ({seeds}) AS seeds"
        f" WHERE {_fewer_exact_than_limit(sqlite)} AND {_too_few_longer_names(sqlite)}"
        f" UNION ALL SELECT i, n + 1, {step}, upper"
        f" FROM words WHERE w IS NOT NULL AND n < {m('expansions')})"
    )


def _longer_names(sqlite: bool) -> str:
    """The first ``limit`` customers of the longer names holding every query word whole,
    with details.

    Read only while the exact matches do not fill the list. They rank right after the
    exact matches, above every other name, so the list holds as many of them as fit and
    their details come along (one row per customer: any of its keys judges the name).
    """
    m = partial(marker, sqlite)
    bytewise = "" if sqlite else ' COLLATE "C"'
    return (
        "SELECT w.customer_id, w.name_key, w.reference, w.rows_read,"
        f" {details_columns('c')}"
        " FROM (SELECT customer_id, min(name_key) AS name_key, reference,"
        "  max(rows_read) AS rows_read"
        f"  FROM ({_best_of_range(sqlite, '', unless_exact_fill=True)}) AS keys"
        f"  GROUP BY customer_id, reference ORDER BY reference{bytewise}"
        f"  LIMIT {m('limit')}) AS w"
        " JOIN customers c ON c.id = w.customer_id"
    )


@cache
def first_round_sql(sqlite: bool, words: int) -> str:
    """Everything the whole-words range can answer, and the expansions, in one statement.

    Rows (kind, customer_id, name_key or word, reference, rows read or n, full name,
    email, phone): kind 0 an exact match, 1 a longer name holding every query word
    (read only while the exact matches do not fill the list), both with details, and
    2 + i an expansion of query word i (likewise).
    """
    return (
        f"{_expansions(sqlite, words)}"
        " SELECT 0, customer_id, name_key, reference, rows_read, full_name, email, phone"
        f" FROM ({_exact_names(sqlite)}) AS exact_names"
        " UNION ALL SELECT 1, customer_id, name_key, reference, rows_read, full_name,"
        f" email, phone FROM ({_longer_names(sqlite)}) AS longer_names"
        " UNION ALL SELECT 2 + i, NULL, w, NULL, n, NULL, NULL, NULL"
        " FROM words WHERE w IS NOT NULL OR n = 0"
    )


@cache
def ranges_sql(sqlite: bool, ranges: int) -> str:
    """The best of ``ranges`` ranges: rows (customer_id, name_key, reference, rows read in
    that range)."""
    return " UNION ALL ".join(
        f"SELECT * FROM ({_best_of_range(sqlite, str(i))}) AS r{i}" for i in range(ranges)
    )


Details = tuple[str, str | None, str | None]  # full name, email, phone


@dataclass(slots=True)
class FirstRound:
    exact: list[KeyRow]
    longer: list[KeyRow]  # one key per customer
    longer_read: int  # rows in the longer names' range (at most cap + 1)
    details: dict[int, Details]  # of the customers above
    # None when not looked up (the exact matches or the longer names fill the list).
    expansions: list[list[str] | None] | None


def read_first_round(
    driver: Any, sqlite: bool, words: Sequence[str], *, limit: int, cap: int
) -> FirstRound:
    """Run :func:`first_round_sql` for ``words`` (the caller's top ``limit``)."""
    whole = whole_words_range(words)
    rows = limit * keys_per_customer(whole)
    values: dict[str, object] = {
        "expansions": MAX_EXPANSIONS,
        "exact": whole.lower,
        "limit": limit,
        # The longer names: the exact key itself sorts before them.
        "lower": whole.lower + " ",
        "upper": whole.upper,
        "probe": cap + 1,
        "rows": rows,
        "may_skip": int(rows <= cap + 1),
    }
    for i, word in enumerate(words):
        values[f"wlower{i}"] = word
        values[f"wupper{i}"] = prefix_upper_bound(word)
    found: list[list[tuple[int, str]]] = [[] for _ in words]
    looked_up = False
    result = FirstRound([], [], 0, {}, None)
    for kind, customer_id, text, reference, number, full_name, email, phone in driver.execute(
        first_round_sql(sqlite, len(words)), values
    ).fetchall():
        if kind == 0:
            result.exact.append((customer_id, text, reference))
            result.details[customer_id] = (full_name, email, phone)
        elif kind == 1:
            result.longer.append((customer_id, text, reference))
            result.details[customer_id] = (full_name, email, phone)
            result.longer_read = max(result.longer_read, number)
        else:
            looked_up = True
            if text is not None:
                found[kind - 2].append((number, text))
    if looked_up:
        result.expansions = [
            [word for _, word in sorted(words_found)]
            if len(words_found) <= MAX_EXPANSIONS
            else None
            for words_found in found
        ]
    return result


def read_ranges(
    driver: Any, sqlite: bool, ranges: Sequence[KeyRange], *, limit: int, cap: int
) -> tuple[list[KeyRow], int]:
    """(the best keys of every range, the most rows read in any one range)."""
    values: dict[str, object] = {"probe": cap + 1}
    for i, key_range in enumerate(ranges):
        values[f"lower{i}"] = key_range.lower
        values[f"upper{i}"] = key_range.upper
        values[f"rows{i}"] = limit * keys_per_customer(key_range)
    keys: list[KeyRow] = []
    most = 0
    for customer_id, name_key, reference, rows_read in driver.execute(
        ranges_sql(sqlite, len(ranges)), values
    ).fetchall():
        keys.append((customer_id, name_key, reference))
        most = max(most, rows_read)
    return keys, most
