"""The deterministic projection of one occupation (MODEL.md 4.1-4.3): supply, demand, gap, intake
advice and its impact decomposition, for one variant (low / middle / high).

Decisions where MODEL.md leaves room (all tested):

* **Gap in persons** = gap fte / mean fte factor, where the mean fte factor of year t is
  supply fte / supply persons (the fte per person of the whole projected supply, trainees included).
  When supply persons is 0 the share-weighted group factor ``sum_g p_g f_g(t)`` is used instead.
* **Intake advice.** Stream 3 (the lever) is linear in its intake n3, so the engine computes
  FTE3_per_trainee(T), the fte at T of one trainee a year, and reports
  ``advice = n3 + gap(T) / FTE3_per_trainee(T)``. For n3 > 0 this is exactly MODEL.md's
  ``n3 * (1 + gap(T) / FTE3(T))`` with FTE3 = n3 * FTE3_per_trainee; unlike that form it also works
  for n3 = 0. When FTE3_per_trainee(T) = 0 (no lever graduate can be working by T) the advice is
  ``None`` with the reason "not reachable by training before <T>".
* **Negative advice** (supply exceeds demand at T even without lever intake) is reported as
  computed in ``Advice.intake`` (so re-running with it closes the gap exactly), with
  ``Advice.intake_clipped = 0``, ``Advice.clipped = True`` and a reason.
* **Impact decomposition** is a linear split of the advice. With
  ``S(T) = S(0) + fte change - outflow + FTE_in_training + FTE_decided + FTE_other + n3 FTE3_pt``
  and demand split into ``S(0) + unmet + demography + trend parts`` (see :mod:`explain`), S(0) and
  n3 cancel, so ``advice = sum of parts / FTE3_pt`` exactly, with parts (in trainees a year):
  ``unmet``, ``demography``, ``trend.<factor>`` (or ``unmet`` and ``care.<name>`` for bottom-up
  demand), ``supply.outflow`` (positive: outflow of today's stock raises the advice),
  ``supply.fte_factor`` (change of fte per person of today's stock), ``supply.in_training``,
  ``supply.decided``, ``supply.other_inflow`` (negative: these lower the advice).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ..rounding import ADVICE_DIGITS, rounded
from ._engine import SUPPLY_STREAMS, EngineOutput, compute, layout_of
from .params import VARIANTS, ProjectionParams

__all__ = ["Advice", "Impact", "ProjectionResult", "project", "project_many"]


@dataclass(frozen=True)
class Advice:
    """Intake advice for one equilibrium year.

    ``intake`` is the lever intake per year that closes the gap at the equilibrium year (may be
    negative), ``intake_clipped`` the same clipped at 0; both ``None`` when training cannot reach
    the year. ``fte_per_trainee`` is FTE3_per_trainee(T); ``gap_fte`` the gap at T with the
    current lever intake.
    """

    equilibrium_year: int
    intake: float | None
    intake_clipped: float | None
    clipped: bool
    reason: str | None
    fte_per_trainee: float
    gap_fte: float
    current_intake: float

    def to_dict(self) -> dict:
        return {
            "equilibrium_year": self.equilibrium_year,
            "intake": _round(self.intake, ADVICE_DIGITS),
            "intake_clipped": _round(self.intake_clipped, ADVICE_DIGITS),
            "clipped": self.clipped,
            "reason": self.reason,
            "fte_per_trainee": _round(self.fte_per_trainee, 4),
            "gap_fte": _round(self.gap_fte, 2),
            "current_intake": _round(self.current_intake, 2),
        }


@dataclass(frozen=True)
class Impact:
    """How much of the advice for one equilibrium year each factor causes.

    ``parts_fte``: each factor's contribution to the fte to be closed by the lever at T
    (demand parts positive when they raise demand; supply parts with the sign they have on the
    advice). ``parts``: the same in trainees a year (``parts_fte / fte_per_trainee``); they add up
    to ``total`` = the advice. Empty when the year is not reachable by training.
    """

    equilibrium_year: int
    parts: dict[str, float]
    parts_fte: dict[str, float]
    total: float | None

    def to_dict(self) -> dict:
        return {
            "equilibrium_year": self.equilibrium_year,
            "total": _round(self.total, 1),
            "parts": {k: _round(v, 2) for k, v in self.parts.items()} if self.parts else None,
            "parts_fte": {k: _round(v, 2) for k, v in self.parts_fte.items()},
        }


@dataclass(frozen=True, eq=False)
class ProjectionResult:
    """Projection of one occupation for one variant; arrays are indexed by year offset 0..H.

    Per group (shape (G, Y)): ``fte_factor``, ``outflow_share`` (U_g), ``stock`` (today's stock
    still working, persons), ``streams[name]`` (persons from each supply stream: in_training,
    decided, lever, other_inflow). Totals (shape (Y,)): ``supply_persons``, ``supply_fte``,
    ``demand_fte``, ``gap_fte``, ``gap_persons``, ``mean_fte_factor``, ``lever_fte_per_trainee``,
    ``stream_fte[name]`` and the additive ``demand_parts[name]`` (base, unmet, demography,
    trend.<factor> or care.<name>). ``impact_fte`` (parts x equilibrium years) holds the impact
    decomposition in fte, named by ``impact_names``; :attr:`impact` turns it into trainees.
    Arrays are read-only (they are shared between the variants' results).
    """

    params: ProjectionParams
    variant: str
    years: np.ndarray
    group_names: tuple[str, ...]
    group_share: np.ndarray
    fte_factor: np.ndarray
    outflow_share: np.ndarray
    stock: np.ndarray
    streams: dict[str, np.ndarray]
    stream_fte: dict[str, np.ndarray]
    supply_persons: np.ndarray
    supply_fte: np.ndarray
    demand_fte: np.ndarray
    demand_parts: dict[str, np.ndarray]
    gap_fte: np.ndarray
    gap_persons: np.ndarray
    mean_fte_factor: np.ndarray
    lever_fte_per_trainee: np.ndarray
    advice: tuple[Advice, ...]
    impact_names: tuple[str, ...]
    impact_fte: np.ndarray

    @property
    def occupation(self) -> str:
        return self.params.occupation

    @property
    def code(self) -> str:
        return self.params.code

    @property
    def base_year(self) -> int:
        return self.params.base_year

    @cached_property
    def impact(self) -> tuple[Impact, ...]:
        """Impact decomposition of the advice, one entry per equilibrium year."""
        out = []
        for k, a in enumerate(self.advice):
            parts_fte = dict(zip(self.impact_names, self.impact_fte[:, k].tolist()))
            if a.intake is None:
                out.append(Impact(a.equilibrium_year, {}, parts_fte, None))
            else:
                f3 = a.fte_per_trainee
                parts = {name: value / f3 for name, value in parts_fte.items()}
                out.append(Impact(a.equilibrium_year, parts, parts_fte, a.intake))
        return tuple(out)

    def index(self, year: int) -> int:
        """Array index of a calendar year (base_year .. base_year + horizon)."""
        i = int(year) - self.params.base_year
        if not 0 <= i < self.years.size:
            raise ValueError(
                f"year {year} is outside the projection ({self.years[0]}-{self.years[-1]})"
            )
        return i

    def to_dict(self) -> dict:
        """Plain JSON-ready data (lists and floats rounded to 2 decimals, NaN as null)."""
        return {
            "occupation": self.occupation,
            "code": self.code,
            "variant": self.variant,
            "base_year": self.base_year,
            "years": [int(y) for y in self.years],
            "supply_persons": _list(self.supply_persons),
            "supply_fte": _list(self.supply_fte),
            "demand_fte": _list(self.demand_fte),
            "gap_fte": _list(self.gap_fte),
            "gap_persons": _list(self.gap_persons),
            "mean_fte_factor": _list(self.mean_fte_factor, 4),
            "advice": [a.to_dict() for a in self.advice],
            "impact": [i.to_dict() for i in self.impact],
        }


def _round(value: float | None, digits: int) -> float | None:
    return rounded(value, digits)


def _list(values: np.ndarray, digits: int = 2) -> list[float | None]:
    return [_round(x, digits) for x in values.tolist()]


def project(params: ProjectionParams, variant: str = "middle") -> ProjectionResult:
    """Project one occupation for one variant ("low", "middle" or "high").

    The three variants are computed together in one vectorised pass and kept on the (immutable)
    parameter object, so asking for the other variants of the same parameters afterwards costs
    only the assembly of the result. Result arrays are read-only for that reason.
    """
    if variant == "mid":
        variant = "middle"
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {VARIANTS}, got {variant!r}")
    computed = _variants(params)
    return _result(params, variant, computed, VARIANTS.index(variant))


def project_many(
    params_list: Iterable[ProjectionParams], variant: str = "middle"
) -> list[ProjectionResult]:
    """``project`` for several occupations (e.g. a whole region)."""
    return [project(p, variant) for p in params_list]


@dataclass(frozen=True, eq=False)
class _Computed:
    out: EngineOutput
    impact_names: tuple[str, ...]
    impact_fte: np.ndarray  # (rows, parts, E)


def _variants(params: ProjectionParams) -> _Computed:
    """Engine output with rows low, middle, high (cached on the parameter object)."""
    cached = params.__dict__.get("_variant_outputs")
    if cached is not None:
        return cached
    layout = layout_of(params)
    out = compute(layout, layout.variant_rows)
    names, impact_fte = _impact_fte(out, layout.eq_offsets)
    computed = _Computed(out, names, impact_fte)
    for value in (*vars(out).values(), impact_fte):
        if isinstance(value, np.ndarray):
            value.setflags(write=False)
    object.__setattr__(params, "_variant_outputs", computed)
    return computed


def _impact_fte(out: EngineOutput, eq: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """Parts (fte, shape (rows, parts, E)) whose sum divided by FTE3 per trainee is the advice
    (see the module docstring): demand parts without the base, then the supply parts."""
    F = out.fte_factor[:, :, eq]  # (b, G, E)
    F0 = out.fte_factor[:, :, :1]
    U = out.outflow[:, :, eq]
    today = out.today[:, :, None]  # N * p_g
    demand = out.demand_parts[:, 1:, eq]  # (b, P, E), without "base"
    supply = np.stack(
        [
            (today * U * F).sum(axis=1),
            -(today * (F - F0)).sum(axis=1),
            -out.stream_fte[:, 0, eq],
            -out.stream_fte[:, 1, eq],
            -out.stream_fte[:, 3, eq],
        ],
        axis=1,
    )
    names = out.demand_part_names[1:] + _SUPPLY_IMPACT
    return names, np.concatenate([demand, supply], axis=1)


_SUPPLY_IMPACT = (
    "supply.outflow",
    "supply.fte_factor",
    "supply.in_training",
    "supply.decided",
    "supply.other_inflow",
)


def _result(params: ProjectionParams, variant: str, c: _Computed, row: int) -> ProjectionResult:
    out = c.out
    streams = {name: out.flows[row, :, k, :] for k, name in enumerate(SUPPLY_STREAMS)}
    stream_fte = {name: out.stream_fte[row, k, :] for k, name in enumerate(SUPPLY_STREAMS)}
    demand_parts = {
        name: out.demand_parts[row, k, :] for k, name in enumerate(out.demand_part_names)
    }
    return ProjectionResult(
        params=params,
        variant=variant,
        years=params.years,
        group_names=tuple(g.name for g in params.groups),
        group_share=out.group_share[row],
        fte_factor=out.fte_factor[row],
        outflow_share=out.outflow[row],
        stock=out.stock[row],
        streams=streams,
        stream_fte=stream_fte,
        supply_persons=out.supply_persons[row],
        supply_fte=out.supply_fte[row],
        demand_fte=out.demand_fte[row],
        demand_parts=demand_parts,
        gap_fte=out.gap_fte[row],
        gap_persons=out.gap_persons[row],
        mean_fte_factor=out.mean_fte_factor[row],
        lever_fte_per_trainee=out.lever_fte_per_trainee[row],
        advice=_advice(params, out, row),
        impact_names=c.impact_names,
        impact_fte=c.impact_fte[row],
    )


def _advice(params: ProjectionParams, out: EngineOutput, row: int) -> tuple[Advice, ...]:
    n3 = float(out.lever_intake[row])
    gaps = out.gap_fte[row][np.asarray(params.equilibrium_years) - params.base_year].tolist()
    f3s = out.advice_fte_per_trainee[row].tolist()
    raws = out.advice[row].tolist()
    advices = []
    for year, f3, raw, gap in zip(params.equilibrium_years, f3s, raws, gaps):
        if math.isnan(raw):
            reason = f"not reachable by training before {year}"
            advices.append(Advice(year, None, None, False, reason, f3, gap, n3))
        elif raw < 0:
            reason = f"supply exceeds demand in {year} even without lever intake; clipped to 0"
            advices.append(Advice(year, raw, 0.0, True, reason, f3, gap, n3))
        else:
            advices.append(Advice(year, raw, raw, False, None, f3, gap, n3))
    return tuple(advices)
