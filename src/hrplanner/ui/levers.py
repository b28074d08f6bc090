"""The what-if levers' widgets (MODEL.md 4.3): a slider + spin box per lever, and the levers' names
and hints in the UI language. The lever arithmetic (which parameters a lever moves, and how) is in
``domain/projection/levers.py``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from hrplanner.domain.projection.levers import LEVER_BY_KEY, LEVERS, LeverSpec, lever_defaults, lever_range
from hrplanner.domain.projection.params import ProjectionParams
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs

# --- names -------------------------------------------------------------------------------------------


def lever_label(key: str) -> str:
    """The lever's name in the UI language."""
    labels = {
        "intake": QCoreApplication.translate("levers", "Intake in training, total (per year)"),
        "retention": QCoreApplication.translate("levers", "Graduate retention"),
        "fte": QCoreApplication.translate("levers", "Fte per person"),
        "outflow": QCoreApplication.translate("levers", "Outflow of today's staff"),
        "other_inflow": QCoreApplication.translate("levers", "Other inflow (per year)"),
        "unmet": QCoreApplication.translate("levers", "Unmet demand today"),
        "demography": QCoreApplication.translate("levers", "Demography"),
        "trend.epidemiology": QCoreApplication.translate("levers", "Trend: epidemiology"),
        "trend.socio_cultural": QCoreApplication.translate("levers", "Trend: socio-cultural"),
        "trend.professional": QCoreApplication.translate("levers", "Trend: professional"),
        "trend.efficiency": QCoreApplication.translate("levers", "Trend: efficiency"),
        "trend.horizontal_substitution": QCoreApplication.translate("levers", "Trend: horizontal substitution"),
        "trend.vertical_substitution": QCoreApplication.translate("levers", "Trend: vertical substitution"),
        "trend.working_time": QCoreApplication.translate("levers", "Trend: working time"),
    }
    return labels.get(key, key)


def lever_hint(key: str) -> str:
    """A one-line explanation for the lever's tool tip."""
    spec = LEVER_BY_KEY[key]
    if key == "intake":
        return QCoreApplication.translate("levers", "Trainees starting per year from the adjustment year on")
    if key == "other_inflow":
        return QCoreApplication.translate("levers", "Lateral entrants per year (other regions, other sectors)")
    if key == "unmet":
        return QCoreApplication.translate("levers", "Open vacancies as a share of the filled fte in the base year")
    if key.startswith("trend."):
        return QCoreApplication.translate("levers", "Yearly change of demand until the trend year")
    if spec.kind == "scale":
        return QCoreApplication.translate("levers", "100% = as in the scenario")
    return ""


# --- widgets ---------------------------------------------------------------------------------------------


class LeverRow:
    """One lever's label, slider, spin box and reset button, laid out in a grid row by LeverPanel.

    The slider moves in the lever's steps; the spin box shows the same value in the UI's locale
    (as a percentage for share and scale levers). Either one moves the other.
    """

    def __init__(self, panel: "LeverPanel", spec: LeverSpec, row: int, grid: QGridLayout):
        self.panel = panel
        self.spec = spec
        self.default = 1.0 if spec.kind == "scale" else 0.0
        self.minimum, self.maximum = spec.minimum, spec.maximum if spec.maximum is not None else 50.0
        self._syncing = False
        #: The exact value (the spin box rounds to its decimals; an untouched lever must not move).
        self._value = self.default
        self.label = QLabel(panel)
        self.slider = QSlider(Qt.Orientation.Horizontal, panel)
        self.slider.setObjectName(f"lever_slider_{spec.key}")
        self.slider.setMinimumWidth(120)
        self.spin = QDoubleSpinBox(panel)
        self.spin.setObjectName(f"lever_spin_{spec.key}")
        self.spin.setKeyboardTracking(False)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setMinimumWidth(92)
        self.reset_button = QToolButton(panel)
        self.reset_button.setObjectName(f"lever_reset_{spec.key}")
        self.reset_button.setText("\u21ba")
        self.reset_button.setAutoRaise(True)
        self.label.setBuddy(self.spin)
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.slider, row, 1)
        grid.addWidget(self.spin, row, 2)
        grid.addWidget(self.reset_button, row, 3)
        self.slider.valueChanged.connect(self._slider_moved)
        self.spin.valueChanged.connect(self._spin_changed)
        self.reset_button.clicked.connect(lambda: self.set_value(self.default, emit=True))

    # value <-> widgets
    def _scale(self) -> float:
        return 100.0 if self.spec.percent else 1.0

    def _steps(self) -> int:
        return max(1, round((self.maximum - self.minimum) / self.spec.step))

    def value(self) -> float:
        return self._value

    def configure(self, default: float, minimum: float, maximum: float) -> None:
        """New bounds and default (a new occupation or scenario); puts the lever at its default."""
        self.default, self.minimum, self.maximum = default, minimum, maximum
        scale = self._scale()
        self._syncing = True
        try:
            self.slider.setRange(0, self._steps())
            self.slider.setPageStep(max(1, self._steps() // 10))
            self.spin.setDecimals(self.spec.decimals)
            self.spin.setRange(minimum * scale, maximum * scale)
            self.spin.setSingleStep(self.spec.step * scale)
        finally:
            self._syncing = False
        self.set_value(default, emit=False)

    def set_value(self, value: float, *, emit: bool = False) -> None:
        self._value = float(value)
        self._syncing = True
        try:
            self.spin.setValue(value * self._scale())
            self.slider.setValue(round((value - self.minimum) / self.spec.step))
        finally:
            self._syncing = False
        self._mark()
        if emit:
            self.panel._lever_moved(self.spec.key)

    def _slider_moved(self, position: int) -> None:
        if self._syncing:
            return
        value = min(self.maximum, self.minimum + position * self.spec.step)
        self._value = value
        self._syncing = True
        try:
            self.spin.setValue(value * self._scale())
        finally:
            self._syncing = False
        self._mark()
        self.panel._lever_moved(self.spec.key)

    def _spin_changed(self, shown: float) -> None:
        if self._syncing:
            return
        self._value = shown / self._scale()
        self._syncing = True
        try:
            self.slider.setValue(round((self._value - self.minimum) / self.spec.step))
        finally:
            self._syncing = False
        self._mark()
        self.panel._lever_moved(self.spec.key)

    def moved(self) -> bool:
        return not math.isclose(self.value(), self.default, rel_tol=0, abs_tol=1e-9)

    def _mark(self) -> None:
        font = self.label.font()
        font.setBold(self.moved())
        self.label.setFont(font)
        self.reset_button.setEnabled(self.moved())

    def retranslate(self) -> None:
        name = lever_label(self.spec.key)
        self.label.setText(name)
        hint = lever_hint(self.spec.key)
        for widget in (self.slider, self.spin):
            widget.setAccessibleName(name)
            widget.setToolTip(hint)
        self.slider.setAccessibleDescription(hint)
        self.reset_button.setToolTip(QCoreApplication.translate("levers", "Back to the scenario's value"))
        self.reset_button.setAccessibleName(
            targs(QCoreApplication.translate("levers", "Reset %1"), name))
        self.spin.setSuffix(" %" if self.spec.percent else "")
        self.spin.setLocale(fmt.locale())


class LeverPanel(QWidget):
    """Every lever of MODEL.md 4.3 for one occupation; ``changed`` after any move (not on configure)."""

    #: A lever moved; the argument is its key.
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lever_panel")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, LeverRow] = {}
        for i, spec in enumerate(LEVERS):
            self.rows[spec.key] = LeverRow(self, spec, i, grid)
        grid.setRowStretch(len(LEVERS), 1)
        self.retranslate()

    def configure(self, params: ProjectionParams, variant: str = "middle",
                  advice: float | None = None) -> None:
        """Put every lever at the value of ``params`` (no ``changed`` signal)."""
        defaults = lever_defaults(params, variant)
        for key, row in self.rows.items():
            low, high = lever_range(row.spec, defaults[key], advice if key == "intake" else None)
            row.configure(defaults[key], low, high)

    def values(self) -> dict[str, float]:
        return {key: row.value() for key, row in self.rows.items()}

    def moved(self) -> list[str]:
        """Keys of the levers away from their default."""
        return [key for key, row in self.rows.items() if row.moved()]

    def set_value(self, key: str, value: float) -> None:
        """Move a lever as a user would (emits ``changed``)."""
        self.rows[key].set_value(value, emit=True)

    def reset(self) -> None:
        for row in self.rows.values():
            row.set_value(row.default, emit=False)
        self.changed.emit("")

    def _lever_moved(self, key: str) -> None:
        self.changed.emit(key)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("levers", "Levers"))
        for row in self.rows.values():
            row.retranslate()
