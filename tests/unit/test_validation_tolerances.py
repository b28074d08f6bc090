"""Both sides of the validation tolerances (issue 12, item 5): fte sums may differ by at most
FTE_TOLERANCE (0.011 fte) either way, and the fte per person bounds 0.05 and 1.2 are themselves allowed."""

from __future__ import annotations

import pytest

from hrplanner.domain import validation as v


@pytest.mark.parametrize("total_fte, broken", [
    (8.0, False),
    (8.01, False), (7.99, False),  # within 0.011 above and below
    (8.02, True),  # a control total above the bands' fte
    (7.98, True),  # ... and below
])
def test_band_total_fte_on_both_sides(total_fte, broken):
    issues = v.check_band_total(10, 8.0, 10, total_fte)
    assert bool(issues) is broken
    if broken:
        assert issues[0].field == "total_fte" and issues[0].severity == v.ERROR


@pytest.mark.parametrize("persons, broken", [(10, False), (11, True), (9, True)])
def test_band_total_persons_on_both_sides(persons, broken):
    assert bool(v.check_band_total(10, 8.0, persons, None)) is broken


@pytest.mark.parametrize("establishment, difference", [
    (10.0, None), (10.01, None), (9.99, None),
    (10.02, "+0.02"),  # establishment above filled + vacant
    (9.98, "-0.02"),  # establishment below filled + vacant
    (8.5, "-1.50"),
])
def test_establishment_identity_on_both_sides(establishment, difference):
    issues = v.check_establishment_identity(establishment, 9.0, 1.0)
    if difference is None:
        assert issues == []
    else:
        (issue,) = issues
        assert issue.severity == v.WARNING and f"by {difference}" in issue.rule


@pytest.mark.parametrize("persons, fte, warned", [
    (10, 12.0, False),  # 1.2 fte per person: the upper bound itself is allowed
    (10, 12.1, True),  # 1.21
    (100, 5.0, False),  # 0.05: the lower bound itself
    (100, 4.9, True),  # 0.049
    (10, 8.0, False),
])
def test_fte_per_person_bounds(persons, fte, warned):
    issues = v.check_fte_per_person(persons, fte)
    assert bool(issues) is warned
    if warned:
        assert issues[0].severity == v.WARNING


def test_vacancies_long_bound():
    assert v.check_vacancies(3, 3, 1.0) == []  # open 3 months or longer = all open: allowed
    assert [i.field for i in v.check_vacancies(3, 4, 1.0)] == ["open_long"]


def test_leavers_bound():
    assert v.check_leavers(12, 2, 10) == []  # exactly start + joiners
    assert [i.field for i in v.check_leavers(13, 2, 10)] == ["leavers"]
