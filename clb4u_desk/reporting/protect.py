"""Protecting an issued copy: a generated passphrase and AES-256 PDF encryption.

The agent sends the passphrase by another channel than the file (e.g. reads it over the
phone or sends it by SMS). It is never stored or logged anywhere by this module; the
caller must not either.

Passphrase format: 24 characters from Crockford's base32 alphabet in lower case (digits
and letters without i, l, o, u, so nothing reads like something else), in six groups of
four joined by hyphens, e.g. ``7k3m-qx9d-1fbz-h4ra-0wne-tc62``. That is 120 bits of
randomness: PDF AES-256 keys are derived with a fast hash, so the passphrase itself has
to be strong. The hyphens are part of it.
"""

from __future__ import annotations

import io
import secrets

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
GROUPS = 6
GROUP_SIZE = 4


def generate_passphrase() -> str:
    """A new random passphrase (see the module docstring for its format)."""
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_SIZE)) for _ in range(GROUPS))
    return "-".join(groups)


def encrypt_pdf(pdf_bytes: bytes, passphrase: str) -> bytes:
    """``pdf_bytes`` encrypted with AES-256, opened by ``passphrase``.

    The owner password is random and thrown away: nobody can lift the protection without
    the passphrase. Printing and copying text stay allowed (the copy is the requester's).
    Attachments, outline and metadata are kept (and encrypted with the rest).
    """
    if not passphrase:
        raise ValueError("A passphrase is needed to encrypt the copy")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    writer.encrypt(
        user_password=passphrase,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    # AES-256 (revision 6) belongs to PDF 2.0; reportlab writes a 1.x header.
    writer.pdf_header = b"%PDF-2.0"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
