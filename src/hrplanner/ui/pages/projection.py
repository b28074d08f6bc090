"""The projection dashboard: supply, demand and gap of one occupation over twenty years, with the
Monte Carlo 10-90 percentile band, the intake advice, what drives it, an explanation of any year, the
gap of every occupation as a heatmap and today's age structure.

Every figure is the one ``hrplanner project --register PATH --scenario NAME`` prints: the page runs
``services.projection.load`` and ``domain.projection.project`` for the chosen scenario and variant.
The Monte Carlo run goes through ui/workers.py (seeded, so the band is the same each time); the
deterministic projection is fast enough to compute here.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain import reference as ref
from hrplanner.domain.projection.explain import explain
from hrplanner.domain.projection.model import ProjectionResult, project
from hrplanner.domain.projection.montecarlo import Percentiles, simulate
from hrplanner.domain.projection.params import to_flat
from hrplanner.services import projection as projection_service
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.charts.projection_cards import AdviceCards
from hrplanner.ui.charts.projection_chart import ProjectionChart
from hrplanner.ui.charts.projection_heatmap import HeatmapLegend
from hrplanner.ui.charts.projection_impact import ImpactChart
from hrplanner.ui.charts.projection_pyramid import AgePyramidChart
from hrplanner.ui.context import Topic
from hrplanner.ui.models.projection_explain import ExplainModel
from hrplanner.ui.models.projection_gap import GapTableModel
from hrplanner.ui.pages.base import Page
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import run_task

log = logging.getLogger(__name__)

#: The seed of the Monte Carlo band (the command line's default), so the band is reproducible.
MC_SEED = 0
VARIANT_NAMES = ("low", "middle", "high")


def fill_variant_combo(combo) -> None:  # noqa: ANN001 - a QComboBox
    """(Re)fill a low/middle/high combo with translated labels, keeping its choice, without signals."""
    combo.blockSignals(True)
    current = combo.currentData() or "middle"
    combo.clear()
    for name in VARIANT_NAMES:
        combo.addItem(variant_label(name), name)
    combo.setCurrentIndex(VARIANT_NAMES.index(current))
    combo.blockSignals(False)


def variant_label(name: str) -> str:
    return {"low": QCoreApplication.translate("ProjectionPage", "low"), "middle": QCoreApplication.translate("ProjectionPage", "middle"), "high": QCoreApplication.translate("ProjectionPage", "high")}[name]


def scenario_label(name: str) -> str:
    if name == projection_service.BASIS:
        return QCoreApplication.translate("ProjectionPage", "basis (from the register)")
    return name


def occupation_name(scenarios: projection_service.ScenarioSet, code: str, language: str) -> str:
    return ref.occupation_name(language, code, scenarios.names.get(code))


def run_band(params, draws: int, token) -> Percentiles:
    """The Monte Carlo run of the band (in a worker thread; reports progress, stops when cancelled)."""
    def progress(done: int, total: int) -> None:
        token.progress(done, total)
        token.check()

    return simulate(params, draws, MC_SEED, chunk_size=max(50, draws // 20), progress=progress)


# --- the overview's "largest expected shortages" -------------------------------------------------------


def overview_shortages(register, reference_date: date | None) -> list:
    """The overview page's shortage provider: the basis scenario's largest gaps in the first
    equilibrium year (runs in a worker thread)."""
    from hrplanner.ui.pages.overview import Shortage

    found = projection_service.largest_shortages(register, reference_date=reference_date)
    _, results = projection_service.run(register, reference_date=reference_date)
    demand = {r.code: float(r.demand_fte[r.index(r.advice[0].equilibrium_year)]) for r in results}
    return [Shortage(s.code, s.year, s.gap_fte, s.gap_fte / demand[s.code] if demand.get(s.code) else None)
            for s in found]


def install_overview_provider() -> None:
    """Hand :func:`overview_shortages` to the overview page (done once, when this module loads)."""
    try:
        from hrplanner.ui.pages import overview
    except ImportError:  # pragma: no cover - the overview is part of the app
        return
    if overview.shortage_provider() is None:
        overview.set_shortage_provider(overview_shortages)


# --- the page -------------------------------------------------------------------------------------------


class ProjectionPage(Page):
    """Shortage projection of one occupation, with the uncertainty band and the advice."""

    page_id = "projection"
    order = 20
    icon_name = "projection"

    #: Monte Carlo progress as a fraction (tests use it to cancel half-way).
    band_progress = Signal(float)
    #: The band was drawn, cancelled or failed ("done", "cancelled", "failed").
    band_finished = Signal(str)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.scenarios: projection_service.ScenarioSet | None = None
        self.results: dict[str, ProjectionResult] = {}
        self.result: ProjectionResult | None = None
        self.percentiles: Percentiles | None = None
        self.pyramid: projection_service.AgePyramid | None = None
        self._band_task = None
        self._band_token = None
        self._band_generation = 0
        #: What the band was computed for: (occupation code, the parameters' values).
        self._band_key: tuple | None = None
        self._filling = False
        self._explained_year: int | None = None
        self._build()
        context.data_changed.connect(self._data_changed)
        context.round_changed.connect(self.request_refresh)
        context.settings_changed.connect(self._setting_changed)
        self.retranslate_labels()

    # --- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedLayout(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("projection_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "muted")
        self.stack.addWidget(self.empty)
        content = QWidget(self)
        self.stack.addWidget(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(6)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.occupation_label = QLabel(content)
        self.occupation_combo = QComboBox(content)
        self.occupation_combo.setObjectName("occupation_selector")
        self.occupation_combo.setMinimumContentsLength(26)
        self.occupation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.occupation_label.setBuddy(self.occupation_combo)
        self.scenario_label = QLabel(content)
        self.scenario_combo = QComboBox(content)
        self.scenario_combo.setObjectName("scenario_selector")
        self.scenario_combo.setMinimumContentsLength(16)
        self.scenario_label.setBuddy(self.scenario_combo)
        self.variant_label = QLabel(content)
        self.variant_combo = QComboBox(content)
        self.variant_combo.setObjectName("variant_selector")
        self.variant_label.setBuddy(self.variant_combo)
        for label, combo in ((self.occupation_label, self.occupation_combo),
                             (self.scenario_label, self.scenario_combo),
                             (self.variant_label, self.variant_combo)):
            bar.addWidget(label)
            bar.addWidget(combo)
            bar.addSpacing(8)
        bar.addStretch(1)
        self.band_status = QLabel(content)
        self.band_status.setObjectName("band_status")
        set_role(self.band_status, "muted")
        self.band_progress_bar = QProgressBar(content)
        self.band_progress_bar.setObjectName("band_progress")
        self.band_progress_bar.setRange(0, 100)
        self.band_progress_bar.setFixedWidth(140)
        self.band_progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(content)
        self.cancel_button.setObjectName("band_cancel")
        self.band_button = QPushButton(content)
        self.band_button.setObjectName("band_start")
        for widget in (self.band_status, self.band_progress_bar, self.cancel_button, self.band_button):
            bar.addWidget(widget)
        outer.addLayout(bar)

        self.heading = QLabel(content)
        self.heading.setObjectName("projection_heading")
        set_role(self.heading, "subheading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.error_label = QLabel(content)
        self.error_label.setObjectName("projection_error")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "banner")
        outer.addWidget(self.error_label)

        splitter = QSplitter(Qt.Orientation.Vertical, content)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        top = QWidget(splitter)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(10)
        chart_column = QVBoxLayout()
        chart_column.setSpacing(2)
        self.readout = QLabel(top)
        self.readout.setObjectName("projection_readout")
        set_role(self.readout, "muted")
        chart_column.addWidget(self.readout)
        self.chart = ProjectionChart(top)
        chart_column.addWidget(self.chart, 1)
        top_layout.addLayout(chart_column, 1)

        side = QVBoxLayout()
        side.setSpacing(6)
        self.cards = AdviceCards(top)
        side.addWidget(self.cards)
        explain_bar = QHBoxLayout()
        self.explain_label = QLabel(top)
        set_role(self.explain_label, "subheading")
        self.year_spin = QSpinBox(top)
        self.year_spin.setObjectName("explain_year")
        self.year_spin.setGroupSeparatorShown(False)
        self.explain_label.setBuddy(self.year_spin)
        explain_bar.addWidget(self.explain_label)
        explain_bar.addStretch(1)
        explain_bar.addWidget(self.year_spin)
        side.addLayout(explain_bar)
        self.explain_model = ExplainModel(self)
        self.explain_table = QTableView(top)
        self.explain_table.setObjectName("explain_table")
        self.explain_table.setModel(self.explain_model)
        self._plain_table(self.explain_table)
        header = self.explain_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        side.addWidget(self.explain_table, 1)
        side_widget = QWidget(top)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(390)
        top_layout.addWidget(side_widget)

        self.tabs = QTabWidget(splitter)
        self.tabs.setObjectName("projection_tabs")
        heat = QWidget()
        heat_layout = QVBoxLayout(heat)
        heat_layout.setContentsMargins(6, 6, 6, 6)
        self.gap_model = GapTableModel(self)
        self.gap_table = QTableView(heat)
        self.gap_table.setObjectName("gap_table")
        self.gap_table.setModel(self.gap_model)
        self._plain_table(self.gap_table)
        self.gap_table.setMouseTracking(True)
        self.gap_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.gap_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gap_table.horizontalHeader().setMinimumSectionSize(34)
        heat_layout.addWidget(self.gap_table, 1)
        self.heat_legend = HeatmapLegend(heat)
        heat_layout.addWidget(self.heat_legend)
        self.tabs.addTab(heat, "")

        impact = QWidget()
        impact_layout = QVBoxLayout(impact)
        impact_layout.setContentsMargins(6, 6, 6, 6)
        impact_bar = QHBoxLayout()
        self.impact_year_label = QLabel(impact)
        self.impact_year_combo = QComboBox(impact)
        self.impact_year_combo.setObjectName("impact_year")
        self.impact_year_label.setBuddy(self.impact_year_combo)
        self.impact_caption = QLabel(impact)
        self.impact_caption.setWordWrap(True)
        set_role(self.impact_caption, "muted")
        impact_bar.addWidget(self.impact_year_label)
        impact_bar.addWidget(self.impact_year_combo)
        impact_bar.addSpacing(12)
        impact_bar.addWidget(self.impact_caption, 1)
        impact_layout.addLayout(impact_bar)
        self.impact_chart = ImpactChart(impact)
        impact_layout.addWidget(self.impact_chart, 1)
        self.tabs.addTab(impact, "")

        pyramid = QWidget()
        pyramid_layout = QVBoxLayout(pyramid)
        pyramid_layout.setContentsMargins(6, 6, 6, 6)
        self.pyramid_caption = QLabel(pyramid)
        self.pyramid_caption.setObjectName("pyramid_caption")
        self.pyramid_caption.setWordWrap(True)
        set_role(self.pyramid_caption, "muted")
        pyramid_layout.addWidget(self.pyramid_caption)
        self.pyramid_chart = AgePyramidChart(pyramid)
        pyramid_layout.addWidget(self.pyramid_chart, 1)
        self.tabs.addTab(pyramid, "")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 300])

        self.occupation_combo.currentIndexChanged.connect(lambda _i: self._occupation_chosen())
        self.scenario_combo.currentIndexChanged.connect(lambda _i: self._scenario_chosen())
        self.variant_combo.currentIndexChanged.connect(lambda _i: self._variant_chosen())
        self.cancel_button.clicked.connect(self.cancel_band)
        self.band_button.clicked.connect(self.start_band)
        self.chart.year_clicked.connect(self.explain_year)
        self.chart.hovered.connect(self._hovered)
        self.year_spin.valueChanged.connect(self._explain_spin)
        self.impact_year_combo.currentIndexChanged.connect(lambda _i: self._show_impact())
        self.gap_table.clicked.connect(self._gap_cell_clicked)
        self.gap_table.activated.connect(self._gap_cell_clicked)
        self._set_band_running(False)

    @staticmethod
    def _plain_table(table: QTableView) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        table.setWordWrap(False)
        table.setFrameShape(QFrame.Shape.StyledPanel)

    # --- texts -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Projection")

    def retranslate_labels(self) -> None:
        self.occupation_label.setText(self.tr("&Occupation:"))
        self.scenario_label.setText(self.tr("&Scenario:"))
        self.variant_label.setText(self.tr("V&ariant:"))
        self.occupation_combo.setAccessibleName(self.tr("Occupation"))
        self.scenario_combo.setAccessibleName(self.tr("Scenario"))
        self.variant_combo.setAccessibleName(self.tr("Variant"))
        self.variant_combo.setToolTip(self.tr("Low, middle or high values of every parameter"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the uncertainty band"))
        self.band_button.setText(self.tr("Compute band"))
        self.band_button.setToolTip(self.tr("Compute the 10-90% uncertainty band (Monte Carlo)"))
        self.band_progress_bar.setAccessibleName(self.tr("Progress of the uncertainty band"))
        self.explain_label.setText(self.tr("E&xplain year:"))
        self.year_spin.setAccessibleName(self.tr("Year to explain"))
        self.year_spin.setToolTip(self.tr("Or click a year in the chart"))
        self.explain_table.setAccessibleName(self.tr("Parts of supply and demand"))
        self.gap_table.setAccessibleName(self.tr("Gap per occupation and year"))
        self.chart.setAccessibleName(self.tr("Supply, demand and gap chart"))
        self.impact_chart.setAccessibleName(self.tr("What drives the advice"))
        self.pyramid_chart.setAccessibleName(self.tr("Age structure today"))
        self.impact_year_label.setText(self.tr("E&quilibrium year:"))
        self.impact_year_combo.setAccessibleName(self.tr("Equilibrium year"))
        self.tabs.setTabText(0, self.tr("Gap, all occupations"))
        self.tabs.setTabText(1, self.tr("What drives the advice"))
        self.tabs.setTabText(2, self.tr("Age structure today"))
        self.tabs.setTabToolTip(0, self.tr("Demand minus supply in fte; hover a cell for details"))
        self.empty.setText(self.tr("Open a register to see the projection."))
        self.readout.setText(self.tr("Hover over the chart for the figures of a year; click to explain it."))
        fill_variant_combo(self.variant_combo)

    def retranslate(self) -> None:
        self.retranslate_labels()
        self.chart.retranslate()
        self.impact_chart.retranslate()
        self.pyramid_chart.retranslate()
        self.heat_legend.update()
        self.request_refresh()

    # --- state -------------------------------------------------------------------------------------

    @property
    def code(self) -> str | None:
        return self.occupation_combo.currentData()

    @property
    def scenario_name(self) -> str:
        return self.scenario_combo.currentData() or projection_service.BASIS

    @property
    def variant(self) -> str:
        return self.variant_combo.currentData() or "middle"

    def _reference_date(self) -> date | None:
        return self.context.current_round

    def _data_changed(self, what: str) -> None:
        if what in (Topic.SCENARIO, Topic.ANY, Topic.STAFFING, Topic.ESTABLISHMENT, Topic.FLOW, Topic.TRAINING,
                    Topic.ROUND, Topic.OCCUPATION):
            self.request_refresh()

    def _setting_changed(self, key: str) -> None:
        if key == settings.MONTE_CARLO_DRAWS.key and self.result is not None:
            self.start_band()
        elif key == settings.SMALL_NUMBER_THRESHOLD.key:
            self._show_pyramid()

    # --- refreshing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        register = self.context.register
        self.error_label.hide()
        if register is None or not register.rounds():
            self.cancel_band()
            self.scenarios, self.results, self.result = None, {}, None
            self.empty.setText(self.tr("Open a register to see the projection.") if register is None
                               else self.tr("This register has no rounds yet, so there is nothing to project."))
            self.stack.setCurrentIndex(0)
            return
        self._fill_scenarios(register)
        self._load()

    def _fill_scenarios(self, register) -> None:
        current = self.scenario_name
        self._filling = True
        try:
            self.scenario_combo.clear()
            for info in projection_service.list_scenarios(register):
                self.scenario_combo.addItem(scenario_label(info.name), info.name)
                if info.description and not info.is_basis:
                    self.scenario_combo.setItemData(self.scenario_combo.count() - 1, info.description,
                                                    Qt.ItemDataRole.ToolTipRole)
            index = self.scenario_combo.findData(current)
            self.scenario_combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def _load(self) -> None:
        """Load the chosen scenario and project every occupation in the chosen variant."""
        register = self.context.register
        try:
            self.scenarios = projection_service.load(register, self.scenario_name, self._reference_date())
        except USER_ERRORS as exc:
            self.scenarios, self.results, self.result = None, {}, None
            self.cancel_band()
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.stack.setCurrentIndex(1)
            self._clear_views()
            return
        self._project_all()
        if not self.results:
            self.empty.setText(self.tr("No occupation has staff in this round, so there is nothing to project."))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._fill_occupations()
        self.gap_model.set_results(list(self.results.values()),
                                   {c: occupation_name(self.scenarios, c, self.context.language)
                                    for c in self.results})
        self.gap_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.show_occupation()

    def _project_all(self) -> None:
        self.results = {code: project(p, self.variant) for code, p in self.scenarios.params.items()}

    def _fill_occupations(self) -> None:
        current = self.code
        self._filling = True
        try:
            self.occupation_combo.clear()
            for code in self.results:
                self.occupation_combo.addItem(occupation_name(self.scenarios, code, self.context.language), code)
            index = self.occupation_combo.findData(current)
            self.occupation_combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def _clear_views(self) -> None:
        self.chart.set_projection([], [], [], [])
        self.chart.clear_band()
        self.cards.set_advice(())
        self.explain_model.set_explanation(None)
        self.impact_chart.set_impact(None)
        self.gap_model.set_results([])

    def _occupation_chosen(self) -> None:
        if not self._filling and self.scenarios is not None:
            self.show_occupation()

    def _scenario_chosen(self) -> None:
        if not self._filling and self.context.register is not None:
            self._load()

    def _variant_chosen(self) -> None:
        if self.scenarios is not None:
            self._project_all()
            self.gap_model.set_results(list(self.results.values()), self.gap_model.names)
            self.show_occupation()

    def select_occupation(self, code: str) -> None:
        index = self.occupation_combo.findData(code)
        if index >= 0:
            self.occupation_combo.setCurrentIndex(index)

    def select_scenario(self, name: str) -> None:
        index = self.scenario_combo.findData(name)
        if index >= 0:
            self.scenario_combo.setCurrentIndex(index)

    def select_variant(self, name: str) -> None:
        self.variant_combo.setCurrentIndex(VARIANT_NAMES.index(name))

    # --- one occupation ----------------------------------------------------------------------------

    def show_occupation(self) -> None:
        code = self.code
        if code is None or code not in self.results:
            return
        result = self.results[code]
        self.result = result
        name = occupation_name(self.scenarios, code, self.context.language)
        heading = self.tr("%1: scenario %2, %3 variant, reference date %4") \
            .replace("%1", name).replace("%2", scenario_label(self.scenarios.name)) \
            .replace("%3", variant_label(self.variant)).replace("%4", fmt.fmt_date(self.scenarios.reference_date))
        if self.context.register.fictitious:
            heading += " \u2014 " + self.tr("fictitious figures")
        self.heading.setText(heading)
        self.chart.set_projection(result.years, result.supply_fte, result.demand_fte, result.gap_fte)
        self.chart.set_markers([(y, self.tr("equilibrium %1").replace("%1", str(y)))
                                for y in result.params.equilibrium_years])
        band_key = (code, frozenset(to_flat(result.params).items()))
        if self._band_key != band_key:
            self.percentiles = None
            self.chart.clear_band()
        self.cards.set_advice(result.advice, self._advice_band())
        first, last = int(result.years[0]), int(result.years[-1])
        year = self._explained_year
        if year is None or not first <= year <= last:
            year = result.params.equilibrium_years[0]
        self.year_spin.blockSignals(True)
        self.year_spin.setRange(first, last)
        self.year_spin.blockSignals(False)
        self.explain_year(year)
        self._fill_impact_years(result)
        self._show_impact()
        self._show_pyramid()
        self.gap_model.set_current(code)
        if self._band_key != band_key:
            self._band_key = band_key
            self.start_band()

    def explain_year(self, year: int) -> None:
        """Show the parts of supply and demand of a year (a click on the chart, or the spin box)."""
        if self.result is None:
            return
        self._explained_year = int(year)
        if self.year_spin.value() != year:
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(year)
            self.year_spin.blockSignals(False)
        self.explain_model.set_explanation(explain(self.result, int(year)))
        self.chart.show_year(int(year))

    def _explain_spin(self, year: int) -> None:
        self.explain_year(year)

    def _hovered(self, year: int) -> None:
        if year < 0 or self.result is None:
            return
        i = self.result.index(year)
        self.readout.setText(self.tr("%1: supply %2 fte, demand %3 fte, gap %4 fte")
                             .replace("%1", str(year)).replace("%2", fmt.fmt_number(self.result.supply_fte[i], 1))
                             .replace("%3", fmt.fmt_number(self.result.demand_fte[i], 1))
                             .replace("%4", fmt.fmt_signed(self.result.gap_fte[i], 1)))

    def _fill_impact_years(self, result: ProjectionResult) -> None:
        current = self.impact_year_combo.currentData()
        self.impact_year_combo.blockSignals(True)
        self.impact_year_combo.clear()
        for year in result.params.equilibrium_years:
            self.impact_year_combo.addItem(str(year), year)
        index = self.impact_year_combo.findData(current)
        self.impact_year_combo.setCurrentIndex(max(index, 0))
        self.impact_year_combo.blockSignals(False)

    def _show_impact(self) -> None:
        if self.result is None:
            return
        k = max(0, self.impact_year_combo.currentIndex())
        impact = self.result.impact[k] if k < len(self.result.impact) else None
        self.impact_chart.set_impact(impact)
        if impact is None or impact.total is None:
            year = str(self.result.params.equilibrium_years[k])
            self.impact_caption.setText(self.tr("Not reachable by training before %1.").replace("%1", year))
        else:
            self.impact_caption.setText(self.tr(
                "Trainees per year each factor adds to (right) or takes from (left) the advice; "
                "together they make the advice of %1 per year.").replace("%1", fmt.fmt_number(impact.total, 1)))

    def _show_pyramid(self) -> None:
        register, code = self.context.register, self.code
        if register is None or code is None or self.scenarios is None:
            return
        threshold = settings.get(settings.SMALL_NUMBER_THRESHOLD)
        try:
            self.pyramid = projection_service.age_pyramid(register, code, self.scenarios.reference_date)
        except USER_ERRORS as exc:
            self.pyramid_caption.setText(str(exc))
            return
        p = self.pyramid
        chart = self.pyramid_chart
        chart.set_pyramid(p.bands, p.women, p.men, threshold)
        parts = []
        total = chart.total_text()
        if total is not None:
            parts.append(self.tr("%1 persons on %2.").replace("%1", total).replace("%2", fmt.fmt_date(p.reference_date)))
        unknown = sum(p.unknown)
        if unknown:
            parts.append(self.tr("Sex unknown: %1 (not in the chart).").replace("%1", chart.shown(unknown)))
        if chart.table is not None and chart.table.hidden_count():
            parts.append(self.tr("Hatched bars are hidden: fewer than %1 persons, or enough to work such a "
                                 "number out.").replace("%1", str(threshold)))
        self.pyramid_caption.setText(" ".join(parts))

    def _gap_cell_clicked(self, index: QModelIndex) -> None:
        result = index.data(GapTableModel.RESULT_ROLE)
        if result is None:
            return
        self.select_occupation(result.code)
        if index.column() > 0:
            self.explain_year(int(result.years[index.column() - 1]))

    # --- the Monte Carlo band ----------------------------------------------------------------------

    def start_band(self) -> None:
        """Compute the 10-90% band of the current occupation in the background."""
        self.cancel_band()
        if self.result is None:
            return
        params = self.result.params
        draws = settings.get(settings.MONTE_CARLO_DRAWS)
        self._band_generation += 1
        run = self._band_generation
        self.band_progress_bar.setValue(0)
        self._set_band_running(True)
        self.band_status.setText(self.tr("Uncertainty band: %1 draws…").replace("%1", fmt.fmt_number(draws, 0)))

        def work(token):
            if run == self._band_generation:  # (synchronous mode: before the first chunk)
                self._band_token = token
            return run_band(params, draws, token)

        task = self._band_task = run_task(
            work, parent=self, name="projection band",
            on_result=lambda pct: self._band_done(run, pct),
            on_error=lambda exc: self._band_failed(run, exc),
            on_progress=lambda fraction, _text: self._band_progressed(run, fraction),
            on_cancelled=lambda: self._band_cancelled(run))
        if not task.is_done and run == self._band_generation:
            self._band_token = task.token  # running in the background: Cancel stops this run

    def cancel_band(self) -> None:
        """Stop the running band computation (if any)."""
        if self._band_token is not None:
            self._band_token.cancel()
            self._band_token = None

    def band_running(self) -> bool:
        return self._band_token is not None

    def _band_progressed(self, run: int, fraction: float) -> None:
        if run == self._band_generation:
            self.band_progress_bar.setValue(round(fraction * 100))
            self.band_progress.emit(fraction)

    def _band_done(self, run: int, pct: Percentiles) -> None:
        if run != self._band_generation or self.result is None:
            return
        self._band_token = None
        self.percentiles = pct
        self._set_band_running(False)
        self.chart.set_band(pct.years, (pct.supply_fte[0], pct.supply_fte[2]),
                            (pct.demand_fte[0], pct.demand_fte[2]), (pct.gap_fte[0], pct.gap_fte[2]))
        self.cards.set_advice(self.result.advice, self._advice_band())
        self.band_status.setText(self.tr("Band: 10-90% of %1 draws").replace("%1", fmt.fmt_number(pct.draws, 0)))
        self.band_finished.emit("done")

    def _band_failed(self, run: int, exc: BaseException) -> None:
        if run != self._band_generation:
            return
        log.warning("Monte Carlo band failed: %s", exc)
        self._band_token = None
        self._set_band_running(False)
        self.band_status.setText(self.tr("The uncertainty band could not be computed: %1").replace("%1", str(exc)))
        self.band_finished.emit("failed")

    def _band_cancelled(self, run: int) -> None:
        if run != self._band_generation:
            return
        self._band_token = None
        self._set_band_running(False)
        self.band_status.setText(self.tr("Uncertainty band cancelled"))
        self.band_finished.emit("cancelled")

    def _set_band_running(self, running: bool) -> None:
        self.band_progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.band_button.setVisible(not running and self.percentiles is None)

    def _advice_band(self) -> list[tuple[float, float]] | None:
        pct = self.percentiles
        if pct is None:
            return None
        return [(float(pct.advice[0, k]), float(pct.advice[2, k])) for k in range(pct.advice.shape[1])]


install_overview_provider()
