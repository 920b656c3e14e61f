"""Opening the dialogs of the case page, and reloading the case when they close.

Dialogs are imported when first opened, so the page itself loads quickly. Each one is
opened window-modal with ``open()`` (the GUI thread never waits in a nested loop); when
it closes, the page reads the case again and emits ``case_changed`` if anything moved
(its version or its timeline), whatever the dialog was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from clb4u_desk.domain.actor import Actor
from clb4u_desk.gui.cases.case_data import erasure_item, item_actions
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
    from clb4u_desk.gui.cases.case_view import CaseView
    from clb4u_desk.services.decisions.views import (
        ExtensionProposal,
        RectificationResult,
        RestrictionResult,
        RestrictionView,
    )


class DialogLauncher(QObject):
    """Owned by the page; ``current`` is the dialog open now (or None)."""

    def __init__(
        self, view: CaseView, services: Services, actor: Actor, runner: TaskRunner
    ) -> None:
        super().__init__(view)
        self._view = view
        self._services = services
        self._actor = actor
        self._runner = runner
        self.current: QDialog | QWidget | None = None
        self.profile: QWidget | None = None

    # -- opening ----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal; the page reloads when it closes."""
        view = self._view
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
        self._view.reload_after_dialog(version, events)

    # -- the case -----------------------------------------------------------------------

    def assign(self) -> None:
        view = self._view
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
                view,
            )
        )

    def close_case(self) -> None:
        view = self._view
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
                view,
            )
        )

    def verify(self) -> None:
        from clb4u_desk.gui.verification.wizard import VerificationWizard

        view = self._view
        wizard = VerificationWizard(self._services, self._actor, self._runner, view.case_id, view)
        wizard.resize(760, 720)
        self._open(wizard)

    def link_customer(self) -> None:
        from clb4u_desk.gui.customers.link_dialog import LinkCustomerDialog

        view = self._view
        self._open(
            LinkCustomerDialog(self._services, self._actor, self._runner, view.case_id, view)
        )

    def open_profile(self) -> None:
        """The verified subject's profile, in a window of its own beside the case."""
        from clb4u_desk.gui.customers.profile_view import ProfileWindow

        view = self._view
        window = ProfileWindow(self._services, self._actor, self._runner, view.case_id, view)
        if not window.isWindow():
            window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.profile = window
        window.show()

    def issue_copy(self) -> None:
        from clb4u_desk.gui.copies.issue_dialog import CopyIssueDialog

        view = self._view
        self._open(CopyIssueDialog(self._services, self._actor, self._runner, view.case_id, view))

    def erasure(self) -> None:
        from clb4u_desk.gui.decisions.erasure_dialog import ErasureDialog

        view = self._view
        item = erasure_item(view.data.case) if view.data else None
        if item is None:
            return
        self._open(
            ErasureDialog(self._services, self._actor, self._runner, view.case_id, item.id, view)
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

        view = self._view
        if view.data is None:
            return
        services, actor, runner, case_id = (self._services, self._actor, self._runner, view.case_id)
        version = view.version()
        dialog: QDialog
        if key == "rectification":
            dialog = RectificationDialog(services, actor, runner, case_id, parent=view)
            dialog.decided.connect(self._tell_recipients_of_rectification)
        elif key == "restriction":
            dialog = RestrictionDialog(services, actor, runner, case_id, version, parent=view)
            dialog.decided.connect(self._tell_recipients_of_restriction)
        elif key == "objection":
            dialog = ConsentDialog(
                services, actor, runner, case_id, version, OBJECTION, parent=view
            )
        elif key == "withdrawal":
            dialog = ConsentDialog(
                services, actor, runner, case_id, version, WITHDRAWAL, parent=view
            )
        elif key == "suppression":
            dialog = SuppressionDialog(services, actor, runner, case_id, version, parent=view)
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

        view = self._view
        dialog = RecipientNoticeDialog(
            self._services,
            self._actor,
            self._runner,
            view.case_id,
            tuple(recipients),
            about,
            parent=view,
        )
        self._open_later(dialog)

    def _open_later(self, dialog: QDialog) -> None:
        """Open ``dialog`` once the one that led to it has closed: one modal at a time."""
        QTimer.singleShot(0, self._view, lambda: self._open(dialog))

    def _choose_restriction_to_lift(self) -> None:
        view = self._view
        if view.data is None or view.data.case.customer_id is None:
            return
        self._runner.run(
            self._services.decisions.active_restrictions,
            self._actor,
            view.data.case.customer_id,
            on_done=self._lift_one,
            on_error=view.show_error,
            owner=view,
        )

    def _lift_one(self, restrictions: list[RestrictionView]) -> None:
        from clb4u_desk.gui.decisions.labels import category_name, purpose_name
        from clb4u_desk.gui.decisions.restriction import LiftRestrictionDialog

        view = self._view
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
                view,
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
                self._services, self._actor, self._runner, view.case_id, chosen, parent=view
            )
        )

    # -- items --------------------------------------------------------------------------

    def pause_item(self) -> None:
        view = self._view
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
                view,
            )
        )

    def third_party(self) -> None:
        view = self._view
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
                view,
            )
        )

    def set_outcome(self) -> None:
        view = self._view
        item = view.selected_item()
        if item is None or view.data is None:
            return
        outcomes = item_actions(view.data, item, self._actor).outcome
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
                view,
            )
        )

    def propose_extension(self) -> None:
        from clb4u_desk.gui.decisions.refusal import ExtensionDialog

        view = self._view
        item = view.selected_item()
        if item is None:
            return
        dialog = ExtensionDialog(
            self._services, self._actor, self._runner, item.id, item.version, view
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
        dialog = NoticeDialog(title, intro, proposal.notice_vi, proposal.notice_en, self._view)
        self._open_later(dialog)

    def propose_refusal(self) -> None:
        from clb4u_desk.gui.decisions.refusal import RefusalDialog

        view = self._view
        item = view.selected_item()
        if item is None:
            return
        self._open(
            RefusalDialog(self._services, self._actor, self._runner, item.id, item.version, view)
        )
