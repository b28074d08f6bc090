"""Help > About: the version, what the app is for, where its data lives, and the demo's note."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import hrplanner
from hrplanner.logs import log_file
from hrplanner.paths import data_dir
from hrplanner.ui.context import AppContext
from hrplanner.ui.dialogs.error_dialog import versions_text
from hrplanner.ui.settings import settings_location


class AboutDialog(QDialog):
    """Version, purpose, data locations and (for the demo) that the figures are fictitious."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About hrplanner"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 12)
        register = context.register
        rows = [
            (self.tr("Register"), str(register.path) if register else self.tr("none open")),
            (self.tr("Registers of the demo and new files"), str(data_dir())),
            (self.tr("Settings"), settings_location()),
            (self.tr("Log file"), str(log_file())),
        ]
        table = "".join(f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        demo = ""
        if register is not None and register.fictitious:
            demo = "<p style='color:#7a5a00'><b>" + html.escape(self.tr(
                "The open register is the demo region: its organisations and figures are fictitious."
            )) + "</b></p>"
        text = (
            f"<h2>hrplanner {html.escape(hrplanner.__version__)}</h2>"
            "<p>" + html.escape(self.tr(
                "Regional workforce planning for youth care: the register of staffing, vacancies, "
                "inflow, outflow and training, the 20-year shortage projection and the coordination "
                "figures of the region.")) + "</p>"
            "<p>" + html.escape(self.tr(
                "Aggregate figures only: no names of employees, no salaries.")) + "</p>"
            f"{demo}<table>{table}</table>"
            f"<p style='color:#5b6470'>{html.escape(versions_text())}</p>"
        )
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setMinimumWidth(560)
        layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
