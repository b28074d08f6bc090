"""The overview's charts: the retirement wave (share 55+/60+ per occupation), the open vacancies per
round and the largest expected shortages of the basis projection.

The section lays the three boxes side by side on a wide page and puts the retirement wave on a row of
its own on a narrow one. The charts are built when they are first drawn (pyqtgraph takes a moment to
load), after the page's figures were painted. The shortages come from
``services.projection.largest_shortages``, run in the background through a :class:`LatestTask`, so a
result for an older round never replaces that of a newer one.
"""

from __future__ import annotations

from collections.abc import Iterator

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from hrplanner.domain import reference as ref
from hrplanner.services.summary import Summary
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import rich, targs
from hrplanner.ui.pages.overview_figures import MARK, fictitious_note
from hrplanner.ui.pages.sections import Section
from hrplanner.ui.workers import LatestTask

if TYPE_CHECKING:  # a Register or the start-up preview (ui.safe_open.Preview): both read the same way
    from hrplanner.services.register import Register

#: Below this width the retirement wave gets a row of its own.
WIDE = 900


def largest_shortages(register: Register, reference: date) -> list:
    """The basis scenario's largest expected shortages (runs in a worker thread)."""
    from hrplanner.services import projection as projection_service

    return projection_service.largest_shortages(register, reference_date=reference)


class OverviewCharts(Section):
    """Three boxes: retirement wave, open vacancies per round, largest expected shortages."""

    #: The charts were drawn.
    drawn = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(10)
        self.retirement_box = QGroupBox(self)
        self.trend_box = QGroupBox(self)
        self.shortage_box = QGroupBox(self)
        self.shortage_box.setObjectName("shortage_slot")
        for box in (self.retirement_box, self.trend_box, self.shortage_box):
            QVBoxLayout(box).setContentsMargins(8, 14, 8, 8)
            box.setMinimumHeight(230)
        self.shortage_label = QLabel(self.shortage_box)
        self.shortage_label.setObjectName("shortage_label")
        self.shortage_label.setWordWrap(True)
        self.shortage_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.shortage_label.setTextFormat(Qt.TextFormat.RichText)
        self.shortage_box.layout().addWidget(self.shortage_label)
        self.shortages: list | None = None
        self.names: dict[str, tuple[str, str]] = {}
        self.language = "nl"
        self.fictitious = False
        self.built = False
        self.wide: bool | None = None
        self.task = LatestTask(self, "overview shortages")
        self.fit_width(WIDE)

    def retranslate(self) -> None:
        self.retirement_box.setTitle(self.tr("Retirement wave: share aged 55+ and 60+"))
        self.trend_box.setTitle(self.tr("Open vacancies per round"))
        self.shortage_box.setTitle(self.tr("Largest expected shortages"))

    def fit_width(self, width: int) -> None:
        """Side by side when ``width`` allows, else the retirement wave above the other two."""
        wide = width >= WIDE
        if wide == self.wide:
            return
        self.wide = wide
        for box in (self.retirement_box, self.trend_box, self.shortage_box):
            self.grid.removeWidget(box)
        if wide:
            self.grid.addWidget(self.retirement_box, 0, 0)
            self.grid.addWidget(self.trend_box, 0, 1)
            self.grid.addWidget(self.shortage_box, 0, 2)
            stretches = (5, 3, 3)
        else:
            self.grid.addWidget(self.retirement_box, 0, 0, 1, 2)
            self.grid.addWidget(self.trend_box, 1, 0)
            self.grid.addWidget(self.shortage_box, 1, 1)
            stretches = (1, 1, 0)
        for column, stretch in enumerate(stretches):
            self.grid.setColumnStretch(column, stretch)

    # --- the charts -----------------------------------------------------------------------------

    def drawing(self, register: Register, summary: Summary, keys: list[str], names: list[str],
                shown: list[int], hidden=None) -> Iterator[None]:  # noqa: ANN001
        """Draw both charts for the occupations at the ``shown`` rows (the others are hidden), a chart a
        piece (see :mod:`hrplanner.ui.workers`); ``hidden(row, name)`` says whether a share of a shown
        row is hidden (its count is)."""
        from hrplanner.ui.charts import palette
        from hrplanner.ui.charts.bars import BarChart, Series

        if not self.built:
            self.retirement_chart = BarChart(self.retirement_box, percent=True, decimals=0)
            self.retirement_chart.setObjectName("retirement_chart")
            self.retirement_box.layout().addWidget(self.retirement_chart)
            self.trend_chart = BarChart(self.trend_box, decimals=0)
            self.trend_chart.setObjectName("vacancy_trend_chart")
            self.trend_box.layout().addWidget(self.trend_chart)
            self.built = True
        occupations = [summary.occupations[i] for i in shown]
        hidden = hidden or (lambda _i, _name: False)
        self.retirement_chart.set_data(
            [keys[i] for i in shown],
            [Series(self.tr("55+"), [None if hidden(i, "share_55_plus") else f.share_55_plus
                                     for i, f in zip(shown, occupations)], palette.AGE_55_PLUS),
             Series(self.tr("60+"), [None if hidden(i, "share_60_plus") else f.share_60_plus
                                     for i, f in zip(shown, occupations)], palette.AGE_60_PLUS)],
            tooltips=[names[i] for i in shown], missing=MARK)
        yield
        rounds, open_positions = vacancy_trend(register, summary)
        self.trend_chart.set_data(round_labels(rounds),
                                  [Series(self.tr("Open vacancies"), open_positions, palette.CURRENT)],
                                  tooltips=[fmt.fmt_date(d) for d in rounds], ordered=True)
        note = f"\n{fictitious_note()}" if summary.fictitious else ""
        self.retirement_chart.setToolTip(self.retirement_chart.toolTip() + note)
        self.trend_chart.setToolTip(self.trend_chart.toolTip() + note)
        self.drawn.emit()

    # --- the shortages --------------------------------------------------------------------------

    def request_shortages(self, register: Register, summary: Summary, language: str) -> None:
        """Compute the largest expected shortages of ``summary``'s round in the background."""
        self.names, self.language, self.fictitious = summary.occupation_names, language, summary.fictitious
        reference = summary.reference_date
        self.shortage_label.setText(self.tr("Computing the projection…"))
        self.task.start(lambda _token: largest_shortages(register, reference), on_result=self.set_shortages,
                        on_error=lambda exc: self.set_shortages(None, str(exc)))

    def cancel(self) -> None:
        self.task.discard()

    def set_shortages(self, shortages: list | None, error: str = "") -> None:
        """Show the largest expected shortages (services.projection.Shortage, largest first; five)."""
        self.shortages = shortages
        if error:
            self.shortage_label.setText(rich(targs(self.tr("The projection could not be computed: %1"), error)))
            return
        if not shortages:
            self.shortage_label.setText(self.tr(
                "The largest expected shortages per occupation appear here once the projection is "
                "available.") if shortages is None else self.tr("No shortages expected."))
            return
        unit = self.tr("fte")
        rows = "".join(
            f"<tr><td>{rich(ref.occupation_name(self.language, s.code, self.names.get(s.code)))}</td>"
            f"<td align='right' style='white-space:nowrap'>&nbsp;{s.year}</td>"
            f"<td align='right' style='white-space:nowrap'>&nbsp;{fmt.fmt_number(s.gap_fte, 1)}&nbsp;{unit}</td>"
            "</tr>"
            for s in shortages[:5])
        note = f"<p><i>{fictitious_note()}</i></p>" if self.fictitious else ""
        self.shortage_label.setText(f"<table width='100%'>{rows}</table>{note}")


def round_labels(rounds: list[date]) -> list[str]:
    """Short names of rounds along an axis: the year when each round is in a year of its own (ten
    dates would not fit under a narrow chart), else the date."""
    if len({day.year for day in rounds}) == len(rounds):
        return [str(day.year) for day in rounds]
    return [fmt.fmt_date(day) for day in rounds]


def vacancy_trend(register: Register, summary: Summary) -> tuple[list[date], list[int]]:
    """Open vacancies in every round up to the summary's (one query over all rounds)."""
    totals = register.open_positions_by_round()
    dates = [day for day in totals if day <= summary.reference_date]
    return dates, [totals[day] for day in dates]
