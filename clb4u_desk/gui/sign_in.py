"""The sign-in dialog: sign-in name and password, checked by the accounts service."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.domain.errors import DomainError, PermissionDeniedError
from clb4u_desk.gui.errors import error_text
from clb4u_desk.gui.roles import AGENT, role_title
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services

log = logging.getLogger(__name__)

# (login, role, password, display_name), as clb4u_desk.demo.seed.DEMO_ACCOUNTS.
DemoAccount = tuple[str, str, str, str]


def load_demo_accounts() -> tuple[DemoAccount, ...]:
    """The demo workspace's accounts, or none if this build has no demo seeding."""
    try:
        from clb4u_desk.demo.seed import DEMO_ACCOUNTS
    except ImportError:
        log.warning("demo accounts are not available (clb4u_desk.demo.seed)")
        return ()
    return tuple((a[0], a[1], a[2], a[3]) for a in DEMO_ACCOUNTS)


class SignInDialog(QDialog):
    """Emits ``signed_in(actor)`` and accepts once the service has accepted the password.

    ``demo_accounts`` (the demo workspace only) are listed with their passwords, which
    are public there, and the first agent is filled in.
    """

    signed_in = Signal(object)  # Actor

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        demo_accounts: Sequence[DemoAccount] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._demo_accounts = tuple(demo_accounts)
        self.actor: Actor | None = None
        self.setObjectName("signInDialog")
        self.setMinimumWidth(440)

        self._heading = QLabel()
        self._heading.setObjectName("signInHeading")
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._heading.setFont(font)
        self._intro = QLabel()
        self._intro.setWordWrap(True)

        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._form = QFormLayout()
        self._login_label = QLabel()
        self._password_label = QLabel()
        self._login_label.setBuddy(self.login_edit)
        self._password_label.setBuddy(self.password_edit)
        self._form.addRow(self._login_label, self.login_edit)
        self._form.addRow(self._password_label, self.password_edit)

        # Inline, not a dialog: a mistyped password is not an event worth a popup.
        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self._buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self._quit_button = QPushButton()
        self._buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self._buttons.accepted.connect(self.submit)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addSpacing(6)
        layout.addLayout(self._form)
        layout.addWidget(self.error_label)
        self.demo_box: QGroupBox | None = None
        self.demo_table: QTableWidget | None = None
        if self._demo_accounts:
            layout.addWidget(self._build_demo_box())
        layout.addWidget(self._buttons)
        self.retranslate()
        self._prefill()

    # -- demo accounts ----------------------------------------------------------------

    def _build_demo_box(self) -> QGroupBox:
        self.demo_box = QGroupBox()
        self.demo_box.setObjectName("demoAccounts")
        self._demo_hint = QLabel()
        self._demo_hint.setWordWrap(True)
        table = QTableWidget(len(self._demo_accounts), 3)
        table.setObjectName("demoAccountsTable")
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, (login, _role, password, _name) in enumerate(self._demo_accounts):
            table.setItem(row, 0, QTableWidgetItem(login))
            table.setItem(row, 1, QTableWidgetItem())
            table.setItem(row, 2, QTableWidgetItem(password))
        table.cellClicked.connect(self._use_demo_account)
        table.cellDoubleClicked.connect(self._use_demo_account_and_submit)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)
        self.demo_table = table
        box_layout = QVBoxLayout(self.demo_box)
        box_layout.addWidget(self._demo_hint)
        box_layout.addWidget(table)
        return self.demo_box

    def _prefill(self) -> None:
        agents = [row for row, account in enumerate(self._demo_accounts) if account[1] == AGENT]
        if agents:
            self._use_demo_account(agents[0], 0)
            self.sign_in_button.setFocus()
        else:
            self.login_edit.setFocus()

    def _use_demo_account(self, row: int, _column: int) -> None:
        login, _role, password, _name = self._demo_accounts[row]
        self.login_edit.setText(login)
        self.password_edit.setText(password)
        if self.demo_table is not None:
            self.demo_table.selectRow(row)

    def _use_demo_account_and_submit(self, row: int, column: int) -> None:
        self._use_demo_account(row, column)
        self.submit()

    # -- signing in -------------------------------------------------------------------

    def submit(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self.show_error(self.tr("Enter your sign-in name."))
            self.login_edit.setFocus()
            return
        self._set_working(True)
        self._runner.run(
            self._services.accounts.sign_in,
            login,
            self.password_edit.text(),
            on_done=self._signed_in,
            on_error=self._failed,
            on_finished=lambda: self._set_working(False),
            owner=self,
        )

    def _signed_in(self, actor: Actor) -> None:
        if not self.isVisible():  # the user quit while the password was being checked
            return
        self.actor = actor
        self.signed_in.emit(actor)
        self.accept()

    def _failed(self, error: DomainError) -> None:
        if isinstance(error, PermissionDeniedError):
            self.show_error(self.tr("Wrong sign-in name or password, or the account is disabled."))
        else:
            self.show_error(error_text(error))
        self.password_edit.clear()
        self.password_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _set_working(self, working: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not working)
        if working:
            self.error_label.hide()

    # -- texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in - CLB4U Desk"))
        self._heading.setText(self.tr("CLB4U Desk"))
        self._intro.setText(self.tr("Sign in with your staff account to answer privacy requests."))
        self._login_label.setText(self.tr("&Sign-in name:"))
        self._password_label.setText(self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self._quit_button.setText(self.tr("Quit"))
        if self.demo_box is not None and self.demo_table is not None:
            self.demo_box.setTitle(self.tr("Demo workspace accounts"))
            self._demo_hint.setText(
                self.tr(
                    "This is the demo workspace with invented "
                    "customers. Click an account to fill it in."
                )
            )
            self.demo_table.setHorizontalHeaderLabels(
                [self.tr("Sign-in name"), self.tr("Role"), self.tr("Password")]
            )
            for row, account in enumerate(self._demo_accounts):
                item = self.demo_table.item(row, 1)
                if item is not None:
                    item.setText(role_title(account[1]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
