"""The main window's own actions (files, undo, language, settings, about) and the list of modules
that add further actions to its menus.

Other features plug in without the main window knowing them: a page adds its actions in
``Page.install_actions(window)``; a module that is not a page (Excel import/export, say) appends
``"module:function"`` to :data:`ACTION_PROVIDERS`, and ``function(window)`` is called once when the
main window has been built. Either calls ``window.add_action(menu_name, action)`` with a menu name
from :data:`MENU_NAMES`.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget
from hrplanner.ui.labels import targs

log = logging.getLogger(__name__)

#: The menus of the main window, in menu-bar order. "tools" shows only once something is in it.
MENU_NAMES = ("file", "edit", "view", "tools", "help")

#: "module:function" of functions ``function(window)`` that add actions to the main window's menus.
ACTION_PROVIDERS: list[str] = ["hrplanner.ui.safe_open:install", "hrplanner.ui.actions_backup:install",
                               "hrplanner.ui.actions_excel:install"]


def load_action_providers(window: QWidget) -> None:
    """Call every provider; one that fails is logged and skipped, so the app still starts."""
    for spec in ACTION_PROVIDERS:
        module_name, function_name = spec.split(":")
        try:
            getattr(importlib.import_module(module_name), function_name)(window)
        except Exception:  # noqa: BLE001 - a broken plug-in must not stop the app
            log.exception("action provider %s failed", spec)


def _icon(widget: QWidget, theme: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    icon = QIcon.fromTheme(theme)
    return icon if not icon.isNull() else widget.style().standardIcon(fallback)


class MainActions(QObject):
    """The actions of the main window's own menus, with their shortcuts and translated texts."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        sp = QStyle.StandardPixmap
        ti = QIcon.ThemeIcon
        self.new_register = QAction(_icon(window, ti.DocumentNew, sp.SP_FileIcon), "", window)
        self.new_register.setShortcut(QKeySequence.StandardKey.New)
        self.open_register = QAction(_icon(window, ti.DocumentOpen, sp.SP_DialogOpenButton), "", window)
        self.open_register.setShortcut(QKeySequence.StandardKey.Open)
        self.quit = QAction(_icon(window, ti.ApplicationExit, sp.SP_DialogCloseButton), "", window)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = QAction(_icon(window, ti.EditUndo, sp.SP_ArrowBack), "", window)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setEnabled(False)
        self.redo = QAction(_icon(window, ti.EditRedo, sp.SP_ArrowForward), "", window)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo.setEnabled(False)
        self.settings = QAction("", window)
        self.settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about = QAction(_icon(window, ti.HelpAbout, sp.SP_MessageBoxInformation), "", window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.language_nl = QAction("Nederlands", window, checkable=True)
        self.language_nl.setData("nl")
        self.language_en = QAction("English", window, checkable=True)
        self.language_en.setData("en")
        for action in (self.language_nl, self.language_en):
            self.language_group.addAction(action)
        self._undo_text = ""
        self._redo_text = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.new_register.setText(self.tr("&New register…"))
        self.new_register.setStatusTip(self.tr("Create an empty register file"))
        self.open_register.setText(self.tr("&Open…"))
        self.open_register.setStatusTip(self.tr("Open a register file"))
        self.quit.setText(self.tr("&Quit"))
        self.settings.setText(self.tr("&Settings…"))
        self.about.setText(self.tr("&About hrplanner"))
        self.set_undo_text(self._undo_text)
        self.set_redo_text(self._redo_text)

    def set_undo_text(self, text: str) -> None:
        self._undo_text = text
        self.undo.setText(targs(self.tr("&Undo %1"), text) if text else self.tr("&Undo"))

    def set_redo_text(self, text: str) -> None:
        self._redo_text = text
        self.redo.setText(targs(self.tr("&Redo %1"), text) if text else self.tr("&Redo"))

    def select_language(self, language: str) -> None:
        for action in (self.language_nl, self.language_en):
            action.setChecked(action.data() == language)
