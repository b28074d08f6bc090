"""Formula injection: user text written into a workbook is always a plain string that no spreadsheet
program evaluates."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import openpyxl
import pytest

from hrplanner.db import repositories as repo
from hrplanner.domain.records import OrganisationRecord
from hrplanner.services.excel import write_templates
from hrplanner.services.excel.textsafe import TRIGGERS, put_text
from hrplanner.services.register import Register
from tests.unit.excel_helpers import DATA_DIR

TEXTS = {"=": "=1+1", "+": "+31 53 123", "-": "-2+3", "@": "@SUM(A1:A2)", "\t": "\t=1+1", "\r": "\r=1+1",
         "\n": "\n=1+1", "\uff1d": "\uff1d1+1", "\uff0b": "\uff0b1+1", "\uff0d": "\uff0d1+1",
         "\uff20": "\uff20SUM(A1)"}


def test_every_trigger_is_covered():
    assert set(TEXTS) == set(TRIGGERS) == {"=", "+", "-", "@", "\t", "\r", "\n",
                                           "\uff1d", "\uff0b", "\uff0d", "\uff20"}


@pytest.mark.parametrize("trigger", list(TEXTS))
def test_text_starting_with_a_trigger_is_stored_as_a_quoted_string(trigger, tmp_path):
    text = TEXTS[trigger]
    workbook = openpyxl.Workbook()
    cell = put_text(workbook.active["B2"], text)
    assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    path = tmp_path / "t.xlsx"
    workbook.save(path)

    again = openpyxl.load_workbook(path)["Sheet"]["B2"]  # formulas kept as formulas when reading
    # an XML parser reads a carriage return as a line feed; the text stays text
    assert (again.value, again.data_type, again.quotePrefix) == (text.replace("\r", "\n"), "s", True)
    with zipfile.ZipFile(path) as archive:
        sheet, styles = archive.read("xl/worksheets/sheet1.xml"), archive.read("xl/styles.xml")
    assert re.search(rb'<c r="B2" s="1" t="(s|inlineStr)"><is><t[^>]*>', sheet)
    assert b"<f>" not in sheet
    assert re.findall(rb"<xf [^>]*>", styles.split(b"<cellXfs")[1])[1].count(b'quotePrefix="1"') == 1


def test_plain_text_is_not_quoted():
    cell = put_text(openpyxl.Workbook().active["A1"], "Stichting Boomhut")
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("Stichting Boomhut", "s", False)


def test_error_lookalike_stays_text():
    cell = put_text(openpyxl.Workbook().active["A1"], "#N/A")
    assert (cell.value, cell.data_type) == ("#N/A", "s")


def test_characters_a_worksheet_cannot_hold_are_dropped():
    cell = put_text(openpyxl.Workbook().active["A1"], "De\x00 Brug\x07wachter")
    assert cell.value == "De Brugwachter"


def test_libreoffice_keeps_the_texts_as_text():
    """textsafe_libreoffice.xlsx: the six texts written by put_text, opened and saved by LibreOffice Calc
    (tests/data/excel/make_fixtures.py). LibreOffice did not turn any into a formula."""
    path = DATA_DIR / "textsafe_libreoffice.xlsx"
    sheet = openpyxl.load_workbook(path).active
    values = [(sheet.cell(r, 1).value, sheet.cell(r, 1).data_type) for r in range(1, 7)]
    # LibreOffice writes a carriage return as a line feed; the text stays text
    assert values == [(TEXTS[t].replace("\r", "\n"), "s") for t in list(TEXTS)[:6]]  # the fixture's six
    assert b"<f>" not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")


def test_organisation_and_round_names_are_written_safely_into_templates(tmp_path):
    register = Register.create(tmp_path / "r.hrplan", region="@regio")
    name = '=HYPERLINK("http://example.invalid","klik")'
    with register.transaction() as session:
        repo.add_organisation(OrganisationRecord(name, "provider", "Enschede"), session=session)
        repo.add_round(date(2025, 12, 31), "-ronde+1", session=session)
    [path] = write_templates(register, date(2025, 12, 31), [name], tmp_path / "out")
    assert path.name == "uitvraag_2025-12-31_HYPERLINK_http_example_invalid_klik.xlsx"

    workbook = openpyxl.load_workbook(path)
    found = {}
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and any(t in cell.value for t in (name, "-ronde+1", "@regio")):
                    assert cell.data_type == "s", cell.coordinate
                    found[(sheet.title, cell.coordinate)] = (cell.value, cell.quotePrefix)
    assert found[("Toelichting", "C4")] == (name, True)
    assert found[("Toelichting", "C6")] == ("-ronde+1", True)
    assert found[("_hrplanner", "B2")] == (name, True)
    assert found[("_hrplanner", "B4")] == ("@regio", True)
    assert found[("Bezetting", "A2")] == (f"Organisatie: {name}", False)  # starts with plain text
    assert len(found) == 2 + 2 + 5 + 1  # instructions (name, round), meta (name, region), 5 topic sheets, region line
    with zipfile.ZipFile(path) as archive:
        sheets = b"".join(archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert b"HYPERLINK" in sheets  # written as text ...
    assert not re.search(rb"<f>[^<]*HYPERLINK", sheets)  # ... never as a formula
