"""The name the audit log records with every change made in this app, asked for once.

At the first start the app asks for it, with the system's login name filled in; whatever the answer,
it does not ask again (the name can be changed under Edit > Settings). Until then, and when the
answer is empty, the login name is recorded, so the audit log's "who" is never empty.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QWidget

from hrplanner.ui import settings
from hrplanner.ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserNameDialog", text)


def ask_once(context: AppContext, parent: QWidget | None = None) -> bool:
    """Ask for the name to record unless that was asked before; True when the dialog was shown."""
    if settings.get(settings.USER_NAME_ASKED):
        return False
    settings.put(settings.USER_NAME_ASKED, True)
    dialog = QInputDialog(parent)
    dialog.setObjectName("user_name_dialog")
    dialog.setWindowTitle(_tr("Your name in the audit log"))
    dialog.setLabelText(_tr("The audit log records who made each change. Which name should it record "
                            "for your changes? (You can change it later under Edit > Settings.)"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(settings.user_name())
    for label in dialog.findChildren(QLabel):  # the question wraps instead of widening the dialog
        label.setWordWrap(True)
    dialog.setMinimumWidth(420)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        settings.put(settings.USER_NAME, dialog.textValue().strip())
    context.user_name = settings.user_name()
    return True
