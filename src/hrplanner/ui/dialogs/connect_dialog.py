"""File > Connect to server…: the address of a shared register (host, port, database, login) and the
password. The address is remembered in the settings; the password never is (the caller keeps it in
the operating system's keyring once the server accepted it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrplanner.db.server.address import DEFAULT_PORT, ServerAddress, ServerAddressError, check_name
from hrplanner.ui.theme import set_role


class ConnectDialog(QDialog):
    """Asks for a server register's address and the login's password."""

    def __init__(self, parent: QWidget | None = None, *, address: ServerAddress | None = None,
                 message: str = ""):
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.setWindowTitle(self.tr("Connect to server"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A shared register on a PostgreSQL server. What you see and may change "
                               "follows from your login's role."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.message.setObjectName("connect_message")
        set_role(self.message, "banner")
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        self.host = QLineEdit(address.host if address else "localhost", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(address.port if address else DEFAULT_PORT)
        self.database = QLineEdit(address.database if address else "", self)
        self.user = QLineEdit(address.user if address else "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system's keyring"), self)
        self.remember.setChecked(True)
        rows = (
            (self.tr("&Server:"), self.host, self.tr("Server host name")),
            (self.tr("&Port:"), self.port, self.tr("Port")),
            (self.tr("&Database:"), self.database, self.tr("Database")),
            (self.tr("&Login:"), self.user, self.tr("Your login")),
            (self.tr("Pass&word:"), self.password, self.tr("Password")),
        )
        for text, widget, accessible in rows:
            widget.setAccessibleName(accessible)
            form.addRow(text, widget)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if address and address.user else self.database if address else self.host).setFocus()

    def address(self) -> ServerAddress:
        """The address as entered; raises :class:`ServerAddressError` naming the field and the rule."""
        host = self.host.text().strip()
        if not host:
            raise ServerAddressError(self.tr("Server: must not be empty"))
        return ServerAddress(check_name(self.tr("Login"), self.user.text().strip()), host, self.port.value(),
                             check_name(self.tr("Database"), self.database.text().strip()))

    def accept(self) -> None:
        try:
            self.address()
        except ServerAddressError as exc:
            self.show_message(str(exc))
            return
        super().accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
