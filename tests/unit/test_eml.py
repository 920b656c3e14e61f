"""The .eml parser over a corpus of real-world shaped emails, plus property tests.

The corpus lives in tests/data/eml (regenerate with make_corpus.py); expected.json holds
what each file must give.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clb4u_desk.adapters.eml import (
    FORWARD_SEPARATOR,
    MAX_NAME_LENGTH,
    DateNote,
    ParsedEmail,
    decode_bytes,
    decode_header_text,
    html_to_text,
    parse_eml,
    sanitize_filename,
)
from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.domain.rights_suggest import suggest_rights

CORPUS = Path(__file__).parents[1] / "data" / "eml"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (CORPUS / "expected.json").read_text(encoding="utf-8")
)
FALLBACK = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)
ACCEPTED = sorted(name for name, case in EXPECTED.items() if not case["rejected"])
REJECTED = sorted(name for name, case in EXPECTED.items() if case["rejected"])


def _parse(name: str) -> ParsedEmail:
    return parse_eml((CORPUS / name).read_bytes(), received_fallback=FALLBACK)


def _is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def test_corpus_is_complete() -> None:
    on_disk = {path.name for path in CORPUS.glob("*.eml")}
    assert on_disk == set(EXPECTED)
    assert len(ACCEPTED) >= 30
    assert len(REJECTED) >= 4


@pytest.mark.parametrize("name", ACCEPTED)
def test_corpus_email_parses_as_expected(name: str) -> None:
    case = EXPECTED[name]
    parsed = _parse(name)

    assert parsed.from_address == case["from_address"]
    assert parsed.from_name == case["from_name"]
    assert parsed.subject == case["subject"]
    assert parsed.language == case["language"]
    assert parsed.forwarded is case["forwarded"]
    assert [s.right.value for s in suggest_rights(parsed.subject, parsed.body_text)] == case[
        "rights"
    ]
    for fragment in case["body_contains"]:
        assert fragment in parsed.body_text
    for fragment in case["body_excludes"]:
        assert fragment not in parsed.body_text
    if "body_text" in case:
        assert parsed.body_text == case["body_text"]
    for key in ("to", "reply_to", "message_id"):
        if key in case:
            expected = tuple(case[key]) if isinstance(case[key], list) else case[key]
            assert getattr(parsed, key) == expected


@pytest.mark.parametrize("name", ACCEPTED)
def test_corpus_dates_are_aware_utc_or_the_fallback_with_a_note(name: str) -> None:
    case = EXPECTED[name]
    parsed = _parse(name)
    assert parsed.date.utcoffset() == timedelta(0)
    if case["date_note"] is None:
        assert parsed.date_note is None
        assert parsed.date == datetime.fromisoformat(case["date"])
    else:
        assert parsed.date_note == DateNote(case["date_note"])
        assert parsed.date == FALLBACK


@pytest.mark.parametrize("name", ACCEPTED)
def test_corpus_attachments_match_hash_size_and_safe_name(name: str) -> None:
    parsed = _parse(name)
    got = [
        {
            "display_name": a.display_name,
            "content_type": a.content_type,
            "size": a.size,
            "sha256": a.sha256,
        }
        for a in parsed.attachments
    ]
    assert got == EXPECTED[name]["attachments"]
    for attachment in parsed.attachments:
        assert attachment.size == len(attachment.data)
        assert attachment.sha256 == hashlib.sha256(attachment.data).hexdigest()
        assert "/" not in attachment.display_name
        assert "\\" not in attachment.display_name
        assert attachment.display_name not in ("", ".", "..")
        assert len(attachment.display_name) <= MAX_NAME_LENGTH


@pytest.mark.parametrize("name", ACCEPTED)
def test_corpus_text_is_nfc_without_control_characters(name: str) -> None:
    parsed = _parse(name)
    for text in (parsed.from_name, parsed.subject, parsed.body_text):
        assert _is_nfc(text)
        assert not any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n" for ch in text)
    assert "\r" not in parsed.body_text
    assert parsed.from_address == parsed.from_address.lower()


@pytest.mark.parametrize("name", REJECTED)
def test_corpus_non_email_is_refused_with_one_line(name: str) -> None:
    with pytest.raises(ValidationError) as raised:
        _parse(name)
    message = str(raised.value)
    assert EXPECTED[name]["error_contains"] in message
    assert "\n" not in message
    assert "Traceback" not in message
    assert "@" not in message  # never the data itself


# --- exact decoded values ---------------------------------------------------------


def test_windows_1258_combining_marks_become_nfc() -> None:
    parsed = _parse("03_cp1258_combining_marks.eml")
    assert parsed.from_name == "Trần Văn Đức"
    assert parsed.subject == unicodedata.normalize("NFC", "Rút lại sự đồng ý")
    assert "Tôi là Trần Văn Đức." in parsed.body_text


def test_utf8_subject_split_inside_a_character_is_joined() -> None:
    assert _parse("06_rfc2047_q_split_character.eml").subject == "Hủy đăng ký nhận tin"


def test_forwarded_message_keeps_outer_sender() -> None:
    parsed = _parse("17_forwarded_rfc822.eml")
    assert parsed.from_address == "chau.pham.2@example.vn"
    assert parsed.forwarded
    assert parsed.body_text.index("Gửi lại") < parsed.body_text.index(FORWARD_SEPARATOR)
    assert parsed.attachments == ()


def test_html_body_drops_scripts_and_decodes_entities() -> None:
    text = html_to_text(
        "<style>x{}</style><script>var a = '<p>';</script><p>A &amp; B&nbsp;C</p>"
        "<p>Đ&#7889;i<br>tác</p><table><tr><td>x</td><td>y</td></tr></table>"
    )
    assert text == "A & B C\n\nĐối\ntác\n\nx y"  # nbsp collapses like other spaces


def test_repr_hides_personal_data() -> None:
    parsed = _parse("14_mixed_pdf_and_image.eml")
    shown = repr(parsed) + repr(parsed.attachments)
    assert "my.ha" not in shown
    assert "Hà" not in shown
    assert "don-yeu-cau" not in shown


def test_naive_fallback_is_taken_as_utc() -> None:
    parsed = parse_eml(
        (CORPUS / "21_missing_date.eml").read_bytes(),
        received_fallback=datetime(2026, 3, 15, 9, 0),  # noqa: DTZ001 (naive on purpose)
    )
    assert parsed.date == FALLBACK


def test_fallback_in_another_zone_is_converted_to_utc() -> None:
    hanoi = timezone(timedelta(hours=7))
    parsed = parse_eml(
        (CORPUS / "21_missing_date.eml").read_bytes(),
        received_fallback=datetime(2026, 3, 15, 16, 0, tzinfo=hanoi),
    )
    assert parsed.date == FALLBACK
    assert parsed.date.tzinfo == UTC


@pytest.mark.parametrize(
    ("data", "label", "expected"),
    [
        ("Dữ liệu".encode(), "utf-8", "Dữ liệu"),
        ("Dữ liệu".encode(), "iso-8859-1", "Dữ liệu"),  # wrong single-byte label
        ("Dữ liệu".encode(), "x-unknown", "Dữ liệu"),
        ("café".encode("latin-1"), "iso-8859-1", "café"),
        ("café".encode("latin-1"), "utf-8", "café"),  # wrong label, latin-1 last resort
        ("Dữ liệu".encode("utf-16"), "utf-16", "Dữ liệu"),
        (b"plain", None, "plain"),
        (b"\x81\x8d\xff", "base64", "\x81\x8d\xff"),  # not a text codec: never raises
    ],
)
def test_decode_bytes_falls_back(data: bytes, label: str | None, expected: str) -> None:
    assert unicodedata.normalize("NFC", decode_bytes(data, label)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=?utf-8?B?WMOzYQ==?=", "Xóa"),
        ("=?utf-8?B?WMOzYQ?=", "Xóa"),  # padding missing
        ("=?utf-8?B?WOG7?=", "X"),  # cut inside a three-byte character
        ("=?utf-8?Q?X=C3=B3a?= =?utf-8?Q?_d=E1=BB=AF?=", "Xóa dữ"),
        ("=?UTF-8*vi?Q?X=C3=B3a?=", "Xóa"),  # RFC 2231 language tag
        ("=?utf-8?X?abc?=", "=?utf-8?X?abc?="),  # unknown encoding left as written
        ("=?", "=?"),
        ("a\r\n b", "a b"),
        ("x\x00y\x1bz", "xyz"),
    ],
)
def test_header_decoding(raw: str, expected: str) -> None:
    assert decode_header_text(raw) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\đơn.pdf", "đơn.pdf"),
        ("..", "attachment-3.pdf"),
        ("", "attachment-3.pdf"),
        (None, "attachment-3.pdf"),
        ("a\u202egpj.exe", "agpj.exe"),
        ("nul", "_nul"),
        ('what?<>|*:".pdf', "what_______.pdf"),
        ("x" * 500, "x" * MAX_NAME_LENGTH),
    ],
)
def test_sanitize_filename(name: str | None, expected: str) -> None:
    assert sanitize_filename(name, "application/pdf", 3) == expected


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), ".msg"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"From: a@example.com\x00\x01\x02\x03\n\nbody", "binary"),
        (b"hello there\nno headers", "header"),
        (b"Subject: hi\n\nbody", "From"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),  # BOM then a lone surrogate
    ],
)
def test_not_an_email(data: bytes, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        parse_eml(data, received_fallback=FALLBACK)


# --- properties -------------------------------------------------------------------

_HEADERISH = st.sampled_from(
    [
        b"From: a@example.com\n",
        b"From: =?utf-8?B?",
        b"Subject: ",
        b"Date: ",
        b"\n",
        b"\r\n",
        b"Content-Type: multipart/mixed; boundary=b\n",
        b"--b\n",
        b"--b--\n",
        b"?=",
        b"Content-Type: message/rfc822\n",
        b"Content-Type: text/html; charset=x-unknown\n",
        b"Content-Transfer-Encoding: base64\n",
        b"Content-Transfer-Encoding: quoted-printable\n",
        b"Content-Disposition: attachment; filename*=utf-8''%E1%BB",
        b"\xe1\xbb\x85",
        b"=\n",
        b"Content-Type: multipart/alternative; boundary=b\n",
        b"<script>",
        b"&#99999999;",
        b"Content-Type: text/plain; charset=utf-16\n",
        b"\x00",
        b"\xff",
        b'"',
        b"<",
        b">",
        b",",
    ]
)


def _parse_or_refuse(data: bytes) -> None:
    try:
        parsed = parse_eml(data, received_fallback=FALLBACK)
    except ValidationError as error:
        refusal = str(error)
    else:
        assert "@" in parsed.from_address
        assert parsed.date.utcoffset() == timedelta(0)
        assert _is_nfc(parsed.subject)
        assert _is_nfc(parsed.body_text)
        for attachment in parsed.attachments:
            assert "/" not in attachment.display_name
            assert "\\" not in attachment.display_name
        return
    assert "\n" not in refusal


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_parse_or_raise_validation_error(data: bytes) -> None:
    _parse_or_refuse(data)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_HEADERISH, st.binary(max_size=20)), max_size=40))
def test_email_shaped_junk_parses_or_raises_validation_error(chunks: list[bytes]) -> None:
    _parse_or_refuse(b"From: Someone <someone@example.com>\n" + b"".join(chunks))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_header_text_decodes(raw: str) -> None:
    assert _is_nfc(decode_header_text(raw))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=20))
def test_any_filename_is_sanitised(name: str, content_type: str) -> None:
    shown = sanitize_filename(name, content_type, 1)
    assert shown
    assert "/" not in shown
    assert "\\" not in shown
    assert len(shown) <= MAX_NAME_LENGTH
    assert shown not in (".", "..")
