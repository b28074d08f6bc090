"""The age pyramid of today's staff of one occupation (whole region): persons per age band, women to
the left and men to the right.

Small numbers are protected as in every view shared beyond one organisation: the disclosure layer's
publication of the pyramid (:func:`hrplanner.services.publication.pyramid_publication`: the bands x
sexes table protected together with the occupation's persons, 55+ and 60+ the round's publication
shows) decides, and a hidden cell is drawn as a hatched stub of fixed length labelled x, never to size.
When the round's publication hides the occupation (or its ages), no bar is drawn at all.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QToolTip

from hrplanner.domain.disclosure.publication import PYRAMID
from hrplanner.domain.disclosure.rules import MARK
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
        #: The pyramid's publication (hrplanner.domain.disclosure.Publication); None: nothing may be shown.
        self.publication = None
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot_item.setLabel("bottom", QCoreApplication.translate("AgePyramidChart", "persons"), color=palette.TEXT)
        self.women_title.setText(QCoreApplication.translate("AgePyramidChart", "\u2190 women"))
        self.men_title.setText(QCoreApplication.translate("AgePyramidChart", "men \u2192"))

    def unknown_text(self, count: float) -> str:
        """The persons of unknown sex (not in the chart): the count, or x when hidden."""
        if self.publication is None:
            return MARK
        return self.publication.text(PYRAMID, None, "unknown", fmt_number(count, 0))

    def cell_text(self, band: int, sex: int) -> str:
        """A cell as the chart writes it: the count or x."""
        value = (self.women, self.men)[sex][band]
        return MARK if self.cell_hidden(band, sex) else fmt_number(value, 0)

    def cell_hidden(self, band: int, sex: int) -> bool:
        return self.publication is None or self.publication.hidden(PYRAMID, self.bands[band], ("women", "men")[sex])

    def hidden_count(self) -> int:
        """How many of the drawn cells are hidden."""
        return sum(self.cell_hidden(b, s) for b in range(len(self.bands)) for s in (0, 1)
                   if (self.women, self.men)[s][b] > 0)

    def set_pyramid(self, bands, women, men, publication) -> None:  # noqa: ANN001
        """Draw the pyramid as ``publication`` (:func:`hrplanner.services.publication.pyramid_publication`)
        shows it; None: nothing is drawn (the occupation is hidden)."""
        for item in self._items:
            self.plot_item.removeItem(item)
        self._items = []
        self.bands, self.women, self.men = tuple(bands), tuple(women), tuple(men)
        self.publication = publication
        if publication is not None:
            self.threshold = publication.rules.threshold
        if not self.bands or publication is None:
            return
        threshold = self.threshold
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
        """All persons of the occupation (the chart and unknown sex), or None when hidden."""
        if self.publication is None:
            return None
        value = self.publication.value(PYRAMID, None, None)
        return None if value is None else fmt_number(value, 0)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.bands or not self.plot_item.sceneBoundingRect().contains(scene_pos):
            return
        point = self.plot_item.vb.mapSceneToView(scene_pos)
        y = int(round(point.y()))
        if 0 <= y < len(self.bands):
            text = targs(QCoreApplication.translate("AgePyramidChart", "%1: %2 women, %3 men"), self.bands[y], self.cell_text(y, 0), self.cell_text(y, 1))
            QToolTip.showText(self.mapToGlobal(self.mapFromScene(scene_pos)), text, self)
