"""Collection templates: sheets, meta data and version, protection with only the input cells open,
formats and dropdowns, last round's figures, print setup, file names and the refusals."""

from __future__ import annotations

from datetime import date

import openpyxl
from openpyxl.utils import get_column_letter
import pytest

from hrplanner.db import repositories as repo
from hrplanner.domain.records import OrganisationRecord
from hrplanner.services.errors import NotFoundError, RoundClosedError, ServiceError
from hrplanner.services.excel import layout as L
from hrplanner.services.excel import write_templates
from hrplanner.services.excel.template import safe_file_stem
from tests.unit.excel_helpers import ROUND, template_for
from tests.unit.helpers import small_register


@pytest.fixture
def small(tmp_path):
    return small_register(tmp_path / "small.hrplan")


@pytest.fixture
def workbook(small, tmp_path):
    return openpyxl.load_workbook(template_for(small, "A", tmp_path))


def test_sheets_and_their_visibility(workbook):
    assert workbook.sheetnames == ["Toelichting", "Lijsten", "Bezetting", "Formatie en vacatures",
                                   "In- en uitstroom", "Opleiding", "Verzuim", "_hrplanner"]
    states = {ws.title: ws.sheet_state for ws in workbook.worksheets}
    assert states["Lijsten"] == "hidden" and states["_hrplanner"] == "veryHidden"
    assert {t for t, s in states.items() if s == "visible"} == {"Toelichting", *(s.name for s in L.TOPIC_SHEETS)}
    assert workbook.active.title == "Toelichting"
    assert workbook.security.lockStructure  # hidden sheets cannot be shown or renamed
    assert workbook.security.workbookPassword is None


def test_meta_sheet_and_defined_name_hold_the_version_organisation_and_date(workbook):
    meta = {row[0]: row[1] for row in workbook["_hrplanner"].iter_rows(values_only=True)}
    assert meta["template_version"] == L.TEMPLATE_VERSION == 1
    assert (meta["organisation"], meta["reference_date"], meta["region"]) == ("A", "2025-12-31", "Testregio")
    assert workbook.defined_names[L.VERSION_NAME].attr_text == "'_hrplanner'!$B$1"


def test_organisation_and_round_are_shown_on_every_sheet(workbook):
    assert workbook["Toelichting"]["C4"].value == "A"
    assert workbook["Toelichting"]["C5"].value.date() == ROUND
    for spec in L.TOPIC_SHEETS:
        ws = workbook[spec.name]
        assert ws["A2"].value == "Organisatie: A"
        assert ws["A3"].value == "Peildatum: 31-12-2025"


def test_every_sheet_is_protected_without_password_and_only_inputs_are_open(workbook):
    unlocked: dict[str, set[str]] = {}
    for ws in workbook.worksheets:
        assert ws.protection.sheet, ws.title
        assert ws.protection.password is None and ws.protection.hashValue is None
        unlocked[ws.title] = {c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked}
    # staffing: 12 occupations x 3 sexes = rows 7..42; inputs D..S (7 + 7 bands, 2 control totals)
    staffing = {f"{col}{r}" for r in range(7, 43) for col in "DEFGHIJKLMNOPQRS"}
    assert unlocked["Bezetting"] == staffing
    assert unlocked["Formatie en vacatures"] == {f"{col}{r}" for r in range(7, 19) for col in "CDEF"}
    assert unlocked["In- en uitstroom"] == {f"{col}{r}" for r in range(7, 19) for col in "CDEFGHIJKLM"}
    # training: 11 occupations with a route (not OP) in rows 7..17, free rows 18..23 with code and route open
    training = {f"{col}{r}" for r in range(7, 24) for col in "DEFG"} | {f"{col}{r}" for r in range(18, 24) for col in "AC"}
    assert unlocked["Opleiding"] == training
    assert unlocked["Verzuim"] == {"B7"}
    assert unlocked["Toelichting"] == unlocked["Lijsten"] == unlocked["_hrplanner"] == set()


def test_input_cells_are_formatted_and_validated(workbook):
    staffing = workbook["Bezetting"]
    assert staffing["D7"].number_format == "0" and staffing["K7"].number_format == "0.00"
    assert staffing["D7"].fill.fgColor.rgb == staffing["S42"].fill.fgColor.rgb == "00FFF2CC"
    rules = {(dv.type, dv.operator, dv.formula1, dv.formula2): str(dv.sqref) for dv in staffing.data_validations.dataValidation}
    assert rules[("whole", "greaterThanOrEqual", "0", None)] == "D7:D42 E7:E42 F7:F42 G7:G42 H7:H42 I7:I42 J7:J42 R7:R42"
    assert rules[("decimal", "greaterThanOrEqual", "0", None)] == "K7:K42 L7:L42 M7:M42 N7:N42 O7:O42 P7:P42 Q7:Q42 S7:S42"
    sickness = workbook["Verzuim"]
    assert [(dv.type, dv.formula1, dv.formula2, str(dv.sqref)) for dv in sickness.data_validations.dataValidation] == [
        ("decimal", "0", "100", "B7")]
    assert sickness["B7"].number_format == "0.0"


def test_occupation_and_route_dropdowns_come_from_the_hidden_list_sheet(workbook):
    lists = {(dv.formula1, str(dv.sqref)) for dv in workbook["Opleiding"].data_validations.dataValidation
             if dv.type == "list"}
    assert lists == {("='Lijsten'!$A$2:$A$13", "A18:A23"), ("='Lijsten'!$C$2:$C$4", "C18:C23")}
    columns = list(workbook["Lijsten"].iter_cols(values_only=True))
    assert columns[0] == ("Code", "PM", "JZW", "JGP", "SW", "GW", "OG", "GZ", "KJP", "KP", "KJPS", "VT", "OP")
    assert columns[2][:4] == ("Opleidingsroute", "MBO-BBL", "HBO/WO-stage", "Postmasterplaats (GZ/OG)")
    assert columns[3][:8] == ("Leeftijdsklasse", "<25", "25-34", "35-44", "45-54", "55-59", "60-64", "65+")


def test_rows_list_every_occupation_and_the_sexes(workbook):
    staffing = workbook["Bezetting"]
    assert [staffing.cell(r, 1).value for r in range(7, 43, 3)] == [
        "PM", "JZW", "JGP", "SW", "GW", "OG", "GZ", "KJP", "KP", "KJPS", "VT", "OP"]
    assert [staffing.cell(r, 3).value for r in (25, 26, 27)] == ["Vrouwen", "Mannen", "Onbekend"]
    assert staffing["B25"].value == "GZ-psycholoog"
    assert [workbook["Opleiding"].cell(r, 3).value for r in (7, 13, 17)] == [
        "MBO-BBL", "Postmasterplaats (GZ/OG)", "HBO/WO-stage"]


def test_last_rounds_figures_are_shown_in_grey_and_inputs_are_empty(workbook):
    staffing = workbook["Bezetting"]
    # A, GZ, 2024-12-31: 9 women aged 35-44 with 7.2 fte; no men
    assert (staffing["T25"].value, staffing["U25"].value) == (9, 7.2)
    assert (staffing["T26"].value, staffing["U26"].value) == (None, None)
    assert staffing["T25"].font.color.rgb == "007F7F7F" and staffing["T25"].protection.locked
    # JGP women (row 13): 10 persons, 8.0 fte
    assert (staffing["T13"].value, staffing["U13"].value) == (10, 8.0)
    # the flow sheet shows last round's persons, the start of the period
    assert workbook["In- en uitstroom"]["N13"].value == 9
    inputs = [staffing.cell(r, c).value for r in range(7, 43) for c in range(4, 20)]
    assert set(inputs) == {None}


def test_prefill_puts_this_rounds_figures_in_the_inputs(small, tmp_path):
    workbook = openpyxl.load_workbook(template_for(small, "A", tmp_path, prefill=True))
    staffing = workbook["Bezetting"]
    assert (staffing["F25"].value, staffing["M25"].value) == (6, 4.8)   # GZ women 35-44
    assert (staffing["I26"].value, staffing["P26"].value) == (2, 1.6)   # GZ men 60-64
    assert [workbook["Formatie en vacatures"].cell(13, c).value for c in range(3, 7)] == [8.0, 2, 1.6, 1]
    assert workbook["Verzuim"]["B7"].value == 5.5


def test_help_formulas_and_print_setup(workbook):
    establishment = workbook["Formatie en vacatures"]
    assert establishment["G13"].value == "=SUMPRODUCT(('Bezetting'!$A$7:$A$42=$A13)*'Bezetting'!$K$7:$Q$42)"
    assert establishment["H13"].value == '=IF(C13="","",C13-G13-E13)'
    split = {}
    for spec in L.TOPIC_SHEETS:
        ws = workbook[spec.name]
        assert ws.page_setup.orientation == "landscape"
        assert ws.print_title_rows == "$5:$6"
        if ws.col_breaks.brk:
            split[spec.name] = ws
        else:
            assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
            assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert set(split) == {"Bezetting", "In- en uitstroom"}


def _printed_points(ws, columns: list[int]) -> float:  # noqa: ANN001
    """The size the 10-pt cells of ``columns`` print at, from the page setup and the column widths
    (each (width x 7 + 5) px at 96 dpi on an A4 landscape page with the sheet's margins)."""
    printable = 29.7 - 2.54 * (ws.page_margins.left + ws.page_margins.right)
    width = sum((ws.column_dimensions[get_column_letter(c)].width * 7 + 5) / 96 * 2.54 for c in columns)
    if ws.sheet_properties.pageSetUpPr.fitToPage:
        scale = min(1.0, printable / width)
    else:
        assert width * ws.page_setup.scale / 100 <= printable + 1e-9  # the page's columns fit the page
        scale = ws.page_setup.scale / 100
    return 10 * scale


def test_every_topic_sheet_prints_at_8_pt_or_more(workbook):
    """Fitted to one page wide, the staffing sheet's 21 columns printed at about 7 pt. A sheet too wide
    prints over pages split between groups of columns (persons | fte, joiners | leavers), at a fixed
    scale (Excel ignores manual breaks on a sheet fitted to a page count), the key columns repeated."""
    for spec in L.TOPIC_SHEETS:
        ws = workbook[spec.name]
        last = len(spec.columns)
        breaks = sorted(b.id for b in ws.col_breaks.brk)
        if not breaks:
            assert _printed_points(ws, list(range(1, last + 1))) >= 8, spec.name
            continue
        keys = []  # the leading columns outside a group: code, name (and sex)
        while not spec.columns[len(keys)].group:
            keys.append(len(keys) + 1)
        assert ws.print_title_cols == f"$A:${get_column_letter(len(keys))}"
        bounds = [len(keys), *breaks, last]
        for start, end in zip(bounds, bounds[1:]):
            # a page holds whole groups, after the repeated key columns
            assert spec.columns[start].group != spec.columns[start - 1].group or start == len(keys), spec.name
            assert _printed_points(ws, [*range(1, len(keys) + 1), *range(start + 1, end + 1)]) >= 8, spec.name
    staffing = workbook["Bezetting"]
    assert [b.id for b in staffing.col_breaks.brk] == [L.STAFFING.index("persons:65+")]  # persons | fte
    # the note wraps within the first page
    note = next(r for r in staffing.merged_cells.ranges if r.min_row == L.NOTE_ROW)
    assert note.max_col == L.STAFFING.index("persons:65+")
    assert workbook["Bezetting"].freeze_panes == "D7"
    assert workbook["Toelichting"].page_setup.orientation == "portrait"


def test_demo_templates_say_the_figures_are_fictitious(demo_path, tmp_path):
    from hrplanner.services.register import Register

    register = Register.open(demo_path)
    workbook = openpyxl.load_workbook(template_for(register, "Stichting Boomhut", tmp_path))
    assert workbook["Toelichting"]["B3"].value.startswith("FICTIEVE CIJFERS")
    assert workbook["Bezetting"]["A4"].value.startswith("FICTIEVE CIJFERS")


def test_instructions_define_the_terms_in_dutch(workbook):
    texts = {row[1]: row[2] for row in workbook["Toelichting"].iter_rows(values_only=True) if row[1]}
    for term in ("Peildatum", "Bezetting", "Formatie", "Vacature", "Moeilijk vervulbaar", "Instroom", "Uitstroom",
                 "Opleiding", "Verzuim", "Alleen totalen"):
        assert texts[term], term
    assert "3 maanden of langer" in texts["Moeilijk vervulbaar"]
    assert "01-01-2025 tot en met 31-12-2025" in texts["Peildatum"]
    assert "geen namen" in texts["Alleen totalen"].lower() or "Vermeld geen namen" in texts["Alleen totalen"]


# --- files and refusals -------------------------------------------------------------------------------


def test_all_active_organisations_get_one_file_each(small, tmp_path):
    with small.transaction() as session:
        repo.add_organisation(OrganisationRecord("Oud & Co", "provider", "Almelo", active=False), session=session)
    paths = write_templates(small, ROUND, None, tmp_path / "out")
    assert [p.name for p in paths] == ["uitvraag_2025-12-31_A.xlsx", "uitvraag_2025-12-31_B.xlsx"]
    assert all(p.parent == tmp_path / "out" for p in paths)


def test_one_organisation_to_a_file_or_a_folder(small, tmp_path):
    [path] = write_templates(small, ROUND, ["B"], tmp_path / "b.xlsx")
    assert path == tmp_path / "b.xlsx" and path.exists()
    [path] = write_templates(small, ROUND, ["B"], tmp_path)
    assert path == tmp_path / "uitvraag_2025-12-31_B.xlsx"


@pytest.mark.parametrize(("name", "stem"), [
    ("Stichting Boomhut", "Stichting_Boomhut"),
    ("Jeugdhulp Hoeksteen-Oost", "Jeugdhulp_Hoeksteen-Oost"),
    ("Zorg/Welzijn: Één \\ Twee?", "Zorg_Welzijn_Een_Twee"),
    ("../../etc/passwd", "etc_passwd"),
    ("CON", "CON_"),
    ("***", "organisatie"),
])
def test_file_names_are_sanitised(name, stem):
    assert safe_file_stem(name) == stem


def test_names_that_sanitise_alike_get_distinct_files(tmp_path):
    from hrplanner.services.register import Register

    register = Register.create(tmp_path / "r.hrplan")
    with register.transaction() as session:
        for name in ("De Brug", "De-Brug?", "De Brug!"):
            repo.add_organisation(OrganisationRecord(name, "provider", "Almelo"), session=session)
        repo.add_round(ROUND, session=session)
    paths = write_templates(register, ROUND, None, tmp_path / "out")
    assert sorted(p.name for p in paths) == ["uitvraag_2025-12-31_De-Brug.xlsx", "uitvraag_2025-12-31_De_Brug.xlsx",
                                            "uitvraag_2025-12-31_De_Brug_2.xlsx"]


def test_existing_files_are_not_overwritten_unless_asked(small, tmp_path):
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"mine")
    with pytest.raises(ServiceError, match="already exists"):
        write_templates(small, ROUND, ["A"], target)
    assert target.read_bytes() == b"mine"
    write_templates(small, ROUND, ["A"], target, overwrite=True)
    assert target.read_bytes()[:2] == b"PK"


def test_refusals(small, tmp_path):
    with pytest.raises(NotFoundError, match="No organisation named 'C'"):
        write_templates(small, ROUND, ["C"], tmp_path / "c.xlsx")
    with pytest.raises(NotFoundError, match="No round with reference date 2030-12-31"):
        write_templates(small, date(2030, 12, 31), ["A"], tmp_path / "a.xlsx")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ServiceError, match="is a file; give a folder"):
        write_templates(small, ROUND, None, tmp_path / "file")
    with small.transaction() as session:
        round_ = repo.round_by_date(ROUND, session=session)
        round_.closed = True
        session.add(round_)
    with pytest.raises(RoundClosedError, match="closed"):
        write_templates(small, ROUND, ["A"], tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists() and not (tmp_path / "c.xlsx").exists()


def test_unwritable_or_wrong_targets_are_clear_errors(small, tmp_path):
    (tmp_path / "plain").write_text("x")
    with pytest.raises(ServiceError, match=r"Cannot write .*plain/sub/a\.xlsx"):
        write_templates(small, ROUND, ["A"], tmp_path / "plain" / "sub" / "a.xlsx")
    with pytest.raises(ServiceError, match=r"a\.xls: a template file name must end in \.xlsx"):
        write_templates(small, ROUND, ["A"], tmp_path / "a.xls")
    with pytest.raises(ServiceError, match="is a file; give a folder"):
        write_templates(small, ROUND, ["A"], tmp_path / "plain")


def test_the_flow_period_of_a_leap_year_round_starts_on_1_january(small, tmp_path):
    # 2024 has 29 February: the 12 months up to 31-12-2024 start on 01-01-2024 (366 days), not 02-01
    path = write_templates(small, date(2024, 12, 31), ["A"], tmp_path / "t2024.xlsx")[0]
    sheet = openpyxl.load_workbook(path)["Toelichting"]
    texts = {row[1]: row[2] for row in sheet.iter_rows(values_only=True) if row[1]}
    assert "over de 12 maanden ervoor (01-01-2024 tot en met 31-12-2024)" in texts["Peildatum"]
