"""Hand-computed cases of the projection model (MODEL.md 4.1-4.3), arithmetic written out."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest

from hrplanner.domain.projection import (
    CareType,
    Demand,
    Group,
    ProjectionParams,
    Stream,
    Training,
    Trend,
    Triple,
    from_flat,
    project,
    project_many,
    variant,
)
from hrplanner.domain.projection.examples import gz_psycholoog, synthetic_region

B = 2025


def make(
    *,
    persons=100.0,
    fte=1.0,
    outflow=None,
    retention=None,
    duration=2.0,
    in_training=(0.0, 1.0),
    decided=(0.0, 1.0),
    lever=(0.0, 1.0),
    other=0.0,
    horizon=20,
    adjustment=B + 2,
    trend_year=B + 10,
    equilibrium=(B + 12, B + 18),
    demand=None,
    groups=None,
):
    """A one-group parameter set with everything switched off unless asked for."""
    if groups is None:
        groups = (
            Group(
                "all",
                1.0,
                fte,
                outflow if outflow is not None else {20: 0.0},
                retention if retention is not None else {1: 1.0},
            ),
        )
    return ProjectionParams(
        occupation="test",
        base_year=B,
        horizon=horizon,
        adjustment_year=adjustment,
        trend_year=trend_year,
        equilibrium_years=equilibrium,
        persons=persons,
        groups=groups,
        training=Training(duration, Stream(*in_training), Stream(*decided), Stream(*lever)),
        other_inflow=other,
        demand=demand if demand is not None else Demand(),
    )


# --- 4.1.1 today's stock ----------------------------------------------------------------------


def test_stock_left_follows_outflow_curve():
    # N = 100, U = pw({0: 0, 5: 0.1, 10: 0.2, 15: 0.3, 20: 0.4})
    # S(5) = 100 * (1 - 0.1) = 90; S(2) = 100 * (1 - 0.04) = 96 (0.1 * 2/5);
    # S(20) = 100 * (1 - 0.4) = 60.
    r = project(make(outflow={5: 0.1, 10: 0.2, 15: 0.3, 20: 0.4}))
    assert r.stock[0, 5] == pytest.approx(90.0)
    assert r.stock[0, 2] == pytest.approx(96.0)
    assert r.stock[0, 20] == pytest.approx(60.0)
    assert r.supply_persons[5] == pytest.approx(90.0)


def test_stock_with_only_u20_is_linear_from_zero():
    # U = pw({0: 0, 20: 0.4}): U(5) = 0.1, so S(5) = 90.
    r = project(make(outflow={20: 0.4}))
    assert r.stock[0, 5] == pytest.approx(90.0)


def test_outflow_extrapolated_beyond_one_is_clipped_so_stock_never_negative():
    # U(15) = 0.6, U(20) = 0.9: extrapolated U(30) = 0.9 + 0.3 * 2 = 1.5 -> clipped to 1.
    r = project(make(outflow={15: 0.6, 20: 0.9}, horizon=30, equilibrium=(B + 20,)))
    assert r.stock[0, 25] == pytest.approx(0.0)
    assert r.stock[0, 30] == 0.0
    assert r.outflow_share[0, 30] == 1.0
    assert (r.stock >= 0).all()


# --- 4.1.2 training streams -------------------------------------------------------------------


def test_lever_stream_whole_duration():
    # Lever from s0 = 0 (adjustment year = base year), n = 10, IR = 0.9, d = 2, ER = 1:
    # cum(t) = clip(t - 2 - 0, 0, inf): cum(1) = cum(2) = 0, cum(3) = 1, cum(4) = 2.
    # G(j) = n * IR * (cum(j) - cum(j - 1)): G(1) = G(2) = 0, G(3) = G(4) = ... = 9.
    # (The first cohort, starting during year 0-1, graduates during year 2-3 and is counted
    # at t = 3; graduation runs at 9 per year from t = 2 on.)
    # T(t) = sum_j G(j) ER(t - j + 1) = 9 * (t - 2) for t >= 2.
    r = project(make(persons=0.0, lever=(10.0, 0.9), adjustment=B))
    lever = r.streams["lever"][0]
    assert lever[:3] == pytest.approx([0.0, 0.0, 0.0])
    assert lever[3] == pytest.approx(9.0)
    assert lever[4] == pytest.approx(18.0)
    assert lever[10] == pytest.approx(72.0)


def test_fractional_duration():
    # d = 1.5: cum(t) = clip(t - 1.5, 0, ...): cum(1) = 0, cum(2) = 0.5, cum(3) = 1.5.
    # G(2) = 9 * 0.5 = 4.5, G(3) = 9 * 1 = 9, G(4) = 9.
    # T(2) = 4.5, T(3) = 13.5, T(4) = 22.5 (ER = 1).
    r = project(make(persons=0.0, duration=1.5, lever=(10.0, 0.9), adjustment=B))
    lever = r.streams["lever"][0]
    assert lever[1] == pytest.approx(0.0)
    assert lever[2] == pytest.approx(4.5)
    assert lever[3] == pytest.approx(13.5)
    assert lever[4] == pytest.approx(22.5)


def test_in_training_stream_graduates_over_first_d_years_with_retention():
    # In training now: n1 = 10 per year, d = 2, IR = 0.9, s0 = -2, s1 = 0:
    # cum(t) = clip(t - 2 + 2, 0, 2) = clip(t, 0, 2): G(1) = 9, G(2) = 9, G(3..) = 0.
    # ER = pw({1: 1.0, 5: 0.8}): ER(1) = 1, ER(2) = 0.95, ER(3) = 0.9.
    # T(1) = 9 * ER(1) = 9; T(2) = 9 * ER(2) + 9 * ER(1) = 8.55 + 9 = 17.55;
    # T(3) = 9 * ER(3) + 9 * ER(2) = 8.1 + 8.55 = 16.65.
    r = project(make(persons=0.0, in_training=(10.0, 0.9), retention={1: 1.0, 5: 0.8}))
    t = r.streams["in_training"][0]
    assert t[0] == 0.0
    assert t[1] == pytest.approx(9.0)
    assert t[2] == pytest.approx(17.55)
    assert t[3] == pytest.approx(16.65)


def test_decided_stream_stops_at_adjustment_year():
    # Decided: n2 = 10, IR = 1, d = 2, s0 = 0, s1 = A = 3: cum(t) = clip(t - 2, 0, 3):
    # graduates 10 a year at t = 3, 4, 5, then none: T = 0, 0, 0, 10, 20, 30, 30, ...
    r = project(make(persons=0.0, decided=(10.0, 1.0), adjustment=B + 3))
    assert r.streams["decided"][0][:8] == pytest.approx([0, 0, 0, 10, 20, 30, 30, 30])


def test_other_inflow_counts_from_year_one():
    # m = 5 per year from t = 1, ER = 1: T(t) = 5 t.
    r = project(make(persons=0.0, other=5.0))
    assert r.streams["other_inflow"][0][:4] == pytest.approx([0, 5, 10, 15])


def test_retention_is_floored_at_zero():
    # ER = pw({1: 0.5, 5: 0.1}) is -0.025 at lag 10 when extrapolated; floored at 0.
    # Other inflow m = 1 from t = 1; at t = 10 the inflow of year 1 has lag 10: contributes 0.
    r = project(make(persons=0.0, other=1.0, retention={1: 0.5, 5: 0.1}))
    er = np.maximum(np.interp(np.arange(1, 11), [1, 5], [0.5, 0.1]), 0)
    er[5:] = np.maximum(0.1 + (np.arange(6, 11) - 5) * (0.1 - 0.5) / 4, 0)
    assert r.streams["other_inflow"][0][10] == pytest.approx(er.sum())
    assert (r.streams["other_inflow"][0] >= 0).all()


def test_group_shares_of_streams_and_fte():
    # Two groups, 70/30 of the stock, fte 0.5 and 1.0; trainees 60/40; other inflow 50/50.
    # S(0) = 100 * (0.7 * 0.5 + 0.3 * 1.0) = 65 fte.
    # Other inflow m = 10 (ER = 1): at t = 2: women 10 persons, men 10 persons
    # -> supply fte(2) = 65 + 10 * 0.5 + 10 * 1.0 = 80.
    groups = (
        Group("women", 0.7, 0.5, {20: 0.0}, {1: 1.0}, 0.6, 0.5),
        Group("men", 0.3, 1.0, {20: 0.0}, {1: 1.0}, 0.4, 0.5),
    )
    r = project(make(groups=groups, other=10.0))
    assert r.supply_fte[0] == pytest.approx(65.0)
    assert r.supply_fte[2] == pytest.approx(80.0)
    assert r.streams["other_inflow"][:, 2] == pytest.approx([10.0, 10.0])


def test_fte_curve_clamped_before_first_point_and_extrapolated_after_last():
    # fte = pw({5: 0.8, 10: 0.9}): held at 0.8 before t = 5; 1.1 at t = 20 (extrapolated).
    r = project(make(fte={5: 0.8, 10: 0.9}))
    assert r.fte_factor[0, 0] == pytest.approx(0.8)
    assert r.fte_factor[0, 3] == pytest.approx(0.8)
    assert r.fte_factor[0, 7] == pytest.approx(0.84)
    assert r.fte_factor[0, 20] == pytest.approx(1.1)
    assert r.supply_fte[20] == pytest.approx(110.0)


# --- 4.2 demand -------------------------------------------------------------------------------


def test_demand_top_down_with_trend_stop_and_sustained():
    # S(0) = 100, onv = 0.1, demo = pw({0: 0, 5: 0.05}) -> demo(10) = 0.1 (extrapolated),
    # R = 0.01 (epidemiology), trend year B + 5:
    # D(0) = 100 * 1.1 = 110;  D(10) = 100 * 1.1 * 1.1 * (1 + 0.01 * min(10, 5)) = 127.05;
    # sustained: D(10) = 100 * 1.1 * 1.1 * (1 + 0.01 * 10) = 133.1.
    demand = Demand(unmet=0.1, demography={5: 0.05}, trend=Trend(epidemiology=0.01))
    r = project(make(demand=demand, trend_year=B + 5))
    assert r.demand_fte[0] == pytest.approx(110.0)
    assert r.demand_fte[10] == pytest.approx(127.05)
    sustained = Demand(unmet=0.1, demography={5: 0.05}, trend=Trend(epidemiology=0.01),
                       sustained=True)
    r2 = project(make(demand=sustained, trend_year=B + 5))
    assert r2.demand_fte[10] == pytest.approx(133.1)


def test_working_time_enters_r_as_one_over_one_minus_atv():
    # atv = 0.02 per year: r = 1 / 0.98 - 1 = 0.0204082; D(10) = 100 * (1 + 10 r).
    r = project(make(demand=Demand(trend=Trend(working_time=0.02))))
    assert r.demand_fte[10] == pytest.approx(100 * (1 + 10 * (1 / 0.98 - 1)))


def test_trend_factors_add_up_into_r():
    # R = 0.003 + 0.005 + 0.001 + 0.002 + 0.005 = 0.016 -> D(10) = 100 * 1.16.
    trend = Trend(epidemiology=0.003, socio_cultural=0.005, professional=0.001, efficiency=0.002,
                  horizontal_substitution=0.005)
    r = project(make(demand=Demand(trend=trend)))
    assert r.demand_fte[10] == pytest.approx(116.0)


def test_bottom_up_demand_replaces_top_down():
    # Care type A: clients pw({0: 1000, 10: 1200}) x 5 fte per 100 clients -> 50 .. 60 fte;
    # care type B: 500 clients constant x 2 per 100 -> 10 fte. D(0) = 60, D(10) = 70, D(20) = 80.
    # unmet and trends in the file are then ignored (here: unmet 0.5 would otherwise show).
    care = (
        CareType("ambulant", {0: 1000, 10: 1200}, 5.0),
        CareType("residential", 500, 2.0),
    )
    demand = Demand(unmet=0.5, trend=Trend(epidemiology=0.05), care_types=care)
    r = project(make(demand=demand))
    assert r.demand_fte[0] == pytest.approx(60.0)
    assert r.demand_fte[10] == pytest.approx(70.0)
    assert r.demand_fte[20] == pytest.approx(80.0)
    # Parts: base S(0) = 100, "unmet" = D(0) - S(0) = -40, ambulant change +10 at t = 10.
    assert r.demand_parts["base"][10] == pytest.approx(100.0)
    assert r.demand_parts["unmet"][10] == pytest.approx(-40.0)
    assert r.demand_parts["care.ambulant"][10] == pytest.approx(10.0)
    assert r.demand_parts["care.residential"][10] == pytest.approx(0.0)
    total = sum(arr for arr in r.demand_parts.values())
    assert total == pytest.approx(r.demand_fte)


def test_demand_parts_add_up():
    r = project(gz_psycholoog())
    total = sum(arr for arr in r.demand_parts.values())
    np.testing.assert_allclose(total, r.demand_fte, rtol=1e-12)


# --- 4.3 gap and advice -----------------------------------------------------------------------


def test_gap_in_persons_uses_mean_fte_factor_of_supply():
    # fte 0.8: S(0) = 80, onv = 0.1 -> D(0) = 88, gap 8 fte = 8 / 0.8 = 10 persons.
    r = project(make(fte=0.8, demand=Demand(unmet=0.1)))
    assert r.gap_fte[0] == pytest.approx(8.0)
    assert r.mean_fte_factor[0] == pytest.approx(0.8)
    assert r.gap_persons[0] == pytest.approx(10.0)


def test_gap_persons_falls_back_to_group_factor_when_no_supply():
    r = project(make(persons=0.0, fte=0.5, demand=Demand(care_types=(CareType("x", 100, 10),))))
    # No supply at all: mean fte factor = share-weighted group factor 0.5; gap 10 fte = 20 persons.
    assert r.supply_persons[0] == 0
    assert r.gap_persons[0] == pytest.approx(20.0)


def test_advice_matches_model_formula_and_closes_gap():
    p = gz_psycholoog()
    r = project(p)
    a = r.advice[0]
    n3 = 60.0
    fte3 = n3 * a.fte_per_trainee  # FTE3(T) at the current n3
    assert a.intake == pytest.approx(n3 * (1 + a.gap_fte / fte3))
    rerun = project(from_flat(p, {"training.lever.intake": a.intake}))
    t = rerun.index(a.equilibrium_year)
    assert abs(rerun.gap_fte[t]) <= 1e-6 * rerun.demand_fte[t]


def test_advice_with_zero_current_intake():
    # n3 = 0: MODEL's n3 (1 + gap / FTE3) is 0 / 0; advice = gap / FTE3 per trainee instead.
    p = make(lever=(0.0, 0.9), outflow={20: 0.4}, equilibrium=(B + 12,))
    r = project(p)
    a = r.advice[0]
    assert a.current_intake == 0.0
    assert a.intake == pytest.approx(a.gap_fte / a.fte_per_trainee)
    assert a.intake > 0
    rerun = project(from_flat(p, {"training.lever.intake": a.intake}))
    assert rerun.gap_fte[12] == pytest.approx(0.0, abs=1e-6 * rerun.demand_fte[12])


def test_advice_not_reachable_when_no_lever_graduate_can_work_by_then():
    # Adjustment year B + 10, d = 3: the first lever graduates count at t = 14 > 12.
    r = project(make(lever=(10.0, 0.9), duration=3.0, adjustment=B + 10, equilibrium=(B + 12,
                                                                                       B + 18)))
    first, second = r.advice
    assert first.intake is None and first.intake_clipped is None
    assert first.reason == f"not reachable by training before {B + 12}"
    assert second.intake is not None
    assert r.impact[0].parts == {} and r.impact[0].total is None
    d = r.to_dict()
    assert d["advice"][0]["intake"] is None
    assert d["advice"][0]["reason"].startswith("not reachable")


def test_negative_advice_is_reported_and_clipped():
    # Big in-training and other inflow, no outflow: supply far above demand.
    r = project(make(in_training=(50.0, 1.0), other=20.0, lever=(5.0, 1.0)))
    a = r.advice[0]
    assert a.intake < 0
    assert a.clipped and a.intake_clipped == 0.0
    assert "clipped to 0" in a.reason


def test_impact_parts_add_up_to_advice():
    for p in [gz_psycholoog(), *synthetic_region(12)]:
        for v in ("low", "middle", "high"):
            r = project(p, v)
            for a, imp in zip(r.advice, r.impact):
                if a.intake is None:
                    continue
                assert sum(imp.parts.values()) == pytest.approx(a.intake, rel=1e-9, abs=1e-9)
                assert imp.total == a.intake


def test_impact_parts_are_the_right_factors():
    # One group, N = 100, f = 1, U(12) = 0.24 (U20 = 0.4), no other supply; demand S(0) * 1.1.
    # gap(12) = 110 - 76 - n3 part; FTE3 per trainee at 12 = IR * (12 - 2 - 2) * 1 = 8 (ER = 1,
    # d = 2, A = 2). Parts in fte: unmet = 10, outflow = 24 -> advice = (10 + 24) / 8 = 4.25.
    p = make(outflow={20: 0.4}, lever=(3.0, 1.0), demand=Demand(unmet=0.1), equilibrium=(B + 12,))
    r = project(p)
    imp = r.impact[0]
    assert r.advice[0].fte_per_trainee == pytest.approx(8.0)
    assert imp.parts_fte["unmet"] == pytest.approx(10.0)
    assert imp.parts_fte["supply.outflow"] == pytest.approx(24.0)
    assert imp.parts["unmet"] == pytest.approx(1.25)
    assert imp.parts["supply.outflow"] == pytest.approx(3.0)
    assert r.advice[0].intake == pytest.approx(4.25)
    others = [v for k, v in imp.parts.items() if k not in ("unmet", "supply.outflow")]
    assert others == pytest.approx([0.0] * len(others))


def test_demography_alone_impact():
    # Demography +10% by t = 12 (pw through 0 and 12); S(0) = 100 -> 10 fte; FTE3_pt = 8.
    p = make(lever=(1.0, 1.0), demand=Demand(demography={12: 0.1}), equilibrium=(B + 12,))
    r = project(p)
    assert r.impact[0].parts["demography"] == pytest.approx(10.0 / 8.0)


# --- variants, results ------------------------------------------------------------------------


def test_variants_pick_low_middle_high_values():
    p = make(demand=Demand(unmet=Triple(0.0, 0.1, 0.2)))
    low, mid, high = (project(p, v) for v in ("low", "middle", "high"))
    assert (low.demand_fte[0], mid.demand_fte[0], high.demand_fte[0]) == pytest.approx(
        (100.0, 110.0, 120.0)
    )
    assert low.variant == "low"
    # Same as projecting the collapsed parameters.
    np.testing.assert_allclose(project(variant(p, "high")).demand_fte, high.demand_fte)


def test_unknown_variant_rejected():
    with pytest.raises(ValueError):
        project(gz_psycholoog(), "pessimistic")


def test_result_arrays_are_read_only():
    r = project(gz_psycholoog())
    with pytest.raises(ValueError):
        r.supply_fte[0] = 1.0


def test_project_many_and_cache_do_not_mix_variants():
    region = synthetic_region(4)
    mids = project_many(region, "middle")
    highs = project_many(region, "high")
    for p, m, h in zip(region, mids, highs):
        assert m.occupation == p.occupation
        assert m.variant == "middle" and h.variant == "high"
        np.testing.assert_allclose(m.supply_fte, project(variant(p, "middle")).supply_fte)
        np.testing.assert_allclose(h.supply_fte, project(variant(p, "high")).supply_fte)


def test_to_dict_is_json_ready():
    r = project(gz_psycholoog())
    d = r.to_dict()
    text = json.dumps(d, allow_nan=False)
    back = json.loads(text)
    for key in ("occupation", "years", "supply_persons", "supply_fte", "demand_fte", "gap_fte",
                "gap_persons", "advice", "impact"):
        assert key in back
    assert back["years"][0] == 2025 and len(back["years"]) == 21
    assert back["supply_fte"][0] == 900.0
    assert back["advice"][0]["equilibrium_year"] == 2043
    assert set(back["advice"][0]) >= {"equilibrium_year", "intake", "reason"}
    parts = back["impact"][0]["parts"]
    assert sum(parts.values()) == pytest.approx(back["advice"][0]["intake"], abs=0.1)


def test_supply_parts_add_up():
    r = project(gz_psycholoog())
    persons = r.stock + sum(r.streams.values())
    np.testing.assert_allclose(persons.sum(axis=0), r.supply_persons, rtol=1e-12)
    np.testing.assert_allclose((persons * r.fte_factor).sum(axis=0), r.supply_fte, rtol=1e-12)
    np.testing.assert_allclose(
        sum(r.stream_fte.values()) + (r.stock * r.fte_factor).sum(axis=0), r.supply_fte,
        rtol=1e-12,
    )


def test_engine_does_not_import_qt_or_other_layers():
    code = (
        "import sys, hrplanner.domain.projection as p;"
        "p.project(p.load_params(sys.argv[1]));"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')"
        " or m.startswith(('hrplanner.db', 'hrplanner.services', 'hrplanner.ui'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    from pathlib import Path

    path = Path(__file__).parents[1] / "data" / "params" / "gz_psycholoog.toml"
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_nan_never_leaks_into_regular_results():
    for p in synthetic_region(12):
        r = project(p)
        for arr in (r.supply_persons, r.supply_fte, r.demand_fte, r.gap_fte, r.gap_persons):
            assert np.isfinite(arr).all()
        assert all(a.intake is None or math.isfinite(a.intake) for a in r.advice)
