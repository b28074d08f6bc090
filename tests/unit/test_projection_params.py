"""Parameter dataclasses: Triple, Curve and pw, validation, the flat key scheme and variants."""

from __future__ import annotations

import numpy as np
import pytest

from hrplanner.domain.projection import (
    CareType,
    Curve,
    Demand,
    Group,
    ParameterError,
    ProjectionParams,
    Stream,
    Training,
    Triple,
    from_flat,
    pw,
    to_flat,
    variant,
)
from hrplanner.domain.projection.examples import gz_psycholoog, synthetic_region
from hrplanner.domain.projection.params import pw_weights


def one_group(**kw):
    base = dict(name="all", share=1.0, fte=0.8, outflow={20: 0.4}, retention={1: 1.0})
    base.update(kw)
    return Group(**base)


def params(**kw):
    base = dict(
        occupation="x",
        base_year=2025,
        persons=100,
        groups=(one_group(),),
        training=Training(2.0),
    )
    base.update(kw)
    return ProjectionParams(**base)


# --- Triple -----------------------------------------------------------------------------------


def test_triple_of_number_mapping_and_tuple():
    assert Triple.of(3) == Triple(3.0, 3.0, 3.0)
    assert Triple.of({"low": 1, "middle": 2, "high": 3}) == Triple(1, 2, 3)
    assert Triple.of((1, 2, 3)).pick("high") == 3.0
    assert Triple(1, 2, 3).pick("middle") == 2.0
    assert Triple(1, 2, 3).pick("low") == 1.0
    assert Triple(1, 1, 1).certain and not Triple(1, 2, 3).certain


@pytest.mark.parametrize("bad", [(2, 1, 3), (1, 3, 2), (float("nan"), 1, 2), (True, 1, 1)])
def test_triple_rejects_disorder_and_non_numbers(bad):
    with pytest.raises(ValueError):
        Triple(*bad)


# --- pw and Curve -----------------------------------------------------------------------------


def test_pw_interpolates_and_extrapolates_from_last_segment():
    pts = {0: 0.0, 5: 0.1, 10: 0.3}
    assert pw(pts, 2.5) == pytest.approx(0.05)
    assert pw(pts, 10) == pytest.approx(0.3)
    assert pw(pts, 15) == pytest.approx(0.5)  # slope of 5..10 continued


def test_pw_is_held_constant_before_first_point():
    assert pw({5: 0.8, 10: 0.9}, 0) == pytest.approx(0.8)
    assert pw({5: 0.8, 10: 0.9}, -3) == pytest.approx(0.8)


def test_pw_vectorised_and_shapes():
    t = np.arange(0, 21).reshape(3, 7)
    out = pw([(0, 1.0), (20, 3.0)], t)
    assert out.shape == (3, 7)
    np.testing.assert_allclose(out, 1.0 + t / 10)
    assert isinstance(pw({0: 1.0}, 4), float)
    assert pw({3: 2.0}, np.array([0.0, 10.0])) == pytest.approx([2.0, 2.0])  # one point: constant


def test_pw_weights_are_linear_in_values():
    xs = (1.0, 5.0, 10.0, 15.0)
    ys = np.array([0.98, 0.93, 0.88, 0.84])
    t = np.arange(25)
    np.testing.assert_allclose(pw_weights(xs, t) @ ys, pw(dict(zip(xs, ys)), t))
    np.testing.assert_allclose(pw_weights(xs, t).sum(axis=1), 1.0)


def test_curve_coercion_and_sorting():
    c = Curve.of({10: 0.2, 5: Triple(0.05, 0.1, 0.15)})
    assert c.years == (5.0, 10.0)
    assert c.values("low") == (0.05, 0.2)
    assert Curve.of(0.75).is_constant
    assert c.at(7.5) == pytest.approx(0.15)
    assert c.at(2.5, anchored=True) == pytest.approx(0.05)
    with pytest.raises(ValueError):
        Curve(((5, 0.1), (5.0, 0.2)))


# --- validation -------------------------------------------------------------------------------


def test_defaults_resolved_on_construction():
    p = params()
    assert p.adjustment_year == 2027
    assert p.trend_year == 2035
    assert p.equilibrium_years == (2037, 2043)
    assert p.horizon == 20
    assert p.groups[0].training_share == p.groups[0].share


def test_default_equilibrium_years_beyond_horizon_are_left_out():
    assert params(horizon=15).equilibrium_years == (2037,)
    assert params(horizon=10).equilibrium_years == (2035,)


@pytest.mark.parametrize(
    "kw, key, rule",
    [
        (dict(persons=-1), "supply.persons", "0 or more"),
        (dict(groups=(one_group(share=1.2),)), "group.all.share", "between 0 and 1"),
        (dict(groups=(one_group(outflow={5: 1.5}),)), "group.all.outflow.5", "between 0 and 1"),
        (dict(groups=(one_group(outflow={0: 0.0, 5: 0.1}),)), "group.all.outflow.0", "after 0"),
        (dict(groups=(one_group(retention={}),)), "group.all.retention", "is required"),
        (dict(groups=(one_group(fte=3.0),)), "group.all.fte.0", "between 0 and 2"),
        (dict(groups=(one_group(share=0.6), one_group(name="b", share=0.3))), "group.*.share",
         "sum to 1"),
        (dict(groups=(one_group(), one_group())), "supply.group[2].name", "unique"),
        (dict(groups=(one_group(name="a.b"),)), "supply.group[1].name", "without dots"),
        (dict(training=Training(2.0, lever=Stream(10, 1.1))), "training.lever.completion",
         "between 0 and 1"),
        (dict(demand=Demand(unmet=1.5)), "demand.unmet", "between 0 and 1"),
        (dict(adjustment_year=2020), "years.adjustment", "or later"),
        (dict(equilibrium_years=(2050,)), "years.equilibrium.0", "between 2026 and 2045"),
        (dict(horizon=0), "years.horizon", "between 1 and 100"),
        (dict(demand=Demand(care_types=(CareType("a", {}, 1.0),))), "demand.care.a.clients",
         "is required"),
    ],
)
def test_validation_names_key_value_and_rule(kw, key, rule):
    with pytest.raises(ParameterError) as info:
        params(**kw)
    assert info.value.key == key
    assert rule in info.value.rule
    assert key in str(info.value)


def test_shares_within_tolerance_accepted():
    g1 = one_group(name="a", share=0.7 + 5e-7)
    g2 = one_group(name="b", share=0.3)
    params(groups=(g1, g2))  # sums to 1 + 5e-7: within 1e-6


def test_uncertain_value_out_of_range_rejected():
    with pytest.raises(ParameterError) as info:
        params(demand=Demand(unmet=Triple(0.5, 0.9, 1.2)))
    assert info.value.key == "demand.unmet"


# --- flat key scheme --------------------------------------------------------------------------


def test_flat_keys_of_example():
    flat = to_flat(gz_psycholoog())
    for key in (
        "years.base",
        "years.adjustment",
        "years.trend",
        "years.horizon",
        "years.equilibrium.0",
        "supply.persons",
        "group.women.share",
        "group.women.fte.0",
        "group.women.outflow.10",
        "group.women.retention.5",
        "group.men.training_share",
        "group.men.other_inflow_share",
        "training.duration",
        "training.lever.intake",
        "training.lever.completion",
        "training.in_training.intake",
        "other_inflow.per_year",
        "demand.unmet",
        "demand.demography.10",
        "demand.trend.epidemiology",
        "demand.trend.working_time",
        "demand.sustained",
    ):
        assert key in flat, key
        assert isinstance(flat[key], Triple)
    assert flat["years.adjustment"] == Triple(2027, 2027, 2027)
    assert flat["demand.sustained"] == Triple(0, 0, 0)
    assert flat["group.women.outflow.10"].mid == 0.21


@pytest.mark.parametrize("p", [gz_psycholoog(), *synthetic_region(6)])
def test_flat_round_trip_is_exact(p):
    assert from_flat(p, to_flat(p)) == p


def test_flat_round_trip_with_care_types():
    p = params(demand=Demand(care_types=(CareType("ambulant", {0: 100, 10: 150}, 4.0),)))
    flat = to_flat(p)
    assert flat["demand.care.ambulant.clients.10"].mid == 150
    assert flat["demand.care.ambulant.fte_per_100_clients"].mid == 4.0
    assert from_flat(p, flat) == p


def test_from_flat_overrides_and_adds_curve_points():
    p = gz_psycholoog()
    q = from_flat(
        p,
        {
            "training.lever.intake": Triple(50, 80, 100),
            "group.women.outflow.25": 0.55,
            "demand.sustained": 1,
            "years.adjustment": 2028,
        },
    )
    assert q.training.lever.intake == Triple(50, 80, 100)
    assert q.group("women").outflow.years == (5, 10, 15, 20, 25)
    assert q.demand.sustained is True
    assert q.adjustment_year == 2028
    assert q.group("men") == p.group("men")


@pytest.mark.parametrize(
    "key, value, rule",
    [
        ("training.lever.intak", 5, "not a parameter"),
        ("group.woman.share", 0.5, "not a parameter"),
        ("years.adjustment", Triple(2026, 2027, 2028), "single whole number"),
        ("years.trend", 2035.5, "whole number"),
        ("demand.sustained", 2, "0 (false) or 1 (true)"),
        ("demand.unmet", 3.0, "between 0 and 1"),
    ],
)
def test_from_flat_rejects_bad_keys_and_values(key, value, rule):
    with pytest.raises(ParameterError) as info:
        from_flat(gz_psycholoog(), {key: value})
    assert rule in str(info.value)
    assert key in str(info.value)


def test_variant_collapses_every_triple():
    p = synthetic_region(1)[0]
    for which in ("low", "middle", "high"):
        q = variant(p, which)
        assert all(t.certain for t in to_flat(q).values())
        pick = "mid" if which == "middle" else which
        for key, t in to_flat(p).items():
            assert to_flat(q)[key].mid == getattr(t, pick)
    with pytest.raises(ValueError):
        variant(p, "worst")


def test_params_are_hashable_and_frozen():
    p = gz_psycholoog()
    with pytest.raises(AttributeError):
        p.horizon = 5  # type: ignore[misc]
    assert p == gz_psycholoog()
