"""The scenario page: choose, copy, rename and delete scenarios; edit a scenario's parameters per
occupation; move what-if levers with a live chart; and compare two scenarios side by side.

The page arranges four sections (pages/scenarios_list.py, scenarios_parameters.py, scenarios_levers.py,
scenarios_compare.py) in a splitter that remembers its position. Everything that changes the register
goes through an undo command (ui/commands/scenarios.py) that calls services.projection; the page
then reloads from the register when the context says "scenario" changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.services import projection as projection_service
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.dialogs.messages import ask, show_message
from hrplanner.ui.labels import BASIS, occupation_name, scenario_label, targs
from hrplanner.ui.commands import (
    CreateScenarioCommand,
    DeleteScenarioCommand,
    DescriptionCommand,
    RenameScenarioCommand,
    execute,
)
from hrplanner.ui.context import Topic
from hrplanner.ui.models.scenario_list import ScenarioListModel
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.scenarios_compare import CompareSection
from hrplanner.ui.pages.scenarios_levers import LeversSection
from hrplanner.ui.pages.scenarios_list import ScenarioListSection
from hrplanner.ui.pages.scenarios_parameters import ParametersSection
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import LatestTask

log = logging.getLogger(__name__)

PARAMETERS, LEVERS, COMPARE = range(3)


class ScenariosPage(Page):
    """Scenarios: list, parameters, levers and comparison."""

    page_id = "scenarios"
    order = 30
    icon_name = "scenarios"

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.basis_set: projection_service.ScenarioSet | None = None
        self.scenario_set: projection_service.ScenarioSet | None = None
        #: Derives the basis (two rounds of every organisation) off the GUI thread.
        self._basis_task = LatestTask(self, "scenario basis")
        self._filling = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.request_refresh)
        self._build()
        context.data_changed.connect(self._data_changed)
        self.retranslate_labels()

    def _build(self) -> None:
        self.stack = QStackedLayout(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.stack.addWidget(self.empty)
        content = QWidget(self)
        self.stack.addWidget(content)
        outer = QHBoxLayout(content)
        outer.setContentsMargins(16, 10, 16, 10)
        splitter = QSplitter(Qt.Orientation.Horizontal, content)
        splitter.setObjectName("scenarios_splitter")
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        self.list_section = ScenarioListSection(splitter)
        self.list_section.setMinimumWidth(150)
        self.list_model, self.scenario_list = self.list_section.list_model, self.list_section.scenario_list
        right_widget = QWidget(splitter)
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(8, 0, 0, 0)
        right.setSpacing(6)
        bar = QHBoxLayout()
        self.occupation_label = QLabel(right_widget)
        self.occupation_combo = QComboBox(right_widget)
        self.occupation_combo.setObjectName("scenario_occupation")
        self.occupation_combo.setMinimumContentsLength(22)
        self.occupation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.occupation_label.setBuddy(self.occupation_combo)
        bar.addWidget(self.occupation_label)
        bar.addWidget(self.occupation_combo)
        bar.addStretch(1)
        right.addLayout(bar)
        self.heading = QLabel(right_widget)
        self.heading.setObjectName("scenario_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it holds a scenario's name as typed
        set_role(self.heading, "muted")
        right.addWidget(self.heading)
        self.error_label = QLabel(right_widget)
        self.error_label.setObjectName("scenario_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.error_label, "banner")
        self.error_label.hide()
        right.addWidget(self.error_label)
        self.tabs = QTabWidget(right_widget)
        self.tabs.setObjectName("scenario_tabs")
        right.addWidget(self.tabs, 1)
        self.parameters = ParametersSection(self)
        self.lever_section = LeversSection(self)
        self.compare_section = CompareSection()
        for section in (self.parameters, self.lever_section, self.compare_section):
            self.tabs.addTab(section, "")
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 800])
        settings.remember_splitter(splitter, "scenarios")

        s = self.list_section
        self.scenario_list.selectionModel().currentChanged.connect(lambda *_a: self._scenario_chosen())
        s.copy_button.clicked.connect(lambda: self.copy_scenario())
        s.rename_button.clicked.connect(lambda: self.rename_scenario())
        s.delete_button.clicked.connect(lambda: self.delete_scenario())
        s.description_button.clicked.connect(self.save_description)
        s.description_edit.textChanged.connect(self.update_buttons)
        self.occupation_combo.currentIndexChanged.connect(lambda _i: self._occupation_chosen())
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.compare_section.occupation_chosen.connect(
            lambda code: self.occupation_combo.setCurrentIndex(self.occupation_combo.findData(code)))

    # --- texts -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Scenarios")

    def retranslate_labels(self) -> None:
        self.occupation_label.setText(self.tr("&Occupation:"))
        self.occupation_combo.setAccessibleName(self.tr("Occupation"))
        self.tabs.setTabText(PARAMETERS, self.tr("Parameters"))
        self.tabs.setTabText(LEVERS, self.tr("Levers"))
        self.tabs.setTabText(COMPARE, self.tr("Compare"))
        self.empty.setText(self.tr("Open a register to work with scenarios."))
        for section in (self.list_section, self.parameters, self.lever_section, self.compare_section):
            section.retranslate()

    def retranslate(self) -> None:
        self.retranslate_labels()
        self.request_refresh()

    # --- state -------------------------------------------------------------------------------------

    @property
    def scenario_name(self) -> str:
        index = self.scenario_list.currentIndex()
        return index.data(ScenarioListModel.NAME_ROLE) if index.isValid() else BASIS

    @property
    def is_basis(self) -> bool:
        return self.scenario_name == BASIS

    @property
    def code(self) -> str | None:
        return self.occupation_combo.currentData()

    @property
    def writable(self) -> bool:
        register = self.context.register
        return register is not None and not register.read_only

    def names(self) -> dict[str, str]:
        s = self.basis_set
        return {c: occupation_name(s, c, self.context.language) for c in s.params} if s else {}

    def _data_changed(self, what: str) -> None:
        if what != Topic.SCENARIO:
            self.basis_set = None  # the register's figures changed: derive the basis again
        self.compare_section.stale = True
        # Later, not now: the change may come from inside a table edit (setData).
        self._refresh_timer.start()

    # --- refreshing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        register = self.context.register
        self.compare_section.register = register
        if register is None or not register.rounds():
            self._basis_task.discard()
            self.basis_set = self.scenario_set = None
            self.empty.setText(self.tr("Open a register to work with scenarios.") if register is None
                               else self.tr("This register has no rounds yet, so there are no scenarios."))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        if self.basis_set is None:  # derived from two rounds of every organisation: in the background
            self.heading.setText(self.tr("Reading the figures…"))
            self.update_buttons()  # nothing to copy, rename or delete until the scenarios are there
            self._basis_task.start(lambda _token: projection_service.basis(register),
                                   on_result=lambda basis_set: self._basis_read(register, basis_set),
                                   on_error=lambda exc: self._basis_failed(register, exc))
            return
        self._show_scenarios(register)

    def _basis_read(self, register, basis_set) -> None:  # noqa: ANN001
        if register is self.context.register:
            self.basis_set = basis_set
            self._show_scenarios(register)

    def _basis_failed(self, register, exc: BaseException) -> None:  # noqa: ANN001
        if self.read_failed(register, exc):
            self.heading.clear()
            self.show_error(str(exc))

    def _show_scenarios(self, register) -> None:  # noqa: ANN001
        try:
            infos = projection_service.list_scenarios(register)
        except USER_ERRORS as exc:
            self.show_error(str(exc))
            return
        self._fill_list(infos)
        self.compare_section.names = self.names()
        self.compare_section.fill(infos)
        self._load_scenario()

    def _fill_list(self, infos) -> None:
        current = self.scenario_name
        self._filling = True
        try:
            self.list_model.set_scenarios(infos)
            row = max(self.list_model.row_of(current), 0)
            self.scenario_list.selectionModel().setCurrentIndex(
                self.list_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._filling = False

    def _load_scenario(self) -> None:
        register = self.context.register
        name = self.scenario_name
        self.error_label.hide()
        try:
            changes = projection_service.overrides(register, name)
            self.scenario_set = projection_service.apply_overrides(self.basis_set, changes, name)
        except USER_ERRORS as exc:
            self.show_error(str(exc))
            return
        except ValueError as exc:  # a stored parameter the current register cannot take
            self.show_error(targs(self.tr("Scenario %1 has an invalid parameter: %2"), name, str(exc)))
            return
        info = self.list_model.data(self.list_model.index(self.list_model.row_of(name)), ScenarioListModel.INFO_ROLE)
        self._filling = True
        try:
            self.list_section.description_edit.setPlainText(info.description if info and not info.is_basis else "")
        finally:
            self._filling = False
        self._fill_occupations()
        self.heading.setText(targs(self.tr("Scenario %1, from the round of %2"), scenario_label(name),
                                   fmt.fmt_date(self.scenario_set.reference_date)))
        self._show_occupation()
        if self.tabs.currentIndex() == COMPARE:
            self.compare_section.compare()
        self.update_buttons()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _fill_occupations(self) -> None:
        current = self.code
        self._filling = True
        try:
            self.occupation_combo.clear()
            for code in self.scenario_set.params:
                self.occupation_combo.addItem(occupation_name(self.scenario_set, code, self.context.language), code)
            self.occupation_combo.setCurrentIndex(max(self.occupation_combo.findData(current), 0))
        finally:
            self._filling = False

    def _scenario_chosen(self) -> None:
        if not self._filling and self.basis_set is not None:
            self._load_scenario()

    def _occupation_chosen(self) -> None:
        if not self._filling and self.scenario_set is not None:
            self._show_occupation()
            self.compare_section.show_chart(self.code)

    def _show_occupation(self) -> None:
        code = self.code
        if code is None or self.scenario_set is None:
            return
        self.parameters.show_parameters(self.scenario_set.params[code], self.basis_set.params.get(code),
                                        self.scenario_set.overrides.get(code, {}),
                                        basis_scenario=self.is_basis, writable=self.writable)
        self.compare_section.code = code
        self.lever_section.configure()
        self.update_buttons()

    def update_buttons(self) -> None:
        stored, writable, s = not self.is_basis, self.writable, self.list_section
        s.copy_button.setEnabled(writable and self.scenario_set is not None)
        s.rename_button.setEnabled(writable and stored)
        s.delete_button.setEnabled(writable and stored)
        s.basis_note.setVisible(not stored)
        s.description_edit.setReadOnly(not (writable and stored))
        s.description_edit.setEnabled(stored)
        info = s.current_info()
        saved = info.description if info is not None else ""
        s.description_button.setEnabled(writable and stored and s.description_edit.toPlainText() != saved)
        self.parameters.update_buttons(writable, stored)
        self.lever_section.update_buttons(writable, stored, self.scenario_set is not None)

    def _tab_changed(self) -> None:
        c = self.compare_section
        if self.tabs.currentIndex() == COMPARE and (c.stale or c.comparison is None):
            c.compare()

    # --- scenario actions --------------------------------------------------------------------------

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        dialog = QInputDialog(self)
        dialog.setObjectName("scenario_name_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.textValue().strip()
        return value or None

    def push(self, command) -> bool:  # noqa: ANN001 - an undo command
        """Run a command through the undo stack; False (and a message) when the service refused it."""
        outcome = execute(self.context, command)
        if not outcome.ok:
            show_message(self, str(outcome.error or outcome.message), title=self.tr("Scenario not changed"),
                         kind="warning")
            return False
        self.context.status_message.emit(command.text(), 4000)
        return True

    def select_scenario(self, name: str) -> None:
        if self.list_model.row_of(name) < 0:
            self.refresh()
        row = self.list_model.row_of(name)
        if row >= 0:
            self.scenario_list.selectionModel().setCurrentIndex(
                self.list_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def apply_now(self) -> None:
        """Reload at once instead of on the next event-loop turn (after the page's own actions)."""
        self._refresh_timer.stop()
        self.refresh()

    def copy_scenario(self, name: str | None = None) -> bool:
        """A copy of the chosen scenario (asks for a name when none is given)."""
        source = self.scenario_name
        if name is None:
            default = targs(self.tr("Copy of %1"), source)
            name = self.ask_text(self.tr("Copy scenario"), self.tr("Name of the new scenario:"), default)
            if name is None:
                return False
        description = self.list_section.description_edit.toPlainText() if source != BASIS else ""
        if not self.push(CreateScenarioCommand(self.context, name, description, copy_of=source)):
            return False
        self.apply_now()
        self.select_scenario(name.strip())
        return True

    def rename_scenario(self, new: str | None = None) -> bool:
        old = self.scenario_name
        if old == BASIS:
            return False
        if new is None:
            new = self.ask_text(self.tr("Rename scenario"), targs(self.tr("New name of %1:"), old), old)
            if new is None or new == old:
                return False
        if not self.push(RenameScenarioCommand(self.context, old, new)):
            return False
        self.apply_now()
        self.select_scenario(new.strip())
        return True

    def delete_scenario(self, confirm: bool = True) -> bool:
        name = self.scenario_name
        if name == BASIS:
            return False
        if confirm and not ask(self, targs(self.tr("Delete scenario %1?"), name),
                               title=self.tr("Delete scenario"),
                               informative=self.tr("You can undo this with Edit > Undo."),
                               yes_text=self.tr("Delete")):
            return False
        if not self.push(DeleteScenarioCommand(self.context, name)):
            return False
        self.apply_now()
        self.select_scenario(BASIS)
        return True

    def save_description(self) -> bool:
        name = self.scenario_name
        info = self.list_section.current_info()
        if name == BASIS or info is None:
            return False
        text = self.list_section.description_edit.toPlainText()
        if text == info.description:
            return False
        ok = self.push(DescriptionCommand(self.context, name, info.description, text))
        self.apply_now()
        return ok
