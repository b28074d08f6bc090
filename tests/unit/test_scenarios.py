"""Scenarios stored in the register: basis, copy, rename, delete, parameters, compare."""

from __future__ import annotations

import pytest

from hrplanner.domain.projection.params import Triple
from hrplanner.services import projection as P
from hrplanner.services.errors import NotFoundError, ServiceError, ValidationError
from hrplanner.services.register import Register
from tests.unit.helpers import small_register


@pytest.fixture
def register(tmp_path):
    with small_register(tmp_path / "s.hrplan") as reg:
        yield reg


def test_basis_is_listed_first_and_has_every_occupation_with_staff(register):
    assert [s.name for s in P.list_scenarios(register)] == ["basis"]
    basis = P.load(register)
    assert list(basis.params) == ["JGP", "GZ"]


def test_create_copy_rename_delete(register):
    P.create_scenario(register, "Meer opleiden", "twice the intake")
    P.set_parameters(register, "Meer opleiden", "GZ", {"training.lever.intake": Triple(1, 2, 3)})
    P.create_scenario(register, "Kopie", copy_of="Meer opleiden")
    assert P.overrides(register, "Kopie") == {"GZ": {"training.lever.intake": Triple(1, 2, 3)}}
    P.rename_scenario(register, "Kopie", "Variant B")
    names = [s.name for s in P.list_scenarios(register)]
    assert names == ["basis", "Meer opleiden", "Variant B"]
    P.delete_scenario(register, "Variant B")
    assert [s.name for s in P.list_scenarios(register)] == ["basis", "Meer opleiden"]
    info = P.list_scenarios(register)[1]
    assert info.description == "twice the intake" and info.changes == 1 and info.created is not None


def test_names_are_checked(register):
    P.create_scenario(register, "A")
    with pytest.raises(ServiceError, match="already exists"):
        P.create_scenario(register, "A")
    with pytest.raises(ServiceError, match="derived from the register"):
        P.create_scenario(register, "Basis")
    with pytest.raises(ValidationError):
        P.create_scenario(register, "   ")
    with pytest.raises(ServiceError, match="cannot be deleted"):
        P.delete_scenario(register, "basis")
    with pytest.raises(NotFoundError, match="No scenario named 'Z'"):
        P.load(register, "Z")


def test_an_invalid_parameter_is_refused_and_nothing_saved(register):
    P.create_scenario(register, "A")
    with pytest.raises(ValidationError, match="share"):  # an issue the app shows in its language
        P.set_parameters(register, "A", "GZ", {"group.women.share": 1.5,
                                                 "training.lever.intake": 5})
    assert P.overrides(register, "A") == {}
    with pytest.raises(ValidationError, match="not a parameter"):
        P.set_parameters(register, "A", "GZ", {"training.levr.intake": 5})
    with pytest.raises(ServiceError, match="copy it"):
        P.set_parameters(register, "basis", "GZ", {"training.lever.intake": 5})


def test_the_lever_changes_the_projection_and_removing_it_restores_the_basis(register):
    P.create_scenario(register, "A")
    _, base = P.run(register, "A", occupation="GZ")
    P.set_parameters(register, "A", "GZ", {"training.lever.intake": 10})
    _, more = P.run(register, "A", occupation="GZ")
    # more lever intake from the adjustment year: more supply later, same supply now
    assert more[0].supply_fte[0] == pytest.approx(base[0].supply_fte[0])
    assert more[0].supply_fte[10] > base[0].supply_fte[10]
    P.set_parameters(register, "A", "GZ", {"training.lever.intake": None})
    _, again = P.run(register, "A", occupation="GZ")
    assert again[0].supply_fte.tolist() == base[0].supply_fte.tolist()


def test_compare_lists_the_differences(register):
    P.create_scenario(register, "A")
    P.set_parameters(register, "A", "GZ", {"demand.trend.epidemiology": Triple(0.01, 0.02, 0.03)})
    comparison = P.compare(register, "basis", "A")
    assert list(comparison.differences) == ["GZ"]
    old, new = comparison.differences["GZ"]["demand.trend.epidemiology"]
    assert new == Triple(0.01, 0.02, 0.03) and old != new
    assert comparison.results_b["GZ"].demand_fte[10] > comparison.results_a["GZ"].demand_fte[10]
    assert comparison.results_b["JGP"].demand_fte.tolist() == comparison.results_a["JGP"].demand_fte.tolist()


def test_scenarios_survive_reopening(register, tmp_path):
    P.create_scenario(register, "Bewaard")
    P.set_parameters(register, "Bewaard", "JGP", {"other_inflow.per_year": Triple(1, 2, 4)})
    path = register.path
    register.close()
    with Register.open(path) as again:
        assert P.overrides(again, "Bewaard") == {"JGP": {"other_inflow.per_year": Triple(1, 2, 4)}}


def test_unknown_occupation(register):
    with pytest.raises(NotFoundError, match="occupations with staff: JGP, GZ"):
        P.run(register, occupation="KP")
