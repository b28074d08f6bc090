"""The editing service: every rule accepting and rejecting, all-or-nothing batches, audit entries and
exact undo through the returned old values.

The register is tests.unit.helpers.small_register; its figures are listed in that function's docstring.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from hrplanner.db import repositories as repo
from hrplanner.services.editing import ABSENT, Cell, Change, Editor
from hrplanner.services.errors import (
    NeedsConfirmation,
    NotFoundError,
    ReadOnlyError,
    RoundClosedError,
    ServiceError,
    ValidationError,
)
from hrplanner.services.register import Register
from tests.unit.helpers import dump, small_register

R2025 = date(2025, 12, 31)
R2024 = date(2024, 12, 31)


@pytest.fixture
def register(tmp_path):
    with small_register(tmp_path / "s.hrplan") as register:
        yield register


@pytest.fixture
def editor(register):
    return Editor(register, user="tester")


def staffing(org="A", occ="GZ", band="35-44", sex="women", field="persons", round_=R2025):
    return Cell("staffing", org, occ, round_, (band, sex), field)


def establishment(field, org="A", occ="GZ"):
    return Cell("establishment", org, occ, R2025, (), field)


def flow(direction, category, org="B", occ="GZ", round_=R2025):
    return Cell("flow", org, occ, round_, (direction, category), "persons")


def training(field, org="A", occ="GZ", route="post_master"):
    return Cell("training", org, occ, R2025, (route,), field)


def sickness(org="A"):
    return Cell("sickness", org, "", R2025, (), "percentage")


def staffing_rows(register, org, occ, round_=R2025):
    data = register.round_data(register.round(round_))
    return {(r.age_band, r.sex): (r.persons, r.fte) for r in data.staffing
            if r.organisation == org and r.occupation == occ}


def refused(register, error, action, *args):
    """Call an editing action that must be refused with ``error``; the register must be unchanged."""
    before = dump(register)
    with pytest.raises(error) as caught:
        action(*args)
    assert dump(register) == before
    return caught.value


def rejected(editor, register, changes, **kwargs):
    """Apply changes that must be refused; the figure tables must be unchanged. Returns the error."""
    before = dump(register)
    with pytest.raises((ValidationError, NeedsConfirmation)) as caught:
        editor.apply_changes(changes, **kwargs)
    assert dump(register) == before
    return caught.value


# --- setting figures, audit, undo ----------------------------------------------------------------------


def test_a_figure_is_changed_audited_and_its_old_value_returned(editor, register):
    applied = editor.set_figure(staffing(), "7")
    assert staffing_rows(register, "A", "GZ")[("35-44", "women")] == (7, 4.8)
    assert applied.old_value(staffing()) == 6
    assert [(c.old, c.new) for c in applied.changes] == [(6, 7)]
    with register.session() as session:
        entry = repo.audit_entries(session=session, limit=1)[0]
    assert (entry.action, entry.entity, entry.key, entry.old, entry.new, entry.user) == (
        "edit", "staffing", "A/GZ/2025-12-31/35-44.women.persons", "6", "7", "tester")


def test_undo_restores_exactly_and_a_new_row_is_removed_again(editor, register):
    before = dump(register)
    applied = editor.apply_changes([
        Change(staffing(), "5"),                                     # existing row changed
        Change(staffing(band="<25", sex="men"), "1"),                # new row
        Change(staffing(band="<25", sex="men", field="fte"), "0,9"),
    ])
    assert staffing_rows(register, "A", "GZ")[("<25", "men")] == (1, 0.9)
    assert applied.old_value(staffing(band="<25", sex="men")) is ABSENT
    editor.apply_changes(applied.undo_changes(), restoring=True, action="undo")
    assert dump(register) == before
    editor.apply_changes(applied.redo_changes(), restoring=True, action="redo")
    rows = staffing_rows(register, "A", "GZ")
    assert rows[("<25", "men")] == (1, 0.9) and rows[("35-44", "women")] == (5, 4.8)


def test_dutch_and_english_decimals_are_read(editor, register):
    editor.set_figure(staffing(field="fte"), "5,1")
    assert staffing_rows(register, "A", "GZ")[("35-44", "women")] == (6, 5.1)
    editor.set_figure(staffing(field="fte"), "5.25")
    assert staffing_rows(register, "A", "GZ")[("35-44", "women")] == (6, 5.25)


def test_a_batch_is_all_or_nothing_and_the_error_names_the_cell(editor, register):
    error = rejected(editor, register, [
        Change(staffing(), "8", "row A GZ women, column 35-44 persons"),
        Change(staffing(field="fte"), "-2", "row A GZ women, column 35-44 fte"),
    ])
    [issue] = error.issues
    assert (issue.field, issue.value, issue.rule) == ("fte", "-2", "must not be negative")
    assert issue.location == "row A GZ women, column 35-44 fte"
    assert "row A GZ women, column 35-44 fte" in str(error)


@pytest.mark.parametrize("value, rule", [("-1", "must not be negative"), ("2,5", "must be a whole number"),
                                         ("veel", "must be a number")])
def test_persons_must_be_a_non_negative_whole_number(editor, register, value, rule):
    error = rejected(editor, register, [Change(staffing(), value)])
    assert [(i.field, i.value, i.rule) for i in error.issues] == [("persons", value, rule)]


def test_fte_is_a_non_negative_decimal(editor, register):
    rejected(editor, register, [Change(staffing(field="fte"), "-0,5")])
    editor.set_figure(staffing(field="fte"), "4,55")
    assert staffing_rows(register, "A", "GZ")[("35-44", "women")] == (6, 4.55)


# --- fte per person ---------------------------------------------------------------------------------------


def test_fte_per_person_outside_the_usual_range_needs_confirmation(editor, register):
    # 2 persons with 3.0 fte = 1.5 fte per person (above 1.2)
    change = Change(staffing(band="60-64", sex="men", field="fte"), "3,0", "here")
    error = rejected(editor, register, [change])
    assert isinstance(error, NeedsConfirmation)
    [warning] = error.warnings
    assert warning.field == "fte" and "1.50" in warning.rule and warning.location == "here"
    editor.apply_changes([change], confirm_warnings=True)
    assert staffing_rows(register, "A", "GZ")[("60-64", "men")] == (2, 3.0)


def test_fte_per_person_inside_the_range_needs_no_confirmation(editor, register):
    editor.set_figure(staffing(band="60-64", sex="men", field="fte"), "2,4")  # 1.2 per person
    assert staffing_rows(register, "A", "GZ")[("60-64", "men")] == (2, 2.4)


def test_fte_without_persons_is_an_error(editor, register):
    error = rejected(editor, register, [Change(staffing(band="<25", field="fte"), "1")], confirm_warnings=True)
    assert error.issues[0].rule == "fte must be 0 when there are no persons"


def test_persons_typed_before_fte_ask_no_confirmation(editor, register):
    # a new row gets fte 0 until the fte is typed; no fte-per-person warning for that
    editor.set_figure(staffing(band="<25", sex="women"), "3")
    assert staffing_rows(register, "A", "GZ")[("<25", "women")] == (3, 0.0)
    # but typing 0 fte for 3 persons is asked about
    assert isinstance(rejected(editor, register, [Change(staffing(band="<25", field="fte"), "0")]),
                      NeedsConfirmation)


# --- establishment and vacancies ---------------------------------------------------------------------------


def test_vacancies_open_3_months_cannot_exceed_open_vacancies(editor, register):
    error = rejected(editor, register, [Change(establishment("open_long"), "3")])  # 2 open
    assert error.issues[0].field == "open_long"
    assert "cannot exceed open vacancies (2)" in error.issues[0].rule
    editor.set_figure(establishment("open_long"), "2")
    est = {(e.organisation, e.occupation): e for e in register.round_data(register.round(R2025)).establishment}
    assert est[("A", "GZ")].open_long == 2


def test_lowering_open_vacancies_below_the_long_open_ones_is_refused(editor, register):
    rejected(editor, register, [Change(establishment("open_positions"), "0")])  # 1 open 3+ months
    editor.apply_changes([Change(establishment("open_positions"), "0"), Change(establishment("open_long"), "0"),
                          Change(establishment("open_fte"), "0")])
    est = {(e.organisation, e.occupation): e for e in register.round_data(register.round(R2025)).establishment}
    assert (est[("A", "GZ")].open_positions, est[("A", "GZ")].open_long, est[("A", "GZ")].open_fte) == (0, 0, 0.0)


def test_budgeted_fte_empty_means_not_given_and_undo_brings_it_back(editor, register):
    applied = editor.set_figure(establishment("budgeted_fte"), "")
    est = {(e.organisation, e.occupation): e for e in register.round_data(register.round(R2025)).establishment}
    assert est[("A", "GZ")].budgeted_fte is None
    assert [(c.old, c.new) for c in applied.changes] == [(8.0, None)]
    editor.apply_changes(applied.undo_changes(), restoring=True)
    est = {(e.organisation, e.occupation): e for e in register.round_data(register.round(R2025)).establishment}
    assert est[("A", "GZ")].budgeted_fte == 8.0


# --- leavers ------------------------------------------------------------------------------------------------


def test_leavers_cannot_exceed_previous_persons_plus_joiners(editor, register):
    # B GZ: 5 persons in the round before, 1 joiner, 2 leavers (to the region) now: at most 6 leavers.
    error = rejected(editor, register, [Change(flow("out", "other_sector"), "5", "B GZ leavers other sector")])
    [issue] = error.issues
    assert issue.field == "leavers" and issue.location == "B GZ leavers other sector"
    assert "leavers (7) cannot exceed persons at the start of the period (5) plus joiners (1)" in issue.rule
    editor.set_figure(flow("out", "other_sector"), "4")  # 2 + 4 = 6 = 5 + 1
    flows = register.round_data(register.round(R2025)).flows
    leavers = [f.persons for f in flows if (f.organisation, f.direction, f.category) == ("B", "out", "other_sector")]
    assert leavers == [4]


def test_leavers_use_current_persons_when_the_round_before_has_none(editor, register):
    # B JGP has no persons in 2024: its 3 persons of 2025 are the start.
    editor.apply_changes([Change(staffing("B", "JGP", "25-34"), "3"),
                          Change(staffing("B", "JGP", "25-34", field="fte"), "2,4")])
    rejected(editor, register, [Change(flow("out", "other_sector", occ="JGP"), "4")])  # 4 > 3 + 0
    editor.apply_changes([Change(flow("out", "other_sector", occ="JGP"), "4"),
                          Change(flow("in", "education", occ="JGP"), "1")])  # 4 <= 3 + 1


def test_fewer_persons_in_a_round_are_checked_against_the_next_rounds_leavers(editor, register):
    # 2024 B GZ persons are the 2025 start: 0 + 1 joiner < 2 leavers in 2025.
    error = rejected(editor, register, [Change(staffing("B", "GZ", "55-59", round_=R2024), "0"),
                                        Change(staffing("B", "GZ", "55-59", field="fte", round_=R2024), "0")])
    assert error.issues[0].rule.endswith("in round 2025-12-31")
    # 1 person + 1 joiner = 2 leavers: allowed
    editor.apply_changes([Change(staffing("B", "GZ", "55-59", round_=R2024), "1"),
                          Change(staffing("B", "GZ", "55-59", field="fte", round_=R2024), "0,75")])


def test_a_pair_already_breaking_the_leavers_rule_can_be_improved(editor, register):
    with register.transaction() as session:  # an import left B GZ with 9 leavers (limit 6)
        session.execute(text("UPDATE flow SET persons = 9 WHERE direction = 'out' AND persons = 2"))
    editor.set_figure(flow("out", "region"), "7")  # better, still above the limit: accepted
    rejected(editor, register, [Change(flow("out", "region"), "8")])  # worse again: refused


# --- training and sickness --------------------------------------------------------------------------------------


def test_training_counts_are_whole_non_negative_numbers(editor, register):
    rejected(editor, register, [Change(training("places"), "-1")])
    rejected(editor, register, [Change(training("supervisors"), "1,5")])
    editor.apply_changes([Change(training("places"), "4"), Change(training("planned_intake", route="mbo_bbl"), "2")])
    data = register.round_data(register.round(R2025)).training
    by_route = {t.route: t for t in data if (t.organisation, t.occupation) == ("A", "GZ")}
    assert by_route["post_master"].places == 4
    assert (by_route["mbo_bbl"].planned_intake, by_route["mbo_bbl"].in_training) == (2, 0)


def test_sickness_is_a_percentage_and_empty_removes_it(editor, register):
    error = rejected(editor, register, [Change(sickness(), "100,5")])
    assert error.issues[0].rule == "must be a percentage between 0 and 100"
    editor.set_figure(sickness(), "100")
    applied = editor.set_figure(sickness("B"), "")
    data = register.round_data(register.round(R2025)).sickness
    assert {(s.organisation, s.percentage) for s in data} == {("A", 100.0)}
    assert [(c.old, c.new) for c in applied.changes] == [(7.0, ABSENT)]
    editor.apply_changes(applied.undo_changes(), restoring=True)
    data = register.round_data(register.round(R2025)).sickness
    assert {(s.organisation, s.percentage) for s in data} == {("A", 100.0), ("B", 7.0)}


def test_zeros_in_a_row_that_does_not_exist_create_no_row(editor, register):
    before = dump(register)
    applied = editor.apply_changes([Change(flow("in", "reentry"), "0"), Change(flow("in", "unknown"), "")])
    assert not applied
    assert dump(register) == before


# --- guards --------------------------------------------------------------------------------------------------


def test_a_closed_round_refuses_edits(editor, register):
    editor.close_round(R2025)
    refused(register, RoundClosedError, editor.set_figure, staffing(), "7")
    assert editor.reopen_round(R2025) is True
    editor.set_figure(staffing(), "7")
    assert staffing_rows(register, "A", "GZ")[("35-44", "women")] == (7, 4.8)


@pytest.mark.parametrize("cell, field", [
    (Cell("staffing", "Nobody", "GZ", R2025, ("35-44", "women"), "persons"), "organisation"),
    (Cell("staffing", "A", "XX", R2025, ("35-44", "women"), "persons"), "occupation"),
    (Cell("staffing", "A", "GZ", date(2030, 1, 1), ("35-44", "women"), "persons"), "round"),
    (Cell("staffing", "A", "GZ", R2025, ("35-44", "girls"), "persons"), "sex"),
    (Cell("staffing", "A", "GZ", R2025, ("35-44", "women"), "salary"), "field"),
    (Cell("flow", "A", "GZ", R2025, ("out", "education"), "persons"), "category"),
])
def test_unknown_addresses_are_refused(editor, register, cell, field):
    error = rejected(editor, register, [Change(cell, "1")])
    assert field in [i.field for i in error.issues]


def test_a_read_only_register_refuses_changes(register, tmp_path):
    path = register.path
    register.close()
    with Register.open(path, read_only=True) as read_only:
        with pytest.raises(ReadOnlyError):
            Editor(read_only).set_figure(staffing(), "7")


# --- organisations, occupations, rounds ------------------------------------------------------------------------


def test_organisations_are_added_renamed_and_deactivated(editor, register):
    editor.add_organisation("C", "access_team", "Hengelo")
    error = refused(register, ValidationError, editor.add_organisation, "C", "provider", "Hengelo")
    assert error.issues[0].rule == "an organisation with this name already exists"
    error = refused(register, ValidationError, editor.add_organisation, "D", "shop", "Hengelo")
    assert error.issues[0].field == "kind"
    assert editor.edit_organisation("A", {"name": "A2"}) == {"name": "A"}
    refused(register, ValidationError, editor.edit_organisation, "A2", {"name": "B"})
    refused(register, ValidationError, editor.edit_organisation, "A2", {"municipality": "Amsterdam"})
    assert editor.edit_organisation("B", {"active": False}) == {"active": True}
    orgs = {o.name: o for o in register.organisations()}
    assert set(orgs) == {"A2", "B", "C"} and orgs["B"].active is False
    # figures follow the renamed organisation
    assert staffing_rows(register, "A2", "GZ")[("35-44", "women")] == (6, 4.8)


def test_only_an_organisation_without_figures_can_be_removed(editor, register):
    editor.add_organisation("C", "access_team", "Hengelo")
    editor.remove_organisation("C")
    refused(register, ServiceError, editor.remove_organisation, "A")
    refused(register, NotFoundError, editor.remove_organisation, "C")
    assert {o.name for o in register.organisations()} == {"A", "B"}


def test_occupations_are_added_and_edited_but_keep_their_code(editor, register):
    values = {"code": "ZZ", "name_nl": "Zorgcoördinator", "name_en": "Care coordinator", "level": "HBO",
              "register": "SKJ", "registration_required": True, "training_route": "HBO", "training_years": "4"}
    row = editor.add_occupation(values)
    assert row.sort_order == 12 and row.training_years == 4.0
    refused(register, ValidationError, editor.add_occupation, {**values, "name_nl": "Dubbel"})
    error = refused(register, ValidationError, editor.add_occupation, {**values, "code": "Z Z"})
    assert error.issues[0].rule == "may contain only letters, digits, - and _"
    assert editor.edit_occupation("ZZ", {"name_en": "Coordinator", "level": "WO"}) == {
        "name_en": "Care coordinator", "level": "HBO"}
    refused(register, ValidationError, editor.edit_occupation, "ZZ", {"code": "YY"})
    refused(register, ValidationError, editor.edit_occupation, "ZZ", {"training_years": "20"})
    occupation = {o.code: o for o in register.occupations()}["ZZ"]
    assert (occupation.name_en, occupation.level, occupation.training_years) == ("Coordinator", "WO", 4.0)
    editor.remove_occupation("ZZ")
    refused(register, ServiceError, editor.remove_occupation, "GZ")


def test_rounds_are_added_closed_and_reopened(editor, register):
    editor.add_round("2026-12-31", "Peildatum 2026")
    refused(register, ValidationError, editor.add_round, date(2026, 12, 31))
    error = refused(register, ValidationError, editor.add_round, "31-12-2027")
    assert error.issues[0].rule == "must be a date written as YYYY-MM-DD"
    assert editor.close_round(date(2026, 12, 31)) is False
    assert register.round(date(2026, 12, 31)).closed is True
    editor.reopen_round(date(2026, 12, 31))
    editor.remove_round(date(2026, 12, 31))
    refused(register, ServiceError, editor.remove_round, R2025)
    assert [r.reference_date for r in register.rounds()] == [R2024, R2025]


def test_a_cell_resolves_to_the_row_key_of_its_stored_row(register):
    from hrplanner.services.editing import RowKey
    from hrplanner.services.editing.cells import RegisterIds
    from hrplanner.services.editing.figures import load_rows

    with register.session() as session:
        ids = RegisterIds(session)
        key = ids.row_key(staffing(field="fte"))
        assert key == RowKey("staffing", ids.organisations["A"], ids.occupations["GZ"],
                             ids.round_by_date[R2025].id, ("35-44", "women"))
        assert key.group == ("staffing", key.organisation_id, key.occupation_id, key.round_id)
        # the stored row under that key holds the cell's figure (A, GZ, 35-44 women: 6 persons)
        row = load_rows(session, "staffing", {key.round_id}, {key.organisation_id})[key]
        assert row.persons == 6
        # sickness absence is per organisation: no occupation in its key
        assert ids.row_key(sickness()).occupation_id is None
