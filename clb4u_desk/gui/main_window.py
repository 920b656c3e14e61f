"""The main window: navigation on the left, the selected page on the right.

The pages come from :data:`clb4u_desk.gui.pages.PAGES`; this window only arranges them,
builds each one the first time it is shown, and owns the menus and the status bar.
"""

from __future__ import annotations

from importlib import metadata
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from clb4u_desk.domain.actor import Actor
from clb4u_desk.gui.i18n import (
    LANGUAGE_MENU_TITLE,
    LANGUAGE_NAMES,
    LANGUAGES,
    Translations,
    qt_settings,
)
from clb4u_desk.gui.pages import PAGES, PageSpec, pages_for
from clb4u_desk.gui.roles import role_title
from clb4u_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from clb4u_desk.app import Services

_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_PAGE_KEY = "main_window/page"


def app_version() -> str:
    try:
        return metadata.version("clb4u-desk")
    except metadata.PackageNotFoundError:
        return "?"


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        translations: Translations,
        *,
        pages: tuple[PageSpec, ...] = PAGES,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._services = services
        self._actor = actor
        self._runner = runner
        self._translations = translations
        self._specs = pages_for(actor, pages)
        self._built: dict[str, QWidget] = {}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(170)
        self.navigation.setSpacing(2)
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.navigation.setFont(font)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for spec in self._specs:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
            # An empty slot until the page is first shown (see _show_page).
            self.stack.addWidget(QWidget())
        self.navigation.currentRowChanged.connect(self._show_page)

        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([200, 900])
        self.setCentralWidget(splitter)

        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(separator)
        self.statusBar().addPermanentWidget(self.user_label)
        runner.busy_changed.connect(self._show_busy)

        self._build_menus()
        self.retranslate()
        self._restore()

    # -- pages ----------------------------------------------------------------------

    @property
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def select_page(self, key: str) -> None:
        self.navigation.setCurrentRow(self.page_keys.index(key))

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        if spec.key not in self._built:
            page = spec.factory(self._services, self._actor, self._runner)
            page.setObjectName(f"page_{spec.key}")
            slot = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if slot is not None:
                self.stack.removeWidget(slot)
                slot.deleteLater()
            self._built[spec.key] = page
        self.stack.setCurrentIndex(row)

    # -- menus ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        self._file_menu = self.menuBar().addMenu("")
        self._quit_action = QAction(self)
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._quit_action.triggered.connect(self.close)
        self._file_menu.addAction(self._quit_action)

        self._view_menu = self.menuBar().addMenu("")
        self.language_menu = self._view_menu.addMenu(LANGUAGE_MENU_TITLE)
        self.language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[language], self)
            action.setCheckable(True)
            action.setChecked(language == self._translations.language)
            action.triggered.connect(
                lambda _checked=False, lang=language: self._translations.switch(lang)
            )
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action
        self._translations.language_changed.connect(self._language_changed)

        self._help_menu = self.menuBar().addMenu("")
        self._about_action = QAction(self)
        self._about_action.triggered.connect(self.show_about)
        self._help_menu.addAction(self._about_action)

    def _language_changed(self, language: str) -> None:
        self.language_actions[language].setChecked(True)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About CLB4U Desk"),
            self.tr("CLB4U Desk {version}").format(version=app_version()),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("aboutBox")
        box.setInformativeText(
            self.tr(
                "The workbench with which CLB4U's support agents answer privacy requests: "
                "access, copies, correction, objection, restriction, erasure and consent "
                "withdrawal."
            )
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # the window is its parent and keeps it until it closes
        return box

    # -- status bar -----------------------------------------------------------------

    def _show_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Working..."))
        else:
            self.statusBar().clearMessage()

    # -- texts ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CLB4U Desk"))
        self._file_menu.setTitle(self.tr("&File"))
        self._quit_action.setText(self.tr("&Quit"))
        self._view_menu.setTitle(self.tr("&View"))
        self._help_menu.setTitle(self.tr("&Help"))
        self._about_action.setText(self.tr("&About CLB4U Desk"))
        for row, spec in enumerate(self._specs):
            item = self.navigation.item(row)
            if item is not None:
                item.setText(spec.title_fn())
        # display_name never includes a password (the engine URL renders it hidden).
        self.database_label.setText(
            self.tr("Database: {name}").format(name=self._services.db.display_name)
        )
        self.user_label.setText(self._user_text())
        if self._runner.busy:
            self._show_busy(True)

    def _user_text(self) -> str:
        name, role = self._actor.display_name, role_title(self._actor.role)
        # Some display names already end in the role ("Lê Thị Hương (giám sát viên)"); the
        # role is shown once, in the current language.
        head, _sep, tail = name.rpartition(" (")
        if head and tail.rstrip(")").casefold() in {role.casefold(), self._actor.role}:
            name = head
        return self.tr("Signed in: {name} ({role})").format(name=name, role=role)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- remembered geometry --------------------------------------------------------

    def _restore(self) -> None:
        settings = qt_settings()
        geometry = settings.value(_GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 700)
        state = settings.value(_STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        key = settings.value(_PAGE_KEY)
        keys = self.page_keys
        if keys:
            self.select_page(key if isinstance(key, str) and key in keys else keys[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = qt_settings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(_STATE_KEY, self.saveState())
        row = self.navigation.currentRow()
        if row >= 0:
            settings.setValue(_PAGE_KEY, self._specs[row].key)
        super().closeEvent(event)
