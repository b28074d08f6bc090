"""Edit > Settings: the user's preferences from ui/settings.py, in a form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrplanner.ui import settings
from hrplanner.ui.context import AppContext


def _spin(setting: settings.Setting, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(setting.minimum or 0, setting.maximum or 1_000_000)
    box.setSingleStep(step)
    box.setValue(settings.get(setting))
    box.setGroupSeparatorShown(True)
    return box


class SettingsDialog(QDialog):
    """Language, the user name for the audit log, privacy threshold, backups, Monte Carlo draws."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        self.user_name = QLineEdit(settings.get(settings.USER_NAME))
        self.user_name.setPlaceholderText(settings.login_name() or self.tr("e.g. J. de Vries, HR Twente"))
        self.user_name.setMinimumWidth(260)
        self.threshold = _spin(settings.SMALL_NUMBER_THRESHOLD)
        self.backups = _spin(settings.BACKUP_COUNT)
        self.draws = _spin(settings.MONTE_CARLO_DRAWS, 100)
        rows = (
            (self.tr("&Language:"), self.language, self.tr("Language")),
            (self.tr("Your &name (audit log):"), self.user_name, self.tr("Your name for the audit log")),
            (self.tr("&Hide cells of fewer than (persons):"), self.threshold,
             self.tr("Small-number threshold")),
            (self.tr("&Backups to keep per register:"), self.backups, self.tr("Backups to keep")),
            (self.tr("&Monte Carlo draws:"), self.draws, self.tr("Monte Carlo draws")),
        )
        for text, widget, accessible in rows:
            widget.setAccessibleName(accessible)
            form.addRow(text, widget)
        self.threshold.setToolTip(self.tr(
            "In exports and shared views, a cell built from fewer persons than this is hidden."))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        values = (
            (settings.USER_NAME, self.user_name.text().strip()),
            (settings.SMALL_NUMBER_THRESHOLD, self.threshold.value()),
            (settings.BACKUP_COUNT, self.backups.value()),
            (settings.MONTE_CARLO_DRAWS, self.draws.value()),
        )
        changed = []
        for setting, value in values:
            if settings.get(setting) != value:
                settings.put(setting, value)
                changed.append(setting.key)
        self.context.user_name = settings.user_name()
        for key in changed:
            self.context.settings_changed.emit(key)
        super().accept()
