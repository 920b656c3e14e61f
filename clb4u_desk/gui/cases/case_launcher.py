"""Opening the dialogs of the case page, and reloading the case when they close.

Dialogs are imported when first opened, so the page itself loads quickly. Each one is
opened window-modal with ``open()`` (the GUI thread never waits in a nested loop); when
it closes, the page reads the case again and emits ``case_changed`` if anything moved
(its version or its timeline), whatever the dialog was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.case_actions import CaseActions
from clb4u_desk.domain.errors import DomainError
from clb4u_desk.gui.cases.case_dialogs import (
    AssignDialog,
    CaseFormDialog,
    CloseCaseDialog,
    NoticeDialog,
    OutcomeDialog,
    PauseDialog,
    ThirdPartyDialog,
)
from clb4u_desk.gui.cases.case_labels import day_text
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services
    from clb4u_desk.services.cases.page import CasePage
    from clb4u_desk.services.cases.service import ItemDetail
    from clb4u_desk.services.decisions.views import (
        ExtensionProposal,
        RectificationResult,
        RestrictionResult,
        RestrictionView,
    )


class CasePageHost(Protocol):
    """What the launcher needs of the case page (the page itself: CaseView)."""

    case_id: int

    @property
    def data(self) -> CasePage | None: ...

    @property
    def offers(self) -> CaseActions | None: ...

    def version(self) -> int: ...

    def item_version(self, item_id: int) -> int: ...

    def selected_item(self) -> ItemDetail | None: ...

    def reload(self) -> None: ...

    def reload_after_dialog(self, version: int | None, events: int) -> None: ...

    def show_error(self, error: DomainError) -> None: ...

    def show_info(self, text: str) -> None: ...

    def clear_banner(self) -> None: ...


class DialogLauncher(QObject):
    """Owned by the page; ``current`` is the dialog open now (or None).

    ``page`` is what it reads and reloads, ``widget`` the page as the dialogs' parent.
    """

    def __init__(
        self,
        page: CasePageHost,
        widget: QWidget,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
    ) -> None:
        super().__init__(widget)
        self._page = page
        self._widget = widget
        self._services = services
        self._actor = actor
        self._runner = runner
        self.current: QDialog | QWidget | None = None
        self.profile: QWidget | None = None

    # -- opening ----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal; the page reloads when it closes."""
        view = self._page
        view.clear_banner()  # the agent acts: what the banner said is over
        before = view.data.case.version if view.data else None
        events = len(view.data.timeline) if view.data else 0
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog, before, events))
        if isinstance(dialog, CaseFormDialog):
            dialog.stale.connect(view.reload)
        self.current = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog, version: int | None, events: int) -> None:
        if self.current is dialog:
            self.current = None
        self._page.reload_after_dialog(version, events)

    # -- the case -----------------------------------------------------------------------

    def assign(self) -> None:
        view, parent = self._page, self._widget
        if view.data is None:
            return
        self._open(
            AssignDialog(
                self._services,
                self._actor,
                self._runner,
                view.case_id,
                view.data.case.assignee_id,
                view.version,
                parent,
            )
        )

    def close_case(self) -> None:
        view, parent = self._page, self._widget
        if view.offers is None or not view.offers.close_outcomes:
            return
        self._open(
            CloseCaseDialog(
                self._services,
                self._actor,
                self._runner,
                view.case_id,
                view.offers.close_outcomes,
                view.version,
                parent,
            )
        )

    def verify(self) -> None:
        from clb4u_desk.gui.verification.wizard import VerificationWizard

        view, parent = self._page, self._widget
        wizard = VerificationWizard(self._services, self._actor, self._runner, view.case_id, parent)
        wizard.resize(760, 720)
        self._open(wizard)

    def link_customer(self) -> None:
        from clb4u_desk.gui.customers.link_dialog import LinkCustomerDialog

        view, parent = self._page, self._widget
        self._open(
            LinkCustomerDialog(self._services, self._actor, self._runner, view.case_id, parent)
        )

    def open_profile(self) -> None:
        """The verified subject's profile, in a window of its own beside the case."""
        from clb4u_desk.gui.customers.profile_view import ProfileWindow

        view, parent = self._page, self._widget
        window = ProfileWindow(self._services, self._actor, self._runner, view.case_id, parent)
        if not window.isWindow():
            window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.profile = window
        window.show()

    def issue_copy(self) -> None:
        from clb4u_desk.gui.copies.issue_dialog import CopyIssueDialog

        view, parent = self._page, self._widget
        self._open(CopyIssueDialog(self._services, self._actor, self._runner, view.case_id, parent))

    def erasure(self) -> None:
        from clb4u_desk.gui.decisions.erasure_dialog import ErasureDialog

        view, parent = self._page, self._widget
        item_id = view.data.erasure_item_id if view.data else None
        if item_id is None:
            return
        self._open(
            ErasureDialog(self._services, self._actor, self._runner, view.case_id, item_id, parent)
        )

    # -- decisions ----------------------------------------------------------------------

    def decision(self, key: str) -> None:
        from clb4u_desk.gui.decisions.consent import (
            OBJECTION,
            WITHDRAWAL,
            ConsentDialog,
            SuppressionDialog,
        )
        from clb4u_desk.gui.decisions.rectification import RectificationDialog
        from clb4u_desk.gui.decisions.restriction import RestrictionDialog

        view, parent = self._page, self._widget
        if view.data is None:
            return
        services, actor, runner, case_id = (self._services, self._actor, self._runner, view.case_id)
        version = view.version()
        dialog: QDialog
        if key == "rectification":
            dialog = RectificationDialog(services, actor, runner, case_id, parent=parent)
            dialog.decided.connect(self._tell_recipients_of_rectification)
        elif key == "restriction":
            dialog = RestrictionDialog(services, actor, runner, case_id, version, parent=parent)
            dialog.decided.connect(self._tell_recipients_of_restriction)
        elif key == "objection":
            dialog = ConsentDialog(
                services, actor, runner, case_id, version, OBJECTION, parent=parent
            )
        elif key == "withdrawal":
            dialog = ConsentDialog(
                services, actor, runner, case_id, version, WITHDRAWAL, parent=parent
            )
        elif key == "suppression":
            dialog = SuppressionDialog(services, actor, runner, case_id, version, parent=parent)
        elif key == "lift_restriction":
            self._choose_restriction_to_lift()
            return
        else:
            raise ValueError(f"unknown decision {key!r}")
        self._open(dialog)

    def _tell_recipients_of_rectification(self, result: RectificationResult) -> None:
        self._tell_recipients(result.recipients, "rectification")

    def _tell_recipients_of_restriction(self, result: RestrictionResult) -> None:
        self._tell_recipients(result.recipients, "restriction")

    def _tell_recipients(self, recipients: tuple[Any, ...], about: str) -> None:
        """After a correction or restriction, the recipients to tell (GDPR Art. 19)."""
        if not recipients:
            return
        from clb4u_desk.gui.decisions.rectification import RecipientNoticeDialog

        view, parent = self._page, self._widget
        dialog = RecipientNoticeDialog(
            self._services,
            self._actor,
            self._runner,
            view.case_id,
            tuple(recipients),
            about,
            parent=parent,
        )
        self._open_later(dialog)

    def _open_later(self, dialog: QDialog) -> None:
        """Open ``dialog`` once the one that led to it has closed: one modal at a time."""
        QTimer.singleShot(0, self._widget, lambda: self._open(dialog))

    def _choose_restriction_to_lift(self) -> None:
        view, parent = self._page, self._widget
        if view.data is None or view.data.case.customer_id is None:
            return
        self._runner.run(
            self._services.decisions.active_restrictions,
            self._actor,
            view.data.case.customer_id,
            on_done=self._lift_one,
            on_error=view.show_error,
            owner=parent,
        )

    def _lift_one(self, restrictions: list[RestrictionView]) -> None:
        from clb4u_desk.gui.decisions.labels import category_name, purpose_name
        from clb4u_desk.gui.decisions.restriction import LiftRestrictionDialog

        view, parent = self._page, self._widget
        if not restrictions:
            view.show_info(
                QCoreApplication.translate(
                    "CaseLauncher", "The customer has no active restriction to lift."
                )
            )
            return
        chosen = restrictions[0]
        if len(restrictions) > 1:
            names = [category_name(r.category) or purpose_name(r.purpose) for r in restrictions]
            name, ok = QInputDialog.getItem(
                parent,
                QCoreApplication.translate("CaseLauncher", "Lift a restriction"),
                QCoreApplication.translate("CaseLauncher", "Which restriction?"),
                names,
                0,
                False,
            )
            if not ok:
                return
            chosen = restrictions[names.index(name)]
        self._open(
            LiftRestrictionDialog(
                self._services, self._actor, self._runner, view.case_id, chosen, parent=parent
            )
        )

    # -- items --------------------------------------------------------------------------

    def pause_item(self) -> None:
        view, parent = self._page, self._widget
        item = view.selected_item()
        if item is None:
            return
        self._open(
            PauseDialog(
                self._services,
                self._actor,
                self._runner,
                item,
                lambda: view.item_version(item.id),
                parent,
            )
        )

    def third_party(self) -> None:
        view, parent = self._page, self._widget
        item = view.selected_item()
        if item is None:
            return
        self._open(
            ThirdPartyDialog(
                self._services,
                self._actor,
                self._runner,
                item,
                lambda: view.item_version(item.id),
                parent,
            )
        )

    def set_outcome(self) -> None:
        view, parent = self._page, self._widget
        item = view.selected_item()
        if item is None or view.data is None:
            return
        outcomes = view.data.item_actions(item.id).outcome
        if not outcomes:
            return
        self._open(
            OutcomeDialog(
                self._services,
                self._actor,
                self._runner,
                item,
                outcomes,
                lambda: view.item_version(item.id),
                parent,
            )
        )

    def propose_extension(self) -> None:
        from clb4u_desk.gui.decisions.refusal import ExtensionDialog

        view, parent = self._page, self._widget
        item = view.selected_item()
        if item is None:
            return
        dialog = ExtensionDialog(
            self._services, self._actor, self._runner, item.id, item.version, parent
        )
        dialog.decided.connect(self._show_extension_notice)
        self._open(dialog)

    def _show_extension_notice(self, proposal: ExtensionProposal) -> None:
        """The notice the requester gets once a supervisor approves, to check now."""
        intro = QCoreApplication.translate(
            "CaseLauncher",
            "The extension waits for a supervisor. Once approved, the item is "
            "due on {date}; send the requester this notice then.",
        ).format(date=day_text(proposal.proposed_due))
        title = QCoreApplication.translate("CaseLauncher", "Extension proposed")
        dialog = NoticeDialog(title, intro, proposal.notice_vi, proposal.notice_en, self._widget)
        self._open_later(dialog)

    def propose_refusal(self) -> None:
        from clb4u_desk.gui.decisions.refusal import RefusalDialog

        view, parent = self._page, self._widget
        item = view.selected_item()
        if item is None:
            return
        self._open(
            RefusalDialog(self._services, self._actor, self._runner, item.id, item.version, parent)
        )
