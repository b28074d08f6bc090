"""A grouped bar chart on pyqtgraph: categories along the bottom, one coloured bar per series.

Used by the overview (retirement wave, vacancy trend) and free for other pages. Ticks and tooltips
are written through ui/format.py, so the chart speaks the UI's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor

from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem, category_ticks
from hrplanner.ui.format import fmt_number, fmt_percent

pg.setConfigOptions(background="w", foreground=palette.TEXT, antialias=True)


@dataclass
class Series:
    """One series: its legend name, a value per category (None for no figure) and its colour."""

    name: str
    values: Sequence[float | None]
    colour: str


class BarChart(pg.PlotWidget):
    """Grouped bars; ``percent=True`` when the values are fractions shown as percentages."""

    def __init__(self, parent=None, *, percent: bool = False, decimals: int = 0):
        self.value_axis = LocaleAxisItem("left", percent=percent)
        self.category_axis = LocaleAxisItem("bottom")
        super().__init__(parent, axisItems={"left": self.value_axis, "bottom": self.category_axis})
        self.percent = percent
        self.decimals = decimals
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.25)
        self.setMinimumHeight(170)
        self.getPlotItem().layout.setContentsMargins(4, 8, 8, 4)
        self.legend = self.addLegend(offset=(-4, 2), labelTextColor=palette.TEXT, colCount=4)
        self._bars: list[tuple[pg.BarGraphItem, Series]] = []
        #: the marks written where a series has no value (``missing``), as (x, text) items
        self.marks: list[pg.TextItem] = []
        self.missing = ""

    def fmt(self, value: float | None) -> str:
        if value is None and self.missing:
            return self.missing
        return fmt_percent(value, self.decimals) if self.percent else fmt_number(value, self.decimals)

    def set_data(self, categories: Sequence[str], series: Sequence[Series], *, tooltips: Sequence[str] = (),
                 missing: str = "", ordered: bool = False) -> None:
        """Draw the bars; ``tooltips`` (one per category) explain a category under the mouse.

        ``missing`` (e.g. the hidden mark x) is written on the baseline where a series has no value,
        so a hidden figure does not look like a zero. ``ordered``: the categories run in order (rounds),
        and only as many are named as fit (:func:`hrplanner.ui.charts.axis.category_ticks`)."""
        self.clear()
        self.legend.clear()
        self._bars.clear()
        self.marks = []
        self.missing = missing
        count = max(len(series), 1)
        width = 0.8 / count
        top = 0.0
        for number, item in enumerate(series):
            offset = -0.4 + width * (number + 0.5)
            xs = [i + offset for i, v in enumerate(item.values) if v is not None]
            heights = [v for v in item.values if v is not None]
            top = max([top, *heights])
            bars = pg.BarGraphItem(x=xs, height=heights, width=width * 0.92, brush=QColor(item.colour),
                                   pen=pg.mkPen(None), name=item.name)
            self.addItem(bars)
            self._bars.append((bars, item))
            if missing:
                for i, v in enumerate(item.values):
                    if v is None:
                        mark = pg.TextItem(missing, color=palette.TEXT, anchor=(0.5, 1))
                        mark.setPos(i + offset, 0)
                        self.addItem(mark)
                        self.marks.append(mark)
        category_ticks(self.category_axis, categories, ordered=ordered)
        self.legend.setVisible(len(series) > 1)
        self.setXRange(-0.6, len(categories) - 0.4, padding=0)
        self.setYRange(0, top * (1.25 if len(series) > 1 else 1.1) if top > 0 else 1, padding=0)
        self._categories = list(categories)
        self._tooltips = list(tooltips)
        self.setToolTip(self._summary_tooltip(series))

    def _summary_tooltip(self, series: Sequence[Series]) -> str:
        lines = []
        for index, category in enumerate(getattr(self, "_categories", [])):
            name = self._tooltips[index] if index < len(self._tooltips) else category
            values = ", ".join(f"{s.name} {self.fmt(s.values[index])}" for s in series)
            lines.append(f"{name}: {values}")
        return "\n".join(lines)

    def set_title(self, text: str) -> None:
        self.setTitle(text, color=palette.TEXT, size="10pt")


def no_data_text(chart: pg.PlotWidget, text: str) -> None:
    """Replace a chart's contents by a centred note (no figures to draw)."""
    chart.clear()
    label = pg.TextItem(text, color=palette.TEXT, anchor=(0.5, 0.5))
    chart.addItem(label)
    label.setPos(0.5, 0.5)
    chart.setXRange(0, 1, padding=0)
    chart.setYRange(0, 1, padding=0)
    chart.getPlotItem().getAxis("bottom").setTicks([[], []])


__all__ = ["BarChart", "Series", "no_data_text"]
