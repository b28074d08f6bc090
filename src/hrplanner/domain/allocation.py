"""The shared training plan: split the region's intake advice for one occupation over organisations.

The steering group picks a transparent rule (MODEL.md 5); the split is then mechanical:

1. **Weights** by the rule: an organisation's fte in the occupation (``fte``), its shortage (open
   vacancy fte, or its own projected gap where given; ``shortage``), or 1 for every organisation that
   employs the occupation (``equal``). The *rule share* is weight / sum of weights.
2. **Caps**: an organisation can take at most ``supervisors x places per supervisor`` new trainees a
   year (places per supervisor is a setting, default 1: one qualified supervisor guides one new
   trainee a year). No supervisors, no places.
3. **Quotas** (exact fractions): the reachable total ``min(advice, sum of caps of organisations with a
   weight)`` is shared in proportion to the weights; whoever would get more than its cap gets its cap
   and the rest is shared again over the others in proportion, until nobody exceeds a cap
   (water-filling). Where the caps make the advice unreachable the split says by how much:
   ``shortfall = advice - reachable``.
4. **Rounding** by the largest-remainder (Hamilton) method: everyone gets the whole part of the quota,
   and the places left go one each to the largest fractional remainders, ties broken by organisation
   name. The places add up exactly to the reachable total, and no cap is exceeded (a quota at most its
   cap with a remainder > 0 has a whole part below the cap).

Properties the tests check: the parts add up exactly; caps hold; the result does not depend on the
order of the input; every organisation gets ``floor(quota)`` or ``ceil(quota)`` (the quota property),
so when shares change slightly an organisation's places move by at most
``ceil(max(q, q')) - floor(min(q, q'))``, which is 1 whenever both quotas lie in one unit interval
(always for a small enough change).

Arithmetic is exact (:class:`fractions.Fraction`), so the result never depends on float rounding.
Weights are read as decimals rounded to 9 places (fte are entered with 2), so a weight of 12.6 is
exactly 63/5 and the noise of adding fte in binary floats (12.600000000000001) never decides a tie.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

RULES: tuple[str, ...] = ("fte", "shortage", "equal")
DEFAULT_RULE = "fte"
DEFAULT_PLACES_PER_SUPERVISOR = 1


@dataclass(frozen=True)
class Claimant:
    """One organisation's part in a split: its weight under the rule and its cap (None = no cap)."""

    organisation: str
    weight: float
    cap: int | None = None


@dataclass(frozen=True)
class Share:
    """One organisation's result."""

    organisation: str
    weight: float
    #: weight / sum of weights (None when no organisation has a weight).
    rule_share: float | None
    cap: int | None
    #: The exact capped quota before rounding.
    quota: Fraction
    places: int

    @property
    def at_cap(self) -> bool:
        """The cap limits this organisation: it has a weight, and the rule alone would give it more
        than its cap (water-filling then gives it exactly its cap)."""
        return self.cap is not None and self.weight > 0 and self.quota >= self.cap


@dataclass(frozen=True)
class Split:
    """The split of ``requested`` places; ``shares`` sorted by organisation name."""

    requested: int
    reachable: int
    shares: tuple[Share, ...]

    @property
    def planned(self) -> int:
        return sum(s.places for s in self.shares)

    @property
    def shortfall(self) -> int:
        """Places of the advice that the caps leave unplanned (0 when the advice is reached)."""
        return self.requested - self.planned

    def places(self) -> dict[str, int]:
        return {s.organisation: s.places for s in self.shares}


def _check(total: int, claimants: Sequence[Claimant]) -> None:
    if isinstance(total, bool) or not isinstance(total, int) or total < 0:
        raise ValueError(f"advice = {total!r}: must be a whole number of places of at least 0")
    names = [c.organisation for c in claimants]
    if len(set(names)) != len(names):
        raise ValueError("each organisation may appear only once in a split")
    for c in claimants:
        if not math.isfinite(c.weight) or c.weight < 0:
            raise ValueError(f"weight of {c.organisation} = {c.weight!r}: must be a finite number of at least 0")
        if c.cap is not None and (isinstance(c.cap, bool) or not isinstance(c.cap, int) or c.cap < 0):
            raise ValueError(f"cap of {c.organisation} = {c.cap!r}: must be a whole number of at least 0")


def exact(weight: float) -> Fraction:
    """A weight as an exact decimal fraction (9 places)."""
    return Fraction(f"{weight:.9f}")


def capped_quotas(total: int, claimants: Sequence[Claimant]) -> tuple[int, dict[str, Fraction]]:
    """The reachable total and each organisation's exact quota (water-filling, module docstring)."""
    weights = {c.organisation: exact(c.weight) for c in claimants}
    caps = {c.organisation: c.cap for c in claimants}
    eligible = [c.organisation for c in claimants if weights[c.organisation] > 0]
    capacity = None if any(caps[o] is None for o in eligible) else sum(caps[o] or 0 for o in eligible)
    reachable = total if capacity is None else min(total, capacity)
    quotas = {c.organisation: Fraction(0) for c in claimants}
    free = set(eligible)
    remaining = Fraction(reachable)
    while free and remaining > 0:
        weight_sum = sum(weights[o] for o in free)
        over = {o for o in free if caps[o] is not None and remaining * weights[o] / weight_sum >= caps[o]}
        if not over:
            for o in free:
                quotas[o] = remaining * weights[o] / weight_sum
            break
        for o in over:
            quotas[o] = Fraction(caps[o])  # type: ignore[arg-type]
            remaining -= caps[o]  # type: ignore[operator]
        free -= over
    return reachable, quotas


def largest_remainder(quotas: dict[str, Fraction], total: int) -> dict[str, int]:
    """Whole places adding up to ``total`` (= the sum of the quotas): floors, then one each to the
    largest remainders, ties by name."""
    places = {o: math.floor(q) for o, q in quotas.items()}
    left = total - sum(places.values())
    order = sorted(quotas, key=lambda o: (-(quotas[o] - places[o]), o))
    for o in order[:left]:
        places[o] += 1
    return places


def split_places(total: int, claimants: Sequence[Claimant]) -> Split:
    """Split ``total`` places over ``claimants`` (module docstring)."""
    _check(total, claimants)
    reachable, quotas = capped_quotas(total, claimants)
    places = largest_remainder(quotas, reachable)
    weight_sum = sum(exact(c.weight) for c in claimants)
    shares = tuple(
        Share(
            organisation=c.organisation,
            weight=c.weight,
            rule_share=float(exact(c.weight) / weight_sum) if weight_sum > 0 else None,
            cap=c.cap,
            quota=quotas[c.organisation],
            places=places[c.organisation],
        )
        for c in sorted(claimants, key=lambda c: c.organisation)
    )
    return Split(total, reachable, shares)


def cap_for(supervisors: int, places_per_supervisor: int = DEFAULT_PLACES_PER_SUPERVISOR) -> int:
    """Places a year an organisation can take on with its qualified supervisors."""
    return max(0, int(supervisors)) * int(places_per_supervisor)
