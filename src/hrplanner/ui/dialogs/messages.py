"""Message boxes, made in one place so every page shows them alike and tests can patch one method.

Every box is a QMessageBox whose ``exec()`` is called from Python; ``tests/ui/conftest.py`` patches
``QMessageBox.exec`` to record the box instead of waiting for a click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

_ICONS = {
    "information": QMessageBox.Icon.Information,
    "warning": QMessageBox.Icon.Warning,
    "critical": QMessageBox.Icon.Critical,
    "question": QMessageBox.Icon.Question,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _box(parent: QWidget | None, kind: str, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(_ICONS[kind])
    box.setWindowTitle(title or "hrplanner")
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # service messages may contain "<25"
    if details:
        box.setDetailedText(details)
    box.setObjectName(f"message_{kind}")
    return box


def show_message(parent: QWidget | None, text: str, *, title: str = "", kind: str = "warning",
                 informative: str = "", details: str = "") -> None:
    """Tell the user something and wait for OK."""
    box = _box(parent, kind, title, text, details)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask(parent: QWidget | None, text: str, *, title: str = "", informative: str = "",
        yes_text: str = "", default_yes: bool = False) -> bool:
    """A yes/no question; True when the user agrees."""
    box = _box(parent, "question", title, text)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text or _tr("Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(_tr("No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
