"""The pages of the main window: one entry per page in :data:`PAGES`.

To add a feature page, replace its placeholder entry (or add one) with a factory that
builds your widget::

    def _cases_page(services: Services, actor: Actor, runner: TaskRunner) -> QWidget:
        from clb4u_desk.gui.cases.queue_page import CasesQueuePage  # loads on first use

        return CasesQueuePage(services, actor, runner)

    PAGES = (
        PageSpec("cases", _cases_title, _cases_page),
        ...
    )

Pages are built the first time they are shown (not at sign-in), so a page may start
loading its data in its constructor through ``runner.run(...)``. A page handles
``QEvent.LanguageChange`` in ``changeEvent`` to set its texts again. ``roles`` limits
who sees the page in the navigation; the services check permissions again themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.cases import Permission, can
from clb4u_desk.gui.placeholder import PlaceholderPage
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services

PageFactory = Callable[["Services", Actor, TaskRunner], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable: remembered in QSettings and used by tests
    title_fn: Callable[[], str]  # the translated title; called again on a language change
    factory: PageFactory
    # Who sees the page is the domain's permission table's answer, not the GUI's own.
    permission: Permission = Permission.HANDLE_CASE

    def available_to(self, actor: Actor) -> bool:
        return can(actor.role, self.permission)


def placeholder(title_fn: Callable[[], str], text_fn: Callable[[], str]) -> PageFactory:
    """A factory for a page whose feature is still to come."""

    def build(_services: Services, _actor: Actor, _runner: TaskRunner) -> QWidget:
        return PlaceholderPage(title_fn, text_fn)

    return build


# Titles and texts are functions so that they are translated again on a language change.
def _cases_title() -> str:
    return QCoreApplication.translate("pages", "Cases")


def _customers_title() -> str:
    return QCoreApplication.translate("pages", "Customers")


def _supervisor_title() -> str:
    return QCoreApplication.translate("pages", "Supervisor")


def _cases_page(services: Services, actor: Actor, runner: TaskRunner) -> QWidget:
    from clb4u_desk.gui.cases.cases_page import CasesPage  # on first use

    return CasesPage(services, actor, runner)


def _customers_page(services: Services, actor: Actor, runner: TaskRunner) -> QWidget:
    from clb4u_desk.gui.customers.search_page import CustomerSearchPage  # on first use

    return CustomerSearchPage(services, actor, runner)


def _supervisor_page(services: Services, actor: Actor, runner: TaskRunner) -> QWidget:
    from clb4u_desk.gui.supervisor.approval_queue import ApprovalQueuePage  # on first use

    return ApprovalQueuePage(services, actor, runner)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("cases", _cases_title, _cases_page),
    PageSpec("customers", _customers_title, _customers_page),
    PageSpec("supervisor", _supervisor_title, _supervisor_page, permission=Permission.APPROVE),
)


def pages_for(actor: Actor, pages: tuple[PageSpec, ...] = PAGES) -> list[PageSpec]:
    return [spec for spec in pages if spec.available_to(actor)]
