"""Importing filled-in templates: a round trip of a demo organisation's figures, every rule triggered
from a file (the problem named by sheet, cell, value and rule, the register unchanged), no-op
re-imports, the audit entry, and a template re-saved by LibreOffice."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hrplanner.db import repositories as repo
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
    TrainingRecord,
)
from hrplanner.services.excel import (
    CANCELLED,
    IMPORTED,
    NEEDS_CONFIRMATION,
    REJECTED,
    UNCHANGED,
    check_files,
    import_files,
)
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.figures import FORMULA_RULE
from hrplanner.services.register import Register
from tests.unit.excel_helpers import DATA_DIR, ROUND, fill_with_figures, records, set_cells, template_for
from tests.unit.helpers import dump, small_register

DEMO_ORG = "Het Vlechtwerk"


def audit_count(register: Register) -> int:
    with register.session() as session:
        return len(repo.audit_entries(session=session))


def delete_figures(register: Register, organisation: str, reference_date: date = ROUND) -> None:
    round_ = register.round(reference_date)
    with register.transaction() as session:
        org = repo.organisation_by_name(organisation, session=session)
        repo.delete_figures(round_.id, org.id, session=session)


# --- the round trip --------------------------------------------------------------------------------


def test_filled_template_imports_to_the_same_figures(demo_path, tmp_path):
    register = Register.open(demo_path)
    source = register.round_data(register.round(ROUND)).for_organisation(DEMO_ORG)
    assert source.training and source.staffing and source.flows  # the organisation has every topic
    empty = template_for(register, DEMO_ORG, tmp_path)
    filled = fill_with_figures(empty, source, tmp_path / "filled.xlsx")
    delete_figures(register, DEMO_ORG)
    assert records(register.round_data(register.round(ROUND)).for_organisation(DEMO_ORG))["staffing"] == []

    [report] = import_files(register, [filled], "tester")

    assert report.status == IMPORTED, report.lines()
    assert report.problems == []
    assert records(register.round_data(register.round(ROUND)).for_organisation(DEMO_ORG)) == records(source)
    persons = sum(r.persons for r in source.staffing)
    assert f"staffing persons: - -> {persons}" in report.changes


def test_every_demo_organisation_round_trips_through_its_prefilled_template(demo_path, tmp_path):
    register = Register.open(demo_path)
    from hrplanner.services.excel import write_templates

    paths = write_templates(register, ROUND, None, tmp_path / "out", prefill=True)
    before = dump(register)
    reports = import_files(register, paths, "tester")
    assert [r.status for r in reports] == [UNCHANGED] * 22
    assert dump(register) == before
    assert audit_count(register) == 1  # only the demo generator's entry


def test_reimport_is_a_no_op_and_a_change_is_audited(demo_path, tmp_path):
    register = Register.open(demo_path)
    path = template_for(register, DEMO_ORG, tmp_path, prefill=True)
    first = import_files(register, [path], "tester")[0]
    assert first.status == UNCHANGED and first.changes == []
    assert audit_count(register) == 1

    # GZ-psycholoog, women 35-44 is row 25 (PM 7-9, JZW 10-12, JGP 13-15, SW 16-18, GW 19-21, OG 22-24);
    # persons 35-44 in F, fte 35-44 in M.
    old = next(r for r in register.round_data(register.round(ROUND)).staffing
               if (r.organisation, r.occupation, r.age_band, r.sex) == (DEMO_ORG, "GZ", "35-44", "women"))
    budget = next(r.budgeted_fte for r in register.round_data(register.round(ROUND)).establishment
                  if (r.organisation, r.occupation) == (DEMO_ORG, "GZ"))
    # one more person with 0.8 fte, and 0.8 fte more establishment (else the identity warns)
    set_cells(path, {("Bezetting", "F25"): old.persons + 1, ("Bezetting", "M25"): old.fte + 0.8,
                     ("Formatie en vacatures", "C13"): budget + 0.8})
    changed = import_files(register, [path], "anna")[0]
    assert changed.status == IMPORTED
    new = next(r for r in register.round_data(register.round(ROUND)).staffing
               if (r.organisation, r.occupation, r.age_band, r.sex) == (DEMO_ORG, "GZ", "35-44", "women"))
    assert (new.persons, new.fte) == (old.persons + 1, pytest.approx(old.fte + 0.8))
    assert audit_count(register) == 2
    with register.session() as session:
        entry = repo.audit_entries(session=session, limit=1)[0]
    assert (entry.user, entry.action, entry.entity) == ("anna", "import", "figures")
    assert entry.key == f"{DEMO_ORG} | 2025-12-31"
    assert entry.source == f"template.xlsx sha256={changed.sha256}" and len(changed.sha256) == 64
    assert "staffing rows: 1 changed; establishment rows: 1 changed" in entry.new
    total = sum(r.persons for r in register.round_data(register.round(ROUND)).for_organisation(DEMO_ORG).staffing)
    assert f"staffing persons={total - 1}" in entry.old and f"staffing persons={total}" in entry.new

    again = import_files(register, [path], "anna")[0]
    assert again.status == UNCHANGED
    assert audit_count(register) == 2


def test_a_file_with_one_bad_cell_changes_nothing(demo_path, tmp_path):
    register = Register.open(demo_path)
    source = register.round_data(register.round(ROUND)).for_organisation(DEMO_ORG)
    filled = fill_with_figures(template_for(register, DEMO_ORG, tmp_path), source, tmp_path / "filled.xlsx")
    set_cells(filled, {("Verzuim", "B7"): "veel"})
    delete_figures(register, DEMO_ORG)
    before, entries = dump(register), audit_count(register)

    [report] = import_files(register, [filled], "tester")

    assert report.status == REJECTED
    assert [(p.sheet, p.cell, p.value, p.rule) for p in report.errors] == [
        ("Verzuim", "B7", "veel", "must be a number")]
    assert dump(register) == before and audit_count(register) == entries


def test_good_and_bad_files_in_one_call_are_handled_each_on_their_own(demo_path, tmp_path):
    register = Register.open(demo_path)
    demo_sickness = {r.organisation: r.percentage for r in register.round_data(register.round(ROUND)).sickness}
    assert demo_sickness[DEMO_ORG] != 4.5
    good = template_for(register, DEMO_ORG, tmp_path, prefill=True, name="good.xlsx")
    set_cells(good, {("Verzuim", "B7"): 4.5})
    bad = template_for(register, "Stichting Boomhut", tmp_path, prefill=True, name="bad.xlsx")
    set_cells(bad, {("Verzuim", "B7"): -1})
    reports = import_files(register, [good, bad], "tester")
    assert [r.status for r in reports] == [IMPORTED, REJECTED]
    sickness = {r.organisation: r.percentage for r in register.round_data(register.round(ROUND)).sickness}
    assert sickness[DEMO_ORG] == 4.5
    assert sickness["Stichting Boomhut"] == demo_sickness["Stichting Boomhut"]  # the demo's figure, untouched


def test_libreoffice_saved_template_imports(demo_path):
    """A template filled in, then opened and saved by LibreOffice Calc once (tests/data/excel/make_fixtures.py)."""
    register = Register.open(demo_path)
    fixture = DATA_DIR / "libreoffice_saved.xlsx"
    expected_json = json.loads((DATA_DIR / "libreoffice_saved.expected.json").read_text(encoding="utf-8"))
    organisation = expected_json["organisation"]
    expected = RoundData(ROUND)
    expected.staffing = [StaffingRecord(**r) for r in expected_json["staffing"]]
    expected.establishment = [EstablishmentRecord(**r) for r in expected_json["establishment"]]
    expected.flows = [FlowRecord(**r) for r in expected_json["flows"]]
    expected.training = [TrainingRecord(**r) for r in expected_json["training"]]
    expected.sickness = [SicknessRecord(**r) for r in expected_json["sickness"]]
    delete_figures(register, organisation)

    [report] = import_files(register, [fixture], "tester")

    assert report.status == IMPORTED, report.lines()
    assert records(register.round_data(register.round(ROUND)).for_organisation(organisation)) == records(expected)
    assert sum(r.persons for r in expected.staffing) == expected_json["total_persons"]


# --- every rule, from a file -----------------------------------------------------------------------
# The small register (tests/unit/helpers.py): organisation A, 2025-12-31. A's template lists the 12
# default occupations; GZ is the 7th: staffing rows 25-27 (women, men, unknown), row 13 on the other
# sheets. Staffing columns: D-J persons per band (<25 .. 65+), K-Q fte, R/S control totals.
# Establishment: C budgeted fte, D open positions, E open fte, F open 3+ months. Flows: C-H joiners
# (education, region, youth care elsewhere, other sector, re-entry, unknown), I-M leavers (region,
# youth care elsewhere, other sector, retirement, unknown). Training: A code, C route, D-G figures;
# free rows 18-23. Sickness: B7.


@pytest.fixture
def small(tmp_path) -> Register:
    return small_register(tmp_path / "small.hrplan")


@pytest.fixture
def a_template(small, tmp_path) -> Path:
    return template_for(small, "A", tmp_path, prefill=True)


def rejected(register: Register, path: Path, **options) -> list[tuple]:
    """Import a file that must be refused; returns its errors as (sheet, cell, value, rule), and checks
    that the register did not change."""
    before, entries = dump(register), audit_count(register)
    [report] = import_files(register, [path], "tester", **options)
    assert report.status == REJECTED, report.lines()
    assert dump(register) == before and audit_count(register) == entries
    return [(p.sheet, p.cell, p.value, p.rule) for p in report.errors]


def test_prefilled_template_of_the_small_register_is_unchanged(small, a_template):
    assert import_files(small, [a_template], "tester")[0].status == UNCHANGED


def test_negative_count_is_refused(small, a_template):
    set_cells(a_template, {("Bezetting", "F25"): -6})
    assert rejected(small, a_template) == [("Bezetting", "F25", -6, "must not be negative")]


def test_text_that_is_not_a_number_is_refused(small, a_template):
    set_cells(a_template, {("Formatie en vacatures", "C13"): "acht"})
    assert rejected(small, a_template) == [("Formatie en vacatures", "C13", "acht", "must be a number")]


def test_persons_must_be_whole(small, a_template):
    set_cells(a_template, {("In- en uitstroom", "D13"): 2.5})
    assert rejected(small, a_template) == [("In- en uitstroom", "D13", 2.5, "must be a whole number")]


def test_dutch_decimal_text_is_read_as_a_number(small, a_template):
    # "4,8" typed as text is 4.8 fte: the same figure as in the register
    set_cells(a_template, {("Bezetting", "M25"): "4,8"})
    assert import_files(small, [a_template], "tester")[0].status == UNCHANGED


def test_fte_without_persons_is_refused(small, a_template):
    set_cells(a_template, {("Bezetting", "F25"): 0})
    assert rejected(small, a_template) == [("Bezetting", "M25", 4.8, "fte must be 0 when there are no persons")]


def test_fte_per_person_out_of_range_is_a_warning_to_confirm(small, a_template):
    # 6 persons with 9 fte: 1.50 fte per person, above 1.2
    set_cells(a_template, {("Bezetting", "M25"): 9, ("Formatie en vacatures", "C13"): 12.2})
    before = dump(small)
    [report] = import_files(small, [a_template], "tester")
    assert report.status == NEEDS_CONFIRMATION
    assert report.errors == []
    assert [(p.sheet, p.cell, p.value, p.severity) for p in report.warnings] == [("Bezetting", "M25", 9, "warning")]
    assert "fte per person is 1.50" in report.warnings[0].rule
    assert dump(small) == before

    [accepted] = import_files(small, [a_template], "tester", accept_warnings=True)
    assert accepted.status == IMPORTED
    gz = [r for r in small.round_data(small.round(ROUND)).staffing
          if (r.organisation, r.occupation, r.age_band) == ("A", "GZ", "35-44")]
    assert [(r.persons, r.fte) for r in gz] == [(6, 9.0)]


def test_establishment_differing_from_filled_plus_vacant_fte_is_a_warning(small, a_template):
    # GZ: filled 4.8 + 1.6 = 6.4 fte, vacant 1.6 fte; establishment 10 differs by 10 - 8 = +2.00
    set_cells(a_template, {("Formatie en vacatures", "C13"): 10})
    [report] = import_files(small, [a_template], "tester")
    assert report.status == NEEDS_CONFIRMATION
    [warning] = report.warnings
    assert (warning.sheet, warning.cell, warning.value) == ("Formatie en vacatures", "C13", 10)
    assert "by +2.00" in warning.rule


def test_long_open_vacancies_cannot_exceed_open_vacancies(small, a_template):
    set_cells(a_template, {("Formatie en vacatures", "F13"): 3})  # 3 open 3+ months, 2 open
    assert rejected(small, a_template) == [(
        "Formatie en vacatures", "F13", 3,
        "vacancies open 3 months or longer (3) cannot exceed open vacancies (2)")]


def test_open_fte_without_open_vacancies_is_refused(small, a_template):
    set_cells(a_template, {("Formatie en vacatures", "D13"): 0, ("Formatie en vacatures", "F13"): 0})
    assert rejected(small, a_template) == [(
        "Formatie en vacatures", "E13", 1.6, "open fte must be 0 when there are no open vacancies")]


def test_leavers_cannot_exceed_last_rounds_persons_plus_joiners(small, a_template):
    # A, GZ: 9 persons on 2024-12-31 and 2 + 1 = 3 joiners, so at most 12 leavers.
    # Leavers: region 1 + retirement 1 + other sector 11 = 13.
    set_cells(a_template, {("In- en uitstroom", "K13"): 11})
    assert rejected(small, a_template) == [(
        "In- en uitstroom", "I13:M13", 13,
        "leavers (13) cannot exceed persons at the start of the period (9) plus joiners (3)")]


def test_leavers_equal_to_persons_at_start_plus_joiners_are_accepted(small, a_template):
    set_cells(a_template, {("In- en uitstroom", "K13"): 10})  # 1 + 1 + 10 = 12 = 9 + 3
    assert import_files(small, [a_template], "tester")[0].status == IMPORTED


def test_leavers_without_last_round_are_held_to_this_rounds_persons(small, a_template):
    # OG (rows 22-24 on Bezetting, 12 on the flow sheet) has no figures in 2024: 2 persons now
    # (25-34 women, 1.6 fte), 1 joiner from education: at most 3 leavers.
    edits = {("Bezetting", "E22"): 2, ("Bezetting", "L22"): 1.6, ("In- en uitstroom", "C12"): 1,
             ("In- en uitstroom", "K12"): 4}
    set_cells(a_template, edits)
    assert rejected(small, a_template, accept_warnings=True) == [(
        "In- en uitstroom", "I12:M12", 4,
        "leavers (4) cannot exceed persons at the start of the period (2) plus joiners (1)")]
    set_cells(a_template, {("In- en uitstroom", "K12"): 3})
    assert import_files(small, [a_template], "tester", accept_warnings=True)[0].status == IMPORTED


def test_band_totals_must_match_the_control_totals(small, a_template):
    # GZ women: 6 persons, 4.8 fte in the bands
    set_cells(a_template, {("Bezetting", "R25"): 7, ("Bezetting", "S25"): 4.5})
    assert rejected(small, a_template) == [
        ("Bezetting", "R25", 7, "the age bands add up to 6 persons, not 7"),
        ("Bezetting", "S25", 4.5, "the age bands add up to 4.80 fte, not 4.5"),
    ]


def test_matching_control_totals_are_accepted(small, a_template):
    set_cells(a_template, {("Bezetting", "R25"): 6, ("Bezetting", "S25"): 4.8})
    assert import_files(small, [a_template], "tester")[0].status == UNCHANGED


def test_sickness_above_100_percent_is_refused(small, a_template):
    set_cells(a_template, {("Verzuim", "B7"): 101})
    assert rejected(small, a_template) == [("Verzuim", "B7", 101, "must be a percentage between 0 and 100")]


def test_unknown_occupation_code_is_refused(small, a_template):
    set_cells(a_template, {("Opleiding", "A18"): "XYZ", ("Opleiding", "C18"): "MBO-BBL",
                           ("Opleiding", "D18"): 1})
    assert rejected(small, a_template) == [("Opleiding", "A18", "XYZ", "is not an occupation code of this register")]


def test_figures_without_occupation_code_are_refused(small, a_template):
    set_cells(a_template, {("Opleiding", "C19"): "MBO-BBL", ("Opleiding", "D19"): 2})
    assert rejected(small, a_template) == [
        ("Opleiding", "A19", None, "figures without an occupation code; pick the code of the row")]


def test_unknown_training_route_is_refused(small, a_template):
    set_cells(a_template, {("Opleiding", "A18"): "PM", ("Opleiding", "C18"): "Avondschool",
                           ("Opleiding", "D18"): 1})
    [(sheet, cell, value, rule)] = rejected(small, a_template)
    assert (sheet, cell, value) == ("Opleiding", "C18", "Avondschool")
    assert rule == "must be one of: MBO-BBL, HBO/WO-stage, Postmasterplaats (GZ/OG)"


def test_a_combination_given_twice_is_refused(small, a_template):
    # GZ post-master is row 13 already
    set_cells(a_template, {("Opleiding", "A18"): "GZ", ("Opleiding", "C18"): "Postmasterplaats (GZ/OG)",
                           ("Opleiding", "D18"): 1})
    assert rejected(small, a_template) == [
        ("Opleiding", "A18", "GZ", "GZ, Postmasterplaats (GZ/OG) appears twice (rows 13 and 18); give each only once")]


def test_a_free_training_row_adds_a_route(small, a_template):
    set_cells(a_template, {("Opleiding", "A18"): "GZ", ("Opleiding", "C18"): "HBO/WO-stage",
                           ("Opleiding", "D18"): 3, ("Opleiding", "F18"): 4, ("Opleiding", "G18"): 2})
    assert import_files(small, [a_template], "tester")[0].status == IMPORTED
    training = [r for r in small.round_data(small.round(ROUND)).training if r.route == "hbo_wo_internship"]
    assert training == [TrainingRecord("A", "GZ", "hbo_wo_internship", 3, 0, 4, 2)]


def test_formula_without_stored_value_is_refused_by_cell(small, a_template):
    # openpyxl stores a formula without its result, like a program that does not calculate
    set_cells(a_template, {("Bezetting", "F25"): "=2*3"})
    assert rejected(small, a_template) == [("Bezetting", "F25", "(formula)", FORMULA_RULE)]


def test_unknown_organisation_is_refused(small, a_template):
    set_cells(a_template, {(L.META_SHEET, "B2"): "Stichting Onbekend"})
    [(sheet, cell, value, rule)] = rejected(small, a_template)
    assert (sheet, cell, value) == ("Toelichting", "C4", "Stichting Onbekend")
    assert rule.startswith("is not an organisation in small.hrplan")


def test_unknown_round_is_refused(small, a_template):
    set_cells(a_template, {(L.META_SHEET, "B3"): "2030-12-31"})
    assert rejected(small, a_template) == [(
        "Toelichting", "C5", "2030-12-31", "is not a round in small.hrplan (rounds: 2024-12-31, 2025-12-31)")]


def test_closed_round_is_refused(small, a_template):
    with small.transaction() as session:
        round_ = repo.round_by_date(ROUND, session=session)
        round_.closed = True
        session.add(round_)
    assert rejected(small, a_template) == [(
        "Toelichting", "C5", "2025-12-31", "round 2025 is closed; its figures are read-only")]


def test_a_file_without_figures_is_refused(small, tmp_path):
    empty = template_for(small, "A", tmp_path)
    assert rejected(small, empty) == [
        ("Toelichting", "", None, "the file holds no figures; fill in the yellow cells of the template")]


def test_an_emptied_sheet_is_a_warning_that_figures_will_be_removed(small, a_template):
    set_cells(a_template, {("Opleiding", f"{c}13"): None for c in "DEFG"})
    [report] = import_files(small, [a_template], "tester")
    assert report.status == NEEDS_CONFIRMATION
    assert [(p.sheet, p.rule) for p in report.warnings] == [
        ("Opleiding", "the sheet is empty; the 1 training rows of this organisation in the register will be "
                      "removed (confirm if correct)")]
    assert import_files(small, [a_template], "tester", accept_warnings=True)[0].status == IMPORTED
    assert [r for r in small.round_data(small.round(ROUND)).training if r.organisation == "A"] == []


def test_several_problems_are_all_reported(small, a_template):
    set_cells(a_template, {("Bezetting", "D7"): "x", ("Verzuim", "B7"): 200, ("Opleiding", "E13"): -1})
    assert rejected(small, a_template) == [
        ("Bezetting", "D7", "x", "must be a number"),
        ("Opleiding", "E13", -1, "must not be negative"),
        ("Verzuim", "B7", 200, "must be a percentage between 0 and 100"),
    ]


def test_check_files_validates_without_importing(small, a_template):
    set_cells(a_template, {("Verzuim", "B7"): 6.5})
    before = dump(small)
    [report] = check_files(small, [a_template])
    assert report.status == "checked" and report.data.sickness == [SicknessRecord("A", 6.5)]
    assert dump(small) == before


def test_a_date_typed_into_a_count_is_refused(small, a_template):
    # a spreadsheet program turns "12-3" into a date; it is not a number of persons
    from datetime import datetime

    set_cells(a_template, {("In- en uitstroom", "D13"): datetime(2025, 3, 12)})
    assert rejected(small, a_template) == [("In- en uitstroom", "D13", datetime(2025, 3, 12), "must be a number")]


def test_long_text_is_shortened_in_the_report(small, a_template):
    set_cells(a_template, {("Verzuim", "B7"): "x" * 500})
    assert rejected(small, a_template) == [("Verzuim", "B7", "x" * 60 + "…", "must be a number")]


def test_a_read_only_register_refuses_the_import(small, a_template):
    set_cells(a_template, {("Verzuim", "B7"): 6.5})
    path = small.path
    small.close()
    with Register.open(path, read_only=True) as register:
        before = dump(register)
        [report] = import_files(register, [a_template], "tester")
        assert report.status == REJECTED
        assert [p.message() for p in report.errors] == ["small.hrplan is open read-only; changes cannot be saved"]
        assert dump(register) == before


def test_progress_is_reported_before_each_file(small, a_template, tmp_path):
    seen = []
    import_files(small, [a_template, tmp_path / "missing.xlsx"], "tester",
                 progress=lambda done, total, path: seen.append((done, total, path.name)))
    assert seen == [(0, 2, "template.xlsx"), (1, 2, "missing.xlsx")]


def test_a_cancelled_import_keeps_the_files_before_and_reads_none_after(demo_path, tmp_path):
    """Cancel is asked before each file: the files already imported stay imported (one transaction
    each), the rest are reported as cancelled and change nothing."""
    register = Register.open(demo_path)
    names = ["Het Vlechtwerk", "Stichting Boomhut", "Kompasroos Jeugd"]
    paths = []
    for name in names:
        path = template_for(register, name, tmp_path, prefill=True, name=f"{name}.xlsx")
        set_cells(path, {("Verzuim", "B7"): 13.5})  # a change in every file
        paths.append(path)
    asked = []

    def cancelled() -> bool:
        asked.append(len(asked))
        return len(asked) > 1  # the user cancels while the first file is imported

    reports = import_files(register, paths, "tester", cancelled=cancelled)
    assert [r.status for r in reports] == [IMPORTED, CANCELLED, CANCELLED]
    assert len(asked) == 2  # asked before the first and the second file, then stopped
    assert "cancelled before it was read; nothing imported" in reports[1].headline()
    sickness = {r.organisation: r.percentage for r in register.round_data(register.round(ROUND)).sickness}
    assert sickness["Het Vlechtwerk"] == 13.5
    assert sickness["Stichting Boomhut"] != 13.5 and sickness["Kompasroos Jeugd"] != 13.5
    assert not any(r.ok for r in reports[1:])
