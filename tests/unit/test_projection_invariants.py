"""Property tests of MODEL.md 4.5 (and of the engine's bookkeeping) with hypothesis.

* No outflow, no training, no other inflow: supply persons stay at N and supply fte at S(0) when
  the fte factors are constant.
* Supply falls when outflow rises, rises with intake, retention and fte factor; never below 0.
* Re-running with the advice as lever intake closes the gap at the equilibrium year (1e-6 rel.).
* The impact parts add up to the advice; demand parts and explain parts add up to the totals.
* Flat keys and the TOML file round-trip exactly; variants equal projecting collapsed params.

Movement between organisations inside the region is a register-level concept (left to the lead):
nothing in the engine knows organisations, its inputs are regional aggregates only.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hrplanner.domain.projection import (
    CareType,
    Demand,
    Group,
    ProjectionParams,
    Stream,
    Training,
    Trend,
    Triple,
    dump_toml,
    explain,
    from_flat,
    loads_params,
    project,
    to_flat,
    variant,
)

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def floats(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.floats(lo, hi, allow_nan=False, allow_infinity=False)


@st.composite
def triples(draw, lo: float, hi: float, uncertain: bool = True) -> Triple:
    mid = draw(floats(lo, hi))
    if not uncertain or not draw(st.booleans()):
        return Triple(mid, mid, mid)
    low = draw(floats(lo, mid))
    high = draw(floats(mid, hi))
    return Triple(low, mid, high)


@st.composite
def curves(draw, years, lo, hi, min_points=1, uncertain=True):
    chosen = draw(st.lists(st.sampled_from(years), min_size=min_points, max_size=len(years),
                           unique=True))
    return {y: draw(triples(lo, hi, uncertain)) for y in sorted(chosen)}


@st.composite
def share_sets(draw, n: int) -> list[float]:
    weights = draw(st.lists(floats(0.05, 1.0), min_size=n, max_size=n))
    total = sum(weights)
    return [w / total for w in weights]


@st.composite
def params_strategy(
    draw,
    *,
    uncertain: bool = True,
    no_flows: bool = False,
    constant_fte: bool = False,
    care: bool | None = None,
) -> ProjectionParams:
    base = draw(st.integers(2000, 2030))
    horizon = draw(st.integers(5, 30))
    n_groups = draw(st.integers(1, 3))
    names = ["women", "men", "other"][:n_groups]
    shares, tshares, oshares = (draw(share_sets(n_groups)) for _ in range(3))
    groups = []
    for i, name in enumerate(names):
        if constant_fte or draw(st.booleans()):
            fte = draw(triples(0.3, 1.2, uncertain))
        else:
            fte = draw(curves([0, 5, 10, 15, 20], 0.3, 1.2, 1, uncertain))
        if no_flows:
            outflow = {y: 0.0 for y in (5, 10, 15, 20)}
        else:
            outflow = draw(curves([5, 10, 15, 20], 0.0, 1.0, 1, uncertain))
        retention = draw(curves([1, 5, 10, 15], 0.0, 1.0, 1, uncertain))
        groups.append(Group(name, shares[i], fte, outflow, retention, tshares[i], oshares[i]))

    def stream() -> Stream:
        if no_flows:
            return Stream(0.0, draw(triples(0.0, 1.0, uncertain)))
        return Stream(draw(triples(0.0, 200.0, uncertain)), draw(triples(0.0, 1.0, uncertain)))

    training = Training(draw(triples(0.0, 5.0, uncertain)), stream(), stream(), stream())
    other = 0.0 if no_flows else draw(triples(0.0, 50.0, uncertain))
    with_care = draw(st.booleans()) if care is None else care
    care_types = ()
    if with_care:
        care_types = tuple(
            CareType(f"care{i}", draw(curves([0, 5, 10, 20], 0.0, 5000.0, 1, uncertain)),
                     draw(triples(0.0, 20.0, uncertain)))
            for i in range(draw(st.integers(1, 2)))
        )
    demand = Demand(
        unmet=draw(triples(0.0, 0.3, uncertain)),
        demography=draw(curves([5, 10, 15, 20], -0.2, 0.3, 0, uncertain)),
        sustained=draw(st.booleans()),
        trend=Trend(**{
            name: draw(triples(-0.02, 0.02, uncertain))
            for name in ("epidemiology", "socio_cultural", "professional", "efficiency",
                         "horizontal_substitution", "vertical_substitution", "working_time")
        }),
        care_types=care_types,
    )
    eq = sorted(set(draw(st.lists(st.integers(1, horizon), min_size=1, max_size=3))))
    return ProjectionParams(
        occupation="prop",
        base_year=base,
        horizon=horizon,
        adjustment_year=base + draw(st.integers(0, 5)),
        trend_year=base + draw(st.integers(0, 15)),
        equilibrium_years=tuple(base + e for e in eq),
        persons=draw(triples(0.0, 5000.0, uncertain)),
        groups=tuple(groups),
        training=training,
        other_inflow=other,
        demand=demand,
    )


def scale_curves(p: ProjectionParams, kind: str, factor: float, cap: float | None = None):
    """from_flat with every point of one curve kind of every group multiplied by ``factor``."""
    flat = to_flat(p)
    changes = {}
    for key, t in flat.items():
        if key.startswith("group.") and f".{kind}." in key:
            values = [v * factor for v in (t.low, t.mid, t.high)]
            if cap is not None:
                values = [min(v, cap) for v in values]
            changes[key] = Triple(*values)
    return from_flat(p, changes)


def shift_curves(p: ProjectionParams, kind: str, delta: float):
    flat = to_flat(p)
    changes = {
        key: Triple(t.low + delta, t.mid + delta, t.high + delta)
        for key, t in flat.items()
        if key.startswith("group.") and f".{kind}." in key
    }
    return from_flat(p, changes)


def assert_not_below(a: np.ndarray, b: np.ndarray, scale: float) -> None:
    """a >= b up to floating-point noise."""
    assert (a >= b - 1e-9 * max(1.0, scale)).all(), (a - b).min()


# --- 4.5: supply stays at S(0) without flows ---------------------------------------------------


@SETTINGS
@given(params_strategy(no_flows=True, constant_fte=True))
def test_no_flows_supply_constant(p):
    for v in ("low", "middle", "high"):
        r = project(p, v)
        n = p.persons.pick(v)
        np.testing.assert_allclose(r.supply_persons, n, rtol=1e-12, atol=1e-9)
        np.testing.assert_allclose(r.supply_fte, r.supply_fte[0], rtol=1e-12, atol=1e-9)


# --- 4.5: monotonicity and non-negativity ------------------------------------------------------


@SETTINGS
@given(params_strategy(), floats(0.0, 1.0))
def test_supply_falls_when_outflow_rises(p, bump):
    top = max(t.high for k, t in to_flat(p).items() if ".outflow." in k)
    assume(top > 0)
    factor = 1.0 + bump * (1.0 / top - 1.0)  # keeps every point <= 1
    q = scale_curves(p, "outflow", factor, cap=1.0)
    for v in ("low", "middle", "high"):
        a, b = project(p, v), project(q, v)
        scale = a.supply_persons[0]
        assert_not_below(a.supply_persons, b.supply_persons, scale)
        assert_not_below(a.supply_fte, b.supply_fte, scale)


@SETTINGS
@given(params_strategy(), st.sampled_from(["in_training", "decided", "lever", "other"]),
       floats(0.0, 100.0))
def test_supply_rises_with_intake(p, which, extra):
    key = "other_inflow.per_year" if which == "other" else f"training.{which}.intake"
    t = to_flat(p)[key]
    q = from_flat(p, {key: Triple(t.low + extra, t.mid + extra, t.high + extra)})
    for v in ("low", "middle", "high"):
        a, b = project(p, v), project(q, v)
        scale = max(a.supply_persons[0], 1.0) + 1000 * extra
        assert_not_below(b.supply_persons, a.supply_persons, scale)
        assert_not_below(b.supply_fte, a.supply_fte, scale)


@SETTINGS
@given(params_strategy(), floats(0.0, 1.0))
def test_supply_rises_with_retention(p, bump):
    top = max(t.high for k, t in to_flat(p).items() if ".retention." in k)
    assume(top > 1e-6)  # a vanishing retention (e.g. 5e-324) cannot be scaled up to 1 in floats
    factor = 1.0 + bump * (1.0 / top - 1.0)
    q = scale_curves(p, "retention", factor, cap=1.0)
    for v in ("low", "middle", "high"):
        a, b = project(p, v), project(q, v)
        scale = a.supply_persons[0] + 1000
        assert_not_below(b.supply_persons, a.supply_persons, scale)
        assert_not_below(b.supply_fte, a.supply_fte, scale)


@SETTINGS
@given(params_strategy(), floats(0.0, 0.5))
def test_supply_fte_rises_with_fte_factor(p, delta):
    top = max(t.high for k, t in to_flat(p).items() if ".fte." in k)
    delta = min(delta, 2.0 - top)
    q = shift_curves(p, "fte", delta)
    for v in ("low", "middle", "high"):
        a, b = project(p, v), project(q, v)
        np.testing.assert_allclose(a.supply_persons, b.supply_persons)
        assert_not_below(b.supply_fte, a.supply_fte, a.supply_persons.max())


@SETTINGS
@given(params_strategy())
def test_supply_never_below_zero(p):
    for v in ("low", "middle", "high"):
        r = project(p, v)
        assert (r.supply_persons >= 0).all()
        assert (r.supply_fte >= 0).all()
        assert (r.stock >= 0).all()
        for s in r.streams.values():
            assert (s >= 0).all()


# --- 4.5: the advice closes the gap ------------------------------------------------------------


@SETTINGS
@given(params_strategy())
def test_rerun_with_advice_closes_gap(p):
    r = project(p)
    for a in r.advice:
        if a.intake is None or a.intake < 0:
            continue
        assume(a.intake < 1e7)
        q = from_flat(p, {"training.lever.intake": a.intake})
        rr = project(q)
        t = rr.index(a.equilibrium_year)
        scale = max(abs(rr.demand_fte[t]), rr.supply_fte[t], 1.0)
        assert abs(rr.gap_fte[t]) <= 1e-6 * scale, (rr.gap_fte[t], scale)


@SETTINGS
@given(params_strategy())
def test_impact_parts_add_up_to_advice(p):
    for v in ("low", "middle", "high"):
        r = project(p, v)
        for a, imp in zip(r.advice, r.impact):
            if a.intake is None:
                assert imp.total is None and imp.parts == {}
                continue
            t = r.index(a.equilibrium_year)
            size = (abs(r.demand_fte[t]) + r.supply_fte[t] + r.supply_fte[0] + 1.0)
            tol = 1e-9 * size / a.fte_per_trainee + 1e-9 * abs(a.intake)
            assert abs(sum(imp.parts.values()) - a.intake) <= tol


# --- additivity of explanations ----------------------------------------------------------------


@SETTINGS
@given(params_strategy(), st.data())
def test_explain_parts_add_up(p, data):
    r = project(p, data.draw(st.sampled_from(["low", "middle", "high"])))
    year = data.draw(st.integers(p.base_year, p.base_year + p.horizon))
    e = explain(r, year)
    scale = max(1.0, e.supply_persons, abs(e.demand_fte))
    assert abs(sum(x.persons for x in e.supply_parts) - e.supply_persons) <= 1e-9 * scale
    assert abs(sum(x.fte for x in e.supply_parts) - e.supply_fte) <= 1e-9 * scale
    assert abs(sum(x.fte for x in e.demand_parts) - e.demand_fte) <= 1e-9 * scale
    assert abs(e.demand_fte - e.supply_fte - e.gap_fte) <= 1e-9 * scale


# --- storage round trips and variants ---------------------------------------------------------


@SETTINGS
@given(params_strategy())
def test_flat_round_trip(p):
    assert from_flat(p, to_flat(p)) == p


@SETTINGS
@given(params_strategy())
def test_toml_round_trip(p):
    assert loads_params(dump_toml(p)) == p


@SETTINGS
@given(params_strategy(), st.sampled_from(["low", "middle", "high"]))
def test_variant_equals_collapsed_params(p, v):
    a = project(p, v)
    b = project(variant(p, v))
    np.testing.assert_allclose(a.supply_fte, b.supply_fte, rtol=1e-12)
    np.testing.assert_allclose(a.demand_fte, b.demand_fte, rtol=1e-12)
