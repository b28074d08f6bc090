"""Service additions for the projection dashboard: the age pyramid and the largest shortages."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.projection.params import Triple
from hrplanner.services import projection as P
from hrplanner.services.errors import NotFoundError
from hrplanner.services.register import Register
from tests.unit.helpers import small_register


@pytest.fixture
def register(tmp_path):
    with small_register(tmp_path / "s.hrplan") as reg:
        yield reg


def test_age_pyramid_counts_persons_per_band_and_sex(register):
    # helpers.small_register, round 2025: GZ women 6 aged 35-44 (A) + 4 aged 55-59 (B), men 2 aged 60-64.
    pyramid = P.age_pyramid(register, "GZ")
    assert pyramid.reference_date == date(2025, 12, 31)
    assert pyramid.bands == ("<25", "25-34", "35-44", "45-54", "55-59", "60-64", "65+")
    assert pyramid.women == (0, 0, 6, 0, 4, 0, 0)
    assert pyramid.men == (0, 0, 0, 0, 0, 2, 0)
    assert pyramid.unknown == (0,) * 7


def test_age_pyramid_of_an_earlier_round_and_of_an_occupation_without_staff(register):
    # Round 2024: GZ A 9 women 35-44, B 5 women 55-59; no men.
    old = P.age_pyramid(register, "GZ", date(2024, 12, 31))
    assert old.women == (0, 0, 9, 0, 5, 0, 0) and sum(old.men) == 0
    assert sum(P.age_pyramid(register, "KJP").women) == 0
    with pytest.raises(NotFoundError):
        P.age_pyramid(register, "GZ", date(2020, 12, 31))


def test_largest_shortages_are_the_positive_gaps_of_the_first_equilibrium_year(register):
    _, results = P.run(register)
    expected = sorted(((r.code, r.advice[0].gap_fte) for r in results if r.advice[0].gap_fte > 0),
                      key=lambda item: -item[1])
    found = P.largest_shortages(register)
    assert [(s.code, s.gap_fte) for s in found] == expected
    for s in found:
        r = next(r for r in results if r.code == s.code)
        assert s.year == r.params.equilibrium_years[0] == 2037
        assert s.advice == r.advice[0].intake_clipped
        assert s.current_intake == r.advice[0].current_intake


def test_largest_shortages_follow_the_scenario_and_the_limit(register):
    # A scenario with 50% unmet demand for GZ. Supply does not change; demand at 2037 (t = 12, trend
    # year t = 10) changes by S(0) * (0.5 - onv) * (1 + demo(12)) * (1 + R * 10) (MODEL.md 4.2).
    P.create_scenario(register, "Tekort")
    P.set_parameters(register, "Tekort", "GZ", {"demand.unmet": Triple(0.5, 0.5, 0.5)})
    basis = P.run(register, occupation="GZ")[1][0]
    params = basis.params
    s0 = basis.supply_fte[0]
    onv = params.demand.unmet.mid
    demo12 = params.demand.demography.at(12, anchored=True)
    assert params.demand.trend.factor("working_time").mid == 0  # else R has 1/(1 - atv) - 1 for it
    r = sum(params.demand.trend.factor(f).mid for f in ("epidemiology", "socio_cultural", "professional",
                                                         "efficiency", "horizontal_substitution",
                                                         "vertical_substitution"))
    expected = basis.advice[0].gap_fte + s0 * (0.5 - onv) * (1 + demo12) * (1 + r * 10)
    found = P.largest_shortages(register, "Tekort")
    gz = next(s for s in found if s.code == "GZ")
    assert gz.gap_fte == pytest.approx(expected, rel=1e-9)
    assert [s.gap_fte for s in found] == sorted((s.gap_fte for s in found), reverse=True)
    assert len(P.largest_shortages(register, "Tekort", limit=1)) == 1
    assert P.largest_shortages(register, "Tekort", limit=0) == []
