"""Engine behaviour an independent mutation probe found untested (issue 12, item 5): the gap in persons
with several groups and no supply, the fallback when every group share is 0, and the mode of the Monte
Carlo draw. Expected figures are worked out by hand in each test."""

from __future__ import annotations

import math

import numpy as np
import pytest

from hrplanner.domain.projection import montecarlo
from hrplanner.domain.projection.model import project
from hrplanner.domain.projection.params import CareType, Demand, Group, ProjectionParams, Training, Triple


def params(persons=0.0, shares=(0.25, 0.75), fte=(0.6, 1.0), **extra) -> ProjectionParams:
    groups = tuple(Group(name, share, f, {5: 0.1, 10: 0.2}, {1: 1.0})
                   for name, share, f in zip(("women", "men", "other"), shares, fte))
    return ProjectionParams(
        occupation="X", base_year=2025, persons=persons, groups=groups, training=Training(duration=3),
        # bottom-up demand: 100 clients x 10 fte per 100 clients = 10 fte, whatever the supply
        demand=Demand(care_types=(CareType("all", 100, 10),)), **extra)


def test_gap_in_persons_with_several_groups_and_no_supply():
    r = project(params())
    assert (r.supply_persons == 0).all() and (r.supply_fte == 0).all()
    # no supply persons: the mean fte factor is the share-weighted group factor 0.25 x 0.6 + 0.75 x 1.0
    assert r.mean_fte_factor == pytest.approx(np.full(21, 0.9))
    assert r.gap_fte == pytest.approx(np.full(21, 10.0))
    assert r.gap_persons == pytest.approx(np.full(21, 10 / 0.9))


def test_all_shares_zero_split_equally():
    # the low variant draws both shares 0: the stock is split equally over the two groups
    p = params(persons=100.0, shares=(Triple(0.0, 0.5, 0.6), Triple(0.0, 0.5, 0.6)), fte=(0.5, 1.0))
    low = project(p, "low")
    assert low.group_share == pytest.approx([0.5, 0.5])
    # t = 0: 50 persons x 0.5 fte + 50 persons x 1.0 fte
    assert low.supply_persons[0] == pytest.approx(100) and low.supply_fte[0] == pytest.approx(75)
    # three groups, all 0: a third each
    p3 = params(persons=90.0, shares=(Triple(0.0, 0.2, 0.5), Triple(0.0, 0.3, 0.5), Triple(0.0, 0.5, 0.6)),
                fte=(0.3, 0.6, 0.9))
    low3 = project(p3, "low")
    assert low3.group_share == pytest.approx([1 / 3] * 3)
    assert low3.supply_fte[0] == pytest.approx(30 * (0.3 + 0.6 + 0.9))


def test_the_monte_carlo_draw_is_triangular_with_the_middle_as_mode(monkeypatch):
    low, mid, high = 100.0, 120.0, 200.0  # an asymmetric triangle: mean 140, not the middle 120
    drawn = []
    real = montecarlo.compute

    def spy(layout, v):
        drawn.append(v[:, layout.i_persons].copy())
        return real(layout, v)

    monkeypatch.setattr(montecarlo, "compute", spy)
    draws = 20_000
    pct = montecarlo.simulate(params(persons=Triple(low, mid, high)), draws, seed=7)
    sample = np.concatenate(drawn)
    assert sample.size == draws and sample.min() >= low and sample.max() <= high
    # the mean of a triangular distribution is (low + mode + high) / 3; its standard deviation is
    # sqrt((a^2 + b^2 + c^2 - ab - ac - bc) / 18) = sqrt(8400 / 18) = 21.6, so the sample mean of 20,000
    # draws lies within 4 standard errors (4 x 21.6 / sqrt(20,000) = 0.61) of 140
    assert abs(sample.mean() - (low + mid + high) / 3) < 4 * math.sqrt(8400 / 18) / math.sqrt(draws)
    # the percentiles of supply persons at t = 0 (= persons) follow the triangle's quantile function:
    # F(mode) = (120 - 100) / (200 - 100) = 0.2; p10 = 100 + sqrt(0.1 x 100 x 20) = 114.14;
    # p50 = 200 - sqrt(0.5 x 100 x 80) = 136.75; p90 = 200 - sqrt(0.1 x 100 x 80) = 171.72
    expected = [100 + math.sqrt(0.1 * 100 * 20), 200 - math.sqrt(0.5 * 100 * 80), 200 - math.sqrt(0.1 * 100 * 80)]
    assert pct.supply_persons[:, 0] == pytest.approx(expected, abs=1.0)
