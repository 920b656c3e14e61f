"""The bounds of email intake: each limit refuses with one line, and fast.

The limits are checked before the standard parser sees the input; before they were,
deep nesting and a long parenthesised Content-Type ended in a RecursionError, and a
long header could take minutes (issue 16, finding 11).
"""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime

import pytest

from clb4u_desk.adapters.eml import (
    BODY_ATTACHMENT_NAME,
    MAX_EML_BYTES,
    MAX_HEADER_BLOCK_BYTES,
    MAX_HEADER_BYTES,
    MAX_MIME_DEPTH,
    MAX_MIME_HEADER_BYTES,
    MAX_MIME_PARAMETERS,
    MAX_MIME_PARTS,
    MAX_NOTE_EXCERPT,
    ParsedEmail,
    parse_eml,
)
from clb4u_desk.domain.errors import ValidationError

FALLBACK = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)
HEAD = b"From: Lan <lan@example.vn>\r\nSubject: Xin xoa du lieu\r\n"


def _parse(data: bytes) -> ParsedEmail:
    return parse_eml(data, received_fallback=FALLBACK)


def _nested_multipart(depth: int) -> bytes:
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return HEAD + opening + b"Content-Type: text/plain\r\n\r\nPlease delete my data." + closing


def _nested_forward(depth: int) -> bytes:
    wrapper = b"From: fwd@example.vn\r\nContent-Type: message/rfc822\r\n\r\n"
    return HEAD + b"Content-Type: message/rfc822\r\n\r\n" + wrapper * (depth - 1) + HEAD + b"\r\nhi"


def _parts(count: int) -> bytes:
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return HEAD + b'Content-Type: multipart/mixed; boundary="p"\r\n\r\n' + part * count + b"--p--"


def _refusal(data: bytes) -> str:
    started = time.perf_counter()
    with pytest.raises(ValidationError) as raised:
        _parse(data)
    assert time.perf_counter() - started < 2.0
    message = str(raised.value)
    assert "\n" not in message
    return message


def test_nesting_up_to_the_limit_is_read() -> None:
    assert "delete my data" in _parse(_nested_multipart(MAX_MIME_DEPTH)).body_text
    assert _parse(_nested_forward(MAX_MIME_DEPTH)).forwarded


@pytest.mark.parametrize("depth", [MAX_MIME_DEPTH + 1, 2_000])
def test_deeper_multipart_nesting_is_refused(depth: int) -> None:
    assert "levels deep" in _refusal(_nested_multipart(depth))


@pytest.mark.parametrize("depth", [MAX_MIME_DEPTH + 1, 2_000])
def test_deeper_forwarding_is_refused(depth: int) -> None:
    assert "levels deep" in _refusal(_nested_forward(depth))


def test_giant_parenthesised_content_type_is_refused() -> None:
    value = b"(" * 200_000 + b"text/plain" + b")" * 200_000
    assert "KB" in _refusal(HEAD + b"Content-Type: " + value + b"\r\n\r\nbody")


def test_deeply_parenthesised_header_is_refused() -> None:
    subject = b"Subject: " + b"(" * 100 + b"x" + b")" * 100 + b"\r\n"
    assert "levels deep" in _refusal(subject + HEAD + b"\r\nbody")


def test_part_count_is_limited() -> None:
    assert len(_parse(_parts(MAX_MIME_PARTS - 1)).attachments) == 0
    assert f"{MAX_MIME_PARTS} parts" in _refusal(_parts(MAX_MIME_PARTS))


@pytest.mark.parametrize("folded", [False, True])
def test_long_header_is_refused(folded: bool) -> None:
    value = b"a" * (MAX_HEADER_BYTES + 1)
    if folded:
        value = b"\r\n ".join(value[i : i + 70] for i in range(0, len(value), 70))
    assert f"{MAX_HEADER_BYTES // 1024} KB" in _refusal(HEAD + b"X-Junk: " + value + b"\r\n\r\nhi")


def test_long_content_header_is_refused() -> None:
    value = b"text/plain; name=" + b"a" * MAX_MIME_HEADER_BYTES
    assert f"{MAX_MIME_HEADER_BYTES // 1024} KB" in _refusal(
        HEAD + b"Content-Type: " + value + b"\r\n\r\nhi"
    )


def test_content_header_with_too_many_parameters_is_refused() -> None:
    value = b"text/plain" + b"; p=v" * (MAX_MIME_PARAMETERS + 1)
    assert "parameters" in _refusal(HEAD + b"Content-Type: " + value + b"\r\n\r\nhi")


def test_header_block_size_is_limited() -> None:
    line = b"Received: " + b"a" * 1_000 + b"\r\n"
    block = line * (MAX_HEADER_BLOCK_BYTES // len(line) + 1)
    assert f"{MAX_HEADER_BLOCK_BYTES // 1024} KB" in _refusal(HEAD + block + b"\r\nhi")


def test_quadratic_content_type_is_refused_or_fast() -> None:
    # 60 KB of quotes in a Content-Type took minutes in the stdlib's header parser.
    value = b"text/plain; name=" + b'"' * 60_000
    _refusal(HEAD + b"Content-Type: " + value + b"\r\n\r\nhi")
    started = time.perf_counter()
    _parse(HEAD + b"Content-Type: text/plain; name=" + b'"' * 8_000 + b"\r\n\r\nhi")
    assert time.perf_counter() - started < 1.0


def test_larger_file_is_refused() -> None:
    assert "25 MB" in _refusal(HEAD + b"\r\n" + b"x" * MAX_EML_BYTES)


def test_long_body_is_an_excerpt_with_the_whole_as_a_text_file() -> None:
    line = "Tôi muốn xoá dữ liệu cá nhân của tôi.\n"
    body = line * (3 * MAX_NOTE_EXCERPT // len(line))
    data = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode()

    parsed = _parse(data)

    assert len(parsed.body_text) <= MAX_NOTE_EXCERPT + 10
    assert parsed.body_text.startswith(line.strip())
    whole = parsed.attachments[0]
    assert (whole.display_name, whole.content_type) == (BODY_ATTACHMENT_NAME, "text/plain")
    assert whole.data.decode("utf-8") == body.strip()
    assert whole.sha256 == hashlib.sha256(whole.data).hexdigest()


def test_short_body_stays_whole_without_a_text_file() -> None:
    parsed = _parse(HEAD + b"\r\nPlease delete my data.")
    assert parsed.body_text == "Please delete my data."
    assert parsed.attachments == ()


def test_large_plain_text_email_is_linear() -> None:
    # 4 MB of text: seconds before (a loop per character), a fraction of one now.
    body = "Xin vui lòng xoá toàn bộ dữ liệu.\n" * 120_000
    data = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode()
    started = time.perf_counter()
    parsed = _parse(data)
    assert time.perf_counter() - started < 3.0
    assert parsed.attachments[0].size == len(body.strip().encode())


def test_long_run_of_blank_lines_is_linear() -> None:
    # Found by the fuzz test: the inline-forward pattern let "^\s*" run over every
    # following blank line, from every line: 100,000 blank lines took minutes.
    data = HEAD + b"\r\nPlease delete my data." + b"\n" * 100_000 + b"Thanks."
    started = time.perf_counter()
    parsed = _parse(data)
    assert time.perf_counter() - started < 1.0
    assert not parsed.forwarded
