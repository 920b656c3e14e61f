"""The profile's data for the views: prepared in a worker thread, shown lazily.

A heavy customer has 10,000+ records, and the GUI thread must never stall: so
everything that touches every row (finding where each channel's communications begin
and end) happens in the worker, and the table model only slices the already-loaded
tuple: ``rowCount`` is a subtraction and ``data()`` formats one cell when the view
asks for it (only visible cells are asked for).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.categories import DataCategory
from clb4u_desk.gui.customers.labels import column_title, value_text
from clb4u_desk.services.lookup.service import CustomerProfile, ProfileRow, ProfileSection

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_Index = QModelIndex | QPersistentModelIndex

# A cell shows the start of a long text (a 10,000-character post); the tooltip and the
# record pane below the table show more.
CELL_CHARS: Final = 200
TOOLTIP_CHARS: Final = 1500


@dataclass(frozen=True, slots=True)
class RowGroup:
    """Rows ``start``..``end`` (exclusive) of a section share one value, e.g. a channel."""

    key: str
    start: int
    end: int

    @property
    def count(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class PreparedProfile:
    profile: CustomerProfile
    # Per section with a breakdown (communications per channel): where each group lies.
    groups: dict[DataCategory, tuple[RowGroup, ...]]


def contiguous_groups(rows: tuple[ProfileRow, ...], column: int) -> tuple[RowGroup, ...]:
    """The runs of equal values in ``column`` (the service orders communications by
    channel, so each channel is one run)."""
    groups: list[RowGroup] = []
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or rows[index].values[column] != rows[start].values[column]:
            groups.append(RowGroup(rows[start].values[column], start, index))
            start = index
    return tuple(groups)


def prepare(profile: CustomerProfile) -> PreparedProfile:
    groups: dict[DataCategory, tuple[RowGroup, ...]] = {}
    for section in profile.sections:
        if section.breakdown and section.rows:
            # The breakdown names the column the section is grouped by: its first one.
            groups[section.category] = contiguous_groups(section.rows, 0)
    return PreparedProfile(profile, groups)


def load_prepared_profile(services: Services, actor: Actor, case_id: int) -> PreparedProfile:
    """Runs in a worker thread: the service's profile (or its refusal), made ready."""
    return prepare(services.lookup.load_profile_for_case(actor, case_id))


class SectionModel(QAbstractTableModel):
    """Read-only rows ``start``..``end`` of one profile section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ProfileRow, ...] = ()
        self._columns: tuple[str, ...] = ()
        self._category = DataCategory.IDENTITY
        self._kind: int | None = None  # the "kind" column, which an identity detail needs
        self._start = 0
        self._end = 0

    def set_section(self, section: ProfileSection | None, group: RowGroup | None = None) -> None:
        self.beginResetModel()
        self._rows = section.rows if section is not None else ()
        self._columns = section.columns if section is not None else ()
        self._category = section.category if section is not None else DataCategory.IDENTITY
        self._kind = self._columns.index("kind") if "kind" in self._columns else None
        self._start = group.start if group is not None else 0
        self._end = group.end if group is not None else len(self._rows)
        self.endResetModel()

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    def record(self, row: int) -> ProfileRow:
        return self._rows[self._start + row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else self._end - self._start

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(index)
            if len(value) > CELL_CHARS:
                value = value[:CELL_CHARS] + "…"
            return value.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self._value(index)
            if len(value) <= CELL_CHARS and "\n" not in value:
                return None  # the cell shows it all
            return value if len(value) <= TOOLTIP_CHARS else value[:TOOLTIP_CHARS] + "…"
        return None

    def _value(self, index: _Index) -> str:
        values = self._rows[self._start + index.row()].values
        return self._shown(index.column(), values)

    def _shown(self, column: int, values: tuple[str, ...]) -> str:
        kind = values[self._kind] if self._kind is not None else ""
        return value_text(self._category, self._columns[column], values[column], kind)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                column_title(self._columns[section]) if 0 <= section < len(self._columns) else None
            )
        return str(section + 1)

    def record_text(self, row: int) -> str:
        """One record in full, "Column: value" per line (for the record pane)."""
        values = self.record(row).values
        return "\n".join(
            f"{column_title(key)}: {self._shown(column, values)}"
            for column, key in enumerate(self._columns)
        )
