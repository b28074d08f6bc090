"""Why supply, demand and the gap are what they are in one year: additive parts of a projection.

Supply parts, per group: today's stock still working, and the persons from each stream (in
training now, intake already decided, the lever, other inflow), each in persons and fte
(persons x the group's fte factor that year). They add up to supply persons and supply fte.

Demand parts (fte) split the multiplicative top-down formula
``D = S(0) (1 + onv) (1 + demo) (1 + R tau)`` by expanding it in a fixed order:

* base: ``S(0)``, supply fte in the base year;
* unmet demand: ``S(0) onv``;
* demography: ``S(0) (1 + onv) demo(t)``;
* each trend factor i: ``S(0) (1 + onv) (1 + demo(t)) r_i tau(t)`` (R is the sum of the r_i, so
  this split of the trend part is exact; working time enters as ``r = 1/(1 - atv) - 1``).

Each part is thus "what this factor adds on top of the factors before it"; the parts add up to
D(t) exactly (up to floating-point rounding). For bottom-up demand the parts are the base S(0),
"unmet" = modelled demand in the base year minus S(0), and per care type its change since the
base year.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..rounding import fixed, rounded
from ._engine import SUPPLY_STREAMS
from .model import ProjectionResult, project
from .params import ProjectionParams

__all__ = ["Part", "Explanation", "explain"]

_STREAM_LABELS = {
    "in_training": "graduates of those in training now",
    "decided": "graduates of intake already decided",
    "lever": "graduates of the lever intake",
    "other_inflow": "other inflow (lateral entrants)",
}


def _one(value: float) -> str:
    """One decimal, halves up, thousands with a comma (the domain's rounding rule)."""
    return fixed(value, 1, thousands=",")


@dataclass(frozen=True)
class Part:
    """One additive part: ``key`` is machine-readable (``stock.women``, ``lever.men``,
    ``demand.unmet``, ``demand.trend.epidemiology``), ``label`` is for people. ``persons`` is
    None for demand parts (demand is in fte)."""

    key: str
    label: str
    persons: float | None
    fte: float

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "label": self.label,
            "persons": None if self.persons is None else rounded(self.persons, 2),
            "fte": rounded(self.fte, 2),
        }


@dataclass(frozen=True)
class Explanation:
    """Additive parts of supply and demand of one occupation in one year."""

    occupation: str
    variant: str
    year: int
    base_year: int
    supply_parts: tuple[Part, ...]
    supply_persons: float
    supply_fte: float
    demand_parts: tuple[Part, ...]
    demand_fte: float
    gap_fte: float
    gap_persons: float

    def to_dict(self) -> dict:
        return {
            "occupation": self.occupation,
            "variant": self.variant,
            "year": self.year,
            "supply": {
                "parts": [p.to_dict() for p in self.supply_parts],
                "persons": rounded(self.supply_persons, 2),
                "fte": rounded(self.supply_fte, 2),
            },
            "demand": {
                "parts": [p.to_dict() for p in self.demand_parts],
                "fte": rounded(self.demand_fte, 2),
            },
            "gap_fte": rounded(self.gap_fte, 2),
            "gap_persons": rounded(self.gap_persons, 2),
        }

    def render(self) -> str:
        """A plain-text table for a terminal or a log."""
        width = max([len(p.label) for p in self.supply_parts + self.demand_parts] + [30]) + 2
        lines = [
            f"{self.occupation}, {self.year} ({self.variant} variant)",
            "",
            f"{'Supply':<{width}}{'persons':>12}{'fte':>12}",
        ]
        for p in self.supply_parts:
            lines.append(f"  {p.label:<{width - 2}}{_one(p.persons):>12}{_one(p.fte):>12}")
        lines.append(f"  {'total supply':<{width - 2}}{_one(self.supply_persons):>12}"
                     f"{_one(self.supply_fte):>12}")
        lines += ["", f"{'Demand':<{width}}{'':>12}{'fte':>12}"]
        for p in self.demand_parts:
            lines.append(f"  {p.label:<{width - 2}}{'':>12}{_one(p.fte):>12}")
        lines.append(f"  {'total demand':<{width - 2}}{'':>12}{_one(self.demand_fte):>12}")
        gap_persons = "n/a" if math.isnan(self.gap_persons) else _one(self.gap_persons)
        kind = "shortage" if self.gap_fte > 0 else "surplus" if self.gap_fte < 0 else "balance"
        lines += [
            "",
            f"Gap (demand - supply): {_one(self.gap_fte)} fte = {gap_persons} persons ({kind})",
        ]
        return "\n".join(lines) + "\n"


def explain(
    result_or_params: ProjectionResult | ProjectionParams, year: int, variant: str = "middle"
) -> Explanation:
    """Explain one calendar year of a projection result (or of ``project(params, variant)``)."""
    if isinstance(result_or_params, ProjectionParams):
        result = project(result_or_params, variant)
    else:
        result = result_or_params
    t = result.index(year)
    supply: list[Part] = []
    for g, name in enumerate(result.group_names):
        f = float(result.fte_factor[g, t])
        persons = float(result.stock[g, t])
        supply.append(Part(f"stock.{name}", f"today's stock still working ({name})", persons,
                           persons * f))
        for stream in SUPPLY_STREAMS:
            persons = float(result.streams[stream][g, t])
            supply.append(
                Part(f"{stream}.{name}", f"{_STREAM_LABELS[stream]} ({name})", persons, persons * f)
            )
    demand = [
        Part(f"demand.{name}", _demand_label(name, result.base_year), None, float(arr[t]))
        for name, arr in result.demand_parts.items()
    ]
    return Explanation(
        occupation=result.occupation,
        variant=result.variant,
        year=int(year),
        base_year=result.base_year,
        supply_parts=tuple(supply),
        supply_persons=float(result.supply_persons[t]),
        supply_fte=float(result.supply_fte[t]),
        demand_parts=tuple(demand),
        demand_fte=float(result.demand_fte[t]),
        gap_fte=float(result.gap_fte[t]),
        gap_persons=float(result.gap_persons[t]),
    )


def _demand_label(name: str, base_year: int) -> str:
    if name == "base":
        return f"base: supply fte in {base_year}"
    if name == "unmet":
        return f"unmet demand in {base_year}"
    if name == "demography":
        return "demography"
    kind, _, rest = name.partition(".")
    if kind == "trend":
        return f"trend: {rest.replace('_', ' ')}"
    if kind == "care":
        return f"care type: {rest} (change since {base_year})"
    return name
