"""How good was an earlier round's projection? The arithmetic of the backtest (issue 12, item 4).

For a pair of consecutive rounds, the projection made from the earlier round (its basis parameters,
middle variant) is read at the later round's reference date, t = later year - earlier year, and set
against what the later round recorded, per occupation and for the region (the occupations projected
from the earlier round, added up):

* ``persons`` and ``fte``: supply persons / supply fte at t against the persons and fte in the staffing;
* ``leavers``: today's staff who leave the occupation in the region in the year before t,
  ``N * sum_g p_g (U_g(t) - U_g(t - 1))``, against the leavers the later round recorded with a destination
  that leaves the region's occupation (reference.EXIT_DESTINATIONS: youth care elsewhere, another
  sector, retirement, unknown); leavers to another organisation in the region stay in the regional
  supply and are no leavers here. Newcomers who leave again in their first years are inside the
  retention curve and not in the projected figure, so projected leavers run a little low;
* ``demand``: demand fte at t against filled fte + open vacancy fte of the later round.

The error is recorded - projected, and the percentage error / recorded (a projection that was too high
has a negative error): "projection for 2025: 531 fte; recorded: 524 fte; -1.3%". The Capaciteitsorgaan's
evaluation of its own projections found errors of 0.2-0.9 % a year against realised supply; the region's
supply error per year of projection, |fte %| / t, is set against that band.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from hrplanner.domain import reference as ref
from hrplanner.domain.projection.model import ProjectionResult
from hrplanner.domain.records import RoundData

MEASURES: tuple[str, ...] = ("persons", "fte", "leavers", "demand")

#: The Capaciteitsorgaan's evaluation: 0.2 - 0.9 % error a year against realised supply.
BENCHMARK_LOW = 0.002
BENCHMARK_HIGH = 0.009

REGION = "region"


@dataclass(frozen=True)
class Comparison:
    """One measure: what the earlier round projected and what the later round recorded."""

    projected: float
    recorded: float

    @property
    def error(self) -> float:
        """recorded - projected (negative when the projection was too high)."""
        return self.recorded - self.projected

    @property
    def percent(self) -> float | None:
        """The error as a fraction of the recorded figure; None when nothing was recorded."""
        return None if self.recorded == 0 else self.error / self.recorded

    def __add__(self, other: "Comparison") -> "Comparison":
        return Comparison(self.projected + other.projected, self.recorded + other.recorded)


@dataclass(frozen=True)
class OccupationBacktest:
    """The measures of one occupation (or of the region, code ``"region"``) for one pair of rounds."""

    code: str
    measures: dict[str, Comparison]

    def __getitem__(self, measure: str) -> Comparison:
        return self.measures[measure]


@dataclass(frozen=True)
class PairBacktest:
    """The backtest of one pair of consecutive rounds: ``start`` projected to ``end``'s date."""

    start: date
    end: date
    years: int
    occupations: tuple[OccupationBacktest, ...]
    region: OccupationBacktest

    @property
    def supply_error_per_year(self) -> float | None:
        """|region fte error %| / years of projection (None when the region recorded no fte)."""
        percent = self.region["fte"].percent
        return None if percent is None else abs(percent) / self.years

    @property
    def benchmark(self) -> str | None:
        """Where the region stands against the Capaciteitsorgaan's 0.2-0.9 % a year: "below" (a smaller
        error than the lower bound), "within" or "above"; None without recorded fte."""
        return standing(self.supply_error_per_year)

    def occupation(self, code: str) -> OccupationBacktest | None:
        if code == REGION:
            return self.region
        return next((o for o in self.occupations if o.code == code), None)


def standing(error_per_year: float | None) -> str | None:
    """"below", "within" or "above" the Capaciteitsorgaan's band (the band's ends count as within)."""
    if error_per_year is None:
        return None
    if error_per_year < BENCHMARK_LOW:
        return "below"
    return "within" if error_per_year <= BENCHMARK_HIGH else "above"


def recorded(data: RoundData, code: str) -> dict[str, float]:
    """What a round recorded for one occupation: persons, fte, leavers out of the regional occupation,
    demand (filled + open fte)."""
    persons = sum(s.persons for s in data.staffing if s.occupation == code)
    fte = sum(s.fte for s in data.staffing if s.occupation == code)
    leavers = sum(f.persons for f in data.flows if f.occupation == code and f.direction == "out"
                  and f.category in ref.EXIT_DESTINATIONS)
    open_fte = sum(e.open_fte for e in data.establishment if e.occupation == code)
    return {"persons": float(persons), "fte": fte, "leavers": float(leavers), "demand": fte + open_fte}


def projected(result: ProjectionResult, t: int) -> dict[str, float]:
    """What a projection says at year offset ``t`` (1 .. horizon) for the same measures."""
    today = result.params.persons.mid * result.group_share  # N p_g
    left = today @ (result.outflow_share[:, t] - result.outflow_share[:, t - 1])
    return {"persons": float(result.supply_persons[t]), "fte": float(result.supply_fte[t]),
            "leavers": float(left), "demand": float(result.demand_fte[t])}


def compare_pair(results: Iterable[ProjectionResult], later: RoundData, start: date) -> PairBacktest | None:
    """The backtest of one pair: projections made from the round of ``start`` against the later round.
    None when the later round does not lie 1 .. horizon whole years after the start (same year, or
    beyond the projection)."""
    results = list(results)
    t = later.reference_date.year - start.year
    if t < 1 or any(t > r.params.horizon for r in results):
        return None
    occupations = []
    for r in results:
        now, then = projected(r, t), recorded(later, r.code)
        occupations.append(OccupationBacktest(r.code, {m: Comparison(now[m], then[m]) for m in MEASURES}))
    region = {m: sum((o.measures[m] for o in occupations), Comparison(0.0, 0.0)) for m in MEASURES}
    return PairBacktest(start, later.reference_date, t, tuple(occupations), OccupationBacktest(REGION, region))


def as_dict(pair: PairBacktest, names: Mapping[str, str] | None = None) -> dict:
    """JSON-ready (figures as computed; formatting is the caller's)."""
    def entry(o: OccupationBacktest) -> dict:
        return {"code": o.code, "occupation": (names or {}).get(o.code, o.code),
                **{m: {"projected": c.projected, "recorded": c.recorded, "error": c.error,
                       "percent": c.percent} for m, c in o.measures.items()}}

    return {"start": pair.start.isoformat(), "end": pair.end.isoformat(), "years": pair.years,
            "occupations": [entry(o) for o in pair.occupations], "region": entry(pair.region),
            "supply_error_per_year": pair.supply_error_per_year, "benchmark": pair.benchmark,
            "benchmark_band": [BENCHMARK_LOW, BENCHMARK_HIGH]}


__all__ = ["MEASURES", "BENCHMARK_LOW", "BENCHMARK_HIGH", "REGION", "Comparison", "OccupationBacktest",
           "PairBacktest", "standing", "recorded", "projected", "compare_pair", "as_dict"]
