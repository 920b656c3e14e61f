"""Suggest which rights a request asks for, from its Vietnamese or English wording.

Only a suggestion: the agent confirms the rights when the case is opened. Matching is
done on folded text (no diacritics, case-folded) because requesters often type
Vietnamese without diacritics, and always on whole words, because folding merges words
(``sửa`` edit, ``sữa`` milk and ``sủa`` bark all fold to ``sua``).

The cues are written from how people write (tests/data/rights_phrasings.tsv): phone
abbreviations, English words in Vietnamese sentences, a field said to be wrong rather
than a verb, and negation ("không muốn xoá" asks for no erasure). No library fits:
Vietnamese toolkits (underthesea, pyvi, VnCoreNLP) bring models, scikit-learn or Java
and tag words rather than requests; an English stemmer (snowballstemmer) would merge
"delete" with "deleted", which tells rather than asks; Vietnamese words do not inflect.
A table of regular expressions stays small, fast and testable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypedDict

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
    # The cue names the asked-for action itself ("xoá", "delete", "object"), so a
    # negation just before it ("không muốn xoá", "don't delete") cancels it. Cues that
    # are themselves a refusal ("đừng gọi", "stop sending") are not negatable.
    negatable: bool = False
    # Evidence (NFC, case-folded) matching this is a homograph of the cue, not the cue:
    # "dùng" (use) and "đúng" (right) fold to "dung" like "đừng"/"dừng" (don't/stop).
    reject: re.Pattern[str] | None = None
    # Stopping the use of data "until", "for now" or "while" is a restriction, not an
    # objection: in a sentence with such a word this cue suggests this right instead.
    if_temporary: Right | None = None


# Between a verb and its object a requester may put a few words
# ("xóa giúp tôi toàn bộ dữ liệu"); up to three are allowed.
_GAP = r"(?: \w+){0,3}? "
_WIDE_GAP = r"(?: \w+){0,5}? "
_ME = r"(?:toi|em|minh|tui|tao)"
_VI_DATA = (
    r"(?:du lieu|thong tin|tai khoan|ho so|tk|acc|account|nick|data|info"
    r"|so dien thoai|so dt|sdt|email|dia chi)"
)
_VI_FIELDS = (
    r"(?:du lieu|thong tin|ho ten|ten|dia chi|email|e-mail|mail|so dien thoai|so dt|sdt"
    r"|ngay sinh|ngay thang nam sinh|nghe nghiep|chuc danh|ma buu chinh|cmnd|cccd)"
)
_EN_INFO = r"(?:personal )?(?:data|information|info|details|records?)"
_EN_DATA = r"(?:personal )?(?:data|information|info|details|records?|account|profile)"
_EN_FIELDS = (
    r"(?:(?:first |last |family |sur)?name|surname|(?:home |postal |email |e-mail )?address"
    r"|email|e-mail|(?:phone|mobile|telephone) number|phone|mobile|number"
    r"|date of birth|birthday|dob|post ?code|zip(?: code)?|details|personal details"
    r"|information|info|data"
    r"|records?)"
)
_ANY_DATA = r"(?:du lieu|thong tin ca nhan|data|information|info)"
# "không" as typed on phones: ko, k, kh, hok, hong.
_VI_NOT = r"(?:khong|ko|k|kh|hok|hong|chang)"
_MARKETING = (
    r"(?:quang cao|qc|khuyen mai|km|tiep thi|marketing|spam|ban tin|newsletters?"
    r"|promotional|promotions?|advertising|ads|tin nhan rac)"
)
_STOP = (
    rf"(?:dung|ngung|thoi|stop|no more|don['’]t want|do not want|{_VI_NOT} muon"
    rf"|{_VI_NOT} (?:nhan|gui))"
)
_HOMOGRAPH_OF_DUNG = re.compile(r"(?:^|\s)(?:dùng|đúng|dũng|dụng)(?:\s|$)")
_HOMOGRAPH_OF_DOI = re.compile(r"^(?:đối|đợi|đòi|đội|dối|dội|đồi)(?:\s|$)")
# A field "bị sai", "nhầm", "không đúng", "là số cũ": wrong or out of date.
_VI_WRONG = (
    r"(?:bi sai|sai|bi nham|nham|khong dung|khong chinh xac|da thay doi"
    r"|la (?:so |dia chi |email )?cu|da cu|cu roi)"
)
_DOCUMENT = (
    r"(?:hoa don|hop dong|bien lai|chung tu|giay|don hang|ve|phieu|invoices?|receipts?"
    r"|contracts?|bills?|orders?|statements?|letters?|forms?|tickets?|policy|terms|emails?)"
)
_QUESTION = r"(?:gi|nao|nhu the nao|the nao|ra sao|tu dau|o dau|vao dau)"
_ABOUT_ME = rf"(?:cua {_ME}|ve {_ME}|ca nhan)"


class _Options(TypedDict, total=False):
    exact: frozenset[str]
    negatable: bool
    reject: re.Pattern[str]
    if_temporary: Right


_CUES_SPEC: tuple[tuple[Right, str, _Options], ...] = (
    # Erasure.
    (Right.ERASURE, rf"xoa{_GAP}{_VI_DATA}", {"negatable": True}),
    (Right.ERASURE, r"xoa (?:toan bo|het|bo|vinh vien|tat ca)", {"negatable": True}),
    (Right.ERASURE, r"xoa", {"exact": frozenset({"xóa", "xoá"}), "negatable": True}),
    (Right.ERASURE, r"quyen duoc (?:lang quen|xoa)", {}),
    (Right.ERASURE, r"(?:delete|deleting|deletion|erase|erasing|erasure)", {"negatable": True}),
    (
        Right.ERASURE,
        rf"(?:remove|wipe|purge|destroy|get rid of) (?:all )?(?:of )?(?:my|our|his|her|the)"
        rf" {_EN_DATA}",
        {"negatable": True},
    ),
    (
        Right.ERASURE,
        rf"my (?:\w+ ){{0,2}}?{_EN_DATA} (?:deleted|erased|removed|wiped)",
        {"negatable": True},
    ),
    (Right.ERASURE, r"(?:right to (?:be forgotten|erasure)|forget me)", {}),
    # Copy and portability.
    (Right.COPY, r"sao chep", {"negatable": True}),
    (
        Right.COPY,
        rf"(?:lay|xin)(?: lai)? (?:(?:toan bo|tat ca|het) )?(?:du lieu|data)(?: cua {_ME})?",
        {"negatable": True},
    ),
    (Right.COPY, r"(?:file|backup)(?: \w+)? (?:du lieu|data)", {}),
    (Right.COPY, r"(?:csv|json|xml|spreadsheet|excel) (?:file|format)", {}),
    (Right.COPY, r"take my (?:personal )?data with me", {}),
    (
        Right.COPY,
        rf"(?:provide|send|give|email)(?: me)? (?:all )?(?:of )?my {_EN_INFO}",
        {"negatable": True},
    ),
    (
        Right.COPY,
        rf"gui (?:lai )?(?:\w+ ){{0,2}}?(?:du lieu|data) cua {_ME}",
        {"negatable": True},
    ),
    # A copy of the data, not of a document the company sent ("bản sao hoá đơn").
    (Right.COPY, rf"ban sao(?! (?:cua )?{_DOCUMENT})", {}),
    (
        Right.COPY,
        # "tải" and "chuyển" only right before their object: "tài khoản" and
        # "chuyển khoản" (bank transfer) fold to "tai khoan", "chuyen khoan".
        r"(?:(?:xuat|tai ve|tai xuong|export|download)(?: \w+){0,2}?|chuyen|chuyen giao|tai)"
        r" (?:(?:toan bo|tat ca|het|cac) )?(?:du lieu|data)(?! len)",
        {"negatable": True},
    ),
    (Right.COPY, rf"gui (?:lai )?(?:cho |giup |ho )?{_ME}(?: \w+){{0,3}}? (?:du lieu|data)", {}),
    (Right.COPY, r"cop(?:y|ies)(?: \w+){0,2}? (?:du lieu|data|thong tin ca nhan)", {}),
    (
        Right.COPY,
        rf"(?:a|one|an electronic|a digital|a full|a complete) cop(?:y|ies)"
        rf"(?! of (?:\w+ )?{_DOCUMENT})",
        {},
    ),
    (Right.COPY, r"(?:export|exporting|portability|portable|machine[- ]readable)", {}),
    (Right.COPY, rf"(?:transfer|download|move){_GAP}{_ANY_DATA}", {"negatable": True}),
    # Access.
    (Right.ACCESS, rf"truy cap{_GAP}(?:du lieu|thong tin)", {}),
    (Right.ACCESS, r"(?:quyen|yeu cau) truy cap", {}),
    (
        Right.ACCESS,
        r"xem (?:lai )?(?:(?:nhung|cac|toan bo|tat ca) )?(?:du lieu|thong tin)"
        r"(?! (?:dinh kem|don hang|khuyen mai|san pham|giao hang|hoa don|chuong trinh"
        r"|bao hanh|van chuyen|thanh toan|lien he))",
        {},
    ),
    (
        Right.ACCESS,
        r"(?:luu|luu tru|luu giu|nam giu|xu ly) (?:nhung |cac )?(?:du lieu|thong tin|info|data)"
        r" (?:gi|nao)",
        {},
    ),
    # "những thông tin gì của em", "dữ liệu của tôi cho những bên nào".
    (
        Right.ACCESS,
        rf"(?:{_ANY_DATA}|thong tin)(?: \w+){{0,6}}? {_QUESTION}(?: \w+){{0,2}}? {_ABOUT_ME}",
        {},
    ),
    (
        Right.ACCESS,
        rf"(?:{_ANY_DATA}|thong tin)(?: \w+){{0,2}}? {_ABOUT_ME}(?: \w+){{0,6}}? {_QUESTION}",
        {},
    ),
    (
        Right.ACCESS,
        rf"(?:lay|co|biet) (?:so dien thoai|so dt|sdt|email|dia chi|thong tin|du lieu)"
        rf"(?: cua {_ME})?[\w ,]{{0,20}}? (?:lay )?(?:tu dau|o dau)",
        {},
    ),
    (Right.ACCESS, rf"access (?:to )?(?:all )?(?:of )?(?:my |the )?{_EN_INFO}", {}),
    (Right.ACCESS, r"(?:right of access|subject access|access request|dsar)", {}),
    (Right.ACCESS, r"see (?:all )?(?:of )?(?:the |my )?(?:personal )?(?:data|information)", {}),
    (
        Right.ACCESS,
        r"what (?:personal )?(?:data|information|info|details) (?:\w+ ){0,3}?"
        r"(?:hold|have|store|keep|process|collect)",
        {},
    ),
    (Right.ACCESS, r"(?:how|where) did you (?:get|obtain|find) my", {}),
    (Right.ACCESS, r"why (?:do|did|does) (?:you|your company) (?:have|hold|keep|store) my", {}),
    (
        Right.ACCESS,
        rf"(?:tai sao|vi sao|sao) (?:\w+ ){{0,3}}?(?:co|lay duoc|lay|biet) {_VI_FIELDS}"
        rf"(?: nha)? (?:cua )?{_ME}",
        {},
    ),
    (
        Right.ACCESS,
        r"(?:request|requesting|want|need)(?: \w+){0,2}? (?:personal )?(?:data|information)"
        r" (?:relating to|about|concerning|held on|held about) me",
        {},
    ),
    (
        Right.ACCESS,
        rf"ai (?:da )?(?:cung cap|ban|chia se|dua|cho)(?: \w+){{0,2}}? {_VI_FIELDS}",
        {},
    ),
    (
        Right.ACCESS,
        r"(?:confirm|know|tell me) (?:whether|if) you (?:\w+ ){0,2}?"
        r"(?:process|hold|have|store|keep|use)",
        {},
    ),
    (Right.ACCESS, r"who (?:do |did )?you (?:share|sell|give) my", {}),
    # Rectification.
    (Right.RECTIFICATION, r"chinh sua", {"negatable": True}),
    (Right.RECTIFICATION, r"sua (?:lai|doi|giup|dum|ho)", {"negatable": True}),
    (Right.RECTIFICATION, rf"sua{_GAP}{_VI_FIELDS}", {"negatable": True}),
    (Right.RECTIFICATION, r"sua", {"exact": frozenset({"sửa"}), "negatable": True}),
    (
        Right.RECTIFICATION,
        rf"(?:cap nhat|thay doi|dieu chinh|update|correct|fix|change){_GAP}{_VI_FIELDS}",
        {"negatable": True},
    ),
    # "đổi" (change) folds like "phản đối" (object), "đối với" (as for), "đợi" (wait).
    (
        Right.RECTIFICATION,
        rf"(?<!phan )doi(?! voi){_GAP}{_VI_FIELDS}",
        {"negatable": True, "reject": _HOMOGRAPH_OF_DOI},
    ),
    (Right.RECTIFICATION, r"(?:cap nhat|update)(?: lai)? (?:giup|gium|dum|ho)", {}),
    (
        Right.RECTIFICATION,
        rf"{_VI_FIELDS}{_WIDE_GAP}{_VI_WRONG}",
        {},
    ),
    (
        Right.RECTIFICATION,
        rf"(?:dia chi|so dien thoai|so dt|sdt|email|ho ten|ten|so) moi(?: cua {_ME})?"
        r"(?: la|:)",
        {},
    ),
    (Right.RECTIFICATION, r"(?:rectify|rectification|correction)", {"negatable": True}),
    (
        Right.RECTIFICATION,
        rf"(?:correct|update|fix|change|amend){_GAP}{_EN_DATA}",
        {"negatable": True},
    ),
    (
        Right.RECTIFICATION,
        r"(?:correct|update|fix|change|amend) my"
        r" (?:name|surname|address|email|phone|number|date of birth)",
        {"negatable": True},
    ),
    (
        Right.RECTIFICATION,
        r"(?:wrong|incorrect|inaccurate|outdated) (?:data|information|"
        r"details|name|address|email|phone)",
        {},
    ),
    (
        Right.RECTIFICATION,
        rf"(?:my|the) {_EN_FIELDS} (?:\w+ ){{0,5}}?(?:is|are|was|were|has been|have been)"
        r" (?:still )?(?:wrong|incorrect|inaccurate|out of date|outdated|misspel\w*"
        r"|misspelt|not correct|not right|spelled wrong|spelt wrong)",
        {},
    ),
    (Right.RECTIFICATION, rf"my {_EN_FIELDS} (?:has|have) changed", {}),
    (Right.RECTIFICATION, rf"(?:my )?new {_EN_FIELDS} is", {}),
    (Right.RECTIFICATION, r"i(?:['’]ve| have) moved", {}),
    (
        Right.RECTIFICATION,
        r"(?:thay|doi|sua|cap nhat|chuyen)(?: \w+){0,2}? (?:bang|thanh|sang)"
        r" (?:so|dia chi|email|ten|sdt)(?: \w+)? moi",
        {},
    ),
    (Right.RECTIFICATION, r"sua thanh", {}),
    (
        Right.RECTIFICATION,
        rf"(?:have|has|shows?|lists?) my (?:old|previous|former|maiden) {_EN_FIELDS}",
        {},
    ),
    (
        Right.RECTIFICATION,
        rf"(?:spelled|spelt|written|got|have) my {_EN_FIELDS} (?:wrong|incorrectly|incorrect)",
        {},
    ),
    (Right.RECTIFICATION, r"(?:spelling of my|misspelled|misspelt|typo in my)", {}),
    # Restriction.
    (Right.RESTRICTION, r"han che", {"negatable": True}),
    (
        Right.RESTRICTION,
        r"tam (?:ngung|dung|hoan) (?:(?:moi|viec|toan bo) )?(?:xu ly|su dung|dung)",
        {},
    ),
    (Right.RESTRICTION, r"(?:khoa tam(?: thoi)?|tam khoa|chi (?:luu|luu tru|luu giu))", {}),
    (Right.RESTRICTION, r"(?:restrict|restricting|restriction)", {"negatable": True}),
    (Right.RESTRICTION, r"(?:limit|suspend|pause) (?:the )?(?:use|processing)", {}),
    (Right.RESTRICTION, r"limit (?:how|the way) you (?:use|process)", {}),
    (Right.RESTRICTION, r"(?:put|place|keep) (?:a )?hold on", {}),
    (
        Right.RESTRICTION,
        r"(?:don['’]t|do not|stop) (?:use|using|process|processing) (?:it|them|my \w+)"
        r"(?: \w+){0,4}? (?:until|while|for now|pending)",
        {},
    ),
    (Right.RESTRICTION, r"freeze (?:my |all )?(?:data|du lieu|information|thong tin)", {}),
    # Consent withdrawal (before objection: "không đồng ý nữa" must not read as objection).
    (Right.CONSENT_WITHDRAWAL, r"rut (?:lai )?(?:su )?(?:dong y|chap thuan|consent)", {}),
    (Right.CONSENT_WITHDRAWAL, r"thu hoi (?:su )?(?:dong y|chap thuan)", {}),
    (Right.CONSENT_WITHDRAWAL, r"huy (?:bo )?(?:su )?dong y", {}),
    (Right.CONSENT_WITHDRAWAL, rf"{_VI_NOT} (?:con )?dong y nua", {}),
    (Right.CONSENT_WITHDRAWAL, rf"{_VI_NOT} con dong y", {}),
    (
        Right.CONSENT_WITHDRAWAL,
        r"(?:withdraw|withdrawing|withdrawal of|revoke|revoking|take back|taking back"
        r"|rescind|rescinding)(?: \w+){0,2}? (?:consents?|permissions?|authori[sz]ations?)",
        {},
    ),
    (Right.CONSENT_WITHDRAWAL, r"no longer (?:give )?(?:my )?consent", {}),
    (Right.CONSENT_WITHDRAWAL, r"consent (?:is |as )?(?:withdrawn|revoked|cancelled)", {}),
    (
        Right.CONSENT_WITHDRAWAL,
        r"(?:withdraw\w*|revok\w*) (?:(?:su|cai) )?(?:dong y|chap thuan)",
        {},
    ),
    # "không đồng ý cho công ty dùng dữ liệu của tôi nữa": "nữa" (any more) makes it a
    # withdrawal, not a refusal of new terms.
    (Right.CONSENT_WITHDRAWAL, rf"{_VI_NOT} (?:con )?dong y(?: \w+){{1,10}}? nua", {}),
    # Objection, including opting out of marketing.
    (Right.OBJECTION, r"phan doi", {"negatable": True}),
    (
        Right.OBJECTION,
        r"(?:ngung|dung|khong) (?:gui|nhan)(?: them)? (?:quang cao|email|"
        r"thu|tin nhan|tin|ban tin|sms)",
        {"reject": _HOMOGRAPH_OF_DUNG},
    ),
    (
        Right.OBJECTION,
        rf"(?:ngung|dung|{_VI_NOT}|thoi) (?:xu ly|su dung|dung|process|use)(?: \w+){{0,2}}? "
        r"(?:du lieu|thong tin|data)",
        {"if_temporary": Right.RESTRICTION},
    ),
    (
        Right.OBJECTION,
        rf"(?:ngung|dung|{_VI_NOT}|thoi|khoi) (?:\w+ )?(?:goi dien|goi cho|goi {_ME}"
        r"|nhan tin|lam phien|lien lac|spam)",
        {"reject": _HOMOGRAPH_OF_DUNG},
    ),
    (Right.OBJECTION, rf"{_STOP}(?: \w+){{0,5}}? {_MARKETING}", {"reject": _HOMOGRAPH_OF_DUNG}),
    (
        Right.OBJECTION,
        rf"{_MARKETING}(?:,? \w+){{0,6}}?,? {_STOP}",
        {"reject": _HOMOGRAPH_OF_DUNG},
    ),
    (
        Right.OBJECTION,
        r"(?:go|xoa|bo|loai|rut) (?:\w+ ){0,5}?(?:ra )?khoi danh sach",
        {},
    ),
    (
        Right.OBJECTION,
        r"(?:take|remove|delete) (?:me|my \w+(?: \w+)?) (?:off|from) (?:your |the )?"
        r"(?:mailing|email|marketing|call|calling|contact|distribution|sms|newsletter)"
        r" list",
        {},
    ),
    (Right.OBJECTION, r"huy dang ky(?: nhan)?(?: ban)?(?: tin| email| thu)?", {}),
    (Right.OBJECTION, r"(?:object|objecting|objection)", {"negatable": True}),
    (Right.OBJECTION, r"(?:opt out|opt-out|opting out|unsubscribe|unsubscribing)", {}),
    (
        Right.OBJECTION,
        r"(?:stop|no more) (?:sending|marketing|emailing|contacting|calling|"
        r"texting|advertis\w*|newsletters?|promotions?|spam)",
        {},
    ),
    (
        Right.OBJECTION,
        r"(?:stop|don['’]t|do not|quit) (?:using|use|processing|process) (?:my|our)"
        r" (?:personal )?(?:data|information|info|details)",
        {"if_temporary": Right.RESTRICTION},
    ),
    (Right.OBJECTION, r"do not (?:sell|share|contact|email|call)", {}),
    (
        Right.OBJECTION,
        r"(?:don['’]t|do not) want my (?:personal )?(?:data|information|details|info)"
        r" (?:to be )?(?:used|processed|shared|sold)",
        {},
    ),
)

_CUES: tuple[_Cue, ...] = tuple(
    # (?<!\w) and (?!\w): whole words of the folded text, so "sua" in "suat" never counts.
    _Cue(right, re.compile(rf"(?<![\w-]){spec}(?![\w-])"), **options)
    for right, spec, options in _CUES_SPEC
)

# A reply quotes earlier messages (often the company's own answer, which names every
# right). Lines quoted with ">" are only searched when the new text suggests nothing.
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


@dataclass(frozen=True)
class _Folded:
    """Folded text plus, for every folded character, the index of its original."""

    text: str
    origin: tuple[int, ...]


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    # A request has few distinct characters; folding each once keeps long texts fast.
    return fold(ch)


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
        for out in _fold_char(ch):
            chars.append(out)
            origin.append(index)
    return _Folded("".join(chars), tuple(origin))


# A negation cancels a negatable cue when it is among the three words before it in the
# same clause ("không muốn xoá", "don't want to delete"); "đừng" and "đã" (already:
# "tôi đã xoá ứng dụng" tells, it does not ask) only right before it.
_NEGATIONS = frozenset(
    {"khong", "ko", "k", "kh", "hok", "hong", "chang", "dont", "don't", "don’t", "not", "never"}
)
_NEGATIONS_RIGHT_BEFORE = frozenset({"dung", "da"})
_CLAUSE_END = re.compile(r"[.,;:!?()\n]")
_WORD = re.compile(r"[\w'’]+")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_TEMPORARY = re.compile(
    r"(?<!\w)(?:tam|tam thoi|trong luc|trong khi|cho den khi|den khi|cho toi khi"
    r"|chi luu|chi luu tru|chi luu giu|until|while|temporarily|for now|pending"
    r"|in the meantime|meanwhile|only (?:store|keep))(?!\w)"
)


def _negated(folded_before: str) -> bool:
    clause = _CLAUSE_END.split(folded_before)[-1]
    words = _WORD.findall(clause)[-3:]
    if any(word in _NEGATIONS for word in words):
        return True
    return bool(words) and words[-1] in _NEGATIONS_RIGHT_BEFORE


def _temporary(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` says "for now", "until", "only keep"."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    sentence = text[before[-1] if before else 0 : after.start() if after else len(text)]
    return _TEMPORARY.search(fold(sentence)) is not None


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
            if cue.reject is not None and cue.reject.search(evidence.casefold()):
                continue
            if cue.negatable and _negated(folded.text[: match.start()]):
                continue
            right = cue.right
            if cue.if_temporary is not None and _temporary(text, start, end):
                right = cue.if_temporary
            found.append((start, right, evidence))
            break  # the first match of a cue is enough
    return found


def _first_per_right(found: list[tuple[int, Right, str]]) -> list[RightSuggestion]:
    earliest: dict[Right, tuple[int, str]] = {}
    for position, right, evidence in found:
        if right not in earliest or position < earliest[right][0]:
            earliest[right] = (position, evidence)
    ordered = sorted(earliest.items(), key=lambda item: item[1][0])
    return [RightSuggestion(right, evidence) for right, (_, evidence) in ordered]


# A request states what it asks for near the start; what follows a long way down is a
# signature, a forwarded chain or an attachment pasted in. Reading only this much keeps
# the suggestion fast (about a second at worst) however large the email is.
_SUBJECT_READ_AT_MOST = 1_000
_BODY_READ_AT_MOST = 50_000


def suggest_rights(subject: str, body: str) -> list[RightSuggestion]:
    """The rights a request seems to ask for, in order of first mention, each once.

    The subject counts as coming before the body. Quoted lines of a reply chain are
    ignored unless nothing else suggests a right. Only the start of a very long subject
    or body is read.
    """
    subject = subject[:_SUBJECT_READ_AT_MOST]
    body = body[:_BODY_READ_AT_MOST]
    unquoted = f"{subject}\n{_QUOTED_LINE.sub('', body)}"
    suggestions = _first_per_right(_matches(unquoted))
    if suggestions:
        return suggestions
    return _first_per_right(_matches(f"{subject}\n{body}"))
