"""The data copy's content: a customer profile and its case turned into a DataCopyDocument.

Pure functions over DTOs (no database, no I/O), so the mapping is easy to test and the
service (:mod:`.copies`) only gathers the inputs.

What goes in, and why:

- Every record of every category, from the record lookup's profile
  (:mod:`.lookup`): it already reads every stored column of every record table, shows
  dates as ``dd/mm/yyyy`` and times as ``dd/mm/yyyy HH:MM`` Vietnam time and amounts as
  ``1.500.000 ₫`` (the documented display formats), and shows payment cards as brand,
  last 4 and expiry without ever reading the processor token. Left out on purpose: ids,
  row versions, the folded search key of the name (derived from the name, which is in),
  and the processor token (PCI DSS: a credential, not data about the person).
- Restrictions and legal holds appear as the status of the category they concern (the
  "restricted" and "held" marks of each section), not as records of their own: the
  export schema has a fixed set of category keys.
- Display formats the lookup leaves to the reader are settled here: an empty value is
  shown as "—", the consent flag as Có/Không (Yes/No), the primary email mark and the
  kinds of identity row (name, email, phone, address) in the requester's language.
- Recipients from the customer's logged disclosures, one line per recipient and legal
  basis with the latest date (each disclosure is a record too); sources per category group;
  retention per category from the retention policy; regimes and language from the case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.document import (
    CategorySection,
    Column,
    DataCopyDocument,
    Language,
    RecipientInfo,
    format_bool,
    format_date,
    format_optional,
)
from clb4u_desk.services import copy_labels as labels
from clb4u_desk.services.lookup import CustomerProfile, ProfileSection

PAYMENT_CATEGORIES = frozenset({DataCategory.PAYMENT_METHODS, DataCategory.PAYMENTS})


@dataclass(frozen=True, slots=True)
class DisclosureFacts:
    """One logged disclosure, as stored."""

    recipient: str
    legal_basis: str
    categories: str  # comma-separated category keys
    disclosed_on: date


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the copy needs from the case."""

    reference: str
    requester_name: str
    language: Language
    regimes: tuple[Regime, ...]


def includes_payment_data(profile: CustomerProfile) -> bool:
    """A full copy shows payment data whenever the customer has payment methods or payments."""
    return any(profile.section(c).count for c in PAYMENT_CATEGORIES)


def build_document(profile: CustomerProfile, case: CaseFacts,
                   disclosures: Sequence[DisclosureFacts], policy: RetentionPolicy,
                   issued_at: datetime) -> DataCopyDocument:
    lang = case.language
    sections = tuple(category_section(section, lang) for section in profile.sections)
    return DataCopyDocument(
        case_reference=case.reference,
        issued_at=issued_at,
        language=lang,
        requester_name=case.requester_name,
        subject_reference=profile.reference,
        regimes=case.regimes,
        categories=sections,
        recipients=recipients(disclosures),
        sources=source_lines(sections, lang),
        retention=retention_lines(sections, policy, lang),
    )


def category_section(section: ProfileSection, lang: Language) -> CategorySection:
    title_vi, title_en = labels.CATEGORY_TITLES[section.category]
    columns = tuple(Column(key, *labels.COLUMN_TITLES[key]) for key in section.columns)
    shown = _value_shower(section, lang)
    return CategorySection(
        key=section.category,
        title_vi=title_vi,
        title_en=title_en,
        columns=columns,
        rows=tuple(shown(row.values) for row in section.rows),
        restricted=section.restricted,
        legal_hold=section.legal_hold,
        retention_until=section.retention_until,
    )


def _value_shower(section: ProfileSection,
                  lang: Language) -> _RowShower:
    # Only two columns need more than "empty becomes a dash"; find them once per section.
    replacements: dict[int, dict[str, str]] = {}
    if section.category is DataCategory.CONSENTS:
        replacements[section.columns.index("granted")] = {
            "yes": format_bool(True, lang), "no": format_bool(False, lang)}
    if section.category is DataCategory.IDENTITY:
        replacements[section.columns.index("detail")] = {"primary": labels.pick(labels.PRIMARY,
                                                                                lang)}
        replacements[section.columns.index("kind")] = {
            kind: labels.pick(pair, lang) for kind, pair in labels.IDENTITY_KINDS.items()}
    return _RowShower(replacements)


class _RowShower:
    __slots__ = ("_replacements",)

    def __init__(self, replacements: dict[int, dict[str, str]]) -> None:
        self._replacements = replacements

    def __call__(self, values: tuple[str, ...]) -> tuple[str, ...]:
        if not self._replacements:
            return tuple(format_optional(v) for v in values)
        out = []
        for index, value in enumerate(values):
            table = self._replacements.get(index)
            out.append(format_optional(table.get(value, value) if table else value))
        return tuple(out)


def recipients(disclosures: Sequence[DisclosureFacts]) -> tuple[RecipientInfo, ...]:
    """One line per recipient and legal basis: the categories it received, and the date
    of the latest disclosure. Every single disclosure, with its date, is a record of the
    Disclosures section; listing them all here too made a heavy customer's "recipients"
    part ten pages long."""
    grouped: dict[tuple[str, str], tuple[set[DataCategory], date]] = {}
    for d in disclosures:
        categories, latest = grouped.get((d.recipient, d.legal_basis), (set(), d.disclosed_on))
        categories.update(_categories(d.categories))
        grouped[(d.recipient, d.legal_basis)] = (categories, max(latest, d.disclosed_on))
    return tuple(
        RecipientInfo(name=name, description=basis,
                      categories=tuple(c for c in DataCategory if c in categories),
                      disclosed_on=latest)
        for (name, basis), (categories, latest) in grouped.items())


def _categories(listed: str) -> tuple[DataCategory, ...]:
    known = {c.value: c for c in DataCategory}
    return tuple(known[key] for key in (p.strip() for p in listed.split(",")) if key in known)


def source_lines(sections: Sequence[CategorySection], lang: Language) -> tuple[str, ...]:
    """One line per source group that the requester has records in, naming the categories."""
    held = [s for s in sections if s.rows]
    lines = []
    for text, categories in labels.SOURCE_GROUPS:
        titles = [s.title(lang) for s in held if s.key in categories]
        if titles:
            lines.append(f"{labels.pick(text, lang)}: {', '.join(titles)}.")
    return tuple(lines)


def retention_lines(sections: Sequence[CategorySection], policy: RetentionPolicy,
                    lang: Language) -> tuple[str, ...]:
    """The retention rule of every category held, with the date the latest record can go."""
    lines = []
    for section in sections:
        if not section.rows:
            continue
        rule = policy[section.key]
        basis = rule.basis_vi if lang == "vi" else rule.basis_en
        line = labels.pick(labels.RETENTION_LINE, lang).format(title=section.title(lang),
                                                               basis=basis)
        if section.retention_until is not None:
            line += labels.pick(labels.RETENTION_UNTIL, lang).format(
                date=format_date(section.retention_until, lang))
        lines.append(line)
    return tuple(lines)
