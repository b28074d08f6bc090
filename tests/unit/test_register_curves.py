"""Register-derived curves at every year (issue 12, item 1): no sawtooth in supply, smooth advice.

The outflow curve U and graduate retention ER derived from the register used to be reduced to points
at t = 5, 10, 15, 20 (k = 1, 5, 10, 15) and interpolated linearly. The derived curves are strongly
curved, so the chord overestimated supply between the points and supply dipped at every fifth year.
These tests build one round with constant rates by hand and check the curves, supply and advice.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from hrplanner.domain import reference as ref
from hrplanner.domain.projection.model import project
from hrplanner.domain.projection.params import Curve, Group
from hrplanner.domain.records import FlowRecord, RoundData, StaffingRecord, TrainingRecord
from hrplanner.domain.register_inputs import curve_years, derive_params

#: 100 persons, 5 per age over 25-34 and 35-44: nobody reaches 67 within the 20 years, so the stock
#: leaves at the constant exit rate only.
BANDS = {"25-34": 50, "35-44": 50}


def constant_round() -> RoundData:
    """One organisation, occupation PM: 100 persons, 12 leave to another sector (an exit), 9 join
    from another sector, 12 in training with 4 planned intake a year: close to a steady state, where
    the old chord's dips showed most."""
    data = RoundData(date(2025, 12, 31), "2025")
    data.staffing = [StaffingRecord("A", "PM", band, "unknown", n, 0.8 * n) for band, n in BANDS.items()]
    data.flows = [FlowRecord("A", "PM", "out", "other_sector", 12), FlowRecord("A", "PM", "in", "other_sector", 9)]
    data.training = [TrainingRecord("A", "PM", "bbl", 12, 4, 4, 2)]
    return data


@pytest.fixture(scope="module")
def derived():
    params, inputs = derive_params(constant_round(), None, ref.OCCUPATION_BY_CODE["PM"], "PM")
    return params, inputs


def test_curves_are_given_at_every_year_of_the_horizon(derived):
    params, _ = derived
    (group,) = params.groups
    assert group.outflow.years == tuple(float(y) for y in range(1, 21))
    assert group.retention.years == tuple(float(k) for k in range(1, 21))
    assert curve_years(20) == tuple(range(1, 21))


def test_outflow_at_every_year_is_the_exact_remaining_share(derived):
    params, inputs = derived
    # persons at the start = 100 - 9 + 12 = 103, average 101.5; exit rate = 12 / 101.5 (no one
    # retires in year 1, so the age rule takes nothing off the observed exits)
    e = 12 / 101.5
    assert inputs.exit_rate == pytest.approx(e)
    (group,) = params.groups
    for t in range(1, 21):
        # ages 25..44: all below 67 for t <= 20, so U(t) = 1 - (1 - e)^t exactly, at every year
        assert group.outflow.at(t, anchored=True) == pytest.approx(1 - (1 - e) ** t)
        # retention: first-year share of PM graduates, then the same exit rate
        first = ref.OCCUPATION_BY_CODE["PM"].retention[0]
        assert group.retention.at(t) == pytest.approx(first * (1 - e) ** (t - 1))


def _minima(values: np.ndarray) -> list[int]:
    """Interior years lower than both neighbours (beyond float noise)."""
    return [t for t in range(1, len(values) - 1)
            if values[t] < values[t - 1] - 1e-9 and values[t] < values[t + 1] - 1e-9]


def _sign_changes(values: np.ndarray) -> int:
    steps = np.sign(np.round(np.diff(values), 9))
    steps = steps[steps != 0]
    return int(np.count_nonzero(steps[1:] != steps[:-1]))


def _five_yearly(params):
    """The same parameters with U and ER reduced to the old five-yearly points (the chord)."""
    (g,) = params.groups
    outflow = Curve(tuple(p for p in g.outflow.points if p[0] in (5, 10, 15, 20)))
    retention = Curve(tuple(p for p in g.retention.points if p[0] in (1, 5, 10, 15)))
    return replace(params, groups=(Group(g.name, g.share, g.fte, outflow, retention),))


def test_constant_rates_give_supply_without_interior_dips(derived):
    params, _ = derived
    supply = project(params).supply_fte
    # the stock leaves at a constant rate and a constant stream comes in: supply moves towards its
    # steady level without turning back more than once
    assert _sign_changes(supply) <= 1
    assert len(_minima(supply)) <= 1
    # the test can fail: the old five-yearly chord makes a dip at a point year
    old = project(_five_yearly(params)).supply_fte
    assert set(_minima(old)) & {5, 10, 15}
    assert _sign_changes(old) > 1


def _advice_steps(params) -> np.ndarray:
    """Year-to-year change of the advice for every equilibrium year from B + 6 (reachable: 3 years of
    training after the adjustment year B + 2) to B + 20."""
    years = tuple(range(params.base_year + 6, params.base_year + 21))
    advice = np.array([a.intake for a in project(replace(params, equilibrium_years=years)).advice], dtype=float)
    assert np.isfinite(advice).all()
    return np.diff(advice)


def test_advice_for_adjacent_equilibrium_years_differs_smoothly(derived):
    params, _ = derived
    steps = _advice_steps(params)
    # supply falls towards its level more slowly every year, so the advice falls, by ever smaller
    # steps: the same sign every year and no step more than a quarter larger than the one before
    assert (steps < 0).all()
    assert (np.abs(steps[1:]) <= 1.25 * np.abs(steps[:-1])).all()
    # the old chord breaks both at the point years
    old = _advice_steps(_five_yearly(params))
    assert (old > 0).any() or (np.abs(old[1:]) > 1.25 * np.abs(old[:-1])).any()
