"""The scenario page: choose, copy, rename and delete scenarios; edit a scenario's parameters per
occupation; move what-if levers with a live chart; and compare two scenarios side by side.

Everything that changes the register goes through an undo command (ui/commands/scenarios.py)
that calls services.projection; the page then reloads from the register when the context says
"scenario" changed. Levers change nothing until they are saved: moving one recomputes the
deterministic projection of one occupation at once (well under a millisecond) and redraws the chart
on the next turn of the event loop, so a burst of slider moves costs one redraw.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.projection.levers import apply_levers, lever_changes
from hrplanner.domain.projection.model import ProjectionResult, project
from hrplanner.domain.projection.params import ProjectionParams, Triple, to_flat
from hrplanner.services import projection as projection_service
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import format as fmt
from hrplanner.ui.charts.projection_cards import AdviceCards
from hrplanner.ui.charts.projection_chart import ProjectionChart
from hrplanner.ui.charts.projection_compare import GapCompareChart
from hrplanner.ui.commands import (
    CreateScenarioCommand,
    DeleteScenarioCommand,
    DescriptionCommand,
    RenameScenarioCommand,
    SetParametersCommand,
    execute,
)
from hrplanner.ui.context import Topic
from hrplanner.ui.dialogs.messages import ask, show_message
from hrplanner.ui.levers import LeverPanel
from hrplanner.ui.models.scenario_compare import AdviceCompareModel, DifferenceModel
from hrplanner.ui.models.scenario_list import ScenarioListModel
from hrplanner.ui.models.scenario_parameters import ChangedFilter, ParameterTableModel
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.projection import (
    VARIANT_NAMES,
    fill_variant_combo,
    occupation_name,
    scenario_label,
    variant_label,
)
from hrplanner.ui.theme import set_role

log = logging.getLogger(__name__)

BASIS = projection_service.BASIS

#: What a refusal at the field looks like (the theme has no error role; a calm red on white).
ERROR_STYLE = "color: #a4262c; font-weight: 600;"


class ScenariosPage(Page):
    """Scenarios: list, parameters, levers and comparison."""

    page_id = "scenarios"
    order = 30
    icon_name = "scenarios"

    #: The lever chart was redrawn (after a coalesced burst of lever moves).
    lever_redrawn = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.basis_set: projection_service.ScenarioSet | None = None
        self.scenario_set: projection_service.ScenarioSet | None = None
        self.lever_base: ProjectionParams | None = None
        self.lever_result: ProjectionResult | None = None
        self.comparison: projection_service.Comparison | None = None
        self._compare_stale = True
        self._filling = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.request_refresh)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self._redraw_levers)
        self._build()
        context.data_changed.connect(self._data_changed)
        self.retranslate_labels()

    # --- building ----------------------------------------------------------------------------------

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
        outer.setSpacing(14)

        # Left: the scenarios.
        left = QWidget(content)
        left.setFixedWidth(220)
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(6)
        self.list_heading = QLabel(left)
        set_role(self.list_heading, "subheading")
        side.addWidget(self.list_heading)
        self.list_model = ScenarioListModel(self)
        self.scenario_list = QListView(left)
        self.scenario_list.setObjectName("scenario_list")
        self.scenario_list.setModel(self.list_model)
        self.scenario_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scenario_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_heading.setBuddy(self.scenario_list)
        side.addWidget(self.scenario_list, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.copy_button = QPushButton(left)
        self.copy_button.setObjectName("scenario_copy")
        self.rename_button = QPushButton(left)
        self.rename_button.setObjectName("scenario_rename")
        self.delete_button = QPushButton(left)
        self.delete_button.setObjectName("scenario_delete")
        for button in (self.copy_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        side.addLayout(buttons)
        self.basis_note = QLabel(left)
        self.basis_note.setObjectName("basis_note")
        self.basis_note.setWordWrap(True)
        set_role(self.basis_note, "banner")
        side.addWidget(self.basis_note)
        self.description_label = QLabel(left)
        side.addWidget(self.description_label)
        self.description_edit = QPlainTextEdit(left)
        self.description_edit.setObjectName("scenario_description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(92)
        self.description_label.setBuddy(self.description_edit)
        side.addWidget(self.description_edit)
        self.description_button = QPushButton(left)
        self.description_button.setObjectName("scenario_description_save")
        side.addWidget(self.description_button)
        outer.addWidget(left)

        # Right: the chosen scenario.
        right = QVBoxLayout()
        right.setSpacing(6)
        bar = QHBoxLayout()
        self.occupation_label = QLabel(content)
        self.occupation_combo = QComboBox(content)
        self.occupation_combo.setObjectName("scenario_occupation")
        self.occupation_combo.setMinimumContentsLength(26)
        self.occupation_label.setBuddy(self.occupation_combo)
        bar.addWidget(self.occupation_label)
        bar.addWidget(self.occupation_combo)
        bar.addSpacing(12)
        self.heading = QLabel(content)
        self.heading.setObjectName("scenario_heading")
        set_role(self.heading, "muted")
        bar.addWidget(self.heading, 1)
        right.addLayout(bar)
        self.error_label = QLabel(content)
        self.error_label.setObjectName("scenario_error")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "banner")
        self.error_label.hide()
        right.addWidget(self.error_label)
        self.tabs = QTabWidget(content)
        self.tabs.setObjectName("scenario_tabs")
        right.addWidget(self.tabs, 1)
        outer.addLayout(right, 1)

        self.tabs.addTab(self._build_parameters(), "")
        self.tabs.addTab(self._build_levers(), "")
        self.tabs.addTab(self._build_compare(), "")

        self.scenario_list.selectionModel().currentChanged.connect(lambda *_a: self._scenario_chosen())
        self.copy_button.clicked.connect(lambda: self.copy_scenario())
        self.rename_button.clicked.connect(lambda: self.rename_scenario())
        self.delete_button.clicked.connect(lambda: self.delete_scenario())
        self.description_button.clicked.connect(self.save_description)
        self.description_edit.textChanged.connect(self._update_buttons)
        self.occupation_combo.currentIndexChanged.connect(lambda _i: self._occupation_chosen())
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())

    def _build_parameters(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        self.parameter_caption = QLabel(page)
        self.parameter_caption.setWordWrap(True)
        set_role(self.parameter_caption, "muted")
        layout.addWidget(self.parameter_caption)
        self.parameter_model = ParameterTableModel(self)
        self.parameter_model.commit = self._commit_parameter
        self.parameter_model.refused.connect(self._parameter_refused)
        self.parameter_filter = ChangedFilter(self)
        self.parameter_filter.setSourceModel(self.parameter_model)
        self.parameter_table = QTableView(page)
        self.parameter_table.setObjectName("parameter_table")
        self.parameter_table.setModel(self.parameter_filter)
        self.parameter_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.parameter_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                             | QAbstractItemView.EditTrigger.EditKeyPressed
                                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.parameter_table.verticalHeader().setVisible(False)
        self.parameter_table.verticalHeader().setDefaultSectionSize(22)
        self.parameter_table.setAlternatingRowColors(True)
        header = self.parameter_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 110), (3, 110), (4, 190)):
            self.parameter_table.setColumnWidth(column, width)
        layout.addWidget(self.parameter_table, 1)
        self.parameter_error = QLabel(page)
        self.parameter_error.setObjectName("parameter_error")
        self.parameter_error.setWordWrap(True)
        self.parameter_error.setStyleSheet(ERROR_STYLE)
        self.parameter_error.hide()
        layout.addWidget(self.parameter_error)
        row = QHBoxLayout()
        self.reset_button = QPushButton(page)
        self.reset_button.setObjectName("parameter_reset")
        self.changed_label = QLabel(page)
        set_role(self.changed_label, "muted")
        self.only_changed = QCheckBox(page)
        self.only_changed.setObjectName("parameters_only_changed")
        row.addWidget(self.reset_button)
        row.addSpacing(10)
        row.addWidget(self.changed_label, 1)
        row.addWidget(self.only_changed)
        self.only_changed.toggled.connect(self.parameter_filter.set_only_changed)
        layout.addLayout(row)
        self.reset_button.clicked.connect(lambda: self.reset_selected_parameters())
        self.parameter_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        return page

    def _build_levers(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(10)
        left = QVBoxLayout()
        variant_row = QHBoxLayout()
        self.variant_label = QLabel(page)
        self.variant_combo = QComboBox(page)
        self.variant_combo.setObjectName("lever_variant")
        self.variant_label.setBuddy(self.variant_combo)
        variant_row.addWidget(self.variant_label)
        variant_row.addWidget(self.variant_combo)
        variant_row.addStretch(1)
        left.addLayout(variant_row)
        self.levers = LeverPanel(page)
        scroll = QScrollArea(page)
        scroll.setObjectName("lever_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.levers)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedWidth(self.levers.sizeHint().width() + 16)
        left.addWidget(scroll, 1)
        self.lever_reset_button = QPushButton(page)
        self.lever_reset_button.setObjectName("levers_reset")
        self.lever_save_button = QPushButton(page)
        self.lever_save_button.setObjectName("levers_save")
        self.lever_save_new_button = QPushButton(page)
        self.lever_save_new_button.setObjectName("levers_save_new")
        buttons = QHBoxLayout()
        buttons.addWidget(self.lever_reset_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        saves = QHBoxLayout()
        saves.addWidget(self.lever_save_button)
        saves.addWidget(self.lever_save_new_button)
        left.addLayout(saves)
        layout.addLayout(left)
        right = QVBoxLayout()
        self.lever_chart = ProjectionChart(page, legend_columns=2)
        self.lever_chart.setObjectName("lever_chart")
        right.addWidget(self.lever_chart, 1)
        self.lever_cards = AdviceCards(page)
        right.addWidget(self.lever_cards)
        layout.addLayout(right, 1)
        self.levers.changed.connect(self._lever_moved)
        self.variant_combo.currentIndexChanged.connect(lambda _i: self._configure_levers())
        self.lever_reset_button.clicked.connect(self.reset_levers)
        self.lever_save_button.clicked.connect(lambda: self.save_levers())
        self.lever_save_new_button.clicked.connect(lambda: self.save_levers_as_new())
        return page

    def _build_compare(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        self.a_label = QLabel(page)
        self.a_combo = QComboBox(page)
        self.a_combo.setObjectName("compare_a")
        self.a_combo.setMinimumContentsLength(18)
        self.a_label.setBuddy(self.a_combo)
        self.b_label = QLabel(page)
        self.b_combo = QComboBox(page)
        self.b_combo.setObjectName("compare_b")
        self.b_combo.setMinimumContentsLength(18)
        self.b_label.setBuddy(self.b_combo)
        for widget in (self.a_label, self.a_combo, self.b_label, self.b_combo):
            row.addWidget(widget)
        row.addSpacing(10)
        self.compare_caption = QLabel(page)
        set_role(self.compare_caption, "muted")
        self.compare_caption.setWordWrap(True)
        row.addWidget(self.compare_caption, 1)
        layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.setChildrenCollapsible(False)
        top = QSplitter(Qt.Orientation.Horizontal, splitter)
        top.setChildrenCollapsible(False)
        self.difference_model = DifferenceModel(self)
        self.difference_table = QTableView(top)
        self.difference_table.setObjectName("difference_table")
        self.difference_table.setModel(self.difference_model)
        self._plain_table(self.difference_table)
        header = self.difference_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DifferenceModel.PARAMETER, QHeaderView.ResizeMode.Stretch)
        self.compare_chart = GapCompareChart(top)
        top.setSizes([560, 440])
        self.advice_model = AdviceCompareModel(self)
        self.advice_table = QTableView(splitter)
        self.advice_table.setObjectName("advice_compare_table")
        self.advice_table.setModel(self.advice_model)
        self._plain_table(self.advice_table)
        header = self.advice_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter.setSizes([380, 260])
        layout.addWidget(splitter, 1)
        self.a_combo.currentIndexChanged.connect(lambda _i: self._compare_changed())
        self.b_combo.currentIndexChanged.connect(lambda _i: self._compare_changed())
        self.advice_table.clicked.connect(self._advice_row_clicked)
        self.difference_table.clicked.connect(self._difference_row_clicked)
        return page

    @staticmethod
    def _plain_table(table: QTableView) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.setWordWrap(False)

    # --- texts -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Scenarios")

    def retranslate_labels(self) -> None:
        self.list_heading.setText(self.tr("S&cenarios"))
        self.scenario_list.setAccessibleName(self.tr("Scenarios"))
        self.copy_button.setText(self.tr("Cop&y…"))
        self.copy_button.setToolTip(self.tr("A new scenario with the same parameters"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.basis_note.setText(self.tr("Derived from the register; copy it to change."))
        self.description_label.setText(self.tr("Descri&ption:"))
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_button.setText(self.tr("Save descr&iption"))
        self.occupation_label.setText(self.tr("&Occupation:"))
        self.occupation_combo.setAccessibleName(self.tr("Occupation"))
        self.tabs.setTabText(0, self.tr("Parameters"))
        self.tabs.setTabText(1, self.tr("Levers"))
        self.tabs.setTabText(2, self.tr("Compare"))
        self.parameter_table.setAccessibleName(self.tr("Parameters"))
        self.reset_button.setText(self.tr("Reset to re&gister"))
        self.reset_button.setToolTip(self.tr("The selected parameters follow the register again"))
        self.only_changed.setText(self.tr("Only changed parameters"))
        self.variant_label.setText(self.tr("V&ariant:"))
        self.variant_combo.setAccessibleName(self.tr("Variant"))
        self.lever_chart.setAccessibleName(self.tr("Projection with the levers"))
        self.lever_reset_button.setText(self.tr("Reset &levers"))
        self.lever_save_button.setText(self.tr("&Save levers to scenario"))
        self.lever_save_new_button.setText(self.tr("Save as ne&w scenario…"))
        self.lever_chart.reference_name = self.tr("Scenario without levers")
        self.lever_chart.retranslate()
        self.a_label.setText(self.tr("Scenario &A:"))
        self.b_label.setText(self.tr("Scenario &B:"))
        self.a_combo.setAccessibleName(self.tr("Scenario A"))
        self.b_combo.setAccessibleName(self.tr("Scenario B"))
        self.difference_table.setAccessibleName(self.tr("Parameters that differ"))
        self.advice_table.setAccessibleName(self.tr("Intake advice in A and B"))
        self.compare_chart.setAccessibleName(self.tr("Gap in A and B"))
        self.empty.setText(self.tr("Open a register to work with scenarios."))
        fill_variant_combo(self.variant_combo)

    def retranslate(self) -> None:
        self.retranslate_labels()
        self.levers.retranslate()
        self.compare_chart.retranslate()
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
    def variant(self) -> str:
        return self.variant_combo.currentData() or "middle"

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
        self._compare_stale = True
        # Later, not now: the change may come from inside a table edit (setData).
        self._refresh_timer.start()

    # --- refreshing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        register = self.context.register
        if register is None or not register.rounds():
            self.basis_set = self.scenario_set = None
            self.empty.setText(self.tr("Open a register to work with scenarios.") if register is None
                               else self.tr("This register has no rounds yet, so there are no scenarios."))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        try:
            if self.basis_set is None:
                self.basis_set = projection_service.basis(register)
            infos = projection_service.list_scenarios(register)
        except USER_ERRORS as exc:
            self._show_error(str(exc))
            return
        self._fill_list(infos)
        self._fill_compare_combos(infos)
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
            self._show_error(str(exc))
            return
        except ValueError as exc:  # a stored parameter the current register cannot take
            self._show_error(self.tr("Scenario %1 has an invalid parameter: %2").replace("%1", name)
                             .replace("%2", str(exc)))
            return
        info = self.list_model.data(self.list_model.index(self.list_model.row_of(name)), ScenarioListModel.INFO_ROLE)
        self._filling = True
        try:
            self.description_edit.setPlainText(info.description if info and not info.is_basis else "")
        finally:
            self._filling = False
        self._fill_occupations()
        self.heading.setText(self.tr("Scenario %1, from the round of %2").replace("%1", scenario_label(name))
                             .replace("%2", fmt.fmt_date(self.scenario_set.reference_date)))
        self._show_occupation()
        if self.tabs.currentIndex() == 2:
            self._compare()
        self._update_buttons()

    def _show_error(self, text: str) -> None:
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
            if self.comparison is not None:
                self._show_compare_chart()

    def _show_occupation(self) -> None:
        code = self.code
        if code is None or self.scenario_set is None:
            return
        editable = self.writable and not self.is_basis
        self.parameter_model.set_parameters(self.scenario_set.params[code], self.basis_set.params.get(code),
                                            self.scenario_set.overrides.get(code, {}), editable=editable)
        self.parameter_error.hide()
        if self.is_basis:
            self.parameter_caption.setText(self.tr("The basis is derived from the register and cannot be "
                                                   "changed; copy it to change parameters."))
        elif not self.writable:
            self.parameter_caption.setText(self.tr("The register is open read-only."))
        else:
            self.parameter_caption.setText(self.tr("Double-click a low, middle or high value to change it. "
                                                   "Changed values are highlighted."))
        changed = len(self.parameter_model.changed_keys())
        self.changed_label.setText(self.tr("%1 of %2 parameters differ from the register")
                                   .replace("%1", fmt.fmt_number(changed, 0))
                                   .replace("%2", fmt.fmt_number(len(self.parameter_model.keys), 0)))
        self._configure_levers()
        self._update_buttons()

    def _update_buttons(self) -> None:
        stored = not self.is_basis
        writable = self.writable
        self.copy_button.setEnabled(writable and self.scenario_set is not None)
        self.rename_button.setEnabled(writable and stored)
        self.delete_button.setEnabled(writable and stored)
        self.basis_note.setVisible(not stored)
        self.description_edit.setReadOnly(not (writable and stored))
        self.description_edit.setEnabled(stored)
        info = self.list_model.data(self.scenario_list.currentIndex(), ScenarioListModel.INFO_ROLE) \
            if self.scenario_list.currentIndex().isValid() else None
        saved = info.description if info is not None else ""
        self.description_button.setEnabled(writable and stored and self.description_edit.toPlainText() != saved)
        keys = self._selected_keys()
        self.reset_button.setEnabled(writable and stored and any(k in self.parameter_model.overrides for k in keys))
        moved = bool(self.levers.moved())
        self.lever_reset_button.setEnabled(moved)
        self.lever_save_button.setEnabled(writable and stored and moved)
        self.lever_save_button.setToolTip(self.tr("The basis cannot be changed; save the levers as a new scenario")
                                          if not stored else "")
        self.lever_save_new_button.setEnabled(writable and self.scenario_set is not None)

    def _tab_changed(self) -> None:
        if self.tabs.currentIndex() == 2 and (self._compare_stale or self.comparison is None):
            self._compare()

    # --- scenario actions --------------------------------------------------------------------------

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
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

    def _push(self, command) -> bool:
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

    def _apply_now(self) -> None:
        """Reload at once instead of on the next event-loop turn (after the page's own actions)."""
        self._refresh_timer.stop()
        self.refresh()

    def copy_scenario(self, name: str | None = None) -> bool:
        """A copy of the chosen scenario (asks for a name when none is given)."""
        source = self.scenario_name
        if name is None:
            default = self.tr("Copy of %1").replace("%1", source)
            name = self._ask_text(self.tr("Copy scenario"), self.tr("Name of the new scenario:"), default)
            if name is None:
                return False
        description = self.description_edit.toPlainText() if source != BASIS else ""
        if not self._push(CreateScenarioCommand(self.context, name, description, copy_of=source)):
            return False
        self._apply_now()
        self.select_scenario(name.strip())
        return True

    def rename_scenario(self, new: str | None = None) -> bool:
        old = self.scenario_name
        if old == BASIS:
            return False
        if new is None:
            new = self._ask_text(self.tr("Rename scenario"), self.tr("New name of %1:").replace("%1", old), old)
            if new is None or new == old:
                return False
        if not self._push(RenameScenarioCommand(self.context, old, new)):
            return False
        self._apply_now()
        self.select_scenario(new.strip())
        return True

    def delete_scenario(self, confirm: bool = True) -> bool:
        name = self.scenario_name
        if name == BASIS:
            return False
        if confirm and not ask(self, self.tr("Delete scenario %1?").replace("%1", name),
                               title=self.tr("Delete scenario"),
                               informative=self.tr("You can undo this with Edit > Undo."),
                               yes_text=self.tr("Delete")):
            return False
        if not self._push(DeleteScenarioCommand(self.context, name)):
            return False
        self._apply_now()
        self.select_scenario(BASIS)
        return True

    def save_description(self) -> bool:
        name = self.scenario_name
        info = self.list_model.data(self.scenario_list.currentIndex(), ScenarioListModel.INFO_ROLE)
        if name == BASIS or info is None:
            return False
        text = self.description_edit.toPlainText()
        if text == info.description:
            return False
        ok = self._push(DescriptionCommand(self.context, name, info.description, text))
        self._apply_now()
        return ok

    # --- parameters --------------------------------------------------------------------------------

    def _commit_parameter(self, key: str, value: Triple | None) -> str:
        """The parameter model's commit: push an undo command; the service's refusal as text."""
        code = self.code
        command = SetParametersCommand(
            self.context, self.scenario_name, code, {key: self.parameter_model.overrides.get(key)}, {key: value},
            self.tr("edit %1").replace("%1", key))
        outcome = execute(self.context, command)
        if not outcome.ok:
            return str(outcome.error or outcome.message)
        self.parameter_error.hide()
        return ""

    def _parameter_refused(self, key: str, message: str) -> None:
        text = self.tr("Not saved: %1").replace("%1", message)
        self.parameter_error.setText(text)
        self.parameter_error.show()
        row = self.parameter_model.row_of(key)
        if row >= 0:
            index = self.parameter_filter.mapToSource(self.parameter_table.currentIndex())
            if not index.isValid() or index.row() != row:
                index = self.parameter_model.index(row, ParameterTableModel.MIDDLE)
            rect = self.parameter_table.visualRect(self.parameter_filter.mapFromSource(index))
            QToolTip.showText(self.parameter_table.viewport().mapToGlobal(rect.bottomLeft()), text,
                              self.parameter_table)

    def set_parameter(self, key: str, column: int, text: str) -> bool:
        """Type a value into the table (what an editor does); True when it was saved."""
        row = self.parameter_model.row_of(key)
        return self.parameter_model.setData(self.parameter_model.index(row, column), text)

    def _selected_keys(self) -> list[str]:
        to_source = self.parameter_filter.mapToSource
        rows = {to_source(i).row() for i in self.parameter_table.selectionModel().selectedIndexes()}
        current = to_source(self.parameter_table.currentIndex())
        if not rows and current.isValid():
            rows = {current.row()}
        return [self.parameter_model.keys[r] for r in sorted(rows) if r < len(self.parameter_model.keys)]

    def reset_selected_parameters(self, keys: list[str] | None = None) -> bool:
        """Let the selected (or given) parameters follow the register again."""
        keys = [k for k in (keys if keys is not None else self._selected_keys())
                if k in self.parameter_model.overrides]
        if not keys or self.is_basis:
            return False
        before = {k: self.parameter_model.overrides[k] for k in keys}
        command = SetParametersCommand(self.context, self.scenario_name, self.code, before, dict.fromkeys(keys),
                                       self.tr("reset %1 to the register").replace("%1", ", ".join(keys))[:80])
        ok = self._push(command)
        self._apply_now()
        return ok

    # --- levers ------------------------------------------------------------------------------------

    def _configure_levers(self) -> None:
        code = self.code
        if code is None or self.scenario_set is None:
            return
        self.lever_base = self.scenario_set.params[code]
        base_result = project(self.lever_base, self.variant)
        advice = max((a.intake_clipped or 0.0 for a in base_result.advice), default=0.0)
        self.levers.configure(self.lever_base, self.variant, advice)
        self._base_result = base_result
        self.lever_result = base_result
        self.lever_chart.set_reference(None, None, None)
        self.lever_chart.set_markers([(y, str(y)) for y in self.lever_base.equilibrium_years])
        self._redraw_levers()

    def _lever_moved(self, _key: str = "") -> None:
        """Recompute now (cheap), redraw on the next event-loop turn (coalesced)."""
        if self.lever_base is None:
            return
        try:
            params = apply_levers(self.lever_base, self.levers.values(), self.variant)
        except ValueError as exc:  # ParameterError: a lever beyond a rule (not expected: levers clip)
            self._show_error(str(exc))
            return
        self.lever_result = project(params, self.variant)
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def _redraw_levers(self) -> None:
        result = self.lever_result
        if result is None:
            return
        moved = bool(self.levers.moved())
        base = getattr(self, "_base_result", None)
        if moved and base is not None:
            self.lever_chart.set_reference(base.years, base.supply_fte, base.gap_fte)
        else:
            self.lever_chart.set_reference(None, None, None)
        # While levers move the axes stay put (they only grow), so a move repaints just the curves.
        self.lever_chart.set_projection(result.years, result.supply_fte, result.demand_fte, result.gap_fte,
                                        keep_range=moved)
        self.lever_cards.set_advice(result.advice)
        self._update_buttons()
        self.lever_redrawn.emit()

    def reset_levers(self) -> None:
        self.levers.reset()

    def _lever_flat(self) -> dict[str, Triple | None]:
        """The lever changes as scenario parameters (None where the value equals the register's)."""
        changes = lever_changes(self.lever_base, self.levers.values(), self.variant)
        basis = to_flat(self.basis_set.params[self.code])
        return {k: (None if basis.get(k) == v else v) for k, v in changes.items()}

    def save_levers(self) -> bool:
        """Write the moved levers into the chosen (stored) scenario."""
        if self.is_basis or self.lever_base is None:
            return False
        after = self._lever_flat()
        if not after:
            return False
        overrides = self.scenario_set.overrides.get(self.code, {})
        command = SetParametersCommand(self.context, self.scenario_name, self.code,
                                       {k: overrides.get(k) for k in after}, after, self.tr("save levers"))
        ok = self._push(command)
        self._apply_now()
        return ok

    def save_levers_as_new(self, name: str | None = None) -> bool:
        """A new scenario: a copy of the chosen one with the levers as parameters."""
        if self.lever_base is None:
            return False
        if name is None:
            name = self._ask_text(self.tr("Save as new scenario"), self.tr("Name of the new scenario:"),
                                  self.tr("%1 with levers").replace("%1", self.scenario_name))
            if name is None:
                return False
        after = self._lever_flat()
        command = CreateScenarioCommand(self.context, name, "", copy_of=self.scenario_name,
                                        parameters={self.code: after} if after else None,
                                        text=self.tr("save levers as scenario %1").replace("%1", name.strip()))
        if not self._push(command):
            return False
        self._apply_now()
        self.select_scenario(name.strip())
        return True

    # --- compare -----------------------------------------------------------------------------------

    def _fill_compare_combos(self, infos) -> None:
        names = [i.name for i in infos]
        for combo, fallback in ((self.a_combo, BASIS), (self.b_combo, names[1] if len(names) > 1 else BASIS)):
            current = combo.currentData() or fallback
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(scenario_label(name), name)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else max(combo.findData(fallback), 0))
            combo.blockSignals(False)

    def set_compare(self, a: str, b: str) -> None:
        self.a_combo.blockSignals(True)
        self.a_combo.setCurrentIndex(self.a_combo.findData(a))
        self.a_combo.blockSignals(False)
        self.b_combo.setCurrentIndex(self.b_combo.findData(b))
        self._compare()

    def _compare_changed(self) -> None:
        self._compare_stale = True
        if self.tabs.currentIndex() == 2:
            self._compare()

    def _compare(self) -> None:
        register = self.context.register
        a, b = self.a_combo.currentData(), self.b_combo.currentData()
        if register is None or a is None or b is None:
            return
        try:
            self.comparison = projection_service.compare(register, a, b)
        except USER_ERRORS as exc:
            self.comparison = None
            self.compare_caption.setText(str(exc))
            return
        self._compare_stale = False
        names = self.names()
        self.difference_model.set_comparison(self.comparison, names)
        self.advice_model.set_comparison(self.comparison, names)
        self.advice_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        count = self.difference_model.rowCount()
        if a == b:
            text = self.tr("A and B are the same scenario.")
        elif count == 0:
            text = self.tr("The two scenarios have the same parameters.")
        else:
            text = self.tr("%1 parameters differ in %2 occupations; highlighted advice differs.") \
                .replace("%1", fmt.fmt_number(count, 0)) \
                .replace("%2", fmt.fmt_number(len(self.comparison.differences), 0))
        self.compare_caption.setText(text)
        self._show_compare_chart()

    def _show_compare_chart(self) -> None:
        c, code = self.comparison, self.code
        if c is None or code not in c.results_a or code not in c.results_b:
            return
        ra, rb = c.results_a[code], c.results_b[code]
        self.compare_chart.set_gaps(ra.years, ra.gap_fte, rb.gap_fte, (scenario_label(c.a), scenario_label(c.b)))

    def _advice_row_clicked(self, index: QModelIndex) -> None:
        code = self.advice_model.data(index, AdviceCompareModel.ROW_ROLE)
        if code:
            self.occupation_combo.setCurrentIndex(self.occupation_combo.findData(code))

    def _difference_row_clicked(self, index: QModelIndex) -> None:
        row = self.difference_model.data(index, DifferenceModel.ROW_ROLE)
        if row is not None:
            self.occupation_combo.setCurrentIndex(self.occupation_combo.findData(row.code))
