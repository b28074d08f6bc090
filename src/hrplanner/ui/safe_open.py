"""Opening a register for the main window the safe way: as its one writer, or read-only with the reason
when a colleague is editing it, with a warning when it lives on a network or removable drive.

The main window's open path calls :func:`open_register` (and :func:`create_register`) on a worker
thread; :func:`install` (an action provider) shows the notices in a banner under the tool bar and
releases the writer lock when the register is closed or the app quits. The locking itself is in
:mod:`hrplanner.services.locking`.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from hrplanner.services import locking
from hrplanner.services.register import Register
from hrplanner.ui.theme import set_role
from hrplanner.ui.labels import targs

@dataclass
class Opened:
    """What opening a register found: the writer lock (None when read-only) and why it is read-only."""

    lock: locking.WriterLock | None
    read_only_reason: str | None = None
    holder: locking.LockHolder | None = None
    storage: locking.Storage = field(default_factory=lambda: locking.Storage("local"))


_opened: "weakref.WeakKeyDictionary[Register, Opened]" = weakref.WeakKeyDictionary()
_guard = threading.Lock()


def _remember(register: Register, opened: Opened) -> Register:
    with _guard:
        _opened[register] = opened
    return register


def open_register(path: str | Path) -> Register:
    """Open a register for editing, or read-only when someone else edits it (runs on a worker thread)."""
    path = Path(path)
    register, lock, reason = locking.open_for_editing(path)
    holder = locking.read_holder(path) if lock is None else None
    return _remember(register, Opened(lock, reason, holder, locking.storage_of(path)))


def create_register(path: str | Path, region: str) -> Register:
    """Create a new register (replacing the file at ``path``) as its writer."""
    path = Path(path)
    lock = locking.acquire_writer(path)  # refuses to replace a register a colleague has open
    try:
        register = Register.create(path, region=region, overwrite=True)
    except BaseException:
        lock.release()
        raise
    return _remember(register, Opened(lock, None, None, locking.storage_of(path)))


def opened(register: Register | None) -> Opened | None:
    if register is None:
        return None
    with _guard:
        return _opened.get(register)


def take_lock(register: Register) -> locking.WriterLock | None:
    """Hand the register's writer lock to the caller (who then releases it), e.g. for a restore."""
    with _guard:
        found = _opened.get(register)
        if found is None:
            return None
        lock, found.lock = found.lock, None
    return lock


def release_all(keep: Register | None = None) -> None:
    """Release the writer locks of every register except ``keep`` (closed registers, or all at quit)."""
    with _guard:
        others = [(r, o) for r, o in _opened.items() if r is not keep]
    for _register, found in others:
        if found.lock is not None:
            found.lock.release()
            found.lock = None


# --- the banner -------------------------------------------------------------------------------------------


def notice_text(register: Register) -> str:
    """The banner's text for a register (translated), or "" when there is nothing to say."""
    found = opened(register)
    if found is None:
        return ""
    translate = QCoreApplication.translate
    name = register.path.name
    lines = []
    holder = found.holder
    if found.read_only_reason and holder is not None and holder.pid != QCoreApplication.applicationPid():
        lines.append(targs(translate("SafeOpen", "%1 is being edited by %2 on %3 since %4, so it is open read-only here. "
                                           "You can make changes once it is closed there."), name, holder.user, holder.host, holder.since))
    elif found.read_only_reason:
        lines.append(targs(translate("SafeOpen", "%1 is open read-only: %2"), name, found.read_only_reason))
    if found.storage.kind == "network":
        lines.append(targs(translate("SafeOpen", "%1 is on a network drive (%2). SQLite's locking is unreliable there; "
                                           "copy the file to a local disk to work on it."), name, found.storage.detail))
    elif found.storage.kind == "removable":
        lines.append(targs(translate("SafeOpen", "%1 is on a removable drive (%2). SQLite's locking is unreliable "
                                           "there; copy the file to a local disk to work on it."), name, found.storage.detail))
    return "\n".join(lines)


class NoticeBanner(QToolBar):
    """A yellow line under the tool bar for what the user must know about the open register."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("register_notice_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("register_notice")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        set_role(self.label, "banner")
        self.addWidget(self.label)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.clicked.connect(self.hide)
        self.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notices"))
        self.close_button.setToolTip(self.tr("Hide this notice"))
        self.close_button.setAccessibleName(self.tr("Hide this notice"))

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


def install(window) -> None:  # noqa: ANN001 - the MainWindow
    """Action provider: the notice banner, and the lock released when a register is closed."""
    context = window.context
    banner = NoticeBanner(window)
    window.addToolBarBreak()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    window.notice_banner = banner

    def register_changed(register: Register | None) -> None:
        release_all(keep=register)
        banner.show_text(notice_text(register) if register is not None else "")

    def language_changed(_lang: str) -> None:
        banner.retranslate()
        if context.register is not None and banner.isVisible():
            banner.show_text(notice_text(context.register))

    context.register_changed.connect(register_changed)
    context.language_changed.connect(language_changed)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: release_all())
    if context.register is not None:
        register_changed(context.register)
