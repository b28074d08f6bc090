"""Opening a register for the main window the safe way: as its one writer, or read-only with the reason
when a colleague is editing it, with a warning when it lives on a network or removable drive.

The main window's open path calls :func:`open_register` (and :func:`create_register`) on a worker
thread and hands the :class:`RegisterSession` to the app context, which owns it and its writer lock;
:func:`install` (an action provider) shows the notices in a banner under the tool bar. The opening
policy itself is in :mod:`hrplanner.services.locking`.

At start-up, :func:`open_preview` first reads the file with sqlite3 alone (no SQLAlchemy, no lock,
nothing written): the overview is painted from that :class:`Preview` while the session is opened in
the background, and the session then replaces it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from hrplanner.services.reading import ReadingRegister
from hrplanner.ui.labels import targs
from hrplanner.ui.theme import set_role

if TYPE_CHECKING:  # SQLAlchemy is loaded after the first paint
    from hrplanner.services.locking import RegisterSession
    from hrplanner.services.register import Register

log = logging.getLogger(__name__)


class Preview(ReadingRegister):
    """A register file read with sqlite3 alone for the first paint: read-only, a local file, no lock.
    The app context replaces it by the session opened in the background."""

    on_server = False
    role = ""
    migration_backup = None


def open_preview(path: str | Path) -> Preview | None:
    """The file as a :class:`Preview` when it is a local register at the current schema, else None (an
    older schema, a server address, anything odd: the full opening decides and reports)."""
    from hrplanner.db import engine as db
    from hrplanner.db.server.address import is_server_url

    if is_server_url(path):
        return None
    path = Path(path)
    try:
        connection = db.snapshot_connection(db.read_snapshot(path))
    except Exception:  # noqa: BLE001 - the full opening reports what is wrong with the file
        log.info("no preview of %s", path, exc_info=True)
        return None
    try:
        if db._revision_of(connection, path) == db.head_revision():
            return Preview(path, connection)
    except Exception:  # noqa: BLE001 - as above
        log.info("no preview of %s", path, exc_info=True)
    connection.close()
    return None


def open_register(path: str | Path) -> RegisterSession:
    """Open a register for editing, or read-only when someone else edits it (runs on a worker thread).
    The session goes to the app context, which owns it (and its lock) from then on."""
    from hrplanner.services import locking

    return locking.open_for_editing(Path(path))


def create_register(path: str | Path, region: str) -> RegisterSession:
    """Create a new register (replacing the file at ``path``) as its writer."""
    from hrplanner.services import locking
    from hrplanner.services.locking import RegisterSession
    from hrplanner.services.register import Register

    path = Path(path)
    lock = locking.acquire_writer(path)  # refuses to replace a register a colleague has open
    try:
        register = Register.create(path, region=region, overwrite=True)
    except BaseException:
        lock.release()
        raise
    return RegisterSession(register, lock, None, None, locking.storage_of(path))


# --- the banner -------------------------------------------------------------------------------------------


def notice_text(found: RegisterSession | None) -> str:
    """The banner's text for an open register session (translated), or "" when there is nothing to say."""
    if found is None:
        return ""
    register = found.register
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
    """Action provider: the notice banner (the app context owns the session and its lock)."""
    context = window.context
    banner = NoticeBanner(window)
    window.addToolBarBreak()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    window.notice_banner = banner

    def register_changed(register: Register | None) -> None:
        banner.show_text(notice_text(context.session) if register is not None else "")

    def language_changed(_lang: str) -> None:
        banner.retranslate()
        if context.register is not None and banner.isVisible():
            banner.show_text(notice_text(context.session))

    context.register_changed.connect(register_changed)
    context.language_changed.connect(language_changed)
    if context.register is not None:
        register_changed(context.register)
