"""The worked example of /work/shared/reference/van-greuningen-2012.md (Dutch GPs, 2009 -> 2019).

The parameter files tests/data/params/van_greuningen_2012_scenario{0,1,2,3}.toml encode the case
as far as the paper specifies it; their comments say which inputs are derived (graduate retention
curve from the three "still working in 2019" ratios, other inflow so that 93 remain, one women's
share of 70.66% for all newcomers) and which parts the paper does not specify (the outflow and
demography paths between 2009 and 2019, cohort timing within the period).

Tolerances: the paper rounds to whole persons / fte and itself uses 7,365 for a required supply it
computes as 7,363 and 8,187 fte for a supply its own fte factors put at 8,184. Figures are
checked to within those rounding differences (a few fte; advice within 1 trainee a year).

Known inconsistency of the source (scenario 1): the factors are listed as epidemiology +3%,
socio-cultural +5%, professional +1%, efficiency -2% and horizontal substitution +5%, but the
published required supply 9,056 = 7,807 x 1.16 only comes out with efficiency at +2%; with -2% it
would be 7,807 x 1.12 = 8,744. The files follow the published figures (efficiency +0.002 a year);
a test below shows the -2% reading as well.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hrplanner.domain.projection import explain, from_flat, load_params, project

DATA = Path(__file__).parents[1] / "data" / "params"
T = 2019


def scenario(n: int):
    return load_params(DATA / f"van_greuningen_2012_scenario{n}.toml")


@pytest.fixture(scope="module")
def s0():
    return project(scenario(0))


def test_base_year_fte_and_required_supply(s0):
    # 6,129 x 0.822 + 4,086 x 0.551 = 5,038.0 + 2,251.4 = 7,289.4 ~ 7,290 fte.
    assert s0.supply_persons[0] == pytest.approx(10_215)
    assert s0.supply_fte[0] == pytest.approx(6129 * 0.822 + 4086 * 0.551)
    assert s0.supply_fte[0] == pytest.approx(7_290, abs=1)
    # Unmet demand 1%: 7,289.4 x 1.01 = 7,362.3 ~ 7,363 (the paper later uses 7,365).
    assert s0.demand_fte[0] == pytest.approx(7_363, abs=1)


def test_flows_2009_2019(s0):
    e = explain(s0, T)
    persons = {p.key: p.persons for p in e.supply_parts}

    def both(prefix: str) -> float:
        return persons[f"{prefix}.men"] + persons[f"{prefix}.women"]

    # Outflow: 38.2% of 6,129 men (2,341) + 19.2% of 4,086 women (785) = 3,126.
    assert 10_215 - both("stock") == pytest.approx(3_126, abs=1)
    assert persons["stock.men"] == pytest.approx(6129 * (1 - 0.382))
    # From abroad: 93 still working in 2019.
    assert both("other_inflow") == pytest.approx(93, abs=0.5)
    # In training in 2009: 1,507 x 0.98 = 1,477 graduate, 1,320 still working in 2019.
    assert both("in_training") == pytest.approx(1_320, abs=1)
    # Starting 2009-2010: 1,228 start, 1,153 graduate, 1,054 working in 2019.
    assert both("decided") == pytest.approx(1_054, abs=1)
    # Starting 2011-2016 (614 a year): 3,070 start, 2,883 graduate, 2,690 working in 2019.
    assert both("lever") == pytest.approx(2_690, abs=1)


def test_supply_2019(s0):
    t = s0.index(T)
    # 10,215 - 3,126 + 93 + 1,320 + 1,054 + 2,690 = 12,246 GPs (5,301 men, 6,945 women).
    assert s0.supply_persons[t] == pytest.approx(12_246, abs=1)
    men = s0.stock[0, t] + sum(s[0, t] for s in s0.streams.values())
    women = s0.stock[1, t] + sum(s[1, t] for s in s0.streams.values())
    assert s0.group_names == ("men", "women")
    assert men == pytest.approx(5_301, abs=2)
    assert women == pytest.approx(6_945, abs=2)
    # 5,301 x 0.822 + 6,945 x 0.551 = 8,184 fte (the paper prints 8,187: rounding).
    assert s0.supply_fte[t] == pytest.approx(8_184, abs=2)
    assert s0.supply_fte[t] == pytest.approx(8_187, abs=5)


def test_demand_2019_with_demography(s0):
    # 7,363 x 1.06 = 7,805 (the paper: 7,365 x 1.06 = 7,807).
    t = s0.index(T)
    assert s0.demand_fte[t] == pytest.approx(7_289.424 * 1.01 * 1.06)
    assert s0.demand_fte[t] == pytest.approx(7_807, abs=4)


def test_scenario0_oversupply_and_advice(s0):
    # Oversupply of 380 fte: the advice falls from 614 to 476 a year.
    a = s0.advice[0]
    assert a.equilibrium_year == T
    assert a.gap_fte == pytest.approx(-380, abs=3)
    assert a.current_intake == 614
    assert a.intake == pytest.approx(476, abs=1)


def test_scenario1_factors_and_advice():
    r = project(scenario(1))
    t = r.index(T)
    # Required supply 7,807 x 1.16 = 9,056 (paper); ours 7,804.1 x 1.16 = 9,052.7.
    assert r.demand_fte[t] == pytest.approx(r.demand_fte[0] * 1.06 * 1.16)
    assert r.demand_fte[t] == pytest.approx(9_056, abs=5)
    assert r.advice[0].gap_fte == pytest.approx(869, abs=3)
    assert r.advice[0].intake == pytest.approx(929, abs=1)


def test_scenario1_with_efficiency_as_the_text_says():
    # Efficiency -2% over the period (-0.002 a year) gives 1 + 0.012 x 10 = 1.12: 7,807 x 1.12 =
    # 8,744 in the paper's terms - not the published 9,056 (the source's inconsistency).
    p = from_flat(scenario(1), {"demand.trend.efficiency": -0.002})
    r = project(p)
    t = r.index(T)
    assert r.demand_fte[t] / (r.demand_fte[0] * 1.06) == pytest.approx(1.12)
    assert r.demand_fte[t] == pytest.approx(8_744, abs=5)


def test_scenario2_equals_scenario1():
    r1, r2 = project(scenario(1)), project(scenario(2))
    assert r2.demand_fte == pytest.approx(r1.demand_fte)
    assert r2.advice[0].intake == pytest.approx(r1.advice[0].intake)


def test_scenario3_vertical_substitution_and_advice():
    # 9,056 x 0.94 = 8,512 fte, shortage 325, advice 732.
    r = project(scenario(3))
    t = r.index(T)
    assert r.demand_fte[t] == pytest.approx(r.demand_fte[0] * 1.06 * 1.16 * 0.94)
    assert r.demand_fte[t] == pytest.approx(8_512, abs=5)
    assert r.advice[0].gap_fte == pytest.approx(325, abs=3)
    assert r.advice[0].intake == pytest.approx(732, abs=1)


def test_intake_rule_by_hand():
    # advice = n3 (1 + gap / FTE3) with n3 = 614 and FTE3 ~ 1,690 (the paper's implied value).
    n3, fte3 = 614, 1_690
    assert n3 * (1 + -380 / fte3) == pytest.approx(476, abs=1)  # 476.0
    assert n3 * (1 + 869 / fte3) == pytest.approx(929, abs=1)  # 929.7
    assert n3 * (1 + 325 / fte3) == pytest.approx(732, abs=1)  # 732.1
    # The change in advice per fte of gap is n3 / FTE3 ~ 0.363 in every scenario:
    # 138 / 380 = 315 / 869 = 118 / 325 ~ 0.363.
    for d_advice, gap in ((138, 380), (315, 869), (118, 325)):
        assert d_advice / gap == pytest.approx(n3 / fte3, abs=0.002)


def test_engine_fte3_matches_paper(s0):
    # FTE3(2019) at n3 = 614: 5 cohorts x 614 x 0.939 graduates x mean retention 0.933 x mean fte
    # (0.7066 x 0.551 + 0.2934 x 0.822 = 0.6305) = 1,696 fte; the paper's rounded figures imply
    # about 1,690 (0.4% apart).
    fte3 = 614 * s0.advice[0].fte_per_trainee
    assert fte3 == pytest.approx(1_690, rel=0.005)
    # The lever's fte at 2019 in the projection is exactly this FTE3.
    assert s0.stream_fte["lever"][s0.index(T)] == pytest.approx(fte3)


def test_rerun_with_advice_closes_gap():
    for n in (0, 1, 3):
        p = scenario(n)
        r = project(p)
        rerun = project(from_flat(p, {"training.lever.intake": r.advice[0].intake}))
        t = rerun.index(T)
        assert abs(rerun.gap_fte[t]) <= 1e-6 * rerun.demand_fte[t]
