"""Monte Carlo over triangular (low, middle, high) parameters."""

from __future__ import annotations

import json

import numpy as np
import pytest

from hrplanner.domain.projection import (
    Cancelled,
    Triple,
    from_flat,
    project,
    simulate,
    variant,
)
from hrplanner.domain.projection.examples import gz_psycholoog, synthetic_occupation


def uncertain_gz():
    return from_flat(
        gz_psycholoog(),
        {
            "training.lever.intake": Triple(40, 60, 90),
            "demand.trend.epidemiology": Triple(0.0, 0.005, 0.01),
            "group.women.outflow.20": Triple(0.4, 0.46, 0.5),
            "group.women.share": Triple(0.75, 0.8, 0.85),  # renormalised per draw
        },
    )


def test_reproducible_with_seed_and_independent_of_chunks():
    p = uncertain_gz()
    a = simulate(p, draws=500, seed=7)
    b = simulate(p, draws=500, seed=7, chunk_size=64)
    c = simulate(p, draws=500, seed=8)
    for name in ("gap_fte", "supply_fte", "demand_fte", "advice"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
    assert not np.array_equal(a.gap_fte, c.gap_fte)


def test_percentiles_are_ordered_and_shaped():
    p = synthetic_occupation(3)
    r = simulate(p, draws=400, seed=1)
    y = p.horizon + 1
    for name in ("gap_fte", "supply_fte", "demand_fte", "supply_persons", "gap_persons"):
        arr = getattr(r, name)
        assert arr.shape == (3, y)
        assert (arr[0] <= arr[1] + 1e-9).all() and (arr[1] <= arr[2] + 1e-9).all()
    assert r.advice.shape == (3, len(p.equilibrium_years))
    assert r.quantiles == (10, 50, 90)
    assert r.get("gap_fte", 90) is not None and r.p50["gap_fte"].shape == (y,)
    assert list(r.years) == list(p.years)


def test_certain_parameters_give_the_deterministic_result():
    p = variant(synthetic_occupation(1), "middle")
    r = simulate(p, draws=50, seed=3)
    det = project(p)
    for q in range(3):
        np.testing.assert_allclose(r.gap_fte[q], det.gap_fte, rtol=1e-12, atol=1e-9)
        np.testing.assert_allclose(r.advice[q], [a.intake for a in det.advice], rtol=1e-9)


def test_draws_stay_within_low_high_envelope():
    # Every parameter drawn between its low and high value: the median demand lies between the
    # demand of a run with only demand factors low and one with them high (monotone in each).
    p = from_flat(gz_psycholoog(), {"demand.unmet": Triple(0.0, 0.04, 0.08)})
    r = simulate(p, draws=300, seed=0)
    lo, hi = project(p, "low").demand_fte, project(p, "high").demand_fte
    assert (r.demand_fte[0] >= lo - 1e-9).all() and (r.demand_fte[2] <= hi + 1e-9).all()
    assert (r.demand_fte[2] > r.demand_fte[0]).all()


def test_progress_and_cancel():
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return True

    simulate(uncertain_gz(), draws=250, chunk_size=100, progress=progress)
    assert calls == [(100, 250), (200, 250), (250, 250)]

    def cancel_after_first(done, total):
        return done < 100

    with pytest.raises(Cancelled):
        simulate(uncertain_gz(), draws=1000, chunk_size=100, progress=cancel_after_first)
    # None (a callback without return value) does not cancel.
    simulate(uncertain_gz(), draws=20, chunk_size=10, progress=lambda d, t: None)


def test_unreachable_years_give_nan_advice():
    p = from_flat(synthetic_occupation(0), {"years.adjustment": 2036,
                                            "training.duration": Triple(1.0, 1.5, 2.0)})
    r = simulate(p, draws=100)
    # Equilibrium 2037: lever starts 2036, graduates at the earliest 2037-2038: not reachable.
    assert np.isnan(r.advice[:, 0]).all()
    assert r.advice_reachable[0] == 0.0
    assert np.isfinite(r.advice[:, 1]).all()
    d = r.to_dict()
    json.dumps(d, allow_nan=False)
    assert d["advice"]["p50"][0] is None


def test_bad_arguments():
    with pytest.raises(ValueError):
        simulate(gz_psycholoog(), draws=0)
    with pytest.raises(ValueError):
        simulate(gz_psycholoog(), draws=10, chunk_size=0)
