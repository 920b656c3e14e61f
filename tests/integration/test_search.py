"""Customer search on both databases: folding, word order, prefixes, identifiers, ranking."""

from __future__ import annotations

import random
import unicodedata
from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, insert, inspect, select
from sqlalchemy.exc import IntegrityError

from clb4u_desk.app import Services
from clb4u_desk.cli import main
from clb4u_desk.domain.text import fold, prefix_upper_bound
from clb4u_desk.persistence.database import Database
from clb4u_desk.persistence.db import create_search_engine
from clb4u_desk.persistence.models import (
    Base,
    Customer,
    CustomerEmail,
    CustomerNameKey,
    CustomerPhone,
    Invoice,
)
from clb4u_desk.persistence.models.search_index import name_keys, name_words
from clb4u_desk.services.search.service import (
    EMAIL,
    EMAIL_PREFIX,
    INVOICE,
    NAME_EXACT,
    NAME_PREFIX,
    NAME_WORDS,
    PHONE,
    REFERENCE,
    SearchHit,
    index_customer_names,
    mask_email,
    name_kind,
    name_match,
    rebuild_search_index,
)

WHEN = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)

# id, name, email, phone
PEOPLE = [
    (1, "Đặng Thị Ánh", "Anh.Dang@Example.vn", "+84912345678"),
    (2, "Nguyễn Văn An", "an.nguyen@example.vn", "+84903000111"),
    (3, "Nguyễn Văn Anh", None, None),
    (4, unicodedata.normalize("NFD", "Đặng Thị Hồng"), "hong@example.vn", "+842838234567"),
    (5, "Dang Van Minh", None, None),
    (6, "Trần Đặng Thị Ánh", None, None),
    (7, "Nguyễn Ngọc Ngân", None, None),
    (8, "Lê Anh", None, None),
]


def _seed(services: Services) -> None:
    with services.db.uow() as uow:
        session = uow.session
        for cid, name, email, phone in PEOPLE:
            session.add(
                Customer(
                    id=cid,
                    reference=f"KH-{cid:06d}",
                    full_name=name,
                    name_folded=fold(name)[:200],
                    created_at=WHEN,
                )
            )
            session.flush()
            if email:
                session.add(CustomerEmail(customer_id=cid, email=email.lower(), is_primary=True))
            if phone:
                session.add(CustomerPhone(customer_id=cid, phone_e164=phone))
        session.add(
            Invoice(
                customer_id=5,
                number="HD-2024-0000042",
                issued_on=date(2024, 5, 1),
                amount_vnd=1_500_000,
                status="paid",
                fiscal_year=2024,
                description="Hội thảo",
            )
        )
        session.flush()
        index_customer_names(session, [(cid, name) for cid, name, _, _ in PEOPLE], new=True)
        uow.commit()


@pytest.fixture
def seeded(services: Services) -> Services:
    _seed(services)
    return services


def _refs(hits: list[SearchHit]) -> list[str]:
    return [hit.reference for hit in hits]


def _ids(services: Services, query: str) -> set[int]:
    return {hit.customer_id for hit in services.search.search(query)}


# --------------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    "query",
    [
        "Đặng Thị Ánh",
        "dang thi anh",
        "DANG THI ANH",
        "Anh Đặng Thị",
        "thi anh dang",
        unicodedata.normalize("NFD", "Đặng Thị Ánh"),
        "  đặng   THỊ  ánh ",
    ],
)
def test_every_form_of_a_name_finds_it_first_as_exact(seeded: Services, query: str) -> None:
    hits = seeded.search.search(query)
    assert hits[0].reference == "KH-000001"
    assert hits[0].reasons == (NAME_EXACT,)
    assert hits[0].display_name == "Đặng Thị Ánh"


def test_stroked_d_folds_both_ways(seeded: Services) -> None:
    assert {1, 4, 5, 6} <= _ids(seeded, "Dang")
    assert _ids(seeded, "Đang") == _ids(seeded, "dang") == _ids(seeded, "DANG")


def test_nfd_stored_name_is_found_and_shown_composed(seeded: Services) -> None:
    hits = seeded.search.search("dang thi hong")
    assert hits[0].customer_id == 4
    assert hits[0].display_name == unicodedata.normalize("NFC", "Đặng Thị Hồng")
    assert unicodedata.is_normalized("NFC", hits[0].display_name)


def test_two_words_find_every_name_holding_both(seeded: Services) -> None:
    assert _ids(seeded, "dang thi") == {1, 4, 6}


def test_partial_words_in_any_position(seeded: Services) -> None:
    assert {2, 3} <= _ids(seeded, "ngu van")
    assert {2, 3} <= _ids(seeded, "van ngu")
    assert 2 in _ids(seeded, "ngu va an")
    assert _ids(seeded, "ng v an") >= {2, 3}


def test_a_query_word_matches_its_own_word_of_the_name(seeded: Services) -> None:
    # Nguyễn Văn An has one word starting "ng"; Nguyễn Ngọc Ngân has three.
    assert _ids(seeded, "ng ngo nga") == {7}
    assert _ids(seeded, "ng ng") == _ids(seeded, "ng")
    assert _ids(seeded, "nguyen nguyen") == {2, 3, 7}  # a repeated word counts once
    assert name_match(["an", "anh"], ["anh", "an"]) == (2, 0)
    assert name_match(["an", "an2"], ["anh"]) is None


def test_unknown_words_find_nobody(seeded: Services) -> None:
    assert seeded.search.search("zzzz") == []
    assert seeded.search.search("dang zzz") == []


# --------------------------------------------------------------------------- identifiers


@pytest.mark.parametrize(
    "query",
    ["anh.dang@example.vn", "ANH.DANG@EXAMPLE.VN", "Anh.Dang@Example.vn", " anh.dang@example.vn "],
)
def test_email_any_case(seeded: Services, query: str) -> None:
    hits = seeded.search.search(query)
    assert _refs(hits) == ["KH-000001"]
    assert hits[0].reasons == (EMAIL,)


def test_email_prefix_ranks_below_exact(seeded: Services) -> None:
    hits = seeded.search.search("an@")
    assert hits == []
    hits = seeded.search.search("an.nguyen@")
    assert _refs(hits) == ["KH-000002"]
    assert hits[0].reasons == (EMAIL_PREFIX,)


@pytest.mark.parametrize(
    "query",
    [
        "0912 345 678",
        "0912.345.678",
        "0912345678",
        "+84 912 345 678",
        "84912345678",
        "(+84) 912-345-678",
        "+84912345678",
    ],
)
def test_phone_in_every_vietnamese_form(seeded: Services, query: str) -> None:
    hits = seeded.search.search(query)
    assert _refs(hits) == ["KH-000001"]
    assert hits[0].reasons == (PHONE,)


def test_landline(seeded: Services) -> None:
    assert _refs(seeded.search.search("028 3823 4567")) == ["KH-000004"]


@pytest.mark.parametrize("query", ["KH-000005", "kh-000005", "kh000005", "KH 5", "5", "000005"])
def test_customer_reference_forms(seeded: Services, query: str) -> None:
    hits = seeded.search.search(query)
    assert hits[0].reference == "KH-000005"
    assert REFERENCE in hits[0].reasons


@pytest.mark.parametrize("query", ["HD-2024-0000042", "hd-2024-0000042"])
def test_invoice_number(seeded: Services, query: str) -> None:
    hits = seeded.search.search(query)
    assert _refs(hits) == ["KH-000005"]
    assert hits[0].reasons == (INVOICE,)


# --------------------------------------------------------------------------- ranking


def test_ranking_exact_then_whole_words_then_prefix_then_reference(seeded: Services) -> None:
    hits = seeded.search.search("nguyen van an")
    assert [(h.reference, h.reasons) for h in hits] == [
        ("KH-000002", (NAME_EXACT,)),  # exactly these words
        ("KH-000003", (NAME_PREFIX,)),  # "an" only begins "anh"
    ]
    hits = seeded.search.search("dang thi anh")
    assert [(h.reference, h.reasons[0]) for h in hits] == [
        ("KH-000001", NAME_EXACT),  # the same words
        ("KH-000006", NAME_WORDS),  # the same words and one more
    ]
    assert hits[0].score > hits[1].score


def test_more_whole_words_rank_higher_and_ties_go_by_reference(seeded: Services) -> None:
    hits = seeded.search.search("dang th")
    assert [h.reference for h in hits] == ["KH-000001", "KH-000004", "KH-000006"]
    assert {h.reasons for h in hits} == {(NAME_PREFIX,)}
    hits = seeded.search.search("anh")
    # "anh" is a whole word of 1, 3, 6, 8: same score, so in reference order.
    assert _refs(hits) == ["KH-000001", "KH-000003", "KH-000006", "KH-000008"]


def test_identifier_matches_rank_above_names(seeded: Services) -> None:
    with seeded.db.uow() as uow:
        uow.session.add(
            Customer(
                id=9,
                reference="KH-000009",
                full_name="Khánh 5",
                name_folded="khanh 5",
                created_at=WHEN,
            )
        )
        uow.session.flush()
        index_customer_names(uow.session, [(9, "Khánh 5")])
        uow.commit()
    assert seeded.search.search("5")[0].reference == "KH-000005"


def test_limit(seeded: Services) -> None:
    assert len(seeded.search.search("anh", limit=2)) == 2


# --------------------------------------------------------------------------- masking


def test_hits_never_hold_a_full_contact_point(seeded: Services) -> None:
    for query in ("dang", "nguyen", "anh.dang@example.vn", "0912345678", "KH-000004"):
        for hit in seeded.search.search(query):
            text = repr(hit)
            for _, _, email, phone in PEOPLE:
                if email:
                    assert email.lower() not in text.lower()
                    assert email.split("@")[0].lower() not in text.lower()
                if phone:
                    assert phone not in text
                    assert phone[3:] not in text
    hit = seeded.search.search("anh.dang@example.vn")[0]
    assert hit.masked_email == "a***@example.vn"
    assert hit.masked_phone is not None
    assert hit.masked_phone.endswith("678")
    assert seeded.search.search("Nguyễn Văn Anh")[0].masked_email is None


def test_mask_email() -> None:
    assert mask_email("nguyen@example.vn") == "n***@example.vn"
    assert mask_email("@x.vn") == "***@x.vn"


def test_prefix_upper_bound() -> None:
    assert prefix_upper_bound("ngu") == "ngv"
    assert prefix_upper_bound("a\ud7ff"[:-1] + "\ud7ff") == "a\ue000"
    assert prefix_upper_bound("\U0010ffff").startswith("\U0010ffff")


# --------------------------------------------------------------------------- the index


def test_renaming_reindexes_and_deleting_cascades(seeded: Services) -> None:
    with seeded.db.uow() as uow:
        customer = uow.session.get(Customer, 5)
        assert customer is not None
        customer.full_name = "Võ Thị Sáu"
        customer.name_folded = fold(customer.full_name)
        uow.session.flush()
        index_customer_names(uow.session, [(5, customer.full_name)])
        uow.commit()
    assert 5 not in _ids(seeded, "dang van minh")
    assert _ids(seeded, "sau vo") == {5}
    with seeded.db.uow() as uow:
        uow.session.delete(uow.session.get(Customer, 8))
        uow.commit()
    with seeded.db.reader() as uow:
        left = uow.session.execute(
            select(func.count())
            .select_from(CustomerNameKey)
            .where(CustomerNameKey.customer_id == 8)
        ).scalar_one()
    assert left == 0


def test_rebuild_gives_the_same_index(seeded: Services) -> None:
    def dump() -> list[tuple[str, str, int]]:
        with seeded.db.reader() as uow:
            return sorted(
                uow.session.execute(
                    select(
                        CustomerNameKey.name_key,
                        CustomerNameKey.reference,
                        CustomerNameKey.customer_id,
                    )
                ).all()
            )

    before = dump()
    assert rebuild_search_index(seeded.db) == len(PEOPLE)
    assert dump() == before
    assert len(before) == sum(len(name_keys(name)) for _, name, _, _ in PEOPLE)
    assert_key_table_intact(seeded.db)


def assert_key_table_intact(db: Database) -> None:
    """The key table has its primary key, index and cascading foreign key (a bulk load
    drops and rebuilds them) and still matches the models."""
    inspector = inspect(db.engine)
    table = CustomerNameKey.__tablename__
    assert inspector.get_pk_constraint(table)["constrained_columns"] == ["name_key", "reference"]
    assert [index["name"] for index in inspector.get_indexes(table)] == [
        "ix_customer_name_keys_customer_id"
    ]
    [foreign] = inspector.get_foreign_keys(table)
    assert foreign["referred_table"] == "customers"
    assert foreign["options"].get("ondelete") == "CASCADE"
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], f"models and database differ: {diff}"
    with db.engine.connect() as connection, pytest.raises(IntegrityError):
        # The primary key is enforced again: the same key for the same customer twice.
        connection.execute(
            insert(CustomerNameKey).from_select(
                ["name_key", "reference", "customer_id"],
                select(
                    CustomerNameKey.name_key, CustomerNameKey.reference, CustomerNameKey.customer_id
                ).limit(1),
            )
        )


def test_name_keys_are_every_word_order() -> None:
    assert sorted(name_keys("Đặng Thị Ánh")) == sorted(
        [
            "dang thi anh",
            "dang anh thi",
            "thi dang anh",
            "thi anh dang",
            "anh dang thi",
            "anh thi dang",
        ]
    )
    long_name = name_keys("Tôn Nữ Thị Kim Ngân Hà")
    assert len(long_name) == 30  # every ordered pair in front of the rest
    assert name_keys("") == []
    assert name_keys("<b>&amp;</b>") == ["b amp", "amp b"]


# --------------------------------------------------------------------------- robustness


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=300))
def test_any_text_returns_a_list(seeded: Services, query: str) -> None:
    hits = seeded.search.search(query)
    assert isinstance(hits, list)
    assert all(isinstance(hit, SearchHit) for hit in hits)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\x00",
        "%",
        "_",
        "'; DROP TABLE customers; --",
        "@",
        "@@",
        "a" * 5000,
        "\u0301",
        "🙂 nguyễn",
        "0",
        "+",
        "KH-",
        "kh-99999999999999",
    ],
)
def test_odd_queries(seeded: Services, query: str) -> None:
    assert isinstance(seeded.search.search(query), list)


# --------------------------------------------------------------------------- CLI


def test_cli_search_and_reindex(
    seeded: Services,
    capsys: pytest.CaptureFixture[str],
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLB4U_DATABASE_PASSWORD", "none")
    assert main(["--database", db_url, "search", "dang", "thi", "anh"]) == 0
    out = capsys.readouterr().out
    assert "KH-000001" in out
    assert "Đặng Thị Ánh" in out
    assert "name_exact" in out
    assert "anh.dang@example.vn" not in out.lower()
    assert main(["--database", db_url, "search", "--json", "0912345678"]) == 0
    out = capsys.readouterr().out
    assert '"phone"' in out
    assert "+84912345678" not in out
    assert main(["--database", db_url, "search", "reindex"]) == 0
    assert "8 customers" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["  "], ["", ""], ["dang", "--limit", "0"]])
def test_cli_search_without_a_query_is_one_line_exit_2(
    database: Database, db_url: str, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    assert main(["--database", db_url, "search", *args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def _add_named(
    services: Services, names: list[tuple[int, str]], references: dict[int, str] | None = None
) -> None:
    with services.db.uow() as uow:
        for cid, name in names:
            reference = references[cid] if references else f"KH-{cid:06d}"
            uow.session.add(
                Customer(
                    id=cid,
                    reference=reference,
                    full_name=name,
                    name_folded=fold(name)[:200],
                    created_at=WHEN,
                )
            )
        uow.session.flush()
        index_customer_names(uow.session, names, new=True)
        uow.commit()


def test_a_common_word_ranks_the_exact_name_first_then_by_reference(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each four-word name has six keys that begin with "minh", one after the other:
    # the best of the range must still be three different customers.
    _add_named(
        services, [(cid, f"Lê Văn Minh Tâm{cid}") for cid in range(20, 10, -1)] + [(5, "Minh")]
    )
    results = services.search.search_results("minh", limit=3)
    assert _refs(list(results.hits)) == ["KH-000005", "KH-000011", "KH-000012"]
    assert [hit.reasons for hit in results.hits] == [(NAME_EXACT,), (NAME_WORDS,), (NAME_WORDS,)]
    assert not results.truncated
    monkeypatch.setattr("clb4u_desk.services.search.service.SCAN_CAP", 12)
    capped = services.search.search_results("minh", limit=3)
    # Too broad for the cap: said so, and the hits come from the first keys.
    assert capped.truncated
    assert _refs(list(capped.hits))[0] == "KH-000005"


def test_a_capped_range_still_leaves_room_for_other_names(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each six-word name has five keys that begin with "minh", one after the other,
    # and only the first 13 keys are ranked: the longer names then give three customers,
    # fewer than the list holds, though there are forty such keys. The names that merely
    # begin with "minh" must still be looked for.
    letters = "abcdefgh"
    _add_named(
        services,
        [(11 + i, "Minh " + " ".join(f"{x}{y}" for y in "abcde")) for i, x in enumerate(letters)]
        + [(30, "Minhthu Trần")],
    )
    monkeypatch.setattr("clb4u_desk.services.search.service.SCAN_CAP", 12)
    results = services.search.search_results("minh", limit=5)
    assert results.truncated
    assert _refs(list(results.hits)) == ["KH-000011", "KH-000012", "KH-000013", "KH-000030"]


# --------------------------------------------------------------------------- against brute force

# Words that begin one another (an/anh/ang, hoa/hoai/hoan/hoang, ngu/nguyen), and more
# than a dozen words beginning with "h" and with "t", so that those letters are too
# broad to expand ("h t" takes the slow path).
_VOCABULARY = (
    "an",
    "anh",
    "ang",
    "bao",
    "binh",
    "hoa",
    "hoai",
    "hoan",
    "hoang",
    "hong",
    "hung",
    "huong",
    "huy",
    "hai",
    "hau",
    "hien",
    "hieu",
    "hoc",
    "hop",
    "nguyen",
    "nguyet",
    "ngu",
    "ngoc",
    "van",
    "vang",
    "vinh",
    "thi",
    "thanh",
    "minh",
    "tuan",
    "tu",
    "tam",
    "tan",
    "tang",
    "tao",
    "tay",
    "the",
    "thu",
    "tien",
    "toan",
    "trang",
    "tri",
    "trung",
)


def _brute_force(
    names: dict[int, str], references: dict[int, str], query: str, limit: int
) -> list[tuple[str, str]]:
    """(reference, reason) of the best ``limit`` names, ranked over every customer."""
    words = name_words(query)
    ranked = []
    for cid, name in names.items():
        matched = name_kind(words, name_words(name))
        if matched is not None:
            ranked.append((-matched[1], references[cid], matched[0]))
    return [(reference, kind) for _, reference, kind in sorted(ranked)[:limit]]


def _random_names(rng: random.Random, sizes: tuple[int, ...]) -> dict[int, str]:
    # Many customers share a name, so that ranges hold more rows than a list shows and
    # the database's per-range cut must keep exactly the customers that rank best.
    return {
        cid: " ".join(rng.sample(_VOCABULARY[:14] if cid % 3 else _VOCABULARY, rng.choice(sizes)))
        for cid in range(1, 401)
    }


def _random_queries(rng: random.Random, names: dict[int, str], most_words: int) -> list[str]:
    queries = []
    for _ in range(150):
        words = rng.choice(list(names.values())).split()
        picked = rng.sample(words, rng.randint(1, min(len(words), most_words)))
        queries.append(
            " ".join(w[: rng.randint(1, len(w))] if rng.random() < 0.4 else w for w in picked)
        )
    return queries


def _shuffled_references(rng: random.Random, names: dict[int, str]) -> dict[int, str]:
    # Not in id order, and of two lengths (KH-999999 sorts after KH-1000000), so that
    # ties must really go by reference.
    numbers = rng.sample(range(1, 2_000_000), len(names))
    return {cid: f"KH-{number:06d}" for cid, number in zip(names, numbers, strict=True)}


def _assert_ranked_like_brute_force(
    services: Services, names: dict[int, str], references: dict[int, str], queries: list[str]
) -> None:
    for index, query in enumerate(queries):
        limit = (3, 5, 20)[index % 3]
        results = services.search.search_results(query, limit=limit)
        assert not results.truncated
        found = [(hit.reference, hit.reasons[0]) for hit in results.hits]
        assert found == _brute_force(names, references, query, limit), query


def test_ranked_hits_equal_a_ranking_of_every_customer(services: Services) -> None:
    rng = random.Random(20261201)
    names = _random_names(rng, (1, 2, 3, 3, 3, 4, 4))
    references = _shuffled_references(rng, names)
    _add_named(services, list(names.items()), references)
    queries = [
        "h",
        "an",
        "ngu van",
        "h an",
        "hoa",
        "an anh",
        "ngu",
        "van an h",
        "h t",
        "t h a",
        *_random_queries(rng, names, most_words=4),
    ]
    _assert_ranked_like_brute_force(services, names, references, queries)


def test_long_names_rank_right_for_queries_of_up_to_two_words(services: Services) -> None:
    # Names of five words or more are kept in fewer word orders (every pair in front),
    # which still holds every one- or two-word query.
    rng = random.Random(20261202)
    names = _random_names(rng, (2, 3, 5, 6, 7))
    references = _shuffled_references(rng, names)
    _add_named(services, list(names.items()), references)
    queries = ["h", "an hoa", "ngu h", *_random_queries(rng, names, most_words=2)]
    _assert_ranked_like_brute_force(services, names, references, queries)


def test_postgresql_search_has_its_own_pool_and_outlives_a_server_restart(seeded: Services) -> None:
    engine = seeded.db.search_engine
    if engine is None:
        assert seeded.db.dialect == "sqlite"
        pytest.skip("SQLite searches in the app's own pool: nothing to reconnect to")
    assert _refs(seeded.search.search("Nguyễn Văn An"))[0] == "KH-000002"
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW plan_cache_mode").scalar() == "force_generic_plan"
    with seeded.db.engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW plan_cache_mode").scalar() == "auto"
        # What a restart of the server does to the search's idle connections.
        killed = connection.exec_driver_sql(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE application_name = 'clb4u-desk search'"
            " AND datname = current_database()"
        ).scalar()
    assert killed
    assert killed >= 1
    # Used a moment ago, so not pinged: the first statement fails, and the search
    # tries once more on a new connection, by name and by reference.
    assert _refs(seeded.search.search("Nguyễn Văn An"))[0] == "KH-000002"
    with seeded.db.engine.connect() as connection:
        connection.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE application_name = 'clb4u-desk search' AND datname = current_database()"
        )
    assert _refs(seeded.search.search("KH-000005")) == ["KH-000005"]


def test_an_idle_search_connection_is_pinged_and_replaced(
    seeded: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    if seeded.db.search_engine is None:
        pytest.skip("SQLite searches in the app's own pool: no server connection to ping")
    monkeypatch.setattr("clb4u_desk.persistence.db.SEARCH_PING_AFTER_IDLE_SECONDS", 0.0)
    engine = create_search_engine(seeded.db.engine)
    assert engine is not None
    try:
        with engine.connect() as connection:
            first = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with seeded.db.engine.connect() as connection:
            connection.exec_driver_sql(f"SELECT pg_terminate_backend({int(first or 0)})")
        # Idle "long enough": the checkout pings, finds it dead and opens another.
        with engine.connect() as connection:
            second = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        assert second not in (None, first)
    finally:
        engine.dispose()
