"""The key figures sheet (Kerncijfers): per occupation and for the region, each figure at the reference
date, at the previous one and the difference, in three tables of three figures each, so that every table
prints across a landscape page at full size; a table that would not fit under the one before starts a
new page (styles.keep_together)."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from hrplanner.domain.disclosure import MARK
from hrplanner.domain.figures import KeyFigures

from hrplanner.domain.rounding import rounded

from . import styles as S
from .content import ExportContent


SHEET = "Kerncijfers"
FIRST_FIGURE_COLUMN = 3


@dataclass(frozen=True)
class Metric:
    label: str
    attribute: str
    fmt: str
    diff_fmt: str

    @property
    def decimals(self) -> int:
        """Decimals the format shows (of the fraction, for percentages)."""
        if self.fmt in (S.PCT,):
            return 3
        return 1 if self.fmt == S.ONE else 0

    def difference(self, now: float, then: float) -> float:
        """now - then as the reader works it out from the two figures shown (so 2.5% - 2.5% is 0.0%,
        never -0.0%)."""
        d = self.decimals
        return rounded(rounded(now, d) - rounded(then, d), d)


#: The tables, at most three figures (eleven columns with code and name) each: with the names, wider
#: tables print smaller than 8 pt when fitted to the page width.
BLOCKS: tuple[tuple[str, tuple[Metric, ...]], ...] = (
    ("Omvang", (
        Metric("Personen", "persons", S.INT, S.DIFF_INT),
        Metric("Fte", "fte", S.ONE, S.DIFF_ONE),
        Metric("Open vacatures", "open_positions", S.INT, S.DIFF_INT),
    )),
    ("Vacatures en verloop", (
        Metric("Vacaturegraad", "vacancy_rate", S.PCT, S.DIFF_PCT),
        Metric("Vacatures \u2265 3 maanden open", "long_open_share", S.PCT, S.DIFF_PCT),
        Metric("Verloop", "turnover", S.PCT, S.DIFF_PCT),
    )),
    ("Circulatie en vergrijzing", (
        Metric("Circulatie binnen de regio", "circulation_share", S.PCT, S.DIFF_PCT),
        Metric("Aandeel 55+", "share_55_plus", S.PCT, S.DIFF_PCT),
        Metric("Aandeel 60+", "share_60_plus", S.PCT, S.DIFF_PCT),
    )),
)

DEFINITIONS = (
    "Vacaturegraad = open fte / (bezette fte + open fte). Vacatures \u2265 3 maanden open = aandeel van de open "
    "vacatures dat 3 maanden of langer openstaat (moeilijk vervulbaar). Verloop = vertrekkers in de 12 maanden "
    "voor de peildatum / gemiddeld aantal personen. Circulatie binnen de regio = aandeel van de instromers dat "
    "van een andere organisatie in de regio kwam. Aandeel 55+ en 60+ = personen van die leeftijd / alle personen. "
    "Verschillen van percentages zijn in procentpunten."
)


def _period_labels(content: ExportContent) -> list[str | int]:
    current, previous = content.reference_date, content.previous_date
    if previous is None:
        return [current.strftime("%d-%m-%Y")]
    if current.year != previous.year:
        return [current.year, previous.year, "verschil"]
    return [current.strftime("%d-%m-%Y"), previous.strftime("%d-%m-%Y"), "verschil"]


def _write_block(ws: Worksheet, row: int, content: ExportContent, title: str,
                 metrics: tuple[Metric, ...]) -> tuple[int, list[int], int]:
    """One table; returns the next free row, its header rows and its last column."""
    periods = _period_labels(content)
    width = len(periods)
    S.section(ws, row, title)
    row += 1
    last_column = FIRST_FIGURE_COLUMN + width * len(metrics) - 1
    S.header(ws, row, 1, ["", ""] + [""] * (width * len(metrics)), left_columns=2)
    for k, metric in enumerate(metrics):
        column = FIRST_FIGURE_COLUMN + k * width
        S.text(ws, row, column, metric.label, style=S.HEAD, align=S.HEADER_ALIGN)  # centred over its group
        if width > 1:
            ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + width - 1)
    for column in range(1, last_column + 1):
        ws.cell(row=row, column=column).border = S.Border()
    group_row = row
    row += 1
    S.header(ws, row, 1, ["Code", "Beroep"] + periods * len(metrics), left_columns=2)
    header_row = row
    row += 1
    summary = content.summary
    previous = summary.previous_occupations
    rows: list[tuple[str | None, str, KeyFigures, KeyFigures | None]] = [
        (f.key, content.name(f.key), f, previous.get(f.key)) for f in summary.occupations]
    rows.append((None, "Regio totaal", summary.total, summary.previous_total))
    shared = content.shared
    for code, name, now, then in rows:
        S.text(ws, row, 1, code if code is not None else "")
        S.text(ws, row, 2, name, style=S.NAME)
        for k, metric in enumerate(metrics):
            column = FIRST_FIGURE_COLUMN + k * width
            now_hidden = shared.share_hidden(metric.attribute, None, code)
            then_hidden = then is not None and shared.share_hidden(metric.attribute, None, code, previous=True)
            value_now = getattr(now, metric.attribute)
            if now_hidden:
                S.mark(ws, row, column, MARK)
            else:
                S.number(ws, row, column, value_now, metric.fmt)
            if width == 1:
                continue
            value_then = getattr(then, metric.attribute) if then is not None else None
            if then_hidden:
                S.mark(ws, row, column + 1, MARK)
            else:
                S.number(ws, row, column + 1, value_then, metric.fmt)
            if now_hidden or then_hidden:
                S.mark(ws, row, column + 2, MARK)
            elif value_now is not None and value_then is not None:
                S.number(ws, row, column + 2, metric.difference(value_now, value_then), metric.diff_fmt)
        if code is None:
            S.total_row(ws, row, 1, last_column)
        row += 1
    # thin separators between the metric groups
    for k in range(1, len(metrics)):
        column = FIRST_FIGURE_COLUMN + k * width
        for r in range(group_row, row):
            cell = ws.cell(row=r, column=column)
            cell.border = S.Border(left=S.Side(style="thin", color=S.RULE_GREY),
                                   top=cell.border.top, bottom=cell.border.bottom)
    return row, [group_row, header_row], last_column


def add_key_figures(wb: Workbook, content: ExportContent) -> None:
    ws = wb.create_sheet(SHEET)
    subtitle = f"Peildatum {content.reference_date.strftime('%d-%m-%Y')}"
    if content.previous_date is not None:
        subtitle += f", vergeleken met {content.previous_date.strftime('%d-%m-%Y')}"
    subtitle += f" \u2014 {content.region}"
    row = S.title_block(ws, "Kerncijfers per beroep", subtitle)
    header_rows: list[int] = []
    last_column = FIRST_FIGURE_COLUMN
    tables = []
    for title, metrics in BLOCKS:
        start = row
        row, rows, last = _write_block(ws, row, content, title, metrics)
        tables.append(range(start, row))
        header_rows += rows
        last_column = max(last_column, last)
        row += 1
    notes_row = row
    notes = [DEFINITIONS]
    shared = content.shared
    if shared.any_hidden():
        notes.append(f"{MARK} = verborgen (kleine aantallen); zie het blad Methode.")
    row = S.note(ws, row, "\n".join(notes), last_column=last_column)
    S.fit_columns(ws, skip_rows=[1, 2, *range(notes_row, row)], header_rows=header_rows,
                  names={2: 40}, minimum=7.5)
    S.fit_row_heights(ws, range(4, row))
    tables[-1] = range(tables[-1].start, row)  # the definitions stay with the last table
    S.keep_together(ws, tables)  # a table that does not fit under the one before starts a new page
    S.print_setup(ws, content.page, "Kerncijfers per beroep", title_rows="1:2", freeze="C4")
