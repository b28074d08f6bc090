"""The supply/demand chart of one occupation: supply and demand fte over the years with the Monte Carlo
10-90 percentile bands, and the gap below it, sharing the year axis.

Hovering shows a crosshair and a read-out of year, supply, demand and gap (in the UI's number format);
clicking a year emits :attr:`ProjectionChart.year_clicked` (the page explains that year). The chart
holds no projection logic: pages hand it arrays.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem
from hrplanner.ui.format import fmt_number, fmt_signed
from hrplanner.ui.labels import targs



def translucent(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class YearAxisItem(pg.AxisItem):
    """A year axis: whole years only, written without a thousands separator (2037, not 2.037)."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802,N803 - pyqtgraph's names
        levels = [(max(1.0, spacing), offset) for spacing, offset in super().tickSpacing(minVal, maxVal, size)
                  if spacing >= 1]
        return levels or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [str(int(round(v))) if abs(v - round(v)) < 1e-6 else "" for v in values]


def band_sample(colour: QColor) -> pg.BarGraphItem:
    """An item never drawn whose legend sample is a filled square (FillBetweenItem has none)."""
    return pg.BarGraphItem(x=[], height=[], width=1, brush=pg.mkBrush(colour), pen=None)


def style_plot(plot: pg.PlotItem) -> None:
    plot.showGrid(x=True, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTextPen(palette.TEXT)
        axis.setPen(palette.GRID)


class ProjectionChart(pg.GraphicsLayoutWidget):
    """Supply and demand (top) and gap (bottom) of one occupation."""

    #: A year was clicked (calendar year).
    year_clicked = Signal(int)
    #: The mouse is over a year (calendar year), or left the chart (-1).
    hovered = Signal(int)

    def __init__(self, parent=None, *, show_gap: bool = True, legend_columns: int = 3):
        super().__init__(parent)
        self.setObjectName("projection_chart")
        self.setBackground("w")
        self.setMinimumHeight(240)
        self.years = np.zeros(0)
        self.supply = np.zeros(0)
        self.demand = np.zeros(0)
        self.gap = np.zeros(0)
        self.has_band = False
        self.reference_name = ""

        # The legend has a row of its own above the plots, so it never hides a line.
        self.legend = pg.LegendItem(colCount=legend_columns, labelTextColor=palette.TEXT, horSpacing=18, verSpacing=-6)
        self.addItem(self.legend, row=0, col=0)
        self.top = self.addPlot(row=1, col=0, axisItems={"left": LocaleAxisItem("left"),
                                                         "bottom": YearAxisItem("bottom")})
        style_plot(self.top)
        supply_band = translucent(palette.SUPPLY, 55)
        demand_band = translucent(palette.DEMAND, 45)
        self._band_lines = {}
        for name, colour in (("supply_lo", palette.SUPPLY), ("supply_hi", palette.SUPPLY),
                             ("demand_lo", palette.DEMAND), ("demand_hi", palette.DEMAND),
                             ("gap_lo", palette.SHORTAGE), ("gap_hi", palette.SHORTAGE)):
            self._band_lines[name] = pg.PlotCurveItem(pen=pg.mkPen(translucent(colour, 90), width=1))
        self.supply_band = pg.FillBetweenItem(self._band_lines["supply_lo"], self._band_lines["supply_hi"],
                                              brush=supply_band)
        self.demand_band = pg.FillBetweenItem(self._band_lines["demand_lo"], self._band_lines["demand_hi"],
                                              brush=demand_band)
        # A FillBetweenItem without data has an empty path at (0, 0) that would pull the view's auto
        # range to year 0; its two edge curves give the bounds instead.
        for band in (self.supply_band, self.demand_band):
            self.top.addItem(band, ignoreBounds=True)
        for name in ("supply_lo", "supply_hi", "demand_lo", "demand_hi"):
            self.top.addItem(self._band_lines[name])
        self.supply_curve = self.top.plot([], [], pen=pg.mkPen(palette.SUPPLY, width=2.5),
                                          symbol="o", symbolSize=5, symbolBrush=palette.SUPPLY,
                                          symbolPen=None)
        self.demand_curve = self.top.plot([], [], pen=pg.mkPen(palette.DEMAND, width=2.5,
                                                               style=Qt.PenStyle.DashLine),
                                          symbol="t", symbolSize=6, symbolBrush=palette.DEMAND,
                                          symbolPen=None)
        #: A reference supply and gap (e.g. the scenario before the levers moved); hidden when empty.
        reference_pen = pg.mkPen("#7b828c", width=1.5, style=Qt.PenStyle.DotLine)
        self.reference_curve = self.top.plot([], [], pen=reference_pen)
        self.reference_gap_curve = None
        self.has_reference = False
        self._supply_band_sample = band_sample(supply_band)
        self._demand_band_sample = band_sample(demand_band)

        self.bottom = None
        self.gap_curve = None
        self.gap_band = None
        if show_gap:
            self.bottom = self.addPlot(row=2, col=0, axisItems={"left": LocaleAxisItem("left"),
                                                                "bottom": YearAxisItem("bottom")})
            style_plot(self.bottom)
            self.bottom.setXLink(self.top)
            self.bottom.getAxis("left").setWidth(self.top.getAxis("left").width())
            self.ci.layout.setRowStretchFactor(1, 3)
            self.ci.layout.setRowStretchFactor(2, 2)
            self.gap_band = pg.FillBetweenItem(self._band_lines["gap_lo"], self._band_lines["gap_hi"],
                                               brush=translucent(palette.SHORTAGE, 45))
            self.bottom.addItem(self.gap_band, ignoreBounds=True)
            for name in ("gap_lo", "gap_hi"):
                self.bottom.addItem(self._band_lines[name])
            self.bottom.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(palette.TEXT, width=1)))
            self.reference_gap_curve = self.bottom.plot([], [], pen=reference_pen)
            self.gap_curve = self.bottom.plot([], [], pen=pg.mkPen(palette.SHORTAGE, width=2.5),
                                              symbol="s", symbolSize=5, symbolBrush=palette.SHORTAGE,
                                              symbolPen=None)

        self._markers: list[pg.InfiniteLine] = []
        crosshair_pen = pg.mkPen(palette.TEXT, width=1, style=Qt.PenStyle.DotLine)
        self.crosshair = [pg.InfiniteLine(angle=90, pen=crosshair_pen, movable=False)]
        self.top.addItem(self.crosshair[0], ignoreBounds=True)
        if self.bottom is not None:
            self.crosshair.append(pg.InfiniteLine(angle=90, pen=crosshair_pen, movable=False))
            self.bottom.addItem(self.crosshair[1], ignoreBounds=True)
        self.readout = pg.TextItem(color=palette.TEXT, fill=pg.mkBrush(255, 255, 255, 235),
                                   border=pg.mkPen(palette.GRID), anchor=(0, 0))
        self.readout.setZValue(100)
        self.top.addItem(self.readout, ignoreBounds=True)
        self._hide_crosshair()
        # Axes are drawn from a cached pixmap until their ticks change: a moving curve does not
        # re-render every tick label (that was most of a lever move's repaint).
        for plot in (self.top, self.bottom):
            if plot is not None:
                for name in ("left", "bottom"):
                    plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)
        self.retranslate()

    # --- data -------------------------------------------------------------------------------------------

    def set_projection(self, years, supply, demand, gap, *, keep_range: bool = False) -> None:
        """Show one projection (arrays over the same years).

        ``keep_range``: keep the value axes where they are unless the data leaves them (they only
        grow). Used while a lever moves: the axes then need no new ticks, so only the curves are
        repainted and the lines do not jump because the scale changed.
        """
        self.years = np.asarray(years, dtype=float)
        self.supply = np.asarray(supply, dtype=float)
        self.demand = np.asarray(demand, dtype=float)
        self.gap = np.asarray(gap, dtype=float)
        self.supply_curve.setData(self.years, self.supply)
        self.demand_curve.setData(self.years, self.demand)
        if self.gap_curve is not None:
            self.gap_curve.setData(self.years, self.gap)
        plots = [(self.top, (self.supply, self.demand, self.reference_curve.getData()[1]))]
        if self.bottom is not None:
            reference_gap = self.reference_gap_curve.getData()[1]
            plots.append((self.bottom, (self.gap, reference_gap, np.zeros(1))))
        for plot, series in plots:
            if keep_range:
                self._grow_range(plot, series)
            else:
                plot.enableAutoRange(axis="y")
                plot.enableAutoRange(axis="x")

    @staticmethod
    def _grow_range(plot: pg.PlotItem, series) -> None:
        values = np.concatenate([np.asarray(s, dtype=float) for s in series if s is not None and len(s)])
        values = values[np.isfinite(values)]
        if not values.size:
            return
        low, high = float(values.min()), float(values.max())
        (_, _), (y0, y1) = plot.vb.viewRange()
        plot.disableAutoRange(axis="y")
        if low < y0 or high > y1:
            margin = 0.08 * max(high - low, y1 - y0, 1.0)
            plot.setYRange(min(low - margin, y0), max(high + margin, y1), padding=0)

    def set_band(self, years, supply: tuple, demand: tuple, gap: tuple) -> None:
        """Percentile bands: each argument a (low, high) pair of arrays over ``years``."""
        x = np.asarray(years, dtype=float)
        for name, (lo, hi) in (("supply", supply), ("demand", demand), ("gap", gap)):
            self._band_lines[f"{name}_lo"].setData(x, np.asarray(lo, dtype=float))
            self._band_lines[f"{name}_hi"].setData(x, np.asarray(hi, dtype=float))
        if not self.has_band:
            self.has_band = True
            self._fill_legend()

    def set_reference(self, years, supply, gap) -> None:
        """A dotted grey supply and gap to compare with (None: remove it)."""
        if supply is None:
            self.reference_curve.setData([], [])
            if self.reference_gap_curve is not None:
                self.reference_gap_curve.setData([], [])
            changed = self.has_reference
            self.has_reference = False
        else:
            x = np.asarray(years, dtype=float)
            self.reference_curve.setData(x, np.asarray(supply, dtype=float))
            if self.reference_gap_curve is not None:
                self.reference_gap_curve.setData(x, np.asarray(gap, dtype=float))
            changed = not self.has_reference
            self.has_reference = True
        if changed:
            self._fill_legend()

    def clear_band(self) -> None:
        for line in self._band_lines.values():
            line.setData([], [])
        if self.has_band:
            self.has_band = False
            self._fill_legend()

    def band_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The (low, high) arrays of the supply, demand or gap band (empty when none is shown)."""
        lo = self._band_lines[f"{name}_lo"].getData()[1]
        hi = self._band_lines[f"{name}_hi"].getData()[1]
        return (np.zeros(0) if lo is None else lo), (np.zeros(0) if hi is None else hi)

    def set_markers(self, marks: list[tuple[int, str]]) -> None:
        """Dotted vertical lines at given years (equilibrium years), labelled."""
        for line in self._markers:
            self.top.removeItem(line)
        self._markers = []
        middle = (self.years[0] + self.years[-1]) / 2 if self.years.size else 0
        for year, text in marks:
            anchor = (1.05, 0) if year > middle else (-0.05, 0)
            line = pg.InfiniteLine(pos=year, angle=90, movable=False,
                                   pen=pg.mkPen("#9aa1aa", width=1.5, style=Qt.PenStyle.DashLine),
                                   label=text, labelOpts={"position": 0.97, "color": palette.TEXT,
                                                          "anchors": [anchor, anchor]})
            self.top.addItem(line, ignoreBounds=True)
            self._markers.append(line)

    # --- texts ------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.top.setLabel("left", QCoreApplication.translate("ProjectionChart", "fte"), color=palette.TEXT)
        if self.bottom is not None:
            self.bottom.setLabel("left", QCoreApplication.translate("ProjectionChart", "gap (fte)"), color=palette.TEXT)
        self._fill_legend()

    def _fill_legend(self) -> None:
        self.legend.clear()
        self.legend.addItem(self.supply_curve, QCoreApplication.translate("ProjectionChart", "Supply"))
        self.legend.addItem(self.demand_curve, QCoreApplication.translate("ProjectionChart", "Demand"))
        if self.gap_curve is not None:
            self.legend.addItem(self.gap_curve, QCoreApplication.translate("ProjectionChart", "Gap (shortage > 0)"))
        if self.has_reference:
            self.legend.addItem(self.reference_curve, self.reference_name or QCoreApplication.translate("ProjectionChart", "Before the levers"))
        if self.has_band:
            self.legend.addItem(self._supply_band_sample, QCoreApplication.translate("ProjectionChart", "Supply, 10-90% of draws"))
            self.legend.addItem(self._demand_band_sample, QCoreApplication.translate("ProjectionChart", "Demand, 10-90% of draws"))

    def readout_text(self, year: int) -> str:
        """"2037 / supply 221,6 fte / demand 247,9 fte / gap +26,3 fte" for a year on the chart."""
        i = int(np.searchsorted(self.years, year))
        if not (0 <= i < self.years.size and self.years[i] == year):
            return ""
        lines = [str(year),
                 targs(QCoreApplication.translate("ProjectionChart", "Supply: %1 fte"), fmt_number(self.supply[i], 1)),
                 targs(QCoreApplication.translate("ProjectionChart", "Demand: %1 fte"), fmt_number(self.demand[i], 1))]
        if self.gap.size:
            lines.append(targs(QCoreApplication.translate("ProjectionChart", "Gap: %1 fte"), fmt_signed(self.gap[i], 1)))
        return "\n".join(lines)

    # --- mouse ------------------------------------------------------------------------------------------

    def _year_at(self, scene_pos: QPointF) -> int | None:
        if not self.years.size:
            return None
        for plot in (self.top, self.bottom):
            if plot is not None and plot.sceneBoundingRect().contains(scene_pos):
                x = plot.vb.mapSceneToView(scene_pos).x()
                year = int(round(x))
                return int(min(max(year, self.years[0]), self.years[-1]))
        return None

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        year = self._year_at(scene_pos)
        if year is None:
            self._hide_crosshair()
            self.hovered.emit(-1)
            return
        self.show_year(year)
        self.hovered.emit(year)

    def show_year(self, year: int) -> None:
        """Put the crosshair and the read-out on a year."""
        text = self.readout_text(year)
        if not text:
            self._hide_crosshair()
            return
        for line in self.crosshair:
            line.setPos(year)
            line.show()
        self.readout.setText(text)
        (x0, x1), (y0, y1) = self.top.vb.viewRange()
        right_half = year > (x0 + x1) / 2
        self.readout.setAnchor((1.05, 0) if right_half else (-0.05, 0))
        self.readout.setPos(year, y1)
        self.readout.show()

    def _hide_crosshair(self) -> None:
        for line in self.crosshair:
            line.hide()
        self.readout.hide()

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._hide_crosshair()
        self.hovered.emit(-1)
        super().leaveEvent(event)

    def _mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        year = self._year_at(event.scenePos())
        if year is not None:
            self.year_clicked.emit(year)
