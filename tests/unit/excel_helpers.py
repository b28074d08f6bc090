"""Helpers for the Excel tests: writing a template, filling cells as a user would, rewriting a part
of the zip, and comparing figures."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl

from hrplanner.domain.records import RoundData
from hrplanner.services.excel import layout as L
from hrplanner.services.excel import write_templates
from hrplanner.services.register import Register

ROUND = date(2025, 12, 31)
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "excel"


def template_for(register: Register, organisation: str, folder: Path, *, prefill: bool = False,
                 name: str = "template.xlsx") -> Path:
    """One organisation's template for the 2025-12-31 round."""
    return write_templates(register, ROUND, [organisation], folder / name, prefill=prefill, overwrite=True)[0]


def set_cells(path: Path, edits: dict[tuple[str, str], object], out: Path | None = None) -> Path:
    """Type values into cells, as a user would in a spreadsheet program; returns the saved file."""
    workbook = openpyxl.load_workbook(path)
    for (sheet, cell), value in edits.items():
        workbook[sheet][cell].value = value
    target = out or path
    workbook.save(target)
    return target


def fill_with_figures(path: Path, data: RoundData, out: Path) -> Path:
    """Type one organisation's figures into an empty template, finding each row by its code (and
    sex or route) the way a person would, and each column by its header."""
    workbook = openpyxl.load_workbook(path)

    def columns(spec: L.SheetSpec) -> dict[str, int]:
        ws = workbook[spec.name]
        headers = [ws.cell(L.HEADER_ROW, n).value for n in range(1, len(spec.columns) + 1)]
        return {c.key: headers.index(c.header, i) + 1 for i, c in enumerate(spec.columns)}

    def rows(spec: L.SheetSpec, *keys: str) -> dict[tuple, int]:
        ws = workbook[spec.name]
        cols = columns(spec)
        found = {}
        for r in range(L.FIRST_ROW, ws.max_row + 1):
            found[tuple(ws.cell(r, cols[k]).value for k in keys)] = r
        return found

    sexes = {L.sex_label(s): s for s in L.STAFFING_SEXES}
    ws, cols = workbook[L.STAFFING.name], columns(L.STAFFING)
    staffing_rows = {(code, sexes.get(label)): r for (code, label), r in rows(L.STAFFING, "code", "sex").items()}
    for record in data.staffing:
        r = staffing_rows[(record.occupation, record.sex)]
        ws.cell(r, cols[f"persons:{record.age_band}"]).value = record.persons
        ws.cell(r, cols[f"fte:{record.age_band}"]).value = record.fte
    ws, cols = workbook[L.ESTABLISHMENT.name], columns(L.ESTABLISHMENT)
    est_rows = rows(L.ESTABLISHMENT, "code")
    for record in data.establishment:
        r = est_rows[(record.occupation,)]
        for key in ("budgeted_fte", "open_positions", "open_fte", "open_long"):
            ws.cell(r, cols[key]).value = getattr(record, key)
    ws, cols = workbook[L.FLOWS.name], columns(L.FLOWS)
    flow_rows = rows(L.FLOWS, "code")
    for record in data.flows:
        ws.cell(flow_rows[(record.occupation,)], cols[f"{record.direction}:{record.category}"]).value = record.persons
    ws, cols = workbook[L.TRAINING.name], columns(L.TRAINING)
    training_rows = rows(L.TRAINING, "code", "route")
    free = [r for key, r in training_rows.items() if key == (None, None)]
    for record in data.training:
        key = (record.occupation, L.route_label(record.route))
        if key in training_rows:
            r = training_rows[key]
        else:  # a combination not listed: pick it in a free row
            r = free.pop(0)
            ws.cell(r, cols["code"]).value = record.occupation
            ws.cell(r, cols["route"]).value = L.route_label(record.route)
        for attribute in ("in_training", "planned_intake", "places", "supervisors"):
            ws.cell(r, cols[attribute]).value = getattr(record, attribute)
    for record in data.sickness:
        workbook[L.SICKNESS.name].cell(L.FIRST_ROW, columns(L.SICKNESS)["percentage"]).value = record.percentage
    workbook.save(out)
    return out


def rewrite_part(source: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """Copy a zip file, passing one part's bytes through ``change``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, change(data) if info.filename == part else data)
    return target


def sheet_part(path: Path, title: str) -> str:
    """The zip part name of a sheet (xl/worksheets/sheetN.xml) by its title."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rel_id = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook).group(1)
    target = re.search(rf'<Relationship[^>]*Id="{rel_id}"[^>]*Target="([^"]+)"', rels) or \
        re.search(rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rel_id}"', rels)
    name = target.group(1).lstrip("/")
    return name if name.startswith("xl/") else f"xl/{name}"


def records(data: RoundData) -> dict[str, list]:
    """A round's figures as sorted lists of records, for equality checks."""
    return {table: sorted(getattr(data, table), key=repr)
            for table in ("staffing", "establishment", "flows", "training", "sickness")}

