"""The machine-readable copy (GDPR Art. 20 portability): JSON, CSV, and PDF attachments.

The formats are documented in ``docs/export-format.md``; change them only with a new
schema version there. Values are lossless NFC text: unlike the PDF, nothing is replaced.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping

from clb4u_desk.domain.text import nfc
from clb4u_desk.reporting.document import DataCopyDocument, canonical_content, fingerprint

SCHEMA = "clb4u-desk/data-export"
SCHEMA_VERSION = 1
JSON_FILENAME = "data-export.json"

# A spreadsheet treats a cell beginning with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_json(doc: DataCopyDocument) -> bytes:
    """The whole document as JSON (UTF-8, not ASCII-escaped, keys in the documented order)."""
    body: dict[str, object] = {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "fingerprint": fingerprint(doc),
        **canonical_content(doc),
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_csv(doc: DataCopyDocument) -> dict[str, bytes]:
    """One CSV file per category, named ``<category key>.csv``, in document order.

    UTF-8 with a byte-order mark (so that Excel reads Vietnamese correctly), a header row of
    column keys, comma-separated, CRLF line ends, fields quoted when needed. A cell that a
    spreadsheet would run as a formula gets a leading apostrophe.
    """
    files: dict[str, bytes] = {}
    for section in doc.categories:
        name = _unique_name(f"{section.key.value}.csv", files)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([neutralise(column.key) for column in section.columns])
        writer.writerows([neutralise(nfc(value)) for value in row] for row in section.rows)
        files[name] = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    return files


def neutralise(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _unique_name(name: str, taken: Mapping[str, bytes]) -> str:
    stem, dot, suffix = name.rpartition(".")
    candidate, counter = name, 2
    while candidate in taken:
        candidate = f"{stem}-{counter}{dot}{suffix}"
        counter += 1
    return candidate


def export_files(doc: DataCopyDocument) -> dict[str, bytes]:
    """The JSON file and the CSV files together, as named attachments."""
    return {JSON_FILENAME: export_json(doc), **export_csv(doc)}


def attach_exports(pdf_bytes: bytes, files: Mapping[str, bytes]) -> bytes:
    """``pdf_bytes`` with ``files`` embedded as PDF file attachments (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    for name, data in files.items():
        writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
