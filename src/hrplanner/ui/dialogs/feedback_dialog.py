"""The dialog of File > Feedback reports…: which round, and one organisation or all of them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from hrplanner.ui.round_selector import round_combo


class FeedbackDialog(QDialog):
    """Choose the round and the organisation(s) of feedback reports."""

    ALL = "__all__"

    def __init__(self, parent: QWidget | None, rounds: list[tuple[str, str]], organisations: list[str],
                 current_round: date | None):
        super().__init__(parent)
        self.setObjectName("feedback_dialog")
        self.setWindowTitle(self.tr("Feedback reports"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Each organisation gets an Excel report with its own figures against the region "
                               "and organisations of its kind. It names no other organisation."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.round_box = round_combo(self, rounds, current_round, self.tr("Round"))
        self.round_box.setObjectName("feedback_round")
        self.organisation_box = QComboBox(self)
        self.organisation_box.setObjectName("feedback_organisation")
        self.organisation_box.setAccessibleName(self.tr("Organisation"))
        self.organisation_box.addItem(self.tr("All organisations with figures (one file each)"), self.ALL)
        for name in organisations:
            self.organisation_box.addItem(name, name)
        form.addRow(self.tr("Round:"), self.round_box)
        form.addRow(self.tr("Organisation:"), self.organisation_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def choice(self) -> tuple[date, list[str] | None]:
        """The reference date, and the organisations (None: every one with figures)."""
        organisation = self.organisation_box.currentData()
        return (date.fromisoformat(self.round_box.currentData()),
                None if organisation == self.ALL else [organisation])
