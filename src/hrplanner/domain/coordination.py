"""Regional coordination figures (MODEL.md 5): where the shortage is, whether hiring from each other
only moves it around, and who carries the training effort.

Pure arithmetic over :class:`RoundData`, built on :mod:`hrplanner.domain.figures` (the key figures
per group) with three additions:

- **Flows** per group: joiners by origin and leavers by destination. Movement between organisations
  inside the region is shown apart: for the region as a whole it nets to zero (every leaver to
  another organisation in the region is a joiner there), so the region's workforce only changes by
  ``net regional effect = joiners from outside the region - exits from the region``. Joiners of
  unknown origin count as from outside, leavers to an unknown destination as exits
  (:data:`reference.EXIT_DESTINATIONS`): "unknown" is never silently taken for internal movement.
- **Tension** per organisation x occupation, for colouring the matrix: the vacancy rate in which
  vacancies open 3 months or longer count twice,
  ``tension = vacancy rate x (1 + share open 3+ months)``; 0 .. 2 x the vacancy rate. It is None
  where there is neither filled nor open fte. :data:`TENSION_BANDS` cut it into five levels.
- **Training effort** per organisation: trainees per 100 fte against the organisation's share of the
  region's hires of newly qualified people (joiners whose origin is education): who trains, who
  only hires.

Every figure comes for a round and, where a previous round exists, as the trend between the rounds
(current - previous; None where either side is None).

The plain-language notes for the page and the exports (:data:`NOTES`) live here too, in Dutch and
English, so every place that shows these figures says the same about what they mean.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date

from hrplanner.domain import reference as ref
from hrplanner.domain.figures import (
    REGION,
    KeyFigures,
    KeyFunction,
    by_occupation,
    by_organisation,
    by_pair,
    key_figures,
    whole_region,
)
from hrplanner.domain.records import RoundData
from hrplanner.domain.rounding import rounded

#: Ratios compared between rounds (each a property of KeyFigures or GroupFigures).
TREND_RATIOS: tuple[str, ...] = (
    "vacancy_rate",
    "long_open_share",
    "turnover",
    "circulation_share",
    "share_55_plus",
    "share_60_plus",
    "trainees_per_100_fte",
    "tension",
)

#: Upper bounds of the tension levels 0..3; tension at or above the last bound is level 4.
TENSION_BANDS: tuple[float, ...] = (0.02, 0.04, 0.07, 0.10)
TENSION_LEVELS: tuple[str, ...] = ("low", "moderate", "raised", "high", "very high")

#: Joiner origins and leaver destinations in the order the flow charts show them.
OUTSIDE_ORIGINS: tuple[str, ...] = tuple(o for o in ref.ORIGINS if o != "region")
INTERNAL = "region"


def tension(figures: KeyFigures) -> float | None:
    """Vacancy rate with vacancies open 3+ months counted twice (module docstring)."""
    rate = figures.vacancy_rate
    if rate is None:
        return None
    return rate * (1 + (figures.long_open_share or 0.0))


def tension_level(value: float | None) -> int | None:
    """The level 0 (low) .. 4 (very high) of a tension value; None for None."""
    if value is None:
        return None
    for level, bound in enumerate(TENSION_BANDS):
        if value < bound:
            return level
    return len(TENSION_BANDS)


# --- flows ---------------------------------------------------------------------------------------------


@dataclass
class FlowSummary:
    """Joiners by origin and leavers by destination of one group, and what they mean for the region."""

    key: str
    joiners: dict[str, int] = field(default_factory=lambda: {o: 0 for o in ref.ORIGINS})
    leavers: dict[str, int] = field(default_factory=lambda: {d: 0 for d in ref.DESTINATIONS})

    @property
    def total_joiners(self) -> int:
        return sum(self.joiners.values())

    @property
    def total_leavers(self) -> int:
        return sum(self.leavers.values())

    @property
    def internal_in(self) -> int:
        """Joiners who came from another organisation in the region."""
        return self.joiners.get(INTERNAL, 0)

    @property
    def internal_out(self) -> int:
        """Leavers who went to another organisation in the region."""
        return self.leavers.get(INTERNAL, 0)

    @property
    def internal_balance(self) -> int:
        """Internal joiners - internal leavers. Zero for the whole region when the figures agree;
        for one organisation it is what it won (or lost) from the others."""
        return self.internal_in - self.internal_out

    @property
    def from_outside(self) -> int:
        """Joiners from outside the region's workforce (education, elsewhere, other sector, re-entry,
        unknown)."""
        return sum(n for o, n in self.joiners.items() if o != INTERNAL)

    @property
    def exits(self) -> int:
        """Leavers who left the region's workforce in this occupation."""
        return sum(self.leavers.get(d, 0) for d in ref.EXIT_DESTINATIONS)

    @property
    def net_regional(self) -> int:
        """What this group's flows did to the region's workforce: from outside - exits. Movement
        inside the region does not count: it only moves people (and the shortage) around."""
        return self.from_outside - self.exits

    @property
    def net_change(self) -> int:
        """Joiners - leavers: the group's own change, = net_regional + internal_balance."""
        return self.total_joiners - self.total_leavers

    def as_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "joiners": dict(self.joiners),
            "leavers": dict(self.leavers),
            "total_joiners": self.total_joiners,
            "total_leavers": self.total_leavers,
            "internal_in": self.internal_in,
            "internal_out": self.internal_out,
            "internal_balance": self.internal_balance,
            "from_outside": self.from_outside,
            "exits": self.exits,
            "net_regional": self.net_regional,
            "net_change": self.net_change,
        }


def flow_summaries(data: RoundData, key: KeyFunction = by_occupation) -> dict[str, FlowSummary]:
    """Joiners and leavers of a round grouped by ``key``."""
    groups: dict[str, FlowSummary] = {}
    for row in data.flows:
        name = key(row.organisation, row.occupation)
        group = groups.setdefault(name, FlowSummary(name))
        counts = group.joiners if row.direction == "in" else group.leavers
        counts[row.category] = counts.get(row.category, 0) + row.persons
    return groups


def region_flows(data: RoundData) -> FlowSummary:
    return flow_summaries(data, whole_region).get(REGION, FlowSummary(REGION))


# --- training effort -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingEffort:
    """Who trains and who hires the newly qualified: one organisation (within one occupation or all)."""

    organisation: str
    fte: float
    in_training: int
    joiners_from_education: int
    #: The organisation's share of the region's trainees (None when the region has none).
    training_share: float | None
    #: The organisation's share of the region's joiners from education (None when there are none).
    hiring_share: float | None

    @property
    def trainees_per_100_fte(self) -> float | None:
        return self.in_training / self.fte * 100 if self.fte else None

    @property
    def balance(self) -> float | None:
        """training share - hiring share: above 0 it trains more than it hires, below 0 it hires more
        of the newly qualified than it trains."""
        if self.training_share is None or self.hiring_share is None:
            return None
        return self.training_share - self.hiring_share

    def as_dict(self) -> dict[str, object]:
        return {
            "organisation": self.organisation,
            "fte": rounded(self.fte, 2),
            "in_training": self.in_training,
            "joiners_from_education": self.joiners_from_education,
            "trainees_per_100_fte": self.trainees_per_100_fte,
            "training_share": self.training_share,
            "hiring_share": self.hiring_share,
            "balance": self.balance,
        }


def _only_occupation(data: RoundData, occupation: str) -> RoundData:
    return RoundData(
        data.reference_date, data.label, data.closed,
        [r for r in data.staffing if r.occupation == occupation],
        [r for r in data.establishment if r.occupation == occupation],
        [r for r in data.flows if r.occupation == occupation],
        [r for r in data.training if r.occupation == occupation],
        list(data.sickness),
    )


def training_effort(data: RoundData, occupation: str | None = None) -> list[TrainingEffort]:
    """Training effort per organisation, for one occupation or all; sorted by organisation name."""
    if occupation is not None:
        data = _only_occupation(data, occupation)
    return _efforts(key_figures(data, None, by_organisation))


def _efforts(figures: Mapping[str, KeyFigures]) -> list[TrainingEffort]:
    """Training effort from key figures per organisation (keyed by its name), sorted by name."""
    trainees = sum(f.in_training for f in figures.values())
    hires = sum(f.joiners_from_education for f in figures.values())
    return [
        TrainingEffort(
            organisation=name,
            fte=f.fte,
            in_training=f.in_training,
            joiners_from_education=f.joiners_from_education,
            training_share=f.in_training / trainees if trainees else None,
            hiring_share=f.joiners_from_education / hires if hires else None,
        )
        for name, f in sorted(figures.items())
    ]


# --- figures of a group, now and then ------------------------------------------------------------------


@dataclass
class GroupFigures:
    """The key figures of one group in a round, those of the previous round, and the trend."""

    key: str
    current: KeyFigures
    previous: KeyFigures | None = None

    @property
    def tension(self) -> float | None:
        return tension(self.current)

    @property
    def tension_level(self) -> int | None:
        return tension_level(self.tension)

    def value(self, name: str, *, previous: bool = False) -> float | None:
        """A ratio of TREND_RATIOS, now or in the previous round."""
        figures = self.previous if previous else self.current
        if figures is None:
            return None
        if name == "tension":
            return tension(figures)
        return getattr(figures, name)

    def trend(self, name: str) -> float | None:
        """current - previous of one ratio; None where either is not known."""
        now = self.value(name)
        before = self.value(name, previous=True)
        if now is None or before is None:
            return None
        return now - before

    def as_dict(self) -> dict[str, object]:
        data = self.current.as_dict()
        data["joiners_from_education"] = self.current.joiners_from_education
        data["trainees_per_100_fte"] = self.current.trainees_per_100_fte
        data["tension"] = self.tension
        data["tension_level"] = self.tension_level
        data["trend"] = {name: self.trend(name) for name in TREND_RATIOS}
        return data


def group_figures(current: RoundData, previous: RoundData | None, before_previous: RoundData | None,
                  key: KeyFunction) -> dict[str, GroupFigures]:
    """Figures per group of ``key`` now and in the previous round (whose own start comes from the
    round before it, as the summary does)."""
    now = key_figures(current, previous, key)
    then = key_figures(previous, before_previous, key) if previous is not None else {}
    return {name: GroupFigures(name, figures, then.get(name)) for name, figures in now.items()}


def split_pair(key: str) -> tuple[str, str]:
    """(organisation, occupation) of a :func:`by_pair` key."""
    organisation, _, occupation = key.partition("\t")
    return organisation, occupation


@dataclass
class CoordinationFigures:
    """Everything the coordination page and the exports show for one round."""

    reference_date: date
    previous_date: date | None
    by_occupation: dict[str, GroupFigures]
    by_organisation: dict[str, GroupFigures]
    #: Keyed by (organisation, occupation).
    by_pair: dict[tuple[str, str], GroupFigures]
    region: GroupFigures
    flows_by_occupation: dict[str, FlowSummary]
    flows_region: FlowSummary
    #: Per organisation over all occupations.
    training_effort: list[TrainingEffort]
    #: Per occupation code, per organisation.
    training_effort_by_occupation: dict[str, list[TrainingEffort]]

    def organisations(self) -> list[str]:
        return sorted(self.by_organisation)

    def occupations(self) -> list[str]:
        return sorted(self.by_occupation)


def coordination_figures(current: RoundData, previous: RoundData | None = None,
                         before_previous: RoundData | None = None) -> CoordinationFigures:
    """All coordination figures of ``current``, with trends against ``previous``."""
    pairs = {split_pair(k): v for k, v in group_figures(current, previous, before_previous, by_pair).items()}
    organisations = group_figures(current, previous, before_previous, by_organisation)
    region = group_figures(current, previous, before_previous, whole_region)
    # Training effort within an occupation is per organisation of that occupation: its pair's figures
    # (one pass over the pairs rather than a pass over the round per occupation).
    within: dict[str, dict[str, KeyFigures]] = {}
    for (organisation, occupation), pair in pairs.items():
        within.setdefault(occupation, {})[organisation] = pair.current
    return CoordinationFigures(
        reference_date=current.reference_date,
        previous_date=previous.reference_date if previous is not None else None,
        by_occupation=group_figures(current, previous, before_previous, by_occupation),
        by_organisation=organisations,
        by_pair=pairs,
        region=region.get(REGION, GroupFigures(REGION, KeyFigures(REGION))),
        flows_by_occupation=flow_summaries(current, by_occupation),
        flows_region=region_flows(current),
        training_effort=_efforts({name: group.current for name, group in organisations.items()}),
        training_effort_by_occupation={occ: _efforts(within[occ]) for occ in sorted(within)},
    )


#: The counts and fte of KeyFigures, which add up over groups.
_ADDITIVE = tuple(f.name for f in fields(KeyFigures) if f.name not in ("key", "persons_at_start"))


def combine(figures: Iterable[KeyFigures], key: str) -> KeyFigures:
    """The key figures of a group made of smaller groups: every count and fte summed (the ratios follow
    from the sums). Persons at the start sum over the parts that know theirs (None when none does)."""
    total = KeyFigures(key)
    starts = []
    for part in figures:
        for name in _ADDITIVE:
            setattr(total, name, getattr(total, name) + getattr(part, name))
        if part.persons_at_start is not None:
            starts.append(part.persons_at_start)
    total.persons_at_start = sum(starts) if starts else None
    return total


def pairs_by_group(figures: CoordinationFigures, group_of: Mapping[str, str]
                   ) -> dict[tuple[str, str], GroupFigures]:
    """The organisation x occupation figures added up to group x occupation, where ``group_of`` names
    each organisation's group (its kind or municipality): how a matrix of 300 organisations stays
    readable. An organisation missing from ``group_of`` is left out."""
    parts: dict[tuple[str, str], list[GroupFigures]] = {}
    for (organisation, occupation), pair in figures.by_pair.items():
        group = group_of.get(organisation)
        if group is not None:
            parts.setdefault((group, occupation), []).append(pair)
    combined = {}
    for (group, occupation), members in parts.items():
        key = f"{group}\t{occupation}"
        before = [m.previous for m in members if m.previous is not None]
        combined[(group, occupation)] = GroupFigures(key, combine((m.current for m in members), key),
                                                     combine(before, key) if before else None)
    return combined


def persons_matrix(figures: CoordinationFigures, organisations: Iterable[str],
                   occupations: Iterable[str]) -> list[list[int]]:
    """Persons per organisation (rows) x occupation (columns): the counts behind every cell of the
    matrix, for small-number suppression."""
    occupations = list(occupations)
    rows = []
    for organisation in organisations:
        row = []
        for occupation in occupations:
            g = figures.by_pair.get((organisation, occupation))
            row.append(g.current.persons if g is not None else 0)
        rows.append(row)
    return rows


# --- plain-language notes ------------------------------------------------------------------------------

#: What the coordination figures mean and what they do not, for the page and the exports.
#: Keys in display order; the same keys in both languages.
NOTES: dict[str, dict[str, str]] = {
    "nl": {
        "what": (
            "Deze cijfers tonen per beroep en per organisatie de vacaturegraad, het aandeel vacatures "
            "dat 3 maanden of langer openstaat, het verloop, het aandeel instromers dat van een andere "
            "organisatie in de regio komt, de vergrijzing (55+ en 60+) en wie hoeveel opleidt. Het zijn "
            "totalen over groepen medewerkers op de peildatum en over de 12 maanden ervoor."
        ),
        "not": (
            "De cijfers bevatten geen salarissen en geen namen of gegevens van individuele medewerkers. "
            "Waar een cel op minder personen berust dan de drempel, is die in gedeelde overzichten "
            "verborgen, en ook een tweede cel waaruit hij via de totalen terug te rekenen zou zijn."
        ),
        "moving": (
            "Elkaars personeel werven verkleint het regionale tekort niet: het verplaatst het tekort "
            "alleen naar een andere organisatie. Over de hele regio tellen de overstappen tussen "
            "organisaties op tot nul. Alleen opleiden, behouden, meer uren en zij-instroom laten het "
            "aantal mensen in de regio groeien: instroom van buiten de regio min uitstroom uit de regio."
        ),
        "training": (
            "Opleidingsinspanning: leerlingen per 100 fte van een organisatie naast haar aandeel in de "
            "regionale aanname van pas gediplomeerden. Wie meer aanneemt dan opleidt, profiteert van "
            "de inspanning van anderen."
        ),
        "plan": (
            "Het gezamenlijke opleidingsplan verdeelt het regionale instroomadvies per beroep over de "
            "organisaties volgens een regel die de stuurgroep kiest (aandeel fte, aandeel tekort of "
            "gelijk), begrensd door het aantal beschikbare praktijkbegeleiders, afgerond op hele "
            "plaatsen zodat de delen optellen tot het geheel."
        ),
        "law": (
            "Mededingingsrecht (ACM, 2022): dit plan is een gezamenlijke opleidingsinspanning. Het is "
            "geen afspraak om elkaars personeel niet te werven (no-poach) en geen afspraak over lonen; "
            "zulke afspraken zijn verboden. Iedere organisatie blijft vrij in werving en beloning "
            "binnen de cao."
        ),
    },
    "en": {
        "what": (
            "These figures show per occupation and per organisation the vacancy rate, the share of "
            "vacancies open 3 months or longer, turnover, the share of joiners who came from another "
            "organisation in the region, the retirement wave (55+ and 60+) and who trains how many. "
            "They are totals over groups of staff on the reference date and over the 12 months before."
        ),
        "not": (
            "The figures contain no salaries and no names or data of individual employees. Where a cell "
            "rests on fewer persons than the threshold, shared views hide it, and also a second cell "
            "from which it could be worked out through the totals."
        ),
        "moving": (
            "Hiring from each other does not reduce the regional shortage: it only moves the shortage "
            "to another organisation. Over the whole region, moves between organisations add up to "
            "zero. Only training, retention, more hours and lateral entry grow the number of people in "
            "the region: joiners from outside the region minus exits from the region."
        ),
        "training": (
            "Training effort: trainees per 100 fte of an organisation next to its share of the "
            "region's hires of newly qualified people. Whoever hires more than it trains benefits from "
            "the effort of others."
        ),
        "plan": (
            "The shared training plan splits the region's intake advice per occupation over the "
            "organisations by a rule the steering group picks (share of fte, share of shortage, or "
            "equal), capped by the supervisors available, rounded to whole places so that the parts "
            "add up to the whole."
        ),
        "law": (
            "Competition law (ACM, 2022): this plan is a shared training effort. It is not an agreement "
            "not to recruit each other's staff (no-poach) and not an agreement on pay; such agreements "
            "are forbidden. Every organisation stays free in recruitment and pay within the collective "
            "agreement."
        ),
    },
}


def notes(language: str = "nl") -> list[tuple[str, str]]:
    """The notes as (key, text) in display order; English for any language but Dutch."""
    chosen = NOTES["nl"] if language == "nl" else NOTES["en"]
    return list(chosen.items())
