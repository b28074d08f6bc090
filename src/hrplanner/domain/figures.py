"""Key figures of a round (MODEL.md 5), per occupation, per organisation or for the region.

Pure arithmetic over :class:`RoundData`; every ratio is None where its denominator is zero, so that
"no figures" is never shown as 0 %.

- vacancy rate = open fte / (filled fte + open fte)
- share open 3 months or longer = open 3+ months / open positions
- turnover = leavers / average persons, where the average is taken over the persons at the start of
  the period (the previous round where it has figures, else persons now - joiners + leavers) and now
- circulation share = joiners from another organisation in the region / all joiners
- retirement wave = persons aged 55+ (60+) / persons
- trainees per 100 fte = persons in training / fte x 100 (training effort, with the joiners from
  education: who trains and who hires the newly qualified)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from hrplanner.domain import reference as ref
from hrplanner.domain.records import RoundData
from hrplanner.domain.rounding import rounded

REGION = "(region)"


@dataclass
class KeyFigures:
    """The key figures of one group (an occupation, an organisation, or the region)."""

    key: str
    persons: int = 0
    fte: float = 0.0
    open_positions: int = 0
    open_fte: float = 0.0
    open_long: int = 0
    joiners: int = 0
    joiners_from_region: int = 0
    joiners_from_education: int = 0
    leavers: int = 0
    persons_55_plus: int = 0
    persons_60_plus: int = 0
    in_training: int = 0
    persons_at_start: float | None = None

    @property
    def fte_per_person(self) -> float | None:
        return self.fte / self.persons if self.persons else None

    @property
    def vacancy_rate(self) -> float | None:
        denominator = self.fte + self.open_fte
        return self.open_fte / denominator if denominator else None

    @property
    def long_open_share(self) -> float | None:
        return self.open_long / self.open_positions if self.open_positions else None

    @property
    def average_persons(self) -> float | None:
        start = self.persons_at_start
        if start is None:
            start = self.persons - self.joiners + self.leavers
        average = (start + self.persons) / 2
        return average if average > 0 else None

    @property
    def turnover(self) -> float | None:
        average = self.average_persons
        return self.leavers / average if average else None

    @property
    def circulation_share(self) -> float | None:
        return self.joiners_from_region / self.joiners if self.joiners else None

    @property
    def trainees_per_100_fte(self) -> float | None:
        return self.in_training / self.fte * 100 if self.fte else None

    @property
    def share_55_plus(self) -> float | None:
        return self.persons_55_plus / self.persons if self.persons else None

    @property
    def share_60_plus(self) -> float | None:
        return self.persons_60_plus / self.persons if self.persons else None

    def as_dict(self) -> dict[str, object]:
        """Counts and every ratio, for JSON and tables."""
        data = asdict(self)
        data.pop("persons_at_start")
        for name in RATIOS:
            data[name] = getattr(self, name)
        data["fte"] = rounded(self.fte, 2)
        data["open_fte"] = rounded(self.open_fte, 2)
        return data


RATIOS = (
    "fte_per_person",
    "vacancy_rate",
    "long_open_share",
    "turnover",
    "circulation_share",
    "share_55_plus",
    "share_60_plus",
)

#: Columns of the summary command and the overview, in order.
SUMMARY_COLUMNS = (
    "persons",
    "fte",
    "open_positions",
    "vacancy_rate",
    "long_open_share",
    "turnover",
    "circulation_share",
    "share_55_plus",
    "share_60_plus",
)

KeyFunction = Callable[[str, str], str]


def by_occupation(organisation: str, occupation: str) -> str:
    return occupation


def by_organisation(organisation: str, occupation: str) -> str:
    return organisation


def by_pair(organisation: str, occupation: str) -> str:
    return f"{organisation}\t{occupation}"


def whole_region(organisation: str, occupation: str) -> str:
    return REGION


def _persons_by(data: RoundData, key: KeyFunction) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for row in data.staffing:
        totals[key(row.organisation, row.occupation)] += row.persons
    return totals


def key_figures(current: RoundData, previous: RoundData | None = None,
                key: KeyFunction = by_occupation) -> dict[str, KeyFigures]:
    """Key figures of ``current`` grouped by ``key``; ``previous`` gives persons at the start."""
    groups: dict[str, KeyFigures] = {}

    def group(organisation: str, occupation: str) -> KeyFigures:
        name = key(organisation, occupation)
        if name not in groups:
            groups[name] = KeyFigures(name)
        return groups[name]

    for row in current.staffing:
        g = group(row.organisation, row.occupation)
        g.persons += row.persons
        g.fte += row.fte
        if row.age_band in ref.AGE_BANDS_55_PLUS:
            g.persons_55_plus += row.persons
        if row.age_band in ref.AGE_BANDS_60_PLUS:
            g.persons_60_plus += row.persons
    for row in current.establishment:
        g = group(row.organisation, row.occupation)
        g.open_positions += row.open_positions
        g.open_fte += row.open_fte
        g.open_long += row.open_long
    for row in current.flows:
        g = group(row.organisation, row.occupation)
        if row.direction == "in":
            g.joiners += row.persons
            if row.category == "region":
                g.joiners_from_region += row.persons
            elif row.category == "education":
                g.joiners_from_education += row.persons
        else:
            g.leavers += row.persons
    for row in current.training:
        group(row.organisation, row.occupation).in_training += row.in_training
    if previous is not None:
        before = _persons_by(previous, key)
        for name, g in groups.items():
            if name in before:
                g.persons_at_start = before[name]
    return groups


def region_figures(current: RoundData, previous: RoundData | None = None) -> KeyFigures:
    """The region's key figures over all organisations and occupations."""
    figures = key_figures(current, previous, whole_region)
    return figures.get(REGION, KeyFigures(REGION))


def ordered(figures: dict[str, KeyFigures], order: Iterable[str]) -> list[KeyFigures]:
    """Figures in a given key order (e.g. the occupation list), unknown keys last."""
    order = list(order)
    rank = {k: i for i, k in enumerate(order)}
    return sorted(figures.values(), key=lambda f: (rank.get(f.key, len(rank)), f.key))
