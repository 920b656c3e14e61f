"""Restricting processing to storage only, and lifting a restriction after telling the
requester (GDPR Art. 18(3))."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.categories import DataCategory, Purpose
from clb4u_desk.gui.decisions.base import DecisionDialog, check_grid, checked
from clb4u_desk.gui.decisions.labels import (
    CATEGORY_NAMES,
    PURPOSE_NAMES,
    category_name,
    channel_name,
    purpose_name,
)
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.decisions.service import NOTICE_CHANNELS, RestrictionView

if TYPE_CHECKING:
    from clb4u_desk.app import Services


class RestrictionDialog(DecisionDialog):
    """Choose the categories and/or purposes to restrict, and say why."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        case_version: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        self._case_id = case_id
        self._case_version = case_version
        self.categories_label = QLabel(self)
        grid, self.category_boxes = check_grid(self, [c.value for c in DataCategory])
        self.purposes_label = QLabel(self)
        purpose_grid, self.purpose_boxes = check_grid(self, [p.value for p in Purpose])
        self.reason_label = QLabel(self)
        self.reason = QLineEdit(self)
        self._layout.addWidget(self.categories_label)
        self._layout.addLayout(grid)
        self._layout.addWidget(self.purposes_label)
        self._layout.addLayout(purpose_grid)
        self._layout.addWidget(self.reason_label)
        self._layout.addWidget(self.reason)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restrict processing"))
        self.categories_label.setText(self.tr("Keep these data only in storage:"))
        self.purposes_label.setText(self.tr("Stop using the data for:"))
        self.reason_label.setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: the requester contests accuracy"))
        for category, box in self.category_boxes.items():
            box.setText(CATEGORY_NAMES[DataCategory(category)]())
        for purpose, box in self.purpose_boxes.items():
            box.setText(PURPOSE_NAMES[Purpose(purpose)]())
        self.ok_button.setText(self.tr("Restrict"))

    def _submit(self) -> None:
        call = partial(
            self._services.decisions.restrict,
            categories=[DataCategory(c) for c in checked(self.category_boxes)],
            purposes=[Purpose(p) for p in checked(self.purpose_boxes)],
            reason=self.reason.text(),
            expected_version=self._case_version,
        )
        self._run(call, self._actor, self._case_id, on_done=self._decided)


class LiftRestrictionDialog(DecisionDialog):
    """Lift one restriction; the requester must have been told beforehand."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        restriction: RestrictionView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        self._case_id = case_id
        self._restriction = restriction
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.told = QCheckBox(self)
        self.how = QComboBox(self)
        for channel in NOTICE_CHANNELS:
            self.how.addItem("", channel)
        self.how_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.how_label, self.how)
        self._layout.addWidget(self.what)
        self._layout.addWidget(self.told)
        self._layout.addLayout(form)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lift a restriction"))
        restriction = self._restriction
        name = category_name(restriction.category) or purpose_name(restriction.purpose)
        self.what.setText(self.tr("Restriction of: {what}").format(what=name))
        self.told.setText(self.tr("The requester has been told that the restriction is lifted"))
        self.how_label.setText(self.tr("Told by"))
        for index in range(self.how.count()):
            self.how.setItemText(index, channel_name(self.how.itemData(index)))
        self.ok_button.setText(self.tr("Lift"))

    def _submit(self) -> None:
        call = partial(
            self._services.decisions.lift_restriction,
            requester_told=self.told.isChecked(),
            how=self.how.currentData(),
            expected_version=self._restriction.version,
        )
        self._run(call, self._actor, self._case_id, self._restriction.id, on_done=self._decided)
