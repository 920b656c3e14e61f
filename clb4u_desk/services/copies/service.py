"""Answering an access or copy request: the data copy PDF and its machine-readable export.

Decisions (DESIGN.md section 4 "Data copy" and "Identity verification"):

- **Which right.** A case is answered with a copy while it has a pending copy item
  (portability) or a pending access item; a case with neither is refused, and so is one
  whose items are decided (the copy answers a request). Both need L2.
- **Payment data.** The copy is always complete: when the customer has payment methods
  or payments, the copy shows them (masked cards) and so needs L3. We do not issue a
  copy without the payment categories at L2: the requester would get an incomplete copy
  without being told what is missing (the letter has no place to say so), and the agent
  can reach L3 with a third fact and a signed declaration.
- **Encryption.** With ``encrypt=True`` (the default) the PDF is encrypted with AES-256
  and a generated passphrase that is returned once, to be sent by another channel; it is
  never stored or logged. The standard library cannot encrypt a ZIP, so encrypted
  exports travel *inside* the encrypted PDF as attachments; separate JSON/CSV files are
  only written unencrypted (``encrypt=False``), and asking for both is refused.
- **Files.** Named from the case reference only (nothing personal in a file name),
  never over an existing file. Crash-safe in three steps: (1) every file is written and
  synced into a hidden staging folder in the output folder (``.clb4u-partial-*``,
  ``adapters.files.stage``); (2) in one transaction every file is recorded as an
  IssuedDocument (hash, size, time, channel, agent, encrypted) and the issue as one
  "copy_issued" entry in the decision log (hashes, sizes, categories, counts: no values,
  no passphrase); (3) the files are renamed to their final names. If writing or
  recording fails, the staging is removed: nothing unrecorded is left. A process killed
  before (3) leaves the staging behind; the next issue into that folder looks at it
  first (``_tidy``): a staging whose every file is recorded (same name and SHA-256) was
  committed, so its rename is *finished* (the record says those files were issued, and
  now they are there); any other staging was never recorded and is *deleted*. Either is
  logged, with counts only. An output folder that cannot be written (no permission, a
  full disk, not a real folder) is one error naming the folder, and nothing is
  recorded. The letter in the PDF says how the JSON/CSV exports travel (attached inside
  it, as separate files, or not at all: ``DataCopyDocument.exports``).
- **Outcome.** Issuing is the work the access/copy request asked for. On a verified
  case it moves the case to in progress (the first work action). With
  ``complete_items=True`` (the front ends ask the agent to confirm it, and do by
  default) the pending access and copy items are marked done, in the transaction that
  records the issue; with ``False`` they stay pending for the agent to decide later.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Final, Literal

from clb4u_desk.adapters import files
from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.case_actions import COPY_RIGHTS, copy_right
from clb4u_desk.domain.cases import ItemOutcome, Permission
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    IllegalTransitionError,
    PermissionDeniedError,
    ValidationError,
)
from clb4u_desk.domain.identity import IdentityLevel
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.domain.rights import Regime, Right
from clb4u_desk.persistence.models import Case, IssuedDocument
from clb4u_desk.persistence.uow import UnitOfWork
from clb4u_desk.reporting.document import (
    LANGUAGES,
    DataCopyDocument,
    Exports,
    Language,
    fingerprint,
)
from clb4u_desk.services.authz import SYSTEM, require_permission
from clb4u_desk.services.cases.deadlines import DeadlineRules
from clb4u_desk.services.cases.service import complete_items as finish_items
from clb4u_desk.services.cases.service import start_work
from clb4u_desk.services.context import ServiceContext
from clb4u_desk.services.copies.document import (
    CaseFacts,
    DisclosureFacts,
    build_document,
    includes_payment_data,
)
from clb4u_desk.services.guards import require_decision_state, require_identity
from clb4u_desk.services.lookup.service import LookupService

log = logging.getLogger(__name__)

Format = Literal["pdf", "json", "csv"]
FORMATS: Final[frozenset[str]] = frozenset({"pdf", "json", "csv"})
CHANNELS: Final[tuple[str, ...]] = ("email", "post", "in_person", "portal")
KIND_PDF: Final = "data_copy_pdf"
KIND_JSON: Final = "export_json"
KIND_CSV: Final = "export_csv"
_UNSAFE = re.compile(r"[^A-Za-z0-9-]")


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class IssuedFile:
    path: Path
    sha256: str
    size: int
    kind: str  # data_copy_pdf / export_json / export_csv


@dataclass(frozen=True, slots=True)
class IssueResult:
    files: tuple[IssuedFile, ...]
    passphrase: str | None  # shown once to the agent; None when not encrypted
    exports_inside_pdf: bool
    fingerprint: str  # printed in the PDF footer and stored in the JSON


@dataclass(frozen=True, slots=True)
class SectionSummary:
    category: DataCategory
    title: str  # in the copy's language
    count: int
    restricted: bool
    legal_hold: bool


@dataclass(frozen=True, slots=True)
class CopySummary:
    """What the agent checks before issuing: no values, only categories and counts."""

    case_reference: str
    subject_reference: str
    language: Language
    sections: tuple[SectionSummary, ...]
    includes_payment_data: bool
    level_needed: IdentityLevel
    level_reached: IdentityLevel

    @property
    def total_records(self) -> int:
        return sum(section.count for section in self.sections)


@dataclass(frozen=True, slots=True)
class _Prepared:
    document: DataCopyDocument
    case_id: int
    customer_reference: str
    includes_payment_data: bool
    level_needed: IdentityLevel
    level_reached: IdentityLevel


@dataclass(frozen=True, slots=True)
class _Planned:
    name: str
    kind: str
    content: bytes
    encrypted: bool


# --------------------------------------------------------------------------- the service


class CopyService:
    def __init__(
        self,
        ctx: ServiceContext,
        lookup: LookupService,
        policy: Callable[[], RetentionPolicy] | None = None,
    ) -> None:
        self._ctx = ctx
        self._lookup = lookup
        self._policy_factory = policy

    @cached_property
    def _rules(self) -> DeadlineRules:
        return DeadlineRules.load(self._ctx.settings)

    @cached_property
    def _policy(self) -> RetentionPolicy:
        if self._policy_factory is not None:
            return self._policy_factory()
        from clb4u_desk.policies.retention import load_retention_policy

        return load_retention_policy()

    def case_id(self, reference: str) -> int:
        """The id of the case with this reference (the command line names cases so)."""
        with self._ctx.db.reader() as uow:
            return uow.cases.get(reference).id

    def build_document(
        self, actor: Actor, case_id: int, *, language: Language | None = None
    ) -> DataCopyDocument:
        """Everything the copy shows, once the requester is verified to the level needed."""
        return self._prepare(actor, case_id, language).document

    def summary(
        self, actor: Actor, case_id: int, *, language: Language | None = None
    ) -> CopySummary:
        """Categories and counts of the copy (for the issue dialog), no values."""
        prepared = self._prepare(actor, case_id, language)
        doc = prepared.document
        return CopySummary(
            case_reference=doc.case_reference,
            subject_reference=doc.subject_reference,
            language=doc.language,
            sections=tuple(
                SectionSummary(
                    s.key, s.title(doc.language), len(s.rows), s.restricted, s.legal_hold
                )
                for s in doc.categories
            ),
            includes_payment_data=prepared.includes_payment_data,
            level_needed=prepared.level_needed,
            level_reached=prepared.level_reached,
        )

    def preview(self, actor: Actor, case_id: int, *, language: Language | None = None) -> bytes:
        """An unencrypted PDF for the agent's screen. Not issued, so no IssuedDocument; the
        look itself is logged ("copy_previewed", categories and counts only)."""
        from clb4u_desk.reporting.data_copy import render_data_copy

        prepared = self._prepare(actor, case_id, language)
        pdf = render_data_copy(prepared.document)
        with self._ctx.db.uow() as uow:
            uow.log.append(
                actor=actor,
                action="copy_previewed",
                case_reference=prepared.document.case_reference,
                subject=self._ctx.pseudonymise(prepared.customer_reference),
                details=_content_details(prepared.document),
                now=self._ctx.clock(),
            )
            uow.commit()
        log.info("copy_previewed case=%s", prepared.document.case_reference)
        return pdf

    def issue(
        self,
        actor: Actor,
        case_id: int,
        *,
        out_dir: Path,
        formats: Collection[str],
        exports_inside_pdf: bool,
        encrypt: bool = True,
        channel: str,
        language: Language | None = None,
        complete_items: bool = False,
    ) -> IssueResult:
        """Write the copy's files into ``out_dir`` and record them (see the module docstring)."""
        if actor.role == SYSTEM:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Issuing a copy needs a signed-in user, so that the issuing agent is recorded.",
                )
            )
        wanted = _check_options(formats, exports_inside_pdf, encrypt, channel, out_dir)
        self._tidy(out_dir)  # first: what a killed issue left here goes, even if this one fails
        prepared = self._prepare(actor, case_id, language)
        passphrase = _new_passphrase() if encrypt else None
        planned = _plan_files(prepared.document, wanted, exports_inside_pdf, passphrase)
        targets = [
            out_dir / f"{_safe_stem(prepared.document.case_reference)}-{p.name}" for p in planned
        ]
        _refuse_taken(targets)
        contents = {path.name: p.content for path, p in zip(targets, planned, strict=True)}
        try:
            staging = files.stage(out_dir, contents)
        except OSError as error:
            raise _unwritable(out_dir, error) from error
        with staging:
            try:
                self._record(
                    actor,
                    prepared,
                    planned,
                    targets,
                    channel,
                    exports_inside_pdf,
                    complete_items=complete_items,
                )
            except BaseException:
                files.discard(staging.path)
                raise
            # Committed: from here a crash (or a failed rename, which is then a fault, not
            # the user's) leaves a recorded staging that the next issue here finishes.
            files.publish(staging.path, out_dir)
        log.info(
            "copy_issued case=%s files=%d encrypted=%s",
            prepared.document.case_reference,
            len(planned),
            encrypt,
        )
        return IssueResult(
            files=tuple(
                IssuedFile(path, _sha256(p.content), len(p.content), p.kind)
                for path, p in zip(targets, planned, strict=True)
            ),
            passphrase=passphrase,
            exports_inside_pdf=exports_inside_pdf and "pdf" in wanted,
            fingerprint=fingerprint(prepared.document),
        )

    # -- gathering ----------------------------------------------------------------------

    def _prepare(self, actor: Actor, case_id: int, language: Language | None) -> _Prepared:
        require_permission(actor, Permission.HANDLE_CASE)
        if language is not None and language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The copy's language must be one of {languages}."),
                languages=", ".join(LANGUAGES),
            )
        with self._ctx.db.reader() as uow:
            case = uow.cases.get(case_id)
            right = _copy_right(uow, case)
            # Checked at the base level first: nothing is read for an unverified requester.
            require_identity(case, right)
            require_decision_state(case)
            assert case.customer_id is not None  # require_identity refuses unlinked cases
            facts = _case_facts(case, language)
            customer_id, reached = case.customer_id, IdentityLevel(case.identity_level)
        profile = self._lookup.load_profile(customer_id)
        payment = includes_payment_data(profile)
        with self._ctx.db.reader() as uow:
            # Again on a fresh read, now knowing whether payment data is in (L3).
            case = uow.cases.get(case_id)
            needed = require_identity(case, right, includes_payment_data=payment)
            disclosures = [DisclosureFacts(*row) for row in uow.lookup.disclosures(customer_id)]
        doc = build_document(profile, facts, disclosures, self._policy, self._ctx.clock())
        return _Prepared(doc, case_id, profile.reference, payment, needed, reached)

    # -- leftovers ----------------------------------------------------------------------

    def tidy_folder(self, out_dir: Path) -> None:
        """Finish or remove what an issue killed half-way left in ``out_dir``; every issue
        does this first, and a front end may call it for a folder it remembers at start."""
        if out_dir.is_dir():
            self._tidy(out_dir)

    def _tidy(self, out_dir: Path) -> None:
        """Finish or remove what an issue killed half-way left in ``out_dir`` (see the
        module docstring): a staging whose files are all recorded is published, any other
        is deleted. Logged with counts only (file names carry a case reference)."""
        try:
            leftovers = files.leftover_stagings(out_dir)
        except OSError as error:
            raise _unwritable(out_dir, error) from error
        for staging in leftovers:
            try:
                staged = files.staged_files(staging)
                with self._ctx.db.reader() as uow:
                    recorded = all(
                        uow.evidence.is_issued(name, _sha256(content))
                        for name, content in staged.items()
                    )
                if recorded:
                    moved = files.publish(staging, out_dir)
                    log.warning("copy_leftover_published files=%d", len(moved))
                else:
                    files.discard(staging)
                    log.warning("copy_leftover_removed unrecorded_files=%d", len(staged))
            except OSError as error:
                raise _unwritable(out_dir, error) from error

    # -- recording ----------------------------------------------------------------------

    def _record(
        self,
        actor: Actor,
        prepared: _Prepared,
        planned: list[_Planned],
        targets: list[Path],
        channel: str,
        exports_inside_pdf: bool,
        *,
        complete_items: bool,
    ) -> None:
        now = self._ctx.clock()
        doc = prepared.document
        with self._ctx.db.uow() as uow:
            case = uow.cases.get(prepared.case_id, for_update=True)
            # The level may have been reset while the files were written.
            require_identity(
                case,
                _copy_right(uow, case),
                includes_payment_data=prepared.includes_payment_data,
            )
            rows = [
                IssuedDocument(
                    case_id=case.id,
                    kind=p.kind,
                    file_name=path.name,
                    sha256=_sha256(p.content),
                    size=len(p.content),
                    encrypted=p.encrypted,
                    channel=channel,
                    agent_id=actor.account_id,
                    issued_at=now,
                )
                for p, path in zip(planned, targets, strict=True)
            ]
            for row in rows:
                uow.cases.add(row)
            uow.cases.flush()  # the documents' ids go into the log entry
            details = {
                **_content_details(doc),
                "channel": channel,
                "exports_inside_pdf": exports_inside_pdf,
                "identity_level": int(prepared.level_needed),
                "files": [
                    {
                        "document": row.id,
                        "kind": row.kind,
                        "sha256": row.sha256,
                        "size": row.size,
                        "encrypted": row.encrypted,
                    }
                    for row in rows
                ],
            }
            uow.log.append(
                actor=actor,
                action="copy_issued",
                case_reference=case.reference,
                subject=self._ctx.pseudonymise(prepared.customer_reference),
                details=details,
                now=now,
            )
            # The issue is the work asked for: the case is in progress from here, and
            # the access/copy items are done when the agent confirmed it.
            start_work(uow, actor, case, now, action="copy_issued")
            if complete_items:
                answered = [
                    item
                    for item in uow.cases.items(case.id)
                    if Right(item.right) in COPY_RIGHTS
                    and item.outcome == ItemOutcome.PENDING.value
                ]
                finish_items(uow, self._rules, actor, case, answered, now)
            uow.commit()


# --------------------------------------------------------------------------- helpers


def _copy_right(uow: UnitOfWork, case: Case) -> Right:
    """The right the copy answers: a pending copy or access item (the case page offers
    the copy by the same rule, domain/case_actions.copy_right)."""
    items = [(Right(item.right), ItemOutcome(item.outcome)) for item in uow.cases.items(case.id)]
    right = copy_right(items)
    if right is not None:
        return right
    if any(asked in COPY_RIGHTS for asked, _ in items):
        raise IllegalTransitionError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {reference} has no pending request for {names}; this decision needs one.",
            ),
            reference=case.reference,
            names="access or copy",
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Case {reference} asks for neither access nor a copy, so no "
            "data copy is issued for it. Add the right to the case if the "
            "requester asked for it.",
        ),
        reference=case.reference,
    )


def _case_facts(case: Case, language: Language | None) -> CaseFacts:
    lang: Language = language or ("en" if case.requester_language == "en" else "vi")
    known = {regime.value: regime for regime in Regime}
    regimes = tuple(known[r] for r in (p.strip() for p in case.regimes.split(",")) if r in known)
    return CaseFacts(
        case.reference, case.requester_name, lang, regimes or (Regime.VN,), case.received_at
    )


def _content_details(doc: DataCopyDocument) -> dict[str, object]:
    """What the decision log may say about a copy's content: categories and counts."""
    return {
        "kind": "data_copy",
        "categories": [section.key.value for section in doc.categories if section.rows],
        "counts": {section.key.value: len(section.rows) for section in doc.categories},
        "fingerprint": fingerprint(doc),
        "language": doc.language,
    }


# --------------------------------------------------------------------------- the files


def _check_options(
    formats: Collection[str], exports_inside_pdf: bool, encrypt: bool, channel: str, out_dir: Path
) -> frozenset[str]:
    wanted = frozenset(formats)
    unknown = sorted(wanted - FORMATS)
    if unknown or not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose one or more formats among pdf, json and csv.")
        )
    if channel not in CHANNELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The channel must be one of {channels}."),
            channels=", ".join(CHANNELS),
        )
    if encrypt and "pdf" not in wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "An encrypted copy is a PDF: the JSON and CSV exports "
                "travel inside it. Add the PDF format, or issue without "
                "encryption.",
            )
        )
    if encrypt and not exports_inside_pdf and wanted & {"json", "csv"}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Separate JSON/CSV files cannot be encrypted. Put the "
                "exports inside the encrypted PDF, or issue without encryption.",
            )
        )
    if not out_dir.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The folder {out_dir} does not exist."), out_dir=out_dir
        )
    return wanted


def _new_passphrase() -> str:
    from clb4u_desk.reporting.protect import generate_passphrase

    return generate_passphrase()


def _plan_files(
    doc: DataCopyDocument, wanted: frozenset[str], exports_inside_pdf: bool, passphrase: str | None
) -> list[_Planned]:
    """The files to write, PDF first, with their final content."""
    from clb4u_desk.reporting.data_copy import render_data_copy
    from clb4u_desk.reporting.export import JSON_FILENAME, export_csv, export_json
    from clb4u_desk.reporting.protect import encrypt_pdf

    exports: dict[str, tuple[str, bytes]] = {}  # name -> (kind, content)
    if "json" in wanted:
        exports[JSON_FILENAME] = (KIND_JSON, export_json(doc))
    if "csv" in wanted:
        exports.update({name: (KIND_CSV, data) for name, data in export_csv(doc).items()})
    planned: list[_Planned] = []
    if "pdf" in wanted:
        # The letter says how the JSON/CSV files travel: inside the PDF, beside it, or not
        # at all. Not part of the fingerprint, so the PDF and the JSON still match.
        delivery = (
            Exports(json="json" in wanted, csv="csv" in wanted, attached=exports_inside_pdf)
            if exports
            else None
        )
        pdf = render_data_copy(replace(doc, exports=delivery))
        if exports_inside_pdf and exports:
            from clb4u_desk.reporting.export import attach_exports

            pdf = attach_exports(pdf, {name: data for name, (_, data) in exports.items()})
        if passphrase is not None:
            pdf = encrypt_pdf(pdf, passphrase)
        planned.append(_Planned("data-copy.pdf", KIND_PDF, pdf, passphrase is not None))
    if not (exports_inside_pdf and "pdf" in wanted):
        planned.extend(_Planned(name, kind, data, False) for name, (kind, data) in exports.items())
    return planned


def _safe_stem(reference: str) -> str:
    """The case reference as a file-name stem: letters, digits and hyphens only."""
    return _UNSAFE.sub("_", reference)[:40] or "copy"


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _refuse_taken(targets: list[Path]) -> None:
    taken = [path.name for path in targets if path.exists()]
    if taken:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{taken} already exists in {parent}; choose another "
                "folder (an issued file is never overwritten).",
            ),
            taken=taken[0],
            parent=targets[0].parent,
        )


def _unwritable(out_dir: Path, error: OSError) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The copy cannot be written into the folder {out_dir} ({reason}); "
            "choose another folder.",
        ),
        out_dir=out_dir,
        reason=error.strerror or type(error).__name__,
    )
