"""The shared training plan split: sums exactly, respects caps, deterministic, stable."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrplanner.domain.allocation import Claimant, cap_for, split_places


def reference_quotas(total: int, claimants: list[Claimant]) -> tuple[int, dict[str, float]]:
    """Capped proportional quotas found another way: q_i = min(cap_i, lam * w_i) with lam found by
    bisection so that the quotas add up to the reachable total."""
    weighted = [c for c in claimants if c.weight > 0]
    if any(c.cap is None for c in weighted):
        reachable = total
    else:
        reachable = min(total, sum(c.cap for c in weighted))
    quotas = {c.organisation: 0.0 for c in claimants}
    if reachable == 0 or not weighted:
        return reachable, quotas

    def at(lam: float) -> dict[str, float]:
        return {c.organisation: min(c.cap if c.cap is not None else math.inf, lam * c.weight) for c in weighted}

    low, high = 0.0, 1.0
    while sum(at(high).values()) < reachable:
        high *= 2
    for _ in range(200):
        mid = (low + high) / 2
        if sum(at(mid).values()) < reachable:
            low = mid
        else:
            high = mid
    quotas.update(at(high))
    return reachable, quotas


def test_worked_example_with_caps_and_a_tie():
    # weights 12.6, 21.0, 6.4 (fte); caps 2, 3, 0. Gamma (cap 0) gets nothing; 4 places over 33.6 fte:
    # Alfa 4 x 12.6 / 33.6 = 1.5, Beta 4 x 21 / 33.6 = 2.5, both under their caps. Whole parts 1 + 2;
    # the one place left goes to the larger remainder: 0.5 and 0.5 tie, broken by name: Alfa.
    split = split_places(4, [Claimant("Beta", 21.0, 3), Claimant("Gamma", 6.4, 0), Claimant("Alfa", 12.6, 2)])
    assert split.places() == {"Alfa": 2, "Beta": 2, "Gamma": 0}
    assert [s.organisation for s in split.shares] == ["Alfa", "Beta", "Gamma"]
    assert [s.quota for s in split.shares] == [Fraction(3, 2), Fraction(5, 2), 0]
    assert split.shares[0].rule_share == pytest.approx(12.6 / 40)
    assert split.shortfall == 0
    assert split.shares[2].at_cap and not split.shares[0].at_cap


def test_capped_organisation_passes_its_part_on_in_proportion():
    # 10 places by weights 1, 1, 2 (quotas 2.5, 2.5, 5); C can take 3: the 2 it cannot take go to A
    # and B in proportion (1:1): 3.5 each; whole parts 3 + 3 + 3 = 9, remainders 0.5 and 0.5: A by name.
    split = split_places(10, [Claimant("A", 1, None), Claimant("B", 1, 10), Claimant("C", 2, 3)])
    assert split.places() == {"A": 4, "B": 3, "C": 3}
    assert split.shares[2].at_cap


def test_caps_short_of_the_advice_say_by_how_much():
    # advice 12; caps 2 + 3 = 5 (D has no weight and does not count): short by 7
    split = split_places(12, [Claimant("A", 5, 2), Claimant("B", 1, 3), Claimant("D", 0, 9)])
    assert split.reachable == 5
    assert split.places() == {"A": 2, "B": 3, "D": 0}
    assert split.planned == 5 and split.shortfall == 7


def test_nobody_with_a_weight_means_everything_short():
    split = split_places(3, [Claimant("A", 0, 5), Claimant("B", 0, 5)])
    assert split.places() == {"A": 0, "B": 0}
    assert split.shortfall == 3
    assert all(s.rule_share is None for s in split.shares)


def test_zero_advice_and_no_claimants():
    assert split_places(0, [Claimant("A", 3, 2)]).places() == {"A": 0}
    assert split_places(5, []).shortfall == 5


@pytest.mark.parametrize("total, claimants, message", [
    (-1, [Claimant("A", 1)], "advice = -1: must be a whole number"),
    (2.5, [Claimant("A", 1)], "advice = 2.5"),
    (2, [Claimant("A", -1)], "weight of A = -1"),
    (2, [Claimant("A", float("nan"))], "weight of A = nan"),
    (2, [Claimant("A", 1, -2)], "cap of A = -2"),
    (2, [Claimant("A", 1), Claimant("A", 2)], "only once"),
])
def test_bad_input_is_named(total, claimants, message):
    with pytest.raises(ValueError, match=message):
        split_places(total, claimants)


def test_cap_for():
    assert cap_for(3) == 3
    assert cap_for(3, 2) == 6
    assert cap_for(-1) == 0


# --- properties --------------------------------------------------------------------------------------------

claimant_lists = st.lists(
    st.tuples(st.floats(0, 200, allow_nan=False, allow_infinity=False).map(lambda x: round(x, 2)),
              st.one_of(st.none(), st.integers(0, 12))),
    min_size=1, max_size=12,
).map(lambda rows: [Claimant(f"org{i:02d}", w, c) for i, (w, c) in enumerate(rows)])


@settings(max_examples=300, deadline=None)
@given(total=st.integers(0, 80), claimants=claimant_lists)
def test_property_sums_exactly_respects_caps_and_quota(total, claimants):
    split = split_places(total, claimants)
    reachable, quotas = reference_quotas(total, claimants)
    assert split.reachable == reachable
    assert split.planned == reachable
    assert split.shortfall == total - reachable
    for share in split.shares:
        assert share.places >= 0
        if share.cap is not None:
            assert share.places <= share.cap
        q = quotas[share.organisation]
        assert float(share.quota) == pytest.approx(q, abs=1e-5)
        # the quota property: floor or ceiling of the exact quota
        assert math.floor(share.quota) <= share.places <= math.ceil(share.quota)
        if share.weight == 0:
            assert share.places == 0


@settings(max_examples=200, deadline=None)
@given(total=st.integers(0, 80), claimants=claimant_lists, seed=st.integers(0, 10_000))
def test_property_order_of_the_input_does_not_matter(total, claimants, seed):
    shuffled = list(claimants)
    random.Random(seed).shuffle(shuffled)
    assert split_places(total, shuffled) == split_places(total, claimants)


def moved_bound(q: float, q2: float) -> int:
    """The most an organisation's places can move between quotas q and q2 when each allocation is
    the floor or the ceiling of its quota: ceil(max) - floor(min)."""
    eps = 1e-9
    return math.ceil(max(q, q2) - eps) - math.floor(min(q, q2) + eps)


@settings(max_examples=300, deadline=None)
@given(total=st.integers(1, 80), claimants=claimant_lists,
       factors=st.lists(st.floats(0.99, 1.01), min_size=12, max_size=12))
def test_property_a_one_percent_change_in_shares_moves_few_places(total, claimants, factors):
    perturbed = [Claimant(c.organisation, c.weight * f, c.cap) for c, f in zip(claimants, factors)]
    before, after = split_places(total, claimants), split_places(total, perturbed)
    _, q_before = reference_quotas(total, claimants)
    _, q_after = reference_quotas(total, perturbed)
    for a, b in zip(before.shares, after.shares):
        q, q2 = q_before[a.organisation], q_after[a.organisation]
        assert abs(a.places - b.places) <= moved_bound(q, q2)
        assert float(b.quota) == pytest.approx(q2, abs=1e-5)


@settings(max_examples=300, deadline=None)
@given(total=st.integers(1, 80), claimants=claimant_lists,
       factors=st.lists(st.floats(1 - 1e-9, 1 + 1e-9), min_size=12, max_size=12))
def test_property_a_tiny_change_moves_at_most_one_place_per_organisation(total, claimants, factors):
    perturbed = [Claimant(c.organisation, c.weight * f, c.cap) for c, f in zip(claimants, factors)]
    before, after = split_places(total, claimants), split_places(total, perturbed)
    moved = [abs(a.places - b.places) for a, b in zip(before.shares, after.shares)]
    assert max(moved) <= 1
    # the totals are equal, so places only move from one organisation to another
    assert sum(a.places - b.places for a, b in zip(before.shares, after.shares)) == 0


def test_a_one_percent_change_without_caps_moves_at_most_one_place_for_small_advice():
    # 40 places over weights summing to 80: a 1 % change in one weight moves each quota by at most
    # 40 x 31/80 x 2 % = 0.31 places, so no organisation's places move by more than 1 for these shifts.
    weights = [31.0, 17.5, 12.25, 9.0, 6.5, 3.75]
    base = [Claimant(f"o{i}", w) for i, w in enumerate(weights)]
    reference = split_places(40, base).places()
    for index in range(len(weights)):
        for factor in (0.99, 0.995, 1.005, 1.01):
            changed = [Claimant(c.organisation, c.weight * (factor if i == index else 1)) for i, c in enumerate(base)]
            places = split_places(40, changed).places()
            assert sum(places.values()) == 40
            assert max(abs(places[o] - reference[o]) for o in places) <= 1

