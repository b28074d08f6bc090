"""What-if levers (MODEL.md 4.3): the lever arithmetic on projection parameters and the slider + spin
box widgets that move them.

A lever either sets a value (lever intake n3, other inflow, unmet demand, a yearly trend factor) or
scales a curve (graduate retention ER, fte factor, outflow U, demography). Setting a value shifts the
low, middle and high values by the same amount, so the uncertainty around it keeps its width; scaling
multiplies all three. Results are clipped to the parameter's rule (a share stays within 0..1), so a
lever never produces parameters the validation refuses. The arithmetic (:func:`apply_levers`,
:func:`lever_changes`) is plain Python on the domain objects; only the widgets below it use Qt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from hrplanner.domain.projection.params import (
    TREND_FACTORS,
    ProjectionParams,
    Triple,
    from_flat,
    to_flat,
)
from hrplanner.ui import format as fmt

# --- the levers -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeverSpec:
    """One lever: which flat parameters it moves and how.

    ``kind`` is "value" (the lever is the parameter's value; all matching keys are shifted by the
    change) or "scale" (a factor, 1 = unchanged, applied to every matching key). ``pattern`` is a
    regular expression over flat keys (see ``params.to_flat``); ``clip`` the parameter's own bounds.
    ``percent`` shows the value times 100 with a % sign. ``maximum`` None = worked out from the
    occupation's figures (:func:`lever_range`).
    """

    key: str
    kind: str
    pattern: str
    minimum: float
    maximum: float | None
    step: float
    decimals: int
    clip: tuple[float, float]
    percent: bool = False


_INF = math.inf

LEVERS: tuple[LeverSpec, ...] = (
    LeverSpec("intake", "value", r"^training\.lever\.intake$", 0, None, 1, 1, (0, _INF)),
    LeverSpec("retention", "scale", r"^group\.[^.]+\.retention\.", 0.5, 1.5, 0.01, 0, (0, 1), True),
    LeverSpec("fte", "scale", r"^group\.[^.]+\.fte\.", 0.8, 1.25, 0.01, 0, (0, 2), True),
    LeverSpec("outflow", "scale", r"^group\.[^.]+\.outflow\.", 0.5, 1.5, 0.01, 0, (0, 1), True),
    LeverSpec("other_inflow", "value", r"^other_inflow\.per_year$", 0, None, 1, 1, (0, _INF)),
    LeverSpec("unmet", "value", r"^demand\.unmet$", 0, 0.3, 0.005, 1, (0, 1), True),
    LeverSpec("demography", "scale", r"^demand\.demography\.", 0, 2, 0.05, 0, (-1, 10), True),
    *(
        LeverSpec(f"trend.{name}", "value", rf"^demand\.trend\.{name}$", -0.03, 0.03, 0.001, 1,
                  (-0.5, 0.5) if name == "working_time" else (-1, 1), True)
        for name in TREND_FACTORS
    ),
)
LEVER_BY_KEY = {spec.key: spec for spec in LEVERS}


def _keys(spec: LeverSpec, flat: dict[str, Triple]) -> list[str]:
    pattern = re.compile(spec.pattern)
    return [k for k in flat if pattern.search(k)]


def lever_defaults(params: ProjectionParams, variant: str = "middle") -> dict[str, float]:
    """The levers' positions for unchanged parameters: the value of the variant, or 1 for a scale."""
    flat = to_flat(params)
    out = {}
    for spec in LEVERS:
        if spec.kind == "scale":
            out[spec.key] = 1.0
        else:
            keys = _keys(spec, flat)
            out[spec.key] = flat[keys[0]].pick(variant) if keys else 0.0
    return out


def lever_range(spec: LeverSpec, current: float, advice: float | None = None) -> tuple[float, float]:
    """Slider bounds: the spec's, widened to hold the current value; intake and other inflow reach to
    twice the larger of today's value and the advice (at least 50 and 20), in round tens."""
    low, high = spec.minimum, spec.maximum
    if high is None:
        base = max(current, advice or 0.0)
        high = max(50.0 if spec.key == "intake" else 20.0, math.ceil(2 * base / 10) * 10)
    return min(low, current), max(high, current)


def _clip(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


def lever_changes(params: ProjectionParams, values: dict[str, float],
                  variant: str = "middle") -> dict[str, Triple]:
    """The flat parameters the levers change (only those that differ from ``params``)."""
    flat = to_flat(params)
    defaults = lever_defaults(params, variant)
    changes: dict[str, Triple] = {}
    for spec in LEVERS:
        if spec.key not in values:
            continue
        value = float(values[spec.key])
        if spec.kind == "scale":
            if value == 1.0:
                continue
            fn = lambda x, f=value: x * f  # noqa: E731
        else:
            delta = value - defaults[spec.key]
            if delta == 0:
                continue
            fn = lambda x, d=delta: x + d  # noqa: E731
        for key in _keys(spec, flat):
            old = flat[key]
            new = Triple(*sorted(_clip(fn(v), spec.clip) for v in (old.low, old.mid, old.high)))
            if new != old:
                changes[key] = new
    return changes


def apply_levers(params: ProjectionParams, values: dict[str, float],
                 variant: str = "middle") -> ProjectionParams:
    """``params`` with the levers applied (``params`` itself when no lever moved)."""
    changes = lever_changes(params, values, variant)
    return from_flat(params, changes) if changes else params


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
            QCoreApplication.translate("levers", "Reset %1").replace("%1", name))
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
