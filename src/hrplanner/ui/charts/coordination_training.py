"""Who trains, who hires: trainees per 100 fte of each organisation against its share of the region's
hires of newly qualified people (joiners from education), as a pyqtgraph scatter.

Up: trains much for its size. Right: takes a large part of the newly qualified. The dashed line is the
region's trainees per 100 fte. Organisations that train a larger share of the region's trainees than
they hire of its newly qualified are blue circles; those that hire more than they train are
vermillion triangles (colour and shape, so it reads without colour too). Hover a point for its
figures; the organisations furthest from balance are named on the chart.

In the steering view the round's publication by the disclosure layer decides, as on the meeting
workbook's coordination sheet: an organisation whose trainees per 100 fte or share of the hires from
education it hides (its persons, trainees or hires from education are hidden) is left out, and the chart
says how many were; the region's line is drawn only where the region's trainees per 100 fte are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetrics

from hrplanner.domain.coordination import TrainingEffort
from hrplanner.ui import format as fmt
from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem
from hrplanner.ui.labels import targs

TRAINS = palette.BLUE
HIRES = palette.VERMILLION
#: How many organisations furthest from balance get their name on the chart.
NAMED = 4


@dataclass(frozen=True)
class Point:
    organisation: str
    hiring_share: float
    trainees_per_100_fte: float
    effort: TrainingEffort


def point_hidden(publication, organisation: str | None) -> bool:  # noqa: ANN001
    """Whether the steering view hides an organisation's point (None: the region's line)."""
    return publication is not None and (publication.figure_hidden("trainees_per_100_fte", organisation, None)
                                        or publication.figure_hidden("hiring_share", organisation, None))


def visible_points(efforts: list[TrainingEffort], publication) -> tuple[list[Point], int]:  # noqa: ANN001
    """The points to draw and how many organisations were left out for small numbers (``publication``:
    the round's for the steering view, None for the full view)."""
    usable = [e for e in efforts if e.hiring_share is not None and e.trainees_per_100_fte is not None]
    hidden = {e.organisation for e in efforts if point_hidden(publication, e.organisation)}
    points = [Point(e.organisation, e.hiring_share, e.trainees_per_100_fte, e)  # type: ignore[arg-type]
              for e in usable if e.organisation not in hidden]
    return points, len(hidden)


class TrainingEffortChart(pg.PlotWidget):
    """Trainees per 100 fte (up) against the share of the region's hires from education (right)."""

    def __init__(self, parent=None):
        self.x_axis = LocaleAxisItem("bottom", percent=True)
        self.y_axis = LocaleAxisItem("left")
        super().__init__(parent, axisItems={"bottom": self.x_axis, "left": self.y_axis})
        self.setBackground("w")
        self.setObjectName("coordination_training_chart")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.2)
        self.setMinimumHeight(300)
        self.getPlotItem().layout.setContentsMargins(4, 8, 12, 4)
        self.points: list[Point] = []
        self.left_out = 0
        #: the names written on the chart, by organisation
        self.labels: dict[str, pg.TextItem] = {}

    def set_efforts(self, efforts: list[TrainingEffort], region_per_100_fte: float | None, *, publication,  # noqa: ANN001
                    fictitious: bool = False) -> None:
        self.clear()
        self.points, self.left_out = visible_points(efforts, publication)
        if publication is not None and publication.figure_hidden("trainees_per_100_fte", None, None):
            region_per_100_fte = None
        trains = [p for p in self.points if (p.effort.balance or 0) >= 0]
        hires = [p for p in self.points if (p.effort.balance or 0) < 0]
        for group, colour, symbol in ((trains, TRAINS, "o"), (hires, HIRES, "t")):
            if not group:
                continue
            scatter = pg.ScatterPlotItem(
                x=[p.hiring_share for p in group], y=[p.trainees_per_100_fte for p in group],
                data=[p.organisation for p in group], symbol=symbol, size=11,
                brush=pg.mkBrush(QColor(colour)), pen=pg.mkPen("white", width=1),
                hoverable=True, tip=self._tip_for(group))
            self.addItem(scatter)
        top = max([p.trainees_per_100_fte for p in self.points] + [region_per_100_fte or 0.0, 1.0])
        right = max([p.hiring_share for p in self.points] + [0.05])
        if region_per_100_fte is not None:
            line = pg.InfiniteLine(pos=region_per_100_fte, angle=0,
                                   pen=pg.mkPen(palette.TEXT, width=1, style=pg.QtCore.Qt.PenStyle.DashLine),
                                   label=targs(self.tr("region %1"), fmt.fmt_number(region_per_100_fte, 1)),
                                   labelOpts={"position": 0.03, "color": palette.TEXT, "anchors": [(0, 1), (0, 1)]})
            self.addItem(line)
        named = sorted(self.points, key=lambda p: -abs(p.effort.balance or 0))[:NAMED]
        self.labels = {}
        for point in named:
            left = self._label_on_the_left(point, right, top)
            label = pg.TextItem(point.organisation, color=palette.TEXT, anchor=(1, 1) if left else (0, 1))
            self.addItem(label)
            label.setPos(point.hiring_share + right * (-0.012 if left else 0.012), point.trainees_per_100_fte)
            self.labels[point.organisation] = label
        self.x_axis.setLabel(self.tr("share of the region's hires of newly qualified people"))
        self.y_axis.setLabel(self.tr("trainees per 100 fte"))
        self.setXRange(-right * 0.03, right * 1.3, padding=0)
        self.setYRange(-top * 0.04, top * 1.2, padding=0)
        tip = [self.tr("Who trains, who hires: one point per organisation")]
        if self.left_out:
            tip.append(self.tr("%n organisation(s) left out: small numbers", "", self.left_out))
        if fictitious:
            tip.append(self.tr("Fictitious figures (demo region)"))
        self.setToolTip("\n".join(tip))

    def _label_on_the_left(self, point: Point, right: float, top: float) -> bool:
        """Whether a name goes left of its point: on the right it would run over another point at about
        the same height (two names side by side read as one), and on the left there is room."""
        view = self.getPlotItem().getViewBox()
        width_px, height_px = max(view.width(), 400.0), max(view.height(), 200.0)
        metrics = QFontMetrics(self.font())
        name_width = (metrics.horizontalAdvance(point.organisation) + 8) * right * 1.33 / width_px
        line_height = metrics.height() * top * 1.24 / height_px
        blocked = any(0 < other.hiring_share - point.hiring_share < name_width
                      and abs(other.trainees_per_100_fte - point.trainees_per_100_fte) < line_height
                      for other in self.points if other is not point)
        return blocked and point.hiring_share - name_width > -right * 0.03

    def _tip_for(self, group: list[Point]):
        by_name = {p.organisation: p for p in group}

        def tip(x, y, data):  # noqa: ANN001, ANN202 - pyqtgraph's call
            point = by_name.get(data)
            if point is None:
                return ""
            effort = point.effort
            return "\n".join([
                point.organisation,
                targs(self.tr("Trainees per 100 fte: %1"), fmt.fmt_number(effort.trainees_per_100_fte, 1)),
                targs(self.tr("Share of the region's trainees: %1"), fmt.fmt_percent(effort.training_share, 1)),
                targs(self.tr("Share of the region's hires of newly qualified: %1"), fmt.fmt_percent(effort.hiring_share, 1)),
            ])
        return tip

    def legend_html(self) -> str:
        return (f"<span style='color:{TRAINS}'>\u25cf</span>&nbsp;{self.tr('trains more than it hires')}"
                f"&nbsp;&nbsp;&nbsp; <span style='color:{HIRES}'>\u25bc</span>&nbsp;"
                f"{self.tr('hires more than it trains')}")

    def shown_counts(self) -> list[int]:
        """The counts of persons behind the points drawn (trainees and hires), for checks."""
        return [c for p in self.points for c in (p.effort.in_training, p.effort.joiners_from_education)]
