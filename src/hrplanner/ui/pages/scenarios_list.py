"""The scenario page's list: the scenarios of the register, Copy/Rename/Delete, the note that the
basis cannot change, and the chosen scenario's description. Widgets only; the page acts on them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hrplanner.ui.models.scenario_list import ScenarioListModel
from hrplanner.ui.pages.sections import Section
from hrplanner.ui.theme import set_role


class ScenarioListSection(Section):
    """List, Copy/Rename/Delete (on two rows so no text is cut off), note and description."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenario_list_section")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(6)
        self.heading = QLabel(self)
        set_role(self.heading, "subheading")
        side.addWidget(self.heading)
        self.list_model = ScenarioListModel(self)
        self.scenario_list = QListView(self)
        self.scenario_list.setObjectName("scenario_list")
        self.scenario_list.setModel(self.list_model)
        self.scenario_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scenario_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scenario_list.setMinimumHeight(90)
        self.heading.setBuddy(self.scenario_list)
        side.addWidget(self.scenario_list, 1)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("scenario_copy")
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("scenario_rename")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("scenario_delete")
        buttons.addWidget(self.copy_button, 0, 0, 1, 2)
        buttons.addWidget(self.rename_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        side.addLayout(buttons)
        self.basis_note = QLabel(self)
        self.basis_note.setObjectName("basis_note")
        self.basis_note.setWordWrap(True)
        set_role(self.basis_note, "banner")
        side.addWidget(self.basis_note)
        self.description_label = QLabel(self)
        side.addWidget(self.description_label)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("scenario_description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(56)
        self.description_edit.setMaximumHeight(92)
        self.description_label.setBuddy(self.description_edit)
        side.addWidget(self.description_edit)
        self.description_button = QPushButton(self)
        self.description_button.setObjectName("scenario_description_save")
        side.addWidget(self.description_button)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("S&cenarios"))
        self.scenario_list.setAccessibleName(self.tr("Scenarios"))
        self.copy_button.setText(self.tr("Cop&y…"))
        self.copy_button.setToolTip(self.tr("A new scenario with the same parameters"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.basis_note.setText(self.tr("Derived from the register; copy it to change."))
        self.description_label.setText(self.tr("Descri&ption:"))
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_button.setText(self.tr("Save descr&iption"))

    def current_info(self):  # noqa: ANN201 - a ScenarioInfo or None
        index = self.scenario_list.currentIndex()
        return self.list_model.data(index, ScenarioListModel.INFO_ROLE) if index.isValid() else None
