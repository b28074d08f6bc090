"""The Organisations page: the register's organisations, edited in place, added through a small
dialog, deactivated (never deleted once they have figures)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hrplanner.ui import commands
from hrplanner.ui.context import AppContext
from hrplanner.ui.models.organisations import OrganisationsModel
from hrplanner.ui.models.table import ROW_ROLE
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.register_dialogs import OrganisationDialog
from hrplanner.ui.pages.register_table import RegisterTable
from hrplanner.ui.theme import set_role


class OrganisationsPage(Page):
    """The organisations of the register."""

    page_id = "register_organisations"
    order = 11
    icon_name = "organisations"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.model = OrganisationsModel(context, self)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_organisation)
        self.active_button = QPushButton(self)
        self.active_button.clicked.connect(self.toggle_active)
        self.inactive_check = QCheckBox(self)
        self.inactive_check.setChecked(True)
        self.table = RegisterTable(context, self.model, self)
        self.inactive_check.toggled.connect(self.table.proxy.set_show_inactive)
        self.table.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addStretch(1)
        bar.addWidget(self.inactive_check)
        bar.addWidget(self.add_button)
        bar.addWidget(self.active_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Organisations")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Organisations"))
        self.add_button.setText(self.tr("&Add organisation\u2026"))
        self.inactive_check.setText(self.tr("Show &inactive organisations"))
        self.table.retranslate(self.tr("Organisations"))
        self._update_buttons()
        self.request_refresh()

    def refresh(self) -> None:
        self.model.reload()
        self._update_buttons()

    def current_organisation(self):  # noqa: ANN201 - an Organisation or None
        index = self.table.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.extra if row is not None else None

    def _update_buttons(self) -> None:
        organisation = self.current_organisation()
        writable = self.context.register is not None and not self.context.register.read_only
        self.add_button.setEnabled(writable)
        self.active_button.setEnabled(writable and organisation is not None)
        active = organisation is None or organisation.active
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("Re&activate"))

    def add_organisation(self) -> OrganisationDialog:
        dialog = OrganisationDialog(self, lambda values: commands.execute(
            self.context, commands.AddOrganisationCommand(self.context, **values)), self.context.language)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        organisation = self.current_organisation()
        if organisation is None:
            return
        outcome = commands.execute(self.context, commands.EditOrganisationCommand(
            self.context, organisation.name, {"active": not organisation.active}))
        self.table.show_message("" if outcome.ok else outcome.message)
