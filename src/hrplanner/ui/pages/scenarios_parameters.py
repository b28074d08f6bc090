"""The scenario page's parameter table: every parameter of one occupation in the chosen scenario, low,
middle and high, editable unless it is the basis; a refusal is shown at the field and nothing is
saved; "Reset to register" lets selected parameters follow the register again.

Every change goes through an undo command that calls services.projection (the page pushes it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.projection.params import Triple
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs
from hrplanner.ui.commands import SetParametersCommand, describe_issues, execute
from hrplanner.ui.models.scenario_parameters import ChangedFilter, ParameterTableModel
from hrplanner.ui.pages.sections import Section
from hrplanner.ui.theme import set_role

#: What a refusal at the field looks like (the theme has no error role; a calm red on white).
ERROR_STYLE = "color: #a4262c; font-weight: 600;"


class ParametersSection(Section):
    """The parameter table of one occupation with its caption, error line and reset button."""

    def __init__(self, page, parent: QWidget | None = None):  # noqa: ANN001 - the ScenariosPage
        super().__init__(parent)
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        set_role(self.caption, "muted")
        layout.addWidget(self.caption)
        self.parameter_model = ParameterTableModel(self)
        self.parameter_model.commit = self._commit
        self.parameter_model.refused.connect(self._refused)
        self.parameter_filter = ChangedFilter(self)
        self.parameter_filter.setSourceModel(self.parameter_model)
        self.parameter_table = QTableView(self)
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Names in full, so rows like "Uitstroom, cumulatief na 5/10 jaar" can be told apart; the
        # table scrolls sideways when the page is narrow, and the register column fills any room.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        for column, width in ((1, 96), (2, 96), (3, 96), (4, 150)):  # a curve's row: "0,09 … 0,89"
            self.parameter_table.setColumnWidth(column, width)
        layout.addWidget(self.parameter_table, 1)
        self.parameter_error = QLabel(self)
        self.parameter_error.setObjectName("parameter_error")
        self.parameter_error.setWordWrap(True)
        self.parameter_error.setStyleSheet(ERROR_STYLE)
        self.parameter_error.hide()
        layout.addWidget(self.parameter_error)
        row = QHBoxLayout()
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("parameter_reset")
        self.changed_label = QLabel(self)
        self.changed_label.setWordWrap(True)
        set_role(self.changed_label, "muted")
        self.only_changed = QCheckBox(self)
        self.only_changed.setObjectName("parameters_only_changed")
        row.addWidget(self.reset_button)
        row.addSpacing(10)
        row.addWidget(self.changed_label, 1)
        row.addWidget(self.only_changed)
        self.only_changed.toggled.connect(self.parameter_filter.set_only_changed)
        layout.addLayout(row)
        self.reset_button.clicked.connect(lambda: self.reset_selected_parameters())
        self.parameter_table.selectionModel().selectionChanged.connect(lambda *_a: page.update_buttons())
        self.parameter_table.clicked.connect(self._clicked)  # a curve's row opens to its years

    def _clicked(self, index) -> None:  # noqa: ANN001 - a QModelIndex of the filter
        source = self.parameter_filter.mapToSource(index)
        if source.column() == ParameterTableModel.NAME:
            self.parameter_model.toggle_row(source.row())

    def retranslate(self) -> None:
        self.parameter_table.setAccessibleName(self.tr("Parameters"))
        self.reset_button.setText(self.tr("Reset to re&gister"))
        self.reset_button.setToolTip(self.tr("The selected parameters follow the register again"))
        self.only_changed.setText(self.tr("Only changed parameters"))

    def show_parameters(self, params, basis, overrides, *, basis_scenario: bool, writable: bool) -> None:  # noqa: ANN001
        self.parameter_model.set_parameters(params, basis, overrides, editable=writable and not basis_scenario)
        self.parameter_error.hide()
        if basis_scenario:
            self.caption.setText(self.tr("The basis is derived from the register and cannot be "
                                         "changed; copy it to change parameters."))
        elif not writable:
            self.caption.setText(self.tr("The register is open read-only."))
        else:
            self.caption.setText(self.tr("Double-click a low, middle or high value to change it. "
                                         "Changed values are highlighted."))
        changed = len(self.parameter_model.changed_keys())
        self.changed_label.setText(targs(self.tr("%1 of %2 parameters differ from the register"),
                                         fmt.fmt_number(changed, 0), fmt.fmt_number(len(self.parameter_model.keys), 0)))

    def update_buttons(self, writable: bool, stored: bool) -> None:
        keys = self.selected_keys()
        self.reset_button.setEnabled(writable and stored and any(k in self.parameter_model.overrides for k in keys))

    def _commit(self, key: str, value: Triple | None) -> str:
        """The parameter model's commit: push an undo command; the service's refusal as text."""
        page = self.page
        command = SetParametersCommand(
            page.context, page.scenario_name, page.code, {key: self.parameter_model.overrides.get(key)}, {key: value},
            targs(self.tr("edit %1"), key))
        outcome = execute(page.context, command)
        if not outcome.ok:  # a refused parameter is an issue: in the UI language
            return describe_issues(outcome.issues) if outcome.issues else str(outcome.error or outcome.message)
        self.parameter_error.hide()
        return ""

    def _refused(self, key: str, message: str) -> None:
        text = targs(self.tr("Not saved: %1"), message)
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

    def selected_keys(self) -> list[str]:
        to_source = self.parameter_filter.mapToSource
        rows = {to_source(i).row() for i in self.parameter_table.selectionModel().selectedIndexes()}
        current = to_source(self.parameter_table.currentIndex())
        if not rows and current.isValid():
            rows = {current.row()}
        return [k for r in sorted(rows) for k in self.parameter_model.keys_of_row(r)]

    def reset_selected_parameters(self, keys: list[str] | None = None) -> bool:
        """Let the selected (or given) parameters follow the register again."""
        page = self.page
        keys = [k for k in (keys if keys is not None else self.selected_keys())
                if k in self.parameter_model.overrides]
        if not keys or page.is_basis:
            return False
        before = {k: self.parameter_model.overrides[k] for k in keys}
        command = SetParametersCommand(page.context, page.scenario_name, page.code, before, dict.fromkeys(keys),
                                       targs(self.tr("reset %1 to the register"), ", ".join(keys))[:80])
        ok = page.push(command)
        page.apply_now()
        return ok
