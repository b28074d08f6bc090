"""Projection inputs derived from the register (MODEL.md 4.1-4.2): one parameter set per occupation.

What comes from a round's figures, for the whole region and one occupation:

- persons N, and groups "women" and "men" when the register splits at least 90 % of the persons by
  sex (persons of unknown sex are shared over both in proportion), else one group "all"; each group's
  share and fte factor (its fte / its persons);
- the outflow curve U_g at every year t = 1 .. H of the horizon from the age bands (not at five-yearly
  points: the derived curve is strongly curved, and a chord between five-yearly points overestimates
  supply in between, which made a dip at every fifth year): persons are spread evenly over the
  ages of their band, age one year per year, leave at the retirement age (default 67), and leave the
  regional occupation earlier at the observed yearly exit rate e. The exit rate counts leavers to
  youth care outside the region, to another sector, to an unknown destination and into retirement,
  over the average persons of the year (leavers to another organisation in the region are not an
  exit). The retirements the age rule itself produces in the first year are taken off the observed
  exits, so that no one leaves twice;
- trainees in training now (stream 1: in_training / duration per year for d years), the intake
  planned for next year (stream 2 until the adjustment year) and, as today's lever intake, the same
  planned intake (stream 3);
- other inflow: joiners from outside the region who do not come from education (youth care
  elsewhere, other sector, re-entry, unknown), plus the joiners from education beyond the yearly
  graduates of the region's own trainees (full-time students and graduates from elsewhere keep
  coming); the region's own trainees are the training streams;
- unmet demand: open vacancy fte / filled fte;
- graduate retention: the share of graduates that starts in the region's occupation (per occupation,
  reference.DEFAULT_OCCUPATIONS), after which they leave at the observed exit rate e like today's
  staff (other inflow follows the same curve, MODEL.md 4.1.3), also at every year since graduation
  k = 1 .. H; a completion rate per level;
  and the demography of FACTS.md: the number of young people in Twente falls by about 9 % between
  2020 and 2030, so about -0.9 % a year, flattening after 2030.

Every value is a low/middle/high Triple so the Monte Carlo run can vary it; every value is editable
in a scenario.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from hrplanner.domain import reference as ref
from hrplanner.domain.projection.params import (
    Curve,
    Demand,
    Group,
    ProjectionParams,
    Stream,
    Training,
    Trend,
    Triple,
)
from hrplanner.domain.records import RoundData
from hrplanner.domain.rounding import rounded

RETIREMENT_AGE = 67
SEX_SPLIT_MIN_SHARE = 0.9
DEFAULT_HORIZON = 20


def curve_years(horizon: int = DEFAULT_HORIZON) -> tuple[int, ...]:
    """The years at which register-derived curves (U by years ahead, ER by years since graduation)
    are given: every year 1 .. horizon, so the engine's piecewise-linear evaluation is exact."""
    return tuple(range(1, max(1, int(horizon)) + 1))


#: Share of trainees who finish the training, per level (intern rendement).
COMPLETION_BY_LEVEL = {
    "MBO": 0.75,
    "HBO": 0.80,
    "WO": 0.85,
    "post-master": 0.95,
    "medical specialist": 0.95,
    "none": 1.0,
}

#: Cumulative change of the young population served, from the base year (FACTS.md: -9 % 2020-2030).
DEMOGRAPHY_YOUTH_TWENTE = {5: Triple(-0.06, -0.045, -0.03), 10: Triple(-0.10, -0.07, -0.04),
                           15: Triple(-0.12, -0.085, -0.04), 20: Triple(-0.14, -0.09, -0.03)}

#: Yearly demand trends (MODEL.md 4.2), low/middle/high; defaults the steering group can change.
DEFAULT_TREND = Trend(
    epidemiology=Triple(0.0, 0.005, 0.01),
    socio_cultural=Triple(0.0, 0.005, 0.01),
    professional=Triple(0.0, 0.0, 0.005),
    efficiency=Triple(-0.005, 0.0, 0.0),
    horizontal_substitution=Triple(0.0, 0.0, 0.0),
    vertical_substitution=Triple(0.0, 0.0, 0.0),
    working_time=Triple(0.0, 0.0, 0.0),
)

#: Relative uncertainty put around register-derived values (low = mid x (1 - u), high x (1 + u)).
UNCERTAINTY = {"outflow": 0.15, "other_inflow": 0.25, "retention": 0.05, "completion": 0.05}


@dataclass(frozen=True)
class OccupationInputs:
    """The register figures one occupation's parameters were derived from, for the explain panel."""

    code: str
    persons: int
    fte: float
    exit_rate: float
    exits: int
    age_model_retirements: float
    average_persons: float
    in_training: int
    planned_intake: int
    other_inflow: float
    from_education: int
    open_fte: float


def _spread(value: float, u: float, lo: float = 0.0, hi: float | None = None) -> Triple:
    low, high = value * (1 - u), value * (1 + u)
    low = max(lo, low)
    if hi is not None:
        high = min(hi, high)
        value = min(hi, value)
    return Triple(min(low, value), value, max(high, value))


def single_ages(bands: dict[str, float], retirement_age: int = RETIREMENT_AGE) -> dict[int, float]:
    """Persons per single year of age, spreading each band evenly over its ages below retirement."""
    ages: dict[int, float] = defaultdict(float)
    for band, persons in bands.items():
        if persons <= 0:
            continue
        low, high = ref.AGE_BAND_RANGES[band]
        high = min(high, retirement_age - 1)
        low = min(low, high)
        width = high - low + 1
        for age in range(low, high + 1):
            ages[age] += persons / width
    return dict(ages)


def remaining_share(ages: dict[int, float], exit_rate: float, t: np.ndarray,
                    retirement_age: int = RETIREMENT_AGE) -> np.ndarray:
    """Share of today's persons still working after t years: below retirement age and not exited."""
    total = sum(ages.values())
    if total <= 0:
        return np.ones_like(t, dtype=float)
    below = np.zeros_like(t, dtype=float)
    for age, persons in ages.items():
        below += persons * (age + t < retirement_age)
    return below / total * (1 - exit_rate) ** t


def observed_exit_rate(exits: float, average_persons: float, ages: dict[int, float],
                       retirement_age: int = RETIREMENT_AGE) -> tuple[float, float]:
    """The yearly exit rate beside retirement at the retirement age, and the age rule's own first-year
    retirements (which the observed exits already contain)."""
    total = sum(ages.values())
    if average_persons <= 0 or total <= 0:
        return 0.0, 0.0
    age_retirements = sum(p for age, p in ages.items() if age + 1 >= retirement_age) * average_persons / total
    rate = max(0.0, exits - age_retirements) / average_persons
    return min(rate, 0.9), age_retirements


def retention_curve(first_year: float, exit_rate: float, years: tuple[int, ...]) -> tuple[float, ...]:
    """Graduate retention ER(k) at the years since graduation ``years``: the share that starts working
    in the region's occupation (``first_year``), then leaving at the same yearly exit rate as today's
    staff, so that newcomers and today's stock follow the same observed outflow:
    ER(k) = ER(1) (1 - e)^(k - 1)."""
    return tuple(first_year * (1 - exit_rate) ** (k - 1) for k in years)


def derive_params(current: RoundData, previous: RoundData | None, occupation: ref.OccupationSpec | None,
                  code: str, name: str = "", *, horizon: int = 20,
                  retirement_age: int = RETIREMENT_AGE) -> tuple[ProjectionParams, OccupationInputs]:
    """The parameters of one occupation from the region's figures of a round (and the one before)."""
    staffing = [s for s in current.staffing if s.occupation == code]
    persons = sum(s.persons for s in staffing)
    fte = sum(s.fte for s in staffing)
    by_sex_persons: dict[str, int] = defaultdict(int)
    by_sex_fte: dict[str, float] = defaultdict(float)
    bands_by_sex: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for s in staffing:
        by_sex_persons[s.sex] += s.persons
        by_sex_fte[s.sex] += s.fte
        bands_by_sex[s.sex][s.age_band] += s.persons
    known = by_sex_persons["women"] + by_sex_persons["men"]
    split = persons > 0 and known / persons >= SEX_SPLIT_MIN_SHARE and \
        by_sex_persons["women"] > 0 and by_sex_persons["men"] > 0
    all_bands: dict[str, float] = defaultdict(float)
    for bands in bands_by_sex.values():
        for band, n in bands.items():
            all_bands[band] += n

    flows = [f for f in current.flows if f.occupation == code]
    joiners = sum(f.persons for f in flows if f.direction == "in")
    leavers = sum(f.persons for f in flows if f.direction == "out")
    exits = sum(f.persons for f in flows if f.direction == "out" and f.category in ref.EXIT_DESTINATIONS)
    other_inflow = sum(f.persons for f in flows if f.direction == "in"
                       and f.category in ("youth_care_elsewhere", "other_sector", "reentry", "unknown"))
    start = None
    if previous is not None:
        before = [s.persons for s in previous.staffing if s.occupation == code]
        start = sum(before) if before else None
    if start is None:
        start = persons - joiners + leavers
    average = (start + persons) / 2
    ages_all = single_ages(all_bands, retirement_age)
    exit_rate, age_retirements = observed_exit_rate(exits, average, ages_all, retirement_age)

    yearly = curve_years(horizon)
    years = np.array(yearly, dtype=float)
    level = occupation.level if occupation else "HBO"
    retention = occupation.retention if occupation else (0.8, 0.65, 0.55, 0.5)

    def group(group_name: str, share: float, group_fte: float, group_persons: float,
              bands: dict[str, float]) -> Group:
        ages = single_ages(bands, retirement_age) or ages_all
        gone = 1 - remaining_share(ages, exit_rate, years, retirement_age)
        factor = group_fte / group_persons if group_persons > 0 else (fte / persons if persons else 0.8)
        return Group(
            name=group_name,
            share=share,
            fte=min(factor, 2.0),
            outflow={int(y): _spread(float(u), UNCERTAINTY["outflow"], 0.0, 1.0) for y, u in zip(years, gone)},
            retention={k: _spread(r, UNCERTAINTY["retention"], 0.0, 1.0)
                       for k, r in zip(yearly, retention_curve(retention[0], exit_rate, yearly))},
        )

    if split:
        unknown = by_sex_persons["unknown"]
        groups = []
        for sex in ("women", "men"):
            share = by_sex_persons[sex] / known
            bands = dict(bands_by_sex[sex])
            if unknown:
                for band, n in bands_by_sex["unknown"].items():
                    bands[band] = bands.get(band, 0) + n * share
            groups.append(group(sex, share, by_sex_fte[sex] + by_sex_fte["unknown"] * share,
                                 by_sex_persons[sex] + unknown * share, bands))
        # shares must add up to exactly 1
        groups[1] = Group(groups[1].name, 1.0 - groups[0].share.mid, groups[1].fte, groups[1].outflow,
                          groups[1].retention)
    else:
        groups = [group("all", 1.0, fte, persons, dict(all_bands))]

    trainees = [t for t in current.training if t.occupation == code]
    in_training = sum(t.in_training for t in trainees)
    planned = sum(t.planned_intake for t in trainees)
    duration = occupation.training_years if occupation and occupation.training_years > 0 else 1.0
    completion = _spread(COMPLETION_BY_LEVEL.get(level, 0.8), UNCERTAINTY["completion"], 0.0, 1.0)
    # Joiners from education beyond the graduates of the region's own trainees (full-time students,
    # graduates from elsewhere) keep coming as other inflow.
    own_graduates = in_training / duration * completion.mid * retention[0]
    from_education = sum(f.persons for f in flows if f.direction == "in" and f.category == "education")
    other_inflow += max(0.0, from_education - own_graduates)
    training = Training(
        duration=duration,
        in_training=Stream(in_training / duration, completion),
        decided=Stream(planned, completion),
        lever=Stream(planned, completion),
    )
    open_fte = sum(e.open_fte for e in current.establishment if e.occupation == code)
    unmet = min(open_fte / fte, 1.0) if fte > 0 else 0.0
    demand = Demand(unmet=Triple(max(0.0, unmet - 0.01), unmet, min(1.0, unmet + 0.01)),
                    demography=DEMOGRAPHY_YOUTH_TWENTE, trend=DEFAULT_TREND)
    params = ProjectionParams(
        occupation=name or code,
        code=code,
        base_year=current.reference_date.year,
        persons=persons,
        groups=tuple(groups),
        training=training,
        demand=demand,
        other_inflow=_spread(float(other_inflow), UNCERTAINTY["other_inflow"]),
        horizon=horizon,
    )
    inputs = OccupationInputs(code, persons, rounded(fte, 2), exit_rate, exits, age_retirements, average,
                              in_training, planned, rounded(other_inflow, 2), from_education,
                              rounded(open_fte, 2))
    return params, inputs


def occupations_with_staff(current: RoundData) -> list[str]:
    """Occupation codes that have persons in the round, in first-seen order."""
    seen: dict[str, int] = {}
    for s in current.staffing:
        seen[s.occupation] = seen.get(s.occupation, 0) + s.persons
    return [code for code, n in seen.items() if n > 0]
