"""The scenario page's levers: what-if sliders on one occupation with a live chart and the advice.

Levers change nothing until they are saved: moving one recomputes the deterministic projection of one
occupation at once (well under a millisecond) and redraws the chart on the next turn of the event
loop, so a burst of slider moves costs one redraw. The sliders scroll in their own column; the chart
and the advice cards take the rest, side by side on a wide page and the cards below on a narrow one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.projection.levers import apply_levers, lever_changes
from hrplanner.domain.projection.model import ProjectionResult, project
from hrplanner.domain.projection.errors import ParameterError
from hrplanner.domain.projection.params import ProjectionParams, Triple, to_flat
from hrplanner.ui import settings
from hrplanner.ui.charts.projection_cards import AdviceCards
from hrplanner.ui.charts.projection_chart import ProjectionChart
from hrplanner.ui.labels import fill_variant_combo, targs
from hrplanner.ui.commands import CreateScenarioCommand, SetParametersCommand
from hrplanner.ui.issues import parameter_error_text
from hrplanner.ui.levers import LeverPanel
from hrplanner.ui.pages.sections import Section


class LeversSection(Section):
    """Variant, sliders, Reset/Save buttons, and the chart with the advice of the moved levers."""

    #: The lever chart was redrawn (after a coalesced burst of lever moves).
    redrawn = Signal()

    def __init__(self, page, parent: QWidget | None = None):  # noqa: ANN001 - the ScenariosPage
        super().__init__(parent)
        self.page = page
        self.lever_base: ProjectionParams | None = None
        self.lever_result: ProjectionResult | None = None
        self.base_result: ProjectionResult | None = None
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(0)
        self._redraw_timer.timeout.connect(self.redraw)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("levers_splitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)

        left_widget = QWidget(self.splitter)
        left = QVBoxLayout(left_widget)
        left.setContentsMargins(0, 0, 0, 0)
        variant_row = QHBoxLayout()
        self.variant_label = QLabel(left_widget)
        self.variant_combo = QComboBox(left_widget)
        self.variant_combo.setObjectName("lever_variant")
        self.variant_label.setBuddy(self.variant_combo)
        variant_row.addWidget(self.variant_label)
        variant_row.addWidget(self.variant_combo)
        variant_row.addStretch(1)
        left.addLayout(variant_row)
        self.levers = LeverPanel(left_widget)
        for row in self.levers.rows.values():  # long lever names wrap, so the sliders stay in view
            row.label.setWordWrap(True)
            row.label.setMinimumWidth(90)
            row.slider.setMinimumWidth(60)
        scroll = QScrollArea(left_widget)
        scroll.setObjectName("lever_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.levers)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.levers.minimumSizeHint().width() + 16)
        left.addWidget(scroll, 1)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        self.lever_reset_button = QPushButton(left_widget)
        self.lever_reset_button.setObjectName("levers_reset")
        self.lever_save_button = QPushButton(left_widget)
        self.lever_save_button.setObjectName("levers_save")
        self.lever_save_new_button = QPushButton(left_widget)
        self.lever_save_new_button.setObjectName("levers_save_new")
        buttons.addWidget(self.lever_reset_button, 0, 0)
        buttons.addWidget(self.lever_save_button, 1, 0)
        buttons.addWidget(self.lever_save_new_button, 2, 0)
        left.addLayout(buttons)

        right_widget = QWidget(self.splitter)
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        self.lever_chart = ProjectionChart(right_widget, legend_columns=1)
        self.lever_chart.setObjectName("lever_chart")
        self.lever_chart.setMinimumSize(220, 200)
        right.addWidget(self.lever_chart, 1)
        self.lever_cards = AdviceCards(right_widget)
        right.addWidget(self.lever_cards)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        settings.remember_splitter(self.splitter, "levers")

        self.levers.changed.connect(self._moved)
        self.variant_combo.currentIndexChanged.connect(lambda _i: self.configure())
        self.lever_reset_button.clicked.connect(self.reset_levers)
        self.lever_save_button.clicked.connect(lambda: self.save_levers())
        self.lever_save_new_button.clicked.connect(lambda: self.save_levers_as_new())

    def retranslate(self) -> None:
        self.variant_label.setText(self.tr("V&ariant:"))
        self.variant_combo.setAccessibleName(self.tr("Variant"))
        self.lever_chart.setAccessibleName(self.tr("Projection with the levers"))
        self.lever_reset_button.setText(self.tr("Reset &levers"))
        self.lever_save_button.setText(self.tr("&Save levers to scenario"))
        self.lever_save_new_button.setText(self.tr("Save as ne&w scenario…"))
        self.lever_chart.reference_name = self.tr("Scenario without levers")
        self.lever_chart.retranslate()
        self.levers.retranslate()
        fill_variant_combo(self.variant_combo)

    @property
    def variant(self) -> str:
        return self.variant_combo.currentData() or "middle"

    def update_buttons(self, writable: bool, stored: bool, loaded: bool) -> None:
        moved = bool(self.levers.moved())
        self.lever_reset_button.setEnabled(moved)
        self.lever_save_button.setEnabled(writable and stored and moved)
        self.lever_save_button.setToolTip(self.tr("The basis cannot be changed; save the levers as a new scenario")
                                          if not stored else "")
        self.lever_save_new_button.setEnabled(writable and loaded)

    def configure(self) -> None:
        """Put the levers on the page's current scenario and occupation."""
        page = self.page
        code = page.code
        if code is None or page.scenario_set is None:
            return
        self.lever_base = page.scenario_set.params[code]
        base_result = project(self.lever_base, self.variant)
        advice = max((a.intake_clipped or 0.0 for a in base_result.advice), default=0.0)
        self.levers.configure(self.lever_base, self.variant, advice)
        self.base_result = base_result
        self.lever_result = base_result
        self.lever_chart.set_reference(None, None, None)
        self.lever_chart.set_markers([(y, str(y)) for y in self.lever_base.equilibrium_years])
        self.redraw()

    def _moved(self, _key: str = "") -> None:
        """Recompute now (cheap), redraw on the next event-loop turn (coalesced)."""
        if self.lever_base is None:
            return
        try:
            params = apply_levers(self.lever_base, self.levers.values(), self.variant)
        except ValueError as exc:  # ParameterError: a lever beyond a rule (not expected: levers clip)
            self.page.show_error(parameter_error_text(exc) if isinstance(exc, ParameterError) else str(exc))
            return
        self.lever_result = project(params, self.variant)
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def redraw(self) -> None:
        result = self.lever_result
        if result is None:
            return
        moved = bool(self.levers.moved())
        base = self.base_result
        if moved and base is not None:
            self.lever_chart.set_reference(base.years, base.supply_fte, base.gap_fte)
        else:
            self.lever_chart.set_reference(None, None, None)
        # While levers move the axes stay put (they only grow), so a move repaints just the curves.
        self.lever_chart.set_projection(result.years, result.supply_fte, result.demand_fte, result.gap_fte,
                                        keep_range=moved)
        self.lever_cards.set_advice(result.advice)
        self.page.update_buttons()
        self.redrawn.emit()

    def reset_levers(self) -> None:
        self.levers.reset()

    def _flat(self) -> dict[str, Triple | None]:
        """The lever changes as scenario parameters (None where the value equals the register's)."""
        page = self.page
        changes = lever_changes(self.lever_base, self.levers.values(), self.variant)
        basis = to_flat(page.basis_set.params[page.code])
        return {k: (None if basis.get(k) == v else v) for k, v in changes.items()}

    def save_levers(self) -> bool:
        """Write the moved levers into the chosen (stored) scenario."""
        page = self.page
        if page.is_basis or self.lever_base is None:
            return False
        after = self._flat()
        if not after:
            return False
        overrides = page.scenario_set.overrides.get(page.code, {})
        command = SetParametersCommand(page.context, page.scenario_name, page.code,
                                       {k: overrides.get(k) for k in after}, after, self.tr("save levers"))
        ok = page.push(command)
        page.apply_now()
        return ok

    def save_levers_as_new(self, name: str | None = None) -> bool:
        """A new scenario: a copy of the chosen one with the levers as parameters."""
        page = self.page
        if self.lever_base is None:
            return False
        if name is None:
            name = page.ask_text(self.tr("Save as new scenario"), self.tr("Name of the new scenario:"),
                                 targs(self.tr("%1 with levers"), page.scenario_name))
            if name is None:
                return False
        after = self._flat()
        command = CreateScenarioCommand(page.context, name, "", copy_of=page.scenario_name,
                                        parameters={page.code: after} if after else None,
                                        text=targs(self.tr("save levers as scenario %1"), name.strip()))
        if not page.push(command):
            return False
        page.apply_now()
        page.select_scenario(name.strip())
        return True
