"""The charts sheet (Grafieken) and the data sheet its charts read (Grafiekgegevens).

The charts are native Excel charts (openpyxl.chart) whose series point at cells of the data sheet, so
an analyst can restyle them, change a figure, or copy a chart into a presentation and it stays live.
One small line chart per occupation (supply against demand in fte) in a grid of three across, two
rows of charts to a printed page; then the gap per occupation in the first equilibrium year and the
open vacancies per round. Colours are Okabe-Ito (blue and orange), safe for colour-blind readers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText
from openpyxl.chart.title import title_maker
from openpyxl.drawing.line import LineProperties
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from . import styles as S
from .content import ExportContent

CHART_SHEET = "Grafieken"
DATA_SHEET = "Grafiekgegevens"

# Grid of the charts sheet: every column the same width, charts sized in whole cells.
# 15 columns of 8.86 units (67 pixels, 1.77 cm) are 26.6 cm: a landscape A4 page at full size, so the
# charts' 8 pt labels print at 8 pt.
GRID_COLUMN_WIDTH = 8.86      # Excel units: 67 pixels
COLUMN_CM = 67 / 96 * 2.54    # 1.77 cm
ROW_CM = 20 / 96 * 2.54       # default row of 15 points = 20 pixels
CHARTS_ACROSS = 3
COLUMNS_PER_CHART = 5
ROWS_PER_CHART = 14
CHART_ROWS_PER_PAGE = 2
FIRST_YEAR_COLUMN = 4


@dataclass(frozen=True)
class DataLayout:
    """Where the data sheet keeps each block (rows are 1-based)."""

    years_row: int
    #: Per occupation code: the row of its supply series (demand is the next row).
    supply_rows: dict[str, int]
    gap_header: int
    gap_first: int
    gap_last: int
    vacancy_header: int
    vacancy_first: int
    vacancy_last: int
    vacancy_columns: int
    #: Occupations left out of the vacancy chart: hidden (x) on one of its dates. A chart draws an empty
    #: cell as no bar, which reads as 0, so they are listed under the data instead.
    vacancy_left_out: tuple[str, ...] = ()


def _small_title(text: str, size: int = 1000) -> object:
    title = title_maker(text)
    for paragraph in title.tx.rich.paragraphs:
        paragraph.pPr = ParagraphProperties(defRPr=CharacterProperties(sz=size, b=True, solidFill=S.NAVY))
        for run in paragraph.r:
            run.rPr = CharacterProperties(sz=size, b=True, solidFill=S.NAVY)
    title.overlay = False
    return title


def _text_properties(size: int = 800) -> RichText:
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=CharacterProperties(sz=size)), endParaRPr=None)])


def _line(color: str, width_pt: float = 2.0, dash: str | None = None) -> GraphicalProperties:
    line = LineProperties(solidFill=color, w=int(width_pt * 12700))
    if dash:
        line.prstDash = dash
    return GraphicalProperties(ln=line)


def _axes(chart, *, y_title: str | None = None, number_format: str = "#,##0") -> None:  # noqa: ANN001
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.txPr = _text_properties()
    chart.y_axis.txPr = _text_properties()
    chart.y_axis.number_format = number_format
    chart.y_axis.majorGridlines.spPr = GraphicalProperties(ln=LineProperties(solidFill="D9D9D9", w=6350))
    if y_title:
        chart.y_axis.title = _small_title(y_title, 800)


# --- the data sheet ---------------------------------------------------------------------------------


def add_chart_data(wb: Workbook, content: ExportContent) -> tuple[Worksheet, DataLayout]:
    """The data sheet; returns it with the layout the charts need."""
    ws = wb.create_sheet(DATA_SHEET)
    S.title_block(ws, "Gegevens bij de grafieken",
                  "De grafieken op het blad Grafieken lezen deze cellen: verander een getal hier en de grafiek "
                  "verandert mee. Middenvariant van de raming; fte.")
    row = 4
    S.section(ws, row, "Aanbod en vraag per beroep (fte)")
    row += 1
    years = content.years
    S.header(ws, row, 1, ["Code", "Beroep", "Reeks", *years], left_columns=3)
    years_row = row
    header_rows = [row]
    row += 1
    supply_rows: dict[str, int] = {}
    for result in content.results:
        supply_rows[result.code] = row
        for label, values in (("Aanbod", result.supply_fte), ("Vraag", result.demand_fte)):
            S.text(ws, row, 1, result.code)
            S.text(ws, row, 2, content.name(result.code))
            S.text(ws, row, 3, label)
            for k, value in enumerate(values.tolist()):
                S.number(ws, row, FIRST_YEAR_COLUMN + k, float(value), S.ONE)
            row += 1
    row += 1

    ws.row_breaks.append(Break(id=row - 1))  # the smaller blocks share the second page
    first_year = content.equilibrium_years[0] if content.equilibrium_years else None
    shown_year = first_year if first_year is not None else "het evenwichtsjaar"
    S.section(ws, row, f"Tekort per beroep in {shown_year} (fte, eerste evenwichtsjaar)")
    row += 1
    S.header(ws, row, 1, ["Code", "Beroep", f"Tekort {shown_year}"], left_columns=2)
    gap_header = row
    header_rows.append(row)
    row += 1
    gap_first = row
    for result in content.results:
        S.text(ws, row, 1, result.code)
        S.text(ws, row, 2, content.name(result.code))
        if first_year is not None:
            S.number(ws, row, 3, float(result.gap_fte[result.index(first_year)]), S.ONE)
        row += 1
    gap_last = row - 1
    row += 1

    S.section(ws, row, "Open vacatures per peildatum")
    row += 1
    trend = content.vacancy_trend
    distinct_years = len({r.reference_date.year for r in trend}) == len(trend)
    S.header(ws, row, 1, ["Code", "Beroep", *(r.reference_date.year if distinct_years
                                               else r.reference_date.strftime("%d-%m-%Y") for r in trend)],
             left_columns=2)
    vacancy_header = row
    header_rows.append(row)
    row += 1
    vacancy_first = row
    charted = [f.key for f in content.summary.occupations
               if not any(round_.hidden.get(f.key, False) for round_ in trend)]
    left_out = [f.key for f in content.summary.occupations if f.key not in charted]
    for code in charted + left_out:  # the chart reads the first block only
        S.text(ws, row, 1, code)
        S.text(ws, row, 2, content.name(code))
        for k, round_ in enumerate(trend):
            if not round_.hidden.get(code, False):
                S.number(ws, row, 3 + k, round_.open_positions.get(code), S.INT)
        row += 1
    vacancy_last = vacancy_first + len(charted) - 1
    if left_out:
        row = S.note(ws, row + 1, "Lege cel: verborgen (x, kleine aantallen; zie het blad Methode). Een grafiek "
                                  "tekent een lege cel als 0; beroepen met een verborgen cel staan daarom "
                                  "onderaan en niet in de grafiek.",
                     last_column=3 + len(trend))
    S.fit_columns(ws, skip_rows=[1, 2], header_rows=header_rows, minimum=6.5)
    S.same_width(ws, FIRST_YEAR_COLUMN, FIRST_YEAR_COLUMN + len(years) - 1)
    S.fit_row_heights(ws, header_rows)
    # The blocks have headers of their own: the sheet's title repeats, and only the names stay in view.
    S.print_setup(ws, content.page, "Gegevens bij de grafieken", title_rows="1:2", freeze="D3")
    return ws, DataLayout(years_row, supply_rows, gap_header, gap_first, gap_last, vacancy_header, vacancy_first,
                      vacancy_last, len(trend), tuple(left_out))


# --- the charts sheet --------------------------------------------------------------------------------


def axis_floor(lowest: float) -> float:
    """Where a supply and demand chart's value axis starts: a round number at or below 80% of the
    lowest value, the same zoom for every occupation, so the charts can be compared."""
    target = 0.8 * lowest
    if target <= 0:
        return 0.0
    step = 10 ** math.floor(math.log10(target))
    return math.floor(target / step) * step


def _supply_demand_chart(data: Worksheet, layout: DataLayout, code: str, name: str, years: int,
                         lowest: float) -> LineChart:
    chart = LineChart()
    chart.title = _small_title(name)
    row = layout.supply_rows[code]
    values = Reference(data, min_col=3, max_col=FIRST_YEAR_COLUMN + years - 1, min_row=row, max_row=row + 1)
    chart.add_data(values, from_rows=True, titles_from_data=True)
    chart.set_categories(Reference(data, min_col=FIRST_YEAR_COLUMN, max_col=FIRST_YEAR_COLUMN + years - 1,
                                   min_row=layout.years_row, max_row=layout.years_row))
    supply, demand = chart.series
    supply.graphicalProperties = _line(S.SUPPLY)
    demand.graphicalProperties = _line(S.DEMAND, dash="dash")
    for series in chart.series:
        series.smooth = False
        series.marker.symbol = "none"
    _axes(chart)
    chart.y_axis.scaling.min = axis_floor(lowest)
    chart.x_axis.tickLblSkip = 5
    chart.x_axis.tickMarkSkip = 5
    chart.legend.position = "b"
    chart.legend.txPr = _text_properties()
    chart.width = COLUMNS_PER_CHART * COLUMN_CM - 0.4
    chart.height = (ROWS_PER_CHART - 1) * ROW_CM
    return chart


def _gap_chart(data: Worksheet, layout: DataLayout, content: ExportContent, year: int | None) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = _small_title(f"Tekort in {year} per beroep (fte; negatief = overschot)", 1100)
    values = Reference(data, min_col=3, max_col=3, min_row=layout.gap_header, max_row=layout.gap_last)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(Reference(data, min_col=2, max_col=2, min_row=layout.gap_first, max_row=layout.gap_last))
    series = chart.series[0]
    series.graphicalProperties = GraphicalProperties(solidFill=S.SHORTAGE)
    series.invertIfNegative = False
    for k, result in enumerate(content.results):
        gap = float(result.gap_fte[result.index(year)]) if year is not None else 0.0
        if gap < 0:
            series.dPt.append(DataPoint(idx=k, invertIfNegative=False,
                                        spPr=GraphicalProperties(solidFill=S.SURPLUS)))
    _axes(chart, number_format="#,##0")
    chart.x_axis.scaling.orientation = "maxMin"  # first occupation at the top, as in the tables
    chart.x_axis.tickLblPos = "low"  # names left of the plot, where a surplus bar cannot run over them
    chart.legend = None
    chart.gapWidth = 60
    return chart


def _vacancy_chart(data: Worksheet, layout: DataLayout) -> BarChart:
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = _small_title("Open vacatures per beroep en peildatum", 1100)
    values = Reference(data, min_col=3, max_col=2 + layout.vacancy_columns, min_row=layout.vacancy_header,
                       max_row=layout.vacancy_last)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(Reference(data, min_col=1, max_col=1, min_row=layout.vacancy_first,
                                   max_row=layout.vacancy_last))
    palette = [S.PREVIOUS, "A6CEE3", "B3B3B3", "CCCCCC", "DDDDDD"]
    count = len(chart.series)
    for k, series in enumerate(chart.series):
        color = S.CURRENT if k == count - 1 else palette[min(count - 2 - k, len(palette) - 1)]
        series.graphicalProperties = GraphicalProperties(solidFill=color)
    _axes(chart)
    chart.legend.position = "b"
    chart.legend.txPr = _text_properties()
    chart.gapWidth = 80
    return chart


def _anchor(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def add_charts(wb: Workbook, content: ExportContent, data: Worksheet, layout: DataLayout) -> None:
    ws = wb.create_sheet(CHART_SHEET)
    S.title_block(ws, "Grafieken",
                  f"Scenario {content.scenario}, middenvariant. {S.colour_name(S.SUPPLY).capitalize()} = aanbod, "
                  f"{S.colour_name(S.DEMAND)} gestreept = vraag (fte); tekort {S.colour_name(S.SHORTAGE)}, "
                  f"overschot {S.colour_name(S.SURPLUS)}.")
    S.text(ws, 3, 1, "De verticale as begint niet altijd bij 0. De cijfers staan op het verborgen blad "
                     "Grafiekgegevens.", style=S.SUBTITLE)
    for column in range(1, CHARTS_ACROSS * COLUMNS_PER_CHART + 1):
        ws.column_dimensions[get_column_letter(column)].width = GRID_COLUMN_WIDTH
    row = 4
    S.section(ws, row, "Aanbod en vraag per beroep (fte)")
    row += 1
    if not content.results:
        S.text(ws, row, 1, "Geen grafieken: op deze peildatum heeft geen beroep personeel in het register.")
        S.print_setup(ws, content.page, "Grafieken", title_rows="1:2", freeze="A3")
        return
    years = len(content.years)
    for k, result in enumerate(content.results):
        chart_row, chart_column = divmod(k, CHARTS_ACROSS)
        if chart_column == 0 and chart_row and chart_row % CHART_ROWS_PER_PAGE == 0:
            # before the empty row above the charts, so no chart's top edge is printed on the page before
            ws.row_breaks.append(Break(id=row + chart_row * ROWS_PER_CHART - 2))
        top = row + chart_row * ROWS_PER_CHART
        left = 1 + chart_column * COLUMNS_PER_CHART
        lowest = min(float(result.supply_fte.min()), float(result.demand_fte.min()))
        chart = _supply_demand_chart(data, layout, result.code, content.name(result.code), years, lowest)
        ws.add_chart(chart, _anchor(top, left))
    chart_rows = -(-len(content.results) // CHARTS_ACROSS)
    row += chart_rows * ROWS_PER_CHART
    ws.row_breaks.append(Break(id=row - 1))
    year = content.equilibrium_years[0] if content.equilibrium_years else None
    S.section(ws, row, "Tekort per beroep en open vacatures")
    row += 1
    width = CHARTS_ACROSS * COLUMNS_PER_CHART
    left = width // 2
    tall = max(16, len(content.results) + 6)
    gap = _gap_chart(data, layout, content, year)
    gap.width = left * COLUMN_CM - 0.4
    gap.height = tall * ROW_CM
    ws.add_chart(gap, _anchor(row, 1))
    if layout.vacancy_last >= layout.vacancy_first:
        vacancies = _vacancy_chart(data, layout)
        vacancies.width = (width - left) * COLUMN_CM - 0.4
        vacancies.height = tall * ROW_CM
        ws.add_chart(vacancies, _anchor(row, left + 1))
    last_row = row + tall + 1
    if layout.vacancy_left_out:
        names = ", ".join(content.name(code) for code in layout.vacancy_left_out)
        note_row = last_row
        last_row = S.note(ws, note_row, f"Niet in de grafiek van de open vacatures (x op een peildatum, kleine "
                                        f"aantallen): {names}.", column=left + 1, last_column=width)
        S.fit_row_heights(ws, [note_row])
    ws.print_area = f"A1:{get_column_letter(CHARTS_ACROSS * COLUMNS_PER_CHART)}{last_row}"
    S.print_setup(ws, content.page, "Grafieken", title_rows="1:2", freeze="A3")
