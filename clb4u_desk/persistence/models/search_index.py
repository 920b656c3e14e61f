"""The name search index: every word order of each customer's folded name.

Finding "ngu van" or "Anh Đặng Thị" in "Nguyễn Văn An" / "Đặng Thị Ánh" means
matching the query words, in any order, against the words of the name, the last
typed word possibly unfinished. A plain index on the folded name only serves queries
in the stored word order, and ``LIKE '%...%'`` reads every name. Intersecting one
posting list per word (one row per word and customer) was tried first: Vietnamese
names share few words ("nguyen" alone is a third of all customers), so every query
probed tens of thousands of rows (100-250 ms on a million customers).

So each customer gets one row per *word order* of its name (``name_keys``): "nguyen
van an", "nguyen an van", "van nguyen an", ... Whatever the order of the query's words,
some key begins with them, so every name holding them lies in one range of keys:
"an nguyen" <= key < "an nguyen!" finds every name holding the words "an" and "nguyen",
and each key holds the whole name, so ranking needs no other table. How a query is
turned into ranges, unfinished words included, is in :mod:`clb4u_desk.services.search.name_ranges`.

The rows are derived data: ``name_keys`` is the only rule that makes them, used by
the services that write customers, the bulk rebuild and migration 0003.
"""

from __future__ import annotations

from itertools import permutations

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from clb4u_desk.domain.text import fold_words
from clb4u_desk.persistence.models.base import Base

MAX_KEY_LENGTH = 255
MAX_WORD_LENGTH = 40
# Names of up to this many distinct words get every word order (4 words: 24 rows).
ALL_ORDERS_UP_TO = 4
# Longer names get every ordered pair of words in front of the rest, so any two words
# of the query are found by the range scans; the cap bounds a pasted paragraph.
MAX_WORDS = 8

# Prefix ranges compare code points. PostgreSQL compares text in the database's
# collation, where "ngu" <= x < "ngv" is not "x starts with ngu" in every locale, so
# the column is compared bytewise ("C"); SQLite's default BINARY already is.
KeyType = String(MAX_KEY_LENGTH).with_variant(String(MAX_KEY_LENGTH, collation="C"), "postgresql")


class CustomerNameKey(Base):
    __tablename__ = "customer_name_keys"

    name_key: Mapped[str] = mapped_column(KeyType, primary_key=True)
    # The reference (unique, like the id) is part of the key so that a scan returns the
    # customers of one key in reference order, the tie-break of the ranking, without
    # a look-up in the customers table per row.
    reference: Mapped[str] = mapped_column(String(16), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("customers.id", ondelete="CASCADE")
    )
    __table_args__ = (
        # Replacing a renamed customer's keys (and the cascade when one is deleted).
        Index("ix_customer_name_keys_customer_id", "customer_id"),
        {"sqlite_with_rowid": False},
    )


def name_words(full_name: str) -> list[str]:
    """The distinct folded words of a name (or a query), in order, each at most 40 chars."""
    words = dict.fromkeys(word[:MAX_WORD_LENGTH] for word in fold_words(full_name))
    return list(words)[:MAX_WORDS]


def name_keys(full_name: str) -> list[str]:
    """The index keys of ``full_name``: its folded words joined in each word order used."""
    words = name_words(full_name)
    if len(words) <= ALL_ORDERS_UP_TO:
        orders: list[tuple[str, ...]] = list(permutations(words))
    else:
        orders = [
            (first, second, *(w for w in words if w not in (first, second)))
            for first, second in permutations(words, 2)
        ]
    keys = dict.fromkeys(" ".join(order)[:MAX_KEY_LENGTH] for order in orders)
    return [key for key in keys if key]
