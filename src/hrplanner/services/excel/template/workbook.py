"""One organisation's collection template as a workbook: the instructions, the hidden dropdown lists,
one sheet per topic, and the very hidden meta sheet with the template version, the organisation and
the reference date, which the importer checks."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection

import hrplanner
from hrplanner.domain import reference as ref
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.template import content as C
from hrplanner.services.excel.template import styles as S
from hrplanner.services.excel.template.sheets_instructions import write_instructions
from hrplanner.services.excel.template.sheets_topic import write_topic
from hrplanner.services.excel.textsafe import put_text


def build_workbook(context: C.TemplateContext) -> Workbook:
    """The template of one organisation as an openpyxl workbook (not yet saved)."""
    wb = Workbook()
    instructions = wb.active
    instructions.title = L.INSTRUCTIONS_SHEET
    write_instructions(instructions, context)
    lists = _write_lists(wb, context)
    write_topic(wb, L.STAFFING, C.staffing_rows(context), context, lists, freeze="D7")
    write_topic(wb, L.ESTABLISHMENT, C.establishment_rows(context), context, lists, freeze="C7")
    write_topic(wb, L.FLOWS, C.flow_rows(context), context, lists, freeze="C7")
    write_topic(wb, L.TRAINING, C.training_rows(context), context, lists, freeze="D7")
    write_topic(wb, L.SICKNESS, C.sickness_rows(context), context, lists, freeze=None)
    _write_meta(wb, context)
    wb.active = 0
    wb.security = WorkbookProtection(lockStructure=True)
    wb.properties.creator = f"hrplanner {hrplanner.__version__}"
    wb.properties.title = f"Uitvraag {context.reference_date.isoformat()} {context.organisation}"[:250]
    return wb


def _write_lists(wb: Workbook, context: C.TemplateContext) -> dict[str, str]:
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
        put_text(ws.cell(1, number), header).font = S.BOLD
        for row, value in enumerate(values, start=2):
            put_text(ws.cell(row, number), value)
        ranges[key] = f"{sheet}!${letter}$2:${letter}${max(len(values), 1) + 1}"
        ws.column_dimensions[letter].width = 36 if key == "name" else 18
    ws.sheet_state = "hidden"
    ws.protection.sheet = True
    return ranges


def _write_meta(wb: Workbook, context: C.TemplateContext) -> None:
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
