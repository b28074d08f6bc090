"""The topic sheets of a collection template (staffing, establishment and vacancies, flows,
training, sickness absence): the header with title, organisation and reference date, the data rows
laid out by :mod:`..layout`, the input checks and the conditional formats that colour a broken rule
while the user types."""

from __future__ import annotations

from copy import copy

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from hrplanner.domain import reference as ref
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.template import styles as S
from hrplanner.services.excel.template.content import TemplateContext, TemplateRow, fictitious_note
from hrplanner.services.excel.textsafe import put_text


def _write_header(ws: Worksheet, spec: L.SheetSpec, context: TemplateContext) -> None:
    last = len(spec.columns)
    put_text(ws.cell(L.TITLE_ROW, 1), spec.title).font = S.TITLE_FONT
    put_text(ws.cell(L.ORGANISATION_ROW, 1), f"Organisatie: {context.organisation}").font = S.BOLD
    put_text(ws.cell(L.DATE_ROW, 1), f"Peildatum: {context.reference_date.strftime('%d-%m-%Y')}").font = S.BOLD
    note = put_text(ws.cell(L.NOTE_ROW, 1), fictitious_note(context) + spec.note)
    note.font = S.WARN_FONT if context.fictitious else S.NOTE_FONT
    note.alignment = Alignment(vertical="top", wrap_text=True)
    # over the first printed page's columns only (a wide sheet prints over several: styles.page_groups)
    first_page = S.page_groups(spec)[0]
    ws.merge_cells(start_row=L.NOTE_ROW, start_column=1, end_row=L.NOTE_ROW, end_column=first_page[-1])
    width = sum(spec.columns[n - 1].width for n in first_page)
    ws.row_dimensions[L.NOTE_ROW].height = 14 * max(1, -(-len(note.value) * 1.1 // width))

    # group headers, merged over consecutive columns of the same group
    start = 1
    for number in range(1, last + 2):
        group = spec.columns[number - 1].group if number <= last else None
        if number > last or group != spec.columns[start - 1].group:
            first_group = spec.columns[start - 1].group
            if first_group:
                cell = put_text(ws.cell(L.GROUP_ROW, start), first_group)
                cell.font, cell.fill, cell.alignment = S.GROUP_FONT, S.GROUP_FILL, S.CENTER
                for n in range(start, number):
                    ws.cell(L.GROUP_ROW, n).fill = S.GROUP_FILL
                    ws.cell(L.GROUP_ROW, n).border = Border(left=S.THIN, right=S.THIN)
                if number - 1 > start:
                    ws.merge_cells(start_row=L.GROUP_ROW, start_column=start, end_row=L.GROUP_ROW,
                                   end_column=number - 1)
            start = number
    ws.row_dimensions[L.GROUP_ROW].height = 30
    for number, column in enumerate(spec.columns, start=1):
        cell = put_text(ws.cell(L.HEADER_ROW, number), column.header)
        cell.font, cell.fill, cell.alignment, cell.border = S.HEADER_FONT, S.HEADER_FILL, S.CENTER, S.BOX
        ws.column_dimensions[get_column_letter(number)].width = column.width
    longest = max(len(c.header) / max(c.width - 1, 1) for c in spec.columns)
    ws.row_dimensions[L.HEADER_ROW].height = 14 * min(4, max(2, int(longest) + 1))


def write_topic(wb: Workbook, spec: L.SheetSpec, rows: list[TemplateRow], context: TemplateContext,
                 lists: dict[str, str], *, freeze: str | None) -> Worksheet:
    ws = wb.create_sheet(spec.name)
    _write_header(ws, spec, context)
    # Styling each cell through openpyxl's properties is slow; style one cell per look and copy
    # its style array to the others.
    prototypes: dict[tuple[str, bool, bool, bool, bool], object] = {}
    starts = {n for n, c in enumerate(spec.columns) if c.group and (n == 0 or spec.columns[n - 1].group != c.group)}
    for row_number, row in enumerate(rows, start=L.FIRST_ROW):
        for number, column in enumerate(spec.columns, start=1):
            cell = ws.cell(row_number, number)
            look = (column.kind, row.free, row.group_end, number - 1 in starts,
                    row.quiet and column.key in ("code", "name"))
            if look in prototypes:
                cell._style = copy(prototypes[look])
            else:
                style = S.cell_style(column.kind, free=row.free, group_end=row.group_end, group_start=look[3],
                                    quiet=look[4])
                for name, value in style.items():
                    setattr(cell, name, value)
                prototypes[look] = cell._style
            if column.key in row.formulas:
                cell.value = row.formulas[column.key]
                continue
            value = row.values.get(column.key)
            if isinstance(value, str):
                put_text(cell, value)
            elif value is not None:
                cell.value = value
    last = L.FIRST_ROW + len(rows) - 1
    _add_validations(ws, spec, rows, lists, last)
    _add_checks(ws, spec, L.FIRST_ROW, last)
    if freeze:
        ws.freeze_panes = freeze
    S.protect_and_print(ws, spec)
    return ws


def _add_validations(ws: Worksheet, spec: L.SheetSpec, rows: list[TemplateRow], lists: dict[str, str],
                     last: int) -> None:
    validations = {kind: S.validation(kind) for kind in L.INPUT_KINDS}
    for column in spec.inputs():
        validations[column.kind].add(f"{spec.letter(column.key)}{L.FIRST_ROW}:{spec.letter(column.key)}{last}")
    free = [n for n, row in enumerate(rows, start=L.FIRST_ROW) if row.free]
    if free:
        code_list = DataValidation(type="list", formula1=f"={lists['code']}", allow_blank=True,
                                   error="Kies een functiecode uit de lijst.", errorTitle="Onbekende functie")
        route_list = DataValidation(type="list", formula1=f"={lists['route']}", allow_blank=True,
                                    error="Kies een opleidingsroute uit de lijst.", errorTitle="Onbekende route")
        code_list.add(f"{spec.letter('code')}{free[0]}:{spec.letter('code')}{free[-1]}")
        route_list.add(f"{spec.letter('route')}{free[0]}:{spec.letter('route')}{free[-1]}")
        validations.update(code=code_list, route=route_list)
    for dv in validations.values():
        if dv.sqref:
            dv.showErrorMessage = True
            ws.add_data_validation(dv)


def _add_checks(ws: Worksheet, spec: L.SheetSpec, first: int, last: int) -> None:
    """Conditional formats that colour a cell breaking a rule while the user types."""
    if last < first:
        return
    if spec is L.STAFFING:
        persons = f"{spec.letter('persons:' + ref.AGE_BANDS[0])}{first}:{spec.letter('persons:' + ref.AGE_BANDS[-1])}{first}"
        fte = f"{spec.letter('fte:' + ref.AGE_BANDS[0])}{first}:{spec.letter('fte:' + ref.AGE_BANDS[-1])}{first}"
        for key, bands in (("total_persons", persons), ("total_fte", fte)):
            col = spec.letter(key)
            rule = FormulaRule(formula=[f'AND({col}{first}<>"",ABS({col}{first}-SUM({bands}))>0.005)'],
                               fill=S.ERROR_FILL)
            ws.conditional_formatting.add(f"{col}{first}:{col}{last}", rule)
    elif spec is L.ESTABLISHMENT:
        long_, open_ = spec.letter("open_long"), spec.letter("open_positions")
        rule = FormulaRule(formula=[f'AND({long_}{first}<>"",{long_}{first}>N({open_}{first}))'], fill=S.ERROR_FILL)
        ws.conditional_formatting.add(f"{long_}{first}:{long_}{last}", rule)
