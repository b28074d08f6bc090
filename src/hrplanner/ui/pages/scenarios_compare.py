"""The scenario page's comparison of two scenarios: the parameters that differ, the gap of the chosen
occupation in A and B, and the intake advice of every occupation in both (differences highlighted)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.services import projection as projection_service
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.charts.projection_compare import GapCompareChart
from hrplanner.ui.labels import BASIS, scenario_label, targs
from hrplanner.ui.models.scenario_compare import AdviceCompareModel, DifferenceModel
from hrplanner.ui.pages.sections import Section, plain_table
from hrplanner.ui.theme import set_role


class CompareSection(Section):
    """Scenario A and B, their differences, their gaps and their advice."""

    #: A row naming an occupation was clicked (its code).
    occupation_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.comparison: projection_service.Comparison | None = None
        self.stale = True
        self.code: str | None = None
        self.names: dict[str, str] = {}
        #: The open register (the page sets it when it refreshes).
        self.register = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QGridLayout()
        self.a_label, self.a_combo = QLabel(self), QComboBox(self)
        self.b_label, self.b_combo = QLabel(self), QComboBox(self)
        self.a_combo.setObjectName("compare_a")
        self.b_combo.setObjectName("compare_b")
        for column, (label, combo) in enumerate(((self.a_label, self.a_combo), (self.b_label, self.b_combo))):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            label.setBuddy(combo)
            row.addWidget(label, 0, 2 * column)
            row.addWidget(combo, 0, 2 * column + 1)
        row.setColumnStretch(1, 1)
        row.setColumnStretch(3, 1)
        layout.addLayout(row)
        # The summary has a line of its own below the choices, so it never wraps over many lines.
        self.compare_caption = QLabel(self)
        set_role(self.compare_caption, "muted")
        self.compare_caption.setWordWrap(True)
        layout.addWidget(self.compare_caption)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("compare_splitter")
        splitter.setChildrenCollapsible(False)
        top = QSplitter(Qt.Orientation.Horizontal, splitter)
        top.setObjectName("compare_top_splitter")
        top.setChildrenCollapsible(False)
        self.difference_model = DifferenceModel(self)
        self.difference_table = plain_table(QTableView(top))
        self.difference_table.setObjectName("difference_table")
        self.difference_table.setModel(self.difference_model)
        header = self.difference_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DifferenceModel.PARAMETER, QHeaderView.ResizeMode.Stretch)
        self.compare_chart = GapCompareChart(top)
        self.compare_chart.setMinimumWidth(220)
        top.setSizes([560, 440])
        self.advice_model = AdviceCompareModel(self)
        self.advice_table = plain_table(QTableView(splitter))
        self.advice_table.setObjectName("advice_compare_table")
        self.advice_table.setModel(self.advice_model)
        self.advice_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.advice_table.horizontalHeader().setStretchLastSection(True)
        splitter.setSizes([380, 260])
        settings.remember_splitter(splitter, "compare")
        settings.remember_splitter(top, "compare_top")
        layout.addWidget(splitter, 1)
        self.a_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.b_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.advice_table.clicked.connect(self._advice_row_clicked)
        self.difference_table.clicked.connect(self._difference_row_clicked)

    def retranslate(self) -> None:
        self.a_label.setText(self.tr("Scenario &A:"))
        self.b_label.setText(self.tr("Scenario &B:"))
        self.a_combo.setAccessibleName(self.tr("Scenario A"))
        self.b_combo.setAccessibleName(self.tr("Scenario B"))
        self.difference_table.setAccessibleName(self.tr("Parameters that differ"))
        self.advice_table.setAccessibleName(self.tr("Intake advice in A and B"))
        self.compare_chart.setAccessibleName(self.tr("Gap in A and B"))
        self.compare_chart.retranslate()

    def fill(self, infos) -> None:  # noqa: ANN001 - ScenarioInfo list
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
        self.compare()

    def _changed(self) -> None:
        self.stale = True
        if self.isVisible():
            self.compare()

    def compare(self) -> None:
        """Compare the scenarios chosen as A and B in the open register."""
        register = self.register
        a, b = self.a_combo.currentData(), self.b_combo.currentData()
        if register is None or a is None or b is None:
            return
        try:
            self.comparison = projection_service.compare(register, a, b)
        except USER_ERRORS as exc:
            self.comparison = None
            self.compare_caption.setText(str(exc))
            return
        self.stale = False
        self.difference_model.set_comparison(self.comparison, self.names)
        self.advice_model.set_comparison(self.comparison, self.names)
        self.advice_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        count = self.difference_model.rowCount()
        if a == b:
            text = self.tr("A and B are the same scenario.")
        elif count == 0:
            text = self.tr("The two scenarios have the same parameters.")
        else:
            text = targs(self.tr("%1 parameters differ in %2 occupations; highlighted advice differs."),
                         fmt.fmt_number(count, 0), fmt.fmt_number(len(self.comparison.differences), 0))
        self.compare_caption.setText(text)
        self.show_chart(self.code)

    def show_chart(self, code: str | None) -> None:
        self.code = code
        c = self.comparison
        if c is None or code not in c.results_a or code not in c.results_b:
            return
        ra, rb = c.results_a[code], c.results_b[code]
        self.compare_chart.set_gaps(ra.years, ra.gap_fte, rb.gap_fte, (scenario_label(c.a), scenario_label(c.b)))

    def _advice_row_clicked(self, index: QModelIndex) -> None:
        code = self.advice_model.data(index, AdviceCompareModel.ROW_ROLE)
        if code:
            self.occupation_chosen.emit(code)

    def _difference_row_clicked(self, index: QModelIndex) -> None:
        row = self.difference_model.data(index, DifferenceModel.ROW_ROLE)
        if row is not None:
            self.occupation_chosen.emit(row.code)
