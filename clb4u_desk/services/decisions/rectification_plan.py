"""Rectification planning: the fields a correction changes, read, checked and applied.

:func:`plan_changes` reads each :class:`~.decision_views.FieldChange` into a
:class:`PlannedChange` (the record, the value held, the value to store), locking the
records when the correction is made for real; :func:`check_versions` holds the
records to the versions the agent saw; :func:`apply_changes` writes the new values. The
allow-list of fields and how each value is read are :mod:`.rectification_fields`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from clb4u_desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from clb4u_desk.domain.text import fold
from clb4u_desk.persistence.repositories.records import RecordRepository
from clb4u_desk.services.decisions.rectification_fields import (
    FIELD_SPECS,
    MODELS,
    FieldSpec,
    display,
    field_spec,
    is_contact_data,
    read_value,
    record_key,
)
from clb4u_desk.services.decisions.views import FieldChange, RectificationPreview


@dataclass(slots=True)
class PlannedChange:
    """One field of one record: the value held (``before``) and the value to store."""

    spec: FieldSpec
    row: Any
    key: str
    before: Any
    after: Any
    contact: bool

    @property
    def changed(self) -> bool:
        return bool(self.before != self.after)


def plan_changes(
    records: RecordRepository, customer_id: int, changes: Sequence[FieldChange], *, lock: bool
) -> list[PlannedChange]:
    """Each change read and checked against the customer's records (locked if ``lock``)."""
    if not changes:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose at least one field to correct."))
    seen: set[tuple[str, str]] = set()
    planned: list[PlannedChange] = []
    rows: dict[str, Any] = {}
    for change in changes:
        spec = field_spec(change.table, change.field)
        key = record_key(change.table, change.record_id)
        if (key, change.field) in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{label_en} of one record is changed twice; keep one."),
                label_en=spec.label_en,
            )
        seen.add((key, change.field))
        if key not in rows:
            rows[key] = records.owned(
                MODELS[change.table], change.record_id, customer_id, for_update=lock
            )
        row = rows[key]
        planned.append(
            PlannedChange(
                spec,
                row,
                key,
                getattr(row, change.field),
                read_value(spec, change.new_value),
                is_contact_data(spec, row),
            )
        )
    return planned


def check_versions(
    records: RecordRepository, planned: Sequence[PlannedChange], expected: Mapping[str, int]
) -> None:
    """Every record planned at the version the agent saw (keyed by record key)."""
    records.check_versions({p.key: p.row for p in planned}, expected)


def apply_changes(records: RecordRepository, planned: Sequence[PlannedChange]) -> None:
    """Store the new values, move the versions on and re-index a corrected name."""
    changed = [p for p in planned if p.changed]
    for p in changed:
        setattr(p.row, p.spec.field, p.after)
    renamed = [
        (p.row.id, p.after)
        for p in changed
        if p.spec.table == "customers" and p.spec.field == "full_name"
    ]
    for p in changed:
        if p.spec.table == "customers" and p.spec.field == "full_name":
            p.row.name_folded = fold(p.after)[:200]
    records.changed([p.row for p in changed], renamed)  # search must find the new name


def current_fields(records: RecordRepository, customer_id: int) -> list[PlannedChange]:
    """Every correctable field of the customer, as a change to the value it holds now."""
    planned: list[PlannedChange] = []
    for table, model in MODELS.items():
        for row in records.of_customer(model, customer_id):
            for spec in FIELD_SPECS.values():
                if spec.table == table:
                    value = getattr(row, spec.field)
                    planned.append(
                        PlannedChange(
                            spec,
                            row,
                            record_key(table, row.id),
                            value,
                            value,
                            is_contact_data(spec, row),
                        )
                    )
    return planned


def to_preview(p: PlannedChange) -> RectificationPreview:
    """What the agent is shown: before and after as they will be stored."""
    return RectificationPreview(
        key=p.key,
        table=p.spec.table,
        record_id=p.row.id,
        field=p.spec.field,
        label_vi=p.spec.label_vi,
        label_en=p.spec.label_en,
        category=p.spec.category.value,
        before=display(p.before),
        after=display(p.after),
        changed=p.changed,
        contact_data=p.contact,
        version=p.row.version,
    )


def change_details(p: PlannedChange, keyed_hash: Callable[[Any], str]) -> dict[str, str]:
    """The decision log's account of a change: names and keyed hashes, never the values.

    ``keyed_hash`` is ``ServiceContext.log_value_hash`` (HMAC-SHA-256 with the pseudonym
    key): a plain hash of a phone number or ZIP code could be reversed by trying them all.
    """
    return {
        "record": p.key,
        "field": p.spec.field,
        "category": p.spec.category.value,
        "old_hmac": keyed_hash(p.before),
        "new_hmac": keyed_hash(p.after),
    }
