"""Suggest which rights a request asks for, from its Vietnamese or English wording.

Only a suggestion: the agent confirms the rights when the case is opened. Matching is
done on folded text (no diacritics, case-folded) because requesters often type
Vietnamese without diacritics, and always on whole words, because folding merges words
(``sửa`` edit, ``sữa`` milk and ``sủa`` bark all fold to ``sua``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clb4u_desk.domain.rights import Right
from clb4u_desk.domain.text import fold, nfc


@dataclass(frozen=True)
class RightSuggestion:
    """One right the request seems to ask for, and the words that suggest it."""

    right: Right
    evidence: str  # the matched words as the requester wrote them (NFC)


@dataclass(frozen=True)
class _Cue:
    right: Right
    pattern: re.Pattern[str]
    # Words too ambiguous once folded: the original must be spelled exactly like this
    # (NFC, case-folded). Someone typing without diacritics must use a longer cue.
    exact: frozenset[str] | None = None


# Between a verb and its object a requester may put a few words
# ("xóa giúp tôi toàn bộ dữ liệu"); up to three are allowed.
_GAP = r"(?: \w+){0,3}? "
_VI_DATA = r"(?:du lieu|thong tin|tai khoan|ho so)"
_VI_FIELDS = (
    r"(?:du lieu|thong tin|ho ten|ten|dia chi|email|so dien thoai|sdt|ngay sinh"
    r"|nghe nghiep|chuc danh|ma buu chinh)"
)
_EN_INFO = r"(?:personal )?(?:data|information|info|details|records?)"
_EN_DATA = r"(?:personal )?(?:data|information|info|details|records?|account|profile)"

_CUES_SPEC: tuple[tuple[Right, str, frozenset[str] | None], ...] = (
    # Erasure.
    (Right.ERASURE, rf"xoa{_GAP}{_VI_DATA}", None),
    (Right.ERASURE, r"xoa (?:toan bo|het|bo|vinh vien|tat ca)", None),
    (Right.ERASURE, r"xoa", frozenset({"xóa", "xoá"})),
    (Right.ERASURE, r"quyen duoc (?:lang quen|xoa)", None),
    (Right.ERASURE, r"(?:delete|deleting|deletion|erase|erasing|erasure)", None),
    (Right.ERASURE, rf"remove (?:all )?(?:of )?(?:my|our|his|her|the) {_EN_DATA}", None),
    (Right.ERASURE, r"right to (?:be forgotten|erasure)", None),
    # Copy and portability.
    (Right.COPY, r"sao chep", None),
    (Right.COPY, r"ban sao", None),
    (
        Right.COPY,
        r"(?:chuyen|chuyen giao|xuat|tai ve|tai xuong) (?:(?:toan bo|tat ca|cac) )?"
        r"du lieu",
        None,
    ),
    (Right.COPY, r"copy of", None),
    (Right.COPY, r"(?:export|exporting|portability|portable)", None),
    (Right.COPY, rf"(?:transfer|download|move){_GAP}(?:data|information)", None),
    # Access.
    (Right.ACCESS, rf"truy cap{_GAP}(?:du lieu|thong tin)", None),
    (Right.ACCESS, r"(?:quyen|yeu cau) truy cap", None),
    (
        Right.ACCESS,
        r"xem (?:lai )?(?:(?:nhung|cac|toan bo|tat ca) )?(?:du lieu|thong tin)"
        r"(?! dinh kem)",
        None,
    ),
    (
        Right.ACCESS,
        r"(?:luu|luu tru|luu giu|nam giu|xu ly) (?:nhung )?(?:du lieu|thong tin)"
        r" (?:gi|nao)",
        None,
    ),
    (Right.ACCESS, rf"access (?:to )?(?:all )?(?:of )?(?:my |the )?{_EN_INFO}", None),
    (Right.ACCESS, r"(?:right of access|subject access|access request)", None),
    (
        Right.ACCESS,
        r"what (?:personal )?(?:data|information) (?:do )?(?:you|your company)"
        r" (?:hold|have|store|keep|process|collect)",
        None,
    ),
    # Rectification.
    (Right.RECTIFICATION, r"chinh sua", None),
    (Right.RECTIFICATION, r"sua (?:lai|doi|giup|dum|ho)", None),
    (Right.RECTIFICATION, rf"sua{_GAP}{_VI_FIELDS}", None),
    (Right.RECTIFICATION, r"sua", frozenset({"sửa"})),
    (Right.RECTIFICATION, rf"cap nhat{_GAP}{_VI_FIELDS}", None),
    (Right.RECTIFICATION, rf"{_VI_FIELDS}{_GAP}(?:bi sai|khong dung|khong chinh xac)", None),
    (Right.RECTIFICATION, r"(?:rectify|rectification|correction)", None),
    (Right.RECTIFICATION, rf"(?:correct|update|fix|change|amend){_GAP}{_EN_DATA}", None),
    (
        Right.RECTIFICATION,
        r"(?:correct|update|fix|change|amend) my"
        r" (?:name|address|email|phone|date of birth)",
        None,
    ),
    (
        Right.RECTIFICATION,
        r"(?:wrong|incorrect|inaccurate|outdated) (?:data|information|"
        r"details|name|address|email|phone)",
        None,
    ),
    # Restriction.
    (Right.RESTRICTION, r"han che", None),
    (Right.RESTRICTION, r"tam (?:ngung|dung) xu ly", None),
    (Right.RESTRICTION, r"(?:restrict|restricting|restriction)", None),
    (Right.RESTRICTION, r"(?:limit|suspend|pause) (?:the )?(?:use|processing)", None),
    # Consent withdrawal (before objection: "không đồng ý nữa" must not read as objection).
    (Right.CONSENT_WITHDRAWAL, r"rut (?:lai )?(?:su )?(?:dong y|chap thuan)", None),
    (Right.CONSENT_WITHDRAWAL, r"thu hoi (?:su )?(?:dong y|chap thuan)", None),
    (Right.CONSENT_WITHDRAWAL, r"huy (?:bo )?su dong y", None),
    (Right.CONSENT_WITHDRAWAL, r"khong (?:con )?dong y nua", None),
    (Right.CONSENT_WITHDRAWAL, r"khong con dong y", None),
    (
        Right.CONSENT_WITHDRAWAL,
        r"(?:withdraw|withdrawing|withdrawal of|revoke|revoking)"
        r" (?:my |of )?(?:consent|permission)",
        None,
    ),
    (Right.CONSENT_WITHDRAWAL, r"no longer (?:give )?(?:my )?consent", None),
    # Objection, including opting out of marketing.
    (Right.OBJECTION, r"phan doi", None),
    (
        Right.OBJECTION,
        r"(?:ngung|dung|khong) (?:gui|nhan)(?: them)? (?:quang cao|email|"
        r"thu|tin nhan|tin|ban tin|sms)",
        None,
    ),
    (
        Right.OBJECTION,
        r"(?:ngung|dung|khong) (?:xu ly|su dung)(?: \w+){0,2}? "
        r"(?:du lieu|thong tin)",
        None,
    ),
    (Right.OBJECTION, r"huy dang ky(?: nhan)?(?: ban)?(?: tin| email| thu)?", None),
    (Right.OBJECTION, r"(?:object|objecting|objection)", None),
    (Right.OBJECTION, r"(?:opt out|opt-out|opting out|unsubscribe|unsubscribing)", None),
    (
        Right.OBJECTION,
        r"(?:stop|no more) (?:sending|marketing|emailing|contacting|calling|"
        r"texting|advertis\w*|newsletters?|promotions?|spam)",
        None,
    ),
    (Right.OBJECTION, r"do not (?:sell|share|contact|email)", None),
)

_CUES: tuple[_Cue, ...] = tuple(
    # (?<!\w) and (?!\w): whole words of the folded text, so "sua" in "suat" never counts.
    _Cue(right, re.compile(rf"(?<![\w-]){spec}(?![\w-])"), exact)
    for right, spec, exact in _CUES_SPEC
)

# A reply quotes earlier messages (often the company's own answer, which names every
# right). Lines quoted with ">" are only searched when the new text suggests nothing.
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


@dataclass(frozen=True)
class _Folded:
    """Folded text plus, for every folded character, the index of its original."""

    text: str
    origin: tuple[int, ...]


def _fold_with_map(text: str) -> _Folded:
    """Fold like ``text.fold`` one character at a time, remembering where each came from.

    The map lets the evidence be shown as the requester wrote it, diacritics included.
    """
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                origin.append(index)
            continue
        for out in fold(ch):
            chars.append(out)
            origin.append(index)
    return _Folded("".join(chars), tuple(origin))


def _matches(text: str) -> list[tuple[int, Right, str]]:
    """Every cue found in ``text``: (position, right, evidence), all rights, unsorted."""
    folded = _fold_with_map(text)
    found: list[tuple[int, Right, str]] = []
    for cue in _CUES:
        for match in cue.pattern.finditer(folded.text):
            if match.end() == match.start():
                continue
            start = folded.origin[match.start()]
            end = folded.origin[match.end() - 1] + 1
            evidence = nfc(text[start:end])
            if cue.exact is not None and evidence.casefold() not in cue.exact:
                continue
            found.append((start, cue.right, evidence))
            break  # the first match of a cue is enough
    return found


def _first_per_right(found: list[tuple[int, Right, str]]) -> list[RightSuggestion]:
    earliest: dict[Right, tuple[int, str]] = {}
    for position, right, evidence in found:
        if right not in earliest or position < earliest[right][0]:
            earliest[right] = (position, evidence)
    ordered = sorted(earliest.items(), key=lambda item: item[1][0])
    return [RightSuggestion(right, evidence) for right, (_, evidence) in ordered]


def suggest_rights(subject: str, body: str) -> list[RightSuggestion]:
    """The rights a request seems to ask for, in order of first mention, each once.

    The subject counts as coming before the body. Quoted lines of a reply chain are
    ignored unless nothing else suggests a right.
    """
    unquoted = f"{subject}\n{_QUOTED_LINE.sub('', body)}"
    suggestions = _first_per_right(_matches(unquoted))
    if suggestions:
        return suggestions
    return _first_per_right(_matches(f"{subject}\n{body}"))
