"""How well the rights suggestion reads requests as people really write them.

The phrasings live in tests/data/rights_phrasings.tsv (Vietnamese with and without
diacritics, English, and the two mixed). Every expected right that is not suggested is
a miss; every suggested right that is neither expected nor tolerated is a false
suggestion. Run with ``-s`` to see the figures per language.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from clb4u_desk.domain.rights import Right
from clb4u_desk.domain.rights_suggest import suggest_rights

_DATA = Path(__file__).resolve().parents[1] / "data" / "rights_phrasings.tsv"
_CODES = {
    "A": Right.ACCESS,
    "C": Right.COPY,
    "R": Right.RECTIFICATION,
    "S": Right.RESTRICTION,
    "O": Right.OBJECTION,
    "E": Right.ERASURE,
    "W": Right.CONSENT_WITHDRAWAL,
}
LANGUAGES = ("vi", "vi-nd", "en", "mix")

# The thresholds the rule set must keep. On the first 208 phrasings the rules before
# negation, stems and phone typing found 99 of 178 rights (55.6%) with 20 false
# suggestions; on all 307 they now find every right with no false suggestion. The two
# sets written later, before the rules saw them, scored 62.5% and 77.5%: expect about
# that on wording nobody has written down yet, and add such wording here.
MIN_HIT_RATE = 0.95
MAX_FALSE_SUGGESTIONS = 2


@dataclass(frozen=True)
class Phrasing:
    language: str
    expected: frozenset[Right]
    tolerated: frozenset[Right]
    text: str


@dataclass(frozen=True)
class Outcome:
    phrasing: Phrasing
    missed: frozenset[Right]
    false: frozenset[Right]


def load_phrasings() -> list[Phrasing]:
    phrasings = []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, rights, text = line.split("\t")
        expected: set[Right] = set()
        tolerated: set[Right] = set()
        for code in rights.split(","):
            if code == "-":
                continue
            if code.endswith("?"):
                tolerated.add(_CODES[code[:-1]])
            else:
                expected.add(_CODES[code])
        phrasings.append(Phrasing(language, frozenset(expected), frozenset(tolerated), text))
    return phrasings


def evaluate(phrasings: list[Phrasing]) -> list[Outcome]:
    outcomes = []
    for phrasing in phrasings:
        suggested = {s.right for s in suggest_rights("", phrasing.text)}
        outcomes.append(
            Outcome(
                phrasing,
                missed=frozenset(phrasing.expected - suggested),
                false=frozenset(suggested - phrasing.expected - phrasing.tolerated),
            )
        )
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    """One line per language and a total: phrasings, hits/expected, false suggestions."""
    lines = []
    for language in (*LANGUAGES, "all"):
        chosen = [o for o in outcomes if language in ("all", o.phrasing.language)]
        expected = sum(len(o.phrasing.expected) for o in chosen)
        missed = sum(len(o.missed) for o in chosen)
        false = sum(len(o.false) for o in chosen)
        rate = (expected - missed) / expected if expected else 1.0
        lines.append(
            f"{language:6} phrasings {len(chosen):3}  hits {expected - missed:3}/{expected:3}"
            f" ({rate:6.1%})  false suggestions {false:2}"
        )
    for outcome in outcomes:
        if outcome.missed or outcome.false:
            missed = ",".join(sorted(outcome.missed)) or "-"
            false = ",".join(sorted(outcome.false)) or "-"
            lines.append(f"  missed {missed:12} false {false:12} {outcome.phrasing.text}")
    return "\n".join(lines)


def test_the_phrasings_cover_every_right_in_every_language() -> None:
    phrasings = load_phrasings()
    assert len(phrasings) >= 150
    for language in LANGUAGES:
        covered = Counter(r for p in phrasings if p.language == language for r in p.expected)
        assert set(covered) == set(Right), language
        assert any(not p.expected for p in phrasings if p.language == language), language


def test_hit_rate_and_false_suggestions_meet_the_thresholds() -> None:
    outcomes = evaluate(load_phrasings())
    report = summary(outcomes)
    print("\n" + report)
    expected = sum(len(o.phrasing.expected) for o in outcomes)
    missed = sum(len(o.missed) for o in outcomes)
    false = sum(len(o.false) for o in outcomes)
    assert (expected - missed) / expected >= MIN_HIT_RATE, report
    assert false <= MAX_FALSE_SUGGESTIONS, report


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_language_lags_behind(language: str) -> None:
    outcomes = [o for o in evaluate(load_phrasings()) if o.phrasing.language == language]
    expected = sum(len(o.phrasing.expected) for o in outcomes)
    missed = sum(len(o.missed) for o in outcomes)
    assert (expected - missed) / expected >= MIN_HIT_RATE - 0.05, summary(outcomes)


def test_a_huge_body_is_read_quickly_from_its_start() -> None:
    body = "Please delete my data.\n" + "dữ liệu của tôi " * 300_000
    started = time.perf_counter()
    rights = [s.right for s in suggest_rights("", body)]
    assert rights == [Right.ERASURE]
    assert time.perf_counter() - started < 5
