"""Where joiners come from and where leavers go, per occupation: horizontal stacked bars on pyqtgraph.

Each occupation is a row. Leavers run to the left of zero, joiners to the right, each stacked by
origin or destination. Movement inside the region sits next to zero on both sides in the same grey,
so the eye sees it balance: hiring from each other only moves people around. At the right end of
each row the net regional effect (joiners from outside the region - exits from the region).

In the steering view the round's publication by the disclosure layer decides what is hidden (the
joiners per origin and leavers per destination of every occupation, their totals and the region's:
tables ``joiners_from_<origin>``, ``leavers_to_<destination>``, ``joiners``, ``leavers``). Hidden
segments are not drawn one by one: when the row's total is shown, their sum is drawn as one hatched
"hidden" segment (it can be worked out from the total anyway); when the total is hidden too, that side
of the row shows nothing. The net figure is only written when every number it is made of is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hrplanner.domain.coordination import FlowSummary
from hrplanner.domain.disclosure.publication import JOINERS, LEAVERS, flow_table
from hrplanner.ui import format as fmt
from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem
from hrplanner.ui.labels import targs

#: Fixed colours of the flow categories (the same on every chart of the page).
CATEGORY_COLOURS: dict[str, str] = {
    "region": "#8c8c8c",
    "education": palette.BLUISH_GREEN,
    "youth_care_elsewhere": palette.SKY_BLUE,
    "other_sector": palette.ORANGE,
    "reentry": palette.REDDISH_PURPLE,
    "retirement": palette.VERMILLION,
    "unknown": "#c9ced6",
}
HIDDEN = "hidden"
#: Joiners and leavers, from zero outwards: inside the region first.
JOINER_ORDER: tuple[str, ...] = ("region", "education", "youth_care_elsewhere", "other_sector", "reentry", "unknown")
LEAVER_ORDER: tuple[str, ...] = ("region", "youth_care_elsewhere", "other_sector", "retirement", "unknown")
LEGEND_ORDER: tuple[str, ...] = ("region", "education", "youth_care_elsewhere", "other_sector", "reentry",
                                 "retirement", "unknown")


@dataclass(frozen=True)
class Segment:
    """One drawn piece: the occupation's row, joiners ("in") or leavers ("out"), category, persons."""

    row: int
    direction: str
    category: str
    persons: int


class AbsoluteAxis(LocaleAxisItem):
    """Persons on both sides of zero: leavers to the left are written without a minus sign."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return super().tickStrings([abs(v) for v in values], scale, spacing)


def region_totals_shown(flows: list[FlowSummary], publication) -> bool:  # noqa: ANN001
    """Whether the region's movement inside the region (joiners from and leavers to another
    organisation in the region, summed over occupations) and the grand totals may be written out
    (``publication`` None: the full view)."""
    if publication is None:
        return True
    if not flows:
        return False
    return not any(publication.hidden(table, None, None)
                   for table in (flow_table("in", "region"), flow_table("out", "region"), JOINERS, LEAVERS))


def layout_segments(flows: list[FlowSummary], codes: list[str], publication  # noqa: ANN001
                    ) -> tuple[list[Segment], list[int | None]]:
    """What to draw for ``flows`` (one per occupation of ``codes``): the segments per row (hidden ones
    merged when allowed) and each row's net regional effect (None when it may not be shown).
    ``publication``: the round's (the steering view), or None (the full view)."""
    segments: list[Segment] = []
    nets: list[int | None] = []
    steering = publication is not None
    for row, (code, flow) in enumerate(zip(codes, flows)):
        net_ok = True
        for direction, order, counts, total in (("in", JOINER_ORDER, flow.joiners, JOINERS),
                                                ("out", LEAVER_ORDER, flow.leavers, LEAVERS)):
            hidden_sum = 0
            total_hidden = steering and publication.hidden(total, None, code)
            for category in order:
                persons = counts.get(category, 0)
                if steering and publication.hidden(flow_table(direction, category), None, code):
                    hidden_sum += persons
                    net_ok = False
                    continue
                if total_hidden:
                    continue
                if persons:
                    segments.append(Segment(row, direction, category, persons))
            if total_hidden:
                net_ok = False
            elif hidden_sum:
                segments.append(Segment(row, direction, HIDDEN, hidden_sum))
        nets.append(flow.net_regional if net_ok else None)
    return segments, nets


class FlowChart(pg.PlotWidget):
    """Leavers left, joiners right, one row per occupation."""

    def __init__(self, parent=None):
        self.value_axis = AbsoluteAxis("bottom")
        self.category_axis = LocaleAxisItem("left")
        super().__init__(parent, axisItems={"bottom": self.value_axis, "left": self.category_axis})
        self.setBackground("w")
        self.setObjectName("coordination_flow_chart")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=False, alpha=0.2)
        self.setMinimumHeight(300)
        self.getPlotItem().layout.setContentsMargins(4, 8, 12, 4)
        self.segments: list[Segment] = []
        self.nets: list[int | None] = []
        self.labels: list[str] = []

    def category_name(self, category: str) -> str:
        names = {
            "region": self.tr("inside the region"),
            "education": self.tr("education"),
            "youth_care_elsewhere": self.tr("youth care elsewhere"),
            "other_sector": self.tr("other sector"),
            "reentry": self.tr("re-entry"),
            "retirement": self.tr("retirement"),
            "unknown": self.tr("unknown"),
            HIDDEN: self.tr("hidden (small numbers)"),
        }
        return names.get(category, category)

    def set_flows(self, codes: list[str], names: list[str], flows: list[FlowSummary], *, publication,  # noqa: ANN001
                  fictitious: bool = False) -> None:
        """Draw ``flows`` (one per occupation code, in order; the first at the top); ``publication``:
        the round's for the steering view, None for the full view."""
        self.clear()
        self.labels = list(codes)
        self.segments, self.nets = layout_segments(flows, codes, publication)
        rows = len(codes)
        y_of = {row: rows - 1 - row for row in range(rows)}
        starts: dict[tuple[int, str], float] = {}
        by_category: dict[str, list[tuple[float, float, float]]] = {}
        for segment in self.segments:
            sign = 1 if segment.direction == "in" else -1
            start = starts.get((segment.row, segment.direction), 0.0)
            end = start + sign * segment.persons
            starts[(segment.row, segment.direction)] = end
            by_category.setdefault(segment.category, []).append((min(start, end), abs(end - start), y_of[segment.row]))
        for category in (*LEGEND_ORDER, HIDDEN):
            pieces = by_category.get(category)
            if not pieces:
                continue
            if category == HIDDEN:
                brush = QBrush(QColor("#9aa1aa"), Qt.BrushStyle.BDiagPattern)
            else:
                brush = QBrush(QColor(CATEGORY_COLOURS[category]))
            bars = pg.BarGraphItem(x0=[p[0] for p in pieces], width=[p[1] for p in pieces],
                                   y=[p[2] for p in pieces], height=0.62, brush=brush,
                                   pen=pg.mkPen("white", width=0.8))
            self.addItem(bars)
        extent = max([abs(v) for v in starts.values()] + [1.0])
        for row, net in enumerate(self.nets):
            if net is None:
                continue
            label = pg.TextItem(targs(self.tr("net %1"), fmt.fmt_signed(net)), color=palette.TEXT,
                                anchor=(0, 0.5))
            self.addItem(label)
            label.setPos(starts.get((row, "in"), 0.0) + extent * 0.03, y_of[row])
        self.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(palette.TEXT, width=1)))
        self.category_axis.setTicks([[(y_of[row], code) for row, code in enumerate(codes)], []])
        self.value_axis.setLabel(self.tr("\u2190 leavers   persons   joiners \u2192"))
        self.setXRange(-extent * 1.08, extent * 1.35, padding=0)
        self.setYRange(-0.7, rows - 0.3, padding=0)
        self.setToolTip(self._tooltip(codes, names, flows, fictitious))

    def _tooltip(self, codes: list[str], names: list[str], flows: list[FlowSummary], fictitious: bool) -> str:
        lines = []
        for row, (code, name) in enumerate(zip(codes, names)):
            parts = [f"{self.category_name(s.category)} {fmt.fmt_number(s.persons)}"
                     for s in self.segments if s.row == row and s.direction == "in"]
            out = [f"{self.category_name(s.category)} {fmt.fmt_number(s.persons)}"
                   for s in self.segments if s.row == row and s.direction == "out"]
            net = self.nets[row]
            lines.append(f"{name} ({code}): " + targs(self.tr("joiners %1; leavers %2; net for the region %3"), ", ".join(parts) or fmt.MISSING, ", ".join(out) or fmt.MISSING, fmt.MISSING if net is None else fmt.fmt_signed(net)))
        if fictitious:
            lines.append(self.tr("Fictitious figures (demo region)"))
        return "\n".join(lines)

    def legend_html(self, steering: bool) -> str:
        """The colours of the categories, as rich text for a label next to the chart."""
        items = [f"<span style='color:{CATEGORY_COLOURS[c]}'>\u25a0</span>&nbsp;{self.category_name(c)}"
                 for c in LEGEND_ORDER]
        if steering:
            items.append(f"<span style='color:#9aa1aa'>\u25a7</span>&nbsp;{self.category_name(HIDDEN)}")
        return "&nbsp;&nbsp; ".join(items)

    def shown_counts(self) -> list[int]:
        """Every count of persons the chart shows as a segment (net figures are differences of
        shown counts, not counts), for checks."""
        return [s.persons for s in self.segments if s.category != HIDDEN]


def flows_in_order(flows: dict[str, FlowSummary], codes: list[str]) -> list[FlowSummary]:
    return [flows.get(code, FlowSummary(code)) for code in codes]


__all__ = ["FlowChart", "Segment", "layout_segments", "region_totals_shown", "flows_in_order",
           "CATEGORY_COLOURS"]

