"""Mutated corpus emails: the parser gives a result or one domain error, fast and small.

Each case takes a corpus file and applies one to three seeded mutations: byte changes,
truncation, repeated header lines, huge header lines, deep nesting of multiparts and
forwarded messages, a giant parenthesised parameter, thousands of parts, parts with
long Content-* headers. The default
run is a few hundred cases with a fixed seed (CI); more on request, for example

    CLB4U_FUZZ_CASES=500 CLB4U_FUZZ_SEED=7 uv run pytest -q tests/unit/test_eml_fuzz.py

Every case must end in a ParsedEmail or a ValidationError (never another exception),
in under MAX_SECONDS, with a traced memory peak under MAX_PEAK_BYTES.
"""

from __future__ import annotations

import os
import random
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clb4u_desk.adapters.eml import parse_eml
from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.domain.rights_suggest import suggest_rights

CORPUS = sorted((Path(__file__).parents[1] / "data" / "eml").glob("*.eml"))
CASES = int(os.environ.get("CLB4U_FUZZ_CASES", "300"))
SEED = int(os.environ.get("CLB4U_FUZZ_SEED", "16"))
MAX_SECONDS = 5.0
MAX_PEAK_BYTES = 300 * 1024 * 1024
FALLBACK = datetime(2026, 3, 15, 9, 0, tzinfo=UTC)
MAX_INPUT_BYTES = 30 * 1024 * 1024  # a little over the parser's limit, to test the refusal

Mutation = Callable[[random.Random, bytes], bytes]


def _header_end(data: bytes) -> int:
    end = data.find(b"\n\n")
    crlf = data.find(b"\r\n\r\n")
    found = [position for position in (end, crlf) if position >= 0]
    return min(found) if found else len(data)


def _flip_bytes(rng: random.Random, data: bytes) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        if changed:
            changed[rng.randrange(len(changed))] = rng.randrange(256)
    return bytes(changed)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _repeat_header_line(rng: random.Random, data: bytes) -> bytes:
    lines = data[: _header_end(data)].splitlines(keepends=True)
    if not lines:
        return data
    line = rng.choice(lines)
    times = min(rng.choice((2, 50, 5_000, 50_000)), MAX_INPUT_BYTES // len(line))
    return data.replace(line, line * times, 1)


def _huge_header(rng: random.Random, data: bytes) -> bytes:
    size = rng.choice((10_000, 70_000, 300_000, 1_200_000))
    filler = rng.choice(
        (b"a", b"=?utf-8?b?w6A=?= ", b"x@example.vn, ", b'"', b"(", b"\\", b"; p=v", b" ")
    )
    name = rng.choice((b"Subject", b"From", b"To", b"Content-Type", b"Date", b"X-Junk"))
    value = (filler * (size // len(filler) + 1))[:size]
    if rng.random() < 0.5:  # folded over many continuation lines instead of one line
        value = b"\r\n ".join(value[i : i + 70] for i in range(0, len(value), 70))
    return name + b": " + value + b"\r\n" + data


def _deep_multipart(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice((5, 25, 300, 3_000))
    head = b"From: deep@example.vn\r\nMIME-Version: 1.0\r\n"
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    return head + opening + b"Content-Type: text/plain\r\n\r\n" + data[-2_000:] + closing


def _deep_forward(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice((5, 25, 300, 3_000))
    wrapper = b"From: fwd@example.vn\r\nContent-Type: message/rfc822\r\n\r\n"
    return wrapper * depth + data


def _parenthesised_parameter(rng: random.Random, data: bytes) -> bytes:
    size = rng.choice((100, 5_000, 30_000, 200_000))
    header = b"Content-Type: text/plain; charset=" + b"(" * size + b"utf-8" + b")" * size
    return header + b"\r\n" + data


def _many_parts(rng: random.Random, data: bytes) -> bytes:
    count = rng.choice((10, 199, 250, 5_000))
    part = b"--p\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return (
        b'From: parts@example.vn\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n'
        + part * count
        + b"--p--\r\n"
        + data[:100]
    )


def _heavy_part_headers(rng: random.Random, data: bytes) -> bytes:
    """Many parts whose Content-* headers are long and full of parameters."""
    parameter = rng.choice((b"; p=v", b"; filename*0*=utf-8''%C3%A0", b';"', b'"'))
    header = (parameter * rng.choice((10, 60, 2_000)))[: rng.choice((1_000, 8_000, 20_000))]
    part = b"--p\r\nContent-Type: text/plain" + header + b"\r\nContent-Disposition: inline"
    part += header + b"\r\n\r\nx\r\n"
    return (
        b'From: parts@example.vn\r\nContent-Type: multipart/mixed; boundary="p"\r\n\r\n'
        + part * rng.choice((5, 150, 199))
        + b"--p--\r\n"
        + data[:100]
    )


def _junk_lines(rng: random.Random, data: bytes) -> bytes:
    junk = rng.choice((b"\r", b"\n", b"--", b":", b"\x00", b"=?", b"--b0\r\n"))
    position = rng.randrange(len(data) + 1)
    return data[:position] + junk * rng.choice((1, 100, 100_000)) + data[position:]


MUTATIONS: tuple[Mutation, ...] = (
    _flip_bytes,
    _truncate,
    _repeat_header_line,
    _huge_header,
    _deep_multipart,
    _deep_forward,
    _parenthesised_parameter,
    _many_parts,
    _heavy_part_headers,
    _junk_lines,
)


def mutated(index: int, seed: int = SEED) -> bytes:
    """The email of case ``index``: reproducible from the seed and the index alone."""
    rng = random.Random(seed * 1_000_003 + index)
    data = rng.choice(CORPUS).read_bytes()
    for mutation in rng.sample(MUTATIONS, rng.randint(1, 3)):
        data = mutation(rng, data)
    return data


@dataclass(frozen=True)
class Outcome:
    result: str  # "parsed", or the one-line refusal
    seconds: float
    peak_bytes: int


def run_case(data: bytes) -> Outcome:
    """Parse (and suggest rights) in this process; any other exception propagates."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        parsed = parse_eml(data, received_fallback=FALLBACK)
        suggest_rights(parsed.subject, parsed.body_text)  # what the intake preview does next
        result = "parsed"
    except ValidationError as error:
        result = str(error)
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return Outcome(result, seconds, peak)


@pytest.mark.parametrize("index", range(CASES))
def test_mutated_email_is_parsed_or_refused_quickly_and_small(index: int) -> None:
    outcome = run_case(mutated(index))

    assert "\n" not in outcome.result
    assert outcome.seconds < MAX_SECONDS, f"case {index} took {outcome.seconds:.1f} s"
    assert outcome.peak_bytes < MAX_PEAK_BYTES, f"case {index} peaked at {outcome.peak_bytes}"
