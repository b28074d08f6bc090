"""The Occupations page: the register's occupation code list, edited in place and extended through a
small dialog (the default youth-care list ships with every new register)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hrplanner.ui import commands
from hrplanner.ui.context import AppContext
from hrplanner.ui.models.occupations import OccupationsModel
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.register_dialogs import OccupationDialog
from hrplanner.ui.pages.register_table import RegisterTable
from hrplanner.ui.theme import set_role


class OccupationsPage(Page):
    """The occupations of the register."""

    page_id = "register_occupations"
    order = 12
    icon_name = "register"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.model = OccupationsModel(context, self)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_occupation)
        self.table = RegisterTable(context, self.model, self)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Occupations")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Occupations"))
        self.add_button.setText(self.tr("&Add occupation\u2026"))
        self.table.retranslate(self.tr("Occupations"))
        self.request_refresh()

    def refresh(self) -> None:
        self.model.reload()
        register = self.context.register
        self.add_button.setEnabled(register is not None and not register.read_only)

    def add_occupation(self) -> OccupationDialog:
        dialog = OccupationDialog(self, lambda values: commands.execute(
            self.context, commands.AddOccupationCommand(self.context, values)))
        dialog.open()
        return dialog
