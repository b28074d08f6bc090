"""The age pyramid of today's staff of one occupation (whole region): persons per age band, women to
the left and men to the right.

Small numbers are protected as in every view shared beyond one organisation (domain.suppression):
the bands x sexes table with its totals is suppressed (primary: 1 up to the threshold; secondary: what
could be worked out from the totals), and a hidden cell is drawn as a hatched stub of fixed length
labelled "<5" or with a dot, never to size.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QToolTip

from hrplanner.domain.suppression import SuppressedTable, is_small, primary_mark, suppress
from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem
from hrplanner.ui.charts.projection_chart import style_plot
from hrplanner.ui.format import fmt_number
from hrplanner.ui.labels import targs

WOMEN = palette.REDDISH_PURPLE
MEN = palette.SKY_BLUE



class _AbsoluteAxis(LocaleAxisItem):
    """Persons on both sides of zero: women's bars run to the left but count positive."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return super().tickStrings([abs(v) for v in values], scale, spacing)


class AgePyramidChart(pg.PlotWidget):
    """Women (left) and men (right) per age band, youngest at the bottom."""

    def __init__(self, parent=None):
        super().__init__(parent, background="w", axisItems={"bottom": _AbsoluteAxis("bottom")})
        self.setObjectName("age_pyramid_chart")
        self.plot_item = self.getPlotItem()
        style_plot(self.plot_item)
        self.plot_item.showGrid(x=True, y=False, alpha=0.25)
        self.plot_item.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot_item.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(palette.TEXT, width=1)))
        # The sides are named above the oldest band (a legend box would cover bars).
        self.women_title = pg.TextItem(color=WOMEN, anchor=(0, 0.5))
        self.men_title = pg.TextItem(color=MEN, anchor=(1, 0.5))
        for title in (self.women_title, self.men_title):
            font = title.textItem.font()
            font.setBold(True)
            title.setFont(font)
            self.plot_item.addItem(title, ignoreBounds=True)
        self._items: list = []
        self.bands: tuple[str, ...] = ()
        self.women: tuple[int, ...] = ()
        self.men: tuple[int, ...] = ()
        self.threshold = 5
        self.table: SuppressedTable | None = None
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot_item.setLabel("bottom", QCoreApplication.translate("AgePyramidChart", "persons"), color=palette.TEXT)
        self.women_title.setText(QCoreApplication.translate("AgePyramidChart", "\u2190 women"))
        self.men_title.setText(QCoreApplication.translate("AgePyramidChart", "men \u2192"))

    def shown(self, count: float) -> str:
        """A count outside the table (e.g. persons of unknown sex), "<5" when it is small."""
        return primary_mark(self.threshold) if is_small(count, self.threshold) else fmt_number(count, 0)

    def cell_text(self, band: int, sex: int) -> str:
        """A cell as the chart writes it: the count, "<5" or the secondary mark."""
        value = (self.women, self.men)[sex][band]
        return self.table.text(band, sex, fmt_number(value, 0)) if self.table is not None else ""

    def cell_hidden(self, band: int, sex: int) -> bool:
        return self.table is not None and bool(self.table.mask[band, sex])

    def set_pyramid(self, bands, women, men, threshold: int = 5) -> None:
        for item in self._items:
            self.plot_item.removeItem(item)
        self._items = []
        self.bands, self.women, self.men, self.threshold = tuple(bands), tuple(women), tuple(men), threshold
        self.table = suppress([[w, m] for w, m in zip(self.women, self.men)], threshold) if self.bands else None
        if not self.bands:
            return
        ys = list(range(len(self.bands)))
        shown = [v for sex in (0, 1) for b, v in enumerate((self.women, self.men)[sex])
                 if not self.cell_hidden(b, sex)]
        peak = max([*shown, threshold, 1])
        for sex, (sign, counts, colour) in enumerate(((-1, self.women, WOMEN), (1, self.men, MEN))):
            for y, count in zip(ys, counts):
                if count <= 0:
                    continue
                hidden = self.cell_hidden(y, sex)
                length = threshold if hidden else count
                brush = QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern if hidden else Qt.BrushStyle.SolidPattern)
                bar = pg.BarGraphItem(x0=[min(0, sign * length)], width=[length], y=[y], height=0.78,
                                      brush=brush, pen=pg.mkPen(colour))
                self.plot_item.addItem(bar)
                self._items.append(bar)
                text = pg.TextItem(self.cell_text(y, sex), color=palette.TEXT,
                                   anchor=(1, 0.5) if sign < 0 else (0, 0.5))
                text.setPos(sign * (length + 0.01 * peak), y)
                self.plot_item.addItem(text)
                self._items.append(text)
        self.plot_item.getAxis("left").setTicks([[(y, band) for y, band in zip(ys, self.bands)], []])
        self.plot_item.setXRange(-1.2 * peak, 1.2 * peak, padding=0)
        self.plot_item.setYRange(-0.6, len(self.bands) + 0.3, padding=0)
        self.women_title.setPos(-1.17 * peak, len(self.bands) - 0.05)
        self.men_title.setPos(1.17 * peak, len(self.bands) - 0.05)

    def total_text(self) -> str | None:
        """All persons in the chart, or None when the total must stay hidden."""
        if self.table is None or self.table.grand_total_hidden:
            return None
        return fmt_number(self.table.grand_total, 0)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.bands or not self.plot_item.sceneBoundingRect().contains(scene_pos):
            return
        point = self.plot_item.vb.mapSceneToView(scene_pos)
        y = int(round(point.y()))
        if 0 <= y < len(self.bands):
            text = targs(QCoreApplication.translate("AgePyramidChart", "%1: %2 women, %3 men"), self.bands[y], self.cell_text(y, 0), self.cell_text(y, 1))
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)
