"""Writing collection templates: one Excel workbook per organisation per round, in Dutch.

A template has an instructions sheet, one sheet per topic (staffing, establishment and vacancies,
flows, training, sickness absence), a hidden sheet of dropdown lists and a very hidden meta sheet
with the template version, the organisation and the reference date. Every sheet is protected
without a password; only the yellow input cells are unlocked. Last round's figures are shown in
grey for reference. The cell positions come from :mod:`layout`, which the importer reads too.
Every text from the register goes into a cell through :func:`textsafe.put_text`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from copy import copy
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

import hrplanner
from hrplanner import files
from hrplanner.domain import reference as ref
from hrplanner.domain.records import RoundData
from hrplanner.services.errors import NotFoundError, RoundClosedError, ServiceError
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.textsafe import put_text
from hrplanner.services.register import Register

# --- look ------------------------------------------------------------------------------------------

_DARK = "1F4E78"
_TITLE_FONT = Font(name="Calibri", size=14, bold=True, color=_DARK)
_BIG_TITLE_FONT = Font(name="Calibri", size=16, bold=True, color=_DARK)
_BOLD = Font(name="Calibri", size=11, bold=True)
_NORMAL = Font(name="Calibri", size=11)
_NOTE_FONT = Font(name="Calibri", size=10, italic=True, color="404040")
_WARN_FONT = Font(name="Calibri", size=11, bold=True, color="C00000")
_GROUP_FONT = Font(name="Calibri", size=10, bold=True, color="FFFFFF")
_HEADER_FONT = Font(name="Calibri", size=10, bold=True, color="1F1F1F")
_REF_FONT = Font(name="Calibri", size=10, italic=True, color="7F7F7F")
_CELL_FONT = Font(name="Calibri", size=10)
_QUIET_FONT = Font(name="Calibri", size=10, color="A6A6A6")
_GROUP_FILL = PatternFill("solid", fgColor=_DARK)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_REF_FILL = PatternFill("solid", fgColor="EDEDED")
_FORMULA_FILL = PatternFill("solid", fgColor="E2EFDA")
_ERROR_FILL = PatternFill("solid", fgColor="F8CBAD")
_THIN = Side(style="thin", color="BFBFBF")
_GROUP_SIDE = Side(style="medium", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="top", wrap_text=True)
_LEFT = Alignment(vertical="center")
_UNLOCKED = Protection(locked=False)

_PERSONS_ERROR = "Vul een heel getal in van 0 of meer (aantal personen)."
_FTE_ERROR = "Vul een getal in van 0 of meer (fte, hoogstens twee decimalen)."
_PERCENT_ERROR = "Vul een percentage in tussen 0 en 100, bijvoorbeeld 6,3."


# --- what a template shows ----------------------------------------------------------------------


@dataclass
class TemplateContext:
    """Everything one organisation's template shows."""

    organisation: str
    reference_date: date
    round_label: str
    region: str
    fictitious: bool
    occupations: list[tuple[str, str]]  # (code, Dutch name) in register order
    current: RoundData
    previous: RoundData | None
    prefill: bool = False
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class _Row:
    values: dict[str, object] = field(default_factory=dict)
    formulas: dict[str, str] = field(default_factory=dict)
    free: bool = False
    group_end: bool = False
    #: A continuation row (men, unknown): its occupation code and name are shown in light grey.
    quiet: bool = False


# --- the service ---------------------------------------------------------------------------------


def write_templates(register: Register, round_date: date | None, organisations: Sequence[str] | None,
                    out: Path | str, *, prefill: bool = False, overwrite: bool = False) -> list[Path]:
    """Write one template per organisation; returns the files written.

    ``organisations`` None means every active organisation, and ``out`` is then a folder (created
    when missing). For one organisation ``out`` may be a file ending in .xlsx or a folder. Existing
    files are refused unless ``overwrite``; nothing is written when any target is refused.
    ``prefill`` puts the round's current figures in the input cells (for corrections).
    """
    round_ = register.round(round_date)
    if round_.closed:
        raise RoundClosedError(f"Round {round_.reference_date.isoformat()} is closed; templates collect "
                               f"figures for an open round only")
    known = {o.name: o for o in register.organisations()}
    if organisations is None:
        names = [o.name for o in register.organisations(active_only=True)]
        if not names:
            raise NotFoundError(f"{register.path.name} has no active organisations")
    else:
        names = list(dict.fromkeys(organisations))
        for name in names:
            if name not in known:
                raise NotFoundError(f"No organisation named {name!r} in {register.path.name}")
    targets = _targets(names, Path(out), round_.reference_date, single=organisations is not None)
    for target in targets.values():
        files.require_regular(target, "template")
    if not overwrite:
        existing = [p for p in targets.values() if os.path.lexists(p)]
        if existing:
            raise ServiceError(f"{existing[0]} already exists (use overwrite/--force to replace it)")

    current = register.round_data(round_)
    before = register.previous_round(round_)
    previous = register.round_data(before) if before else None
    occupations = [(o.code, o.name_nl) for o in register.occupations()]
    written = []
    for name in names:
        context = TemplateContext(
            organisation=name, reference_date=round_.reference_date, round_label=round_.label,
            region=register.region, fictitious=register.fictitious, occupations=occupations,
            current=current.for_organisation(name),
            previous=previous.for_organisation(name) if previous else None, prefill=prefill,
        )
        target = targets[name]
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            files.write_atomic(target, files.workbook_bytes(build_workbook(context)), "template")
        except files.FileProblem as exc:
            raise ServiceError(f"{exc} ({_written_so_far(written)})") from exc
        except OSError as exc:
            raise ServiceError(f"Cannot write {target}: {files.cause(exc)} ({_written_so_far(written)})") from exc
        written.append(target)
    return written


def _written_so_far(written: list[Path]) -> str:
    if not written:
        return "no template was written"
    return f"written before this: {', '.join(p.name for p in written)}"


def _targets(names: list[str], out: Path, reference_date: date, *, single: bool) -> dict[str, Path]:
    one = single and len(names) == 1
    if one and not out.is_dir() and out.suffix:
        if out.suffix.lower() != ".xlsx":
            raise ServiceError(f"{out}: a template file name must end in .xlsx (or give a folder)")
        return {names[0]: out}
    if out.exists() and not out.is_dir():
        raise ServiceError(f"{out} is a file; give a folder for the templates")
    targets: dict[str, Path] = {}
    used: set[str] = set()
    for name in names:
        stem = f"uitvraag_{reference_date.isoformat()}_{safe_file_stem(name)}"
        candidate, number = stem, 2
        while candidate.lower() in used:
            candidate, number = f"{stem}_{number}", number + 1
        used.add(candidate.lower())
        targets[name] = out / f"{candidate}.xlsx"
    return targets


_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_file_stem(name: str, max_length: int = 60) -> str:
    """A file name part from an organisation name: ASCII letters, digits, - and _ only."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_text).strip("._-")
    stem = re.sub(r"_+", "_", stem)[:max_length].strip("._-")
    if not stem:
        stem = "organisatie"
    if stem.lower() in _RESERVED:
        stem = f"{stem}_"
    return stem


# --- the workbook ----------------------------------------------------------------------------------


def build_workbook(context: TemplateContext) -> Workbook:
    """The template of one organisation as an openpyxl workbook (not yet saved)."""
    wb = Workbook()
    instructions = wb.active
    instructions.title = L.INSTRUCTIONS_SHEET
    _write_instructions(instructions, context)
    lists = _write_lists(wb, context)
    _write_topic(wb, L.STAFFING, _staffing_rows(context), context, lists, freeze="D7")
    _write_topic(wb, L.ESTABLISHMENT, _establishment_rows(context), context, lists, freeze="C7")
    _write_topic(wb, L.FLOWS, _flow_rows(context), context, lists, freeze="C7")
    _write_topic(wb, L.TRAINING, _training_rows(context), context, lists, freeze="D7")
    _write_topic(wb, L.SICKNESS, _sickness_rows(context), context, lists, freeze=None)
    _write_meta(wb, context)
    wb.active = 0
    wb.security = WorkbookProtection(lockStructure=True)
    wb.properties.creator = f"hrplanner {hrplanner.__version__}"
    wb.properties.title = f"Uitvraag {context.reference_date.isoformat()} {context.organisation}"[:250]
    return wb


def _fictitious_note(context: TemplateContext) -> str:
    return "FICTIEVE CIJFERS: dit is de demoregio; alle cijfers zijn verzonnen. " if context.fictitious else ""


def _write_lists(wb: Workbook, context: TemplateContext) -> dict[str, str]:
    """The hidden sheet of dropdown lists; returns the list ranges by name."""
    ws = wb.create_sheet(L.LISTS_SHEET)
    columns = {
        "code": ("Code", [code for code, _ in context.occupations]),
        "name": ("Functie", [name for _, name in context.occupations]),
        "route": ("Opleidingsroute", [L.route_label(r) for r in ref.TRAINING_ROUTES]),
        "band": ("Leeftijdsklasse", list(ref.AGE_BANDS)),
        "sex": ("Geslacht", [L.sex_label(s) for s in L.STAFFING_SEXES]),
    }
    ranges = {}
    sheet = quote_sheetname(L.LISTS_SHEET)
    for number, (key, (header, values)) in enumerate(columns.items(), start=1):
        letter = get_column_letter(number)
        put_text(ws.cell(1, number), header).font = _BOLD
        for row, value in enumerate(values, start=2):
            put_text(ws.cell(row, number), value)
        ranges[key] = f"{sheet}!${letter}$2:${letter}${max(len(values), 1) + 1}"
        ws.column_dimensions[letter].width = 36 if key == "name" else 18
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
    return ranges


def _write_meta(wb: Workbook, context: TemplateContext) -> None:
    ws = wb.create_sheet(L.META_SHEET)
    values = {
        "template_version": L.TEMPLATE_VERSION,
        "organisation": context.organisation,
        "reference_date": context.reference_date.isoformat(),
        "region": context.region,
        "created": context.created.isoformat(timespec="seconds"),
        "app_version": hrplanner.__version__,
        "fictitious": "1" if context.fictitious else "0",
    }
    for row, key in enumerate(L.META_KEYS, start=1):
        put_text(ws.cell(row, 1), key)
        value = values[key]
        if isinstance(value, int):
            ws.cell(row, 2, value)
        else:
            put_text(ws.cell(row, 2), value)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
    version_row = L.META_KEYS.index("template_version") + 1
    wb.defined_names[L.VERSION_NAME] = DefinedName(
        L.VERSION_NAME, attr_text=f"{quote_sheetname(L.META_SHEET)}!$B${version_row}")


# --- topic sheets -----------------------------------------------------------------------------------


def _sum(records: Iterable[object], attribute: str) -> float:
    return sum(getattr(r, attribute) for r in records)


def _staffing_rows(context: TemplateContext) -> list[_Row]:
    previous: dict[tuple[str, str], list] = defaultdict(list)
    for record in context.previous.staffing if context.previous else []:
        previous[(record.occupation, record.sex)].append(record)
    current = {(r.occupation, r.sex, r.age_band): r for r in context.current.staffing}
    rows = []
    for code, name in context.occupations:
        for sex in L.STAFFING_SEXES:
            row = _Row({"code": code, "name": name, "sex": L.sex_label(sex)},
                       group_end=sex == L.STAFFING_SEXES[-1], quiet=sex != L.STAFFING_SEXES[0])
            if (code, sex) in previous:
                row.values["prev_persons"] = int(_sum(previous[(code, sex)], "persons"))
                row.values["prev_fte"] = round(_sum(previous[(code, sex)], "fte"), 2)
            if context.prefill:
                for band in ref.AGE_BANDS:
                    record = current.get((code, sex, band))
                    if record:
                        row.values[f"persons:{band}"] = record.persons
                        row.values[f"fte:{band}"] = record.fte
            rows.append(row)
    return rows


def _establishment_rows(context: TemplateContext) -> list[_Row]:
    previous = {r.occupation: r for r in context.previous.establishment} if context.previous else {}
    current = {r.occupation: r for r in context.current.establishment}
    spec = L.STAFFING
    first, last = L.FIRST_ROW, L.FIRST_ROW + 3 * len(context.occupations) - 1
    codes = f"{quote_sheetname(spec.name)}!${spec.letter('code')}${first}:${spec.letter('code')}${last}"
    fte = (f"{quote_sheetname(spec.name)}!${spec.letter('fte:' + ref.AGE_BANDS[0])}${first}:"
           f"${spec.letter('fte:' + ref.AGE_BANDS[-1])}${last}")
    est = L.ESTABLISHMENT
    rows = []
    for number, (code, name) in enumerate(context.occupations):
        r = L.FIRST_ROW + number
        row = _Row({"code": code, "name": name})
        row.formulas["filled_fte"] = f"=SUMPRODUCT(({codes}=$A{r})*{fte})"
        row.formulas["difference"] = (f'=IF({est.letter("budgeted_fte")}{r}="","",{est.letter("budgeted_fte")}{r}'
                                      f'-{est.letter("filled_fte")}{r}-{est.letter("open_fte")}{r})')
        if code in previous:
            row.values["prev_budgeted_fte"] = previous[code].budgeted_fte
            row.values["prev_open_positions"] = previous[code].open_positions
            row.values["prev_open_long"] = previous[code].open_long
        if context.prefill and code in current:
            record = current[code]
            row.values.update(budgeted_fte=record.budgeted_fte, open_positions=record.open_positions,
                              open_fte=record.open_fte, open_long=record.open_long)
        rows.append(row)
    return rows


def _flow_rows(context: TemplateContext) -> list[_Row]:
    persons: dict[str, int] = defaultdict(int)
    flows: dict[tuple[str, str], int] = defaultdict(int)
    seen_flows: set[tuple[str, str]] = set()
    if context.previous:
        for record in context.previous.staffing:
            persons[record.occupation] += record.persons
        for record in context.previous.flows:
            flows[(record.occupation, record.direction)] += record.persons
            seen_flows.add((record.occupation, record.direction))
    current = {(r.occupation, r.direction, r.category): r.persons for r in context.current.flows}
    rows = []
    for code, name in context.occupations:
        row = _Row({"code": code, "name": name})
        if code in persons:
            row.values["prev_persons"] = persons[code]
        for direction, key in (("in", "prev_in"), ("out", "prev_out")):
            if (code, direction) in seen_flows:
                row.values[key] = flows[(code, direction)]
        if context.prefill:
            for origin in ref.ORIGINS:
                if (code, "in", origin) in current:
                    row.values[f"in:{origin}"] = current[(code, "in", origin)]
            for destination in ref.DESTINATIONS:
                if (code, "out", destination) in current:
                    row.values[f"out:{destination}"] = current[(code, "out", destination)]
        rows.append(row)
    return rows


def _training_rows(context: TemplateContext) -> list[_Row]:
    previous = {(r.occupation, r.route): r for r in context.previous.training} if context.previous else {}
    current = {(r.occupation, r.route): r for r in context.current.training}
    pairs: list[tuple[str, str]] = []
    names = dict(context.occupations)
    for code, _ in context.occupations:
        spec = ref.OCCUPATION_BY_CODE.get(code)
        if spec and spec.trainee_route:
            pairs.append((code, spec.trainee_route))
        for route in ref.TRAINING_ROUTES:
            if (code, route) not in pairs and ((code, route) in previous or (code, route) in current):
                pairs.append((code, route))
    rows = []
    for code, route in pairs:
        row = _Row({"code": code, "name": names.get(code, code), "route": L.route_label(route)})
        if (code, route) in previous:
            row.values["prev_in_training"] = previous[(code, route)].in_training
            row.values["prev_places"] = previous[(code, route)].places
        if context.prefill and (code, route) in current:
            record = current[(code, route)]
            row.values.update(in_training=record.in_training, planned_intake=record.planned_intake,
                              places=record.places, supervisors=record.supervisors)
        rows.append(row)
    first_free = L.FIRST_ROW + len(rows)
    for number in range(L.TRAINING_FREE_ROWS):
        r = first_free + number
        rows.append(_Row(free=True, formulas={
            "name": f'=IFERROR(VLOOKUP(A{r},{quote_sheetname(L.LISTS_SHEET)}!$A:$B,2,FALSE),"")'}))
    return rows


def _sickness_rows(context: TemplateContext) -> list[_Row]:
    row = _Row({"subject": L.SICKNESS_SUBJECT})
    if context.previous and context.previous.sickness:
        row.values["prev_percentage"] = context.previous.sickness[0].percentage
    if context.prefill and context.current.sickness:
        row.values["percentage"] = context.current.sickness[0].percentage
    return [row]


def _validation(kind: str) -> DataValidation:
    if kind == L.WHOLE:
        dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            error=_PERSONS_ERROR)
    elif kind == L.FTE:
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            error=_FTE_ERROR)
    else:
        dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                            allow_blank=True, error=_PERCENT_ERROR)
    dv.errorTitle = "Ongeldige waarde"
    dv.showErrorMessage = True
    return dv


def _write_header(ws: Worksheet, spec: L.SheetSpec, context: TemplateContext) -> None:
    last = len(spec.columns)
    put_text(ws.cell(L.TITLE_ROW, 1), spec.title).font = _TITLE_FONT
    put_text(ws.cell(L.ORGANISATION_ROW, 1), f"Organisatie: {context.organisation}").font = _BOLD
    put_text(ws.cell(L.DATE_ROW, 1), f"Peildatum: {context.reference_date.strftime('%d-%m-%Y')}").font = _BOLD
    note = put_text(ws.cell(L.NOTE_ROW, 1), _fictitious_note(context) + spec.note)
    note.font = _WARN_FONT if context.fictitious else _NOTE_FONT
    note.alignment = Alignment(vertical="top", wrap_text=True)
    ws.merge_cells(start_row=L.NOTE_ROW, start_column=1, end_row=L.NOTE_ROW, end_column=last)
    width = sum(c.width for c in spec.columns)
    ws.row_dimensions[L.NOTE_ROW].height = 14 * max(1, -(-len(note.value) * 1.1 // width))

    # group headers, merged over consecutive columns of the same group
    start = 1
    for number in range(1, last + 2):
        group = spec.columns[number - 1].group if number <= last else None
        if number > last or group != spec.columns[start - 1].group:
            first_group = spec.columns[start - 1].group
            if first_group:
                cell = put_text(ws.cell(L.GROUP_ROW, start), first_group)
                cell.font, cell.fill, cell.alignment = _GROUP_FONT, _GROUP_FILL, _CENTER
                for n in range(start, number):
                    ws.cell(L.GROUP_ROW, n).fill = _GROUP_FILL
                    ws.cell(L.GROUP_ROW, n).border = Border(left=_THIN, right=_THIN)
                if number - 1 > start:
                    ws.merge_cells(start_row=L.GROUP_ROW, start_column=start, end_row=L.GROUP_ROW,
                                   end_column=number - 1)
            start = number
    ws.row_dimensions[L.GROUP_ROW].height = 30
    for number, column in enumerate(spec.columns, start=1):
        cell = put_text(ws.cell(L.HEADER_ROW, number), column.header)
        cell.font, cell.fill, cell.alignment, cell.border = _HEADER_FONT, _HEADER_FILL, _CENTER, _BOX
        ws.column_dimensions[get_column_letter(number)].width = column.width
    longest = max(len(c.header) / max(c.width - 1, 1) for c in spec.columns)
    ws.row_dimensions[L.HEADER_ROW].height = 14 * min(4, max(2, int(longest) + 1))


def _cell_style(kind: str, *, free: bool, group_end: bool, group_start: bool, quiet: bool) -> dict[str, object]:
    """The look of a data cell of a column kind (free: a training row the user fills in whole;
    group_end: the last row of an occupation; group_start: the first column of a column group)."""
    border = Border(left=_GROUP_SIDE if group_start else _THIN, right=_THIN, top=_THIN,
                    bottom=_GROUP_SIDE if group_end else _THIN)
    style: dict[str, object] = {"border": border, "font": _QUIET_FONT if quiet else _CELL_FONT}
    if kind in L.INPUT_KINDS or (free and kind == L.KEY):
        style.update(fill=_INPUT_FILL, protection=_UNLOCKED)
        if kind in L.INPUT_KINDS:
            style["number_format"] = L.NUMBER_FORMATS[kind]
    elif kind in L.REFERENCE_KINDS:
        style.update(fill=_REF_FILL, font=_REF_FONT, number_format=L.NUMBER_FORMATS[kind])
    elif kind == L.FORMULA:
        style.update(fill=_FORMULA_FILL, number_format=L.NUMBER_FORMATS[kind])
    if kind in (L.KEY, L.LABEL):
        style["alignment"] = _LEFT
    return style


def _write_topic(wb: Workbook, spec: L.SheetSpec, rows: list[_Row], context: TemplateContext,
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
                style = _cell_style(column.kind, free=row.free, group_end=row.group_end, group_start=look[3],
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
    _protect_and_print(ws, spec)
    return ws


def _add_validations(ws: Worksheet, spec: L.SheetSpec, rows: list[_Row], lists: dict[str, str],
                     last: int) -> None:
    validations = {kind: _validation(kind) for kind in L.INPUT_KINDS}
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
                               fill=_ERROR_FILL)
            ws.conditional_formatting.add(f"{col}{first}:{col}{last}", rule)
    elif spec is L.ESTABLISHMENT:
        long_, open_ = spec.letter("open_long"), spec.letter("open_positions")
        rule = FormulaRule(formula=[f'AND({long_}{first}<>"",{long_}{first}>N({open_}{first}))'], fill=_ERROR_FILL)
        ws.conditional_formatting.add(f"{long_}{first}:{long_}{last}", rule)


def _protect_and_print(ws: Worksheet, spec: L.SheetSpec | None) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.selectLockedCells = False
    ws.protection.selectUnlockedCells = False
    ws.page_setup.orientation = "landscape" if spec is not None else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.75
    ws.page_margins.footer = 0.3
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Pagina &P van &N"
    if spec is not None:
        ws.print_title_rows = f"{L.GROUP_ROW}:{L.HEADER_ROW}"


# --- instructions ----------------------------------------------------------------------------------


def _instruction_sections(context: TemplateContext) -> list[tuple[str, list[tuple[str, str]]]]:
    day = context.reference_date
    start = day - timedelta(days=364) if day.month != 2 or day.day != 29 else day - timedelta(days=365)
    d = day.strftime("%d-%m-%Y")
    bands = ", ".join(ref.AGE_BANDS)
    origins = ", ".join(L.ORIGIN_HEADERS[o].lower() for o in ref.ORIGINS)
    destinations = ", ".join(L.DESTINATION_HEADERS[d].lower() for d in ref.DESTINATIONS)
    routes = ", ".join(L.route_label(r) for r in ref.TRAINING_ROUTES)
    return [
        ("Zo vult u dit bestand in", [
            ("1.", "Vul alleen de gele cellen in. De andere cellen zijn beveiligd (zonder wachtwoord); "
                   "verander niets aan bladnamen, regels en kolommen."),
            ("2.", "Typ getallen, zonder eenheden of tekst. fte met hoogstens twee decimalen (0,75). "
                   "Het verzuim als percentage (6,3 voor 6,3%). Gebruik geen formules: typ de uitkomst."),
            ("3.", "Een lege gele cel telt als 0. Alleen de formatie mag leeg blijven als die niet "
                   "bekend is. Vul alleen regels in voor functies die u in dienst heeft."),
            ("4.", "Grijze kolommen tonen uw cijfers van de vorige peildatum, ter vergelijking. Groene "
                   "kolommen rekenen mee; een rode cel wijst op een fout of verschil."),
            ("5.", "Sla het bestand op als Excel-werkmap (.xlsx), zonder wachtwoord en zonder macro's, "
                   "en stuur het terug aan de regionale coördinator. Een nieuwe inzending vervangt de vorige."),
        ]),
        ("Begrippen", [
            ("Peildatum", f"De datum waarop de cijfers betrekking hebben: {d}. Bezetting, formatie, "
                          f"vacatures en opleiding tellen op die dag; in- en uitstroom tellen over de 12 "
                          f"maanden ervoor ({start.strftime('%d-%m-%Y')} tot en met {d})."),
            ("Bezetting", "Het aantal personen (hoofden) en fte dat op de peildatum bij uw organisatie in "
                          "dienst is, per functie, leeftijdsklasse en geslacht. Tel iedereen één keer, in de "
                          "functie met de meeste uren."),
            ("fte", "Voltijdbanen: 1 fte is een volledige werkweek volgens uw cao. Iemand die de helft "
                    "werkt telt als 1 persoon en 0,5 fte."),
            ("Leeftijdsklasse", f"Leeftijd op de peildatum, in de klassen {bands}."),
            ("Formatie", "De begrote fte voor de functie. Formatie = bezette fte + openstaande "
                         "vacature-fte; een verschil mag, en wordt getoond, niet gecorrigeerd."),
            ("Vacature", "Een openstaande positie waarvoor u op de peildatum werft: het aantal vacatures "
                         "en de fte daarvan."),
            ("Moeilijk vervulbaar", "Een vacature die op de peildatum 3 maanden of langer openstaat."),
            ("Instroom", f"Personen die in de 12 maanden tot de peildatum in de functie bij u in dienst "
                         f"kwamen, naar herkomst: {origins}."),
            ("Uitstroom", f"Personen die in die 12 maanden uit dienst gingen, naar bestemming: "
                          f"{destinations}."),
            ("Opleiding", f"Per functie en opleidingsroute ({routes}): het aantal mensen in opleiding op "
                          f"de peildatum, de geplande instroom volgend jaar, het aantal opleidingsplaatsen "
                          f"(praktijk-, stage- of BBL-plaatsen) dat u aanbiedt en het aantal "
                          f"gekwalificeerde praktijkbegeleiders."),
            ("Verzuim", "Het ziekteverzuimpercentage van de hele organisatie; nooit per persoon."),
        ]),
        ("Privacy en mededinging", [
            ("Alleen totalen", "Dit bestand vraagt alleen aantallen. Vermeld geen namen, geboortedata, "
                               "personeelsnummers of salarissen."),
            ("Kleine aantallen", "In overzichten die buiten uw organisatie gedeeld worden, blijven cellen "
                                 "met kleine aantallen (standaard minder dan 5 personen) verborgen."),
            ("Mededinging", "De regio deelt alleen samengetelde cijfers om samen op te leiden en te "
                            "plannen; er worden geen afspraken gemaakt over werving of salarissen."),
        ]),
    ]


def _text_height(text: str, width: float) -> float:
    """Row height for wrapped text (spreadsheet programs do not size rows of generated files)."""
    lines = max(1, -(-len(text) // int(width * 1.12)))
    return 15.0 * lines + 2


def _write_instructions(ws: Worksheet, context: TemplateContext) -> None:
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 92
    ws.sheet_view.showGridLines = False
    put_text(ws["B1"], "Uitvraag personeelsgegevens jeugdhulp").font = _BIG_TITLE_FONT
    ws.row_dimensions[1].height = 24
    put_text(ws["B2"], f"Regio {context.region}").font = _NORMAL
    row = 3
    if context.fictitious:
        put_text(ws.cell(row, 2), _fictitious_note(context).strip()).font = _WARN_FONT
    info = [("Organisatie", context.organisation), ("Peildatum", context.reference_date),
            ("Ronde", context.round_label or context.reference_date.isoformat())]
    first = ws[L.INSTRUCTIONS_ORGANISATION_CELL]
    for number, (label, value) in enumerate(info):
        put_text(ws.cell(first.row + number, first.column - 1), label).font = _BOLD
        cell = ws.cell(first.row + number, first.column)
        if isinstance(value, date):
            cell.value = value
            cell.number_format = "DD-MM-YYYY"
            cell.alignment = Alignment(horizontal="left")
        else:
            put_text(cell, value)
        cell.font = _BOLD
    row = 8
    put_text(ws.cell(row, 2), "Kleuren").font = _BOLD
    legend = [(_INPUT_FILL, "Invullen"), (_REF_FILL, "Vorige peildatum (ter vergelijking)"),
              (_FORMULA_FILL, "Rekent mee (niet invullen)"), (_ERROR_FILL, "Fout of verschil: controleer")]
    for number, (fill, text) in enumerate(legend):
        cell = put_text(ws.cell(row + number, 3), text)
        cell.fill, cell.border, cell.font = fill, _BOX, _NORMAL
    row += len(legend) + 1
    for heading, items in _instruction_sections(context):
        cell = put_text(ws.cell(row, 2), heading)
        cell.font = _TITLE_FONT
        ws.row_dimensions[row].height = 22
        row += 1
        for term, text in items:
            put_text(ws.cell(row, 2), term).font = _BOLD
            ws.cell(row, 2).alignment = _WRAP
            body = put_text(ws.cell(row, 3), text)
            body.alignment, body.font = _WRAP, _NORMAL
            ws.row_dimensions[row].height = _text_height(text, 92)
            row += 1
        row += 1
    cell = put_text(ws.cell(row, 2), "De bladen")
    cell.font = _TITLE_FONT
    row += 1
    for spec in L.TOPIC_SHEETS:
        put_text(ws.cell(row, 2), spec.name).font = _BOLD
        body = put_text(ws.cell(row, 3), spec.title)
        body.alignment, body.font = _WRAP, _NORMAL
        row += 1
    row += 1
    created = context.created.astimezone().strftime("%d-%m-%Y %H:%M")
    footer = put_text(ws.cell(row, 2), f"Sjabloonversie {L.TEMPLATE_VERSION}, gemaakt op {created} met "
                                       f"hrplanner {hrplanner.__version__}.")
    footer.font = _NOTE_FONT
    _protect_and_print(ws, None)
