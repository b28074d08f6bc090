"""What drives the intake advice: the impact decomposition (MODEL.md 4.3) of one equilibrium year as
horizontal bars, one per factor, in trainees a year; the parts add up to the advice (the last bar).

Bars to the right raise the advice (more demand, more outflow), bars to the left lower it (graduates
already on their way, other inflow). Factors that contribute nothing are left out.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolTip

from hrplanner.domain.projection.model import Impact
from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem, category_ticks
from hrplanner.ui.charts.projection_chart import style_plot
from hrplanner.ui.format import fmt_number, fmt_signed
from hrplanner.ui.levers import lever_label
from hrplanner.ui.labels import targs

#: the factors' axis is at least this wide (px), and wider when a factor's name needs it
MIN_AXIS_WIDTH = 230


def impact_label(name: str) -> str:
    """A factor of the decomposition in the UI language."""
    labels = {
        "unmet": QCoreApplication.translate("ImpactChart", "Unmet demand today"),
        "demography": QCoreApplication.translate("ImpactChart", "Demography"),
        "supply.outflow": QCoreApplication.translate("ImpactChart", "Outflow of today's staff"),
        "supply.fte_factor": QCoreApplication.translate("ImpactChart", "Change in fte per person"),
        "supply.in_training": QCoreApplication.translate("ImpactChart", "Graduates of those in training"),
        "supply.decided": QCoreApplication.translate("ImpactChart", "Intake already decided"),
        "supply.other_inflow": QCoreApplication.translate("ImpactChart", "Other inflow"),
    }
    if name in labels:
        return labels[name]
    if name.startswith("trend."):
        return lever_label(name)
    if name.startswith("care."):
        return targs(QCoreApplication.translate("ImpactChart", "Care type: %1"), name[5:])
    return name


class ImpactChart(pg.PlotWidget):
    """Bars of the impact decomposition of one equilibrium year."""

    def __init__(self, parent=None):
        self.value_axis = LocaleAxisItem("bottom")
        super().__init__(parent, background="w", axisItems={"bottom": self.value_axis})
        self.setObjectName("impact_chart")
        self.plot_item = self.getPlotItem()
        style_plot(self.plot_item)
        self.plot_item.showGrid(x=True, y=False, alpha=0.25)
        self.category_axis = self.plot_item.getAxis("left")
        self.category_axis.setWidth(MIN_AXIS_WIDTH)
        self.plot_item.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(palette.TEXT, width=1)))
        self.bars: pg.BarGraphItem | None = None
        self._labels: list[pg.TextItem] = []
        #: (label, value) per bar, top to bottom; the last is the total (the advice).
        self.items: list[tuple[str, float]] = []
        self.impact: Impact | None = None
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot_item.setLabel("bottom", QCoreApplication.translate("ImpactChart", "trainees per year"), color=palette.TEXT)
        self.set_impact(self.impact)

    def set_impact(self, impact: Impact | None) -> None:
        self.impact = impact
        if self.bars is not None:
            self.plot_item.removeItem(self.bars)
            self.bars = None
        for label in self._labels:
            self.plot_item.removeItem(label)
        self._labels = []
        self.items = []
        if impact is None or impact.total is None or not impact.parts:
            category_ticks(self.category_axis, [])
            return
        parts = [(impact_label(k), v, k) for k, v in impact.parts.items() if round(v, 2) != 0]
        self.items = [(label, value) for label, value, _ in parts]
        self.items.append((targs(QCoreApplication.translate("ImpactChart", "Intake advice %1"), str(impact.equilibrium_year)), impact.total))
        n = len(self.items)
        ys = [n - 1 - i for i in range(n)]  # first item on top
        values = [v for _, v in self.items]
        brushes = [pg.mkBrush(palette.SHORTAGE if v > 0 else palette.BLUE) for v in values[:-1]]
        brushes.append(pg.mkBrush(palette.TEXT))
        self.bars = pg.BarGraphItem(x0=[min(0.0, v) for v in values], width=[abs(v) for v in values],
                                    y=ys, height=0.62, brushes=brushes, pens=[pg.mkPen(None)] * n)
        self.plot_item.addItem(self.bars)
        self.category_axis.setTicks([[(y, label) for y, (label, _) in zip(ys, self.items)], []])
        # as wide as the longest factor: pyqtgraph leaves out a label wider than its axis
        metrics = QFontMetrics(self.category_axis.style.get("tickFont") or self.category_axis.font())
        self.category_axis.setWidth(max(MIN_AXIS_WIDTH, max(metrics.horizontalAdvance(label) for label, _ in self.items) + 16))
        span = max(abs(v) for v in values) or 1.0
        for y, v in zip(ys, values):
            text = pg.TextItem(fmt_signed(v, 1) if v else fmt_number(v, 1), color=palette.TEXT,
                               anchor=(0, 0.5) if v >= 0 else (1, 0.5))
            text.setPos(v + (0.01 * span if v >= 0 else -0.01 * span), y)
            self.plot_item.addItem(text)
            self._labels.append(text)
        low = min(0.0, min(values)) - 0.25 * span  # room for the value written beside each bar
        high = max(0.0, max(values)) + 0.25 * span
        self.plot_item.setXRange(low, high, padding=0)
        self.plot_item.setYRange(-0.6, n - 0.4, padding=0)
        self.plot_item.getViewBox().setMouseEnabled(x=False, y=False)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.items or not self.plot_item.sceneBoundingRect().contains(scene_pos):
            return
        point = self.plot_item.vb.mapSceneToView(scene_pos)
        index = len(self.items) - 1 - int(round(point.y()))
        if 0 <= index < len(self.items):
            label, value = self.items[index]
            text = targs(QCoreApplication.translate("ImpactChart", "%1: %2 trainees per year"), label, fmt_signed(value, 1))
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)
        else:
            QToolTip.hideText()
