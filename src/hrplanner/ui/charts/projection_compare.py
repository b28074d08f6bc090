"""The gap of one occupation under two scenarios (A and B) in one chart, for the scenario comparison."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QToolTip

from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem
from hrplanner.ui.charts.projection_chart import YearAxisItem, style_plot
from hrplanner.ui.format import fmt_signed
from hrplanner.ui.labels import targs

COLOUR_A = palette.VERMILLION
COLOUR_B = palette.BLUE



class GapCompareChart(pg.GraphicsLayoutWidget):
    """Gap (fte, shortage > 0) over the years under scenario A (solid) and B (dashed)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("gap_compare_chart")
        self.setBackground("w")
        self.legend = pg.LegendItem(colCount=1, labelTextColor=palette.TEXT, verSpacing=-6)
        self.addItem(self.legend, row=0, col=0)
        self.plot = self.addPlot(row=1, col=0, axisItems={"left": LocaleAxisItem("left"),
                                                          "bottom": YearAxisItem("bottom")})
        style_plot(self.plot)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(palette.TEXT, width=1)))
        self.curve_a = self.plot.plot([], [], pen=pg.mkPen(COLOUR_A, width=2.5), symbol="o", symbolSize=5,
                                      symbolBrush=COLOUR_A, symbolPen=None)
        self.curve_b = self.plot.plot([], [], pen=pg.mkPen(COLOUR_B, width=2.5, style=Qt.PenStyle.DashLine),
                                      symbol="t", symbolSize=6, symbolBrush=COLOUR_B, symbolPen=None)
        self.names = ("A", "B")
        self.years = np.zeros(0)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setLabel("left", QCoreApplication.translate("GapCompareChart", "gap (fte)"), color=palette.TEXT)
        self.legend.clear()
        self.legend.addItem(self.curve_a, targs(QCoreApplication.translate("GapCompareChart", "A: %1"), self.names[0]))
        self.legend.addItem(self.curve_b, targs(QCoreApplication.translate("GapCompareChart", "B: %1"), self.names[1]))

    def set_gaps(self, years, gap_a, gap_b, names: tuple[str, str]) -> None:
        self.years = np.asarray(years, dtype=float)
        self.curve_a.setData(self.years, np.asarray(gap_a, dtype=float))
        self.curve_b.setData(self.years, np.asarray(gap_b, dtype=float))
        self.names = names
        self.retranslate()

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.years.size or not self.plot.sceneBoundingRect().contains(scene_pos):
            return
        year = int(round(self.plot.vb.mapSceneToView(scene_pos).x()))
        i = year - int(self.years[0])
        if 0 <= i < self.years.size:
            a, b = self.curve_a.getData()[1][i], self.curve_b.getData()[1][i]
            text = targs(QCoreApplication.translate("GapCompareChart", "%1: gap %2 fte in A, %3 fte in B"), str(year), fmt_signed(a, 1), fmt_signed(b, 1))
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)
