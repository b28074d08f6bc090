"""The coordination sheets (MODEL.md 5): the regional coordination figures per occupation and per
organisation (Coördinatie), the shared training plan (Opleidingsplan), and per-organisation tables of
persons, fte, open vacancies and trainees by occupation (Per organisatie).

Each table is at most about ten columns wide, so that it prints across a landscape page at 8 pt or more:
the per-organisation figures are two tables (staff, then training), and the plan, whose columns are the
occupations, has a sheet of its own.

Both go beyond one organisation, so small numbers are hidden as :mod:`.shared` decided, all with the one
mark x. A ratio is hidden where the count it is built from is hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from hrplanner.domain import reference as ref
from hrplanner.domain.coordination import notes as coordination_notes
from hrplanner.domain.figures import KeyFigures
from hrplanner.domain.disclosure import MARK

from . import styles as S
from .content import ExportContent
from .shared import Grid

COORDINATION_SHEET = "Co\u00f6rdinatie"
PLAN_SHEET = "Opleidingsplan"
ORGANISATIONS_SHEET = "Per organisatie"

RATIOS: tuple[tuple[str, str], ...] = (
    ("Vacaturegraad", "vacancy_rate"),
    ("Vacatures \u2265 3 mnd open", "long_open_share"),
    ("Verloop", "turnover"),
    ("Circulatie binnen de regio", "circulation_share"),
    ("Aandeel 55+", "share_55_plus"),
    ("Aandeel 60+", "share_60_plus"),
)


def legend(content: ExportContent) -> str:
    """The plain sentence about what is hidden and why (the methods sheet explains it in full)."""
    return f"{MARK} = verborgen. {content.rules.describe('nl')}"


def _count(ws: Worksheet, row: int, column: int, grid: Grid, r: str | None, c: str | None, fmt: str = S.INT,
           value: float | None = None, bold: bool = False) -> bool:
    """A count from a suppressed grid (or ``value`` under the grid's mask); True when hidden."""
    if grid.hidden(r, c):
        S.mark(ws, row, column, grid.mark(r, c))
        return True
    shown = grid.value(r, c) if value is None else value
    S.number(ws, row, column, int(round(shown)) if fmt == S.INT else shown, fmt,
             style=S.BOLD if bold else None)
    return False


def _ratio(ws: Worksheet, row: int, column: int, value: float | None, hidden: bool, fmt: str = S.PCT) -> None:
    if hidden:
        S.mark(ws, row, column, MARK)
    else:
        S.number(ws, row, column, value, fmt)


def _notes(ws: Worksheet, row: int, texts: list[str], last_column: int) -> int:
    """Footnotes in one merged cell, a line each (one merge is much cheaper than one per note)."""
    return S.note(ws, row, "\n".join(texts), last_column=last_column)


# --- Coördinatie --------------------------------------------------------------------------------------


def add_coordination(wb: Workbook, content: ExportContent) -> None:
    ws = wb.create_sheet(COORDINATION_SHEET)
    shared = content.shared
    figures = content.coordination.figures
    texts = dict(coordination_notes("nl"))
    S.title_block(ws, "Regionale co\u00f6rdinatie",
                  f"Peildatum {content.reference_date.strftime('%d-%m-%Y')} \u2014 waar de tekorten zitten en wie "
                  f"opleidt. {MARK} = verborgen (kleine aantallen; zie het blad Methode).")
    row = 4
    headers: list[int] = []
    breaks: list[int] = []

    # Per occupation (the region), with what the figures mean under it.
    S.section(ws, row, "Per beroep (hele regio)")
    row += 1
    labels = ["Beroep", "Personen", *(label for label, _ in RATIOS), "Leerlingen", "Leerlingen per 100 fte"]
    S.header(ws, row, 1, labels, left_columns=1)
    headers.append(row)
    row += 1
    for code in [*shared.occupations, None]:
        group = figures.by_occupation.get(code) if code is not None else figures.region
        now: KeyFigures = group.current if group is not None else KeyFigures(code or "")
        S.text(ws, row, 1, content.name(code) if code is not None else "Regio totaal", style=S.NAME)
        hidden = _count(ws, row, 2, shared.persons, None, code, bold=code is None)
        for k, (_, attribute) in enumerate(RATIOS):
            _ratio(ws, row, 3 + k, getattr(now, attribute), shared.share_hidden(attribute, None, code))
        trainees_hidden = _count(ws, row, 3 + len(RATIOS), shared.trainees, None, code)
        _ratio(ws, row, 4 + len(RATIOS), now.trainees_per_100_fte, hidden or trainees_hidden, S.ONE)
        if code is None:
            S.total_row(ws, row, 1, len(labels))
        row += 1
    row += 1
    width = len(labels)
    S.section(ws, row, "Wat deze cijfers zeggen, en wat niet")
    row += 1
    for key in ("what", "moving", "training", "not"):
        row = S.paragraph(ws, row, texts[key], last_column=width)

    # Per organisation: the staff, then (on the next page) the training, each table with the names.
    effort = {e.organisation: e for e in figures.training_effort}
    breaks.append(row)
    S.section(ws, row, "Per organisatie (alle beroepen samen): personeel")
    row += 1
    labels = ["Organisatie", "Personen", *(label for label, _ in RATIOS)]
    S.header(ws, row, 1, labels, left_columns=1)
    headers.append(row)
    row += 1
    for organisation in [*shared.organisations, None]:
        now = figures.region.current if organisation is None else figures.by_organisation[organisation].current
        S.text(ws, row, 1, organisation if organisation is not None else "Regio totaal", style=S.NAME)
        _count(ws, row, 2, shared.persons, organisation, None, bold=organisation is None)
        for k, (_, attribute) in enumerate(RATIOS):
            _ratio(ws, row, 3 + k, getattr(now, attribute), shared.share_hidden(attribute, organisation, None))
        if organisation is None:
            S.total_row(ws, row, 1, len(labels))
        row += 1
    row += 1
    breaks.append(row)
    S.section(ws, row, "Per organisatie (alle beroepen samen): opleiden en aannemen")
    row += 1
    labels = ["Organisatie", "Leerlingen", "Leerlingen per 100 fte", "Aandeel in de leerlingen van de regio",
              "Aandeel in de aanname van pas gediplomeerden", "Verschil opleiden min aannemen"]
    S.header(ws, row, 1, labels, left_columns=1)
    headers.append(row)
    row += 1
    for organisation in [*shared.organisations, None]:
        if organisation is None:
            now = figures.region.current
            S.text(ws, row, 1, "Regio totaal", style=S.NAME)
        else:
            now = figures.by_organisation[organisation].current
            S.text(ws, row, 1, organisation, style=S.NAME)
        hidden = shared.persons.hidden(organisation, None)
        trainees_hidden = _count(ws, row, 2, shared.trainees, organisation, None, bold=organisation is None)
        _ratio(ws, row, 3, now.trainees_per_100_fte, hidden or trainees_hidden, S.ONE)
        hires_hidden = shared.hires_from_education.hidden(organisation, None)
        if organisation is None:
            training_share = 1.0 if shared.trainees.value(None, None) else None
            hiring_share = 1.0 if shared.hires_from_education.value(None, None) else None
        else:
            e = effort.get(organisation)
            training_share = e.training_share if e is not None else None
            hiring_share = e.hiring_share if e is not None else None
        _ratio(ws, row, 4, training_share, trainees_hidden)
        _ratio(ws, row, 5, hiring_share, hires_hidden)
        balance = None if training_share is None or hiring_share is None else training_share - hiring_share
        _ratio(ws, row, 6, balance, trainees_hidden or hires_hidden, S.DIFF_PCT)
        if organisation is None:
            S.total_row(ws, row, 1, len(labels))
        row += 1
    row += 1
    row = S.note(ws, row, legend(content), last_column=width)
    for at in breaks:
        ws.row_breaks.append(Break(id=at - 1))
    S.fit_columns(ws, skip_rows=[1, 2], header_rows=headers, names={1: 40}, minimum=8)
    S.fit_row_heights(ws, range(4, row))
    S.print_setup(ws, content.page, "Regionale co\u00f6rdinatie", title_rows="1:2", freeze="B3")


def add_plan(wb: Workbook, content: ExportContent) -> None:
    """The shared training plan on a sheet of its own: its columns are the occupations."""
    ws = wb.create_sheet(PLAN_SHEET)
    S.title_block(ws, "Gezamenlijk opleidingsplan",
                  f"Peildatum {content.reference_date.strftime('%d-%m-%Y')} \u2014 nieuwe leerlingen per jaar per "
                  f"organisatie en beroep, scenario {content.scenario}.")
    plan_rows = _write_plan(ws, 4, content)
    S.fit_columns(ws, skip_rows=[1, 2], header_rows=[plan_rows.start + 1], names={1: 40}, minimum=7)
    S.fit_row_heights(ws, range(4, plan_rows.stop))
    S.print_setup(ws, content.page, "Gezamenlijk opleidingsplan", title_rows="1:2", freeze="B3")


def _write_plan(ws: Worksheet, row: int, content: ExportContent) -> range:
    """The shared training plan: places a year per organisation and occupation, with today's places."""
    start = row
    plan = content.plan
    texts = dict(coordination_notes("nl"))
    rule = {"fte": "naar aandeel fte", "shortage": "naar aandeel in het tekort", "equal": "gelijk verdeeld"}
    S.section(ws, row, "Nieuwe leerlingen per jaar")
    row += 1
    codes = [o.occupation for o in plan.occupations]
    S.header(ws, row, 1, ["Organisatie", *codes, "Totaal", "Praktijkplaatsen nu"], left_columns=1)
    row += 1
    organisations = sorted({line.organisation for o in plan.occupations for line in o.lines
                            if line.places or line.today_places or line.basis})
    places = {(line.organisation, o.occupation): line for o in plan.occupations for line in o.lines}
    capped = False
    for organisation in organisations:
        S.text(ws, row, 1, organisation, style=S.NAME)
        total = today = 0
        for k, code in enumerate(codes):
            line = places.get((organisation, code))
            if line is None:
                continue
            font = None
            # at the cap, the places give the supervisors away: marked only where those are shown
            if line.at_cap and not content.shared.supervisors.hidden(organisation, code):
                font = Font(name=S.FONT_NAME, size=S.FONT_SIZE, bold=line.places > 0, color=S.VERMILLION)
                capped = True
            S.number(ws, row, 2 + k, line.places, S.INT, font=font)
            total += line.places
            today += line.today_places
        S.number(ws, row, 2 + len(codes), total, S.INT, style=S.BOLD)
        S.number(ws, row, 3 + len(codes), today, S.INT)
        row += 1
    summary_rows: list[tuple[str, Callable]] = [
        ("Totaal gepland", lambda o: o.planned),
        ("Advies regio (plaatsen per jaar)", lambda o: o.advice),
        ("Praktijkplaatsen nu", lambda o: o.today_places),
        ("Instroom nu gepland", lambda o: o.today_intake),
    ]
    for label, get in summary_rows:
        S.text(ws, row, 1, label)
        for k, occupation in enumerate(plan.occupations):
            S.number(ws, row, 2 + k, get(occupation), S.INT)
        S.number(ws, row, 2 + len(codes), sum(get(o) for o in plan.occupations), S.INT)
        S.total_row(ws, row, 1, 3 + len(codes))
        row += 1
    row += 1
    lines = [
        f"Verdeling {rule.get(plan.rule, plan.rule)}, begrensd door de beschikbare praktijkbegeleiders "
        f"({plan.places_per_supervisor} nieuwe leerling per begeleider per jaar); het advies is het "
        f"instroomadvies van scenario {content.scenario} voor het eerste evenwichtsjaar, naar boven afgerond."
    ]
    if capped:
        lines.append("Rood: de organisatie zit aan haar maximum (rood 0: geen praktijkbegeleiders); meer "
                     "plaatsen vragen meer begeleiders. Waar het aantal begeleiders verborgen is, staat dit niet "
                     "aangegeven.")
    short = [f"{ref.occupation_name('nl', o.occupation, (o.name_nl, o.name_en))}: {o.shortfall} plaats(en)"
             for o in plan.occupations if o.shortfall > 0 and not content.shared.supervisors.hidden(None, o.occupation)]
    if short:
        lines.append("Niet te verdelen omdat begeleiders ontbreken: " + "; ".join(short) + ".")
    notes = [o for o in plan.occupations if o.rule_note]
    if notes:
        lines.append("Regel aangepast: " + "; ".join(f"{o.occupation}: gelijk aan fte-verdeling" for o in notes) + ".")
    if plan.advice_note or any(o.advice_source == "placeholder" for o in plan.occupations):
        lines.append("Waar de raming geen advies geeft, is de nu geplande instroom gebruikt.")
    lines.append("Een lege cel: de organisatie heeft niemand in dat beroep. Codes van de beroepen: zie het blad "
                 "Kerncijfers. Plaatsen zijn opleidingsplaatsen, geen personen; ze worden niet verborgen.")
    width = 3 + len(codes)
    row = _notes(ws, row, lines, width)
    row += 1
    for key in ("plan", "law"):
        row = S.paragraph(ws, row, texts[key], last_column=width)
    return range(start, row)


# --- Per organisatie ------------------------------------------------------------------------------------


def add_per_organisation(wb: Workbook, content: ExportContent) -> None:
    ws = wb.create_sheet(ORGANISATIONS_SHEET)
    shared = content.shared
    figures = content.coordination.figures
    codes = list(shared.occupations)
    organisations = list(shared.organisations)
    # The subtitle is the legend, and repeats on every page with the column headers.
    S.title_block(ws, "Per organisatie en beroep",
                  f"Peildatum {content.reference_date.strftime('%d-%m-%Y')}. {MARK} = verborgen (kleine aantallen; "
                  "zie onder de tabellen en het blad Methode).")
    header_row = 4
    S.header(ws, header_row, 1, ["Organisatie", *codes, "Totaal"], left_columns=1)
    row = header_row + 1
    last_column = len(codes) + 2

    def pair(organisation: str, code: str, attribute: str) -> float:
        group = figures.by_pair.get((organisation, code))
        return float(getattr(group.current, attribute)) if group is not None else 0.0

    def organisation_total(organisation: str | None, attribute: str) -> float:
        if organisation is None:
            return float(getattr(figures.region.current, attribute))
        return float(getattr(figures.by_organisation[organisation].current, attribute))

    def occupation_total(code: str, attribute: str) -> float:
        return float(getattr(figures.by_occupation[code].current, attribute))

    blocks = [
        ("Personen (aantal)", shared.persons, "persons", S.INT),
        ("Fte", shared.persons, "fte", S.ONE),
        ("Open vacatures (aantal)", shared.persons, "open_positions", S.INT),
        ("Leerlingen in opleiding (aantal)", shared.trainees, "in_training", S.INT),
    ]
    for index, (title, grid, attribute, fmt) in enumerate(blocks):
        if index:
            ws.row_breaks.append(Break(id=row - 1))
        S.section(ws, row, title)
        row += 1
        for organisation in [*organisations, None]:
            S.text(ws, row, 1, organisation if organisation is not None else "Regio totaal", style=S.NAME)
            for k, code in enumerate([*codes, None]):
                if organisation is None and code is None:
                    value = organisation_total(None, attribute)
                elif organisation is None:
                    value = occupation_total(code, attribute)
                elif code is None:
                    value = organisation_total(organisation, attribute)
                else:
                    value = pair(organisation, code, attribute)
                _count(ws, row, 2 + k, grid, organisation, code, fmt, value=value, bold=code is None)
            if organisation is None:
                S.total_row(ws, row, 1, last_column)
            row += 1
        row += 1
    row = _notes(ws, row, [legend(content),
                           "Fte en open vacatures zijn verborgen waar het aantal personen verborgen is. Codes van "
                           "de beroepen: zie het blad Kerncijfers."], last_column)
    S.fit_columns(ws, skip_rows=[1, 2], header_rows=[header_row], names={1: 40}, minimum=7)
    S.fit_row_heights(ws, range(header_row, row))
    S.print_setup(ws, content.page, "Per organisatie en beroep", title_rows=f"1:{header_row}",
                  freeze=f"B{header_row + 1}")
