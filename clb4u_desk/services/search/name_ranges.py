"""Finding names in ``customer_name_keys``: which key ranges to read.

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

The statements that read the ranges are in :mod:`clb4u_desk.persistence.search.statements`:
a name search is one statement, or two when the query's whole words are rare, or three
when other names must also fill the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from math import factorial
from typing import Final

from clb4u_desk.domain.text import prefix_upper_bound
from clb4u_desk.persistence.models.search_index import ALL_ORDERS_UP_TO, MAX_WORDS
from clb4u_desk.persistence.search.reader import FirstRound, KeyRow, SearchReader
from clb4u_desk.persistence.search.statements import AFTER_SPACE

# A query word that begins more name words than this stays a prefix.
MAX_EXPANSIONS: Final = 12
# At most this many ranges per query; beyond, the caller filters rows in Python.
MAX_COMBINATIONS: Final = 36


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


# --------------------------------------------------------------------------- reading


def read_first_round(
    reader: SearchReader, words: Sequence[str], *, limit: int, cap: int
) -> FirstRound:
    """Everything the whole-words range of ``words`` can answer (the caller's top
    ``limit``), and, when that does not fill the list, each word's expansions: a list of
    the name words it begins, or None when it begins more than MAX_EXPANSIONS."""
    whole = whole_words_range(words)
    return reader.first_round(
        exact=whole.lower,
        # The longer names: the exact key itself sorts before them.
        longer=(whole.lower + " ", whole.upper),
        longer_rows=limit * keys_per_customer(whole),
        prefixes=[(word, prefix_upper_bound(word)) for word in words],
        limit=limit,
        probe=cap + 1,
        most_expansions=MAX_EXPANSIONS,
    )


def read_ranges(
    reader: SearchReader, ranges: Sequence[KeyRange], *, limit: int, cap: int
) -> tuple[list[KeyRow], int]:
    """(the best keys of every range, the most rows read in any one range)."""
    return reader.best_of_ranges(
        [(r.lower, r.upper, limit * keys_per_customer(r)) for r in ranges], probe=cap + 1
    )
