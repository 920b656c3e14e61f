"""Parse a real-world .eml file into what a privacy request needs.

Mail arrives from every kind of client: Vietnamese in UTF-8 or windows-1258 (base
letters plus combining tone marks), wrong or unknown charset labels, broken RFC 2047
words, HTML-only bodies, forwarded messages, dates that cannot exist. The parser
never gives up on a real email because of one bad part: it decodes what it can and
falls back (UTF-8, then windows-1258, then latin-1). Input that is not an email at all
is refused with a one-line ``ValidationError`` that names the problem, never the data.

Nothing here logs: everything in an email is personal data.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.parser import BytesParser
from email.policy import Compat32
from email.utils import getaddresses, parsedate_to_datetime
from enum import StrEnum
from html.parser import HTMLParser

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.language import Language, guess_language
from clb4u_desk.domain.text import nfc

# --- limits (stated in docs/email-intake.md) ------------------------------------------
# Checked by a linear scan before the standard parser sees the bytes: that parser
# recurses per nested part and per nested parenthesis, and is slow on huge headers.
MAX_EML_BYTES = 25 * 1024 * 1024  # the largest mail most providers accept
MAX_HEADER_BLOCK_BYTES = 256 * 1024  # all header lines of one message or part
MAX_HEADER_BYTES = 64 * 1024  # one header, continuation lines included
MAX_MIME_HEADER_BYTES = 8 * 1024  # one Content-* header (type, name, encoding of a part)
MAX_MIME_PARAMETERS = 32  # ";" in one Content-* header (a long file name takes about 15)
MAX_MIME_DEPTH = 20  # nested multiparts and forwarded messages
MAX_MIME_PARTS = 200  # a support request with more parts is no support request
MAX_HEADER_NESTING = 20  # parentheses (comments) inside one header
MAX_NOTE_EXCERPT = 20_000  # characters of the body kept in the case note
BODY_ATTACHMENT_NAME = "email-body.txt"  # the whole body, when the note holds an excerpt
MAX_NAME_LENGTH = 120
_FUTURE_TOLERANCE = timedelta(days=1)  # clock skew of the sender still counts as plausible
_EARLIEST_YEAR = 1990

FORWARD_SEPARATOR = "---------- Forwarded message ----------"


class DateNote(StrEnum):
    """Why the time of receipt was used instead of the email's Date header."""

    MISSING = "missing"  # no Date header at all
    IMPOSSIBLE = "impossible"  # unreadable, a date that does not exist, or far in the future


@dataclass(frozen=True, repr=False)
class ParsedAttachment:
    """One attached file. ``display_name`` is for display only, never a path."""

    display_name: str
    content_type: str
    size: int
    sha256: str  # hex
    data: bytes

    def __repr__(self) -> str:  # no file name or content: both can be personal data
        return f"ParsedAttachment(content_type={self.content_type!r}, size={self.size})"


@dataclass(frozen=True, repr=False)
class ParsedEmail:
    """The parts of an email a request is made from. All text is NFC."""

    from_address: str  # lower-cased
    from_name: str  # decoded; "" when the sender gave none
    reply_to: str | None  # lower-cased
    to: tuple[str, ...]  # lower-cased addresses
    subject: str
    date: datetime  # aware, UTC
    date_note: DateNote | None  # None when ``date`` is the email's own Date header
    message_id: str | None
    body_text: str  # plain text; forwarded messages included after FORWARD_SEPARATOR
    language: Language
    attachments: tuple[ParsedAttachment, ...]
    forwarded: bool  # the body contains a forwarded message (the sender is still the requester)

    def __repr__(self) -> str:  # no personal data in logs or tracebacks
        return (
            f"ParsedEmail(language={self.language!r}, attachments={len(self.attachments)}, "
            f"forwarded={self.forwarded}, date_note={self.date_note!r})"
        )


# --- charsets -----------------------------------------------------------------------

_MULTIBYTE_PREFIXES = (
    "utf",
    "big5",
    "gb",
    "hz",
    "shift",
    "euc",
    "iso2022",
    "cp932",
    "cp949",
    "cp950",
    "johab",
)
# Codecs Python knows that are no mail charset and would misread the bytes.
_REFUSED_CODECS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode"})


def _codec(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None when unknown or unusable."""
    if not label:
        return None
    name = label.strip().strip("\"'").split("*", 1)[0].strip().lower()
    try:
        codec = codecs.lookup(name).name
    except (LookupError, ValueError, TypeError):
        return None
    return None if codec in _REFUSED_CODECS else codec


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError, ValueError, TypeError):
        return None


def _decode_truncated_utf8(data: bytes) -> str | None:
    """UTF-8 whose only fault is an incomplete last character (a cut RFC 2047 word).

    At least two bytes of the cut character must be there: one trailing lead byte is
    just as likely a single-byte letter under a wrong label ("caf\xe9").
    """
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeError:
        return None
    return text if len(data) - len(text.encode("utf-8")) >= 2 else None


def decode_bytes(data: bytes, label: str | None) -> str:
    """Decode text whatever its label says; never raises.

    Valid UTF-8 with non-ASCII bytes under a single-byte label (latin-1, windows-125x,
    ascii) is a wrong label: real single-byte text is practically never valid UTF-8.
    """
    codec = _codec(label)
    if codec is not None and codec.startswith(("utf-16", "utf-32")):
        wide = _try_decode(data, codec)
        if wide is not None:
            return wide
    if data.isascii():
        return data.decode("ascii")
    single_byte = codec is None or not codec.startswith(_MULTIBYTE_PREFIXES)
    candidates = (["utf-8"] if single_byte else []) + ([codec] if codec else [])
    for candidate in (*candidates, "utf-8"):
        text = _try_decode(data, candidate)
        if text is not None:
            return text
    # Only text labelled UTF-8 may lose a cut last character; unlabelled text ending in
    # a byte that would start a UTF-8 sequence is windows-1258 ("Ha\xcc" is "Hà").
    truncated = _decode_truncated_utf8(data) if codec == "utf-8" else None
    if truncated is not None:
        return truncated
    return _try_decode(data, "cp1258") or data.decode("latin-1")


def _raw_bytes(text: str) -> bytes:
    """The original bytes of a header the parser decoded with surrogateescape."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace")


# --- headers ------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_FOLD = re.compile(r"\r?\n(?=[ \t])|\r(?=[ \t])")
_WHITESPACE = re.compile(r"\s+")


def _decode_word_payload(encoding: str, payload: str) -> bytes:
    """The bytes of one encoded word; broken base64 is repaired as far as possible."""
    raw = _raw_bytes(payload)
    if encoding in "qQ":
        return binascii.a2b_qp(raw, header=True)
    cleaned = _BASE64_JUNK.sub(b"", raw)
    cleaned = cleaned[: len(cleaned) - len(cleaned) % 4] if len(cleaned) % 4 == 1 else cleaned
    padded = cleaned + b"=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(padded)
    except (binascii.Error, ValueError):
        return b""


# Unicode categories Cc (control) and Cs (surrogate): a regular expression is linear and
# fast even on a body of many megabytes, where a loop per character is not.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _clean_line(text: str) -> str:
    """One line of display text: NFC, no control characters, single spaces."""
    text = _CONTROL_CHARACTERS.sub("", text.replace("\r", " ").replace("\n", " "))
    return nfc(_WHITESPACE.sub(" ", text).strip())


def decode_header_text(raw: str) -> str:
    """Decode a header value: RFC 2047 words (even broken ones) and raw 8-bit text.

    Adjacent words in the same charset are joined before decoding, because mailers
    split multi-byte characters across words.
    """
    raw = _FOLD.sub("", raw)
    pieces: list[tuple[str | None, bytes]] = []  # (charset label, bytes); None: raw text
    position = 0
    for match in _ENCODED_WORD.finditer(raw):
        between = raw[position : match.start()]
        after_word = bool(pieces) and pieces[-1][0] is not None
        if between and not (between.isspace() and after_word):
            pieces.append((None, _raw_bytes(between)))
        label = match.group(1)
        data = _decode_word_payload(match.group(2), match.group(3))
        last = pieces[-1] if pieces else None
        if last is not None and last[0] is not None and last[0].lower() == label.lower():
            pieces[-1] = (last[0], last[1] + data)
        else:
            pieces.append((label, data))
        position = match.end()
    if position < len(raw):
        pieces.append((None, _raw_bytes(raw[position:])))
    return _clean_line("".join(decode_bytes(data, label) for label, data in pieces))


def _raw_header(message: Message, name: str) -> str | None:
    """The first raw value of a header (the headers stay raw text: see _RawHeaderPolicy)."""
    wanted = name.lower()
    for key, value in message.raw_items():
        if key.lower() == wanted:
            return str(value)
    return None


def _valid_address(address: str) -> bool:
    local, at, domain = address.rpartition("@")
    return (
        bool(at and local and domain)
        and len(address) <= 254
        and not any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cs") for ch in address)
    )


def _addresses(raw: str | None) -> list[tuple[str, str]]:
    """(decoded display name, lower-cased address) for every valid address in a header."""
    if raw is None:
        return []
    try:
        pairs = getaddresses([_FOLD.sub("", raw)])
    except (ValueError, TypeError, IndexError):
        return []
    found: list[tuple[str, str]] = []
    for name, address in pairs:
        decoded = _clean_line(decode_bytes(_raw_bytes(address), None)).lower()
        if _valid_address(decoded):
            found.append((decode_header_text(name), decoded))
    return found


# --- dates --------------------------------------------------------------------------


def _as_utc(moment: datetime) -> datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _date(raw: str | None, fallback: datetime) -> tuple[datetime, DateNote | None]:
    if raw is None or not raw.strip():
        return fallback, DateNote.MISSING
    try:
        parsed = _as_utc(parsedate_to_datetime(decode_header_text(raw)))
    except (ValueError, TypeError, IndexError, OverflowError):
        return fallback, DateNote.IMPOSSIBLE
    if parsed.year < _EARLIEST_YEAR or parsed > fallback + _FUTURE_TOLERANCE:
        return fallback, DateNote.IMPOSSIBLE
    return parsed, None


# --- HTML ---------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "ul",
        "ol",
        "pre",
        "address",
        "dl",
        "dt",
        "dd",
        "form",
        "title",
    }
)
_SKIPPED_TAGS = frozenset({"script", "style", "head", "template", "noscript", "svg"})


class _HtmlText(HTMLParser):
    """Readable text of an HTML body: scripts and styles dropped, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skipping: list[str] = []
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping.append(tag)
        elif tag == "pre":
            self._pre += 1
        if tag == "li":
            self.chunks.append("\n- ")
        elif tag in ("td", "th"):
            self.chunks.append(" ")
        elif tag in _BLOCK_TAGS:
            self.chunks.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED_TAGS:  # <script/> opens nothing to skip
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            if tag in self._skipping:
                while self._skipping and self._skipping.pop() != tag:
                    pass
            return
        if tag == "pre":
            self._pre = max(0, self._pre - 1)
        if tag in _BLOCK_TAGS and tag != "li":  # the next <li> starts its own line
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        self.chunks.append(data if self._pre else _WHITESPACE.sub(" ", data))


_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """Readable plain text of an HTML document (stdlib only)."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except (ValueError, AssertionError, IndexError):
        pass  # keep what was read before the markup broke
    lines = (line.strip() for line in "".join(parser.chunks).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


# --- body and attachments -----------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?")
_INLINE_FORWARD = re.compile(
    # "Original Message" is left out: Outlook writes it above replies too.
    r"^[ \t]*(?:-{3,}[ \t]*(?:forwarded message|tin nhắn được chuyển tiếp|thư được chuyển tiếp|"
    r"thư đã chuyển tiếp|thư chuyển tiếp)\s*-{3,}|begin forwarded message:)",
    re.IGNORECASE | re.MULTILINE,
)


def _clean_body(text: str) -> str:
    """NFC, LF line ends, no control characters except tab and newline, no BOM."""
    text = _NEWLINES.sub("\n", text).replace("\ufeff", "")
    return nfc(_CONTROL_CHARACTERS.sub("", text)).strip()


def _content_type(part: Message) -> str:
    try:
        return part.get_content_type()
    except (ValueError, TypeError, IndexError, AttributeError):
        return "application/octet-stream"


def _payload_bytes(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError, IndexError, AssertionError):
        return b""
    return payload if isinstance(payload, bytes) else b""


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except (ValueError, TypeError, LookupError, IndexError, AttributeError):
        return None


def _part_text(part: Message, content_type: str) -> str:
    text = _clean_body(decode_bytes(_payload_bytes(part), _charset(part)))
    return html_to_text(text) if content_type == "text/html" else text


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except (ValueError, TypeError, IndexError, AttributeError):
        return None


def _filename(part: Message) -> str | None:
    """The attachment's name as given (RFC 2231 and RFC 2047 decoded), or None."""
    try:
        name = part.get_filename() or part.get_param("name")
    except (ValueError, TypeError, LookupError, IndexError, AttributeError):
        return None
    if isinstance(name, tuple):  # an RFC 2231 triple the policy left undecoded
        name = decode_bytes(_raw_bytes(name[2]), name[0])
    if not isinstance(name, str) or not name.strip():
        return None
    return decode_header_text(name)


# A fixed table, not ``mimetypes``: that one reads the system's tables and differs by OS.
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "text/plain": ".txt",
    "text/html": ".html",
    "message/rfc822": ".eml",
}
_UNSAFE_NAME_CHARS = re.compile(r'[<>:"|?*]')
_WINDOWS_DEVICES = re.compile(r"^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)", re.IGNORECASE)


def sanitize_filename(name: str | None, content_type: str, index: int) -> str:
    """A name safe to show and to offer as a default when saving; never used as a path.

    Only the last path component is kept, control and bidi-override characters are
    removed (a right-to-left override can disguise ``exe.pdf``), and the length is limited
    with the extension kept.
    """
    text = nfc(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    text = _UNSAFE_NAME_CHARS.sub("_", _WHITESPACE.sub(" ", text)).strip(" .")
    if _WINDOWS_DEVICES.match(text):
        text = f"_{text}"
    if not text:
        extension = _EXTENSIONS.get(content_type, ".bin")
        text = f"attachment-{index}{extension}"
    if len(text) > MAX_NAME_LENGTH:
        stem, dot, extension = text.rpartition(".")
        if dot and 0 < len(extension) <= 10:
            text = f"{stem[: MAX_NAME_LENGTH - len(extension) - 1].rstrip()}.{extension}"
        else:
            text = text[:MAX_NAME_LENGTH].rstrip()
    return text


@dataclass
class _Collected:
    texts: list[str]
    attachments: list[ParsedAttachment]
    forwarded: bool = False


def _add_attachment(part: Message, content_type: str, found: _Collected) -> None:
    data = _payload_bytes(part)
    name = sanitize_filename(_filename(part), content_type, len(found.attachments) + 1)
    digest = hashlib.sha256(data).hexdigest()
    found.attachments.append(ParsedAttachment(name, content_type, len(data), digest, data))


def _subparts(part: Message) -> list[Message]:
    payload = part.get_payload()
    return [sub for sub in payload if isinstance(sub, Message)] if isinstance(payload, list) else []


def _forwarded_text(inner: Message, body: str) -> str:
    """The forwarded message as mail clients show it inline: a header block, then the body."""
    lines = [FORWARD_SEPARATOR]
    for name in ("From", "Date", "Subject", "To"):
        value = _raw_header(inner, name)
        if value is not None:
            lines.append(f"{name}: {decode_header_text(value)}")
    return "\n".join(lines) + "\n\n" + body


def _walk_forward(part: Message, found: _Collected, depth: int) -> None:
    inner = _subparts(part)
    if not inner:  # a message/rfc822 part the parser could not open is kept as a file
        _add_attachment(part, "message/rfc822", found)
        return
    nested = _Collected([], found.attachments)
    _walk(inner[0], nested, depth + 1)
    found.texts.append(_forwarded_text(inner[0], "\n\n".join(t for t in nested.texts if t)))
    found.forwarded = True


def _walk_alternative(parts: list[Message], found: _Collected, depth: int) -> None:
    """Plain text when it has any, else the richest other version (listed last)."""
    plain = [p for p in parts if _content_type(p) == "text/plain"]
    others = [p for p in reversed(parts) if _content_type(p) != "text/plain"]
    for candidate in (*plain, *others):
        trial = _Collected([], [])
        _walk(candidate, trial, depth + 1)
        if any(text.strip() for text in trial.texts):
            found.texts.extend(trial.texts)
            found.attachments.extend(trial.attachments)
            found.forwarded = found.forwarded or trial.forwarded
            return


def _walk(part: Message, found: _Collected, depth: int) -> None:
    if depth > MAX_MIME_DEPTH:
        return
    content_type = _content_type(part)
    if content_type == "message/rfc822":
        _walk_forward(part, found, depth)
    elif part.is_multipart():
        subparts = _subparts(part)
        if content_type == "multipart/alternative":
            _walk_alternative(subparts, found, depth)
        else:
            for sub in subparts:
                _walk(sub, found, depth + 1)
    elif (
        content_type in ("text/plain", "text/html")
        and _disposition(part) != "attachment"
        and _filename(part) is None
    ):
        found.texts.append(_part_text(part, content_type))
    else:
        _add_attachment(part, content_type, found)


# --- is it an email at all? ---------------------------------------------------------

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an Outlook .msg or old Office file (save the mail as .eml instead)",
    ),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
)
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
# Tab, line ends and ESC (ISO-2022-JP headers switch character sets with it) are text.
_CONTROL_BYTES = frozenset(set(range(32)) - {9, 10, 13, 27})


def _as_utf8_if_utf16(data: bytes) -> bytes:
    """Windows tools sometimes save a whole .eml as UTF-16 with a byte-order mark."""
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    try:
        return data.decode("utf-16").encode("utf-8")
    except UnicodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is not an email: it is unreadable UTF-16 text.")
        ) from None


def _email_bytes(data: bytes) -> bytes:
    """The input ready for the parser, or a ValidationError saying why it is no email."""
    if len(data) > MAX_EML_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The file is larger than {megabytes} MB; it is not accepted as an email."
            ),
            megabytes=MAX_EML_BYTES // 2**20,
        )
    data = _as_utf8_if_utf16(data)
    data = data.removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The file is empty; it is not an email."))
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file is {what}, not an email."), what=what
            )
    head = data[: (m.start() if (m := _HEADER_END.search(data, 0, 65536)) else 65536)]
    if sum(1 for byte in head if byte in _CONTROL_BYTES) > len(head) // 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file contains binary data, not an email.")
        )
    if not (_HEADER_LINE.match(data) or data.startswith(b"From ")):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The file does not start with email header lines; it is not an email."
            )
        )
    return data


# --- bounds on the structure --------------------------------------------------------

_ANY_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)?")
_HEADER_START = re.compile(rb"From |[\x21-\x39\x3b-\x7e]*:|[\t ]")  # as the stdlib parser
_CONTINUATION = (b" ", b"\t")
_BOUNDARY_LINE = re.compile(rb"(?<![^\r\n])--")  # "--" at the start of a line
_MIME_TYPE = re.compile(rb"[\s(]*(?:\([^)]*\)\s*)*([!#$&^_.+\w-]+)\s*/", re.ASCII)
_PARENTHESIS = re.compile(rb"[()]")
_BOUNDARY_PARAM = re.compile(rb"""boundary\s*=\s*(?:"([^"]*)"|([^\s;"]+))""", re.IGNORECASE)


def _refuse_too_deep() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The email nests parts or brackets more than {depth} levels deep; it is not accepted.",
        ),
        depth=MAX_MIME_DEPTH,
    )


def _paren_depth(value: bytes) -> int:
    """The deepest nesting of parentheses (escapes ignored: that only errs on the safe side)."""
    depth = deepest = 0
    for bracket in _PARENTHESIS.findall(value):
        depth = depth + 1 if bracket == b"(" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest


def _check_header(header: bytes) -> None:
    # The parser reads a part's Content-* headers several times, and its cost grows with
    # the product of their length and their number of parameters.
    structural = header[:8].lower() == b"content-"
    limit = MAX_MIME_HEADER_BYTES if structural else MAX_HEADER_BYTES
    if len(header) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An email header is longer than {kilobytes} KB; it is not accepted."
            ),
            kilobytes=limit // 1024,
        )
    if structural and header.count(b";") > MAX_MIME_PARAMETERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "An email header has more than {count} parameters; it is not accepted."
            ),
            count=MAX_MIME_PARAMETERS,
        )
    if _paren_depth(header) > MAX_HEADER_NESTING:
        raise _refuse_too_deep()


def _header_block(data: bytes, position: int) -> tuple[bytes | None, int]:
    """The Content-Type of the header block at ``position`` and where its body starts.

    Every header and the block as a whole are checked against the limits on the way.
    """
    start, content_type = position, None
    header = b""
    while position < len(data):
        line = _ANY_LINE.match(data, position)
        assert line is not None  # the pattern matches the empty string
        text = line.group()
        if not text.strip(b"\r\n") or not _HEADER_START.match(text):
            if not text.strip(b"\r\n"):
                position = line.end()  # the blank line belongs to the header block
            break
        if text.startswith(_CONTINUATION):
            header += text
        else:
            _check_header(header)
            header = text
        if header[:13].lower() == b"content-type:":
            content_type = header  # the last one counts, as in the stdlib parser
        position = line.end()
        if position - start > MAX_HEADER_BLOCK_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The headers of the email or of one of its parts are larger than "
                    "{kilobytes} KB; it is not accepted.",
                ),
                kilobytes=MAX_HEADER_BLOCK_BYTES // 1024,
            )
    _check_header(header)
    return (None if content_type is None else content_type[13:]), position


def _check_structure(data: bytes) -> None:
    """Refuse too-deep, too-many-part or oversized-header input before it is parsed.

    A linear walk that finds parts the way the stdlib parser does (boundary lines of
    every open multipart, message/* bodies that start with headers); it only has to
    see at least as much nesting as the parser would.
    """
    boundaries: list[tuple[bytes, int]] = []  # open multiparts: (delimiter, depth)
    position, depth, parts = 0, 0, 1
    while True:
        if depth > MAX_MIME_DEPTH:
            raise _refuse_too_deep()
        content_type, position = _header_block(data, position)
        kind = _MIME_TYPE.match(content_type) if content_type else None
        maintype = kind.group(1).lower() if kind else b"text"
        if maintype == b"message":
            depth += 1  # the body is a message: its headers come next
            continue
        boundary = _BOUNDARY_PARAM.search(content_type or b"") if maintype == b"multipart" else None
        if boundary is not None:
            boundaries.append((b"--" + (boundary.group(1) or boundary.group(2) or b""), depth))
        found = _next_part(data, position, boundaries)
        if found is None:
            return
        position, depth = found
        parts += 1
        if parts > MAX_MIME_PARTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The email has more than {parts} parts; it is not accepted."
                ),
                parts=MAX_MIME_PARTS,
            )


def _next_part(
    data: bytes, position: int, boundaries: list[tuple[bytes, int]]
) -> tuple[int, int] | None:
    """Where the next part's headers start and its depth; closes ended multiparts."""
    while boundaries:
        candidate = _BOUNDARY_LINE.search(data, position)
        if candidate is None:
            return None
        line = _ANY_LINE.match(data, candidate.start())
        assert line is not None
        position = max(line.end(), candidate.start() + 2)
        text = line.group().rstrip(b"\r\n").rstrip(b" \t")
        for level in range(len(boundaries) - 1, -1, -1):
            delimiter, depth = boundaries[level]
            if text == delimiter:
                del boundaries[level + 1 :]
                return position, depth + 1
            if text == delimiter + b"--":
                del boundaries[level:]
                break
    return None


# --- the whole message --------------------------------------------------------------


class _RawHeaderPolicy(Compat32):
    """Header values stay the raw text (8-bit bytes surrogate-escaped).

    The modern policy parses a structured header on every access with a parser that is
    recursive and quadratic on some input (60 KB of quotes in a Content-Type took
    minutes); the old one turns 8-bit header bytes into replacement characters. This
    module decodes header text itself.
    """

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


_RAW_HEADERS = _RawHeaderPolicy()


def _excerpt(body: str) -> tuple[str, tuple[ParsedAttachment, ...]]:
    """The body for the case note and, when it is too long for one, the whole as a file."""
    if len(body) <= MAX_NOTE_EXCERPT:
        return body, ()
    data = body.encode("utf-8")
    whole = ParsedAttachment(
        BODY_ATTACHMENT_NAME, "text/plain", len(data), hashlib.sha256(data).hexdigest(), data
    )
    return f"{body[:MAX_NOTE_EXCERPT].rstrip()}\n[…]", (whole,)


def parse_eml(data: bytes, *, received_fallback: datetime) -> ParsedEmail:
    """Parse one .eml file.

    ``received_fallback`` (the time of receipt; naive means UTC) is used when the Date
    header is missing or impossible, and ``date_note`` says which. The outer sender is the
    requester, also when the email forwards someone else's message.

    Raises ValidationError (one line, no personal data) when the input is not an email
    or names no sender.
    """
    data = _email_bytes(data)
    _check_structure(data)
    try:
        message = BytesParser(policy=_RAW_HEADERS).parsebytes(data)
        senders = _addresses(_raw_header(message, "From"))
        found = _Collected([], [])
        if senders:
            _walk(message, found, 0)
    except RecursionError:  # the scan should have refused it; never a crash all the same
        raise _refuse_too_deep() from None
    if not senders:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The email has no valid sender (From) address.")
        )
    from_name, from_address = senders[0]
    full_body = "\n\n".join(text for text in found.texts if text)
    body, whole_body = _excerpt(full_body)
    subject = decode_header_text(_raw_header(message, "Subject") or "")
    date, date_note = _date(_raw_header(message, "Date"), _as_utc(received_fallback))
    reply_to = _addresses(_raw_header(message, "Reply-To"))
    message_id = decode_header_text(_raw_header(message, "Message-ID") or "")
    return ParsedEmail(
        from_address=from_address,
        from_name=from_name,
        reply_to=reply_to[0][1] if reply_to else None,
        to=tuple(address for _, address in _addresses(_raw_header(message, "To"))),
        subject=subject,
        date=date,
        date_note=date_note,
        message_id=message_id or None,
        body_text=body,
        language=guess_language(f"{subject}\n{body}"),
        attachments=(*whole_body, *found.attachments),
        forwarded=found.forwarded or bool(_INLINE_FORWARD.search(full_body)),
    )
