"""File > Connect to server…: open a shared register on a PostgreSQL server.

The dialog asks for the address and the password; the connection is made in the background; a refusal
(wrong password, unknown database, server unreachable) brings the dialog back with the reason. Once the
server accepted the login, the password goes to the operating system's keyring (never to the settings
or the log) and the address to the settings. An hr-lead starts on the Shared figures page: the own
organisation's figures of the open round beside the region's published ones; the steering group sees
only that page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from hrplanner.db.server.address import ServerAddress, ServerAddressError, parse_server_url
from hrplanner.services.errors import USER_ERRORS
from hrplanner.services.register import Register
from hrplanner.services.server_connect import forget_password, store_password, stored_password
from hrplanner.ui import settings
from hrplanner.ui.workers import run_task

log = logging.getLogger(__name__)


class ServerActions(QObject):
    """The Connect to server… action and what it does."""

    def __init__(self, window):  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window = window
        self.connect_action = QAction(window)
        self.connect_action.setObjectName("action_connect_server")
        self.connect_action.triggered.connect(lambda: self.ask())
        #: Run the connection on the calling thread (tests); None = the workers' default.
        self.synchronous: bool | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.connect_action.setText(self.tr("Connect to &server…"))
        self.connect_action.setStatusTip(self.tr("Open a shared register on a PostgreSQL server"))

    def last_address(self) -> ServerAddress | None:
        try:
            text = settings.get(settings.LAST_SERVER)
            return parse_server_url(text) if text else None
        except ServerAddressError:
            return None

    def ask(self, address: ServerAddress | None = None, message: str = "") -> None:
        """Show the dialog and connect with what was entered."""
        from hrplanner.ui.dialogs.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.window, address=address or self.last_address(), message=message)
        if address is not None and stored_password(address):
            dialog.password.setPlaceholderText(self.tr("kept in the keyring"))
        if not dialog.exec():
            return
        self.connect_to(dialog.address(), dialog.password.text(), remember=dialog.remember.isChecked())

    def connect_to(self, address: ServerAddress, password: str, *, remember: bool = True) -> None:
        settings.put(settings.LAST_SERVER, address.url)
        self.window.statusBar().showMessage(self.tr("Connecting to %1…").replace("%1", address.name))
        run_task(lambda _token: Register.open(address, password=password or None), name="connect to server",
                 parent=self.window, synchronous=self.synchronous,
                 on_result=lambda register: self._connected(register, password, remember),
                 on_error=lambda exc: self._failed(address, exc))

    def _connected(self, register: Register, password: str, remember: bool) -> None:
        address = register.path
        if password:
            if remember:
                if not store_password(address, password):  # type: ignore[arg-type]
                    log.info("no keyring: the password for %s is not kept", address.name)  # type: ignore[union-attr]
            else:
                forget_password(address)  # type: ignore[arg-type]
        self.window.adopt_register(register)
        if register.role == "hr-lead":
            open_rounds = [r for r in register.rounds() if not r.closed]
            if open_rounds:
                self.window.context.set_round(open_rounds[-1].reference_date)
        if register.role in ("hr-lead", "steering"):
            self.window.show_page("shared_figures")
        role = {"coordinator": self.tr("coordinator"), "hr-lead": self.tr("HR lead"),
                "steering": self.tr("steering group")}.get(register.role, self.tr("administrator"))
        self.window.statusBar().showMessage(
            self.tr("Connected to %1 as %2 (%3)").replace("%1", address.name)  # type: ignore[union-attr]
            .replace("%2", address.user).replace("%3", role), 8000)  # type: ignore[union-attr]

    def _failed(self, address: ServerAddress, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        if isinstance(exc, USER_ERRORS):
            self.ask(address, str(exc))
            return
        from hrplanner.ui.dialogs.error_dialog import report_error

        report_error(exc, self.window)


def install(window) -> None:  # noqa: ANN001 - the MainWindow
    """Action provider: File > Connect to server…, and the coordinator's publishing after a change."""
    from hrplanner.ui.server_publisher import ServerPublisher

    actions = ServerActions(window)
    window.server_actions = actions
    window.server_publisher = ServerPublisher(window.context, window)
    window.add_action("file", actions.connect_action)
    window.context.language_changed.connect(lambda _lang: actions.retranslate())
