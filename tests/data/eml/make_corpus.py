"""Write the .eml test corpus and its expectations (expected.json) next to this file.

Run once after changing a case: ``uv run python tests/data/eml/make_corpus.py``. Every
message is built byte by byte (not with ``email.generator``) so that each one keeps the
exact encoding quirk it is meant to test. All people and addresses are fictional.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import quopri
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
CRLF = b"\r\n"
LF = b"\n"

TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
TINY_PNG = binascii.unhexlify(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63600000000200015ce2a4a90000000049454e44ae426082"
)
TINY_DOCX = b"PK\x03\x04" + bytes(range(60))

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Vietnamese as windows-1258 writes it: base letter (â ê ô ă ơ ư đ) + tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in decomposed if m in _TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def b_word(text: str | bytes, charset: str = "utf-8") -> str:
    raw = text if isinstance(text, bytes) else text.encode(charset)
    return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="


def q_word(text: str | bytes, charset: str = "utf-8") -> str:
    raw = text if isinstance(text, bytes) else text.encode(charset)
    encoded = "".join(
        chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else f"={b:02X}") for b in raw
    )
    return f"=?{charset}?Q?{encoded}?="


def qp(data: bytes) -> bytes:
    return quopri.encodestring(data)


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def message(headers: list[tuple[str, str | bytes]], body: bytes, eol: bytes = CRLF) -> bytes:
    """Headers and body with the given line ends (body line ends are converted too)."""
    lines = []
    for name, value in headers:
        raw = value if isinstance(value, bytes) else value.encode("ascii")
        lines.append(name.encode("ascii") + b": " + raw)
    text_body = body.replace(CRLF, LF).replace(LF, eol)
    return eol.join(lines) + eol + eol + text_body


def part(headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = b"".join(f"{name}: {value}".encode() + LF for name, value in headers)
    return head + LF + body


def multipart(boundary: str, parts: list[bytes]) -> bytes:
    mark = f"--{boundary}".encode("ascii")
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for item in parts:
        chunks.append(mark + LF + item.rstrip(LF) + LF)
    chunks.append(mark + b"--" + LF)
    return b"".join(chunks)


def attachment_part(content_type: str, disposition: str, data: bytes) -> bytes:
    return part(
        [
            ("Content-Type", content_type),
            ("Content-Disposition", disposition),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64(data),
    )


def text_part(text: str, charset: str = "utf-8", subtype: str = "plain", cte: str = "qp") -> bytes:
    raw = text.encode(charset)
    encoders: dict[str, Callable[[bytes], bytes]] = {"qp": qp, "base64": b64, "8bit": bytes}
    encoded = encoders[cte](raw)
    cte_name = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit"}[cte]
    return part(
        [
            ("Content-Type", f"text/{subtype}; charset={charset}"),
            ("Content-Transfer-Encoding", cte_name),
        ],
        encoded,
    )


def attachment_info(name: str, content_type: str, data: bytes) -> dict[str, Any]:
    return {
        "display_name": name,
        "content_type": content_type,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


MIME = ("MIME-Version", "1.0")
DATE = ("Date", "Sun, 1 Mar 2026 14:05:00 +0700")
DATE_UTC = "2026-03-01T07:05:00+00:00"

CASES: list[tuple[str, bytes, dict[str, Any]]] = []


def case(name: str, data: bytes, **expected: Any) -> None:
    CASES.append((name, data, expected))


def accepted(name: str, data: bytes, **expected: Any) -> None:
    expected.setdefault("date", DATE_UTC)
    expected.setdefault("date_note", None)
    expected.setdefault("attachments", [])
    expected.setdefault("forwarded", False)
    expected.setdefault("body_contains", [])
    expected.setdefault("body_excludes", [])
    case(name, data, rejected=False, **expected)


def rejected(name: str, data: bytes, error_contains: str) -> None:
    case(name, data, rejected=True, error_contains=error_contains)


def build() -> None:
    # 01: UTF-8 quoted-printable, B-encoded subject and name, mixed-case address.
    body = "Kính gửi CLB4U,\n\nTôi yêu cầu xoá dữ liệu cá nhân của tôi.\n\nNguyễn Thị Ánh\n"
    accepted(
        "01_utf8_qp_vi_erasure.eml",
        message(
            [
                ("From", f"{b_word('Nguyễn Thị Ánh')} <Anh.Nguyen@Example.VN>"),
                ("To", "privacy@clb4u.example.vn"),
                ("Subject", b_word("Yêu cầu xóa dữ liệu")),
                DATE,
                ("Message-ID", "<c01@mail.example.vn>"),
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(body.encode()),
        ),
        from_address="anh.nguyen@example.vn",
        from_name="Nguyễn Thị Ánh",
        subject="Yêu cầu xóa dữ liệu",
        rights=["erasure"],
        language="vi",
        message_id="<c01@mail.example.vn>",
        to=["privacy@clb4u.example.vn"],
        body_contains=["Tôi yêu cầu xoá dữ liệu cá nhân của tôi."],
    )
    # 02: UTF-8 base64 body.
    body = "Chào anh/chị,\nTôi muốn xem dữ liệu cá nhân mà công ty đang lưu và nhận một bản sao.\n"
    accepted(
        "02_utf8_base64_vi_access_copy.eml",
        message(
            [
                ("From", "Lê Văn Bình <binh.le@example.vn>".encode()),
                ("Subject", b_word("Xem dữ liệu của tôi")),
                DATE,
                MIME,
                ("Content-Type", 'text/plain; charset="UTF-8"'),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64(body.encode()),
        ),
        from_address="binh.le@example.vn",
        from_name="Lê Văn Bình",
        subject="Xem dữ liệu của tôi",
        rights=["access", "copy"],
        language="vi",
        body_contains=["công ty đang lưu và nhận một bản sao"],
    )
    # 03: windows-1258 with combining tone marks, Q-encoded windows-1258 headers.
    body = (
        "Kính gửi CLB4U,\nTôi là Trần Văn Đức. Tôi muốn rút lại sự đồng ý nhận quảng cáo "
        "và yêu cầu hạn chế xử lý dữ liệu của tôi.\n"
    )
    accepted(
        "03_cp1258_combining_marks.eml",
        message(
            [
                ("From", f"{q_word(cp1258('Trần Văn Đức'), 'windows-1258')} <duc.tran@example.vn>"),
                ("Subject", q_word(cp1258("Rút lại sự đồng ý"), "windows-1258")),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=windows-1258"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(cp1258(body)),
        ),
        from_address="duc.tran@example.vn",
        from_name="Trần Văn Đức",
        subject="Rút lại sự đồng ý",
        rights=["consent_withdrawal", "restriction"],
        language="vi",
        body_contains=["Tôi là Trần Văn Đức.", "hạn chế xử lý dữ liệu"],
    )
    # 04: ISO-8859-1 English with accented name.
    body = (
        "Dear CLB4U,\n\nI would like to access my personal data and receive a copy of my "
        "data. I moved to the café street last year.\n\nJosé Müller\n"
    )
    accepted(
        "04_iso8859_1_en_access.eml",
        message(
            [
                ("From", f"{q_word('José Müller', 'iso-8859-1')} <jose.muller@example.com>"),
                ("Subject", "Subject access request"),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=ISO-8859-1"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(body.encode("iso-8859-1")),
        ),
        from_address="jose.muller@example.com",
        from_name="José Müller",
        subject="Subject access request",
        rights=["access", "copy"],
        language="en",
        body_contains=["café street", "José Müller"],
    )
    # 05: UTF-16 body (with BOM), base64.
    body = "Vui lòng sửa địa chỉ email của tôi thành mai.hoang@example.vn.\n"
    accepted(
        "05_utf16_body.eml",
        message(
            [
                ("From", "mai.hoang@example.vn"),
                ("Subject", "Sua thong tin"),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-16"),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64(body.encode("utf-16")),
        ),
        from_address="mai.hoang@example.vn",
        from_name="",
        subject="Sua thong tin",
        rights=["rectification"],
        language="vi",
        body_contains=["Vui lòng sửa địa chỉ email của tôi"],
    )
    # 06: Q-encoded subject split across two words in the middle of a UTF-8 character;
    # Q-encoded name containing a comma.
    subject_bytes = "Hủy đăng ký nhận tin".encode()
    split = subject_bytes.index("đ".encode()) + 1  # inside the two bytes of đ
    subject = f"{q_word(subject_bytes[:split])}\r\n {q_word(subject_bytes[split:])}"
    accepted(
        "06_rfc2047_q_split_character.eml",
        message(
            [
                ("From", f"{q_word('Lê, Hoàng')} <hoang.le@example.vn>"),
                ("Subject", subject),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
            ],
            "Xin cảm ơn.\n".encode(),
        ),
        from_address="hoang.le@example.vn",
        from_name="Lê, Hoàng",
        subject="Hủy đăng ký nhận tin",
        rights=["objection"],
        language="vi",
    )
    # 07: broken encoded words: base64 without padding, a dangling Q "=", a bad charset.
    unpadded = b_word("Yêu cầu xóa tài khoản").rstrip("?=").rstrip("=") + "?="
    accepted(
        "07_broken_encoded_words.eml",
        message(
            [
                ("From", "=?utf-8?Q?Ph=E1=BA=A1m_V=C4=83n_B=?= <b.pham@example.vn>"),
                ("Subject", f"{unpadded} =?no-such-charset?Q?ok?="),
                DATE,
                ("Content-Type", "text/plain; charset=utf-8"),
            ],
            "Xin xóa tài khoản của tôi.\n".encode(),
        ),
        from_address="b.pham@example.vn",
        from_name="Phạm Văn B",
        subject="Yêu cầu xóa tài khoảnok",
        rights=["erasure"],
        language="vi",
    )
    # 08: label says ISO-8859-1, bytes are UTF-8; raw 8-bit UTF-8 subject and name.
    body = "Tôi phản đối việc dùng dữ liệu của tôi để quảng cáo.\n"
    accepted(
        "08_wrong_label_latin1_is_utf8.eml",
        message(
            [
                ("From", "Đỗ Quang Huy <huy.do@example.vn>".encode()),
                ("Subject", "Phản đối quảng cáo".encode()),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=iso-8859-1"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            body.encode(),
        ),
        from_address="huy.do@example.vn",
        from_name="Đỗ Quang Huy",
        subject="Phản đối quảng cáo",
        rights=["objection"],
        language="vi",
        body_contains=["Tôi phản đối việc dùng dữ liệu"],
    )
    # 09: label says UTF-8, bytes are windows-1258.
    body = "Đề nghị công ty xóa toàn bộ dữ liệu của tôi.\n"
    accepted(
        "09_wrong_label_utf8_is_cp1258.eml",
        message(
            [
                ("From", "vy.ngo@example.vn"),
                ("Subject", "De nghi"),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            cp1258(body),
        ),
        from_address="vy.ngo@example.vn",
        from_name="",
        subject="De nghi",
        rights=["erasure"],
        language="vi",
        body_contains=["Đề nghị công ty xóa toàn bộ dữ liệu của tôi."],
    )
    # 10: unknown charset label everywhere.
    accepted(
        "10_unknown_charset.eml",
        message(
            [
                ("From", f"{q_word('Vũ Thị Lan'.encode(), 'x-unknown')} <lan.vu@example.vn>"),
                ("Subject", q_word("Chỉnh sửa ngày sinh".encode(), "x-unknown")),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=x-unknown"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            "Xin chỉnh sửa ngày sinh của tôi.\n".encode(),
        ),
        from_address="lan.vu@example.vn",
        from_name="Vũ Thị Lan",
        subject="Chỉnh sửa ngày sinh",
        rights=["rectification"],
        language="vi",
        body_contains=["Xin chỉnh sửa ngày sinh của tôi."],
    )
    # 11: HTML only, with script, style, entities and lists.
    html = (
        "<html><head><title>Ignored title</title><style>p{color:red}</style></head><body>"
        "<script>alert('x')</script><p>Xin ch&agrave;o,</p><p>T&ocirc;i mu&#7889;n "
        "ch&#7881;nh s&#7917;a h&#7885; t&ecirc;n &amp; &#273;&#7883;a ch&#7881;.</p>"
        "<ul><li>H&#7885; t&ecirc;n m&#7899;i: Tr&#432;&#417;ng Minh</li><li>Q.1</li></ul>"
        "</body></html>"
    )
    accepted(
        "11_html_only.eml",
        message(
            [
                ("From", "minh.truong@example.vn"),
                ("Subject", "Chinh sua ho ten"),
                DATE,
                MIME,
                ("Content-Type", "text/html; charset=us-ascii"),
            ],
            html.encode(),
        ),
        from_address="minh.truong@example.vn",
        from_name="",
        subject="Chinh sua ho ten",
        rights=["rectification"],
        language="vi",
        body_contains=[
            "Xin chào,",
            "Tôi muốn chỉnh sửa họ tên & địa chỉ.",
            "- Họ tên mới: Trương Minh",
        ],
        body_excludes=["alert", "color:red", "<p>", "&amp;", "Ignored title"],
    )
    # 12: multipart/alternative: plain text wins.
    mime = multipart(
        "alt12",
        [
            text_part("Please delete my account and all personal data.\n"),
            text_part("<p>HTMLVERSION Please delete my account.</p>", subtype="html"),
        ],
    )
    accepted(
        "12_multipart_alternative.eml",
        message(
            [
                ("From", "Sam Carter <sam.carter@example.com>"),
                ("Subject", "Account"),
                DATE,
                MIME,
                ("Content-Type", 'multipart/alternative; boundary="alt12"'),
            ],
            mime,
        ),
        from_address="sam.carter@example.com",
        from_name="Sam Carter",
        subject="Account",
        rights=["erasure"],
        language="en",
        body_contains=["Please delete my account and all personal data."],
        body_excludes=["HTMLVERSION"],
    )
    # 13: multipart/alternative whose plain part is empty: the HTML is used.
    mime = multipart(
        "alt13",
        [
            text_part(""),
            text_part("<div>I want to opt out of marketing emails.</div>", subtype="html"),
        ],
    )
    accepted(
        "13_alternative_empty_plain.eml",
        message(
            [
                ("From", "kim.lee@example.com"),
                ("Subject", "Emails"),
                DATE,
                MIME,
                ("Content-Type", "multipart/alternative; boundary=alt13"),
            ],
            mime,
        ),
        from_address="kim.lee@example.com",
        from_name="",
        subject="Emails",
        rights=["objection"],
        language="en",
        body_contains=["I want to opt out of marketing emails."],
    )
    # 14: multipart/mixed with a PDF and an image.
    mime = multipart(
        "mix14",
        [
            text_part("Tôi gửi kèm đơn yêu cầu truy cập dữ liệu và ảnh chụp màn hình.\n"),
            attachment_part(
                'application/pdf; name="don-yeu-cau.pdf"',
                'attachment; filename="don-yeu-cau.pdf"',
                TINY_PDF,
            ),
            attachment_part("image/png", 'inline; filename="screenshot.png"', TINY_PNG),
        ],
    )
    accepted(
        "14_mixed_pdf_and_image.eml",
        message(
            [
                ("From", "Hà My <my.ha@example.vn>".encode()),
                ("Subject", "Đơn yêu cầu".encode()),
                DATE,
                MIME,
                ("Content-Type", "multipart/mixed; boundary=mix14"),
            ],
            mime,
        ),
        from_address="my.ha@example.vn",
        from_name="Hà My",
        subject="Đơn yêu cầu",
        rights=["access"],
        language="vi",
        body_contains=["Tôi gửi kèm đơn yêu cầu truy cập dữ liệu"],
        attachments=[
            attachment_info("don-yeu-cau.pdf", "application/pdf", TINY_PDF),
            attachment_info("screenshot.png", "image/png", TINY_PNG),
        ],
    )
    # 15: hostile attachment names.
    hostile = [
        ('"../../etc/passwd"', "passwd", b"root:x:0:0\n"),
        ('"..\\\\..\\\\Windows\\\\system32\\\\evil.dll"', "evil.dll", b"MZ\x90\x00"),
        ('"invoice\u202efdp.exe"', "invoicefdp.exe", b"MZ"),
        ('"CON.txt"', "_CON.txt", b"con"),
        ('"\x07bell\x1b[31m.txt"', "bell[31m.txt", b"bell"),
        ('"' + "a" * 300 + '.pdf"', "a" * 116 + ".pdf", TINY_PDF),
        ('"/"', "attachment-7.bin", b"slash"),
    ]
    parts = [text_part("Attached are my documents.\n")]
    infos = []
    for raw_name, shown, data in hostile:
        parts.append(
            attachment_part("application/octet-stream", f"attachment; filename={raw_name}", data)
        )
        infos.append(attachment_info(shown, "application/octet-stream", data))
    accepted(
        "15_hostile_attachment_names.eml",
        message(
            [
                ("From", "alex.tester@example.com"),
                ("Subject", "Documents"),
                DATE,
                MIME,
                ("Content-Type", "multipart/mixed; boundary=mix15"),
            ],
            multipart("mix15", parts),
        ),
        from_address="alex.tester@example.com",
        from_name="",
        subject="Documents",
        rights=[],
        language="en",
        attachments=infos,
    )
    # 16: Vietnamese attachment names: RFC 2231 (one and two segments) and RFC 2047.
    rfc2231 = "%C4%90%C6%A1n%20y%C3%AAu%20c%E1%BA%A7u.pdf"
    parts = [
        text_part("Tôi gửi đơn và giấy ủy quyền để xóa dữ liệu của mẹ tôi.\n"),
        attachment_part("application/pdf", f"attachment; filename*=utf-8''{rfc2231}", TINY_PDF),
        attachment_part(
            "image/png",
            "attachment;\n filename*0*=utf-8''%E1%BA%A2nh%20CCCD;\n"
            " filename*1*=%20m%E1%BA%B7t%20tr%C6%B0%E1%BB%9Bc.png",
            TINY_PNG,
        ),
        attachment_part(
            f'application/pdf; name="{b_word("Giấy ủy quyền.pdf")}"',
            f'attachment; filename="{b_word("Giấy ủy quyền.pdf")}"',
            b"%PDF-1.7\n",
        ),
    ]
    accepted(
        "16_vietnamese_attachment_names.eml",
        message(
            [
                ("From", "tam.dinh@example.vn"),
                ("Subject", "Uy quyen"),
                DATE,
                MIME,
                ("Content-Type", "multipart/mixed; boundary=mix16"),
            ],
            multipart("mix16", parts),
        ),
        from_address="tam.dinh@example.vn",
        from_name="",
        subject="Uy quyen",
        rights=["erasure"],
        language="vi",
        attachments=[
            attachment_info("Đơn yêu cầu.pdf", "application/pdf", TINY_PDF),
            attachment_info("Ảnh CCCD mặt trước.png", "image/png", TINY_PNG),
            attachment_info("Giấy ủy quyền.pdf", "application/pdf", b"%PDF-1.7\n"),
        ],
    )
    # 17: forwarded as an attached message/rfc822; the outer sender stays the requester.
    inner = message(
        [
            ("From", "Phạm Minh Châu <chau.pham@example.vn>".encode()),
            ("To", "support@clb4u.example.vn"),
            ("Date", "Fri, 20 Feb 2026 09:00:00 +0700"),
            ("Subject", b_word("Xóa tài khoản")),
            MIME,
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64("Tôi muốn xóa tài khoản của tôi.\n".encode()),
        eol=LF,
    )
    parts = [
        text_part("Gửi lại yêu cầu của tôi ở bên dưới, chưa thấy trả lời.\n"),
        part(
            [
                ("Content-Type", "message/rfc822"),
                ("Content-Disposition", 'attachment; filename="yeu-cau.eml"'),
            ],
            inner,
        ),
    ]
    accepted(
        "17_forwarded_rfc822.eml",
        message(
            [
                ("From", "Châu Phạm <chau.pham.2@example.vn>".encode()),
                ("Subject", b_word("Fwd: Xóa tài khoản")),
                DATE,
                MIME,
                ("Content-Type", "multipart/mixed; boundary=mix17"),
            ],
            multipart("mix17", parts),
        ),
        from_address="chau.pham.2@example.vn",
        from_name="Châu Phạm",
        subject="Fwd: Xóa tài khoản",
        rights=["erasure"],
        language="vi",
        forwarded=True,
        body_contains=[
            "Gửi lại yêu cầu của tôi",
            "---------- Forwarded message ----------",
            "From: Phạm Minh Châu <chau.pham@example.vn>",
            "Subject: Xóa tài khoản",
            "Tôi muốn xóa tài khoản của tôi.",
        ],
    )
    # 18: forwarded inline the way Gmail does it.
    body = (
        "Please see the request below from my father.\n\n"
        "---------- Forwarded message ---------\nFrom: Robert Vance <bob.vance@example.com>\n"
        "Date: Mon, Feb 23, 2026 at 10:00 AM\nSubject: Marketing\nTo: <me@example.com>\n\n"
        "I withdraw my consent to marketing.\n"
    )
    accepted(
        "18_forwarded_inline.eml",
        message(
            [
                ("From", "Phyllis Vance <phyllis.vance@example.com>"),
                ("Subject", "Fwd: Marketing"),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=us-ascii"),
            ],
            body.encode(),
        ),
        from_address="phyllis.vance@example.com",
        from_name="Phyllis Vance",
        subject="Fwd: Marketing",
        rights=["consent_withdrawal"],
        language="en",
        forwarded=True,
        body_contains=["I withdraw my consent to marketing."],
    )
    # 19: LF-only line ends.
    accepted(
        "19_lf_only.eml",
        message(
            [
                ("From", "dana.lf@example.com"),
                ("Subject", "Delete my account"),
                DATE,
                ("Content-Type", "text/plain"),
            ],
            b"Please erase everything.\nThanks\n",
            eol=LF,
        ),
        from_address="dana.lf@example.com",
        from_name="",
        subject="Delete my account",
        rights=["erasure"],
        language="en",
        body_contains=["Please erase everything.\nThanks"],
    )
    # 20: CRLF, Vietnamese typed without diacritics.
    accepted(
        "20_crlf_no_diacritics.eml",
        message(
            [
                ("From", "Tran Quoc Bao <bao.tran@example.vn>"),
                ("Subject", "yeu cau"),
                DATE,
                ("Content-Type", "text/plain"),
            ],
            b"Chao cong ty,\r\ntoi muon xoa du lieu ca nhan va huy dang ky nhan tin.\r\n",
        ),
        from_address="bao.tran@example.vn",
        from_name="Tran Quoc Bao",
        subject="yeu cau",
        rights=["erasure", "objection"],
        language="vi",
        body_contains=["Chao cong ty,\ntoi muon xoa du lieu"],
    )
    # 21-24: dates that cannot be used.
    for name, header, note in (
        ("21_missing_date.eml", None, "missing"),
        ("22_impossible_date_feb30.eml", "Mon, 30 Feb 2026 10:00:00 +0700", "impossible"),
        ("23_garbage_date.eml", "yesterday-ish at teatime", "impossible"),
        ("24_future_date.eml", "Tue, 4 Mar 2031 10:00:00 +0000", "impossible"),
    ):
        headers: list[tuple[str, str | bytes]] = [
            ("From", "date.tester@example.com"),
            ("Subject", "Restrict processing"),
        ]
        if header is not None:
            headers.append(("Date", header))
        accepted(
            name,
            message([*headers, ("Content-Type", "text/plain")], b"Hello.\n"),
            from_address="date.tester@example.com",
            from_name="",
            subject="Restrict processing",
            rights=["restriction"],
            language="en",
            date=None,
            date_note=note,
        )
    # 25: a very long line (20,000 characters, 8bit).
    long_line = ("dữ liệu " * 2400) + "Tôi phản đối."  # still within the note excerpt
    accepted(
        "25_very_long_line.eml",
        message(
            [
                ("From", "long.line@example.vn"),
                ("Subject", "x" * 2000),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            long_line.encode() + b"\n",
        ),
        from_address="long.line@example.vn",
        from_name="",
        subject="x" * 2000,
        rights=["objection"],
        language="vi",
        body_contains=["Tôi phản đối."],
    )
    # 26: no body at all.
    accepted(
        "26_empty_body.eml",
        message([("From", "quiet.person@example.com"), ("Subject", "Unsubscribe"), DATE], b""),
        from_address="quiet.person@example.com",
        from_name="",
        subject="Unsubscribe",
        rights=["objection"],
        language="en",
        body_text="",
    )
    # 27: a reply quoting the company's answer, which names other rights.
    body = (
        "Vâng, xin hãy chỉnh sửa ngày sinh của tôi thành 02/03/1990.\n\n"
        "Vào Th 6, 27 thg 2, 2026 lúc 10:00 CLB4U <privacy@clb4u.example.vn> đã viết:\n"
        "> Chúng tôi đã nhận yêu cầu. Quý khách có quyền xóa dữ liệu,\n"
        "> quyền truy cập dữ liệu và quyền phản đối.\n"
    )
    accepted(
        "27_reply_chain.eml",
        message(
            [
                ("From", "Ngô Bảo Ngọc <ngoc.ngo@example.vn>".encode()),
                ("Subject", "Re: Yêu cầu của quý khách".encode()),
                DATE,
                MIME,
                ("In-Reply-To", "<ack-27@clb4u.example.vn>"),
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            body.encode(),
        ),
        from_address="ngoc.ngo@example.vn",
        from_name="Ngô Bảo Ngọc",
        subject="Re: Yêu cầu của quý khách",
        rights=["rectification"],
        language="vi",
        body_contains=["> quyền truy cập dữ liệu"],
    )
    # 28: "-0000" (no zone information) is read as UTC.
    accepted(
        "28_date_without_zone.eml",
        message(
            [
                ("From", "utc.person@example.com"),
                ("Subject", "Copy of my data"),
                ("Date", "1 Mar 2026 08:30:00 -0000"),
            ],
            b"Send me a copy of my data.\n",
        ),
        from_address="utc.person@example.com",
        from_name="",
        subject="Copy of my data",
        rights=["copy"],
        language="en",
        date="2026-03-01T08:30:00+00:00",
    )
    # 29: decomposed (NFD) UTF-8, as macOS mailers write it.
    nfd = unicodedata.normalize("NFD", "Tôi muốn nhận bản sao dữ liệu của mình.\n")
    accepted(
        "29_nfd_utf8.eml",
        message(
            [
                (
                    "From",
                    f"{b_word(unicodedata.normalize('NFD', 'Đặng Thu Thảo'))} "
                    "<thao.dang@example.vn>",
                ),
                ("Subject", b_word(unicodedata.normalize("NFD", "Bản sao dữ liệu"))),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "base64"),
            ],
            b64(nfd.encode()),
        ),
        from_address="thao.dang@example.vn",
        from_name="Đặng Thu Thảo",
        subject="Bản sao dữ liệu",
        rights=["copy"],
        language="vi",
        body_contains=["Tôi muốn nhận bản sao dữ liệu của mình."],
    )
    # 30: Reply-To, several recipients, Message-ID.
    accepted(
        "30_reply_to_and_recipients.eml",
        message(
            [
                ("From", '"Quinn, Morgan" <Morgan.Quinn@Example.com>'),
                ("Reply-To", "M.Quinn+privacy@Example.org"),
                ("To", "privacy@clb4u.example.vn, Support <SUPPORT@clb4u.example.vn>"),
                ("Cc", "lawyer@example.net"),
                ("Subject", "Data portability"),
                DATE,
                ("Message-ID", " <abc.30@example.com> "),
            ],
            b"I request data portability: export my data to CSV.\n",
        ),
        from_address="morgan.quinn@example.com",
        from_name="Quinn, Morgan",
        reply_to="m.quinn+privacy@example.org",
        to=["privacy@clb4u.example.vn", "support@clb4u.example.vn"],
        subject="Data portability",
        rights=["copy"],
        language="en",
        message_id="<abc.30@example.com>",
    )
    # 31: an mbox "From " line before the headers.
    accepted(
        "31_mbox_from_line.eml",
        b"From mbox.user@example.com Sun Mar  1 07:05:00 2026\n"
        + message(
            [("From", "mbox.user@example.com"), ("Subject", "Stop marketing"), DATE],
            b"Stop sending me newsletters.\n",
            eol=LF,
        ),
        from_address="mbox.user@example.com",
        from_name="",
        subject="Stop marketing",
        rights=["objection"],
        language="en",
    )
    # 32: English request naming several rights.
    accepted(
        "32_en_several_rights.eml",
        message(
            [("From", "Ellen Ripley <e.ripley@example.com>"), ("Subject", "GDPR request"), DATE],
            b"Under the GDPR I ask for data portability and then exercise my right to be "
            b"forgotten. Until then, restrict processing and stop marketing.\n",
        ),
        from_address="e.ripley@example.com",
        from_name="Ellen Ripley",
        subject="GDPR request",
        rights=["copy", "erasure", "restriction", "objection"],
        language="en",
    )
    # 33: Vietnamese objection to marketing, with "sữa" (milk) that is no rectification.
    body = (
        "Vui lòng ngừng gửi quảng cáo sữa qua SMS cho tôi. "
        "Tôi không đồng ý nữa với việc nhận tin.\n"
    )
    accepted(
        "33_vi_stop_marketing.eml",
        message(
            [
                ("From", "phuong.cao@example.vn"),
                ("Subject", b_word("Quảng cáo sữa")),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(body.encode()),
        ),
        from_address="phuong.cao@example.vn",
        from_name="",
        subject="Quảng cáo sữa",
        rights=["objection", "consent_withdrawal"],
        language="vi",
    )
    # 34: mixed > alternative > (plain, related > (html, inline image)) + a .docx.
    related = multipart(
        "rel34",
        [
            text_part("<p>Xin <b>cập nhật thông tin</b> số điện thoại.</p>", subtype="html"),
            part(
                [
                    ("Content-Type", "image/png"),
                    ("Content-ID", "<logo34>"),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                b64(TINY_PNG),
            ),
        ],
    )
    alternative = multipart(
        "alt34",
        [
            text_part("Xin cập nhật thông tin số điện thoại.\n"),
            part([("Content-Type", 'multipart/related; boundary="rel34"')], related),
        ],
    )
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    mime = multipart(
        "mix34",
        [
            part([("Content-Type", 'multipart/alternative; boundary="alt34"')], alternative),
            attachment_part(docx, 'attachment; filename="thong-tin-moi.docx"', TINY_DOCX),
        ],
    )
    accepted(
        "34_nested_multipart.eml",
        message(
            [
                ("From", "nested.user@example.vn"),
                ("Subject", "Cap nhat"),
                DATE,
                MIME,
                ("Content-Type", "multipart/mixed; boundary=mix34"),
            ],
            mime,
        ),
        from_address="nested.user@example.vn",
        from_name="",
        subject="Cap nhat",
        rights=["rectification"],
        language="vi",
        body_contains=["Xin cập nhật thông tin số điện thoại."],
        body_excludes=["<b>"],
        attachments=[attachment_info("thong-tin-moi.docx", docx, TINY_DOCX)],
    )
    # 35: raw 8-bit windows-1258 in the From name, no encoded word.
    accepted(
        "35_raw_cp1258_header.eml",
        message(
            [
                ("From", cp1258("Bùi Thị Hương") + b" <huong.bui@example.vn>"),
                ("Subject", "Rut lai dong y"),
                DATE,
            ],
            b"Toi rut lai su dong y.\n",
        ),
        from_address="huong.bui@example.vn",
        from_name="Bùi Thị Hương",
        subject="Rut lai dong y",
        rights=["consent_withdrawal"],
        language="vi",
    )
    # 36: a UTF-8 byte-order mark and blank lines before the headers.
    accepted(
        "36_bom_and_leading_blank_lines.eml",
        b"\xef\xbb\xbf\r\n\r\n"
        + message(
            [("From", "bom.user@example.com"), ("Subject", "Object"), DATE],
            b"I object to profiling.\n",
        ),
        from_address="bom.user@example.com",
        from_name="",
        subject="Object",
        rights=["objection"],
        language="en",
    )
    # 37: no Subject header.
    accepted(
        "37_no_subject.eml",
        message(
            [
                ("From", "no.subject@example.vn"),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            "Tôi muốn hạn chế xử lý dữ liệu.\n".encode(),
        ),
        from_address="no.subject@example.vn",
        from_name="",
        subject="",
        rights=["restriction"],
        language="vi",
    )
    # 38: quoted-printable soft line breaks inside multi-byte characters.
    text = "Yêu cầu sao chép toàn bộ dữ liệu của tôi sang định dạng CSV.\n".encode()
    soft = b"=\r\n".join(
        b"".join(f"={byte:02X}".encode() for byte in text[i : i + 5])
        for i in range(0, len(text), 5)
    )
    accepted(
        "38_qp_soft_breaks.eml",
        message(
            [
                ("From", "soft.break@example.vn"),
                ("Subject", "Sao chep"),
                DATE,
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            soft,
        ),
        from_address="soft.break@example.vn",
        from_name="",
        subject="Sao chep",
        rights=["copy"],
        language="vi",
        body_contains=["Yêu cầu sao chép toàn bộ dữ liệu của tôi sang định dạng CSV."],
    )
    # 39: a whole file saved as UTF-16 by a Windows editor.
    accepted(
        "39_whole_file_utf16.eml",
        message(
            [
                ("From", "Lý Thường Kiệt <kiet.ly@example.vn>".encode()),
                ("Subject", "Xóa thông tin".encode()),
                DATE,
            ],
            "Xin xóa thông tin của tôi.\n".encode(),
        )
        .decode()
        .encode("utf-16"),
        from_address="kiet.ly@example.vn",
        from_name="Lý Thường Kiệt",
        subject="Xóa thông tin",
        rights=["erasure"],
        language="vi",
    )
    # 40: a copy and a correction in one request, from the email the customer registered
    # (the whole job from .eml to a closed case: tests/gui/test_whole_job.py).
    both = (
        "Chào CLB4U,\n\nTôi muốn nhận một bản sao dữ liệu cá nhân mà công ty đang lưu về "
        "tôi.\nNgoài ra, địa chỉ email trong hồ sơ của tôi đã sai, xin sửa lại giúp tôi "
        "thành anh.nguyen.moi@example.vn.\n\nTrân trọng,\nNguyễn Thị Ánh\n"
    )
    accepted(
        "40_vi_copy_and_rectification.eml",
        message(
            [
                ("From", f"{b_word('Nguyễn Thị Ánh')} <anh.nguyen@example.vn>"),
                ("To", "privacy@clb4u.example.vn"),
                ("Subject", b_word("Xem và sửa dữ liệu của tôi")),
                DATE,
                ("Message-ID", "<c40@mail.example.vn>"),
                MIME,
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
            ],
            qp(both.encode()),
        ),
        from_address="anh.nguyen@example.vn",
        from_name="Nguyễn Thị Ánh",
        subject="Xem và sửa dữ liệu của tôi",
        to=["privacy@clb4u.example.vn"],
        message_id="<c40@mail.example.vn>",
        rights=["rectification", "copy"],
        language="vi",
        body_contains=["bản sao dữ liệu cá nhân", "xin sửa lại giúp tôi"],
    )

    # Not emails at all.
    rejected("90_empty.eml", b"", "empty")
    rejected("91_random_bytes.eml", random.Random(91).randbytes(2048), "not an email")
    rejected("92_tiny_pdf.eml", TINY_PDF, "PDF")
    rejected(
        "93_plain_note.eml",
        "Khách gọi lúc 9h, muốn xóa dữ liệu.\nCần gọi lại.\n".encode(),
        "header",
    )
    rejected(
        "94_no_from.eml",
        message([("To", "privacy@clb4u.example.vn"), ("Subject", "Hello")], b"Hi\n"),
        "From",
    )
    rejected("95_whitespace_only.eml", b" \r\n\n\t\n", "empty")
    rejected("96_headerlike_note.eml", b"Note: customer called at 9\nwants a copy\n", "From")
    rejected("97_png_image.eml", TINY_PNG, "PNG")
    rejected(
        "98_from_without_address.eml",
        message([("From", "Nobody Special"), ("Subject", "x")], b"x\n"),
        "From",
    )


def main() -> None:
    build()
    for old in HERE.glob("*.eml"):
        old.unlink()
    expected: dict[str, dict[str, Any]] = {}
    for name, data, expectation in CASES:
        (HERE / name).write_bytes(data)
        expected[name] = expectation
    text = json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True)
    (HERE / "expected.json").write_text(unicodedata.normalize("NFC", text) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} files")


if __name__ == "__main__":
    main()
