"""Objection and consent withdrawal per purpose and channel, and stopping marketing to the
contact point the request came from at once (L0)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.categories import ContactChannel, Purpose
from clb4u_desk.gui.decisions.base import DecisionDialog, check_grid, checked
from clb4u_desk.gui.decisions.labels import CHANNEL_NAMES, PURPOSE_NAMES, channel_name
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services

OBJECTION = "objection"
WITHDRAWAL = "withdrawal"


class ConsentDialog(DecisionDialog):
    """``kind`` is ``"objection"`` or ``"withdrawal"``; no channel ticked means all of them."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        case_id: int,
        case_version: int,
        kind: str = OBJECTION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        if kind not in (OBJECTION, WITHDRAWAL):
            raise ValueError(f"unknown kind {kind!r}")
        self._kind = kind
        self._case_id = case_id
        self._case_version = case_version
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.purposes_label = QLabel(self)
        purposes, self.purpose_boxes = check_grid(self, [p.value for p in Purpose])
        self.channels_label = QLabel(self)
        channels, self.channel_boxes = check_grid(self, [c.value for c in ContactChannel], 3)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.purposes_label)
        self._layout.addLayout(purposes)
        self._layout.addWidget(self.channels_label)
        self._layout.addLayout(channels)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        if self._kind == OBJECTION:
            self.setWindowTitle(self.tr("Record an objection"))
            self.intro.setText(
                self.tr(
                    "An objection to direct marketing takes effect at once and also stops "
                    "targeted ads. No data is deleted."
                )
            )
            self.ok_button.setText(self.tr("Record objection"))
        else:
            self.setWindowTitle(self.tr("Withdraw consent"))
            self.intro.setText(
                self.tr(
                    "Consent is withdrawn from now on; what was done before stays lawful. No "
                    "data is deleted."
                )
            )
            self.ok_button.setText(self.tr("Withdraw consent"))
        self.purposes_label.setText(self.tr("Purposes:"))
        self.channels_label.setText(self.tr("Channels (none ticked: all channels):"))
        for purpose, box in self.purpose_boxes.items():
            box.setText(PURPOSE_NAMES[Purpose(purpose)]())
        for channel, box in self.channel_boxes.items():
            box.setText(CHANNEL_NAMES[channel]())

    def _submit(self) -> None:
        decisions = self._services.decisions
        method = decisions.object if self._kind == OBJECTION else decisions.withdraw_consent
        call = partial(
            method,
            purposes=[Purpose(p) for p in checked(self.purpose_boxes)],
            channels=[ContactChannel(c) for c in checked(self.channel_boxes)],
            expected_version=self._case_version,
        )
        self._run(call, self._actor, self._case_id, on_done=self._decided)


class SuppressionDialog(DecisionDialog):
    """Stop marketing to the request's own email or phone; needs no verification."""

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
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.channel = QComboBox(self)
        for channel in ContactChannel:
            if channel is not ContactChannel.POST:
                self.channel.addItem("", channel.value)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.channel)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stop marketing to this contact point"))
        self.intro.setText(
            self.tr(
                "Marketing to the email address or phone number this request came from stops "
                "at once, whoever it belongs to."
            )
        )
        for index in range(self.channel.count()):
            self.channel.setItemText(index, channel_name(self.channel.itemData(index)))
        self.ok_button.setText(self.tr("Stop marketing"))

    def _submit(self) -> None:
        call = partial(
            self._services.decisions.suppress_contact_point, expected_version=self._case_version
        )
        self._run(
            call,
            self._actor,
            self._case_id,
            ContactChannel(self.channel.currentData()),
            on_done=self._decided,
        )
