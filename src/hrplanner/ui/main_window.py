"""The main window: side navigation over the pages, the menus, the round selector and the status bar.

It knows no page in particular: pages come from ``load_page_classes()`` and features add their menu
actions through :meth:`MainWindow.add_action`. Opening a register runs in the background helper; an
error names the file and the reason and leaves the open register as it was.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import hrplanner
from hrplanner.ui import language, safe_open, settings, wheel_guard
from hrplanner.ui.actions import MENU_NAMES, MainActions, load_action_providers
from hrplanner.ui.context import AppContext
from hrplanner.ui.dialogs.messages import show_message
from hrplanner.ui.pages import PAGE_CLASSES, load_page_class, load_page_classes
from hrplanner.ui.pages.base import Page
from hrplanner.ui.round_selector import RoundSelector
from hrplanner.ui.workers import run_task
from hrplanner.ui.labels import targs

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_icon(name: str) -> QIcon:
    path = RESOURCES / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon(str(RESOURCES / "nav_page.svg"))


class MainWindow(settings.GeometryMixin, QMainWindow):
    """The one top-level window: navigation, pages, menus and the round selector."""

    def __init__(self, context: AppContext, page_classes: list[type[Page]] | None = None):
        """Build the window with ``page_classes`` (default: every registered page, and the menu
        actions of ACTION_PROVIDERS). The app passes only the overview and calls
        :meth:`finish_start_up` after its first paint, so the window shows sooner."""
        super().__init__()
        self.context = context
        self.setObjectName("main_window")
        self.setWindowIcon(resource_icon("hrplanner"))
        self.main_actions = MainActions(self)
        self._menus: dict[str, QMenu] = {}
        self._slots: dict[str, QAction] = {}
        self._pages: list[Page] = []
        self._page_actions: list[QAction] = []
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._connect()
        self.main_actions.select_language(context.language)
        if page_classes is None:  # all at once; at start-up after the first paint (finish_start_up)
            wheel_guard.install()
        self.add_pages(page_classes if page_classes is not None else load_page_classes())
        self.retranslate_ui()
        self.restore_geometry()
        if page_classes is None:
            load_action_providers(self)
        self.show_page(0)

    def finish_start_up(self, page_specs: list[str] | None = None) -> None:
        """Add the remaining pages one per event-loop turn (the window stays responsive), then the
        other features' menu actions. The wheel guard comes first (:mod:`hrplanner.ui.wheel_guard`)."""
        wheel_guard.install()
        specs = list(PAGE_CLASSES if page_specs is None else page_specs)

        def next_page() -> None:
            if specs:
                spec = specs.pop(0)
                try:
                    self.add_pages([load_page_class(spec)])
                except Exception:  # noqa: BLE001 - a page that cannot be imported must not stop the app
                    log.exception("could not load page %s", spec)
                QTimer.singleShot(0, next_page)
            else:
                load_action_providers(self)

        next_page()

    # --- building --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.main_actions
        for name in MENU_NAMES:
            menu = self.menuBar().addMenu("")
            menu.setObjectName(f"menu_{name}")
            self._menus[name] = menu
        file_menu = self._menus["file"]
        file_menu.addActions([a.new_register, a.open_register])
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._slots["file"] = file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = self._menus["edit"]
        edit_menu.addActions([a.undo, a.redo])
        self._slots["edit"] = edit_menu.addSeparator()
        edit_menu.addAction(a.settings)
        view_menu = self._menus["view"]
        self.language_menu = view_menu.addMenu("")
        self.language_menu.addActions([a.language_nl, a.language_en])
        view_menu.addSeparator()
        self._slots["view"] = view_menu.addSeparator()
        self._slots["tools"] = self._menus["tools"].addSeparator()
        self._menus["tools"].menuAction().setVisible(False)
        self._slots["help"] = self._menus["help"].addSeparator()
        self._menus["help"].addAction(a.about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.main_actions.open_register)
        self.toolbar.addSeparator()
        self.rounds = RoundSelector(self.context, self)
        self.round_label, self.round_combo = self.rounds.label, self.rounds.combo
        self.toolbar.addWidget(self.round_label)
        self.toolbar.addWidget(self.round_combo)

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(184)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        # A message about the page one left is stale on the next one.
        self.navigation.currentRowChanged.connect(lambda _row: self.statusBar().clearMessage())

    def add_pages(self, page_classes: list[type[Page]]) -> None:
        """Build pages not yet in the window and put them in navigation order."""
        present = {type(p) for p in self._pages}
        for page_class in page_classes:
            if page_class in present:
                continue
            try:
                page = page_class(self.context, self.stack)
            except Exception:  # noqa: BLE001 - one broken page must not stop the app
                log.exception("could not build page %s", page_class)
                continue
            page.defer_refresh = True
            page._stale = self.context.register is not None  # built after the register was opened
            position = sum(1 for p in self._pages if p.order <= page.order)
            self._pages.insert(position, page)
            self.stack.insertWidget(position, page)
            item = QListWidgetItem(resource_icon(f"nav_{page.icon_name or page.page_id}"), page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            item.setHidden(not page.can_show())
            self.navigation.insertItem(position, item)
            page.install_actions(self)
        self._build_page_actions()

    def _build_page_actions(self) -> None:
        """View menu: one action per page, Ctrl+1..9 for the first nine."""
        view_menu = self._menus["view"]
        for action in self._page_actions:
            view_menu.removeAction(action)
            action.deleteLater()
        self._page_actions = []
        for index, page in enumerate(self._pages):
            action = QAction(page.title(), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setEnabled(not self.navigation.item(index).isHidden())
            action.triggered.connect(lambda _=False, i=index: self.show_page(i))
            view_menu.insertAction(self._slots["view"], action)
            self._page_actions.append(action)

    def _build_status_bar(self) -> None:
        self.file_label = QLabel(self)
        self.file_label.setObjectName("status_file")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.file_label)

    def _connect(self) -> None:
        a, c = self.main_actions, self.context
        a.new_register.triggered.connect(self.new_register_dialog)
        a.open_register.triggered.connect(self.open_register_dialog)
        a.quit.triggered.connect(self.close)
        a.settings.triggered.connect(self.settings_dialog)
        a.about.triggered.connect(self.about_dialog)
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        stack = c.undo_stack
        a.undo.triggered.connect(stack.undo)
        a.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        stack.undoTextChanged.connect(a.set_undo_text)
        stack.redoTextChanged.connect(a.set_redo_text)
        c.register_changed.connect(self._register_changed)
        c.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))

    # --- the plug-in API ------------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` (one of actions.MENU_NAMES)."""
        return self._menus[name]

    def add_action(self, menu_name: str, action: QAction | QMenu) -> None:
        """Add a feature's action (or sub-menu) to a menu, in the feature section of that menu."""
        menu = self._menus[menu_name]
        target = action.menuAction() if isinstance(action, QMenu) else action
        menu.insertAction(self._slots[menu_name], target)
        menu.menuAction().setVisible(True)

    def pages(self) -> list[Page]:
        return list(self._pages)

    def page(self, page_id: str) -> Page:
        return next(p for p in self._pages if p.page_id == page_id)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, key: int | str) -> None:
        """Show a page by position or page_id (unknown ids show the first page)."""
        index = key if isinstance(key, int) else next(
            (i for i, p in enumerate(self._pages) if p.page_id == key), 0)
        if 0 <= index < len(self._pages) and not self.navigation.item(index).isHidden():
            self.navigation.setCurrentRow(index)

    # --- language -------------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the UI language live: translators, number formats, every text."""
        if lang == self.context.language:
            return
        settings.put(settings.LANGUAGE, lang)
        language.install_language(lang)
        self.context.language = lang
        self.main_actions.select_language(lang)
        self.retranslate_ui()
        self.context.language_changed.emit(lang)

    def retranslate_ui(self) -> None:
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View"),
                  "tools": self.tr("&Tools"), "help": self.tr("&Help")}
        for name, menu in self._menus.items():
            menu.setTitle(titles[name])
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.main_actions.retranslate()
        self.toolbar.setWindowTitle(self.tr("Main tool bar"))
        self.rounds.retranslate()
        self.navigation.setAccessibleName(self.tr("Pages"))
        for index, page in enumerate(self._pages):
            title = page.title()
            self.navigation.item(index).setText(title)
            self.navigation.item(index).setToolTip(title)
            self._page_actions[index].setText(title)
        self._update_title()

    # --- register -------------------------------------------------------------------------------

    def open_file(self, path: str | Path, *, synchronous: bool | None = None) -> None:
        """Open a register (in the background unless ``synchronous``); on success it replaces the
        open one, on failure a message names the file and the reason and nothing changes.
        Opening goes through ui.safe_open: the writer lock, or read-only when someone else edits it.
        The register open here for editing is not opened a second time (that copy could only be
        read-only, its lock being this window's): the status bar says it is open already."""
        path = Path(path)
        if self._editing(path):
            self.statusBar().showMessage(targs(self.tr("%1 is open already"), path.name), 8000)
            return
        self.statusBar().showMessage(targs(self.tr("Opening %1…"), path.name))
        run_task(lambda _token: safe_open.open_register(path), name="open register", parent=self,
                 synchronous=synchronous, on_result=self.adopt_register,
                 on_error=lambda exc: self.show_open_error(path, exc))

    def _editing(self, path: Path) -> bool:
        """Whether ``path`` is the file of the register this window holds the writer lock of."""
        session = self.context.session
        if session is None or session.lock is None or session.register.on_server:
            return False
        try:
            return os.path.samefile(session.register.path, path)
        except OSError:  # missing or unreadable: the opening says what is wrong with it
            return False

    def adopt_register(self, opened) -> None:  # noqa: ANN001 - a RegisterSession (or a bare Register)
        """Make an opened register the current one (the context owns its session) and remember its file
        (a server is reached through File > Connect to server…, not the recent files)."""
        self.context.set_register(opened)
        register = self.context.register
        if not register.on_server:
            settings.add_recent_file(register.path)
        message = targs(self.tr("Opened %1"), str(register.path))
        if register.migration_backup is not None:
            message = targs(self.tr("%1 was upgraded to this version of hrplanner; the original is kept as %2"), register.path.name, str(register.migration_backup))
        self.statusBar().showMessage(message, 8000)

    def show_open_error(self, path: Path, exc: BaseException) -> None:
        """Why a register could not be opened or made: the file and the reason (or the error
        dialog for an unexpected error). The open register stays as it was."""
        from hrplanner.services.errors import USER_ERRORS
        from hrplanner.ui.dialogs.error_dialog import report_error

        self.statusBar().clearMessage()
        if not isinstance(exc, USER_ERRORS):
            report_error(exc, self)
            return
        keeps = self.tr("The register that was open stays open.") if self.context.register else ""
        show_message(self, targs(self.tr("Could not open %1"), str(path)),
                     title=self.tr("Cannot open register"), kind="warning",
                     informative=f"{exc}\n\n{keeps}".strip())

    def open_register_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open register"), settings.last_directory(),
            targs(self.tr("hrplanner registers (*%1)"), hrplanner.REGISTER_SUFFIX))
        if path:
            settings.remember_directory(path)
            self.open_file(path)

    def new_register_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New register"), settings.last_directory(),
            targs(self.tr("hrplanner registers (*%1)"), hrplanner.REGISTER_SUFFIX))
        if not path:
            return
        path = Path(path)
        if path.suffix != hrplanner.REGISTER_SUFFIX:
            path = path.with_name(path.name + hrplanner.REGISTER_SUFFIX)
        settings.remember_directory(path)
        run_task(lambda _token: safe_open.create_register(path, region=path.stem),
                 name="new register", parent=self, on_result=self.adopt_register,
                 on_error=lambda exc: self.show_open_error(path, exc))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for number, name in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number}  {Path(name).name}")
            action.setToolTip(name)
            action.setStatusTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_file(n))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _register_changed(self, register) -> None:
        for index, page in enumerate(self._pages):
            visible = page.can_show() and page.shown_for_role()
            self.navigation.item(index).setHidden(not visible)
            self._page_actions[index].setEnabled(visible)
        current = self.navigation.currentRow()
        if current < 0 or self.navigation.item(current).isHidden():
            self.show_page(next((i for i in range(len(self._pages)) if not self.navigation.item(i).isHidden()), 0))
        self.file_label.setText(str(register.path) if register else "")
        self._update_title()

    def _update_title(self) -> None:
        register = self.context.register
        if register is None:
            self.setWindowTitle("hrplanner")
            return
        # No "*": every change is saved at once, so nothing is ever waiting to be saved.
        title = f"{register.region} \u2014 {register.path.name}"
        if register.fictitious:
            title += " " + self.tr("(demo \u2014 fictitious figures)")
        if register.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)

    # --- dialogs and closing ---------------------------------------------------------------------

    def about_dialog(self) -> None:
        from hrplanner.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.context, self).exec()

    def settings_dialog(self) -> None:
        from hrplanner.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        if dialog.exec() and dialog.chosen_language() != self.context.language:
            self.set_language(dialog.chosen_language())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        super().closeEvent(event)
