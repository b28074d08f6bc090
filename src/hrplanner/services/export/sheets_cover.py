"""The cover sheet (Voorblad): what the workbook is about, for which round and scenario, whether the
figures are fictitious, and a clickable table of contents."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Font
from openpyxl.workbook import Workbook

from . import sheets_projection
from . import styles as S
from .content import ExportContent

SHEET = "Voorblad"

FICTITIOUS_LINE = "Fictieve cijfers \u2014 demoregio"


def _date(value) -> str:  # noqa: ANN001 - date or None
    return value.strftime("%d-%m-%Y") if value is not None else "geen (eerste peildatum)"


#: Deviations from the basis listed on the cover at most (the rest: on the Aannames sheet).
MAX_DEVIATIONS = 15
LAST_COLUMN = 5


def _merge(ws, row: int) -> None:  # noqa: ANN001 - Worksheet
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=LAST_COLUMN)


def add_cover(wb: Workbook, content: ExportContent, contents: Sequence[tuple[str, str]]) -> None:
    """The cover; ``contents`` lists (sheet name, what it shows) for the table of contents."""
    ws = wb.create_sheet(SHEET)
    S.text(ws, 1, 2, "Arbeidsmarkt jeugdhulp", font=Font(name=S.FONT_NAME, size=20, bold=True, color=S.NAVY))
    ws.row_dimensions[1].height = 30
    S.text(ws, 2, 2, f"Overzicht voor de stuurgroep \u2014 {content.region}",
           font=Font(name=S.FONT_NAME, size=13, color=S.NAVY))
    ws.row_dimensions[2].height = 20
    row = 4
    if content.fictitious:
        S.text(ws, row, 2, FICTITIOUS_LINE, font=S.WARNING_FONT, fill=S.WARNING_FILL_STYLE,
               align=Alignment(horizontal="center", vertical="center"))
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=LAST_COLUMN)
        ws.row_dimensions[row].height = 28
        row += 1
        S.note(ws, row, "Alle organisaties en cijfers in deze werkmap zijn verzonnen; ze dienen om het programma "
                        "te leren kennen en zeggen niets over echte organisaties.", column=2, last_column=LAST_COLUMN)
        row += 2

    facts: list[tuple[str, str]] = [
        ("Regio", content.region),
        ("Peildatum", _date(content.reference_date)),
        ("Vergeleken met peildatum", _date(content.previous_date)),
        ("Scenario", content.scenario),
    ]
    if content.scenario_description:
        facts.append(("Omschrijving scenario", content.scenario_description))
    facts += [
        ("Variant van de raming", "midden"),
        ("Kleine aantallen", f"cellen met minder dan {content.threshold} personen zijn verborgen"),
        ("Gemaakt op", content.exported_at.strftime("%d-%m-%Y %H:%M")),
        ("Gemaakt met", f"hrplanner {content.version}"),
    ]
    wrapped = []
    for label, value in facts:
        S.text(ws, row, 2, label, style=S.BOLD, align=Alignment(vertical="top"))
        S.text(ws, row, 3, value, style=S.TEXT)
        _merge(ws, row)
        wrapped.append(row)
        row += 1

    changed = sheets_projection.deviations(content)
    if content.scenario != "basis":
        row += 1
        S.section(ws, row, "Wat dit scenario anders doet dan de basis", column=2)
        row += 1
        if not changed:
            S.text(ws, row, 2, "Niets: alle aannames zijn gelijk aan de basis.")
            row += 1
        else:
            S.header(ws, row, 2, ["Beroep", "Aanname", "Scenario (midden)", "Basis (midden)"], left_columns=2)
            wrapped.append(row)
            row += 1
            for code, key, value, base in changed[:MAX_DEVIATIONS]:
                _, label, fmt = sheets_projection.parameter_label(key)
                S.text(ws, row, 2, content.name(code), style=S.TEXT)
                S.text(ws, row, 3, label, style=S.TEXT)
                S.number(ws, row, 4, value.mid if value is not None else None, fmt, style=S.BOLD)
                S.number(ws, row, 5, base.mid if base is not None else None, fmt)
                wrapped.append(row)
                row += 1
            if len(changed) > MAX_DEVIATIONS:
                row = S.note(ws, row, f"en {len(changed) - MAX_DEVIATIONS} andere: zie het blad Aannames (geel).",
                             column=2, last_column=LAST_COLUMN)

    row += 1
    S.section(ws, row, "Inhoud", column=2)
    row += 1
    S.header(ws, row, 2, ["Blad", "Wat staat erop", "", ""], left_columns=4)
    _merge(ws, row)
    row += 1
    for name, what in contents:
        cell = S.text(ws, row, 2, name, style=S.LINK)
        cell.hyperlink = f"#'{name}'!A1"
        S.text(ws, row, 3, what, style=S.TEXT)
        _merge(ws, row)
        wrapped.append(row)
        row += 1

    row += 1
    S.note(ws, row, "Alle cijfers zijn totalen over groepen medewerkers. De werkmap bevat geen namen, geen "
                    "salarissen en geen gegevens over individuele medewerkers.", column=2, last_column=LAST_COLUMN)

    for column, width in zip("ABCDE", (2, 28, 80, 16, 16)):
        ws.column_dimensions[column].width = width
    S.fit_row_heights(ws, wrapped)
    S.print_setup(ws, content.page, "Voorblad", title_rows="1:2", freeze="A3")
