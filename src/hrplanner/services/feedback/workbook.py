"""The feedback report as an Excel workbook (Dutch, print-ready), in the house style of the meeting
workbook (:mod:`hrplanner.services.export.styles`): the report with the sentences and the table, a
page of native Excel charts, and how the figures are made.

Only the organisation's own figures and disclosed group figures (:mod:`.content`) reach a cell; a
hidden group figure is the disclosure layer's one grey mark ("x") with a footnote. Files are written atomically, as the meeting
workbook is.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from hrplanner import colours
from hrplanner.domain.disclosure.rules import MARK, DisclosureError, Rules
from hrplanner.services.errors import NotFoundError, ServiceError
from hrplanner.services.excel.template import safe_file_stem
from hrplanner.services.export import styles as S
from hrplanner.services.export.sheets_charts import _axes, _small_title, _text_properties
from hrplanner.services.export.workbook import check_target, save_atomic
from hrplanner.services.register import Register

from .content import HIDDEN_NONE, METRICS, MIN_ORGANISATIONS, FeedbackContent, Published, gather, peer_group_shown, \
    shared_plan

log = logging.getLogger(__name__)

REPORT_SHEET = "Uw cijfers"
CHART_SHEET = "Grafieken"
METHOD_SHEET = "Toelichting"
HIDDEN_MARK = MARK  # the one mark of every shared output
FICTITIOUS_LINE = "FICTIEVE CIJFERS \u2014 DEMOREGIO"

#: Series colours, the same meanings as in the app: own = the current round's blue.
OWN = colours.hex6(colours.CURRENT)
PEER = colours.hex6(colours.BLUISH_GREEN)
REGION = colours.hex6(colours.ORANGE)
PREVIOUS = colours.hex6(colours.PREVIOUS)
LAST_COLUMN = 8


def _date(value) -> str:  # noqa: ANN001 - date or None
    return value.strftime("%d-%m-%Y") if value is not None else "geen"


def _group_value(ws, row: int, column: int, published: Published, fmt: str) -> None:  # noqa: ANN001
    if published.shown:
        S.number(ws, row, column, published.value, fmt)
    else:
        S.mark(ws, row, column, HIDDEN_MARK if published.hidden != HIDDEN_NONE else "\u2013")


def _fmt(percent: bool) -> str:
    return S.PCT if percent else S.ONE


def _report_sheet(wb: Workbook, content: FeedbackContent) -> None:
    ws = wb.create_sheet(REPORT_SHEET)
    S.text(ws, 1, 1, f"Uw cijfers naast de regio \u2014 {content.organisation}", style=S.TITLE)
    ws.row_dimensions[1].height = 22
    S.text(ws, 2, 1, f"Terugkoppeling van de dataronde {content.region}, peildatum {_date(content.reference_date)}",
           style=S.SUBTITLE)
    row = 4
    wrapped: list[int] = []
    if content.fictitious:
        S.text(ws, row, 1, FICTITIOUS_LINE, font=S.WARNING_FONT, fill=S.WARNING_FILL_STYLE,
               align=Alignment(horizontal="center", vertical="center"))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST_COLUMN)
        ws.row_dimensions[row].height = 24
        row += 2
    intro = (f"Dank voor het aanleveren van uw cijfers. Hieronder staan de cijfers van {content.organisation} "
             f"naast die van de hele regio ({content.organisations_in_region} organisaties) en van "
             f"{content.peer_label} ({content.organisations_in_peer} organisaties, uw eigen organisatie "
             "meegeteld). Het rapport bevat geen cijfers van andere afzonderlijke organisaties.")
    if content.organisations_in_peer < MIN_ORGANISATIONS:
        intro += (f" Met {content.peer_label} wordt niet vergeleken: dat zijn er minder dan {MIN_ORGANISATIONS}, "
                  "en dan zou u hun cijfers kunnen afleiden.")
    elif not peer_group_shown(content.organisations_in_peer, content.organisations_in_region):
        intro += (f" Met {content.peer_label} wordt niet vergeleken: buiten die groep zijn er minder dan "
                  f"{MIN_ORGANISATIONS} organisaties, en het verschil met de regio zou hun cijfers verraden.")
    wrapped.append(row)
    row = S.paragraph(ws, row, intro, last_column=LAST_COLUMN) + 1
    S.section(ws, row, "In het kort")
    row += 1
    for metric in content.metrics:
        S.text(ws, row, 1, "\u2022", style=S.TEXT, align=Alignment(horizontal="right", vertical="top"))
        S.text(ws, row, 2, metric.sentence, style=S.TEXT)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=LAST_COLUMN)
        wrapped.append(row)
        row += 1
    if content.plan is not None:
        S.text(ws, row, 1, "\u2022", style=S.TEXT, align=Alignment(horizontal="right", vertical="top"))
        S.text(ws, row, 2, plan_sentence(content), style=S.TEXT)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=LAST_COLUMN)
        wrapped.append(row)
        row += 1

    row += 1
    S.section(ws, row, "Kerncijfers")
    row += 1
    S.header(ws, row, 1, ["Kengetal", "", "Uw organisatie", "Vorige peildatum", "Verandering",
                          "Regio", "Regio vorige peildatum", content.peer_label.capitalize()], left_columns=2)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    wrapped.append(row)
    row += 1
    for metric in content.metrics:
        fmt = _fmt(metric.spec.percent)
        S.text(ws, row, 1, metric.spec.label, style=S.NAME)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        wrapped.append(row)
        S.number(ws, row, 3, metric.own, fmt, style=S.BOLD)
        S.number(ws, row, 4, metric.own_previous, fmt)
        if metric.own is not None and metric.own_previous is not None:
            S.number(ws, row, 5, metric.own - metric.own_previous, S.DIFF_PCT if metric.spec.percent else S.DIFF_ONE)
        _group_value(ws, row, 6, metric.region, fmt)
        _group_value(ws, row, 7, metric.region_previous, fmt)
        _group_value(ws, row, 8, metric.peer, fmt)
        row += 1
    row += 1
    notes = [
        f"Vorige peildatum: {_date(content.previous_date)}. Verandering: uw cijfer nu min dat van de vorige "
        "peildatum (bij percentages in procentpunten).",
        f"{HIDDEN_MARK} = niet getoond: een groep van minder dan 3 organisaties, of een cijfer over minder dan "
        f"{content.threshold} personen, wordt niet gedeeld. \u2013 = geen cijfer (niets om door te delen).",
        "Definities: " + "; ".join(f"{m.spec.label.lower()} = {m.spec.definition}" for m in content.metrics) + ".",
    ]
    if content.plan_note:
        notes.append(content.plan_note)
    for text in notes:
        wrapped.append(row)
        row = S.note(ws, row, text, last_column=LAST_COLUMN)
    # The peer group's heading wraps between words only: its column is as wide as its longest word
    # (bold, about a letter a unit, plus the cell's margins); the page scales to its width.
    peer_width = max(17, max(len(word) for word in content.peer_label.split()) + 3)
    widths = (2, 29, 11, 10, 11, 8, 10, peer_width)
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    S.fit_row_heights(ws, wrapped)
    S.print_setup(ws, content.page, "Uw cijfers naast de regio", title_rows=None, freeze=None, landscape=False)
    ws.print_area = f"A1:{get_column_letter(LAST_COLUMN)}{row}"


def plan_sentence(content: FeedbackContent) -> str:
    from .content import dutch_number

    plan = content.plan
    assert plan is not None
    if not plan.region_places:
        return "Het gezamenlijke opleidingsplan vraagt dit jaar geen extra opleidingsplaatsen."
    share = f"{dutch_number(plan.share * 100)}%" if plan.share is not None else "-"
    text = (f"Volgens het gezamenlijke opleidingsplan leidt u {plan.own_places} van de {plan.region_places} "
            f"plaatsen per jaar in de regio op ({share})")
    if plan.own_fte_share is not None:
        text += f"; uw aandeel in de fte van de regio is {dutch_number(plan.own_fte_share * 100)}%"
    return text + "."


def _chart_sheet(wb: Workbook, content: FeedbackContent) -> None:
    ws = wb.create_sheet(CHART_SHEET)
    S.text(ws, 1, 1, "Grafieken", style=S.TITLE)
    ws.row_dimensions[1].height = 22
    peers_shown = any(m.peer.shown for m in content.metrics)
    S.text(ws, 2, 1, f"{content.organisation} (blauw) naast " +
           (f"{content.peer_label} (groen) en de regio (oranje)" if peers_shown else "de regio (oranje)"),
           style=S.SUBTITLE)
    # The figures the charts read, as a small table on the same page.
    data_row = 37  # below the two charts (rows 4-20 and 22-34), on the same printed page
    S.section(ws, data_row - 1, "Cijfers bij de grafieken")
    S.header(ws, data_row, 1, ["Kengetal", "Uw organisatie", content.peer_label.capitalize(), "Regio",
                               "Uw organisatie, vorige peildatum"], left_columns=1)
    row = data_row + 1
    for metric in content.metrics:
        fmt = _fmt(metric.spec.percent)
        S.text(ws, row, 1, metric.spec.label, style=S.NAME)
        S.number(ws, row, 2, metric.own, fmt)
        _group_value(ws, row, 3, metric.peer, fmt)
        _group_value(ws, row, 4, metric.region, fmt)
        S.number(ws, row, 5, metric.own_previous, fmt)
        row += 1
    row = S.note(ws, row + 1, f"{HIDDEN_MARK} = niet getoond, in de grafiek een ontbrekende staaf: te weinig "
                              "organisaties of personen.", last_column=5)
    # Trainees per 100 fte are on another scale: they stay in the table, not in the percentage charts.
    percent_rows = [data_row + 1 + k for k, m in enumerate(content.metrics) if m.spec.percent]

    def chart(title: str, first: int, last: int, columns: tuple[int, ...], fill: tuple[str, ...],
              number_format: str) -> BarChart:
        c = BarChart()
        c.type = "bar"
        c.grouping = "clustered"
        c.title = _small_title(title, 1100)
        for column, colour in zip(columns, fill):
            c.add_data(Reference(ws, min_col=column, max_col=column, min_row=data_row, max_row=last),
                       titles_from_data=False)
            series = c.series[-1]
            series.tx = SeriesLabel(strRef=StrRef(f"'{CHART_SHEET}'!${get_column_letter(column)}${data_row}"))
            series.val.numRef.f = (f"'{CHART_SHEET}'!${get_column_letter(column)}${first}:"
                                   f"${get_column_letter(column)}${last}")
            series.graphicalProperties = GraphicalProperties(solidFill=colour)
            series.invertIfNegative = False
        c.set_categories(Reference(ws, min_col=1, max_col=1, min_row=first, max_row=last))
        _axes(c, number_format=number_format)
        c.x_axis.scaling.orientation = "maxMin"
        c.y_axis.scaling.min = 0
        c.legend.position = "b"
        c.legend.txPr = _text_properties(900)
        c.gapWidth = 60
        return c

    if percent_rows:
        # without a peer group (too few organisations of the kind) the chart has no empty series for it
        columns, fills = ((2, 3, 4), (OWN, PEER, REGION)) if peers_shown else ((2, 4), (OWN, REGION))
        now = chart("Uw organisatie naast de anderen (%)", percent_rows[0], percent_rows[-1], columns, fills, "0%")
        now.width, now.height = 17.0, 8.5
        ws.add_chart(now, "A4")
        trend = chart("Uw organisatie nu en bij de vorige peildatum (%)", percent_rows[0], percent_rows[-1],
                      (5, 2), (PREVIOUS, OWN), "0%")
        trend.width, trend.height = 17.0, 6.5
        ws.add_chart(trend, "A22")
    widths = (34, 14, 20, 11, 17)
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    S.fit_row_heights(ws, [data_row])
    S.print_setup(ws, content.page, "Grafieken", title_rows=None, freeze=None, landscape=False)
    ws.print_area = f"A1:E{row}"


def _method_sheet(wb: Workbook, content: FeedbackContent) -> None:
    ws = wb.create_sheet(METHOD_SHEET)
    S.text(ws, 1, 1, "Hoe dit rapport is gemaakt", style=S.TITLE)
    ws.row_dimensions[1].height = 22
    S.text(ws, 2, 1, f"Gemaakt op {datetime.now().strftime('%d-%m-%Y %H:%M')} met hrplanner {content.version}",
           style=S.SUBTITLE)
    paragraphs = [
        ("Wat er in staat",
         f"De cijfers van {content.organisation} op de peildatum {_date(content.reference_date)}, zoals uw "
         f"organisatie ze heeft aangeleverd, naast die van de vorige peildatum ({_date(content.previous_date)}). "
         f"Daarnaast dezelfde kengetallen voor de hele regio {content.region} en voor {content.peer_label} "
         "in de regio; in beide groepen telt uw eigen organisatie mee."),
        ("Wat er niet in staat",
         "Geen cijfers van andere afzonderlijke organisaties en geen namen van andere organisaties. "
         "Groepscijfers worden alleen getoond als de groep uit ten minste 3 organisaties met cijfers bestaat en "
         f"het cijfer over ten minste {content.threshold} personen gaat; anders staat er \"{HIDDEN_MARK}\"."),
        ("Kengetallen",
         "\n".join(f"{m.label} = {m.definition}." for m in METRICS) + "\nVerloop en circulatie gaan over de 12 "
         "maanden voor de peildatum; het gemiddeld aantal personen is het gemiddelde van de vorige en deze "
         "peildatum."),
        ("Gezamenlijk opleidingsplan",
         "Het instroomadvies van de regio per beroep, verdeeld over de organisaties naar hun aandeel in de fte "
         "en begrensd door het aantal praktijkbegeleiders (dezelfde verdeling als in het stuurgroepoverzicht)."),
        ("Privacy",
         "Alle cijfers zijn totalen over groepen medewerkers: geen namen, geen salarissen, geen gegevens over "
         "individuele medewerkers."),
    ]
    row = 4
    wrapped = []
    for heading, body in paragraphs:
        S.section(ws, row, heading)
        row += 1
        wrapped.append(row)
        row = S.paragraph(ws, row, body, last_column=2) + 1
    if content.fictitious:
        wrapped.append(row)
        row = S.note(ws, row, "De organisaties en cijfers van de demoregio zijn verzonnen.", last_column=2)
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 30
    S.fit_row_heights(ws, wrapped)
    S.print_setup(ws, content.page, "Toelichting", title_rows=None, freeze=None, landscape=False)


def build(content: FeedbackContent) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    S.prepare(wb)
    wb.properties.title = f"Terugkoppeling \u2014 {S.clean_text(content.organisation)}"
    wb.properties.creator = f"hrplanner {content.version}"
    _report_sheet(wb, content)
    _chart_sheet(wb, content)
    _method_sheet(wb, content)
    wb.active = 0
    return wb


def _audited(content: FeedbackContent) -> FeedbackContent:
    """The content, once the interval attack on its group figures has found nothing (else a ServiceError)."""
    try:
        content.audit()
    except DisclosureError as exc:
        raise ServiceError(str(exc)) from None
    return content


def write_feedback(register: Register, organisation: str, out_path: Path | str, *, round_date=None,  # noqa: ANN001
                   rules: Rules | None = None) -> Path:
    """Write one organisation's report to ``out_path`` (.xlsx); returns the path."""
    path = check_target(out_path)
    content = _audited(gather(register, organisation, round_date, rules))
    save_atomic(build(content), path)
    log.info("wrote the feedback report of %s to %s", organisation, path)
    return path


def write_feedback_reports(register: Register, organisations: list[str] | None, out: Path | str, *,
                           round_date=None, rules: Rules | None = None,  # noqa: ANN001
                           overwrite: bool = False) -> list[Path]:
    """Reports for several organisations (None: every one with figures in the round) into a folder, or
    for one organisation into a .xlsx file or a folder. Existing files are refused unless ``overwrite``."""
    from .content import _with_figures, report_round

    out = Path(out)
    day = report_round(register, round_date)
    if organisations is None:
        present = _with_figures(register.round_data(register.round(day)))
        names = [o.name for o in register.organisations() if o.name in present]
        if not names:
            raise NotFoundError(f"No organisation has figures in round {day.isoformat()}")
    else:
        names = list(dict.fromkeys(organisations))
    if len(names) == 1 and out.suffix.lower() == ".xlsx":
        targets = {names[0]: out}
    else:
        if out.exists() and not out.is_dir():
            raise ServiceError(f"{out} is a file; give a folder for several reports")
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServiceError(f"Cannot make the folder {out}: {exc.strerror or exc}") from None
        targets = {n: out / f"Terugkoppeling {safe_file_stem(n)} {day.isoformat()}.xlsx" for n in names}
    if not overwrite:
        for target in targets.values():
            if target.exists():
                raise ServiceError(f"{target} already exists (use overwrite/--force to replace it)")
    plan = shared_plan(register, day)  # one training plan for every report of the round
    # every check (the audit too) before any file
    contents = [_audited(gather(register, name, day, rules, plan)) for name in names]
    written = []
    for content in contents:
        path = check_target(targets[content.organisation])
        save_atomic(build(content), path)
        written.append(path)
    return written
