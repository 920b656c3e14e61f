"""The shell: sign-in, the main window and its pages, language switching, startup."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from clb4u_desk.app import Services
from clb4u_desk.config import DatabaseSettings, Settings
from clb4u_desk.domain.actor import SYSTEM_ACTOR, Actor
from clb4u_desk.domain.cases import Permission
from clb4u_desk.domain.errors import ValidationError
from clb4u_desk.gui.errors import crash_box, safe_traceback, show_domain_error
from clb4u_desk.gui.i18n import Translations, initial_language, qt_settings
from clb4u_desk.gui.launch import Startup
from clb4u_desk.gui.main_window import MainWindow
from clb4u_desk.gui.pages import PageFactory, PageSpec
from clb4u_desk.gui.placeholder import PlaceholderPage
from clb4u_desk.gui.sign_in import SignInDialog, load_demo_accounts
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.logging_setup import log_file
from tests.conftest import TEST_PASSWORD
from tests.gui.helpers import QT_STRICT, RecordingPresenter

pytestmark = QT_STRICT

TIMEOUT_MS = 15_000  # a bound for a hung test, never a measurement


# Signed-in users for the window tests; the main window itself asks the database nothing,
# and each real account costs a second of argon2 hashing.
ACTORS = {
    "agent": Actor(11, "agent", "Agent", "agent"),
    "supervisor": Actor(12, "supervisor", "Supervisor", "supervisor"),
    "admin": Actor(13, "admin", "Admin", "admin"),
}


@pytest.fixture
def account(services: Services) -> str:
    """One real account (supervisor) to sign in with; returns its login."""
    services.accounts.add_user(
        SYSTEM_ACTOR,
        login="lan",
        display_name="Trần Thị Lan",
        role="supervisor",
        password=TEST_PASSWORD,
    )
    return "lan"


@pytest.fixture
def make_window(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> Iterator[type[MainWindow]]:
    def make(login: str) -> MainWindow:
        window = MainWindow(services, ACTORS[login], runner, translations)
        qtbot.addWidget(window)
        window.show()
        return window

    return make  # type: ignore[misc]


def _sign_in_dialog(
    qtbot: QtBot, services: Services, runner: TaskRunner, **kwargs: object
) -> SignInDialog:
    dialog = SignInDialog(services, runner, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_in_reaches_the_main_window(
    qtbot: QtBot,
    services: Services,
    actors: dict[str, Actor],
    runner: TaskRunner,
    translations: Translations,
) -> None:
    dialog = _sign_in_dialog(qtbot, services, runner)
    qtbot.keyClicks(dialog.login_edit, "agent")
    qtbot.keyClicks(dialog.password_edit, TEST_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=TIMEOUT_MS) as signed_in:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    actor = signed_in.args[0]
    assert isinstance(actor, Actor)
    assert actor.login == "agent"
    assert not dialog.isVisible()

    window = MainWindow(services, actor, runner, translations)
    qtbot.addWidget(window)
    window.show()
    assert window.user_label.text() == "Đã đăng nhập: Agent (nhân viên hỗ trợ)"
    assert window.database_label.text() == f"Cơ sở dữ liệu: {services.db.display_name}"
    assert "sqlite" in window.database_label.text()


def test_wrong_password_shows_an_inline_message(
    qtbot: QtBot,
    services: Services,
    account: str,
    runner: TaskRunner,
    presenter: RecordingPresenter,
    translations: Translations,
) -> None:
    dialog = _sign_in_dialog(qtbot, services, runner)
    dialog.login_edit.setText(account)
    dialog.password_edit.setText("not the password")
    signed_in: list[object] = []
    dialog.signed_in.connect(signed_in.append)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=TIMEOUT_MS)
    assert dialog.error_label.text() == (
        "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa."
    )
    assert dialog.isVisible()
    assert signed_in == []
    assert dialog.password_edit.text() == ""
    assert dialog.sign_in_button.isEnabled()
    assert presenter.domain_errors == []
    assert presenter.crashes == []


def test_empty_sign_in_name_is_asked_for(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    dialog = _sign_in_dialog(qtbot, services, runner)
    dialog.submit()
    assert dialog.error_label.text() == "Hãy nhập tên đăng nhập."
    assert runner.pending == 0


def test_demo_accounts_are_listed_and_the_agent_is_filled_in(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    accounts = load_demo_accounts()
    assert accounts, "clb4u_desk.demo.seed.DEMO_ACCOUNTS is there"
    dialog = _sign_in_dialog(qtbot, services, runner, demo_accounts=accounts)
    agent = next(a for a in accounts if a[1] == "agent")
    assert dialog.login_edit.text() == agent[0]
    assert dialog.password_edit.text() == agent[2]
    assert dialog.demo_table is not None
    assert dialog.demo_table.rowCount() == len(accounts)
    supervisor_row = next(i for i, a in enumerate(accounts) if a[1] == "supervisor")
    assert dialog.demo_table.item(supervisor_row, 1).text() == "giám sát viên"
    rect = dialog.demo_table.visualRect(dialog.demo_table.model().index(supervisor_row, 0))
    qtbot.mouseClick(dialog.demo_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.login_edit.text() == "supervisor"


def test_no_demo_box_outside_the_demo(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    dialog = _sign_in_dialog(qtbot, services, runner)
    assert dialog.demo_box is None
    assert dialog.login_edit.text() == ""


@pytest.mark.parametrize(
    ("login", "pages"),
    [
        ("agent", ["cases", "customers"]),
        ("supervisor", ["cases", "customers", "supervisor"]),
        ("admin", ["cases", "customers", "supervisor"]),
    ],
)
def test_pages_depend_on_the_role(
    make_window: type[MainWindow], login: str, pages: list[str]
) -> None:
    window = make_window(login)  # type: ignore[call-arg, arg-type]
    assert window.page_keys == pages
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Vụ việc", "Khách hàng", "Giám sát"][: len(pages)]


def _test_pages(built: list[str]) -> tuple[PageSpec, ...]:
    """Pages of this test only: the real ones are being replaced by features."""

    def factory(key: str) -> PageFactory:
        def build(services: Services, actor: Actor, runner: TaskRunner) -> QWidget:
            built.append(key)
            return PlaceholderPage(
                lambda: QCoreApplication.translate("pages", "Cases"),
                lambda: QCoreApplication.translate("pages", "Customers"),
            )

        return build

    return (
        PageSpec("one", lambda: "One", factory("one")),
        PageSpec("two", lambda: "Two", factory("two"), permission=Permission.SIGN_CHECKPOINT),
    )


def test_pages_are_built_when_first_shown(
    qtbot: QtBot, services: Services, runner: TaskRunner, translations: Translations
) -> None:
    built: list[str] = []
    window = MainWindow(
        services, ACTORS["supervisor"], runner, translations, pages=_test_pages(built)
    )
    qtbot.addWidget(window)
    assert built == ["one"]  # the first page is shown at once
    window.select_page("two")
    window.select_page("one")
    window.select_page("two")
    assert built == ["one", "two"]
    page = window.current_page()
    assert page is not None
    assert page.objectName() == "page_two"
    title = page.findChild(QLabel, "pageTitle")
    assert title is not None
    assert title.text() == "Vụ việc"

    agent_window = MainWindow(
        services, ACTORS["agent"], runner, translations, pages=_test_pages([])
    )
    qtbot.addWidget(agent_window)
    assert agent_window.page_keys == ["one"]


def test_language_switch_retranslates_and_is_remembered(
    qtbot: QtBot, make_window: type[MainWindow], translations: Translations
) -> None:
    window = make_window("agent")  # type: ignore[call-arg, arg-type]
    window.select_page("cases")
    assert window.navigation.item(0).text() == "Vụ việc"
    assert window.menuBar().actions()[0].text() == "&Tệp"

    window.language_actions["en"].trigger()
    # Qt posts LanguageChange to each window, so it arrives when the event loop turns.
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Cases")
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.user_label.text() == "Signed in: Agent (support agent)"
    assert window.language_actions["en"].isChecked()
    assert qt_settings().value("ui/language") == "en"
    assert initial_language("vi") == "en"
    # --lang or CLB4U_UI_LANGUAGE for this start beat the remembered choice.
    assert initial_language("vi", given=True) == "vi"

    window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Vụ việc")


def test_placeholder_page_retranslates(qtbot: QtBot, translations: Translations) -> None:
    page = PlaceholderPage(
        lambda: QCoreApplication.translate("pages", "Cases"),
        lambda: QCoreApplication.translate("pages", "Customers"),
    )
    qtbot.addWidget(page)
    page.show()
    title = page.findChild(QLabel, "pageTitle")
    assert title is not None
    assert title.text() == "Vụ việc"
    translations.switch("en")
    qtbot.waitUntil(lambda: title.text() == "Cases")


def test_window_remembers_its_page(make_window: type[MainWindow]) -> None:
    first = make_window("supervisor")  # type: ignore[call-arg, arg-type]
    first.select_page("customers")
    first.close()
    second = make_window("supervisor")  # type: ignore[call-arg, arg-type]
    page = second.current_page()
    assert page is not None
    assert page.objectName() == "page_customers"


def test_about_box_names_the_version(make_window: type[MainWindow]) -> None:
    window = make_window("agent")  # type: ignore[call-arg, arg-type]
    box = window.show_about()
    assert box.text().startswith("CLB4U Desk ")
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"
    box.close()


def test_error_dialogs(qtbot: QtBot, translations: Translations) -> None:
    box = show_domain_error(None, ValidationError("Enter a phone number."))
    qtbot.addWidget(box)
    assert box.isVisible()
    assert box.windowTitle() == "Không thể thực hiện"
    assert box.informativeText() == "Enter a phone number."
    box.close()

    try:  # raised for real, so that the exception carries a traceback
        raise RuntimeError(
            "(psycopg.errors.UniqueViolation) duplicate key\n"
            "[SQL: INSERT INTO customers (name) VALUES (%(name)s)]\n"
            "[parameters: {'name': 'Nguyễn Văn A'}]"
        )
    except RuntimeError as exc:
        crash = crash_box(None, exc)
        scrubbed = safe_traceback(exc)
    qtbot.addWidget(crash)
    details = crash.detailedText()
    assert "Traceback" in details
    assert "INSERT INTO customers" in details
    assert "Nguyễn Văn A" not in details
    assert "Nguyễn Văn A" not in scrubbed
    assert str(log_file()) in crash.informativeText()
    assert crash.windowTitle() == "Đã xảy ra lỗi"


def _startup(
    qapp: QApplication, settings: Settings, runner: TaskRunner, translations: Translations
) -> Startup:
    return Startup(qapp, settings, runner, translations)


def test_startup_opens_the_workspace_then_signs_in(
    qtbot: QtBot,
    qapp: QApplication,
    settings: Settings,
    account: str,
    runner: TaskRunner,
    translations: Translations,
) -> None:
    startup = _startup(qapp, settings, runner, translations)
    startup.start()
    assert runner.wait_for_idle(TIMEOUT_MS / 1000)
    dialog = startup._dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.login_edit.setText(account)
    dialog.password_edit.setText(TEST_PASSWORD)
    dialog.submit()
    assert runner.wait_for_idle(TIMEOUT_MS / 1000)
    window = startup.window
    assert window is not None
    assert window.isVisible()
    qtbot.addWidget(window)
    assert "supervisor" in window.page_keys
    assert startup.exit_code == 0
    assert startup.services is not None
    startup.services.db.dispose()


def test_startup_configuration_problem_exits_with_2(
    qtbot: QtBot, qapp: QApplication, runner: TaskRunner, translations: Translations
) -> None:
    settings = replace(Settings(), database=DatabaseSettings(url="mysql://desk@db/clb4u"))
    startup = _startup(qapp, settings, runner, translations)
    startup.start()
    assert runner.wait_for_idle(TIMEOUT_MS / 1000)
    assert startup.exit_code == 2
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [b.informativeText() for b in boxes] == [
        "Cơ sở dữ liệu 'mysql' không được hỗ trợ; hãy dùng SQLite hoặc PostgreSQL."
    ]
    for box in boxes:
        qtbot.addWidget(box)


def test_a_demo_start_hands_the_demo_accounts_to_the_terminal(
    qtbot: QtBot, qapp: QApplication, runner: TaskRunner, translations: Translations, tmp_path: Path
) -> None:
    # The command line prints them; the GUI only tells whoever asked (it prints nothing).
    settings = replace(
        Settings(),
        demo=True,
        database=DatabaseSettings(
            url=f"sqlite:///{(tmp_path / 'demo.sqlite3').as_posix()}", password="none"
        ),
    )
    told: list[tuple[object, ...]] = []
    startup = Startup(qapp, settings, runner, translations, told.append)
    startup.start()
    assert runner.wait_for_idle(120)
    assert len(told) == 1
    assert [a[0] for a in told[0]] == ["agent", "agent2", "supervisor", "admin"]
    assert startup._dialog is not None
    qtbot.addWidget(startup._dialog)
    assert startup.services is not None
    startup.services.db.dispose()
