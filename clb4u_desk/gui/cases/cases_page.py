"""The Cases page: the queue in the first tab, and one closable tab per opened case.

Opening a case that is already open switches to its tab. The case tab is
``CaseView`` from :mod:`clb4u_desk.gui.cases.case_view`, imported when the first case
is opened; when it changes its case (``case_changed``), the queue is read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QVBoxLayout, QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.gui.cases.queue_page import CasesQueuePage
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services


class CasesPage(QWidget):
    """Registered in :mod:`clb4u_desk.gui.pages` under the key ``cases``."""

    def __init__(
        self, services: Services, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self.setObjectName("casesPage")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("casesTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.queue = CasesQueuePage(services, actor, runner, self.tabs)
        self.tabs.addTab(self.queue, "")
        # The queue stays: no close button on its tab.
        bar = self.tabs.tabBar()
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            bar.setTabButton(0, side, None)
        self.queue.open_requested.connect(self.open_case)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.queue), self.tr("Queue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def case_tab(self, case_id: int) -> QWidget | None:
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if widget is not self.queue and getattr(widget, "case_id", None) == case_id:
                return widget
        return None

    def open_case(self, case_id: int, reference: str = "") -> QWidget:
        """Show the case in its tab, opening the tab if it is not open yet."""
        existing = self.case_tab(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        from clb4u_desk.gui.cases.case_view import CaseView  # loads on first use

        view = CaseView(self._services, self._actor, self._runner, case_id)
        view.case_changed.connect(lambda changed_id: self.queue.refresh(changed_id))
        index = self.tabs.addTab(view, reference or self.tr("Case"))
        self.tabs.setTabToolTip(index, reference)
        self.tabs.setCurrentIndex(index)
        return view

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or widget is self.queue:
            return
        self.tabs.removeTab(index)
        widget.deleteLater()
