"""Proposing to refuse a request item (or to extend it): a supervisor decides (four eyes)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.refusals import RefusalText
from clb4u_desk.gui.decisions.base import DecisionDialog
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services


class RefusalDialog(DecisionDialog):
    """Reason and legal ground; the text to the requester, with where to complain, is shown
    before the proposal goes to a supervisor."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        item_id: int,
        item_version: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        self._item_id = item_id
        self._item_version = item_version
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.legal_ground = QLineEdit(self)
        self.reason_label = QLabel(self)
        self.ground_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.ground_label, self.legal_ground)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self._preview)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self._layout.addWidget(self.intro)
        self._layout.addLayout(form)
        self._layout.addWidget(self.preview_button)
        self._layout.addWidget(self.text)
        self._finish_layout()
        self.resize(640, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Propose a refusal"))
        self.intro.setText(
            self.tr(
                "A refusal needs a reason and its legal ground. Where the requester can complain "
                "is added to the text automatically. Another supervisor approves or rejects it."
            )
        )
        self.reason_label.setText(self.tr("Reason"))
        self.ground_label.setText(self.tr("Legal ground"))
        self.preview_button.setText(self.tr("Show the text for the requester"))
        self.ok_button.setText(self.tr("Propose refusal"))

    def _preview(self) -> None:
        self._run(
            self._services.decisions.preview_refusal,
            self._actor,
            self._item_id,
            self.reason.toPlainText(),
            self.legal_ground.text(),
            on_done=self._show_text,
        )

    def _show_text(self, text: RefusalText) -> None:
        self.text.setPlainText(f"{text.text_vi}\n\n{text.text_en}")

    def _submit(self) -> None:
        call = partial(
            self._services.decisions.propose_refusal, expected_version=self._item_version
        )
        self._run(
            call,
            self._actor,
            self._item_id,
            self.reason.toPlainText(),
            self.legal_ground.text(),
            on_done=self._decided,
        )


class ExtensionDialog(DecisionDialog):
    """Propose the item's one extension with the reason the requester will be sent."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        item_id: int,
        item_version: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, actor, runner, parent)
        self._item_id = item_id
        self._item_version = item_version
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.reason)
        self._finish_layout()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Propose an extension"))
        self.intro.setText(
            self.tr(
                "An item can be extended once. Give the reason the requester will be sent; a "
                "supervisor approves it."
            )
        )
        self.ok_button.setText(self.tr("Propose extension"))

    def _submit(self) -> None:
        call = partial(
            self._services.decisions.propose_extension, expected_version=self._item_version
        )
        self._run(
            call, self._actor, self._item_id, self.reason.toPlainText(), on_done=self._decided
        )
