"""The projection page's bottom tabs: the explanation of one year, the gap of every occupation as a
heatmap, what drives the advice, and today's age structure.

The page hands the section the result on screen (:meth:`ProjectionTabs.show_result`); clicking a cell
of the heatmap asks the page for that occupation and year through :attr:`ProjectionTabs.cell_chosen`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.projection.explain import explain
from hrplanner.domain.projection.model import ProjectionResult
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import format as fmt
from hrplanner.ui.charts.projection_heatmap import HeatmapLegend
from hrplanner.ui.charts.projection_impact import ImpactChart
from hrplanner.ui.charts.projection_pyramid import AgePyramidChart
from hrplanner.ui.labels import targs
from hrplanner.ui.models.projection_explain import ExplainModel
from hrplanner.ui.models.projection_gap import GapTableModel
from hrplanner.ui.pages.sections import Section, plain_table
from hrplanner.ui.theme import set_role

EXPLAIN, HEATMAP, IMPACT, PYRAMID = range(4)


def _tab(tabs: QTabWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    tabs.addTab(page, "")
    return page, layout


class ProjectionTabs(Section):
    """Explain a year, gap of all occupations, what drives the advice, age structure."""

    #: A heatmap cell was chosen: (occupation code, year or 0 for the name column).
    cell_chosen = Signal(str, int)
    #: The year to explain changed (spin box), so the chart can mark it.
    year_explained = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("projection_tabs")
        outer.addWidget(self.tabs)
        self.result: ProjectionResult | None = None
        self.explained_year: int | None = None

        page, layout = _tab(self.tabs)
        bar = QHBoxLayout()
        self.explain_label = QLabel(page)
        set_role(self.explain_label, "subheading")
        self.year_spin = QSpinBox(page)
        self.year_spin.setObjectName("explain_year")
        self.year_spin.setGroupSeparatorShown(False)
        self.explain_label.setBuddy(self.year_spin)
        bar.addWidget(self.explain_label)
        bar.addWidget(self.year_spin)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.explain_model = ExplainModel(self)
        self.explain_table = plain_table(QTableView(page))
        self.explain_table.setObjectName("explain_table")
        self.explain_table.setModel(self.explain_model)
        header = self.explain_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.explain_table, 1)

        page, layout = _tab(self.tabs)
        self.gap_model = GapTableModel(self)
        self.gap_table = plain_table(QTableView(page), rows=False)
        self.gap_table.setObjectName("gap_table")
        self.gap_table.setModel(self.gap_model)
        self.gap_table.setMouseTracking(True)
        self.gap_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header = self.gap_table.horizontalHeader()  # a year column as wide as its year in the bold header
        bold = header.font()
        bold.setBold(True)
        header.setMinimumSectionSize(QFontMetrics(bold).horizontalAdvance("2045") + 12)
        layout.addWidget(self.gap_table, 1)
        self.heat_legend = HeatmapLegend(page)
        layout.addWidget(self.heat_legend)

        page, layout = _tab(self.tabs)
        bar = QHBoxLayout()
        self.impact_year_label = QLabel(page)
        self.impact_year_combo = QComboBox(page)
        self.impact_year_combo.setObjectName("impact_year")
        self.impact_year_label.setBuddy(self.impact_year_combo)
        self.impact_caption = QLabel(page)
        self.impact_caption.setWordWrap(True)
        set_role(self.impact_caption, "muted")
        bar.addWidget(self.impact_year_label)
        bar.addWidget(self.impact_year_combo)
        bar.addSpacing(12)
        bar.addWidget(self.impact_caption, 1)
        layout.addLayout(bar)
        self.impact_chart = ImpactChart(page)
        layout.addWidget(self.impact_chart, 1)

        page, layout = _tab(self.tabs)
        self.pyramid_caption = QLabel(page)
        self.pyramid_caption.setObjectName("pyramid_caption")
        self.pyramid_caption.setWordWrap(True)
        set_role(self.pyramid_caption, "muted")
        layout.addWidget(self.pyramid_caption)
        self.pyramid_chart = AgePyramidChart(page)
        layout.addWidget(self.pyramid_chart, 1)

        self.year_spin.valueChanged.connect(self._spin)
        self.impact_year_combo.currentIndexChanged.connect(lambda _i: self.show_impact())
        self.gap_table.clicked.connect(self._gap_cell_clicked)
        self.gap_table.activated.connect(self._gap_cell_clicked)

    def retranslate(self) -> None:
        self.explain_label.setText(self.tr("E&xplain year:"))
        self.year_spin.setAccessibleName(self.tr("Year to explain"))
        self.year_spin.setToolTip(self.tr("Or click a year in the chart"))
        self.explain_table.setAccessibleName(self.tr("Parts of supply and demand"))
        self.gap_table.setAccessibleName(self.tr("Gap per occupation and year"))
        self.impact_chart.setAccessibleName(self.tr("What drives the advice"))
        self.pyramid_chart.setAccessibleName(self.tr("Age structure today"))
        self.impact_year_label.setText(self.tr("E&quilibrium year:"))
        self.impact_year_combo.setAccessibleName(self.tr("Equilibrium year"))
        self.tabs.setTabText(EXPLAIN, self.tr("Explain a year"))
        self.tabs.setTabText(HEATMAP, self.tr("Gap, all occupations"))
        self.tabs.setTabText(IMPACT, self.tr("What drives the advice"))
        self.tabs.setTabText(PYRAMID, self.tr("Age structure today"))
        self.tabs.setTabToolTip(EXPLAIN, self.tr("The parts of supply and demand of one year"))
        self.tabs.setTabToolTip(HEATMAP, self.tr("Demand minus supply in fte; hover a cell for details"))
        self.impact_chart.retranslate()
        self.pyramid_chart.retranslate()
        self.heat_legend.update()

    def clear(self) -> None:
        self.result = None
        self.explain_model.set_explanation(None)
        self.impact_chart.set_impact(None)
        self.gap_model.set_results([])

    def set_all(self, results: list[ProjectionResult], names: dict[str, str]) -> None:
        """The heatmap of every occupation's gap."""
        self.gap_model.set_results(results, names)
        self.gap_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def show_result(self, result: ProjectionResult) -> int:
        """Show one occupation's result; returns the year now explained."""
        self.result = result
        first, last = int(result.years[0]), int(result.years[-1])
        year = self.explained_year
        if year is None or not first <= year <= last:
            year = result.params.equilibrium_years[0]
        self.year_spin.blockSignals(True)
        self.year_spin.setRange(first, last)
        self.year_spin.blockSignals(False)
        self.explain_year(year)
        self._fill_impact_years(result)
        self.show_impact()
        self.gap_model.set_current(result.code)
        return year

    def explain_year(self, year: int) -> None:
        if self.result is None:
            return
        self.explained_year = int(year)
        if self.year_spin.value() != year:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(year)
            self.year_spin.blockSignals(False)
        self.explain_model.set_explanation(explain(self.result, int(year)))

    def _spin(self, year: int) -> None:
        self.explain_year(year)
        self.year_explained.emit(year)

    def _fill_impact_years(self, result: ProjectionResult) -> None:
        current = self.impact_year_combo.currentData()
        self.impact_year_combo.blockSignals(True)
        self.impact_year_combo.clear()
        for year in result.params.equilibrium_years:
            self.impact_year_combo.addItem(str(year), year)
        index = self.impact_year_combo.findData(current)
        self.impact_year_combo.setCurrentIndex(max(index, 0))
        self.impact_year_combo.blockSignals(False)

    def show_impact(self) -> None:
        if self.result is None:
            return
        k = max(0, self.impact_year_combo.currentIndex())
        impact = self.result.impact[k] if k < len(self.result.impact) else None
        self.impact_chart.set_impact(impact)
        if impact is None or impact.total is None:
            year = str(self.result.params.equilibrium_years[k])
            self.impact_caption.setText(targs(self.tr("Not reachable by training before %1."), year))
        else:
            self.impact_caption.setText(targs(self.tr(
                "Trainees per year each factor adds to (right) or takes from (left) the advice; "
                "together they make the advice of %1 per year."), fmt.fmt_number(impact.total, 1)))

    @staticmethod
    def pyramid_figures(register, code: str, reference_date, rules) -> tuple:  # noqa: ANN001
        """Today's age structure of ``code`` and its shared view by the disclosure layer (``rules``: the
        settings' disclosure rules), for :meth:`show_pyramid`; no Qt, so it runs in the background."""
        from hrplanner.services import projection as projection_service
        from hrplanner.services.publication import pyramid_publication

        return (projection_service.age_pyramid(register, code, reference_date),
                pyramid_publication(register, code, reference_date, rules))

    def pyramid_failed(self, exc: BaseException) -> bool:
        """Show a user error of :meth:`pyramid_figures` under the chart; False for any other error."""
        if not isinstance(exc, USER_ERRORS):
            return False
        self.pyramid_caption.setText(str(exc))
        return True

    def show_pyramid(self, pyramid, publication):  # noqa: ANN001, ANN201
        """Show what :meth:`pyramid_figures` gave; returns the service's AgePyramid."""
        chart = self.pyramid_chart
        chart.set_pyramid(pyramid.bands, pyramid.women, pyramid.men, publication)
        if publication is None:
            self.pyramid_caption.setText(self.tr("Hidden (x): the region's figures of this occupation are about "
                                                 "too few persons or organisations to be shown."))
            return pyramid
        parts = []
        total = chart.total_text()
        if total is not None:
            parts.append(targs(self.tr("%1 persons on %2."), total, fmt.fmt_date(pyramid.reference_date)))
        unknown = sum(pyramid.unknown)
        if unknown:
            parts.append(targs(self.tr("Sex unknown: %1 (not in the chart)."), chart.unknown_text(unknown)))
        if chart.hidden_count():
            parts.append(targs(self.tr("Hatched bars are hidden: fewer than %1 persons, or enough to work "
                                       "such a number out."), str(chart.threshold)))
        self.pyramid_caption.setText(" ".join(parts))
        return pyramid

    def _gap_cell_clicked(self, index: QModelIndex) -> None:
        result = index.data(GapTableModel.RESULT_ROLE)
        if result is None:
            return
        year = int(result.years[index.column() - 1]) if index.column() > 0 else 0
        self.cell_chosen.emit(result.code, year)
