"""explain(): additive parts of supply and demand, their dict and text forms."""

from __future__ import annotations

import json

import pytest

from hrplanner.domain.projection import (
    CareType,
    Demand,
    explain,
    project,
)
from hrplanner.domain.projection.examples import gz_psycholoog


def test_parts_add_up_to_totals():
    r = project(gz_psycholoog())
    for year in (2025, 2030, 2043, 2045):
        e = explain(r, year)
        assert sum(p.persons for p in e.supply_parts) == pytest.approx(e.supply_persons, rel=1e-12)
        assert sum(p.fte for p in e.supply_parts) == pytest.approx(e.supply_fte, rel=1e-12)
        assert sum(p.fte for p in e.demand_parts) == pytest.approx(e.demand_fte, rel=1e-12)
        assert e.gap_fte == pytest.approx(e.demand_fte - e.supply_fte)


def test_demand_split_is_sequential_expansion():
    # S(0) = 900, onv = 0.04, demo(18) = 0.038, R = 0.005 + 0.005 - 0.002 - 0.003 = 0.005,
    # tau = min(18, 10) = 10:
    # base 900; unmet 900 x 0.04 = 36; demography 936 x 0.038 = 35.568;
    # epidemiology 936 x 1.038 x 0.005 x 10 = 48.5784, efficiency = -19.43136.
    e = explain(gz_psycholoog(), 2043)
    parts = {p.key: p.fte for p in e.demand_parts}
    assert parts["demand.base"] == pytest.approx(900.0)
    assert parts["demand.unmet"] == pytest.approx(36.0)
    assert parts["demand.demography"] == pytest.approx(936 * 0.038)
    assert parts["demand.trend.epidemiology"] == pytest.approx(936 * 1.038 * 0.05)
    assert parts["demand.trend.efficiency"] == pytest.approx(-936 * 1.038 * 0.02)
    assert e.demand_fte == pytest.approx(900 * 1.04 * 1.038 * 1.05)


def test_supply_parts_per_group_and_stream():
    e = explain(gz_psycholoog(), 2043)
    keys = [p.key for p in e.supply_parts]
    assert keys[:5] == ["stock.women", "in_training.women", "decided.women", "lever.women",
                        "other_inflow.women"]
    assert "stock.men" in keys
    stock = {p.key: p for p in e.supply_parts}["stock.women"]
    # 1200 x 0.8 x (1 - U(18)), U(18) = 0.33 + 0.13 x 3/5 = 0.408; fte x 0.75.
    assert stock.persons == pytest.approx(960 * (1 - 0.408))
    assert stock.fte == pytest.approx(stock.persons * 0.75)


def test_bottom_up_explanation():
    from dataclasses import replace

    p = replace(gz_psycholoog(), demand=Demand(care_types=(
        CareType("ambulant", {0: 10_000, 20: 14_000}, 8.0),
        CareType("residential", {0: 1_000, 20: 600}, 20.0),
    )))
    e = explain(p, 2035)
    parts = {x.key: x.fte for x in e.demand_parts}
    # D(0) = 800 + 200 = 1000; S(0) = 900 -> "unmet" 100; ambulant +160 at t = 10; residential -40.
    assert parts["demand.unmet"] == pytest.approx(100.0)
    assert parts["demand.care.ambulant"] == pytest.approx(160.0)
    assert parts["demand.care.residential"] == pytest.approx(-40.0)
    assert sum(parts.values()) == pytest.approx(e.demand_fte)
    assert "care type: ambulant" in e.render()


def test_to_dict_and_render():
    e = explain(project(gz_psycholoog(), "high"), 2043)
    d = json.loads(json.dumps(e.to_dict(), allow_nan=False))
    assert d["year"] == 2043 and d["variant"] == "high"
    assert d["supply"]["parts"][0]["key"] == "stock.women"
    assert d["demand"]["parts"][0]["persons"] is None
    text = e.render()
    assert "GZ-psycholoog, 2043 (high variant)" in text
    assert "total supply" in text and "total demand" in text
    assert "trend: epidemiology" in text
    assert "Gap (demand - supply)" in text


def test_year_outside_projection_rejected():
    with pytest.raises(ValueError, match="outside the projection"):
        explain(gz_psycholoog(), 2050)
