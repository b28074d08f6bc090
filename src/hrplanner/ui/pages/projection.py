"""The projection dashboard: supply, demand and gap of one occupation over twenty years, with the
Monte Carlo 10-90 percentile band, the intake advice, what drives it, an explanation of any year, the
gap of every occupation as a heatmap and today's age structure.

Every figure is the one ``hrplanner project --register PATH --scenario NAME`` prints: the page runs
``services.projection.load`` and ``domain.projection.project`` for the chosen scenario and variant.
The page arranges its sections: the selectors, the chart with the advice cards beside it, the band
(pages/projection_band.py) and the bottom tabs (pages/projection_tabs.py), in a vertical splitter that
remembers its position, inside a scroll area so that nothing is cut off on a small screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.projection.model import ProjectionResult, project
from hrplanner.domain.projection.montecarlo import Percentiles
from hrplanner.domain.projection.params import to_flat
from hrplanner.services import backtest as backtest_service
from hrplanner.services import projection as projection_service
from hrplanner.services.errors import USER_ERRORS
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.charts.projection_cards import AdviceCards
from hrplanner.ui.charts.projection_chart import ProjectionChart
from hrplanner.ui.context import Topic
from hrplanner.ui.dialogs.error_dialog import report_error
from hrplanner.ui.labels import VARIANT_NAMES, fill_variant_combo, occupation_name, scenario_label, targs, variant_label
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.projection_band import BandControl
from hrplanner.ui.pages.projection_tabs import EXPLAIN, ProjectionTabs
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import LatestTask

#: The smallest height of the page's content: below it the page scrolls instead of squeezing the chart.
MIN_CONTENT_HEIGHT = 760  # on a 700-px screen the page scrolls rather than squeeze its tabs


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
        self._pyramid_task = LatestTask(self, "age pyramid")
        #: Reads the scenario and the backtest (two rounds of every organisation) off the GUI thread.
        self._load_task = LatestTask(self, "projection")
        #: The backtest of the latest pair of rounds up to the shown round (None without two rounds).
        self.backtest = None
        #: What the band was computed for: (occupation code, the parameters' values).
        self._band_key: tuple | None = None
        self._filling = False
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
        scroll = QScrollArea(self)
        scroll.setObjectName("projection_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(scroll)
        content = QWidget()
        content.setObjectName("projection_content")
        content.setMinimumHeight(MIN_CONTENT_HEIGHT)
        scroll.setWidget(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(6)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.occupation_label, self.occupation_combo = QLabel(content), QComboBox(content)
        self.occupation_combo.setObjectName("occupation_selector")
        self.scenario_label, self.scenario_combo = QLabel(content), QComboBox(content)
        self.scenario_combo.setObjectName("scenario_selector")
        self.variant_label, self.variant_combo = QLabel(content), QComboBox(content)
        self.variant_combo.setObjectName("variant_selector")
        for label, combo, length in ((self.occupation_label, self.occupation_combo, 22),
                                     (self.scenario_label, self.scenario_combo, 14),
                                     (self.variant_label, self.variant_combo, 0)):
            if length:
                combo.setMinimumContentsLength(length)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
            bar.addSpacing(8)
        bar.addStretch(1)
        outer.addLayout(bar)

        self.heading = QLabel(content)
        self.heading.setObjectName("projection_heading")
        set_role(self.heading, "subheading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it holds a scenario's name as typed
        outer.addWidget(self.heading)
        self.backtest_label = QLabel(content)
        self.backtest_label.setObjectName("projection_backtest")
        self.backtest_label.setWordWrap(True)
        outer.addWidget(self.backtest_label)
        self.error_label = QLabel(content)
        self.error_label.setObjectName("projection_error")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "banner")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.error_label)
        readout_row = QHBoxLayout()
        self.readout = QLabel(content)
        self.readout.setObjectName("projection_readout")
        set_role(self.readout, "muted")
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # may be cut, not widen
        readout_row.addWidget(self.readout, 1)
        self.band = BandControl(content)
        readout_row.addWidget(self.band)
        outer.addLayout(readout_row)
        self.band_status, self.band_progress_bar = self.band.status, self.band.progress_bar
        self.cancel_button, self.band_button = self.band.cancel_button, self.band.start_button

        self.splitter = QSplitter(Qt.Orientation.Vertical, content)
        self.splitter.setObjectName("projection_splitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)
        top = QWidget(self.splitter)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(10)
        self.chart = ProjectionChart(top, legend_columns=2)  # three columns need more than a laptop has
        self.chart.setMinimumSize(360, 240)
        top_layout.addWidget(self.chart, 1)
        self.cards = AdviceCards(top, vertical=True)
        self.cards.setFixedWidth(190)
        top_layout.addWidget(self.cards, 0, Qt.AlignmentFlag.AlignTop)
        self.tabs_section = ProjectionTabs(self.splitter)
        self.tabs_section.setMinimumHeight(270)  # the advice factors chart reads with its 8 bars
        self.tabs = self.tabs_section.tabs
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([330, 220])
        settings.remember_splitter(self.splitter, "projection")
        self.explain_model, self.gap_model = self.tabs_section.explain_model, self.tabs_section.gap_model
        self.year_spin, self.impact_chart = self.tabs_section.year_spin, self.tabs_section.impact_chart
        self.pyramid_chart, self.pyramid_caption = self.tabs_section.pyramid_chart, self.tabs_section.pyramid_caption

        self.occupation_combo.currentIndexChanged.connect(lambda _i: self._occupation_chosen())
        self.scenario_combo.currentIndexChanged.connect(lambda _i: self._scenario_chosen())
        self.variant_combo.currentIndexChanged.connect(lambda _i: self._variant_chosen())
        self.band.requested.connect(self.start_band)
        self.band.progressed.connect(self.band_progress)
        self.band.computed.connect(self._band_done)
        self.band.stopped.connect(self._band_stopped)
        self.chart.year_clicked.connect(self._year_clicked)
        self.chart.hovered.connect(self._hovered)
        self.tabs_section.year_explained.connect(self.chart.show_year)
        self.tabs_section.cell_chosen.connect(self._cell_chosen)

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
        self.chart.setAccessibleName(self.tr("Supply, demand and gap chart"))
        self.empty.setText(self.tr("Open a register to see the projection."))
        self.readout.setText(self.tr("Hover over the chart for the figures of a year; click to explain it."))
        self.band.retranslate()
        self.tabs_section.retranslate()
        fill_variant_combo(self.variant_combo)

    def retranslate(self) -> None:
        self.retranslate_labels()
        self.chart.retranslate()
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
            self.band.discard()
            self._load_task.discard()
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
            self.scenario_combo.setCurrentIndex(max(self.scenario_combo.findData(current), 0))
        finally:
            self._filling = False

    def _load(self) -> None:
        """Load the chosen scenario and the backtest in the background (a region of hundreds of
        organisations takes a while to read), then project every occupation in the chosen variant."""
        register, name, day = self.context.register, self.scenario_name, self._reference_date()
        if not self.results:
            self.empty.setText(self.tr("Reading the figures…"))
            self.stack.setCurrentIndex(0)

        def read(_token) -> tuple:  # noqa: ANN001
            scenarios = projection_service.load(register, name, day)
            try:
                backtest = backtest_service.backtest(register, until=day, last=1).latest
            except USER_ERRORS:
                backtest = None
            return scenarios, backtest

        self._load_task.start(read, on_result=lambda read_: self._loaded(register, *read_),
                              on_error=lambda exc: self._load_failed(register, exc))

    def _load_failed(self, register, exc: BaseException) -> None:  # noqa: ANN001
        if not self.read_failed(register, exc):
            return
        self.scenarios, self.results, self.result = None, {}, None
        self.band.discard()
        self.error_label.setText(str(exc))
        self.error_label.show()
        self.stack.setCurrentIndex(1)
        self._clear_views()

    def _loaded(self, register, scenarios: projection_service.ScenarioSet, backtest) -> None:  # noqa: ANN001
        if register is not self.context.register:
            return
        self.scenarios, self.backtest = scenarios, backtest
        self._project_all()
        if not self.results:
            self.empty.setText(self.tr("No occupation has staff in this round, so there is nothing to project."))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._fill_occupations()
        self.tabs_section.set_all(list(self.results.values()),
                                  {c: occupation_name(self.scenarios, c, self.context.language) for c in self.results})
        self.show_occupation()

    def backtest_text(self, code: str) -> str:
        """"Backtest: the projection from 31-12-2024 for 2025: 531,0 fte; recorded: 524,0 fte; -1,3%." and
        where the region stands against the Capaciteitsorgaan's 0.2-0.9% a year; empty without two rounds."""
        pair = self.backtest
        entry = pair.occupation(code) if pair is not None else None
        if entry is None:
            return ""
        fte = entry["fte"]
        text = targs(self.tr("Backtest: the projection from %1 for %2: %3 fte; recorded: %4 fte; %5."),
                     fmt.fmt_date(pair.start), pair.end.year, fmt.fmt_number(fte.projected, 1),
                     fmt.fmt_number(fte.recorded, 1), fmt.fmt_percent(fte.percent))
        region = {
            "below": self.tr("Region: %1 a year, below the Capaciteitsorgaan's 0.2-0.9% a year (a smaller error)."),
            "within": self.tr("Region: %1 a year, within the Capaciteitsorgaan's 0.2-0.9% a year."),
            "above": self.tr("Region: %1 a year, above the Capaciteitsorgaan's 0.2-0.9% a year (a larger error)."),
        }.get(pair.benchmark or "")
        if region:
            text += " " + targs(region, fmt.fmt_percent(pair.supply_error_per_year))
        return text

    def _project_all(self) -> None:
        self.results = {code: project(p, self.variant) for code, p in self.scenarios.params.items()}

    def _fill_occupations(self) -> None:
        current = self.code
        self._filling = True
        try:
            self.occupation_combo.clear()
            for code in self.results:
                self.occupation_combo.addItem(occupation_name(self.scenarios, code, self.context.language), code)
            self.occupation_combo.setCurrentIndex(max(self.occupation_combo.findData(current), 0))
        finally:
            self._filling = False

    def _clear_views(self) -> None:
        self.chart.set_projection([], [], [], [])
        self.chart.clear_band()
        self.cards.set_advice(())
        self.tabs_section.clear()

    def _occupation_chosen(self) -> None:
        if not self._filling and self.scenarios is not None:
            self.show_occupation()

    def _scenario_chosen(self) -> None:
        if not self._filling and self.context.register is not None:
            self._load()

    def _variant_chosen(self) -> None:
        if self.scenarios is not None:
            self._project_all()
            self.tabs_section.set_all(list(self.results.values()), self.gap_model.names)
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
        heading = targs(self.tr("%1: scenario %2, %3 variant, reference date %4"), name,
                        scenario_label(self.scenarios.name), variant_label(self.variant),
                        fmt.fmt_date(self.scenarios.reference_date))
        if self.context.register.fictitious:
            heading += " \u2014 " + self.tr("fictitious figures")
        self.heading.setText(heading)
        backtest = self.backtest_text(code)
        self.backtest_label.setText(backtest)
        self.backtest_label.setVisible(bool(backtest))
        self.chart.set_projection(result.years, result.supply_fte, result.demand_fte, result.gap_fte)
        self.chart.set_markers([(y, targs(self.tr("equilibrium %1"), str(y)))
                                for y in result.params.equilibrium_years])
        band_key = (code, frozenset(to_flat(result.params).items()))
        if self._band_key != band_key:
            self.percentiles = None
            self.chart.clear_band()
            self.band.forget()
        self.cards.set_advice(result.advice, self._advice_band())
        self.chart.show_year(self.tabs_section.show_result(result))
        self._show_pyramid()
        if self._band_key != band_key:
            self._band_key = band_key
            self.start_band()

    def explain_year(self, year: int) -> None:
        """Show the parts of supply and demand of a year (a click on the chart, or the spin box)."""
        if self.result is None:
            return
        self.tabs_section.explain_year(int(year))
        self.chart.show_year(int(year))

    def _year_clicked(self, year: int) -> None:
        self.explain_year(year)
        self.tabs.setCurrentIndex(EXPLAIN)

    def _cell_chosen(self, code: str, year: int) -> None:
        self.select_occupation(code)
        if year:
            self.explain_year(year)

    def _hovered(self, year: int) -> None:
        if year < 0 or self.result is None:
            return
        i = self.result.index(year)
        self.readout.setText(targs(self.tr("%1: supply %2 fte, demand %3 fte, gap %4 fte"), str(year),
                                   fmt.fmt_number(self.result.supply_fte[i], 1),
                                   fmt.fmt_number(self.result.demand_fte[i], 1),
                                   fmt.fmt_signed(self.result.gap_fte[i], 1)))

    def _show_pyramid(self) -> None:
        """The age pyramid of the occupation shown; its shared view (a publication: seconds for a large
        region) is made in the background."""
        register, code = self.context.register, self.code
        if register is None or code is None or self.scenarios is None:
            self._pyramid_task.discard()
            return
        reference_date, rules, tabs = self.scenarios.reference_date, settings.disclosure_rules(), self.tabs_section
        tabs.pyramid_caption.setText(self.tr("Reading the figures…"))

        def shown(result: tuple) -> None:
            self.pyramid = tabs.show_pyramid(*result)

        def failed(exc: BaseException) -> None:
            self.pyramid = None
            if not tabs.pyramid_failed(exc):
                tabs.pyramid_caption.clear()
                report_error(exc, self)

        self._pyramid_task.start(lambda _token: tabs.pyramid_figures(register, code, reference_date, rules),
                                 on_result=shown, on_error=failed)

    # --- the Monte Carlo band ----------------------------------------------------------------------

    def start_band(self) -> None:
        """Compute the 10-90% band of the current occupation in the background."""
        if self.result is None:
            self.band.discard()
            return
        self.percentiles = None
        self.band.start(self.result.params, settings.get(settings.MONTE_CARLO_DRAWS))

    def cancel_band(self) -> None:
        """Stop the running band computation (if any)."""
        self.band.cancel()

    def band_running(self) -> bool:
        return self.band.running

    def _band_done(self, pct: Percentiles) -> None:
        if self.result is None:
            return
        self.percentiles = pct
        self.chart.set_band(pct.years, (pct.supply_fte[0], pct.supply_fte[2]),
                            (pct.demand_fte[0], pct.demand_fte[2]), (pct.gap_fte[0], pct.gap_fte[2]))
        self.cards.set_advice(self.result.advice, self._advice_band())
        self.band_finished.emit("done")

    def _band_stopped(self, outcome: str) -> None:
        self.band_finished.emit(outcome)

    def _advice_band(self) -> list[tuple[float, float]] | None:
        pct = self.percentiles
        if pct is None:
            return None
        return [(float(pct.advice[0, k]), float(pct.advice[2, k])) for k in range(pct.advice.shape[1])]
