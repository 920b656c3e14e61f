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
  kinds of identity row (name, email, phone, address) in the requester's language. These
  are in the export too (docs/export-format.md).
- Stored codes are shown as words, in the PDF only: every enumerated value (gender,
  income band, residence, language and status of the account; kind and status of a
  subscription; invoice, payment and ticket statuses; card brands, also in a payment's
  card; channel and direction of a communication; purpose, channel and source of a
  consent; source of an advertising segment; the kind of a phone or an address) is
  written with its label in the requester's language from the tables of
  :mod:`clb4u_desk.domain.labels` (:data:`~clb4u_desk.domain.labels.CODED_COLUMNS`,
  :data:`~clb4u_desk.domain.labels.IDENTITY_DETAILS`), the one table the GUI uses too,
  which are the documented display form: ``male``
  reads "Nam" / "Male", ``settled`` "Thành công" / "Settled". A disclosure's categories
  (``identity,invoices``) read as the categories' names joined with ", " ("Nhận dạng và
  liên hệ, Hóa đơn"). A value without a label (imported data outside the known sets) is
  shown as stored. The section's ``rows`` keep the codes, so the JSON and CSV export
  keep them (the documented, machine-readable values); ``display_rows`` are the PDF's.
- Recipients from the customer's logged disclosures, one line per recipient and legal
  basis with the latest date (each disclosure is a record too); sources per category group;
  retention per category from the retention policy; regimes and language from the case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clb4u_desk.domain import labels
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.domain.formatting import format_bool, format_date, format_optional
from clb4u_desk.domain.retention import RetentionPolicy
from clb4u_desk.domain.rights import Regime
from clb4u_desk.reporting.document import (
    CategorySection,
    Column,
    DataCopyDocument,
    Language,
    RecipientInfo,
)
from clb4u_desk.services.copies import labels as copy_texts
from clb4u_desk.services.lookup.service import CustomerProfile, ProfileSection

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
    received_at: datetime  # when the request reached the company (aware)


def includes_payment_data(profile: CustomerProfile) -> bool:
    """A full copy shows payment data whenever the customer has payment methods or payments."""
    return any(profile.section(c).count for c in PAYMENT_CATEGORIES)


def build_document(
    profile: CustomerProfile,
    case: CaseFacts,
    disclosures: Sequence[DisclosureFacts],
    policy: RetentionPolicy,
    issued_at: datetime,
) -> DataCopyDocument:
    lang = case.language
    sections = tuple(category_section(section, lang) for section in profile.sections)
    return DataCopyDocument(
        case_reference=case.reference,
        issued_at=issued_at,
        request_received_at=case.received_at,
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
    title_vi, title_en = labels.CATEGORIES[section.category]
    columns = tuple(Column(key, *labels.COLUMNS[key]) for key in section.columns)
    shower = _RowShower.for_section(section, lang)
    rows = tuple(shower.exported(row.values) for row in section.rows)
    return CategorySection(
        key=section.category,
        title_vi=title_vi,
        title_en=title_en,
        columns=columns,
        rows=rows,
        restricted=section.restricted,
        legal_hold=section.legal_hold,
        retention_until=section.retention_until,
        display_rows=(
            tuple(
                shower.shown(row.values, out) for row, out in zip(section.rows, rows, strict=True)
            )
            if shower.relabels
            else None
        ),
    )


# How the PDF shows one value of a column, from the stored value and the stored row;
# None: as the export shows it (a value without a label).
_Show = Callable[[str, tuple[str, ...]], str | None]


class _RowShower:
    """The display of a section's rows: what the export holds, and what the PDF shows.

    ``exported`` settles the formats both share (empty as "—", the consent flag, the
    identity row kinds and the primary mark); ``shown`` writes the stored codes as words
    (:data:`clb4u_desk.domain.labels.CODED_COLUMNS`), for the PDF only.
    """

    __slots__ = ("_replacements", "_shows")

    def __init__(self, replacements: dict[int, dict[str, str]], shows: dict[int, _Show]) -> None:
        self._replacements = replacements
        self._shows = shows

    @classmethod
    def for_section(cls, section: ProfileSection, lang: Language) -> _RowShower:
        # Found once per section: the columns that need more than "empty becomes a dash".
        replacements: dict[int, dict[str, str]] = {}
        shows: dict[int, _Show] = {}
        index = section.columns.index
        if section.category is DataCategory.CONSENTS:
            replacements[index("granted")] = {
                "yes": format_bool(True, lang),
                "no": format_bool(False, lang),
            }
        if section.category is DataCategory.IDENTITY:
            replacements[index("detail")] = {"primary": labels.pick(labels.PRIMARY, lang)}
            kind = index("kind")
            replacements[kind] = {
                key: labels.pick(pair, lang) for key, pair in labels.IDENTITY_KINDS.items()
            }
            details = {key: _words(table, lang) for key, table in labels.IDENTITY_DETAILS.items()}
            shows[index("detail")] = lambda value, row: details.get(row[kind], {}).get(value)
        if section.category is DataCategory.DISCLOSURES:
            named: dict[str, str] = {}  # a heavy customer repeats the same few lists

            def categories(value: str, row: tuple[str, ...]) -> str | None:
                shown = named.get(value)
                if shown is None:
                    shown = named[value] = labels.category_list(value, lang)
                return shown

            shows[index("categories")] = categories
        if section.category is DataCategory.PAYMENTS:
            shows[index("card")] = _card_brand(_words(labels.CARD_BRANDS, lang))
        for key, table in labels.CODED_COLUMNS.get(section.category, {}).items():
            if key in section.columns:
                shows[index(key)] = _coded(_words(table, lang))
        return cls(replacements, shows)

    @property
    def relabels(self) -> bool:
        """Whether the PDF shows anything differently from the export."""
        return bool(self._shows)

    def exported(self, values: tuple[str, ...]) -> tuple[str, ...]:
        if not self._replacements:
            return tuple(format_optional(v) for v in values)
        out = []
        for index, value in enumerate(values):
            table = self._replacements.get(index)
            out.append(format_optional(table.get(value, value) if table else value))
        return tuple(out)

    def shown(self, values: tuple[str, ...], exported: tuple[str, ...]) -> tuple[str, ...]:
        """The PDF's row: the exported row with the codes of ``values`` as words."""
        out = list(exported)
        for index, show in self._shows.items():
            shown = show(values[index], values)
            if shown is not None:
                out[index] = format_optional(shown)
        return tuple(out)


def _words(table: labels.Table, lang: Language) -> dict[str, str]:
    return {code: labels.pick(pair, lang) for code, pair in table.items()}


def _coded(words: dict[str, str]) -> _Show:
    return lambda value, row: words.get(value)


def _card_brand(words: dict[str, str]) -> _Show:
    """A payment's card, "visa •••• 1111", with the brand's name: "Visa •••• 1111"."""

    def show(value: str, row: tuple[str, ...]) -> str | None:
        brand, mark, number = value.partition("••••")
        name = words.get(brand.rstrip())
        return None if name is None or not mark else f"{name} {mark}{number}"

    return show


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
        RecipientInfo(
            name=name,
            description=basis,
            categories=tuple(c for c in DataCategory if c in categories),
            disclosed_on=latest,
        )
        for (name, basis), (categories, latest) in grouped.items()
    )


def _categories(listed: str) -> tuple[DataCategory, ...]:
    known = {c.value: c for c in DataCategory}
    return tuple(known[key] for key in (p.strip() for p in listed.split(",")) if key in known)


def source_lines(sections: Sequence[CategorySection], lang: Language) -> tuple[str, ...]:
    """One line per source group that the requester has records in, naming the categories."""
    held = [s for s in sections if s.rows]
    lines = []
    for text, categories in copy_texts.SOURCE_GROUPS:
        titles = [s.title(lang) for s in held if s.key in categories]
        if titles:
            lines.append(f"{labels.pick(text, lang)}: {', '.join(titles)}.")
    return tuple(lines)


def retention_lines(
    sections: Sequence[CategorySection], policy: RetentionPolicy, lang: Language
) -> tuple[str, ...]:
    """The retention rule of every category held, with the date the latest record can go."""
    lines = []
    for section in sections:
        if not section.rows:
            continue
        rule = policy[section.key]
        basis = rule.basis_vi if lang == "vi" else rule.basis_en
        line = labels.pick(copy_texts.RETENTION_LINE, lang).format(
            title=section.title(lang), basis=basis
        )
        if section.retention_until is not None:
            line += labels.pick(copy_texts.RETENTION_UNTIL, lang).format(
                date=format_date(section.retention_until, lang)
            )
        lines.append(line)
    return tuple(lines)
