"""Every validation rule of MODEL.md 3, accepting and rejecting, with field, value and rule named."""

from __future__ import annotations

import pytest

from hrplanner.domain import validation as v


def only_errors(issues):
    return [i for i in issues if i.is_error]


@pytest.mark.parametrize("raw, expected", [("12", 12.0), ("12,5", 12.5), ("1.234,5", 1234.5),
                                           ("1,234.5", 1234.5), (3, 3.0), (0.75, 0.75), ("", None),
                                           (None, None), (" 7 ", 7.0)])
def test_numbers_are_parsed_in_dutch_and_english_notation(raw, expected):
    number, issues = v.parse_number("fte", raw)
    assert issues == []
    assert number == expected


@pytest.mark.parametrize("raw, rule", [("-1", "must not be negative"), ("abc", "must be a number"),
                                       ("nan", "must be a finite number"), (True, "must be a number"),
                                       ("inf", "must be a finite number"),
                                       (2e7, "implausibly large")])
def test_bad_numbers_name_field_value_and_rule(raw, rule):
    number, issues = v.parse_number("persons", raw)
    assert number is None
    assert len(issues) == 1
    assert issues[0].field == "persons"
    assert issues[0].value == raw
    assert rule in issues[0].rule


def test_counts_must_be_whole():
    _, issues = v.parse_number("persons", "2.5", whole=True)
    assert [i.rule for i in issues] == ["must be a whole number"]
    number, issues = v.parse_number("persons", "3", whole=True)
    assert (number, issues) == (3.0, [])


def test_fte_per_person_between_005_and_12_else_warning():
    # 10 persons with 7.9 fte: 0.79 per person, fine.
    assert v.check_fte_per_person(10, 7.9) == []
    # 10 persons with 13 fte: 1.3 per person > 1.2: a warning, not an error.
    (warning,) = v.check_fte_per_person(10, 13)
    assert warning.severity == v.WARNING and "1.30" in warning.rule
    # 10 persons with 0.4 fte: 0.04 per person < 0.05: a warning.
    (warning,) = v.check_fte_per_person(10, 0.4)
    assert warning.severity == v.WARNING and "0.04" in warning.rule
    # exactly on the bounds is accepted: 20 x 0.05 = 1.0 and 5 x 1.2 = 6.0
    assert v.check_fte_per_person(20, 1.0) == [] and v.check_fte_per_person(5, 6.0) == []
    # fte without persons is an error
    (error,) = v.check_fte_per_person(0, 2.0)
    assert error.is_error


def test_long_open_vacancies_cannot_exceed_open_vacancies():
    assert v.check_vacancies(4, 4, 3.2) == []
    (error,) = v.check_vacancies(4, 5, 3.2)
    assert error.field == "open_long" and error.value == 5 and "cannot exceed open vacancies (4)" in error.rule


def test_leavers_cannot_exceed_start_plus_joiners():
    # 100 at the start + 10 joiners = 110: 110 leavers are possible, 111 are not.
    assert v.check_leavers(110, 10, 100) == []
    (error,) = v.check_leavers(111, 10, 100)
    assert error.field == "leavers" and "(100) plus joiners (10)" in error.rule
    assert v.check_leavers(500, 0, None) == []  # unknown start: nothing to compare with


def test_band_totals_must_match_given_totals():
    # bands 10 + 20 = 30 persons and 8.0 + 16.5 = 24.5 fte
    assert v.check_band_total(30, 24.5, 30, 24.5) == []
    assert v.check_band_total(30, 24.5, None, None) == []
    issues = v.check_band_total(30, 24.5, 31, 24.0)
    assert [i.field for i in issues] == ["total_persons", "total_fte"]
    assert "add up to 30 persons, not 31" in issues[0].rule


def test_establishment_difference_is_reported_not_fixed():
    # 50 budgeted - (45.5 filled + 3.5 vacant) = 1.0 difference
    assert v.establishment_difference(50, 45.5, 3.5) == pytest.approx(1.0)
    assert v.establishment_difference(None, 45.5, 3.5) is None


def test_record_checks_collect_every_problem():
    checked = v.check_staffing({"age_band": "30-40", "sex": "x", "persons": "-3", "fte": "abc"})
    fields = sorted(i.field for i in checked.issues)
    assert fields == ["age_band", "fte", "persons", "sex"]
    assert not checked.ok
    ok = v.check_staffing({"age_band": "25-34", "sex": "women", "persons": "10", "fte": "7,9"})
    assert ok.ok and ok.values["persons"] == 10 and ok.values["fte"] == pytest.approx(7.9)


def test_establishment_record():
    checked = v.check_establishment({"budgeted_fte": "", "open_positions": 2, "open_fte": 1.6, "open_long": 3})
    assert [i.field for i in checked.issues] == ["open_long"]
    assert v.check_establishment({"open_positions": 2, "open_fte": 1.6, "open_long": 1}).ok


def test_flow_and_training_and_sickness_records():
    assert [i.field for i in v.check_flow({"direction": "in", "category": "retirement", "persons": 1}).issues] \
        == ["category"]  # retirement is a destination, not an origin
    assert v.check_flow({"direction": "out", "category": "retirement", "persons": 1}).ok
    assert [i.field for i in v.check_training({"route": "phd", "in_training": 1}).issues] == ["route"]
    assert [i.rule for i in v.check_sickness({"percentage": 101}).issues] == \
        ["must be a percentage between 0 and 100"]
    assert v.check_sickness({"percentage": "6,3"}).values["percentage"] == pytest.approx(6.3)


def test_organisation_and_occupation_records():
    bad = v.check_organisation({"name": " ", "kind": "bank", "municipality": "Amsterdam"})
    assert sorted(i.field for i in bad.issues) == ["kind", "municipality", "name"]
    good = v.check_organisation({"name": "Stichting X", "kind": "provider", "municipality": "Hengelo"})
    assert good.ok
    occupation = v.check_occupation({"code": "G Z", "name_nl": "a", "name_en": "b", "level": "HBO",
                                     "register": "SKJ", "training_years": 20})
    assert sorted(i.field for i in occupation.issues) == ["code", "training_years"]


def test_issue_message_names_location_field_value_and_rule():
    issue = v.Issue("fte", -1.5, "must not be negative").at("Bezetting!D7")
    assert issue.message() == "Bezetting!D7: fte = -1.5: must not be negative"
